import { useState } from 'react';
import { cancelVisit } from '../../../src-shared/domain/visit.js';
import { TextField } from '../../components/field.js';
import { useT } from '../../i18n/i18n.js';
import type { VisitController } from './use-visit.js';

/** Ends a visit early with a reason (the visitor left, came for something else...). */
export function CancelVisit(props: { readonly controller: VisitController }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('visit.cancel')}
      </button>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        void props.controller.run((v, _o, now) => {
          const result = cancelVisit(v, { now, reason });
          return result.ok ? { ok: true, value: { ...v, ...result.value } } : result;
        });
      }}
    >
      <TextField
        id="cancel-reason"
        label={t('visit.cancelReason')}
        value={reason}
        autoFocus
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit">{t('visit.cancelConfirm')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('visit.cancelKeep')}
      </button>
    </form>
  );
}
