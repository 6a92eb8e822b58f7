import { createContext, useContext, type ReactNode } from 'react';
import type { AppInfo } from '../../src-shared/ipc/channels/app.js';
import type { LoketApi } from '../api.js';
import type { CardsRepository } from '../db/cards-repository.js';
import type { CardStepsRepository } from '../db/card-steps-repository.js';
import type { CounsellingRepository } from '../db/counselling-repository.js';
import type { VacanciesRepository } from '../db/vacancies-repository.js';
import type { DuplicateDecisionsRepository } from '../db/duplicate-decisions-repository.js';
import type { HandoversRepository } from '../db/handovers-repository.js';
import type { NumberRepository } from '../db/number-repository.js';
import type { OfficersRepository } from '../db/officers-repository.js';
import type { PlacementsRepository } from '../db/placements-repository.js';
import type { ReportsRepository } from '../db/reports-repository.js';
import type { SeekersRepository } from '../db/seekers-repository.js';
import type { SettingsRepository } from '../db/settings-repository.js';
import type { VisitsRepository } from '../db/visits-repository.js';
import type { SyncServices } from '../sync/sync-services.js';
import type { BackfillRepository } from '../db/backfill-repository.js';

/** Who is at the counter now: repositories stamp their records with this officer. */
export interface DutyOfficer {
  current(): string;
  set(officerId: string): void;
}

/** Everything a screen may use, created once at start-up (see main.tsx) and injected by tests. */
export interface AppServices {
  readonly api: LoketApi;
  readonly info: AppInfo;
  readonly seekers: SeekersRepository;
  readonly cards: CardsRepository;
  readonly cardSteps: CardStepsRepository;
  readonly visits: VisitsRepository;
  readonly officers: OfficersRepository;
  readonly numbers: NumberRepository;
  readonly settings: SettingsRepository;
  readonly reports: ReportsRepository;
  readonly placements: PlacementsRepository;
  readonly handovers: HandoversRepository;
  readonly duplicateDecisions: DuplicateDecisionsRepository;
  readonly counselling: CounsellingRepository;
  readonly vacancies: VacanciesRepository;
  readonly duty: DutyOfficer;
  /** Today's date at the counter (local time), YYYY-MM-DD. */
  readonly today: () => string;
  readonly now: () => Date;
  /** Sync with the city system; absent where a test builds services without it. */
  readonly sync?: SyncServices;
  /** Typing in the paper books after an outage. */
  readonly backfill?: BackfillRepository;
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
