import type { CardPrintRecord } from '../../../src-shared/domain/records.js';
import { useT } from '../../i18n/i18n.js';

/** The reprint log of one card, as the officer and an auditor read it. */
export function PrintHistory(props: { readonly prints: readonly CardPrintRecord[] }) {
  const t = useT();
  return (
    <section aria-labelledby="card-prints-title" className="card-step__prints">
      <h3 id="card-prints-title">{t('card.prints')}</h3>
      {props.prints.length === 0 ? (
        <p>{t('card.prints.none')}</p>
      ) : (
        <ol aria-labelledby="card-prints-title">
          {props.prints.map((p) => (
            <li key={p.id}>
              {t('card.prints.row', {
                copy: p.copy,
                at: new Date(p.printedAt).toLocaleString('id-ID'),
                printer: p.printer,
              })}
              {p.reason && ` — ${t('card.prints.reason', { reason: p.reason })}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
