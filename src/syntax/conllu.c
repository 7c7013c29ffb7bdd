/* conllu.c: the CoNLL-U reader and writer (see conllu.h). The reader is line-oriented
 * and never trusts a column: every number is range-checked, so that a damaged file costs
 * one sentence, not the run. */
#include "syntax/conllu.h"

#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct pending {
    ud_word *words;
    size_t nwords, capwords;
    ud_mwt *mwts;
    size_t nmwts, capmwts;
    const char *text, *sent_id, *newdoc;
    bool newpar;
    bool bad;
    size_t first_line;
} pending;

/* Splits a line into at most 10 tab-separated fields in place; returns the count. */
static int split_fields(char *line, char **f)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++)
        if (*p == '\t') {
            *p = '\0';
            if (n == 10)
                return 11;
            f[n++] = p + 1;
        }
    return n;
}

static bool parse_uint(const char *s, long max, long *out)
{
    if (!*s)
        return false;
    long v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9')
            return false;
        v = v * 10 + (*s - '0');
        if (v > max)
            return false;
    }
    *out = v;
    return true;
}

static const char *field_or_null(arena *a, const char *s)
{
    return strcmp(s, "_") == 0 ? NULL : arena_strdup(a, s);
}

/* Reads SpaceAfter=No and TokenRange=a:b from a MISC column. */
static void parse_misc(const char *misc, uint8_t *space_after, uint32_t *start, uint32_t *end,
                       uint8_t *has_span)
{
    *space_after = 1;
    for (const char *p = misc; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == 13 && strncmp(p, "SpaceAfter=No", 13) == 0)
            *space_after = 0;
        else if (n > 11 && strncmp(p, "TokenRange=", 11) == 0) {
            char *e1;
            unsigned long s = strtoul(p + 11, &e1, 10);
            if (*e1 == ':') {
                char *e2;
                unsigned long e = strtoul(e1 + 1, &e2, 10);
                if (e2 == p + n && e >= s && e < UINT32_MAX) {
                    *start = (uint32_t)s;
                    *end = (uint32_t)e;
                    *has_span = 1;
                }
            }
        }
        p = bar ? bar + 1 : p + n;
    }
}

static void problem(sitrep_error *err, bool *reported, const char *name, size_t line,
                    const char *what)
{
    if (!*reported) {
        sitrep_error_set(err, "%s:%zu: %s", name, line, what);
        *reported = true;
    }
}

/* Ends the sentence being read: checks the tree and appends it. */
static void finish(arena *a, pending *p, conllu_doc *doc, size_t *cap, const char *name,
                   sitrep_error *err, bool *reported)
{
    if (p->nwords == 0 && !p->bad) {
        /* comments with no words: keep document/paragraph marks for the next sentence */
        return;
    }
    for (size_t i = 0; !p->bad && i < p->nwords; i++)
        if (p->words[i].head > (int32_t)p->nwords) {
            problem(err, reported, name, p->first_line, "a HEAD points outside its sentence");
            p->bad = true;
        }
    if (p->bad) {
        doc->dropped++;
    } else {
        doc->sentences = arena_grow(a, doc->sentences, doc->n, cap, doc->n + 1,
                                    sizeof *doc->sentences);
        ud_sentence *s = &doc->sentences[doc->n++];
        memset(s, 0, sizeof *s);
        s->n = (uint32_t)p->nwords;
        s->words = arena_alloc(a, p->nwords * sizeof *s->words);
        memcpy(s->words, p->words, p->nwords * sizeof *s->words);
        s->nmwt = (uint32_t)p->nmwts;
        if (p->nmwts) {
            s->mwts = arena_alloc(a, p->nmwts * sizeof *s->mwts);
            memcpy(s->mwts, p->mwts, p->nmwts * sizeof *s->mwts);
        }
        s->text = p->text;
        s->sent_id = p->sent_id;
        s->newdoc = p->newdoc;
        s->newpar = p->newpar;
        if (p->words[0].has_span) {
            s->start = p->words[0].start;
            s->end = p->words[p->nwords - 1].end;
        }
    }
    p->nwords = p->nmwts = 0;
    p->text = p->sent_id = p->newdoc = NULL;
    p->newpar = false;
    p->bad = false;
}

static const char *comment_value(arena *a, const char *line, const char *key)
{
    size_t k = strlen(key);
    if (strncmp(line, key, k) != 0)
        return NULL;
    line += k;
    while (*line == ' ')
        line++;
    if (*line != '=')
        return NULL;
    line++;
    while (*line == ' ')
        line++;
    return arena_strdup(a, line);
}

bool conllu_read(arena *a, const char *name, const char *buf, size_t len, conllu_doc *out,
                 sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    pending p = {0};
    size_t cap = 0, lineno = 0;
    bool reported = false;
    char *line = NULL;
    size_t linecap = 0;
    const char *pos = buf, *end = buf + len;
    while (pos < end) {
        const char *nl = memchr(pos, '\n', (size_t)(end - pos));
        size_t n = nl ? (size_t)(nl - pos) : (size_t)(end - pos);
        lineno++;
        line = xgrow(line, &linecap, n + 1, 1);
        memcpy(line, pos, n);
        line[n] = '\0';
        if (n && line[n - 1] == '\r')
            line[--n] = '\0';
        pos = nl ? nl + 1 : end;
        if (memchr(line, '\0', n) != NULL && strlen(line) != n) {
            problem(err, &reported, name, lineno, "a NUL byte in a line");
            p.bad = true;
            continue;
        }
        if (n == 0) {
            finish(a, &p, out, &cap, name, err, &reported);
            continue;
        }
        if (line[0] == '#') {
            const char *v;
            const char *c = line + 1;
            while (*c == ' ')
                c++;
            if ((v = comment_value(a, c, "text")))
                p.text = v;
            else if ((v = comment_value(a, c, "sent_id")))
                p.sent_id = v;
            else if ((v = comment_value(a, c, "newdoc id")))
                p.newdoc = v;
            else if (strncmp(c, "newdoc", 6) == 0 && !p.newdoc)
                p.newdoc = "";
            else if (strncmp(c, "newpar", 6) == 0 && (c[6] == '\0' || c[6] == ' '))
                p.newpar = true;
            continue;
        }
        if (p.nwords == 0 && p.nmwts == 0)
            p.first_line = lineno;
        if (p.bad)
            continue;
        char *f[11];
        int nf = split_fields(line, f);
        if (nf != 10) {
            problem(err, &reported, name, lineno, "expected 10 tab-separated columns");
            p.bad = true;
            continue;
        }
        if (strchr(f[0], '.'))
            continue; /* an empty node of the enhanced graph */
        char *dash = strchr(f[0], '-');
        if (dash) {
            *dash = '\0';
            long lo, hi;
            if (!parse_uint(f[0], 100000, &lo) || !parse_uint(dash + 1, 100000, &hi) ||
                lo != (long)p.nwords + 1 || hi < lo) {
                problem(err, &reported, name, lineno, "a bad multiword token range");
                p.bad = true;
                continue;
            }
            p.mwts = xgrow(p.mwts, &p.capmwts, p.nmwts + 1, sizeof *p.mwts);
            ud_mwt *m = &p.mwts[p.nmwts++];
            memset(m, 0, sizeof *m);
            m->first = (uint32_t)lo;
            m->last = (uint32_t)hi;
            m->form = arena_strdup(a, f[1]);
            uint8_t has = 0;
            parse_misc(f[9], &m->space_after, &m->start, &m->end, &has);
            continue;
        }
        long id, head = -1;
        if (!parse_uint(f[0], 100000, &id) || id != (long)p.nwords + 1) {
            problem(err, &reported, name, lineno, "word IDs out of order");
            p.bad = true;
            continue;
        }
        if (strcmp(f[6], "_") != 0 && !parse_uint(f[6], 100000, &head)) {
            problem(err, &reported, name, lineno, "a HEAD that is not a number");
            p.bad = true;
            continue;
        }
        if (!*f[1]) {
            problem(err, &reported, name, lineno, "an empty FORM");
            p.bad = true;
            continue;
        }
        p.words = xgrow(p.words, &p.capwords, p.nwords + 1, sizeof *p.words);
        ud_word *w = &p.words[p.nwords++];
        memset(w, 0, sizeof *w);
        w->form = arena_strdup(a, f[1]);
        w->lemma = field_or_null(a, f[2]);
        w->upos = (uint8_t)ud_upos_from_name(f[3]);
        w->xpos = field_or_null(a, f[4]);
        w->feats = field_or_null(a, f[5]);
        w->head = (int32_t)head;
        w->deprel = field_or_null(a, f[7]);
        parse_misc(f[9], &w->space_after, &w->start, &w->end, &w->has_span);
        if (p.nmwts && (uint32_t)id >= p.mwts[p.nmwts - 1].first &&
            (uint32_t)id <= p.mwts[p.nmwts - 1].last) {
            w->mwt = (uint16_t)(p.nmwts < 65535 ? p.nmwts : 0);
            if ((uint32_t)id == p.mwts[p.nmwts - 1].last)
                w->space_after = p.mwts[p.nmwts - 1].space_after;
            else
                w->space_after = 0;
        }
    }
    finish(a, &p, out, &cap, name, err, &reported);
    free(line);
    free(p.words);
    free(p.mwts);
    if (out->n == 0 && len > 0 && out->dropped == 0 && !reported)
        return sitrep_error_set(err, "%s: no sentence in the file", name);
    return out->n > 0 || len == 0;
}

static void put_field(strbuf *b, const char *s)
{
    strbuf_puts(b, s && *s ? s : "_");
}

static void put_range(strbuf *b, uint32_t start, uint32_t end)
{
    strbuf_puts(b, "TokenRange=");
    strbuf_put_decimal(b, start);
    strbuf_putc(b, ':');
    strbuf_put_decimal(b, end);
}

void conllu_write(strbuf *b, const ud_sentence *s, bool comments)
{
    if (comments) {
        if (s->newdoc)
            strbuf_printf(b, "# newdoc id = %s\n", s->newdoc);
        if (s->newpar)
            strbuf_puts(b, "# newpar\n");
        if (s->sent_id)
            strbuf_printf(b, "# sent_id = %s\n", s->sent_id);
        if (s->text)
            strbuf_printf(b, "# text = %s\n", s->text);
    }
    uint32_t m = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        const ud_word *w = &s->words[i];
        while (m < s->nmwt && s->mwts[m].first < i + 1)
            m++;
        if (m < s->nmwt && s->mwts[m].first == i + 1) {
            const ud_mwt *t = &s->mwts[m];
            strbuf_printf(b, "%u-%u\t%s\t_\t_\t_\t_\t_\t_\t_\t", t->first, t->last, t->form);
            bool any = false;
            if (s->words[t->first - 1].has_span) {
                put_range(b, t->start, t->end);
                any = true;
            }
            if (!t->space_after) {
                strbuf_puts(b, any ? "|SpaceAfter=No" : "SpaceAfter=No");
                any = true;
            }
            if (!any)
                strbuf_putc(b, '_');
            strbuf_putc(b, '\n');
        }
        strbuf_put_decimal(b, i + 1);
        strbuf_putc(b, '\t');
        put_field(b, w->form);
        strbuf_putc(b, '\t');
        put_field(b, w->lemma);
        strbuf_putc(b, '\t');
        strbuf_puts(b, ud_upos_name(w->upos));
        strbuf_putc(b, '\t');
        put_field(b, w->xpos);
        strbuf_putc(b, '\t');
        put_field(b, w->feats);
        if (w->head >= 0) {
            strbuf_putc(b, '\t');
            strbuf_put_decimal(b, (uint32_t)w->head);
            strbuf_putc(b, '\t');
        } else
            strbuf_puts(b, "\t_\t");
        put_field(b, w->deprel);
        strbuf_puts(b, "\t_\t");
        bool any = false;
        bool inside_mwt = w->mwt != 0;
        if (w->has_span) {
            put_range(b, w->start, w->end);
            any = true;
        }
        if (!w->space_after && !inside_mwt) {
            strbuf_puts(b, any ? "|SpaceAfter=No" : "SpaceAfter=No");
            any = true;
        }
        if (!any)
            strbuf_putc(b, '_');
        strbuf_putc(b, '\n');
    }
    strbuf_putc(b, '\n');
}
