import { useState, type FormEvent } from 'react';
import type { OfficePolicy } from '../../../src-shared/domain/policies.js';
import type { ValidityPolicy } from '../../../src-shared/domain/validity.js';
import { useServices } from '../../app/services.js';
import { SelectField, TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';

/** Office policies without a firm legal rule: minimum age, domicile check, report rows. */
export function PolicySettings(props: {
  readonly policy: OfficePolicy;
  readonly validity: ValidityPolicy;
}) {
  const t = useT();
  const { settings } = useServices();
  const [age, setAge] = useState(String(props.policy.minimumAge));
  const [domicile, setDomicile] = useState(props.policy.domicileCheck);
  const [reports, setReports] = useState(String(props.validity.reportCount));
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string }>();

  async function save(event: FormEvent) {
    event.preventDefault();
    const minimumAge = Number(age);
    if (!Number.isInteger(minimumAge) || minimumAge < 10 || minimumAge > 25) {
      return setStatus({ tone: 'error', text: t('settings.ageInvalid') });
    }
    await settings.save('policy', { ...props.policy, minimumAge, domicileCheck: domicile });
    await settings.save('validity', { ...props.validity, reportCount: reports === '4' ? 4 : 3 });
    setStatus({ tone: 'success', text: t('settings.saved') });
  }

  return (
    <section aria-labelledby="policy-title">
      <h2 id="policy-title">{t('settings.policy')}</h2>
      <form className="form-grid" onSubmit={(e) => void save(e)} noValidate>
        <TextField
          id="policy-age"
          label={t('settings.minimumAge')}
          hint={t('settings.minimumAgeHint')}
          value={age}
          inputMode="numeric"
          onChange={(e) => setAge(e.target.value)}
        />
        <SelectField
          id="policy-domicile"
          label={t('settings.domicile')}
          value={domicile}
          placeholder={t('field.sex.choose')}
          options={[
            { value: 'warn', label: t('settings.domicileWarn') },
            { value: 'off', label: t('settings.domicileOff') },
          ]}
          onChange={(e) => setDomicile(e.target.value === 'off' ? 'off' : 'warn')}
        />
        <SelectField
          id="policy-reports"
          label={t('settings.reportCount')}
          hint={t('settings.reportCountHint')}
          value={reports}
          placeholder={t('field.sex.choose')}
          options={[
            { value: '3', label: t('settings.reports3') },
            { value: '4', label: t('settings.reports4') },
          ]}
          onChange={(e) => setReports(e.target.value)}
        />
        <div className="form-actions">
          <button type="submit" className="primary">
            {t('settings.policySave')}
          </button>
        </div>
        {status && <Notice tone={status.tone}>{status.text}</Notice>}
      </form>
    </section>
  );
}
