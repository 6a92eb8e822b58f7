import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src-shared/domain/csv.js';
import type { Vacancy } from '../../src-shared/domain/vacancy.js';
import {
  parseVacancyCsv,
  parseVacancyFile,
  parseVacancyJson,
  type VacancyImport,
} from '../../src-shared/domain/vacancy-import.js';

const header = 'id,perusahaan,jabatan,kbji,pendidikan_min,lokasi,tempat,kata_kunci,tutup';

function imported(outcome: ReturnType<typeof parseVacancyCsv>): VacancyImport {
  if (!outcome.ok) throw new Error(`expected a readable file, got: ${outcome.error.message}`);
  return outcome.value;
}

const cook: Vacancy = {
  id: 'DPS-001',
  employer: 'Hotel Sanur Permai',
  position: 'Juru masak',
  kbjiGroup: 5,
  minEducation: 'SMK',
  location: { scope: 'dalam-negeri', place: 'Denpasar' },
  keywords: ['memasak', 'tata boga'],
  closesAt: '2027-01-31',
};

describe('reading a CSV file', () => {
  it('turns each row into a vacancy, with both date formats and keywords split on ;', () => {
    const csv = [
      header,
      'DPS-001,Hotel Sanur Permai,Juru masak,5120,SMK,dalam-negeri,Denpasar,memasak; tata boga,2027-01-31',
      'DPS-002,PT Bali Digital,Programmer,2512,s1,Dalam Negeri,Denpasar,,5/2/2027',
    ].join('\n');
    const result = imported(parseVacancyCsv(csv));
    expect(result.rowErrors).toEqual([]);
    expect(result.vacancies).toEqual([
      cook,
      {
        id: 'DPS-002',
        employer: 'PT Bali Digital',
        position: 'Programmer',
        kbjiGroup: 2,
        minEducation: 'S1',
        location: { scope: 'dalam-negeri', place: 'Denpasar' },
        keywords: [],
        closesAt: '2027-02-05',
      },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const csv = `${header}\r\n"DPS-003","PT ""Segara"", Tbk","Staf gudang, shift malam",9321,,luar-negeri,"Osaka, Jepang","angkat; ""forklift""","31/03/2027"\r\n`;
    const [vacancy] = imported(parseVacancyCsv(csv)).vacancies;
    expect(vacancy).toMatchObject({
      employer: 'PT "Segara", Tbk',
      position: 'Staf gudang, shift malam',
      minEducation: null,
      location: { scope: 'luar-negeri', place: 'Osaka, Jepang' },
      keywords: ['angkat', '"forklift"'],
      closesAt: '2027-03-31',
    });
    const multiLine = parseCsv('a,b\n"baris\nkedua",x\nc,d');
    expect(multiLine.ok && multiLine.value.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it('reads semicolon files saved by spreadsheets set to Indonesian, with a BOM', () => {
    const csv = `\uFEFF${header.replaceAll(',', ';')}\nDPS-001;Hotel Sanur Permai;Juru masak;5120;SMK;dalam-negeri;Denpasar;"memasak;tata boga";31/01/2027`;
    expect(imported(parseVacancyCsv(csv)).vacancies).toEqual([cook]);
  });

  it('names row and column of each bad value, and keeps the good rows', () => {
    const csv = [
      header,
      'DPS-001,Hotel Sanur Permai,Juru masak,5120,SMK,dalam-negeri,Denpasar,memasak,2027-01-31',
      'DPS-002,Toko Sumber Rejeki,Kasir,5230,SLTA,dalam-negeri,Denpasar,kasir,2027-01-31',
      'DPS-003,PT Maju,Sopir,8322,SMA,ke-luar,Denpasar,,31/02/2027',
      ',,Satpam,54x,,dalam-negeri,,,',
      'DPS-001,Hotel Lain,Pelayan,5131,,dalam-negeri,Denpasar,,2027-01-31',
    ].join('\n');
    const result = imported(parseVacancyCsv(csv));
    expect(result.vacancies.map((v) => v.id)).toEqual(['DPS-001', 'DPS-002']);
    expect(result.rowsRead).toBe(5);
    const messages = result.rowErrors.map((e) => e.message);
    expect(messages).toContain(
      "Baris 4, kolom pendidikan_min: 'SMA' tidak dikenal; gunakan SD, SLTP, SLTA, SMK, D-I, D-II, D-III, D-IV, S1, S2, S3, atau kosongkan bila tanpa syarat.",
    );
    expect(messages).toContain(
      "Baris 4, kolom lokasi: 'ke-luar' tidak dikenal; gunakan dalam-negeri atau luar-negeri.",
    );
    expect(messages.find((m) => m.startsWith('Baris 4, kolom tutup:'))).toContain(
      "'31/02/2027' bukan tanggal yang sah",
    );
    expect(result.rowErrors.filter((e) => e.row === 5).map((e) => e.column)).toEqual([
      'id',
      'perusahaan',
      'kbji',
      'tempat',
      'tutup',
    ]);
    expect(messages).toContain(
      "Baris 6, kolom id: 'DPS-001' sudah dipakai di baris 2; kode lowongan harus unik dalam satu berkas.",
    );
  });

  it('points at an unquoted comma that made a row too long', () => {
    const csv = `${header}\nDPS-009,PT Maju, Jaya,Sopir,8322,,dalam-negeri,Denpasar,,2027-01-31`;
    const result = imported(parseVacancyCsv(csv));
    expect(result.vacancies).toEqual([]);
    expect(result.rowErrors[0]?.message).toBe(
      'Baris 2: berisi 10 kolom, padahal baris judul hanya 9; isian yang memuat koma harus diapit tanda petik ("...").',
    );
  });

  it('refuses a file without the required columns or with an open quote', () => {
    const noHeader = parseVacancyCsv('id,perusahaan,jabatan\nA,B,C');
    expect(!noHeader.ok && noHeader.error).toMatchObject({ code: 'kolom-wajib-hilang' });
    expect(!noHeader.ok && noHeader.error.message).toContain('kbji, lokasi, tempat, tutup');
    const open = parseVacancyCsv(`${header}\nDPS-1,"PT Maju,Sopir`);
    expect(!open.ok && open.error).toMatchObject({ code: 'petik-tidak-ditutup' });
    expect(!open.ok && open.error.message).toContain('Baris 2');
    expect(parseVacancyCsv('\n\n').ok).toBe(false);
  });

  it('accepts a header only, or columns in another order, and ignores blank lines', () => {
    expect(imported(parseVacancyCsv(`${header}\n`)).vacancies).toEqual([]);
    const reordered =
      'tutup,id,jabatan,perusahaan,kbji,lokasi,tempat\n2027-01-31,X1,Kasir,Toko,5230,dalam-negeri,Denpasar\n,,,,,,\n';
    const result = imported(parseVacancyCsv(reordered));
    expect(result.vacancies).toMatchObject([{ id: 'X1', employer: 'Toko', minEducation: null }]);
    expect(result.rowsRead).toBe(1);
  });
});

describe('reading a JSON file', () => {
  it('accepts rows with the CSV column names and Vacancy objects', () => {
    const json = JSON.stringify([
      {
        id: 'DPS-001',
        perusahaan: 'Hotel Sanur Permai',
        jabatan: 'Juru masak',
        kbji: 5120,
        pendidikan_min: 'SMK',
        lokasi: 'dalam-negeri',
        tempat: 'Denpasar',
        kata_kunci: ['memasak', 'tata boga'],
        tutup: '31/01/2027',
      },
      { ...cook, id: 'DPS-002' },
    ]);
    expect(imported(parseVacancyJson(json)).vacancies).toEqual([cook, { ...cook, id: 'DPS-002' }]);
  });

  it('names the item and the field the file uses', () => {
    const json = JSON.stringify([
      { ...cook, minEducation: 'SMA' },
      { ...cook, id: 'B', location: { scope: 'dalam-negeri', place: { kota: 'Denpasar' } } },
      'bukan objek',
    ]);
    const messages = imported(parseVacancyJson(json)).rowErrors.map((e) => e.message);
    expect(messages[0]).toMatch(/^Lowongan ke-1, isian minEducation: 'SMA' tidak dikenal/);
    expect(messages[1]).toBe('Lowongan ke-2, isian location.place: harus berupa teks atau angka.');
    expect(messages[2]).toMatch(/^Lowongan ke-3: bukan objek/);
  });

  it('refuses text that is not JSON, or not a list', () => {
    const broken = parseVacancyJson('[{"id": "A",]');
    expect(!broken.ok && broken.error.code).toBe('json-tidak-sah');
    const object = parseVacancyJson('{"id": "A"}');
    expect(!object.ok && object.error.code).toBe('json-bukan-daftar');
  });

  it('is chosen by file name or by content', () => {
    const json = JSON.stringify([cook]);
    expect(imported(parseVacancyFile('lowongan.JSON', json)).vacancies).toEqual([cook]);
    expect(imported(parseVacancyFile('export.txt', `  ${json}`)).vacancies).toEqual([cook]);
  });
});

describe('the sample file shipped with the app', () => {
  it('imports every row without errors', () => {
    const text = readFileSync('assets/data/contoh-lowongan.csv', 'utf8');
    const result = imported(parseVacancyFile('contoh-lowongan.csv', text));
    expect(result.rowErrors).toEqual([]);
    expect(result.vacancies.length).toBe(result.rowsRead);
    expect(result.vacancies.length).toBeGreaterThanOrEqual(12);
    expect(result.vacancies.some((v) => v.location.scope === 'luar-negeri')).toBe(true);
  });
});
