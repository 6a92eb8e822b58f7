import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import type { OfficerRecord, VisitRecord } from '../../src-shared/domain/records.js';
import { currentStep, openVisit } from '../../src-shared/domain/visit.js';
import {
  advance,
  skipCurrent,
  startAuthorising,
  startCurrent,
  switchService,
} from '../../src-renderer/features/visit/visit-flow.js';

const petugas: OfficerRecord = {
  id: 'p',
  name: 'Made',
  nip: '',
  roles: ['petugas-ak1'],
  active: true,
};
const pk: OfficerRecord = {
  id: 'k',
  name: 'Nyoman',
  nip: '198003152006042011',
  roles: ['pengantar-kerja'],
  active: true,
};
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 1, minute)).toISOString();
const value = <T>(o: Outcome<T>): T => {
  if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
  return o.value;
};

function visit(service: VisitRecord['serviceType'] = 'baru'): VisitRecord {
  const v = openVisit({ id: 'v', queueNumber: '01-001', serviceType: service, openedAt: at(0) });
  const meta = { createdAt: at(0), updatedAt: at(0), version: 1, counterId: 'c', officerId: 'p' };
  return value(startCurrent({ ...v, ...meta, day: '2026-11-24' }, petugas, at(0)));
}

/** Advances through `count` steps, one minute each. */
function walk(v: VisitRecord, count: number, officer = petugas): VisitRecord {
  let next = v;
  for (let i = 0; i < count; i += 1) next = value(advance(next, officer, at(i + 1)));
  return next;
}

describe('driving a visit through the SOP', () => {
  it('starts the next step the moment the last one is finished, so its clock runs', () => {
    const v = walk(visit(), 2);
    expect(currentStep(v)).toBe(3);
    expect(v.steps.map((e) => [e.stepNo, e.endedAt !== null])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(v.steps[2]?.startedAt).toBe(v.steps[1]?.endedAt);
  });

  it('records the officer in the step role they hold, else their own role', () => {
    const v = walk(visit(), 5, pk);
    expect(v.steps.find((e) => e.stepNo === 6)).toMatchObject({
      officerId: 'k',
      role: 'pengantar-kerja',
    });
    expect(v.steps.find((e) => e.stepNo === 2)).toMatchObject({
      officerId: 'k',
      role: 'pengantar-kerja',
    });
  });

  it('leaves the authorisation (step 11) for a Pengantar Kerja to start', () => {
    const at10 = walk(visit(), 10);
    expect(currentStep(at10)).toBe(11);
    expect(at10.steps.some((e) => e.stepNo === 11)).toBe(false);
    const refused = startAuthorising(at10, petugas, at(20), null);
    expect(refused.ok ? 'ok' : refused.error.code).toBe('NOT_AUTHORISED');
    const started = value(startAuthorising(at10, pk, at(20), null));
    expect(started.steps.at(-1)).toMatchObject({ stepNo: 11, officerId: 'k', endedAt: null });
  });

  it('lets an officer with a recorded disposisi authorise, and keeps its reference', () => {
    const at10 = walk(visit(), 10);
    const disposisi = {
      reference: '800/123/DTKSK',
      officerId: 'p',
      grantedBy: 'Kabid',
      steps: [11 as const],
      validFrom: at(0),
      validUntil: null,
    };
    const started = value(startAuthorising(at10, petugas, at(20), disposisi));
    expect(started.steps.at(-1)).toMatchObject({ stepNo: 11, disposisiRef: '800/123/DTKSK' });
  });

  it('skips counselling with a reason even after it began', () => {
    let v = walk(visit(), 10);
    v = value(startAuthorising(v, pk, at(20), null));
    v = value(advance(v, pk, at(21)));
    expect(currentStep(v)).toBe(12);
    v = value(skipCurrent(v, pk, at(22), 'Pencaker sudah bekerja'));
    expect(v.steps.find((e) => e.stepNo === 12)).toMatchObject({
      skipped: true,
      note: 'Pencaker sudah bekerja',
    });
    expect(currentStep(v)).toBe(13);
  });

  it('turns a new-card visit into a renewal at the greeting, but not once data was entered', () => {
    const greeted = visit();
    const renewal = value(switchService(greeted, 'perpanjangan', 'seeker-1'));
    expect(renewal).toMatchObject({ serviceType: 'perpanjangan', seekerId: 'seeker-1' });
    const report = value(switchService(greeted, 'lapor-enam-bulan', 'seeker-1'));
    expect(report.plannedSteps).toEqual([1, 2, 4, 11, 12, 13]);
    const atData = walk(greeted, 3);
    const late = switchService(atData, 'perpanjangan', 'seeker-1');
    expect(late.ok ? 'ok' : late.error.code).toBe('TOO_LATE_TO_SWITCH');
  });
});
