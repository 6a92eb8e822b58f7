import type { ReactNode } from 'react';
import { sopStep } from '../../../src-shared/domain/sop.js';
import { currentStep } from '../../../src-shared/domain/visit.js';
import { useT } from '../../i18n/i18n.js';
import type { VisitController } from './use-visit.js';

/**
 * A step with nothing to type: what the SOP asks, then "Selesai" (Enter) moves on. Used for
 * the hand-offs between officers (steps 5, 10) and any step without its own panel.
 */
export function SimpleStep(props: {
  readonly controller: VisitController;
  readonly children?: ReactNode;
  readonly doneLabel?: string;
}) {
  const t = useT();
  const stepNo = currentStep(props.controller.visit);
  if (stepNo === null) return null;
  const step = sopStep(stepNo);
  return (
    <form
      className="step-panel"
      aria-label={t('visit.panel', { no: stepNo })}
      onSubmit={(e) => {
        e.preventDefault();
        void props.controller.complete();
      }}
    >
      {props.children ?? <p>{step.title}.</p>}
      <p className="step-panel__output">{t('visit.output', { output: step.output })}</p>
      <div className="form-actions">
        <button type="submit" className="primary" autoFocus disabled={props.controller.busy}>
          {props.doneLabel ?? t('visit.done')}
        </button>
      </div>
    </form>
  );
}
