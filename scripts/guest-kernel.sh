#!/bin/sh
# Unpacks a Debian or Ubuntu guest kernel for the QEMU executor WITHOUT installing it:
# apt-get download + dpkg-deb, only /boot and the few modules the guest init loads
# (virtio-mmio/pci, virtio-blk, virtio-net, 9p, overlay), decompressed to plain .ko (the
# guest's busybox insmod reads no .ko.zst/.ko.xz), then depmod -b. Idempotent: a flavor
# already unpacked is not fetched again (no apt call), so a second run takes milliseconds.
#
# Usage: scripts/guest-kernel.sh [flavor...]
#   cloud    (default) the smallest kernel that boots on -M microvm: Debian's
#            linux-image-cloud-amd64; Ubuntu's linux-image-kvm, else linux-image-virtual
#   generic  a kernel with the 9p modules vm.hostUserland needs: Debian's linux-image-amd64;
#            Ubuntu's linux-image-virtual, else linux-image-generic
# Which names apply is read from /etc/os-release (ID, ID_LIKE); on other systems the script
# says what to put where and exits 3.
# Env:   CAPSULE_GUEST_KERNEL_DIR  target folder (default: <this tool>/.cache/guest-kernel when
#                                  writable, else ${XDG_CACHE_HOME:-~/.cache}/proof-capsule/guest-kernel:
#                                  the places the executor looks, in that order)
#        CAPSULE_OS_RELEASE        os-release file to read (default /etc/os-release)
# Needs: apt-get and apt-cache (lists updated, or the rights to update them), dpkg-deb, tar,
#        depmod (package kmod), xz (xz-utils); zstd for Ubuntu's .ko.zst modules.
# Exit:  0 done (one kernel path per line, in the order of the flavors asked for); 1 apt or
#        the package failed; 2 usage; 3 this machine lacks what the script needs (named).
set -eu

repo=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
if [ -n "${CAPSULE_GUEST_KERNEL_DIR:-}" ]; then
  dest=$CAPSULE_GUEST_KERNEL_DIR
elif mkdir -p "$repo/.cache/guest-kernel" 2>/dev/null && [ -w "$repo/.cache/guest-kernel" ]; then
  dest=$repo/.cache/guest-kernel
else
  dest=${XDG_CACHE_HOME:-$HOME/.cache}/proof-capsule/guest-kernel
fi
[ $# -gt 0 ] || set -- cloud generic

die() { code=$1; shift; echo "guest-kernel.sh: $*" >&2; exit "$code"; }

# Debian or Ubuntu (or a derivative that says so in ID_LIKE), from os-release.
os_release=${CAPSULE_OS_RELEASE:-/etc/os-release}
os_field() { [ -r "$os_release" ] && (. "$os_release" && eval "printf '%s' \"\${$1:-}\""); }
os_id=$(os_field ID) || os_id=''
os_like=$(os_field ID_LIKE) || os_like=''
os_name=$(os_field PRETTY_NAME) || os_name=''
case " $os_id $os_like " in
  *" ubuntu "*) distro=ubuntu ;;
  *" debian "*) distro=debian ;;
  *) die 3 "${os_name:-this system} (ID=${os_id:-unknown} in $os_release) is neither Debian nor Ubuntu, so no kernel package names are known here.
  Either run this script on a Debian or Ubuntu machine and copy $dest/<release> over, or put a kernel
  at <dir>/<release>/boot/vmlinuz-<release> (with boot/config-<release>) and its modules, as plain .ko files,
  under <dir>/<release>/lib/modules/<release>, run depmod -b <dir>/<release> <release>, and set
  CAPSULE_GUEST_KERNEL_DIR=<dir>." ;;
esac

# The metapackages to try, in order, for a flavor on this distribution.
metapackages() {
  case "$distro:$1" in
    debian:cloud) echo linux-image-cloud-amd64 ;;
    debian:generic) echo linux-image-amd64 ;;
    # 24.04's linux-image-kvm is a transitional package for linux-image-virtual (one kernel,
    # -generic, without modules-extra); 22.04's is its own small -kvm kernel.
    ubuntu:cloud) echo linux-image-kvm linux-image-virtual ;;
    ubuntu:generic) echo linux-image-virtual linux-image-generic ;;
    *) die 2 "unknown flavor '$1' (expected cloud or generic)" ;;
  esac
}

for tool in apt-get apt-cache dpkg-deb tar xz; do
  command -v "$tool" >/dev/null 2>&1 || die 3 "needs $tool, which is not on PATH (Debian/Ubuntu package: $(case $tool in apt-*) echo apt ;; dpkg-deb) echo dpkg ;; xz) echo xz-utils ;; *) echo "$tool" ;; esac))"
done
depmod=$(PATH="$PATH:/usr/sbin:/sbin" command -v depmod) || die 3 "needs depmod (install the kmod package)"

# Package names a package depends on ("Depends:" lines; alternatives start with "|").
depends_of() {
  apt-cache depends "$1" 2>/dev/null | sed -n 's/^ *|\{0,1\}Depends: \([^ <>]*\).*$/\1/p'
}

# The versioned image package (linux-image-6.1.0-28-cloud-amd64, linux-image-6.8.0-51-generic)
# behind a metapackage, through at most three metapackage hops.
versioned_image() {
  pkg=$1
  for hop in 1 2 3; do
    deps=$(depends_of "$pkg")
    found=$(printf '%s\n' "$deps" | grep -m 1 '^linux-image-[0-9]') && { echo "$found"; return 0; }
    pkg=$(printf '%s\n' "$deps" | grep -m 1 '^linux-image-') || return 0
  done
}

resolve_image() {
  for meta in $(metapackages "$1"); do
    image=$(versioned_image "$meta")
    [ -z "$image" ] || { echo "$image"; return 0; }
  done
}

# apt-get update once, with sudo when not root (it changes only the package lists).
update_lists() {
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null 2>&1 || true
  elif command -v sudo >/dev/null 2>&1; then sudo -n apt-get update -qq >/dev/null 2>&1 || true
  fi
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

# Only what the guest init loads; both module roots (./lib and the merged-/usr ./usr/lib).
extract() {
  deb=$1 root=$2 release=$3
  set -- './boot/*'
  for base in ./lib/modules ./usr/lib/modules; do
    m=$base/$release
    set -- "$@" "$m/modules.builtin*" "$m/modules.order" \
      "$m/kernel/drivers/virtio/*" "$m/kernel/drivers/block/virtio_blk.ko*" \
      "$m/kernel/drivers/net/virtio_net.ko*" "$m/kernel/drivers/net/net_failover.ko*" "$m/kernel/net/core/failover.ko*" \
      "$m/kernel/fs/overlayfs/*" "$m/kernel/fs/9p/*" "$m/kernel/net/9p/*" "$m/kernel/fs/fscache/*" "$m/kernel/fs/netfs/*"
  done
  # A pattern that matches nothing in this package (the other module root) is not an error.
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$root" --wildcards "$@" 2>/dev/null || true
}

# Modules as the guest loads them: under lib/modules, plain .ko, indexed by depmod.
normalise_modules() {
  root=$1 release=$2
  if [ -d "$root/usr/lib/modules/$release" ]; then
    mkdir -p "$root/lib/modules"
    cp -R "$root/usr/lib/modules/$release" "$root/lib/modules/"
    rm -rf "$root/usr"
  fi
  if [ -n "$(find "$root/lib/modules" -name '*.ko.zst' 2>/dev/null | head -n 1)" ]; then
    command -v zstd >/dev/null 2>&1 || die 3 "the modules of $release are zstd-compressed (.ko.zst) and zstd is not on PATH (install the zstd package)"
    find "$root/lib/modules" -name '*.ko.zst' -exec zstd -d -q --rm {} +
  fi
  find "$root/lib/modules" -name '*.ko.xz' -exec xz -d {} + 2>/dev/null || true
  find "$root/lib/modules" -name '*.ko.gz' -exec gzip -d {} + 2>/dev/null || true
  "$depmod" -b "$root" "$release"
}

# The kernel builds 9p as a module (config) but the unpacked tree has none (yet).
lacks_9p() {
  grep -q '^CONFIG_NET_9P_VIRTIO=m' "$1/boot/config-$2" 2>/dev/null &&
    [ -z "$(find "$1/lib/modules/$2" "$1/usr/lib/modules/$2" -name '9pnet_virtio.ko*' 2>/dev/null | head -n 1)" ]
}

unpack_flavor() {
  flavor=$1
  metapackages "$flavor" >/dev/null
  # The stamp names the extraction layout: a layout that adds modules re-extracts once.
  stamp="$dest/$flavor.layout2.release"
  if [ -s "$stamp" ]; then
    release=$(cat "$stamp")
    if [ -r "$dest/$release/boot/vmlinuz-$release" ]; then
      echo "$dest/$release/boot/vmlinuz-$release"
      return 0
    fi
  fi
  package=$(resolve_image "$flavor")
  if [ -z "$package" ]; then
    # A fresh machine may have no package lists yet: fetch them once, then ask again.
    update_lists
    package=$(resolve_image "$flavor")
  fi
  [ -n "$package" ] || die 1 "apt-cache resolves none of $(metapackages "$flavor" | sed 's/ / or /g') to a kernel image on ${os_name:-$distro} (are the package lists updated? sudo apt-get update)"
  release=${package#linux-image-}
  # Ubuntu's two flavors can resolve to the same kernel: unpacked once, stamped twice.
  if [ -r "$dest/$release/boot/vmlinuz-$release" ] && [ -s "$dest/$release/lib/modules/$release/modules.dep" ] &&
    ! { [ "$flavor" = generic ] && lacks_9p "$dest/$release" "$release"; }; then
    printf '%s\n' "$release" > "$stamp"
    echo "$dest/$release/boot/vmlinuz-$release"
    return 0
  fi
  # Ubuntu splits a kernel into the image (vmlinuz) and linux-modules-<release> (config, modules).
  packages=$package
  depends_of "$package" | grep -qx "linux-modules-$release" && packages="$packages linux-modules-$release"
  work=$(mktemp -d "$dest/.fetch.XXXXXX")
  # apt-get download writes into the current directory; _apt must be able to write it.
  chmod 0777 "$work"
  for p in $packages; do
    (cd "$work" && apt-get download -q "$p" >/dev/null 2>&1) || { rm -rf "$work"; die 1 "apt-get download $p failed"; }
  done
  mkdir -p "$work/root"
  for p in $packages; do extract "$(ls "$work"/"$p"_*.deb)" "$work/root" "$release"; done
  # Where Ubuntu keeps 9p in linux-modules-extra, the generic flavor (hostUserland) needs it too.
  extra=linux-modules-extra-$release
  if [ "$flavor" = generic ] && lacks_9p "$work/root" "$release" && (cd "$work" && apt-get download -q "$extra" >/dev/null 2>&1); then
    extract "$(ls "$work"/"$extra"_*.deb)" "$work/root" "$release"
  fi
  [ -r "$work/root/boot/vmlinuz-$release" ] || { rm -rf "$work"; die 1 "$package has no /boot/vmlinuz-$release"; }
  mkdir -p "$work/root/lib/modules/$release"
  normalise_modules "$work/root" "$release"
  decompress_elf "$work/root/boot/vmlinuz-$release" "$work/root/boot/vmlinux-$release"
  rm -rf "$dest/$release"
  mv "$work/root" "$dest/$release"
  rm -rf "$work"
  printf '%s\n' "$release" > "$stamp"
  echo "$dest/$release/boot/vmlinuz-$release"
}

mkdir -p "$dest"
for flavor in "$@"; do unpack_flavor "$flavor"; done
