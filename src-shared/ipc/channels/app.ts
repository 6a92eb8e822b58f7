import { z } from 'zod';

export interface CounterIdentity {
  /** Stable UUID of this counter PC, written on first run. */
  readonly id: string;
  /** Two digits, part of registration numbers (e.g. "01"). */
  readonly code: string;
  readonly name: string;
}

export interface AppInfo {
  readonly version: string;
  /** How the renderer reaches the main-process services. */
  readonly mode: 'electron' | 'browser';
  readonly counter: CounterIdentity;
  readonly dataDir: string;
  /** Server clock of the main process, ISO 8601. */
  readonly now: string;
}

export const appChannels = {
  'app:info': z.object({}).strict(),
  'app:counter:set': z
    .object({
      code: z.string().regex(/^\d{2}$/, 'Kode loket harus 2 digit angka, misalnya 02.'),
      name: z
        .string()
        .trim()
        .min(1, 'Nama loket wajib diisi.')
        .max(40, 'Nama loket maksimal 40 karakter.'),
    })
    .strict(),
} as const;

export interface AppResults {
  'app:info': AppInfo;
  /** Each counter PC needs its own code: it is inside every registration number it issues. */
  'app:counter:set': CounterIdentity;
}

export type AppErrorCode = 'COUNTER_WRITE_FAILED';
