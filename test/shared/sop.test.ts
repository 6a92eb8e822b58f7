import { describe, expect, it } from 'vitest';
import {
  counterSteps,
  officerRoleLabels,
  serviceStepPlans,
  sopStep,
  sopSteps,
  standardMinutesFor,
  stepsForService,
} from '../../src-shared/domain/sop.js';
import { serviceTypes } from '../../src-shared/domain/service-type.js';

describe('langkah SOP penerbitan AK/I', () => {
  it('memuat 20 langkah berurutan dengan judul dan output', () => {
    expect(sopSteps.map((s) => s.no)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    for (const s of sopSteps) {
      expect(s.title.length).toBeGreaterThan(5);
      expect(s.output.length).toBeGreaterThan(3);
    }
  });

  it('memakai waktu Mutu Baku SOP, kosong untuk langkah 2 dan 3', () => {
    const minutes = sopSteps.map((s) => s.standardMinutes);
    expect(minutes).toEqual([1, null, null, 5, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 5, 5]);
    expect(standardMinutesFor(counterSteps)).toBe(17);
  });

  it('membagi pelaksana: loket, Pengantar Kerja, Kasi IPK', () => {
    expect(sopStep(1).role).toBe('petugas-ak1');
    expect(sopStep(4).role).toBe('petugas-ak1');
    expect(sopStep(6).role).toBe('pengantar-kerja');
    expect(sopStep(11).role).toBe('pengantar-kerja');
    expect(sopStep(19).role).toBe('kasi-ipk');
    expect(officerRoleLabels['kasi-ipk']).toBe('Kasi Informasi Pasar Kerja');
  });

  it('menandai pengesahan dan langkah yang boleh dilewati', () => {
    expect(sopSteps.filter((s) => s.authorising).map((s) => s.no)).toEqual([11, 16, 19]);
    expect(sopSteps.filter((s) => s.skippable).map((s) => s.no)).toEqual([12]);
  });

  it('kartu baru melalui langkah 1-13, legalisir menambah 14-17', () => {
    expect(stepsForService('baru')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(stepsForService('baru', { withLegalisation: true }).slice(-4)).toEqual([14, 15, 16, 17]);
    expect(stepsForService('legalisir')).toEqual([1, 2, 14, 15, 16, 17]);
    expect(stepsForService('informasi', { withLegalisation: true })).toEqual([1, 2]);
  });

  it('setiap jenis layanan punya rencana langkah yang naik dan tanpa langkah kantor', () => {
    for (const type of serviceTypes) {
      const plan = serviceStepPlans[type];
      expect(plan[0], type).toBe(1);
      expect(
        [...plan].sort((a, b) => a - b),
        type,
      ).toEqual(plan);
      expect(
        plan.some((n) => n >= 18),
        type,
      ).toBe(false);
    }
    expect(serviceStepPlans['lapor-diterima-kerja']).not.toContain(12);
  });
});
