import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';

interface FieldFrame {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly children?: ReactNode;
}

/** Label, control, hint and error wired together with aria so screen readers and tests find them. */
function describedBy(frame: FieldFrame): string | undefined {
  const ids = [frame.hint ? `${frame.id}-hint` : '', frame.error ? `${frame.id}-error` : ''].filter(
    Boolean,
  );
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Frame(props: FieldFrame & { readonly control: ReactNode }) {
  return (
    <div className={props.error ? 'field field--invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {props.control}
      {props.hint && (
        <p id={`${props.id}-hint`} className="field__hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={`${props.id}-error`} className="field__error">
          {props.error}
        </p>
      )}
      {props.children}
    </div>
  );
}

export function TextField(props: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  const { id, label, hint, error, children, ...input } = props;
  return (
    <Frame
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          {...input}
        />
      }
    >
      {children}
    </Frame>
  );
}

export function SelectField(
  props: FieldFrame &
    Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
      readonly options: readonly { readonly value: string; readonly label: string }[];
      readonly placeholder: string;
    },
) {
  const { id, label, hint, error, children, options, placeholder, ...select } = props;
  return (
    <Frame
      id={id}
      label={label}
      hint={hint}
      error={error}
      control={
        <select
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(props)}
          {...select}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      }
    >
      {children}
    </Frame>
  );
}
