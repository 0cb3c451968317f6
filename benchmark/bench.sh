#!/usr/bin/env bash
# SPBE Analytics benchmark: builds the pipeline, the dashboard and the benchmark, then measures them as separate
# processes on this machine, with generated data and a fixed seed.
#   benchmark/bench.sh           full mode: the national set and ten times it, repeated runs (about 30-45 min
#                                on 2 cores); run it on a quiet machine, the report prints the load average
#   benchmark/bench.sh --quick   small sets, one run each (a few minutes): checks the benchmark itself works
# Other flags go to the benchmark: --seed N, --out DIR, --endpoints FILE (see docs/benchmark.md).
# Report: benchmark/target/benchmark-full/benchmark.md and benchmark.json (benchmark-quick/ in quick mode).
# Needs Java 17+, Maven, and Debian's chromium + chromium-driver for the page timing.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests -pl pipeline,dashboard,benchmark -am package
exec java -jar benchmark/target/spbe-benchmark.jar --root . "$@"
