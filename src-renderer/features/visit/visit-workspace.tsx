import { serviceTypeLabels } from '../../../src-shared/domain/service-type.js';
import { standardMinutesFor } from '../../../src-shared/domain/sop.js';
import { visitStatusLabels } from '../../../src-shared/domain/visit.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { CancelVisit } from './cancel-visit.js';
import { ClosedVisit } from './closed-visit.js';
import { minutesClock } from './format-duration.js';
import { LastStepNote, StepClock } from './step-clock.js';
import { StepPanel } from './step-panel.js';
import { useNow } from './use-now.js';
import { useVisit } from './use-visit.js';
import { VisitStepper } from './visit-stepper.js';
import './visit.css';

/** One visitor's service: who, where in the SOP, how long, and the step's own panel. */
export function VisitWorkspace(props: {
  readonly visitId: string;
  readonly notice?: string;
  readonly onLeave: () => void;
  readonly onOpenSeeker: (seekerId: string) => void;
}) {
  const t = useT();
  const now = useNow();
  const { controller, loaded, error, clearError } = useVisit(props.visitId);
  if (!loaded) return <p role="status">{t('visit.loading')}</p>;
  if (!controller) return <Notice tone="error">{t('visit.notFound')}</Notice>;
  const { visit, seeker } = controller;
  const spent =
    (Date.parse(visit.closedAt ?? now.toISOString()) - Date.parse(visit.openedAt)) / 60_000;
  const name = seeker?.name ?? visit.visitorName;
  return (
    <section aria-labelledby="visit-title" className="screen visit">
      <header className="visit__header">
        <p className="visit__queue" aria-label={t('visit.queueNumber')}>
          {visit.queueNumber}
        </p>
        <div>
          <h1 id="visit-title">{serviceTypeLabels[visit.serviceType]}</h1>
          <p className="visit__who">
            {name ? t('visit.visitor', { name }) : t('visit.visitorUnknown')}
            {(seeker?.nik ?? visit.visitorNik) && (
              <span className="mono"> · NIK {seeker?.nik ?? visit.visitorNik}</span>
            )}
          </p>
        </div>
        <dl className="visit__totals">
          <div>
            <dt>{t('visit.status')}</dt>
            <dd>{visitStatusLabels[visit.status]}</dd>
          </div>
          <div>
            <dt>{t('visit.totalTime')}</dt>
            <dd className="mono">
              {minutesClock(spent)} / {standardMinutesFor(visit.plannedSteps)}:00
            </dd>
          </div>
        </dl>
      </header>
      {props.notice && visit.steps.length <= 1 && <Notice tone="info">{props.notice}</Notice>}
      <div className="visit__body">
        <VisitStepper visit={visit} now={now} />
        <div className="visit__main">
          <StepClock visit={visit} now={now} />
          <LastStepNote visit={visit} />
          {error && (
            <Notice tone="error">
              {error}{' '}
              <button type="button" className="link-button" onClick={clearError}>
                {t('visit.dismiss')}
              </button>
            </Notice>
          )}
          {visit.status === 'berjalan' ? (
            <StepPanel key={visit.steps.length} controller={controller} />
          ) : (
            <ClosedVisit controller={controller} onNext={props.onLeave} />
          )}
        </div>
      </div>
      <footer className="visit__footer">
        <button type="button" onClick={props.onLeave}>
          {t('visit.leave')}
        </button>
        {seeker && (
          <button type="button" onClick={() => props.onOpenSeeker(seeker.id)}>
            {t('visit.openSeeker')}
          </button>
        )}
        {visit.status === 'berjalan' && <CancelVisit controller={controller} />}
      </footer>
    </section>
  );
}
