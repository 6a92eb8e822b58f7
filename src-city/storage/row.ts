import type { SqlRow } from './sql-client.js';

/*
 * Column readers. The two drivers disagree on some types (node-postgres gives int8 as a string,
 * PGlite as a number; bytea as Buffer or Uint8Array), so rows are read through these. A value of
 * an unexpected type is a bug in our SQL: it throws.
 */
function column(row: SqlRow, name: string): unknown {
  if (!(name in row)) throw new Error(`Kolom ${name} tidak ada di hasil query`);
  return row[name];
}

export function text(row: SqlRow, name: string): string {
  const value = column(row, name);
  if (typeof value !== 'string') throw new Error(`Kolom ${name} bukan teks`);
  return value;
}

export function textOrNull(row: SqlRow, name: string): string | null {
  const value = column(row, name);
  return value === null ? null : text(row, name);
}

export function int(row: SqlRow, name: string): number {
  const value = column(row, name);
  const number = typeof value === 'string' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isSafeInteger(number)) {
    throw new Error(`Kolom ${name} bukan bilangan bulat`);
  }
  return number;
}

export function intOrNull(row: SqlRow, name: string): number | null {
  return column(row, name) === null ? null : int(row, name);
}

/** int8 columns used as cursors stay decimal strings on the wire. */
export function bigintText(row: SqlRow, name: string): string {
  return String(int(row, name));
}

export function bool(row: SqlRow, name: string): boolean {
  const value = column(row, name);
  if (typeof value !== 'boolean') throw new Error(`Kolom ${name} bukan boolean`);
  return value;
}

export function instant(row: SqlRow, name: string): string {
  const value = column(row, name);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return new Date(value).toISOString();
  throw new Error(`Kolom ${name} bukan waktu`);
}

export function instantOrNull(row: SqlRow, name: string): string | null {
  return column(row, name) === null ? null : instant(row, name);
}

export function bytes(row: SqlRow, name: string): Uint8Array {
  const value = column(row, name);
  if (!(value instanceof Uint8Array)) throw new Error(`Kolom ${name} bukan bytea`);
  return value;
}

/** A jsonb column holding an object. */
export function jsonObject(row: SqlRow, name: string): Record<string, unknown> {
  const value = column(row, name);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`Kolom ${name} bukan objek JSON`);
  }
  return { ...value };
}

/** A jsonb column holding an array. */
export function jsonArray(row: SqlRow, name: string): unknown[] {
  const value = column(row, name);
  if (!Array.isArray(value)) throw new Error(`Kolom ${name} bukan larik JSON`);
  const items: unknown[] = value;
  return items;
}
