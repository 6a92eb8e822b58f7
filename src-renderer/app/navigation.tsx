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
  /** How many things wait for the officer on a screen (failed prints, sync conflicts). */
  readonly attention?: Partial<Readonly<Record<Section, number>>>;
}) {
  const t = useT();
  return (
    <nav aria-label={t('nav.label')} className="navigation">
      <ul>
        {sections.map((section) => {
          const waiting = props.attention?.[section] ?? 0;
          return (
            <li key={section}>
              <button
                type="button"
                aria-current={props.current === section ? 'page' : undefined}
                onClick={() => props.onNavigate(section)}
              >
                {t(labels[section])}
                {waiting > 0 && (
                  <span className="navigation__attention">
                    <span aria-hidden="true">{waiting}</span>
                    <span className="visually-hidden">
                      {`(${t('nav.attention', { count: waiting })})`}
                    </span>
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
