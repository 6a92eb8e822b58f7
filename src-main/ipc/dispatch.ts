import { fail } from '../../src-shared/domain/outcome.js';
import {
  invokeSchemas,
  isInvokeChannel,
  type InvokeChannel,
  type InvokeHandlers,
  type InvokeResponse,
} from '../../src-shared/ipc/contract.js';
import type { Logger } from '../platform/logger.js';

/**
 * The one place both transports go through: channel lookup, schema validation, handler call.
 * A thrown error is a bug: it is logged with its stack and reported as INTERNAL, so the renderer
 * can say so instead of hanging.
 */
export async function dispatch(
  handlers: InvokeHandlers,
  channel: string,
  rawRequest: unknown,
  logger: Logger,
): Promise<InvokeResponse<InvokeChannel>> {
  if (!isInvokeChannel(channel)) {
    return fail('UNKNOWN_CHANNEL', `Kanal "${channel}" tidak dikenal.`);
  }
  const parsed = invokeSchemas[channel].safeParse(rawRequest);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
    return fail(
      'INVALID_REQUEST',
      `Permintaan ke ${channel} tidak valid${where}: ${first?.message ?? ''}`,
    );
  }
  const handler = handlers[channel] as (request: unknown) => Promise<InvokeResponse<InvokeChannel>>;
  try {
    return await handler(parsed.data);
  } catch (error) {
    logger.error(`handler ${channel} gagal`, error);
    return fail(
      'INTERNAL',
      'Terjadi kesalahan internal. Data yang sudah diketik tetap aman; coba lagi.',
    );
  }
}
