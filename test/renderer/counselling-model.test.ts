import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Biodata } from '../../src-shared/domain/biodata.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import { parseVacancyCsv } from '../../src-shared/domain/vacancy-import.js';
import {
  counsellingFieldsOf,
  counsellingMatches,
  emptyCounsellingDraft,
  seekerProfileOf,
  skippedCounsellingFields,
  toggleExplained,
  toggleShortlist,
} from '../../src-renderer/features/counselling/counselling-model.js';

const today = '2026-12-01';

const seeker: Seeker = {
  id: 'seeker-1',
  createdAt: '2026-11-24T01:00:00.000Z',
  updatedAt: '2026-11-24T01:00:00.000Z',
  version: 1,
  counterId: 'counter-test',
  officerId: 'officer-test',
  nik: '5171014508990002',
  name: 'Ni Luh Ayu Lestari',
  nameKey: 'ni luh ayu lestari',
  birthPlace: 'Denpasar',
  birthDate: '1999-08-05',
  sex: 'P',
  address: 'Jl. Tukad Badung No. 7',
  phone: '081234567890',
  educationLevel: 'SLTA',
};

const biodata: Biodata = {
  nik: seeker.nik,
  name: seeker.name,
  birthPlace: 'Denpasar',
  birthDate: '1999-08-05',
  sex: 'P',
  heightCm: null,
  weightKg: null,
  religion: 4,
  maritalStatus: '1',
  address: {
    street: 'Jl. Tukad Badung No. 7',
    kecamatanCode: '51.71.01',
    kelurahanCode: '51.71.01.1003',
    postcode: '',
  },
  phone: '081234567890',
  email: '',
  education: [
    {
      level: 'SLTP',
      institution: 'SMPN 3 Denpasar',
      major: '',
      yearIn: 2011,
      yearOut: 2014,
      score: null,
    },
    {
      level: 'SMK',
      institution: 'SMKN 4 Denpasar',
      major: 'Tata Boga',
      yearIn: 2014,
      yearOut: 2017,
      score: 84,
    },
  ],
  trainings: [{ name: 'Sertifikat BST', institution: 'LPK Bahari', year: 2020, certified: true }],
  skills: ['Memasak'],
  languages: [{ language: 'Inggris', level: 'menengah' }],
  workExperience: [
    { employer: 'Warung Segara', position: 'Juru masak', yearIn: 2018, yearOut: null },
  ],
  desiredPositions: [{ kbjiGroup: 5, title: 'Cook' }],
  desiredLocation: 'luar-negeri',
  targetEmployers: [],
  counsellorNotes: '',
};

function sampleCatalogue() {
  const parsed = parseVacancyCsv(readFileSync('assets/data/contoh-lowongan.csv', 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.vacancies;
}

describe('what the counselling matches a seeker on', () => {
  it('uses only the registered education level when there is no biodata yet', () => {
    expect(seekerProfileOf(seeker)).toEqual({
      educationLevel: 'SLTA',
      desiredKbjiGroups: [],
      skills: [],
      desiredLocation: null,
    });
    const matches = counsellingMatches(seeker, sampleCatalogue(), today);
    // SLTA does not reach D-III or S1 vacancies; every other open one is listed.
    expect(matches.map((m) => m.vacancy.id)).not.toContain('DPS-2026-108');
    expect(matches.map((m) => m.vacancy.id)).not.toContain('DPS-2026-110');
    expect(matches).toHaveLength(13);
    expect(matches.every((m) => m.score === 15)).toBe(true);
  });

  it('uses the biodata: highest education, desired KBJI groups, skills typed anywhere, location', () => {
    const profile = seekerProfileOf({ ...seeker, biodata });
    expect(profile.educationLevel).toBe('SMK');
    expect(profile.desiredKbjiGroups).toEqual([5]);
    expect(profile.desiredLocation).toBe('luar-negeri');
    expect(profile.skills).toEqual(
      expect.arrayContaining([
        'Memasak',
        'Sertifikat BST',
        'Cook',
        'Juru masak',
        'Tata Boga',
        'Bahasa Inggris',
      ]),
    );
    const [best, second] = counsellingMatches({ ...seeker, biodata }, sampleCatalogue(), today);
    expect(best?.vacancy.position).toBe('Cook kapal pesiar');
    expect(best?.score).toBe(100);
    expect(best?.reasons).toEqual([
      'Golongan jabatan sesuai minat: Tenaga Usaha Jasa dan Penjualan',
      'Keterampilan cocok: memasak, tata boga, bahasa inggris, sertifikat bst',
      'Lokasi sesuai keinginan: Luar negeri',
      'Memenuhi pendidikan minimal SLTA / SMA / sederajat',
    ]);
    expect(second?.vacancy.position).toBe('Juru masak (cook)');
    expect(second?.score).toBe(85);
  });
});

describe('what the officer ticks becomes the record', () => {
  const ids = { visitId: 'visit-1', seekerId: 'seeker-1' };

  it('a shortlisted vacancy counts as explained, and unticking explained drops it from the shortlist', () => {
    let draft = toggleShortlist(emptyCounsellingDraft, 'A');
    draft = toggleExplained(draft, 'B');
    expect(draft).toMatchObject({ explained: ['A', 'B'], shortlist: ['A'] });
    draft = toggleExplained(draft, 'A');
    expect(draft).toMatchObject({ explained: ['B'], shortlist: [] });
    draft = toggleShortlist(toggleShortlist(draft, 'B'), 'B');
    expect(draft).toMatchObject({ explained: ['B'], shortlist: [] });
  });

  it('records the explained options, the shortlist and trimmed notes', () => {
    const draft = { explained: ['A', 'B'], shortlist: ['B'], notes: '  Siap berangkat 2027.  ' };
    expect(counsellingFieldsOf(draft, ids)).toEqual({
      ok: true,
      value: {
        ...ids,
        explainedVacancyIds: ['A', 'B'],
        shortlistVacancyIds: ['B'],
        notes: 'Siap berangkat 2027.',
      },
    });
    const notesOnly = counsellingFieldsOf(
      { ...emptyCounsellingDraft, notes: 'Disarankan pelatihan BLK.' },
      ids,
    );
    expect(notesOnly.ok).toBe(true);
  });

  it('asks for a ticked option or a note before recording, and offers the skip instead', () => {
    const result = counsellingFieldsOf({ ...emptyCounsellingDraft, notes: '   ' }, ids);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message).toContain('pilih alasan melewatinya');
  });

  it('a skip carries its reason and no options', () => {
    expect(skippedCounsellingFields('sudah-bekerja', ids)).toEqual({
      ...ids,
      explainedVacancyIds: [],
      shortlistVacancyIds: [],
      notes: '',
      skippedReason: 'sudah-bekerja',
    });
  });
});
