import { defaultMaritalStatuses, religionCodes } from './biodata.js';
import type { Biodata, CodeLabel } from './biodata.js';
import { compareDates, parseCalendarDate } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';
import { isEducationLevel } from './education.js';
import { isKbjiMajorGroup } from './kbji.js';
import type { Failure } from './outcome.js';

export type BiodataFailureCode = 'REQUIRED' | 'FORMAT' | 'RANGE' | 'UNKNOWN_CODE';
type BiodataFailure = Failure<BiodataFailureCode>;

export interface BiodataRules {
  readonly maritalStatuses: readonly CodeLabel[];
}

export const defaultBiodataRules: BiodataRules = { maritalStatuses: defaultMaritalStatuses };

/**
 * Indonesian phone in national form ("081234567890"), or null. Accepts +62, 62 or 0 in front
 * and spaces, dots, dashes or brackets between digits; 8-15 digits must follow the prefix.
 */
export function normalisePhone(raw: string): string | null {
  const compact = raw.replace(/[\s.()-]/g, '');
  const m = /^(?:\+62|62|0)(\d{8,15})$/.exec(compact);
  return m ? `0${m[1] ?? ''}` : null;
}

const emailRe = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const nameRe = /^[\p{L} .,'-]+$/u;
const digitsOnly = (code: string): string => code.replace(/\D/g, '');

/**
 * Every problem in the form at once, so the officer can fix them in one pass. Field paths
 * follow the object ("education.0.yearOut"). The NIK is only checked for shape here; the
 * NIK rules (province, birth date, sex) are in nik.ts.
 */
export function validateBiodata(
  b: Biodata,
  today: CalendarDate,
  rules: BiodataRules = defaultBiodataRules,
): readonly BiodataFailure[] {
  const out: BiodataFailure[] = [];
  const add = (code: BiodataFailureCode, field: string, message: string): void => {
    out.push({ code, field, message });
  };
  const required = (value: string, field: string, label: string): boolean => {
    if (value.trim() !== '') return true;
    add('REQUIRED', field, `${label} wajib diisi.`);
    return false;
  };
  const inRange = (v: number | null, field: string, label: string, min: number, max: number) => {
    if (v !== null && !(Number.isFinite(v) && v >= min && v <= max)) {
      add('RANGE', field, `${label} harus antara ${min} dan ${max}.`);
    }
  };
  const thisYear = Number(today.slice(0, 4));
  const birth = parseCalendarDate(b.birthDate);
  const bornYear = birth?.year ?? thisYear - 100;
  const year = (v: number | null, field: string, label: string, minAge = 0) => {
    if (v !== null && !Number.isInteger(v)) add('FORMAT', field, `${label} harus angka tahun.`);
    else inRange(v, field, label, bornYear + minAge, thisYear);
  };

  if (!/^\d{16}$/.test(b.nik)) add('FORMAT', 'nik', 'NIK harus 16 digit angka.');
  if (required(b.name, 'name', 'Nama lengkap') && !nameRe.test(b.name.trim())) {
    add(
      'FORMAT',
      'name',
      'Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung.',
    );
  }
  required(b.birthPlace, 'birthPlace', 'Tempat lahir');
  if (!birth) add('FORMAT', 'birthDate', 'Tanggal lahir tidak sah.');
  else if (compareDates(b.birthDate, today) > 0) {
    add('RANGE', 'birthDate', 'Tanggal lahir tidak boleh setelah hari ini.');
  }
  inRange(b.heightCm, 'heightCm', 'Tinggi badan (cm)', 100, 250);
  inRange(b.weightKg, 'weightKg', 'Berat badan (kg)', 25, 250);
  if (!religionCodes.some((c) => c === b.religion)) {
    add('UNKNOWN_CODE', 'religion', 'Pilih agama dari daftar.');
  }
  if (!rules.maritalStatuses.some((s) => s.code === b.maritalStatus)) {
    add('UNKNOWN_CODE', 'maritalStatus', 'Pilih status perkawinan dari daftar.');
  }

  const a = b.address;
  required(a.street, 'address.street', 'Alamat');
  const kec = required(a.kecamatanCode, 'address.kecamatanCode', 'Kecamatan');
  const kel = required(a.kelurahanCode, 'address.kelurahanCode', 'Kelurahan/desa');
  if (kec && kel && !digitsOnly(a.kelurahanCode).startsWith(digitsOnly(a.kecamatanCode))) {
    add(
      'FORMAT',
      'address.kelurahanCode',
      'Kelurahan/desa tidak berada di kecamatan yang dipilih.',
    );
  }
  if (a.postcode !== '' && !/^\d{5}$/.test(a.postcode)) {
    add('FORMAT', 'address.postcode', 'Kode pos harus 5 digit angka.');
  }
  if (required(b.phone, 'phone', 'Nomor telepon') && normalisePhone(b.phone) === null) {
    add('FORMAT', 'phone', 'Nomor telepon diawali 0 atau +62, diikuti 8 sampai 15 digit angka.');
  }
  if (b.email.trim() !== '' && !emailRe.test(b.email.trim())) {
    add('FORMAT', 'email', 'Alamat email tidak sah, contoh: nama@contoh.com.');
  }

  if (b.education.length === 0)
    add('REQUIRED', 'education', 'Isi minimal satu riwayat pendidikan.');
  b.education.forEach((row, i) => {
    const f = `education.${i}`;
    if (!isEducationLevel(row.level))
      add('UNKNOWN_CODE', `${f}.level`, 'Pilih jenjang pendidikan dari daftar.');
    required(row.institution, `${f}.institution`, 'Nama sekolah/perguruan tinggi');
    year(row.yearIn, `${f}.yearIn`, 'Tahun masuk', 3);
    year(row.yearOut, `${f}.yearOut`, 'Tahun lulus', 5);
    if (row.yearIn !== null && row.yearOut !== null && row.yearOut < row.yearIn) {
      add('RANGE', `${f}.yearOut`, 'Tahun lulus tidak boleh sebelum tahun masuk.');
    }
    inRange(row.score, `${f}.score`, 'Nilai/IPK', 0, 100);
  });
  b.trainings.forEach((row, i) => {
    required(row.name, `trainings.${i}.name`, 'Nama pelatihan');
    year(row.year, `trainings.${i}.year`, 'Tahun pelatihan', 5);
  });
  b.skills.forEach((s, i) => required(s, `skills.${i}`, 'Keterampilan'));
  b.languages.forEach((row, i) => required(row.language, `languages.${i}.language`, 'Bahasa'));
  b.workExperience.forEach((row, i) => {
    const f = `workExperience.${i}`;
    required(row.employer, `${f}.employer`, 'Nama perusahaan/tempat kerja');
    required(row.position, `${f}.position`, 'Jabatan');
    year(row.yearIn, `${f}.yearIn`, 'Tahun mulai kerja', 10);
    year(row.yearOut, `${f}.yearOut`, 'Tahun berhenti kerja', 10);
    if (row.yearIn !== null && row.yearOut !== null && row.yearOut < row.yearIn) {
      add('RANGE', `${f}.yearOut`, 'Tahun berhenti tidak boleh sebelum tahun mulai kerja.');
    }
  });
  b.desiredPositions.forEach((row, i) => {
    const f = `desiredPositions.${i}`;
    if (!isKbjiMajorGroup(row.kbjiGroup))
      add('UNKNOWN_CODE', `${f}.kbjiGroup`, 'Pilih golongan jabatan KBJI 0-9.');
    required(row.title, `${f}.title`, 'Jabatan yang diinginkan');
  });
  if (
    b.nationalNumber !== undefined &&
    b.nationalNumber !== '' &&
    !/^[A-Za-z0-9-]{4,40}$/.test(b.nationalNumber)
  ) {
    add(
      'FORMAT',
      'nationalNumber',
      'Nomor Karirhub/SIAPkerja hanya huruf, angka dan tanda hubung.',
    );
  }
  return out;
}
