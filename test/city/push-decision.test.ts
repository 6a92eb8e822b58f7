import { describe, expect, it } from 'vitest';
import { decide } from '../../src-city/store/push-decision.js';

const server = { version: 3, sha256: 'a'.repeat(64), counterId: 'loket-1' };

describe('what the server does with a new change', () => {
  it('accepts the first version and any higher version as current', () => {
    expect(
      decide('seekers', undefined, { version: 1, sha256: 'b'.repeat(64), counterId: 'loket-2' }),
    ).toEqual({ kind: 'accept', current: true });
    expect(
      decide('seekers', server, { version: 4, sha256: 'b'.repeat(64), counterId: 'loket-2' }),
    ).toEqual({ kind: 'accept', current: true });
  });

  it('treats the same version with the same content as a duplicate, from any counter', () => {
    expect(decide('seekers', server, { ...server, counterId: 'loket-2' })).toEqual({
      kind: 'duplicate',
    });
  });

  it('flags a seeker edited at another counter from an older or equal version', () => {
    expect(
      decide('seekers', server, { version: 3, sha256: 'b'.repeat(64), counterId: 'loket-2' }),
    ).toEqual({ kind: 'conflict' });
    expect(
      decide('seekers', server, { version: 2, sha256: 'b'.repeat(64), counterId: 'loket-2' }),
    ).toEqual({ kind: 'conflict' });
  });

  it('keeps a late change from the same counter as history only', () => {
    expect(
      decide('seekers', server, { version: 2, sha256: 'b'.repeat(64), counterId: 'loket-1' }),
    ).toEqual({ kind: 'accept', current: false });
  });

  it('never reports a conflict for append-only events', () => {
    expect(
      decide('cards', server, { version: 3, sha256: 'b'.repeat(64), counterId: 'loket-2' }),
    ).toEqual({ kind: 'accept', current: false });
    expect(
      decide('legalisations', server, { version: 1, sha256: 'b'.repeat(64), counterId: 'loket-2' }),
    ).toEqual({ kind: 'accept', current: false });
  });
});
