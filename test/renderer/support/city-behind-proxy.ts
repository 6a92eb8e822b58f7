import { afterAll, beforeAll } from 'vitest';
import type { Backend } from '../../city/support/backends.js';
import { FaultProxy } from '../../fakes/fault-proxy.js';
import { CityPeer } from './city-peer.js';

export const cityStartMs = 120_000;

/**
 * A real city server with a fault proxy in front, started once for the surrounding `describe`
 * and closed after it. Read `peer` and `proxy` inside tests (they exist once `beforeAll` ran).
 */
export function useCityBehindProxy(backend: Backend): {
  readonly peer: CityPeer;
  readonly proxy: FaultProxy;
} {
  let peer: CityPeer | undefined;
  let proxy: FaultProxy | undefined;
  beforeAll(async () => {
    peer = await CityPeer.start(backend);
    proxy = await FaultProxy.start(peer.url);
  }, cityStartMs);
  afterAll(async () => {
    await proxy?.close();
    await peer?.close();
  }, cityStartMs);
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('city server not started (used outside a test?)');
    return value;
  };
  return {
    get peer() {
      return started(peer);
    },
    get proxy() {
      return started(proxy);
    },
  };
}
