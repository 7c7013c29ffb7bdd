/* cmd_parse.c: `sitrep parse`, the tagger and parser on their own: raw text or CoNLL-U
 * in, CoNLL-U out; with --eval, the scores against a gold CoNLL-U file (UPOS, XPOS, UAS,
 * LAS over all words, LAS on the universal part of the relation, as in the CoNLL 2018
 * shared task) and the speed. */
#include "cli/cli.h"
#include "cli/model_args.h"
#include "syntax/conllu.h"
#include "syntax/syntax.h"

#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct gold_scores {
    size_t words, upos, xpos, uas, las;
} gold_scores;

static void score_sentence(const ud_sentence *gold, const ud_sentence *sys, gold_scores *g)
{
    for (uint32_t i = 0; i < gold->n; i++) {
        const ud_word *a = &gold->words[i], *b = &sys->words[i];
        char ra[64], rb[64];
        ud_deprel_base(a->deprel, ra, sizeof ra);
        ud_deprel_base(b->deprel, rb, sizeof rb);
        g->words++;
        g->upos += a->upos == b->upos;
        g->xpos += a->xpos && b->xpos && strcmp(a->xpos, b->xpos) == 0;
        if (a->head == b->head) {
            g->uas++;
            g->las += strcmp(ra, rb) == 0;
        }
    }
}

/* A copy of the gold sentence with only what the tokenizer would give. */
static ud_sentence strip_copy(arena *a, const ud_sentence *g)
{
    ud_sentence s = *g;
    s.words = arena_alloc(a, (g->n ? g->n : 1) * sizeof *s.words);
    for (uint32_t i = 0; i < g->n; i++) {
        ud_word w = g->words[i];
        w.lemma = w.xpos = w.deprel = w.feats = NULL;
        w.upos = UPOS_NONE;
        w.head = UD_NO_HEAD;
        s.words[i] = w;
    }
    return s;
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0;
    for (;;) {
        buf = xgrow(buf, &cap, n + (1 << 16) + 1, 1);
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0)
            break;
    }
    bool bad = ferror(f);
    if (f != stdin)
        fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *len = n;
    return buf;
}

static int eval_gold(const syntax_model *m, const char *path)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf) {
        cli_error("parse: cannot read %s", path);
        return EXIT_USAGE;
    }
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    sitrep_error err = {{0}};
    bool ok = conllu_read(a, path, buf, len, &doc, &err);
    free(buf);
    if (!ok) {
        cli_error("parse: %s", err.message);
        arena_free(a);
        return EXIT_USAGE;
    }
    if (doc.dropped)
        cli_error("parse: %zu malformed sentences skipped (first: %s)", doc.dropped, err.message);
    gold_scores g = {0};
    arena *sa = arena_new(1 << 16);
    double t0 = cli_now();
    for (size_t i = 0; i < doc.n; i++) {
        ud_sentence s = strip_copy(sa, &doc.sentences[i]);
        syntax_analyze(m, sa, &s, SYNTAX_ALL);
        score_sentence(&doc.sentences[i], &s, &g);
        arena_reset(sa);
    }
    double secs = cli_now() - t0;
    double w = g.words ? (double)g.words : 1.0;
    printf("%s (gold tokenization): %zu sentences, %zu words\n", path, doc.n, g.words);
    printf("UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  (%.0f words/s)\n", 100.0 * (double)g.upos / w,
           100.0 * (double)g.xpos / w, 100.0 * (double)g.uas / w, 100.0 * (double)g.las / w,
           secs > 0 ? (double)g.words / secs : 0.0);
    arena_free(sa);
    arena_free(a);
    return doc.dropped ? EXIT_PARTIAL : EXIT_OK;
}

static int parse_conllu(const syntax_model *m, const char *path)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf) {
        cli_error("parse: cannot read %s", path);
        return EXIT_USAGE;
    }
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    sitrep_error err = {{0}};
    bool ok = conllu_read(a, path, buf, len, &doc, &err);
    free(buf);
    int status = EXIT_OK;
    if (!ok || doc.dropped) {
        cli_error("parse: %s", err.message);
        status = ok ? EXIT_PARTIAL : EXIT_USAGE;
    }
    strbuf out = {0};
    arena *sa = arena_new(1 << 16);
    for (size_t i = 0; i < doc.n; i++) {
        ud_sentence s = strip_copy(sa, &doc.sentences[i]);
        syntax_analyze(m, sa, &s, SYNTAX_ALL);
        conllu_write(&out, &s, true);
        if (out.len > (1 << 16)) {
            fwrite(out.data, 1, out.len, stdout);
            strbuf_clear(&out);
        }
        arena_reset(sa);
    }
    fwrite(out.data, 1, out.len, stdout);
    strbuf_free(&out);
    arena_free(sa);
    arena_free(a);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("parse: cannot write the output");
        return EXIT_USAGE;
    }
    return status;
}

int cmd_parse(int argc, char **argv)
{
    model_args ma;
    model_args_init(&ma);
    const char *eval = NULL, *input = NULL, *file = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = model_args_take(&ma, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r > 0)
            continue;
        if (strcmp(a, "--eval") == 0 && i + 1 < argc)
            eval = argv[++i];
        else if ((strcmp(a, "--input") == 0 || strcmp(a, "-i") == 0) && i + 1 < argc)
            input = argv[++i];
        else if (a[0] == '-' && a[1] != '\0') {
            cli_error("parse: unknown option or missing value '%s'", a);
            return EXIT_USAGE;
        } else if (!file)
            file = a;
        else {
            cli_error("parse: one input file at a time");
            return EXIT_USAGE;
        }
    }
    if (input && strcmp(input, "conllu") != 0 && strcmp(input, "text") != 0) {
        cli_error("parse: --input takes text or conllu, not '%s'", input);
        return EXIT_USAGE;
    }
    if (!eval && !file)
        file = "-";
    syntax_model *m = model_args_load(&ma);
    if (!m)
        return EXIT_USAGE;
    int status;
    if (eval)
        status = eval_gold(m, eval);
    else if (input && strcmp(input, "conllu") == 0)
        status = parse_conllu(m, file);
    else {
        cli_error("parse: raw text input is not available yet; use --input conllu");
        status = EXIT_USAGE;
    }
    syntax_model_free(m);
    return status;
}
