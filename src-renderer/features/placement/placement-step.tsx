import { useState, type FormEvent } from 'react';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import { useDraft } from '../../app/drafts.js';
import { useServices } from '../../app/services.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/id.js';
import { useCardStatus } from '../renewal/use-card-status.js';
import type { VisitController } from '../visit/use-visit.js';
import {
  checkPlacement,
  emptyPlacement,
  exchangeTypes,
  type ExchangeType,
} from './placement-draft.js';

const typeHints: Readonly<Record<ExchangeType, MessageKey>> = {
  AKL: 'placement.akl',
  AKAD: 'placement.akad',
  AKAN: 'placement.akan',
};

/** Step 4 of an employment report: where the seeker now works; they then count as placed. */
export function PlacementStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const { placements } = useServices();
  const { visit, seeker } = props.controller;
  const status = useCardStatus(seeker?.id);
  const [draft, setDraft, clear] = useDraft(`placement:${visit.id}`, () => emptyPlacement);
  const [errors, setErrors] = useState<readonly Failure[]>([]);
  const error = (field: string) => errors.find((e) => e.field === `placement-${field}`)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!seeker) return;
    const checked = checkPlacement(draft);
    if (!checked.ok) {
      setErrors(checked.errors);
      document.getElementById(checked.errors[0]?.field ?? '')?.focus();
      return;
    }
    const cardId = status?.card?.id;
    const saved = await placements.add({
      ...checked.value,
      seekerId: seeker.id,
      ...(cardId ? { cardId } : {}),
    });
    clear();
    await props.controller.complete(
      t('placement.note', { employer: saved.employer, type: saved.exchangeType }),
    );
  }

  return (
    <form
      className="step-panel"
      aria-label={t('visit.panel', { no: 4 })}
      noValidate
      onSubmit={(e) => void submit(e)}
    >
      <ErrorSummary title={t('register.errorsTitle', { count: errors.length })} errors={errors} />
      <div className="form-grid">
        <TextField
          id="placement-employer"
          label={t('placement.employer')}
          error={error('employer')}
          value={draft.employer}
          autoFocus
          onChange={(e) => setDraft({ ...draft, employer: e.target.value })}
        />
        <TextField
          id="placement-position"
          label={t('placement.position')}
          error={error('position')}
          value={draft.position}
          onChange={(e) => setDraft({ ...draft, position: e.target.value })}
        />
        <TextField
          id="placement-startDate"
          type="date"
          label={t('placement.startDate')}
          error={error('startDate')}
          value={draft.startDate}
          onChange={(e) => setDraft({ ...draft, startDate: e.target.value })}
        />
        <fieldset className="radio-group" id="placement-exchangeType" tabIndex={-1}>
          <legend>{t('placement.type')}</legend>
          {error('exchangeType') && <p className="field__error">{error('exchangeType')}</p>}
          {exchangeTypes.map((type) => (
            <label key={type} className="checkbox">
              <input
                type="radio"
                name="placement-type"
                value={type}
                checked={draft.exchangeType === type}
                onChange={() => setDraft({ ...draft, exchangeType: type })}
              />
              {t(typeHints[type])}
            </label>
          ))}
        </fieldset>
      </div>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.controller.busy}>
          {t('placement.save')}
        </button>
      </div>
    </form>
  );
}
