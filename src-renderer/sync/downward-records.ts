import { desiredLocations, type DesiredLocation } from '../../src-shared/domain/biodata.js';
import { isEducationLevel } from '../../src-shared/domain/education.js';
import { kbjiMajorGroups, type KbjiMajorGroup } from '../../src-shared/domain/kbji.js';
import type { OfficerRecord, VacancyRecord } from '../../src-shared/domain/records.js';
import { officerRoles, type OfficerRole } from '../../src-shared/domain/sop.js';

/*
 * The city hands vacancies and officer accounts down in its own shape (protocol-admin.ts:
 * title, employer, kbji...; extra fields kept). These map them onto the counter's records,
 * preferring the counter's own field names when the city already sends them.
 */

const str = (value: unknown, fallback = ''): string =>
  typeof value === 'string' ? value : fallback;

function kbjiGroupOf(payload: Record<string, unknown>): KbjiMajorGroup {
  const direct = payload['kbjiGroup'];
  const fromCode = Number(str(payload['kbji']).slice(0, 1));
  const wanted = typeof direct === 'number' ? direct : fromCode;
  return kbjiMajorGroups.find((group) => group === wanted) ?? 9;
}

function locationOf(payload: Record<string, unknown>): VacancyRecord['location'] {
  const given = payload['location'];
  if (typeof given === 'object' && given !== null && 'scope' in given && 'place' in given) {
    const scope = desiredLocations.find((item) => item === given.scope);
    if (scope) return { scope, place: str(given.place) };
  }
  const scope: DesiredLocation = 'dalam-negeri';
  return { scope, place: str(payload['place'], 'Denpasar') };
}

export function toVacancyRecord(payload: Record<string, unknown>, at: string): VacancyRecord {
  const minEducation = str(payload['minEducation']);
  const keywords = payload['keywords'];
  return {
    id: str(payload['id']),
    employer: str(payload['employer']),
    position: str(payload['position'], str(payload['title'])),
    kbjiGroup: kbjiGroupOf(payload),
    minEducation: isEducationLevel(minEducation) ? minEducation : null,
    location: locationOf(payload),
    keywords: Array.isArray(keywords) ? keywords.filter((k) => typeof k === 'string') : [],
    // A vacancy without a closing day stays open until the city withdraws it.
    closesAt: str(payload['closesAt'], '9999-12-31').slice(0, 10),
    importedAt: at,
    source: 'server kota',
  };
}

export function toOfficerRecord(payload: Record<string, unknown>): OfficerRecord {
  const roles = Array.isArray(payload['roles']) ? payload['roles'] : [];
  return {
    id: str(payload['id']),
    name: str(payload['name']),
    nip: str(payload['nip']),
    roles: roles.flatMap((role): OfficerRole[] => {
      const known = officerRoles.find((item) => item === role);
      return known ? [known] : [];
    }),
    active: payload['active'] !== false,
  };
}
