import { useEffect, useState } from 'react';
import { validateBackfill, type BackfillDraft } from '../../../src-shared/domain/backfill.js';
import { parseNik } from '../../../src-shared/domain/nik.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { OfficerRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useServices } from '../../app/services.js';
import { emptyDraft } from '../registration/use-registration.js';

export const emptyBackfill: BackfillDraft = {
  seeker: emptyDraft,
  originalAt: '',
  manualNumber: '',
  servedBy: '',
  withCard: true,
  cardIssuedOn: '',
};

/** Local time as `YYYY-MM-DDTHH:mm`, the shape of a datetime-local field. */
export function localMinute(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Form logic of "Input buku manual": NIK-derived fields, validation and the save. */
export function useBackfill() {
  const { backfill, officers, now } = useServices();
  const [draft, setDraft] = useState<BackfillDraft>(emptyBackfill);
  const [errors, setErrors] = useState<readonly Failure[]>([]);
  const [saved, setSaved] = useState<Seeker | undefined>();
  const [staff, setStaff] = useState<OfficerRecord[]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void officers.list().then(setStaff);
  }, [officers]);

  function change(next: BackfillDraft) {
    const parsed = parseNik(next.seeker.nik, localMinute(now()).slice(0, 10));
    const derived =
      parsed.ok && next.seeker.nik !== draft.seeker.nik
        ? { ...next.seeker, birthDate: parsed.value.birthDate, sex: parsed.value.sex }
        : next.seeker;
    // The card date follows the service date until the officer types another.
    const cardIssuedOn =
      next.originalAt !== draft.originalAt && draft.cardIssuedOn === draft.originalAt.slice(0, 10)
        ? next.originalAt.slice(0, 10)
        : next.cardIssuedOn;
    setDraft({ ...next, seeker: derived, cardIssuedOn });
  }

  async function save(): Promise<boolean> {
    if (!backfill) return false;
    const valid = validateBackfill(draft, localMinute(now()));
    if (!valid.ok) {
      setErrors(valid.errors);
      return false;
    }
    const servedBy = staff.find((officer) => officer.id === valid.value.servedBy);
    const result = await backfill.save(valid.value, servedBy?.name ?? valid.value.servedBy);
    if (!result.ok) {
      setErrors([result.error]);
      return false;
    }
    setErrors([]);
    setSaved(result.value.seeker);
    // The next page of the book is usually served by the same officer on the same day.
    setDraft({
      ...emptyBackfill,
      servedBy: draft.servedBy,
      originalAt: draft.originalAt,
      cardIssuedOn: draft.cardIssuedOn,
    });
    setVersion((count) => count + 1);
    return true;
  }

  return { draft, change, errors, save, saved, staff, version, available: backfill !== undefined };
}
