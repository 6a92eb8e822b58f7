import type { CalendarDate } from '../../src-shared/domain/calendar-date.js';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import {
  allocateRegistrationNumber,
  compileRegistrationPattern,
  type NumberError,
} from '../../src-shared/domain/registration-number.js';
import type { LoketDatabase } from './database.js';
import { readSettings } from './settings-repository.js';

export interface NumberRepository {
  /**
   * Next No. Pendaftaran for this counter on `day`. The sequence is read and bumped in one
   * IndexedDB transaction, so two tabs never get the same number; the counter code inside the
   * number keeps counters apart without asking the server.
   */
  allocate(day: CalendarDate): Promise<Outcome<string, NumberError>>;
  /** Next queue number of the day ("01-007"): the counter code keeps counters apart. */
  nextQueueNumber(day: CalendarDate): Promise<string>;
}

export function createNumberRepository(
  db: LoketDatabase,
  counter: { readonly code: string },
  kotaCode = '5171',
): NumberRepository {
  return {
    allocate: (day) =>
      db.transaction('rw', db.numberSequences, db.settings, async () => {
        const settings = await readSettings(db);
        const pattern = compileRegistrationPattern(settings.registrationPattern);
        if (!pattern.ok) return pattern;
        const key = `${counter.code}:${day}`;
        const last = (await db.numberSequences.get(key))?.last ?? null;
        const kota = settings.policy.homeKotaCode || kotaCode;
        const parts = { kotaCode: kota, date: day, counterCode: counter.code };
        const allocated = allocateRegistrationNumber(pattern.value, parts, last);
        if (!allocated.ok) return allocated;
        await db.numberSequences.put({ key, last: allocated.value.sequence });
        return { ok: true, value: allocated.value.number } as const;
      }),
    nextQueueNumber: (day) =>
      db.transaction('rw', db.numberSequences, () => takeQueueNumber(db, counter.code, day)),
  };
}

/** Call inside a transaction that includes `numberSequences` (e.g. the one opening a visit). */
export async function takeQueueNumber(
  db: LoketDatabase,
  counterCode: string,
  day: CalendarDate,
): Promise<string> {
  const key = `antrean:${counterCode}:${day}`;
  const next = ((await db.numberSequences.get(key))?.last ?? 0) + 1;
  await db.numberSequences.put({ key, last: next });
  return `${counterCode}-${String(next).padStart(3, '0')}`;
}
