import { describe, expect, it } from 'vitest';
import { createApi } from '../../src-renderer/api.js';

function fakeWindow(preload?: Record<string, (r: unknown) => Promise<unknown>>): Window {
  const meta = { getAttribute: () => 'secret-token' };
  return { loket: preload, document: { querySelector: () => meta } } as unknown as Window;
}

describe('the renderer api bridge', () => {
  it('calls the Electron preload function of the channel when it exists', async () => {
    const calls: unknown[] = [];
    const api = createApi(
      fakeWindow({ 'app:info': async (r) => (calls.push(r), { ok: true, value: 'info' }) }),
    );
    expect(api.transport).toBe('electron');
    expect(await api.invoke('app:info', {})).toEqual({ ok: true, value: 'info' });
    expect(calls).toEqual([{}]);
  });

  it('posts to the host with the page token in browser mode', async () => {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetcher = (async (url: string, init: RequestInit) => {
      requests.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: 1 }));
    }) as unknown as typeof fetch;
    const api = createApi(fakeWindow(), fetcher);
    expect(api.transport).toBe('http');
    expect(await api.invoke('archive:get', { sha256: 'a'.repeat(64) })).toEqual({
      ok: true,
      value: 1,
    });
    expect(requests[0]?.url).toBe('/rpc/archive:get');
    expect(requests[0]?.init.headers).toMatchObject({ authorization: 'Bearer secret-token' });
  });

  it('turns an unreachable host into a clear failure instead of an exception', async () => {
    const fetcher = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    const result = await createApi(fakeWindow(), fetcher).invoke('app:info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'HOST_UNREACHABLE' } });
  });
});
