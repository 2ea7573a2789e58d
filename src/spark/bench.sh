#!/usr/bin/env bash
# The Spark job in local[2] against the CLI at two threads, on the same folder of articles.
#
#   bash src/spark/bench.sh [ARTICLES] [COPIES] [ROUNDS]
#
# ARTICLES (default: ../shared/data/bbc-news-summary/dev/articles, 1,781 articles) is hard-linked
# COPIES times (default 12: 21,372 articles) into a folder under ${TMPDIR:-/tmp}; then, ROUNDS times
# (default 3) in turns, the CLI and the job each run over it, and the job once more over one
# article: its fixed cost (JVM and Spark start-up, model load). Prints the wall times, their
# medians, and the job's time over the CLI's with and without the fixed cost. Needs lede built
# (mvn -B -q package -DskipTests) and the module packaged (README: "Beyond one machine").
# Run it under nice on a quiet machine: it keeps both cores busy for minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."

articles=${1:-../shared/data/bbc-news-summary/dev/articles}
copies=${2:-12}
rounds=${3:-3}
work=$(mktemp -d "${TMPDIR:-/tmp}/lede-spark-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/corpus" "$work/one"
for ((i = 1; i <= copies; i++)); do
  cp -rl "$articles" "$work/corpus/copy-$i" 2>/dev/null || cp -r "$articles" "$work/corpus/copy-$i"
done
cp "$(find "$articles" -type f -name '*.txt' | sort | head -1)" "$work/one/"
count=$(find "$work/corpus" -type f -name '*.txt' | wc -l)
echo "articles: $count (${articles} x $copies)"

# the job's JVM: Spark needs about 450 MB of heap; LEDE_SPARK_JAVA_OPTS adds or overrides options
job() {
  rm -rf "$work/out"
  java -Xmx1g @src/spark/target/lede-spark.args ${LEDE_SPARK_JAVA_OPTS:-} -Dspark.master='local[2]' \
    dev.lede.spark.LedeSparkJob "$1" "$work/out" 2> "$work/job.err" \
    || { cat "$work/job.err" >&2; exit 1; }
}
cli() {
  target/lede --threads 2 -q -o "$work/cli.jsonl" "$1" || [ $? -eq 1 ]
}
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@"
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}
median() {
  sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

: > "$work/cli.times"; : > "$work/job.times"; : > "$work/fixed.times"
for ((r = 1; r <= rounds; r++)); do
  c=$(seconds cli "$work/corpus"); echo "$c" >> "$work/cli.times"
  j=$(seconds job "$work/corpus"); echo "$j" >> "$work/job.times"
  for written in "$(wc -l < "$work/cli.jsonl")" "$(cat "$work"/out/part-* | wc -l)"; do
    [ "$written" -eq "$count" ] || { echo "$written records for $count articles" >&2; exit 1; }
  done
  f=$(seconds job "$work/one"); echo "$f" >> "$work/fixed.times"
  printf 'round %d: cli %.2f s, job %.2f s, job on one article %.2f s\n' "$r" "$c" "$j" "$f"
done

c=$(median < "$work/cli.times"); j=$(median < "$work/job.times"); f=$(median < "$work/fixed.times")
printf 'medians: cli %.2f s (%.0f articles/s), job %.2f s, fixed cost %.2f s\n' "$c" "$(echo "$count / $c" | bc -l)" "$j" "$f"
printf 'job / cli: %.2fx; without the fixed cost: %.2fx\n' "$(echo "$j / $c" | bc -l)" "$(echo "($j - $f) / $c" | bc -l)"
