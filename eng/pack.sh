#!/usr/bin/env bash
# Packs every packable project into artifacts/packages under a pre-release version no earlier run used (so a
# package cache never serves an old build), checks what each package holds, then restores, builds and runs
# tests/PackageConsumer against those packages: a short measurement of this machine and one chart.
set -euo pipefail
cd "$(dirname "$0")/.."

packages="$PWD/artifacts/packages"
consumer=tests/PackageConsumer
chart="$PWD/artifacts/consumer/footprint.png"
suffix="pack.$(date -u +%s).$$"

source eng/apt-install.sh
command -v unzip >/dev/null 2>&1 || apt_install unzip

version=$(dotnet msbuild src/K8sFootprint/K8sFootprint.csproj -getProperty:Version -p:VersionSuffix="$suffix")
ids=()
for project in src/*/*.csproj; do
    [ "$(dotnet msbuild "$project" -getProperty:IsPackable)" = "true" ] || continue
    ids+=("$(dotnet msbuild "$project" -getProperty:PackageId)")
done
echo "Packing ${ids[*]} as $version"

# The restored copies of this version are of no use to anyone after this run.
global_packages=$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')
cleanup() {
    for id in "${ids[@]}"; do
        rm -rf "${global_packages%/}/${id,,}/$version"
    done
}
trap cleanup EXIT

rm -rf "$packages" "$(dirname "$chart")"
dotnet pack K8sFootprint.sln --configuration Release -p:VersionSuffix="$suffix" -p:PackageOutputPath="$packages"

failures=0
fail() { echo "eng/pack.sh: $*" >&2; failures=$((failures + 1)); }
commit=$(git rev-parse HEAD 2>/dev/null || true)
remote=$(git remote get-url origin 2>/dev/null || true)
for id in "${ids[@]}"; do
    nupkg="$packages/$id.$version.nupkg"
    snupkg="$packages/$id.$version.snupkg"
    if [ ! -f "$nupkg" ]; then
        fail "$nupkg is missing; is the project in K8sFootprint.sln?"
        continue
    fi

    listing=$(unzip -Z1 "$nupkg")
    for entry in "lib/net10.0/$id.dll" "lib/net10.0/$id.xml" README.md LICENSE; do
        grep -qxF "$entry" <<<"$listing" || fail "$nupkg lacks $entry"
    done

    nuspec=$(unzip -p "$nupkg" "$id.nuspec")
    grep -qF '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$nupkg names no MIT licence"
    grep -qF '<readme>README.md</readme>' <<<"$nuspec" || fail "$nupkg names no readme"
    if [ -n "$commit" ]; then
        grep -qF "commit=\"$commit\"" <<<"$nuspec" || fail "$nupkg does not name the commit $commit"
    fi

    if [ ! -f "$snupkg" ]; then
        fail "$snupkg is missing"
        continue
    fi

    grep -qxF "lib/net10.0/$id.pdb" <<<"$(unzip -Z1 "$snupkg")" || fail "$snupkg lacks lib/net10.0/$id.pdb"
    # With a GitHub remote, SourceLink writes the raw-file address of each source into the PDB.
    if [[ "$remote" == *github.com* ]]; then
        grep -aqF raw.githubusercontent.com < <(unzip -p "$snupkg" "lib/net10.0/$id.pdb") \
            || fail "$snupkg has no SourceLink map for $remote"
    fi
done
[ "$failures" -eq 0 ] || exit 1
[ -n "$remote" ] || echo "No git remote: the packages name the commit but no repository address or SourceLink map."

dotnet restore "$consumer" -p:K8sFootprintVersion="$version"
dotnet build "$consumer" --configuration Release --no-restore -p:K8sFootprintVersion="$version"
dotnet "$consumer/bin/Release/net10.0/PackageConsumer.dll" "$chart" | tee "$packages/consumer.log"
grep -qE "^K8sFootprint $version(\+[0-9a-f]+)?$" "$packages/consumer.log" \
    || { echo "eng/pack.sh: the consumer did not load $version" >&2; exit 1; }
[ -s "$chart" ] || { echo "eng/pack.sh: the consumer wrote no chart at $chart" >&2; exit 1; }
echo "Packed, checked and consumed: ${ids[*]} $version"
