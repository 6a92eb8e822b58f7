import { startCityServer, type RunningCityServer } from '../../../src-city/server.js';
import { openCityStore, type CityStore } from '../../../src-city/store/city-store.js';
import type { Backend, TestStorage } from '../../city/support/backends.js';
import { CityClient } from '../../city/support/city-client.js';

export const adminToken = 'token-admin-sinkron';

/**
 * A real city server on 127.0.0.1 for the counter-side sync tests. `stopHttp()` takes the
 * server off the network while its database stays (like a crashed front end in front of
 * PostgreSQL); `restart()` closes and reopens the database too.
 */
export class CityPeer {
  private server: RunningCityServer | undefined;
  private store: CityStore | undefined;
  private port = 0;
  readonly errors: string[] = [];

  private constructor(
    private readonly storage: TestStorage,
    readonly now: () => Date,
  ) {}

  static async start(backend: Backend, now: () => Date = () => new Date()): Promise<CityPeer> {
    const peer = new CityPeer(await backend.createStorage(), now);
    peer.store = await openCityStore(peer.storage.config, { now });
    await peer.startHttp();
    return peer;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  admin(): CityClient {
    return new CityClient(this.url, adminToken);
  }

  /** A client with a counter's device token, to read what the server holds for it. */
  asCounter(token: string): CityClient {
    return new CityClient(this.url, token);
  }

  async issueCode(): Promise<string> {
    return this.admin().issueEnrolmentCode();
  }

  async startHttp(): Promise<void> {
    if (this.server) return;
    if (!this.store) throw new Error('Basis data server uji tertutup');
    this.server = await startCityServer({
      store: this.store,
      now: this.now,
      adminToken,
      port: this.port,
      log: (line) => this.errors.push(line),
    });
    this.port = this.server.port;
  }

  async stopHttp(): Promise<void> {
    await this.server?.close();
    this.server = undefined;
  }

  async restart(): Promise<void> {
    await this.stopHttp();
    await this.store?.close();
    this.store = await openCityStore(this.storage.config, { now: this.now });
    await this.startHttp();
  }

  async close(): Promise<void> {
    await this.stopHttp();
    await this.store?.close();
    this.store = undefined;
    await this.storage.cleanup();
  }
}
