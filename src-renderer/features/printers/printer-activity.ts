import { useEffect, useRef } from 'react';

/**
 * Prints start on one screen and show up on others (header badge, jobs panel). A DOM event on
 * the window links them without a shared store: whoever listens refreshes from the main process.
 */
const eventName = 'loket:printer-activity';

export type PrinterActivity = 'print-started' | 'print-finished' | 'settings-saved';

export function announcePrinterActivity(activity: PrinterActivity, target: EventTarget = window) {
  target.dispatchEvent(new CustomEvent<PrinterActivity>(eventName, { detail: activity }));
}

/** Calls the latest `onActivity` for every announcement while the component is mounted. */
export function usePrinterActivity(onActivity: (activity: PrinterActivity) => void) {
  const latest = useRef(onActivity);
  useEffect(() => {
    latest.current = onActivity;
  });
  useEffect(() => {
    const listener = (event: Event) => {
      if (event instanceof CustomEvent && isActivity(event.detail)) latest.current(event.detail);
    };
    window.addEventListener(eventName, listener);
    return () => window.removeEventListener(eventName, listener);
  }, []);
}

function isActivity(value: unknown): value is PrinterActivity {
  return value === 'print-started' || value === 'print-finished' || value === 'settings-saved';
}
