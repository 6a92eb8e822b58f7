import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type {
  ArchiveErrorCode,
  ArchiveKind,
  ArchivedFile,
} from '../../src-shared/ipc/channels/archive.js';

type MediaType = ArchivedFile['mediaType'];

export interface Archive {
  put(
    kind: ArchiveKind,
    mediaType: MediaType,
    bytes: Uint8Array,
  ): Promise<Outcome<ArchivedFile, ArchiveErrorCode>>;
  get(sha256: string): Promise<Outcome<ArchivedFile & { bytes: Uint8Array }, ArchiveErrorCode>>;
  pathOf(sha256: string): Promise<string | undefined>;
}

interface Sidecar {
  readonly kind: ArchiveKind;
  readonly mediaType: MediaType;
  readonly size: number;
}

/**
 * Content-addressed file store: the name is the SHA-256 of the bytes, so the same photo saved
 * twice is one file, and a file whose bytes no longer match its name is detected as corrupt.
 * Writes go to a temporary name first and are renamed, so a crash never leaves half a file.
 */
export function createArchive(options: { readonly dir: string }): Archive {
  const folderOf = (sha: string): string => join(options.dir, sha.slice(0, 2));
  const fileOf = (sha: string): string => join(folderOf(sha), sha);

  async function readSidecar(sha: string): Promise<Sidecar | undefined> {
    try {
      return JSON.parse(await readFile(`${fileOf(sha)}.json`, 'utf8')) as Sidecar;
    } catch {
      return undefined;
    }
  }

  return {
    async put(kind, mediaType, bytes) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const target = fileOf(sha256);
      try {
        await mkdir(folderOf(sha256), { recursive: true });
        const exists = await stat(target).then(
          () => true,
          () => false,
        );
        if (!exists) {
          const temp = `${target}.${process.pid}.tmp`;
          await writeFile(temp, bytes);
          await rename(temp, target);
        }
        const sidecar: Sidecar = { kind, mediaType, size: bytes.byteLength };
        await writeFile(`${target}.json`, JSON.stringify(sidecar));
        return ok({ sha256, ...sidecar });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail(
          'ARCHIVE_WRITE_FAILED',
          `Berkas tidak dapat disimpan ke arsip lokal: ${reason}`,
        );
      }
    },

    async get(sha256) {
      const sidecar = await readSidecar(sha256);
      const bytes = await readFile(fileOf(sha256)).catch(() => undefined);
      if (!sidecar || !bytes)
        return fail('ARCHIVE_NOT_FOUND', 'Berkas tidak ditemukan di arsip lokal.');
      if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
        return fail(
          'ARCHIVE_CORRUPT',
          'Berkas di arsip rusak (checksum tidak cocok). Ambil ulang foto atau pindai ulang.',
        );
      }
      return ok({ sha256, ...sidecar, bytes: new Uint8Array(bytes) });
    },

    async pathOf(sha256) {
      const path = fileOf(sha256);
      return stat(path).then(
        () => path,
        () => undefined,
      );
    },
  };
}
