import type { Failure, Outcome } from './outcome.js';
import { fail, ok } from './outcome.js';
import { daysInMonth, monthNames } from './calendar-date.js';
import { provinceName } from './provinces.js';
import type { Sex } from './seeker.js';
import { sexLabels } from './seeker.js';
import { kecamatanForDistrictCode } from './wilayah.js';

/**
 * No NIK_FUTURE: the century rule below picks 19YY whenever 20YY would be after today,
 * so a birth date after today cannot come out of a 16-digit NIK.
 */
export type NikErrorCode = 'NIK_EMPTY' | 'NIK_FORMAT' | 'NIK_PROVINCE' | 'NIK_DATE' | 'NIK_SERIAL';

/** What a NIK says about its holder: `PP KK CC DDMMYY SSSS` (REFERENCE §5). */
export interface NikInfo {
  readonly nik: string;
  readonly provinceCode: string;
  readonly provinceName: string;
  readonly regencyCode: string;
  readonly districtCode: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: Sex;
  readonly serial: string;
  /** Only when the NIK was issued in a Denpasar kecamatan. */
  readonly kecamatan?: { readonly code: string; readonly name: string };
}

/** Officers copy NIKs grouped as on some documents ("5171 0145 ..." or "51.71.01..."). */
export function normaliseNik(input: string): string {
  return input.replace(/[\s.\-\u2010-\u2015]/g, '');
}

/** "1999-08-05" -> "5 Agustus 1999"; anything else is shown as typed. */
function formatTanggal(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? monthNames[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

const dateHint =
  'Periksa digit ke-7 sampai ke-12 (tanggal, bulan, tahun lahir; perempuan: tanggal + 40).';

function dateFailure(reason: string): { readonly ok: false; readonly error: Failure<'NIK_DATE'> } {
  return fail('NIK_DATE', `Tanggal lahir pada NIK tidak valid: ${reason}. ${dateHint}`, 'nik');
}

export function parseNik(input: string, today: string): Outcome<NikInfo, NikErrorCode> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`today harus YYYY-MM-DD: ${today}`);
  const nik = normaliseNik(input);
  if (nik === '') {
    return fail('NIK_EMPTY', 'NIK wajib diisi: ketik 16 digit angka sesuai KTP.', 'nik');
  }
  const stray = /\D/.exec(nik);
  if (stray) {
    const message = `NIK harus 16 digit angka; hapus huruf atau tanda "${stray[0]}".`;
    return fail('NIK_FORMAT', message, 'nik');
  }
  if (nik.length !== 16) {
    const off = nik.length < 16 ? `kurang ${16 - nik.length}` : `lebih ${nik.length - 16}`;
    const message = `NIK harus 16 digit angka; yang diketik ${nik.length} digit (${off}).`;
    return fail('NIK_FORMAT', message, 'nik');
  }

  const provinceCode = nik.slice(0, 2);
  const province = provinceName(provinceCode);
  if (province === undefined) {
    const message = `Kode provinsi ${provinceCode} pada NIK tidak dikenal; periksa 2 digit pertama NIK sesuai KTP.`;
    return fail('NIK_PROVINCE', message, 'nik');
  }

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = nik.slice(10, 12);
  const sex: Sex = rawDay > 40 ? 'P' : 'L';
  const day = sex === 'P' ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31) {
    return dateFailure(`tanggal ${nik.slice(6, 8)} tidak ada (laki-laki 01-31, perempuan 41-71)`);
  }
  if (month < 1 || month > 12) return dateFailure(`bulan ${nik.slice(8, 10)} tidak ada`);
  const mmdd = `${nik.slice(8, 10)}-${String(day).padStart(2, '0')}`;
  // A NIK holds only two year digits: the most recent century that is not in the future.
  const year = `20${yy}-${mmdd}` <= today ? 2000 + Number(yy) : 1900 + Number(yy);
  if (day > daysInMonth(year, month)) {
    return dateFailure(`${day} ${monthNames[month - 1] ?? ''} ${year} tidak ada`);
  }

  const serial = nik.slice(12);
  if (serial === '0000') {
    const message =
      'Nomor urut pada NIK (4 digit terakhir) tidak boleh 0000; periksa kembali NIK sesuai KTP.';
    return fail('NIK_SERIAL', message, 'nik');
  }

  const districtCode = nik.slice(0, 6);
  const kecamatan = kecamatanForDistrictCode(districtCode);
  return ok({
    nik,
    provinceCode,
    provinceName: province,
    regencyCode: nik.slice(0, 4),
    districtCode,
    birthDate: `${year}-${mmdd}`,
    sex,
    serial,
    ...(kecamatan ? { kecamatan: { code: kecamatan.code, name: kecamatan.name } } : {}),
  });
}

/** Form vs NIK: empty form fields are left to the form's own required-field checks. */
export function checkNikAgreement(
  info: NikInfo,
  form: { birthDate: string; sex: Sex | '' },
): Failure<'NIK_BIRTHDATE_MISMATCH' | 'NIK_SEX_MISMATCH'>[] {
  const failures: Failure<'NIK_BIRTHDATE_MISMATCH' | 'NIK_SEX_MISMATCH'>[] = [];
  if (form.birthDate !== '' && form.birthDate !== info.birthDate) {
    failures.push({
      code: 'NIK_BIRTHDATE_MISMATCH',
      message: `Tanggal lahir ${formatTanggal(form.birthDate)} tidak sesuai dengan NIK (${formatTanggal(info.birthDate)}); samakan dengan KTP atau periksa NIK.`,
      field: 'birthDate',
    });
  }
  if (form.sex !== '' && form.sex !== info.sex) {
    const nikSex = sexLabels[info.sex].toLowerCase();
    const why = info.sex === 'P' ? ' (tanggal pada NIK ditambah 40)' : '';
    failures.push({
      code: 'NIK_SEX_MISMATCH',
      message: `Jenis kelamin tidak sesuai dengan NIK: menurut NIK pemiliknya ${nikSex}${why}. Pilih ${sexLabels[info.sex]} atau periksa NIK.`,
      field: 'sex',
    });
  }
  return failures;
}
