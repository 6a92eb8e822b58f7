import { describe, expect, it } from 'vitest';
import type { PersonForMatch } from '../../src-shared/domain/duplicates.js';
import {
  coreName,
  DUPLICATE_THRESHOLD,
  findLikelyDuplicates,
  jaroWinkler,
  nameSimilarity,
  normaliseName,
} from '../../src-shared/domain/duplicates.js';

describe('Jaro-Winkler', () => {
  it('memberi nilai baku dari literatur', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 3);
    expect(jaroWinkler('abc', 'abc')).toBe(1);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', 'abc')).toBe(0);
  });

  it('simetris', () => {
    expect(jaroWinkler('sukerta', 'sukarta')).toBeCloseTo(jaroWinkler('sukarta', 'sukerta'), 10);
  });
});

describe('nama Bali', () => {
  it('menyeragamkan huruf, aksen, tanda baca dan gelar akademik', () => {
    expect(normaliseName('  NI LUH  Putu Sári, S.Pd. ')).toBe('ni luh putu sari');
    expect(normaliseName('I Gst. Ngr. Rai')).toBe('i gusti ngurah rai');
  });

  it('membuang nama depan urutan lahir dan kasta', () => {
    expect(coreName('Ni Luh Putu Sari')).toBe('sari');
    expect(coreName('I Gusti Ayu Made Sukerti')).toBe('sukerti');
    expect(coreName('I Made Wirawan')).toBe('wirawan');
    expect(coreName('Gede Arya Wiguna')).toBe('arya wiguna');
    expect(coreName('I.G.A. Rai Anom')).toBe('rai anom');
    expect(coreName('Ida Bagus Komang Oka')).toBe('oka');
  });

  it('tidak pernah mengosongkan nama yang hanya berisi nama depan', () => {
    expect(coreName('Made')).toBe('made');
    expect(coreName('Ni Komang')).toBe('komang');
    expect(coreName('Putu Ayu')).toBe('ayu');
  });

  it('nama dengan dan tanpa nama depan Bali dianggap mirip', () => {
    const s = nameSimilarity('Ni Luh Putu Sari Dewi', 'Putu Sari Dewi');
    expect(s.score).toBeGreaterThanOrEqual(DUPLICATE_THRESHOLD);
    expect(s.reason).toBe('Nama sama tanpa nama depan Bali');
  });

  it('urutan kata terbalik tetap dikenali', () => {
    expect(nameSimilarity('Wirawan Made', 'Made Wirawan').score).toBe(1);
  });

  it('nama inti yang berbeda tetap berbeda walau nama depan sama', () => {
    expect(nameSimilarity('Ni Luh Putu Sari', 'Ni Luh Putu Ani').score).toBeLessThan(
      DUPLICATE_THRESHOLD,
    );
    expect(nameSimilarity('I Made Ari', 'I Made Agus').score).toBeLessThan(DUPLICATE_THRESHOLD);
  });
});

describe('calon pendaftaran ganda', () => {
  const people: PersonForMatch[] = [
    {
      id: 'a',
      name: 'Ni Luh Putu Sari Dewi',
      birthDate: '1999-08-05',
      nik: '5171014508990002',
      sex: 'P',
    },
    { id: 'b', name: 'Putu Sari Dewi', birthDate: '1999-08-05', sex: 'P' },
    { id: 'c', name: 'Putu Sari Dewi', birthDate: '1999-08-06', sex: 'P' },
    { id: 'd', name: 'Ni Made Sri Wahyuni', birthDate: '1999-08-05', sex: 'P' },
    { id: 'e', name: 'I Putu Sari Dewa', birthDate: '1999-08-05', sex: 'L' },
    { id: 'f', name: 'Komang Budi', birthDate: '1990-01-01', nik: '5171030101900001' },
  ];

  it('menemukan nama mirip dengan tanggal lahir sama, terbaik dulu, dengan alasan', () => {
    const found = findLikelyDuplicates(
      { name: 'Sari Dewi', birthDate: '1999-08-05', sex: 'P' },
      people,
    );
    expect(found.map((f) => f.id)).toEqual(['a', 'b']);
    expect(found[0]?.reasons).toContain('Tanggal lahir sama');
    expect(found[0]?.reasons.some((r) => r.startsWith('Nama sama tanpa nama depan Bali'))).toBe(
      true,
    );
  });

  it('tanggal lahir berbeda tidak dianggap ganda walau nama sama persis', () => {
    const found = findLikelyDuplicates({ name: 'Putu Sari Dewi', birthDate: '1999-08-06' }, people);
    expect(found.map((f) => f.id)).toEqual(['c']);
    expect(found[0]?.reasons[0]).toBe('Nama sama (100%)');
  });

  it('NIK sama selalu calon ganda', () => {
    const found = findLikelyDuplicates(
      { name: 'Budi Santoso', birthDate: '1990-01-02', nik: '5171030101900001' },
      people,
    );
    expect(found).toEqual([
      { id: 'f', score: 1, reasons: ['NIK sama', expect.stringMatching(/^Nama/)] },
    ]);
  });

  it('jenis kelamin berbeda menurunkan skor dan disebut', () => {
    const found = findLikelyDuplicates(
      { name: 'Putu Sari Dewi', birthDate: '1999-08-05', sex: 'P' },
      people,
      0.5,
    );
    const e = found.find((f) => f.id === 'e');
    expect(e?.reasons).toContain('Jenis kelamin berbeda');
    expect(e?.score ?? 1).toBeLessThan(found.find((f) => f.id === 'b')?.score ?? 0);
  });

  it('tidak mencocokkan orang dengan dirinya sendiri', () => {
    const self = people[1];
    if (!self) throw new Error('fixture');
    expect(findLikelyDuplicates(self, people).map((f) => f.id)).not.toContain('b');
  });
});
