import { describe, expect, it } from 'vitest';
import { createCardStepsRepository } from '../../src-renderer/db/card-steps-repository.js';
import { createCardsRepository } from '../../src-renderer/db/cards-repository.js';
import { createNumberRepository } from '../../src-renderer/db/number-repository.js';
import { createOfficersRepository } from '../../src-renderer/db/officers-repository.js';
import { createSeekersRepository } from '../../src-renderer/db/seekers-repository.js';
import { checkOfficer } from '../../src-renderer/features/settings/officer-rules.js';
import { createTestContext } from '../fakes/test-database.js';

describe('officers', () => {
  it('are seeded once on first run with a Petugas AK/I, a Pengantar Kerja and a Kasi IPK', async () => {
    const context = createTestContext();
    const officers = createOfficersRepository(context.db, context.newId);
    expect(await officers.seedDefaults()).toBe(true);
    expect(await officers.seedDefaults()).toBe(false);
    const list = await officers.list();
    expect(list.map((o) => o.roles[0]).sort()).toEqual([
      'kasi-ipk',
      'pengantar-kerja',
      'petugas-ak1',
    ]);
    for (const officer of list) expect(checkOfficer(officer, 'x')).toEqual([]);
  });

  it('need a name, a role and an 18-digit NIP (or none)', () => {
    const bad = { id: 'o', name: ' ', nip: '1980031520060420', roles: [], active: true };
    expect(checkOfficer(bad, 'o').map((e) => e.field)).toEqual(['o-name', 'o-nip', 'o-roles']);
    const honorary = { ...bad, name: 'Kadek', nip: '', roles: ['petugas-ak1' as const] };
    expect(checkOfficer(honorary, 'o')).toEqual([]);
  });
});

describe('the card through steps 8-11 and a renewal', () => {
  async function issuedCard() {
    const context = createTestContext();
    const numbers = createNumberRepository(context.db, { code: '01' });
    const options = { allocateNumber: numbers.allocate };
    const cards = createCardsRepository(context, options);
    const steps = createCardStepsRepository(context, options);
    const { seeker } = await createSeekersRepository(context).register({
      nik: '5171014508990002',
      name: 'Ni Luh Ayu Lestari',
      birthPlace: 'Denpasar',
      birthDate: '1999-08-05',
      sex: 'P',
      address: 'Jl. Tukad Badung No. 7',
      phone: '081234567890',
      educationLevel: 'SMK',
    });
    const card = await cards.issue({
      seeker,
      issuedOn: '2026-11-24',
      layout: 'a4-landscape',
      visitId: 'v1',
    });
    if (!card.ok) throw new Error(card.error.message);
    return { context, steps, seeker, card: card.value };
  }

  it('records the check, the signature and the approval with name and NIP, each queued for sync', async () => {
    const { context, steps, card } = await issuedCard();
    await steps.markChecked(card.id);
    await steps.markSigned(card.id);
    const approval = {
      officerId: 'k',
      name: 'Ni Nyoman Sriasih',
      nip: '198003152006042011',
      at: '2026-11-24T02:00:00.000Z',
    };
    const approved = await steps.approve(card.id, approval);
    expect(approved).toMatchObject({ approval, version: 4 });
    expect(approved.seekerCheckedAt).toBeDefined();
    expect(approved.seekerSignedAt).toBeDefined();
    const versions = (await context.db.outbox.where('table').equals('cards').toArray()).map(
      (e) => e.version,
    );
    expect(versions).toEqual([1, 2, 3, 4]);
  });

  it('renews: same seeker, a new number and validity, superseding the old card', async () => {
    const { context, steps, seeker, card } = await issuedCard();
    const fresh = await context.db.seekers.get(seeker.id);
    const renewed = await steps.renew({
      seeker: fresh ?? seeker,
      previous: card,
      issuedOn: '2028-11-30',
      layout: 'cr80',
      visitId: 'v2',
    });
    if (!renewed.ok) throw new Error(renewed.error.message);
    expect(renewed.value).toMatchObject({
      kind: 'perpanjangan',
      seekerId: seeker.id,
      supersedesCardId: card.id,
      registrationNumber: '5171301128010001',
      issuedAt: '2028-11-30',
      validUntil: '2030-11-30',
    });
    expect((await context.db.seekers.get(seeker.id))?.registrationNumber).toBe('5171301128010001');
    expect(await context.db.cards.count()).toBe(2);
  });
});
