import { desiredLocations, type DesiredLocation } from './biodata.js';
import { formatCalendarDate, isValidDateParts, parseCalendarDate } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';
import { educationLevels, isEducationLevel, type EducationLevel } from './education.js';
import { kbjiMajorGroupOf } from './kbji.js';
import type { Vacancy } from './vacancy.js';

/**
 * One vacancy row of an import file, as text, and its checks. The CSV and JSON readers in
 * vacancy-import.ts both reduce their input to these columns, so a wrong value gets the same
 * message whichever file it came from.
 */
export const vacancyColumns = [
  'id',
  'perusahaan',
  'jabatan',
  'kbji',
  'pendidikan_min',
  'lokasi',
  'tempat',
  'kata_kunci',
  'tutup',
] as const;
export type VacancyColumn = (typeof vacancyColumns)[number];

/** Empty pendidikan_min means "no minimum"; kata_kunci may be left out. */
export const optionalVacancyColumns: readonly VacancyColumn[] = ['pendidikan_min', 'kata_kunci'];

export type RawVacancy = Readonly<Record<VacancyColumn, string>>;

/** A problem with one row; `message` already names the row and the column. */
export interface VacancyRowError {
  readonly row: number;
  readonly column?: string;
  readonly message: string;
}

/** How a reader names a row and a column in messages ("Baris 4, kolom kbji"). */
export interface RowNaming {
  readonly row: (row: number) => string;
  /** "kolom" for CSV, "isian" for JSON. */
  readonly columnWord: string;
  readonly column: (column: VacancyColumn) => string;
}

const educationList = educationLevels.join(', ');

function parseLevel(value: string): EducationLevel | null | undefined {
  if (value === '') return null;
  const upper = value.toUpperCase();
  return isEducationLevel(upper) ? upper : undefined;
}

function parseScope(value: string): DesiredLocation | undefined {
  const key = value.toLowerCase().replace(/[\s_]+/g, '-');
  return desiredLocations.find((l) => l === key);
}

/** YYYY-MM-DD, or DD/MM/YYYY as Indonesian spreadsheets write dates. */
export function parseClosingDate(value: string): CalendarDate | undefined {
  if (parseCalendarDate(value)) return value;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!m) return undefined;
  const parts = { day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) };
  return isValidDateParts(parts) ? formatCalendarDate(parts) : undefined;
}

export function splitKeywords(value: string): string[] {
  const seen = new Set<string>();
  return value
    .split(';')
    .map((k) => k.trim().replace(/\s+/g, ' '))
    .filter((k) => {
      const key = k.toLocaleLowerCase('id-ID');
      if (k === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const required: Partial<Record<VacancyColumn, string>> = {
  id: 'isi kode lowongan yang unik (mis. DPS-001)',
  perusahaan: 'isi nama perusahaan',
  jabatan: 'isi nama jabatan',
  kbji: 'isi kode KBJI 1 sampai 4 digit (mis. 5120 atau 5)',
  lokasi: 'isi dalam-negeri atau luar-negeri',
  tempat: 'isi kota atau negara tempat kerja (mis. Denpasar, Jepang)',
  tutup: 'isi tanggal tutup lowongan (YYYY-MM-DD atau DD/MM/YYYY)',
};

/** A raw row built column by column (a reader's cell lookup). */
export function rawVacancyOf(cell: (column: VacancyColumn) => string): RawVacancy {
  return {
    id: cell('id'),
    perusahaan: cell('perusahaan'),
    jabatan: cell('jabatan'),
    kbji: cell('kbji'),
    pendidikan_min: cell('pendidikan_min'),
    lokasi: cell('lokasi'),
    tempat: cell('tempat'),
    kata_kunci: cell('kata_kunci'),
    tutup: cell('tutup'),
  };
}

/** Every problem of the row at once, or the vacancy it describes. */
export function vacancyFromRow(
  raw: RawVacancy,
  row: number,
  naming: RowNaming,
): { readonly vacancy: Vacancy } | { readonly errors: readonly VacancyRowError[] } {
  const errors: VacancyRowError[] = [];
  const problem = (column: VacancyColumn, text: string) => {
    const name = naming.column(column);
    const message = `${naming.row(row)}, ${naming.columnWord} ${name}: ${text}`;
    errors.push({ row, column: name, message });
  };
  const v = rawVacancyOf((c) => raw[c].trim());
  for (const column of vacancyColumns) {
    const hint = required[column];
    if (hint !== undefined && v[column] === '') problem(column, `kosong; ${hint}.`);
  }
  const kbjiGroup = v.kbji === '' ? null : kbjiMajorGroupOf(v.kbji);
  if (v.kbji !== '' && kbjiGroup === null) {
    problem('kbji', `'${v.kbji}' bukan kode KBJI; isi 1 sampai 4 digit angka (mis. 5120 atau 5).`);
  }
  const minEducation = parseLevel(v.pendidikan_min);
  if (minEducation === undefined) {
    problem(
      'pendidikan_min',
      `'${v.pendidikan_min}' tidak dikenal; gunakan ${educationList}, atau kosongkan bila tanpa syarat.`,
    );
  }
  const scope = parseScope(v.lokasi);
  if (v.lokasi !== '' && scope === undefined) {
    problem('lokasi', `'${v.lokasi}' tidak dikenal; gunakan dalam-negeri atau luar-negeri.`);
  }
  const closesAt = parseClosingDate(v.tutup);
  if (v.tutup !== '' && closesAt === undefined) {
    problem(
      'tutup',
      `'${v.tutup}' bukan tanggal yang sah; tulis YYYY-MM-DD (2027-01-31) atau DD/MM/YYYY (31/01/2027).`,
    );
  }
  // Reported in the file's column order, the order the officer reads the row in.
  const order = (e: VacancyRowError) =>
    vacancyColumns.findIndex((c) => naming.column(c) === e.column);
  errors.sort((a, b) => order(a) - order(b));
  if (
    errors.length > 0 ||
    kbjiGroup === null ||
    minEducation === undefined ||
    scope === undefined ||
    closesAt === undefined
  ) {
    return { errors };
  }
  return {
    vacancy: {
      id: v.id,
      employer: v.perusahaan,
      position: v.jabatan,
      kbjiGroup,
      minEducation,
      location: { scope, place: v.tempat },
      keywords: splitKeywords(v.kata_kunci),
      closesAt,
    },
  };
}
