import { createContext, useContext, useState, type ReactNode } from 'react';

/**
 * What the officer typed in a visit's forms, kept while the app runs: leaving a visit for the
 * queue list and coming back, or a failed save, never loses a field.
 */
const DraftsContext = createContext<Map<string, unknown> | undefined>(undefined);

export function DraftsProvider(props: { readonly children: ReactNode }) {
  const [drafts] = useState(() => new Map<string, unknown>());
  return <DraftsContext.Provider value={drafts}>{props.children}</DraftsContext.Provider>;
}

/** Like useState, but the value outlives the component under `key` until `clear()`. */
export function useDraft<T>(key: string, initial: () => T) {
  const drafts = useContext(DraftsContext);
  const [value, setValue] = useState<T>(() =>
    // Only this hook writes under `key`, always with the same T.
    drafts?.has(key) ? (drafts.get(key) as T) : initial(),
  );
  function set(next: T) {
    drafts?.set(key, next);
    setValue(next);
  }
  function clear() {
    drafts?.delete(key);
  }
  return [value, set, clear] as const;
}
