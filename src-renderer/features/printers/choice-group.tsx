/** A small set of radio buttons under one legend: every choice visible, arrow keys move. */
export function ChoiceGroup<V extends string>(props: {
  readonly name: string;
  readonly legend: string;
  readonly value: V;
  readonly options: readonly {
    readonly value: V;
    readonly label: string;
    readonly hint?: string;
  }[];
  readonly onChange: (value: V) => void;
}) {
  return (
    <fieldset className="choice-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => {
        const id = `${props.name}-${option.value}`;
        return (
          <div className="choice-group__option" key={option.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={option.value}
              checked={props.value === option.value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={() => props.onChange(option.value)}
            />
            <label htmlFor={id}>{option.label}</label>
            {option.hint && (
              <p id={`${id}-hint`} className="field__hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
