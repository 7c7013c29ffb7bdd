/* petrarch_reader.c: the PETRARCH-1, PETRARCH-2 and Phoenix dictionary syntaxes (see
 * petrarch_reader.h).
 *
 * Every file is first stripped of its comments ('#', ';', <!-- -->) into a buffer with
 * the same lines, so that problems keep their line numbers. Actors are then TABARI
 * actors (after rewriting "<date" and ">date" restrictions into inclusive ranges) and go
 * through tabari_reader.c; agents, discards, issues and verbs are read here, line by
 * line, into the lexicon with the same lex_* calls the TABARI reader uses. */
#include "lexicon/petrarch_reader.h"
#include "lexicon/dict_source.h"
#include "base/file.h"
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MAX_SUBSTS 32
#define MAX_EXPANSIONS 64

typedef struct subst_set {
    char name[64];   /* "!PERSON!" */
    char *items[32]; /* "MAN", "MEN", ... */
    size_t n;
} subst_set;

typedef struct preader {
    lexicon *lx;
    petr_dict_kind kind;
    dict_source src; /* file name, line, problem reporting */

    /* verbs */
    bool in_block;       /* after a "--- X [code] ---" header */
    bool block_has_verb; /* the block's first verb has opened its pattern group */
    lex_event_code block_code;
    char synset[128];    /* the synonym set being filled, "" when none */

    /* agents */
    subst_set substs[MAX_SUBSTS];
    size_t nsubsts;
} preader;

static void problem(preader *rd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(preader *rd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dict_vproblem(&rd->src, fmt, ap);
    va_end(ap);
}

static const char *origin_here(preader *rd)
{
    return dict_origin(&rd->src);
}

static void count_entry(preader *rd)
{
    if (rd->src.report)
        rd->src.report->entries++;
}

static void trim(const char **s, size_t *len)
{
    while (*len && isspace((unsigned char)**s))
        (*s)++, (*len)--;
    while (*len && isspace((unsigned char)(*s)[*len - 1]))
        (*len)--;
}

/* ---- comments ---------------------------------------------------------------------- */

/* Copies data into out without its comments, keeping every newline: '#' and ';' end a
 * line (except inside [ ], where "[###]" is a code), <!-- --> spans are dropped and may
 * cover several lines. Carriage returns are dropped too. */
static void strip_comments(const char *data, size_t len, strbuf *out)
{
    bool in_xml = false, in_line = false, in_bracket = false;
    for (size_t i = 0; i < len; i++) {
        char c = data[i];
        if (c == '\n') {
            strbuf_putc(out, '\n');
            in_line = in_bracket = false;
            continue;
        }
        if (c == '\r')
            continue;
        if (in_xml) {
            if (c == '-' && i + 2 < len && data[i + 1] == '-' && data[i + 2] == '>') {
                in_xml = false;
                i += 2;
            }
            continue;
        }
        if (in_line)
            continue;
        if (c == '<' && i + 3 < len && memcmp(data + i, "<!--", 4) == 0) {
            in_xml = true;
            i += 3;
            continue;
        }
        if (c == '[')
            in_bracket = true;
        else if (c == ']')
            in_bracket = false;
        else if ((c == '#' || c == ';') && !in_bracket) {
            in_line = true;
            continue;
        }
        strbuf_putc(out, c);
    }
}

/* ---- sniffing ------------------------------------------------------------------------ */

typedef struct line_iter {
    const char *data;
    size_t len, pos;
} line_iter;

static bool next_line(line_iter *it, const char **line, size_t *llen)
{
    if (it->pos >= it->len)
        return false;
    const char *s = it->data + it->pos;
    const char *nl = memchr(s, '\n', it->len - it->pos);
    size_t n = nl ? (size_t)(nl - s) : it->len - it->pos;
    it->pos += n + (nl ? 1 : 0);
    *line = s;
    *llen = n;
    return true;
}

static bool has(const char *s, size_t len, const char *what)
{
    size_t wl = strlen(what);
    for (size_t i = 0; i + wl <= len; i++)
        if (memcmp(s + i, what, wl) == 0)
            return true;
    return false;
}

/* The length of a line before its '#' comment (outside [ ]). */
static size_t before_hash(const char *s, size_t len)
{
    bool in_bracket = false;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '[')
            in_bracket = true;
        else if (s[i] == ']')
            in_bracket = false;
        else if (s[i] == '#' && !in_bracket)
            return i;
    }
    return len;
}

static bool is_block_header(const char *s, size_t len)
{
    return len >= 6 && memcmp(s, "---", 3) == 0 && has(s + 3, len - 3, "---");
}

dict_syntax petr_sniff_verbs(const char *data, size_t len)
{
    line_iter it = {data, len, 0};
    const char *s;
    size_t n;
    bool headers = false, p2 = false, petr = false, in_synsets = false;
    while (next_line(&it, &s, &n)) {
        if (has(s, n, "<!--"))
            petr = true;
        n = before_hash(s, n);
        trim(&s, &n);
        if (n == 0)
            continue;
        if (is_block_header(s, n)) {
            headers = true;
            continue;
        }
        if (s[0] == '<') {
            if (n >= 9 && strncasecmp(s, "<SYNSETS", 8) == 0)
                in_synsets = true;
            else if (n >= 10 && strncasecmp(s, "</SYNSETS", 9) == 0)
                in_synsets = false;
            continue;
        }
        if (s[0] == '&' && !in_synsets)
            petr = true;
        if (s[0] == '-' && (memchr(s, '(', n) || memchr(s, ')', n) ||
                            (memchr(s, '{', n) && !memchr(s, '|', n))))
            p2 = true;
    }
    if (headers)
        return p2 ? DICT_SYNTAX_PETRARCH2 : DICT_SYNTAX_PETRARCH1;
    return petr ? DICT_SYNTAX_PETRARCH1 : DICT_SYNTAX_TABARI;
}

dict_syntax petr_sniff_nouns(const char *data, size_t len)
{
    line_iter it = {data, len, 0};
    const char *s;
    size_t n;
    while (next_line(&it, &s, &n)) {
        if (has(s, n, "<!--"))
            return DICT_SYNTAX_PETRARCH1;
        trim(&s, &n);
        if (n == 0 || s[0] == '#')
            continue;
        if (s[0] == '!' && memchr(s, '=', n))
            return DICT_SYNTAX_PETRARCH1;
        size_t h = before_hash(s, n);
        if (h < n || memchr(s, '{', h))
            return DICT_SYNTAX_PETRARCH1;
    }
    return DICT_SYNTAX_TABARI;
}

/* ---- actors --------------------------------------------------------------------------- */

/* Rewrites the "<date" and ">date" restrictions of one line's code blocks into ranges,
 * because PETRARCH's limits include the date itself and TABARI's do not. */
static void inclusive_dates(const char *s, size_t len, strbuf *out)
{
    size_t i = 0;
    while (i < len) {
        const char *open = memchr(s + i, '[', len - i);
        const char *close = open ? memchr(open, ']', len - (size_t)(open - s)) : NULL;
        if (!open || !close) {
            strbuf_append(out, s + i, len - i);
            return;
        }
        strbuf_append(out, s + i, (size_t)(open - (s + i)));
        const char *b = open + 1;
        size_t blen = (size_t)(close - b);
        const char *op = NULL;
        for (size_t k = 0; k < blen; k++)
            if (b[k] == '<' || b[k] == '>') {
                op = b + k;
                break;
            }
        int32_t d;
        if (op && tabari_parse_date(op + 1, (size_t)(close - op - 1), &d)) {
            strbuf_append(out, open, (size_t)(op - open));
            if (*op == '<')
                strbuf_printf(out, "10000101-%08d]", (int)d);
            else
                strbuf_printf(out, "%08d-99991231]", (int)d);
        } else {
            strbuf_append(out, open, (size_t)(close - open) + 1);
        }
        i = (size_t)(close - s) + 1;
    }
}

static bool load_actors(preader *rd, const char *clean, size_t len)
{
    strbuf b = {0};
    line_iter it = {clean, len, 0};
    const char *s;
    size_t n;
    while (next_line(&it, &s, &n)) {
        /* PETRARCH does not stem the last word of a phrase: "THE_KU" is not "the
         * Kuwait" (a final '_' keeps the regular noun endings) */
        size_t k = 0;
        if (k < n && s[k] == '+')
            k++;
        size_t w = k;
        bool joined = false;
        while (w < n && !isspace((unsigned char)s[w]) && s[w] != '[' && s[w] != '{' &&
               s[w] != '#') {
            if (s[w] == '_' && w + 1 < n && !isspace((unsigned char)s[w + 1]))
                joined = true;
            w++;
        }
        if (joined && s[w - 1] != '_' && s[w - 1] != '=') {
            inclusive_dates(s, w, &b);
            strbuf_putc(&b, '_');
            inclusive_dates(s + w, n - w, &b);
        } else {
            inclusive_dates(s, n, &b);
        }
        strbuf_putc(&b, '\n');
    }
    bool ok = tabari_load_buffer(rd->lx, TABARI_ACTORS, rd->src.name, b.data ? b.data : "", b.len,
                                 rd->src.diag, rd->src.ctx, rd->src.report, rd->src.err);
    strbuf_free(&b);
    return ok;
}

/* ---- agents --------------------------------------------------------------------------- */

static void read_subst(preader *rd, const char *s, size_t n)
{
    const char *eq = memchr(s, '=', n);
    const char *end = memchr(s + 1, '!', n - 1);
    if (!eq || !end || end > eq) {
        problem(rd, "substitution set needs the form !NAME! = WORD, WORD");
        return;
    }
    size_t nlen = (size_t)(end - s) + 1;
    if (nlen >= sizeof rd->substs[0].name) {
        problem(rd, "substitution set name too long");
        return;
    }
    if (rd->nsubsts == MAX_SUBSTS) {
        problem(rd, "too many substitution sets (at most %d)", MAX_SUBSTS);
        return;
    }
    subst_set *set = &rd->substs[rd->nsubsts];
    memset(set, 0, sizeof *set);
    for (size_t k = 0; k < nlen; k++)
        set->name[k] = (char)toupper((unsigned char)s[k]);
    const char *p = eq + 1, *stop = s + n;
    while (p < stop) {
        const char *comma = memchr(p, ',', (size_t)(stop - p));
        const char *e = comma ? comma : stop;
        char item[128];
        size_t k = 0;
        for (const char *q = p; q < e && k < sizeof item - 1; q++)
            if (!isspace((unsigned char)*q))
                item[k++] = *q;
        if (k && set->n < sizeof set->items / sizeof set->items[0])
            set->items[set->n++] = (char *)lex_intern(rd->lx, item, k);
        p = e + 1;
    }
    if (set->n == 0) {
        problem(rd, "substitution set %s has no members", set->name);
        return;
    }
    rd->nsubsts++;
}

/* Expands the !NAME! markers of a phrase into every combination (appended to out[] and
 * counted in *have, up to MAX_EXPANSIONS, heap strings). Returns false for an unknown or
 * unclosed marker, or for markers nested deeper than MAX_SUBST_DEPTH (a set whose member
 * names a set, itself for instance, would otherwise expand without end); what was
 * expanded so far is still in out[] for the caller to free. */
#define MAX_SUBST_DEPTH 4
static bool expand(preader *rd, const char *s, size_t n, char **out, int *have, int depth)
{
    if (*have >= MAX_EXPANSIONS)
        return true; /* enough forms: the rest would be dropped anyway */
    const char *m = memchr(s, '!', n);
    if (!m) {
        if (*have < MAX_EXPANSIONS)
            out[(*have)++] = xstrndup(s, n);
        return true;
    }
    const char *m2 = memchr(m + 1, '!', n - (size_t)(m + 1 - s));
    if (!m2 || depth >= MAX_SUBST_DEPTH)
        return false;
    size_t mlen = (size_t)(m2 - m) + 1;
    for (size_t i = 0; i < rd->nsubsts; i++) {
        if (strlen(rd->substs[i].name) != mlen || strncasecmp(rd->substs[i].name, m, mlen) != 0)
            continue;
        for (size_t k = 0; k < rd->substs[i].n; k++) {
            strbuf b = {0};
            strbuf_append(&b, s, (size_t)(m - s));
            strbuf_puts(&b, rd->substs[i].items[k]);
            strbuf_append(&b, m2 + 1, n - (size_t)(m2 + 1 - s));
            bool ok = expand(rd, b.data, b.len, out, have, depth + 1);
            strbuf_free(&b);
            if (!ok)
                return false;
        }
        return true;
    }
    return false;
}

/* Splits "PHRASE {FORM FORM}" (within the first plen bytes of s): the phrase keeps the
 * bytes before the brace, forms and flen the text inside the braces (NULL when none). Reports
 * an unclosed '{' (naming `what`) and returns false. */
static bool split_forms(preader *rd, const char *s, size_t *plen, const char **forms,
                        size_t *flen, const char *what)
{
    const char *brace = memchr(s, '{', *plen);
    if (!brace)
        return true;
    const char *rb = memchr(brace, '}', *plen - (size_t)(brace - s));
    if (!rb) {
        problem(rd, "unclosed '{' in %s", what);
        return false;
    }
    *forms = brace + 1;
    *flen = (size_t)(rb - *forms);
    *plen = (size_t)(brace - s);
    return true;
}

/* PETRARCH's regular plural of an agent phrase's last word: -Y -> -IES, -SS -> -SSES,
 * else -S. `out` has room for n + 3 bytes. */
static void regular_plural(const char *s, size_t n, char *out)
{
    memcpy(out, s, n);
    if (n > 1 && toupper((unsigned char)s[n - 1]) == 'Y') {
        memcpy(out + n - 1, "IES", 4);
    } else if (n > 2 && toupper((unsigned char)s[n - 1]) == 'S' &&
               toupper((unsigned char)s[n - 2]) == 'S') {
        memcpy(out + n, "ES", 3);
    } else {
        memcpy(out + n, "S", 2);
    }
}

/* Adds an agent phrase. PETRARCH matches agents word for word, without TABARI's stems or
 * endings: each word is exact, and the plural is a form of its own, the regular one
 * (regular_plural) unless `with_plural` is false ("{...}" gave the plurals, or "{}" said
 * there are none; a phrase with !SUBST! markers has no regular plural either). */
static void add_agent_phrase(preader *rd, const char *s, size_t n, const lex_code *code,
                             bool with_plural)
{
    trim(&s, &n);
    if (n == 0)
        return;
    if (with_plural && !memchr(s, '!', n) && n < 240) {
        char plural[256];
        regular_plural(s, n, plural);
        add_agent_phrase(rd, plural, strlen(plural), code, false);
    }
    char *forms[MAX_EXPANSIONS];
    int nf = 0;
    if (!expand(rd, s, n, forms, &nf, 0)) {
        problem(rd, "unknown or too deeply nested substitution marker in '%.*s'", (int)n, s);
        for (int i = 0; i < nf; i++)
            free(forms[i]);
        return;
    }
    for (int i = 0; i < nf; i++) {
        lex_word *w;
        uint8_t nw;
        sitrep_error perr;
        if (!lex_parse_phrase(rd->lx, forms[i], strlen(forms[i]), &w, &nw, &perr))
            problem(rd, "%s", perr.message);
        else {
            for (uint8_t k = 0; k < nw; k++)
                w[k].flags |= LWF_EXACT | LWF_NOENDINGS;
            lex_add_entry(rd->lx, LEX_AGENT, w, nw, code, 1, origin_here(rd));
            count_entry(rd);
        }
        free(forms[i]);
    }
}

static void agent_line(preader *rd, const char *s, size_t n)
{
    if (s[0] == '!') {
        /* "!NAME! = A, B" defines a set; "!NAME!_OF_X [~GOV]" uses one */
        const char *end = memchr(s + 1, '!', n - 1);
        const char *p = end ? end + 1 : s + n;
        while (p < s + n && isspace((unsigned char)*p))
            p++;
        if (!end || (p < s + n && *p == '=')) {
            read_subst(rd, s, n);
            return;
        }
    }
    const char *open = memchr(s, '[', n);
    if (!open) {
        problem(rd, "agent has no [code]");
        return;
    }
    const char *close = memchr(open, ']', n - (size_t)(open - s));
    if (!close) {
        problem(rd, "unclosed '[' (missing ']')");
        return;
    }
    const char *after = close + 1;
    size_t alen = n - (size_t)(after - s);
    trim(&after, &alen);
    if (alen) {
        problem(rd, "unexpected text '%.*s' after ']'", (int)alen, after);
        return;
    }
    const char *c = open + 1;
    size_t clen = (size_t)(close - c);
    trim(&c, &clen);
    if (clen == 0) {
        problem(rd, "empty code in [ ]");
        return;
    }
    for (size_t k = 0; k < clen; k++)
        if (isspace((unsigned char)c[k])) {
            problem(rd, "agent code '%.*s' has a blank in it", (int)clen, c);
            return;
        }
    if (!memchr(c, '~', clen) && !(clen == 3 && memcmp(c, "---", 3) == 0)) {
        problem(rd, "agent code '%.*s' needs a '~' before or after it", (int)clen, c);
        return;
    }
    lex_code code = {lex_intern(rd->lx, c, clen), 0, 99999999};
    size_t plen = (size_t)(open - s);
    const char *forms = NULL;
    size_t flen = 0;
    if (!split_forms(rd, s, &plen, &forms, &flen, "plural forms"))
        return;
    const char *ph = s;
    trim(&ph, &plen);
    if (plen == 0) {
        problem(rd, "missing phrase before '['");
        return;
    }
    add_agent_phrase(rd, ph, plen, &code, forms == NULL);
    /* the plurals: blank-separated phrases ({} means none beyond the regular ones) */
    size_t k = 0;
    while (k < flen) {
        while (k < flen && isspace((unsigned char)forms[k]))
            k++;
        size_t start = k;
        while (k < flen && !isspace((unsigned char)forms[k]))
            k++;
        if (k > start)
            add_agent_phrase(rd, forms + start, k - start, &code, false);
    }
}

/* ---- discards and issues -------------------------------------------------------------- */

static void discard_line(preader *rd, const char *s, size_t n)
{
    if (s[0] == '+') /* a story discard: discards the sentence it is found in */
        s++, n--;
    trim(&s, &n);
    if (n == 0) {
        problem(rd, "empty discard phrase");
        return;
    }
    lex_word *w;
    uint8_t nw;
    sitrep_error perr;
    if (!lex_parse_phrase(rd->lx, s, n, &w, &nw, &perr)) {
        problem(rd, "%s", perr.message);
        return;
    }
    lex_code code = {lex_intern(rd->lx, "###", 3), 0, 99999999};
    lex_add_entry(rd->lx, LEX_NOUN, w, nw, &code, 1, origin_here(rd));
    count_entry(rd);
}

static void issue_line(preader *rd, const char *s, size_t n)
{
    if (s[0] == '<') {
        if ((n >= 6 && strncasecmp(s, "<ISSUE", 6) == 0) ||
            (n >= 7 && strncasecmp(s, "</ISSUE", 7) == 0))
            return;
        problem(rd, "unknown tag '%.*s' (want <ISSUE ...> or </ISSUE>)", (int)n, s);
        return;
    }
    if (s[0] == '~') /* a phrase that cancels issue coding */
        return;
    const char *open = memchr(s, '[', n);
    const char *close = open ? memchr(open, ']', n - (size_t)(open - s)) : NULL;
    if (!open) {
        problem(rd, "issue phrase has no [code]");
        return;
    }
    if (!close) {
        problem(rd, "unclosed '[' (missing ']')");
        return;
    }
    const char *c = open + 1;
    size_t clen = (size_t)(close - c);
    trim(&c, &clen);
    if (clen == 0) {
        problem(rd, "empty code in [ ]");
        return;
    }
    const char *p = s;
    size_t plen = (size_t)(open - s);
    trim(&p, &plen);
    if (plen == 0) {
        problem(rd, "missing phrase before '['");
        return;
    }
    /* expansion prefixes: n: (noun forms), v: (verb forms); '+' joins with ' ' or '-' */
    for (size_t k = 0; k < plen; k++)
        if (p[k] == ':' && !(k >= 1 && (toupper((unsigned char)p[k - 1]) == 'N' ||
                                        toupper((unsigned char)p[k - 1]) == 'V') &&
                             (k == 1 || isspace((unsigned char)p[k - 2]) || p[k - 2] == '+'))) {
            problem(rd, "unknown expansion prefix in '%.*s' (want n: or v:)", (int)plen, p);
            return;
        }
    count_entry(rd);
}

/* ---- verbs ------------------------------------------------------------------------------ */

/* Reads a PETRARCH-2 pattern into our syntax: the words of { } noun phrases and ( )
 * prepositional phrases stand in the text in the order written. */
static bool p2_pattern(preader *rd, const char *s, size_t n, strbuf *out)
{
    int depth = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '|') {
            problem(rd, "alternatives { | } are not part of the PETRARCH-2 pattern syntax");
            return false;
        }
        if (c == '{' || c == '(') {
            depth++;
            strbuf_putc(out, ' ');
        } else if (c == '}' || c == ')') {
            if (--depth < 0) {
                problem(rd, "unbalanced '%c' in pattern", c);
                return false;
            }
            strbuf_putc(out, ' ');
        } else {
            strbuf_putc(out, c);
        }
    }
    if (depth != 0) {
        problem(rd, "unclosed '{' or '(' in pattern");
        return false;
    }
    return true;
}

static bool parse_code(preader *rd, const char *s, size_t n, lex_event_code *code)
{
    sitrep_error perr;
    const char *c = s;
    size_t cl = n;
    trim(&c, &cl);
    if (cl && c[0] == ':') {
        problem(rd, "code [%.*s] with an empty first half is not supported", (int)cl, c);
        return false;
    }
    if (!lex_parse_event_code(rd->lx, c, cl, code, &perr)) {
        problem(rd, "%s", perr.message);
        return false;
    }
    return true;
}

static void verb_header(preader *rd, const char *s, size_t n)
{
    rd->in_block = true;
    rd->block_has_verb = false;
    rd->synset[0] = '\0';
    memset(&rd->block_code, 0, sizeof rd->block_code);
    rd->block_code.flags = LCF_NULL;
    const char *open = memchr(s, '[', n);
    if (!open)
        return; /* no code: the block's verbs are null-coded */
    const char *close = memchr(open, ']', n - (size_t)(open - s));
    if (!close) {
        problem(rd, "unclosed '[' in block header");
        return;
    }
    lex_event_code code;
    if (parse_code(rd, open + 1, (size_t)(close - open - 1), &code))
        rd->block_code = code;
}

static void pattern_line(preader *rd, const char *s, size_t n)
{
    const char *open = memchr(s, '[', n);
    if (!open) {
        problem(rd, "pattern has no [code]");
        return;
    }
    const char *close = memchr(open, ']', n - (size_t)(open - s));
    if (!close) {
        problem(rd, "unclosed '[' (missing ']')");
        return;
    }
    if (!lex_has_current_verb(rd->lx) || (rd->in_block && !rd->block_has_verb)) {
        problem(rd, "pattern before any verb");
        return;
    }
    lex_event_code code;
    if (!parse_code(rd, open + 1, (size_t)(close - open - 1), &code))
        return;
    strbuf pat = {0};
    const char *p = s + 1;
    size_t plen = (size_t)(open - p);
    bool ok = true;
    if (rd->kind == PETR_VERBS2)
        ok = p2_pattern(rd, p, plen, &pat);
    else
        strbuf_append(&pat, p, plen);
    sitrep_error perr;
    /* PETRARCH does not stem pattern words: a word matches as written or as its regular
     * plural ("MEET" is not "MEETING", "OFF" not "OFFICIAL"; "EFFORT" is "EFFORTS") */
    uint8_t word_flags = LWF_PLURAL;
    if (ok && !lex_add_pattern_flags(rd->lx, pat.data ? pat.data : "", pat.len, &code,
                                     word_flags, origin_here(rd), &perr))
        problem(rd, "%s", perr.message);
    else if (ok)
        count_entry(rd);
    strbuf_free(&pat);
}

static void synset_member(preader *rd, const char *s, size_t n)
{
    strbuf m = {0};
    for (size_t i = 0; i < n; i++)
        strbuf_putc(&m, (s[i] == '(' || s[i] == ')' || s[i] == '{' || s[i] == '}') ? ' ' : s[i]);
    sitrep_error perr;
    if (!lex_add_synset_member(rd->lx, rd->synset, m.data ? m.data : "", m.len,
                               origin_here(rd), &perr))
        problem(rd, "%s", perr.message);
    strbuf_free(&m);
}

static void synset_name(preader *rd, const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && !isspace((unsigned char)s[k]) && k < sizeof rd->synset - 1) {
        rd->synset[k] = (char)toupper((unsigned char)s[k]);
        k++;
    }
    /* a final '_' only says "no plurals": the set is named without it */
    while (k > 1 && rd->synset[k - 1] == '_')
        k--;
    rd->synset[k] = '\0';
    if (k < 2) {
        problem(rd, "synonym set without a name after '&'");
        rd->synset[0] = '\0';
    }
}

/* A verb as written ("ABANDON", "+BREAK_DOWN", "WIRE_+TAP"): the phrase without its '+'
 * marker, and the index of the word that inflects (the marked one, else the last). */
static bool verb_phrase(preader *rd, const char *s, size_t n, char *out, size_t cap,
                        int *marked, int *nwords)
{
    size_t k = 0;
    int words = 0, mark = -1;
    bool in_word = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '+') {
            mark = words;
            continue;
        }
        bool sep = c == '_' || c == ' ' || c == '\t' || c == '-';
        if (!sep && !in_word)
            words++;
        in_word = !sep;
        if (k + 1 >= cap) {
            problem(rd, "verb phrase too long");
            return false;
        }
        out[k++] = c;
    }
    out[k] = '\0';
    if (words == 0) {
        problem(rd, "empty verb");
        return false;
    }
    *nwords = words;
    *marked = mark >= 0 && mark < words ? mark : words - 1;
    return true;
}

/* Adds one verb form; the first of a block (or any, outside blocks) opens a group. */
static void add_verb_words(preader *rd, lex_word *w, uint8_t nw, const lex_event_code *code,
                           bool root)
{
    if (root && (!rd->in_block || !rd->block_has_verb)) {
        lex_begin_verb(rd->lx, w, nw, code, origin_here(rd));
        rd->block_has_verb = true;
    } else {
        lex_add_verb_form_coded(rd->lx, w, nw, code, origin_here(rd));
    }
    count_entry(rd);
}

/* Parses `text` as a verb form; every word is exact (PETRARCH does not stem), and a
 * single word takes the regular verb endings. */
static bool parse_verb_words(preader *rd, const char *text, lex_word **w, uint8_t *nw)
{
    sitrep_error perr;
    if (!lex_parse_phrase(rd->lx, text, strlen(text), w, nw, &perr)) {
        problem(rd, "%s", perr.message);
        return false;
    }
    for (uint8_t i = 0; i < *nw; i++)
        (*w)[i].flags |= LWF_EXACT | LWF_REGULAR;
    return true;
}

/* The regular forms PETRARCH makes of the inflecting word of a phrase that our endings
 * do not cover: every form of a word inside a multi-word verb, and -IES/-IED of a final
 * consonant + Y. */
static void regular_forms(preader *rd, const char *phrase, int marked, int nwords,
                          const lex_event_code *code)
{
    /* locate the marked word */
    size_t start = 0, end = 0, len = strlen(phrase);
    int word = -1;
    bool in_word = false;
    for (size_t i = 0; i <= len; i++) {
        bool sep = i == len || phrase[i] == '_' || phrase[i] == ' ' || phrase[i] == '-';
        if (!sep && !in_word) {
            word++;
            if (word == marked)
                start = i;
        }
        if (sep && in_word && word == marked) {
            end = i;
            break;
        }
        in_word = !sep;
    }
    if (end <= start)
        return;
    char stem[128];
    size_t sl = end - start;
    if (sl >= sizeof stem - 4)
        return;
    memcpy(stem, phrase + start, sl);
    stem[sl] = '\0';
    for (size_t i = 0; i < sl; i++)
        stem[i] = (char)toupper((unsigned char)stem[i]);
    char last = stem[sl - 1];
    bool y = last == 'Y' && sl >= 2 && !strchr("AEIOU", stem[sl - 2]);
    const char *endings[3];
    size_t ne = 0;
    if (marked != nwords - 1 || nwords > 1) {
        if (last == 'E') {
            endings[0] = "S", endings[1] = "D", endings[2] = "ING";
        } else if (y) {
            endings[0] = "IES", endings[1] = "IED", endings[2] = "YING";
        } else {
            endings[0] = "S", endings[1] = "ED", endings[2] = "ING";
        }
        ne = 3;
    } else if (y) {
        endings[0] = "IES", endings[1] = "IED";
        ne = 2;
    }
    for (size_t e = 0; e < ne; e++) {
        char form[128];
        size_t base = sl;
        if ((last == 'E' && strcmp(endings[e], "ING") == 0) || (y && endings[e][0] == 'I'))
            base = sl - 1;
        snprintf(form, sizeof form, "%.*s%s", (int)base, stem, endings[e]);
        strbuf b = {0};
        strbuf_append(&b, phrase, start);
        strbuf_puts(&b, form);
        strbuf_puts(&b, phrase + end);
        lex_word *w;
        uint8_t nw;
        if (parse_verb_words(rd, b.data, &w, &nw))
            add_verb_words(rd, w, nw, code, false);
        strbuf_free(&b);
    }
}

static void verb_line(preader *rd, const char *s, size_t n)
{
    /* "PHRASE {FORMS} [code]" */
    const char *open = memchr(s, '[', n);
    size_t plen = open ? (size_t)(open - s) : n;
    lex_event_code code = rd->in_block ? rd->block_code : (lex_event_code){0};
    if (!rd->in_block)
        code.flags = LCF_NULL;
    if (open) {
        const char *close = memchr(open, ']', n - plen);
        if (!close) {
            problem(rd, "unclosed '[' (missing ']')");
            return;
        }
        if (!parse_code(rd, open + 1, (size_t)(close - open - 1), &code))
            return;
    }
    const char *forms = NULL;
    size_t flen = 0;
    if (!split_forms(rd, s, &plen, &forms, &flen, "verb forms"))
        return;
    const char *ph = s;
    trim(&ph, &plen);
    char phrase[256];
    int marked, nwords;
    if (!verb_phrase(rd, ph, plen, phrase, sizeof phrase, &marked, &nwords))
        return;
    lex_word *w;
    uint8_t nw;
    if (!parse_verb_words(rd, phrase, &w, &nw))
        return;
    add_verb_words(rd, w, nw, &code, true);
    if (!forms) {
        regular_forms(rd, phrase, marked, nwords, &code);
        return;
    }
    size_t k = 0;
    while (k < flen) {
        while (k < flen && isspace((unsigned char)forms[k]))
            k++;
        size_t start = k;
        while (k < flen && !isspace((unsigned char)forms[k]))
            k++;
        if (k == start)
            continue;
        char form[256];
        int fm, fn;
        if (!verb_phrase(rd, forms + start, k - start, form, sizeof form, &fm, &fn))
            continue;
        if (parse_verb_words(rd, form, &w, &nw))
            add_verb_words(rd, w, nw, &code, false);
    }
}

static void verbs_line(preader *rd, const char *s, size_t n)
{
    if (is_block_header(s, n)) {
        verb_header(rd, s, n);
        return;
    }
    if (s[0] == '&') {
        synset_name(rd, s + 0, n);
        return;
    }
    if (s[0] == '+' && rd->synset[0]) {
        synset_member(rd, s + 1, n - 1);
        return;
    }
    rd->synset[0] = '\0';
    if (s[0] == '-') {
        pattern_line(rd, s, n);
        return;
    }
    if (s[0] == '~') {
        problem(rd, "verb transformation (~ ...) is not supported: skipped");
        return;
    }
    if (s[0] == '<') {
        problem(rd, "unexpected tag '%.*s' in a PETRARCH verb file", (int)n, s);
        return;
    }
    verb_line(rd, s, n);
}

/* ---- files -------------------------------------------------------------------------------- */

bool petr_load_buffer(lexicon *lx, petr_dict_kind kind, const char *name, const char *data,
                      size_t len, dict_diag_fn diag, void *ctx, dict_load_report *report,
                      sitrep_error *err)
{
    preader *rd = xcalloc(1, sizeof *rd);
    rd->lx = lx;
    rd->kind = kind;
    rd->src.name = name;
    rd->src.lx = lx;
    rd->src.diag = diag;
    rd->src.ctx = ctx;
    rd->src.report = report;
    rd->src.err = err;
    strbuf clean = {0};
    strip_comments(data, len, &clean);
    bool ok;
    if (kind == PETR_ACTORS) {
        ok = load_actors(rd, clean.data ? clean.data : "", clean.len);
    } else {
        const char *s;
        size_t n;
        if (kind == PETR_VERBS1 || kind == PETR_VERBS2) {
            /* first pass: declare every synonym set, so that a pattern or a set may use
             * one defined further down the file */
            line_iter pre = {clean.data, clean.len, 0};
            while (next_line(&pre, &s, &n)) {
                trim(&s, &n);
                if (n == 0 || s[0] != '&' || memchr(s, '\0', n))
                    continue;
                size_t k = 0;
                while (k < n && !isspace((unsigned char)s[k]))
                    k++;
                while (k > 1 && s[k - 1] == '_')
                    k--;
                if (k < 2)
                    continue; /* reported by the second pass */
                synset_name(rd, s, n);
                if (rd->synset[0])
                    lex_declare_synset(lx, rd->synset);
            }
            rd->synset[0] = '\0';
        }
        line_iter it = {clean.data, clean.len, 0};
        while (next_line(&it, &s, &n)) {
            rd->src.line++;
            if (report)
                report->lines++;
            if (memchr(s, '\0', n)) {
                problem(rd, "NUL byte in a dictionary line (binary file?)");
                continue;
            }
            trim(&s, &n);
            if (n == 0)
                continue;
            switch (kind) {
            case PETR_AGENTS: agent_line(rd, s, n); break;
            case PETR_DISCARDS: discard_line(rd, s, n); break;
            case PETR_ISSUES: issue_line(rd, s, n); break;
            default: verbs_line(rd, s, n); break;
            }
        }
        ok = !rd->src.failed;
    }
    strbuf_free(&clean);
    free(rd);
    return ok;
}

bool petr_load_file(lexicon *lx, petr_dict_kind kind, const char *path, const char *display,
                    dict_diag_fn diag, void *ctx, dict_load_report *report, sitrep_error *err)
{
    size_t len;
    char *data = file_read_path(path, &len, err);
    if (!data)
        return false;
    if (!display)
        display = path;
    const char *name = lex_intern(lx, display, strlen(display));
    bool ok = petr_load_buffer(lx, kind, name, data, len, diag, ctx, report, err);
    free(data);
    return ok;
}
