import { useState } from 'react';
import { useServices } from '../../app/services.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { VisitController } from '../visit/use-visit.js';
import { CardSummary } from './card-summary.js';
import { CorrectionFlow } from './correction-flow.js';
import { useVisitCard } from './use-visit-card.js';

/**
 * SOP step 8: the seeker checks the printed card. A mistake goes back to the biodata, the
 * card is drawn again and reprinted (with the reason logged), then checked again.
 */
export function CheckCardStep(props: { readonly controller: VisitController }) {
  const t = useT();
  const { cardSteps } = useServices();
  const { visit, seeker } = props.controller;
  const [refresh, setRefresh] = useState(0);
  const [correcting, setCorrecting] = useState(false);
  const [corrections, setCorrections] = useState(0);
  const card = useVisitCard(visit.cardId, refresh);
  if (!seeker || !visit.cardId) return <Notice tone="error">{t('cardStep.notIssued')}</Notice>;
  if (!card) return <p role="status">{t('visit.loading')}</p>;

  if (correcting) {
    return (
      <CorrectionFlow
        controller={props.controller}
        card={card}
        onDone={() => {
          setCorrections(corrections + 1);
          setCorrecting(false);
          setRefresh(refresh + 1);
        }}
        onCancel={() => setCorrecting(false)}
      />
    );
  }

  async function confirm() {
    if (!card) return;
    await cardSteps.markChecked(card.id);
    const note =
      corrections > 0 ? t('check.noteCorrected', { count: corrections }) : t('check.note');
    await props.controller.complete(note);
  }

  return (
    <div className="step-panel" role="group" aria-label={t('visit.panel', { no: 8 })}>
      <p className="script">{t('check.script')}</p>
      {corrections > 0 && <Notice tone="success">{t('check.corrected')}</Notice>}
      <CardSummary card={card} seeker={seeker} />
      <div className="form-actions">
        <button
          type="button"
          className="primary"
          autoFocus
          disabled={props.controller.busy}
          onClick={() => void confirm()}
        >
          {t('check.ok')}
        </button>
        <button type="button" onClick={() => setCorrecting(true)}>
          {t('check.fix')}
        </button>
      </div>
    </div>
  );
}
