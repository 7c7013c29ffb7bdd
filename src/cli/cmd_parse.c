/* cmd_parse.c: `sitrep parse`, the tagger and parser on their own: raw text or CoNLL-U
 * in, CoNLL-U out; with --eval, the scores against a gold CoNLL-U file (UPOS, XPOS, UAS,
 * LAS over all words, LAS on the universal part of the relation, as in the CoNLL 2018
 * shared task) and the speed. */
#include "api/workers.h"
#include "cli/cli.h"
#include "cli/model_args.h"
#include "syntax/conllu.h"
#include "syntax/syntax.h"
#include "syntax/ud_eval.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include "base/file.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

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

/* Analyses sentences [from, to) and writes them as CoNLL-U into out: one worker's share. */
typedef struct parse_job {
    const syntax_model *m;
    ud_sentence *sents;
    size_t from, to;
    const char *text; /* raw text the sentences point into, or NULL (CoNLL-U input) */
    bool strip;       /* CoNLL-U input: forget the gold analysis first */
    strbuf out;
} parse_job;

/* Runs share k (workers.h: one share per worker). */
static void run_job(size_t k, void *arg)
{
    parse_job *j = (parse_job *)arg + k;
    arena *sa = arena_new(1 << 16);
    for (size_t i = j->from; i < j->to; i++) {
        ud_sentence s = j->strip ? strip_copy(sa, &j->sents[i]) : j->sents[i];
        if (j->text) {
            char id[32];
            snprintf(id, sizeof id, "%zu", i + 1);
            s.sent_id = arena_strdup(sa, id);
            char *t = arena_strndup(sa, j->text + s.start, s.end - s.start);
            for (char *p = t; *p; p++)
                if (*p == '\n' || *p == '\r')
                    *p = ' '; /* a sentence's text is one line in CoNLL-U */
            s.text = t;
        }
        syntax_analyze(j->m, sa, &s, SYNTAX_ALL);
        conllu_write(&j->out, &s, true);
        arena_reset(sa);
    }
    arena_free(sa);
}

/* Parses with `jobs` threads, each a contiguous share, and writes the shares in order:
 * the output is the same bytes whatever the number of threads. */
static bool parse_and_write(const syntax_model *m, ud_sentence *sents, size_t n,
                            const char *text, bool strip, int jobs)
{
    if (jobs < 1)
        jobs = 1;
    if ((size_t)jobs > n)
        jobs = n ? (int)n : 1;
    parse_job *pj = xcalloc((size_t)jobs, sizeof *pj);
    for (int k = 0; k < jobs; k++)
        pj[k] = (parse_job){m, sents, n * (size_t)k / (size_t)jobs,
                            n * (size_t)(k + 1) / (size_t)jobs, text, strip, {0}};
    workers_run((size_t)jobs, jobs, run_job, pj);
    bool ok = true;
    for (int k = 0; k < jobs; k++) {
        if (pj[k].out.len && fwrite(pj[k].out.data, 1, pj[k].out.len, stdout) != pj[k].out.len)
            ok = false;
        strbuf_free(&pj[k].out);
    }
    free(pj);
    if (fflush(stdout) != 0 || ferror(stdout))
        ok = false;
    return ok;
}

/* Reads a whole file ("-": stdin); on failure prints why, naming the file, and returns
 * NULL. */
static char *slurp(const char *path, size_t *len)
{
    sitrep_error err;
    char *buf = file_read_path(path, len, &err);
    if (!buf)
        cli_error("parse: %s", err.message);
    return buf;
}

/* The raw text of a gold file: sentence texts joined by a space, paragraphs and
 * documents by a blank line (what a reader of the original would have had). */
static char *gold_raw_text(const conllu_doc *doc, size_t *len)
{
    strbuf b = {0};
    for (size_t i = 0; i < doc->n; i++) {
        const ud_sentence *s = &doc->sentences[i];
        if (i > 0)
            strbuf_puts(&b, s->newpar || s->newdoc ? "\n\n" : " ");
        if (s->text) {
            strbuf_puts(&b, s->text);
            continue;
        }
        for (uint32_t k = 0; k < s->n; k++) {
            strbuf_puts(&b, s->words[k].form);
            if (k + 1 < s->n && s->words[k].space_after)
                strbuf_putc(&b, ' ');
        }
    }
    *len = b.len;
    return strbuf_detach(&b);
}

static int eval_gold(const syntax_model *m, const char *path, bool raw)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf)
        return EXIT_USAGE;
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    sitrep_error err = {0};
    bool ok = conllu_read(a, path, buf, len, &doc, &err);
    free(buf);
    if (!ok) {
        cli_error("parse: %s", err.message);
        arena_free(a);
        return EXIT_USAGE;
    }
    if (doc.dropped)
        cli_error("parse: %zu malformed sentences skipped (first: %s)", doc.dropped, err.message);
    if (doc.n == 0) {
        cli_error("parse: %s: no gold sentence to score", path);
        arena_free(a);
        return EXIT_USAGE;
    }
    ud_sentence *sys;
    size_t nsys, words = 0;
    char *rawtext = NULL;
    double t0 = cli_now();
    if (raw) {
        size_t rlen;
        rawtext = gold_raw_text(&doc, &rlen);
        cleaned_text ct = text_clean(a, rawtext, rlen);
        nsys = ud_tokenize(a, ct.text, ct.len, &sys);
    } else {
        nsys = doc.n;
        sys = arena_alloc(a, (nsys ? nsys : 1) * sizeof *sys);
        for (size_t i = 0; i < doc.n; i++)
            sys[i] = strip_copy(a, &doc.sentences[i]);
    }
    for (size_t i = 0; i < nsys; i++) {
        syntax_analyze(m, a, &sys[i], SYNTAX_ALL);
        words += sys[i].n;
    }
    double secs = cli_now() - t0;
    free(rawtext);
    ud_eval e;
    int status = doc.dropped ? EXIT_PARTIAL : EXIT_OK;
    if (!ud_eval_run(doc.sentences, doc.n, sys, nsys, &e, &err)) {
        cli_error("parse: %s: %s", path, err.message);
        status = EXIT_USAGE;
    } else {
        strbuf out = {0};
        printf("%s (%s): %zu sentences, %zu words\n", path,
               raw ? "raw text" : "gold tokenization", doc.n, e.m[UD_EVAL_WORDS].gold);
        ud_eval_format(&out, &e);
        fputs(out.data ? out.data : "", stdout);
        strbuf_free(&out);
        printf("UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  (F1; %.0f words/s)\n",
               ud_eval_f1(&e.m[UD_EVAL_UPOS]), ud_eval_f1(&e.m[UD_EVAL_XPOS]),
               ud_eval_f1(&e.m[UD_EVAL_UAS]), ud_eval_f1(&e.m[UD_EVAL_LAS]),
               secs > 0 ? (double)words / secs : 0.0);
    }
    arena_free(a);
    return status;
}

/* Raw text in, CoNLL-U out: each sentence's text comment and TokenRange offsets point
 * into the input (after UTF-8 cleaning, which keeps valid input byte for byte). */
static int parse_text(const syntax_model *m, const char *path, int jobs)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf)
        return EXIT_USAGE;
    arena *a = arena_new(1 << 20);
    cleaned_text ct = text_clean(a, buf, len);
    free(buf);
    int status = EXIT_OK;
    if (ct.issue_count) {
        cli_error("parse: %s: %zu invalid UTF-8 bytes replaced (first at byte %zu)", path,
                  ct.issue_count, ct.first_issue);
        status = EXIT_PARTIAL;
    }
    ud_sentence *sents;
    size_t ns = ud_tokenize(a, ct.text, ct.len, &sents);
    if (!parse_and_write(m, sents, ns, ct.text, false, jobs)) {
        cli_error("parse: cannot write the output");
        status = EXIT_USAGE;
    }
    arena_free(a);
    return status;
}

static int parse_conllu(const syntax_model *m, const char *path, int jobs)
{
    size_t len;
    char *buf = slurp(path, &len);
    if (!buf)
        return EXIT_USAGE;
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    sitrep_error err = {0};
    bool ok = conllu_read(a, path, buf, len, &doc, &err);
    free(buf);
    int status = EXIT_OK;
    if (!ok || doc.dropped) {
        cli_error("parse: %s", err.message);
        status = ok ? EXIT_PARTIAL : EXIT_USAGE;
    }
    if (!parse_and_write(m, doc.sentences, doc.n, NULL, true, jobs)) {
        cli_error("parse: cannot write the output");
        status = EXIT_USAGE;
    }
    arena_free(a);
    return status;
}

typedef struct parse_args {
    const char *eval, *input;
    long jobs;
} parse_args;

enum { P_INPUT, P_EVAL, P_JOBS };

static const cli_opt parse_opts[] = {
    {"input", 'i', "FMT", P_INPUT, "text (default: raw text, tokenized and split here) or "
                                   "conllu (its words kept, their analysis replaced)"},
    {"eval", 0, "GOLD", P_EVAL, "parse the gold CoNLL-U file's words (with --input text, "
                                "its raw text) and print UPOS, XPOS, UAS, LAS and speed"},
    {"jobs", 'j', "N", P_JOBS, "parse on N threads, 1 to 64 (output identical to -j 1)"},
    {NULL, 0, NULL, 0, NULL},
};

static int parse_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    parse_args *pa = ctx;
    if (id == P_JOBS)
        return cli_int("-j", v, 1, 64, &pa->jobs) ? 0 : -1;
    if (id == P_EVAL) {
        pa->eval = v;
    } else if (strcmp(v, "conllu") != 0 && strcmp(v, "text") != 0) {
        cli_error("parse: --input takes text or conllu, not '%s'", v);
        return -1;
    } else {
        pa->input = v;
    }
    return 0;
}

int cmd_parse(int argc, char **argv)
{
    model_args ma;
    model_args_init(&ma);
    parse_args pa = {NULL, NULL, 1};
    const cli_command cmd = {
        "parse", "[options] [FILE|-]",
        "Tags, lemmatizes and parses with the UD model: raw text (or CoNLL-U) in, CoNLL-U\n"
        "out; with no FILE, reads standard input. Exit status: 0 done; 1 some input was bad\n"
        "(invalid UTF-8 replaced, malformed sentences skipped); 2 nothing could be done (no\n"
        "model, unreadable input).\n",
        {model_args_group(&ma), {NULL, parse_opts, parse_take, &pa}}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (argc - first > 1) {
        cli_error("parse: one input file at a time");
        return EXIT_USAGE;
    }
    const char *eval = pa.eval, *input = pa.input;
    const char *file = first < argc ? argv[first] : (eval ? NULL : "-");
    int jobs = (int)pa.jobs;
    syntax_model *m = model_args_load(&ma);
    if (!m)
        return EXIT_USAGE;
    if (eval)
        status = eval_gold(m, eval, input && strcmp(input, "text") == 0);
    else if (input && strcmp(input, "conllu") == 0)
        status = parse_conllu(m, file, jobs);
    else
        status = parse_text(m, file, jobs);
    syntax_model_free(m);
    return status;
}
