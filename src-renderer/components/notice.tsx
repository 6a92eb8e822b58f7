import type { ReactNode } from 'react';

/** A status line: `polite` for confirmations, `alert` for what needs attention now. */
export function Notice(props: {
  readonly tone: 'success' | 'warning' | 'error' | 'info';
  readonly children: ReactNode;
}) {
  return (
    <div
      className={`notice notice--${props.tone}`}
      role={props.tone === 'error' || props.tone === 'warning' ? 'alert' : 'status'}
    >
      {props.children}
    </div>
  );
}
