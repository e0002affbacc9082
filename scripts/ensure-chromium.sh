#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium (playwright-core cannot download a browser here). Install it when it
# is missing and we are root; otherwise say exactly what to install.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ] && fc-list :lang=uk 2>/dev/null | grep -q .; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium (or a font with Cyrillic) is missing. Install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends chromium fonts-dejavu-core" >&2
  echo "or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update
apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium fonts-dejavu-core
