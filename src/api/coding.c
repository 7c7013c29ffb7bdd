/* coding.c: the coder and a document's events (sitrep.h). */
#include "api/api.h"
#include "api/pipeline.h"
#include "api/workers.h"

#include "base/xalloc.h"
#include "cameo/cameo.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

const char *sitrep_version(void)
{
    return SITREP_VERSION_STRING;
}

sitrep_status sitrep_coder_new(const sitrep_resources *r, sitrep_coder **out, sitrep_error *err)
{
    *out = NULL;
    if (!r)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_coder_new: no resources"),
               SITREP_EUSAGE;
    sitrep_coder *c = xcalloc(1, sizeof *c);
    c->res = r;
    *out = c;
    return SITREP_OK;
}

void sitrep_coder_free(sitrep_coder *c)
{
    free(c);
}

void sitrep_article_init(sitrep_article *a)
{
    memset(a, 0, sizeof *a);
}

static const char *nonempty(const char *s)
{
    return s && *s ? s : NULL;
}

static const char *cut(arena *a, const document_result *res, span sp)
{
    if (!res->text || sp.end <= sp.start || sp.end > res->text_len)
        return NULL;
    return arena_strndup(a, res->text + sp.start, sp.end - sp.start);
}

static void set_span(span sp, int64_t *start, int64_t *end)
{
    bool none = sp.end <= sp.start;
    *start = none ? -1 : (int64_t)sp.start;
    *end = none ? -1 : (int64_t)sp.end;
}

static void export_actor(arena *a, const document_result *res, const actor_ref *in,
                         sitrep_actor *out)
{
    out->code = in->code ? in->code : "";
    out->country = nonempty(in->country) ? arena_strdup(a, in->country) : NULL;
    out->role = nonempty(in->role) ? arena_strdup(a, in->role) : NULL;
    out->text = in->text ? in->text : cut(a, res, in->where);
    set_span(in->where, &out->start, &out->end);
    out->entry = in->entry;
}

void events_export(arena *a, const article *art, const document_result *res, const event *e,
                   sitrep_event *out)
{
    memset(out, 0, sizeof *out);
    out->doc_id = art->id;
    out->sentence = e->sentence_index;
    set_span(e->sentence, &out->sentence_start, &out->sentence_end);
    out->sentence_text = cut(a, res, e->sentence);
    export_actor(a, res, &e->source, &out->source);
    export_actor(a, res, &e->target, &out->target);
    out->cameo = e->code;
    const cameo_code *c = e->code[0] ? cameo_lookup_nearest(e->code) : NULL;
    if (c) {
        out->cameo_name = c->name;
        out->root = c->root;
        out->quad_class = c->quad_class;
        out->goldstein = c->goldstein;
        out->plover = c->plover;
        out->plover_mode = c->plover_mode;
    }
    out->verb_text = cut(a, res, e->verb);
    set_span(e->verb, &out->verb_start, &out->verb_end);
    out->verb_entry = e->verb_entry;
    out->date = nonempty(e->date);
    out->date_precision = date_precision_name(e->date_precision);
    out->date_text = e->date_text;
    out->status = event_status_name(e->status);
    out->status_cue = e->status_cue;
    out->said_by_code = nonempty(e->said_by_code);
    out->said_by_text = nonempty(e->said_by_text);
    out->said_by_cue = e->said_by_cue;
    out->outlet = art->source;
    out->url = art->url;
    out->mentions = e->mentions ? e->mentions : 1;
    out->evidence = e->tree_path;
}

/* Codes one article with the resources r (thread-safe: r is only read): the pipeline from
 * the caller's article to the public records (pipeline.h). */
static sitrep_status code_one(const sitrep_resources *r, const sitrep_article *a,
                              sitrep_events **out, sitrep_error *err)
{
    *out = NULL;
    if (!r)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_code: no coder or no text"),
               SITREP_EUSAGE;
    sitrep_events *ev = xcalloc(1, sizeof *ev);
    ev->mem = arena_new(64 * 1024);
    sitrep_status st = pipeline_take(ev->mem, a, &ev->art, err);
    if (st != SITREP_OK) {
        sitrep_events_free(ev);
        return st;
    }
    ev->has_article = true;
    pipeline_code(r->lx, &r->opt, ev->mem, &ev->art, NULL, 0, &ev->res);
    /* made now, so that any number of threads may read the result */
    ev->events = pipeline_events(ev->mem, &ev->art, &ev->res);
    *out = ev;
    return SITREP_OK;
}

sitrep_status sitrep_code(sitrep_coder *c, const sitrep_article *a, sitrep_events **out,
                          sitrep_error *err)
{
    return code_one(c ? c->res : NULL, a, out, err);
}

/* sitrep_code_many's articles and results, and the first failure in article order. */
typedef struct many_job {
    const sitrep_resources *r;
    const sitrep_article *arts;
    sitrep_events **out;
    pthread_mutex_t lock; /* guards the three below (failures are rare) */
    size_t failed_at;     /* n when none failed */
    sitrep_status status;
    sitrep_error err;
} many_job;

static void code_many_one(size_t i, void *ctx)
{
    many_job *j = ctx;
    sitrep_error err;
    sitrep_status st = code_one(j->r, &j->arts[i], &j->out[i], &err);
    if (st == SITREP_OK)
        return;
    pthread_mutex_lock(&j->lock);
    if (i < j->failed_at) {
        j->failed_at = i;
        j->status = st;
        j->err = err;
    }
    pthread_mutex_unlock(&j->lock);
}

sitrep_status sitrep_code_many(const sitrep_resources *r, const sitrep_article *arts, size_t n,
                               int threads, sitrep_events **out, sitrep_error *err)
{
    if (!r || (n && (!arts || !out)) || threads < 1 || threads > WORKERS_MAX)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_code_many: no resources or "
                                 "articles, or threads not from 1 to 256"),
               SITREP_EUSAGE;
    many_job *j = xcalloc(1, sizeof *j);
    *j = (many_job){.r = r, .arts = arts, .out = out, .failed_at = n, .status = SITREP_OK};
    pthread_mutex_init(&j->lock, NULL);
    workers_run(n, threads, code_many_one, j);
    pthread_mutex_destroy(&j->lock);
    sitrep_status status = j->status;
    if (status != SITREP_OK && err)
        *err = j->err;
    free(j);
    return status;
}

size_t sitrep_events_count(const sitrep_events *ev)
{
    return ev ? ev->res.nevents : 0;
}

const sitrep_event *sitrep_events_at(const sitrep_events *ev, size_t i)
{
    if (!ev || i >= ev->res.nevents)
        return NULL;
    if (!ev->events) {
        /* a slot coded by sitrep_code_documents gets them on first use: they are part of
         * the object's state, not a change a caller can see, so a const handle may fill
         * them (sitrep.h: one thread at a time per slot) */
        sitrep_events *m = (sitrep_events *)ev;
        m->events = pipeline_events(m->mem, &m->art, &m->res);
    }
    return &ev->events[i];
}

const char *sitrep_events_text(const sitrep_events *ev, size_t *len)
{
    if (len)
        *len = ev ? ev->res.text_len : 0;
    return ev ? ev->res.text : NULL;
}

int sitrep_events_date_missing(const sitrep_events *ev)
{
    return ev && ev->res.date_missing;
}

void sitrep_events_free(sitrep_events *ev)
{
    if (!ev)
        return;
    arena_free(ev->mem);
    strbuf_free(&ev->out);
    free(ev);
}
