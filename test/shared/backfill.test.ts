import { describe, expect, it } from 'vitest';
import { validateBackfill, type BackfillDraft } from '../../src-shared/domain/backfill.js';
import { ayu } from '../fixtures/seekers.js';

const draft: BackfillDraft = {
  seeker: ayu,
  originalAt: '2026-03-02T09:15',
  manualNumber: 'M-0012/III/2026',
  servedBy: 'petugas-1',
  withCard: true,
  cardIssuedOn: '2026-03-02',
};

describe('Input buku manual', () => {
  it('accepts a line of the book with its original date, number, officer and card', () => {
    const result = validateBackfill(draft, '2026-03-05T10:00');
    expect(result).toMatchObject({
      ok: true,
      value: {
        originalAt: '2026-03-02T09:15',
        manualNumber: 'M-0012/III/2026',
        card: { issuedOn: '2026-03-02' },
      },
    });
  });

  it('names every missing book field in Indonesian, together with the seeker fields', () => {
    const result = validateBackfill(
      {
        ...draft,
        seeker: { ...draft.seeker, name: '' },
        originalAt: '',
        manualNumber: ' ',
        servedBy: '',
        cardIssuedOn: '',
      },
      '2026-03-05T10:00',
    );
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining(['name', 'originalAt', 'manualNumber', 'servedBy', 'cardIssuedOn']),
    );
    expect(result.ok || result.errors.find((e) => e.field === 'servedBy')?.message).toBe(
      'Pilih petugas yang melayani saat itu.',
    );
  });

  it('refuses a service date or card date in the future', () => {
    const result = validateBackfill(
      { ...draft, originalAt: '2026-03-06T08:00', cardIssuedOn: '2026-03-06' },
      '2026-03-05T10:00',
    );
    const codes = result.ok ? [] : result.errors.map((error) => error.code);
    expect(codes).toEqual(['ORIGINAL_AT_FUTURE', 'CARD_ISSUED_FUTURE']);
  });

  it('needs no card date when no card was issued then', () => {
    const result = validateBackfill(
      { ...draft, withCard: false, cardIssuedOn: '' },
      '2026-03-05T10:00',
    );
    expect(result.ok && result.value.card).toBeUndefined();
  });
});
