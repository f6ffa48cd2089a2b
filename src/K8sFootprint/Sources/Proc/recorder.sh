# K8sFootprint /proc recorder (format 1).
#
#   sh recorder.sh check PROC SYS
#   sh recorder.sh run OUT INTERVAL_CS DURATION_CS PROC SYS DELAY_CS
#
# "check" verifies that every file the recorder reads is there. "run" waits DELAY_CS, then samples
# /proc from t0 to t1 = t0 + DURATION_CS (centiseconds on the node's uptime clock), one sample every
# INTERVAL_CS, the first at t0 and the last at t1, writes everything to OUT and exits by itself.
# Between samples it forks only `sleep`; files are read with the shell's own `read`.
set -u

mode=$1
shift

fail() {
    printf 'recorder: %s\n' "$1" >&2
    exit 3
}

check() {
    proc=$1 sys=$2
    for f in stat meminfo diskstats net/dev uptime self/mountinfo sys/kernel/random/boot_id; do
        [ -r "$proc/$f" ] || fail "cannot read $proc/$f"
    done
    [ -d "$sys/class/net" ] || fail "cannot read $sys/class/net"
    command -v sleep >/dev/null 2>&1 || fail "the sleep command is missing"
    command -v df >/dev/null 2>&1 || fail "the df command is missing"
}

# Sets $now to the uptime clock in centiseconds, without forking.
clock() {
    read -r up _ < "$proc/uptime"
    now=${up%.*}${up#*.}
    while :; do
        case $now in
            0?*) now=${now#0} ;;
            *) break ;;
        esac
    done
}

# The controller removes the script to abandon a recording; the recorder then stops at its next wake-up.
pause() {
    [ -e "$script" ] || exit 0
    d=$1
    f=$((d % 100))
    [ "$f" -lt 10 ] && f=0$f
    sleep "$((d / 100)).$f"
}

copy() {
    printf '@%s\n' "$1"
    while IFS= read -r l || [ -n "$l" ]; do
        printf '%s\n' "$l"
    done < "$2"
}

sample() {
    clock
    printf '@sample %s\n' "$now"
    read -r l < "$proc/stat"
    printf '@stat\n%s\n@meminfo\n' "$l"
    while IFS= read -r l; do
        case $l in
            MemTotal:* | MemFree:* | MemAvailable:*) printf '%s\n' "$l" ;;
        esac
        case $l in MemAvailable:*) break ;; esac
    done < "$proc/meminfo"
    copy diskstats "$proc/diskstats"
    copy netdev "$proc/net/dev"
}

filesystems() {
    clock
    printf '@filesystems %s\n' "$now"
    copy mountinfo "$proc/self/mountinfo"
    printf '@df\n'
    df -P -B1 -a 2>/dev/null
    printf '@end-filesystems\n'
}

realtime() {
    clock
    r=$(date +%s%N 2>/dev/null)
    case $r in
        '' | *N*) r=$(date +%s)000000000 ;;
    esac
    printf '%%realtime %s %s\n' "$now" "$r"
}

header() {
    printf '#k8sfootprint-recorder 1\n'
    printf '%%interval_cs %s\n%%duration_cs %s\n' "$interval" "$duration"
    printf '%%clk_tck %s\n' "$(getconf CLK_TCK 2>/dev/null || echo 100)"
    read -r v < "$proc/sys/kernel/random/boot_id"
    printf '%%boot_id %s\n' "$v"
    [ -r "$proc/sys/kernel/osrelease" ] && read -r v < "$proc/sys/kernel/osrelease" && printf '%%kernel %s\n' "$v"
    [ -r "$proc/sys/kernel/hostname" ] && read -r v < "$proc/sys/kernel/hostname" && printf '%%hostname %s\n' "$v"
    n=0
    while read -r l; do
        case $l in cpu[0-9]*) n=$((n + 1)) ;; esac
    done < "$proc/stat"
    printf '%%cpus %s\n' "$n"
    for d in "$sys"/class/net/*; do
        [ -e "$d/device" ] && printf '%%physical %s\n' "${d##*/}"
    done
    for d in "$sys"/block/*; do
        [ -e "$d" ] && printf '%%block %s\n' "${d##*/}"
    done
    for f in /etc/os-release /usr/lib/os-release; do
        if [ -r "$f" ]; then
            copy os-release "$f"
            break
        fi
    done
    realtime
}

self() {
    read -r v < /proc/self/stat
    printf '%%self %s %s\n' "$now" "$v"
    while read -r k v _; do
        case $k in
            VmRSS:)
                printf '%%rss_kb %s\n' "$v"
                break
                ;;
        esac
    done < /proc/self/status
}

run() {
    out=$1 interval=$2 duration=$3 proc=$4 sys=$5 delay=${6:-0} script=$0
    exec > "$out"
    clock
    start=$((now + delay))
    header
    filesystems
    clock
    while [ "$now" -lt "$start" ]; do
        pause $((start - now))
        clock
    done

    sample
    t0=$now
    self
    end=$((t0 + duration))
    k=1
    while :; do
        next=$((t0 + k * interval))
        [ "$next" -gt "$end" ] && next=$end
        clock
        while [ "$now" -lt "$next" ]; do
            pause $((next - now))
            clock
        done
        sample
        [ "$now" -ge "$end" ] && break
        k=$(((now - t0) / interval + 1))
    done

    self
    filesystems
    realtime
    printf '%%end %s\n' "$now"
}

case $mode in
    check) check "$@" ;;
    run) run "$@" ;;
    *) fail "unknown mode '$mode'; expected check or run" ;;
esac
