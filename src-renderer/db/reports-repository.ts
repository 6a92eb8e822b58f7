import type { RecordMeta } from '../../src-shared/domain/record.js';
import type { ReportRecord } from '../../src-shared/domain/records.js';
import { appendToOutbox } from './outbox.js';
import { newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

export type NewReport = Omit<ReportRecord, keyof RecordMeta | 'ordinal'>;

/** Laporan enam bulanan: rows of the card's LAPORAN table, append-only. */
export interface ReportsRepository {
  /** Fills the card's next row (Pertama, Kedua...) in one transaction with its outbox entry. */
  add(report: NewReport): Promise<ReportRecord>;
  /** Rows of one card, first row first. */
  listForCard(cardId: string): Promise<ReportRecord[]>;
}

export function createReportsRepository(context: RepositoryContext): ReportsRepository {
  const { db } = context;
  const listForCard = async (cardId: string) =>
    (await db.reports.where('cardId').equals(cardId).toArray()).sort(
      (a, b) => a.ordinal - b.ordinal,
    );
  return {
    add: (report) =>
      db.transaction('rw', db.reports, db.outbox, async () => {
        const ordinal = (await db.reports.where('cardId').equals(report.cardId).count()) + 1;
        const record: ReportRecord = {
          ...report,
          ordinal,
          ...newRecordMeta(context, context.now().toISOString()),
        };
        await db.reports.add(record);
        await appendToOutbox(db, 'reports', record, context.newId());
        return record;
      }),
    listForCard,
  };
}
