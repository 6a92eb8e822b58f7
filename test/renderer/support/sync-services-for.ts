import { createLocalLock } from '../../../src-renderer/sync/sync-lock.js';
import { createSyncServices, type SyncServices } from '../../../src-renderer/sync/sync-services.js';
import { seededRandom } from '../../fakes/fault-proxy.js';
import type { TestCounter } from './sync-counter.js';

/** The renderer's sync services of a test counter, as the app wires them. */
export function syncServicesFor(counter: TestCounter): SyncServices {
  return createSyncServices(
    {
      transport: counter.transport(),
      random: seededRandom(3),
      scheduler: counter.scheduler,
      lock: createLocalLock(),
      network: counter.network,
    },
    counter.context,
  );
}
