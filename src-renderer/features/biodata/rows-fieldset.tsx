import type { ReactNode } from 'react';
import { useT } from '../../i18n/i18n.js';

/**
 * Repeating rows (education, training, languages, work experience...): each row is a group
 * named "<item> <n>" with its own remove button, and one button adds a row.
 */
export function RowsFieldset<T>(props: {
  readonly legend: string;
  readonly item: string;
  readonly rows: readonly T[];
  readonly empty: T;
  readonly onChange: (rows: readonly T[]) => void;
  readonly renderRow: (row: T, index: number) => ReactNode;
  readonly error?: string;
  readonly id?: string;
}) {
  const t = useT();
  return (
    <fieldset className="rows" id={props.id} tabIndex={props.id ? -1 : undefined}>
      <legend>{props.legend}</legend>
      {props.error && <p className="field__error">{props.error}</p>}
      {props.rows.length === 0 && <p className="field__hint">{t('rows.none')}</p>}
      {props.rows.map((row, i) => (
        <fieldset key={i} className="rows__row">
          <legend>{`${props.item} ${i + 1}`}</legend>
          <div className="rows__fields">{props.renderRow(row, i)}</div>
          <button
            type="button"
            className="rows__remove"
            onClick={() => props.onChange(props.rows.filter((_, j) => j !== i))}
          >
            {t('rows.remove', { item: `${props.item} ${i + 1}` })}
          </button>
        </fieldset>
      ))}
      <button type="button" onClick={() => props.onChange([...props.rows, props.empty])}>
        {t('rows.add', { item: props.item.toLowerCase() })}
      </button>
    </fieldset>
  );
}
