/**
 * Canonical JSON: the one serialisation both the counter and the city server hash, so that
 * the same record gives the same SHA-256 on either side whatever order its keys were built in
 * (PostgreSQL jsonb, for one, reorders keys).
 *
 * Rules (a subset of RFC 8785 that our records need): object keys sorted by UTF-16 code units,
 * no whitespace, `undefined` members omitted and `undefined` array items written as null (as
 * JSON.stringify does), numbers in ECMAScript shortest form, `toJSON` honoured (Date).
 * Non-finite numbers, bigint, functions and symbols are programming errors: they throw.
 */
export function canonicalJson(value: unknown): string {
  const text = write(value);
  if (text === undefined)
    throw new TypeError('canonicalJson: nilai tingkat atas tidak dapat diserialkan');
  return text;
}

function write(value: unknown): string | undefined {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new TypeError(`canonicalJson: angka tidak hingga (${value})`);
      return JSON.stringify(value);
    case 'undefined':
      return undefined;
    case 'object':
      return writeObject(value);
    default:
      throw new TypeError(`canonicalJson: jenis ${typeof value} tidak didukung`);
  }
}

function writeObject(value: object): string | undefined {
  if (hasToJson(value)) return write(value.toJSON());
  if (Array.isArray(value)) {
    const items: unknown[] = value;
    return `[${items.map((item) => write(item) ?? 'null').join(',')}]`;
  }
  const entries = Object.entries(value)
    .filter(([, member]) => member !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const members: string[] = [];
  for (const [key, member] of entries) {
    const text = write(member);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(',')}}`;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return 'toJSON' in value && typeof value.toJSON === 'function';
}
