import { officerRoleLabels, sopStep } from './sop.js';
import type { SopStepNo } from './sop.js';
import { currentStep, type Visit } from './visit.js';

export type StepTimingState = 'dalam-batas' | 'melewati-batas' | 'tanpa-standar';

export interface StepTiming {
  readonly stepNo: SopStepNo;
  /** Minutes from start to end, or to `now` while the step runs (fractional). */
  readonly elapsedMinutes: number;
  /** SOP Mutu Baku; null where the SOP sets none. */
  readonly standardMinutes: number | null;
  readonly state: StepTimingState;
  readonly running: boolean;
}

/**
 * Time spent on a step against the SOP's standard, for the counter screen. The last
 * attempt counts; null when the step has not been started in this visit.
 */
export function stepTiming(visit: Visit, stepNo: SopStepNo, now: string): StepTiming | null {
  const event = visit.steps.findLast((e) => e.stepNo === stepNo);
  if (!event) return null;
  const end = event.endedAt ?? now;
  const elapsedMinutes = Math.max(0, (Date.parse(end) - Date.parse(event.startedAt)) / 60_000);
  const standardMinutes = sopStep(stepNo).standardMinutes;
  const state: StepTimingState =
    standardMinutes === null
      ? 'tanpa-standar'
      : elapsedMinutes > standardMinutes
        ? 'melewati-batas'
        : 'dalam-batas';
  return { stepNo, elapsedMinutes, standardMinutes, state, running: event.endedAt === null };
}

/** What the officer should do next, in one sentence for the counter screen. */
export function nextAction(visit: Visit): string {
  switch (visit.status) {
    case 'selesai':
      return 'Layanan selesai. Panggil antrean berikutnya.';
    case 'berkas-dikembalikan':
      return 'Berkas dikembalikan kepada pencaker untuk dilengkapi.';
    case 'dibatalkan':
      return 'Kunjungan dibatalkan.';
    case 'berjalan': {
      const no = currentStep(visit);
      if (no === null) return 'Semua langkah selesai.';
      const step = sopStep(no);
      const running = visit.steps.some((e) => e.stepNo === no && e.endedAt === null);
      const verb = running ? 'Selesaikan' : 'Mulai';
      return `${verb} langkah ${no}: ${step.title} (${officerRoleLabels[step.role]}).`;
    }
  }
}
