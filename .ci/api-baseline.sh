#!/usr/bin/env bash
# Builds the API baseline that japicmp compares the build with, and prints the Maven flag that turns the check on.
#
#   .ci/api-baseline.sh [FILE]        FILE defaults to .ci/api-baseline
#
# FILE names a release of this repository by its version and the commit that released it:
#   version=0.1.0
#   commit=<the release commit's id>
# Nothing is published to a remote repository, so the baseline's jars are built here: the commit is checked out in a
# temporary git worktree, its version set to FILE's version, and its library modules (model, testing, catalog,
# core, excel) installed in the local Maven repository under that version, tests skipped. The worktree is removed after.
# On success the last line of standard output is the flag for the main build, e.g. -Djapicmp.baseline=0.1.0;
# everything else goes to standard error. docs/releasing.md tells the whole procedure.
set -euo pipefail
cd "$(dirname "$0")/.."
file="${1:-.ci/api-baseline}"

fail() {
  echo "api-baseline: $*" >&2
  exit 1
}

[ -f "$file" ] || fail "$file not found"
version="$(sed -n 's/^version=[[:space:]]*//p' "$file" | tr -d '[:space:]')"
commit="$(sed -n 's/^commit=[[:space:]]*//p' "$file" | tr -d '[:space:]')"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] \
  || fail "$file: version '$version' is not a release version such as 0.1.0"
[[ "$commit" =~ ^[0-9a-f]{7,40}$ ]] || fail "$file: commit '$commit' is not a commit id"
git cat-file -e "$commit^{commit}" 2>/dev/null \
  || fail "$file: commit $commit is not in this clone (a shallow clone? fetch the full history)"

maven_repo_opt=()
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then
  maven_repo_opt=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL")
fi

tmp="$(mktemp -d)"
cleanup() {
  git worktree remove --force "$tmp" >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

echo "api-baseline: building $version from $commit" >&2
git worktree add --detach --quiet "$tmp" "$commit"
(
  cd "$tmp"
  ./mvnw -B -q ${maven_repo_opt[@]+"${maven_repo_opt[@]}"} org.codehaus.mojo:versions-maven-plugin:2.18.0:set -DnewVersion="$version" \
    -DgenerateBackupPoms=false -DprocessAllModules=true
  ./mvnw -B -q ${maven_repo_opt[@]+"${maven_repo_opt[@]}"} install -pl model,testing,catalog,core,excel -am -DskipTests \
    -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Djapicmp.skip=true
) >&2
echo "api-baseline: installed newinfra $version (model, testing, catalog, core, excel) in the local repository" >&2
echo "-Djapicmp.baseline=$version"
