import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import {
  parseRegistrationNumber,
  formatRegistrationNumber,
} from '../../src-shared/domain/registration-number.js';
import {
  compileRegistrationPattern,
  DEFAULT_REGISTRATION_PATTERN,
  maxSequence,
} from '../../src-shared/domain/registration-pattern.js';

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
  return o.value;
}
const code = <T>(o: Outcome<T>): string => (o.ok ? 'ok' : o.error.code);
const parts = { kotaCode: '5171', date: '2025-06-10', counterCode: '01', sequence: 7 };

describe('pola bawaan', () => {
  it('terdiri dari kota 4, tanggal DDMMYY, loket 2 dan urut 4 digit', () => {
    const p = value(compileRegistrationPattern(DEFAULT_REGISTRATION_PATTERN));
    expect(p.segments).toEqual([
      { kind: 'kota', width: 4 },
      { kind: 'DD' },
      { kind: 'MM' },
      { kind: 'YY' },
      { kind: 'loket', width: 2 },
      { kind: 'seq', width: 4 },
    ]);
    expect(maxSequence(p)).toBe(9999);
  });
});

describe('pola nomor pendaftaran', () => {
  it('pola lain: tahun 4 digit dan pemisah', () => {
    const p = value(compileRegistrationPattern('{kota:4}-{YYYYMMDD}-{loket:2}-{seq:5}'));
    const n = value(formatRegistrationNumber(p, { ...parts, sequence: 12345 }));
    expect(n).toBe('5171-20250610-01-12345');
    expect(value(parseRegistrationNumber(p, n))).toEqual({ ...parts, sequence: 12345 });
  });

  it('menolak pola yang bisa menghasilkan nomor kembar atau salah tulis', () => {
    expect(code(compileRegistrationPattern('{kota:4}{DDMMYY}{seq:4}'))).toBe('PATTERN_INCOMPLETE');
    expect(code(compileRegistrationPattern('{kota:4}{MMYY}{loket:2}{seq:4}'))).toBe(
      'PATTERN_INCOMPLETE',
    );
    expect(code(compileRegistrationPattern('{DDMMYY}{loket:2}{seq:4}{seq:4}'))).toBe(
      'PATTERN_INCOMPLETE',
    );
    expect(code(compileRegistrationPattern('{DDMMYY}{YYYY}{loket:2}{seq:4}'))).toBe(
      'PATTERN_INCOMPLETE',
    );
    expect(code(compileRegistrationPattern('{kota:4}{DDMMYY}{loket:2}{seq:2}'))).toBe(
      'PATTERN_WIDTH',
    );
    expect(code(compileRegistrationPattern('{kota:4}{DDMMYY}{loket:2}{nomor:4}'))).toBe(
      'PATTERN_SYNTAX',
    );
    expect(code(compileRegistrationPattern('{kota:4{DDMMYY}{loket:2}{seq:4}'))).toBe(
      'PATTERN_SYNTAX',
    );
    expect(code(compileRegistrationPattern('AK {DDMMYY}{loket:2}{seq:4}'))).toBe('PATTERN_SYNTAX');
  });

  it('pesan kesalahan pola menjelaskan yang harus ada', () => {
    const r = compileRegistrationPattern('{kota:4}{DDMMYY}{seq:4}');
    expect(r.ok ? '' : r.error.message).toContain('{loket:n}');
  });
});
