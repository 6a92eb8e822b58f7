import { describe, expect, it } from 'vitest';
import { visibleFailures } from '../../src-renderer/features/biodata/visible-failures.js';

const failures = [
  { code: 'REQUIRED', field: 'birthPlace', message: 'Tempat lahir wajib diisi.' },
  { code: 'FORMAT', field: 'education.0.yearOut', message: 'Tahun lulus tidak sah.' },
  { code: 'GENERAL', message: 'Periksa isian.' },
];
const checked = { birthPlace: '', education: [{ yearOut: '20177' }] };

describe('biodata messages after the officer corrects a field', () => {
  it('shows every message while nothing has changed', () => {
    expect(visibleFailures(failures, checked, checked)).toEqual(failures);
  });

  it('stops showing the message of a field that was typed in since the save attempt', () => {
    const now = { ...checked, birthPlace: 'Denpasar' };
    expect(visibleFailures(failures, checked, now).map((f) => f.field)).toEqual([
      'education.0.yearOut',
      undefined,
    ]);
  });

  it('follows nested rows: a corrected year hides only that row message', () => {
    const now = { ...checked, education: [{ yearOut: '2017' }] };
    expect(visibleFailures(failures, checked, now).map((f) => f.field)).toEqual([
      'birthPlace',
      undefined,
    ]);
  });
});
