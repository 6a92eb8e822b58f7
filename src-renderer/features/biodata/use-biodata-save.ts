import { useState } from 'react';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { useDraft } from '../../app/drafts.js';
import { useServices } from '../../app/services.js';
import type { CounterSettings } from '../../db/settings-repository.js';
import { useT } from '../../i18n/i18n.js';
import { likelyDuplicates, type LikelyDuplicate } from '../duplicates/find-duplicates.js';
import { checkBiodataDraft } from './biodata-check.js';
import { draftFromSeeker, newBiodataDraft, type BiodataDraft } from './biodata-draft.js';
import { focusFirstError } from './biodata-form.js';
import { seekerFieldsFromBiodata } from './biodata-to-seeker.js';

export type SaveOutcome = {
  readonly seeker: Seeker;
  readonly created: boolean;
  /** The officer's answer on likely duplicates, when there were any. */
  readonly decided?: { readonly decision: 'orang-sama' | 'orang-berbeda'; readonly count: number };
};

/**
 * The AK/II form's state and save: checks every field and the office policies, looks for
 * likely duplicates before a new seeker is made, and records the officer's decision.
 */
export function useBiodataSave(input: {
  readonly key: string;
  readonly seeker: Seeker | undefined;
  readonly visitor: { readonly nik: string; readonly name: string };
  readonly settings: CounterSettings;
  readonly visitId?: string;
  readonly onSaved: (outcome: SaveOutcome) => void | Promise<void>;
}) {
  const t = useT();
  const { seekers, duplicateDecisions, today } = useServices();
  const [draft, setDraft, clearDraft] = useDraft<BiodataDraft>(input.key, () =>
    input.seeker
      ? draftFromSeeker(input.seeker, today())
      : newBiodataDraft(input.visitor.nik, input.visitor.name, today()),
  );
  const [failures, setFailures] = useState<readonly Failure[]>([]);
  const [candidates, setCandidates] = useState<readonly LikelyDuplicate[]>([]);
  const [busy, setBusy] = useState(false);
  const check = checkBiodataDraft(draft, today(), input.settings);

  /** Saves the form onto `target` (or a new seeker); undefined when the NIK is taken. */
  async function persist(target: Seeker | undefined): Promise<SaveOutcome | undefined> {
    const fields = seekerFieldsFromBiodata(check.biodata, today());
    const result = target
      ? await seekers.update(target.id, fields)
      : await seekers.register(fields);
    if (result.kind === 'nik-taken' || result.kind === 'already-registered') {
      const message = t('bio.nikTaken', { name: result.seeker.name });
      setFailures([{ code: 'NIK_TAKEN', field: 'nik', message }]);
      focusFirstError([{ code: 'NIK_TAKEN', field: 'nik', message }]);
      return undefined;
    }
    return { seeker: result.seeker, created: result.kind === 'registered' };
  }

  async function finish(outcome: SaveOutcome | undefined): Promise<void> {
    if (!outcome) return;
    clearDraft();
    await input.onSaved(outcome);
  }

  async function guarded(work: () => Promise<void>) {
    setBusy(true);
    try {
      await work();
    } catch (thrown) {
      const reason = thrown instanceof Error ? thrown.message : String(thrown);
      setFailures([{ code: 'SAVE_FAILED', message: t('register.saveFailed', { reason }) }]);
    } finally {
      setBusy(false);
    }
  }

  const save = () =>
    guarded(async () => {
      setFailures(check.failures);
      if (check.failures.length > 0) {
        focusFirstError(check.failures);
        return;
      }
      if (!input.seeker) {
        const found = await likelyDuplicates(seekers, check.biodata);
        if (found.length > 0) {
          setCandidates(found);
          return;
        }
      }
      await finish(await persist(input.seeker));
    });

  const decide = (decision: 'orang-sama' | 'orang-berbeda', chosen?: LikelyDuplicate) =>
    guarded(async () => {
      const listed = decision === 'orang-sama' && chosen ? [chosen] : candidates;
      setCandidates([]);
      const outcome = await persist(chosen?.seeker);
      if (!outcome) return;
      for (const c of listed) {
        await duplicateDecisions.add({
          seekerId: outcome.seeker.id,
          candidateSeekerId: c.seeker.id,
          score: c.score,
          decision,
          ...(input.visitId ? { visitId: input.visitId } : {}),
        });
      }
      await finish({ ...outcome, decided: { decision, count: listed.length } });
    });

  return {
    draft,
    setDraft,
    failures,
    domicile: check.domicile,
    candidates,
    busy,
    save,
    decideSame: (c: LikelyDuplicate) => decide('orang-sama', c),
    decideDifferent: () => decide('orang-berbeda'),
  };
}
