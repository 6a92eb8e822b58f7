import { officerRoleLabels, sopStep } from '../../../src-shared/domain/sop.js';
import type { VisitRecord } from '../../../src-shared/domain/records.js';
import { currentStep } from '../../../src-shared/domain/visit.js';
import { nextAction, stepTiming } from '../../../src-shared/domain/visit-progress.js';
import { useT } from '../../i18n/i18n.js';
import { minutesClock } from './format-duration.js';

/** The current SOP step, its live time against the Mutu Baku, and what to do next. */
export function StepClock(props: { readonly visit: VisitRecord; readonly now: Date }) {
  const t = useT();
  const stepNo = currentStep(props.visit);
  if (stepNo === null) return null;
  const step = sopStep(stepNo);
  const timing = stepTiming(props.visit, stepNo, props.now.toISOString());
  const over = timing?.state === 'melewati-batas';
  return (
    <div className={over ? 'step-clock step-clock--over' : 'step-clock'}>
      <p className="step-clock__step">
        {t('visit.step', { no: stepNo, title: step.title })}
        <span className="step-clock__role">{officerRoleLabels[step.role]}</span>
      </p>
      <p className="step-clock__time" role="timer" aria-label={t('visit.timer')}>
        <strong className="mono">{timing ? minutesClock(timing.elapsedMinutes) : '0:00'}</strong>{' '}
        {step.standardMinutes === null
          ? t('visit.noStandard')
          : t('visit.standard', { minutes: step.standardMinutes })}
        {over && <span className="badge badge--over">{t('visit.overStandard')}</span>}
      </p>
      <p className="step-clock__next">
        <strong>{t('visit.next')}</strong> {nextAction(props.visit)}
      </p>
    </div>
  );
}

/** What the last finished step recorded, so no save or print passes silently. */
export function LastStepNote(props: { readonly visit: VisitRecord }) {
  const t = useT();
  const last = props.visit.steps.findLast((e) => e.endedAt !== null && e.note !== '');
  if (!last || props.visit.status !== 'berjalan') return null;
  return (
    <p role="status" className="visit__last">
      {t('visit.lastNote', { no: last.stepNo, note: last.note })}
    </p>
  );
}
