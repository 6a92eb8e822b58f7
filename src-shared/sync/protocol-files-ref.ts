import { z } from 'zod';
import { sha256Schema } from './protocol-common.js';

/** Largest file the city server takes (photos, scans, card PDFs). */
export const maxFileBytes = 25 * 1024 * 1024;

/** A file a record refers to. The record is complete on the server only when all are uploaded. */
export const fileRefSchema = z.object({
  sha256: sha256Schema,
  size: z.int().min(0).max(maxFileBytes, { error: 'Berkas lebih besar dari 25 MB' }),
  mediaType: z
    .string()
    .regex(/^[a-z]+\/[a-z0-9.+-]+$/, { error: 'mediaType harus berbentuk jenis/subjenis' }),
  /** What the file is to the record, e.g. "photo", "ktpScan", "cardPdf". */
  role: z.string().min(1).max(40),
});
export type FileRef = z.infer<typeof fileRefSchema>;
