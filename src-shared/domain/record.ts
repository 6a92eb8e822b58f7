/** Metadata every synced record carries (ARCHITECTURE §3). */
export interface RecordMeta {
  /** UUID v7: time-ordered, generated offline without collisions. */
  readonly id: string;
  /** ISO 8601 instants. */
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Starts at 1, +1 on every change; used for conflict detection by sync. */
  readonly version: number;
  readonly counterId: string;
  readonly officerId: string;
}
