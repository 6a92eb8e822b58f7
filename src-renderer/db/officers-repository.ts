import type { Disposisi } from '../../src-shared/domain/disposisi.js';
import type { OfficerRecord } from '../../src-shared/domain/records.js';
import type { LoketDatabase } from './database.js';

/**
 * Officers of the counter with their roles and NIP. Until user accounts land, the officer on
 * duty is chosen from this list; a disposisi lets a named officer act for the Pengantar Kerja.
 */
export interface OfficersRepository {
  /** All officers, active first, then by name. */
  list(): Promise<OfficerRecord[]>;
  get(id: string): Promise<OfficerRecord | undefined>;
  save(officer: OfficerRecord): Promise<void>;
  /** Fills an empty list with the default staff; false when officers already exist. */
  seedDefaults(): Promise<boolean>;
  listDisposisi(): Promise<Disposisi[]>;
  saveDisposisi(disposisi: Disposisi): Promise<void>;
  removeDisposisi(reference: string): Promise<void>;
}

/** First-run staff, editable in Pengaturan. NIPs follow `YYYYMMDD YYYYMM G NNN`. */
export function defaultOfficers(newId: () => string): OfficerRecord[] {
  return [
    {
      id: newId(),
      name: 'I Made Sudarsana',
      nip: '199103122019031005',
      roles: ['petugas-ak1'],
      active: true,
    },
    {
      id: newId(),
      name: 'Ni Nyoman Sriasih, S.Sos.',
      nip: '198003152006042011',
      roles: ['pengantar-kerja'],
      active: true,
    },
    {
      id: newId(),
      name: 'I Gusti Ngurah Putra, S.E.',
      nip: '197505202000031004',
      roles: ['kasi-ipk'],
      active: true,
    },
  ];
}

export function createOfficersRepository(
  db: LoketDatabase,
  newId: () => string,
): OfficersRepository {
  return {
    list: async () =>
      (await db.officers.toArray()).sort(
        (a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, 'id-ID'),
      ),
    get: (id) => db.officers.get(id),
    save: async (officer) => {
      await db.officers.put(officer);
    },
    seedDefaults: () =>
      db.transaction('rw', db.officers, async () => {
        if ((await db.officers.count()) > 0) return false;
        await db.officers.bulkAdd(defaultOfficers(newId));
        return true;
      }),
    listDisposisi: () => db.disposisi.toArray(),
    saveDisposisi: async (disposisi) => {
      await db.disposisi.put(disposisi);
    },
    removeDisposisi: (reference) => db.disposisi.delete(reference),
  };
}
