import {
  enrolRequestSchema,
  paths,
  protocolVersion,
  pullRequestSchema,
  pushRequestSchema,
  type PushResponse,
} from '../../src-shared/sync/protocol.js';
import { checkRecord } from '../store/record-check.js';
import { parseJson, requireCounter } from './context.js';
import { failure, json } from './reply.js';
import { route, type Route } from './route.js';

export const syncRoutes: readonly Route[] = [
  route('GET', paths.health, async () => json({ ok: true, protocolVersion })),

  route('POST', paths.enrol, async (context) => {
    const request = await parseJson(context, enrolRequestSchema);
    if (!request.ok) return request.reply;
    const enrolled = await context.store.counters.enrol(
      request.value.code,
      request.value.counterName,
    );
    if (!enrolled.ok) return failure(enrolled.error.code, enrolled.error.message);
    return json(enrolled.value, 201);
  }),

  route('POST', paths.push, async (context) => {
    const counter = await requireCounter(context);
    if (!counter.ok) return counter.reply;
    const request = await parseJson(context, pushRequestSchema);
    if (!request.ok) return request.reply;
    const { batchId, counterId, sentAt, records } = request.value;
    if (counterId !== counter.value.id) {
      return failure(
        'FORBIDDEN',
        'counterId pada batch bukan loket pemilik token ini; periksa pengaturan loket.',
      );
    }
    const checks = await Promise.all(records.map((record, index) => checkRecord(record, index)));
    const stored = await context.store.push({
      batchId,
      counterId,
      sentAt: new Date(sentAt),
      checks,
    });
    if (!stored.ok) return failure(stored.error.code, stored.error.message);
    const body: Omit<PushResponse, 'serverTime'> = { batchId, ...stored.value };
    return json(body);
  }),

  route('POST', paths.pull, async (context) => {
    const counter = await requireCounter(context);
    if (!counter.ok) return counter.reply;
    const request = await parseJson(context, pullRequestSchema);
    if (!request.ok) return request.reply;
    const page = await context.store.pull({ counterId: counter.value.id, ...request.value });
    return json({ ...page });
  }),
];
