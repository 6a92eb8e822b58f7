import { z } from 'zod';
import { isoInstant, uuidSchema } from './protocol-common.js';

/**
 * Enrolment: an administrator issues a one-time code on the city server; the counter trades it
 * for its counter id and device token. The server keeps only the token's SHA-256; the counter's
 * main process keeps the token and sends it as `Authorization: Bearer <token>`.
 */
export const enrolRequestSchema = z.object({
  /** As printed, e.g. "K7QM-2XRD-9PWA"; case, spaces and hyphens are ignored. */
  code: z.string().trim().min(6, { error: 'Kode pendaftaran terlalu pendek' }).max(40),
  counterName: z
    .string()
    .trim()
    .min(1, { error: 'Nama loket wajib diisi' })
    .max(80, { error: 'Nama loket paling panjang 80 huruf' }),
});
export type EnrolRequest = z.infer<typeof enrolRequestSchema>;

export const enrolResponseSchema = z.object({
  counterId: uuidSchema('counterId'),
  deviceToken: z.string().min(32),
  serverTime: isoInstant,
});
export type EnrolResponse = z.infer<typeof enrolResponseSchema>;
