import { sopStep } from '../../../src-shared/domain/sop.js';
import type { VisitRecord } from '../../../src-shared/domain/records.js';
import { currentStep } from '../../../src-shared/domain/visit.js';
import { stepTiming } from '../../../src-shared/domain/visit-progress.js';
import { useT } from '../../i18n/i18n.js';
import { minutesClock } from './format-duration.js';

/** The visit's planned SOP steps: done (with time against standard), current, to come. */
export function VisitStepper(props: { readonly visit: VisitRecord; readonly now: Date }) {
  const t = useT();
  const current = currentStep(props.visit);
  const at = props.now.toISOString();
  return (
    <ol className="stepper" aria-label={t('visit.stepper')}>
      {props.visit.plannedSteps.map((no) => {
        const step = sopStep(no);
        const event = props.visit.steps.findLast((e) => e.stepNo === no);
        const timing = stepTiming(props.visit, no, at);
        const state =
          no === current
            ? 'current'
            : event?.endedAt
              ? event.skipped
                ? 'skipped'
                : 'done'
              : 'todo';
        return (
          <li
            key={no}
            className={`stepper__item stepper__item--${state}`}
            aria-current={state === 'current' ? 'step' : undefined}
          >
            <span className="stepper__no">{no}</span>
            <span className="stepper__title">{step.title}</span>
            <span className="stepper__meta">
              {state === 'skipped' && t('visit.skipped')}
              {state === 'done' && timing && (
                <span className={timing.state === 'melewati-batas' ? 'text-over' : undefined}>
                  {minutesClock(timing.elapsedMinutes)}
                  {step.standardMinutes !== null && ` / ${step.standardMinutes}:00`}
                </span>
              )}
              {state === 'todo' && step.standardMinutes !== null && `${step.standardMinutes}:00`}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
