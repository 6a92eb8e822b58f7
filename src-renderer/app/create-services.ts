import type { AppInfo } from '../../src-shared/ipc/channels/app.js';
import type { LoketApi } from '../api.js';
import { createCardsRepository } from '../db/cards-repository.js';
import { createCardStepsRepository } from '../db/card-steps-repository.js';
import { createCounsellingRepository } from '../db/counselling-repository.js';
import type { LoketDatabase } from '../db/database.js';
import { createVacanciesRepository } from '../db/vacancies-repository.js';
import { createDuplicateDecisionsRepository } from '../db/duplicate-decisions-repository.js';
import { createHandoversRepository } from '../db/handovers-repository.js';
import { createNumberRepository } from '../db/number-repository.js';
import { createOfficersRepository } from '../db/officers-repository.js';
import { createPlacementsRepository } from '../db/placements-repository.js';
import { createReportsRepository } from '../db/reports-repository.js';
import type { RepositoryContext } from '../db/repository-context.js';
import { createSeekersRepository } from '../db/seekers-repository.js';
import { createSettingsRepository } from '../db/settings-repository.js';
import { createVisitsRepository } from '../db/visits-repository.js';
import { browserSyncWorld } from '../sync/browser-sync-world.js';
import { createSyncServices } from '../sync/sync-services.js';
import { createBackfillRepository } from '../db/backfill-repository.js';
import { localIsoDate, type AppServices, type DutyOfficer } from './services.js';

const dutyKey = 'loket.petugas-bertugas';

/** The officer on duty survives a reload of the page (kept in localStorage). */
function createDuty(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined): DutyOfficer {
  let current = storage?.getItem(dutyKey) ?? '';
  return {
    current: () => current,
    set: (id) => {
      current = id;
      storage?.setItem(dutyKey, id);
    },
  };
}

export function createAppServices(world: {
  readonly api: LoketApi;
  readonly info: AppInfo;
  readonly db: LoketDatabase;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly storage?: Pick<Storage, 'getItem' | 'setItem'>;
}): AppServices {
  const { db, info, now, newId } = world;
  const duty = createDuty(world.storage);
  const context: RepositoryContext = {
    db,
    now,
    newId,
    counterId: info.counter.id,
    officerId: () => duty.current() || 'petugas-loket',
  };
  const numbers = createNumberRepository(db, info.counter);
  return {
    api: world.api,
    info,
    duty,
    now,
    today: () => localIsoDate(now()),
    seekers: createSeekersRepository(context),
    visits: createVisitsRepository(context, info.counter),
    officers: createOfficersRepository(db, newId),
    numbers,
    cards: createCardsRepository(context, { allocateNumber: numbers.allocate }),
    cardSteps: createCardStepsRepository(context, { allocateNumber: numbers.allocate }),
    settings: createSettingsRepository(db),
    reports: createReportsRepository(context),
    placements: createPlacementsRepository(context),
    handovers: createHandoversRepository(context),
    duplicateDecisions: createDuplicateDecisionsRepository(context),
    counselling: createCounsellingRepository(context),
    vacancies: createVacanciesRepository(context),
    sync: createSyncServices(browserSyncWorld(world.api), context),
    backfill: createBackfillRepository(context),
  };
}
