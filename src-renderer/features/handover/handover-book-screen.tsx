import { useEffect, useState } from 'react';
import type { HandoverRecord, OfficerRecord } from '../../../src-shared/domain/records.js';
import { useServices } from '../../app/services.js';
import { useT } from '../../i18n/i18n.js';

/** Buku Penyerahan AK/I: date, number, name and officer of every card handed over. */
export function HandoverBookScreen() {
  const t = useT();
  const { handovers, officers } = useServices();
  const [lines, setLines] = useState<readonly HandoverRecord[] | undefined>(undefined);
  const [staff, setStaff] = useState<readonly OfficerRecord[]>([]);
  useEffect(() => {
    void handovers.list(500).then(setLines);
    void officers.list().then(setStaff);
  }, [handovers, officers]);
  const officerName = (id: string) => staff.find((o) => o.id === id)?.name ?? id;
  return (
    <section aria-labelledby="book-title" className="screen">
      <h1 id="book-title">{t('book.title')}</h1>
      <p className="screen__intro">{t('book.intro')}</p>
      {lines && lines.length === 0 && <p role="status">{t('book.empty')}</p>}
      {lines && lines.length > 0 && (
        <table aria-label={t('book.table')}>
          <thead>
            <tr>
              <th scope="col">{t('book.col.no')}</th>
              <th scope="col">{t('book.col.date')}</th>
              <th scope="col">{t('book.col.number')}</th>
              <th scope="col">{t('book.col.name')}</th>
              <th scope="col">{t('book.col.officer')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line, i) => (
              <tr key={line.id}>
                <td>{lines.length - i}</td>
                <td>
                  {new Date(line.handedAt).toLocaleString('id-ID', {
                    dateStyle: 'long',
                    timeStyle: 'short',
                  })}
                </td>
                <td className="mono">{line.registrationNumber}</td>
                <td>{line.seekerName}</td>
                <td>{officerName(line.officerId)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
