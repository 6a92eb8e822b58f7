import { v7 as uuidv7 } from 'uuid';
import { fail, ok, type Outcome } from '../../src-shared/domain/outcome.js';
import type { CounterInfo } from '../../src-shared/sync/protocol.js';
import type { SqlClient } from '../storage/sql-client.js';
import { instant, instantOrNull, intOrNull, text } from '../storage/row.js';
import { hashSecret, newDeviceToken, newEnrolmentCode, normaliseEnrolmentCode } from './secrets.js';

export interface Counter {
  readonly id: string;
  readonly name: string;
}

export interface CountersStore {
  issueEnrolmentCode(validHours: number): Promise<{ code: string; expiresAt: string }>;
  enrol(
    code: string,
    counterName: string,
  ): Promise<Outcome<{ counterId: string; deviceToken: string }, 'ENROLMENT_CODE_INVALID'>>;
  /** The counter a device token belongs to, or undefined for an unknown or revoked token. */
  authenticate(deviceToken: string): Promise<Counter | undefined>;
  list(): Promise<CounterInfo[]>;
}

export function countersStore(sql: SqlClient, now: () => Date): CountersStore {
  return {
    async issueEnrolmentCode(validHours) {
      const code = newEnrolmentCode();
      const created = now();
      const expires = new Date(created.getTime() + validHours * 3_600_000);
      await sql.query(
        'INSERT INTO enrolment_codes (code_hash, created_at, expires_at) VALUES ($1, $2, $3)',
        [hashSecret(normaliseEnrolmentCode(code)), created, expires],
      );
      return { code, expiresAt: expires.toISOString() };
    },

    async enrol(code, counterName) {
      const counterId = uuidv7();
      const deviceToken = newDeviceToken();
      const at = now();
      const enrolled = await sql.transaction(async (tx) => {
        // The UPDATE ... WHERE used_at IS NULL makes a code single-use even under races.
        const claimed = await tx.query(
          `UPDATE enrolment_codes SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL AND expires_at > $2
           RETURNING code_hash`,
          [hashSecret(normaliseEnrolmentCode(code)), at],
        );
        if (claimed.length === 0) return false;
        await tx.query(
          'INSERT INTO counters (id, name, token_hash, enrolled_at) VALUES ($1, $2, $3, $4)',
          [counterId, counterName, hashSecret(deviceToken), at],
        );
        await tx.query('UPDATE enrolment_codes SET counter_id = $1 WHERE code_hash = $2', [
          counterId,
          hashSecret(normaliseEnrolmentCode(code)),
        ]);
        return true;
      });
      if (!enrolled) {
        return fail(
          'ENROLMENT_CODE_INVALID',
          'Kode pendaftaran salah, sudah dipakai, atau kedaluwarsa. Minta kode baru ke admin dinas.',
          'code',
        );
      }
      return ok({ counterId, deviceToken });
    },

    async authenticate(deviceToken) {
      const rows = await sql.query(
        'SELECT id::text AS id, name FROM counters WHERE token_hash = $1 AND revoked_at IS NULL',
        [hashSecret(deviceToken)],
      );
      const row = rows[0];
      return row ? { id: text(row, 'id'), name: text(row, 'name') } : undefined;
    },

    async list() {
      const rows = await sql.query(
        `SELECT id::text AS id, name, enrolled_at, last_seen_at, clock_skew_ms FROM counters
         WHERE revoked_at IS NULL ORDER BY enrolled_at`,
      );
      return rows.map((row) => ({
        id: text(row, 'id'),
        name: text(row, 'name'),
        enrolledAt: instant(row, 'enrolled_at'),
        lastSeenAt: instantOrNull(row, 'last_seen_at'),
        clockSkewMs: intOrNull(row, 'clock_skew_ms'),
      }));
    },
  };
}
