import type { Failure } from '../../src-shared/domain/outcome.js';

/** The list of what to fix, announced to screen readers; each item jumps to its field. */
export function ErrorSummary(props: {
  readonly title: string;
  readonly errors: readonly Failure[];
}) {
  if (props.errors.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <p className="error-summary__title">{props.title}</p>
      <ul>
        {props.errors.map((error) => (
          <li key={`${error.field ?? ''}-${error.code}`}>
            {error.field ? <a href={`#${error.field}`}>{error.message}</a> : error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
