import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const mediaTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

export interface StaticFile {
  readonly body: Buffer;
  readonly mediaType: string;
}

/** Reads a file below `root` for a URL path; `undefined` for anything outside it or missing. */
export async function readStatic(root: string, urlPath: string): Promise<StaticFile | undefined> {
  const relative =
    decodeURIComponent(urlPath.split('?')[0] ?? '/').replace(/^\/+/, '') || 'index.html';
  const full = normalize(join(root, relative));
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return {
      body: await readFile(full),
      mediaType: mediaTypes[extname(full)] ?? 'application/octet-stream',
    };
  } catch {
    return undefined;
  }
}

/** The page learns its per-launch token from a meta tag that only our own origin can read. */
export function injectToken(indexHtml: string, token: string): string {
  return indexHtml.replace(
    '<meta name="loket-token" content="" />',
    `<meta name="loket-token" content="${token}" />`,
  );
}
