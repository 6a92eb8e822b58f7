import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { InvokeChannel, InvokeResponse } from '../../../src-shared/ipc/contract.js';
import { dispatch } from '../../../src-main/ipc/dispatch.js';
import { createMemoryLogger } from '../../../src-main/platform/logger.js';
import { createHandlers } from '../../../src-main/services.js';
import { createMainWorld } from '../../../src-main/world.js';
import type { LoketApi } from '../../../src-renderer/api.js';
import type { LoketDatabase } from '../../../src-renderer/db/database.js';
import { createPlacementsRepository } from '../../../src-renderer/db/placements-repository.js';
import type { RepositoryContext } from '../../../src-renderer/db/repository-context.js';
import { createSeekersRepository } from '../../../src-renderer/db/seekers-repository.js';
import { createSyncEngine, type SyncEngine } from '../../../src-renderer/sync/sync-engine.js';
import { createLocalLock, type SyncLock } from '../../../src-renderer/sync/sync-lock.js';
import {
  createApiTransport,
  type SyncTransport,
} from '../../../src-renderer/sync/sync-transport.js';
import type { SyncOptions } from '../../../src-renderer/sync/sync-world.js';
import { seededRandom } from '../../fakes/fault-proxy.js';
import { FakeNetwork, ManualScheduler } from '../../fakes/manual-scheduler.js';
import { createTestDatabase } from '../../fakes/test-database.js';

export interface CounterOptions {
  /** Counter clock minus real time (a PC whose clock is off). */
  readonly clockOffsetMs?: number;
  readonly requestMs?: number;
  readonly chunkBytes?: number;
}

export interface EngineOptions {
  readonly transport?: SyncTransport;
  readonly lock?: SyncLock;
  readonly options?: Partial<SyncOptions>;
}

/**
 * One counter PC for the sync tests: its IndexedDB (fake-indexeddb), its real main-process
 * services over a temporary data folder, reached through the same dispatch as IPC with a JSON
 * round trip (what IPC and HTTP do to values), and sync engines on top.
 */
export class TestCounter {
  readonly scheduler = new ManualScheduler();
  readonly network = new FakeNetwork();
  readonly lock = createLocalLock();

  private constructor(
    readonly api: LoketApi,
    readonly db: LoketDatabase,
    readonly context: RepositoryContext,
    readonly dataDir: string,
  ) {}

  static async create(options: CounterOptions = {}): Promise<TestCounter> {
    const dataDir = await mkdtemp(join(tmpdir(), 'loket-sync-'));
    const logger = createMemoryLogger();
    const now = () => new Date(Date.now() + (options.clockOffsetMs ?? 0));
    const world = await createMainWorld({ dataDir, mode: 'browser', version: 'test', logger, now });
    const handlers = createHandlers({
      ...world,
      syncTimeouts: { requestMs: options.requestMs ?? 5_000, downloadMs: 10_000 },
      syncChunkBytes: options.chunkBytes ?? 64 * 1024,
    });
    const api: LoketApi = {
      transport: 'http',
      invoke: async <C extends InvokeChannel>(channel: C, request: unknown) => {
        const answer = await dispatch(
          handlers,
          channel,
          JSON.parse(JSON.stringify(request)),
          logger,
        );
        // The same trust api.ts places in the host's answer for this channel.
        return JSON.parse(JSON.stringify(answer)) as InvokeResponse<C>;
      },
    };
    const db = createTestDatabase();
    const context: RepositoryContext = {
      db,
      now,
      newId: uuidv7,
      counterId: world.counter.id,
      officerId: () => 'petugas-uji',
    };
    return new TestCounter(api, db, context, dataDir);
  }

  get seekers() {
    return createSeekersRepository(this.context);
  }

  get placements() {
    return createPlacementsRepository(this.context);
  }

  async enrol(url: string, code: string, counterName = 'Loket uji'): Promise<void> {
    const enrolled = await this.api.invoke('sync:enrol', { url, code, counterName });
    if (!enrolled.ok) throw new Error(`Pendaftaran gagal: ${enrolled.error.message}`);
  }

  /** Points the counter at another address (e.g. a proxy in front of the same server). */
  async setServerUrl(serverUrl: string): Promise<void> {
    const set = await this.api.invoke('sync:settings:set', { serverUrl });
    if (!set.ok) throw new Error(set.error.message);
  }

  async deviceToken(): Promise<string> {
    const config: unknown = JSON.parse(await readFile(join(this.dataDir, 'sync.json'), 'utf8'));
    const token =
      typeof config === 'object' && config !== null && 'deviceToken' in config
        ? config.deviceToken
        : undefined;
    if (typeof token !== 'string') throw new Error('Loket uji belum terdaftar');
    return token;
  }

  transport(): SyncTransport {
    return createApiTransport(this.api);
  }

  engine(options: EngineOptions = {}): SyncEngine {
    return createSyncEngine({
      db: this.db,
      transport: options.transport ?? this.transport(),
      now: this.context.now,
      newId: uuidv7,
      random: seededRandom(7),
      scheduler: this.scheduler,
      lock: options.lock ?? this.lock,
      network: this.network,
      options: options.options ?? {},
    });
  }

  async close(): Promise<void> {
    this.db.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}
