import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { BiodataDraft } from './biodata-draft.js';

/** What each section of the AK/II form gets: the draft, a setter and the errors by path. */
export interface BiodataFormApi {
  readonly draft: BiodataDraft;
  readonly set: <K extends keyof BiodataDraft>(key: K, value: BiodataDraft[K]) => void;
  readonly patch: (changes: Partial<BiodataDraft>) => void;
  /** Error message for a field path such as "education.0.yearOut". */
  readonly error: (path: string) => string | undefined;
}

/** DOM id of a field path; ids keep the path so the error summary links straight to it. */
export const fieldId = (path: string): string => `bio-${path}`;

export function formApi(
  draft: BiodataDraft,
  onChange: (draft: BiodataDraft) => void,
  failures: readonly Failure[],
): BiodataFormApi {
  return {
    draft,
    set: (key, value) => onChange({ ...draft, [key]: value }),
    patch: (changes) => onChange({ ...draft, ...changes }),
    error: (path) => failures.find((f) => f.field === path)?.message,
  };
}

/** A copy of `rows` with row `i` changed. */
export function withRow<T>(rows: readonly T[], i: number, patch: Partial<T>): readonly T[] {
  return rows.map((row, j) => (j === i ? { ...row, ...patch } : row));
}
