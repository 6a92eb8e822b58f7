import { z } from 'zod';
import { isCalendarDate } from '../../domain/calendar-date.js';
import type { CalibrationMm, CardLayout } from '../../domain/card-print.js';
import type { QueueTicket } from '../../printing/queue-ticket.js';
import type { Slip } from '../../printing/slip.js';
import type { PaperWidth } from '../../printing/slip-line.js';
import { connectionHint, parseThermalConnection } from '../../printing/thermal-connection.js';

export interface ThermalSettings {
  readonly enabled: boolean;
  /** `tcp://host:port` or `printer:NAME` (see thermal-connection.ts). */
  readonly connection: string;
  readonly paperWidth: PaperWidth;
}

export interface CardPrinterSettings {
  /** Name of the system printer; empty saves the PDF to a folder instead of printing. */
  readonly printerName: string;
  readonly layout: CardLayout;
  readonly calibration: CalibrationMm;
  /**
   * 'pdf': the PDF with its page size (the normal way). 'image': each page drawn as an image at
   * its exact size, for drivers that ignore the page size and would shrink the card to fit.
   */
  readonly sendAs: CardSendAs;
}

export type CardSendAs = 'pdf' | 'image';

export interface PrinterSettings {
  readonly thermal: ThermalSettings;
  readonly card: CardPrinterSettings;
}

const text = (max: number) => z.string().trim().min(1, 'Wajib diisi').max(max);
const instant = z.iso.datetime({ offset: true, error: 'Waktu harus ISO 8601' });
const calendarDate = z.string().refine(isCalendarDate, 'Tanggal harus YYYY-MM-DD yang sah');
const offsetMm = z.number().min(-20, 'Geser paling jauh 20 mm').max(20, 'Geser paling jauh 20 mm');

export const printerSettingsSchema = z
  .object({
    thermal: z
      .object({
        enabled: z.boolean(),
        connection: z
          .string()
          .trim()
          .refine((v) => parseThermalConnection(v) !== null, connectionHint),
        paperWidth: z.union([z.literal(58), z.literal(80)]),
      })
      .strict(),
    card: z
      .object({
        printerName: z.string().trim().max(127),
        layout: z.enum(['a4-landscape', 'cr80']),
        calibration: z.object({ dx: offsetMm, dy: offsetMm }).strict(),
        // Settings saved before this option existed read as the normal way.
        sendAs: z.enum(['pdf', 'image']).default('pdf'),
      })
      .strict(),
  })
  .strict() satisfies z.ZodType<PrinterSettings>;

export const queueTicketSchema = z
  .object({
    number: text(12),
    service: text(60),
    issuedAt: instant,
    visitId: text(64).optional(),
    waitingAhead: z.number().int().min(0).max(999).optional(),
  })
  .strict() satisfies z.ZodType<QueueTicket>;

export const slipSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('missing-documents'),
      visitId: text(64),
      seekerName: text(120),
      nik: z
        .string()
        .regex(/^\d{16}$/, 'NIK harus 16 digit angka')
        .optional(),
      missing: z
        .array(text(200))
        .min(1, 'Sebutkan minimal satu berkas yang kurang')
        .max(20)
        .readonly(),
      note: z.string().max(500).optional(),
      returnedAt: instant,
      officerName: text(120),
    })
    .strict(),
  z
    .object({
      kind: z.literal('handover'),
      cardNumber: text(40),
      seekerName: text(120),
      issuedOn: calendarDate,
      validUntil: calendarDate,
      reportDueDates: z.array(calendarDate).max(8).readonly(),
      obligations: z.array(text(300)).max(12).readonly(),
      handedOverAt: instant,
      officerName: text(120),
    })
    .strict(),
  z
    .object({
      kind: z.literal('legalisation'),
      cardNumber: text(40),
      seekerName: text(120),
      copies: z.number().int().min(1, 'Minimal 1 lembar').max(50),
      legalisedAt: instant,
      officerName: text(120),
      receiptNumber: text(40).optional(),
    })
    .strict(),
]) satisfies z.ZodType<Slip>;

/**
 * Chosen by the caller (UUID) so that a repeated request (double click, retried IPC) finds
 * the same job instead of printing a second copy.
 */
const jobId = z.uuid().optional();
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 digit heksadesimal');

export const printerChannels = {
  'printer:settings:get': z.object({}).strict(),
  'printer:settings:set': printerSettingsSchema,
  'printer:status': z.object({}).strict(),
  'printer:printTicket': z.object({ ticket: queueTicketSchema, jobId }).strict(),
  'printer:printSlip': z.object({ slip: slipSchema, jobId }).strict(),
  'printer:printCard': z.object({ sha256, jobId }).strict(),
  'printer:testPage': z.object({ printer: z.enum(['thermal', 'card']), jobId }).strict(),
  'printer:jobs': z.object({}).strict(),
  'printer:systemPrinters': z.object({}).strict(),
  'printer:confirmJob': z
    .object({
      jobId: z.uuid(),
      /** 'printed' = "Sudah tercetak", 'reprint' = "Cetak ulang", 'cancel' = "Batalkan". */
      action: z.enum(['printed', 'reprint', 'cancel']),
    })
    .strict(),
} as const;

export type PrintJobState = 'queued' | 'printing' | 'done' | 'failed' | 'uncertain' | 'cancelled';
export type PrintJobKind = 'ticket' | 'slip' | 'card' | 'test-thermal' | 'test-card';

export interface PrintJobView {
  readonly id: string;
  readonly kind: PrintJobKind;
  readonly printer: 'thermal' | 'card';
  /** Indonesian, for the queue list: 'Tiket A-012', 'Kartu AK/I 5171...'. */
  readonly label: string;
  readonly state: PrintJobState;
  readonly attempts: number;
  /** ISO 8601 */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Why the last attempt failed or is uncertain, in Indonesian. */
  readonly error?: { readonly code: PrinterErrorCode; readonly message: string };
  /** Where the PDF was saved when no card printer could take it. */
  readonly savedTo?: string;
}

export type ThermalStatusState =
  | 'ready'
  | 'paper-out'
  | 'cover-open'
  | 'offline'
  | 'unreachable'
  /** The printer did not answer the status query (many USB/OS queues cannot). */
  | 'unknown'
  | 'disabled';

export interface ThermalStatus {
  readonly state: ThermalStatusState;
  readonly paperNearEnd: boolean;
  /** Indonesian, ready to show. */
  readonly message: string;
  readonly checkedAt: string;
}

/** A printer installed in the operating system, as the settings screen offers it. */
export interface SystemPrinter {
  /** What goes into the settings: the system name. */
  readonly name: string;
  /** What the officer recognises (Windows' friendly name, CUPS description). */
  readonly label: string;
  readonly isDefault: boolean;
}

export interface SystemPrinters {
  readonly printers: readonly SystemPrinter[];
  /** Why the list is empty or incomplete, in Indonesian. */
  readonly problem?: string;
}

export interface PrinterResults {
  'printer:settings:get': PrinterSettings;
  'printer:settings:set': PrinterSettings;
  'printer:status': ThermalStatus;
  'printer:printTicket': PrintJobView;
  'printer:printSlip': PrintJobView;
  'printer:printCard': PrintJobView;
  'printer:testPage': PrintJobView;
  /** Newest first. */
  'printer:jobs': readonly PrintJobView[];
  'printer:systemPrinters': SystemPrinters;
  'printer:confirmJob': PrintJobView;
}

export type PrinterErrorCode =
  | 'PRINTER_DISABLED'
  | 'PRINTER_UNREACHABLE'
  | 'PRINTER_OFFLINE'
  | 'PRINTER_PAPER_OUT'
  | 'PRINTER_COVER_OPEN'
  /** Bytes went out but the printer never confirmed: the officer must check the paper. */
  | 'PRINT_UNCERTAIN'
  /** The app closed before the job was sent: nothing reached the printer. */
  | 'PRINT_INTERRUPTED'
  /** The OS print queue refused the job. */
  | 'PRINT_REJECTED'
  | 'PRINT_JOB_NOT_FOUND'
  | 'PRINT_JOB_STATE'
  | 'CARD_PDF_NOT_FOUND'
  | 'CARD_PDF_INVALID'
  | 'CARD_LAYOUT_MISMATCH'
  | 'PRINTER_SETTINGS_WRITE_FAILED';
