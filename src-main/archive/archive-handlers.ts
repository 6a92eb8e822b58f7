import { fail, ok } from '../../src-shared/domain/outcome.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';
import type { Archive } from './archive.js';

export interface ArchiveHandlerDeps {
  readonly archive: Archive;
  /** Opens a file with the system viewer; absent in browser mode, where only the path is reported. */
  readonly openPath?: (path: string) => Promise<boolean>;
}

export function archiveHandlers(
  deps: ArchiveHandlerDeps,
): Pick<InvokeHandlers, 'archive:put' | 'archive:get' | 'archive:open'> {
  const { archive } = deps;
  return {
    'archive:put': async ({ kind, mediaType, base64 }) =>
      archive.put(kind, mediaType, new Uint8Array(Buffer.from(base64, 'base64'))),

    'archive:get': async ({ sha256 }) => {
      const found = await archive.get(sha256);
      if (!found.ok) return found;
      const { bytes, ...file } = found.value;
      return ok({ ...file, base64: Buffer.from(bytes).toString('base64') });
    },

    'archive:open': async ({ sha256 }) => {
      const path = await archive.pathOf(sha256);
      if (!path) return fail('ARCHIVE_NOT_FOUND', 'Berkas tidak ditemukan di arsip lokal.');
      const opened = deps.openPath ? await deps.openPath(path) : false;
      return ok({ path, opened });
    },
  };
}
