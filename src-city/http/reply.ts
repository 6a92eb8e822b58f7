import type { ErrorCode } from '../../src-shared/sync/protocol.js';

/** What a route handler answers; server.ts writes it and adds the server's clock. */
export type Reply =
  | {
      readonly kind: 'json';
      readonly status: number;
      readonly body: Readonly<Record<string, unknown>>;
    }
  | {
      readonly kind: 'bytes';
      readonly headers: Readonly<Record<string, string>>;
      readonly chunks: AsyncIterable<Uint8Array>;
    };

const statusOf: Readonly<Record<ErrorCode, number>> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  ADMIN_DISABLED: 403,
  ENROLMENT_CODE_INVALID: 403,
  NOT_FOUND: 404,
  BATCH_OWNED_BY_OTHER_COUNTER: 409,
  OFFSET_MISMATCH: 409,
  SIZE_MISMATCH: 409,
  FILE_INCOMPLETE: 409,
  PAYLOAD_TOO_LARGE: 413,
  HASH_MISMATCH: 422,
  INTERNAL: 500,
};

export function json(body: Readonly<Record<string, unknown>>, status = 200): Reply {
  return { kind: 'json', status, body };
}

/** An error reply: `{ error: { code, message }, ...extra }` with the status its code implies. */
export function failure(
  code: ErrorCode,
  message: string,
  extra: Readonly<Record<string, unknown>> = {},
): Reply {
  return { kind: 'json', status: statusOf[code], body: { error: { code, message }, ...extra } };
}
