import type { AppInfo } from '../../src-shared/ipc/channels/app.js';
import { PrinterStatusBadge } from '../features/printers/printer-status-badge.js';
import { SyncStatusBadge } from '../features/sync/sync-status-badge.js';
import { useT, type Language } from '../i18n/i18n.js';
import { DutyPicker } from './duty-picker.js';

export function Header(props: {
  readonly info: AppInfo;
  readonly language: Language;
  readonly onLanguageChange: (language: Language) => void;
}) {
  const t = useT();
  return (
    <header className="app-header">
      <div>
        <p className="app-header__title">{t('app.title')}</p>
        <p className="app-header__office">{t('app.office')}</p>
      </div>
      <div className="app-header__status">
        <span>
          {t('app.counter', { code: props.info.counter.code, name: props.info.counter.name })}
        </span>
        <span>{t(props.info.mode === 'electron' ? 'app.mode.electron' : 'app.mode.browser')}</span>
        <DutyPicker />
        <PrinterStatusBadge />
        <SyncStatusBadge />
        <label>
          {t('app.language')}{' '}
          <select
            value={props.language}
            onChange={(e) => props.onLanguageChange(e.target.value === 'en' ? 'en' : 'id')}
          >
            <option value="id">Bahasa Indonesia</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
    </header>
  );
}
