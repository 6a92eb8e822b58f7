import { ok } from '../../src-shared/domain/outcome.js';
import type { AppInfo, CounterIdentity } from '../../src-shared/ipc/channels/app.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';

export interface AppHandlerDeps {
  readonly version: string;
  readonly mode: AppInfo['mode'];
  readonly counter: CounterIdentity;
  readonly dataDir: string;
  readonly now: () => Date;
}

export function appHandlers(deps: AppHandlerDeps): Pick<InvokeHandlers, 'app:info'> {
  return {
    'app:info': async () =>
      ok({
        version: deps.version,
        mode: deps.mode,
        counter: deps.counter,
        dataDir: deps.dataDir,
        now: deps.now().toISOString(),
      }),
  };
}
