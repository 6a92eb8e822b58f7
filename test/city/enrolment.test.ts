import { expect, it } from 'vitest';
import { paths } from '../../src-shared/sync/protocol.js';
import { describeEachBackend } from './support/backends.js';
import { adminToken, cityForSuite } from './support/city-harness.js';
import { batch, change, seekerPayload } from './support/records.js';

describeEachBackend('Pendaftaran loket', (backend) => {
  const city = cityForSuite(backend);

  it('trades a one-time code for a counter id and a device token that works', async () => {
    const code = await city().admin().issueEnrolmentCode();
    expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);

    // Typed by hand: lower case and without hyphens is the same code.
    const enrolled = await city()
      .anonymous()
      .enrol(code.toLowerCase().replaceAll('-', ' '), 'Loket 3 Lantai 1');
    const counter = city().anonymous().withToken(enrolled.deviceToken);
    const pushed = await counter.push(
      batch(enrolled.counterId, [
        await change('seekers', seekerPayload({ counterId: enrolled.counterId })),
      ]),
    );

    expect(pushed.results[0]?.status).toBe('accepted');
    const listed = await city().admin().request('GET', paths.adminCounters);
    expect(listed.body).toMatchObject({
      counters: expect.arrayContaining([
        expect.objectContaining({ id: enrolled.counterId, name: 'Loket 3 Lantai 1' }),
      ]),
    });
  });

  it('refuses a code used twice, a wrong code and an expired code', async () => {
    const code = await city().admin().issueEnrolmentCode(1);
    await city().anonymous().enrol(code, 'Loket A');

    const reused = await city()
      .anonymous()
      .request('POST', paths.enrol, { code, counterName: 'Loket B' });
    const wrong = await city()
      .anonymous()
      .request('POST', paths.enrol, { code: 'AAAA-BBBB-CCCC', counterName: 'Loket B' });
    const late = await city().admin().issueEnrolmentCode(1);
    city().clock.advance(61 * 60_000);
    const expired = await city()
      .anonymous()
      .request('POST', paths.enrol, { code: late, counterName: 'Loket B' });

    for (const reply of [reused, wrong, expired]) {
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({
        error: {
          code: 'ENROLMENT_CODE_INVALID',
          message: expect.stringContaining('Minta kode baru'),
        },
      });
    }
  });

  it('asks for the counter name in Indonesian', async () => {
    const code = await city().admin().issueEnrolmentCode();
    const reply = await city()
      .anonymous()
      .request('POST', paths.enrol, { code, counterName: '  ' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({
      error: { code: 'BAD_REQUEST', message: 'counterName: Nama loket wajib diisi' },
    });
  });

  it('issues codes only with the admin token', async () => {
    const withoutToken = await city().anonymous().request('POST', paths.adminEnrolmentCodes, {});
    const wrongToken = await city()
      .anonymous()
      .withToken(`${adminToken}x`)
      .request('POST', paths.adminEnrolmentCodes, {});
    expect(withoutToken.status).toBe(401);
    expect(wrongToken.status).toBe(401);
  });
});
