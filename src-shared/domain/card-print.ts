import { monthNames } from './calendar-date.js';

/**
 * Everything printed on an AK/I card (REFERENCE §2), already resolved to display strings:
 * the card renderer formats dates and lays out text but never looks anything up.
 */

export type CardLayout = 'a4-landscape' | 'cr80';

/**
 * Resolution a card is drawn at when it is sent to the printer as images (for drivers that
 * ignore the page size): sharp text, modest files. Used by the print-card page and by CUPS.
 */
export const cardImageDpi = 300;

/** Printer calibration for pre-printed stock: +dx moves the print right, +dy moves it down. */
export interface CalibrationMm {
  readonly dx: number;
  readonly dy: number;
}

export interface CardOffice {
  /** e.g. 'PEMERINTAH KOTA DENPASAR' */
  readonly government: string;
  /** e.g. 'DINAS TENAGA KERJA DAN SERTIFIKASI KOMPETENSI' */
  readonly agency: string;
  readonly address: string;
}

export interface CardEducation {
  /** 'SD', 'SLTP', 'SLTA', 'SMK', 'D-I'..'D-IV', 'Akta I'..'Akta IV', 'S1'..'S3' */
  readonly level: string;
  readonly institution: string;
  readonly major: string;
  readonly yearOut: string;
}

export interface CardExperience {
  readonly employer: string;
  readonly position: string;
  /** e.g. '2019-2021' */
  readonly years: string;
}

/** One row of the LAPORAN table; an empty object prints an empty row for handwriting. */
export interface CardReport {
  /** YYYY-MM-DD */
  readonly date?: string;
  readonly officerName?: string;
  readonly officerNip?: string;
}

export interface CardPrintData {
  readonly office: CardOffice;
  readonly registrationNumber: string;
  readonly nik: string;
  /** Karirhub/SIAPkerja number, printed only when present. */
  readonly nationalNumber?: string;
  readonly name: string;
  readonly birthPlace: string;
  /** YYYY-MM-DD */
  readonly birthDate: string;
  readonly sex: 'L' | 'P';
  readonly maritalStatus: string;
  readonly religion: string;
  readonly address: string;
  readonly education: readonly CardEducation[];
  readonly trainings: readonly string[];
  readonly experiences: readonly CardExperience[];
  /** YYYY-MM-DD */
  readonly issuedAt: string;
  /** YYYY-MM-DD */
  readonly validUntil: string;
  /** Printed rows of LAPORAN: at least 3 (Pertama/Kedua/Ketiga), more when more were made. */
  readonly reports: readonly CardReport[];
  readonly placement?: { readonly employer: string; readonly since: string };
  readonly pengantarKerja: { readonly name: string; readonly nip: string };
  readonly photoJpeg?: Uint8Array;
  /** Authenticity QR (a local add-on, not in the regulation); omitted when absent. */
  readonly qrPayload?: string;
}

/** Minimum number of LAPORAN rows printed on a card (months 6, 12 and 18). */
export const cardReportRowsDefault = 3;

const reportOrdinals = ['Pertama', 'Kedua', 'Ketiga', 'Keempat', 'Kelima', 'Keenam'] as const;

/** Row label of the n-th report (0-based): 'Pertama', 'Kedua', ... then 'Ke-7'. */
export function reportOrdinal(index: number): string {
  return reportOrdinals[index] ?? `Ke-${index + 1}`;
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** '1999-08-05' -> '5 Agustus 1999'; anything not an ISO date is returned as typed. */
export function formatDateLong(value: string): string {
  const m = isoDate.exec(value);
  const month = m ? monthNames[Number(m[2]) - 1] : undefined;
  if (!m || month === undefined) return value;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** '1999-08-05' -> '05-08-1999'; anything not an ISO date is returned as typed. */
export function formatDateShort(value: string): string {
  const m = isoDate.exec(value);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : value;
}
