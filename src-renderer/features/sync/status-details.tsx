import type { SyncLinkStatus } from '../../../src-shared/ipc/channels/sync.js';
import { Notice } from '../../components/notice.js';
import { useT, type Translate } from '../../i18n/i18n.js';
import type { SyncStatus } from '../../sync/sync-status.js';
import { ageText, skewText, timeText } from './status-text.js';

function warnings(t: Translate, status: SyncStatus): string[] {
  const list: string[] = [];
  if (status.staleWarning) {
    list.push(
      status.daysSinceSuccess === null
        ? t('sync.warn.neverSynced', { days: status.staleDays })
        : t('sync.warn.stale', { days: status.daysSinceSuccess }),
    );
  }
  if (status.clockSkewWarning && status.clockSkewMs !== null) {
    list.push(t('sync.warn.clock', { skew: skewText(t, status.clockSkewMs) }));
  }
  if (status.link === 'not-enrolled') list.push(t('sync.warn.notEnrolled'));
  if (status.link === 'unauthorised') list.push(t('sync.warn.unauthorised'));
  return list;
}

/** Every number behind the badge, with what each means, and the warnings in words. */
export function StatusDetails(props: {
  readonly status: SyncStatus;
  readonly link: SyncLinkStatus | undefined;
}) {
  const t = useT();
  const { status, link } = props;
  const lastErrorIsCurrent =
    status.lastError !== null && (status.lastSuccessAt ?? '') < status.lastError.at;
  return (
    <section aria-labelledby="sync-status-title">
      <h2 id="sync-status-title">{t('sync.status.title')}</h2>
      {warnings(t, status).map((text) => (
        <Notice key={text} tone="warning">
          {text}
        </Notice>
      ))}
      <dl className="detail-list">
        <dt>{t('sync.status.server')}</dt>
        <dd>{link?.serverUrl ?? t('sync.status.noServer')}</dd>
        <dt>{t('sync.status.link')}</dt>
        <dd>{status.syncing ? t('sync.badge.syncing') : t(`sync.link.${status.link}`)}</dd>
        <dt>{t('sync.status.waiting')}</dt>
        <dd>
          {status.waiting === 0
            ? t('sync.status.nothingWaiting')
            : t('sync.status.waitingSince', {
                count: status.waiting,
                age: ageText(t, status.oldestWaitingAgeMs ?? 0),
              })}
        </dd>
        <dt>{t('sync.status.files')}</dt>
        <dd>{status.filesWaiting}</dd>
        <dt>{t('sync.status.lastSuccess')}</dt>
        <dd>{timeText(status.lastSuccessAt)}</dd>
        <dt>{t('sync.status.lastError')}</dt>
        <dd>
          {lastErrorIsCurrent && status.lastError
            ? `${timeText(status.lastError.at)}: ${status.lastError.message}`
            : '—'}
        </dd>
        <dt>{t('sync.status.clock')}</dt>
        <dd>{status.clockSkewMs === null ? '—' : skewText(t, status.clockSkewMs)}</dd>
        <dt>{t('sync.status.next')}</dt>
        <dd>{timeText(status.nextAttemptAt)}</dd>
      </dl>
    </section>
  );
}
