#!/bin/sh
# Cross-validated entity F1 of lede's recipe on a labeled set that the shipped model is trained on.
#
# The shipped model learns from CoNLL-2003 train, its dev set and the 2020 dev documents, so it
# cannot be scored on those dev sets. This script scores the same recipe on them instead: the
# documents of GOLD are dealt into FOLDS folds (document i goes to fold i mod FOLDS); for each
# fold a model is trained on the TRAIN files plus the other folds, with the shipped model's own
# word clusters and train-ner's defaults (three document orders averaged, as for the shipped
# model: only the labeled data differs from it), and tags the fold.
# Prints each fold's counts and the pooled F1, with lede's name repairs and without.
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
    counts=$("$lede" eval-ner --warm-up 0 --model "$work/fold.bin" --gold "$work/fold.conll" $flag | awk '$1 == "overall" { print $2, $3, $4; exit }')
    echo "fold $k $repairs $counts" | tee -a "$work/folds.txt"
  done
  k=$((k + 1))
done
awk '{ g[$3] += $4; f[$3] += $5; r[$3] += $6 }
  END { for (m in g) printf "pooled, %s repairs: gold %d, found %d, right %d, P %.2f, R %.2f, F1 %.2f\n",
          m, g[m], f[m], r[m], 100 * r[m] / f[m], 100 * r[m] / g[m], 200 * r[m] / (g[m] + f[m]) }' "$work/folds.txt" | sort
