import { expect, it } from 'vitest';
import { describeEachBackend } from './support/backends.js';
import { cityForSuite } from './support/city-harness.js';
import { batch, change, seekerPayload } from './support/records.js';

describeEachBackend('Pull sejak cursor', (backend) => {
  const city = cityForSuite(backend);

  it('pages through the feed with nextCursor, in push order, without gaps or repeats', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const start = await loket2.pull({ limit: 1000 });
    const seekers = Array.from({ length: 23 }, () =>
      seekerPayload({ counterId: loket1.counterId }),
    );
    for (let from = 0; from < seekers.length; from += 10) {
      const records = await Promise.all(
        seekers.slice(from, from + 10).map((seeker) => change('seekers', seeker)),
      );
      await loket1.push(batch(loket1.counterId, records));
    }

    const pages: number[] = [];
    const ids: unknown[] = [];
    let cursor = start.nextCursor;
    for (let page = 0; page < 10; page += 1) {
      const response = await loket2.pull({ cursor, limit: 5 });
      pages.push(response.changes.length);
      ids.push(...response.changes.map((entry) => entry.recordId));
      expect(response.serverTime).toBe(city().clock.now().toISOString());
      cursor = response.nextCursor;
      if (!response.hasMore) break;
    }

    expect(pages).toEqual([5, 5, 5, 5, 3]);
    expect(ids).toEqual(seekers.map((seeker) => seeker['id']));
    const after = await loket2.pull({ cursor });
    expect(after).toMatchObject({ changes: [], hasMore: false, nextCursor: cursor });
  });

  it("leaves a counter's own pushes out unless asked, and keeps backfilled marks", async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const start = await loket1.pull({ limit: 1000, includeOwn: true });
    const record = await change('seekers', seekerPayload({ counterId: loket1.counterId }), {
      backfilled: true,
    });
    await loket1.push(batch(loket1.counterId, [record]));

    const own = await loket1.pull({ cursor: start.nextCursor });
    const withOwn = await loket1.pull({ cursor: start.nextCursor, includeOwn: true });

    expect(own.changes).toEqual([]);
    expect(
      withOwn.changes.map((entry) => [entry.changeId, entry.backfilled, entry.sha256]),
    ).toEqual([[record.changeId, true, record.sha256]]);
  });

  it('rejects a malformed cursor with advice', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const reply = await loket1.request('POST', '/v1/pull', { cursor: 'abc' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      error: { message: expect.stringContaining('mulai ulang tanpa cursor') },
    });
  });
});
