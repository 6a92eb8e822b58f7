import { useT } from '../../i18n/i18n.js';
import { StartVisitForm } from './start-visit-form.js';
import { TodayVisits } from './today-visits.js';
import './visit.css';
import { VisitWorkspace } from './visit-workspace.js';

export interface ActiveVisit {
  readonly visitId: string;
  readonly notice?: string;
}

/** Layanan loket: start a visit with a queue number, or carry on with one of today's. */
export function CounterScreen(props: {
  readonly active: ActiveVisit | undefined;
  readonly onActiveChange: (active: ActiveVisit | undefined) => void;
  readonly onOpenSeeker: (seekerId: string) => void;
}) {
  const t = useT();
  if (props.active) {
    return (
      <VisitWorkspace
        key={props.active.visitId}
        visitId={props.active.visitId}
        {...(props.active.notice ? { notice: props.active.notice } : {})}
        onLeave={() => props.onActiveChange(undefined)}
        onOpenSeeker={props.onOpenSeeker}
      />
    );
  }
  return (
    <section aria-labelledby="lobby-title" className="screen">
      <h1 id="lobby-title">{t('lobby.title')}</h1>
      <p className="screen__intro">{t('lobby.intro')}</p>
      <StartVisitForm onStarted={(visitId, notice) => props.onActiveChange({ visitId, notice })} />
      <TodayVisits onOpen={(visitId) => props.onActiveChange({ visitId })} />
    </section>
  );
}
