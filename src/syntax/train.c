/* train.c: the training driver (see train.h). Everything that varies between runs is
 * fixed: the order of tags and labels (by frequency, then name), the shuffles (a seeded
 * generator) and the iteration order of every table, so the model bytes are
 * reproducible. */
#include "syntax/train.h"

#include "base/arena.h"
#include "base/file.h"
#include "base/strbuf.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "syntax/conllu.h"
#include "syntax/feature.h"
#include "syntax/lemma.h"
#include "syntax/linear.h"
#include "syntax/model.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/words.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct train_sent {
    const ud_sentence *s;
    syn_word *w;
    uint32_t *gold_tag;
    int32_t *head, *label; /* [1..n] */
    uint32_t *pred_tag;
    syn_word *fold_w; /* w as its jackknife fold's tag lexicon saw it */
} train_sent;

typedef struct named_count {
    const char *name;
    size_t count;
    uint32_t id;
} named_count;

typedef struct trainer_ctx {
    const syntax_train_options *o;
    arena *a;
    train_sent *sents;
    size_t nsents;
    strmap *rule_ids;
    size_t ntags, nlabels;
    lemma_rule *rules;
    size_t nrules, caprules;
    syntax_model model;
} trainer_ctx;

void syntax_train_defaults(syntax_train_options *o)
{
    memset(o, 0, sizeof *o);
    o->tagger_epochs = 8;
    o->parser_epochs = 15;
    o->parser_beam = 1;
    o->folds = 5;
    o->parser_scale = 8.0f;
    o->parser_features = 220000;
    o->tagger_features = 90000; /* per pass: fills a 2^17-slot table to 70% */
    o->seed = 20260101;
}

static void say(const trainer_ctx *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(const trainer_ctx *c, const char *fmt, ...)
{
    if (!c->o->progress)
        return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    c->o->progress(c->o->ctx, buf);
}

static uint64_t rnd(uint64_t *state)
{
    *state = *state * 6364136223846793005ull + 1442695040888963407ull;
    return feat_mix(*state);
}

static void shuffle(size_t *order, size_t n, uint64_t *rng)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = (size_t)(rnd(rng) % i);
        size_t t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
}

static int by_count(const void *a, const void *b)
{
    const named_count *x = a, *y = b;
    if (x->count != y->count)
        return x->count > y->count ? -1 : 1;
    return strcmp(x->name, y->name);
}

typedef struct name_table {
    strmap *map; /* name -> index+1 into names */
    named_count *names;
    size_t n, cap;
} name_table;

static void table_count(name_table *t, arena *a, const char *name)
{
    uintptr_t idx = (uintptr_t)strmap_get(t->map, name, strlen(name));
    if (idx) {
        t->names[idx - 1].count++;
        return;
    }
    t->names = xgrow(t->names, &t->cap, t->n + 1, sizeof *t->names);
    t->names[t->n] = (named_count){arena_strdup(a, name), 1, 0};
    t->n++;
    strmap_put(t->map, name, strlen(name), (void *)(uintptr_t)t->n);
}

/* Sorts by frequency and renumbers; afterwards the map gives id+1. */
static void table_finish(name_table *t)
{
    qsort(t->names, t->n, sizeof *t->names, by_count);
    for (size_t i = 0; i < t->n; i++) {
        t->names[i].id = (uint32_t)i;
        strmap_put(t->map, t->names[i].name, strlen(t->names[i].name), (void *)(uintptr_t)(i + 1));
    }
}

static uint32_t table_id(const name_table *t, const char *name)
{
    return (uint32_t)((uintptr_t)strmap_get(t->map, name, strlen(name)) - 1);
}

static void tag_name(char *buf, size_t cap, const ud_word *w)
{
    snprintf(buf, cap, "%s\t%s", ud_upos_name(w->upos), w->xpos ? w->xpos : "_");
}

/* ---- the tagger ---- */

typedef struct key_tag {
    uint64_t key;
    uint32_t tag;
} key_tag;

static int cmp_key_tag(const void *a, const void *b)
{
    const key_tag *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->tag < y->tag ? -1 : x->tag > y->tag;
}

/* The tag lexicon (of the sentences not in fold `skip`, all when skip < 0): every word
 * seen at least twice, with the tags it had in at least 1%
 * of its occurrences (weights: the counts). A word seen TAGGER_DICT_MIN times or more with
 * one such tag is tagged by the lexicon alone. */
static void build_tagdict(trainer_ctx *c, int skip, linear_model *out)
{
    size_t total = 0;
    for (size_t i = 0; i < c->nsents; i++)
        total += c->sents[i].s->n;
    key_tag *kt = xmalloc((total + 1) * sizeof *kt);
    size_t k = 0;
    for (size_t i = 0; i < c->nsents; i++)
        if (skip < 0 || (int)(i % (size_t)c->o->folds) != skip)
            for (uint32_t j = 0; j < c->sents[i].s->n; j++)
            kt[k++] = (key_tag){feat_key(0, c->sents[i].w[j].lower, 0, 0), c->sents[i].gold_tag[j]};
    qsort(kt, k, sizeof *kt, cmp_key_tag);
    uint64_t *keys = xmalloc((k + 1) * sizeof *keys);
    uint16_t *cls = xmalloc((k + 1) * sizeof *cls);
    int16_t *wts = xmalloc((k + 1) * sizeof *wts);
    size_t nd = 0;
    for (size_t i = 0; i < k;) {
        size_t j = i;
        while (j < k && kt[j].key == kt[i].key)
            j++;
        size_t n = j - i;
        for (size_t r = i; n >= 2 && r < j;) {
            size_t q = r;
            while (q < j && kt[q].tag == kt[r].tag)
                q++;
            if ((double)(q - r) >= 0.01 * (double)n) {
                keys[nd] = kt[i].key;
                cls[nd] = (uint16_t)kt[r].tag;
                wts[nd++] = (int16_t)(q - r > 32767 ? 32767 : q - r);
            }
            r = q;
        }
        i = j;
    }
    linear_model_build_rows(keys, cls, wts, nd, (uint32_t)c->ntags, out);
    free(kt);
    free(keys);
    free(cls);
    free(wts);
}

/* Trains a tagger's pass 1 or 2 (tagger.h) on the sentences whose index modulo folds is
 * not `skip` (all when skip < 0); returns it frozen. Pass 2 reads w[].tag1, which the
 * caller sets to first-pass tags of the kind new text will get (jackknifed). */
static void train_tagger(trainer_ctx *c, int skip, int pass, linear_model *out)
{
    linear_trainer *t = linear_trainer_new((uint32_t)c->ntags);
    size_t *order = xmalloc((c->nsents + 1) * sizeof *order);
    size_t n = 0;
    for (size_t i = 0; i < c->nsents; i++)
        if (skip < 0 || (int)(i % (size_t)c->o->folds) != skip)
            order[n++] = i;
    uint64_t rng = c->o->seed + (uint64_t)(skip + 1) + (uint64_t)(pass - 1) * 0x7f4a7c15ull;
    float *scores = xmalloc(c->ntags * sizeof *scores);
    uint64_t f[TAGGER_MAX_FEATS];
    for (int e = 0; e < c->o->tagger_epochs; e++) {
        shuffle(order, n, &rng);
        size_t right = 0, total = 0;
        for (size_t oi = 0; oi < n; oi++) {
            train_sent *ts = &c->sents[order[oi]];
            uint32_t len = ts->s->n;
            for (uint32_t i = 0; i < len; i++) {
                if (ts->w[i].dict)
                    continue; /* the lexicon set its tag */
                size_t nf = tagger_features(ts->w, len, i, pass, f);
                memset(scores, 0, c->ntags * sizeof *scores);
                linear_trainer_score(t, f, nf, scores);
                uint32_t best = 0;
                for (uint32_t k = 1; k < c->ntags; k++)
                    if (scores[k] > scores[best])
                        best = k;
                total++;
                if (best != ts->gold_tag[i])
                    linear_trainer_update(t, f, nf, ts->gold_tag[i], best);
                else {
                    right++;
                    linear_trainer_tick(t);
                }
                ts->w[i].tag = best;
            }
        }
        if (skip < 0)
            say(c, "tagger pass %d epoch %d: %.2f%% of classified training words right", pass,
                e + 1, total ? 100.0 * (double)right / (double)total : 0.0);
    }
    linear_trainer_freeze(t, 1.0f, skip < 0 ? c->o->tagger_features : 0, out);
    linear_trainer_free(t);
    free(order);
    free(scores);
}

/* ---- lemma rules ---- */

static uint32_t rule_id(trainer_ctx *c, lemma_rule r)
{
    char key[160];
    snprintf(key, sizeof key, "%u\t%u\t%s", r.lower, r.strip, r.append);
    uintptr_t id = (uintptr_t)strmap_get(c->rule_ids, key, strlen(key));
    if (id)
        return (uint32_t)(id - 1);
    c->rules = xgrow(c->rules, &c->caprules, c->nrules + 1, sizeof *c->rules);
    r.append = arena_strdup(c->a, r.append);
    c->rules[c->nrules++] = r;
    strmap_put(c->rule_ids, key, strlen(key), (void *)(uintptr_t)c->nrules);
    return (uint32_t)(c->nrules - 1);
}

typedef struct key_rule {
    uint64_t key;
    uint32_t rule;
} key_rule;

static int cmp_key_rule(const void *a, const void *b)
{
    const key_rule *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->rule < y->rule ? -1 : x->rule > y->rule;
}

/* The most frequent rule per key (ties to the lower rule number), keys seen min times. */
static void majority_table(key_rule *kr, size_t k, size_t min, uint32_t nclasses,
                           linear_model *out)
{
    qsort(kr, k, sizeof *kr, cmp_key_rule);
    uint64_t *keys = xmalloc((k + 1) * sizeof *keys);
    uint16_t *cls = xmalloc((k + 1) * sizeof *cls);
    size_t nd = 0;
    for (size_t i = 0; i < k;) {
        size_t j = i, best = 0;
        uint32_t best_rule = 0;
        while (j < k && kr[j].key == kr[i].key) {
            size_t r = j;
            while (r < k && kr[r].key == kr[j].key && kr[r].rule == kr[j].rule)
                r++;
            if (r - j > best) {
                best = r - j;
                best_rule = kr[j].rule;
            }
            j = r;
        }
        if (j - i >= min && best_rule < 65536) {
            keys[nd] = kr[i].key;
            cls[nd++] = (uint16_t)best_rule;
        }
        i = j;
    }
    linear_model_build_table(keys, cls, nd, nclasses, out);
    free(keys);
    free(cls);
}

static void train_lemmas(trainer_ctx *c)
{
    size_t total = 0;
    for (size_t i = 0; i < c->nsents; i++)
        total += c->sents[i].s->n;
    key_rule *words = xmalloc((total + 1) * sizeof *words);
    key_rule *suffixes = xmalloc((total * 5 + 1) * sizeof *suffixes);
    size_t nw = 0, ns = 0;
    strmap *seen = strmap_new(); /* suffix rules are learnt from distinct (form, tag) */
    for (size_t i = 0; i < c->nsents; i++) {
        const train_sent *ts = &c->sents[i];
        for (uint32_t j = 0; j < ts->s->n; j++) {
            const ud_word *u = &ts->s->words[j];
            if (!u->lemma)
                continue;
            uint32_t r = rule_id(c, lemma_rule_between(u->form, u->lemma));
            uint32_t tag = ts->gold_tag[j];
            words[nw++] = (key_rule){lemma_word_key(&ts->w[j], tag), r};
            char key[300];
            snprintf(key, sizeof key, "%u\t%s", tag, u->form);
            if (strmap_get(seen, key, strlen(key)))
                continue;
            strmap_put(seen, key, strlen(key), (void *)1);
            for (int k = 0; k < 5; k++)
                if (k == 4 || ts->w[j].suf[k])
                    suffixes[ns++] = (key_rule){lemma_suffix_key(&ts->w[j], tag, k), r};
        }
    }
    strmap_free(seen);
    uint32_t nclasses = c->nrules ? (uint32_t)c->nrules : 1;
    majority_table(words, nw, 1, nclasses, &c->model.lemma_words);
    majority_table(suffixes, ns, 2, nclasses, &c->model.lemma_suffixes);
    free(words);
    free(suffixes);
    say(c, "lemmas: %zu rules", c->nrules);
}

/* ---- the parser ---- */

static void train_parser(trainer_ctx *c)
{
    uint32_t nlabels = (uint32_t)c->nlabels;
    linear_trainer *t = linear_trainer_new(1 + 2 * nlabels);
    size_t *order = xmalloc((c->nsents + 1) * sizeof *order);
    for (size_t i = 0; i < c->nsents; i++)
        order[i] = i;
    uint64_t rng = c->o->seed ^ 0x5eed;
    for (int e = 0; e < c->o->parser_epochs; e++) {
        shuffle(order, c->nsents, &rng);
        parser_train_stats st = {0};
        for (size_t oi = 0; oi < c->nsents; oi++) {
            train_sent *ts = &c->sents[order[oi]];
            for (uint32_t i = 0; i < ts->s->n; i++) {
                ts->w[i].tag = ts->pred_tag[i];
                ts->w[i].upos = c->model.tag_upos[ts->pred_tag[i]];
            }
            if (c->o->parser_beam > 1)
                parser_train_sentence_beam(t, ts->w, ts->s->n, ts->head, ts->label, nlabels,
                                           (uint32_t)c->o->parser_beam, &st);
            else
                parser_train_sentence(t, ts->w, ts->s->n, ts->head, ts->label, nlabels, e > 0,
                                      &rng, &st);
        }
        if (c->o->parser_beam > 1)
            say(c, "parser epoch %d: %.2f%% of sentences needed an update, %zu features", e + 1,
                c->nsents ? 100.0 * (double)st.errors / (double)c->nsents : 0.0,
                linear_trainer_features(t));
        else
            say(c, "parser epoch %d: %.2f%% of transitions right, %zu features", e + 1,
                st.transitions ? 100.0 * (double)(st.transitions - st.errors) /
                                     (double)st.transitions
                               : 0.0,
                linear_trainer_features(t));
    }
    linear_trainer_freeze(t, c->o->parser_scale, c->o->parser_features, &c->model.parser);
    say(c, "parser: %llu features, %llu weights kept",
        (unsigned long long)c->model.parser.nfeatures, (unsigned long long)c->model.parser.nentries);
    linear_trainer_free(t);
    free(order);
}

/* ---- the driver ---- */

static bool load_sentences(trainer_ctx *c, sitrep_error *err)
{
    size_t cap = 0;
    for (size_t fi = 0; fi < c->o->nfiles; fi++) {
        size_t len;
        char *buf = file_read_path(c->o->files[fi], &len, err);
        if (!buf)
            return false;
        conllu_doc doc;
        sitrep_error rerr = {0};
        bool ok = conllu_read(c->a, c->o->files[fi], buf, len, &doc, &rerr);
        free(buf);
        if (!ok)
            return sitrep_error_set(err, "%s", rerr.message);
        if (doc.dropped)
            say(c, "%s: %zu malformed sentences skipped (%s)", c->o->files[fi], doc.dropped,
                rerr.message);
        for (size_t i = 0; i < doc.n; i++) {
            c->sents = xgrow(c->sents, &cap, c->nsents + 1, sizeof *c->sents);
            memset(&c->sents[c->nsents], 0, sizeof *c->sents);
            c->sents[c->nsents++].s = &doc.sentences[i];
        }
        say(c, "%s: %zu sentences", c->o->files[fi], doc.n);
    }
    if (c->nsents == 0)
        return sitrep_error_set(err, "no training sentence");
    return true;
}

bool syntax_train(const syntax_train_options *o, sitrep_error *err)
{
    trainer_ctx c = {0};
    c.o = o;
    c.a = arena_new(1 << 20);
    c.rule_ids = strmap_new();
    name_table tags = {strmap_new(), NULL, 0, 0}, labels = {strmap_new(), NULL, 0, 0};
    bool ok = load_sentences(&c, err);
    if (ok) {
        char buf[256];
        for (size_t i = 0; i < c.nsents; i++)
            for (uint32_t j = 0; j < c.sents[i].s->n; j++) {
                const ud_word *u = &c.sents[i].s->words[j];
                tag_name(buf, sizeof buf, u);
                table_count(&tags, c.a, buf);
                table_count(&labels, c.a, u->deprel ? u->deprel : "dep");
            }
        table_finish(&tags);
        table_finish(&labels);
        c.ntags = tags.n;
        c.nlabels = labels.n;
        if (c.ntags > SYNTAX_MAX_TAGS || c.nlabels > SYNTAX_MAX_LABELS)
            ok = sitrep_error_set(err, "too many tags or relations in the training data");
    }
    if (ok) {
        char buf[256];
        for (size_t i = 0; i < c.nsents; i++) {
            train_sent *ts = &c.sents[i];
            uint32_t n = ts->s->n;
            ts->w = arena_alloc(c.a, n * sizeof *ts->w);
            ts->gold_tag = arena_alloc(c.a, n * sizeof *ts->gold_tag);
            ts->pred_tag = arena_alloc(c.a, n * sizeof *ts->pred_tag);
            ts->head = arena_alloc(c.a, (n + 1) * sizeof *ts->head);
            ts->label = arena_alloc(c.a, (n + 1) * sizeof *ts->label);
            syn_words_prepare(ts->w, ts->s);
            ts->head[0] = ts->label[0] = -1;
            for (uint32_t j = 0; j < n; j++) {
                const ud_word *u = &ts->s->words[j];
                tag_name(buf, sizeof buf, u);
                ts->gold_tag[j] = table_id(&tags, buf);
                ts->pred_tag[j] = ts->gold_tag[j];
                ts->head[j + 1] = u->head < 0 ? 0 : u->head;
                ts->label[j + 1] = (int32_t)table_id(&labels, u->deprel ? u->deprel : "dep");
            }
        }
        say(&c, "%zu sentences, %zu tags, %zu relations", c.nsents, c.ntags, c.nlabels);
        /* the model's tables */
        c.model.ntags = (uint32_t)c.ntags;
        c.model.tag_xpos = xcalloc(c.ntags, sizeof *c.model.tag_xpos);
        c.model.tag_upos = xcalloc(c.ntags, 1);
        for (size_t i = 0; i < c.ntags; i++) {
            char *name = arena_strdup(c.a, tags.names[i].name);
            char *tab = strchr(name, '\t');
            *tab = '\0';
            c.model.tag_upos[i] = (uint8_t)ud_upos_from_name(name);
            c.model.tag_xpos[i] = tab + 1;
        }
        c.model.beam = o->parser_beam > 1 ? (uint32_t)o->parser_beam : 1;
        c.model.nlabels = (uint32_t)c.nlabels;
        c.model.labels = xcalloc(c.nlabels, sizeof *c.model.labels);
        for (size_t i = 0; i < c.nlabels; i++)
            c.model.labels[i] = labels.names[i].name;

        build_tagdict(&c, -1, &c.model.tagdict);
        say(&c, "tag lexicon: %llu words", (unsigned long long)c.model.tagdict.nfeatures);
        train_lemmas(&c);
        c.model.nrules = (uint32_t)c.nrules;
        c.model.rules = c.rules;
        c.rules = NULL;
        /* Jackknifed tags, in two rounds: round 1 tags every fold with a first pass
         * trained on the other folds; round 2 trains a second pass on the other folds
         * over their round-1 tags and retags the fold with both. The final second pass
         * learns from the round-1 tags and the parser from the round-2 tags: each sees
         * tags as wrong as the ones it will get on new text. */
        if (o->folds > 1) {
            linear_model full = c.model.tagdict;
            linear_model *fms = xcalloc((size_t)o->folds, sizeof *fms);
            uint32_t **tag2 = xcalloc(c.nsents, sizeof *tag2);
            for (int round = 1; round <= 2; round++)
                for (int fold = 0; fold < o->folds; fold++) {
                    /* the fold's words are unknown to its tagger, tag lexicon included,
                     * as new text will be to the final one */
                    linear_model fm2 = {0}, fd;
                    build_tagdict(&c, fold, &fd);
                    for (size_t i = 0; i < c.nsents; i++) {
                        tagger_lookup(&fd, NULL, c.sents[i].w, c.sents[i].s->n);
                        for (uint32_t j = 0; j < c.sents[i].s->n; j++)
                            c.sents[i].w[j].tag1 = c.sents[i].pred_tag[j];
                    }
                    c.model.tagdict = fd;
                    if (round == 1)
                        train_tagger(&c, fold, 1, &fms[fold]);
                    else
                        train_tagger(&c, fold, 2, &fm2);
                    syntax_model tmp = c.model;
                    tmp.tagger = fms[fold];
                    tmp.tagger2 = fm2;
                    size_t right = 0, total = 0;
                    for (size_t i = (size_t)fold; i < c.nsents; i += (size_t)o->folds) {
                        train_sent *ts = &c.sents[i];
                        tagger_tag(&tmp, ts->w, ts->s->n);
                        uint32_t *dst = ts->pred_tag;
                        if (round == 1) {
                            ts->fold_w = arena_alloc(c.a, ts->s->n * sizeof *ts->fold_w);
                            memcpy(ts->fold_w, ts->w, ts->s->n * sizeof *ts->fold_w);
                        } else {
                            /* kept apart until every fold's second pass has learnt from
                             * the round-1 tags */
                            dst = tag2[i] = arena_alloc(c.a, ts->s->n * sizeof *dst);
                        }
                        for (uint32_t j = 0; j < ts->s->n; j++) {
                            dst[j] = ts->w[j].tag;
                            right += dst[j] == ts->gold_tag[j];
                            total++;
                        }
                    }
                    linear_model_free(&fm2);
                    linear_model_free(&fd);
                    c.model.tagdict = full;
                    say(&c, "jackknife pass %d fold %d/%d: %.2f%% tags right", round, fold + 1,
                        o->folds, 100.0 * (double)right / (double)(total ? total : 1));
                }
            /* With folds, every sentence keeps the ambiguity classes of the lexicon
             * without its own fold, so the final tagger learns how far to trust them on
             * words the lexicon knows less well than its own training words (new text
             * is like that). */
            for (size_t i = 0; i < c.nsents; i++) {
                train_sent *ts = &c.sents[i];
                memcpy(ts->w, ts->fold_w, ts->s->n * sizeof *ts->w);
                for (uint32_t j = 0; j < ts->s->n; j++)
                    ts->w[j].tag1 = ts->pred_tag[j];
            }
            train_tagger(&c, -1, 1, &c.model.tagger);
            train_tagger(&c, -1, 2, &c.model.tagger2);
            for (size_t i = 0; i < c.nsents; i++)
                memcpy(c.sents[i].pred_tag, tag2[i], c.sents[i].s->n * sizeof *tag2[i]);
            for (int fold = 0; fold < o->folds; fold++)
                linear_model_free(&fms[fold]);
            free(fms);
            free(tag2);
        } else {
            /* without folds the second pass learns from the first pass's own tags of its
             * training words (optimistic, but the tests train this way on tiny data) */
            for (size_t i = 0; i < c.nsents; i++)
                tagger_lookup(&c.model.tagdict, NULL, c.sents[i].w, c.sents[i].s->n);
            train_tagger(&c, -1, 1, &c.model.tagger);
            syntax_model tmp = c.model;
            tmp.tagger2 = (linear_model){0};
            for (size_t i = 0; i < c.nsents; i++)
                tagger_tag(&tmp, c.sents[i].w, c.sents[i].s->n);
            train_tagger(&c, -1, 2, &c.model.tagger2);
        }
        train_parser(&c);
        ok = syntax_model_save(&c.model, o->output, err);
    }
    linear_model_free(&c.model.tagger);
    linear_model_free(&c.model.tagger2);
    linear_model_free(&c.model.tagdict);
    linear_model_free(&c.model.parser);
    linear_model_free(&c.model.lemma_words);
    linear_model_free(&c.model.lemma_suffixes);
    free(c.model.tag_xpos);
    free(c.model.tag_upos);
    free(c.model.labels);
    free(c.model.rules);
    free(c.rules);
    free(c.sents);
    free(tags.names);
    free(labels.names);
    strmap_free(tags.map);
    strmap_free(labels.map);
    strmap_free(c.rule_ids);
    arena_free(c.a);
    return ok;
}
