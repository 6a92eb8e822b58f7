import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { SopStepNo } from '../../src-shared/domain/sop.js';
import {
  completeStep,
  currentStep,
  openVisit,
  skipStep,
  startStep,
  type Officer,
  type Visit,
} from '../../src-shared/domain/visit.js';

const pk: Officer = { id: 'pk', role: 'pengantar-kerja' };
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 1, minute)).toISOString();
const value = <T>(o: Outcome<T>): T => {
  if (!o.ok) throw new Error(o.error.message);
  return o.value;
};

function upTo12(): Visit {
  let v = openVisit({ id: 'v', queueNumber: '01-001', serviceType: 'baru', openedAt: at(0) });
  const steps: SopStepNo[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
  for (const stepNo of steps) {
    v = value(startStep(v, { stepNo, officer: pk, now: at(stepNo) }));
    v = value(completeStep(v, { stepNo, now: at(stepNo) }));
  }
  return value(startStep(v, { stepNo: 12, officer: pk, now: at(20) }));
}

describe('skipping a step that has already started', () => {
  it('ends counselling as skipped with its reason and keeps when it began', () => {
    const skipped = value(
      skipStep(upTo12(), { stepNo: 12, officer: pk, now: at(22), reason: 'Sudah bekerja' }),
    );
    const events = skipped.steps.filter((e) => e.stepNo === 12);
    expect(events).toEqual([
      expect.objectContaining({
        startedAt: at(20),
        endedAt: at(22),
        skipped: true,
        note: 'Sudah bekerja',
      }),
    ]);
    expect(currentStep(skipped)).toBe(13);
  });

  it('still refuses to skip a running step the SOP makes compulsory', () => {
    const v = openVisit({ id: 'v', queueNumber: '01-001', serviceType: 'baru', openedAt: at(0) });
    const running = value(startStep(v, { stepNo: 1, officer: pk, now: at(0) }));
    const result = skipStep(running, { stepNo: 1, officer: pk, now: at(1), reason: 'x' });
    expect(result.ok ? 'ok' : result.error.code).toBe('STEP_NOT_SKIPPABLE');
  });
});
