import { fail, ok, type Outcome } from './outcome.js';

/** One CSV record with the spreadsheet row it starts on (the header is row 1). */
export interface CsvRecord {
  readonly row: number;
  readonly fields: readonly string[];
}

/**
 * Comma or semicolon: spreadsheets set to Indonesian (comma as decimal mark) save "CSV" with
 * semicolons. The header line decides, counting only separators outside quotes.
 */
export function detectDelimiter(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas += 1;
    else if (!quoted && ch === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

/**
 * RFC 4180 records: fields in double quotes may hold the delimiter, line breaks and doubled
 * quotes (""). A leading byte-order mark is dropped; CRLF and LF both end a record. Rows are
 * counted by record, as a spreadsheet shows them, so a line break inside a cell is not a new row.
 */
export function parseCsv(
  text: string,
  delimiter: ',' | ';' = detectDelimiter(text),
): Outcome<CsvRecord[], 'petik-tidak-ditutup'> {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let row = 1;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push({ row, fields });
    fields = [];
    row += 1;
  };
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) endField();
    else if (ch === '\n') endRecord();
    else if (ch === '\r') {
      if (source[i + 1] === '\n') i += 1;
      endRecord();
    } else field += ch;
  }
  if (quoted) {
    return fail(
      'petik-tidak-ditutup',
      `Baris ${row}: tanda petik (") dibuka tetapi tidak ditutup; periksa isian baris ini.`,
    );
  }
  if (field !== '' || fields.length > 0) endRecord();
  return ok(records);
}

/** A record of empty fields only (a blank line, or ";;;;" left by a spreadsheet). */
export function isBlankRecord(record: CsvRecord): boolean {
  return record.fields.every((f) => f.trim() === '');
}
