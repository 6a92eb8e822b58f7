import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '../../src-shared/ipc/channels/app.js';
import type { LoketApi } from '../api.js';
import type { SeekersRepository } from '../db/seekers-repository.js';

/** Everything a screen may use, created once at start-up (see main.tsx) and injected by tests. */
export interface AppServices {
  readonly api: LoketApi;
  readonly info: AppInfo;
  readonly seekers: SeekersRepository;
  /** Today's date at the counter (local time), YYYY-MM-DD. */
  readonly today: () => string;
}

const ServicesContext = createContext<AppServices | undefined>(undefined);

export function ServicesProvider(props: {
  readonly services: AppServices;
  readonly children: ReactNode;
}) {
  return (
    <ServicesContext.Provider value={props.services}>{props.children}</ServicesContext.Provider>
  );
}

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices() di luar ServicesProvider');
  return services;
}

/** Local calendar date, not UTC: at 07:30 WITA the UTC date is still yesterday. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
