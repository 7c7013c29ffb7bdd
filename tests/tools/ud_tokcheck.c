/* ud_tokcheck.c: measures the UD tokenizer against treebank files, as the CoNLL 2018
 * shared task scores raw-text systems.
 *
 * Usage: ud_tokcheck [-v] FILE.conllu...
 * For each file, the raw text is rebuilt from its "# text =" lines (ud_eval_gold_text: the
 * sentences of a paragraph joined by one space, paragraphs ("# newpar", "# newdoc")
 * separated by a blank line, which therefore always ends a sentence, as it does in the
 * input we code). The text
 * is tokenized by ud_tokenize() and scored by ud_eval_run(); the tool prints token, word
 * and sentence precision, recall and F1 per file and over all files. With -v it also
 * lists the gold tokens the tokenizer missed and the sentence ends it missed or invented,
 * each with some context, to see what to fix (use it on dev files only). */
#include "base/file.h"
#include "base/arena.h"
#include "base/error.h"
#include "base/strbuf.h"
#include "syntax/conllu.h"
#include "syntax/ud_eval.h"
#include "syntax/ud_tokenize.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Marks with 1 the raw-text offsets where a token starts (2: a token that ends a
 * sentence also ends there) for one side. */
static void mark(const ud_sentence *s, size_t n, unsigned char *starts, unsigned char *ends,
                 unsigned char *sent_end)
{
    for (size_t i = 0; i < n; i++) {
        const ud_sentence *st = &s[i];
        uint32_t cursor = 0;
        for (uint32_t j = 0; j < st->n;) {
            const ud_mwt *mwt;
            uint32_t a = st->words[j].start, last = ud_token_at(st, j, &cursor, &mwt);
            uint32_t e = st->words[last - 1].end;
            starts[a] = 1;
            ends[a] = 0;
            ends[e] |= 1;
            j = last;
        }
        if (st->n)
            sent_end[st->words[st->n - 1].end] = 1;
    }
}

/* Gives the gold words byte spans in the rebuilt text. */
static void place_gold(ud_sentence *g, size_t n, const char *text, size_t len)
{
    size_t pos = 0;
    for (size_t i = 0; i < n; i++) {
        ud_sentence *st = &g[i];
        uint32_t cursor = 0;
        for (uint32_t j = 0; j < st->n;) {
            const ud_mwt *mwt;
            uint32_t last = ud_token_at(st, j, &cursor, &mwt);
            const char *form = mwt ? mwt->form : st->words[j].form;
            while (pos < len && (text[pos] == ' ' || text[pos] == '\n'))
                pos++;
            size_t fl = strlen(form);
            size_t a = pos;
            if (pos + fl <= len && memcmp(text + pos, form, fl) == 0)
                pos += fl;
            for (uint32_t k = j; k < last; k++) {
                st->words[k].start = (uint32_t)a;
                st->words[k].end = (uint32_t)pos;
            }
            j = last;
        }
    }
}

static void context(const char *text, size_t len, size_t at)
{
    size_t a = at > 30 ? at - 30 : 0, b = at + 30 < len ? at + 30 : len;
    putchar('\t');
    for (size_t i = a; i < b; i++) {
        if (i == at)
            fputs("|", stdout);
        putchar(text[i] == '\n' ? '/' : text[i]);
    }
    putchar('\n');
}

static void diff(ud_sentence *g, size_t ng, const ud_sentence *s, size_t ns, const char *text,
                 size_t len)
{
    unsigned char *gs = calloc(len + 1, 1), *ge = calloc(len + 1, 1), *gse = calloc(len + 1, 1);
    unsigned char *ss = calloc(len + 1, 1), *se = calloc(len + 1, 1), *sse = calloc(len + 1, 1);
    place_gold(g, ng, text, len);
    mark(g, ng, gs, ge, gse);
    mark(s, ns, ss, se, sse);
    for (size_t i = 0; i <= len; i++) {
        if (gs[i] != ss[i] || ge[i] != se[i]) {
            printf("TOK %s at %zu", gs[i] || ge[i] ? "gold-only boundary" : "system-only boundary", i);
            context(text, len, i);
        }
        if (gse[i] != sse[i]) {
            printf("SENT %s at %zu", gse[i] ? "missed" : "spurious", i);
            context(text, len, i);
        }
    }
    free(gs), free(ge), free(gse), free(ss), free(se), free(sse);
}

int main(int argc, char **argv)
{
    bool verbose = false;
    ud_eval total = {0};
    int status = 0, files = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-v") == 0) {
            verbose = true;
            continue;
        }
        size_t len;
        sitrep_error err = {0};
        char *buf = file_read_path(argv[i], &len, &err);
        if (!buf) {
            fprintf(stderr, "ud_tokcheck: %s\n", err.message);
            return 2;
        }
        arena *a = arena_new(0);
        conllu_doc gold;
        if (!conllu_read(a, argv[i], buf, len, &gold, &err) || gold.dropped) {
            fprintf(stderr, "ud_tokcheck: %s\n", err.message);
            return 2;
        }
        strbuf text = {0};
        ud_eval_gold_text(gold.sentences, gold.n, &text);
        ud_sentence *sys;
        size_t nsys = ud_tokenize(a, text.data ? text.data : "", text.len, &sys);
        ud_eval e;
        if (!ud_eval_run(gold.sentences, gold.n, sys, nsys, &e, &err)) {
            fprintf(stderr, "ud_tokcheck: %s: %s\n", argv[i], err.message);
            status = 1;
        } else {
            const char *name = strrchr(argv[i], '/') ? strrchr(argv[i], '/') + 1 : argv[i];
            for (int m = UD_EVAL_TOKENS; m <= UD_EVAL_WORDS; m++)
                printf("%-28s %-10s P %6.2f R %6.2f F1 %6.2f\n", name, ud_eval_metric_name(m),
                       ud_eval_precision(&e.m[m]), ud_eval_recall(&e.m[m]), ud_eval_f1(&e.m[m]));
            ud_eval_add(&total, &e);
            files++;
            if (verbose)
                diff(gold.sentences, gold.n, sys, nsys, text.data, text.len);
        }
        strbuf_free(&text);
        arena_free(a);
        free(buf);
    }
    if (files > 1)
        for (int m = UD_EVAL_TOKENS; m <= UD_EVAL_WORDS; m++)
            printf("%-28s %-10s P %6.2f R %6.2f F1 %6.2f\n", "all", ud_eval_metric_name(m),
                   ud_eval_precision(&total.m[m]), ud_eval_recall(&total.m[m]),
                   ud_eval_f1(&total.m[m]));
    return status;
}
