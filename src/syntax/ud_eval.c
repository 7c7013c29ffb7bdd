/* ud_eval.c: the CoNLL 2018 evaluation (see ud_eval.h).
 *
 * Each side is flattened first: every word gets the span of its token in the stream of
 * token characters (whitespace removed), a flag saying whether that token is a multiword
 * token, and its head as an index into the flattened words. Alignment then walks the two
 * word lists once, as the official script does; the only quadratic part is the LCS inside
 * a multiword region, which is a handful of words. */
#include "syntax/ud_eval.h"

#include "base/xalloc.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define HEAD_ROOT (-1)
#define HEAD_NONE (-2)

typedef struct flat_word {
    size_t start, end;  /* the span of its token in the character stream */
    const ud_word *w;
    long head;          /* flattened index, HEAD_ROOT or HEAD_NONE */
    bool multi;         /* part of a multiword token */
} flat_word;

typedef struct span {
    size_t start, end;
} span;

typedef struct flat {
    flat_word *words;
    size_t nwords, capwords;
    span *tokens;
    size_t ntokens, captokens;
    span *sents;
    size_t nsents;
    strbuf chars;
    size_t empty_token; /* 1-based sentence number of the first token with no
                           characters (an empty form), 0 if none */
} flat;

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* Appends the token's characters without whitespace; returns its span. */
static span add_chars(flat *f, const char *form)
{
    span sp = {f->chars.len, 0};
    for (const char *p = form ? form : ""; *p; p++)
        if (!is_space((unsigned char)*p))
            strbuf_putc(&f->chars, *p);
    sp.end = f->chars.len;
    return sp;
}

static void flatten(const ud_sentence *s, size_t n, flat *f)
{
    memset(f, 0, sizeof *f);
    strbuf_init(&f->chars);
    f->sents = xcalloc(n ? n : 1, sizeof *f->sents);
    f->nsents = n;
    for (size_t i = 0; i < n; i++) {
        const ud_sentence *st = &s[i];
        size_t base = f->nwords;
        f->sents[i].start = f->chars.len;
        uint32_t cursor = 0;
        for (uint32_t j = 0; j < st->n;) {
            const ud_mwt *mwt;
            uint32_t last = ud_token_at(st, j, &cursor, &mwt);
            bool multi = mwt != NULL;
            span sp = add_chars(f, multi ? mwt->form : st->words[j].form);
            if (sp.start == sp.end && !f->empty_token)
                f->empty_token = i + 1;
            f->tokens = xgrow(f->tokens, &f->captokens, f->ntokens + 1, sizeof *f->tokens);
            f->tokens[f->ntokens++] = sp;
            for (; j < last; j++) {
                const ud_word *w = &st->words[j];
                f->words = xgrow(f->words, &f->capwords, f->nwords + 1, sizeof *f->words);
                flat_word *fw = &f->words[f->nwords++];
                fw->start = sp.start;
                fw->end = sp.end;
                fw->w = w;
                fw->multi = multi;
                if (w->head == 0)
                    fw->head = HEAD_ROOT;
                else if (w->head > 0 && (uint32_t)w->head <= st->n)
                    fw->head = (long)(base + (size_t)w->head - 1);
                else
                    fw->head = HEAD_NONE;
            }
        }
        f->sents[i].end = f->chars.len;
    }
}

static void flat_free(flat *f)
{
    free(f->words);
    free(f->tokens);
    free(f->sents);
    strbuf_free(&f->chars);
}

/* Counts equal spans in two sorted span lists. */
static void spans_score(const span *g, size_t ng, const span *s, size_t ns, ud_eval_count *c)
{
    c->gold = ng;
    c->system = ns;
    size_t gi = 0, si = 0;
    while (gi < ng && si < ns) {
        if (g[gi].start < s[si].start)
            gi++;
        else if (s[si].start < g[gi].start)
            si++;
        else {
            c->correct += g[gi].end == s[si].end;
            gi++;
            si++;
        }
    }
    c->aligned = c->correct;
}

static bool form_eq(const char *a, const char *b)
{
    a = a ? a : "";
    b = b ? b : "";
    for (; *a && *b; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return *a == *b;
}

static bool beyond_end(const flat_word *w, size_t n, size_t i, size_t end)
{
    if (i >= n)
        return true;
    if (w[i].multi)
        return w[i].start >= end;
    return w[i].end > end;
}

static size_t extend_end(const flat_word *w, size_t end)
{
    return w->multi && w->end > end ? w->end : end;
}

/* Aligns the words of a multiword region [gs, ge) x [ss, se) by LCS of their forms. */
static void align_lcs(const flat *g, size_t gs, size_t ge, const flat *s, size_t ss, size_t se,
                      long *sys_to_gold)
{
    size_t ng = ge - gs, ns = se - ss;
    if (ng > 4096 || ns > 4096) {
        /* a multiword region of thousands of words is not language but damage; align
         * equal forms in order instead of paying for a table of ng * ns cells */
        for (size_t a = 0, b = 0; a < ng && b < ns;) {
            if (form_eq(g->words[gs + a].w->form, s->words[ss + b].w->form))
                sys_to_gold[ss + b++] = (long)(gs + a++);
            else if (ng - a > ns - b)
                a++;
            else
                b++;
        }
        return;
    }
    uint32_t *lcs = xcalloc((ng + 1) * (ns + 1), sizeof *lcs);
#define L(a, b) lcs[(a) * (ns + 1) + (b)]
    for (size_t a = ng; a-- > 0;)
        for (size_t b = ns; b-- > 0;) {
            uint32_t v = 0;
            if (form_eq(g->words[gs + a].w->form, s->words[ss + b].w->form))
                v = 1 + L(a + 1, b + 1);
            if (L(a + 1, b) > v)
                v = L(a + 1, b);
            if (L(a, b + 1) > v)
                v = L(a, b + 1);
            L(a, b) = v;
        }
    size_t a = 0, b = 0;
    while (a < ng && b < ns) {
        if (form_eq(g->words[gs + a].w->form, s->words[ss + b].w->form)) {
            sys_to_gold[ss + b] = (long)(gs + a);
            a++;
            b++;
        } else if (L(a, b) == L(a + 1, b))
            a++;
        else
            b++;
    }
#undef L
    free(lcs);
}

/* Fills sys_to_gold (system word -> aligned gold word or -1); returns the aligned count. */
static size_t align_words(const flat *g, const flat *s, long *sys_to_gold)
{
    size_t gi = 0, si = 0, aligned = 0;
    const flat_word *gw = g->words, *sw = s->words;
    size_t gn = g->nwords, sn = s->nwords;
    for (size_t i = 0; i < sn; i++)
        sys_to_gold[i] = -1;
    while (gi < gn && si < sn) {
        if (gw[gi].multi || sw[si].multi) {
            size_t end;
            if (gw[gi].multi) {
                end = gw[gi].end;
                if (!sw[si].multi && sw[si].start < gw[gi].start)
                    si++;
            } else {
                end = sw[si].end;
                if (!gw[gi].multi && gw[gi].start < sw[si].start)
                    gi++;
            }
            size_t gs = gi, ss = si;
            while (!beyond_end(gw, gn, gi, end) || !beyond_end(sw, sn, si, end)) {
                if (gi < gn && (si >= sn || gw[gi].start <= sw[si].start)) {
                    end = extend_end(&gw[gi], end);
                    gi++;
                } else {
                    end = extend_end(&sw[si], end);
                    si++;
                }
            }
            if (gi > gs && si > ss)
                align_lcs(g, gs, gi, s, ss, si, sys_to_gold);
        } else if (gw[gi].start == sw[si].start && gw[gi].end == sw[si].end) {
            sys_to_gold[si] = (long)gi;
            gi++;
            si++;
        } else if (gw[gi].start <= sw[si].start)
            gi++;
        else
            si++;
    }
    for (size_t i = 0; i < sn; i++)
        aligned += sys_to_gold[i] >= 0;
    return aligned;
}

static bool str_eq(const char *a, const char *b)
{
    if (!a || !b)
        return a == b;
    return strcmp(a, b) == 0;
}

static bool deprel_eq(const char *a, const char *b)
{
    char x[64], y[64];
    ud_deprel_base(a ? a : "", x, sizeof x);
    ud_deprel_base(b ? b : "", y, sizeof y);
    return strcmp(x, y) == 0;
}

/* Which sentence of f holds stream offset off? */
static size_t sentence_at(const flat *f, size_t off)
{
    size_t lo = 0, hi = f->nsents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (f->sents[mid].end <= off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo + 1;
}

static bool report_mismatch(const flat *g, const flat *s, sitrep_error *err)
{
    size_t n = g->chars.len < s->chars.len ? g->chars.len : s->chars.len, i = 0;
    while (i < n && g->chars.data[i] == s->chars.data[i])
        i++;
    size_t from = i > 10 ? i - 10 : 0;
    int gl = (int)((g->chars.len - from) < 30 ? g->chars.len - from : 30);
    int sl = (int)((s->chars.len - from) < 30 ? s->chars.len - from : 30);
    return sitrep_error_set(err,
                            "the gold and system texts differ at character byte %zu (gold "
                            "sentence %zu, system sentence %zu): gold \"%.*s\", system \"%.*s\"",
                            i, sentence_at(g, i), sentence_at(s, i), gl, g->chars.data + from,
                            sl, s->chars.data + from);
}

bool ud_eval_run(const ud_sentence *gold, size_t ngold, const ud_sentence *sys, size_t nsys,
                 ud_eval *out, sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    flat g, s;
    flatten(gold, ngold, &g);
    flatten(sys, nsys, &s);
    /* an empty token has no place in the character alignment (the official script
     * refuses it too) */
    bool ok = !g.empty_token && !s.empty_token;
    if (!ok)
        sitrep_error_set(err, "%s sentence %zu has a token with an empty form",
                         g.empty_token ? "gold" : "system",
                         g.empty_token ? g.empty_token : s.empty_token);
    else if (g.chars.len != s.chars.len ||
             (g.chars.len && memcmp(g.chars.data, s.chars.data, g.chars.len) != 0)) {
        ok = false;
        report_mismatch(&g, &s, err);
    }
    if (ok) {
        spans_score(g.tokens, g.ntokens, s.tokens, s.ntokens, &out->m[UD_EVAL_TOKENS]);
        spans_score(g.sents, g.nsents, s.sents, s.nsents, &out->m[UD_EVAL_SENTENCES]);
        long *map = xcalloc(s.nwords ? s.nwords : 1, sizeof *map);
        size_t aligned = align_words(&g, &s, map);
        for (int m = UD_EVAL_WORDS; m < UD_EVAL_COUNT; m++) {
            out->m[m].gold = g.nwords;
            out->m[m].system = s.nwords;
            out->m[m].aligned = aligned;
        }
        out->m[UD_EVAL_WORDS].correct = aligned;
        for (size_t i = 0; i < s.nwords; i++) {
            if (map[i] < 0)
                continue;
            const flat_word *gw = &g.words[map[i]], *sw = &s.words[i];
            out->m[UD_EVAL_UPOS].correct += gw->w->upos == sw->w->upos;
            out->m[UD_EVAL_XPOS].correct += str_eq(gw->w->xpos, sw->w->xpos);
            bool head_ok = false;
            if (gw->head == HEAD_ROOT)
                head_ok = sw->head == HEAD_ROOT;
            else if (gw->head >= 0)
                head_ok = sw->head >= 0 && map[sw->head] == gw->head;
            out->m[UD_EVAL_UAS].correct += head_ok;
            out->m[UD_EVAL_LAS].correct += head_ok && deprel_eq(gw->w->deprel, sw->w->deprel);
        }
        free(map);
    }
    flat_free(&g);
    flat_free(&s);
    return ok;
}

void ud_eval_add(ud_eval *a, const ud_eval *b)
{
    for (int m = 0; m < UD_EVAL_COUNT; m++) {
        a->m[m].gold += b->m[m].gold;
        a->m[m].system += b->m[m].system;
        a->m[m].correct += b->m[m].correct;
        a->m[m].aligned += b->m[m].aligned;
    }
}

static double pct(size_t num, size_t den)
{
    return den ? 100.0 * (double)num / (double)den : 0.0;
}

double ud_eval_precision(const ud_eval_count *c)
{
    return pct(c->correct, c->system);
}

double ud_eval_recall(const ud_eval_count *c)
{
    return pct(c->correct, c->gold);
}

double ud_eval_f1(const ud_eval_count *c)
{
    return pct(2 * c->correct, c->gold + c->system);
}

double ud_eval_aligned_accuracy(const ud_eval_count *c)
{
    return pct(c->correct, c->aligned);
}

const char *ud_eval_metric_name(int metric)
{
    static const char *const names[UD_EVAL_COUNT] = {"Tokens", "Sentences", "Words", "UPOS",
                                                     "XPOS",   "UAS",       "LAS"};
    return metric >= 0 && metric < UD_EVAL_COUNT ? names[metric] : "?";
}

void ud_eval_format(strbuf *out, const ud_eval *e)
{
    strbuf_puts(out, "Metric     | Precision |    Recall |  F1 Score | AligndAcc\n");
    strbuf_puts(out, "-----------+-----------+-----------+-----------+-----------\n");
    for (int m = 0; m < UD_EVAL_COUNT; m++) {
        const ud_eval_count *c = &e->m[m];
        strbuf_printf(out, "%-11s|%10.2f |%10.2f |%10.2f |", ud_eval_metric_name(m),
                      ud_eval_precision(c), ud_eval_recall(c), ud_eval_f1(c));
        if (m >= UD_EVAL_UPOS)
            strbuf_printf(out, "%10.2f\n", ud_eval_aligned_accuracy(c));
        else
            strbuf_puts(out, "\n");
    }
}

void ud_eval_gold_text(const ud_sentence *gold, size_t n, strbuf *out)
{
    for (size_t i = 0; i < n; i++) {
        const ud_sentence *st = &gold[i];
        if (i > 0)
            strbuf_puts(out, st->newpar || st->newdoc ? "\n\n" : " ");
        if (st->text) {
            strbuf_puts(out, st->text);
            continue;
        }
        uint32_t cursor = 0;
        for (uint32_t j = 0; j < st->n;) {
            const ud_mwt *mwt;
            uint32_t last = ud_token_at(st, j, &cursor, &mwt);
            strbuf_puts(out, mwt ? mwt->form : st->words[j].form);
            bool space = mwt ? mwt->space_after : st->words[j].space_after;
            if (space && last < st->n)
                strbuf_putc(out, ' ');
            j = last;
        }
    }
}
