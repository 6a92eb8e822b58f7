import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHost, type RunningHost } from '../../src-main/host/server.js';
import { createMemoryLogger } from '../../src-main/platform/logger.js';
import { createTestHandlers } from '../fakes/test-handlers.js';

const token = 'a'.repeat(64);
let host: RunningHost | undefined;

async function startTestHost(): Promise<RunningHost> {
  const staticDir = await mkdtemp(join(tmpdir(), 'loket-static-'));
  await writeFile(
    join(staticDir, 'index.html'),
    '<head><meta name="loket-token" content="" /></head>',
  );
  const { handlers } = await createTestHandlers();
  host = await startHost({ handlers, staticDir, token, port: 0, logger: createMemoryLogger() });
  return host;
}

afterEach(async () => {
  await host?.close();
  host = undefined;
});

const rpc = (h: RunningHost, channel: string, body: unknown, auth = `Bearer ${token}`) =>
  fetch(`${h.url}rpc/${channel}`, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('the browser-mode host', () => {
  it('listens on 127.0.0.1 only and serves the page with its token and CSP', async () => {
    const h = await startTestHost();
    expect(h.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await fetch(h.url);
    expect(await page.text()).toContain(`content="${token}"`);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers a contract call with the same outcome shape as IPC', async () => {
    const h = await startTestHost();
    const response = await rpc(h, 'app:info', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      ok: true,
      value: { mode: 'browser', version: 'test' },
    });
  });

  it('round-trips a file through the archive channels', async () => {
    const h = await startTestHost();
    const base64 = Buffer.from('%PDF-1.7 kartu').toString('base64');
    const put = (await (
      await rpc(h, 'archive:put', { kind: 'card-pdf', mediaType: 'application/pdf', base64 })
    ).json()) as {
      ok: true;
      value: { sha256: string; size: number };
    };
    expect(put.value.size).toBe(14);
    const got = await (await rpc(h, 'archive:get', { sha256: put.value.sha256 })).json();
    expect(got).toMatchObject({ ok: true, value: { base64, kind: 'card-pdf' } });
  });

  it('refuses calls without the per-launch token', async () => {
    const h = await startTestHost();
    const response = await rpc(h, 'app:info', {}, 'Bearer wrong');
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNTRUSTED_SENDER' } });
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const h = await startTestHost();
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(
        { host: '127.0.0.1', port: h.port, path: '/', headers: { host: `evil.example:${h.port}` } },
        (res) => resolve(res.statusCode ?? 0),
      ).end();
    });
    expect(status).toBe(403);
  });

  it('reports unknown channels, invalid arguments and malformed JSON as failures, not crashes', async () => {
    const h = await startTestHost();
    expect(await (await rpc(h, 'nope:channel', {})).json()).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    });
    expect(await (await rpc(h, 'archive:get', { sha256: 12 })).json()).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringContaining('sha256') },
    });
    const broken = await fetch(`${h.url}rpc/app:info`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: '{',
    });
    expect(broken.status).toBe(400);
    expect((await fetch(`${h.url}rpc/app:info`)).status).toBe(405);
  });
});

describe('the counter identity', () => {
  it('is saved in the data folder, keeps its id and is reported by app:info', async () => {
    const h = await startTestHost();
    const before = (await (await rpc(h, 'app:info', {})).json()) as {
      value: { counter: { id: string } };
    };
    const saved = await (await rpc(h, 'app:counter:set', { code: '02', name: 'Loket Dua' })).json();
    expect(saved).toEqual({
      ok: true,
      value: { id: before.value.counter.id, code: '02', name: 'Loket Dua' },
    });
    expect(await (await rpc(h, 'app:info', {})).json()).toMatchObject({
      value: { counter: { code: '02', name: 'Loket Dua' } },
    });
  });

  it('refuses a code that is not two digits, saying what to type', async () => {
    const h = await startTestHost();
    expect(
      await (await rpc(h, 'app:counter:set', { code: '2', name: 'Loket Dua' })).json(),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_REQUEST', message: expect.stringContaining('2 digit angka') },
    });
  });
});
