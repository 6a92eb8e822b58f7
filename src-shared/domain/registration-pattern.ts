import { fail, ok, type Outcome } from './outcome.js';

/**
 * No. Pendaftaran Pencari Kerja. No official format exists (REFERENCE §4), so the pattern is
 * a setting. A pattern must hold the counter, the full date and a sequence: together they
 * make every number unique without asking the server, so counters can issue offline.
 */
export const DEFAULT_REGISTRATION_PATTERN = '{kota:4}{DDMMYY}{loket:2}{seq:4}';

const numberKinds = ['kota', 'loket', 'seq'] as const;
const dateParts = ['DD', 'MM', 'YYYY', 'YY'] as const;
export type DatePart = (typeof dateParts)[number];
export type PatternSegment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: (typeof numberKinds)[number]; readonly width: number }
  | { readonly kind: DatePart };

export interface RegistrationPattern {
  readonly source: string;
  readonly segments: readonly PatternSegment[];
  /** Characters in a number, literals included. */
  readonly length: number;
}

export type PatternError = 'PATTERN_SYNTAX' | 'PATTERN_INCOMPLETE' | 'PATTERN_WIDTH';
const widthLimits = { kota: [2, 6], loket: [1, 4], seq: [3, 8] } as const;
export const dateWidth: Record<DatePart, number> = { DD: 2, MM: 2, YY: 2, YYYY: 4 };
const tokenRe = /\{([^{}]*)\}|([^{}]+)|([{}])/g;

export function segmentWidth(s: PatternSegment): number {
  if (s.kind === 'literal') return s.text.length;
  return 'width' in s ? s.width : dateWidth[s.kind];
}

/** Compiles and checks a pattern such as `{kota:4}{DDMMYY}{loket:2}{seq:4}`. */
export function compileRegistrationPattern(
  source: string,
): Outcome<RegistrationPattern, PatternError> {
  const segments: PatternSegment[] = [];
  for (const [, token, literal, stray] of source.matchAll(tokenRe)) {
    if (stray !== undefined)
      return fail('PATTERN_SYNTAX', `Kurung kurawal "${stray}" tidak berpasangan.`);
    if (literal !== undefined) {
      if (!/^[A-Za-z0-9./-]+$/.test(literal)) {
        return fail(
          'PATTERN_SYNTAX',
          `Teks tetap "${literal}" hanya boleh huruf, angka, titik, garis miring atau tanda hubung.`,
        );
      }
      segments.push({ kind: 'literal', text: literal });
      continue;
    }
    const named = /^(\w+):(\d)$/.exec(token ?? '');
    const kind = numberKinds.find((k) => k === named?.[1]);
    if (kind) {
      const width = Number(named?.[2]);
      const [min, max] = widthLimits[kind];
      if (width < min || width > max) {
        return fail('PATTERN_WIDTH', `Panjang {${kind}} harus ${min} sampai ${max} digit.`);
      }
      segments.push({ kind, width });
    } else if (/^(DD|MM|YYYY|YY)+$/.test(token ?? '')) {
      for (const part of (token ?? '').match(/DD|MM|YYYY|YY/g) ?? []) {
        const kind = dateParts.find((d) => d === part);
        if (kind) segments.push({ kind });
      }
    } else {
      return fail(
        'PATTERN_SYNTAX',
        `Token {${token ?? ''}} tidak dikenal. Gunakan {kota:n}, {loket:n}, {seq:n} atau tanggal seperti {DDMMYY}.`,
      );
    }
  }
  const count = (kinds: readonly string[]): number =>
    segments.filter((s) => kinds.includes(s.kind)).length;
  const once =
    ['loket', 'seq', 'DD', 'MM'].every((k) => count([k]) === 1) && count(['YY', 'YYYY']) === 1;
  if (!once || count(['kota']) > 1) {
    return fail(
      'PATTERN_INCOMPLETE',
      'Pola harus memuat tepat satu {loket:n}, {seq:n}, tanggal, bulan dan tahun, agar nomor tidak bentrok antarloket dan antarhari.',
    );
  }
  return ok({ source, segments, length: segments.reduce((n, s) => n + segmentWidth(s), 0) });
}

/** Largest sequence the pattern can hold (9999 for `{seq:4}`). */
export function maxSequence(pattern: RegistrationPattern): number {
  const seq = pattern.segments.find((s) => s.kind === 'seq');
  return seq && 'width' in seq ? 10 ** seq.width - 1 : 0;
}
