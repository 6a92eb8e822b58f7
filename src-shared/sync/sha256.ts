import { canonicalJson } from './canonical-json.js';

/*
 * WebCrypto is a global in browsers and in Node >= 19, so the counter's renderer and the city
 * server hash with the same code. src-shared compiles without DOM or Node typings, hence these
 * module-scoped declarations of the two globals used (they shadow nothing at run time).
 */
interface Digester {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}
declare const crypto: { readonly subtle: Digester };
declare const TextEncoder: new () => { encode(input: string): Uint8Array };

const hexDigits = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** SHA-256 of UTF-8 text or bytes, as 64 lower-case hex digits. */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += hexDigits[byte];
  return hex;
}

/** The `sha256` a pushed record carries: SHA-256 of the canonical JSON of its payload. */
export function payloadSha256(payload: unknown): Promise<string> {
  return sha256Hex(canonicalJson(payload));
}
