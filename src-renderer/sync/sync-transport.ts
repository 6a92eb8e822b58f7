import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { ErrorCode, InvokeRequest, InvokeResults } from '../../src-shared/ipc/contract.js';
import type { LoketApi } from '../api.js';

/**
 * What the engine needs from the main process. The main side holds the device token and does
 * the HTTP; it never retries, so every failure reaches the engine, which decides when to try again.
 */
export interface SyncTransport {
  push(
    batch: InvokeRequest<'sync:push'>['batch'],
  ): Promise<Outcome<InvokeResults['sync:push'], ErrorCode>>;
  pull(
    request: InvokeRequest<'sync:pull'>,
  ): Promise<Outcome<InvokeResults['sync:pull'], ErrorCode>>;
  uploadFile(sha256: string): Promise<Outcome<InvokeResults['sync:uploadFile'], ErrorCode>>;
  fetchFile(sha256: string): Promise<Outcome<InvokeResults['sync:fetchFile'], ErrorCode>>;
}

export function createApiTransport(api: LoketApi): SyncTransport {
  return {
    push: (batch) => api.invoke('sync:push', { batch }),
    pull: (request) => api.invoke('sync:pull', request),
    uploadFile: (sha256) => api.invoke('sync:uploadFile', { sha256 }),
    fetchFile: (sha256) => api.invoke('sync:fetchFile', { sha256 }),
  };
}
