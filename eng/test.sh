#!/usr/bin/env bash
# Runs every test on a fresh machine: installs the Debian packages the integration tests use when they are
# missing, builds once, then runs the unit tests and the integration tests (one after the other, because the
# integration tests measure the whole machine).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
need() { command -v "$1" >/dev/null 2>&1 || PATH="$PATH:/usr/sbin:/sbin" command -v "$1" >/dev/null 2>&1 || packages+=("$2"); }
need stress-ng stress-ng
need ip iproute2
need mkfs.ext4 e2fsprogs
need losetup mount
need findmnt util-linux
need lsblk util-linux
need setsid util-linux
need unshare util-linux
need sysctl procps
need dd coreutils
need sshd openssh-server
need ssh-keygen openssh-client
need sudo sudo
need ps procps
need prometheus-node-exporter prometheus-node-exporter
need prometheus prometheus
[ -d /usr/share/fonts/truetype/dejavu ] || packages+=(fonts-dejavu-core)
/usr/bin/python3 -c 'import prometheus_client.parser' >/dev/null 2>&1 || packages+=(python3-prometheus-client)

source eng/apt-install.sh
apt_install "${packages[@]}"

dotnet build K8sFootprint.sln --configuration Release
# Build servers idle in the background; stop them so they do not disturb the whole-machine measurements.
dotnet build-server shutdown >/dev/null 2>&1 || true

dotnet test tests/K8sFootprint.Tests --configuration Release --no-build
# The notebook, executed headless: any cell error fails the run.
./eng/notebook.sh --no-build
dotnet test tests/K8sFootprint.IntegrationTests --configuration Release --no-build
# A user's budget suite: this machine measured live against generous budgets, and stored runs.
dotnet test samples/BudgetTests --configuration Release --no-build
# Every package packed, checked, and used by a project outside the solution (last: it rebuilds src/).
./eng/pack.sh
