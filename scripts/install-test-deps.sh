#!/bin/sh
# System packages the test suite needs beyond the Python venv: Debian's headless-capable Chromium,
# driven by Playwright's Python package (pinned in the dev extras) with
# executable_path=/usr/bin/chromium, so no browser is ever downloaded.
#
# Usage: sudo scripts/install-test-deps.sh   (idempotent; safe to re-run)
set -eu

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

if [ "$(id -u)" != "0" ]; then
    echo "install-test-deps: not root, so chromium cannot be installed with apt-get." >&2
    echo "  Run: sudo $0   (or: sudo apt-get install -y chromium)" >&2
    echo "  Without it the browser tests skip (and fail when CI=true)." >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-test-deps: apt-get not found; install Chromium with your system's package manager" >&2
    echo "  so that /usr/bin/chromium exists, then re-run the tests." >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
echo "installed: $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
