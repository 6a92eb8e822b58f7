import { chromium, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumArgs } from '../../playwright.config.js';

/**
 * Bundles a bench page for the browser, serves it on 127.0.0.1 (a secure context with real
 * IndexedDB) and hands Chromium's page to `run`. Everything is closed afterwards.
 */
export async function withBenchPage<T>(entry: string, run: (page: Page) => Promise<T>): Promise<T> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  const isolated = {
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  };
  const server = createServer((request, response) => {
    if (request.url === '/bench.js')
      response.writeHead(200, { ...isolated, 'content-type': 'text/javascript' }).end(script);
    else
      response
        .writeHead(200, { ...isolated, 'content-type': 'text/html' })
        .end('<!doctype html><script type="module" src="/bench.js"></script>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.LOKET_CHROMIUM ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    return await run(page);
  } finally {
    await browser.close();
    server.close();
  }
}
