/**
 * Expected failures travel as values, never as exceptions: Electron passes only the
 * `message` of a thrown error across IPC, so a code would be lost.
 */
export interface Failure<Code extends string = string> {
  readonly code: Code;
  /** Bahasa Indonesia, says what to fix. */
  readonly message: string;
  /** Which form field the failure is about, when there is one. */
  readonly field?: string;
}

export type Outcome<T, Code extends string = string> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Failure<Code> };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(
  code: Code,
  message: string,
  field?: string,
): { readonly ok: false; readonly error: Failure<Code> } {
  return { ok: false, error: field === undefined ? { code, message } : { code, message, field } };
}
