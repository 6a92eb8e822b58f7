import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src-shared/sync/canonical-json.js';
import { payloadSha256, sha256Hex } from '../../../src-shared/sync/sha256.js';

describe('canonical JSON', () => {
  it('writes the same text whatever order the keys were built in', () => {
    const a = {
      nik: '5171015205990001',
      nested: { z: 1, a: [3, { y: true, b: null }] },
      name: 'Ayu',
    };
    const b = {
      name: 'Ayu',
      nested: { a: [3, { b: null, y: true }], z: 1 },
      nik: '5171015205990001',
    };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe(
      '{"name":"Ayu","nested":{"a":[3,{"b":null,"y":true}],"z":1},"nik":"5171015205990001"}',
    );
  });

  it('omits undefined members like JSON.stringify and keeps unicode text as is', () => {
    expect(canonicalJson({ b: undefined, a: 'Ni Luh Putu — Çandra', c: [undefined] })).toBe(
      '{"a":"Ni Luh Putu — Çandra","c":[null]}',
    );
  });

  it('writes dates through toJSON and numbers in shortest form', () => {
    expect(canonicalJson({ at: new Date('2026-03-02T01:00:00Z'), n: 1.5e21, m: -0, k: 0.1 })).toBe(
      '{"at":"2026-03-02T01:00:00.000Z","k":0.1,"m":0,"n":1.5e+21}',
    );
  });

  it('refuses values JSON cannot carry faithfully', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ n: 10n })).toThrow(TypeError);
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
  });
});

describe('SHA-256 over WebCrypto', () => {
  it('matches the standard test vector and Node’s own hash', async () => {
    expect(await sha256Hex('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    const text = 'Kartu AK/I — Disnaker Kota Denpasar';
    expect(await sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    const bytes = new Uint8Array([0, 1, 2, 255]);
    expect(await sha256Hex(bytes)).toBe(createHash('sha256').update(bytes).digest('hex'));
  });

  it('hashes a payload by its canonical JSON, so key order does not change it', async () => {
    expect(await payloadSha256({ b: 2, a: 1 })).toBe(await payloadSha256({ a: 1, b: 2 }));
    expect(await payloadSha256({ a: 1, b: 2 })).toBe(await sha256Hex('{"a":1,"b":2}'));
  });
});
