import { describe, expect, it } from 'vitest';
import {
  ensurePersistentStorage,
  type StorageManagerLike,
} from '../../src-renderer/app/storage-persistence.js';

/** A browser's StorageManager that answers as told and records what was asked. */
function fakeStorage(answers: { persisted: boolean; grants: boolean; failing?: boolean }) {
  const asked: string[] = [];
  const storage: StorageManagerLike = {
    persisted: async () => {
      asked.push('persisted');
      if (answers.failing) throw new Error('SecurityError');
      return answers.persisted;
    },
    persist: async () => {
      asked.push('persist');
      return answers.grants;
    },
    estimate: async () => ({ usage: 12 * 1024 * 1024, quota: 2048 * 1024 * 1024 }),
  };
  return { storage, asked };
}

describe('penyimpanan permanen untuk IndexedDB', () => {
  it('belum permanen: diminta sekali, dan jawabannya dilaporkan bersama ruang terpakai', async () => {
    const fake = fakeStorage({ persisted: false, grants: true });
    expect(await ensurePersistentStorage(fake.storage)).toEqual({
      persisted: true,
      usageBytes: 12 * 1024 * 1024,
      quotaBytes: 2048 * 1024 * 1024,
    });
    expect(fake.asked).toEqual(['persisted', 'persist']);
  });

  it('sudah permanen: tidak diminta lagi', async () => {
    const fake = fakeStorage({ persisted: true, grants: false });
    expect((await ensurePersistentStorage(fake.storage)).persisted).toBe(true);
    expect(fake.asked).toEqual(['persisted']);
  });

  it('browser menolak: dilaporkan belum permanen, supaya Pengaturan memperingatkan', async () => {
    const fake = fakeStorage({ persisted: false, grants: false });
    expect((await ensurePersistentStorage(fake.storage)).persisted).toBe(false);
  });

  it('tanpa Storage API atau bila browser menolak bertanya: tidak diketahui, bukan galat', async () => {
    expect(await ensurePersistentStorage(undefined)).toEqual({ persisted: undefined });
    const fake = fakeStorage({ persisted: false, grants: true, failing: true });
    expect((await ensurePersistentStorage(fake.storage)).persisted).toBeUndefined();
  });
});
