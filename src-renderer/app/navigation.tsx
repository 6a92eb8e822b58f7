import { useT } from '../i18n/i18n.js';

export type Section = 'register' | 'seekers';

export function Navigation(props: {
  readonly current: Section;
  readonly onNavigate: (section: Section) => void;
}) {
  const t = useT();
  const items: { readonly section: Section; readonly label: string }[] = [
    { section: 'register', label: t('nav.register') },
    { section: 'seekers', label: t('nav.seekers') },
  ];
  return (
    <nav aria-label={t('nav.label')} className="navigation">
      <ul>
        {items.map((item) => (
          <li key={item.section}>
            <button
              type="button"
              aria-current={props.current === item.section ? 'page' : undefined}
              onClick={() => props.onNavigate(item.section)}
            >
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
