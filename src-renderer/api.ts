/**
 * The only file that knows how the main-process services are reached: `window.loket` (Electron
 * preload) or the browser-mode host (`POST /rpc/<channel>` with the per-launch token).
 */
import { fail } from '../src-shared/domain/outcome.js';
import type { InvokeChannel, InvokeRequest, InvokeResponse } from '../src-shared/ipc/contract.js';

export interface LoketApi {
  readonly transport: 'electron' | 'http';
  invoke<C extends InvokeChannel>(
    channel: C,
    request: InvokeRequest<C>,
  ): Promise<InvokeResponse<C>>;
}

type PreloadApi = Record<string, (request: unknown) => Promise<unknown>>;

declare global {
  interface Window {
    loket?: PreloadApi;
  }
}

export function createApi(win: Window = window, fetcher: typeof fetch = fetch.bind(win)): LoketApi {
  const preload = win.loket;
  if (preload) {
    return {
      transport: 'electron',
      invoke: async (channel, request) => {
        const call = preload[channel];
        if (!call) return fail('UNKNOWN_CHANNEL', `Kanal "${channel}" tidak tersedia.`);
        return (await call(request)) as InvokeResponse<typeof channel>;
      },
    };
  }
  const token =
    win.document.querySelector('meta[name="loket-token"]')?.getAttribute('content') ?? '';
  return {
    transport: 'http',
    invoke: async (channel, request) => {
      try {
        const response = await fetcher(`/rpc/${channel}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify(request),
        });
        return (await response.json()) as InvokeResponse<typeof channel>;
      } catch {
        return fail(
          'HOST_UNREACHABLE',
          'Layanan lokal Loket AK/I tidak menjawab. Pastikan aplikasi masih berjalan, lalu coba lagi.',
        );
      }
    },
  };
}
