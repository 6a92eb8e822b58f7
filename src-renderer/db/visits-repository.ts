import type { CalendarDate } from '../../src-shared/domain/calendar-date.js';
import type { VisitRecord } from '../../src-shared/domain/records.js';
import { openVisit, type OpenVisitInput } from '../../src-shared/domain/visit.js';
import { takeQueueNumber } from './number-repository.js';
import { appendToOutbox } from './outbox.js';
import { changedRecord, newRecordMeta } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

export type OpenInput = Omit<OpenVisitInput, 'id' | 'queueNumber' | 'openedAt'> & {
  readonly day: CalendarDate;
  readonly visitorName?: string;
  readonly visitorNik?: string;
};

/** Everything of a visit except the metadata the repository keeps. */
export type VisitChanges = Partial<Omit<VisitRecord, 'id' | 'createdAt' | 'version' | 'day'>>;

export interface VisitsRepository {
  /**
   * Opens a visit with the next queue number of the day. `prepare` may start the first step;
   * it runs before the write so the stored record already carries it.
   */
  open(input: OpenInput, prepare?: (visit: VisitRecord) => VisitRecord): Promise<VisitRecord>;
  /** Saves the visit's new state (version + 1) with its outbox entry. */
  update(id: string, changes: VisitChanges): Promise<VisitRecord>;
  get(id: string): Promise<VisitRecord | undefined>;
  /** The day's visits in queue order (open, finished, returned: none is lost). */
  listByDay(day: CalendarDate): Promise<VisitRecord[]>;
}

export function createVisitsRepository(
  context: RepositoryContext,
  counter: { readonly code: string },
): VisitsRepository {
  const { db } = context;
  return {
    open: (input, prepare = (v) => v) =>
      db.transaction('rw', db.visits, db.numberSequences, db.outbox, async () => {
        const { day, visitorName, visitorNik, ...visitInput } = input;
        const at = context.now().toISOString();
        const meta = newRecordMeta(context, at);
        const queueNumber = await takeQueueNumber(db, counter.code, day);
        const visit = openVisit({ ...visitInput, id: meta.id, queueNumber, openedAt: at });
        const record = prepare({
          ...visit,
          ...meta,
          day,
          ...(visitorName ? { visitorName } : {}),
          ...(visitorNik ? { visitorNik } : {}),
        });
        await db.visits.add(record);
        await appendToOutbox(db, 'visits', record, context.newId());
        return record;
      }),
    update: (id, changes) =>
      db.transaction('rw', db.visits, db.outbox, async () => {
        const current = await db.visits.get(id);
        // The screen only updates visits it has loaded; a missing one is a bug.
        if (!current) throw new Error(`Kunjungan ${id} tidak ada`);
        const next = changedRecord(current, changes, context, context.now().toISOString());
        await db.visits.put(next);
        await appendToOutbox(db, 'visits', next, context.newId());
        return next;
      }),
    get: (id) => db.visits.get(id),
    listByDay: async (day) => await db.visits.where('day').equals(day).sortBy('openedAt'),
  };
}
