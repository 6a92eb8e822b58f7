import { nextAction } from '../../../src-shared/domain/visit-progress.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { ReturnSlip } from '../intake/return-slip.js';
import type { VisitController } from './use-visit.js';

/** After the last step, a return of documents or a cancellation: what happened, then next. */
export function ClosedVisit(props: {
  readonly controller: VisitController;
  readonly onNext: () => void;
}) {
  const t = useT();
  const { visit } = props.controller;
  return (
    <div className="step-panel">
      <Notice tone={visit.status === 'selesai' ? 'success' : 'warning'}>{nextAction(visit)}</Notice>
      {visit.status === 'berkas-dikembalikan' && <ReturnSlip controller={props.controller} />}
      {visit.status === 'selesai' && visit.steps.at(-1)?.note && (
        <p className="step-panel__output">{visit.steps.at(-1)?.note}</p>
      )}
      {visit.status === 'dibatalkan' && visit.closingNote && (
        <p>{t('visit.cancelledBecause', { reason: visit.closingNote })}</p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" autoFocus onClick={props.onNext}>
          {t('visit.callNext')}
        </button>
      </div>
    </div>
  );
}
