import { describe, expect, it } from 'vitest';
import type { Disposisi } from '../../src-shared/domain/disposisi.js';
import { canPerform, disposisiApplies, findDisposisi } from '../../src-shared/domain/disposisi.js';

const d: Disposisi = {
  reference: '800/123/DTKSK/2025',
  officerId: 'off-2',
  grantedBy: 'I Made Pengantar',
  steps: [11, 16],
  validFrom: '2025-06-01T00:00:00+08:00',
  validUntil: '2025-06-30T23:59:59+08:00',
};

describe('disposisi pengesahan', () => {
  it('berlaku hanya untuk petugas, langkah dan masa yang tercatat', () => {
    expect(disposisiApplies(d, 'off-2', 11, '2025-06-10T09:00:00+08:00')).toBe(true);
    expect(disposisiApplies(d, 'off-3', 11, '2025-06-10T09:00:00+08:00')).toBe(false);
    expect(disposisiApplies(d, 'off-2', 19, '2025-06-10T09:00:00+08:00')).toBe(false);
    expect(disposisiApplies(d, 'off-2', 11, '2025-07-01T08:00:00+08:00')).toBe(false);
    expect(disposisiApplies(d, 'off-2', 11, '2025-05-31T15:00:00Z')).toBe(false);
    expect(
      disposisiApplies({ ...d, reference: ' ' }, 'off-2', 11, '2025-06-10T09:00:00+08:00'),
    ).toBe(false);
    expect(disposisiApplies({ ...d, validUntil: null }, 'off-2', 11, '2030-01-01T00:00:00Z')).toBe(
      true,
    );
  });

  it('mencari disposisi yang berlaku dari daftar', () => {
    const old = { ...d, reference: 'lama', validUntil: '2025-01-31T00:00:00Z' };
    expect(findDisposisi([old, d], 'off-2', 16, '2025-06-10T09:00:00+08:00')).toBe(d);
    expect(findDisposisi([old], 'off-2', 16, '2025-06-10T09:00:00+08:00')).toBeNull();
  });

  it('langkah 11 hanya untuk Pengantar Kerja atau pemegang disposisi', () => {
    expect(canPerform('pengantar-kerja', 11)).toBe(true);
    expect(canPerform('petugas-ak1', 11)).toBe(false);
    expect(canPerform('kasi-ipk', 11)).toBe(false);
    expect(canPerform('petugas-ak1', 11, d)).toBe(true);
    expect(canPerform('petugas-ak1', 11, { ...d, steps: [16] })).toBe(false);
  });

  it('review laporan IPK hanya untuk Kasi IPK; langkah biasa boleh siapa saja', () => {
    expect(canPerform('kasi-ipk', 19)).toBe(true);
    expect(canPerform('pengantar-kerja', 19)).toBe(false);
    expect(canPerform('kasi-ipk', 1)).toBe(true);
    expect(canPerform('petugas-ak1', 6)).toBe(true);
  });
});
