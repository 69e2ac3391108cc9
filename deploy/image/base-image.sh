#!/usr/bin/env bash
# Builds a local JRE base image for Jib without any container registry:
#   debootstrap a minimal Debian bookworm rootfs, install openjdk-17-jre-headless, bash and fontconfig,
#   add the user `coach` (uid/gid 10001, home /data), and pack it as a `docker save` tarball
#   (manifest.json + config json + one uncompressed layer tar) that Jib takes as `tar://...`.
#
# Needs root, debootstrap (apt-get install debootstrap), tar, sha256sum, and a Debian mirror.
#   sudo deploy/image/base-image.sh            # -> deploy/image/out/jre17-base.tar
# Environment: MIRROR (default: http://deb.debian.org/debian), SUITE (bookworm), OUT (deploy/image/out),
#   KEEP_ROOTFS=1 keeps the unpacked rootfs under $OUT/rootfs.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"
SECURITY_MIRROR="${SECURITY_MIRROR:-http://deb.debian.org/debian-security}"
SUITE="${SUITE:-bookworm}"
OUT="${OUT:-$here/out}"
TAG="${TAG:-referral-coach/jre17-base:local}"
COACH_UID=10001
COACH_GID=10001

[ "$(id -u)" = 0 ] || { echo "base-image.sh: run as root (debootstrap and chroot need it)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "base-image.sh: apt-get install debootstrap first" >&2; exit 1; }

mkdir -p "$OUT"
rootfs="$OUT/rootfs"
work="$OUT/work"
rm -rf "$rootfs" "$work"
mkdir -p "$rootfs" "$work"

start=$(date +%s)
echo "== debootstrap --variant=minbase $SUITE from $MIRROR"
debootstrap --variant=minbase "$SUITE" "$rootfs" "$MIRROR"

cleanup_mounts() {
  for m in proc sys dev/pts dev; do
    mountpoint -q "$rootfs/$m" && umount -l "$rootfs/$m" || true
  done
}
trap cleanup_mounts EXIT
mount -t proc proc "$rootfs/proc"
mount --rbind /dev "$rootfs/dev"

cat > "$rootfs/etc/apt/sources.list" <<SOURCES
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
SOURCES
# no services start inside the chroot
printf '#!/bin/sh\nexit 101\n' > "$rootfs/usr/sbin/policy-rc.d"
chmod +x "$rootfs/usr/sbin/policy-rc.d"

# fontconfig (as eclipse-temurin's images have it): its fc-cache writes the system font cache, so the digest
# chart's first drawing finds one instead of trying a per-user cache (the app's user cannot write one)
echo "== apt-get install openjdk-17-jre-headless bash fontconfig (no recommends)"
chroot "$rootfs" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 \
  sh -c 'apt-get update -q && apt-get install -y -q --no-install-recommends openjdk-17-jre-headless bash fontconfig \
         && apt-get clean'

echo "== user coach ($COACH_UID:$COACH_GID), /data"
# a fixed uid/gid above the system range, so Jib's <user> and a host's /data owner can name it by number
chroot "$rootfs" groupadd --gid "$COACH_GID" coach
chroot "$rootfs" useradd --uid "$COACH_UID" --gid "$COACH_GID" --no-create-home --no-log-init --home-dir /data \
  --shell /usr/sbin/nologin coach
mkdir -p "$rootfs/data"
chown "$COACH_UID:$COACH_GID" "$rootfs/data"

cleanup_mounts
trap - EXIT

echo "== clean caches and runtime-mounted folders"
rm -f "$rootfs/usr/sbin/policy-rc.d"
rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/var/cache/debconf/*-old \
       "$rootfs"/var/log/apt/* "$rootfs"/var/log/dpkg.log "$rootfs"/var/log/bootstrap.log "$rootfs"/var/log/alternatives.log \
       "$rootfs"/tmp/* "$rootfs"/var/tmp/*
find "$rootfs/dev" "$rootfs/proc" "$rootfs/sys" "$rootfs/run" -mindepth 1 -maxdepth 1 -exec rm -rf {} + 2>/dev/null || true
# the container runtime supplies these
: > "$rootfs/etc/hostname"
: > "$rootfs/etc/resolv.conf"

java_home=$(dirname "$(dirname "$(readlink -f "$rootfs/usr/bin/java")")")
java_home="${java_home#$rootfs}"
java_version=$(chroot "$rootfs" dpkg-query -W -f='${Version}' openjdk-17-jre-headless 2>/dev/null || echo unknown)

echo "== pack layer"
layer="$work/layer.tar"
# fixed order, owners and times: the same rootfs gives the same layer digest
tar --sort=name --numeric-owner --mtime='@0' --clamp-mtime --xattrs --xattrs-include='security.capability' \
    -C "$rootfs" -cf "$layer" .
layer_sha=$(sha256sum "$layer" | cut -d' ' -f1)
mkdir -p "$work/$layer_sha"
mv "$layer" "$work/$layer_sha/layer.tar"

created=$(date -u +%Y-%m-%dT%H:%M:%SZ)
cat > "$work/config.json" <<CONFIG
{
  "architecture": "amd64",
  "os": "linux",
  "created": "$created",
  "config": {
    "Env": [
      "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      "JAVA_HOME=$java_home",
      "LANG=C.UTF-8"
    ],
    "Cmd": ["bash"],
    "Labels": {
      "org.opencontainers.image.description": "Debian $SUITE minbase + openjdk-17-jre-headless $java_version + fontconfig + user coach $COACH_UID:$COACH_GID, built by deploy/image/base-image.sh"
    }
  },
  "rootfs": {
    "type": "layers",
    "diff_ids": ["sha256:$layer_sha"]
  },
  "history": [
    {"created": "$created", "created_by": "deploy/image/base-image.sh: debootstrap --variant=minbase $SUITE; apt-get install --no-install-recommends openjdk-17-jre-headless bash fontconfig; useradd coach"}
  ]
}
CONFIG
config_sha=$(sha256sum "$work/config.json" | cut -d' ' -f1)
mv "$work/config.json" "$work/$config_sha.json"
cat > "$work/manifest.json" <<MANIFEST
[{"Config":"$config_sha.json","RepoTags":["$TAG"],"Layers":["$layer_sha/layer.tar"]}]
MANIFEST

tarball="$OUT/jre17-base.tar"
tar --sort=name --numeric-owner --owner=0 --group=0 --mtime='@0' -C "$work" -cf "$tarball" manifest.json "$config_sha.json" "$layer_sha"
rm -rf "$work"
[ "${KEEP_ROOTFS:-0}" = 1 ] || rm -rf "$rootfs"

echo "== done in $(( $(date +%s) - start )) s"
echo "base image: $tarball ($(du -h "$tarball" | cut -f1)), tag $TAG, JAVA_HOME $java_home, openjdk $java_version"
echo "layer sha256:$layer_sha"
