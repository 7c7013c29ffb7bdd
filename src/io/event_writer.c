/* event_writer.c: the JSONL, table and TSV event writers (see event_writer.h). */
#include "io/event_writer.h"

#include "cameo/cameo.h"

#include <stdio.h>
#include <string.h>

bool out_format_parse(const char *name, out_format *f)
{
    static const struct {
        const char *name;
        out_format f;
    } names[] = {{"jsonl", OUT_JSONL}, {"table", OUT_TABLE}, {"tsv", OUT_TSV}};
    if (!name)
        return false;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (strcmp(name, names[i].name) == 0) {
            *f = names[i].f;
            return true;
        }
    }
    return false;
}

const char *out_format_name(out_format f)
{
    switch (f) {
    case OUT_JSONL: return "jsonl";
    case OUT_TABLE: return "table";
    case OUT_TSV: return "tsv";
    }
    return NULL;
}

/* The cleaned text a writer call works on: spans are checked against its length. */
typedef struct src_text {
    const char *s;
    size_t len;
} src_text;

static bool span_ok(const src_text *t, span sp)
{
    return t->s && sp.start < sp.end && sp.end <= t->len;
}

static bool nonempty(const char *s)
{
    return s && *s;
}

/* The date a table or TSV line shows: the event's own, else the article's, else NULL. */
static const char *line_date(const article *doc, const event *e)
{
    if (e->date[0])
        return e->date;
    return nonempty(doc->date) ? doc->date : NULL;
}

/* ---- JSONL ------------------------------------------------------------------------------ */

static void json_str_n(strbuf *b, const char *s, size_t n)
{
    strbuf_putc(b, '"');
    strbuf_json_escape(b, s, n);
    strbuf_putc(b, '"');
}

/* A JSON string, or null for NULL and "". */
static void json_str(strbuf *b, const char *s)
{
    if (nonempty(s))
        json_str_n(b, s, strlen(s));
    else
        strbuf_puts(b, "null");
}

static void json_key(strbuf *b, const char *key)
{
    strbuf_putc(b, ',');
    json_str_n(b, key, strlen(key));
    strbuf_putc(b, ':');
}

static void json_span(strbuf *b, span sp)
{
    if (sp.start < sp.end)
        strbuf_printf(b, "[%lu,%lu]", (unsigned long)sp.start, (unsigned long)sp.end);
    else
        strbuf_puts(b, "null");
}

static void json_span_text(strbuf *b, const src_text *t, span sp)
{
    if (span_ok(t, sp))
        json_str_n(b, t->s + sp.start, sp.end - sp.start);
    else
        strbuf_puts(b, "null");
}

static void json_actor(strbuf *b, const src_text *t, const actor_ref *a)
{
    strbuf_puts(b, "{\"code\":");
    json_str(b, a->code);
    json_key(b, "country");
    json_str(b, a->country);
    json_key(b, "role");
    json_str(b, a->role);
    json_key(b, "text");
    if (a->text)
        json_str(b, a->text);
    else
        json_span_text(b, t, a->where);
    json_key(b, "span");
    json_span(b, a->where);
    strbuf_putc(b, '}');
}

static void write_jsonl(strbuf *b, const article *doc, const src_text *t, const event *e)
{
    strbuf_puts(b, "{\"doc_id\":");
    json_str(b, doc->id);
    json_key(b, "sentence");
    strbuf_printf(b, "%lu", (unsigned long)e->sentence_index);
    json_key(b, "sentence_span");
    json_span(b, e->sentence);
    json_key(b, "sentence_text");
    json_span_text(b, t, e->sentence);
    json_key(b, "source");
    json_actor(b, t, &e->source);
    json_key(b, "target");
    json_actor(b, t, &e->target);

    const cameo_code *c = e->code[0] ? cameo_lookup_nearest(e->code) : NULL;
    json_key(b, "cameo");
    json_str(b, e->code);
    json_key(b, "root");
    json_str(b, c ? c->root : NULL);
    json_key(b, "quad_class");
    if (c)
        strbuf_printf(b, "%d", c->quad_class);
    else
        strbuf_puts(b, "null");
    json_key(b, "goldstein");
    if (c)
        strbuf_printf(b, "%.1f", c->goldstein);
    else
        strbuf_puts(b, "null");
    json_key(b, "plover");
    json_str(b, c ? c->plover : NULL);
    json_key(b, "plover_mode");
    json_str(b, c ? c->plover_mode : NULL);

    json_key(b, "verb");
    if (e->verb.start < e->verb.end) {
        strbuf_puts(b, "{\"text\":");
        json_span_text(b, t, e->verb);
        json_key(b, "span");
        json_span(b, e->verb);
        strbuf_putc(b, '}');
    } else {
        strbuf_puts(b, "null");
    }
    json_key(b, "verb_entry");
    json_str(b, e->verb_entry);

    json_key(b, "date");
    json_str(b, e->date);
    json_key(b, "date_precision");
    json_str(b, date_precision_name(e->date_precision));
    json_key(b, "date_text");
    json_str(b, e->date_text);
    json_key(b, "status");
    json_str(b, event_status_name(e->status));
    json_key(b, "status_cue");
    json_str(b, e->status_cue);
    json_key(b, "said_by");
    if (nonempty(e->said_by_code) || nonempty(e->said_by_text)) {
        strbuf_puts(b, "{\"code\":");
        json_str(b, e->said_by_code);
        json_key(b, "text");
        json_str(b, e->said_by_text);
        strbuf_putc(b, '}');
    } else {
        strbuf_puts(b, "null");
    }
    json_key(b, "outlet");
    json_str(b, doc->source);
    json_key(b, "url");
    json_str(b, doc->url);
    json_key(b, "mentions");
    strbuf_printf(b, "%u", e->mentions ? (unsigned)e->mentions : 1u);
    json_key(b, "said_by_cue");
    json_str(b, e->said_by_cue);
    json_key(b, "source_entry");
    json_str(b, e->source.entry);
    json_key(b, "target_entry");
    json_str(b, e->target.entry);
    strbuf_puts(b, "}\n");
}

/* ---- table and TSV ---------------------------------------------------------------------- */

/* Appends `s` (or `dash` when empty) with tabs, line breaks and other control bytes turned
 * into spaces, and returns its width in characters (UTF-8 continuation bytes not counted). */
static size_t put_cell(strbuf *b, const char *s, const char *dash)
{
    if (!nonempty(s))
        s = dash;
    size_t width = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        unsigned char c = *p;
        strbuf_putc(b, c < 0x20 || c == 0x7f ? ' ' : (char)c);
        if ((c & 0xC0) != 0x80)
            width++;
    }
    return width;
}

/* A table cell padded to `width` characters plus a two-space gutter. */
static void table_cell(strbuf *b, const char *s, size_t width)
{
    size_t w = put_cell(b, s, "-");
    for (; w < width; w++)
        strbuf_putc(b, ' ');
    strbuf_puts(b, "  ");
}

enum { W_DOC = 20, W_SENT = 4, W_DATE = 10, W_ACTOR = 12, W_CODE = 4, W_STATUS = 12,
       W_SAID = 20 };

static void table_row(strbuf *b, const char *doc, const char *sent, const char *date,
                      const char *src, const char *tgt, const char *code, const char *status,
                      const char *said, const char *name)
{
    size_t start = b->len;
    table_cell(b, doc, W_DOC);
    /* the sentence number is right-aligned */
    size_t sw = strlen(sent);
    for (; sw < W_SENT; sw++)
        strbuf_putc(b, ' ');
    table_cell(b, sent, 0);
    table_cell(b, date, W_DATE);
    table_cell(b, src, W_ACTOR);
    table_cell(b, tgt, W_ACTOR);
    table_cell(b, code, W_CODE);
    table_cell(b, status, W_STATUS);
    table_cell(b, said, W_SAID);
    put_cell(b, name, "-");
    /* no trailing blanks */
    while (b->len > start && b->data[b->len - 1] == ' ')
        b->len--;
    b->data[b->len] = '\0';
    strbuf_putc(b, '\n');
}

static void write_table(strbuf *b, const article *doc, const event *e)
{
    char sent[24];
    snprintf(sent, sizeof sent, "%lu", (unsigned long)e->sentence_index + 1);
    const cameo_code *c = e->code[0] ? cameo_lookup_nearest(e->code) : NULL;
    /* who said it: the claimant's code, else the first words of its name */
    char said[W_SAID + 8];
    said[0] = '\0';
    if (nonempty(e->said_by_code)) {
        snprintf(said, sizeof said, "%s", e->said_by_code);
    } else if (nonempty(e->said_by_text)) {
        size_t n = strlen(e->said_by_text);
        if (n <= W_SAID) {
            memcpy(said, e->said_by_text, n + 1);
        } else {
            size_t cut = W_SAID - 3;
            while (cut > 0 && ((unsigned char)e->said_by_text[cut] & 0xC0) == 0x80)
                cut--; /* not inside a UTF-8 character */
            memcpy(said, e->said_by_text, cut);
            memcpy(said + cut, "...", 4);
        }
    }
    table_row(b, doc->id, sent, line_date(doc, e), e->source.code, e->target.code, e->code,
              event_status_name(e->status), said, c ? c->name : NULL);
}

/* A YYYY-MM-DD date as YYYYMMDD or YYMMDD; anything else is written as it stands. */
static void tsv_date(strbuf *b, const char *date, unsigned flags)
{
    if (!nonempty(date)) {
        strbuf_puts(b, "---");
        return;
    }
    bool iso = strlen(date) == 10 && date[4] == '-' && date[7] == '-';
    for (int i = 0; iso && i < 10; i++)
        if (i != 4 && i != 7 && (date[i] < '0' || date[i] > '9'))
            iso = false;
    if (!iso) {
        put_cell(b, date, "---");
        return;
    }
    if (flags & EW_TSV_YYMMDD)
        strbuf_append(b, date + 2, 2);
    else
        strbuf_append(b, date, 4);
    strbuf_append(b, date + 5, 2);
    strbuf_append(b, date + 8, 2);
}

static void write_tsv(strbuf *b, unsigned flags, const article *doc, const event *e)
{
    tsv_date(b, line_date(doc, e), flags);
    strbuf_putc(b, '\t');
    put_cell(b, e->source.code, "---");
    strbuf_putc(b, '\t');
    put_cell(b, e->target.code, "---");
    strbuf_putc(b, '\t');
    put_cell(b, e->code, "---");
    strbuf_putc(b, '\t');
    put_cell(b, doc->id, "---");
    strbuf_putc(b, '\n');
}

/* ---- entry points ----------------------------------------------------------------------- */

void event_write_header(strbuf *out, out_format f)
{
    if (f == OUT_TABLE)
        table_row(out, "DOC", "SENT", "DATE", "SOURCE", "TARGET", "CODE", "STATUS", "SAID BY",
                  "EVENT");
}

void event_write_opts(strbuf *out, out_format f, unsigned flags, const article *doc,
                      const char *text, const event *ev, size_t n)
{
    src_text t = {text, text ? strlen(text) : 0};
    for (size_t i = 0; i < n; i++) {
        switch (f) {
        case OUT_JSONL: write_jsonl(out, doc, &t, &ev[i]); break;
        case OUT_TABLE: write_table(out, doc, &ev[i]); break;
        case OUT_TSV: write_tsv(out, flags, doc, &ev[i]); break;
        }
    }
}

void event_write(strbuf *out, out_format f, const article *doc, const char *text,
                 const event *ev, size_t n)
{
    event_write_opts(out, f, 0, doc, text, ev, n);
}
