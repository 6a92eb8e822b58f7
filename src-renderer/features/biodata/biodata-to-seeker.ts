import type { Biodata } from '../../../src-shared/domain/biodata.js';
import { educationLevels, type EducationLevel } from '../../../src-shared/domain/education.js';
import { parseNik } from '../../../src-shared/domain/nik.js';
import { wilayahByCode } from '../../../src-shared/domain/wilayah.js';
import type { SeekerFields } from '../../db/seekers-repository.js';

/** Highest level among the education rows (the card and the IPK reports use it). */
export function highestEducation(biodata: Biodata): EducationLevel {
  const rank = (level: EducationLevel) => educationLevels.indexOf(level);
  return biodata.education.reduce<EducationLevel>(
    (best, row) => (rank(row.level) > rank(best) ? row.level : best),
    'SD',
  );
}

/** One address line as printed on the card: street, kelurahan/desa, kecamatan. */
export function addressLine(biodata: Biodata): string {
  const { street, kecamatanCode, kelurahanCode } = biodata.address;
  const kel = wilayahByCode(kelurahanCode);
  const kec = wilayahByCode(kecamatanCode);
  return [
    street,
    kel ? `${kel.level === 'desa' ? 'Desa' : 'Kel.'} ${kel.name}` : '',
    kec ? `Kec. ${kec.name}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** The seeker record's own fields follow the AK/II form, which is kept whole beside them. */
export function seekerFieldsFromBiodata(biodata: Biodata, today: string): SeekerFields {
  const nik = parseNik(biodata.nik, today);
  const kecamatan = nik.ok ? nik.value.kecamatan : undefined;
  return {
    nik: biodata.nik,
    name: biodata.name,
    birthPlace: biodata.birthPlace,
    birthDate: biodata.birthDate,
    sex: biodata.sex,
    address: addressLine(biodata),
    phone: biodata.phone,
    educationLevel: highestEducation(biodata),
    ...(kecamatan ? { nikKecamatanCode: kecamatan.code } : {}),
    biodata,
  };
}
