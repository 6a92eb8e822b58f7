/** A file a record refers to, as the renderer knows it; main adds size and media type. */
export interface LocalFileRef {
  readonly sha256: string;
  readonly role: string;
}

const sha256Pattern = /^[0-9a-f]{64}$/;

function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const record: Record<string, unknown> = { ...value };
  return record[key];
}

function ref(sha: unknown, role: string): LocalFileRef[] {
  return typeof sha === 'string' && sha256Pattern.test(sha) ? [{ sha256: sha, role }] : [];
}

/**
 * Files in the archive a synced record points to: the pas foto of a seeker, the PDF and photo
 * of a card. A record is complete on the city server only once these are uploaded too.
 */
export function fileRefsOf(table: string, payload: unknown): LocalFileRef[] {
  switch (table) {
    case 'seekers':
      return ref(field(field(payload, 'photo'), 'sha256'), 'photo');
    case 'cards':
      return [
        ...ref(field(payload, 'pdfSha256'), 'cardPdf'),
        ...ref(field(payload, 'photoSha256'), 'photo'),
      ];
    default:
      return [];
  }
}
