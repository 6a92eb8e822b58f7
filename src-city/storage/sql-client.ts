/**
 * The little the city store needs from PostgreSQL, implemented twice: PGlite (embedded, WASM,
 * one data folder) and node-postgres (a real server). The SQL is the same for both.
 *
 * Parameters: pass jsonb as JSON text with an explicit `$n::jsonb` cast (node-postgres would turn
 * a JS array into a PostgreSQL array), bytea as Uint8Array/Buffer. Rows come back untyped: read
 * them with the helpers in row.ts.
 */
export type SqlRow = Readonly<Record<string, unknown>>;

export interface SqlQueryable {
  query(text: string, params?: readonly unknown[]): Promise<readonly SqlRow[]>;
  /** Several statements, no parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface SqlClient extends SqlQueryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: SqlQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
