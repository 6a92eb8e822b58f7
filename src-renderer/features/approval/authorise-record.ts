import { ok, fail, type Outcome } from '../../../src-shared/domain/outcome.js';
import type { CardRecord, OfficerRecord, VisitRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import type { AppServices } from '../../app/services.js';

/**
 * What the Pengantar Kerja's signature records, by service: the card's approval, the next
 * LAPORAN row, or the placement's endorsement. Returns the note for the visit's step.
 */
export async function recordAuthorisation(
  services: Pick<AppServices, 'cardSteps' | 'reports' | 'now' | 'today'>,
  input: {
    readonly visit: VisitRecord;
    readonly seeker: Seeker;
    readonly officer: OfficerRecord;
    /** The seeker's current card (reports are written into it). */
    readonly card: CardRecord | undefined;
    readonly disposisiRef: string | undefined;
  },
): Promise<Outcome<string, 'NO_CARD'>> {
  const { visit, officer } = input;
  const who = `${officer.name} (NIP ${officer.nip || '-'})`;
  switch (visit.serviceType) {
    case 'lapor-enam-bulan': {
      if (!input.card)
        return fail('NO_CARD', 'Pencaker belum memiliki kartu AK/I untuk diisi laporannya.');
      const row = await services.reports.add({
        seekerId: input.seeker.id,
        cardId: input.card.id,
        reportedAt: services.today(),
        officerName: officer.name,
        officerNip: officer.nip,
      });
      return ok(`Laporan ke-${row.ordinal} ditandatangani ${who}`);
    }
    case 'lapor-diterima-kerja':
      return ok(`Laporan diterima kerja disahkan ${who}`);
    default: {
      if (!visit.cardId) return fail('NO_CARD', 'Kartu kunjungan ini belum dibuat (langkah 7).');
      await services.cardSteps.approve(visit.cardId, {
        officerId: officer.id,
        name: officer.name,
        nip: officer.nip,
        at: services.now().toISOString(),
        ...(input.disposisiRef ? { disposisiRef: input.disposisiRef } : {}),
      });
      return ok(`Kartu disahkan ${who}`);
    }
  }
}
