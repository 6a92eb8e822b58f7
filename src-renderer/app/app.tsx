import { useState } from 'react';
import { I18nProvider, type Language } from '../i18n/i18n.js';
import { DraftsProvider } from './drafts.js';
import { DutyProvider } from './duty.js';
import { Header } from './header.js';
import { MainNavigation } from './main-navigation.js';
import { Screens, type View } from './screens.js';
import { ServicesProvider, type AppServices } from './services.js';

export function App(props: {
  readonly services: AppServices;
  readonly initialLanguage?: Language;
}) {
  const [language, setLanguage] = useState<Language>(props.initialLanguage ?? 'id');
  const [view, setView] = useState<View>({ name: 'counter' });
  return (
    <ServicesProvider services={props.services}>
      <I18nProvider language={language}>
        <DutyProvider>
          <DraftsProvider>
            <a className="skip-link" href="#main">
              Lompat ke isi
            </a>
            <Header info={props.services.info} language={language} onLanguageChange={setLanguage} />
            <div className="layout">
              <MainNavigation
                current={view.name === 'detail' ? 'seekers' : view.name}
                onNavigate={(name) => setView({ name })}
              />
              <main id="main" tabIndex={-1}>
                <Screens view={view} onView={setView} />
              </main>
            </div>
          </DraftsProvider>
        </DutyProvider>
      </I18nProvider>
    </ServicesProvider>
  );
}
