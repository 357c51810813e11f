#!/usr/bin/env bash
# Backs up Learning Sets: the database AND the key file, into one archive (tar.gz).
# Without the key file the confidential text in the database cannot be read; keep the archive safe.
#
#   ops/backup.sh /backups/learningsets-$(date +%F).tar.gz
#
# Reads the application's own settings from the environment:
#   LEARNINGSETS_DATA_DIR (default ./data), LEARNINGSETS_KEY_FILE (default <data dir>/learningsets.key),
#   LEARNINGSETS_DB_URL, _USER, _PASSWORD for PostgreSQL (needs pg_dump; the application may keep running).
# With embedded Derby (no LEARNINGSETS_DB_URL) stop the application first: the database files are copied as they
# are, which is consistent only while nothing has them open. A server JDBC resource (LEARNINGSETS_DB_JNDI): set
# LEARNINGSETS_DB_URL, _USER and _PASSWORD for this script to the same PostgreSQL database.
set -euo pipefail
source "$(dirname "$0")/settings.sh"

archive="${1:?usage: ops/backup.sh <archive.tar.gz>}"
[ -f "$KEY_FILE" ] || die "No key file at $KEY_FILE (LEARNINGSETS_KEY_FILE): nothing encrypted could be restored without it."
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT

cp -p "$KEY_FILE" "$stage/learningsets.key"
if [ -n "${LEARNINGSETS_DB_URL:-}" ]; then
    PGUSER="${LEARNINGSETS_DB_USER:-}" PGPASSWORD="${LEARNINGSETS_DB_PASSWORD:-}" \
        pg_dump --format=custom --no-owner --no-privileges --file="$stage/postgresql.dump" "$(libpq_url)"
    kind=postgresql
else
    derby_must_be_closed
    [ -d "$DERBY_DIR" ] || die "No Derby database at $DERBY_DIR (LEARNINGSETS_DATA_DIR)."
    cp -pR "$DERBY_DIR" "$stage/derby"
    kind=derby
fi
printf 'kind=%s\ncreated=%s\n' "$kind" "$(date -u +%FT%TZ)" > "$stage/BACKUP-INFO"
mkdir -p "$(dirname "$archive")"
tar -czf "$archive" -C "$stage" .
chmod 600 "$archive"
echo "Backed up the $kind database and the key file to $archive"
