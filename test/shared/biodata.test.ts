import { describe, expect, it } from 'vitest';
import {
  defaultMaritalStatuses,
  desiredLocationLabels,
  religionCodes,
  religionLabels,
} from '../../src-shared/domain/biodata.js';

describe('kode isian AK/II', () => {
  it('agama berkode 1-7 sesuai kartu AK/I', () => {
    expect(religionCodes.map((c) => `${c} ${religionLabels[c]}`)).toEqual([
      '1 Islam',
      '2 Katolik',
      '3 Protestan',
      '4 Hindu',
      '5 Buddha',
      '6 Konghucu',
      '7 Lainnya',
    ]);
  });

  it('status perkawinan bawaan 1-4', () => {
    expect(defaultMaritalStatuses.map((s) => `${s.code} ${s.label}`)).toEqual([
      '1 Belum kawin',
      '2 Kawin',
      '3 Cerai hidup',
      '4 Cerai mati',
    ]);
  });

  it('lokasi kerja yang diinginkan: dalam atau luar negeri', () => {
    expect(desiredLocationLabels).toEqual({
      'dalam-negeri': 'Dalam negeri',
      'luar-negeri': 'Luar negeri',
    });
  });
});
