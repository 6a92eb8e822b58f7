import { useState } from 'react';
import { Notice } from '../../components/notice.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { AttentionList } from './attention-list.js';
import { EnrolmentForm } from './enrolment-form.js';
import { StaleDaysField } from './stale-days-field.js';
import { StatusDetails } from './status-details.js';
import { useSyncLink } from './use-sync-link.js';
import { useSyncStatus } from './use-sync-status.js';
import './sync.css';

/** Sinkronisasi: enrol the counter, see the status in detail, sync now, and act on issues. */
export function SyncScreen() {
  const t = useT();
  const { info } = useServices();
  const { status, sync } = useSyncStatus();
  const { link, loadError, enrol } = useSyncLink();
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | undefined>();
  const [runs, setRuns] = useState(0);

  async function syncNow() {
    if (!sync) return;
    setOutcome(undefined);
    const result = await sync.engine.syncNow();
    setRuns((count) => count + 1);
    if (result.ok)
      setOutcome({
        tone: 'success',
        text: t('sync.now.done', { pushed: result.pushed, pulled: result.pulled }),
      });
    else if ('busy' in result) setOutcome({ tone: 'error', text: t('sync.now.busy') });
    else setOutcome({ tone: 'error', text: result.error.message });
  }

  return (
    <section aria-labelledby="sync-title" className="screen sync-screen">
      <h1 id="sync-title">{t('sync.title')}</h1>
      <p className="screen__intro">{t('sync.intro')}</p>
      {loadError && <Notice tone="error">{loadError}</Notice>}
      <StatusDetails status={status} link={link} />
      <div className="sync-actions">
        <button
          type="button"
          className="primary"
          disabled={!sync || status.syncing}
          onClick={() => void syncNow()}
        >
          {t(status.syncing ? 'sync.now.running' : 'sync.now')}
        </button>
      </div>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      {sync && <AttentionList sync={sync} version={runs + status.attention} />}
      {/* Shown once the saved link is known: the form then starts from it, and nothing the
          officer types can be replaced by a late answer. */}
      {link || loadError ? (
        <EnrolmentForm link={link} defaultName={info.counter.name} onEnrol={enrol} />
      ) : (
        <p className="field__hint">{t('sync.enrol.loading')}</p>
      )}
      {sync && (
        <StaleDaysField days={status.staleDays} onChange={(days) => sync.setStaleDays(days)} />
      )}
    </section>
  );
}
