#!/usr/bin/env bash
# Runs every test: installs what the tests need when missing, starts a throwaway PostgreSQL on loopback,
# builds the solution and runs each test project. Ends with one line: "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
CONFIGURATION=${CONFIGURATION:-Release}
RESULTS="$ROOT/.test-run"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# 1. System packages: Chromium for the browser tests, PostgreSQL, the fonts and libgdiplus for documents.
missing=()
for package in chromium postgresql fonts-dejavu-core libgdiplus; do
  dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# 2. A throwaway PostgreSQL cluster on a loopback port, removed when the script ends.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PGPORT=${PGPORT:-55432}
PGDATA=$(mktemp -d /tmp/oc-pg-XXXXXX)
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$PGDATA"
  pg() { runuser -u postgres -- "$@"; }
else
  pg() { "$@"; }
fi
stop_postgres() {
  pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PGDATA"
}
trap stop_postgres EXIT
pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
  start >/dev/null
export ORCHARDCUSTOMERS_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

# 3. Build once, then run each test project.
dotnet build OrchardCustomers.sln -c "$CONFIGURATION" -nologo -clp:ErrorsOnly
status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" || status=1
done

# 4. One summary line, added up from the result files.
passed=0; failed=0; skipped=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; status=1; fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
exit $status
