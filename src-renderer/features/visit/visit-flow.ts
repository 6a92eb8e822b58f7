import type { Disposisi } from '../../../src-shared/domain/disposisi.js';
import { fail, ok, type Outcome } from '../../../src-shared/domain/outcome.js';
import type { OfficerRecord, VisitRecord } from '../../../src-shared/domain/records.js';
import type { ServiceType } from '../../../src-shared/domain/service-type.js';
import { serviceTypeLabels } from '../../../src-shared/domain/service-type.js';
import { sopStep, stepsForService, type SopStepNo } from '../../../src-shared/domain/sop.js';
import {
  completeStep,
  currentStep,
  skipStep,
  startStep,
  type Officer,
} from '../../../src-shared/domain/visit.js';

/*
 * How the counter screen drives the SOP: finishing a step starts the next one at once, so
 * its clock runs from the moment the officer moves on. Authorising steps (11) are left for
 * the authorising officer to start when they identify themselves.
 */

/** The officer acting in the step's SOP role when they hold it, else in their first role. */
export function actorFor(officer: OfficerRecord, stepNo: SopStepNo): Officer {
  const role = sopStep(stepNo).role;
  return { id: officer.id, role: officer.roles.includes(role) ? role : (officer.roles[0] ?? role) };
}

function merge(record: VisitRecord, next: Outcome<object>): Outcome<VisitRecord> {
  return next.ok ? ok({ ...record, ...next.value }) : next;
}

/** Starts the current step if nothing runs and it is not an authorising step. */
export function startCurrent(
  visit: VisitRecord,
  officer: OfficerRecord,
  now: string,
): Outcome<VisitRecord> {
  const stepNo = currentStep(visit);
  if (stepNo === null || visit.steps.some((e) => e.endedAt === null)) return ok(visit);
  if (sopStep(stepNo).authorising) return ok(visit);
  return merge(visit, startStep(visit, { stepNo, officer: actorFor(officer, stepNo), now }));
}

/** Starts an authorising step by the officer who identified themself (and their disposisi). */
export function startAuthorising(
  visit: VisitRecord,
  officer: OfficerRecord,
  now: string,
  disposisi: Disposisi | null,
): Outcome<VisitRecord> {
  const stepNo = currentStep(visit);
  if (stepNo === null) return ok(visit);
  const running = visit.steps.find((e) => e.endedAt === null);
  if (running?.officerId === officer.id) return ok(visit);
  if (running) {
    return fail('STEP_IN_PROGRESS', `Langkah ${running.stepNo} sedang dikerjakan petugas lain.`);
  }
  return merge(
    visit,
    startStep(visit, { stepNo, officer: actorFor(officer, stepNo), now, disposisi }),
  );
}

/** Completes the running step (with a note) and starts the next one. */
export function advance(
  visit: VisitRecord,
  officer: OfficerRecord,
  now: string,
  note?: string,
): Outcome<VisitRecord> {
  const running = visit.steps.find((e) => e.endedAt === null);
  let v = visit;
  if (!running) {
    const started = startCurrent(v, officer, now);
    if (!started.ok) return started;
    v = started.value;
  }
  const stepNo = currentStep(v);
  if (stepNo === null) return ok(v);
  const done = merge(v, completeStep(v, { stepNo, now, ...(note ? { note } : {}) }));
  return done.ok ? startCurrent(done.value, officer, now) : done;
}

export function skipCurrent(
  visit: VisitRecord,
  officer: OfficerRecord,
  now: string,
  reason: string,
): Outcome<VisitRecord> {
  const stepNo = currentStep(visit);
  if (stepNo === null) return ok(visit);
  const skipped = merge(
    visit,
    skipStep(visit, { stepNo, officer: actorFor(officer, stepNo), now, reason }),
  );
  return skipped.ok ? startCurrent(skipped.value, officer, now) : skipped;
}

/**
 * The greeting learnt what the visitor needs, or found them registered already: the visit
 * becomes a renewal or a report.
 * Only while no data has been entered (steps 1-3), so the record of work done stays true.
 */
export function switchService(
  visit: VisitRecord,
  serviceType: ServiceType,
  seekerId?: string,
): Outcome<VisitRecord> {
  if (serviceType === visit.serviceType && seekerId === visit.seekerId) return ok(visit);
  if (visit.steps.some((e) => e.stepNo > 3)) {
    return fail(
      'TOO_LATE_TO_SWITCH',
      `Layanan tidak dapat diganti menjadi ${serviceTypeLabels[serviceType]} setelah data diisi. Selesaikan kunjungan ini dan buka kunjungan baru.`,
    );
  }
  const plannedSteps = stepsForService(serviceType);
  return ok({ ...visit, serviceType, plannedSteps, ...(seekerId ? { seekerId } : {}) });
}
