import { z } from 'zod';

/** What kind of file the local archive keeps; decides the folder and allowed media types. */
export const archiveKinds = ['photo', 'scan', 'card-pdf', 'report'] as const;
export type ArchiveKind = (typeof archiveKinds)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 harus 64 digit heksadesimal');
const mediaType = z.enum(['image/jpeg', 'image/png', 'application/pdf']);

export interface ArchivedFile {
  readonly sha256: string;
  readonly size: number;
  readonly mediaType: z.infer<typeof mediaType>;
  readonly kind: ArchiveKind;
}

export const archiveChannels = {
  'archive:put': z
    .object({
      kind: z.enum(archiveKinds),
      mediaType,
      /** File bytes, base64: the same shape over IPC and over the HTTP host. */
      base64: z.string().min(1).max(40_000_000),
    })
    .strict(),
  'archive:get': z.object({ sha256 }).strict(),
  'archive:open': z.object({ sha256 }).strict(),
} as const;

export interface ArchiveResults {
  'archive:put': ArchivedFile;
  'archive:get': ArchivedFile & { readonly base64: string };
  /** Opens the file with the system viewer (Electron) or reports its path (browser mode). */
  'archive:open': { readonly path: string; readonly opened: boolean };
}

export type ArchiveErrorCode = 'ARCHIVE_NOT_FOUND' | 'ARCHIVE_CORRUPT' | 'ARCHIVE_WRITE_FAILED';
