import type { SeekerFields } from '../../../src-renderer/db/seekers-repository.js';
import { localSyncedTables } from '../../../src-renderer/sync/pull-apply.js';
import { payloadSha256 } from '../../../src-shared/sync/sha256.js';
import type { PullChange } from '../../../src-shared/sync/protocol.js';
import type { CityPeer } from './city-peer.js';
import type { TestCounter } from './sync-counter.js';

let serial = 0;

/** A seeker with a NIK unique within the test run (the server checks 16 digits). */
export function seekerFields(name = 'Ni Kadek Sari'): SeekerFields {
  serial += 1;
  const run = String(process.pid % 100).padStart(2, '0');
  return {
    nik: `5171${run}${String(serial).padStart(10, '0')}`,
    name: `${name} ${serial}`,
    birthPlace: 'Denpasar',
    birthDate: '1999-05-12',
    sex: 'P',
    address: 'Jl. Hayam Wuruk No. 1',
    phone: '081234567890',
    educationLevel: 'SLTA',
  };
}

/**
 * Queues `count` seekers, edits every tenth (a second version) and adds a placement for every
 * twentieth: several tables and versions, as a day at the counter produces.
 */
export async function queueWork(counter: TestCounter, count: number): Promise<void> {
  const list = Array.from({ length: count }, () => seekerFields());
  await counter.seekers.registerMany(list);
  const stored = await counter.db.seekers.toArray();
  for (const [index, seeker] of stored.entries()) {
    if (index % 10 === 0) await counter.seekers.update(seeker.id, { phone: '087700000000' });
    if (index % 20 === 0) {
      await counter.placements.add({
        seekerId: seeker.id,
        employer: 'PT Bali Sejahtera',
        position: 'Staf administrasi',
        startDate: '2026-03-01',
        exchangeType: 'AKL',
      });
    }
  }
}

export interface Reconciliation {
  readonly localRecords: number;
  readonly serverChanges: number;
  /** Local records the server does not hold at their version with the same SHA-256. */
  readonly lost: string[];
  /** Changes the server holds twice (same table, record and version). */
  readonly duplicated: string[];
  /** Server changes from this counter it does not know locally. */
  readonly unknown: string[];
  readonly outboxLeft: number;
}

/** Compares ids and hashes of everything this counter wrote with what the server holds. */
export async function reconcile(counter: TestCounter, peer: CityPeer): Promise<Reconciliation> {
  const client = peer.asCounter(await counter.deviceToken());
  const feed = await client.pullAll({ includeOwn: true, limit: 1000 }, 500);
  const status = await counter.api.invoke('sync:status', {});
  const counterId = status.ok ? status.value.counterId : null;
  const own = feed.filter((change) => change.counterId === counterId);
  const byKey = new Map<string, PullChange[]>();
  for (const change of own) {
    const key = `${change.table}/${change.recordId}/${change.version}`;
    byKey.set(key, [...(byKey.get(key) ?? []), change]);
  }
  const duplicated = [...byKey.entries()].filter(([, list]) => list.length > 1).map(([key]) => key);
  const lost: string[] = [];
  const localKeys = new Set<string>();
  let localRecords = 0;
  for (const table of localSyncedTables) {
    const records: unknown[] = await counter.db.table(table).toArray();
    for (const record of records) {
      const payload: Record<string, unknown> = JSON.parse(JSON.stringify(record));
      if (payload['counterId'] !== counter.context.counterId) continue;
      localRecords += 1;
      const key = `${table}/${String(payload['id'])}/${String(payload['version'])}`;
      localKeys.add(`${table}/${String(payload['id'])}`);
      const found = byKey.get(key)?.[0];
      if (!found || found.sha256 !== (await payloadSha256(payload))) lost.push(key);
    }
  }
  const unknown = own
    .filter((change) => !localKeys.has(`${change.table}/${change.recordId}`))
    .map((change) => `${change.table}/${change.recordId}`);
  return {
    localRecords,
    serverChanges: own.length,
    lost,
    duplicated,
    unknown,
    outboxLeft: await counter.db.outbox.count(),
  };
}
