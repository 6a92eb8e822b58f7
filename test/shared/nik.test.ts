import { describe, expect, it } from 'vitest';
import type { NikErrorCode, NikInfo } from '../../src-shared/domain/nik.js';
import { checkNikAgreement, normaliseNik, parseNik } from '../../src-shared/domain/nik.js';
import { provinces } from '../../src-shared/domain/provinces.js';
import type { Sex } from '../../src-shared/domain/seeker.js';

const today = '2025-06-15';

// Layout: PP KK CC DD MM YY SSSS; women's day is +40. Each fixture is decoded by hand.
// [NIK, birth date, sex, why] with today = 2025-06-15.
const births: readonly (readonly [string, string, Sex, string])[] = [
  ['5171021203850001', '1985-03-12', 'L', 'laki-laki, tanggal 12'],
  ['5171014508990002', '1999-08-05', 'P', 'perempuan, 45 = 5 + 40'],
  ['5171030101000001', '2000-01-01', 'L', 'tahun 00 menjadi 2000'],
  ['5171040101950010', '1995-01-01', 'L', 'batas tanggal 01'],
  ['5171043112950010', '1995-12-31', 'L', 'batas tanggal 31'],
  ['5171044112950010', '1995-12-01', 'P', 'batas tanggal 41 = 1 perempuan'],
  ['5171047112950010', '1995-12-31', 'P', 'batas tanggal 71 = 31 perempuan'],
  ['5171012902000001', '2000-02-29', 'L', '29 Februari 2000 kabisat'],
  ['5171016902960004', '1996-02-29', 'P', '29 Februari 1996 kabisat, perempuan 69'],
  ['5171013004900001', '1990-04-30', 'L', '30 April ada'],
  ['5171011506250001', '2025-06-15', 'L', 'lahir tepat hari ini: 20YY'],
  ['5171011406250001', '2025-06-14', 'L', 'sehari sebelum hari ini: 20YY'],
  ['5171011606250001', '1925-06-16', 'L', 'sehari setelah hari ini: mundur ke 19YY'],
  ['5171015506250001', '2025-06-15', 'P', 'perempuan lahir hari ini: 20YY'],
  ['5171015606250001', '1925-06-16', 'P', 'perempuan sehari setelah hari ini: 19YY'],
  ['5171010101240001', '2024-01-01', 'L', 'tahun 24 menjadi 2024'],
  ['5171010101260001', '1926-01-01', 'L', 'tahun 26 menjadi 1926'],
];

// [typed, what the NIK says, why]
const regions: readonly (readonly [string, Partial<NikInfo>, string])[] = [
  ['3171015506900003', { provinceName: 'DKI Jakarta', regencyCode: '3171' }, 'Jakarta Pusat'],
  ['5103014508990002', { provinceName: 'Bali', regencyCode: '5103' }, 'Badung, bukan Denpasar'],
  ['5171054508990002', { districtCode: '517105' }, 'kecamatan 05 tidak ada di Denpasar'],
  ['9171011203850001', { provinceName: 'Papua' }, 'Papua 91'],
  ['9502011203850001', { provinceName: 'Papua Pegunungan' }, 'pemekaran Papua 95'],
  ['9671011203850001', { provinceName: 'Papua Barat Daya' }, 'pemekaran Papua 96'],
  ['5171 0145 0899 0002', { nik: '5171014508990002' }, 'spasi seperti di KTP'],
  ['51.71.01.450899.0002', { nik: '5171014508990002' }, 'titik'],
  ['5171-01-450899-0002', { nik: '5171014508990002' }, 'tanda hubung'],
  [' 5171014508990002\t', { nik: '5171014508990002' }, 'spasi/tab di awal dan akhir'],
];

// [typed, code, part of the message the officer must see, why]
const invalid: readonly (readonly [string, NikErrorCode, string, string])[] = [
  ['', 'NIK_EMPTY', 'NIK wajib diisi', 'kosong'],
  [' . - ', 'NIK_EMPTY', 'NIK wajib diisi', 'hanya spasi dan tanda'],
  ['517101450899000', 'NIK_FORMAT', 'yang diketik 15 digit (kurang 1)', '15 digit'],
  ['51710145089900021', 'NIK_FORMAT', 'yang diketik 17 digit (lebih 1)', '17 digit'],
  ['517101450899000A', 'NIK_FORMAT', 'hapus huruf atau tanda "A"', 'huruf'],
  ['5171O14508990002', 'NIK_FORMAT', '"O"', 'huruf O pengganti nol'],
  ['5171/014508990002', 'NIK_FORMAT', '"/"', 'garis miring'],
  ['9971014508990002', 'NIK_PROVINCE', 'Kode provinsi 99 pada NIK tidak dikenal', 'provinsi 99'],
  ['0071014508990002', 'NIK_PROVINCE', 'Kode provinsi 00', 'provinsi 00'],
  ['2071014508990002', 'NIK_PROVINCE', 'Kode provinsi 20', 'tidak ada provinsi 20'],
  ['9971014013990000', 'NIK_PROVINCE', 'Kode provinsi 99', 'provinsi diperiksa lebih dulu'],
  ['5171040012950010', 'NIK_DATE', 'tanggal 00 tidak ada', 'tanggal 00'],
  ['5171044012950010', 'NIK_DATE', 'tanggal 40 tidak ada', 'batas tanggal 40'],
  ['5171043212950010', 'NIK_DATE', 'tanggal 32 tidak ada', 'tanggal 32'],
  ['5171047212950010', 'NIK_DATE', 'tanggal 72 tidak ada', 'batas tanggal 72'],
  ['5171041500950010', 'NIK_DATE', 'bulan 00 tidak ada', 'bulan 00'],
  ['5171041513950010', 'NIK_DATE', 'bulan 13 tidak ada', 'bulan 13'],
  ['5171012902990001', 'NIK_DATE', '29 Februari 1999 tidak ada', 'bukan tahun kabisat'],
  ['5171016902230001', 'NIK_DATE', '29 Februari 2023 tidak ada', 'perempuan 69, bukan kabisat'],
  ['5171013002960001', 'NIK_DATE', '30 Februari 1996 tidak ada', '30 Februari'],
  ['5171013104900001', 'NIK_DATE', '31 April 1990 tidak ada', '31 April'],
  ['5171014508990000', 'NIK_SERIAL', 'tidak boleh 0000', 'nomor urut 0000'],
];

describe('parseNik: NIK yang benar', () => {
  it.each(births)('%s: lahir %s, jenis kelamin %s (%s)', (nik, birthDate, sex) => {
    const result = parseNik(nik, today);
    if (!result.ok) throw new Error(`ditolak: ${result.error.message}`);
    expect(result.value).toMatchObject({ nik, birthDate, sex });
  });

  it.each(regions)('%s -> %o (%s)', (typed, says) => {
    const result = parseNik(typed, today);
    if (!result.ok) throw new Error(`ditolak: ${result.error.message}`);
    expect(result.value).toMatchObject(says);
    if (!result.value.nik.startsWith('5171')) expect(result.value).not.toHaveProperty('kecamatan');
  });

  it('names no kecamatan for a Denpasar code that has none', () => {
    const result = parseNik('5171054508990002', today);
    expect(result.ok && result.value.kecamatan).toBe(undefined);
  });

  it('decides the century against the injected clock (29-02-2024 on 2024-03-01)', () => {
    const result = parseNik('5171012902240001', '2024-03-01');
    expect(result.ok && result.value.birthDate).toBe('2024-02-29');
  });

  it('gives every part of the NIK for a Denpasar woman', () => {
    expect(parseNik('5171014508990002', today)).toEqual({
      ok: true,
      value: {
        nik: '5171014508990002',
        provinceCode: '51',
        provinceName: 'Bali',
        regencyCode: '5171',
        districtCode: '517101',
        birthDate: '1999-08-05',
        sex: 'P',
        serial: '0002',
        kecamatan: { code: '51.71.01', name: 'Denpasar Selatan' },
      },
    });
  });
});

describe('parseNik: NIK yang salah', () => {
  it.each(invalid)('%o -> %s, pesan "%s" (%s)', (typed, code, says) => {
    const result = parseNik(typed, today);
    if (result.ok) throw new Error(`diterima: ${result.value.birthDate}`);
    expect(result.error).toMatchObject({ code, field: 'nik' });
    expect(result.error.message).toContain(says);
  });

  it('tells how to fix a wrong birth-date part', () => {
    const result = parseNik('5171041513950010', today);
    expect(result.ok ? '' : result.error.message).toMatch(
      /^Tanggal lahir pada NIK tidak valid.*digit ke-7/,
    );
  });

  it('treats a malformed clock as a bug', () => {
    expect(() => parseNik('5171014508990002', '15-06-2025')).toThrow();
  });
});

describe('normaliseNik', () => {
  it('removes spaces, dots and dashes but keeps other characters', () => {
    expect(normaliseNik(' 51.71-01 4508\u00a09900/02 ')).toBe('51710145089900/02');
  });
});

describe('provinces', () => {
  it('knows the 38 current provinces', () => {
    expect(Object.keys(provinces)).toHaveLength(38);
    expect(provinces['51']).toBe('Bali');
  });
});

describe('checkNikAgreement', () => {
  const parsed = parseNik('5171014508990002', today);
  if (!parsed.ok) throw new Error('fixture NIK must be valid');
  const woman = parsed.value;

  it('accepts a form that matches the NIK', () => {
    expect(checkNikAgreement(woman, { birthDate: '1999-08-05', sex: 'P' })).toEqual([]);
  });

  it('leaves empty fields to the form', () => {
    expect(checkNikAgreement(woman, { birthDate: '', sex: '' })).toEqual([]);
  });

  it('flags a different birth date on the birthDate field', () => {
    const failures = checkNikAgreement(woman, { birthDate: '1999-05-08', sex: 'P' });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ code: 'NIK_BIRTHDATE_MISMATCH', field: 'birthDate' });
    expect(failures[0]?.message).toContain('8 Mei 1999');
    expect(failures[0]?.message).toContain('5 Agustus 1999');
  });

  it('flags a man chosen for a woman NIK on the sex field', () => {
    const failures = checkNikAgreement(woman, { birthDate: '1999-08-05', sex: 'L' });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ code: 'NIK_SEX_MISMATCH', field: 'sex' });
    expect(failures[0]?.message).toContain('Pilih Perempuan');
  });

  it('flags a woman chosen for a man NIK', () => {
    const man = parseNik('5171021203850001', today);
    if (!man.ok) throw new Error('fixture NIK must be valid');
    const failures = checkNikAgreement(man.value, { birthDate: '1985-03-12', sex: 'P' });
    expect(failures.map((f) => f.code)).toEqual(['NIK_SEX_MISMATCH']);
    expect(failures[0]?.message).toContain('Pilih Laki-laki');
  });

  it('reports both mismatches at once', () => {
    const failures = checkNikAgreement(woman, { birthDate: '2099-08-05', sex: 'L' });
    expect(failures.map((f) => f.field)).toEqual(['birthDate', 'sex']);
  });

  it('agrees with the 19YY century the NIK resolved to', () => {
    const old = parseNik('5171011606250001', today);
    if (!old.ok) throw new Error('fixture NIK must be valid');
    expect(checkNikAgreement(old.value, { birthDate: '1925-06-16', sex: 'L' })).toEqual([]);
    expect(checkNikAgreement(old.value, { birthDate: '2025-06-16', sex: 'L' })).toHaveLength(1);
  });
});
