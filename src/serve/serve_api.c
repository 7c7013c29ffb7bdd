/* serve_api.c: the JSON (and CSV / JSON Lines) answers of the web API. Events are written
 * by the store's exporter (the same objects as `sitrep events --format jsonl`), the rest
 * with jansson. Every query goes through the store's functions (prepared statements). */
#include "serve/serve_api.h"

#include "base/strbuf.h"
#include "coder/event.h"
#include "store/store_export.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

static void set_json(serve_response *r, int status, json_t *o)
{
    r->status = status;
    r->content_type = "application/json";
    r->filename = NULL;
    r->body = json_dumps(o, JSON_COMPACT | JSON_REAL_PRECISION(10));
    r->len = r->body ? strlen(r->body) : 0;
    json_decref(o);
}

void serve_error(serve_response *r, int status, const char *message)
{
    /* Messages may quote what the client sent: keep printable ASCII only, so the text is
     * always valid JSON and never carries control bytes. */
    char clean[512];
    size_t n = 0;
    for (const char *m = message; *m && n < sizeof clean - 1; m++)
        clean[n++] = (unsigned char)*m >= 0x20 && (unsigned char)*m < 0x7f ? *m : '?';
    clean[n] = '\0';
    set_json(r, status, json_pack("{s:s, s:i}", "error", clean, "status", status));
}

static json_t *str_or_null(const char *s) { return s ? json_string(s) : json_null(); }

/* json_string refuses invalid UTF-8; stored text is UTF-8, but a NULL here would drop
 * the field silently, so fall back to null explicitly. */
static json_t *text(const char *s)
{
    json_t *v = s ? json_string(s) : NULL;
    return v ? v : json_null();
}

/* ---- events ---- */

typedef struct ev_ctx {
    strbuf out, line;
    serve_format fmt;
    int64_t n, limit;
    int64_t mentions; /* summed over the rows written */
    bool more;
    char last[SERVE_CURSOR_MAX]; /* the cursor after the last row written */
} ev_ctx;

static int add_event(const store_event_row *row, void *vctx)
{
    ev_ctx *c = vctx;
    if (c->n == c->limit) { /* the row past the page: there is a next page */
        c->more = true;
        return 1;
    }
    strbuf_clear(&c->line);
    export_row(&c->line, c->fmt == SERVE_CSV ? EXPORT_CSV : EXPORT_JSONL, row);
    if (c->fmt == SERVE_JSON) {
        if (c->n)
            strbuf_putc(&c->out, ',');
        strbuf_append(&c->out, c->line.data, c->line.len - 1); /* without its '\n' */
    } else {
        strbuf_append(&c->out, c->line.data, c->line.len);
    }
    c->n++;
    c->mentions += row->num_mentions;
    serve_cursor(c->last, row->date, row->id);
    return 0;
}

/* Runs the filter into c->out (JSON objects joined by commas, or download lines), asking
 * for one row more than the limit to tell whether a next page exists. */
static bool query_events(store *s, store_filter *f, ev_ctx *c, serve_response *r)
{
    sitrep_error err;
    c->limit = f->limit;
    f->limit = c->limit + 1;
    bool ok = store_query_events(s, f, add_event, c, &err);
    f->limit = c->limit;
    if (!ok)
        serve_error(r, 500, err.message);
    return ok;
}

/* "KEY":"CURSOR", or "KEY":null for an empty cursor, then a comma. */
static void json_field_cursor(strbuf *b, const char *key, const char *cursor)
{
    strbuf_printf(b, "\"%s\":", key);
    if (*cursor) {
        strbuf_putc(b, '"');
        strbuf_json_escape(b, cursor, strlen(cursor));
        strbuf_putc(b, '"');
    } else {
        strbuf_puts(b, "null");
    }
    strbuf_putc(b, ',');
}

/* Percent-encodes everything but the unreserved characters of RFC 3986. */
static void url_encode(strbuf *b, const char *v)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const unsigned char *c = (const unsigned char *)v; *c; c++) {
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') ||
            *c == '-' || *c == '.' || *c == '_' || *c == '~') {
            strbuf_putc(b, (char)*c);
        } else {
            strbuf_putc(b, '%');
            strbuf_putc(b, hex[*c >> 4]);
            strbuf_putc(b, hex[*c & 15]);
        }
    }
}

/* The next page's URL: the request's parameters in their order, but 'after' and
 * 'offset', then after=CURSOR. */
static char *next_url(const serve_param *p, size_t n, const char *cursor)
{
    strbuf b = {0};
    strbuf_puts(&b, "/api/events?");
    for (size_t i = 0; i < n; i++) {
        if (strcmp(p[i].key, "after") == 0 || strcmp(p[i].key, "offset") == 0)
            continue;
        url_encode(&b, p[i].key);
        if (p[i].value) {
            strbuf_putc(&b, '=');
            url_encode(&b, p[i].value);
        }
        strbuf_putc(&b, '&');
    }
    strbuf_puts(&b, "after=");
    url_encode(&b, cursor);
    return strbuf_detach(&b);
}

static void events(store *s, serve_query *q, const serve_param *p, size_t n,
                   serve_response *r)
{
    ev_ctx c = {.fmt = q->format};
    char after[SERVE_CURSOR_MAX] = "";
    if (q->filter.after_id > 0)
        serve_cursor(after, q->filter.after_date, q->filter.after_id);
    if (q->format == SERVE_CSV)
        export_header(&c.out, EXPORT_CSV);
    else if (q->format == SERVE_JSON)
        strbuf_puts(&c.out, "{\"events\":[");
    if (query_events(s, &q->filter, &c, r)) {
        if (q->format == SERVE_JSON) {
            strbuf_printf(&c.out, "],\"count\":%lld,\"limit\":%lld,\"offset\":%lld,",
                          (long long)c.n, (long long)q->filter.limit,
                          (long long)q->filter.offset);
            /* the page's own cursor, and the next page's: by cursor at any depth, by
             * offset only while paging by offset */
            json_field_cursor(&c.out, "after", after);
            json_field_cursor(&c.out, "next_after", c.more ? c.last : "");
            if (c.more && q->filter.after_id <= 0)
                strbuf_printf(&c.out, "\"next_offset\":%lld}",
                              (long long)(q->filter.offset + c.n));
            else
                strbuf_puts(&c.out, "\"next_offset\":null}");
        }
        r->status = 200;
        r->content_type = q->format == SERVE_CSV     ? "text/csv; charset=utf-8"
                          : q->format == SERVE_JSONL ? "application/x-ndjson"
                                                     : "application/json";
        r->filename = q->format == SERVE_CSV     ? "sitrep-events.csv"
                      : q->format == SERVE_JSONL ? "sitrep-events.jsonl"
                                                 : NULL;
        r->len = c.out.len;
        r->body = strbuf_detach(&c.out);
        if (c.more && *c.last) {
            r->next_url = next_url(p, n, c.last);
            memcpy(r->next_after, c.last, sizeof r->next_after);
        }
    }
    strbuf_free(&c.out);
    strbuf_free(&c.line);
}

/* ---- one event and its evidence ---- */

static json_t *span_json(store_span sp)
{
    return sp.start >= 0 && sp.end >= sp.start ? json_pack("[I, I]", (json_int_t)sp.start,
                                                          (json_int_t)sp.end)
                                               : json_null();
}

/* The sentence cut into parts, each plain or marked as the source, target or verb, so a
 * page can show the highlights with text nodes only. Spans outside the sentence, or
 * overlapping one already placed, are left unmarked. */
static json_t *sentence_parts(const store_mention_row *m)
{
    json_t *parts = json_array();
    const char *text = m->sentence_text;
    if (!text)
        return parts;
    int64_t base = m->sentence_span.start >= 0 ? m->sentence_span.start : 0;
    int64_t len = (int64_t)strlen(text);
    struct mark { int64_t a, b; const char *role; } mk[3];
    int nm = 0;
    const store_span *sp[3] = {&m->source_span, &m->target_span, &m->verb_span};
    static const char *const roles[3] = {"source", "target", "verb"};
    for (int k = 0; k < 3; k++) {
        int64_t a = sp[k]->start - base, b = sp[k]->end - base;
        if (sp[k]->start < 0 || a < 0 || b > len || a >= b)
            continue;
        bool clash = false;
        for (int j = 0; j < nm; j++)
            if (a < mk[j].b && mk[j].a < b)
                clash = true;
        /* a cut inside a UTF-8 sequence would make invalid text */
        if (clash || (text[a] & 0xC0) == 0x80 || (b < len && (text[b] & 0xC0) == 0x80))
            continue;
        mk[nm++] = (struct mark){a, b, roles[k]};
    }
    for (int i = 1; i < nm; i++) /* by position */
        for (int j = i; j > 0 && mk[j].a < mk[j - 1].a; j--) {
            struct mark t = mk[j];
            mk[j] = mk[j - 1];
            mk[j - 1] = t;
        }
    int64_t at = 0;
    for (int i = 0; i <= nm; i++) {
        int64_t end = i < nm ? mk[i].a : len;
        if (end > at)
            json_array_append_new(parts, json_pack("{s:o, s:n}", "text",
                                                   json_stringn(text + at, (size_t)(end - at)),
                                                   "role"));
        if (i < nm) {
            json_array_append_new(parts, json_pack("{s:o, s:s}", "text",
                                                   json_stringn(text + mk[i].a,
                                                                (size_t)(mk[i].b - mk[i].a)),
                                                   "role", mk[i].role));
            at = mk[i].b;
        }
    }
    return parts;
}

static int add_mention(const store_mention_row *m, void *vctx)
{
    json_t *o = json_object();
    json_object_set_new(o, "id", json_integer(m->id));
    json_object_set_new(o, "sentence", json_integer(m->sentence));
    json_object_set_new(o, "sentence_text", text(m->sentence_text));
    json_object_set_new(o, "sentence_span", span_json(m->sentence_span));
    json_object_set_new(o, "parts", sentence_parts(m));
    const char *names[3] = {"source", "target", "verb"};
    const char *texts[3] = {m->source_text, m->target_text, m->verb_text};
    store_span spans[3] = {m->source_span, m->target_span, m->verb_span};
    for (int k = 0; k < 3; k++)
        json_object_set_new(o, names[k], json_pack("{s:o, s:o}", "text", text(texts[k]), "span",
                                                   span_json(spans[k])));
    json_object_set_new(o, "verb_entry", text(m->verb_entry));
    json_object_set_new(o, "date", text(m->date));
    json_object_set_new(o, "date_precision", text(m->date_precision));
    json_object_set_new(o, "date_cue", text(m->date_text));
    json_object_set_new(o, "status", str_or_null(event_status_name(m->status)));
    json_object_set_new(o, "status_cue", text(m->status_cue));
    json_object_set_new(o, "said_by", m->said_by_code || m->said_by_text
                                          ? json_pack("{s:o, s:o}", "code", text(m->said_by_code),
                                                      "text", text(m->said_by_text))
                                          : json_null());
    json_object_set_new(o, "doc_id", text(m->doc_id));
    json_object_set_new(o, "doc_date", text(m->doc_date));
    json_object_set_new(o, "outlet", text(m->outlet));
    json_object_set_new(o, "url", text(m->url));
    json_object_set_new(o, "title", text(m->title));
    json_array_append_new(vctx, o);
    return 0;
}

static void one_event(store *s, int64_t id, serve_response *r)
{
    store_filter f;
    store_filter_init(&f);
    f.id = id;
    f.limit = 1;
    ev_ctx c = {.fmt = SERVE_JSON};
    if (!query_events(s, &f, &c, r)) {
        strbuf_free(&c.line);
        strbuf_free(&c.out);
        return;
    }
    strbuf_free(&c.line);
    if (c.n == 0) {
        strbuf_free(&c.out);
        serve_error(r, 404, "no event with that id");
        return;
    }
    json_t *ev = json_loadb(c.out.data, c.out.len, 0, NULL);
    strbuf_free(&c.out);
    json_t *ms = json_array();
    sitrep_error err;
    if (!ev || !store_query_mentions(s, id, SERVE_MENTIONS_MAX, add_mention, ms, &err)) {
        json_decref(ev);
        json_decref(ms);
        serve_error(r, 500, ev ? err.message : "cannot encode the event");
        return;
    }
    set_json(r, 200, json_pack("{s:o, s:o}", "event", ev, "mentions", ms));
}

/* ---- timeline ---- */

static json_t *actor_obj(store *s, const char *code)
{
    store_actor_row a;
    sitrep_error err;
    bool found = store_get_actor(s, code, &a, &err);
    return json_pack("{s:s, s:o, s:o, s:o}", "code", code, "name", text(found ? a.name : NULL),
                     "country", text(found ? a.country : NULL), "role",
                     text(found ? a.role : NULL));
}

static void timeline(store *s, serve_query *q, serve_response *r)
{
    char *best[2] = {NULL, NULL};
    sitrep_error err;
    if (!q->a) {
        if (!store_most_active_pair(s, &best[0], &best[1], &err)) {
            serve_error(r, 500, err.message);
            return;
        }
        if (!best[0]) {
            set_json(r, 200, json_pack("{s:n, s:n, s:[], s:i, s:b}", "a", "b", "events",
                                       "mentions", 0, "more", 0));
            return;
        }
        q->a = best[0];
        q->b = best[1];
    }
    q->filter.dyad[0] = q->a;
    q->filter.dyad[1] = q->b;
    /* the events are written as text once, not parsed back into jansson values */
    ev_ctx c = {.fmt = SERVE_JSON};
    json_t *pair = json_pack("{s:o, s:o}", "a", actor_obj(s, q->a), "b", actor_obj(s, q->b));
    char *head = pair ? json_dumps(pair, JSON_COMPACT) : NULL;
    json_decref(pair);
    if (!head) {
        serve_error(r, 500, "cannot encode the pair");
    } else {
        /* {"a":...,"b":... without its closing brace, then the events */
        strbuf_append(&c.out, head, strlen(head) - 1);
        strbuf_puts(&c.out, ",\"events\":[");
        if (query_events(s, &q->filter, &c, r)) {
            strbuf_printf(&c.out, "],\"mentions\":%lld,\"more\":%s}", (long long)c.mentions,
                          c.more ? "true" : "false");
            r->status = 200;
            r->content_type = "application/json";
            r->filename = NULL;
            r->len = c.out.len;
            r->body = strbuf_detach(&c.out);
        }
    }
    free(head);
    strbuf_free(&c.out);
    strbuf_free(&c.line);
    free(best[0]);
    free(best[1]);
}

/* ---- network ---- */

typedef struct net_ctx {
    json_t *edges, *nodes; /* nodes: code -> {..., events} */
    int64_t min;
} net_ctx;

static void count_node(net_ctx *n, const char *code, int64_t events)
{
    json_t *node = json_object_get(n->nodes, code);
    if (!node) {
        node = json_pack("{s:s, s:I}", "id", code, "events", (json_int_t)0);
        json_object_set_new(n->nodes, code, node);
    }
    json_object_set_new(node, "events",
                        json_integer(json_integer_value(json_object_get(node, "events")) + events));
}

static json_t *quad_obj(const int64_t *quad)
{
    return json_pack("{s:I, s:I, s:I, s:I}", "1", (json_int_t)quad[1], "2", (json_int_t)quad[2],
                     "3", (json_int_t)quad[3], "4", (json_int_t)quad[4]);
}

/* The quad class with the most events on an edge (its colour), 0 when none. */
static int main_quad(const int64_t *quad)
{
    int best = 0;
    for (int k = 1; k <= 4; k++)
        if (quad[k] > (best ? quad[best] : 0))
            best = k;
    return best;
}

static int add_dyad(const store_dyad_row *d, void *vctx)
{
    net_ctx *n = vctx;
    if (d->events < n->min)
        return 0;
    json_array_append_new(n->edges,
                          json_pack("{s:s, s:s, s:I, s:I, s:o, s:i, s:f}", "source", d->source,
                                    "target", d->target, "events", (json_int_t)d->events,
                                    "mentions", (json_int_t)d->mentions, "quad",
                                    quad_obj(d->quad), "main_quad", main_quad(d->quad),
                                    "goldstein", d->goldstein));
    count_node(n, d->source, d->events);
    if (strcmp(d->source, d->target) != 0)
        count_node(n, d->target, d->events);
    return 0;
}

static void network(store *s, serve_query *q, serve_response *r)
{
    net_ctx n = {json_array(), json_object(), q->min};
    sitrep_error err;
    if (!store_query_dyads(s, q->limit, add_dyad, &n, &err)) {
        json_decref(n.edges);
        json_decref(n.nodes);
        serve_error(r, 500, err.message);
        return;
    }
    json_t *nodes = json_array();
    const char *code;
    json_t *node;
    json_object_foreach(n.nodes, code, node) {
        store_actor_row a;
        bool found = store_get_actor(s, code, &a, &err);
        json_object_set_new(node, "name", text(found ? a.name : NULL));
        json_object_set_new(node, "country", text(found ? a.country : NULL));
        json_object_set_new(node, "role", text(found ? a.role : NULL));
        json_array_append(nodes, node);
    }
    json_decref(n.nodes);
    set_json(r, 200, json_pack("{s:o, s:o}", "nodes", nodes, "edges", n.edges));
}

/* ---- stats ---- */

typedef struct stats_ctx {
    json_t *months, *cur;
    char month[16];
} stats_ctx;

static int add_month(const store_month_row *m, void *vctx)
{
    stats_ctx *c = vctx;
    if (!c->cur || strcmp(c->month, m->month) != 0) {
        snprintf(c->month, sizeof c->month, "%s", m->month);
        c->cur = json_pack("{s:s, s:{s:i, s:i, s:i, s:i, s:i}, s:i, s:i, s:f}", "month", m->month,
                           "quad", "0", 0, "1", 0, "2", 0, "3", 0, "4", 0, "events", 0,
                           "mentions", 0, "goldstein", 0.0);
        json_array_append_new(c->months, c->cur);
    }
    char k[2] = {(char)('0' + (m->quad_class >= 0 && m->quad_class <= 4 ? m->quad_class : 0)), 0};
    json_t *quad = json_object_get(c->cur, "quad");
    json_object_set_new(quad, k, json_integer(json_integer_value(json_object_get(quad, k)) +
                                              m->events));
    const char *sums[2] = {"events", "mentions"};
    int64_t add[2] = {m->events, m->mentions};
    for (int i = 0; i < 2; i++)
        json_object_set_new(c->cur, sums[i],
                            json_integer(json_integer_value(json_object_get(c->cur, sums[i])) +
                                         add[i]));
    json_object_set_new(c->cur, "goldstein",
                        json_real(json_real_value(json_object_get(c->cur, "goldstein")) +
                                  m->goldstein));
    return 0;
}

static int add_top_dyad(const store_dyad_row *d, void *vctx)
{
    json_array_append_new(vctx, json_pack("{s:s, s:s, s:I, s:I, s:o, s:f}", "source", d->source,
                                          "target", d->target, "events", (json_int_t)d->events,
                                          "mentions", (json_int_t)d->mentions, "quad",
                                          quad_obj(d->quad), "goldstein", d->goldstein));
    return 0;
}

static void stats(store *s, serve_query *q, serve_response *r)
{
    store_counts n;
    sitrep_error err;
    stats_ctx c = {json_array(), NULL, ""};
    json_t *dyads = json_array();
    if (!store_query_counts(s, &n, &err) || !store_query_monthly(s, add_month, &c, &err) ||
        !store_query_dyads(s, q->limit, add_top_dyad, dyads, &err)) {
        json_decref(c.months);
        json_decref(dyads);
        serve_error(r, 500, err.message);
        return;
    }
    set_json(r, 200,
             json_pack("{s:s, s:{s:I, s:I, s:I, s:I, s:I}, s:o, s:o}", "backend",
                       store_backend_name(s), "counts", "documents", (json_int_t)n.documents,
                       "mentions", (json_int_t)n.mentions, "events", (json_int_t)n.events,
                       "actors", (json_int_t)n.actors, "dyads", (json_int_t)n.dyads, "months",
                       c.months, "dyads", dyads));
}

/* ---- the time series of the filtered events ---- */

static void series(store *s, serve_query *q, serve_response *r)
{
    sitrep_error err;
    stats_ctx c = {json_array(), NULL, ""};
    if (!store_query_months(s, &q->filter, add_month, &c, &err)) {
        json_decref(c.months);
        serve_error(r, 500, err.message);
        return;
    }
    set_json(r, 200, json_pack("{s:o}", "months", c.months));
}

/* ---- actors ---- */

static int add_actor(const store_actor_row *a, void *vctx)
{
    json_array_append_new(vctx, json_pack("{s:o, s:o, s:o, s:o}", "code", text(a->code), "name",
                                          text(a->name), "country", text(a->country), "role",
                                          text(a->role)));
    return 0;
}

static void actors(store *s, serve_query *q, serve_response *r)
{
    json_t *list = json_array();
    sitrep_error err;
    if (!store_query_actors(s, q->q, q->limit, add_actor, list, &err)) {
        json_decref(list);
        serve_error(r, 500, err.message);
        return;
    }
    set_json(r, 200, json_pack("{s:o}", "actors", list));
}

void serve_api(store *s, const char *path, const serve_param *p, size_t n, serve_response *r)
{
    memset(r, 0, sizeof *r);
    static const struct {
        const char *path;
        serve_endpoint ep;
    } routes[] = {{"/api/events", SERVE_EVENTS},   {"/api/timeline", SERVE_TIMELINE},
                  {"/api/network", SERVE_NETWORK}, {"/api/stats", SERVE_STATS},
                  {"/api/actors", SERVE_ACTORS},   {"/api/series", SERVE_SERIES}};
    serve_endpoint ep = SERVE_EVENT;
    int64_t id = 0;
    size_t k = 0;
    for (; k < sizeof routes / sizeof *routes; k++)
        if (strcmp(path, routes[k].path) == 0) {
            ep = routes[k].ep;
            break;
        }
    if (k == sizeof routes / sizeof *routes) {
        if (strncmp(path, "/api/events/", 12) != 0 || (id = serve_parse_id(path + 12)) < 0) {
            serve_error(r, 404, "no such API path (see docs/api.md)");
            return;
        }
    }
    serve_query q;
    sitrep_error err;
    if (!serve_params_parse(&q, ep, p, n, &err)) {
        serve_error(r, 400, err.message);
        return;
    }
    switch (ep) {
    case SERVE_EVENTS: events(s, &q, p, n, r); break;
    case SERVE_EVENT: one_event(s, id, r); break;
    case SERVE_TIMELINE: timeline(s, &q, r); break;
    case SERVE_NETWORK: network(s, &q, r); break;
    case SERVE_STATS: stats(s, &q, r); break;
    case SERVE_ACTORS: actors(s, &q, r); break;
    case SERVE_SERIES: series(s, &q, r); break;
    }
}
