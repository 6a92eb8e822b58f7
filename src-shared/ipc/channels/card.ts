import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.js';
import type { CardLayout, CardPrintData } from '../../domain/card-print.js';

/**
 * What the renderer sends to have a card drawn: the card's text as `CardPrintData`, but the
 * photo by its archive SHA-256 instead of its bytes (the bytes already live in the main
 * process's archive; sending them back over IPC would only cost time).
 */
export type CardRenderData = Omit<CardPrintData, 'photoJpeg'> & {
  readonly photoSha256?: string;
};

const text = (max: number) => z.string().trim().max(max, `Paling banyak ${max} karakter`);
const required = (max: number) => text(max).min(1, 'Wajib diisi');
const calendarDate = z.string().refine(isCalendarDate, 'Tanggal harus YYYY-MM-DD yang sah');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 digit heksadesimal');
const offsetMm = z.number().min(-20, 'Geser paling jauh 20 mm').max(20, 'Geser paling jauh 20 mm');

export const cardLayoutSchema = z.enum(['a4-landscape', 'cr80']);
export const calibrationSchema = z.object({ dx: offsetMm, dy: offsetMm }).strict();

export const cardRenderDataSchema = z
  .object({
    office: z
      .object({ government: required(80), agency: required(120), address: text(200) })
      .strict(),
    registrationNumber: required(40),
    nik: z.string().regex(/^\d{16}$/, 'NIK harus 16 digit angka'),
    nationalNumber: text(40).optional(),
    name: required(120),
    birthPlace: text(80),
    birthDate: calendarDate,
    sex: z.enum(['L', 'P']),
    maritalStatus: text(40),
    religion: text(40),
    address: text(300),
    education: z
      .array(
        z
          .object({
            level: required(20),
            institution: text(120),
            major: text(120),
            yearOut: text(9),
          })
          .strict(),
      )
      .max(12)
      .readonly(),
    trainings: z.array(text(160)).max(12).readonly(),
    experiences: z
      .array(z.object({ employer: text(120), position: text(120), years: text(20) }).strict())
      .max(12)
      .readonly(),
    issuedAt: calendarDate,
    validUntil: calendarDate,
    reports: z
      .array(
        z
          .object({
            date: calendarDate.optional(),
            officerName: text(120).optional(),
            officerNip: text(25).optional(),
          })
          .strict(),
      )
      .max(12)
      .readonly(),
    placement: z
      .object({ employer: required(120), since: calendarDate })
      .strict()
      .optional(),
    pengantarKerja: z
      .object({
        name: required(120),
        nip: z
          .string()
          .trim()
          .regex(/^(\d\s*){18}$|^$/, 'NIP harus 18 digit angka, atau dikosongkan'),
      })
      .strict(),
    qrPayload: text(300).optional(),
    photoSha256: sha256.optional(),
  })
  .strict() satisfies z.ZodType<CardRenderData>;

export const cardChannels = {
  'card:render': z
    .object({
      card: cardRenderDataSchema,
      layout: cardLayoutSchema,
      /** Offsets for pre-printed stock: +dx right, +dy down, in millimetres. */
      calibration: calibrationSchema.optional(),
      /** Only this LAPORAN row (0-based), to print onto the seeker's existing card. */
      overprintReportRow: z.number().int().min(0).max(11).optional(),
    })
    .strict(),
} as const;

export interface CardRenderResult {
  /** Where the PDF lies in the archive (kind 'card-pdf'); hand it to 'printer:printCard'. */
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly pages: number;
  readonly layout: CardLayout;
}

export interface CardResults {
  'card:render': CardRenderResult;
}

export type CardErrorCode =
  /** The photo named by `photoSha256` is not in the archive, or its bytes are damaged. */
  | 'CARD_PHOTO_MISSING'
  | 'CARD_PHOTO_NOT_JPEG'
  /** The shipped fonts are not where the installation put them. */
  | 'CARD_FONTS_MISSING';
