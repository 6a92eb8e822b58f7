import { useCallback, useEffect, useRef, useState } from 'react';
import type { ThermalStatusState } from '../../../src-shared/ipc/channels/printer.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { usePrinterActivity } from './printer-activity.js';
import './printers.css';

const pollMs = 10_000;

type BadgeState = ThermalStatusState | 'checking' | 'no-answer';

const tones: Record<BadgeState, 'ok' | 'bad' | 'idle'> = {
  ready: 'ok',
  'paper-out': 'bad',
  'cover-open': 'bad',
  offline: 'bad',
  unreachable: 'bad',
  unknown: 'idle',
  disabled: 'idle',
  checking: 'idle',
  'no-answer': 'bad',
};

/**
 * The thermal printer's state in the header, checked every 10 s, when the window regains focus
 * and after every print or settings change. A failed check is shown too: never silent.
 */
export function PrinterStatusBadge() {
  const { api } = useServices();
  const t = useT();
  const [state, setState] = useState<BadgeState>('checking');
  const [detail, setDetail] = useState('');
  const [nearEnd, setNearEnd] = useState(false);
  const checking = useRef(false);
  /** Asked again while a check was running: its answer may predate what was asked about. */
  const again = useRef(false);

  const refresh = useCallback(async () => {
    if (checking.current) {
      again.current = true;
      return;
    }
    checking.current = true;
    let result = await api.invoke('printer:status', {});
    // Bounded: one more check covers every request that came in while the first ran.
    if (again.current) {
      again.current = false;
      result = await api.invoke('printer:status', {});
    }
    checking.current = false;
    if (result.ok) {
      setState(result.value.state);
      setDetail(result.value.message);
      setNearEnd(result.value.paperNearEnd);
    } else {
      setState('no-answer');
      setDetail(result.error.message);
      setNearEnd(false);
    }
  }, [api]);

  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), pollMs);
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [refresh]);

  // A check asked for while a ticket prints waits for it in the main process (one connection
  // per printer), so the badge shows the state after the print.
  usePrinterActivity(() => void refresh());

  const label = t(`printers.status.${state}`);
  return (
    <span
      role="status"
      className={`status-badge status-badge--${tones[state]}`}
      title={detail || undefined}
    >
      <span className="status-badge__dot" aria-hidden="true" />
      {t('printers.status.label', { state: label })}
      {nearEnd && state === 'ready' ? ` ${t('printers.status.nearEnd')}` : ''}
    </span>
  );
}
