import { desiredLocationLabels } from '../../../src-shared/domain/biodata.js';
import { educationLevelLabels } from '../../../src-shared/domain/education.js';
import { kbjiMajorGroupText } from '../../../src-shared/domain/kbji.js';
import type { SeekerProfile } from '../../../src-shared/domain/vacancy.js';
import { Notice } from '../../components/notice.js';
import { useT } from '../../i18n/i18n.js';

/** What the matching used, so the officer can tell why a vacancy is or is not listed. */
export function CounsellingBasis(props: {
  readonly profile: SeekerProfile;
  readonly hasBiodata: boolean;
}) {
  const t = useT();
  const { profile } = props;
  const none = t('counselling.basis.none');
  const rows: [string, string][] = [
    [
      t('counselling.basis.education'),
      profile.educationLevel ? educationLevelLabels[profile.educationLevel] : none,
    ],
    [
      t('counselling.basis.kbji'),
      profile.desiredKbjiGroups.map(kbjiMajorGroupText).join('; ') || none,
    ],
    [
      t('counselling.basis.location'),
      profile.desiredLocation ? desiredLocationLabels[profile.desiredLocation] : none,
    ],
    [t('counselling.basis.skills'), profile.skills.join(', ') || none],
  ];
  return (
    <>
      <h3>{t('counselling.basis')}</h3>
      {!props.hasBiodata && <Notice tone="info">{t('counselling.basis.noBiodata')}</Notice>}
      <dl className="counselling-basis">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
