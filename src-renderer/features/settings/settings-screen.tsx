import { useT } from '../../i18n/i18n.js';
import { DisposisiSettings } from './disposisi-settings.js';
import { NumberingSettings } from './numbering-settings.js';
import { OfficersSettings } from './officers-settings.js';
import { PolicySettings } from './policy-settings.js';
import { RequirementsSettings } from './requirements-settings.js';
import { StorageSettings } from './storage-settings.js';
import { useCounterSettings } from './use-counter-settings.js';

/** Pengaturan: officers and delegations, the document checklist, policies and numbering. */
export function SettingsScreen() {
  const t = useT();
  const settings = useCounterSettings();
  return (
    <section aria-labelledby="settings-title" className="screen settings">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <p className="screen__intro">{t('settings.intro')}</p>
      <OfficersSettings />
      <DisposisiSettings />
      {settings && (
        <>
          <RequirementsSettings initial={settings.requirements} />
          <PolicySettings policy={settings.policy} validity={settings.validity} />
          <NumberingSettings
            pattern={settings.registrationPattern}
            kotaCode={settings.policy.homeKotaCode}
          />
        </>
      )}
      <StorageSettings />
    </section>
  );
}
