/* load_line.c: reading one `sitrep code` event line without building a tree
 * (load_line.h). A stack of frames follows the nesting: the line's object, an actor
 * object (source, target), the verb, said_by, a span array, or anything skipped; each
 * value lands where its frame's current key says. */
#include "api/load_line.h"

#include "base/strmap.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

typedef enum { F_TOP, F_SOURCE, F_TARGET, F_VERB, F_SAID_BY, F_SPAN, F_SKIP } frame_kind;

/* The keys read, wherever they are read. */
typedef enum {
    K_NONE, K_DOC_ID, K_OUTLET, K_URL, K_CAMEO, K_SENTENCE, K_SENTENCE_SPAN, K_SENTENCE_TEXT,
    K_SOURCE, K_TARGET, K_VERB, K_VERB_ENTRY, K_DATE, K_DATE_PRECISION, K_DATE_TEXT,
    K_STATUS, K_STATUS_CUE, K_SAID_BY, K_CODE, K_COUNTRY, K_ROLE, K_TEXT, K_SPAN
} key_id;

typedef struct frame {
    frame_kind kind;
    key_id key;         /* the key whose value comes next */
    store_span *span;   /* F_SPAN: where the span goes */
    int n;              /* F_SPAN: elements seen */
    int64_t v[2];       /* F_SPAN: the first two, 0 where not integers */
} frame;

enum { MAX_FRAMES = 8 };

struct load_line_parser {
    yajl_handle h;
    arena *a;
    strmap *intern;
    load_line *out;
    frame st[MAX_FRAMES];
    int depth;       /* containers open; frames beyond MAX_FRAMES are all skipped */
    int values;      /* top-level values begun */
    bool not_object; /* the top-level value is not an object */
    bool nul;        /* a string holds U+0000 */
};

static key_id key_of(const unsigned char *k, size_t n)
{
#define K(s, id)                                                                        \
    if (n == sizeof s - 1 && memcmp(k, s, n) == 0)                                      \
        return id;
    switch (k[0]) {
    case 'c': K("cameo", K_CAMEO) K("code", K_CODE) K("country", K_COUNTRY) break;
    case 'd':
        K("doc_id", K_DOC_ID) K("date", K_DATE) K("date_precision", K_DATE_PRECISION)
        K("date_text", K_DATE_TEXT) break;
    case 'o': K("outlet", K_OUTLET) break;
    case 'r': K("role", K_ROLE) break;
    case 's':
        K("source", K_SOURCE) K("sentence", K_SENTENCE) K("sentence_span", K_SENTENCE_SPAN)
        K("sentence_text", K_SENTENCE_TEXT) K("status", K_STATUS) K("status_cue", K_STATUS_CUE)
        K("said_by", K_SAID_BY) K("span", K_SPAN) break;
    case 't': K("target", K_TARGET) K("text", K_TEXT) break;
    case 'u': K("url", K_URL) break;
    case 'v': K("verb", K_VERB) K("verb_entry", K_VERB_ENTRY) break;
    default: break;
    }
#undef K
    return K_NONE;
}

/* Where a string value under key k of frame f goes (NULL: nowhere). */
static const char **str_slot(load_line *o, const frame *f)
{
    store_mention *m = &o->m;
    switch (f->kind) {
    case F_TOP:
        switch (f->key) {
        case K_DOC_ID: return &o->doc_id;
        case K_OUTLET: return &o->outlet;
        case K_URL: return &o->url;
        case K_CAMEO: return &m->cameo;
        case K_SENTENCE_TEXT: return &m->sentence_text;
        case K_VERB_ENTRY: return &m->verb_entry;
        case K_DATE: return &m->date;
        case K_DATE_PRECISION: return &m->date_precision;
        case K_DATE_TEXT: return &m->date_text;
        case K_STATUS: return &o->status;
        case K_STATUS_CUE: return &m->status_cue;
        default: return NULL;
        }
    case F_SOURCE:
    case F_TARGET: {
        bool s = f->kind == F_SOURCE;
        switch (f->key) {
        case K_CODE: return s ? &m->source : &m->target;
        case K_COUNTRY: return s ? &m->source_country : &m->target_country;
        case K_ROLE: return s ? &m->source_role : &m->target_role;
        case K_TEXT: return s ? &m->source_text : &m->target_text;
        default: return NULL;
        }
    }
    case F_VERB: return f->key == K_TEXT ? &m->verb_text : NULL;
    case F_SAID_BY:
        return f->key == K_CODE ? &m->said_by_code : f->key == K_TEXT ? &m->said_by_text : NULL;
    default: return NULL;
    }
}

/* Where a span under the frame's key goes (NULL: nowhere). */
static store_span *span_slot(load_line *o, const frame *f)
{
    store_mention *m = &o->m;
    if (f->kind == F_TOP && f->key == K_SENTENCE_SPAN)
        return &m->sentence_span;
    if (f->key != K_SPAN)
        return NULL;
    switch (f->kind) {
    case F_SOURCE: return &m->source_span;
    case F_TARGET: return &m->target_span;
    case F_VERB: return &m->verb_span;
    default: return NULL;
    }
}

static const store_span no_span = {-1, -1};

/* A repeated key replaces what its earlier value set: clear it when the key is met. */
static void clear_key(load_line *o, const frame *f)
{
    const char **s = str_slot(o, f);
    if (s)
        *s = NULL;
    store_span *sp = span_slot(o, f);
    if (sp)
        *sp = no_span;
    store_mention *m = &o->m;
    if (f->kind != F_TOP)
        return;
    switch (f->key) {
    case K_SENTENCE: m->sentence = 0; break;
    case K_SOURCE:
        o->has_source = false;
        m->source = m->source_country = m->source_role = m->source_text = NULL;
        m->source_span = no_span;
        break;
    case K_TARGET:
        o->has_target = false;
        m->target = m->target_country = m->target_role = m->target_text = NULL;
        m->target_span = no_span;
        break;
    case K_VERB:
        m->verb_text = NULL;
        m->verb_span = no_span;
        break;
    case K_SAID_BY: m->said_by_code = m->said_by_text = NULL; break;
    default: break;
    }
}

static frame *top(load_line_parser *p)
{
    return p->depth >= 1 && p->depth <= MAX_FRAMES ? &p->st[p->depth - 1] : NULL;
}

/* Every value begins here: the top-level one must be an object; an element of a span
 * array is counted. Returns the frame the value belongs to (NULL: none that reads). */
static frame *begin_value(load_line_parser *p, bool is_map)
{
    if (p->depth == 0) {
        if (++p->values > 1 || !is_map)
            p->not_object = true;
        return NULL;
    }
    frame *f = top(p);
    if (f && f->kind == F_SPAN)
        f->n++;
    return f;
}

static int on_null(void *ctx)
{
    load_line_parser *p = ctx;
    begin_value(p, false);
    return !p->not_object;
}

static int on_bool(void *ctx, int v)
{
    (void)v;
    return on_null(ctx);
}

static int on_double(void *ctx, double v)
{
    (void)v;
    return on_null(ctx);
}

static int on_integer(void *ctx, long long v)
{
    load_line_parser *p = ctx;
    frame *f = begin_value(p, false);
    if (!f)
        return !p->not_object;
    if (f->kind == F_SPAN && f->n <= 2)
        f->v[f->n - 1] = v;
    else if (f->kind == F_TOP && f->key == K_SENTENCE)
        p->out->m.sentence = v;
    return 1;
}

/* A NUL inside a string or a key cuts the line short in C: the line is refused. */
static bool holds_nul(load_line_parser *p, const unsigned char *s, size_t n)
{
    bool nul = memchr(s, 0, n) != NULL;
    p->nul = p->nul || nul;
    return nul;
}

static int on_string(void *ctx, const unsigned char *s, size_t n)
{
    load_line_parser *p = ctx;
    if (holds_nul(p, s, n))
        return 0;
    frame *f = begin_value(p, false);
    if (!f)
        return !p->not_object;
    const char **slot = str_slot(p->out, f);
    if (!slot)
        return 1;
    /* the batch's repeated short strings (codes, dates, outlets) are one copy each: the
     * writer binds and compares them over and over, and finds them in the cache */
    bool unique = slot == &p->out->doc_id || slot == &p->out->url ||
                  slot == &p->out->m.sentence_text || n > 64;
    const char *v = unique ? NULL : strmap_get(p->intern, (const char *)s, n);
    if (!v) {
        v = arena_strndup(p->a, (const char *)s, n);
        if (!unique)
            strmap_put(p->intern, v, n, (void *)v);
    }
    *slot = v;
    return 1;
}

static int on_key(void *ctx, const unsigned char *k, size_t n)
{
    load_line_parser *p = ctx;
    if (holds_nul(p, k, n))
        return 0;
    frame *f = top(p);
    if (f && f->kind != F_SKIP && f->kind != F_SPAN) {
        f->key = n ? key_of(k, n) : K_NONE;
        clear_key(p->out, f);
    }
    return 1;
}

/* Opens a container: its frame says how its contents are read. */
static int open_container(load_line_parser *p, bool is_map)
{
    frame *f = begin_value(p, is_map);
    if (p->not_object)
        return 0;
    frame next = {.kind = F_SKIP, .key = K_NONE};
    if (p->depth == 0) {
        next.kind = F_TOP;
    } else if (f && !is_map) {
        next.span = f->kind == F_SPAN ? NULL : span_slot(p->out, f);
        if (next.span)
            next.kind = F_SPAN;
    } else if (f && f->kind == F_TOP) {
        switch (f->key) {
        case K_SOURCE: next.kind = F_SOURCE; p->out->has_source = true; break;
        case K_TARGET: next.kind = F_TARGET; p->out->has_target = true; break;
        case K_VERB: next.kind = F_VERB; break;
        case K_SAID_BY: next.kind = F_SAID_BY; break;
        default: break;
        }
    }
    if (p->depth < MAX_FRAMES)
        p->st[p->depth] = next;
    p->depth++;
    return 1;
}

static int close_container(load_line_parser *p)
{
    frame *f = top(p);
    if (f && f->kind == F_SPAN)
        *f->span = f->n == 2 ? (store_span){f->v[0], f->v[1]} : no_span;
    p->depth--;
    return 1;
}

static int on_start_map(void *ctx) { return open_container(ctx, true); }
static int on_start_array(void *ctx) { return open_container(ctx, false); }
static int on_end(void *ctx) { return close_container(ctx); }

static const yajl_callbacks callbacks = {
    .yajl_null = on_null,
    .yajl_boolean = on_bool,
    .yajl_integer = on_integer,
    .yajl_double = on_double,
    .yajl_string = on_string,
    .yajl_start_map = on_start_map,
    .yajl_map_key = on_key,
    .yajl_end_map = on_end,
    .yajl_start_array = on_start_array,
    .yajl_end_array = on_end,
};

load_line_parser *load_line_parser_new(void)
{
    load_line_parser *p = calloc(1, sizeof *p);
    if (!p)
        abort();
    return p;
}

void load_line_parser_free(load_line_parser *p)
{
    free(p);
}

int load_line_parse(load_line_parser *p, const char *line, size_t len, arena *a,
                    strmap *intern, load_line *out, char *why, size_t whycap)
{
    memset(out, 0, sizeof *out);
    out->m.sentence_span = out->m.source_span = out->m.target_span = out->m.verb_span = no_span;
    p->a = a;
    p->intern = intern;
    p->out = out;
    p->depth = p->values = 0;
    p->not_object = p->nul = false;
    /* a handle per line: yajl has no reset, and a failed parse leaves its handle spent */
    yajl_handle h = yajl_alloc(&callbacks, NULL, p);
    if (!h)
        abort();
    yajl_status st = yajl_parse(h, (const unsigned char *)line, len);
    if (st == yajl_status_ok)
        st = yajl_complete_parse(h);
    int r = 1;
    if (p->not_object) {
        r = 0;
    } else if (st != yajl_status_ok || p->nul) {
        r = -1;
        if (p->nul) {
            snprintf(why, whycap, "\\u0000 is not allowed in a string");
        } else {
            unsigned char *e = yajl_get_error(h, 0, (const unsigned char *)line, len);
            snprintf(why, whycap, "%s", e ? (const char *)e : "not JSON");
            size_t n = strlen(why);
            while (n > 0 && (why[n - 1] == '\n' || why[n - 1] == ' '))
                why[--n] = '\0';
            yajl_free_error(h, e);
        }
    }
    yajl_free(h);
    return r;
}
