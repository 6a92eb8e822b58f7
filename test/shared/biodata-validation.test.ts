import { describe, expect, it } from 'vitest';
import type { Biodata } from '../../src-shared/domain/biodata.js';
import { normalisePhone, validateBiodata } from '../../src-shared/domain/biodata-validation.js';

const today = '2025-06-15';

const valid: Biodata = {
  nik: '5171014508990002',
  name: 'Ni Luh Putu Sari Dewi',
  birthPlace: 'Denpasar',
  birthDate: '1999-08-05',
  sex: 'P',
  heightCm: 158,
  weightKg: 50,
  religion: 4,
  maritalStatus: '1',
  address: {
    street: 'Jl. Gatot Subroto VI No. 3, Br. Tegal',
    kecamatanCode: '51.71.01',
    kelurahanCode: '51.71.01.1003',
    postcode: '80223',
  },
  phone: '+62 812-3456-7890',
  email: 'sari.dewi@contoh.id',
  education: [
    {
      level: 'SMK',
      institution: 'SMK Negeri 1 Denpasar',
      major: 'Akuntansi',
      yearIn: 2014,
      yearOut: 2017,
      score: 85.5,
    },
    {
      level: 'D-III',
      institution: 'Politeknik Negeri Bali',
      major: 'Perhotelan',
      yearIn: 2017,
      yearOut: 2020,
      score: 3.45,
    },
  ],
  trainings: [{ name: 'Barista', institution: 'BLK Denpasar', year: 2021, certified: true }],
  skills: ['Bahasa Inggris', 'Microsoft Excel'],
  languages: [{ language: 'Inggris', level: 'menengah' }],
  workExperience: [
    { employer: 'Hotel Sanur', position: 'Front office', yearIn: 2020, yearOut: null },
  ],
  desiredPositions: [{ kbjiGroup: 4, title: 'Staf administrasi' }],
  desiredLocation: 'dalam-negeri',
  targetEmployers: [],
  counsellorNotes: '',
};

const fields = (b: Biodata): string[] => validateBiodata(b, today).map((f) => f.field ?? '');
const messageFor = (b: Biodata, field: string): string =>
  validateBiodata(b, today).find((f) => f.field === field)?.message ?? '';

describe('validasi biodata AK/II', () => {
  it('biodata lengkap dan benar tidak punya kesalahan', () => {
    expect(validateBiodata(valid, today)).toEqual([]);
  });

  it('melaporkan semua kesalahan sekaligus dengan nama field', () => {
    const b: Biodata = { ...valid, nik: '123', name: '', birthPlace: ' ', phone: '' };
    expect(fields(b)).toEqual(['nik', 'name', 'birthPlace', 'phone']);
    expect(messageFor(b, 'nik')).toBe('NIK harus 16 digit angka.');
    expect(messageFor(b, 'name')).toBe('Nama lengkap wajib diisi.');
  });

  it('nama hanya huruf dan tanda baca nama', () => {
    expect(fields({ ...valid, name: "I Gusti A. Rai O'Neil-Putra" })).toEqual([]);
    expect(fields({ ...valid, name: 'Sari 2' })).toEqual(['name']);
  });

  it('tanggal lahir harus sah dan tidak di masa depan', () => {
    expect(fields({ ...valid, birthDate: '1999-02-30' })).toContain('birthDate');
    expect(messageFor({ ...valid, birthDate: '2025-06-16' }, 'birthDate')).toContain(
      'setelah hari ini',
    );
  });

  it('tinggi 100-250 cm dan berat 25-250 kg; kosong boleh', () => {
    expect(fields({ ...valid, heightCm: 99, weightKg: 251 })).toEqual(['heightCm', 'weightKg']);
    expect(fields({ ...valid, heightCm: 250, weightKg: 25 })).toEqual([]);
    expect(fields({ ...valid, heightCm: null, weightKg: null })).toEqual([]);
    expect(messageFor({ ...valid, heightCm: 300 }, 'heightCm')).toBe(
      'Tinggi badan (cm) harus antara 100 dan 250.',
    );
  });

  it('kode agama dan status perkawinan harus dari daftar yang berlaku', () => {
    const wrongReligion = { ...valid, religion: 8 } as unknown as Biodata; // simulates bad stored data
    expect(fields(wrongReligion)).toEqual(['religion']);
    expect(fields({ ...valid, maritalStatus: '5' })).toEqual(['maritalStatus']);
    const rules = { maritalStatuses: [{ code: 'K', label: 'Kawin' }] };
    expect(validateBiodata({ ...valid, maritalStatus: 'K' }, today, rules)).toEqual([]);
  });

  it('alamat: kecamatan, kelurahan di kecamatan itu, kode pos 5 digit', () => {
    const addr = (a: Partial<Biodata['address']>): Biodata => ({
      ...valid,
      address: { ...valid.address, ...a },
    });
    expect(fields(addr({ kelurahanCode: '51.71.02.1003' }))).toEqual(['address.kelurahanCode']);
    expect(fields(addr({ kecamatanCode: '', kelurahanCode: '' }))).toEqual([
      'address.kecamatanCode',
      'address.kelurahanCode',
    ]);
    expect(fields(addr({ postcode: '8022' }))).toEqual(['address.postcode']);
    expect(fields(addr({ postcode: '' }))).toEqual([]);
  });

  it('email boleh kosong, bila diisi harus sah', () => {
    expect(fields({ ...valid, email: '' })).toEqual([]);
    for (const bad of ['sari', 'sari@', 'sari@contoh', 'sa ri@contoh.id', '@contoh.id']) {
      expect(fields({ ...valid, email: bad }), bad).toEqual(['email']);
    }
  });

  it('riwayat pendidikan: minimal satu, tahun masuk sebelum lulus, tahun masuk akal', () => {
    expect(fields({ ...valid, education: [] })).toEqual(['education']);
    const row = valid.education[0];
    if (!row) throw new Error('fixture');
    expect(fields({ ...valid, education: [{ ...row, yearIn: 2018, yearOut: 2017 }] })).toEqual([
      'education.0.yearOut',
    ]);
    expect(fields({ ...valid, education: [{ ...row, yearOut: 2026 }] })).toEqual([
      'education.0.yearOut',
    ]);
    expect(fields({ ...valid, education: [{ ...row, yearIn: 2000 }] })).toEqual([
      'education.0.yearIn',
    ]);
    expect(fields({ ...valid, education: [{ ...row, institution: '', score: 101 }] })).toEqual([
      'education.0.institution',
      'education.0.score',
    ]);
  });

  it('pengalaman kerja: masih bekerja boleh tanpa tahun berhenti, umur kerja masuk akal', () => {
    const job = valid.workExperience[0];
    if (!job) throw new Error('fixture');
    expect(fields({ ...valid, workExperience: [{ ...job, yearIn: 2005 }] })).toEqual([
      'workExperience.0.yearIn',
    ]);
    expect(fields({ ...valid, workExperience: [{ ...job, yearOut: 2019 }] })).toEqual([
      'workExperience.0.yearOut',
    ]);
    expect(fields({ ...valid, workExperience: [{ ...job, employer: '', position: '' }] })).toEqual([
      'workExperience.0.employer',
      'workExperience.0.position',
    ]);
  });

  it('jabatan yang diinginkan memakai golongan KBJI 0-9 dan nama jabatan', () => {
    const bad = {
      ...valid,
      desiredPositions: [{ kbjiGroup: 12, title: '' }],
    } as unknown as Biodata; // bad stored data
    expect(fields(bad)).toEqual(['desiredPositions.0.kbjiGroup', 'desiredPositions.0.title']);
  });

  it('nomor Karirhub/SIAPkerja opsional, bila diisi hanya huruf, angka, tanda hubung', () => {
    expect(fields({ ...valid, nationalNumber: 'KH-2025-000123' })).toEqual([]);
    expect(fields({ ...valid, nationalNumber: 'KH 123!' })).toEqual(['nationalNumber']);
  });
});

describe('nomor telepon', () => {
  it('menerima 0, 62 atau +62 diikuti 8-15 digit dan menyeragamkan ke 0...', () => {
    expect(normalisePhone('+62 812-3456-7890')).toBe('081234567890');
    expect(normalisePhone('6281234567890')).toBe('081234567890');
    expect(normalisePhone('(0361) 907.5751')).toBe('03619075751');
    expect(normalisePhone('0' + '1'.repeat(8))).toBe('011111111');
  });

  it('menolak nomor terlalu pendek, terlalu panjang, atau tanpa awalan', () => {
    expect(normalisePhone('0812345')).toBeNull();
    expect(normalisePhone('0' + '1'.repeat(16))).toBeNull();
    expect(normalisePhone('812345678')).toBeNull();
    expect(normalisePhone('0812-abc-7890')).toBeNull();
    expect(fields({ ...valid, phone: '12345' })).toEqual(['phone']);
    expect(messageFor({ ...valid, phone: '12345' }, 'phone')).toContain('8 sampai 15 digit');
  });
});
