import { useT } from '../i18n/i18n.js';
import { useDuty } from './duty.js';

/** "Petugas bertugas": who is at the counter; steps and records are stamped with them. */
export function DutyPicker() {
  const t = useT();
  const { officers, officer, choose } = useDuty();
  return (
    <label>
      {t('duty.label')}{' '}
      <select value={officer?.id ?? ''} onChange={(e) => choose(e.target.value)}>
        {officers.length === 0 && <option value="">{t('duty.none')}</option>}
        {officers.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
