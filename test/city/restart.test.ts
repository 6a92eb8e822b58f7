import { expect, it } from 'vitest';
import { describeEachBackend } from './support/backends.js';
import { cityForSuite } from './support/city-harness.js';
import { batch, change, seekerPayload } from './support/records.js';

describeEachBackend('Server dimulai ulang', (backend) => {
  const city = cityForSuite(backend);

  it('keeps records, tokens, idempotency and the cursor across a restart', async () => {
    const loket1 = await city().enrolCounter('Loket 1');
    const loket2 = await city().enrolCounter('Loket 2');
    const record = await change('seekers', seekerPayload({ counterId: loket1.counterId }));
    const sent = batch(loket1.counterId, [record]);
    await loket1.push(sent);
    const before = await loket2.pullAll();
    expect(before.map((entry) => entry.changeId)).toEqual([record.changeId]);

    await city().restart();

    const replay = await loket1.push(sent);
    expect(replay).toMatchObject({ replayed: true, results: [{ status: 'duplicate' }] });
    const pulled = await loket2.pullAll();
    expect(pulled.map((entry) => entry.changeId)).toEqual(before.map((entry) => entry.changeId));
  });
});
