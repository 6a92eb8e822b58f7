import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type {
  CardPrintRecord,
  CardRecord,
  CounsellingRecord,
  DuplicateDecisionRecord,
  HandoverRecord,
  NumberSequenceRecord,
  OfficerRecord,
  PlacementRecord,
  ReportRecord,
  VacancyRecord,
  VisitRecord,
} from '../../src-shared/domain/records.js';
import type { Disposisi } from '../../src-shared/domain/disposisi.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';
import type { OutboxEntry } from '../../src-shared/sync/outbox-entry.js';
import type { SeekerMergeRecord, SyncIssue, SyncStateRecord } from '../sync/sync-records.js';

export const defaultDatabaseName = 'loket-ak1';

/** One setting of this counter (requirement list, policies, number pattern...), JSON-shaped. */
export interface SettingRecord {
  readonly key: string;
  readonly value: unknown;
}

/**
 * The counter's IndexedDB. Synced tables only ever change additively (new tables, new indexes):
 * records already pushed must stay readable by every later version.
 */
export class LoketDatabase extends Dexie {
  seekers!: EntityTable<Seeker, 'id'>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  visits!: EntityTable<VisitRecord, 'id'>;
  officers!: EntityTable<OfficerRecord, 'id'>;
  cards!: EntityTable<CardRecord, 'id'>;
  cardPrints!: EntityTable<CardPrintRecord, 'id'>;
  reports!: EntityTable<ReportRecord, 'id'>;
  placements!: EntityTable<PlacementRecord, 'id'>;
  handovers!: EntityTable<HandoverRecord, 'id'>;
  counselling!: EntityTable<CounsellingRecord, 'id'>;
  duplicateDecisions!: EntityTable<DuplicateDecisionRecord, 'id'>;
  vacancies!: EntityTable<VacancyRecord, 'id'>;
  numberSequences!: EntityTable<NumberSequenceRecord, 'key'>;
  settings!: EntityTable<SettingRecord, 'key'>;
  disposisi!: EntityTable<Disposisi, 'reference'>;
  syncIssues!: EntityTable<SyncIssue, 'id'>;
  syncState!: EntityTable<SyncStateRecord, 'id'>;
  seekerMerges!: EntityTable<SeekerMergeRecord, 'id'>;

  /** `options` lets tests inject fake-indexeddb ({ indexedDB, IDBKeyRange }). */
  constructor(name: string = defaultDatabaseName, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      // &nik: one seeker per NIK, enforced by IndexedDB itself.
      seekers: 'id, &nik, nameKey, birthDate, updatedAt',
      outbox: '++seq, &changeId, [table+recordId], nextAttemptAt',
    });
    // Version 2 (counter workflow) only adds tables and indexes.
    this.version(2).stores({
      seekers: 'id, &nik, nameKey, birthDate, updatedAt, registrationNumber',
      visits: 'id, [day+queueNumber], day, seekerId, status, openedAt',
      officers: 'id, active',
      cards: 'id, seekerId, &registrationNumber, issuedAt, validUntil',
      cardPrints: 'id, cardId, printedAt',
      reports: 'id, seekerId, cardId, reportedAt',
      placements: 'id, seekerId, startDate',
      handovers: 'id, cardId, handedAt',
      counselling: 'id, visitId, seekerId',
      duplicateDecisions: 'id, seekerId, candidateSeekerId',
      vacancies: 'id, kbjiGroup, closesAt',
      numberSequences: 'key',
    });
    // Version 3: the counter's own settings and recorded delegations (local, not synced).
    this.version(3).stores({
      settings: 'key',
      disposisi: 'reference, officerId',
    });
    // Version 4 (sync): what needs an officer, the engine's state, and seeker merges (synced).
    this.version(4).stores({
      syncIssues: 'id, status, kind',
      syncState: 'id',
      seekerMerges: 'id, nik, keptSeekerId, mergedSeekerId',
    });
  }
}
