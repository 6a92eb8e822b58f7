import { isBlankRecord, parseCsv } from './csv.js';
import { fail, ok, type Outcome } from './outcome.js';
import type { Vacancy } from './vacancy.js';
import { rawFromJson } from './vacancy-import-json.js';
import {
  optionalVacancyColumns,
  rawVacancyOf,
  vacancyColumns,
  vacancyFromRow,
  type RawVacancy,
  type RowNaming,
  type VacancyColumn,
  type VacancyRowError,
} from './vacancy-row.js';

/**
 * Reading a vacancy file (CSV or JSON) into Vacancy values. Good rows are kept and bad rows are
 * reported one message per problem, naming row and column, so the officer can fix the file and
 * import it again; only a file that cannot be read at all is a failure.
 */
export type { VacancyRowError } from './vacancy-row.js';

export interface VacancyImport {
  readonly vacancies: readonly Vacancy[];
  readonly rowErrors: readonly VacancyRowError[];
  /** Data rows read (blank lines not counted). */
  readonly rowsRead: number;
}

export type VacancyImportErrorCode =
  | 'berkas-kosong'
  | 'kolom-wajib-hilang'
  | 'petik-tidak-ditutup'
  | 'json-tidak-sah'
  | 'json-bukan-daftar';

export type VacancyImportOutcome = Outcome<VacancyImport, VacancyImportErrorCode>;

interface NumberedRow {
  readonly row: number;
  readonly raw: RawVacancy | null;
  readonly naming: RowNaming;
  /** Problems found before the values are checked (shape, extra fields). */
  readonly errors: readonly VacancyRowError[];
}

export const csvNaming: RowNaming = {
  row: (row) => `Baris ${row}`,
  columnWord: 'kolom',
  column: (column) => column,
};

/** Checks each row, and that no id is used twice in the file (the catalogue key). */
function collect(rows: readonly NumberedRow[]): VacancyImport {
  const vacancies: Vacancy[] = [];
  const rowErrors: VacancyRowError[] = [];
  const firstRowOfId = new Map<string, number>();
  for (const { row, raw, naming, errors } of rows) {
    rowErrors.push(...errors);
    if (raw === null || errors.length > 0) continue;
    const result = vacancyFromRow(raw, row, naming);
    if ('errors' in result) {
      rowErrors.push(...result.errors);
      continue;
    }
    const earlier = firstRowOfId.get(result.vacancy.id);
    if (earlier !== undefined) {
      const column = naming.column('id');
      rowErrors.push({
        row,
        column,
        message: `${naming.row(row)}, ${naming.columnWord} ${column}: '${result.vacancy.id}' sudah dipakai di ${naming.row(earlier).toLowerCase()}; kode lowongan harus unik dalam satu berkas.`,
      });
      continue;
    }
    firstRowOfId.set(result.vacancy.id, row);
    vacancies.push(result.vacancy);
  }
  return { vacancies, rowErrors, rowsRead: rows.length };
}

const headerKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, '_');

export function parseVacancyCsv(text: string): VacancyImportOutcome {
  const parsed = parseCsv(text);
  if (!parsed.ok) return parsed;
  const records = parsed.value.filter((r) => !isBlankRecord(r));
  const header = records[0];
  if (header === undefined) {
    return fail('berkas-kosong', 'Berkas kosong: tidak ada baris judul maupun lowongan.');
  }
  const keys = header.fields.map(headerKey);
  const missing = vacancyColumns.filter(
    (c) => !optionalVacancyColumns.includes(c) && !keys.includes(c),
  );
  if (missing.length > 0) {
    return fail(
      'kolom-wajib-hilang',
      `Baris judul (baris ${header.row}) tidak memuat kolom ${missing.join(', ')}. Kolom yang dipakai: ${vacancyColumns.join(', ')}.`,
    );
  }
  const rows = records.slice(1).map((record): NumberedRow => {
    const cell = (c: VacancyColumn) => {
      const i = keys.indexOf(c);
      return i < 0 ? '' : (record.fields[i] ?? '');
    };
    const extra =
      record.fields.length > keys.length &&
      record.fields.slice(keys.length).some((f) => f.trim() !== '');
    const errors: VacancyRowError[] = extra
      ? [
          {
            row: record.row,
            message: `Baris ${record.row}: berisi ${record.fields.length} kolom, padahal baris judul hanya ${keys.length}; isian yang memuat koma harus diapit tanda petik ("...").`,
          },
        ]
      : [];
    return { row: record.row, raw: rawVacancyOf(cell), naming: csvNaming, errors };
  });
  return ok(collect(rows));
}

export function parseVacancyJson(text: string): VacancyImportOutcome {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (error) {
    // JSON.parse reports malformed input only by throwing; here that is an expected failure.
    const detail = error instanceof Error ? error.message : String(error);
    return fail(
      'json-tidak-sah',
      `Berkas JSON tidak dapat dibaca (${detail}); periksa tanda koma, petik dan kurung.`,
    );
  }
  if (!Array.isArray(data)) {
    return fail(
      'json-bukan-daftar',
      'Berkas JSON harus berisi daftar lowongan dalam kurung siku: [ { "id": ... }, ... ].',
    );
  }
  return ok(
    collect(
      data.map((item: unknown, index) => ({ row: index + 1, ...rawFromJson(item, index + 1) })),
    ),
  );
}

/** JSON when the name ends in .json or the text starts with [ or {; CSV otherwise. */
export function parseVacancyFile(fileName: string, text: string): VacancyImportOutcome {
  const looksJson = /\.json$/i.test(fileName) || /^\uFEFF?\s*[[{]/.test(text);
  return looksJson ? parseVacancyJson(text) : parseVacancyCsv(text);
}
