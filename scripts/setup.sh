#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian or Ubuntu machine, idempotently:
# apt packages (QEMU, busybox-static, unzip, openssl, cpio, zstd; on Debian also Chromium for the
# page screenshot tests), npm packages, a guest kernel.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(qemu-system-x86 busybox-static unzip openssl cpio kmod xz-utils zstd)
# Ubuntu's `chromium` package only installs a snap; its runners already have Google Chrome,
# which the screenshot tests use instead (test/view/chromium.ts).
if grep -qx 'ID=debian' /etc/os-release 2>/dev/null; then packages+=(chromium); fi
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci only when node_modules was not installed from this exact lockfile.
stamp=node_modules/.proof-capsule-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "setup: npm ci" >&2
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

if [ -f scripts/guest-kernel.sh ]; then
  bash scripts/guest-kernel.sh >/dev/null
fi
echo "setup: ready" >&2
