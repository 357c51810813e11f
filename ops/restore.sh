#!/usr/bin/env bash
# Restores a back-up made by ops/backup.sh: the database AND the key file. Stop the application first; start it
# again afterwards (Flyway then brings an older back-up's schema up to date).
#
#   ops/restore.sh /backups/learningsets-2026-11-29.tar.gz
#
# Same settings as ops/backup.sh. What is replaced is kept beside it, renamed *.before-restore-<time>, never
# deleted. PostgreSQL: the database's tables are dropped and recreated from the dump (pg_restore --clean).
set -euo pipefail
source "$(dirname "$0")/settings.sh"
# Everything restored is the owner's alone: the application refuses a data directory others can open.
umask 077

archive="${1:?usage: ops/restore.sh <archive.tar.gz>}"
[ -f "$archive" ] || die "No back-up at $archive."
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
tar -xzf "$archive" -C "$stage"
kind="$(sed -n 's/^kind=//p' "$stage/BACKUP-INFO" 2>/dev/null || true)"
[ -f "$stage/learningsets.key" ] || die "$archive holds no key file: not a back-up made by ops/backup.sh."
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

if [ -n "${LEARNINGSETS_DB_URL:-}" ]; then
    [ "$kind" = postgresql ] || die "$archive holds a $kind database, but LEARNINGSETS_DB_URL names PostgreSQL."
    PGUSER="${LEARNINGSETS_DB_USER:-}" PGPASSWORD="${LEARNINGSETS_DB_PASSWORD:-}" \
        pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
        --dbname="$(libpq_url)" "$stage/postgresql.dump"
else
    [ "$kind" = derby ] || die "$archive holds a $kind database; set LEARNINGSETS_DB_URL to restore it."
    derby_must_be_closed
    mkdir -p "$DATA_DIR"
    if [ -e "$DERBY_DIR" ]; then mv "$DERBY_DIR" "$DERBY_DIR.before-restore-$stamp"; fi
    cp -pR "$stage/derby" "$DERBY_DIR"
    chmod -R go-rwx "$DATA_DIR"
fi
mkdir -p "$(dirname "$KEY_FILE")"
if [ -e "$KEY_FILE" ]; then mv "$KEY_FILE" "$KEY_FILE.before-restore-$stamp"; fi
cp -p "$stage/learningsets.key" "$KEY_FILE"
chmod 600 "$KEY_FILE"
echo "Restored the $kind database and the key file from $archive; start the application and check /health/ready."
