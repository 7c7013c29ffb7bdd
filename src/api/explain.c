/* explain.c: why each event of a coded article was coded, for people (sitrep_explain,
 * sitrep.h): each sentence that produced events, and for each event the sentence again
 * with the matched parts marked ([source], {verb}, <target>), the dictionary entries
 * behind it (file:line and the line itself, read back from the dictionary), and the rules
 * the document layer applied: passive voice, the date expression, the status cue, who the
 * claim is attributed to, and how often the article states it. */
#include "api/api.h"

#include "base/file.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "cameo/cameo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

/* ---- dictionary lines ---------------------------------------------------------------- */

typedef struct dict_file {
    char *path;
    char **lines;
    size_t nlines, cap;
} dict_file;

typedef struct dict_cache {
    dict_file *files;
    size_t n, cap;
    char *cwd; /* paths under it are shown relative to it; "" for none */
} dict_cache;

static int keep_line(char *line, size_t lineno, void *ctx, sitrep_error *err)
{
    (void)lineno;
    (void)err;
    dict_file *f = ctx;
    f->lines = xgrow(f->lines, &f->cap, f->nlines + 1, sizeof *f->lines);
    f->lines[f->nlines++] = xstrdup(line);
    return FILE_LINE_NEXT;
}

/* The lines of a dictionary file, read once; none when it cannot be read (the entry is
 * then shown without its line). */
static const dict_file *dict_load(dict_cache *c, const char *path, size_t plen)
{
    for (size_t i = 0; i < c->n; i++)
        if (strlen(c->files[i].path) == plen && strncmp(c->files[i].path, path, plen) == 0)
            return &c->files[i];
    c->files = xgrow(c->files, &c->cap, c->n + 1, sizeof *c->files);
    dict_file *f = &c->files[c->n++];
    memset(f, 0, sizeof *f);
    f->path = xstrndup(path, plen);
    sitrep_error ignored;
    if (strcmp(f->path, "-") != 0) /* (never standard input) */
        file_each_line(f->path, keep_line, f, &ignored);
    return f;
}

static void dict_free(dict_cache *c)
{
    for (size_t i = 0; i < c->n; i++) {
        for (size_t k = 0; k < c->files[i].nlines; k++)
            free(c->files[i].lines[k]);
        free(c->files[i].lines);
        free(c->files[i].path);
    }
    free(c->files);
}

/* Prints "file:line  the line" for an origin "file:line". */
static void print_entry(strbuf *b, dict_cache *c, const char *origin)
{
    if (!origin || !*origin) {
        strbuf_puts(b, "-\n");
        return;
    }
    const char *shown = origin;
    size_t cl = strlen(c->cwd);
    if (cl && strncmp(origin, c->cwd, cl) == 0 && origin[cl] == '/')
        shown = origin + cl + 1;
    strbuf_puts(b, shown);
    const char *colon = strrchr(origin, ':');
    long lineno = colon ? strtol(colon + 1, NULL, 10) : 0;
    if (colon && lineno > 0) {
        const dict_file *f = dict_load(c, origin, (size_t)(colon - origin));
        if (f && (size_t)lineno <= f->nlines) {
            const char *l = f->lines[lineno - 1];
            while (*l == ' ' || *l == '\t')
                l++;
            strbuf_printf(b, "   %s", l);
        }
    }
    strbuf_putc(b, '\n');
}

/* ---- one event ------------------------------------------------------------------------ */

typedef struct mark {
    uint32_t at;
    char c;
    int order; /* closing marks before opening ones at the same offset */
} mark;

static int mark_cmp(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return x->order - y->order;
}

static void print_marked(strbuf *b, const char *text, const event *e)
{
    mark m[6];
    size_t nm = 0;
    const struct {
        span s;
        char open, close;
    } parts[] = {{e->source.where, '[', ']'}, {e->verb, '{', '}'}, {e->target.where, '<', '>'}};
    for (size_t i = 0; i < 3; i++) {
        if (parts[i].s.end <= parts[i].s.start)
            continue;
        m[nm++] = (mark){parts[i].s.start, parts[i].open, 1};
        m[nm++] = (mark){parts[i].s.end, parts[i].close, 0};
    }
    qsort(m, nm, sizeof *m, mark_cmp);
    size_t k = 0;
    for (uint32_t p = e->sentence.start; p <= e->sentence.end; p++) {
        while (k < nm && m[k].at == p)
            strbuf_putc(b, m[k++].c);
        if (p < e->sentence.end)
            strbuf_putc(b, text[p] == '\n' ? ' ' : text[p]);
    }
    strbuf_putc(b, '\n');
}

static bool passive_swap(const char *text, const event *e)
{
    if (e->source.where.end <= e->source.where.start || e->source.where.start < e->verb.end)
        return false;
    uint32_t p = e->source.where.start;
    while (p > e->verb.end && text[p - 1] == ' ')
        p--;
    return p >= e->verb.end + 2 && strncasecmp(text + p - 2, "by", 2) == 0 &&
           (p - 2 == 0 || text[p - 3] == ' ');
}

static void explain_event(strbuf *b, dict_cache *c, const char *text, const event *e, size_t k)
{
    const cameo_code *cc = cameo_lookup_nearest(e->code);
    strbuf_printf(b, "  event %zu: %s -> %s  %s %s\n", k + 1, e->source.code ? e->source.code : "-",
           e->target.code ? e->target.code : "-", e->code, cc ? cc->name : "(unknown code)");
    strbuf_puts(b, "    marked:   ");
    print_marked(b, text, e);
    strbuf_puts(b, "    verb:     ");
    print_entry(b, c, e->verb_entry);
    strbuf_printf(b, "    source:   %s \"%s\"  ", e->source.code ? e->source.code : "-",
           e->source.text ? e->source.text : "");
    print_entry(b, c, e->source.entry);
    strbuf_printf(b, "    target:   %s \"%s\"  ", e->target.code ? e->target.code : "-",
           e->target.text ? e->target.text : "");
    print_entry(b, c, e->target.entry);
    strbuf_printf(b, "    voice:    %s\n", passive_swap(text, e) ? "passive (source and target swapped)"
                                                       : "active");
    if (e->tree_path)
        strbuf_printf(b, "    tree:     %s\n", e->tree_path);
    const char *prec = date_precision_name(e->date_precision);
    if (e->date[0])
        strbuf_printf(b, "    date:     %s (%s)%s%s%s\n", e->date, prec ? prec : "-",
               e->date_text ? " from \"" : " (the article date)", e->date_text ? e->date_text : "",
               e->date_text ? "\"" : "");
    else
        strbuf_puts(b, "    date:     - (no date)\n");
    strbuf_printf(b, "    status:   %s", event_status_name(e->status));
    if (e->status_cue)
        strbuf_printf(b, " (cue \"%s\")", e->status_cue);
    strbuf_putc(b, '\n');
    if (e->said_by_text || e->said_by_code)
        strbuf_printf(b, "    said by:  %s%s%s%s (cue \"%s\")\n", e->said_by_text ? e->said_by_text : "",
               e->said_by_code ? " [" : "", e->said_by_code ? e->said_by_code : "",
               e->said_by_code ? "]" : "", e->said_by_cue ? e->said_by_cue : "");
    else
        strbuf_puts(b, "    said by:  - (the writer)\n");
    strbuf_printf(b, "    mentions: %u\n", e->mentions ? (unsigned)e->mentions : 1u);
}

struct sitrep_explainer {
    dict_cache cache;
    strbuf out;
};

sitrep_status sitrep_explainer_new(const char *relative_to, sitrep_explainer **out,
                                   sitrep_error *err)
{
    if (!out)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_explainer_new: no out-pointer"),
               SITREP_EUSAGE;
    sitrep_explainer *x = xcalloc(1, sizeof *x);
    x->cache.cwd = xstrdup(relative_to ? relative_to : "");
    *out = x;
    return SITREP_OK;
}

void sitrep_explainer_free(sitrep_explainer *x)
{
    if (!x)
        return;
    dict_free(&x->cache);
    free(x->cache.cwd);
    strbuf_free(&x->out);
    free(x);
}

sitrep_status sitrep_explain(sitrep_explainer *x, const sitrep_events *ev, sitrep_write_fn fn,
                             void *ctx, sitrep_error *err)
{
    if (!x || !ev || !fn || !ev->has_article)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_explain: no explainer, coded "
                                 "article or callback"),
               SITREP_EUSAGE;
    strbuf *b = &x->out;
    strbuf_clear(b);
    const article *art = &ev->art;
    const document_result *res = &ev->res;
    strbuf_printf(b, "== %s", art->id);
    if (art->date || ev->default_date)
        strbuf_printf(b, "  (article date %s)", art->date ? art->date : ev->default_date);
    else
        strbuf_printf(b, "  (no article date; fallback %s)",
                      res->fallback_date[0] ? res->fallback_date : "none");
    strbuf_printf(b, "  %zu sentence(s), %zu event(s)\n", res->nsentences, res->nevents);
    uint32_t shown = UINT32_MAX;
    for (size_t k = 0; k < res->nevents; k++) {
        const event *e = &res->events[k];
        if (e->sentence_index != shown) {
            shown = e->sentence_index;
            strbuf_printf(b, "\nsentence %u: ", (unsigned)e->sentence_index + 1);
            for (uint32_t p = e->sentence.start; p < e->sentence.end; p++)
                strbuf_putc(b, res->text[p] == '\n' ? ' ' : res->text[p]);
            strbuf_putc(b, '\n');
        }
        explain_event(b, &x->cache, res->text, e, k);
    }
    fn(b->data ? b->data : "", b->len, ctx);
    return SITREP_OK;
}
