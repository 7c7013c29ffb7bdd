/* documents.c: articles in bulk (sitrep.h): the reader, reusable document slots, coding a
 * batch of them on worker threads, and the output formats of `sitrep code`. Each call is
 * a thin layer over a stage of the pipeline (pipeline.h) or the writer (io/event_writer.h). */
#include "api/api.h"
#include "api/pipeline.h"
#include "api/workers.h"

#include "base/xalloc.h"
#include "io/article_reader.h"
#include "io/event_writer.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct sitrep_reader {
    article_reader *rd;
};

int sitrep_input_format_parse(const char *name, sitrep_input_format *out)
{
    input_format f;
    if (!name || !input_format_parse(name, &f))
        return 0;
    *out = (sitrep_input_format)f;
    return 1;
}

/* The public enum spells the reader's own, value for value. */
_Static_assert((int)SITREP_INPUT_AUTO == (int)INPUT_AUTO && (int)SITREP_INPUT_TEXT == (int)INPUT_TEXT &&
                   (int)SITREP_INPUT_JSONL == (int)INPUT_JSONL &&
                   (int)SITREP_INPUT_TABARI == (int)INPUT_TABARI,
               "sitrep_input_format and input_format agree");
_Static_assert((int)SITREP_FORMAT_JSONL == (int)OUT_JSONL && (int)SITREP_FORMAT_TABLE == (int)OUT_TABLE &&
                   (int)SITREP_FORMAT_TSV == (int)OUT_TSV,
               "sitrep_format and out_format agree");
_Static_assert((unsigned)SITREP_WRITE_TSV_YYMMDD == (unsigned)EW_TSV_YYMMDD,
               "writer flags agree");
_Static_assert((unsigned)SITREP_CODE_ENGINE_ONLY == (unsigned)DOC_ENGINE_ONLY,
               "coding flags agree");

int sitrep_date_normalize(const char *text, char out[11])
{
    return text && article_date_normalize(text, strlen(text), out);
}

sitrep_status sitrep_reader_open(const char *const *paths, size_t npaths,
                                 sitrep_input_format fmt, sitrep_reader **out,
                                 sitrep_error *err)
{
    *out = NULL;
    if (!paths || !npaths || (unsigned)fmt > SITREP_INPUT_TABARI)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_reader_open: no paths, or an "
                                 "unknown input format"),
               SITREP_EUSAGE;
    sitrep_reader *r = xcalloc(1, sizeof *r);
    r->rd = article_reader_open(paths, npaths, (input_format)fmt);
    *out = r;
    return SITREP_OK;
}

void sitrep_reader_close(sitrep_reader *r)
{
    if (!r)
        return;
    article_reader_close(r->rd);
    free(r);
}

sitrep_status sitrep_events_new(sitrep_events **out, sitrep_error *err)
{
    if (!out)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_events_new: no out-pointer"),
               SITREP_EUSAGE;
    sitrep_events *ev = xcalloc(1, sizeof *ev);
    ev->mem = arena_new(64 * 1024);
    *out = ev;
    return SITREP_OK;
}

/* Empties a slot for the next article; its arena and output buffer keep their memory. */
static void reset(sitrep_events *ev)
{
    arena_reset(ev->mem);
    memset(&ev->art, 0, sizeof ev->art);
    memset(&ev->res, 0, sizeof ev->res);
    ev->events = NULL;
    ev->has_article = false;
    ev->default_date = NULL;
    strbuf_clear(&ev->out);
}

int sitrep_reader_next(sitrep_reader *r, sitrep_events *ev, sitrep_error *err)
{
    if (!r || !ev) {
        sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_reader_next: no reader or slot");
        return -1;
    }
    reset(ev);
    int got = pipeline_read(r->rd, ev->mem, &ev->art, err);
    ev->has_article = got > 0;
    return got;
}

const char *sitrep_events_origin(const sitrep_events *ev)
{
    if (!ev)
        return NULL;
    return ev->art.origin ? ev->art.origin : ev->art.id;
}

void sitrep_events_article(const sitrep_events *ev, sitrep_article *out)
{
    sitrep_article_init(out);
    if (!ev)
        return;
    out->id = ev->art.id;
    out->date = ev->art.date;
    out->outlet = ev->art.source;
    out->url = ev->art.url;
    out->title = ev->art.title;
    out->text = ev->art.text;
    out->text_len = ev->art.text_len;
}

size_t sitrep_events_invalid_bytes(const sitrep_events *ev, size_t *first)
{
    if (first)
        *first = ev ? ev->res.first_invalid : 0;
    return ev ? ev->res.invalid_bytes : 0;
}

const char *sitrep_events_fallback_date(const sitrep_events *ev)
{
    return ev && ev->res.date_missing && ev->res.fallback_date[0] ? ev->res.fallback_date
                                                                    : NULL;
}

typedef struct docs_job {
    const sitrep_resources *r;
    sitrep_events *const *docs;
    const char *default_date;
    unsigned flags;
    sitrep_document_fn fn;
    void *ctx;
} docs_job;

/* Codes document i on a worker (workers.h): the pipeline, then the caller's fn. */
static void code_doc(size_t i, void *vctx)
{
    const docs_job *j = vctx;
    sitrep_events *ev = j->docs[i];
    strbuf_clear(&ev->out);
    ev->events = NULL;
    ev->default_date = j->default_date ? arena_strdup(ev->mem, j->default_date) : NULL;
    pipeline_code(j->r->lx, &j->r->opt, ev->mem, &ev->art, j->default_date, j->flags,
                  &ev->res);
    if (j->fn)
        j->fn(ev, i, j->ctx);
}

sitrep_status sitrep_code_documents(const sitrep_resources *r, sitrep_events *const *docs,
                                    size_t n, int threads, const char *default_date,
                                    unsigned flags, sitrep_document_fn fn, void *ctx,
                                    int *unstarted, sitrep_error *err)
{
    if (unstarted)
        *unstarted = 0;
    bool ok = r && (n == 0 || docs) && threads >= 1 && threads <= WORKERS_MAX;
    for (size_t i = 0; ok && i < n; i++)
        ok = docs[i] && docs[i]->has_article;
    if (!ok)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_code_documents: no resources, a "
                                 "slot without an article, or threads not from 1 to 256"),
               SITREP_EUSAGE;
    docs_job j = {r, docs, default_date, flags & SITREP_CODE_ENGINE_ONLY, fn, ctx};
    int k = workers_run(n, threads, code_doc, &j);
    if (unstarted)
        *unstarted = k;
    return SITREP_OK;
}

int sitrep_format_parse(const char *name, sitrep_format *out)
{
    out_format f;
    if (!name || !out_format_parse(name, &f))
        return 0;
    *out = (sitrep_format)f;
    return 1;
}

/* The table's header, made once by the writer itself so the two cannot differ. */
static char table_header[256];
static pthread_once_t table_header_once = PTHREAD_ONCE_INIT;

static void make_table_header(void)
{
    strbuf b = {0};
    event_write_header(&b, OUT_TABLE);
    if (b.len < sizeof table_header)
        memcpy(table_header, b.data, b.len + 1);
    strbuf_free(&b);
}

const char *sitrep_format_header(sitrep_format f)
{
    if (f != SITREP_FORMAT_TABLE)
        return "";
    pthread_once(&table_header_once, make_table_header);
    return table_header;
}

const char *sitrep_events_write(sitrep_events *ev, sitrep_format f, unsigned flags,
                                size_t *len)
{
    if (len)
        *len = 0;
    if (!ev)
        return "";
    strbuf_clear(&ev->out);
    if ((unsigned)f <= SITREP_FORMAT_TSV)
        event_write_opts(&ev->out, (out_format)f, flags, &ev->art, ev->res.text,
                         ev->res.events, ev->res.nevents);
    if (len)
        *len = ev->out.len;
    return ev->out.data ? ev->out.data : "";
}
