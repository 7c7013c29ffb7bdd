/* parsing.c: the tagger and parser on their own (sitrep.h): the model, raw text or
 * CoNLL-U in and CoNLL-U out, scores against a gold CoNLL-U file (UPOS, XPOS, UAS, LAS
 * over all words, LAS on the universal part of the relation, as in the CoNLL 2018 shared
 * task) with the speed, and training a model. Wraps the syntax modules (syntax/syntax.h,
 * conllu.h, ud_eval.h, ud_tokenize.h, train.h). */
#include "api/api.h"

#include "api/paths.h"
#include "api/workers.h"
#include "base/file.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "syntax/conllu.h"
#include "syntax/model.h"
#include "syntax/parser.h"
#include "syntax/syntax.h"
#include "syntax/train.h"
#include "syntax/ud_eval.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct sitrep_model {
    syntax_model *m;
};

const char *sitrep_model_default_path(void)
{
    return paths_model_file();
}

sitrep_status sitrep_model_load(const char *path, sitrep_model **out, sitrep_error *err)
{
    if (!out)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_model_load: no out-pointer"),
               SITREP_EUSAGE;
    *out = NULL;
    syntax_model *m = syntax_model_load(path ? path : paths_model_file(), err);
    if (!m) {
        sitrep_error_classify(err, SITREP_EMODEL);
        return err ? err->code : SITREP_EMODEL;
    }
    sitrep_model *s = xcalloc(1, sizeof *s);
    s->m = m;
    *out = s;
    return SITREP_OK;
}

void sitrep_model_free(sitrep_model *m)
{
    if (!m)
        return;
    syntax_model_free(m->m);
    free(m);
}

void sitrep_parse_options_init(sitrep_parse_options *o)
{
    memset(o, 0, sizeof *o);
    o->threads = 1;
}

/* A problem with the input, through the caller's warn function. */
#define warn(o, ...) sitrep_diag_printf((o)->warn, (o)->warn_ctx, __VA_ARGS__)

/* The run cannot go on: warns, fills err, returns code. */
static sitrep_status fail(const sitrep_parse_options *o, sitrep_error *err, sitrep_status code,
                          const char *message)
{
    warn(o, "%s", message);
    sitrep_error_setc(err, code, "%s", message);
    return code;
}

/* Reads a whole file ("-": stdin); on failure reports why, naming the file. */
static char *slurp(const sitrep_parse_options *o, const char *path, size_t *len,
                   sitrep_error *err)
{
    sitrep_error e;
    char *buf = file_read_path(path, len, &e);
    if (!buf)
        fail(o, err, SITREP_EIO, e.message);
    return buf;
}

/* Reads the CoNLL-U file at path into doc (in a): false when it cannot be read (reported);
 * else *parsed is the reader's verdict, e its message about the first bad sentence. */
static bool read_conllu(const sitrep_parse_options *o, const char *path, arena *a,
                        conllu_doc *doc, bool *parsed, sitrep_error *e, sitrep_error *err)
{
    size_t len;
    char *buf = slurp(o, path, &len, err);
    if (!buf)
        return false;
    *parsed = conllu_read(a, path, buf, len, doc, e);
    free(buf);
    return true;
}

static bool out_text(const sitrep_parse_options *o, const strbuf *b)
{
    return !b->len || !o->out || o->out(b->data, b->len, o->out_ctx) == 0;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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
static bool parse_and_write(const sitrep_parse_options *o, const syntax_model *m,
                            ud_sentence *sents, size_t n, const char *text, bool strip)
{
    int jobs = o->threads < 1 ? 1 : o->threads;
    if ((size_t)jobs > n)
        jobs = n ? (int)n : 1;
    parse_job *pj = xcalloc((size_t)jobs, sizeof *pj);
    for (int k = 0; k < jobs; k++)
        pj[k] = (parse_job){m, sents, n * (size_t)k / (size_t)jobs,
                            n * (size_t)(k + 1) / (size_t)jobs, text, strip, {0}};
    workers_run((size_t)jobs, jobs, run_job, pj);
    bool ok = true;
    for (int k = 0; k < jobs; k++) {
        if (ok && pj[k].out.len && o->out && o->out(pj[k].out.data, pj[k].out.len, o->out_ctx))
            ok = false;
        strbuf_free(&pj[k].out);
    }
    free(pj);
    return ok;
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

static sitrep_status cannot_write(const sitrep_parse_options *o, sitrep_error *err)
{
    return fail(o, err, SITREP_EOUTPUT, "cannot write the output");
}

sitrep_status sitrep_parse_eval(const sitrep_model *model, const char *path, int raw,
                                const sitrep_parse_options *o, sitrep_error *err)
{
    sitrep_parse_options defaults;
    sitrep_parse_options_init(&defaults);
    if (!o)
        o = &defaults;
    if (!model || !path)
        return fail(o, err, SITREP_EUSAGE, "sitrep_parse_eval: no model or gold file");
    const syntax_model *m = model->m;
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    sitrep_error e = {0};
    bool ok;
    if (!read_conllu(o, path, a, &doc, &ok, &e, err)) {
        arena_free(a);
        return SITREP_EIO;
    }
    if (!ok) {
        arena_free(a);
        return fail(o, err, SITREP_EUSAGE,
                    e.message);
    }
    if (doc.dropped)
        warn(o, "%zu malformed sentences skipped (first: %s)", doc.dropped, e.message);
    if (doc.n == 0) {
        arena_free(a);
        char msg[600];
        snprintf(msg, sizeof msg, "%s: no gold sentence to score", path);
        return fail(o, err, SITREP_EUSAGE, msg);
    }
    ud_sentence *sys;
    size_t nsys, words = 0;
    char *rawtext = NULL;
    double t0 = now();
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
    double secs = now() - t0;
    free(rawtext);
    ud_eval ev;
    sitrep_status status = doc.dropped ? SITREP_EINPUT : SITREP_OK;
    if (!ud_eval_run(doc.sentences, doc.n, sys, nsys, &ev, &e)) {
        char msg[1200];
        snprintf(msg, sizeof msg, "%s: %s", path, e.message);
        status = fail(o, err, SITREP_EUSAGE, msg);
    } else {
        strbuf out = {0};
        strbuf_printf(&out, "%s (%s): %zu sentences, %zu words\n", path,
                      raw ? "raw text" : "gold tokenization", doc.n, ev.m[UD_EVAL_WORDS].gold);
        ud_eval_format(&out, &ev);
        strbuf_printf(&out, "UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  (F1; %.0f words/s)\n",
                      ud_eval_f1(&ev.m[UD_EVAL_UPOS]), ud_eval_f1(&ev.m[UD_EVAL_XPOS]),
                      ud_eval_f1(&ev.m[UD_EVAL_UAS]), ud_eval_f1(&ev.m[UD_EVAL_LAS]),
                      secs > 0 ? (double)words / secs : 0.0);
        if (!out_text(o, &out))
            status = cannot_write(o, err);
        strbuf_free(&out);
    }
    arena_free(a);
    return status;
}

/* Raw text in, CoNLL-U out: each sentence's text comment and TokenRange offsets point
 * into the input (after UTF-8 cleaning, which keeps valid input byte for byte). */
static sitrep_status parse_text(const syntax_model *m, const char *path,
                                const sitrep_parse_options *o, sitrep_error *err)
{
    size_t len;
    char *buf = slurp(o, path, &len, err);
    if (!buf)
        return SITREP_EIO;
    arena *a = arena_new(1 << 20);
    cleaned_text ct = text_clean(a, buf, len);
    free(buf);
    sitrep_status status = SITREP_OK;
    if (ct.issue_count) {
        warn(o, "%s: %zu invalid UTF-8 bytes replaced (first at byte %zu)", path,
             ct.issue_count, ct.first_issue);
        sitrep_error_setc(err, SITREP_EINPUT, "%s: %zu invalid UTF-8 bytes replaced", path,
                          ct.issue_count);
        status = SITREP_EINPUT;
    }
    ud_sentence *sents;
    size_t ns = ud_tokenize(a, ct.text, ct.len, &sents);
    if (!parse_and_write(o, m, sents, ns, ct.text, false))
        status = cannot_write(o, err);
    arena_free(a);
    return status;
}

static sitrep_status parse_conllu(const syntax_model *m, const char *path,
                                  const sitrep_parse_options *o, sitrep_error *err)
{
    arena *a = arena_new(1 << 20);
    conllu_doc doc;
    sitrep_error e = {0};
    bool ok;
    if (!read_conllu(o, path, a, &doc, &ok, &e, err)) {
        arena_free(a);
        return SITREP_EIO;
    }
    sitrep_status status = SITREP_OK;
    if (!ok || doc.dropped)
        status = fail(o, err, ok ? SITREP_EINPUT : SITREP_EUSAGE, e.message);
    if (!parse_and_write(o, m, doc.sentences, doc.n, NULL, true))
        status = cannot_write(o, err);
    arena_free(a);
    return status;
}

sitrep_status sitrep_parse_file(const sitrep_model *model, const char *path,
                                const sitrep_parse_options *o, sitrep_error *err)
{
    sitrep_parse_options defaults;
    sitrep_parse_options_init(&defaults);
    if (!o)
        o = &defaults;
    if (!model || !path || o->threads < 1 || o->threads > WORKERS_MAX)
        return fail(o, err, SITREP_EUSAGE, "sitrep_parse_file: no model or path, or threads "
                    "not from 1 to 256");
    return o->conllu ? parse_conllu(model->m, path, o, err) : parse_text(model->m, path, o, err);
}

_Static_assert(SITREP_MAX_BEAM == PARSER_MAX_BEAM, "the beam limits agree");

void sitrep_train_options_init(sitrep_train_options *o)
{
    syntax_train_options d;
    syntax_train_defaults(&d);
    memset(o, 0, sizeof *o);
    o->tagger_epochs = d.tagger_epochs;
    o->parser_epochs = d.parser_epochs;
    o->parser_beam = d.parser_beam;
    o->folds = d.folds;
    o->parser_scale = d.parser_scale;
    o->parser_features = d.parser_features;
    o->tagger_features = d.tagger_features;
    o->seed = d.seed;
}

/* The trainer's progress callback, in the public argument order. */
static void progress(void *ctx, const char *message)
{
    const sitrep_train_options *o = ctx;
    o->progress(message, o->progress_ctx);
}

sitrep_status sitrep_train(const sitrep_train_options *o, sitrep_error *err)
{
    if (!o || !o->output || !o->files || !o->nfiles)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_train: no output or treebank"),
               SITREP_EUSAGE;
    syntax_train_options t;
    syntax_train_defaults(&t);
    t.files = o->files;
    t.nfiles = o->nfiles;
    t.output = o->output;
    t.tagger_epochs = o->tagger_epochs;
    t.parser_epochs = o->parser_epochs;
    t.parser_beam = o->parser_beam;
    t.folds = o->folds;
    t.parser_scale = o->parser_scale;
    t.parser_features = o->parser_features;
    t.tagger_features = o->tagger_features;
    t.seed = o->seed;
    if (o->progress) {
        t.progress = progress;
        t.ctx = (void *)o;
    }
    if (!syntax_train(&t, err)) {
        sitrep_error_classify(err, SITREP_EIO);
        return err ? err->code : SITREP_EIO;
    }
    return SITREP_OK;
}
