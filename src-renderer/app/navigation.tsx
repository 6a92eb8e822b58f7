import { useT } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/id.js';

/** The main menu's screens, in the order the counter uses them. */
export const sections = [
  'counter',
  'register',
  'seekers',
  'book',
  'vacancies',
  'printers',
  'settings',
  'backfill',
  'sync',
] as const;
export type Section = (typeof sections)[number];

const labels: Readonly<Record<Section, MessageKey>> = {
  counter: 'nav.counter',
  register: 'nav.register',
  seekers: 'nav.seekers',
  book: 'nav.book',
  vacancies: 'nav.vacancies',
  printers: 'nav.printers',
  settings: 'nav.settings',
  backfill: 'nav.backfill',
  sync: 'nav.sync',
};

export function Navigation(props: {
  readonly current: Section;
  readonly onNavigate: (section: Section) => void;
}) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')} className="navigation">
      <ul>
        {sections.map((section) => (
          <li key={section}>
            <button
              type="button"
              aria-current={props.current === section ? 'page' : undefined}
              onClick={() => props.onNavigate(section)}
            >
              {t(labels[section])}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
