import { useState } from 'react';
import type { Seeker, SeekerDraft } from '../../src-shared/domain/seeker.js';
import { RegistrationScreen } from '../features/registration/registration-screen.js';
import { emptyDraft } from '../features/registration/use-registration.js';
import { SeekerDetailScreen } from '../features/seekers/seeker-detail-screen.js';
import { SeekersScreen } from '../features/seekers/seekers-screen.js';
import { I18nProvider, type Language } from '../i18n/i18n.js';
import { Header } from './header.js';
import { Navigation, type Section } from './navigation.js';
import { ServicesProvider, type AppServices } from './services.js';
import { translator } from '../i18n/i18n.js';

type View =
  | { readonly name: 'register' }
  | { readonly name: 'seekers' }
  | {
      readonly name: 'detail';
      readonly seekerId: string;
      readonly notice?: { tone: 'success' | 'warning'; text: string };
    };

export function App(props: {
  readonly services: AppServices;
  readonly initialLanguage?: Language;
}) {
  const [language, setLanguage] = useState<Language>(props.initialLanguage ?? 'id');
  const [view, setView] = useState<View>({ name: 'register' });
  // Drafts and queries live here so that moving between screens never loses what was typed.
  const [draft, setDraft] = useState<SeekerDraft>(emptyDraft);
  const [query, setQuery] = useState('');
  const t = translator(language);

  function openSeeker(seeker: Seeker, how: 'registered' | 'already-registered' | 'browsed') {
    const notice =
      how === 'registered'
        ? { tone: 'success' as const, text: t('register.saved', { name: seeker.name }) }
        : how === 'already-registered'
          ? { tone: 'warning' as const, text: t('register.duplicate', { nik: seeker.nik }) }
          : undefined;
    setView({ name: 'detail', seekerId: seeker.id, ...(notice ? { notice } : {}) });
  }

  const section: Section = view.name === 'register' ? 'register' : 'seekers';
  return (
    <ServicesProvider services={props.services}>
      <I18nProvider language={language}>
        <a className="skip-link" href="#main">
          Lompat ke isi
        </a>
        <Header info={props.services.info} language={language} onLanguageChange={setLanguage} />
        <div className="layout">
          <Navigation
            current={section}
            onNavigate={(name) =>
              setView(name === 'register' ? { name: 'register' } : { name: 'seekers' })
            }
          />
          <main id="main" tabIndex={-1}>
            {view.name === 'register' && (
              <RegistrationScreen
                draft={draft}
                onDraftChange={setDraft}
                onOpenSeeker={openSeeker}
              />
            )}
            {view.name === 'seekers' && (
              <SeekersScreen
                query={query}
                onQueryChange={setQuery}
                onOpen={(s) => openSeeker(s, 'browsed')}
              />
            )}
            {view.name === 'detail' && (
              <SeekerDetailScreen
                key={view.seekerId}
                seekerId={view.seekerId}
                {...(view.notice ? { notice: view.notice } : {})}
                onBack={() => setView({ name: 'seekers' })}
              />
            )}
          </main>
        </div>
      </I18nProvider>
    </ServicesProvider>
  );
}
