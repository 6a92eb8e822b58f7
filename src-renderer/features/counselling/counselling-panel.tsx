import type { CounsellingRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { SelectField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CounsellingBasis } from './counselling-basis.js';
import { CounsellingMatchesTable } from './counselling-matches-table.js';
import { seekerProfileOf, skipReasons } from './counselling-model.js';
import { useCounselling } from './use-counselling.js';
import './counselling.css';

/**
 * SOP step 12, job counselling: the open vacancies that fit the seeker, best first with the
 * reasons; the officer ticks what was explained and shortlisted and records it, or records why
 * counselling was not needed.
 */
export function CounsellingPanel(props: {
  readonly seeker: Seeker;
  readonly visitId: string;
  readonly onRecorded: (record: CounsellingRecord) => void;
}) {
  const t = useT();
  const c = useCounselling(props.seeker, props.visitId, props.onRecorded);
  const skipOptions = skipReasons.map((r) => ({
    value: r,
    label: t(`counselling.skip.${r}`),
  }));
  return (
    <section aria-labelledby="counselling-title" className="counselling">
      <h2 id="counselling-title">{t('counselling.title')}</h2>
      <p className="screen__intro">{t('counselling.intro', { name: props.seeker.name })}</p>
      <ErrorSummary title={t('counselling.errorsTitle')} errors={c.errors} />
      <CounsellingBasis
        profile={seekerProfileOf(props.seeker)}
        hasBiodata={props.seeker.biodata !== undefined}
      />
      <h3>{t('counselling.matches')}</h3>
      {c.matches === undefined ? (
        <p>{t('counselling.loading')}</p>
      ) : c.matches.length === 0 ? (
        <Notice tone="info">{t('counselling.none')}</Notice>
      ) : (
        <CounsellingMatchesTable
          matches={c.matches}
          draft={c.draft}
          onToggleExplained={c.toggleExplained}
          onToggleShortlist={c.toggleShortlist}
        />
      )}
      <div className="counselling-record field">
        <label htmlFor="counselling-notes">{t('counselling.notes')}</label>
        <textarea
          id="counselling-notes"
          aria-describedby="counselling-notes-hint"
          value={c.draft.notes}
          onChange={(e) => c.setNotes(e.target.value)}
        />
        <p id="counselling-notes-hint" className="field__hint">
          {t('counselling.notes.hint')}
        </p>
        <div className="counselling-actions">
          <button type="button" className="primary" disabled={c.saving} onClick={c.record}>
            {c.saving ? t('counselling.saving') : t('counselling.record')}
          </button>
        </div>
      </div>
      <fieldset className="counselling-skip">
        <legend>{t('counselling.skip.title')}</legend>
        <div className="counselling-actions">
          <SelectField
            id="counselling-skip-reason"
            label={t('counselling.skip.reason')}
            placeholder={t('counselling.skip.choose')}
            options={skipOptions}
            value={c.skipReason}
            onChange={(e) => {
              const reason = skipReasons.find((r) => r === e.target.value);
              c.setSkipReason(reason ?? '');
            }}
          />
          <button type="button" disabled={c.saving} onClick={c.skip}>
            {t('counselling.skip.button')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
