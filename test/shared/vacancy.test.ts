import { describe, expect, it } from 'vitest';
import type { SeekerProfile, Vacancy } from '../../src-shared/domain/vacancy.js';
import {
  matchVacancies,
  matchWeights,
  meetsMinimumEducation,
} from '../../src-shared/domain/vacancy.js';

const today = '2025-06-15';

const vacancy = (v: Partial<Vacancy> & Pick<Vacancy, 'id'>): Vacancy => ({
  employer: 'PT Contoh',
  position: 'Staf',
  kbjiGroup: 9,
  minEducation: null,
  location: { scope: 'dalam-negeri', place: 'Denpasar' },
  keywords: [],
  closesAt: '2025-07-31',
  ...v,
});

const cook: SeekerProfile = {
  educationLevel: 'SMK',
  desiredKbjiGroups: [5],
  skills: ['Memasak', 'Bahasa Inggris', 'Juru masak'],
  desiredLocation: 'dalam-negeri',
};

const vacancies: Vacancy[] = [
  vacancy({
    id: 'kapal',
    position: 'Cook kapal pesiar',
    kbjiGroup: 5,
    keywords: ['memasak', 'bahasa inggris'],
    location: { scope: 'luar-negeri', place: 'Amerika' },
    minEducation: 'SLTA',
  }),
  vacancy({
    id: 'hotel',
    position: 'Juru masak',
    kbjiGroup: 5,
    keywords: ['memasak', 'bahasa inggris'],
    minEducation: 'SMK',
  }),
  vacancy({
    id: 'akuntan',
    position: 'Akuntan',
    kbjiGroup: 2,
    keywords: ['akuntansi'],
    minEducation: 'S1',
  }),
  vacancy({
    id: 'tutup',
    position: 'Juru masak',
    kbjiGroup: 5,
    keywords: ['memasak'],
    closesAt: '2025-06-14',
  }),
  vacancy({ id: 'gudang', position: 'Buruh gudang', kbjiGroup: 9 }),
];

describe('pendidikan minimal', () => {
  it('SLTA setara SMK, D-IV setara S1, jenjang lebih tinggi memenuhi', () => {
    expect(meetsMinimumEducation('SMK', 'SLTA')).toBe(true);
    expect(meetsMinimumEducation('SLTA', 'SMK')).toBe(true);
    expect(meetsMinimumEducation('D-IV', 'S1')).toBe(true);
    expect(meetsMinimumEducation('D-III', 'S1')).toBe(false);
    expect(meetsMinimumEducation('S2', 'D-I')).toBe(true);
    expect(meetsMinimumEducation(null, 'SD')).toBe(false);
    expect(meetsMinimumEducation(null, null)).toBe(true);
  });
});

describe('pencocokan lowongan untuk job counseling', () => {
  it('mengurutkan lowongan terbaik dulu dan membuang yang tutup atau tidak memenuhi pendidikan', () => {
    const ids = matchVacancies(cook, vacancies, today).map((m) => m.vacancy.id);
    expect(ids).toEqual(['hotel', 'kapal', 'gudang']);
  });

  it('nilai terdiri dari golongan KBJI, keterampilan, lokasi dan pendidikan', () => {
    const [hotel, kapal, gudang] = matchVacancies(cook, vacancies, today);
    expect(hotel?.score).toBe(100);
    expect(kapal?.score).toBe(matchWeights.kbji + 20 + matchWeights.education);
    expect(gudang?.score).toBe(matchWeights.location + matchWeights.education);
  });

  it('alasan ditulis dalam bahasa Indonesia', () => {
    const [hotel] = matchVacancies(cook, vacancies, today);
    expect(hotel?.reasons).toEqual([
      'Golongan jabatan sesuai minat: Tenaga Usaha Jasa dan Penjualan',
      'Keterampilan cocok: memasak, bahasa inggris, Juru masak',
      'Lokasi sesuai keinginan: Dalam negeri',
      'Memenuhi pendidikan minimal SMK',
    ]);
  });

  it('lowongan yang tutup hari ini masih ditampilkan', () => {
    const closingToday = vacancy({ id: 'hari-ini', closesAt: today });
    expect(matchVacancies(cook, [closingToday], today).map((m) => m.vacancy.id)).toEqual([
      'hari-ini',
    ]);
  });

  it('nilai sama: yang lebih cepat tutup lebih dulu', () => {
    const a = vacancy({ id: 'a', closesAt: '2025-09-01' });
    const b = vacancy({ id: 'b', closesAt: '2025-07-01' });
    expect(matchVacancies(cook, [a, b], today).map((m) => m.vacancy.id)).toEqual(['b', 'a']);
  });

  it('kata kunci harus cocok seluruh katanya, tidak sebagian', () => {
    const v = vacancy({ id: 'x', keywords: ['bahasa jepang'] });
    expect(matchVacancies(cook, [v], today)[0]?.reasons.join(' ')).not.toContain('Keterampilan');
  });

  it('membatasi jumlah hasil', () => {
    expect(matchVacancies(cook, vacancies, today, { limit: 1 })).toHaveLength(1);
  });

  it('pencaker tanpa data pendidikan hanya melihat lowongan tanpa syarat pendidikan', () => {
    const unknown = { ...cook, educationLevel: null };
    expect(matchVacancies(unknown, vacancies, today).map((m) => m.vacancy.id)).toEqual(['gudang']);
  });
});
