#!/usr/bin/env bash
# Executes a .NET Interactive notebook headless and fails on any cell error: installs the fonts the charts draw
# with when missing, builds the assemblies the notebook references (Release), restores the pinned dotnet-repl
# (.config/dotnet-tools.json), runs every cell from the notebook's own folder and checks the result.
#
#   eng/notebook.sh [--no-build] [NOTEBOOK]     NOTEBOOK defaults to samples/notebooks/compare.ipynb
#
# The executed copy, outputs included, goes to $NOTEBOOK_OUTPUT_DIR (default /tmp/k8sfootprint-notebooks); the
# notebook itself is never written. Exit code: 0 when every cell ran without error, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

build=1
if [ "${1:-}" = "--no-build" ]; then
    build=0
    shift
fi
notebook="$(realpath "${1:-samples/notebooks/compare.ipynb}")"
[ -f "$notebook" ] || { echo "notebook.sh: no notebook at '$notebook'." >&2; exit 1; }
output_dir="${NOTEBOOK_OUTPUT_DIR:-${TMPDIR:-/tmp}/k8sfootprint-notebooks}"
output="$output_dir/$(basename "$notebook")"

# ScottPlot draws chart text with an installed font; everything else comes from NuGet.
packages=()
[ -d /usr/share/fonts/truetype/dejavu ] || packages+=(fonts-dejavu-core)
source eng/apt-install.sh
apt_install "${packages[@]}"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
if [ "$build" -eq 1 ]; then
    dotnet build src/K8sFootprint.Interactive --configuration Release --nologo --verbosity quiet
fi
dotnet tool restore >/dev/null

mkdir -p "$output_dir"
rm -f "$output"
started=$SECONDS
status=0
# The kernel resolves relative #r paths against its working directory, so run from the notebook's folder.
(cd "$(dirname "$notebook")" && timeout 600 dotnet tool run dotnet-repl --run "$notebook" \
    --exit-after-run --output-format ipynb --output-path "$output" </dev/null) || status=$?

# dotnet-repl exits non-zero when a cell fails; check the executed copy as well, so that a failure it did not
# report still fails here.
if [ ! -s "$output" ]; then
    echo "notebook.sh: $notebook produced no executed notebook (dotnet-repl exit code $status)." >&2
    exit 1
fi
errors=$(grep -c '"output_type": "error"' "$output" || true)
cells=$(grep -c '"cell_type": "code"' "$output" || true)
elapsed=$((SECONDS - started))
if [ "$status" -ne 0 ] || [ "$errors" -ne 0 ]; then
    echo "notebook.sh: ${notebook#"$root"/}: $errors of $cells code cells failed (dotnet-repl exit code $status)," \
        "in ${elapsed} s; executed copy: $output" >&2
    grep -o '"evalue": "[^"]*' "$output" | sed 's/^"evalue": "/  /' | cut -c1-400 >&2 || true
    exit 1
fi
echo "notebook.sh: ${notebook#"$root"/}: $cells code cells ran without error in ${elapsed} s; executed copy: $output"
