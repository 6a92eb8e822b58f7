import { useEffect, useState } from 'react';
import type { OfficerRecord } from '../../../src-shared/domain/records.js';
import { useDuty } from '../../app/duty.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';
import { OfficerEditor } from './officer-editor.js';

/** The counter's officers with their roles and NIP (defaults seeded on first run). */
export function OfficersSettings() {
  const t = useT();
  const { officers } = useServices();
  const duty = useDuty();
  const [list, setList] = useState<readonly OfficerRecord[] | undefined>(undefined);
  const [version, setVersion] = useState(0);
  const [newId] = useState(() => crypto.randomUUID());
  useEffect(() => {
    void officers.list().then(setList);
  }, [officers, version]);

  async function save(officer: OfficerRecord) {
    await officers.save(officer);
    setVersion(version + 1);
    duty.reload();
  }

  return (
    <section aria-labelledby="officers-title">
      <h2 id="officers-title">{t('settings.officers')}</h2>
      {(list ?? []).map((officer, i) => (
        <OfficerEditor
          key={officer.id}
          officer={officer}
          prefix={`officer-${i + 1}`}
          legend={t('settings.officerN', { n: i + 1, name: officer.name })}
          submitLabel={t('settings.officerSave', { name: officer.name })}
          onSave={save}
        />
      ))}
      {list && (
        <OfficerEditor
          key={`new-${version}`}
          officer={{ id: `${newId}-${version}`, name: '', nip: '', roles: [], active: true }}
          prefix="officer-new"
          legend={t('settings.officerNew')}
          submitLabel={t('settings.officerAdd')}
          onSave={save}
        />
      )}
    </section>
  );
}
