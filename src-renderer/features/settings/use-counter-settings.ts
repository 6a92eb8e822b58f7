import { useEffect, useState } from 'react';
import { useServices } from '../../app/services.js';
import type { CounterSettings } from '../../db/settings-repository.js';

/** The counter's settings as stored now; undefined while loading. */
export function useCounterSettings(): CounterSettings | undefined {
  const { settings } = useServices();
  const [value, setValue] = useState<CounterSettings | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void settings.load().then((loaded) => {
      if (current) setValue(loaded);
    });
    return () => {
      current = false;
    };
  }, [settings]);
  return value;
}
