import { describe, expect, it } from 'vitest';
import type { Vacancy } from '../../src-shared/domain/vacancy.js';
import { createVacanciesRepository } from '../../src-renderer/db/vacancies-repository.js';
import { createTestContext } from '../fakes/test-database.js';

const vacancy = (v: Partial<Vacancy> & Pick<Vacancy, 'id'>): Vacancy => ({
  employer: 'Hotel Puri Sanur Indah',
  position: 'Resepsionis',
  kbjiGroup: 4,
  minEducation: 'SLTA',
  location: { scope: 'dalam-negeri', place: 'Sanur, Denpasar' },
  keywords: ['front office', 'bahasa inggris'],
  closesAt: '2027-01-15',
  ...v,
});

const catalogue: Vacancy[] = [
  vacancy({ id: 'A' }),
  vacancy({
    id: 'B',
    position: 'Juru masak',
    kbjiGroup: 5,
    keywords: ['memasak'],
    closesAt: '2026-12-31',
  }),
  vacancy({
    id: 'C',
    position: 'Programmer web',
    employer: 'PT Bali Digital',
    kbjiGroup: 2,
    closesAt: '2026-11-23',
  }),
  vacancy({
    id: 'D',
    position: 'Cook kapal pesiar',
    employer: 'PT Duta Karya Bali',
    kbjiGroup: 5,
    keywords: ['memasak'],
    location: { scope: 'luar-negeri', place: 'Amerika Serikat' },
  }),
];

describe('the vacancy catalogue', () => {
  it('imports a list with the time and source of the import, without outbox entries', async () => {
    const context = createTestContext();
    const repository = createVacanciesRepository(context);
    const summary = await repository.importVacancies(catalogue, {
      mode: 'gabung',
      source: 'lowongan.csv',
    });
    expect(summary).toEqual({ added: 4, updated: 0, removed: 0, total: 4 });
    expect(await repository.get('B')).toEqual({
      ...catalogue[1],
      importedAt: '2026-11-24T01:00:00.000Z',
      source: 'lowongan.csv',
    });
    expect(await context.db.outbox.count()).toBe(0);
  });

  it('merging overwrites known ids and keeps the others; replacing drops what the file lacks', async () => {
    const repository = createVacanciesRepository(createTestContext());
    await repository.importVacancies(catalogue, { mode: 'gabung', source: 'a.csv' });
    const merged = await repository.importVacancies(
      [vacancy({ id: 'A', position: 'Resepsionis malam' }), vacancy({ id: 'E' })],
      { mode: 'gabung', source: 'b.csv' },
    );
    expect(merged).toEqual({ added: 1, updated: 1, removed: 0, total: 5 });
    expect((await repository.get('A'))?.position).toBe('Resepsionis malam');
    expect((await repository.get('B'))?.source).toBe('a.csv');

    const replaced = await repository.importVacancies(
      [vacancy({ id: 'E' }), vacancy({ id: 'F' })],
      {
        mode: 'ganti',
        source: 'c.csv',
      },
    );
    expect(replaced).toEqual({ added: 1, updated: 1, removed: 4, total: 2 });
    expect(await repository.get('A')).toBeUndefined();
  });

  it('keeps the old catalogue when an import fails halfway', async () => {
    const context = createTestContext();
    const repository = createVacanciesRepository(context);
    await repository.importVacancies(catalogue, { mode: 'gabung', source: 'a.csv' });
    context.db.vacancies.hook('creating', (key) => {
      if (key === 'Z') throw new Error('disk penuh');
    });
    await expect(
      repository.importVacancies([vacancy({ id: 'Y' }), vacancy({ id: 'Z' })], {
        mode: 'ganti',
        source: 'b.csv',
      }),
    ).rejects.toThrow();
    expect((await context.db.vacancies.toArray()).map((v) => v.id)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('lists vacancies still open today, soonest closing first, filtered by KBJI group and words', async () => {
    const repository = createVacanciesRepository(createTestContext());
    await repository.importVacancies(catalogue, { mode: 'gabung', source: 'a.csv' });
    const ids = async (filter?: Parameters<typeof repository.listOpen>[1]) =>
      (await repository.listOpen('2026-11-24', filter)).map((v) => v.id);
    expect(await ids()).toEqual(['B', 'A', 'D']);
    expect(await ids({ kbjiGroup: 5 })).toEqual(['B', 'D']);
    expect(await ids({ text: '  MEMASAK  amerika' })).toEqual(['D']);
    expect(await ids({ text: 'sanur' })).toEqual(['B', 'A']);
    expect(await ids({ kbjiGroup: 2 })).toEqual([]);
    expect((await repository.listOpen('2026-12-31')).map((v) => v.id)).toEqual(['B', 'A', 'D']);
    expect((await repository.listOpen('2027-01-01')).map((v) => v.id)).toEqual(['A', 'D']);
  });
});
