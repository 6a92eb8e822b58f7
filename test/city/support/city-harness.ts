import { afterAll, beforeAll } from 'vitest';
import { startCityServer, type RunningCityServer } from '../../../src-city/server.js';
import { openCityStore, type CityStore } from '../../../src-city/store/city-store.js';
import type { Backend, TestStorage } from './backends.js';
import { CityClient } from './city-client.js';
import { FakeClock } from './fake-clock.js';

export const adminToken = 'token-admin-uji';

/** PGlite runs initdb in WASM on first open: seconds on a loaded 2-core machine. */
export const startTimeoutMs = 120_000;

/**
 * A real city server on 127.0.0.1 (free port) over a throwaway database, with a clock the test
 * controls. `restart()` stops the server and the store and opens both again on the same data.
 */
export class CityHarness {
  readonly clock = new FakeClock(new Date('2026-03-02T01:00:00.000Z'));
  private server: RunningCityServer | undefined;
  /** Chosen by the first start; a restart listens there again so clients keep their URL. */
  private port = 0;
  private store: CityStore | undefined;
  readonly errors: string[] = [];

  private constructor(private readonly storage: TestStorage) {}

  static async start(backend: Backend): Promise<CityHarness> {
    const harness = new CityHarness(await backend.createStorage());
    await harness.open();
    return harness;
  }

  get url(): string {
    if (!this.server) throw new Error('Server uji belum berjalan');
    return this.server.url;
  }

  get kind(): CityStore['kind'] {
    if (!this.store) throw new Error('Server uji belum berjalan');
    return this.store.kind;
  }

  /** A client without a token (for enrolment and negative tests). */
  anonymous(): CityClient {
    return new CityClient(this.url);
  }

  admin(): CityClient {
    return new CityClient(this.url, adminToken);
  }

  /** Issues a code and enrols a counter with it. */
  async enrolCounter(name: string): Promise<CityClient & { readonly counterId: string }> {
    const code = await this.admin().issueEnrolmentCode();
    const enrolled = await this.anonymous().enrol(code, name);
    return Object.assign(new CityClient(this.url, enrolled.deviceToken), {
      counterId: enrolled.counterId,
    });
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.open();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.storage.cleanup();
  }

  private async open(): Promise<void> {
    const now = (): Date => this.clock.now();
    this.store = await openCityStore(this.storage.config, { now });
    this.server = await startCityServer({
      store: this.store,
      now,
      adminToken,
      port: this.port,
      log: (line) => this.errors.push(line),
    });
    this.port = this.server.port;
  }

  private async stop(): Promise<void> {
    await this.server?.close();
    await this.store?.close();
    this.server = undefined;
    this.store = undefined;
  }
}

/**
 * One city server for the tests of a describe block: started before them, closed after.
 * Call the returned function inside a test to reach it.
 */
export function cityForSuite(backend: Backend): () => CityHarness {
  let city: CityHarness | undefined;
  beforeAll(async () => {
    city = await CityHarness.start(backend);
  }, startTimeoutMs);
  afterAll(async () => {
    await city?.close();
  }, startTimeoutMs);
  return () => {
    if (!city) throw new Error('Server kota uji belum dimulai');
    return city;
  };
}
