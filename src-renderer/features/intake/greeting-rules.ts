import { parseNik } from '../../../src-shared/domain/nik.js';
import type { Seeker } from '../../../src-shared/domain/seeker.js';
import type { ServiceType } from '../../../src-shared/domain/service-type.js';
import type { MessageKey } from '../../i18n/id.js';

/** Services for someone who already holds an AK/I: the NIK must find them. */
const needsExistingSeeker: readonly ServiceType[] = [
  'perpanjangan',
  'lapor-enam-bulan',
  'lapor-diterima-kerja',
  'legalisir',
];

/** Why the greeting cannot move on yet, as a message key; null when it can. */
export function greetingProblem(input: {
  readonly service: ServiceType;
  readonly nik: string;
  readonly name: string;
  readonly existing: Seeker | undefined;
  /** The existing seeker holds a card already (then no second new card). */
  readonly hasCard: boolean;
  readonly today: string;
}): MessageKey | null {
  const nikOk = parseNik(input.nik, input.today).ok;
  if (input.nik !== '' && !nikOk) return 'greeting.nikInvalid';
  if (needsExistingSeeker.includes(input.service)) {
    if (!nikOk) return 'greeting.nikRequired';
    if (!input.existing) return 'greeting.notRegistered';
    return null;
  }
  if (input.service === 'baru') {
    if (!nikOk) return 'greeting.nikRequired';
    if (input.existing && input.hasCard) return 'greeting.alreadyHasCard';
  }
  if (!input.existing && input.name.trim() === '') return 'greeting.nameRequired';
  return null;
}
