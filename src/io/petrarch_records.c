/* petrarch_records.c: a forgiving scanner for PETRARCH validation files (see
 * petrarch_records.h). It looks for the few elements it needs and steps over everything
 * else, so one broken record costs that record only. */
#include "io/petrarch_records.h"
#include "base/line_counter.h"
#include "base/strbuf.h"
#include "base/file.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

struct petr_records {
    char *name;
    char *data;
    size_t len, pos;
    petr_environment env;
    char *text; /* the current record's text */
    line_counter lines;
};

/* ---- scanning helpers ---------------------------------------------------------------- */

static bool at(const petr_records *r, size_t pos, const char *s)
{
    size_t n = strlen(s);
    return pos + n <= r->len && strncasecmp(r->data + pos, s, n) == 0;
}

/* Finds the next occurrence of `tag` (e.g. "<Sentence") at or after `pos`, outside
 * comments, before `end`; a tag name must end there (blank, '>' or '/'). */
static size_t find_tag(const petr_records *r, size_t pos, size_t end, const char *tag)
{
    size_t tl = strlen(tag);
    while (pos < end) {
        const char *lt = memchr(r->data + pos, '<', end - pos);
        if (!lt)
            return end;
        size_t i = (size_t)(lt - r->data);
        if (at(r, i, "<!--")) {
            const char *close = NULL;
            for (size_t k = i + 4; k + 2 < end; k++)
                if (r->data[k] == '-' && r->data[k + 1] == '-' && r->data[k + 2] == '>') {
                    close = r->data + k;
                    break;
                }
            if (!close)
                return end;
            pos = (size_t)(close - r->data) + 3;
            continue;
        }
        if (i + tl <= end && at(r, i, tag)) {
            char next = i + tl < r->len ? r->data[i + tl] : '>';
            if (isspace((unsigned char)next) || next == '>' || next == '/')
                return i;
        }
        pos = i + 1;
    }
    return end;
}

/* The end of the tag that starts at pos: the position after its '>'. */
static size_t tag_end(const petr_records *r, size_t pos, size_t end)
{
    const char *gt = memchr(r->data + pos, '>', end - pos);
    return gt ? (size_t)(gt - r->data) + 1 : end;
}

/* Reads the attribute `name` of the tag data[from..to) into out; false if absent. */
static bool attribute(const petr_records *r, size_t from, size_t to, const char *name, char *out,
                      size_t cap)
{
    size_t nl = strlen(name);
    size_t i = from;
    /* skip the tag name */
    while (i < to && !isspace((unsigned char)r->data[i]))
        i++;
    while (i < to) {
        while (i < to && (isspace((unsigned char)r->data[i]) || r->data[i] == '/'))
            i++;
        size_t ns = i;
        while (i < to && (isalnum((unsigned char)r->data[i]) || r->data[i] == '_' ||
                          r->data[i] == '-' || r->data[i] == ':'))
            i++;
        size_t ne = i;
        while (i < to && isspace((unsigned char)r->data[i]))
            i++;
        if (i >= to || r->data[i] != '=') {
            if (ne == ns)
                i++; /* a stray character: step over it */
            continue;
        }
        i++;
        while (i < to && isspace((unsigned char)r->data[i]))
            i++;
        size_t vs, ve;
        if (i < to && (r->data[i] == '"' || r->data[i] == '\'')) {
            char q = r->data[i++];
            vs = i;
            while (i < to && r->data[i] != q)
                i++;
            ve = i;
            if (i < to)
                i++;
        } else {
            vs = i;
            while (i < to && !isspace((unsigned char)r->data[i]) && r->data[i] != '>' &&
                   r->data[i] != '/')
                i++;
            ve = i;
        }
        if (ne - ns == nl && strncasecmp(r->data + ns, name, nl) == 0) {
            size_t n = ve - vs < cap - 1 ? ve - vs : cap - 1;
            memcpy(out, r->data + vs, n);
            out[n] = '\0';
            return true;
        }
    }
    return false;
}

/* Appends data[from..to) with entities decoded and runs of blanks folded to one. */
static void append_text(strbuf *b, const char *s, size_t n)
{
    bool blank = b->len == 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (isspace((unsigned char)c)) {
            if (!blank)
                strbuf_putc(b, ' ');
            blank = true;
            continue;
        }
        blank = false;
        if (c == '&') {
            static const struct { const char *name; char c; } ents[] = {
                {"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
            bool done = false;
            for (size_t k = 0; k < sizeof ents / sizeof ents[0] && !done; k++) {
                size_t el = strlen(ents[k].name);
                if (i + el <= n && memcmp(s + i, ents[k].name, el) == 0) {
                    strbuf_putc(b, ents[k].c);
                    i += el - 1;
                    done = true;
                }
            }
            if (!done && i + 3 < n && s[i + 1] == '#') {
                size_t k = i + 2;
                unsigned long v = 0;
                while (k < n && isdigit((unsigned char)s[k]) && v < 0x110000)
                    v = v * 10 + (unsigned long)(s[k++] - '0');
                if (k < n && s[k] == ';' && k > i + 2 && v > 0 && v < 128) {
                    strbuf_putc(b, (char)v);
                    i = k;
                    done = true;
                }
            }
            if (done)
                continue;
        }
        strbuf_putc(b, c);
    }
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = '\0';
}

/* ---- the environment ---------------------------------------------------------------- */

/* The text of <tag>...</tag> elements inside [from, to), one call per element. */
static void env_files(petr_records *r, size_t from, size_t to, const char *tag, char **list,
                      size_t *n, size_t cap)
{
    char open[48], close[48];
    snprintf(open, sizeof open, "<%s", tag);
    snprintf(close, sizeof close, "</%s", tag);
    size_t p = from;
    for (;;) {
        size_t t = find_tag(r, p, to, open);
        if (t >= to)
            return;
        size_t vs = tag_end(r, t, to);
        size_t ve = find_tag(r, vs, to, close);
        strbuf v = {0};
        strbuf_append(&v, "", 0); /* an empty element still gives a string */
        append_text(&v, r->data + vs, ve - vs);
        /* a list may be comma-separated */
        char *save = NULL;
        for (char *tok = strtok_r(v.data, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
            while (*tok == ' ')
                tok++;
            size_t tl = strlen(tok);
            while (tl && tok[tl - 1] == ' ')
                tok[--tl] = '\0';
            if (tl && *n < cap)
                list[(*n)++] = path_beside(r->name, tok);
        }
        strbuf_free(&v);
        p = ve < to ? ve + 1 : to;
    }
}

static void read_environment(petr_records *r)
{
    size_t first = find_tag(r, 0, r->len, "<Sentence");
    size_t e = find_tag(r, 0, first, "<Environment");
    if (e >= first)
        return;
    size_t ee = find_tag(r, e, first, "</Environment");
    petr_environment *env = &r->env;
    env_files(r, e, ee, "Verbfile", env->verbs, &env->nverbs, 4);
    env_files(r, e, ee, "Actorfile", env->actors, &env->nactors, 8);
    env_files(r, e, ee, "Agentfile", env->agents, &env->nagents, 4);
    env_files(r, e, ee, "Discardfile", env->discards, &env->ndiscards, 4);
    env_files(r, e, ee, "Issuefile", env->issues, &env->nissues, 4);
    env_files(r, e, ee, "PICOfile", env->pico, &env->npico, 1);
    size_t inc = find_tag(r, e, ee, "<Include");
    if (inc < ee) {
        size_t vs = tag_end(r, inc, ee);
        size_t ve = find_tag(r, vs, ee, "</Include");
        size_t i = vs;
        while (i < ve && env->ninclude < 32) {
            while (i < ve && isspace((unsigned char)r->data[i]))
                i++;
            size_t s = i;
            while (i < ve && !isspace((unsigned char)r->data[i]))
                i++;
            if (i > s) {
                size_t n = i - s < 31 ? i - s : 31;
                memcpy(env->include[env->ninclude], r->data + s, n);
                env->include[env->ninclude][n] = '\0';
                env->ninclude++;
            }
        }
    }
}

/* ---- opening ------------------------------------------------------------------------ */

petr_records *petr_records_open_buffer(const char *name, const char *data, size_t len)
{
    petr_records *r = xcalloc(1, sizeof *r);
    r->name = xstrdup(name);
    r->data = xmalloc(len + 1);
    if (len)
        memcpy(r->data, data, len);
    r->data[len] = '\0';
    r->len = len;
    line_counter_init(&r->lines, r->data, r->len);
    read_environment(r);
    return r;
}

petr_records *petr_records_open(const char *path, sitrep_error *err)
{
    size_t len;
    char *data = file_read_path(path, &len, err);
    if (!data)
        return NULL;
    petr_records *r = petr_records_open_buffer(path, data, len);
    free(data);
    return r;
}

static void free_list(char **list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        free(list[i]);
}

void petr_records_close(petr_records *r)
{
    if (!r)
        return;
    petr_environment *e = &r->env;
    free_list(e->verbs, e->nverbs);
    free_list(e->actors, e->nactors);
    free_list(e->agents, e->nagents);
    free_list(e->discards, e->ndiscards);
    free_list(e->issues, e->nissues);
    free_list(e->pico, e->npico);
    free(r->text);
    free(r->data);
    free(r->name);
    free(r);
}

const petr_environment *petr_records_environment(const petr_records *r)
{
    return &r->env;
}

bool petr_records_included(const petr_records *r, const char *category)
{
    if (r->env.ninclude == 0)
        return true;
    for (size_t i = 0; i < r->env.ninclude; i++)
        if (strcasecmp(r->env.include[i], category) == 0)
            return true;
    return false;
}

/* ---- records ------------------------------------------------------------------------ */

int petr_records_next(petr_records *r, petr_record *out, sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    free(r->text);
    r->text = NULL;
    size_t start = find_tag(r, r->pos, r->len, "<Sentence");
    for (size_t c = find_tag(r, r->pos, start, "<Config"); c < start;
         c = find_tag(r, tag_end(r, c, start), start, "<Config")) {
        size_t ce = tag_end(r, c, start);
        if (out->nconfig < sizeof out->config / sizeof out->config[0] &&
            attribute(r, c, ce, "option", out->config[out->nconfig].option,
                      sizeof out->config[0].option) &&
            attribute(r, c, ce, "value", out->config[out->nconfig].value,
                      sizeof out->config[0].value))
            out->nconfig++;
    }
    if (start >= r->len) {
        r->pos = r->len;
        return 0;
    }
    size_t head_end = tag_end(r, start, r->len);
    /* the record's body runs to </Sentence>, or to the next <Sentence if that is missing */
    size_t close = find_tag(r, head_end, r->len, "</Sentence");
    size_t next = find_tag(r, head_end, r->len, "<Sentence");
    size_t end = close < next ? close : next;
    r->pos = close < next ? tag_end(r, close, r->len) : next;
    out->line = line_counter_at(&r->lines, start);

    char v[64];
    attribute(r, start, head_end, "id", out->id, sizeof out->id);
    attribute(r, start, head_end, "category", out->category, sizeof out->category);
    if (attribute(r, start, head_end, "date", out->date_text, sizeof out->date_text)) {
        int32_t d = 0;
        size_t k = 0;
        /* at most 9 digits are summed: only an 8-digit date is kept, and more digits
         * would overflow */
        for (; out->date_text[k] && isdigit((unsigned char)out->date_text[k]); k++)
            if (k < 9)
                d = d * 10 + (out->date_text[k] - '0');
        if (k == 8 && !out->date_text[k] && d / 100 % 100 >= 1 && d / 100 % 100 <= 12 &&
            d % 100 >= 1 && d % 100 <= 31)
            out->date = d;
    }
    out->evaluate = !(attribute(r, start, head_end, "evaluate", v, sizeof v) &&
                      strcasecmp(v, "false") == 0);
    out->sentence = !(attribute(r, start, head_end, "sentence", v, sizeof v) &&
                      strcasecmp(v, "false") == 0);
    if (!out->id[0])
        snprintf(out->id, sizeof out->id, "line-%zu", out->line);

    /* expectations */
    size_t p = head_end;
    for (;;) {
        size_t t = find_tag(r, p, end, "<EventCoding");
        if (t >= end)
            break;
        size_t te = tag_end(r, t, end);
        if (attribute(r, t, te, "noevents", v, sizeof v))
            out->noevents = strcasecmp(v, "false") != 0;
        bool is_error = attribute(r, t, te, "error", out->error, sizeof out->error);
        if (!is_error && out->nevents < sizeof out->events / sizeof out->events[0]) {
            petr_expect *e = &out->events[out->nevents];
            bool s = attribute(r, t, te, "sourcecode", e->source, sizeof e->source);
            bool g = attribute(r, t, te, "targetcode", e->target, sizeof e->target);
            bool c = attribute(r, t, te, "eventcode", e->code, sizeof e->code);
            if (s || g || c)
                out->nevents++;
        }
        p = te;
    }

    /* the text */
    size_t tx = find_tag(r, head_end, end, "<Text");
    if (tx >= end) {
        sitrep_error_set(err, "%s:%zu: record %s has no <Text>", r->name, out->line, out->id);
        return -1;
    }
    size_t ts = tag_end(r, tx, end);
    size_t te = find_tag(r, ts, end, "</Text");
    strbuf b = {0};
    append_text(&b, r->data + ts, te - ts);
    if (!b.data)
        strbuf_append(&b, "", 0);
    r->text = strbuf_detach(&b);
    out->text = r->text;
    return 1;
}
