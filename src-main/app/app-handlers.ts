import { fail, ok } from '../../src-shared/domain/outcome.js';
import type { AppInfo, CounterIdentity } from '../../src-shared/ipc/channels/app.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';
import { saveCounterIdentity } from './counter-identity.js';

export interface AppHandlerDeps {
  readonly version: string;
  readonly mode: AppInfo['mode'];
  /** Mutable on purpose: the officer may set the counter's code in Pengaturan. */
  counter: CounterIdentity;
  readonly dataDir: string;
  readonly now: () => Date;
}

export function appHandlers(
  deps: AppHandlerDeps,
): Pick<InvokeHandlers, 'app:info' | 'app:counter:set'> {
  return {
    'app:info': async () =>
      ok({
        version: deps.version,
        mode: deps.mode,
        counter: deps.counter,
        dataDir: deps.dataDir,
        now: deps.now().toISOString(),
      }),
    'app:counter:set': async ({ code, name }) => {
      const identity: CounterIdentity = { id: deps.counter.id, code, name };
      try {
        await saveCounterIdentity(deps.dataDir, identity);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        return fail('COUNTER_WRITE_FAILED', `Identitas loket tidak dapat disimpan: ${reason}`);
      }
      deps.counter = identity;
      return ok(identity);
    },
  };
}
