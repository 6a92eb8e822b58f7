import {
  enrolmentCodeRequestSchema,
  importRequestSchema,
  officerSchema,
  paths,
  vacancySchema,
} from '../../src-shared/sync/protocol.js';
import { parseJson } from './context.js';
import { json } from './reply.js';
import { route, type Route } from './route.js';

/** Routes for the city's administrators (checked by server.ts against the admin token). */
export const adminRoutes: readonly Route[] = [
  route(
    'POST',
    paths.adminEnrolmentCodes,
    async (context) => {
      const request = await parseJson(context, enrolmentCodeRequestSchema);
      if (!request.ok) return request.reply;
      return json(await context.store.counters.issueEnrolmentCode(request.value.validHours), 201);
    },
    true,
  ),

  route(
    'GET',
    paths.adminCounters,
    async (context) => json({ counters: await context.store.counters.list() }),
    true,
  ),

  route(
    'POST',
    paths.adminVacancies,
    async (context) => {
      const request = await parseJson(context, importRequestSchema(vacancySchema));
      if (!request.ok) return request.reply;
      return json({ ...(await context.store.importDownward('vacancies', request.value.records)) });
    },
    true,
  ),

  route(
    'POST',
    paths.adminOfficers,
    async (context) => {
      const request = await parseJson(context, importRequestSchema(officerSchema));
      if (!request.ok) return request.reply;
      return json({ ...(await context.store.importDownward('officers', request.value.records)) });
    },
    true,
  ),
];
