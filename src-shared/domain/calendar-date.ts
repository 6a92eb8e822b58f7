/**
 * Calendar dates as `YYYY-MM-DD` strings (the office's local date). Plain strings keep the
 * rules free of time zones: a card issued on 2025-03-01 is that date wherever it is read.
 */
export type CalendarDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDateParts({ year, month, day }: DateParts): boolean {
  return (
    Number.isInteger(year) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Parts of a valid date, or null for anything else (wrong shape, 2025-02-30...). */
export function parseCalendarDate(value: string): DateParts | null {
  const m = pattern.exec(value);
  if (!m) return null;
  const parts = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidDateParts(parts) ? parts : null;
}

export function isCalendarDate(value: string): boolean {
  return parseCalendarDate(value) !== null;
}

export function formatCalendarDate({ year, month, day }: DateParts): CalendarDate {
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function partsOrThrow(value: CalendarDate): DateParts {
  const parts = parseCalendarDate(value);
  // Callers validate user input first; an invalid date here is a programming error.
  if (!parts) throw new Error(`Bukan tanggal YYYY-MM-DD yang sah: ${value}`);
  return parts;
}

/**
 * Adds whole months; a day that does not exist in the target month falls back to that
 * month's last day (29 Feb 2024 + 24 months = 28 Feb 2026), so a period is never lengthened.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = partsOrThrow(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return formatCalendarDate({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Negative when a is before b; ISO strings of equal shape compare lexically. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  const pa = partsOrThrow(a);
  const pb = partsOrThrow(b);
  const ms = Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day);
  return Math.round(ms / 86_400_000);
}

/** Age in completed years on `today`; someone born 29 Feb turns a year older on 1 Mar. */
export function ageOn(birthDate: CalendarDate, today: CalendarDate): number {
  const b = partsOrThrow(birthDate);
  const t = partsOrThrow(today);
  const hadBirthday = t.month > b.month || (t.month === b.month && t.day >= b.day);
  return t.year - b.year - (hadBirthday ? 0 : 1);
}

/** Indonesian month names, January first. */
export const monthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** "5 September 2017": the long form used on slips and cards. */
export function formatTanggal(date: CalendarDate): string {
  const { year, month, day } = partsOrThrow(date);
  return `${day} ${monthNames[month - 1] ?? ''} ${year}`;
}
