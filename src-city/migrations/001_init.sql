-- Reference city server, first schema. Applied once, in a transaction, by storage/migrate.ts.
-- Idempotency lives in UNIQUE constraints (changes.change_id, batches.batch_id,
-- record_conflicts.change_id), so a retried push can never store a change twice even if two
-- requests race past the application's own checks.

CREATE TABLE counters (
  id            uuid PRIMARY KEY,
  name          text NOT NULL,
  -- SHA-256 (hex) of the device token; the token itself is only ever on the counter.
  token_hash    char(64) NOT NULL UNIQUE,
  enrolled_at   timestamptz NOT NULL,
  last_seen_at  timestamptz,
  clock_skew_ms integer,
  revoked_at    timestamptz
);

CREATE TABLE enrolment_codes (
  -- SHA-256 (hex) of the normalised code: a leaked database does not leak usable codes.
  code_hash  char(64) PRIMARY KEY,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  used_at    timestamptz,
  counter_id uuid REFERENCES counters(id)
);

CREATE TABLE batches (
  batch_id      uuid PRIMARY KEY,
  counter_id    uuid NOT NULL REFERENCES counters(id),
  sent_at       timestamptz NOT NULL,
  received_at   timestamptz NOT NULL,
  record_count  integer NOT NULL,
  clock_skew_ms integer NOT NULL
);

-- The pull feed and the full history: one row per accepted change, in commit order.
-- Writers take the same advisory lock before inserting (store/feed-lock.ts) so that seq order is
-- commit order and a puller never steps over a change that commits later.
CREATE TABLE changes (
  seq         bigserial PRIMARY KEY,
  change_id   uuid NOT NULL UNIQUE,
  batch_id    uuid REFERENCES batches(batch_id),
  table_name  text NOT NULL,
  record_id   text NOT NULL,
  version     integer NOT NULL,
  sha256      char(64) NOT NULL,
  payload     jsonb NOT NULL,
  counter_id  uuid REFERENCES counters(id),
  backfilled  boolean NOT NULL DEFAULT false,
  files       jsonb NOT NULL DEFAULT '[]'::jsonb,
  received_at timestamptz NOT NULL
);
CREATE INDEX changes_record ON changes (table_name, record_id, version);

-- The current snapshot of every record (highest version accepted).
CREATE TABLE records (
  table_name text NOT NULL,
  record_id  text NOT NULL,
  version    integer NOT NULL,
  sha256     char(64) NOT NULL,
  payload    jsonb NOT NULL,
  counter_id uuid REFERENCES counters(id),
  seq        bigint NOT NULL REFERENCES changes(seq),
  nik        text,
  PRIMARY KEY (table_name, record_id)
);
CREATE INDEX records_seeker_nik ON records (nik) WHERE table_name = 'seekers';

-- Concurrent edits kept aside for an officer to resolve; never lost.
CREATE TABLE record_conflicts (
  id             bigserial PRIMARY KEY,
  change_id      uuid NOT NULL UNIQUE,
  batch_id       uuid REFERENCES batches(batch_id),
  table_name     text NOT NULL,
  record_id      text NOT NULL,
  version        integer NOT NULL,
  sha256         char(64) NOT NULL,
  payload        jsonb NOT NULL,
  counter_id     uuid NOT NULL REFERENCES counters(id),
  server_version integer NOT NULL,
  detected_at    timestamptz NOT NULL
);

-- The same NIK registered as two seekers (at two counters while offline). Both seekers are kept;
-- seeker_a < seeker_b (code-point order, as in JS) so a pair is flagged once.
CREATE TABLE nik_conflicts (
  id          uuid PRIMARY KEY,
  nik         text NOT NULL,
  seeker_a    text NOT NULL,
  seeker_b    text NOT NULL,
  counter_a   uuid,
  counter_b   uuid,
  version     integer NOT NULL DEFAULT 1,
  detected_at timestamptz NOT NULL,
  resolved_at timestamptz,
  resolved_by text,
  UNIQUE (nik, seeker_a, seeker_b),
  CHECK (seeker_a < seeker_b COLLATE "C")
);

CREATE TABLE files (
  sha256       char(64) PRIMARY KEY,
  size         bigint NOT NULL,
  media_type   text NOT NULL,
  received     bigint NOT NULL DEFAULT 0,
  created_at   timestamptz NOT NULL,
  completed_at timestamptz
);

CREATE TABLE file_chunks (
  sha256      char(64) NOT NULL REFERENCES files(sha256) ON DELETE CASCADE,
  byte_offset bigint NOT NULL,
  data        bytea NOT NULL,
  PRIMARY KEY (sha256, byte_offset)
);
