import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { Officer, Visit } from '../../src-shared/domain/visit.js';
import {
  cancelVisit,
  completeStep,
  openVisit,
  returnDocuments,
  startStep,
} from '../../src-shared/domain/visit.js';
import { nextAction, stepTiming } from '../../src-shared/domain/visit-progress.js';

const loket: Officer = { id: 'off-1', role: 'petugas-ak1' };
const t = (minutes: number, seconds = 0): string =>
  new Date(Date.UTC(2025, 5, 10, 1, 0) + minutes * 60_000 + seconds * 1000).toISOString();

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
}

const visit = (): Visit =>
  openVisit({ id: 'v1', queueNumber: 'A001', serviceType: 'baru', openedAt: t(0) });

describe('waktu langkah dibanding Mutu Baku', () => {
  it('langkah yang belum dimulai tidak punya waktu', () => {
    expect(stepTiming(visit(), 1, t(5))).toBeNull();
  });

  it('langkah berjalan dihitung sampai sekarang dan melewati batas setelah standar', () => {
    const v = value(startStep(visit(), { stepNo: 1, officer: loket, now: t(0) }));
    expect(stepTiming(v, 1, t(0, 30))).toMatchObject({
      elapsedMinutes: 0.5,
      standardMinutes: 1,
      state: 'dalam-batas',
      running: true,
    });
    expect(stepTiming(v, 1, t(1))?.state).toBe('dalam-batas');
    expect(stepTiming(v, 1, t(1, 1))?.state).toBe('melewati-batas');
  });

  it('langkah selesai dihitung sampai selesai, bukan sampai sekarang', () => {
    let v = value(startStep(visit(), { stepNo: 1, officer: loket, now: t(0) }));
    v = value(completeStep(v, { stepNo: 1, now: t(0, 45) }));
    const timing = stepTiming(v, 1, t(60));
    expect(timing).toMatchObject({ elapsedMinutes: 0.75, state: 'dalam-batas', running: false });
  });

  it('langkah tanpa waktu standar (langkah 2) tidak pernah dianggap terlambat', () => {
    let v = value(startStep(visit(), { stepNo: 1, officer: loket, now: t(0) }));
    v = value(completeStep(v, { stepNo: 1, now: t(1) }));
    v = value(startStep(v, { stepNo: 2, officer: loket, now: t(1) }));
    expect(stepTiming(v, 2, t(30))).toMatchObject({
      elapsedMinutes: 29,
      standardMinutes: null,
      state: 'tanpa-standar',
    });
  });
});

describe('tindakan berikutnya', () => {
  it('menyebut langkah, judul dan pelaksana', () => {
    const v0 = visit();
    expect(nextAction(v0)).toBe(
      'Mulai langkah 1: Menerima tamu dan menanyakan kebutuhan layanan (Petugas AK/I).',
    );
    const v1 = value(startStep(v0, { stepNo: 1, officer: loket, now: t(0) }));
    expect(nextAction(v1)).toMatch(/^Selesaikan langkah 1:/);
    const v2 = value(completeStep(v1, { stepNo: 1, now: t(1) }));
    expect(nextAction(v2)).toMatch(/^Mulai langkah 2:/);
  });

  it('memberi tahu bila kunjungan sudah ditutup', () => {
    const v = visit();
    expect(nextAction(value(cancelVisit(v, { now: t(1), reason: 'pergi' })))).toBe(
      'Kunjungan dibatalkan.',
    );
    expect(nextAction(value(returnDocuments(v, { now: t(1), reason: 'KTP' })))).toContain(
      'dikembalikan',
    );
  });
});
