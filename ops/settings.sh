# Shared by ops/backup.sh and ops/restore.sh: the application's settings, with the application's defaults.
DATA_DIR="${LEARNINGSETS_DATA_DIR:-./data}"
KEY_FILE="${LEARNINGSETS_KEY_FILE:-$DATA_DIR/learningsets.key}"
DERBY_DIR="$DATA_DIR/derby"

die() {
    echo "$*" >&2
    exit 1
}

# Embedded Derby holds db.lck while the database is open and removes it when the application stops cleanly.
derby_must_be_closed() {
    if [ -e "$DERBY_DIR/db.lck" ]; then
        die "The Derby database in $DERBY_DIR is open (db.lck): stop the application first. After a crash, start and stop it once."
    fi
}

# jdbc:postgresql://host:5432/db?sslmode=require -> postgresql://host:5432/db?sslmode=require (libpq's form).
libpq_url() {
    case "$LEARNINGSETS_DB_URL" in
        jdbc:postgresql://*) echo "${LEARNINGSETS_DB_URL#jdbc:}" ;;
        *) die "LEARNINGSETS_DB_URL must look like jdbc:postgresql://host:5432/database" ;;
    esac
}
