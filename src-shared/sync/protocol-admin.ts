import { z } from 'zod';
import { isoInstant } from './protocol-common.js';

/** Administrator endpoints (Authorization: Bearer <admin token>), used by the city's staff. */
export const enrolmentCodeRequestSchema = z.object({
  validHours: z
    .int()
    .min(1)
    .max(24 * 14)
    .default(24),
});
export const enrolmentCodeResponseSchema = z.object({
  code: z.string(),
  expiresAt: isoInstant,
  serverTime: isoInstant,
});
export type EnrolmentCodeResponse = z.infer<typeof enrolmentCodeResponseSchema>;

const recordId = z.string().min(1, { error: 'id wajib diisi' }).max(100);

/** A vacancy (lowongan, AK/III) handed down to counters. Extra fields are kept as they are. */
export const vacancySchema = z.looseObject({
  id: recordId,
  title: z.string().min(1, { error: 'Nama jabatan lowongan wajib diisi' }),
  employer: z.string().min(1, { error: 'Nama perusahaan wajib diisi' }),
  quota: z.int().min(0).optional(),
  kbji: z.string().optional(),
  kbli: z.string().optional(),
  closesAt: z.string().optional(),
});
export type Vacancy = z.infer<typeof vacancySchema>;

/**
 * An officer account handed down to counters. Credentials travel only as a slow hash
 * (`passwordHash`, e.g. scrypt) made by the city's tooling: the server never sees a password.
 */
export const officerSchema = z.looseObject({
  id: recordId,
  name: z.string().min(1, { error: 'Nama petugas wajib diisi' }),
  nip: z
    .string()
    .regex(/^\d{18}$/, { error: 'NIP harus 18 digit angka' })
    .optional(),
  roles: z.array(z.string().min(1)).min(1, { error: 'Petugas harus punya minimal satu peran' }),
  active: z.boolean(),
  passwordHash: z.string().optional(),
});
export type Officer = z.infer<typeof officerSchema>;

export const importRequestSchema = <T extends z.ZodType>(record: T) =>
  z.object({ records: z.array(record).min(1).max(5000) });

/** The server versions imported records itself: an unchanged record keeps its version. */
export const importResponseSchema = z.object({
  imported: z.int(),
  unchanged: z.int(),
  serverTime: isoInstant,
});
export type ImportResponse = z.infer<typeof importResponseSchema>;

export const counterInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  enrolledAt: isoInstant,
  lastSeenAt: isoInstant.nullable(),
  /** Counter clock minus server clock at its last push, in milliseconds. */
  clockSkewMs: z.int().nullable(),
});
export const countersResponseSchema = z.object({
  counters: z.array(counterInfoSchema),
  serverTime: isoInstant,
});
export type CounterInfo = z.infer<typeof counterInfoSchema>;
