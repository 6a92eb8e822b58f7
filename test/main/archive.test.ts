import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArchive } from '../../src-main/archive/archive.js';

const bytes = new TextEncoder().encode('foto pas 3x4');
const sha = createHash('sha256').update(bytes).digest('hex');

describe('the local file archive', () => {
  it('stores a file under its SHA-256 and gives the same bytes back', async () => {
    const archive = createArchive({ dir: await mkdtemp(join(tmpdir(), 'arsip-')) });
    const put = await archive.put('photo', 'image/jpeg', bytes);
    expect(put).toEqual({
      ok: true,
      value: { sha256: sha, size: bytes.length, kind: 'photo', mediaType: 'image/jpeg' },
    });
    const got = await archive.get(sha);
    expect(got.ok && new TextDecoder().decode(got.value.bytes)).toBe('foto pas 3x4');
  });

  it('keeps one copy when the same photo is saved twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arsip-'));
    const archive = createArchive({ dir });
    await archive.put('photo', 'image/jpeg', bytes);
    await archive.put('photo', 'image/jpeg', bytes);
    expect(await archive.pathOf(sha)).toBe(join(dir, sha.slice(0, 2), sha));
  });

  it('detects a file whose bytes were damaged on disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'arsip-'));
    const archive = createArchive({ dir });
    await archive.put('photo', 'image/jpeg', bytes);
    await writeFile(join(dir, sha.slice(0, 2), sha), 'rusak');
    expect(await archive.get(sha)).toMatchObject({ ok: false, error: { code: 'ARCHIVE_CORRUPT' } });
  });

  it('says plainly when a file is not in the archive', async () => {
    const archive = createArchive({ dir: await mkdtemp(join(tmpdir(), 'arsip-')) });
    expect(await archive.get('0'.repeat(64))).toMatchObject({
      ok: false,
      error: { code: 'ARCHIVE_NOT_FOUND', message: expect.stringContaining('tidak ditemukan') },
    });
    expect(await archive.pathOf('0'.repeat(64))).toBeUndefined();
  });
});
