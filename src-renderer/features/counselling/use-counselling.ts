import { useEffect, useState } from 'react';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { CounsellingRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import type { VacancyMatch } from '../../../src-shared/domain/vacancy.js';
import { useServices } from '../../app/services.js';
import type { CounsellingFields } from '../../db/counselling-repository.js';
import { useT } from '../../i18n/i18n.js';
import {
  counsellingFieldsOf,
  counsellingMatches,
  emptyCounsellingDraft,
  skippedCounsellingFields,
  toggleExplained,
  toggleShortlist,
  type CounsellingDraft,
  type SkipReason,
} from './counselling-model.js';

/** The panel's state: matches, the officer's ticks and notes, and recording or skipping. */
export function useCounselling(
  seeker: Seeker,
  visitId: string,
  onRecorded: (record: CounsellingRecord) => void,
) {
  const t = useT();
  const { vacancies, counselling, today } = useServices();
  const day = today();
  const [matches, setMatches] = useState<readonly VacancyMatch[] | undefined>(undefined);
  const [draft, setDraft] = useState<CounsellingDraft>(emptyCounsellingDraft);
  const [skipReason, setSkipReason] = useState<SkipReason | ''>('');
  const [errors, setErrors] = useState<readonly Failure[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    void vacancies.listOpen(day).then((open) => {
      if (current) setMatches(counsellingMatches(seeker, open, day));
    });
    return () => {
      current = false;
    };
  }, [vacancies, seeker, day]);

  const ids = { visitId, seekerId: seeker.id };

  async function save(fields: CounsellingFields) {
    setErrors([]);
    setSaving(true);
    try {
      onRecorded(await counselling.record(fields));
    } catch (error) {
      setErrors([
        { code: 'gagal-simpan', message: t('counselling.saveFailed', { reason: String(error) }) },
      ]);
    } finally {
      setSaving(false);
    }
  }

  return {
    matches,
    draft,
    skipReason,
    errors,
    saving,
    toggleExplained: (id: string) => setDraft((d) => toggleExplained(d, id)),
    toggleShortlist: (id: string) => setDraft((d) => toggleShortlist(d, id)),
    setNotes: (notes: string) => setDraft((d) => ({ ...d, notes })),
    setSkipReason,
    record() {
      const fields = counsellingFieldsOf(draft, ids);
      if (!fields.ok) setErrors([fields.error]);
      else void save(fields.value);
    },
    skip() {
      if (skipReason === '') {
        setErrors([
          {
            code: 'alasan-kosong',
            message: t('counselling.skip.needReason'),
            field: 'counselling-skip-reason',
          },
        ]);
      } else void save(skippedCounsellingFields(skipReason, ids));
    },
  };
}
