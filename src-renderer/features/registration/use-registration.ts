import { useEffect, useMemo, useState } from 'react';
import { parseNik, type NikInfo } from '../../../src-shared/domain/nik.js';
import type { Failure } from '../../../src-shared/domain/outcome.js';
import type { Seeker, SeekerDraft } from '../../../src-shared/domain/seeker.js';
import { validateSeekerDraft } from '../../../src-shared/domain/seeker-validation.js';
import { useServices } from '../../app/services.js';

export const emptyDraft: SeekerDraft = {
  nik: '',
  name: '',
  birthPlace: '',
  birthDate: '',
  sex: '',
  address: '',
  phone: '',
  educationLevel: '',
};

export type SubmitResult =
  | { readonly kind: 'invalid'; readonly errors: readonly Failure[] }
  | { readonly kind: 'registered' | 'already-registered'; readonly seeker: Seeker }
  | { readonly kind: 'failed'; readonly reason: string };

/**
 * Form logic without markup: NIK-derived fields, the live "already registered" check and the
 * save. The draft itself is owned by the caller so that it survives switching screens.
 */
export function useRegistration(draft: SeekerDraft, setDraft: (draft: SeekerDraft) => void) {
  const { seekers, today } = useServices();
  const [lookup, setLookup] = useState<{ readonly nik: string; readonly seeker?: Seeker }>({
    nik: '',
  });
  const nikInfo: NikInfo | undefined = useMemo(() => {
    const parsed = parseNik(draft.nik, today());
    return parsed.ok ? parsed.value : undefined;
  }, [draft.nik, today]);

  useEffect(() => {
    if (!nikInfo) return;
    let current = true;
    void seekers.findByNik(nikInfo.nik).then((found) => {
      if (current) setLookup(found ? { nik: nikInfo.nik, seeker: found } : { nik: nikInfo.nik });
    });
    return () => {
      current = false;
    };
  }, [nikInfo, seekers]);

  function change<K extends keyof SeekerDraft>(field: K, value: SeekerDraft[K]): void {
    if (field !== 'nik') {
      setDraft({ ...draft, [field]: value });
      return;
    }
    // A complete, valid NIK fills the fields it encodes; the officer still sees and can correct them.
    const parsed = parseNik(String(value), today());
    setDraft(
      parsed.ok
        ? { ...draft, nik: String(value), birthDate: parsed.value.birthDate, sex: parsed.value.sex }
        : { ...draft, nik: String(value) },
    );
  }

  async function submit(): Promise<SubmitResult> {
    const validation = validateSeekerDraft(draft, today());
    if (!validation.ok) return { kind: 'invalid', errors: validation.errors };
    try {
      return await seekers.register(validation.value);
    } catch (error) {
      return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
    }
  }

  // Only the answer for the NIK now in the field counts; an older lookup is ignored.
  const existing = nikInfo && lookup.nik === nikInfo.nik ? lookup.seeker : undefined;
  return { nikInfo, existing, change, submit };
}
