#!/bin/sh
# Unpacks Debian guest kernels for the QEMU executor into .cache/guest-kernel/ WITHOUT
# installing them: apt-get download + dpkg-deb, only /boot and the few modules the guest
# init loads (virtio-mmio/pci, virtio-blk, virtio-net, 9p, overlay), then depmod -b. Idempotent: a flavor
# already unpacked is not fetched again (no apt call), so a second run takes milliseconds.
#
# Usage: scripts/guest-kernel.sh [flavor...]     flavors: cloud (default, fastest boot,
#        no 9p) and generic (has the 9p modules needed by vm.hostUserland).
# Env:   CAPSULE_GUEST_KERNEL_DIR   target folder (default <repo>/.cache/guest-kernel)
# Needs: apt-get (with lists updated), dpkg-deb, tar, xz, depmod (package kmod).
# Prints one kernel path per line, in the order of the flavors asked for.
set -eu

repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
dest=${CAPSULE_GUEST_KERNEL_DIR:-$repo/.cache/guest-kernel}
[ $# -gt 0 ] || set -- cloud generic
mkdir -p "$dest"

# The metapackage (linux-image-cloud-amd64) only depends on the versioned image package.
versioned_package() {
  meta=$1
  apt-cache depends "$meta" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n 1
}

# The generic kernel is xz-compressed (slow to decompress under TCG); its plain ELF boots
# through the PVH entry in about half the time. The payload starts at the xz magic.
decompress_elf() {
  vmlinuz=$1 out=$2
  offset=$(LC_ALL=C grep -obUaP '\xfd7zXZ\x00' "$vmlinuz" | head -n 1 | cut -d: -f1)
  [ -n "$offset" ] || return 0
  tail -c "+$((offset + 1))" "$vmlinuz" | xz -dc --single-stream > "$out.tmp" 2>/dev/null || { rm -f "$out.tmp"; return 0; }
  mv "$out.tmp" "$out"
}

unpack_flavor() {
  flavor=$1
  case "$flavor" in
    cloud) meta=linux-image-cloud-amd64 ;;
    generic) meta=linux-image-amd64 ;;
    *) echo "guest-kernel.sh: unknown flavor '$flavor' (expected cloud or generic)" >&2; exit 2 ;;
  esac
  # The stamp names the extraction layout: a layout that adds modules re-extracts once.
  stamp="$dest/$flavor.layout2.release"
  if [ -s "$stamp" ]; then
    release=$(cat "$stamp")
    if [ -r "$dest/$release/boot/vmlinuz-$release" ]; then
      echo "$dest/$release/boot/vmlinuz-$release"
      return 0
    fi
  fi
  package=$(versioned_package "$meta")
  if [ -z "$package" ]; then
    # A fresh machine may have no package lists yet: fetch them once, then ask again.
    apt-get update -qq >/dev/null 2>&1 || true
    package=$(versioned_package "$meta")
  fi
  [ -n "$package" ] || { echo "guest-kernel.sh: apt-cache knows no $meta (run apt-get update)" >&2; exit 1; }
  release=${package#linux-image-}
  work=$(mktemp -d "$dest/.fetch.XXXXXX")
  # apt-get download writes into the current directory; _apt must be able to write it.
  chmod 0777 "$work"
  (cd "$work" && apt-get download -q "$package" >/dev/null 2>&1) || { rm -rf "$work"; echo "guest-kernel.sh: apt-get download $package failed" >&2; exit 1; }
  mkdir -p "$work/root"
  dpkg-deb --fsys-tarfile "$work"/"$package"_*.deb | tar -x -C "$work/root" --wildcards \
    './boot/*' \
    "./lib/modules/$release/modules.builtin*" \
    "./lib/modules/$release/modules.order" \
    "./lib/modules/$release/kernel/drivers/virtio/*" \
    "./lib/modules/$release/kernel/drivers/block/virtio_blk.ko" \
    "./lib/modules/$release/kernel/drivers/net/virtio_net.ko" \
    "./lib/modules/$release/kernel/drivers/net/net_failover.ko" \
    "./lib/modules/$release/kernel/net/core/failover.ko" \
    "./lib/modules/$release/kernel/fs/overlayfs/*" \
    "./lib/modules/$release/kernel/fs/9p/*" \
    "./lib/modules/$release/kernel/net/9p/*" \
    "./lib/modules/$release/kernel/fs/fscache/*" \
    "./lib/modules/$release/kernel/fs/netfs/*" 2>/dev/null || true
  [ -r "$work/root/boot/vmlinuz-$release" ] || { rm -rf "$work"; echo "guest-kernel.sh: $package has no /boot/vmlinuz-$release" >&2; exit 1; }
  depmod -b "$work/root" "$release"
  decompress_elf "$work/root/boot/vmlinuz-$release" "$work/root/boot/vmlinux-$release"
  rm -rf "$dest/$release"
  mv "$work/root" "$dest/$release"
  rm -rf "$work"
  printf '%s\n' "$release" > "$stamp"
  echo "$dest/$release/boot/vmlinuz-$release"
}

for flavor in "$@"; do unpack_flavor "$flavor"; done
