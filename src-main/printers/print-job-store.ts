import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { PrintJobView, PrinterErrorCode } from '../../src-shared/ipc/channels/printer.js';
import { writeFileAtomic } from '../platform/atomic-file.js';
import type { Logger } from '../platform/logger.js';

/** What a job prints, kept so that a reprint after a restart sends exactly the same thing. */
export type PrintPayload =
  | { readonly type: 'escpos'; readonly bytesBase64: string }
  | {
      readonly type: 'card-pdf';
      readonly filePath: string;
      readonly widthMm: number;
      readonly heightMm: number;
      /** File name used when the PDF is saved instead of printed. */
      readonly saveAs: string;
      /** A calibrated copy or a test page of our own, deleted once the job is closed. */
      readonly temporary: boolean;
    };

/** Closed jobs keep no payload: they are never sent again. */
export interface StoredPrintJob {
  readonly view: PrintJobView;
  readonly payload?: PrintPayload;
}

export interface PrintJobStore {
  load(): Promise<StoredPrintJob[]>;
  /** Resolves once `jobs` (or a later list) is on disk; failures are logged, never thrown. */
  save(jobs: () => readonly StoredPrintJob[]): Promise<void>;
}

/** Codes come from our own code; the file only has to hold a string there. */
const errorCode = z.custom<PrinterErrorCode>((value) => typeof value === 'string');
const viewSchema = z.object({
  id: z.string(),
  kind: z.enum(['ticket', 'slip', 'card', 'test-thermal', 'test-card']),
  printer: z.enum(['thermal', 'card']),
  label: z.string(),
  state: z.enum(['queued', 'printing', 'done', 'failed', 'uncertain', 'cancelled']),
  attempts: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
  error: z.object({ code: errorCode, message: z.string() }).optional(),
  savedTo: z.string().optional(),
}) satisfies z.ZodType<PrintJobView>;

const payloadSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('escpos'), bytesBase64: z.base64() }),
  z.object({
    type: z.literal('card-pdf'),
    filePath: z.string(),
    widthMm: z.number().positive(),
    heightMm: z.number().positive(),
    saveAs: z.string(),
    temporary: z.boolean(),
  }),
]) satisfies z.ZodType<PrintPayload>;

const fileSchema = z.object({
  version: z.literal(1),
  jobs: z.array(z.object({ view: viewSchema, payload: payloadSchema.optional() })),
});

/**
 * `print-jobs.json` in the data folder. Writes are serialised and coalesced: saves made before
 * a scheduled write starts share it, and it writes the newest list. A damaged file is moved aside, not lost.
 */
export function createPrintJobStore(world: {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly logger?: Logger;
}): PrintJobStore {
  const file = join(world.dataDir, 'print-jobs.json');
  let latest: () => readonly StoredPrintJob[] = () => [];
  let chain: Promise<void> = Promise.resolve();
  /** A write is scheduled and has not yet taken its snapshot: later saves ride along. */
  let scheduled = false;

  async function write(): Promise<void> {
    scheduled = false;
    const text = `${JSON.stringify({ version: 1, jobs: latest() })}\n`;
    await writeFileAtomic(file, text).catch((error: unknown) =>
      world.logger?.warn('Antrean cetak tidak dapat disimpan', String(error)),
    );
  }

  return {
    async load() {
      const text = await readFile(file, 'utf8').catch(() => undefined);
      if (text === undefined) return [];
      const parsed = (() => {
        try {
          return fileSchema.safeParse(JSON.parse(text));
        } catch {
          return undefined;
        }
      })();
      if (parsed?.success) return parsed.data.jobs;
      const aside = `${file}.rusak-${world.now().toISOString().replace(/[:.]/g, '-')}`;
      await rename(file, aside).catch(() => undefined);
      world.logger?.warn('Berkas antrean cetak rusak; disimpan terpisah', aside);
      return [];
    },

    save(jobs) {
      latest = jobs;
      if (!scheduled) {
        scheduled = true;
        chain = chain.then(write);
      }
      return chain;
    },
  };
}
