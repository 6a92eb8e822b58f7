import type { Biodata } from '../../../src-shared/domain/biodata.js';
import { defaultMaritalStatuses, religionLabels } from '../../../src-shared/domain/biodata.js';
import type { CardOffice, CardReport } from '../../../src-shared/domain/card-print.js';
import { cardReportRowsDefault } from '../../../src-shared/domain/card-print.js';
import type { CardRecord } from '../../../src-shared/domain/records.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import { wilayahByCode } from '../../../src-shared/domain/wilayah.js';
import type { CardRenderData } from '../../../src-shared/ipc/channels/card.js';
import type { CardContext } from '../../db/cards-repository.js';

/** The office header printed on every card (REFERENCE §2, §10). */
export const denpasarOffice: CardOffice = {
  government: 'PEMERINTAH KOTA DENPASAR',
  agency: 'DINAS TENAGA KERJA DAN SERTIFIKASI KOMPETENSI',
  address: 'Jl. Gatot Subroto VI/J No. 32, Denpasar',
};

export interface Signer {
  readonly name: string;
  readonly nip: string;
}

export interface CardSource {
  readonly seeker: Seeker;
  readonly card: Pick<CardRecord, 'registrationNumber' | 'issuedAt' | 'validUntil'>;
  readonly context: CardContext;
  readonly pengantarKerja: Signer;
  readonly office?: CardOffice;
}

const years = (from: number | null, to: number | null): string =>
  from === null && to === null ? '' : `${from ?? '?'}-${to ?? 'sekarang'}`;

function addressOf(biodata: Biodata): string {
  const { street, kelurahanCode, kecamatanCode } = biodata.address;
  const kelurahan = wilayahByCode(kelurahanCode)?.name;
  const kecamatan = wilayahByCode(kecamatanCode)?.name;
  return [street, kelurahan, kecamatan && `Kec. ${kecamatan}`].filter(Boolean).join(', ');
}

/** Biodata (form AK/II) fields the data half prints; without it, what registration typed. */
function biodataFields(seeker: Seeker) {
  const b = seeker.biodata;
  if (!b) {
    return {
      maritalStatus: '',
      religion: '',
      address: seeker.address,
      education: [{ level: seeker.educationLevel, institution: '', major: '', yearOut: '' }],
      trainings: [],
      experiences: [],
    };
  }
  const marital = defaultMaritalStatuses.find((s) => s.code === b.maritalStatus);
  return {
    maritalStatus: marital?.label ?? b.maritalStatus,
    religion: religionLabels[b.religion],
    address: addressOf(b),
    education: b.education.map((e) => ({
      level: e.level,
      institution: e.institution,
      major: e.major,
      yearOut: e.yearOut === null ? '' : String(e.yearOut),
    })),
    trainings: [
      ...b.trainings.map((t) =>
        [t.name, [t.institution, t.year ?? ''].filter(Boolean).join(' ')]
          .filter(Boolean)
          .join(', '),
      ),
      ...b.skills,
    ],
    experiences: b.workExperience.map((w) => ({
      employer: w.employer,
      position: w.position,
      years: years(w.yearIn, w.yearOut),
    })),
    ...(b.nationalNumber ? { nationalNumber: b.nationalNumber } : {}),
  };
}

/** LAPORAN rows: those already reported, padded with empty rows for handwriting. */
function reportRows(context: CardContext): CardReport[] {
  const done: CardReport[] = context.reports.map((r) => ({
    date: r.reportedAt,
    officerName: r.officerName,
    officerNip: r.officerNip,
  }));
  const empty = Math.max(0, cardReportRowsDefault - done.length);
  return [...done, ...Array.from({ length: empty }, () => ({}))];
}

/** Everything the card prints, from the stored records; the photo goes by its archive hash. */
export function cardRenderData(source: CardSource): CardRenderData {
  const { seeker, card, context } = source;
  const biodata = biodataFields(seeker);
  return {
    office: source.office ?? denpasarOffice,
    registrationNumber: card.registrationNumber,
    nik: seeker.nik,
    name: seeker.biodata?.name ?? seeker.name,
    birthPlace: seeker.biodata?.birthPlace ?? seeker.birthPlace,
    birthDate: seeker.biodata?.birthDate ?? seeker.birthDate,
    sex: seeker.sex,
    ...biodata,
    issuedAt: card.issuedAt,
    validUntil: card.validUntil,
    reports: reportRows(context),
    ...(context.placement
      ? { placement: { employer: context.placement.employer, since: context.placement.startDate } }
      : {}),
    pengantarKerja: { name: source.pengantarKerja.name.trim(), nip: source.pengantarKerja.nip },
    ...(seeker.photo ? { photoSha256: seeker.photo.sha256 } : {}),
  };
}
