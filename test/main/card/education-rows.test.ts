import { describe, expect, it } from 'vitest';
import { educationRows, filledEducationRows } from '../../../src-main/card/education-rows.js';

const entry = (level: string, institution = `Sekolah ${level}`) => ({
  level,
  institution,
  major: '',
  yearOut: '2020',
});

describe('baris PENDIDIKAN FORMAL', () => {
  it('always prints the six paper rows in order', () => {
    expect(educationRows([]).map((r) => r.level)).toEqual([
      'SD',
      'SLTP',
      'SLTA/SMK',
      'D-I s.d. D-IV',
      'Akta I-IV',
      'S1-S3',
    ]);
  });

  it('puts each level on its row and names the exact level', () => {
    const rows = educationRows([entry('SMK'), entry('D-III'), entry('S2'), entry('SMP')]);
    expect(rows.map((r) => r.level)).toEqual(['SD', 'SMP', 'SMK', 'D-III', 'Akta I-IV', 'S2']);
    expect(rows[3]).toMatchObject({ institution: 'Sekolah D-III', filled: true });
    expect(rows[0]?.filled).toBe(false);
  });

  it('keeps a level the card has no row for as an extra row', () => {
    const rows = educationRows([entry('Paket B', 'PKBM Harapan')]);
    expect(rows).toHaveLength(7);
    expect(rows[6]).toMatchObject({ level: 'Paket B', institution: 'PKBM Harapan' });
  });

  it('joins two degrees of the same row instead of dropping one', () => {
    const rows = filledEducationRows([
      entry('S1', 'Universitas Udayana'),
      entry('S2', 'Universitas Gadjah Mada'),
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        level: 'S1; S2',
        institution: 'Universitas Udayana; Universitas Gadjah Mada',
      }),
    ]);
  });
});
