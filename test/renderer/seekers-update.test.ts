import { describe, expect, it } from 'vitest';
import { createSeekersRepository } from '../../src-renderer/db/seekers-repository.js';
import { createTestContext } from '../fakes/test-database.js';
import { ayu } from '../fixtures/seekers.js';

describe('changing a seeker', () => {
  it('raises the version, keeps the name search key current and queues the change', async () => {
    const context = createTestContext();
    const seekers = createSeekersRepository(context);
    const { seeker } = await seekers.register(ayu);
    const photo = {
      sha256: 'a'.repeat(64),
      thumbnail: 'data:image/jpeg;base64,AA',
      takenAt: 'now',
    };
    const result = await seekers.update(seeker.id, { name: 'Ni Luh Ayu Lestari Dewi', photo });
    expect(result.kind).toBe('updated');
    expect(result.seeker).toMatchObject({ version: 2, nameKey: 'ni luh ayu lestari dewi', photo });
    expect(result.seeker.createdAt).toBe(seeker.createdAt);
    const outbox = await context.db.outbox.toArray();
    expect(outbox.map((e) => [e.recordId, e.version])).toEqual([
      [seeker.id, 1],
      [seeker.id, 2],
    ]);
    expect(await seekers.searchByNamePrefix('ni luh ayu lestari d')).toHaveLength(1);
  });

  it('refuses a NIK that belongs to someone else and changes nothing', async () => {
    const context = createTestContext();
    const seekers = createSeekersRepository(context);
    const { seeker } = await seekers.register(ayu);
    const other = await seekers.register({ ...ayu, nik: '5171010101000001', name: 'Ketut Sari' });
    const result = await seekers.update(seeker.id, { nik: other.seeker.nik });
    expect(result).toEqual({ kind: 'nik-taken', seeker: other.seeker });
    expect((await seekers.get(seeker.id))?.version).toBe(1);
    expect(await context.db.outbox.count()).toBe(2);
  });

  it('lists everyone born on a day for the likely-duplicate check', async () => {
    const seekers = createSeekersRepository(createTestContext());
    await seekers.register(ayu);
    await seekers.register({ ...ayu, nik: '5171010101000001', birthDate: '2000-01-01' });
    expect((await seekers.listByBirthDate('1999-08-05')).map((s) => s.nik)).toEqual([ayu.nik]);
  });
});
