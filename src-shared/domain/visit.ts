import { fail, ok, type Outcome } from './outcome.js';
import { officerRoleLabels, sopStep, stepsForService } from './sop.js';
import type { OfficerRole, SopStepNo } from './sop.js';
import { canPerform, disposisiApplies, type Disposisi } from './disposisi.js';
import type { ServiceType } from './service-type.js';

export { canPerform } from './disposisi.js';

export type VisitStatus = 'berjalan' | 'selesai' | 'berkas-dikembalikan' | 'dibatalkan';

export const visitStatusLabels: Readonly<Record<VisitStatus, string>> = {
  berjalan: 'Sedang dilayani',
  selesai: 'Selesai',
  'berkas-dikembalikan': 'Berkas dikembalikan',
  dibatalkan: 'Dibatalkan',
};

/** One officer's work on one SOP step. Times are ISO 8601 instants. */
export interface StepEvent {
  readonly stepNo: SopStepNo;
  readonly officerId: string;
  readonly role: OfficerRole;
  readonly startedAt: string;
  readonly endedAt: string | null; // null while the step is in progress
  readonly note: string;
  /** The SOP allows leaving the step out and the officer did (with the reason in `note`). */
  readonly skipped?: boolean;
  readonly disposisiRef?: string; // a delegate signed under this disposisi
}

export interface Visit {
  readonly id: string;
  readonly queueNumber: string;
  readonly serviceType: ServiceType;
  readonly seekerId?: string;
  readonly status: VisitStatus;
  /** Fixed when the visit opens, so a later change of plans does not rewrite history. */
  readonly plannedSteps: readonly SopStepNo[];
  readonly steps: readonly StepEvent[];
  readonly openedAt: string;
  readonly closedAt?: string;
  readonly closingNote?: string;
}

export interface Officer {
  readonly id: string;
  readonly role: OfficerRole;
}

/** Who acts on which step, and when (ISO instant from the injected clock). */
export interface StepAction {
  readonly stepNo: SopStepNo;
  readonly officer: Officer;
  readonly now: string;
}

export type VisitErrorCode =
  | 'VISIT_CLOSED'
  | 'STEP_IN_PROGRESS'
  | 'STEP_NOT_STARTED'
  | 'STEP_OUT_OF_ORDER'
  | 'STEP_NOT_SKIPPABLE'
  | 'NOT_AUTHORISED'
  | 'REASON_REQUIRED'
  | 'TOO_LATE_TO_RETURN';

type VisitOutcome = Outcome<Visit, VisitErrorCode>;

export type OpenVisitInput = Pick<Visit, 'id' | 'queueNumber' | 'serviceType' | 'openedAt'> & {
  readonly seekerId?: string;
  /** A new or renewed card is also legalised in the same visit (adds steps 14-17). */
  readonly withLegalisation?: boolean;
};

export function openVisit(input: OpenVisitInput): Visit {
  const { withLegalisation, ...rest } = input;
  const plannedSteps = stepsForService(input.serviceType, { withLegalisation });
  return { ...rest, status: 'berjalan', plannedSteps, steps: [] };
}

const stepName = (no: SopStepNo): string => `langkah ${no} (${sopStep(no).title})`;
const inProgress = (v: Visit): StepEvent | undefined => v.steps.find((e) => e.endedAt === null);

/** The step being worked on, else the next one to start; null once the visit is closed. */
export function currentStep(visit: Visit): SopStepNo | null {
  if (visit.status !== 'berjalan') return null;
  const open = inProgress(visit);
  if (open) return open.stepNo;
  const done = new Set(visit.steps.map((e) => e.stepNo));
  return visit.plannedSteps.find((no) => !done.has(no)) ?? null;
}

const closedFailure = (visit: Visit) =>
  fail('VISIT_CLOSED', `Kunjungan sudah ${visitStatusLabels[visit.status].toLowerCase()}.`);

function checkNext(visit: Visit, stepNo: SopStepNo): Outcome<true, VisitErrorCode> {
  if (visit.status !== 'berjalan') return closedFailure(visit);
  const open = inProgress(visit);
  if (open) return fail('STEP_IN_PROGRESS', `Selesaikan dulu ${stepName(open.stepNo)}.`);
  const expected = currentStep(visit);
  if (expected !== stepNo) {
    const hint =
      expected === null ? 'Semua langkah sudah selesai.' : `Berikutnya ${stepName(expected)}.`;
    return fail('STEP_OUT_OF_ORDER', `Langkah ${stepNo} belum gilirannya. ${hint}`);
  }
  return ok(true);
}

const newEvent = ({ stepNo, officer, now }: StepAction, more: Partial<StepEvent>): StepEvent => ({
  stepNo,
  officerId: officer.id,
  role: officer.role,
  startedAt: now,
  endedAt: null,
  note: '',
  ...more,
});

export function startStep(
  visit: Visit,
  input: StepAction & { readonly disposisi?: Disposisi | null }, // the officer's, if any
): VisitOutcome {
  const { stepNo, officer, now } = input;
  const next = checkNext(visit, stepNo);
  if (!next.ok) return next;
  const delegated =
    input.disposisi && disposisiApplies(input.disposisi, officer.id, stepNo, now)
      ? input.disposisi
      : null;
  const ownRole = sopStep(stepNo).role;
  const who = `${officerRoleLabels[ownRole]} atau petugas dengan disposisi tercatat`;
  if (!canPerform(officer.role, stepNo, delegated)) {
    return fail('NOT_AUTHORISED', `Langkah ${stepNo} hanya boleh dilakukan oleh ${who}.`);
  }
  const viaDisposisi = delegated && officer.role !== ownRole;
  const event = newEvent(input, viaDisposisi ? { disposisiRef: delegated.reference } : {});
  return ok({ ...visit, steps: [...visit.steps, event] });
}

function closeIfDone(visit: Visit, now: string): Visit {
  return currentStep(visit) === null ? { ...visit, status: 'selesai', closedAt: now } : visit;
}

export function completeStep(
  visit: Visit,
  input: { readonly stepNo: SopStepNo; readonly now: string; readonly note?: string },
): VisitOutcome {
  if (visit.status !== 'berjalan') return closedFailure(visit);
  const open = inProgress(visit);
  if (!open || open.stepNo !== input.stepNo) {
    return fail('STEP_NOT_STARTED', `Langkah ${input.stepNo} belum dimulai.`);
  }
  const ended: StepEvent = { ...open, endedAt: input.now, note: input.note ?? open.note };
  const steps = visit.steps.map((e) => (e === open ? ended : e));
  return ok(closeIfDone({ ...visit, steps }, input.now));
}

/** Leaves out a step the SOP allows to skip (counselling for a seeker already employed). */
export function skipStep(
  visit: Visit,
  input: StepAction & { readonly reason: string },
): VisitOutcome {
  // The step may already be running: counselling began, then the seeker says they work.
  const open = inProgress(visit);
  const started = open?.stepNo === input.stepNo ? open : undefined;
  const before = started ? { ...visit, steps: visit.steps.filter((e) => e !== started) } : visit;
  const next = checkNext(before, input.stepNo);
  if (!next.ok) return next;
  if (!sopStep(input.stepNo).skippable) {
    return fail('STEP_NOT_SKIPPABLE', `Langkah ${input.stepNo} wajib dilakukan menurut SOP.`);
  }
  const note = input.reason.trim();
  if (note === '') return fail('REASON_REQUIRED', 'Tuliskan alasan langkah dilewati.', 'reason');
  const startedAt = started?.startedAt ?? input.now;
  const event = newEvent(input, { startedAt, endedAt: input.now, note, skipped: true });
  return ok(closeIfDone({ ...before, steps: [...before.steps, event] }, input.now));
}

function close(visit: Visit, status: VisitStatus, now: string, note: string): Visit {
  const steps = visit.steps.map((e) => (e.endedAt === null ? { ...e, endedAt: now } : e));
  return { ...visit, status, steps, closedAt: now, closingNote: note };
}

/** Closing a visit early; the reason is kept as `closingNote` (for a return: what is missing). */
export interface CloseAction {
  readonly now: string;
  readonly reason: string;
}

/** SOP step 3: incomplete documents go back to the seeker; only before data entry (step 4). */
export function returnDocuments(visit: Visit, input: CloseAction): VisitOutcome {
  if (visit.status !== 'berjalan') return closedFailure(visit);
  if (visit.steps.some((e) => e.stepNo > 3)) {
    return fail('TOO_LATE_TO_RETURN', 'Berkas hanya dapat dikembalikan sampai langkah 3.');
  }
  return ok(close(visit, 'berkas-dikembalikan', input.now, input.reason.trim()));
}

export function cancelVisit(visit: Visit, input: CloseAction): VisitOutcome {
  if (visit.status !== 'berjalan') return closedFailure(visit);
  const reason = input.reason.trim();
  if (reason === '') return fail('REASON_REQUIRED', 'Tuliskan alasan pembatalan.', 'reason');
  return ok(close(visit, 'dibatalkan', input.now, reason));
}
