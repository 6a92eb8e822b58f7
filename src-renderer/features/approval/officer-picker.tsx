import type { OfficerRecord } from '../../../src-shared/domain/records.js';
import { officerRoleLabels } from '../../../src-shared/domain/sop.js';
import { SelectField } from '../../components/field.js';

/** "Name · roles · NIP" for pickers, so the officer can be told apart by role. */
export function officerLabel(officer: OfficerRecord): string {
  const roles = officer.roles.map((r) => officerRoleLabels[r]).join(', ');
  return `${officer.name} · ${roles}${officer.nip ? ` · NIP ${officer.nip}` : ''}`;
}

/** A simple officer picker with roles, until officer accounts land. */
export function OfficerPicker(props: {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly officers: readonly OfficerRecord[];
  readonly value: string;
  readonly onChange: (officerId: string) => void;
  readonly placeholder: string;
  readonly error?: string;
  readonly autoFocus?: boolean;
  readonly disabled?: boolean;
}) {
  return (
    <SelectField
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      value={props.value}
      autoFocus={props.autoFocus}
      disabled={props.disabled}
      placeholder={props.placeholder}
      options={props.officers.map((o) => ({ value: o.id, label: officerLabel(o) }))}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
}
