import {
  rawVacancyOf,
  type RawVacancy,
  type RowNaming,
  type VacancyColumn,
  type VacancyRowError,
} from './vacancy-row.js';

/**
 * A JSON vacancy is either flat, with the CSV column names ("perusahaan", "kbji": 5120,
 * "kata_kunci": "a;b" or ["a", "b"]), or a Vacancy object as the app stores and exports it
 * ("employer", "kbjiGroup", "location": { "scope", "place" }). Messages use the names the
 * file itself uses.
 */
const vacancyFieldOf: Readonly<Record<VacancyColumn, string>> = {
  id: 'id',
  perusahaan: 'employer',
  jabatan: 'position',
  kbji: 'kbjiGroup',
  pendidikan_min: 'minEducation',
  lokasi: 'location.scope',
  tempat: 'location.place',
  kata_kunci: 'keywords',
  tutup: 'closesAt',
};

const row = (n: number) => `Lowongan ke-${n}`;
const flatNaming: RowNaming = { row, columnWord: 'isian', column: (c) => c };
const vacancyNaming: RowNaming = { row, columnWord: 'isian', column: (c) => vacancyFieldOf[c] };

type Plain = Readonly<Record<string, unknown>>;

const isPlain = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Text of a value, or null when it is of a kind no column accepts (an object, true...). */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(';');
  return null;
}

function lookup(item: Plain, isVacancyShape: boolean): (column: VacancyColumn) => unknown {
  if (!isVacancyShape) return (column) => item[column];
  const location = isPlain(item['location']) ? item['location'] : {};
  return (column) => {
    const field = vacancyFieldOf[column];
    return field.startsWith('location.') ? location[field.slice('location.'.length)] : item[field];
  };
}

export function rawFromJson(
  item: unknown,
  n: number,
): {
  readonly raw: RawVacancy | null;
  readonly naming: RowNaming;
  readonly errors: readonly VacancyRowError[];
} {
  if (!isPlain(item)) {
    const message = `${row(n)}: bukan objek; tulis setiap lowongan sebagai { "id": "...", "perusahaan": "...", ... }.`;
    return { raw: null, naming: flatNaming, errors: [{ row: n, message }] };
  }
  const isVacancyShape = ['employer', 'position', 'kbjiGroup', 'closesAt'].some((k) => k in item);
  const naming = isVacancyShape ? vacancyNaming : flatNaming;
  const get = lookup(item, isVacancyShape);
  const errors: VacancyRowError[] = [];
  const raw = rawVacancyOf((column) => {
    const text = textOf(get(column));
    if (text !== null) return text;
    const name = naming.column(column);
    errors.push({
      row: n,
      column: name,
      message: `${row(n)}, isian ${name}: harus berupa teks atau angka.`,
    });
    return '';
  });
  return { raw, naming, errors };
}
