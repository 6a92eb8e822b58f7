import { describe, expect, it } from 'vitest';
import { defaultMaritalStatuses } from '../../src-shared/domain/biodata.js';
import { defaultOfficePolicy } from '../../src-shared/domain/policies.js';
import { checkBiodataDraft } from '../../src-renderer/features/biodata/biodata-check.js';
import {
  newBiodataDraft,
  outsideDenpasar,
  type BiodataDraft,
} from '../../src-renderer/features/biodata/biodata-draft.js';
import { seekerFieldsFromBiodata } from '../../src-renderer/features/biodata/biodata-to-seeker.js';

const today = '2026-11-24';
const settings = { policy: defaultOfficePolicy, maritalStatuses: defaultMaritalStatuses };
const smk = {
  level: 'SMK',
  institution: 'SMK Negeri 1 Denpasar',
  major: 'Tata Boga',
  yearIn: '2014',
  yearOut: '2017',
  score: '85',
};
const complete: BiodataDraft = {
  ...newBiodataDraft('5171014508990002', 'Ni Luh Ayu Lestari', today),
  birthPlace: 'Denpasar',
  religion: '4',
  maritalStatus: '1',
  street: 'Jl. Tukad Badung No. 7',
  kecamatanCode: '51.71.01',
  kelurahanCode: '51.71.01.1005',
  phone: '0812 3456 7890',
  education: [smk],
  desiredPositions: [{ kbjiGroup: '5', title: 'Juru masak' }],
};

describe('checking the AK/II form', () => {
  it('accepts a complete form and fills the seeker record from it', () => {
    const check = checkBiodataDraft(complete, today, settings);
    expect(check.failures).toEqual([]);
    expect(check.domicile).toBeNull();
    const fields = seekerFieldsFromBiodata(check.biodata, today);
    expect(fields).toMatchObject({
      nik: '5171014508990002',
      sex: 'P',
      birthDate: '1999-08-05',
      phone: '081234567890',
      educationLevel: 'SMK',
      address: 'Jl. Tukad Badung No. 7, Kel. Renon, Kec. Denpasar Selatan',
      nikKecamatanCode: '51.71.01',
    });
  });

  it('names every missing choice, in the order of the form, with the field to fix', () => {
    const check = checkBiodataDraft(
      {
        ...complete,
        religion: '',
        birthPlace: '',
        desiredPositions: [{ kbjiGroup: '', title: '' }],
        education: [{ ...smk, level: '' }],
      },
      today,
      settings,
    );
    expect(check.failures.map((f) => [f.field, f.message])).toEqual([
      ['birthPlace', 'Tempat lahir wajib diisi.'],
      ['religion', 'Pilih agama dari daftar.'],
      ['education.0.level', 'Pilih jenjang pendidikan.'],
      ['desiredPositions.0.kbjiGroup', 'Pilih golongan jabatan KBJI.'],
      ['desiredPositions.0.title', 'Jabatan yang diinginkan wajib diisi.'],
    ]);
  });

  it('blocks a seeker under the minimum age of the office policy', () => {
    const school = { ...smk, level: 'SLTP', yearIn: '2024', yearOut: '' };
    const young = {
      ...complete,
      nik: '5171014508120002',
      birthDate: '2012-08-05',
      education: [school],
    };
    const check = checkBiodataDraft(young, today, settings);
    expect(check.failures.find((f) => f.field === 'birthDate')?.message).toBe(
      'Umur pencaker 14 tahun. Kartu AK/I hanya untuk umur minimal 15 tahun.',
    );
    const lower = { ...settings, policy: { ...defaultOfficePolicy, minimumAge: 14 } };
    expect(checkBiodataDraft(young, today, lower).failures).toEqual([]);
  });

  it('warns about an address outside Denpasar until the surat domisili is confirmed', () => {
    const outside = {
      ...complete,
      kecamatanCode: outsideDenpasar,
      kelurahanCode: '',
      street: 'Jl. Raya Kuta 5, Kuta, Badung',
    };
    const warned = checkBiodataDraft(outside, today, settings);
    expect(warned.domicile?.confirmation.id).toBe('surat-domisili');
    expect(warned.failures.map((f) => f.field)).toEqual(['domicileConfirmed']);
    expect(
      checkBiodataDraft({ ...outside, domicileConfirmed: true }, today, settings).failures,
    ).toEqual([]);
    const off = { ...settings, policy: { ...defaultOfficePolicy, domicileCheck: 'off' as const } };
    expect(checkBiodataDraft(outside, today, off).domicile).toBeNull();
  });

  it('keeps the NIK rules: birth date and sex must agree with the NIK', () => {
    const check = checkBiodataDraft(
      { ...complete, sex: 'L', birthDate: '1999-08-06' },
      today,
      settings,
    );
    expect(check.failures.map((f) => f.field)).toEqual(['birthDate', 'sex']);
  });
});
