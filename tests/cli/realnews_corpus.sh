#!/usr/bin/env bash
# realnews_corpus.sh: sitrep on the real-news corpus (tests/realnews: Wikinews reports of UD
# English-GUM, the seed article and weblog and newsgroup posts of UD English-EWT, read from
# $SITREP_SHARED, scored against hand-coded gold events). The dev split's F1 and status accuracy must not fall below the figures sitrep
# reached when the corpus was written (F1 0.391, status 0.833) less 0.03; raise them as the
# coder improves. Since the lexicon's second round the floors are its figures (F1 0.385,
# status 0.762 over 21 matched events) less 0.02; now just below today's (F1 0.685, status
# 0.974 over 38 matched events). With the EWT documents in the dev split, just below the
# figures on the larger dev split (F1 0.508, status 0.978 over 46 matched events; the GUM
# and seed subtotal is still F1 0.741); then just below F1 0.599, status 0.929 (56 matched:
# the interview's history, now coded with its Soviet codes, is asserted where the gold has
# it reported); then just below F1 0.628, status 0.917 (60 matched); then just below F1
# 0.660, status 0.921 (63 matched); then just below F1 0.677, status 0.923 (65 matched);
# then just below F1 0.697, status 0.912 (68 matched); then just below F1 0.701, status
# 0.912 (68 matched, one false event fewer); then just below F1 0.735, status 0.917 (72
# matched, 14 false events). With the EWT training posts in the split (71 more dev events,
# coded before sitrep was run on them), just below F1 0.550, status 0.904 (83 matched);
# then just below F1 0.669, status 0.923 (104 matched, 26 false events).
# Skipped (exit 77) when the shared folder or python3 is absent.
set -u
: "${SITREP:?SITREP must name the sitrep binary}"
: "${SITREP_SOURCE:?SITREP_SOURCE must name the source tree}"

shared="${SITREP_SHARED:-}"
if [[ -z $shared || ! -f $shared/ud/en_gum-open-train.conllu || ! -d $shared/seed ||
      ! -f $shared/ud/en_ewt-ud-dev.conllu || ! -f $shared/ud/en_ewt-ud-test.conllu ||
      ! -f $shared/ud/en_ewt-ud-train.conllu ]]; then
    echo "skip: the shared folder (\$SITREP_SHARED with ud/ and seed/) is not available"
    exit 77
fi
command -v python3 >/dev/null || { echo "skip: python3 not found"; exit 77; }
export SITREP_LEXICON="$SITREP_SOURCE/lexicon"
python3 "$SITREP_SOURCE/tests/realnews/score.py" "$SITREP" "$shared" --split dev \
    --min-f1 0.65 --min-status 0.90
