import { ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { SyncErrorCode, SyncLinkStatus } from '../../src-shared/ipc/channels/sync.js';
import type { InvokeHandlers } from '../../src-shared/ipc/contract.js';
import {
  enrolResponseSchema,
  paths,
  pullResponseSchema,
  pushResponseSchema,
} from '../../src-shared/sync/protocol.js';
import type { Archive } from '../archive/archive.js';
import { notEnrolled, replyFailure, requestCity, type Fetch } from './city-http.js';
import { fetchFile } from './file-fetch.js';
import { createFileInfoLookup } from './file-refs.js';
import { uploadFile } from './file-upload.js';
import {
  emptySyncConfig,
  readSyncConfig,
  writeSyncConfig,
  type SyncConfig,
} from './sync-config.js';

export interface SyncTimeouts {
  /** Push, pull, enrolment and each file chunk. */
  readonly requestMs: number;
  /** A whole file download. */
  readonly downloadMs: number;
}

export interface SyncHandlerDeps {
  readonly dataDir: string;
  readonly archive: Pick<Archive, 'get' | 'put'>;
  /** Real `fetch` unless a test passes another. */
  readonly fetch?: Fetch;
  readonly syncTimeouts?: SyncTimeouts;
  /** Upload chunk size; the server takes at most 1 MiB. */
  readonly syncChunkBytes?: number;
}

type SyncChannel =
  | 'sync:settings:get'
  | 'sync:settings:set'
  | 'sync:enrol'
  | 'sync:status'
  | 'sync:push'
  | 'sync:pull'
  | 'sync:uploadFile'
  | 'sync:fetchFile';

const defaultTimeouts: SyncTimeouts = { requestMs: 30_000, downloadMs: 120_000 };

function linkStatus(config: SyncConfig): SyncLinkStatus {
  return {
    serverUrl: config.serverUrl,
    enrolled: config.deviceToken !== null && config.counterId !== null,
    counterId: config.counterId,
    counterName: config.counterName,
    enrolledAt: config.enrolledAt,
  };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

type Enrolled = SyncConfig & { serverUrl: string; deviceToken: string; counterId: string };

function isEnrolled(config: SyncConfig): config is Enrolled {
  return config.serverUrl !== null && config.deviceToken !== null && config.counterId !== null;
}

export function syncHandlers(deps: SyncHandlerDeps): Pick<InvokeHandlers, SyncChannel> {
  const fetcher = deps.fetch ?? fetch;
  const timeouts = deps.syncTimeouts ?? defaultTimeouts;
  const completeFileRefs = createFileInfoLookup(deps.archive);

  async function withLink<T>(
    use: (config: Enrolled) => Promise<Outcome<T, SyncErrorCode>>,
  ): Promise<Outcome<T, SyncErrorCode>> {
    const config = await readSyncConfig(deps.dataDir);
    return isEnrolled(config) ? use(config) : notEnrolled;
  }

  const post = (config: Enrolled, path: string, body: unknown) =>
    requestCity(fetcher, {
      baseUrl: config.serverUrl,
      token: config.deviceToken,
      method: 'POST',
      path,
      body,
      timeoutMs: timeouts.requestMs,
    });

  const fileLink = (config: Enrolled, timeoutMs: number) => ({
    fetch: fetcher,
    baseUrl: config.serverUrl,
    token: config.deviceToken,
    timeoutMs,
    chunkBytes: deps.syncChunkBytes ?? 512 * 1024,
  });

  return {
    'sync:settings:get': async () =>
      ok({ serverUrl: (await readSyncConfig(deps.dataDir)).serverUrl }),

    'sync:settings:set': async ({ serverUrl }) => {
      const config = await readSyncConfig(deps.dataDir);
      // The token belongs to the server that issued it: another server means a new enrolment,
      // so a page cannot send this counter's token elsewhere by changing the address.
      const moved = config.serverUrl !== null && !sameOrigin(config.serverUrl, serverUrl);
      await writeSyncConfig(
        deps.dataDir,
        moved ? { ...emptySyncConfig, serverUrl } : { ...config, serverUrl },
      );
      return ok({ serverUrl });
    },

    'sync:status': async () => ok(linkStatus(await readSyncConfig(deps.dataDir))),

    'sync:enrol': async ({ url, code, counterName }) => {
      const reply = await requestCity(fetcher, {
        baseUrl: url,
        method: 'POST',
        path: paths.enrol,
        body: { code, counterName },
        timeoutMs: timeouts.requestMs,
      });
      if (!reply.ok) return reply;
      const parsed = enrolResponseSchema.safeParse(reply.value.json);
      if (reply.value.status !== 201 || !parsed.success) return replyFailure(reply.value);
      const config: SyncConfig = {
        serverUrl: url,
        counterId: parsed.data.counterId,
        counterName,
        deviceToken: parsed.data.deviceToken,
        enrolledAt: parsed.data.serverTime,
      };
      await writeSyncConfig(deps.dataDir, config);
      return ok({ ...linkStatus(config), serverTime: parsed.data.serverTime });
    },

    'sync:push': ({ batch }) =>
      withLink(async (config) => {
        const { records, missing } = await completeFileRefs(batch.records);
        const reply = await post(config, paths.push, {
          ...batch,
          counterId: config.counterId,
          records,
        });
        if (!reply.ok) return reply;
        const parsed = pushResponseSchema.safeParse(reply.value.json);
        if (reply.value.status !== 200 || !parsed.success) return replyFailure(reply.value);
        return ok({ ...parsed.data, localFilesMissing: missing });
      }),

    'sync:pull': (request) =>
      withLink(async (config) => {
        const reply = await post(config, paths.pull, request);
        if (!reply.ok) return reply;
        const parsed = pullResponseSchema.safeParse(reply.value.json);
        if (reply.value.status !== 200 || !parsed.success) return replyFailure(reply.value);
        return ok(parsed.data);
      }),

    'sync:uploadFile': ({ sha256 }) =>
      withLink((config) => uploadFile(fileLink(config, timeouts.requestMs), deps.archive, sha256)),

    'sync:fetchFile': ({ sha256 }) =>
      withLink((config) => fetchFile(fileLink(config, timeouts.downloadMs), deps.archive, sha256)),
  };
}
