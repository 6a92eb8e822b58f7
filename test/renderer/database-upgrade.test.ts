import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LoketDatabase } from '../../src-renderer/db/database.js';
import type { Seeker } from '../../src-shared/domain/seeker.js';

const seekerV1: Seeker = {
  id: '00000000-0000-7000-8000-000000000001',
  nik: '5171014508990002',
  name: 'Ni Luh Ayu Lestari',
  nameKey: 'ni luh ayu lestari',
  birthPlace: 'Denpasar',
  birthDate: '1999-08-05',
  sex: 'P',
  address: 'Jl. Tukad Badung No. 7',
  phone: '081234567890',
  educationLevel: 'SMK',
  createdAt: '2026-11-20T01:00:00.000Z',
  updatedAt: '2026-11-20T01:00:00.000Z',
  version: 1,
  counterId: 'counter-test',
  officerId: 'officer-test',
};

describe('upgrading the counter database', () => {
  it('opens a version 1 database with a seeker at the current version with the data intact', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('loket-upgrade', { indexedDB, IDBKeyRange });
    old.version(1).stores({
      seekers: 'id, &nik, nameKey, birthDate, updatedAt',
      outbox: '++seq, &changeId, [table+recordId], nextAttemptAt',
    });
    await old.table('seekers').add(seekerV1);
    await old.table('outbox').add({ changeId: 'c1', table: 'seekers', recordId: seekerV1.id });
    old.close();

    const db = new LoketDatabase('loket-upgrade', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    expect(await db.seekers.get(seekerV1.id)).toEqual(seekerV1);
    expect(await db.seekers.where('nik').equals(seekerV1.nik).count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    // The workflow tables exist and are empty.
    expect(await db.visits.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.officers.count()).toBe(0);
    expect(await db.settings.count()).toBe(0);
    // The unique NIK index survived the upgrade.
    await expect(db.seekers.add({ ...seekerV1, id: 'other' })).rejects.toThrow();
    db.close();
  });
});
