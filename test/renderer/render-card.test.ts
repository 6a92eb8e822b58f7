import { describe, expect, it } from 'vitest';
import { fail, ok } from '../../src-shared/domain/outcome.js';
import type { InvokeChannel } from '../../src-shared/ipc/contract.js';
import type { LoketApi } from '../../src-renderer/api.js';
import { renderCard } from '../../src-renderer/features/card/render-card.js';
import { sampleCardData } from '../fixtures/card-print-sample.js';

const photo = 'b'.repeat(64);
const { photoJpeg: _bytes, ...card } = sampleCardData();
const request = { card: { ...card, photoSha256: photo }, layout: 'a4-landscape' as const };
const drawn = ok({
  sha256: 'c'.repeat(64),
  sizeBytes: 43_000,
  pages: 1,
  layout: 'a4-landscape' as const,
});
const missing = fail(
  'CARD_PHOTO_MISSING',
  'Foto pencari kerja tidak dapat dibaca dari arsip lokal.',
  'photoSha256',
);

/** A main process that answers from a script and remembers the calls. */
function scriptedApi(answers: Partial<Record<InvokeChannel, unknown[]>>) {
  const calls: string[] = [];
  const api = {
    transport: 'http',
    invoke: async (channel: InvokeChannel) => {
      calls.push(channel);
      return answers[channel]?.shift();
    },
  } as unknown as LoketApi;
  return { api, calls };
}

describe('drawing a card whose pas foto was taken at another counter', () => {
  it('fetches the photo from the city system and draws the card', async () => {
    const { api, calls } = scriptedApi({
      'card:render': [missing, drawn],
      'sync:fetchFile': [ok({ sha256: photo, size: 20_000 })],
    });
    expect(await renderCard(api, request)).toEqual(drawn);
    expect(calls).toEqual(['card:render', 'sync:fetchFile', 'card:render']);
  });

  it('says why when the city system cannot give the photo either', async () => {
    const { api, calls } = scriptedApi({
      'card:render': [missing],
      'sync:fetchFile': [fail('SYNC_NETWORK', 'Sistem kota tidak dapat dihubungi.')],
    });
    const result = await renderCard(api, request);
    expect(result).toMatchObject({ ok: false, error: { code: 'CARD_PHOTO_MISSING' } });
    expect(!result.ok && result.error.message).toContain('Sistem kota tidak dapat dihubungi.');
    expect(calls).toEqual(['card:render', 'sync:fetchFile']);
  });

  it('does not ask the city system for other failures', async () => {
    const { api, calls } = scriptedApi({
      'card:render': [fail('CARD_FONTS_MISSING', 'Huruf kartu tidak ditemukan.')],
    });
    expect(await renderCard(api, request)).toMatchObject({
      ok: false,
      error: { code: 'CARD_FONTS_MISSING' },
    });
    expect(calls).toEqual(['card:render']);
  });
});
