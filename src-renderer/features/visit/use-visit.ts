import { useCallback, useEffect, useState } from 'react';
import type { Outcome } from '../../../src-shared/domain/outcome.js';
import type { OfficerRecord, VisitRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import type { VisitChanges } from '../../db/visits-repository.js';
import { useT } from '../../i18n/i18n.js';
import { advance, skipCurrent } from './visit-flow.js';

export type VisitChange = (
  visit: VisitRecord,
  officer: OfficerRecord,
  now: string,
) => Outcome<VisitRecord>;

/** What every step panel gets: the visit, its seeker and the ways to move the visit on. */
export interface VisitController {
  readonly visit: VisitRecord;
  readonly seeker: Seeker | undefined;
  readonly officer: OfficerRecord | undefined;
  readonly busy: boolean;
  /** Applies a change to the visit and saves it; false (with the reason shown) when refused. */
  readonly run: (change: VisitChange, extra?: VisitChanges) => Promise<boolean>;
  /** Finishes the current step (optionally saving more visit fields) and starts the next. */
  readonly complete: (note?: string, extra?: VisitChanges) => Promise<boolean>;
  readonly skip: (reason: string) => Promise<boolean>;
  /** Saves visit fields without moving the visit on. */
  readonly patch: (changes: VisitChanges) => Promise<void>;
  readonly setSeeker: (seeker: Seeker) => void;
  readonly fail: (message: string) => void;
}

function changesOf(visit: VisitRecord): VisitChanges {
  const { id: _id, createdAt: _c, version: _v, day: _d, updatedAt: _u, ...changes } = visit;
  return changes;
}

export function useVisit(visitId: string) {
  const t = useT();
  const { visits, seekers, now } = useServices();
  const { officer } = useDuty();
  const [visit, setVisit] = useState<VisitRecord | undefined>(undefined);
  const [seeker, setSeeker] = useState<Seeker | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let current = true;
    void visits.get(visitId).then(async (found) => {
      const person = found?.seekerId ? await seekers.get(found.seekerId) : undefined;
      if (!current) return;
      setVisit(found);
      setSeeker(person);
    });
    return () => {
      current = false;
    };
  }, [visits, seekers, visitId]);

  const run = useCallback(
    async (change: VisitChange, extra: VisitChanges = {}): Promise<boolean> => {
      if (!visit) return false;
      if (!officer) {
        setError(t('visit.noOfficer'));
        return false;
      }
      const result = change({ ...visit, ...extra }, officer, now().toISOString());
      if (!result.ok) {
        setError(result.error.message);
        return false;
      }
      setBusy(true);
      try {
        setVisit(await visits.update(visit.id, changesOf(result.value)));
        setError(undefined);
        return true;
      } catch (thrown) {
        const reason = thrown instanceof Error ? thrown.message : String(thrown);
        setError(t('visit.saveFailed', { reason }));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [visit, officer, now, visits, t],
  );

  const controller: VisitController | undefined = visit && {
    visit,
    seeker,
    officer,
    busy,
    run,
    complete: (note, extra) => run((v, o, at) => advance(v, o, at, note), extra),
    skip: (reason) => run((v, o, at) => skipCurrent(v, o, at, reason)),
    patch: async (changes) => {
      setVisit(await visits.update(visit.id, changes));
    },
    setSeeker,
    fail: setError,
  };
  return { controller, loaded: visit !== undefined, error, clearError: () => setError(undefined) };
}
