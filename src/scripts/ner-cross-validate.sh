#!/bin/sh
# Cross-validated entity F1 of lede's recipe on a labeled set that the shipped model is trained on.
#
# The shipped model learns from CoNLL-2003 train, its dev set and the 2020 dev documents, so it
# cannot be scored on those dev sets. This script scores the same recipe on them instead: the
# documents of GOLD are dealt into FOLDS folds (document i goes to fold i mod FOLDS); for each
# fold a model is trained on the TRAIN files plus the other folds, with the shipped model's own
# word clusters and train-ner's defaults (three document orders averaged, as for the shipped
# model: only the labeled data differs from it), and tags the fold.
# Prints each fold's counts and the pooled F1, with lede's name repairs and without; then the pooled
# F1 per type, of all entities and of those seen and unseen in each fold's training files.
#
# usage: src/scripts/ner-cross-validate.sh FOLDS GOLD.conll TRAIN.conll...
# GOLD must open with a document-start line, as CoNLL files do.
#   e.g. src/scripts/ner-cross-validate.sh 4 ../shared/data/conllpp2020-dev/dev.conll \
#          ../shared/data/conll2003/train.conll ../shared/data/conll2003/dev.conll
# Needs the build (target/lede); LEDE=path overrides; LEDE_TRAIN_OPTS adds train-ner options
# (e.g. "--orders 1" for one order, as models before #59 were trained). About 3-6 minutes a fold.
set -eu
if [ $# -lt 3 ]; then
  echo "usage: $0 FOLDS GOLD.conll TRAIN.conll..." >&2
  exit 2
fi
folds=$1 gold=$2
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
lede=${LEDE:-$root/target/lede}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && jar xf "$root/src/main/resources/dev/lede/ner/lede-ner-en.bin" word-clusters.wcl)

# the documents of $gold whose index mod $folds is (keep=1) or is not (keep=0) $k; a CoNLL file opens
# with its document-start line, and each line whose first field is that line's starts a document
documents() {
  awk -v n="$folds" -v k="$1" -v keep="$2" 'NR == 1 { start = $1 } $1 == start { d++ } ((d - 1) % n == k) == keep' "$gold"
}

k=0
while [ "$k" -lt "$folds" ]; do
  documents "$k" 1 > "$work/fold.conll"
  documents "$k" 0 > "$work/rest.conll"
  LEDE_JAVA_OPTS=${LEDE_JAVA_OPTS:--Xmx4g} "$lede" train-ner ${LEDE_TRAIN_OPTS:-} --data "$@" "$work/rest.conll" \
    --clusters "$work/word-clusters.wcl" --out "$work/fold.bin" > /dev/null
  for repairs in with without; do
    flag=
    [ "$repairs" = without ] && flag=--no-repairs
    # every count line: per type and overall, then split into entities seen and unseen in this
    # fold's training files (their exact text an entity there)
    "$lede" eval-ner --warm-up 0 --model "$work/fold.bin" --gold "$work/fold.conll" --train "$@" "$work/rest.conll" $flag |
      awk -v k="$k" -v m="$repairs" '$1 ~ /^(LOCATION|MISC|ORGANIZATION|PERSON|overall)$/ {
          if ($2 ~ /^[0-9]+$/) print k, m, $1, "all", $2, $3, $4
          else if ($2 == "seen" || $2 == "unseen") print k, m, $1, $2, $3, $4, $5 }' > "$work/fold.txt"
    cat "$work/fold.txt" >> "$work/counts.txt"
    awk '$3 == "overall" && $4 == "all" { print "fold", $1, $2, $5, $6, $7 }' "$work/fold.txt"
  done
  k=$((k + 1))
done
# pooled over the folds: the overall lines, then each type, all entities and seen / unseen apart
pool() {
  awk -v lines="$1" '{ key = $2 " " $3 " " $4; g[key] += $5; f[key] += $6; r[key] += $7 }
    END {
      for (key in g) {
        split(key, part, " ")
        p = f[key] ? 100 * r[key] / f[key] : 0
        r1 = g[key] ? 100 * r[key] / g[key] : 0
        f1 = g[key] + f[key] ? 200 * r[key] / (g[key] + f[key]) : 0
        overall = part[2] == "overall" && part[3] == "all"
        if (lines == "overall" && overall)
          printf "pooled, %s repairs: gold %d, found %d, right %d, P %.2f, R %.2f, F1 %.2f\n", part[1], g[key], f[key], r[key], p, r1, f1
        else if (lines == "types" && !overall)
          printf "pooled, %s repairs: %-12s %-6s gold %5d, found %5d, right %5d, P %6.2f, R %6.2f, F1 %6.2f\n", part[1], part[2], part[3], g[key], f[key], r[key], p, r1, f1
      }
    }' "$work/counts.txt" | sort
}
pool overall
pool types
