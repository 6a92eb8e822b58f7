#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 for the city-server tests and prints its URL.
# Run as root (CI, containers): initdb refuses to run as root, so the cluster belongs to `postgres`.
#   eval "$(scripts/start-test-postgres.sh --export)"   # sets LOKET_TEST_DATABASE_URL
#   npx vitest run test/city
# Stop it with the command the script prints (pg_ctl stop), then remove the printed folder.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PORT="${LOKET_TEST_PG_PORT:-55432}"
DB_NAME="loket_test"
EXPORT=0
[[ "${1:-}" == "--export" ]] && EXPORT=1

log() { echo "$*" >&2; }

if [[ "$(id -u)" -ne 0 ]]; then
  log "Jalankan sebagai root (skrip ini membuat klaster milik pengguna 'postgres')."
  exit 1
fi
if [[ ! -x "$PG_BIN/initdb" ]]; then
  log "initdb tidak ditemukan di $PG_BIN. Pasang dengan: apt-get install postgresql"
  exit 1
fi
if ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi

as_pg() { runuser -u postgres -- "$@"; }

# A port still held by an earlier cluster (or anything else): take the next free one, bounded.
for _ in $(seq 1 20); do
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then break; fi
  log "Port $PORT sudah dipakai; mencoba $((PORT + 1))."
  PORT=$((PORT + 1))
done

DATA_DIR="$(mktemp -d /tmp/loket-test-pg.XXXXXX)"
chown postgres: "$DATA_DIR"
chmod 700 "$DATA_DIR"

# trust on loopback only: a throwaway cluster for tests, never for real data.
as_pg "$PG_BIN/initdb" -D "$DATA_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$DATA_DIR/data" -l "$DATA_DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA_DIR -c fsync=off" start >/dev/null
as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres "$DB_NAME"

URL="postgres://postgres@127.0.0.1:$PORT/$DB_NAME"
log "PostgreSQL uji berjalan (data: $DATA_DIR)."
log "Hentikan: runuser -u postgres -- $PG_BIN/pg_ctl -D $DATA_DIR/data stop && rm -rf $DATA_DIR"
if [[ "$EXPORT" -eq 1 ]]; then
  echo "export LOKET_TEST_DATABASE_URL='$URL'"
else
  echo "$URL"
fi
