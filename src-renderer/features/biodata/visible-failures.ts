import type { Failure } from '../../../src-shared/domain/outcome.js';

/** Reads a dotted field path ("education.0.yearOut") out of a draft; undefined if absent. */
function valueAt(draft: unknown, path: string): unknown {
  let value: unknown = draft;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/**
 * The failures still worth showing: a field the officer has changed since the last save attempt
 * no longer shows its old message (it is checked again on the next save), so a corrected field
 * never keeps saying "wajib diisi".
 */
export function visibleFailures(
  failures: readonly Failure[],
  draftWhenChecked: unknown,
  draftNow: unknown,
): readonly Failure[] {
  if (draftWhenChecked === draftNow) return failures;
  return failures.filter(
    (failure) =>
      failure.field === undefined ||
      Object.is(valueAt(draftWhenChecked, failure.field), valueAt(draftNow, failure.field)),
  );
}
