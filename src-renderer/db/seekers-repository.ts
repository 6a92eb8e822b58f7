import { Dexie } from 'dexie';
import { nameKeyOf, type Seeker } from '../../src-shared/domain/seeker.js';
import type { RecordMeta } from '../../src-shared/domain/record.js';
import { appendToOutbox, outboxEntryFor } from './outbox.js';
import { changedRecord } from './record-meta.js';
import type { RepositoryContext } from './repository-context.js';

/** A seeker's own fields, without the record metadata and derived keys the repository adds. */
export type SeekerFields = Omit<Seeker, keyof RecordMeta | 'nameKey'>;

export type RegisterResult =
  | { readonly kind: 'registered'; readonly seeker: Seeker }
  | { readonly kind: 'already-registered'; readonly seeker: Seeker };

/** What a later step may change: the form fields, the AK/II biodata, photo and card number. */
export type SeekerChanges = Partial<SeekerFields>;

export type UpdateResult =
  | { readonly kind: 'updated'; readonly seeker: Seeker }
  /** The new NIK belongs to another seeker already; nothing was changed. */
  | { readonly kind: 'nik-taken'; readonly seeker: Seeker };

export interface SeekersRepository {
  /** Registers a new seeker, or returns the existing record when the NIK is already known. */
  register(fields: SeekerFields): Promise<RegisterResult>;
  /**
   * Registers many seekers in one transaction (typing in the manual books, imports); NIKs already
   * known are skipped and returned, never duplicated.
   */
  registerMany(
    list: readonly SeekerFields[],
  ): Promise<{ registered: number; skippedNiks: string[] }>;
  get(id: string): Promise<Seeker | undefined>;
  findByNik(nik: string): Promise<Seeker | undefined>;
  /** Case-insensitive name prefix, alphabetical, at most `limit` seekers. */
  searchByNamePrefix(prefix: string, limit?: number): Promise<Seeker[]>;
  count(): Promise<number>;
  /** Saves changes (version + 1) with their outbox entry in one transaction. */
  update(id: string, changes: SeekerChanges): Promise<UpdateResult>;
  /** Everyone born on that day: the candidates for a likely-duplicate check. */
  listByBirthDate(birthDate: string): Promise<Seeker[]>;
}

export function createSeekersRepository(context: RepositoryContext): SeekersRepository {
  const { db } = context;

  function newSeeker(fields: SeekerFields, at: string): Seeker {
    return {
      ...fields,
      id: context.newId(),
      nameKey: nameKeyOf(fields.name),
      createdAt: at,
      updatedAt: at,
      version: 1,
      counterId: context.counterId,
      officerId: context.officerId(),
    };
  }

  async function insert(fields: SeekerFields): Promise<RegisterResult> {
    return db.transaction('rw', db.seekers, db.outbox, async () => {
      const existing = await db.seekers.where('nik').equals(fields.nik).first();
      if (existing) return { kind: 'already-registered', seeker: existing };
      const seeker = newSeeker(fields, context.now().toISOString());
      await db.seekers.add(seeker);
      await appendToOutbox(db, 'seekers', seeker, context.newId());
      return { kind: 'registered', seeker };
    });
  }

  return {
    async register(fields) {
      try {
        return await insert(fields);
      } catch (error) {
        // Another tab saved the same NIK between our check and our write: the unique index
        // refused the second one, so show the record that won.
        if (error instanceof Dexie.ConstraintError) {
          const winner = await db.seekers.where('nik').equals(fields.nik).first();
          if (winner) return { kind: 'already-registered', seeker: winner };
        }
        throw error;
      }
    },
    registerMany: (list) =>
      db.transaction('rw', db.seekers, db.outbox, async () => {
        const known = new Set(
          (
            await db.seekers
              .where('nik')
              .anyOf(list.map((f) => f.nik))
              .keys()
          ).map(String),
        );
        const at = context.now().toISOString();
        const fresh: Seeker[] = [];
        const skippedNiks: string[] = [];
        for (const fields of list) {
          if (known.has(fields.nik)) skippedNiks.push(fields.nik);
          else {
            known.add(fields.nik);
            fresh.push(newSeeker(fields, at));
          }
        }
        await db.seekers.bulkAdd(fresh);
        await db.outbox.bulkAdd(
          fresh.map((seeker) => outboxEntryFor('seekers', seeker, context.newId())),
        );
        return { registered: fresh.length, skippedNiks };
      }),
    get: (id) => db.seekers.get(id),
    findByNik: (nik) => db.seekers.where('nik').equals(nik).first(),
    searchByNamePrefix: (prefix, limit = 20) => {
      const key = nameKeyOf(prefix);
      if (key === '') return Promise.resolve([]);
      return db.seekers.where('nameKey').startsWith(key).limit(limit).toArray();
    },
    count: () => db.seekers.count(),
    update: (id, changes) =>
      db.transaction('rw', db.seekers, db.outbox, async () => {
        const current = await db.seekers.get(id);
        // Screens update only seekers they have loaded; a missing one is a bug.
        if (!current) throw new Error(`Pencari kerja ${id} tidak ada`);
        if (changes.nik !== undefined && changes.nik !== current.nik) {
          const other = await db.seekers.where('nik').equals(changes.nik).first();
          if (other) return { kind: 'nik-taken', seeker: other };
        }
        const name = changes.name ?? current.name;
        const next = changedRecord(
          current,
          { ...changes, nameKey: nameKeyOf(name) },
          context,
          context.now().toISOString(),
        );
        await db.seekers.put(next);
        await appendToOutbox(db, 'seekers', next, context.newId());
        return { kind: 'updated', seeker: next };
      }),
    listByBirthDate: (birthDate) => db.seekers.where('birthDate').equals(birthDate).toArray(),
  };
}
