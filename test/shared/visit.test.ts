import { describe, expect, it } from 'vitest';
import type { Disposisi } from '../../src-shared/domain/disposisi.js';
import type { Outcome } from '../../src-shared/domain/outcome.js';
import { sopStep, type SopStepNo } from '../../src-shared/domain/sop.js';
import type { Officer, Visit } from '../../src-shared/domain/visit.js';
import {
  cancelVisit,
  completeStep,
  currentStep,
  openVisit,
  returnDocuments,
  skipStep,
  startStep,
} from '../../src-shared/domain/visit.js';

const loket: Officer = { id: 'off-1', role: 'petugas-ak1' };
const pk: Officer = { id: 'off-2', role: 'pengantar-kerja' };
const at = (minute: number): string =>
  new Date(Date.UTC(2025, 5, 10, 1, 0) + minute * 60_000).toISOString();

function value<T>(o: Outcome<T>): T {
  if (!o.ok) throw new Error(`${o.error.code}: ${o.error.message}`);
  return o.value;
}

function errorCode<T>(o: Outcome<T>): string {
  return o.ok ? 'ok' : o.error.code;
}

/** Runs each step start..complete, one minute apart, by an officer of the SOP's role. */
function walk(visit: Visit, steps: readonly SopStepNo[], t0 = 0): Visit {
  let v = visit;
  steps.forEach((stepNo, i) => {
    const officer = sopStep(stepNo).role === 'pengantar-kerja' ? pk : loket;
    v = value(startStep(v, { stepNo, officer, now: at(t0 + i) }));
    v = value(completeStep(v, { stepNo, now: at(t0 + i + 1) }));
  });
  return v;
}

const fresh = (): Visit =>
  openVisit({ id: 'v1', queueNumber: 'A001', serviceType: 'baru', openedAt: at(0) });

describe('kunjungan loket AK/I', () => {
  it('pencaker baru melewati langkah 1-13 lalu kunjungan selesai', () => {
    const v0 = fresh();
    expect(v0.status).toBe('berjalan');
    expect(currentStep(v0)).toBe(1);
    const done = walk(v0, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(done.status).toBe('selesai');
    expect(done.closedAt).toBe(at(13));
    expect(currentStep(done)).toBeNull();
    expect(done.steps.map((s) => s.stepNo)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(done.steps[10]).toMatchObject({ officerId: 'off-2', role: 'pengantar-kerja' });
  });

  it('tidak mengubah kunjungan lama (immutable)', () => {
    const v0 = fresh();
    const v1 = value(startStep(v0, { stepNo: 1, officer: loket, now: at(0) }));
    expect(v0.steps).toHaveLength(0);
    expect(v1.steps).toHaveLength(1);
    expect(v1.steps[0]?.endedAt).toBeNull();
    const v2 = value(completeStep(v1, { stepNo: 1, now: at(1), note: 'Om Swastiastu' }));
    expect(v1.steps[0]?.endedAt).toBeNull();
    expect(v2.steps[0]).toMatchObject({ endedAt: at(1), note: 'Om Swastiastu' });
  });

  it('menolak langkah yang bukan gilirannya', () => {
    const r = startStep(fresh(), { stepNo: 4, officer: loket, now: at(0) });
    expect(errorCode(r)).toBe('STEP_OUT_OF_ORDER');
    expect(r.ok ? '' : r.error.message).toContain('langkah 1');
  });

  it('menolak memulai langkah baru sebelum langkah berjalan selesai', () => {
    const v = value(startStep(fresh(), { stepNo: 1, officer: loket, now: at(0) }));
    expect(errorCode(startStep(v, { stepNo: 2, officer: loket, now: at(1) }))).toBe(
      'STEP_IN_PROGRESS',
    );
    expect(errorCode(completeStep(v, { stepNo: 2, now: at(1) }))).toBe('STEP_NOT_STARTED');
    expect(errorCode(completeStep(fresh(), { stepNo: 1, now: at(1) }))).toBe('STEP_NOT_STARTED');
  });

  it('petugas loket tanpa disposisi tidak boleh mengesahkan kartu (langkah 11)', () => {
    const v = walk(fresh(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const r = startStep(v, { stepNo: 11, officer: loket, now: at(20) });
    expect(errorCode(r)).toBe('NOT_AUTHORISED');
    expect(r.ok ? '' : r.error.message).toContain('disposisi');
  });

  it('petugas dengan disposisi tercatat boleh mengesahkan, dan nomornya disimpan', () => {
    const d: Disposisi = {
      reference: '800/45/DTKSK',
      officerId: loket.id,
      grantedBy: 'off-2',
      steps: [11],
      validFrom: at(-600),
      validUntil: null,
    };
    const v = walk(fresh(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const signed = value(startStep(v, { stepNo: 11, officer: loket, now: at(20), disposisi: d }));
    expect(signed.steps.at(-1)).toMatchObject({ stepNo: 11, disposisiRef: '800/45/DTKSK' });
    const others = { ...d, officerId: 'off-9' };
    expect(
      errorCode(startStep(v, { stepNo: 11, officer: loket, now: at(20), disposisi: others })),
    ).toBe('NOT_AUTHORISED');
    const own = value(startStep(v, { stepNo: 11, officer: pk, now: at(20), disposisi: d }));
    expect(own.steps.at(-1)?.disposisiRef).toBeUndefined();
  });

  it('job counseling boleh dilewati dengan alasan; langkah lain tidak', () => {
    const v = walk(fresh(), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    const noReason = skipStep(v, { stepNo: 12, officer: pk, now: at(20), reason: '  ' });
    expect(errorCode(noReason)).toBe('REASON_REQUIRED');
    const skipped = value(
      skipStep(v, { stepNo: 12, officer: pk, now: at(20), reason: 'Sudah bekerja' }),
    );
    expect(skipped.steps.at(-1)).toMatchObject({
      stepNo: 12,
      skipped: true,
      note: 'Sudah bekerja',
    });
    expect(currentStep(skipped)).toBe(13);
    const early = walk(fresh(), [1, 2]);
    expect(errorCode(skipStep(early, { stepNo: 3, officer: loket, now: at(5), reason: 'x' }))).toBe(
      'STEP_NOT_SKIPPABLE',
    );
  });

  it('berkas tidak lengkap dikembalikan pada langkah 3 dan kunjungan ditutup', () => {
    let v = walk(fresh(), [1, 2]);
    v = value(startStep(v, { stepNo: 3, officer: loket, now: at(3) }));
    const back = value(returnDocuments(v, { now: at(5), reason: 'Kurang: fotokopi ijazah' }));
    expect(back.status).toBe('berkas-dikembalikan');
    expect(back.closingNote).toBe('Kurang: fotokopi ijazah');
    expect(back.steps.at(-1)?.endedAt).toBe(at(5));
    expect(currentStep(back)).toBeNull();
    expect(errorCode(startStep(back, { stepNo: 4, officer: loket, now: at(6) }))).toBe(
      'VISIT_CLOSED',
    );
  });

  it('berkas tidak bisa dikembalikan setelah data diisi (langkah 4)', () => {
    const v = walk(fresh(), [1, 2, 3, 4]);
    expect(errorCode(returnDocuments(v, { now: at(9), reason: 'x' }))).toBe('TOO_LATE_TO_RETURN');
  });

  it('pembatalan butuh alasan dan menutup kunjungan', () => {
    const v = walk(fresh(), [1]);
    expect(errorCode(cancelVisit(v, { now: at(3), reason: '' }))).toBe('REASON_REQUIRED');
    const c = value(cancelVisit(v, { now: at(3), reason: 'Pencaker pergi' }));
    expect(c.status).toBe('dibatalkan');
    expect(errorCode(cancelVisit(c, { now: at(4), reason: 'lagi' }))).toBe('VISIT_CLOSED');
  });

  it('legalisir hanya melalui langkah 1, 2, 14-17', () => {
    const v = openVisit({
      id: 'v2',
      queueNumber: 'B002',
      serviceType: 'legalisir',
      openedAt: at(0),
    });
    expect(v.plannedSteps).toEqual([1, 2, 14, 15, 16, 17]);
    const after2 = walk(v, [1, 2]);
    expect(currentStep(after2)).toBe(14);
    const done = walk(after2, [14, 15], 5);
    const sign = startStep(done, { stepNo: 16, officer: loket, now: at(9) });
    expect(errorCode(sign)).toBe('NOT_AUTHORISED');
    const finished = walk(done, [16, 17], 9);
    expect(finished.status).toBe('selesai');
  });

  it('pencaker baru dengan legalisir sekaligus tetap terbuka setelah langkah 13', () => {
    const v = openVisit({
      id: 'v3',
      queueNumber: 'A003',
      serviceType: 'baru',
      seekerId: 's-1',
      openedAt: at(0),
      withLegalisation: true,
    });
    const after13 = walk(v, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(after13.status).toBe('berjalan');
    expect(currentStep(after13)).toBe(14);
    expect(after13.seekerId).toBe('s-1');
  });
});
