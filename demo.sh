#!/usr/bin/env bash
# SPBE Analytics demo: sets everything up and runs the main job end to end on the bundled sample.
#   1. checks for Java 17+ and Maven (installs them with apt-get when missing and allowed),
#   2. builds the pipeline and the dashboard,
#   3. runs the pipeline on data/samples/kabupaten-blitar into ./warehouse (a new published version each run),
#   4. starts the dashboard and prints its URL.
# Options: --check   start the dashboard, wait until it answers with the published data, stop, exit 0 (CI).
# Environment: SPBE_WAREHOUSE (default ./warehouse), SPBE_PORT (default 7070).
set -euo pipefail
cd "$(dirname "$0")"
started=$(date +%s)
check=false
[[ "${1:-}" == "--check" ]] && check=true

say() { printf '\n==> %s\n' "$*"; }

need_java() {
  command -v java >/dev/null 2>&1 || return 0
  local major
  major=$(java -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
  [[ "${major%%.*}" -lt 17 ]]
}

if need_java || ! command -v mvn >/dev/null 2>&1; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
    say "Installing Java 17 and Maven (apt-get)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
  else
    echo "SPBE Analytics needs Java 17+ and Maven 3.8+ on the PATH. Install them and run ./demo.sh again." >&2
    exit 1
  fi
fi

say "Building (Maven; the first build downloads the dependencies)"
mvn -B -q -DskipTests package

warehouse="${SPBE_WAREHOUSE:-warehouse}"
say "Running the pipeline on the Kabupaten Blitar sample into $warehouse"
pipeline/spbe-pipeline run --input data/samples/kabupaten-blitar --warehouse "$warehouse" \
  --reference data/reference

# The dashboard's JVM options (heap cap, serial GC): one small server on an office machine, see dashboard/jvm.options
dashboard_jvm=$(grep -v '^#' dashboard/jvm.options | tr '\n' ' ')

if ! $check; then
  say "Starting the dashboard (Ctrl+C to stop); pipeline and build took $(( $(date +%s) - started )) s"
  exec java $dashboard_jvm -jar dashboard/target/spbe-dashboard.jar --warehouse "$warehouse" --port "${SPBE_PORT:-7070}"
fi

say "Starting the dashboard to check it answers"
log=$(mktemp)
java $dashboard_jvm -jar dashboard/target/spbe-dashboard.jar --warehouse "$warehouse" --port 0 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -f "$log"' EXIT
url=""
for _ in $(seq 1 60); do
  url=$(grep -o 'http://[^ ]*/' "$log" | head -1 || true)
  [[ -n "$url" ]] && break
  sleep 0.5
done
[[ -n "$url" ]] || { echo "The dashboard did not start:" >&2; cat "$log" >&2; exit 1; }
body=$(curl -fsS "${url}api/ringkasan?instansi=6521")
echo "$body" | grep -q '"index_value":2.76' || { echo "Unexpected answer from ${url}api/ringkasan: $body" >&2; exit 1; }
echo "Dashboard answered at $url with the published Blitar indices."
echo "Demo check passed in $(( $(date +%s) - started )) s."
