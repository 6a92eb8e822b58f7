import { formatCalendarDate, isValidDateParts, parseCalendarDate } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';
import { fail, ok, type Outcome } from './outcome.js';
import {
  compileRegistrationPattern,
  dateWidth,
  maxSequence,
  segmentWidth,
  type PatternError,
  type RegistrationPattern,
} from './registration-pattern.js';

export {
  compileRegistrationPattern,
  DEFAULT_REGISTRATION_PATTERN,
  maxSequence,
  type PatternError,
  type PatternSegment,
  type RegistrationPattern,
} from './registration-pattern.js';

/** No. Pendaftaran Pencari Kerja: formatting, reading back and daily sequence allocation. */
export interface RegistrationParts {
  /** Kab/kota code, e.g. "5171" for Denpasar. */
  readonly kotaCode: string;
  /** Registration date, YYYY-MM-DD. */
  readonly date: CalendarDate;
  /** The counter's code, e.g. "01". */
  readonly counterCode: string;
  /** Daily sequence per counter, from 1. */
  readonly sequence: number;
}

export type NumberError =
  | PatternError
  | 'INVALID_KOTA_CODE'
  | 'INVALID_COUNTER_CODE'
  | 'INVALID_DATE'
  | 'SEQUENCE_OUT_OF_RANGE'
  | 'SEQUENCE_EXHAUSTED'
  | 'INVALID_NUMBER';

function compiled(
  pattern: string | RegistrationPattern,
): Outcome<RegistrationPattern, PatternError> {
  return typeof pattern === 'string' ? compileRegistrationPattern(pattern) : ok(pattern);
}

const digitsOf = (value: string, width: number): boolean =>
  new RegExp(`^\\d{${width}}$`).test(value);

export function formatRegistrationNumber(
  patternOrSource: string | RegistrationPattern,
  parts: RegistrationParts,
): Outcome<string, NumberError> {
  const p = compiled(patternOrSource);
  if (!p.ok) return p;
  const date = parseCalendarDate(parts.date);
  if (!date) return fail('INVALID_DATE', 'Tanggal pendaftaran tidak sah.', 'date');
  const max = maxSequence(p.value);
  if (!Number.isInteger(parts.sequence) || parts.sequence < 1 || parts.sequence > max) {
    return fail('SEQUENCE_OUT_OF_RANGE', `Nomor urut harus 1 sampai ${max}.`, 'sequence');
  }
  let out = '';
  for (const s of p.value.segments) {
    if (s.kind === 'literal') out += s.text;
    else if (s.kind === 'kota' || s.kind === 'loket') {
      const value = s.kind === 'kota' ? parts.kotaCode : parts.counterCode;
      if (!digitsOf(value, s.width)) {
        return s.kind === 'kota'
          ? fail('INVALID_KOTA_CODE', `Kode kab/kota harus ${s.width} digit angka.`, 'kotaCode')
          : fail('INVALID_COUNTER_CODE', `Kode loket harus ${s.width} digit angka.`, 'counterCode');
      }
      out += value;
    } else if (s.kind === 'seq') out += String(parts.sequence).padStart(s.width, '0');
    else {
      const n = { DD: date.day, MM: date.month, YY: date.year % 100, YYYY: date.year }[s.kind];
      out += String(n).padStart(dateWidth[s.kind], '0');
    }
  }
  return ok(out);
}

/** Reads a number back into its parts; spaces (one box per digit on the card) are ignored. */
export function parseRegistrationNumber(
  patternOrSource: string | RegistrationPattern,
  input: string,
): Outcome<RegistrationParts, NumberError> {
  const p = compiled(patternOrSource);
  if (!p.ok) return p;
  const value = input.replace(/\s+/g, '');
  const bad = fail(
    'INVALID_NUMBER',
    `Nomor pendaftaran harus ${p.value.length} karakter sesuai pola ${p.value.source}.`,
    'registrationNumber',
  );
  if (value.length !== p.value.length) return bad;
  const found: Record<string, string> = {};
  let at = 0;
  for (const s of p.value.segments) {
    const piece = value.slice(at, (at += segmentWidth(s)));
    if (s.kind === 'literal' ? piece !== s.text : !/^\d+$/.test(piece)) return bad;
    found[s.kind] = piece;
  }
  const year = found.YYYY !== undefined ? Number(found.YYYY) : 2000 + Number(found.YY);
  const ymd = { year, month: Number(found.MM), day: Number(found.DD) };
  if (!isValidDateParts(ymd)) {
    return fail(
      'INVALID_DATE',
      'Tanggal di dalam nomor pendaftaran tidak sah.',
      'registrationNumber',
    );
  }
  const sequence = Number(found.seq);
  if (sequence < 1) return bad;
  const date = formatCalendarDate(ymd);
  return ok({ kotaCode: found.kota ?? '', date, counterCode: found.loket ?? '', sequence });
}

/**
 * Sequence allocation: the repository reads the last sequence issued by one counter on one
 * day inside the transaction that saves the card, and asks these rules for the next.
 */
export function nextSequence(
  lastIssuedForCounterAndDay: number | null,
  max = 9999,
): Outcome<number, 'SEQUENCE_EXHAUSTED'> {
  const next = (lastIssuedForCounterAndDay ?? 0) + 1;
  if (next > max) {
    return fail(
      'SEQUENCE_EXHAUSTED',
      `Nomor urut harian loket ini sudah habis (maksimal ${max}). Lanjutkan di loket lain hari ini atau ubah pola nomor di pengaturan.`,
    );
  }
  return ok(next);
}

/** Next number for a counter and day, from the last sequence it issued that day (null: none). */
export function allocateRegistrationNumber(
  pattern: RegistrationPattern,
  parts: Omit<RegistrationParts, 'sequence'>,
  lastIssuedForCounterAndDay: number | null,
): Outcome<{ readonly number: string; readonly sequence: number }, NumberError> {
  const seq = nextSequence(lastIssuedForCounterAndDay, maxSequence(pattern));
  if (!seq.ok) return seq;
  const number = formatRegistrationNumber(pattern, { ...parts, sequence: seq.value });
  return number.ok ? ok({ number: number.value, sequence: seq.value }) : number;
}
