#!/usr/bin/env bash
# Shows that the image jib:buildTar wrote starts, without a Docker engine:
#   1. podman (podman load, podman run with /data on a host folder), if podman can run containers here;
#   2. otherwise the image's layers unpacked in order (whiteouts honoured) into a rootfs, and its Entrypoint+Cmd run
#      with its Env, WorkingDir and User via unshare + chroot, /data bind-mounted from a host folder.
# Either way: waits for /livez 200, asks /readyz, runs the Dockerfile's HEALTHCHECK command inside, types two lines
# into the terminal chat (no Slack/Discord tokens: the bot chats on stdin), lists /data, stops it with SIGTERM.
#
#   deploy/image/try-image.sh [image.tar]        # default bot-app/target/referral-coach-image.tar
# Environment: MODE=auto|podman|chroot (auto: podman, else chroot), PORT (default 9090), WORK (default target/try-image),
#   PODMAN (default: podman, with --runtime runc --cgroup-manager cgroupfs when runc is installed),
#   PODMAN_RUN_FLAGS (default: --ulimit nofile=8192:8192 --ulimit nproc=4096:4096).
# Needs root, jq, curl; podman (and here runc) for MODE=podman.
#
# Why the podman flags: on the machine this was written on, crun (podman's default runtime) refuses its hybrid
# cgroup v1/v2 mounts ("cgroups in hybrid mode not supported"), and the sandbox lacks CAP_SYS_RESOURCE, so podman's
# default rlimits (nofile 1048576) cannot be set; runc with cgroupfs and limits below the host's work.
set -uo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
image_tar="$(readlink -f "${1:-$root/bot-app/target/referral-coach-image.tar}")"
MODE="${MODE:-auto}"
PORT="${PORT:-9090}"
WORK="${WORK:-$root/target/try-image}"
HEALTHCHECK='exec 3<>/dev/tcp/127.0.0.1/9090 && printf "GET /livez HTTP/1.0\r\n\r\n" >&3 && head -1 <&3 | grep -q " 200 "'
LINES=("help" "met Jane Doe at Acme about the Q3 rollout")
if [ -z "${PODMAN:-}" ]; then
  PODMAN="podman"
  command -v runc >/dev/null && PODMAN="podman --runtime runc --cgroup-manager cgroupfs"
fi
PODMAN_RUN_FLAGS="${PODMAN_RUN_FLAGS:---ulimit nofile=8192:8192 --ulimit nproc=4096:4096}"

say() { printf '\n== %s\n' "$*"; }
fail() { printf '\nFAILED: %s\n' "$*"; exit 1; }
[ -f "$image_tar" ] || fail "no image tar at $image_tar (mvn -B -pl bot-app -am -DskipTests package jib:buildTar)"
[ "$(id -u)" = 0 ] || fail "run as root"
command -v jq >/dev/null || fail "needs jq"

rm -rf "$WORK"
mkdir -p "$WORK/image" "$WORK/data"
say "image $image_tar: $(du -h "$image_tar" | cut -f1) ($(stat -c %s "$image_tar") bytes)"
tar -xf "$image_tar" -C "$WORK/image"
config="$WORK/image/$(jq -r '.[0].Config' "$WORK/image/manifest.json")"
jq -r '.[0] | "tags: \(.RepoTags | join(" "))\nlayers: \(.Layers | length)"' "$WORK/image/manifest.json"
jq '.config | {User, WorkingDir, Entrypoint, Cmd, Env, ExposedPorts, Volumes, Healthcheck}' "$config"
user=$(jq -r '.config.User' "$config")
tag=$(jq -r '.[0].RepoTags[0]' "$WORK/image/manifest.json")

# /data on the host, owned as the image's /data is (the image's user)
chown "${user%%:*}:${user##*:}" "$WORK/data"

await_livez() {   # $1: pid to watch; prints seconds to the first 200
  local t0=$1 pid=$2
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/livez")" = 200 ]; then
      echo "/livez 200 after $(( ($(date +%s%N) - t0) / 1000000 )) ms"; return 0
    fi
    kill -0 "$pid" 2>/dev/null || { echo "the process ended before /livez answered"; return 1; }
    sleep 0.1
  done
  echo "/livez did not answer in 60 s"; return 1
}

await_readyz() {   # $1: start time; prints ms to the first /readyz 200
  local t0=$1
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/readyz")" = 200 ]; then
      echo "/readyz 200 after $(( ($(date +%s%N) - t0) / 1000000 )) ms"; return 0
    fi
    sleep 0.1
  done
  echo "/readyz not 200 in 60 s"; return 1
}

probe() {
  for path in livez readyz; do
    printf '%-9s HTTP %s  %s\n' "/$path" "$(curl -s -o "$WORK/body" -w '%{http_code}' "http://127.0.0.1:$PORT/$path")" \
      "$(tr -d '\n' < "$WORK/body")"
  done
  printf '/metrics  '; curl -s "http://127.0.0.1:$PORT/metrics" | grep -c '^[a-z]' | sed 's/$/ samples/'
}

chat() {   # writes the lines into the chat's stdin (fd 3), then waits for answers
  for line in "${LINES[@]}"; do
    printf 'you> %s\n' "$line"
    printf '%s\n' "$line" >&3
    sleep 2
  done
}

try_podman() {
  command -v podman >/dev/null || { echo "no podman"; return 1; }
  say "podman load"
  $PODMAN load -i "$image_tar" || return 1
  mkfifo "$WORK/stdin"
  say "podman run ($tag), /data from $WORK/data, port $PORT"
  local t0; t0=$(date +%s%N)
  # --network host: the admin port is the host's, without a CNI setup; -i: the terminal chat reads our FIFO
  echo "$PODMAN run --rm -i --name referral-coach-try --network host $PODMAN_RUN_FLAGS -v $WORK/data:/data -e REFERRAL_COACH_ADMIN_PORT=$PORT $tag"
  $PODMAN run --rm -i --name referral-coach-try --network host $PODMAN_RUN_FLAGS -v "$WORK/data:/data" \
    -e REFERRAL_COACH_ADMIN_PORT="$PORT" "$tag" < "$WORK/stdin" > "$WORK/stdout" 2> "$WORK/stderr" &
  local pid=$!
  exec 3> "$WORK/stdin"
  await_livez "$t0" "$pid" || { cat "$WORK/stderr"; exec 3>&-; wait "$pid"; return 1; }
  await_readyz "$t0"
  say "probes"; probe
  say "HEALTHCHECK command (podman exec ... bash -c '<the Dockerfile's>')"
  $PODMAN exec referral-coach-try id
  $PODMAN exec referral-coach-try bash -c "$HEALTHCHECK" && echo "healthcheck: healthy (exit 0)" || echo "healthcheck: unhealthy"
  say "terminal chat"; chat
  say "stop: podman stop (SIGTERM, 30 s grace)"
  local s0; s0=$(date +%s%N)
  $PODMAN stop -t 30 referral-coach-try >/dev/null
  wait "$pid"; local rc=$?
  exec 3>&-
  echo "exit status $rc after $(( ($(date +%s%N) - s0) / 1000000 )) ms"
  return 0
}

unpack_layers() {   # the image's layers in order into $WORK/rootfs, whiteouts honoured
  local rootfs="$WORK/rootfs" layer
  mkdir -p "$rootfs"
  for layer in $(jq -r '.[0].Layers[]' "$WORK/image/manifest.json"); do
    local list; list=$(tar --warning=no-unknown-keyword -tf "$WORK/image/$layer")
    # opaque directories first: everything below them from lower layers goes
    while IFS= read -r entry; do
      [ -n "$entry" ] || continue
      local dir; dir=$(dirname "$entry")
      case "$(basename "$entry")" in
        .wh..wh..opq) find "$rootfs/$dir" -mindepth 1 -maxdepth 1 -exec rm -rf {} + ;;
        .wh.*) rm -rf "$rootfs/$dir/$(basename "$entry" | sed 's/^\.wh\.//')" ;;
      esac
    done < <(printf '%s\n' "$list" | grep -E '(^|/)\.wh\.' || true)
    tar --warning=no-unknown-keyword --numeric-owner -xpf "$WORK/image/$layer" -C "$rootfs" --exclude='.wh.*' --exclude='*/.wh.*'
    echo "unpacked $layer ($(printf '%s\n' "$list" | wc -l) entries)"
  done
}

try_chroot() {
  say "unpack layers into $WORK/rootfs"
  unpack_layers
  local rootfs="$WORK/rootfs"
  mkdir -p "$rootfs/data" "$rootfs/proc" "$rootfs/dev" "$rootfs/tmp"
  chmod 1777 "$rootfs/tmp"
  # The run, as the image's config says: Entrypoint + Cmd, Env, WorkingDir, User
  mapfile -t env < <(jq -r '.config.Env[]' "$config")
  # as a container runtime does: HOME from the image's /etc/passwd for the user, unless Env sets it
  local home; home=$(awk -F: -v uid="${user%%:*}" '$3 == uid { print $6 }' "$rootfs/etc/passwd")
  printf '%s\n' "${env[@]}" | grep -q '^HOME=' || env+=("HOME=${home:-/}")
  env+=("REFERRAL_COACH_ADMIN_PORT=$PORT" "HOSTNAME=referral-coach-try")
  mapfile -t argv < <(jq -r '(.config.Entrypoint // []) + (.config.Cmd // []) | .[]' "$config")
  local workdir; workdir=$(jq -r '.config.WorkingDir // "/"' "$config")
  mkfifo "$WORK/stdin"
  cat > "$WORK/run-inside.sh" <<INSIDE
set -e
mount --bind "$WORK/data" "$rootfs/data"
mount -t proc proc "$rootfs/proc"
mount --rbind /dev "$rootfs/dev"
cp /etc/resolv.conf "$rootfs/etc/resolv.conf"
exec chroot --userspec="$user" "$rootfs" /bin/sh -c 'cd "\$0" && exec env -i "\$@"' "$workdir" $(printf '%q ' "${env[@]}" "${argv[@]}")
INSIDE
  say "run: unshare --mount --pid --fork chroot --userspec=$user rootfs; cd $workdir; env -i <Env> ${argv[*]}"
  local t0; t0=$(date +%s%N)
  # own mount and PID namespaces: the mounts go when it ends, and the JVM is PID 1 as in a container
  unshare --mount --pid --fork --mount-proc=/proc bash "$WORK/run-inside.sh" < "$WORK/stdin" > "$WORK/stdout" 2> "$WORK/stderr" &
  local pid=$!
  exec 3> "$WORK/stdin"
  await_livez "$t0" "$pid" || { cat "$WORK/stderr"; exec 3>&-; wait "$pid"; return 1; }
  await_readyz "$t0"
  say "probes"; probe
  say "HEALTHCHECK command (chroot rootfs bash -c '<the Dockerfile's>', as $user)"
  chroot --userspec="$user" "$rootfs" bash -c "$HEALTHCHECK" && echo "healthcheck: healthy (exit 0)" || echo "healthcheck: unhealthy"
  say "terminal chat"; chat
  say "stop: SIGTERM to the JVM"
  local java_pid; java_pid=$(pgrep -P "$(pgrep -P "$pid" | head -1)" | head -1)
  [ -n "$java_pid" ] || java_pid=$(pgrep -P "$pid" | head -1)
  echo "JVM pid on the host: $java_pid ($(ps -o args= -p "$java_pid" | cut -c1-80))"
  local s0; s0=$(date +%s%N)
  kill -TERM "$java_pid"
  wait "$pid"; local rc=$?
  exec 3>&-
  echo "exit status $rc after $(( ($(date +%s%N) - s0) / 1000000 )) ms"
  return 0
}

ran=""
case "$MODE" in
  podman) try_podman && ran=podman ;;
  chroot) try_chroot && ran=chroot ;;
  auto) if try_podman; then ran=podman; else
          echo "podman could not run it here; falling back to unpack + chroot"
          $PODMAN rm -f referral-coach-try >/dev/null 2>&1; rm -f "$WORK/stdin"
          try_chroot && ran=chroot; fi ;;
esac
[ -n "$ran" ] || fail "the image did not start"

say "what the bot said on stdout"
cat "$WORK/stdout"
say "stderr: lines that are not JSON log records"
grep -v '^{' "$WORK/stderr" || echo "(none)"
say "stderr: the JSON log records (also in /data's log), level logger: message"
grep '^{' "$WORK/stderr" | jq -r '"\(.level) \(.loggerName | split(".") | last): \(.formattedMessage | split("\n")[0])"' | uniq -c | cut -c1-160
say "/data after the run ($WORK/data)"
ls -la "$WORK/data"
find "$WORK/data" -maxdepth 2 -type f -printf '%u:%g %8s %p\n' | sed "s#$WORK/data#/data#" | head -30
log=$(find "$WORK/data" -maxdepth 2 -name '*.log' | head -1)
if [ -n "$log" ]; then
  say "log ($(basename "$log")): $(wc -l < "$log") records, levels: $(jq -r .level "$log" 2>/dev/null | sort | uniq -c | tr -s ' \n' ' ')"
fi
say "ran with $ran: done"
