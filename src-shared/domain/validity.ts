import { addMonths, compareDates, daysBetween } from './calendar-date.js';
import type { CalendarDate } from './calendar-date.js';

/**
 * Validity and reporting of the AK/I card (REFERENCE §2, §4): valid 2 years nationally,
 * report every 6 months while not employed. Officials say "4 reports in 2 years" while the
 * card templates print 3 rows (months 6, 12, 18), hence a configurable report count.
 */
export interface ValidityPolicy {
  readonly validityMonths: number;
  readonly reportIntervalMonths: number;
  /** How many reports are expected; 3 prints rows at months 6/12/18, 4 adds month 24. */
  readonly reportCount: number;
}

export const defaultValidityPolicy: ValidityPolicy = {
  validityMonths: 24,
  reportIntervalMonths: 6,
  reportCount: 3,
};

export interface CardDates {
  /** Issue date printed on the card. */
  readonly issuedOn: CalendarDate;
  /** Set once the holder reported being employed: no more 6-monthly reports are due. */
  readonly placedOn?: CalendarDate | null;
}

export interface ReportDue {
  /** 1-based: the row of the LAPORAN table. */
  readonly ordinal: number;
  /** "Pertama", "Kedua"... as printed on the card. */
  readonly label: string;
  readonly dueOn: CalendarDate;
}

export interface NextReport extends ReportDue {
  /** Negative once the due date has passed. */
  readonly daysLeft: number;
  readonly overdue: boolean;
}

export type CardStatus = 'berlaku' | 'terlambat-lapor' | 'sudah-bekerja' | 'kedaluwarsa';

export const cardStatusLabels: Readonly<Record<CardStatus, string>> = {
  berlaku: 'Berlaku',
  'terlambat-lapor': 'Berlaku, terlambat lapor',
  'sudah-bekerja': 'Sudah bekerja',
  kedaluwarsa: 'Tidak berlaku lagi',
};

const ordinalWords = ['Pertama', 'Kedua', 'Ketiga', 'Keempat', 'Kelima', 'Keenam'];

export function reportOrdinalLabel(ordinal: number): string {
  return ordinalWords[ordinal - 1] ?? `Ke-${ordinal}`;
}

/**
 * "Berlaku s.d.": issue date + 24 months; 29 February falls back to 28 February so the
 * card is never valid longer than the policy says.
 */
export function validUntil(
  issuedOn: CalendarDate,
  policy: ValidityPolicy = defaultValidityPolicy,
): CalendarDate {
  return addMonths(issuedOn, policy.validityMonths);
}

/** Due dates of the reports, counted from the issue date (not from the previous report). */
export function reportDueDates(
  issuedOn: CalendarDate,
  policy: ValidityPolicy = defaultValidityPolicy,
): readonly ReportDue[] {
  return Array.from({ length: policy.reportCount }, (_, i) => ({
    ordinal: i + 1,
    label: reportOrdinalLabel(i + 1),
    dueOn: addMonths(issuedOn, policy.reportIntervalMonths * (i + 1)),
  }));
}

/** The card is valid through its "berlaku s.d." date and lapses the day after. */
export function isExpired(
  card: CardDates,
  today: CalendarDate,
  policy: ValidityPolicy = defaultValidityPolicy,
): boolean {
  return compareDates(today, validUntil(card.issuedOn, policy)) > 0;
}

/**
 * The report the holder owes next, or null when none is owed: all done, already employed,
 * or the card has lapsed (then renewal, not reporting, is the answer).
 */
export function nextReportDue(
  card: CardDates,
  reportsDone: number,
  today: CalendarDate,
  policy: ValidityPolicy = defaultValidityPolicy,
): NextReport | null {
  if (card.placedOn || isExpired(card, today, policy)) return null;
  const due = reportDueDates(card.issuedOn, policy)[Math.max(0, reportsDone)];
  if (!due) return null;
  const daysLeft = daysBetween(today, due.dueOn);
  return { ...due, daysLeft, overdue: daysLeft < 0 };
}

export function cardStatus(
  card: CardDates,
  reportsDone: number,
  today: CalendarDate,
  policy: ValidityPolicy = defaultValidityPolicy,
): CardStatus {
  if (isExpired(card, today, policy)) return 'kedaluwarsa';
  if (card.placedOn) return 'sudah-bekerja';
  return nextReportDue(card, reportsDone, today, policy)?.overdue ? 'terlambat-lapor' : 'berlaku';
}
