import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import type { SystemPrinterList } from './use-system-printers.js';

/** One datalist of installed printers that the name fields suggest from. */
export const systemPrintersListId = 'system-printers';

export function SystemPrinterDatalist(props: { readonly printers: SystemPrinterList }) {
  return (
    <datalist id={systemPrintersListId}>
      {props.printers.list?.printers.map((p) => (
        <option key={p.name} value={p.name}>
          {p.label}
        </option>
      ))}
    </datalist>
  );
}

/**
 * The installed printers as buttons under a name field: one press fills in the exact system
 * name, so nobody has to copy it from the operating system by hand.
 */
export function SystemPrinterChoices(props: {
  readonly id: string;
  readonly printers: SystemPrinterList;
  readonly current: string;
  readonly onPick: (name: string) => void;
  /** Say so when the typed name is not an installed printer (a typo prints nothing). */
  readonly warnIfMissing?: boolean;
}) {
  const t = useT();
  const { list, loading } = props.printers;
  const titleId = `${props.id}-title`;
  const typed = props.current.trim();
  const missing =
    props.warnIfMissing === true &&
    typed !== '' &&
    list !== undefined &&
    list.printers.length > 0 &&
    !list.printers.some((printer) => printer.name === typed);
  return (
    <div className="system-printers" role="group" aria-labelledby={titleId}>
      {missing && <Notice tone="warning">{t('printers.system.missing', { name: typed })}</Notice>}
      <span id={titleId} className="system-printers__title">
        {t('printers.system.title')}
      </span>
      {loading && !list && <span className="field__hint">{t('printers.system.loading')}</span>}
      {list?.printers.map((printer) => (
        <button
          key={printer.name}
          type="button"
          className="system-printers__choice"
          aria-pressed={printer.name === props.current.trim()}
          onClick={() => props.onPick(printer.name)}
        >
          {printer.label}
          {printer.label !== printer.name && <span className="mono"> ({printer.name})</span>}
          {printer.isDefault && ` · ${t('printers.system.default')}`}
        </button>
      ))}
      {list?.problem && <p className="field__hint">{list.problem}</p>}
      <button
        type="button"
        className="link-button"
        disabled={loading}
        onClick={props.printers.refresh}
      >
        {t('printers.system.refresh')}
      </button>
    </div>
  );
}
