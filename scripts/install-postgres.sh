#!/bin/sh
# Installs the PostgreSQL server binaries the test suite starts a throwaway cluster with.
# Debian/Ubuntu only; needs root (or sudo). Does nothing when initdb is already there.
set -eu
if command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "postgresql: already installed"
    exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends postgresql
# Debian's package starts a system cluster on 5432; the tests never use it (they start their own).
