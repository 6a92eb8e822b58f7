import { useState, type FormEvent } from 'react';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { VisitController } from '../visit/use-visit.js';

/** SOP step 9: the seeker signs the card near the photo; the officer records it. */
export function SignStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const { cardSteps } = useServices();
  const { visit } = props.controller;
  const [signed, setSigned] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!signed) return props.controller.fail(t('sign.required'));
    if (!visit.cardId) return props.controller.fail(t('cardStep.notIssued'));
    await cardSteps.markSigned(visit.cardId);
    await props.controller.complete(t('sign.note'));
  }

  return (
    <form
      className="step-panel"
      aria-label={t('visit.panel', { no: 9 })}
      onSubmit={(e) => void submit(e)}
    >
      <p className="script">{t('sign.script')}</p>
      {!visit.cardId && <Notice tone="warning">{t('cardStep.notIssued')}</Notice>}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={signed}
          autoFocus
          onChange={(e) => setSigned(e.target.checked)}
        />
        {t('sign.confirm')}
      </label>
      <div className="form-actions">
        <button type="submit" className="primary" disabled={props.controller.busy}>
          {t('visit.done')}
        </button>
      </div>
    </form>
  );
}
