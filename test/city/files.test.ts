import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { expect, it } from 'vitest';
import { maxChunkBytes, paths } from '../../src-shared/sync/protocol.js';
import { describeEachBackend } from './support/backends.js';
import { cityForSuite } from './support/city-harness.js';
import type { CityClient } from './support/city-client.js';
import { batch, change, seekerPayload } from './support/records.js';

const sha256 = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Sends the head of a chunk, then drops the connection: a cable pulled mid-upload. */
async function interruptedChunk(
  client: CityClient,
  token: string,
  hash: string,
  offset: number,
  chunk: Uint8Array,
): Promise<void> {
  const url = new URL(`${paths.files}/${hash}/chunks?offset=${offset}`, client.baseUrl);
  const req = request(url, {
    method: 'PUT',
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': 'application/octet-stream',
      'Content-Length': chunk.length,
    },
  });
  req.on('error', () => undefined);
  await new Promise<void>((resolve) =>
    req.write(chunk.subarray(0, Math.floor(chunk.length / 2)), () => resolve()),
  );
  req.destroy();
}

describeEachBackend('Unggah berkas bertahap', (backend) => {
  const city = cityForSuite(backend);

  it('resumes an interrupted upload after a server restart and verifies the SHA-256', async () => {
    const enrolCode = await city().admin().issueEnrolmentCode();
    const { counterId, deviceToken } = await city().anonymous().enrol(enrolCode, 'Loket foto');
    const loket = city().anonymous().withToken(deviceToken);
    const scan = new Uint8Array(randomBytes(2 * maxChunkBytes + 12_345));
    const hash = sha256(scan);
    const first = scan.subarray(0, maxChunkBytes);
    const second = scan.subarray(maxChunkBytes, 2 * maxChunkBytes);

    expect(await loket.fileInit(hash, scan.length, 'application/pdf')).toMatchObject({
      received: 0,
      complete: false,
    });
    expect((await loket.putChunk(hash, 0, first)).body).toMatchObject({ received: maxChunkBytes });
    await interruptedChunk(loket, deviceToken, hash, maxChunkBytes, second);
    await city().restart();

    const status = await loket.withToken(deviceToken).fileStatus(hash);
    expect(status).toMatchObject({ received: maxChunkBytes, complete: false });
    const early = await loket.completeFile(hash);
    expect(early.status).toBe(409);
    const skipped = await loket.putChunk(hash, 2 * maxChunkBytes, scan.subarray(2 * maxChunkBytes));
    expect(skipped.status).toBe(409);
    expect(skipped.body).toMatchObject({
      error: { code: 'OFFSET_MISMATCH' },
      status: { received: maxChunkBytes },
    });
    await loket.putChunk(hash, status.received, second);
    // The same chunk again (its reply was lost): acknowledged, nothing added.
    expect((await loket.putChunk(hash, maxChunkBytes, second)).body).toMatchObject({
      received: 2 * maxChunkBytes,
    });
    await loket.putChunk(hash, 2 * maxChunkBytes, scan.subarray(2 * maxChunkBytes));
    const completed = await loket.completeFile(hash);

    expect(completed.body).toMatchObject({ complete: true, received: scan.length });
    const other = await city().enrolCounter('Loket lain');
    const fetched = await other.getFile(hash);
    expect(fetched.status).toBe(200);
    expect(sha256(fetched.bytes)).toBe(hash);
    expect(fetched.bytes.length).toBe(scan.length);
    expect(fetched.serverTimeHeader).toBe(city().clock.now().toISOString());
    const record = await change('seekers', seekerPayload({ counterId }), {
      files: [{ sha256: hash, size: scan.length, mediaType: 'application/pdf', role: 'ktpScan' }],
    });
    const pushed = await loket.push(batch(counterId, [record]));
    expect(pushed.results[0]).not.toHaveProperty('missingFiles');
  });

  it('throws away bytes that do not match the announced SHA-256', async () => {
    const loket = await city().enrolCounter('Loket 1');
    const photo = new Uint8Array(randomBytes(40_000));
    const hash = sha256(photo);
    const corrupted = new Uint8Array(photo);
    corrupted[100] = (corrupted[100] ?? 0) ^ 0xff;
    await loket.fileInit(hash, photo.length, 'image/jpeg');
    await loket.putChunk(hash, 0, corrupted);

    const completed = await loket.completeFile(hash);

    expect(completed.status).toBe(422);
    expect(completed.body).toMatchObject({
      error: { code: 'HASH_MISMATCH', message: expect.stringContaining('unggah ulang') },
    });
    expect(await loket.fileStatus(hash)).toMatchObject({ received: 0, complete: false });
    expect((await loket.getFile(hash)).status).toBe(409);
  });

  it('tells the counter which files of an accepted record it still has to upload', async () => {
    const loket = await city().enrolCounter('Loket 1');
    const photo = new Uint8Array(randomBytes(1000));
    const ref = {
      sha256: sha256(photo),
      size: photo.length,
      mediaType: 'image/jpeg',
      role: 'photo',
    };
    const record = await change('seekers', seekerPayload({ counterId: loket.counterId }), {
      files: [ref],
    });

    const pushed = await loket.push(batch(loket.counterId, [record]));

    expect(pushed.results[0]).toMatchObject({ status: 'accepted', missingFiles: [ref.sha256] });
    const feed = await (await city().enrolCounter('Loket 2')).pullAll();
    expect(feed.find((entry) => entry.changeId === record.changeId)?.files).toEqual([ref]);
    const unknown = await loket.request('GET', `${paths.files}/${'0'.repeat(64)}/status`);
    expect(unknown.status).toBe(404);
  });
});
