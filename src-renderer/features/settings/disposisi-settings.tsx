import { useEffect, useState, type FormEvent } from 'react';
import type { Disposisi } from '../../../src-shared/domain/disposisi.js';
import { isCalendarDate } from '../../../src-shared/domain/calendar-date.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import { TextField } from '../../components/field.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';
import { OfficerPicker } from '../approval/officer-picker.js';

/** Local midnight (start) or the last second (end) of a YYYY-MM-DD day, as an ISO instant. */
const dayStart = (day: string) => new Date(`${day}T00:00:00`).toISOString();
const dayEnd = (day: string) => new Date(`${day}T23:59:59`).toISOString();

/**
 * Recorded delegations: when the Pengantar Kerja is absent, the officer named in a disposisi
 * may authorise the card (step 11) for the period written in it.
 */
export function DisposisiSettings() {
  const t = useT();
  const { officers: repository, today } = useServices();
  const { officers } = useDuty();
  const [list, setList] = useState<readonly Disposisi[]>([]);
  const [form, setForm] = useState({
    officerId: '',
    reference: '',
    grantedBy: '',
    from: today(),
    until: '',
  });
  const [error, setError] = useState<string | undefined>(undefined);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    void repository.listDisposisi().then(setList);
  }, [repository, version]);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!form.officerId) return setError(t('disposisi.needOfficer'));
    if (form.reference.trim() === '') return setError(t('disposisi.needReference'));
    if (!isCalendarDate(form.from) || (form.until !== '' && !isCalendarDate(form.until))) {
      return setError(t('disposisi.badDates'));
    }
    setError(undefined);
    await repository.saveDisposisi({
      reference: form.reference.trim(),
      officerId: form.officerId,
      grantedBy: form.grantedBy.trim(),
      steps: [11],
      validFrom: dayStart(form.from),
      validUntil: form.until ? dayEnd(form.until) : null,
    });
    setForm({ ...form, reference: '', officerId: '' });
    setVersion(version + 1);
  }

  const name = (id: string) => officers.find((o) => o.id === id)?.name ?? id;
  return (
    <section aria-labelledby="disposisi-title">
      <h2 id="disposisi-title">{t('disposisi.title')}</h2>
      <p className="screen__intro">{t('disposisi.intro')}</p>
      {list.length > 0 && (
        <ul className="plain-list" aria-label={t('disposisi.list')}>
          {list.map((d) => (
            <li key={d.reference}>
              {t('disposisi.line', {
                ref: d.reference,
                name: name(d.officerId),
                from: d.validFrom.slice(0, 10),
                until: d.validUntil?.slice(0, 10) ?? '—',
              })}{' '}
              <button
                type="button"
                onClick={() =>
                  void repository.removeDisposisi(d.reference).then(() => setVersion(version + 1))
                }
              >
                {t('disposisi.remove', { ref: d.reference })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form-grid" onSubmit={(e) => void add(e)} noValidate>
        {error && <Notice tone="error">{error}</Notice>}
        <OfficerPicker
          id="disposisi-officer"
          label={t('disposisi.officer')}
          officers={officers}
          value={form.officerId}
          placeholder={t('authorise.officerChoose')}
          onChange={(officerId) => setForm({ ...form, officerId })}
        />
        <TextField
          id="disposisi-reference"
          label={t('disposisi.reference')}
          value={form.reference}
          onChange={(e) => setForm({ ...form, reference: e.target.value })}
        />
        <TextField
          id="disposisi-grantedBy"
          label={t('disposisi.grantedBy')}
          value={form.grantedBy}
          onChange={(e) => setForm({ ...form, grantedBy: e.target.value })}
        />
        <TextField
          id="disposisi-from"
          type="date"
          label={t('disposisi.from')}
          value={form.from}
          onChange={(e) => setForm({ ...form, from: e.target.value })}
        />
        <TextField
          id="disposisi-until"
          type="date"
          label={t('disposisi.until')}
          hint={t('disposisi.untilHint')}
          value={form.until}
          onChange={(e) => setForm({ ...form, until: e.target.value })}
        />
        <div className="form-actions">
          <button type="submit">{t('disposisi.add')}</button>
        </div>
      </form>
    </section>
  );
}
