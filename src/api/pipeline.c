/* pipeline.c: one document from its source to its events, stage by stage (see
 * pipeline.h). Each stage's function takes the output of the one before; nothing here
 * codes, it only runs the stages in order. */
#include "api/pipeline.h"

#include "api/api.h"
#include "coder/tree_coder.h"
#include "text/text.h"

#include <stdio.h>
#include <string.h>

/* ---- read ---------------------------------------------------------------------------- */

int pipeline_read(article_reader *rd, arena *a, article *out, sitrep_error *err)
{
    return article_reader_next(rd, a, out, err);
}

sitrep_status pipeline_take(arena *a, const sitrep_article *in, article *out,
                            sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    if (!in || !in->text)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_code: no coder or no text"),
               SITREP_EUSAGE;
    char date[11];
    if (in->date && !article_date_normalize(in->date, strlen(in->date), date)) {
        const char *id = in->id ? in->id : "doc";
        sitrep_error_setc(err, SITREP_EINPUT, "%s: date '%s' is not a date (want YYYY-MM-DD)",
                          id, in->date);
        if (err)
            snprintf(err->doc_id, sizeof err->doc_id, "%s", id);
        return SITREP_EINPUT;
    }
    out->id = arena_strdup(a, in->id ? in->id : "doc");
    out->date = in->date ? arena_strdup(a, date) : NULL;
    out->source = in->outlet ? arena_strdup(a, in->outlet) : NULL;
    out->url = in->url ? arena_strdup(a, in->url) : NULL;
    out->title = in->title ? arena_strdup(a, in->title) : NULL;
    out->text = arena_strndup(a, in->text, in->text_len);
    out->text_len = in->text_len;
    out->origin = out->id;
    return SITREP_OK;
}

/* ---- clean, sentences and tokens, parse, code, document layer ------------------------ */

void pipeline_code(const lexicon *lx, const coder_options *opt, arena *a, const article *art,
                   const char *default_date, unsigned flags, document_result *out)
{
    memset(out, 0, sizeof *out);
    const char *date = art->date ? art->date : default_date;

    /* clean */
    cleaned_text ct = text_clean(a, art->text ? art->text : "", art->text_len);
    out->text = ct.text;
    out->text_len = ct.len;
    out->invalid_bytes = ct.issue_count;
    out->first_invalid = ct.first_issue;

    /* sentences and tokens */
    doc_sentences ds;
    document_sentences(opt, a, ct.text, ct.len, &ds);
    out->nsentences = ds.n;

    /* parse (the tree coder's model; the TABARI engine reads the words shallowly itself) */
    for (size_t i = 0; ds.uds && opt->tree_model && i < ds.n; i++)
        tree_parse_ud_sentence(opt->tree_model, a, &ds.uds[i], ds.from[i]);

    /* code */
    doc_coded dc;
    document_code_sentences(lx, opt, a, &ds, document_date_number(date), flags, &dc);

    /* document layer */
    if (flags & DOC_ENGINE_ONLY)
        document_date_only(a, &ds, date, &dc, out);
    else
        document_layer(lx, opt, a, &ds, date, &dc, out);
}

/* ---- a validation record: clean, code ------------------------------------------------ */

void pipeline_code_record(const lexicon *lx, const coder_options *opt, arena *a,
                          const char *text, size_t len, int32_t date, const char *forward,
                          coded_sentence *out)
{
    cleaned_text ct = text_clean(a, text, len);
    coder_code_sentence(lx, opt, a, ct.text, 0, (uint32_t)ct.len, date, 0, forward, out);
}

/* ---- events -------------------------------------------------------------------------- */

sitrep_event *pipeline_events(arena *a, const article *art, const document_result *res)
{
    if (res->nevents == 0)
        return NULL;
    sitrep_event *ev = arena_calloc(a, res->nevents, sizeof *ev);
    for (size_t i = 0; i < res->nevents; i++)
        events_export(a, art, res, &res->events[i], &ev[i]);
    return ev;
}
