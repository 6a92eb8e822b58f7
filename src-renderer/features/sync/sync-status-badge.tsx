import { useT } from '../../i18n/i18n.js';
import { toneOf } from './status-text.js';
import { useSyncStatus } from './use-sync-status.js';
import './sync.css';

/**
 * The sync state in the header: link state, records waiting, and a mark when something needs
 * the officer (perlu perhatian, a clock off, no sync for days). Details on the Sinkronisasi screen.
 */
export function SyncStatusBadge(props: { readonly onOpen?: () => void }) {
  const t = useT();
  const { status, sync } = useSyncStatus();
  if (!sync) return null;
  const parts = [
    status.syncing ? t('sync.badge.syncing') : t(`sync.link.${status.link}`),
    status.waiting > 0 ? t('sync.badge.waiting', { count: status.waiting }) : '',
    status.attention > 0 ? t('sync.badge.attention', { count: status.attention }) : '',
    status.clockSkewWarning ? t('sync.badge.clock') : '',
    status.staleWarning ? t('sync.badge.stale', { days: status.staleDays }) : '',
  ].filter(Boolean);
  const label = t('sync.badge.label', { state: parts.join(' · ') });
  const content = (
    <>
      <span className="status-badge__dot" aria-hidden="true" />
      {label}
    </>
  );
  return (
    <span role="status" className={`status-badge status-badge--${toneOf(status)}`}>
      {props.onOpen ? (
        <button type="button" className="sync-badge__button" onClick={props.onOpen}>
          {content}
        </button>
      ) : (
        content
      )}
    </span>
  );
}
