#!/usr/bin/env bash
# Builds, tests and packages the VS Code extension into dist/jixiao.vsix.
# Quiet on success (two lines); on failure prints the failing step's output and exits non-zero.
# Needs node 20 and npm (the npm registry for `npm ci`); no Java, no VS Code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

# Deterministic output: vsce stamps every zip entry with SOURCE_DATE_EPOCH and sorts the entries
# (by localeCompare, hence LC_ALL); the zip's DOS times are local times, hence TZ.
export LC_ALL=C TZ=UTC SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-946684800}"
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export NO_COLOR=1 FORCE_COLOR=0

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log="$work/log"

# step NAME COMMAND…: runs the command at low priority, its output kept for a failure.
step() {
  local name="$1"
  shift
  if ! nice -n 10 "$@" >"$log" 2>&1 </dev/null; then
    echo "ci.sh: $name failed:" >&2
    cat "$log" >&2
    exit 1
  fi
}

# The Maven build copies the server in first and asks for it (JIXIAO_REQUIRE_SERVER=1).
if [ "${JIXIAO_REQUIRE_SERVER:-}" = 1 ] && [ ! -f server/jixiao-lsp.jar ]; then
  echo "ci.sh: server/jixiao-lsp.jar is missing (mvn package -pl editor-support/lsp copies it in)" >&2
  exit 1
fi
step "npm ci" npm ci --no-audit --no-fund
step "the grammar is generated from the lexer (node scripts/generate-grammar.mjs)" \
  node scripts/generate-grammar.mjs --check
step "compile" npm run --silent compile

step "grammar tests" npx --no-install vscode-tmgrammar-test \
  --grammar syntaxes/jixiao.tmLanguage.json 'test/grammar/**/*.jx'
grammar_files="$(grep -c 'run successfuly' "$log" || true)"
fixture_files="$(find test/grammar -name '*.jx' | wc -l)"
if [ "$grammar_files" -ne "$fixture_files" ] || [ "$fixture_files" -eq 0 ]; then
  echo "ci.sh: grammar tests ran $grammar_files of $fixture_files fixture files:" >&2
  cat "$log" >&2
  exit 1
fi

step "unit tests" node --test --test-reporter=tap test/unit/
unit_tests="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log")"

mkdir -p dist
rm -f dist/jixiao.vsix
# Not --no-dependencies: the installed extension needs vscode-languageclient, so vsce puts the
# production dependencies (npm ls --production) into the package's node_modules/.
step "package" npx --no-install vsce package --out dist/jixiao.vsix --allow-missing-repository --skip-license
step "package contents" node scripts/vsix.mjs check dist/jixiao.vsix
summary="$(cat "$log")"

# The client again, now from the unpacked package with only the node_modules it holds.
node scripts/vsix.mjs extract dist/jixiao.vsix "$work/vsix"
step "client tests on the unpacked package" \
  env JIXIAO_EXTENSION_DIR="$work/vsix/extension" node --test --test-reporter=tap test/unit/extension.test.mjs
packaged_tests="$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$log")"

echo "vscode: dist/jixiao.vsix $(sed -n 's/^ *"version": "\([^"]*\)".*/\1/p' package.json | head -1): $summary"
echo "vscode: $((grammar_files + unit_tests + packaged_tests)) passed, 0 failed"
