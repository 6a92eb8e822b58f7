import { expect, it } from 'vitest';
import { paths } from '../../src-shared/sync/protocol.js';
import { describeEachBackend } from './support/backends.js';
import { cityForSuite } from './support/city-harness.js';

describeEachBackend('Data turun: lowongan dan akun petugas', (backend) => {
  const city = cityForSuite(backend);

  it('hands imported vacancies to counters, versioning only what changed', async () => {
    const loket = await city().enrolCounter('Loket 1');
    const start = await loket.pull({ limit: 1000 });
    const vacancies = [
      { id: 'lwg-001', title: 'Juru Masak', employer: 'PT Bali Boga', quota: 3, kbji: '5120' },
      { id: 'lwg-002', title: 'Staf Gudang', employer: 'CV Sanur Jaya', quota: 1 },
    ];

    const first = await city()
      .admin()
      .request('POST', paths.adminVacancies, { records: vacancies });
    const same = await city().admin().request('POST', paths.adminVacancies, { records: vacancies });
    const changed = await city()
      .admin()
      .request('POST', paths.adminVacancies, { records: [{ ...vacancies[0], quota: 5 }] });

    expect([first.body, same.body, changed.body]).toMatchObject([
      { imported: 2, unchanged: 0 },
      { imported: 0, unchanged: 2 },
      { imported: 1, unchanged: 0 },
    ]);
    const feed = await loket.pullAll({ cursor: start.nextCursor });
    expect(
      feed.map((entry) => [
        entry.table,
        entry.recordId,
        entry.version,
        entry.counterId,
        entry.payload['quota'],
      ]),
    ).toEqual([
      ['vacancies', 'lwg-001', 1, null, 3],
      ['vacancies', 'lwg-002', 1, null, 1],
      ['vacancies', 'lwg-001', 2, null, 5],
    ]);
  });

  it('hands down officer accounts and refuses an invalid NIP with the reason', async () => {
    const loket = await city().enrolCounter('Loket 1');
    const start = await loket.pull({ limit: 1000 });
    const officer = {
      id: 'ptg-01',
      name: 'Ni Made Sari',
      nip: '198703152010012003',
      roles: ['petugasAk1'],
      active: true,
      passwordHash: 'scrypt$abc',
    };

    const imported = await city()
      .admin()
      .request('POST', paths.adminOfficers, { records: [officer] });
    const invalid = await city()
      .admin()
      .request('POST', paths.adminOfficers, { records: [{ ...officer, nip: '1987' }] });

    expect(imported.body).toMatchObject({ imported: 1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({
      error: { message: 'records.0.nip: NIP harus 18 digit angka' },
    });
    const feed = await loket.pullAll({ cursor: start.nextCursor });
    expect(feed.map((entry) => [entry.table, entry.payload])).toEqual([
      ['officers', { ...officer, version: 1 }],
    ]);
  });

  it('keeps the import endpoints for the admin token only', async () => {
    const loket = await city().enrolCounter('Loket 1');
    const reply = await loket.request('POST', paths.adminVacancies, {
      records: [{ id: 'x', title: 'x', employer: 'x' }],
    });
    expect(reply.status).toBe(401);
  });
});
