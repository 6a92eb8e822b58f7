import { formatTanggal, isCalendarDate } from '../domain/calendar-date.js';
import type { SlipContext } from './slip-line.js';

const witaMinutes = 8 * 60;

/**
 * '2025-03-14T01:05:00Z' -> '14 Maret 2025 09.05 WITA'. The offset is fixed, not looked up,
 * so a slip reads the same on a counter PC whose clock zone is set wrong.
 */
export function formatDateTime(
  iso: string,
  ctx: Pick<SlipContext, 'utcOffsetMinutes' | 'zoneLabel'>,
): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const local = new Date(ms + (ctx.utcOffsetMinutes ?? witaMinutes) * 60_000);
  const date = local.toISOString().slice(0, 10);
  const time = `${pad(local.getUTCHours())}.${pad(local.getUTCMinutes())}`;
  return `${formatTanggal(date)} ${time} ${ctx.zoneLabel ?? 'WITA'}`;
}

/** A YYYY-MM-DD date in the long form; anything else as typed. */
export function formatDate(date: string): string {
  return isCalendarDate(date) ? formatTanggal(date) : date;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
