import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { CityStore } from '../store/city-store.js';
import type { Counter } from '../store/counters-store.js';
import { readBody } from './http-io.js';
import { failure, type Reply } from './reply.js';

/** What every route handler receives. */
export interface RouteContext {
  readonly req: IncomingMessage;
  readonly url: URL;
  /** Captured groups of the route pattern. */
  readonly params: readonly string[];
  readonly store: CityStore;
  readonly now: () => Date;
  readonly limits: Limits;
}

export interface Limits {
  /** Largest JSON body (a push batch). */
  readonly jsonBytes: number;
}

const indonesian = z.locales.id().localeError;

export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reply: Reply };

/** Reads and validates a JSON body; failures become a 400/413 reply naming the field. */
export async function parseJson<T extends z.ZodType>(
  context: RouteContext,
  schema: T,
): Promise<Parsed<z.output<T>>> {
  const body = await readBody(context.req, context.limits.jsonBytes);
  if (!body.ok) {
    const reply =
      body.reason === 'too-large'
        ? failure(
            'PAYLOAD_TOO_LARGE',
            `Permintaan lebih besar dari ${Math.round(context.limits.jsonBytes / 1048576)} MB; kirim batch yang lebih kecil.`,
          )
        : failure('BAD_REQUEST', 'Permintaan terputus sebelum selesai; kirim ulang.');
    return { ok: false, reply };
  }
  let data: unknown;
  try {
    data = body.body.length === 0 ? {} : JSON.parse(body.body.toString('utf8'));
  } catch {
    return { ok: false, reply: failure('BAD_REQUEST', 'Badan permintaan bukan JSON yang sah.') };
  }
  return validate(schema, data);
}

export function validate<T extends z.ZodType>(schema: T, data: unknown): Parsed<z.output<T>> {
  const parsed = schema.safeParse(data, { error: indonesian });
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return {
    ok: false,
    reply: failure('BAD_REQUEST', `${where}${issue?.message ?? 'Permintaan tidak sah.'}`),
  };
}

function bearer(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/** The enrolled counter behind the request's device token, or a 401 reply. */
export async function requireCounter(context: RouteContext): Promise<Parsed<Counter>> {
  const token = bearer(context.req);
  const counter =
    token === undefined ? undefined : await context.store.counters.authenticate(token);
  if (counter) return { ok: true, value: counter };
  return {
    ok: false,
    reply: failure(
      'UNAUTHORIZED',
      'Token perangkat tidak dikenal atau dicabut; daftarkan ulang loket ini dengan kode pendaftaran baru.',
    ),
  };
}

/** Compares digests so that the comparison time says nothing about the token. */
export function isAdmin(req: IncomingMessage, adminToken: string): boolean {
  const given = bearer(req);
  if (given === undefined) return false;
  const digest = (value: string): Buffer => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(adminToken));
}
