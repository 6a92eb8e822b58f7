import { useEffect, useState } from 'react';
import { useServices } from '../../app/services.js';

/** The counter clock, ticking every `intervalMs` while the component is on screen. */
export function useNow(intervalMs = 1000): Date {
  const { now } = useServices();
  const [date, setDate] = useState(() => now());
  useEffect(() => {
    const timer = setInterval(() => setDate(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return date;
}
