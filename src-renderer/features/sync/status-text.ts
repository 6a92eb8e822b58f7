import type { Translate } from '../../i18n/i18n.js';
import type { SyncStatus } from '../../sync/sync-status.js';

const minuteMs = 60_000;

/** "5 menit", "3 jam", "2 hari": a coarse age for people. */
export function ageText(t: Translate, ms: number): string {
  if (ms < minuteMs) return t('sync.age.now');
  if (ms < 60 * minuteMs) return t('sync.age.minutes', { count: Math.floor(ms / minuteMs) });
  if (ms < 24 * 60 * minuteMs)
    return t('sync.age.hours', { count: Math.floor(ms / (60 * minuteMs)) });
  return t('sync.age.days', { count: Math.floor(ms / (24 * 60 * minuteMs)) });
}

export function timeText(iso: string | null): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('id-ID', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}

/** Badge tone: red when the officer must act, amber when waiting or warned, green when in sync. */
export function toneOf(status: SyncStatus): 'ok' | 'warn' | 'bad' | 'idle' {
  if (status.link === 'not-enrolled' || status.link === 'unauthorised') return 'bad';
  if (status.attention > 0 || status.staleWarning) return 'bad';
  if (status.link === 'offline' || status.link === 'error' || status.clockSkewWarning)
    return 'warn';
  if (status.link === 'online') return status.waiting > 0 ? 'warn' : 'ok';
  return 'idle';
}

export function skewText(t: Translate, skewMs: number): string {
  const minutes = Math.round(Math.abs(skewMs) / minuteMs);
  if (minutes === 0) return t('sync.skew.none');
  return t(skewMs > 0 ? 'sync.skew.ahead' : 'sync.skew.behind', { minutes });
}
