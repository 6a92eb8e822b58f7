import { useState } from 'react';
import type { Seeker, SeekerDraft } from '../../src-shared/domain/seeker.js';
import { VacancyCatalogueScreen } from '../features/counselling/vacancy-catalogue-screen.js';
import { HandoverBookScreen } from '../features/handover/handover-book-screen.js';
import { BackfillScreen } from '../features/manual-backfill/backfill-screen.js';
import { PrintJobsPanel } from '../features/printers/print-jobs-panel.js';
import { PrinterSettingsScreen } from '../features/printers/printer-settings-screen.js';
import { RegistrationScreen } from '../features/registration/registration-screen.js';
import { emptyDraft } from '../features/registration/use-registration.js';
import { SeekerDetailScreen } from '../features/seekers/seeker-detail-screen.js';
import { SeekersScreen } from '../features/seekers/seekers-screen.js';
import { SettingsScreen } from '../features/settings/settings-screen.js';
import { SyncScreen } from '../features/sync/sync-screen.js';
import { CounterScreen, type ActiveVisit } from '../features/visit/counter-screen.js';
import { useT } from '../i18n/i18n.js';
import type { Section } from './navigation.js';

export type View =
  | { readonly name: Section }
  | {
      readonly name: 'detail';
      readonly seekerId: string;
      readonly notice?: { tone: 'success' | 'warning'; text: string };
    };

/**
 * The screen for the current view. Drafts, the search query and the visit in progress live
 * here, above the screens, so moving between screens never loses what was typed.
 */
export function Screens(props: { readonly view: View; readonly onView: (view: View) => void }) {
  const t = useT();
  const [draft, setDraft] = useState<SeekerDraft>(emptyDraft);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState<ActiveVisit | undefined>(undefined);
  const { view, onView } = props;

  function openSeeker(seeker: Seeker, how: 'registered' | 'already-registered' | 'browsed') {
    const notice =
      how === 'registered'
        ? { tone: 'success' as const, text: t('register.saved', { name: seeker.name }) }
        : how === 'already-registered'
          ? { tone: 'warning' as const, text: t('register.duplicate', { nik: seeker.nik }) }
          : undefined;
    onView({ name: 'detail', seekerId: seeker.id, ...(notice ? { notice } : {}) });
  }

  switch (view.name) {
    case 'counter':
      return (
        <CounterScreen
          active={active}
          onActiveChange={setActive}
          onOpenSeeker={(seekerId) => onView({ name: 'detail', seekerId })}
        />
      );
    case 'register':
      return (
        <RegistrationScreen draft={draft} onDraftChange={setDraft} onOpenSeeker={openSeeker} />
      );
    case 'seekers':
      return (
        <SeekersScreen
          query={query}
          onQueryChange={setQuery}
          onOpen={(s) => openSeeker(s, 'browsed')}
        />
      );
    case 'book':
      return <HandoverBookScreen />;
    case 'vacancies':
      return <VacancyCatalogueScreen />;
    case 'printers':
      return (
        <>
          <PrinterSettingsScreen />
          <PrintJobsPanel />
        </>
      );
    case 'settings':
      return <SettingsScreen />;
    case 'backfill':
      return <BackfillScreen />;
    case 'sync':
      return <SyncScreen />;
    case 'detail':
      return (
        <SeekerDetailScreen
          key={view.seekerId}
          seekerId={view.seekerId}
          {...(view.notice ? { notice: view.notice } : {})}
          onBack={() => onView({ name: 'seekers' })}
        />
      );
  }
}
