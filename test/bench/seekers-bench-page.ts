/**
 * Runs inside Chromium (bundled by browser-bench.ts): seeds seekers through the app's own
 * repository into real IndexedDB, then times lookups through the repository and through raw
 * IndexedDB calls on the same database.
 */
import { LoketDatabase } from '../../src-renderer/db/database.js';
import {
  createSeekersRepository,
  type SeekerFields,
} from '../../src-renderer/db/seekers-repository.js';
import { nameKeyOf } from '../../src-shared/domain/seeker.js';

const given = [
  'I Made',
  'Ni Made',
  'I Wayan',
  'Ni Wayan',
  'I Nyoman',
  'Ni Nyoman',
  'I Ketut',
  'Ni Ketut',
  'Putu',
  'Kadek',
  'Komang',
  'Gede',
  'Ayu',
  'Agus',
  'Dewi',
  'Siti',
  'Budi',
  'Andi',
];
const middle = [
  'Adi',
  'Bagus',
  'Citra',
  'Dharma',
  'Eka',
  'Gita',
  'Indra',
  'Jaya',
  'Krisna',
  'Lestari',
  'Mahendra',
  'Nanda',
  'Oka',
  'Pratama',
  'Rai',
  'Sari',
  'Surya',
  'Tirta',
  'Utama',
  'Widia',
  'Yoga',
];
const last = [
  'Putra',
  'Putri',
  'Suryawan',
  'Wirawan',
  'Astuti',
  'Santika',
  'Antara',
  'Parwati',
  'Wibawa',
  'Kusuma',
  'Pradnyana',
  'Saputra',
  'Dewi',
  'Yasa',
  'Arsana',
];

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)] as T;
}

function seekerNumber(i: number, random: () => number): SeekerFields {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  const year = String(70 + (i % 35))
    .padStart(2, '0')
    .slice(-2);
  const serial = String(Math.floor(i / 10_000) + 1).padStart(4, '0');
  const tail = String(i % 10_000).padStart(4, '0');
  return {
    // Unique by construction: kecamatan digits + date + serial encode i.
    nik: `5171${tail.slice(0, 2)}${day}${month}${year}${serial}`.slice(0, 12) + tail,
    name: `${pick(given, random)} ${pick(middle, random)} ${pick(last, random)}`,
    birthPlace: 'Denpasar',
    birthDate: `19${year}-${month}-${day}`,
    sex: i % 2 === 0 ? 'L' : 'P',
    address: `Jl. Bench No. ${i}`,
    phone: '081234567890',
    educationLevel: 'SMK',
  };
}

async function timed<T>(run: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

export interface SeekerBenchResult {
  n: number;
  insertMs: number;
  singleRegisterMs: number[];
  nikRepo: number[];
  nikRaw: number[];
  prefixRepo: number[];
  prefixRaw: number[];
}

async function runSeekerBench(n: number, lookups: number): Promise<SeekerBenchResult> {
  const name = `bench-${Date.now()}`;
  const db = new LoketDatabase(name);
  let id = 0;
  const repository = createSeekersRepository({
    db,
    now: () => new Date(),
    newId: () => `${Date.now().toString(16)}-${(id++).toString(16)}`,
    counterId: 'bench',
    officerId: () => 'bench',
  });
  const random = seededRandom(42);
  const all: SeekerFields[] = [];
  for (let i = 0; i < n; i += 1) all.push(seekerNumber(i, random));

  const insertStart = performance.now();
  for (let i = 0; i < n; i += 2_000) await repository.registerMany(all.slice(i, i + 2_000));
  const insertMs = performance.now() - insertStart;

  const singleRegisterMs: number[] = [];
  for (let i = 0; i < 200; i += 1) {
    const fields = seekerNumber(n + i, random);
    singleRegisterMs.push(
      await timed(() => repository.register({ ...fields, nik: `3171${fields.nik.slice(4)}` })),
    );
  }

  const raw = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const rawGet = (nik: string) =>
    new Promise<unknown>((resolve) => {
      const request = raw.transaction('seekers').objectStore('seekers').index('nik').get(nik);
      request.onsuccess = () => resolve(request.result);
    });
  const rawPrefix = (prefix: string) =>
    new Promise<unknown>((resolve) => {
      const key = nameKeyOf(prefix);
      const range = IDBKeyRange.bound(key, `${key}\uffff`);
      const request = raw
        .transaction('seekers')
        .objectStore('seekers')
        .index('nameKey')
        .getAll(range, 20);
      request.onsuccess = () => resolve(request.result);
    });

  const result: SeekerBenchResult = {
    n,
    insertMs,
    singleRegisterMs,
    nikRepo: [],
    nikRaw: [],
    prefixRepo: [],
    prefixRaw: [],
  };
  for (let i = 0; i < lookups; i += 1) {
    const target = all[Math.floor(random() * n)] as SeekerFields;
    const prefix = target.name.slice(0, 3 + Math.floor(random() * 6)).toUpperCase();
    // Alternate the order so neither side always runs with a warmer cache.
    if (i % 2 === 0) {
      result.nikRepo.push(await timed(() => repository.findByNik(target.nik)));
      result.nikRaw.push(await timed(() => rawGet(target.nik)));
      result.prefixRepo.push(await timed(() => repository.searchByNamePrefix(prefix, 20)));
      result.prefixRaw.push(await timed(() => rawPrefix(prefix)));
    } else {
      result.nikRaw.push(await timed(() => rawGet(target.nik)));
      result.nikRepo.push(await timed(() => repository.findByNik(target.nik)));
      result.prefixRaw.push(await timed(() => rawPrefix(prefix)));
      result.prefixRepo.push(await timed(() => repository.searchByNamePrefix(prefix, 20)));
    }
  }
  raw.close();
  db.close();
  return result;
}

Object.assign(window, { runSeekerBench });
