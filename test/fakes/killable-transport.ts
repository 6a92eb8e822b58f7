import type { SyncTransport } from '../../src-renderer/sync/sync-transport.js';

/**
 * A transport whose window can be "killed": from then on no answer ever reaches the engine, as
 * when the counter PC loses power while its request is on the wire (the server may still
 * commit it).
 */
export function killableTransport(inner: SyncTransport): {
  transport: SyncTransport;
  kill: () => void;
} {
  let killed = false;
  const never = new Promise<never>(() => undefined);
  const guard =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      if (killed) return never;
      const answer = await call(...args);
      return killed ? never : answer;
    };
  return {
    transport: {
      push: guard(inner.push),
      pull: guard(inner.pull),
      uploadFile: guard(inner.uploadFile),
      fetchFile: guard(inner.fetchFile),
    },
    kill: () => {
      killed = true;
    },
  };
}
