import type { Archive } from '../archive/archive.js';

interface FileInfo {
  readonly size: number;
  readonly mediaType: string;
}

/**
 * The renderer names a record's files by SHA-256 and role only; size and media type come from the
 * archive, where the bytes are. Archive files never change (content-addressed), so what was read
 * once is remembered for the life of the process.
 */
export function createFileInfoLookup(archive: Pick<Archive, 'get'>) {
  const known = new Map<string, FileInfo>();
  async function info(sha256: string): Promise<FileInfo | undefined> {
    const cached = known.get(sha256);
    if (cached) return cached;
    const found = await archive.get(sha256);
    if (!found.ok) return undefined;
    const entry = { size: found.value.size, mediaType: found.value.mediaType };
    known.set(sha256, entry);
    return entry;
  }

  /** Completes `files` of each record; refs whose bytes are not here are left out and listed. */
  return async function completeFileRefs(
    records: readonly unknown[],
  ): Promise<{ records: unknown[]; missing: string[] }> {
    const missing: string[] = [];
    const out: unknown[] = [];
    for (const record of records) {
      if (!isRecordWithFiles(record)) {
        out.push(record);
        continue;
      }
      const files: unknown[] = [];
      for (const ref of record.files) {
        const sha256 = shaOf(ref);
        const found = sha256 === undefined ? undefined : await info(sha256);
        if (found && sha256 !== undefined) files.push({ ...asObject(ref), ...found });
        else if (sha256 !== undefined) missing.push(sha256);
        else files.push(ref);
      }
      out.push({ ...record, files });
    }
    return { records: out, missing };
  };
}

function isRecordWithFiles(value: unknown): value is { files: unknown[] } {
  return (
    typeof value === 'object' && value !== null && 'files' in value && Array.isArray(value.files)
  );
}

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

function shaOf(ref: unknown): string | undefined {
  const sha = asObject(ref)['sha256'];
  return typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha) ? sha : undefined;
}
