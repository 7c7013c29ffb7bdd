/* test_syntax.c: unit tests for the tagger and parser's machinery (src/syntax/): the
 * dynamic oracle, the model file and its checks, deterministic training, the CoNLL-U
 * reader's error reports, and the tree helpers. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include "base/arena.h"
#include "base/strmap.h"
#include "base/xalloc.h"
#include "syntax/conllu.h"
#include "syntax/feature.h"
#include "syntax/feature_batch.h"
#include "syntax/linear.h"
#include "syntax/model.h"
#include "syntax/parser.h"
#include "syntax/repair.h"
#include "syntax/syntax.h"
#include "syntax/tagger.h"
#include "syntax/words.h"
#include "syntax/train.h"
#include "syntax/tree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = xmalloc((size_t)n + 1);
    size_t got = fread(buf, 1, (size_t)n, f);
    fclose(f);
    buf[got] = '\0';
    *len = got;
    return buf;
}

static void write_all(const char *path, const char *buf, size_t len)
{
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    assert_int_equal(fwrite(buf, 1, len, f), len);
    fclose(f);
}

/* ---- the classifiers ---- */

static uint64_t test_rand(uint64_t *x)
{
    *x = *x * 6364136223846793005ull + 1442695040888963407ull;
    return *x >> 17;
}

/* Dense rows (linear_model_densify) score exactly as the sparse rows they copy, for any
 * mix of dense (int8), wide (int16), sparse and unknown features, more features than the
 * int16 lanes may sum at once, and a class count that is not a multiple of the vector
 * width. Scale 1 gives small weights (int8 rows), scale 100 large ones (int16 rows). */
static void test_dense_rows_score_as_sparse(void **state)
{
    (void)state;
    const uint32_t nclasses = 109;
    linear_trainer *t = linear_trainer_new(nclasses);
    uint64_t rng = 7, feats[200];
    for (int step = 0; step < 20000; step++) {
        size_t nf = 1 + test_rand(&rng) % 8;
        for (size_t i = 0; i < nf; i++) /* a few frequent features, many rare ones */
            feats[i] = feat_mix(1 + (i < 3 ? test_rand(&rng) % 40 : test_rand(&rng) % 5000));
        linear_trainer_update(t, feats, nf, (uint32_t)(test_rand(&rng) % nclasses),
                              (uint32_t)(test_rand(&rng) % nclasses));
    }
    const float scales[] = {1.0f, 100.0f};
    for (size_t sc = 0; sc < sizeof scales / sizeof *scales; sc++) {
        linear_model sparse, dense;
        linear_trainer_freeze(t, scales[sc], 0, &sparse);
        linear_trainer_freeze(t, scales[sc], 0, &dense);
        linear_model_densify(&dense, 8); /* a no-op on CPUs without the vector path */
        if (sc == 1 && dense.dense)
            assert_true(dense.wide_max > 127); /* the int16 rows are exercised */
        for (int trial = 0; trial < 200; trial++) {
            size_t nf = 1 + test_rand(&rng) % 200;
            for (size_t i = 0; i < nf; i++)
                feats[i] = test_rand(&rng) % 4 == 0 ? 0 : feat_mix(1 + test_rand(&rng) % 6000);
            int32_t a[128] = {0}, b[128] = {0};
            linear_score(&sparse, feats, nf, a);
            linear_score(&dense, feats, nf, b);
            assert_memory_equal(a, b, sizeof a);
        }
        linear_model_free(&sparse);
        linear_model_free(&dense);
    }
    linear_trainer_free(t);
}

/* linear_argmax() gives the first best and the best of the others, by its definition,
 * with ties, masked (INT32_MIN) classes and lengths around the vector width. */
static void test_argmax_as_defined(void **state)
{
    (void)state;
    uint64_t rng = 11;
    int32_t s[200];
    for (int trial = 0; trial < 2000; trial++) {
        uint32_t n = 1 + (uint32_t)(test_rand(&rng) % 130);
        int32_t range = trial % 3 == 0 ? 4 : 100000; /* few values: many ties */
        for (uint32_t i = 0; i < n; i++)
            s[i] = test_rand(&rng) % 7 == 0 ? INT32_MIN
                                            : (int32_t)(test_rand(&rng) % (uint64_t)range) - range / 2;
        /* the definition, two passes */
        int32_t top = INT32_MIN, second = INT32_MIN;
        for (uint32_t t = 0; t < n; t++)
            top = s[t] > top ? s[t] : top;
        uint32_t best = 0;
        while (s[best] != top)
            best++;
        for (uint32_t t = 0; t < n; t++)
            if (t != best && s[t] > second)
                second = s[t];
        int32_t got_second = 0;
        assert_int_equal(linear_argmax(s, n, &got_second), best);
        assert_int_equal(got_second, second);
        assert_int_equal(linear_argmax(s, n, NULL), best);
    }
}

/* feat_batch_keys() gives feat_key()'s keys, for lists of every length around the vector
 * width, values that repeat (0 among them) and any template number. */
static void test_batch_keys_as_feat_key(void **state)
{
    (void)state;
    uint64_t rng = 5, v[40], out[FEAT_BATCH_ROOM(FEAT_BATCH_MAX - FEAT_BATCH_LANES)];
    for (int trial = 0; trial < 300; trial++) {
        for (int i = 0; i < 40; i++)
            v[i] = i == 0 ? 0 : test_rand(&rng) % 3 == 0 ? (uint64_t)i : test_rand(&rng);
        feat_batch b;
        feat_batch_init(&b);
        uint32_t n = (uint32_t)(test_rand(&rng) % (FEAT_BATCH_MAX - FEAT_BATCH_LANES + 1));
        uint32_t tmpl[FEAT_BATCH_MAX];
        for (uint32_t i = 0; i < n; i++) {
            tmpl[i] = (uint32_t)(test_rand(&rng) % 300);
            feat_batch_add(&b, tmpl[i], (uint8_t)(test_rand(&rng) % 40),
                           (uint8_t)(test_rand(&rng) % 40), (uint8_t)(test_rand(&rng) % 40));
        }
        feat_batch_seal(&b, 0);
        assert_int_equal(b.n, n);
        feat_batch_keys(&b, v, out);
        for (uint32_t i = 0; i < n; i++)
            assert_true(out[i] == feat_key(tmpl[i], v[b.a[i]], v[b.b[i]], v[b.c[i]]));
    }
}

/* ---- the oracle ---- */

static bool projective(const ud_sentence *s)
{
    for (uint32_t i = 1; i <= s->n; i++) {
        int h = s->words[i - 1].head;
        int lo = (int)i < h ? (int)i : h, hi = (int)i < h ? h : (int)i;
        for (int k = lo + 1; k < hi; k++) {
            /* every word between a head and its dependent must descend from the head */
            int x = k, steps = 0;
            while (x != 0 && x != h && steps++ <= (int)s->n)
                x = s->words[x - 1].head;
            if (x != h)
                return false;
        }
    }
    return true;
}

static void test_oracle_reproduces_projective_trees(void **state)
{
    (void)state;
    char path[1024];
    snprintf(path, sizeof path, "%s/ud/en_ewt-ud-train.conllu", SITREP_SHARED_DIR);
    size_t len = 0;
    char *buf = read_all(path, &len);
    if (!buf) {
        print_message("skipped: %s is absent\n", path);
        skip();
    }
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    assert_true(conllu_read(a, path, buf, len, &doc, NULL));
    free(buf);
    strmap *labels = strmap_new();
    size_t nlabels = 0, checked = 0;
    for (size_t i = 0; i < doc.n; i++)
        for (uint32_t k = 0; k < doc.sentences[i].n; k++) {
            const char *r = doc.sentences[i].words[k].deprel;
            if (!strmap_get(labels, r, strlen(r)))
                strmap_put(labels, r, strlen(r), (void *)(uintptr_t)++nlabels);
        }
    arena *sa = arena_new(1 << 16);
    for (size_t i = 0; i < doc.n; i++) {
        const ud_sentence *s = &doc.sentences[i];
        if (!projective(s))
            continue;
        int32_t *gh = arena_alloc(sa, (s->n + 1) * sizeof *gh);
        int32_t *gl = arena_alloc(sa, (s->n + 1) * sizeof *gl);
        int32_t *h = arena_alloc(sa, (s->n + 1) * sizeof *h);
        int32_t *l = arena_alloc(sa, (s->n + 1) * sizeof *l);
        for (uint32_t k = 1; k <= s->n; k++) {
            const char *r = s->words[k - 1].deprel;
            gh[k] = s->words[k - 1].head;
            gl[k] = (int32_t)(uintptr_t)strmap_get(labels, r, strlen(r)) - 1;
        }
        parser_oracle_tree(s->n, gh, gl, (uint32_t)nlabels, sa, h, l);
        for (uint32_t k = 1; k <= s->n; k++) {
            if (h[k] != gh[k] || l[k] != gl[k])
                fail_msg("sentence %s word %u: oracle gave %d/%d, gold %d/%d",
                         s->sent_id ? s->sent_id : "?", k, h[k], l[k], gh[k], gl[k]);
        }
        checked++;
        arena_reset(sa);
    }
    /* nearly all of EWT is projective */
    assert_true(checked > doc.n * 9 / 10);
    strmap_free(labels);
    arena_free(sa);
    arena_free(a);
}

/* The greedy parser keeps sums of feature rows across transitions (parser.c, "scoring
 * with caches"); its trees must be exactly those of scoring every transition afresh, on
 * every sentence of EWT dev with the committed model. */
static void test_cached_scoring_parses_as_uncached(void **state)
{
    (void)state;
    char path[1024], model_path[1024];
    snprintf(path, sizeof path, "%s/ud/en_ewt-ud-dev.conllu", SITREP_SHARED_DIR);
    snprintf(model_path, sizeof model_path, "%s/../../models/en_ud.model", SITREP_TEST_DATA);
    size_t len = 0;
    char *buf = read_all(path, &len);
    if (!buf) {
        print_message("skipped: %s is absent\n", path);
        skip();
    }
    sitrep_error err;
    syntax_model *m = syntax_model_load(model_path, &err);
    if (!m) {
        free(buf);
        print_message("skipped: %s\n", err.message);
        skip();
    }
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    assert_true(conllu_read(a, path, buf, len, &doc, NULL));
    free(buf);
    arena *sa = arena_new(1 << 16);
    size_t words = 0;
    for (size_t i = 0; i < doc.n; i++) {
        const ud_sentence *s = &doc.sentences[i];
        syn_word *w = arena_alloc(sa, s->n * sizeof *w);
        syn_words_prepare(w, s);
        tagger_tag(m, w, s->n);
        int32_t *h1 = arena_alloc(sa, (s->n + 1) * sizeof *h1);
        int32_t *l1 = arena_alloc(sa, (s->n + 1) * sizeof *l1);
        int32_t *h2 = arena_alloc(sa, (s->n + 1) * sizeof *h2);
        int32_t *l2 = arena_alloc(sa, (s->n + 1) * sizeof *l2);
        parser_parse(m, w, s->n, sa, h1, l1);
        parser_parse_uncached(m, w, s->n, sa, h2, l2);
        for (uint32_t k = 1; k <= s->n; k++)
            if (h1[k] != h2[k] || l1[k] != l2[k])
                fail_msg("sentence %s word %u: cached %d/%d, uncached %d/%d",
                         s->sent_id ? s->sent_id : "?", k, h1[k], l1[k], h2[k], l2[k]);
        words += s->n;
        arena_reset(sa);
    }
    assert_true(words > 20000);
    arena_free(sa);
    arena_free(a);
    syntax_model_free(m);
}

/* ---- a tiny treebank, a model trained on it, and the file checks ---- */

static const char tiny[] =
    "# text = Russia attacked Ukraine.\n"
    "1\tRussia\tRussia\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tUkraine\tUkraine\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# text = The minister met the envoy.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\tenvoy\tenvoy\tNOUN\tNN\t_\t3\tobj\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# text = Iran sent drones to Russia.\n"
    "1\tIran\tIran\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tsent\tsend\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tdrones\tdrone\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
    "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tRussia\tRussia\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n";

typedef struct tiny_files {
    char dir[64], treebank[96], model[96], model2[96];
} tiny_files;

/* Trains the tiny treebank twice (greedy, or with a beam of `beam`). */
static int setup_tiny_with(void **state, int beam)
{
    tiny_files *t = xcalloc(1, sizeof *t);
    snprintf(t->dir, sizeof t->dir, "/tmp/sitrep-syntax-XXXXXX");
    if (!mkdtemp(t->dir))
        return -1;
    snprintf(t->treebank, sizeof t->treebank, "%s/tiny.conllu", t->dir);
    snprintf(t->model, sizeof t->model, "%s/a.model", t->dir);
    snprintf(t->model2, sizeof t->model2, "%s/b.model", t->dir);
    write_all(t->treebank, tiny, sizeof tiny - 1);
    const char *files[] = {t->treebank};
    syntax_train_options o;
    syntax_train_defaults(&o);
    o.files = files;
    o.nfiles = 1;
    o.tagger_epochs = 5;
    o.parser_epochs = 5;
    o.folds = 0;
    o.parser_beam = beam;
    o.output = t->model;
    if (!syntax_train(&o, NULL))
        return -1;
    o.output = t->model2;
    if (!syntax_train(&o, NULL))
        return -1;
    *state = t;
    return 0;
}

static int setup_tiny(void **state)
{
    return setup_tiny_with(state, 1);
}

static int setup_tiny_beam(void **state)
{
    return setup_tiny_with(state, 4);
}

static int teardown_tiny(void **state)
{
    tiny_files *t = *state;
    char path[128];
    const char *names[] = {"tiny.conllu", "a.model", "b.model", "bad.model"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", t->dir, names[i]);
        unlink(path);
    }
    rmdir(t->dir);
    free(t);
    return 0;
}

static void test_training_is_deterministic(void **state)
{
    tiny_files *t = *state;
    size_t la, lb;
    char *a = read_all(t->model, &la), *b = read_all(t->model2, &lb);
    assert_non_null(a);
    assert_non_null(b);
    assert_int_equal(la, lb);
    assert_memory_equal(a, b, la);
    free(a);
    free(b);
}

static void test_model_parses_what_it_learnt(void **state)
{
    tiny_files *t = *state;
    sitrep_error err;
    syntax_model *m = syntax_model_load(t->model, &err);
    assert_non_null(m);
    arena *a = arena_new(0);
    size_t len = 0;
    char *buf = read_all(t->treebank, &len);
    conllu_doc doc;
    assert_true(conllu_read(a, "tiny", buf, len, &doc, NULL));
    free(buf);
    ud_sentence s = doc.sentences[2];
    ud_word *words = arena_alloc(a, s.n * sizeof *words);
    for (uint32_t i = 0; i < s.n; i++) {
        words[i] = s.words[i];
        words[i].head = UD_NO_HEAD;
        words[i].deprel = NULL;
        words[i].upos = UPOS_NONE;
    }
    s.words = words;
    syntax_analyze(m, a, &s, SYNTAX_ALL);
    /* the training sentence comes back as it was annotated */
    assert_int_equal(s.words[0].head, 2);
    assert_string_equal(s.words[0].deprel, "nsubj");
    assert_int_equal(s.words[1].head, 0);
    assert_int_equal(s.words[4].head, 2);
    assert_string_equal(s.words[4].deprel, "obl");
    assert_int_equal(s.words[1].upos, UPOS_VERB);
    assert_string_equal(s.words[1].lemma, "send");
    arena_free(a);
    syntax_model_free(m);
}

static void expect_load_error(const char *path, const char *bytes, size_t len, const char *what)
{
    write_all(path, bytes, len);
    sitrep_error err = {0};
    syntax_model *m = syntax_model_load(path, &err);
    assert_null(m);
    if (!strstr(err.message, what))
        fail_msg("expected '%s' in '%s'", what, err.message);
    assert_non_null(strstr(err.message, path));
}

static void test_model_load_rejects_bad_files(void **state)
{
    tiny_files *t = *state;
    size_t len = 0;
    char *good = read_all(t->model, &len);
    char bad[128];
    snprintf(bad, sizeof bad, "%s/bad.model", t->dir);
    expect_load_error(bad, good, len / 2, "truncated");
    expect_load_error(bad, good, 10, "not a sitrep");
    expect_load_error(bad, "", 0, "not a sitrep");
    expect_load_error(bad, "hello, world, this is not a model at all!", 41, "not a sitrep");
    char *copy = xmalloc(len);
    memcpy(copy, good, len);
    copy[len - 3] ^= 0x5a;
    expect_load_error(bad, copy, len, "corrupted");
    memcpy(copy, good, len);
    copy[8] = 99; /* version */
    expect_load_error(bad, copy, len, "version");
    free(copy);
    free(good);
    sitrep_error err;
    assert_null(syntax_model_load("/nonexistent/dir/x.model", &err));
    assert_non_null(strstr(err.message, "cannot open"));
}

/* A model with more tags or labels than the tagger and parser can score (their score
 * arrays have SYNTAX_MAX_TAGS and 1 + 2 * SYNTAX_MAX_LABELS entries) must be refused at
 * load: the checksum is right, so nothing else would stop it, and scoring it would write
 * past the arrays. Built from the tiny model by widening one table and its classifier. */
static void save_widened(const char *from, const char *to, bool tags, uint32_t n)
{
    sitrep_error err = {0};
    syntax_model *m = syntax_model_load(from, &err);
    assert_non_null(m);
    static char names[70000][8];
    const char **table = xcalloc(n, sizeof *table);
    for (uint32_t i = 0; i < n; i++) {
        snprintf(names[i], sizeof names[i], "x%u", i);
        table[i] = names[i];
    }
    uint64_t key = 12345;
    if (tags) {
        uint8_t *upos = xcalloc(n, 1);
        for (uint32_t i = 0; i < n; i++)
            upos[i] = UPOS_NOUN;
        free(m->tag_xpos);
        free(m->tag_upos);
        m->tag_xpos = table;
        m->tag_upos = upos;
        m->ntags = n;
        uint16_t cls = (uint16_t)(n - 1);
        linear_model_free(&m->tagger);
        linear_model_free(&m->tagger2);
        linear_model_free(&m->tagdict);
        linear_model_build_table(&key, &cls, 1, n, &m->tagger);
        linear_model_build_table(&key, &cls, 1, n, &m->tagger2);
        linear_model_build_table(&key, &cls, 1, n, &m->tagdict);
    } else {
        free(m->labels);
        m->labels = table;
        m->nlabels = n;
        uint16_t cls = (uint16_t)(2 * n);
        linear_model_free(&m->parser);
        linear_model_build_table(&key, &cls, 1, 1 + 2 * n, &m->parser);
    }
    assert_true(syntax_model_save(m, to, &err));
    syntax_model_free(m);
}

static void test_model_load_rejects_oversized_tables(void **state)
{
    tiny_files *t = *state;
    char bad[128];
    snprintf(bad, sizeof bad, "%s/bad.model", t->dir);
    sitrep_error err = {0};
    /* at the limits: accepted */
    save_widened(t->model, bad, true, SYNTAX_MAX_TAGS);
    syntax_model *m = syntax_model_load(bad, &err);
    assert_non_null(m);
    syntax_model_free(m);
    save_widened(t->model, bad, false, SYNTAX_MAX_LABELS);
    m = syntax_model_load(bad, &err);
    assert_non_null(m);
    syntax_model_free(m);
    /* one more: refused, with the file named */
    save_widened(t->model, bad, true, SYNTAX_MAX_TAGS + 1);
    assert_null(syntax_model_load(bad, &err));
    assert_non_null(strstr(err.message, "too many tags"));
    assert_non_null(strstr(err.message, bad));
    save_widened(t->model, bad, false, SYNTAX_MAX_LABELS + 1);
    assert_null(syntax_model_load(bad, &err));
    assert_non_null(strstr(err.message, "too many"));
    /* far more (the file format allows 65535): refused too */
    save_widened(t->model, bad, false, 30000);
    assert_null(syntax_model_load(bad, &err));
    assert_non_null(strstr(err.message, "too many"));
}

/* ---- the CoNLL-U reader ---- */

static void test_conllu_reports_malformed_lines(void **state)
{
    (void)state;
    const char text[] = "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
                        "2\tb\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n"
                        "\n"
                        "1\tBroken\tline\n"
                        "\n"
                        "1\tX\tx\tNOUN\tNN\t_\t7\troot\t_\t_\n"
                        "\n"
                        "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n"
                        "1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
                        "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
                        "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n";
    arena *a = arena_new(0);
    conllu_doc doc;
    sitrep_error err = {0};
    assert_true(conllu_read(a, "t.conllu", text, sizeof text - 1, &doc, &err));
    assert_int_equal(doc.n, 2);
    assert_int_equal(doc.dropped, 2);
    assert_string_equal(err.message, "t.conllu:4: expected 10 tab-separated columns");
    assert_int_equal(doc.sentences[1].nmwt, 1);
    assert_string_equal(doc.sentences[1].mwts[0].form, "don't");
    assert_int_equal(doc.sentences[1].words[1].space_after, 0);
    strbuf out = {0};
    conllu_write(&out, &doc.sentences[1], false);
    assert_non_null(strstr(out.data, "1-2\tdon't\t"));
    assert_non_null(strstr(out.data, "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"));
    strbuf_free(&out);
    arena_free(a);
}

/* ---- repairs ---- */

static void test_repair_split_subject(void **state)
{
    (void)state;
    /* Britain and its partners accused Iran . -- "partners" parsed as a second subject */
    static const struct {
        const char *form, *deprel;
        int32_t head;
        uint8_t upos;
    } in[] = {{"Britain", "nsubj", 5, UPOS_PROPN}, {"and", "cc", 4, UPOS_CCONJ},
              {"its", "nmod:poss", 4, UPOS_PRON}, {"partners", "nsubj", 5, UPOS_NOUN},
              {"accused", "root", 0, UPOS_VERB},  {"Iran", "obj", 5, UPOS_PROPN},
              {".", "punct", 5, UPOS_PUNCT}};
    ud_word words[7];
    memset(words, 0, sizeof words);
    for (int i = 0; i < 7; i++)
        words[i] = (ud_word){.form = in[i].form, .deprel = in[i].deprel, .head = in[i].head,
                             .upos = in[i].upos, .xpos = "NN"};
    ud_sentence s = {.words = words, .n = 7};
    syntax_repair(&s);
    assert_int_equal(words[3].head, 1);
    assert_string_equal(words[3].deprel, "conj");
    assert_int_equal(words[0].head, 5);
    assert_string_equal(words[0].deprel, "nsubj");
    /* a second subject with no coordinator is left alone (one whose coordinator hangs on
       the verb is repair_subject_pair_cc's conjunct) */
    words[3] = (ud_word){.form = "partners", .deprel = "nsubj", .head = 5, .upos = UPOS_NOUN,
                         .xpos = "NNS"};
    words[1] = (ud_word){.form = ",", .deprel = "punct", .head = 5, .upos = UPOS_PUNCT,
                         .xpos = ","};
    syntax_repair(&s);
    assert_int_equal(words[3].head, 5);
    assert_string_equal(words[3].deprel, "nsubj");
}

/* A word of a repair case: its form, relation, head and part of speech. */
typedef struct {
    const char *form, *deprel;
    int32_t head;
    uint8_t upos;
} repair_word;

/* Fills words[0..n) from a repair case's table. */
static void repair_words(ud_word *words, const repair_word *in, int n)
{
    memset(words, 0, (size_t)n * sizeof *words);
    for (int i = 0; i < n; i++)
        words[i] = (ud_word){.form = in[i].form, .deprel = in[i].deprel, .head = in[i].head,
                             .upos = in[i].upos, .xpos = "NN"};
}

/* The African Union and the regional bloc ECOWAS congratulated Senegal . -- three subjects
 * of the verb, the "and" on the verb: "bloc" joins "ECOWAS", which is the conjunct of
 * "Union" that the "and" opens. A subject with another word of the verb's between is left
 * alone. */
static void test_repair_subject_pair_name(void **state)
{
    (void)state;
    static const repair_word in[] = {{"The", "det", 3, UPOS_DET},        {"African", "amod", 3, UPOS_ADJ},
              {"Union", "nsubj", 9, UPOS_PROPN},  {"and", "cc", 9, UPOS_CCONJ},
              {"the", "det", 7, UPOS_DET},        {"regional", "amod", 7, UPOS_ADJ},
              {"bloc", "nsubj", 9, UPOS_NOUN},    {"ECOWAS", "nsubj", 9, UPOS_PROPN},
              {"congratulated", "root", 0, UPOS_VERB}, {"Senegal", "obj", 9, UPOS_PROPN},
              {".", "punct", 9, UPOS_PUNCT}};
    ud_word words[11];
    repair_words(words, in, 11);
    ud_sentence s = {.words = words, .n = 11};
    syntax_repair(&s);
    assert_int_equal(words[6].head, 8);
    assert_string_equal(words[6].deprel, "compound");
    assert_int_equal(words[7].head, 3);
    assert_string_equal(words[7].deprel, "conj");
    assert_int_equal(words[3].head, 8);
    assert_int_equal(words[2].head, 9);
    assert_string_equal(words[2].deprel, "nsubj");
    /* ("Union and , then , ECOWAS": a word of the verb's own between stops it) */
    repair_words(words, in, 11);
    words[4] = (ud_word){.form = "then", .deprel = "advmod", .head = 9, .upos = UPOS_ADV,
                         .xpos = "RB"};
    syntax_repair(&s);
    assert_int_equal(words[7].head, 9);
}

/* His party , Pakistan Tehreek-e-Insaf , accused the government . -- the name an
 * apposition of the comma: it becomes the apposition of "party", the comma its own. */
static void test_repair_comma_apposition(void **state)
{
    (void)state;
    static const repair_word in[] = {{"His", "nmod:poss", 2, UPOS_PRON}, {"party", "nsubj", 7, UPOS_NOUN},
              {",", "punct", 2, UPOS_PUNCT},      {"Pakistan", "appos", 3, UPOS_PROPN},
              {"Insaf", "flat", 4, UPOS_PROPN},   {",", "punct", 2, UPOS_PUNCT},
              {"accused", "root", 0, UPOS_VERB},  {"the", "det", 9, UPOS_DET},
              {"government", "obj", 7, UPOS_NOUN}, {".", "punct", 7, UPOS_PUNCT}};
    ud_word words[10];
    repair_words(words, in, 10);
    ud_sentence s = {.words = words, .n = 10};
    syntax_repair(&s);
    assert_int_equal(words[3].head, 2);
    assert_string_equal(words[3].deprel, "appos");
    assert_int_equal(words[2].head, 4);
    assert_int_equal(words[1].head, 7);
}

/* "resignation of Prayuth Chan-ocha and reform": the word glued to a name by a hyphen
 * joins the name; its conjunct goes back to the noun it hung from. Spaced hyphens and a
 * hyphen after a name's first word (a state: "Russia-Ukraine") change nothing. */
static void test_repair_hyphenated_name(void **state)
{
    (void)state;
    static const struct {
        const char *form, *deprel;
        int32_t head;
        uint8_t upos;
        uint32_t start, end;
    } in[] = {{"resignation", "root", 0, UPOS_NOUN, 0, 11}, {"of", "case", 3, UPOS_ADP, 12, 14},
              {"Prayuth", "nmod", 1, UPOS_PROPN, 15, 22},  {"Chan", "flat", 3, UPOS_PROPN, 23, 27},
              {"-", "punct", 4, UPOS_PUNCT, 27, 28},        {"ocha", "acl", 1, UPOS_NOUN, 28, 32},
              {"and", "cc", 8, UPOS_CCONJ, 33, 36},         {"reform", "conj", 6, UPOS_NOUN, 37, 43}};
    enum { N = sizeof in / sizeof *in };
    ud_word words[N];
    for (int spaced = 0; spaced < 3; spaced++) {
        memset(words, 0, sizeof words);
        for (int i = 0; i < N; i++)
            words[i] = (ud_word){.form = in[i].form, .deprel = in[i].deprel, .head = in[i].head,
                                 .upos = in[i].upos, .xpos = "NN", .start = in[i].start,
                                 .end = in[i].end, .has_span = 1, .space_after = 1};
        words[3].space_after = words[4].space_after = (uint8_t)(spaced == 1);
        if (spaced == 2) /* "Prayuth-ocha": the name's first word */
            words[3].deprel = "nmod";
        ud_sentence s = {.words = words, .n = N};
        syntax_repair(&s);
        if (spaced) {
            assert_int_equal(words[5].head, 1);
            assert_string_equal(words[7].deprel, "conj");
            assert_int_equal(words[7].head, 6);
            continue;
        }
        assert_int_equal(words[5].head, 3);
        assert_string_equal(words[5].deprel, "flat");
        assert_int_equal(words[7].head, 1);
        assert_string_equal(words[7].deprel, "conj");
    }
}

/* A word with its tags and its span in the text, as the hyphen repairs read them. */
typedef struct spanned_word {
    const char *form, *deprel, *xpos;
    int32_t head;
    uint8_t upos;
    uint32_t start, end;
} spanned_word;

static void fill_spanned(ud_word *words, const spanned_word *in, int n)
{
    memset(words, 0, sizeof *words * (size_t)n);
    for (int i = 0; i < n; i++)
        words[i] = (ud_word){.form = in[i].form, .deprel = in[i].deprel, .head = in[i].head,
                             .upos = in[i].upos, .xpos = in[i].xpos, .start = in[i].start,
                             .end = in[i].end, .has_span = 1, .space_after = 1};
}

/* Each word's "deprel>head" is the one wanted. */
static void assert_relations(const ud_word *words, const char *const *want, int n)
{
    for (int i = 0; i < n; i++) {
        char got[64];
        snprintf(got, sizeof got, "%s>%d", words[i].deprel, words[i].head);
        assert_string_equal(got, want[i]);
    }
}

/* "Police in Kenya tear-gassed students .": the hyphenated past tense the parse hung on
 * the noun after it is the verb, the phrase before it its subject, the noun its object.
 * With another finite verb in the sentence, nothing changes. */
static void test_repair_hyphenated_verb(void **state)
{
    (void)state;
    static const spanned_word in[] = {{"Police", "root", "NNS", 0, UPOS_NOUN, 0, 6},
                                      {"in", "case", "IN", 7, UPOS_ADP, 7, 9},
                                      {"Kenya", "compound", "NNP", 7, UPOS_PROPN, 10, 15},
                                      {"tear", "compound", "NN", 6, UPOS_NOUN, 16, 20},
                                      {"-", "punct", "HYPH", 4, UPOS_PUNCT, 20, 21},
                                      {"gassed", "amod", "VBN", 7, UPOS_VERB, 21, 27},
                                      {"students", "nmod", "NNS", 1, UPOS_NOUN, 28, 36},
                                      {".", "punct", ".", 1, UPOS_PUNCT, 36, 37}};
    enum { N = sizeof in / sizeof *in };
    static const char *const want[N] = {"nsubj>6",    "case>3",  "nmod>1", "compound>6",
                                        "punct>4",    "root>0",  "obj>6",  "punct>6"};
    ud_word words[N];
    for (int variant = 0; variant < 2; variant++) {
        fill_spanned(words, in, N);
        if (variant == 1) /* another verb: "Police in Kenya tear-gassed students fled" */
            words[2].xpos = "VBD", words[2].upos = UPOS_VERB;
        ud_sentence s = {.words = words, .n = N};
        syntax_repair(&s);
        if (variant == 1)
            assert_string_equal(words[5].deprel, "amod");
        else
            assert_relations(words, want, N);
    }
}

/* "Government-backed militias killed villagers .": the hyphenated participle the parse
 * read as the root, with the noun after it the subject of the sentence's verb, qualifies
 * that noun, and the verb is the root. Written with blanks round the hyphen, nothing
 * changes. */
static void test_repair_hyphenated_participle(void **state)
{
    (void)state;
    static const spanned_word in[] = {{"Government", "compound", "NN", 3, UPOS_NOUN, 0, 10},
                                      {"-", "punct", "HYPH", 1, UPOS_PUNCT, 10, 11},
                                      {"backed", "root", "VBN", 0, UPOS_VERB, 11, 17},
                                      {"militias", "nsubj", "NNS", 5, UPOS_NOUN, 18, 26},
                                      {"killed", "conj", "VBD", 3, UPOS_VERB, 27, 33},
                                      {"villagers", "obj", "NNS", 5, UPOS_NOUN, 34, 43},
                                      {".", "punct", ".", 3, UPOS_PUNCT, 43, 44}};
    enum { N = sizeof in / sizeof *in };
    static const char *const want[N] = {"compound>3", "punct>1", "amod>4", "nsubj>5",
                                        "root>0",     "obj>5",   "punct>5"};
    ud_word words[N];
    for (int spaced = 0; spaced < 2; spaced++) {
        fill_spanned(words, in, N);
        if (spaced) /* "Government - backed": no hyphenated word */
            words[1].start = 11, words[1].end = 12, words[2].start = 13;
        ud_sentence s = {.words = words, .n = N};
        syntax_repair(&s);
        if (spaced)
            assert_string_equal(words[2].deprel, "root");
        else
            assert_relations(words, want, N);
    }
}

/* "strikes against Iran-backed militias" read with "Iran" the object of "against" and
 * "militias" the object of "backed": the noun takes the name's place and preposition, the
 * participle is its adjective */
static void test_repair_hyphenated_object(void **state)
{
    (void)state;
    static const spanned_word in[] = {{"US", "nsubj", "NNP", 2, UPOS_PROPN, 0, 2},
                                      {"launched", "root", "VBD", 0, UPOS_VERB, 3, 11},
                                      {"strikes", "obj", "NNS", 2, UPOS_NOUN, 12, 19},
                                      {"against", "case", "IN", 5, UPOS_ADP, 20, 27},
                                      {"Iran", "nmod", "NNP", 3, UPOS_PROPN, 28, 32},
                                      {"-", "punct", "HYPH", 5, UPOS_PUNCT, 32, 33},
                                      {"backed", "advcl", "VBN", 2, UPOS_VERB, 33, 39},
                                      {"militias", "obj", "NNS", 7, UPOS_NOUN, 40, 48}};
    enum { N = sizeof in / sizeof *in };
    static const char *const want[N] = {"nsubj>2", "root>0",     "obj>2",  "case>8",
                                        "obl:npmod>7", "punct>5", "amod>8", "nmod>3"};
    ud_word words[N];
    fill_spanned(words, in, N);
    ud_sentence s = {.words = words, .n = N};
    syntax_repair(&s);
    assert_relations(words, want, N);
}

/* One sentence given as "form/UPOS/XPOS/deprel>head" words ("form|lemma/..." where the
 * lemma is not the form), repaired, then compared with
 * the heads and relations expected ("deprel>head" per word). */
static void check_repair(const char *const *in, const char *const *want, uint32_t n)
{
    ud_word words[16];
    char buf[16][64];
    assert_true(n <= 16);
    memset(words, 0, sizeof words);
    for (uint32_t i = 0; i < n; i++) {
        snprintf(buf[i], sizeof buf[i], "%s", in[i]);
        char *form = strtok(buf[i], "/"), *upos = strtok(NULL, "/"), *xpos = strtok(NULL, "/"),
             *rel = strtok(NULL, ">"), *head = strtok(NULL, "");
        char *lemma = strchr(form, '|'); /* ("rallied|rally": a lemma other than the form) */
        if (lemma)
            *lemma++ = '\0';
        words[i] = (ud_word){.form = form, .lemma = lemma ? lemma : form, .xpos = xpos,
                             .deprel = rel, .head = atoi(head),
                             .upos = (uint8_t)ud_upos_from_name(upos)};
    }
    ud_sentence s = {.words = words, .n = n};
    syntax_repair(&s);
    for (uint32_t i = 0; i < n; i++) {
        char got[64];
        snprintf(got, sizeof got, "%s>%d", words[i].deprel, words[i].head);
        assert_string_equal(got, want[i]);
    }
}

/* One case of test_repair_rules: the words given, the heads and relations wanted. */
typedef struct repair_case {
    const char *in[16], *want[16];
    uint32_t n;
} repair_case;

static const repair_case REPAIR_CASES[] = {
    /* a noun root after a compound, with a past verb with an object as its conjunct, is a
       verb too, the compound its subject; without the object it stays a noun */
    {{"Ugandan/ADJ/JJ/amod>3", "police/NOUN/NN/compound>3", "beat/NOUN/NN/root>0",
      "and/CCONJ/CC/cc>5", "arrested|arrest/VERB/VBD/conj>3", "supporters|supporter/NOUN/NNS/obj>5"},
     {"amod>2", "nsubj>3", "root>0", "cc>5", "conj>3", "obj>5"},
     6},
    {{"Ugandan/ADJ/JJ/amod>3", "police/NOUN/NN/compound>3", "beat/NOUN/NN/root>0",
      "and/CCONJ/CC/cc>5", "resigned|resign/VERB/VBD/conj>3"},
     {"amod>3", "compound>3", "root>0", "cc>5", "conj>3"},
     5},
    /* a participle on the subject a trailing "said" took, with a gerund below it, is the
       reported clause's verb */
    {{"Forces|force/NOUN/NNS/nsubj>10", "fired|fire/VERB/VBN/acl>1", "on/ADP/IN/case>4",
      "protesters|protester/NOUN/NNS/obl>2", ",/PUNCT/,/punct>6", "killing|kill/VERB/VBG/advcl>2",
      "people/NOUN/NNS/obj>6", ",/PUNCT/,/punct>10", "medics|medic/NOUN/NNS/nsubj>10",
      "said|say/VERB/VBD/root>0", "./PUNCT/./punct>10"},
     {"nsubj>2", "ccomp>10", "case>4", "obl>2", "punct>6", "advcl>2", "obj>6", "punct>10",
      "nsubj>10", "root>0", "punct>10"},
     11},
    /* a verb of holding tagged an adjective before a noun of protest, in a piece with no
       verb, is the verb; before another noun it stays an adjective */
    {{"Thousands|thousand/NOUN/NNS/root>0", "of/ADP/IN/case>3", "Iraqis|Iraqi/PROPN/NNPS/nmod>1",
      "mounted/ADJ/JJ/amod>5", "demonstrations|demonstration/NOUN/NNS/conj>1",
      "./PUNCT/./punct>1"},
     {"nsubj>4", "case>3", "nmod>1", "root>0", "obj>4", "punct>4"},
     6},
    {{"Thousands|thousand/NOUN/NNS/root>0", "of/ADP/IN/case>3", "Iraqis|Iraqi/PROPN/NNPS/nmod>1",
      "mounted/ADJ/JJ/amod>5", "police/NOUN/NN/conj>1", "./PUNCT/./punct>1"},
     {"root>0", "case>3", "nmod>1", "amod>5", "conj>1", "punct>1"},
     6},
    /* two nouns side by side, both subjects: one name */
    {{"Human/ADJ/JJ/amod>2", "Rights/NOUN/NNS/nsubj>4", "Watch/PROPN/NNP/nsubj>4",
      "urged/VERB/VBD/root>0", "Iran/PROPN/NNP/obj>4"},
     {"amod>2", "compound>3", "nsubj>4", "root>0", "obj>4"},
     5},
    /* an indirect object alone is the direct object; beside a clausal complement it stays */
    {{"HRW/PROPN/NNP/nsubj>2", "urged/VERB/VBD/root>0", "Thailand/PROPN/NNP/iobj>2",
      "to/PART/TO/mark>5", "act/VERB/VB/advcl>2"},
     {"nsubj>2", "root>0", "obj>2", "mark>5", "advcl>2"},
     5},
    {{"He/PRON/PRP/nsubj>2", "told/VERB/VBD/root>0", "me/PRON/PRP/iobj>2", "that/SCONJ/IN/mark>5",
      "won/VERB/VBD/ccomp>2"},
     {"nsubj>2", "root>0", "iobj>2", "mark>5", "ccomp>2"},
     5},
    /* a bare participle right after a noun is its reduced relative; with a comma it is not */
    {{"Navy/PROPN/NNP/nsubj>2", "rescued/VERB/VBD/root>0", "ships/NOUN/NNS/obj>2",
      "attacked/VERB/VBN/advcl>2", "by/ADP/IN/case>6", "rebels/NOUN/NNS/obl:agent>4"},
     {"nsubj>2", "root>0", "obj>2", "acl>3", "case>6", "obl:agent>4"},
     6},
    {{"Navy/PROPN/NNP/nsubj>2", "rescued/VERB/VBD/root>0", "ships/NOUN/NNS/obj>2",
      ",/PUNCT/,/punct>5", "attacked/VERB/VBN/advcl>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>5", "advcl>2"},
     5},
    /* a bare participle read as a complement clause with the noun before it its subject
       is that noun's reduced relative, the noun the object; with its auxiliary it is a
       clause, and a past tense is one too under a verb that takes clauses */
    {{"Troops|troop/NOUN/NNS/nsubj>2", "freed|free/VERB/VBD/root>0", "schoolgirls|schoolgirl/NOUN/NNS/nsubj>4",
      "kidnapped|kidnap/VERB/VBN/ccomp>2", "last/ADJ/JJ/amod>6", "month/NOUN/NN/obl:unmarked>4"},
     {"nsubj>2", "root>0", "obj>2", "acl>3", "amod>6", "obl:unmarked>4"},
     6},
    {{"Troops|troop/NOUN/NNS/nsubj>2", "said|say/VERB/VBD/root>0", "schoolgirls|schoolgirl/NOUN/NNS/nsubj:pass>5",
      "were|be/AUX/VBD/aux:pass>5", "kidnapped|kidnap/VERB/VBN/ccomp>2"},
     {"nsubj>2", "root>0", "nsubj:pass>5", "aux:pass>5", "ccomp>2"},
     5},
    {{"Kenya/PROPN/NNP/nsubj>2", "said|say/VERB/VBD/root>0", "rebels|rebel/NOUN/NNS/nsubj>4",
      "attacked|attack/VERB/VBD/ccomp>2", "Garissa/PROPN/NNP/obj>4"},
     {"nsubj>2", "root>0", "nsubj>4", "ccomp>2", "obj>4"},
     5},
    /* a "by" phrase right after a passive verb's object is the passive's agent; after an
       active verb's object it stays the object's */
    {{"worker/NOUN/NN/nsubj:pass>3", "was|be/AUX/VBD/aux:pass>3", "held|hold/VERB/VBN/root>0",
      "hostage/NOUN/NN/obj>3", "by/ADP/IN/case>6", "rebels|rebel/NOUN/NNS/nmod>4"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "obj>3", "case>6", "obl:agent>3"},
     6},
    {{"Rebels|rebel/NOUN/NNS/nsubj>2", "held|hold/VERB/VBD/root>0", "hostages|hostage/NOUN/NNS/obj>2",
      "by/ADP/IN/case>5", "force/NOUN/NN/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "nmod>3"},
     5},
    /* a "by" phrase right after the name a passive verb of naming gives is the passive's
       agent; after an active one it stays the name's */
    {{"president/NOUN/NN/nsubj:pass>3", "was|be/AUX/VBD/aux:pass>3", "called|call/VERB/VBN/root>0",
      "liar/NOUN/NN/xcomp>3", "by/ADP/IN/case>6", "opposition/NOUN/NN/nmod>4"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "xcomp>3", "case>6", "obl:agent>3"},
     6},
    {{"Chad/PROPN/NNP/nsubj>2", "described|describe/VERB/VBD/root>0", "him/PRON/PRP/obj>2",
      "as/ADP/IN/case>5", "victim/NOUN/NN/obl>2", "by/ADP/IN/case>7", "choice/NOUN/NN/nmod>5"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2", "case>7", "nmod>5"},
     7},
    /* an "as" phrase on the object of a verb of describing is the verb's: the name given */
    {{"Venezuela/PROPN/NNP/nsubj>2", "portrayed|portray/VERB/VBD/root>0",
      "opposition/NOUN/NN/obj>2", "as/ADP/IN/case>5", "fascists|fascist/NOUN/NNS/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2"},
     5},
    {{"Venezuela/PROPN/NNP/nsubj>2", "arrested|arrest/VERB/VBD/root>0",
      "opposition/NOUN/NN/obj>2", "as/ADP/IN/case>5", "leaders|leader/NOUN/NNS/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "nmod>3"},
     5},
    /* a noun phrase after the comma that closes the object is its apposition */
    {{"Police/NOUN/NNS/nsubj>2", "arrested/VERB/VBD/root>0", "Okoth/PROPN/NNP/obj>2",
      ",/PUNCT/,/punct>6", "a/DET/DT/det>6", "man/NOUN/NN/xcomp>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>3"},
     6},
    /* and so is one the parse hung, dislocated, on a trailing attribution; the phrases
       after its closing comma are the verb's */
    {{"Court/NOUN/NN/nsubj>2", "sentenced/VERB/VBD/root>0", "Okoth/PROPN/NNP/obj>2",
      ",/PUNCT/,/punct>6", "a/DET/DT/det>6", "man/NOUN/NN/dislocated>12", ",/PUNCT/,/punct>9",
      "to/ADP/IN/case>9", "years/NOUN/NNS/nmod>6", ",/PUNCT/,/punct>12",
      "family/NOUN/NN/nsubj>12", "said/VERB/VBD/parataxis>2", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>3", "punct>9", "case>9",
      "obl>2", "punct>12", "nsubj>12", "parataxis>2", "punct>2"},
     13},
    /* a dislocated noun that opens the sentence has no object before it (no word before
       it to read) */
    {{"Leader/NOUN/NN/dislocated>3", ",/PUNCT/,/punct>1", "said/VERB/VBD/root>0",
      "./PUNCT/./punct>3"},
     {"dislocated>3", "punct>1", "root>0", "punct>3"},
     4},
    /* an active verb has no "by" agent: the "by" phrase after its object is the
       object's */
    {{"Iran/PROPN/NNP/nsubj>2", "criticized|criticize/VERB/VBD/root>0", "the/DET/DT/det>4",
      "seizure/NOUN/NN/obj>2", "by/ADP/IN/case>6", "Britain/PROPN/NNP/obl>2",
      "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "det>4", "obj>2", "case>6", "nmod>4", "punct>2"},
     7},
    /* a participle of saying after a comma and a controlled complement is the main
       verb's (its subject's speech), not the complement's */
    {{"Russia/PROPN/NNP/nsubj>2", "ordered|order/VERB/VBD/root>0", "diplomats/NOUN/NNS/obj>2",
      "to/PART/TO/mark>5", "leave/VERB/VB/xcomp>2", ",/PUNCT/,/punct>7",
      "accusing|accuse/VERB/VBG/advcl>5", "them/PRON/PRP/obj>7", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "obj>2", "mark>5", "xcomp>2", "punct>7", "advcl>2", "obj>7",
      "punct>2"},
     9},
    /* "Kenyan police arrested opposition leader Mwangi" read as one noun phrase */
    {{"Kenyan/PROPN/NNP/compound>5", "police/NOUN/NN/compound>3", "arrested/VERB/VBN/amod>5",
      "opposition/NOUN/NN/compound>5", "leader/NOUN/NN/root>0", "Mwangi/PROPN/NNP/appos>5",
      "./PUNCT/./punct>5"},
     {"compound>2", "nsubj>3", "root>0", "compound>5", "obj>3", "appos>5", "punct>3"},
     7},
    /* "Iran has this week arrested journalists": "has" the participle's auxiliary */
    {{"Iran/PROPN/NNP/nsubj>2", "has/VERB/VBZ/root>0", "this/DET/DT/det>4",
      "week/NOUN/NN/obl:unmarked>5", "arrested/VERB/VBN/amod>6", "journalists/NOUN/NNS/obj>2",
      "./PUNCT/./punct>2"},
     {"nsubj>5", "aux>5", "det>4", "obl:unmarked>5", "root>0", "obj>5", "punct>5"},
     7},
    /* "had his brother arrested": an object between, no perfect */
    {{"Iran/PROPN/NNP/nsubj>2", "had/VERB/VBD/root>0", "his/PRON/PRP$/nmod:poss>4",
      "brother/NOUN/NN/obj>2", "arrested/VERB/VBN/xcomp>2", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "nmod:poss>4", "obj>2", "xcomp>2", "punct>2"},
     6},
    /* "sentenced in absentia the politician": the object hung on the oblique noun */
    {{"court/NOUN/NN/nsubj>2", "sentenced/VERB/VBD/root>0", "in/ADP/IN/case>4",
      "absentia/NOUN/NN/obl>2", "the/DET/DT/det>6", "politician/NOUN/NN/obj>4",
      "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "case>4", "obl>2", "det>6", "obj>2", "punct>2"},
     7},
    /* "A court, in a ruling on Tuesday, sentenced leader Ali": a phrase set off by commas */
    {{"A/DET/DT/det>2", "court/NOUN/NN/root>0", ",/PUNCT/,/punct>6", "in/ADP/IN/case>6",
      "a/DET/DT/det>6", "ruling/NOUN/NN/nmod>2", "on/ADP/IN/case>8", "Tuesday/PROPN/NNP/obl>6",
      ",/PUNCT/,/punct>11", "sentenced/VERB/VBN/amod>11", "leader/NOUN/NN/appos>8",
      "Ali/PROPN/NNP/appos>8", "./PUNCT/./punct>2"},
     {"det>2", "nsubj>10", "punct>6", "case>6", "det>6", "nmod>2", "case>8", "obl>6", "punct>10",
      "root>0", "obj>10", "appos>11", "punct>10"},
     13},
    /* "Journalists were detained for questioning by police": the "by" phrase on the
       purpose gerund is the passive's agent */
    {{"Journalists/NOUN/NNS/nsubj:pass>3", "were/AUX/VBD/aux:pass>3", "detained/VERB/VBN/root>0",
      "for/SCONJ/IN/mark>5", "questioning/VERB/VBG/advcl>3", "by/ADP/IN/case>7",
      "police/NOUN/NN/obl>5", "./PUNCT/./punct>3"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "mark>5", "advcl>3", "case>7", "obl:agent>3",
      "punct>3"},
     8},
    /* "A court on Thursday sentenced opposition leader Ali ...": the participle hangs on
       a noun set beside the phrase of time, not on the root */
    {{"A/DET/DT/det>2", "court/NOUN/NN/root>0", "on/ADP/IN/case>4", "Thursday/PROPN/NNP/nmod>2",
      "sentenced/VERB/VBN/amod>7", "opposition/NOUN/NN/compound>7", "leader/NOUN/NN/appos>4",
      "Ali/PROPN/NNP/appos>4", "to/ADP/IN/case>10", "years/NOUN/NNS/nmod>2", "./PUNCT/./punct>2"},
     {"det>2", "nsubj>5", "case>4", "nmod>2", "root>0", "compound>7", "obj>5", "appos>7", "case>10",
      "obl>5", "punct>5"},
     11},
    /* a bare noun phrase after a verb without an object is its object, unless it measures */
    {{"strike/NOUN/NN/nsubj>2", "killed/VERB/VBD/root>0", "12/NUM/CD/nummod>4",
      "civilians/NOUN/NNS/obl:unmarked>2", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "nummod>4", "obj>2", "punct>2"},
     5},
    {{"Talks/NOUN/NNS/nsubj>2", "lasted/VERB/VBD/root>0", "an/DET/DT/det>4",
      "hour/NOUN/NN/obl:unmarked>2", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "det>4", "obl:unmarked>2", "punct>2"},
     5},
    /* "The president, who met Putin, said ...": the relative clause's verb is not the root */
    {{"The/DET/DT/det>2", "president/NOUN/NN/nsubj>5", ",/PUNCT/,/punct>5", "who/PRON/WP/nsubj>5",
      "met/VERB/VBD/root>0", "Putin/PROPN/NNP/obj>5", ",/PUNCT/,/punct>8", "said/VERB/VBD/conj>5",
      "it/PRON/PRP/obj>8", "./PUNCT/./punct>5"},
     {"det>2", "nsubj>8", "punct>5", "nsubj>5", "acl:relcl>2", "obj>5", "punct>8", "root>0",
      "obj>8", "punct>8"},
     10},
    /* "Musharraf, who had made a coup in 1999, met the ambassador": the finite verb after
       the relative clause's comma, hung on the relative verb without a subject of its own,
       is the root noun's predicate */
    {{"Musharraf/PROPN/NNP/root>0", ",/PUNCT/,/punct>5", "who/PRON/WP/nsubj>5",
      "had/AUX/VBD/aux>5", "made/VERB/VBN/acl:relcl>1", "a/DET/DT/det>7", "coup/NOUN/NN/obj>5",
      "in/ADP/IN/case>9", "1999/NUM/CD/nmod>7", ",/PUNCT/,/punct>11",
      "met/VERB/VBD/parataxis>5", "the/DET/DT/det>13", "ambassador/NOUN/NN/obj>11",
      "./PUNCT/./punct>1"},
     {"nsubj>11", "punct>5", "nsubj>5", "aux>5", "acl:relcl>1", "det>7", "obj>5", "case>9",
      "nmod>7", "punct>11", "root>0", "det>13", "obj>11", "punct>11"},
     14},
    /* "Kishida met Biden, who praised him": the clause after the object's comma is its own */
    {{"Kishida/PROPN/NNP/nsubj>2", "met/VERB/VBD/root>0", "Biden/PROPN/NNP/obj>2",
      ",/PUNCT/,/punct>2", "who/PRON/WP/nsubj>6", "praised/VERB/VBD/parataxis>2",
      "him/PRON/PRP/obj>6", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "nsubj>6", "acl:relcl>3", "obj>6", "punct>2"},
     8},
    /* "Mexico cut ties with Ecuador, whose police raided its embassy": the same with
       "whose" owning the clause's subject (hung on the head of the noun phrase the comma
       closes, as with "who") */
    {{"Mexico/PROPN/NNP/nsubj>2", "cut/VERB/VBD/root>0", "ties/NOUN/NNS/obj>2",
      "with/ADP/IN/case>5", "Ecuador/PROPN/NNP/nmod>3", ",/PUNCT/,/punct>5",
      "whose/PRON/WP$/nmod:poss>8", "police/NOUN/NN/nsubj>9", "raided/VERB/VBD/conj>2",
      "embassy/NOUN/NN/obj>9", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "nmod>3", "punct>9", "nmod:poss>8", "nsubj>9",
      "acl:relcl>3", "obj>9", "punct>2"},
     11},
    /* "Poland criticised Belarus, saying its guards had attacked soldiers": the gerund of
       saying says the clause after its object, the object its subject */
    {{"Poland/PROPN/NNP/nsubj>2", "criticised/VERB/VBD/root>0", "Belarus/PROPN/NNP/obj>2",
      ",/PUNCT/,/punct>5", "saying|say/VERB/VBG/advcl>2", "guards/NOUN/NNS/obj>5",
      "had/AUX/VBD/aux>8", "attacked/VERB/VBN/advcl>2", "soldiers/NOUN/NNS/obj>8",
      "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>5", "advcl>2", "nsubj>8", "aux>8", "ccomp>5",
      "obj>8", "punct>2"},
     10},
    /* "Georgian police used water cannon against protesters" read as a nominal root whose
       subject is "police": the participle is the verb, the noun its object, the noun's
       prepositional phrase the verb's */
    {{"police/NOUN/NN/nsubj>4", "used/VERB/VBN/amod>4", "water/NOUN/NN/compound>4",
      "cannon/NOUN/NN/root>0", "against/ADP/IN/case>6", "protesters/NOUN/NNS/nmod>4",
      "./PUNCT/./punct>4"},
     {"nsubj>2", "root>0", "compound>4", "obj>2", "case>6", "obl>2", "punct>2"},
     7},
    /* "Russia, Iran and Korea were criticised": the opening name is the first member */
    {{"Russia/PROPN/NNP/vocative>7", ",/PUNCT/,/punct>1", "Iran/PROPN/NNP/nsubj:pass>7",
      "and/CCONJ/CC/cc>5", "Korea/PROPN/NNP/conj>3", "were/AUX/VBD/aux:pass>7",
      "criticised/VERB/VBN/root>0", "./PUNCT/./punct>7"},
     {"nsubj:pass>7", "punct>3", "conj>1", "cc>5", "conj>1", "aux:pass>7", "root>0", "punct>7"},
     8},
    /* "between Thai and Cambodian soldiers" with "Thai" the phrase's noun */
    {{"Fighting|fighting/NOUN/NN/nsubj>2", "broke|break/VERB/VBD/root>0", "between/ADP/IN/case>4",
      "Thai/PROPN/NNP/obl>2", "and/CCONJ/CC/cc>7", "Cambodian/ADJ/JJ/amod>7",
      "soldiers/NOUN/NNS/conj>4", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "case>7", "amod>7", "cc>6", "conj>4", "nmod>1", "punct>2"},
     8},
    /* "between Kenyan and Somali troops" with "Kenyan" a compound of "troops" */
    {{"Fighting|fighting/NOUN/NN/nsubj>2", "raged|rage/VERB/VBD/root>0", "between/ADP/IN/case>4",
      "Kenyan/PROPN/NNP/compound>7", "and/CCONJ/CC/cc>6", "Somali/PROPN/NNP/conj>4",
      "troops/NOUN/NNS/obl>2", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "case>7", "amod>7", "cc>6", "conj>4", "nmod>1", "punct>2"},
     8},
    /* "Fighting broke out between ..." with "Fighting" the root, "broke" its complement */
    {{"Fighting|fight/VERB/VBG/root>0", "broke|break/VERB/VBD/xcomp>1",
      "out/ADP/RP/compound:prt>2", "in/ADP/IN/case>5", "capital/NOUN/NN/obl>2",
      "./PUNCT/./punct>1"},
     {"nsubj>2", "root>0", "compound:prt>2", "case>5", "obl>2", "punct>2"},
     6},
    /* "Poland and the Baltic states condemned Belarus" with "condemned" an adjective */
    {{"Poland/PROPN/NNP/root>0", "and/CCONJ/CC/cc>5", "the/DET/DT/det>5",
      "Baltic/ADJ/JJ/amod>5", "states|state/NOUN/NNS/conj>1", "condemned/VERB/VBD/amod>7",
      "Belarus/PROPN/NNP/nmod>5", "./PUNCT/./punct>1"},
     {"nsubj>6", "cc>5", "det>5", "amod>5", "conj>1", "root>0", "obj>6", "punct>6"},
     8},
    /* "The government and the rebels signed": two subjects, the "and" on the verb */
    {{"The/DET/DT/det>2", "government/NOUN/NN/nsubj>6", "and/CCONJ/CC/cc>6",
      "the/DET/DT/det>5", "rebels/NOUN/NNS/nsubj>6", "signed/VERB/VBD/root>0",
      "deal/NOUN/NN/obj>6", "./PUNCT/./punct>6"},
     {"det>2", "nsubj>6", "cc>5", "det>5", "conj>2", "root>0", "obj>6", "punct>6"},
     8},
    /* "Canada as well as Australia condemned": two subjects, "as well as" on the verb */
    {{"Canada/PROPN/NNP/nsubj>6", "as/ADV/RB/cc>6", "well/ADV/RB/fixed>2",
      "as/ADP/IN/fixed>2", "Australia/PROPN/NNP/nsubj>6", "condemned/VERB/VBD/root>0",
      "Iran/PROPN/NNP/obj>6", "./PUNCT/./punct>6"},
     {"nsubj>6", "cc>5", "fixed>2", "fixed>2", "conj>1", "root>0", "obj>6", "punct>6"},
     8},
    /* ("Russia said, and China agreed": subjects of two verbs are no pair) */
    {{"Russia/PROPN/NNP/nsubj>2", "said/VERB/VBD/root>0", "and/CCONJ/CC/cc>5",
      "China/PROPN/NNP/nsubj>5", "agreed/VERB/VBD/conj>2", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "cc>5", "nsubj>5", "conj>2", "punct>2"},
     6},
    /* "condemned Russia as well as Belarus" with "Belarus" hung on the verb */
    {{"EU/PROPN/NNP/nsubj>2", "condemned/VERB/VBD/root>0", "Russia/PROPN/NNP/obj>2",
      "as/ADV/RB/cc>7", "well/ADV/RB/fixed>4", "as/ADP/IN/fixed>4", "Belarus/PROPN/NNP/obl>2",
      "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "obj>2", "cc>7", "fixed>4", "fixed>4", "conj>3", "punct>2"},
     8},
    /* "Thousands of protesters rallied ..., as Americans filed": a participle of gathering
       on the noun a quantity counts is the verb; a subordinate finite verb does not stop it */
    {{"Thousands/NOUN/NNS/root>0", "of/ADP/IN/case>3", "protesters/NOUN/NNS/nmod>1",
      "rallied|rally/VERB/VBN/acl>3", ",/PUNCT/,/punct>8", "as/SCONJ/IN/mark>8",
      "Americans/PROPN/NNPS/nsubj>8", "filed/VERB/VBD/parataxis>1", "./PUNCT/./punct>1"},
     {"nsubj>4", "case>3", "nmod>1", "root>0", "punct>8", "mark>8", "nsubj>8", "parataxis>1",
      "punct>4"},
     9},
    /* "The protesters, supporters of X, criticised Y" with "criticised" a participle on the
       description */
    {{"protesters/NOUN/NNS/root>0", ",/PUNCT/,/punct>3", "supporters/NOUN/NNS/conj>1",
      ",/PUNCT/,/punct>5", "criticised/VERB/VBN/acl>3", "reform/NOUN/NN/obj>5",
      "./PUNCT/./punct>1"},
     {"nsubj>5", "punct>3", "appos>1", "punct>5", "root>0", "obj>5", "punct>5"},
     7},
    /* what someone is accused of, read as a clause on the accuser's noun, is the verb's */
    {{"Iran/PROPN/NNP/nsubj:pass>3", "was|be/AUX/VBD/aux:pass>3", "accused|accuse/VERB/VBN/root>0",
      "by/ADP/IN/case>5", "States/PROPN/NNPS/obl:agent>3", "of/SCONJ/IN/mark>7",
      "supplying|supply/VERB/VBG/acl>5", "drones/NOUN/NNS/obj>7"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "case>5", "obl:agent>3", "mark>7", "advcl>3",
      "obj>7"},
     8},
    /* (a clause of "of" on a noun of another verb stays) */
    {{"Iran/PROPN/NNP/nsubj>2", "praised|praise/VERB/VBD/root>0", "plan/NOUN/NN/obj>2",
      "of/SCONJ/IN/mark>5", "supplying|supply/VERB/VBG/acl>3", "drones/NOUN/NNS/obj>5"},
     {"nsubj>2", "root>0", "obj>2", "mark>5", "acl>3", "obj>5"},
     6},
    /* what someone is accused of, read as the adjective of the noun after "of", is the
       verb's clause and the noun its object */
    {{"LTTE/PROPN/NNP/nsubj>2", "accused|accuse/VERB/VBD/root>0", "army/NOUN/NN/obj>2",
      "of/ADP/IN/case>6", "shelling|shell/VERB/VBG/amod>6", "civilians|civilian/NOUN/NNS/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "mark>5", "advcl>2", "obj>5"},
     6},
    /* (an adjective in "of" on a noun of another verb stays) */
    {{"Iran/PROPN/NNP/nsubj>2", "praised|praise/VERB/VBD/root>0", "plan/NOUN/NN/obj>2",
      "of/ADP/IN/case>6", "rising|rise/VERB/VBG/amod>6", "wages|wage/NOUN/NNS/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>6", "amod>6", "nmod>3"},
     6},
    /* an "at" phrase on the object of a verb of throwing is whom it is aimed at: the verb's */
    {{"Protesters|protester/NOUN/NNS/nsubj>2", "hurled|hurl/VERB/VBD/root>0",
      "stones|stone/NOUN/NNS/obj>2", "at/ADP/IN/case>5", "police/NOUN/NN/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2"},
     5},
    /* (on the object of another verb it stays: "visited the office at the embassy") */
    {{"He/PRON/PRP/nsubj>2", "visited|visit/VERB/VBD/root>0", "office/NOUN/NN/obj>2",
      "at/ADP/IN/case>5", "embassy/NOUN/NN/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "nmod>3"},
     5},
    /* a subordinator read as a preposition before a subject and its verb opens the clause */
    {{"Iran/PROPN/NNP/nsubj>2", "refused|refuse/VERB/VBD/root>0", "talks/NOUN/NNS/obj>2",
      "after/ADP/IN/case>5", "Russia/PROPN/NNP/nmod>3", "criticised|criticise/VERB/VBD/advcl>2",
      "Israel/PROPN/NNP/obj>6"},
     {"nsubj>2", "root>0", "obj>2", "mark>6", "nsubj>6", "advcl>2", "obj>6"},
     7},
    /* a preposition of place read as an adjective of a second object is its case */
    {{"police/NOUN/NN/nsubj>2", "fired|fire/VERB/VBD/root>0", "gas/NOUN/NN/obj>2",
      "at/ADP/IN/case>5", "protesters|protester/NOUN/NNS/obl>2", "outside/ADJ/JJ/amod>7",
      "parliament/NOUN/NN/obj>2"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2", "case>7", "obl>2"},
     7},
    /* (not the verb's only object: "bought outside food") */
    {{"they/PRON/PRP/nsubj>2", "bought|buy/VERB/VBD/root>0", "outside/ADJ/JJ/amod>4",
      "food/NOUN/NN/obj>2"},
     {"nsubj>2", "root>0", "amod>4", "obj>2"},
     4},
    /* the "on" phrase after a judged act of force is whom it struck, not the verb's */
    {{"Korea/PROPN/NNP/nsubj>2", "hailed|hail/VERB/VBD/root>0", "the/DET/DT/det>4",
      "strike/NOUN/NN/obj>2", "on/ADP/IN/case>6", "Ukraine/PROPN/NNP/obl>2"},
     {"nsubj>2", "root>0", "det>4", "obj>2", "case>6", "nmod>4"},
     6},
    /* (a day stays the verb's) */
    {{"Iran/PROPN/NNP/nsubj>2", "condemned|condemn/VERB/VBD/root>0", "the/DET/DT/det>4",
      "attack/NOUN/NN/obj>2", "on/ADP/IN/case>6", "Monday/PROPN/NNP/obl>2"},
     {"nsubj>2", "root>0", "det>4", "obj>2", "case>6", "obl>2"},
     6},
    /* a possessor read as the verb's hangs from the noun after its "'s" */
    {{"Lebanon/PROPN/NNP/nmod:poss>4", "'s/PART/POS/case>1", "Hezbollah/PROPN/NNP/nsubj>4",
      "fired|fire/VERB/VBD/root>0", "rockets|rocket/NOUN/NNS/obj>4"},
     {"nmod:poss>3", "case>1", "nsubj>4", "root>0", "obj>4"},
     5},
    /* "according to X," before a clause is an oblique of its verb, not a part of its
       subject */
    {{"According|accord/VERB/VBG/case>7", "to/ADP/IN/fixed>1", "the/DET/DT/det>4",
      "BBC/PROPN/NNP/compound>7", ",/PUNCT/,/punct>7", "Indian/ADJ/JJ/amod>7",
      "police/NOUN/NN/nsubj>8", "arrested|arrest/VERB/VBD/root>0", "men|man/NOUN/NNS/obj>8"},
     {"case>4", "fixed>1", "det>4", "obl>8", "punct>4", "amod>7", "nsubj>8", "root>0",
      "obj>8"},
     9},
    /* a "between" phrase with one member, "and" and a phrase made the next verb's second
       subject: the phrase is the second member; an "-ing" word opening the sentence with
       it is the verb's subject */
    {{"Fighting|fight/VERB/VBG/root>0", "between/ADP/IN/case>3", "army/NOUN/NN/obl>1",
      "and/CCONJ/CC/cc>6", "the/DET/DT/det>6", "RSF/NOUN/NN/nsubj>7",
      "killed|kill/VERB/VBD/conj>1", "civilians|civilian/NOUN/NNS/obj>7"},
     {"nsubj>7", "case>3", "nmod>1", "cc>6", "det>6", "conj>3", "root>0", "obj>7"},
     8},
    /* a "by" phrase made a second subject is the first subject's agent */
    {{"arrest/NOUN/NN/nsubj>6", "of/ADP/IN/case>3", "national/NOUN/NN/nmod>1",
      "by/ADP/IN/case>5", "police/NOUN/NN/nsubj>6", "angered|anger/VERB/VBD/root>0",
      "Paris/PROPN/NNP/obj>6"},
     {"nsubj>6", "case>3", "nmod>1", "case>5", "nmod>1", "root>0", "obj>6"},
     7},
    /* a relative clause between the subject and a main verb read as a participle of a
       noun in the clause */
    {{"president/NOUN/NN/nsubj>4", ",/PUNCT/,/punct>4", "who/PRON/WP/nsubj>4",
      "met|meet/VERB/VBD/root>0", "Zelensky/PROPN/NNP/obj>4", ",/PUNCT/,/punct>7",
      "promised|promise/VERB/VBN/acl>5", "aid/NOUN/NN/obj>7"},
     {"nsubj>7", "punct>4", "nsubj>4", "acl:relcl>1", "obj>4", "punct>7", "root>0", "obj>7"},
     8},
    /* a past participle at the root before a passive verb without a subject is a reduced
       relative of the subject; a "by" phrase on its oblique's noun is its agent */
    {{"police/NOUN/NN/nsubj>2", "killed|kill/VERB/VBN/root>0", "in/ADP/IN/case>4",
      "incident/NOUN/NN/obl>2", "by/ADP/IN/case>6", "troops/NOUN/NNS/nmod>4",
      "were|be/AUX/VBD/aux:pass>8", "buried|bury/VERB/VBN/advcl>2", "./PUNCT/./punct>2"},
     {"nsubj:pass>8", "acl>1", "case>4", "obl>2", "case>6", "obl:agent>2", "aux:pass>8",
      "root>0", "punct>8"},
     9},
    /* an "-ing" word of what equipment is for, with the equipment as its object, is part
       of its name; the noun before it that hung on the verb is a compound too */
    {{"Britain/PROPN/NNP/nsubj>3", "will/AUX/MD/aux>3", "supply/VERB/VB/root>0",
      "infantry/NOUN/NN/obj>3", "fighting|fight/VERB/VBG/xcomp>3",
      "vehicles|vehicle/NOUN/NNS/obj>5", "to/ADP/IN/case>8", "Kyiv/PROPN/NNP/obl>5"},
     {"nsubj>3", "aux>3", "root>0", "compound>6", "compound>6", "obj>3", "case>8", "obl>3"},
     8},
    /* (not an act done to equipment: "supplying drones") */
    {{"Iran/PROPN/NNP/nsubj>2", "began|begin/VERB/VBD/root>0", "supplying|supply/VERB/VBG/xcomp>2",
      "drones|drone/NOUN/NNS/obj>3"},
     {"nsubj>2", "root>0", "xcomp>2", "obj>3"},
     4},
    /* an "-ing" root with a subject, and a past-tense verb without one hung on its
       object: the "-ing" verb is the subject's clause, the other the sentence's verb */
    {{"workers|worker/NOUN/NNS/nsubj>2", "demanding|demand/VERB/VBG/root>0",
      "wages|wage/NOUN/NNS/obj>2", "clashed|clash/VERB/VBN/acl>3", "with/ADP/IN/case>6",
      "police/NOUN/NN/obl>4", "./PUNCT/./punct>2"},
     {"nsubj>4", "acl>1", "obj>2", "root>0", "case>6", "obl>4", "punct>4"},
     7},
    /* a word of time heading a place phrase gives it to the name */
    {{"Militants|militant/NOUN/NNS/nsubj>2", "stormed|storm/VERB/VBD/root>0",
      "station/NOUN/NN/obj>2", "in/ADP/IN/case>6", "Khyber/PROPN/NNP/compound>6",
      "overnight/NOUN/NN/obl>2"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2", "obl:tmod>2"},
     6},
    /* a preposition with a noun of its own on it is that noun's case marker */
    {{"in/ADP/IN/case>3", "the/DET/DT/det>3", "province/NOUN/NN/obl>0", "of/ADP/IN/advmod>3",
      "Khyber/PROPN/NNP/obj>4"},
     {"case>3", "det>3", "obl>0", "case>5", "nmod>3"},
     5},
    /* a trailing attribution past a participle before its noun; the clause's subject,
       which the parse gave the verb of saying, is the clause verb's subject */
    {{"forces|force/NOUN/NNS/nsubj>7", "killed|kill/VERB/VBN/acl>1",
      "suspected|suspect/VERB/VBN/amod>4", "militants|militant/NOUN/NNS/ccomp>7",
      ",/PUNCT/,/punct>4", "police/NOUN/NNS/nsubj>7", "said|say/VERB/VBD/root>0",
      "./PUNCT/./punct>7"},
     {"nsubj>2", "ccomp>7", "amod>4", "obj>2", "punct>7", "nsubj>7", "root>0", "punct>7"},
     8},
    /* a noun complement with a name as its object is the name's title */
    {{"court/NOUN/NN/nsubj>2", "sentenced|sentence/VERB/VBN/root>0", "rapper/NOUN/NN/xcomp>2",
      "Salehi/PROPN/NNP/obj>3", "to/ADP/IN/case>6", "death/NOUN/NN/obl>3"},
     {"nsubj>2", "root>0", "compound>4", "obj>2", "case>6", "obl>2"},
     6},
    /* what someone is charged "with" doing is the charging verb's clause */
    {{"prosecutors|prosecutor/NOUN/NNS/nsubj>2", "charged|charge/VERB/VBD/root>0",
      "blogger/NOUN/NN/obj>2", "with/SCONJ/IN/mark>5", "publishing|publish/VERB/VBG/acl>3",
      "information/NOUN/NN/obj>5"},
     {"nsubj>2", "root>0", "obj>2", "mark>5", "advcl>2", "obj>5"},
     6},
    /* "visiting" right after a verb, before the visitor's name, qualifies the name */
    {{"Sudani/PROPN/NNP/nsubj>2", "told|tell/VERB/VBD/root>0", "visiting|visit/VERB/VBG/xcomp>2",
      "Blinken/PROPN/NNP/iobj>3", "that/SCONJ/IN/mark>7", "Baghdad/PROPN/NNP/nsubj>7",
      "refused|refuse/VERB/VBD/ccomp>3"},
     {"nsubj>2", "root>0", "amod>4", "iobj>2", "mark>7", "nsubj>7", "ccomp>2"},
     7},
    /* a description before a subject's name that the parse made the root, with the verb
       its relative clause, is the name's: the verb is the root again */
    {{"Jordanian/ADJ/JJ/amod>2", "lawyer/NOUN/NN/root>0", "Samih/PROPN/NNP/nsubj>5",
      "Khreis/PROPN/NNP/flat>3", "accused|accuse/VERB/VBD/acl:relcl>2",
      "Washington/PROPN/NNP/obj>5", "./PUNCT/./punct>2"},
     {"amod>2", "compound>3", "nsubj>5", "flat>3", "root>0", "obj>5", "punct>5"},
     7},
    /* (or an adjective root and the role noun, tagged an adjective, the verb's complement) */
    {{"Pakistani/ADJ/JJ/root>0", "cleric/ADJ/JJ/xcomp>4", "Aziz/PROPN/NNP/nsubj>4",
      "criticized|criticize/VERB/VBD/parataxis>1", "Islamabad/PROPN/NNP/obj>4"},
     {"amod>2", "compound>3", "nsubj>4", "root>0", "obj>4"},
     5},
    /* (a title word the parse made a second subject) */
    {{"Defense/PROPN/NNP/nsubj>4", "Minister/PROPN/NNP/nmod:desc>3", "Shaalan/PROPN/NNP/nsubj>4",
      "accused|accuse/VERB/VBD/root>0", "Iran/PROPN/NNP/obj>4"},
     {"compound>2", "nmod:desc>3", "nsubj>4", "root>0", "obj>4"},
     5},
    /* (a day is no description; a noun after an article heads a relative clause) */
    {{"Monday/PROPN/NNP/nsubj>4", "President/PROPN/NNP/nmod:desc>3", "Bush/PROPN/NNP/nsubj>4",
      "said|say/VERB/VBD/root>0"},
     {"nsubj>4", "nmod:desc>3", "nsubj>4", "root>0"},
     4},
    {{"a/DET/DT/det>2", "charge/NOUN/NN/root>0", "Delhi/PROPN/NNP/nsubj>4",
      "denies|deny/VERB/VBZ/acl:relcl>2"},
     {"det>2", "root>0", "nsubj>4", "acl:relcl>2"},
     4},
    /* the second half of a name joined by "-e-" read as an adjective is the name's part */
    {{"police/NOUN/NNS/nsubj>2", "arrested|arrest/VERB/VBD/root>0", "two/NUM/CD/nummod>7",
      "Jaish/PROPN/NNP/compound>7", "-/PUNCT/HYPH/punct>4", "e-Mohammed|e-mohammed/ADJ/JJ/amod>7",
      "militants|militant/NOUN/NNS/obj>2"},
     {"nsubj>2", "root>0", "nummod>7", "compound>7", "punct>4", "compound>7", "obj>2"},
     7},
    /* (not an adjective after a common noun's hyphen) */
    {{"police/NOUN/NNS/nsubj>2", "arrested|arrest/VERB/VBD/root>0", "two/NUM/CD/nummod>7",
      "cyber/NOUN/NN/compound>7", "-/PUNCT/HYPH/punct>4", "e-Commerce|e-commerce/ADJ/JJ/amod>7",
      "fraudsters|fraudster/NOUN/NNS/obj>2"},
     {"nsubj>2", "root>0", "nummod>7", "compound>7", "punct>4", "amod>7", "obj>2"},
     7},
    /* (not when the verb has a subject of its own) */
    {{"Iran/PROPN/NNP/nsubj>2", "met/VERB/VBD/root>0", "after/ADP/IN/case>4",
      "talks/NOUN/NNS/obl>2", "it/PRON/PRP/nsubj>6", "left|leave/VERB/VBD/conj>2"},
     {"nsubj>2", "root>0", "case>4", "obl>2", "nsubj>6", "conj>2"},
     6},
    /* a headline's two names joined by a comma, the first read as a vocative: one
       coordinated subject */
    {{"Biden/PROPN/NNP/vocative>4", ",/PUNCT/,/punct>1", "Xi/PROPN/NNP/nsubj>4",
      "agree/VERB/VBP/root>0", "to/PART/TO/mark>6", "restore/VERB/VB/xcomp>4",
      "talks/NOUN/NNS/obj>6"},
     {"nsubj>4", "punct>1", "conj>1", "root>0", "mark>6", "xcomp>4", "obj>6"},
     7},
    /* (the second a noun a name qualifies: "Ethiopia, Eritrea leaders meet in Asmara") */
    {{"Ethiopia/PROPN/NNP/vocative>5", ",/PUNCT/,/punct>1", "Eritrea/PROPN/NNP/compound>4",
      "leaders|leader/NOUN/NNS/nsubj>5", "meet/VERB/VBP/root>0", "in/ADP/IN/case>7",
      "Asmara/PROPN/NNP/obl>5"},
     {"nsubj>5", "punct>1", "compound>4", "conj>1", "root>0", "case>7", "obl>5"},
     7},
    /* (but not a noun without a name: "President, the troops attacked") */
    {{"President/PROPN/NNP/vocative>5", ",/PUNCT/,/punct>1", "the/DET/DT/det>4",
      "troops|troop/NOUN/NNS/nsubj>5", "attacked|attack/VERB/VBD/root>0"},
     {"vocative>5", "punct>1", "det>4", "nsubj>5", "root>0"},
     5},
    /* the one finite verb of a main clause, read as a clause on the nominal root, is the
       verb; the auxiliary of a subordinate clause ("as troops were deployed") is none */
    {{"Thousands/NOUN/NNS/root>0", "of/ADP/IN/case>3", "protesters/NOUN/NNS/nmod>1",
      "rallied|rally/VERB/VBD/acl>1", "as/SCONJ/IN/mark>8", "troops/NOUN/NNS/nsubj:pass>8",
      "were|be/AUX/VBD/aux:pass>8", "deployed|deploy/VERB/VBN/advcl>4"},
     {"nsubj>4", "case>3", "nmod>1", "root>0", "mark>8", "nsubj:pass>8", "aux:pass>8",
      "advcl>4"},
     8},
    /* an infinitive after a phrase of time, read as a clause of purpose of a verb of
       intent, is its complement; of another verb it stays a clause of purpose */
    {{"Trump/PROPN/NNP/nsubj>2", "threatened|threaten/VERB/VBD/root>0", "on/ADP/IN/case>4",
      "Friday/PROPN/NNP/obl>2", "to/PART/TO/mark>6", "impose/VERB/VB/advcl>2",
      "sanctions/NOUN/NNS/obj>6"},
     {"nsubj>2", "root>0", "case>4", "obl>2", "mark>6", "xcomp>2", "obj>6"},
     7},
    {{"Police/NOUN/NNS/nsubj>2", "arrested|arrest/VERB/VBD/root>0", "on/ADP/IN/case>4",
      "Friday/PROPN/NNP/obl>2", "to/PART/TO/mark>6", "stop/VERB/VB/advcl>2",
      "protests/NOUN/NNS/obj>6"},
     {"nsubj>2", "root>0", "case>4", "obl>2", "mark>6", "advcl>2", "obj>6"},
     7},
    /* a trailing attribution after a clause with a participle on its subject: the one
       finite verb is the clause's, the subject its own through the participle's agent */
    {{"Somali/PROPN/NNP/compound>2", "troops/NOUN/NNS/nsubj:pass>11", "backed/VERB/VBN/acl>2",
      "by/ADP/IN/case>5", "strikes/NOUN/NNS/obl:agent>3", "killed/VERB/VBD/acl>5",
      "fighters/NOUN/NNS/obj>6", ",/PUNCT/,/punct>11", "the/DET/DT/det>10",
      "ministry/NOUN/NN/nsubj>11", "said|say/VERB/VBD/root>0", "./PUNCT/./punct>11"},
     {"compound>2", "nsubj>6", "acl>2", "case>5", "obl:agent>3", "ccomp>11", "obj>6",
      "punct>11", "det>10", "nsubj>11", "root>0", "punct>11"},
     12},
    /* the one finite verb, hung as a clause on the agent of a participle on the nominal
       root, is the verb, the root its subject */
    {{"Somali/PROPN/NNP/compound>2", "troops/NOUN/NNS/root>0", "backed/VERB/VBN/acl>2",
      "by/ADP/IN/case>5", "strikes/NOUN/NNS/obl:agent>3", "killed/VERB/VBD/acl>5",
      "dozens/NOUN/NNS/obj>6", "./PUNCT/./punct>2"},
     {"compound>2", "nsubj>6", "acl>2", "case>5", "obl:agent>3", "root>0", "obj>6", "punct>6"},
     8},
    /* a word in "-ed" read as an adjective after the root's "of" phrase, with a bare noun
       phrase of its own, is the verb; with a preposition before that phrase it is not */
    {{"The/DET/DT/det>2", "House/PROPN/NNP/root>0", "of/ADP/IN/case>4",
      "Representatives/PROPN/NNPS/nmod>2", "impeached/ADJ/JJ/amod>4",
      "President/PROPN/NNP/nmod:desc>7", "Duterte/PROPN/NNP/obl>5"},
     {"det>2", "nsubj>5", "case>4", "nmod>2", "root>0", "nmod:desc>7", "obj>5"},
     7},
    {{"The/DET/DT/det>2", "House/PROPN/NNP/root>0", "of/ADP/IN/case>4",
      "Representatives/PROPN/NNPS/nmod>2", "elected/ADJ/JJ/amod>4", "in/ADP/IN/case>7",
      "May/PROPN/NNP/obl>5"},
     {"det>2", "root>0", "case>4", "nmod>2", "amod>4", "case>7", "obl>5"},
     7},    /* "after" before a noun phrase of several words that a finite verb without a subject
       follows opens the verb's clause, the phrase its subject */
    {{"Chief/NOUN/NN/nsubj>2", "spoke/VERB/VBD/root>0", "after/ADP/IN/case>4",
      "tens/NOUN/NNS/obl>2", "of/ADP/IN/case>6", "thousands/NOUN/NNS/nmod>4",
      "of/ADP/IN/case>8", "protesters/NOUN/NNS/nmod>6", "marched/VERB/VBD/conj>2",
      "on/ADP/IN/case>11", "parliament/NOUN/NN/obl>9"},
     {"nsubj>2", "root>0", "mark>9", "nsubj>9", "case>6", "nmod>4", "case>8", "nmod>6",
      "advcl>2", "case>11", "obl>9"},
     11},
    /* "after" hung as a case on the subject of a past verb read as a conjunct of the verb
       before opens that verb's clause, an adverbial one */
    {{"Mexico/PROPN/NNP/nsubj>2", "cut/VERB/VBD/root>0", "ties/NOUN/NNS/obj>2",
      "after/ADP/IN/case>6", "Ecuadorean/PROPN/NNP/compound>6", "police/NOUN/NN/nsubj>7",
      "stormed|storm/VERB/VBD/conj>2", "its/PRON/PRP$/nmod:poss>9", "embassy/NOUN/NN/obj>7"},
     {"nsubj>2", "root>0", "obj>2", "mark>7", "compound>6", "nsubj>7", "advcl>2",
      "nmod:poss>9", "obj>7"},
     9},
    /* (not a true conjunct, "and" before it) */
    {{"Mexico/PROPN/NNP/nsubj>2", "cut/VERB/VBD/root>0", "ties/NOUN/NNS/obj>2",
      "and/CCONJ/CC/cc>7", "after/ADP/IN/case>6", "police/NOUN/NN/nsubj>7",
      "stormed|storm/VERB/VBD/conj>2", "its/PRON/PRP$/nmod:poss>9", "embassy/NOUN/NN/obj>7"},
     {"nsubj>2", "root>0", "obj>2", "cc>7", "case>6", "nsubj>7", "conj>2", "nmod:poss>9",
      "obj>7"},
     9},
    /* and when the parse made the phrase before "after" that verb's subject, in a clause
       complementing a verb without an object, the phrase is that verb's object */
    {{"Israel/PROPN/NNP/nsubj>2", "closed/VERB/VBD/root>0", "the/DET/DT/det>4",
      "crossing/NOUN/NN/nsubj>7", "after/SCONJ/IN/case>6", "militants/NOUN/NNS/nmod>4",
      "attacked/VERB/VBD/ccomp>2", "a/DET/DT/det>9", "post/NOUN/NN/obj>7"},
     {"nsubj>2", "root>0", "det>4", "obj>2", "mark>7", "nsubj>7", "advcl>2", "det>9",
      "obj>7"},
     9},    /* a nationality read as the proper noun that heads a titled name is the title's
       adjective, and the name takes its place */
    {{"Senegalese/PROPN/NNP/nsubj>5", "President/PROPN/NNP/nmod:desc>3",
      "Macky/PROPN/NNP/flat>1", "Sall/PROPN/NNP/flat>3", "met/VERB/VBD/root>0",
      "Macron/PROPN/NNP/obj>5"},
     {"amod>2", "nmod:desc>3", "nsubj>5", "flat>3", "root>0", "obj>5"},
     6},    /* a participle modifying the noun after it, right after a noun coordinated into an
       earlier verb's phrase, is a second clause */
    {{"Hamas/PROPN/NNP/nsubj>2", "fired/VERB/VBD/root>0", "rockets/NOUN/NNS/obj>2",
      "at/ADP/IN/case>5", "Israel/PROPN/NNP/nmod>3", "and/CCONJ/CC/cc>7",
      "jets/NOUN/NNS/conj>5", "struck/VERB/VBN/amod>9", "targets/NOUN/NNS/nmod>3"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "nmod>3", "cc>8", "nsubj>8", "conj>2", "obj>8"},
     9},
    /* after a comma and "a", a noun of a measure, a subject and a past-tense verb with no
       object: the noun's relative clause, whether the parse hung the name on the noun or
       made the object before the comma the verb's subject */
    {{"Moscow/PROPN/NNP/nsubj>2", "banned/VERB/VBD/root>0", "imports/NOUN/NNS/obj>2",
      ",/PUNCT/,/punct>6", "a/DET/DT/det>6", "step/NOUN/NN/appos>3", "Chisinau/PROPN/NNP/flat>6",
      "condemned/VERB/VBD/acl>6"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>3", "nsubj>8", "acl:relcl>6"},
     8},
    {{"Nicaragua/PROPN/NNP/nsubj>2", "expelled/VERB/VBD/root>0", "Cross/PROPN/NNP/nsubj>8",
      ",/PUNCT/,/punct>6", "a/DET/DT/det>6", "measure/NOUN/NN/appos>3", "EU/PROPN/NNP/nsubj>8",
      "denounced/VERB/VBD/ccomp>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>3", "nsubj>8", "acl:relcl>6"},
     8},
    /* a participle hung on a comma is a clause of the verb that governs the comma's
       phrase */
    {{"Iran/PROPN/NNP/nsubj>2", "hanged|hang/VERB/VBD/root>0", "protesters/NOUN/NNS/obj>2",
      "on/ADP/IN/case>5", "Monday/PROPN/NNP/obl>2", ",/PUNCT/,/punct>5",
      "sparking|spark/VERB/VBG/acl>6", "outrage/NOUN/NN/obj>7"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2", "punct>5", "advcl>2", "obj>7"},
     8},
    /* (a participle the parse hung on a name of the subject phrase is the name's, not
       the verb: "a decision the United Nations condemned") */
    {{"Taliban/PROPN/NNP/nsubj>2", "barred/VERB/VBD/root>0", "women/NOUN/NNS/obj>2",
      ",/PUNCT/,/punct>6", "a/DET/DT/det>6", "decision/NOUN/NN/appos>3", "the/DET/DT/det>9",
      "United/VERB/VBN/amod>9", "Nations/PROPN/NNPS/nsubj>10", "condemned/VERB/VBD/parataxis>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>3", "det>9", "amod>9", "nsubj>10",
      "acl:relcl>6"},
     10},
    /* a particle read as the preposition of the noun after it, right after a verb that
       takes it with an object, is the verb's particle, the noun its object */
    {{"Court/PROPN/NNP/nsubj>2", "struck|strike/VERB/VBD/root>0", "down/ADP/IN/case>5",
      "the/DET/DT/det>5", "law/NOUN/NN/obl>2"},
     {"nsubj>2", "root>0", "compound:prt>2", "det>5", "obj>2"},
     5},
    /* (a verb of motion keeps its preposition) */
    {{"Protesters/NOUN/NNS/nsubj>2", "marched|march/VERB/VBD/root>0", "down/ADP/IN/case>5",
      "the/DET/DT/det>5", "street/NOUN/NN/obl>2"},
     {"nsubj>2", "root>0", "case>5", "det>5", "obl>2"},
     5},
    /* (a pair of subjects: the first the verb's, the second its conjunct) */
    {{"Russia/PROPN/NNP/nsubj>2", "annexed/VERB/VBD/root>0", "regions/NOUN/NNS/obj>2",
      ",/PUNCT/,/punct>7", "a/DET/DT/det>7", "move/NOUN/NN/compound>7", "Kyiv/NOUN/NN/appos>3",
      "and/CCONJ/CC/cc>11", "the/DET/DT/det>10", "West/PROPN/NNP/nsubj>11",
      "denounced/VERB/VBD/conj>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>2", "nsubj>11", "cc>10", "det>10",
      "conj>7", "acl:relcl>6"},
     11},
    /* (the verb hung on its own subject: the verb the subject hung from takes the noun) */
    {{"Hungary/PROPN/NNP/nsubj>2", "vetoed/VERB/VBD/root>0", "package/NOUN/NN/obj>2",
      ",/PUNCT/,/punct>7", "a/DET/DT/det>7", "decision/NOUN/NN/compound>7",
      "Kyiv/PROPN/NNP/obl>2", "called/VERB/VBN/acl>7", "shameful/ADJ/JJ/xcomp>8"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>2", "nsubj>8", "acl:relcl>6",
      "xcomp>8"},
     9},
    /* (judges coordinated, the second a side the tagger read as an adjective: "a move
       Kyiv and the West denounced") */
    {{"Russia/PROPN/NNP/nsubj>2", "annexed|annex/VERB/VBD/root>0", "regions|region/NOUN/NNS/obj>2",
      ",/PUNCT/,/punct>11", "a/DET/DT/det>7", "move/NOUN/NN/compound>7", "Kyiv/PROPN/NNP/appos>3",
      "and/CCONJ/CC/cc>11", "the/DET/DT/det>11", "West/ADJ/JJ/compound>11",
      "denounced|denounce/VERB/VBD/conj>2"},
     {"nsubj>2", "root>0", "obj>2", "punct>2", "det>6", "appos>2", "nsubj>11", "cc>10", "det>10",
      "conj>7", "acl:relcl>6"},
     11},
    /* a word of judging after a verb of naming, read as the head of the object's phrase
       (a verb or a noun), is the complement, the compound noun before it the object */
    {{"Moscow/PROPN/NNP/nsubj>2", "called|call/VERB/VBD/root>0", "the/DET/DT/det>4",
      "EU/PROPN/NNP/nmod:poss>6", "'s/PART/POS/case>4", "sanctions|sanction/NOUN/NNS/compound>7",
      "illegitimate/VERB/VBP/xcomp>2"},
     {"nsubj>2", "root>0", "det>4", "nmod:poss>6", "case>4", "obj>2", "xcomp>2"},
     7},
    /* a possessor hung on a compound noun is the possessor of the compound's head */
    {{"Moscow/PROPN/NNP/nsubj>2", "called|call/VERB/VBD/root>0", "the/DET/DT/det>4",
      "EU/PROPN/NNP/nmod:poss>6", "'s/PART/POS/case>4", "sanctions|sanction/NOUN/NNS/compound>7",
      "package/NOUN/NN/obj>2", "illegal/ADJ/JJ/xcomp>2"},
     {"nsubj>2", "root>0", "det>4", "nmod:poss>7", "case>4", "compound>7", "obj>2", "xcomp>2"},
     8},
    /* a name hung as a compound on an earlier one across a comma, with a conjunct after
       "and", is a member of the coordination */
    {{"Burkina/PROPN/NNP/nsubj>7", "Faso/PROPN/NNP/flat>1", ",/PUNCT/,/punct>4",
      "Mali/PROPN/NNP/compound>1", "and/CCONJ/CC/cc>6", "Niger/PROPN/NNP/conj>4",
      "left/VERB/VBD/root>0", "ECOWAS/PROPN/NNP/obj>7"},
     {"nsubj>7", "flat>1", "punct>4", "conj>1", "cc>6", "conj>1", "root>0", "obj>7"},
     8},
    /* an opening name of two words hung as an oblique before the subject's coordination */
    {{"Saudi/ADJ/NNP/amod>2", "Arabia/PROPN/NNP/obl>7", ",/PUNCT/,/punct>4",
      "Bahrain/PROPN/NNP/nsubj>7", "and/CCONJ/CC/cc>6", "Egypt/PROPN/NNP/conj>4",
      "cut/VERB/VBD/root>0", "ties/NOUN/NNS/obj>7"},
     {"amod>2", "nsubj>7", "punct>4", "conj>2", "cc>6", "conj>2", "root>0", "obj>7"},
     8},
    /* a list of capitalised adjectives before a noun, its first hung outside as the
       object: one coordination modifying the noun, which takes the object's place */
    {{"Russia/PROPN/NNP/nsubj>2", "expelled|expel/VERB/VBD/root>0", "Polish/PROPN/NNP/obj>2",
      ",/PUNCT/,/punct>8", "Czech/ADJ/JJ/amod>8", "and/CCONJ/CC/cc>7", "British/ADJ/JJ/conj>5",
      "diplomats|diplomat/NOUN/NNS/obl>2"},
     {"nsubj>2", "root>0", "amod>8", "punct>5", "conj>3", "cc>7", "conj>3", "obj>2"},
     8},
    /* (a place before the comma is no member: "In Tehran, French and German diplomats") */
    {{"In/ADP/IN/case>2", "Tehran/PROPN/NNP/obl>8", ",/PUNCT/,/punct>2", "French/ADJ/JJ/amod>7",
      "and/CCONJ/CC/cc>6", "German/ADJ/JJ/conj>4", "diplomats|diplomat/NOUN/NNS/nsubj>8",
      "met|meet/VERB/VBD/root>0"},
     {"case>2", "obl>8", "punct>2", "amod>7", "cc>6", "conj>4", "nsubj>8", "root>0"},
     8},
    /* a noun opened by "along with" after the subject is the subject's conjunct */
    {{"States/PROPN/NNP/nsubj>7", ",/PUNCT/,/punct>5", "along/ADP/IN/case>5", "with/ADP/IN/case>5",
      "Britain/PROPN/NNP/nmod>1", ",/PUNCT/,/punct>1", "struck|strike/VERB/VBD/root>0",
      "targets|target/NOUN/NNS/obj>7"},
     {"nsubj>7", "punct>5", "cc>5", "fixed>3", "conj>1", "punct>1", "root>0", "obj>7"},
     8},
    /* a participle after a coordination set off by commas, with an object, is the verb */
    {{"Britain/PROPN/NNP/root>0", "and/CCONJ/CC/cc>3", "France/PROPN/NNP/conj>1",
      ",/PUNCT/,/punct>8", "as/ADV/RB/cc>8", "well/ADV/RB/fixed>5", "as/ADP/IN/fixed>5",
      "Canada/PROPN/NNP/conj>1", ",/PUNCT/,/punct>10", "imposed|impose/VERB/VBN/acl>1",
      "sanctions|sanction/NOUN/NNS/obj>10"},
     {"nsubj>10", "cc>3", "conj>1", "punct>8", "cc>8", "fixed>5", "fixed>5", "conj>1",
      "punct>10", "root>0", "obj>10"},
     11},
    /* a bare name after a comma hung loosely on an earlier name with a conjunct after
       "and" is a member of the coordination */
    {{"Hungary/PROPN/NNP/nsubj:pass>3", "was/AUX/VBD/aux:pass>3", "criticised|criticise/VERB/VBN/root>0",
      "by/ADP/IN/case>5", "Germany/PROPN/NNP/obl:agent>3", ",/PUNCT/,/punct>7",
      "France/PROPN/NNP/nmod:unmarked>5", "and/CCONJ/CC/cc>9", "Netherlands/PROPN/NNP/conj>5"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "case>5", "obl:agent>3", "punct>7", "conj>5",
      "cc>9", "conj>5"},
     9},
    /* (and so is a second oblique without the first's preposition, with its conjunct) */
    {{"Ukraine/PROPN/NNP/nsubj>2", "received|receive/VERB/VBD/root>0", "aid/NOUN/NN/obj>2",
      "from/ADP/IN/case>5", "Germany/PROPN/NNP/obl>2", ",/PUNCT/,/punct>7", "Poland/PROPN/NNP/obl>2",
      "and/CCONJ/CC/cc>9", "Spain/PROPN/NNP/conj>7"},
     {"nsubj>2", "root>0", "obj>2", "case>5", "obl>2", "punct>7", "conj>5", "cc>9", "conj>5"},
     9},
    /* (and "a ruling" that the tagger read as the participle of "the ruling party") */
    {{"Court/PROPN/NNP/nsubj>2", "banned/VERB/VBD/root>0", "party/NOUN/NN/obj>2",
      ",/PUNCT/,/punct>6", "a/DET/DT/det>6", "ruling|rule/VERB/VBG/advcl>2", "EU/PROPN/NNP/nsubj>8",
      "criticized/VERB/VBD/ccomp>6"},
     {"nsubj>2", "root>0", "obj>2", "punct>6", "det>6", "appos>2", "nsubj>8", "acl:relcl>6"},
     8},
    /* "Fighting between X and Y has killed ...": the perfect's participle is the verb the
       opening "-ing" word with a "between" phrase is the subject of */
    {{"Fighting|fight/VERB/VBG/root>0", "between/ADP/IN/case>4", "Sudan/PROPN/NNP/nmod:poss>4",
      "army/NOUN/NN/obl>1", "and/CCONJ/CC/cc>7", "the/DET/DT/det>7", "RSF/PROPN/NNP/nsubj>9",
      "has|have/AUX/VBZ/aux>9", "killed|kill/VERB/VBN/conj>1", "people/NOUN/NNS/obj>9"},
     {"nsubj>9", "case>4", "nmod:poss>4", "nmod>1", "cc>7", "det>7", "conj>4", "aux>9",
      "root>0", "obj>9"},
     10},
    /* and so it is where the parse made the "-ing" word an adverbial clause of that verb */
    {{"Fighting|fight/VERB/VBG/advcl>8", "between/ADP/IN/case>4", "Myanmar/PROPN/NNP/nmod:poss>4",
      "army/NOUN/NN/obl>1", "and/CCONJ/CC/cc>6", "rebels|rebel/NOUN/NNS/nsubj>8",
      "has|have/AUX/VBZ/aux>8", "driven|drive/VERB/VBN/root>0", "refugees|refugee/NOUN/NNS/obj>8"},
     {"nsubj>8", "case>4", "nmod:poss>4", "nmod>1", "cc>6", "conj>4", "aux>8", "root>0",
      "obj>8"},
     9},
    /* and where a trailing verb of saying governs the "-ing" word: the verb takes its place */
    {{"Fighting|fight/VERB/VBG/advcl>11", "between/ADP/IN/case>4", "Sudan/PROPN/NNP/nmod:poss>4",
      "army/NOUN/NN/obl>1", "and/CCONJ/CC/cc>6", "RSF/PROPN/NNP/nsubj>7",
      "drove|drive/VERB/VBD/conj>1", "refugees|refugee/NOUN/NNS/obj>7", ",/PUNCT/,/punct>11",
      "agency/NOUN/NN/nsubj>11", "said|say/VERB/VBD/root>0"},
     {"nsubj>7", "case>4", "nmod:poss>4", "nmod>1", "cc>6", "conj>4", "ccomp>11", "obj>7",
      "punct>11", "nsubj>11", "root>0"},
     11},
    /* an "on" phrase hung from the object of "blame" names whom the act is blamed on */
    {{"Armenia/PROPN/NNP/nsubj>2", "blamed|blame/VERB/VBD/root>0", "the/DET/DT/det>4",
      "shelling/NOUN/NN/obj>2", "on/ADP/IN/case>7", "Azerbaijani/PROPN/NNP/compound>7",
      "forces|force/NOUN/NNS/nmod>4"},
     {"nsubj>2", "root>0", "det>4", "obj>2", "case>7", "compound>7", "obl>2"},
     7},
    /* a "by" phrase on an adjective, after the adjective's phrase naming an act, is the
       act's agent */
    {{"Lawmakers|lawmaker/NOUN/NNS/nsubj>3", "are|be/AUX/VBP/cop>3", "mad/ADJ/JJ/root>0",
      "over/ADP/IN/case>5", "attacks|attack/NOUN/NNS/obl>3", "on/ADP/IN/case>7",
      "Macron/PROPN/NNP/obl>5", "by/ADP/IN/case>10", "the/DET/DT/det>10",
      "group/NOUN/NN/obl>3"},
     {"nsubj>3", "cop>3", "root>0", "case>5", "obl>3", "case>7", "obl>5", "case>10",
      "det>10", "nmod>5"},
     10},
    /* a day's name before a participle on the object is the verb's time, not the
       participle's subject */
    {{"The/DET/DT/det>2", "EU/PROPN/NNP/nsubj>3", "issued|issue/VERB/VBD/root>0",
      "a/DET/DT/det>5", "statement/NOUN/NN/obj>3", "Monday/PROPN/NNP/nsubj>7",
      "condemning|condemn/VERB/VBG/acl>5", "Russia/PROPN/NNP/obj>7"},
     {"det>2", "nsubj>3", "root>0", "det>5", "obj>3", "obl:tmod>3", "acl>5", "obj>7"},
     8},
    /* the place phrase on a passive's agent that is an armed act a state's adjective owns
       is the verb's: where the act happened */
    {{"Civilians|civilian/NOUN/NNS/nsubj:pass>3", "were|be/AUX/VBD/aux:pass>3",
      "killed|kill/VERB/VBN/root>0", "by/ADP/IN/case>7", "a/DET/DT/det>7",
      "Russian/ADJ/JJ/amod>7", "missile/NOUN/NN/obl:agent>3", "in/ADP/IN/case>9",
      "Odesa/PROPN/NNP/nmod>7"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "case>7", "det>7", "amod>7", "obl:agent>3",
      "case>9", "obl>3"},
     9},
    /* (a bomb without a state's adjective keeps its place: the agent's country) */
    {{"Soldiers|soldier/NOUN/NNS/nsubj:pass>3", "were|be/AUX/VBD/aux:pass>3",
      "killed|kill/VERB/VBN/root>0", "by/ADP/IN/case>7", "a/DET/DT/det>7",
      "roadside/NOUN/NN/compound>7", "bomb/NOUN/NN/obl:agent>3", "in/ADP/IN/case>9",
      "Kabul/PROPN/NNP/nmod>7"},
     {"nsubj:pass>3", "aux:pass>3", "root>0", "case>7", "det>7", "compound>7", "obl:agent>3",
      "case>9", "nmod>7"},
     9},
    /* an "-ing" noun with an object and "be" as its copula is a progressive verb */
    {{"they/PRON/PRP/nsubj>4", "were|be/AUX/VBD/cop>4", "still/ADV/RB/advmod>4",
      "meeting/NOUN/NN/root>0", "pockets|pocket/NOUN/NNS/obj>4"},
     {"nsubj>4", "aux>4", "advmod>4", "root>0", "obj>4"},
     5},
    /* (an "-ing" noun without an object stays a noun: "the meeting was a failure") */
    {{"meeting/NOUN/NN/nsubj>4", "was|be/AUX/VBD/cop>4", "a/DET/DT/det>4",
      "failure/NOUN/NN/root>0"},
     {"nsubj>4", "cop>4", "det>4", "root>0"},
     4},
    /* a clause hung on a comma belongs to the nearest verb above the comma */
    {{"Troops|troops/NOUN/NNS/nsubj>2", "moved|move/VERB/VBD/root>0", "on/ADP/IN/case>4",
      "Friday/PROPN/NNP/obl>2", ",/PUNCT/,/punct>4", "though/SCONJ/IN/mark>8",
      "they/PRON/PRP/nsubj>8", "fought|fight/VERB/VBD/advcl>5"},
     {"nsubj>2", "root>0", "case>4", "obl>2", "punct>4", "mark>8", "nsubj>8", "advcl>2"},
     8},
    /* a "between" phrase on a verb saying fighting broke out is the fighting's */
    {{"Clashes|clash/NOUN/NNS/nsubj>2", "broke|break/VERB/VBD/root>0", "out/ADP/RP/compound:prt>2",
      "between/ADP/IN/case>7", "Indian/ADJ/JJ/amod>7", "and/CCONJ/CC/cc>5",
      "troops/NOUN/NNS/obl>2"},
     {"nsubj>2", "root>0", "compound:prt>2", "case>7", "amod>7", "cc>5", "nmod>1"},
     7},
    /* a finite verb read as the clause of the noun "after" opens is a clause of the verb
       before, the noun its subject */
    {{"Tensions|tension/NOUN/NNS/nsubj>2", "rose|rise/VERB/VBD/root>0", "after/ADP/IN/case>5",
      "Chinese/ADJ/JJ/amod>5", "warships|warship/NOUN/NNS/obl>2",
      "surrounded|surround/VERB/VBD/acl>5", "vessels|vessel/NOUN/NNS/obj>6"},
     {"nsubj>2", "root>0", "mark>6", "amod>5", "nsubj>6", "advcl>2", "obj>6"},
     7},
    /* a participle read as the adjective of a bare noun hung on that noun likewise */
    {{"Truce|truce/NOUN/NN/nsubj>2", "collapsed|collapse/VERB/VBD/root>0", "after/ADP/IN/case>4",
      "rebels|rebel/NOUN/NNS/obl>2", "shelled|shell/VERB/VBN/amod>6",
      "positions|position/NOUN/NNS/nmod>4"},
     {"nsubj>2", "root>0", "mark>5", "nsubj>5", "advcl>2", "obj>5"},
     6},
    /* and the subject of a root verb read as the phrase of a participle that is no passive */
    {{"Protests|protest/NOUN/NNS/nsubj>6", "erupted|erupt/VERB/VBN/acl>1", "after/ADP/IN/case>5",
      "Indian/ADJ/JJ/amod>5", "troops/NOUN/NNS/obl>2", "killed|kill/VERB/VBD/root>0",
      "civilians|civilian/NOUN/NNS/obj>6"},
     {"nsubj>2", "root>0", "mark>6", "amod>5", "nsubj>6", "advcl>2", "obj>6"},
     7},
    /* (a noun "after" opens stays a noun: "Troops deployed after the coup killed ...") */
    {{"Troops|troops/NOUN/NNS/nsubj>5", "deployed|deploy/VERB/VBN/acl>1", "after/ADP/IN/case>4",
      "coup/NOUN/NN/obl>2", "killed|kill/VERB/VBD/root>0", "protesters|protester/NOUN/NNS/obj>5"},
     {"nsubj>5", "acl>1", "case>4", "obl>2", "root>0", "obj>5"},
     6},
    /* a complement with a finite auxiliary of its own is a clause of its own: its subject
       the phrase before the auxiliary that "after" opens, hung on a noun before */
    {{"He/PRON/PRP/nsubj>3", "had/AUX/VBD/aux>3", "called|call/VERB/VBN/root>0",
      "for/ADP/IN/case>5", "strike/NOUN/NN/obl>3", "after/ADP/IN/case>7", "two/NUM/CD/nmod>5",
      "were|be/AUX/VBD/aux:pass>9", "shot|shoot/VERB/VBN/xcomp>3"},
     {"nsubj>3", "aux>3", "root>0", "case>5", "obl>3", "mark>9", "nsubj:pass>9",
      "aux:pass>9", "advcl>3"},
     9},
    /* a nominal root, then "and" opening the subject of a finite verb conjoined to it: the
       root is that verb's first subject, the second subject its conjunct */
    {{"The/DET/DT/det>3", "United/ADJ/NNP/amod>3", "States|State/PROPN/NNPS/root>0",
      "and/CCONJ/CC/cc>6", "Iran/PROPN/NNP/nsubj>6", "resumed|resume/VERB/VBD/conj>3",
      "talks|talk/NOUN/NNS/obj>6", "./PUNCT/./punct>3"},
     {"det>3", "amod>3", "nsubj>6", "cc>5", "conj>3", "root>0", "obj>6", "punct>6"},
     8},
    /* (a root with a subject of its own is a clause: left alone) */
    {{"Rain/NOUN/NN/nsubj>2", "fell|fall/VERB/VBD/root>0", "and/CCONJ/CC/cc>5",
      "farmers|farmer/NOUN/NNS/nsubj>5", "lost|lose/VERB/VBD/conj>2"},
     {"nsubj>2", "root>0", "cc>5", "nsubj>5", "conj>2"},
     5},
    /* "Journalist detained in Tehran": a headline's bare participle is a passive */
    {{"Journalist|journalist/NOUN/NN/nsubj>2", "detained|detain/VERB/VBN/root>0",
      "in/ADP/IN/case>4", "Tehran/PROPN/NNP/obl>2"},
     {"nsubj:pass>2", "root>0", "case>4", "obl>2"},
     4},
    /* the tagger's past tense with a singular noun without an article: a participle */
    {{"Blogger|blogger/NOUN/NN/nsubj>2", "jailed|jail/VERB/VBD/root>0", "in/ADP/IN/case>4",
      "Vietnam/PROPN/NNP/obl>2"},
     {"nsubj:pass>2", "root>0", "case>4", "obl>2"},
     4},
    /* (not with an oblique the act is aimed at: "Army retaliated against Pakistan") */
    {{"Army|army/NOUN/NN/nsubj>2", "retaliated|retaliate/VERB/VBN/root>0",
      "against/ADP/IN/case>4", "Pakistan/PROPN/NNP/obl>2"},
     {"nsubj>2", "root>0", "case>4", "obl>2"},
     4},
    /* (not with a closing period: "Troops clashed .", a past tense the tagger misread) */
    {{"Troops|troop/NOUN/NNS/nsubj>2", "clashed|clash/VERB/VBN/root>0", "./PUNCT/./punct>2"},
     {"nsubj>2", "root>0", "punct>2"},
     3},
    /* "Moscow: Kyiv attacked Belgorod": the name before a headline's colon, read as a
       second subject, is set apart */
    {{"Moscow/PROPN/NNP/nsubj>4", ":/PUNCT/:/punct>4", "Kyiv/PROPN/NNP/nsubj>4",
      "attacked|attack/VERB/VBD/root>0", "Belgorod/PROPN/NNP/obj>4"},
     {"dislocated>4", "punct>4", "nsubj>4", "root>0", "obj>4"},
     5},
    /* "DPA: police arrested militants": a roundup item's source, the parse's root with
       the item's clause a parataxis on it, is set apart, the clause's verb the root */
    {{"DPA/PROPN/NNP/root>0", ":/PUNCT/:/punct>4", "police/NOUN/NNS/nsubj>4",
      "arrested|arrest/VERB/VBD/parataxis>1", "militants|militant/NOUN/NNS/obj>4"},
     {"dislocated>4", "punct>4", "nsubj>4", "root>0", "obj>4"},
     5},
    /* (the source read as a clausal complement of the item's verb) */
    {{"IRNA/PROPN/NNP/ccomp>4", ":/PUNCT/:/punct>1", "Iran/PROPN/NNP/nsubj>4",
      "condemned|condemn/VERB/VBD/root>0", "Israel/PROPN/NNP/obj>4"},
     {"dislocated>4", "punct>1", "nsubj>4", "root>0", "obj>4"},
     5},
    /* (the source read as the subject, the item's subject an apposition to it) */
    {{"Zaman/PROPN/NNP/nsubj>5", ":/PUNCT/:/punct>4", "the/DET/DT/det>4",
      "Commission/PROPN/NNP/appos>1", "denied|deny/VERB/VBD/root>0",
      "request/NOUN/NN/obj>5"},
     {"dislocated>5", "punct>5", "det>4", "nsubj>5", "root>0", "obj>5"},
     6},
    /* (the item's subject an apposition to the name, its verb a participle on it with an
       object: "Bernama: police detained members") */
    {{"Bernama/NOUN/NN/root>0", ":/PUNCT/:/punct>3", "police/NOUN/NN/appos>1",
      "detained|detain/VERB/VBN/acl>3", "members|member/NOUN/NNS/obj>4"},
     {"dislocated>4", "punct>3", "nsubj>4", "root>0", "obj>4"},
     5},
    /* (not a clause before the colon: "Police said: troops left") */
    {{"Police/NOUN/NNS/nsubj>2", "said|say/VERB/VBD/root>0", ":/PUNCT/:/punct>5",
      "troops/NOUN/NNS/nsubj>5", "left|leave/VERB/VBD/parataxis>2"},
     {"nsubj>2", "root>0", "punct>5", "nsubj>5", "parataxis>2"},
     5},
    /* "Hayat reports that troops clashed": "reports" read as a noun is the verb of saying,
       the clause its complement */
    {{"Hayat/PROPN/NNP/nsubj>2", "reports|report/NOUN/NNS/root>0", "that/SCONJ/IN/mark>5",
      "troops/NOUN/NNS/nsubj>5", "clashed|clash/VERB/VBD/acl>2"},
     {"nsubj>2", "root>0", "mark>5", "nsubj>5", "ccomp>2"},
     5},
    /* (the noun read as a second subject of the clause's verb) */
    {{"Hayat/PROPN/NNP/nsubj>2", "reports|report/NOUN/NNS/nsubj>5", "that/SCONJ/IN/mark>5",
      "troops/NOUN/NNS/nsubj>5", "fought|fight/VERB/VBD/root>0"},
     {"nsubj>2", "root>0", "mark>5", "nsubj>5", "ccomp>2"},
     5},
    /* (not reports with no subject of their own: "The reports that troops clashed were
       denied") */
    {{"The/DET/DT/det>2", "reports|report/NOUN/NNS/nsubj:pass>7", "that/SCONJ/IN/mark>5",
      "troops/NOUN/NNS/nsubj>5", "clashed|clash/VERB/VBD/acl>2", "were|be/AUX/VBD/aux:pass>7",
      "denied|deny/VERB/VBN/root>0"},
     {"det>2", "nsubj:pass>7", "mark>5", "nsubj>5", "acl>2", "aux:pass>7", "root>0"},
     7},
    /* (a complement without an auxiliary stays one) */
    {{"He/PRON/PRP/nsubj>2", "wants|want/VERB/VBZ/root>0", "to/PART/TO/mark>4",
      "leave/VERB/VB/xcomp>2"},
     {"nsubj>2", "root>0", "mark>4", "xcomp>2"},
     4},
    /* "gunmen" read as a participle that "by" marks: the passive verb's agent, its place
       the verb's */
    {{"A/DET/DT/det>2", "cleric/NOUN/NN/nsubj:pass>4", "was|be/AUX/VBD/aux:pass>4",
      "killed|kill/VERB/VBN/root>0", "by/SCONJ/IN/mark>6", "gunmen|gunme/VERB/VBN/advcl>4",
      "in/ADP/IN/case>8", "Basra/PROPN/NNP/obl>6"},
     {"det>2", "nsubj:pass>4", "aux:pass>4", "root>0", "case>6", "obl:agent>4", "case>8",
      "obl>4"},
     8},
    /* (not after an active verb) */
    {{"They/PRON/PRP/nsubj>2", "left|leave/VERB/VBD/root>0", "by/SCONJ/IN/mark>4",
      "gunmen|gunme/VERB/VBN/advcl>2"},
     {"nsubj>2", "root>0", "mark>4", "advcl>2"},
     4},
};

static void test_repair_rules(void **state)
{
    (void)state;
    for (size_t i = 0; i < sizeof REPAIR_CASES / sizeof *REPAIR_CASES; i++)
        check_repair(REPAIR_CASES[i].in, REPAIR_CASES[i].want, REPAIR_CASES[i].n);
}

/* ---- tree helpers ---- */

static void test_tree_helpers(void **state)
{
    (void)state;
    /* Britain and France accused Iran of supplying drones to Russia . */
    const char text[] = "1\tBritain\t_\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
                        "2\tand\t_\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
                        "3\tFrance\t_\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
                        "4\taccused\t_\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                        "5\tIran\t_\tPROPN\tNNP\t_\t4\tobj\t_\t_\n"
                        "6\tof\tof\tSCONJ\tIN\t_\t7\tmark\t_\t_\n"
                        "7\tsupplying\t_\tVERB\tVBG\t_\t4\tadvcl\t_\t_\n"
                        "8\tdrones\t_\tNOUN\tNNS\t_\t7\tobj\t_\t_\n"
                        "9\tto\tto\tADP\tIN\t_\t10\tcase\t_\t_\n"
                        "10\tRussia\t_\tPROPN\tNNP\t_\t7\tobl\t_\t_\n"
                        "11\t.\t_\tPUNCT\t.\t_\t4\tpunct\t_\t_\n";
    arena *a = arena_new(0);
    conllu_doc doc;
    assert_true(conllu_read(a, "t", text, sizeof text - 1, &doc, NULL));
    ud_tree t;
    ud_tree_build(&t, a, &doc.sentences[0]);
    assert_int_equal(ud_tree_subject(&t, 4), 1);
    assert_int_equal(ud_tree_object(&t, 4), 5);
    assert_int_equal(ud_tree_subject(&t, 7), 0);
    assert_int_equal(ud_tree_oblique(&t, 7, "to"), 10);
    assert_int_equal(ud_tree_oblique(&t, 7, "from"), 0);
    assert_string_equal(ud_tree_case_of(&t, 7), "of");
    int conj[4];
    assert_int_equal(ud_tree_conjuncts(&t, 1, conj, 4), 2);
    assert_int_equal(conj[1], 3);
    int first, last;
    ud_tree_span(&t, 7, &first, &last);
    assert_int_equal(first, 6);
    assert_int_equal(last, 10);
    assert_true(ud_tree_dominates(&t, 4, 10));
    assert_false(ud_tree_dominates(&t, 7, 5));
    assert_int_equal(ud_tree_child(&t, 4, "advcl", 0), 7);
    assert_int_equal(ud_tree_child(&t, 4, "punct", 0), 11);
    arena_free(a);
}

/* Spans and dominance come from one walk at build time: a 5,000-word chain (the shape of
 * nested "said that" clauses) answers at once, and a malformed sentence whose heads form a
 * cycle still gets the answers the chain of heads gives. */
static void test_tree_deep_and_malformed(void **state)
{
    (void)state;
    arena *a = arena_new(0);
    enum { N = 5000 };
    ud_word *w = arena_calloc(a, N, sizeof *w);
    for (int i = 0; i < N; i++) {
        w[i].form = "x";
        w[i].deprel = i ? "ccomp" : "root";
        w[i].head = i; /* word i+1 hangs from word i; word 1 from the root */
    }
    ud_sentence s = {.words = w, .n = N};
    ud_tree t;
    ud_tree_build(&t, a, &s);
    int first, last;
    ud_tree_span(&t, 1, &first, &last);
    assert_int_equal(first, 1);
    assert_int_equal(last, N);
    ud_tree_span(&t, N / 2, &first, &last);
    assert_int_equal(first, N / 2);
    assert_int_equal(last, N);
    assert_true(ud_tree_dominates(&t, 1, N));
    assert_true(ud_tree_dominates(&t, 0, N));
    assert_false(ud_tree_dominates(&t, N, 1));
    /* 1 <- root; 2 and 3 head each other: no walk from the root reaches them */
    ud_word c[3] = {{.form = "a", .deprel = "root", .head = 0},
                    {.form = "b", .deprel = "dep", .head = 3},
                    {.form = "c", .deprel = "dep", .head = 2}};
    ud_sentence cs = {.words = c, .n = 3};
    ud_tree_build(&t, a, &cs);
    assert_true(ud_tree_dominates(&t, 2, 3));
    assert_false(ud_tree_dominates(&t, 1, 3));
    ud_tree_span(&t, 1, &first, &last);
    assert_int_equal(first, 1);
    assert_int_equal(last, 1);
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dense_rows_score_as_sparse),
        cmocka_unit_test(test_argmax_as_defined),
        cmocka_unit_test(test_batch_keys_as_feat_key),
        cmocka_unit_test(test_oracle_reproduces_projective_trees),
        cmocka_unit_test(test_cached_scoring_parses_as_uncached),
        cmocka_unit_test(test_conllu_reports_malformed_lines),
        cmocka_unit_test(test_repair_split_subject),
        cmocka_unit_test(test_repair_subject_pair_name),
        cmocka_unit_test(test_repair_comma_apposition),
        cmocka_unit_test(test_repair_hyphenated_name),
        cmocka_unit_test(test_repair_hyphenated_verb),
        cmocka_unit_test(test_repair_hyphenated_participle),
        cmocka_unit_test(test_repair_hyphenated_object),
        cmocka_unit_test(test_repair_rules),
        cmocka_unit_test(test_tree_helpers),
        cmocka_unit_test(test_tree_deep_and_malformed),
    };
    const struct CMUnitTest model_tests[] = {
        cmocka_unit_test(test_training_is_deterministic),
        cmocka_unit_test(test_model_parses_what_it_learnt),
        cmocka_unit_test(test_model_load_rejects_bad_files),
        cmocka_unit_test(test_model_load_rejects_oversized_tables),
    };
    int failed = cmocka_run_group_tests_name("syntax", tests, NULL, NULL);
    failed += cmocka_run_group_tests_name("syntax model", model_tests, setup_tiny, teardown_tiny);
    /* the same with a beam-search parser, trained globally */
    failed += cmocka_run_group_tests_name("syntax beam model", model_tests, setup_tiny_beam,
                                          teardown_tiny);
    return failed;
}
