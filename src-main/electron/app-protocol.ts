import type { Protocol } from 'electron';
import { contentSecurityPolicy } from '../host/security.js';
import { readStatic } from '../host/static-files.js';
import { appHost, appScheme } from './origin.js';

export type ProtocolLike = Pick<Protocol, 'handle'>;
export type SchemeRegistrar = Pick<Protocol, 'registerSchemesAsPrivileged'>;

/** Must run before `app.whenReady()`: a standard, secure scheme gets its own origin and camera access. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer at app://loket/ with the same CSP as the browser-mode host. */
export function serveAppProtocol(protocol: ProtocolLike, rendererDir: string): void {
  protocol.handle(appScheme, async (request) => {
    const url = new URL(request.url);
    if (url.host !== appHost) return new Response('Tidak ditemukan', { status: 404 });
    const file = await readStatic(rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) return new Response('Tidak ditemukan', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: {
        'content-type': file.mediaType,
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
