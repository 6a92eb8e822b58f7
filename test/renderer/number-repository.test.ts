import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { LoketDatabase } from '../../src-renderer/db/database.js';
import { createNumberRepository } from '../../src-renderer/db/number-repository.js';
import { createSettingsRepository } from '../../src-renderer/db/settings-repository.js';
import { createTestDatabase } from '../fakes/test-database.js';

async function allocateMany(
  repository: ReturnType<typeof createNumberRepository>,
  day: string,
  count: number,
): Promise<string[]> {
  const numbers: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const result = await repository.allocate(day);
    if (!result.ok) throw new Error(result.error.message);
    numbers.push(result.value);
  }
  return numbers;
}

describe('registration numbers', () => {
  it('are 5171 + DDMMYY + counter code + 4-digit daily sequence by default', async () => {
    const numbers = createNumberRepository(createTestDatabase(), { code: '03' });
    expect(await numbers.allocate('2026-11-24')).toEqual({ ok: true, value: '5171241126030001' });
    expect(await numbers.allocate('2026-11-24')).toEqual({ ok: true, value: '5171241126030002' });
  });

  it('never collide between two counters issuing offline on the same day', async () => {
    const first = createNumberRepository(createTestDatabase(), { code: '01' });
    const second = createNumberRepository(createTestDatabase(), { code: '02' });
    const a = await allocateMany(first, '2026-11-24', 30);
    const b = await allocateMany(second, '2026-11-24', 30);
    expect(new Set([...a, ...b]).size).toBe(60);
  });

  it('restart the sequence each day without repeating an earlier number', async () => {
    const numbers = createNumberRepository(createTestDatabase(), { code: '01' });
    const monday = await allocateMany(numbers, '2026-11-23', 5);
    const tuesday = await allocateMany(numbers, '2026-11-24', 5);
    expect(tuesday[0]).toBe('5171241126010001');
    expect(new Set([...monday, ...tuesday]).size).toBe(10);
  });

  it('stay unique when two tabs of the same counter allocate at the same moment', async () => {
    const indexedDB = new IDBFactory();
    const tabA = new LoketDatabase('shared', { indexedDB, IDBKeyRange });
    const tabB = new LoketDatabase('shared', { indexedDB, IDBKeyRange });
    const a = createNumberRepository(tabA, { code: '01' });
    const b = createNumberRepository(tabB, { code: '01' });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).allocate('2026-11-24')),
    );
    const values = results.map((r) => (r.ok ? r.value : r.error.code));
    expect(new Set(values).size).toBe(40);
    expect(values.every((v) => /^5171241126010\d{3}$/.test(v))).toBe(true);
  });

  it('follow the pattern chosen in the settings', async () => {
    const db = createTestDatabase();
    await createSettingsRepository(db).save(
      'registrationPattern',
      'AK1-{kota:4}{YYYYMMDD}{loket:2}{seq:5}',
    );
    const numbers = createNumberRepository(db, { code: '02' });
    expect(await numbers.allocate('2026-01-05')).toEqual({
      ok: true,
      value: 'AK1-5171202601050200001',
    });
  });

  it('report a spent daily sequence instead of reusing a number', async () => {
    const db = createTestDatabase();
    await db.numberSequences.put({ key: '01:2026-11-24', last: 9999 });
    const result = await createNumberRepository(db, { code: '01' }).allocate('2026-11-24');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('SEQUENCE_EXHAUSTED');
  });

  it('give queue numbers per counter and day', async () => {
    const numbers = createNumberRepository(createTestDatabase(), { code: '02' });
    expect(await numbers.nextQueueNumber('2026-11-24')).toBe('02-001');
    expect(await numbers.nextQueueNumber('2026-11-24')).toBe('02-002');
    expect(await numbers.nextQueueNumber('2026-11-25')).toBe('02-001');
  });
});
