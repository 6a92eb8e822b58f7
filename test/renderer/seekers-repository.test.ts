import { describe, expect, it } from 'vitest';
import {
  createSeekersRepository,
  type SeekerFields,
} from '../../src-renderer/db/seekers-repository.js';
import { createTestContext } from '../fakes/test-database.js';
import { ayu as ayuFixture } from '../fixtures/seekers.js';

const ayu: SeekerFields = { ...ayuFixture, nikKecamatanCode: '51.71.01' };

describe('the seekers repository', () => {
  it('saves a new seeker with record metadata and queues it for sync in the outbox', async () => {
    const context = createTestContext();
    const result = await createSeekersRepository(context).register(ayu);
    expect(result.kind).toBe('registered');
    expect(result.seeker).toMatchObject({
      ...ayu,
      nameKey: 'ni luh ayu lestari',
      version: 1,
      counterId: 'counter-test',
      officerId: 'officer-test',
    });
    expect(result.seeker.createdAt).toBe('2026-11-24T01:00:00.000Z');
    const outbox = await context.db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      table: 'seekers',
      recordId: result.seeker.id,
      version: 1,
      attempts: 0,
      payload: result.seeker,
    });
  });

  it('returns the existing seeker instead of a second record for a known NIK', async () => {
    const context = createTestContext();
    const repository = createSeekersRepository(context);
    const first = await repository.register(ayu);
    const second = await repository.register({ ...ayu, name: 'Orang Lain' });
    expect(second).toEqual({ kind: 'already-registered', seeker: first.seeker });
    expect(await context.db.seekers.count()).toBe(1);
    expect(await context.db.outbox.count()).toBe(1);
  });

  it('leaves neither the seeker nor the outbox entry when the outbox write fails', async () => {
    const context = createTestContext();
    context.db.outbox.hook('creating', () => {
      throw new Error('disk penuh');
    });
    await expect(createSeekersRepository(context).register(ayu)).rejects.toThrow('disk penuh');
    expect(await context.db.seekers.count()).toBe(0);
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('leaves neither when the seeker write fails', async () => {
    const context = createTestContext();
    context.db.seekers.hook('creating', () => {
      throw new Error('kuota habis');
    });
    await expect(createSeekersRepository(context).register(ayu)).rejects.toThrow('kuota habis');
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('finds a seeker by exact NIK and by case-insensitive name prefix, alphabetically, at most 20', async () => {
    const context = createTestContext();
    const repository = createSeekersRepository(context);
    for (let i = 0; i < 25; i += 1) {
      const serial = String(i + 1).padStart(4, '0');
      await repository.register({
        ...ayu,
        nik: `517101450899${serial}`,
        name: `Made Wirawan ${String.fromCharCode(90 - i)}`,
      });
    }
    await repository.register({ ...ayu, nik: '5171010101000001', name: 'Ketut  Sari' });
    expect((await repository.findByNik('5171010101000001'))?.name).toBe('Ketut  Sari');
    expect(await repository.findByNik('5171010101000009')).toBeUndefined();
    const made = await repository.searchByNamePrefix('  MADE wir', 20);
    expect(made).toHaveLength(20);
    expect(made[0]?.name).toBe('Made Wirawan B');
    expect((await repository.searchByNamePrefix('ketut sa')).map((s) => s.name)).toEqual([
      'Ketut  Sari',
    ]);
    expect(await repository.searchByNamePrefix('   ')).toEqual([]);
    expect(await repository.count()).toBe(26);
  });
});

describe('registering many seekers at once (manual books, imports)', () => {
  it('saves new seekers with their outbox entries and skips NIKs already known', async () => {
    const context = createTestContext();
    const repository = createSeekersRepository(context);
    await repository.register(ayu);
    const result = await repository.registerMany([
      ayu,
      { ...ayu, nik: '5171010101000001', name: 'Ketut Sari' },
      { ...ayu, nik: '5171010101000001', name: 'Ketut Sari lagi' },
      { ...ayu, nik: '5171010101000002', name: 'Wayan Budi' },
    ]);
    expect(result).toEqual({
      registered: 2,
      skippedNiks: ['5171014508990002', '5171010101000001'],
    });
    expect(await context.db.seekers.count()).toBe(3);
    expect(await context.db.outbox.count()).toBe(3);
  });
});
