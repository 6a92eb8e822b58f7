import { sopStep } from './sop.js';
import type { OfficerRole, SopStepNo } from './sop.js';

/**
 * A recorded delegation (disposisi): when the Pengantar Kerja is absent, the SOP (step 15)
 * follows "alur disposisi" so another officer may sign on their behalf, for named steps and
 * a bounded period. Instants are ISO 8601.
 */
export interface Disposisi {
  /** Letter or register number, printed in the audit trail. */
  readonly reference: string;
  /** The officer allowed to act. */
  readonly officerId: string;
  /** Who delegated (name or officer id of the Pengantar Kerja / Kabid). */
  readonly grantedBy: string;
  readonly steps: readonly SopStepNo[];
  readonly validFrom: string;
  /** null: until withdrawn. */
  readonly validUntil: string | null;
}

/** The disposisi belongs to the officer, names the step and is in force at `at`. */
export function disposisiApplies(
  d: Disposisi,
  officerId: string,
  stepNo: SopStepNo,
  at: string,
): boolean {
  const t = Date.parse(at);
  return (
    d.officerId === officerId &&
    d.steps.includes(stepNo) &&
    d.reference.trim() !== '' &&
    Date.parse(d.validFrom) <= t &&
    (d.validUntil === null || t <= Date.parse(d.validUntil))
  );
}

/** The first disposisi in `list` that lets `officerId` perform `stepNo` at `at`. */
export function findDisposisi(
  list: readonly Disposisi[],
  officerId: string,
  stepNo: SopStepNo,
  at: string,
): Disposisi | null {
  return list.find((d) => disposisiApplies(d, officerId, stepNo, at)) ?? null;
}

/**
 * Whether an officer with `role` may perform a step. Authorising steps (11 pengesahan,
 * 16 legalisir, 19 review IPK) need the step's own role or a disposisi covering the step;
 * the caller passes only a disposisi already checked with `disposisiApplies`. Any officer
 * may do the other steps: a small office covers for absent colleagues, and the SOP role is
 * shown as guidance.
 */
export function canPerform(
  role: OfficerRole,
  stepNo: SopStepNo,
  disposisi?: Disposisi | null,
): boolean {
  const step = sopStep(stepNo);
  if (!step.authorising || role === step.role) return true;
  return disposisi != null && disposisi.steps.includes(stepNo);
}
