/* tabari_reader.c: the TABARI dictionary formats (.actors, .agents, .verbs, .project).
 *
 * Every line is read, trimmed and stripped of its ';' comment, then dispatched by its
 * first character: section tags (<NOUN>, <SYNSETS>, ...), synonyms (+), code-only
 * continuation lines ([...] on an indented line), verb forms ({...}), patterns (-),
 * synonym set names (&), or a new phrase. Problems are reported per line and the line is
 * skipped, so a single run lists every problem in a file. */
#include "lexicon/tabari_reader.h"
#include "lexicon/dict_source.h"
#include "base/strbuf.h"
#include "base/file.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct loader {
    lexicon *lx;
    tabari_dict_kind kind;
    dict_source src; /* file name, line, problem reporting */

    /* actors: the pending group (primary phrase, its synonyms, its codes) */
    struct pending_phrase {
        lex_word *words;
        uint8_t nwords;
        const char *origin;
        size_t line;
    } *phrases; /* grown as needed: Phoenix country groups have hundreds of synonyms */
    size_t nphrases, phrases_cap;
    lex_code codes[32];
    size_t ncodes;
    uint8_t section; /* LEX_ACTOR / LEX_NOUN / LEX_ADJECTIVE / LEX_AGENT */

    /* verbs */
    enum { V_NONE, V_SYNSETS, V_TIME, V_OTHER } vsection;
    char synset[128];
} loader;

static void problem(loader *ld, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static void problem(loader *ld, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    dict_vproblem(&ld->src, fmt, ap);
    va_end(ap);
}

static const char *origin_here(loader *ld)
{
    return dict_origin(&ld->src);
}

bool tabari_parse_date(const char *s, size_t len, int32_t *out)
{
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len != 6 && len != 8)
        return false;
    int32_t v = 0;
    for (size_t i = 0; i < len; i++) {
        if (!isdigit((unsigned char)s[i]))
            return false;
        v = v * 10 + (s[i] - '0');
    }
    int year, month = (v / 100) % 100, day = v % 100;
    if (len == 6) {
        int yy = v / 10000;
        year = yy <= 30 ? 2000 + yy : 1900 + yy;
    } else {
        year = v / 10000;
    }
    if (month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    *out = year * 10000 + month * 100 + day;
    return true;
}

/* Parses the inside of one code block: "CODE", "CODE <YYMMDD", "CODE >YYMMDD",
 * "CODE YYMMDD-YYMMDD". */
static bool parse_code_block(loader *ld, const char *s, size_t len, lex_code *out)
{
    while (len && isspace((unsigned char)*s))
        s++, len--;
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (len == 0) {
        problem(ld, "empty code in [ ]");
        return false;
    }
    size_t clen = 0;
    while (clen < len && !isspace((unsigned char)s[clen]) && s[clen] != '<' && s[clen] != '>')
        clen++;
    /* A block that starts with a date ("[991201-010114]") has no code. */
    if (clen && isdigit((unsigned char)s[0]) && memchr(s, '-', clen) && clen >= 13) {
        problem(ld, "code block [%.*s] has a date but no code", (int)len, s);
        return false;
    }
    out->from = 0;
    out->to = 99999999;
    char code[128];
    size_t k = 0;
    for (size_t i = 0; i < clen && k < sizeof code - 1; i++)
        if (!isspace((unsigned char)s[i]))
            code[k++] = s[i];
    code[k] = '\0';
    if (k == 0) {
        problem(ld, "code block [%.*s] has no code", (int)len, s);
        return false;
    }
    if (ld->section == LEX_AGENT && !strchr(code, '~') && strcmp(code, "---") != 0) {
        problem(ld, "agent code '%s' needs a '~' before or after it", code);
        return false;
    }
    out->code = lex_intern(ld->lx, code, k);
    const char *r = s + clen;
    size_t rlen = len - clen;
    while (rlen && isspace((unsigned char)*r))
        r++, rlen--;
    if (rlen == 0)
        return true;
    int32_t d1, d2;
    if (*r == '<' || *r == '>') {
        char op = *r;
        if (!tabari_parse_date(r + 1, rlen - 1, &d1)) {
            problem(ld, "bad date restriction '%.*s' (want <YYMMDD, >YYMMDD or "
                        "YYMMDD-YYMMDD)", (int)rlen, r);
            return false;
        }
        /* TABARI's restrictions are strict: < before the date, > after it. */
        if (op == '<')
            out->to = d1 - 1;
        else
            out->from = d1 + 1;
        return true;
    }
    const char *dash = memchr(r, '-', rlen);
    if (!dash || !tabari_parse_date(r, (size_t)(dash - r), &d1) ||
        !tabari_parse_date(dash + 1, rlen - (size_t)(dash - r) - 1, &d2)) {
        problem(ld, "bad date restriction '%.*s' (want <YYMMDD, >YYMMDD or YYMMDD-YYMMDD)",
                (int)rlen, r);
        return false;
    }
    out->from = d1;
    out->to = d2;
    return true;
}

/* Splits "PHRASE [code] [code]" into the phrase and its code blocks. */
static bool parse_blocks(loader *ld, const char *s, size_t len, size_t *phrase_len)
{
    const char *open = memchr(s, '[', len);
    *phrase_len = open ? (size_t)(open - s) : len;
    while (open) {
        size_t rest = len - (size_t)(open - s);
        const char *close = memchr(open, ']', rest);
        if (!close) {
            problem(ld, "unclosed '[' (missing ']')");
            return false;
        }
        if (ld->ncodes == sizeof ld->codes / sizeof ld->codes[0]) {
            problem(ld, "too many code blocks");
            return false;
        }
        if (!parse_code_block(ld, open + 1, (size_t)(close - open - 1), &ld->codes[ld->ncodes]))
            return false;
        ld->ncodes++;
        const char *next = close + 1;
        size_t left = len - (size_t)(next - s);
        while (left && isspace((unsigned char)*next))
            next++, left--;
        if (left && *next != '[') {
            problem(ld, "unexpected text '%.*s' after ']'", (int)left, next);
            return false;
        }
        open = left ? next : NULL;
    }
    if (memchr(s, ']', *phrase_len)) {
        problem(ld, "']' without '['");
        return false;
    }
    return true;
}

static void flush_group(loader *ld)
{
    if (ld->nphrases == 0)
        return;
    if (ld->section == LEX_ACTOR && ld->ncodes == 0) {
        /* A phrase with no code at all is a null-coded actor: it blocks stems. */
        ld->codes[0] = (lex_code){lex_intern(ld->lx, "---", 3), 0, 99999999};
        ld->ncodes = 1;
    }
    if (ld->section == LEX_AGENT && ld->ncodes == 0) {
        /* found when the next entry starts: report the line of the agent itself */
        size_t here = ld->src.line;
        ld->src.line = ld->phrases[0].line;
        problem(ld, "agent has no code");
        ld->src.line = here;
        ld->nphrases = 0;
        return;
    }
    /* A lone date-restricted code gets the null code as its default. */
    if (ld->ncodes == 1 && (ld->codes[0].from != 0 || ld->codes[0].to != 99999999))
        ld->codes[ld->ncodes++] = (lex_code){lex_intern(ld->lx, "---", 3), 0, 99999999};
    for (size_t i = 0; i < ld->nphrases; i++) {
        lex_add_entry(ld->lx, ld->section, ld->phrases[i].words, ld->phrases[i].nwords,
                      ld->codes, ld->ncodes, ld->phrases[i].origin);
        if (ld->src.report)
            ld->src.report->entries++;
    }
    ld->nphrases = ld->ncodes = 0;
}

static bool add_phrase(loader *ld, const char *s, size_t len)
{
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    while (len && isspace((unsigned char)*s))
        s++, len--;
    if (len == 0) {
        problem(ld, "missing phrase before '['");
        return false;
    }
    ld->phrases = xgrow(ld->phrases, &ld->phrases_cap, ld->nphrases + 1, sizeof *ld->phrases);
    sitrep_error perr;
    struct pending_phrase *p = &ld->phrases[ld->nphrases];
    if (!lex_parse_phrase(ld->lx, s, len, &p->words, &p->nwords, &perr)) {
        problem(ld, "%s", perr.message);
        return false;
    }
    p->origin = origin_here(ld);
    p->line = ld->src.line;
    ld->nphrases++;
    return true;
}

static void noun_line(loader *ld, const char *s, size_t len)
{
    size_t plen;
    if (ld->section == LEX_AGENT || ld->section == LEX_ACTOR)
        return;
    /* Nouns and adjectives carry no codes; a code, if present, is ignored. */
    ld->ncodes = 0;
    if (!parse_blocks(ld, s, len, &plen))
        return;
    ld->ncodes = 0;
    if (add_phrase(ld, s, plen))
        flush_group(ld);
    ld->nphrases = 0;
}

static void actor_line(loader *ld, const char *s, size_t len, bool indented)
{
    if (ld->section == LEX_NOUN || ld->section == LEX_ADJECTIVE) {
        noun_line(ld, s, len);
        return;
    }
    if (s[0] == '+') {
        if (ld->nphrases == 0) {
            problem(ld, "synonym '+' without a phrase before it");
            return;
        }
        size_t saved = ld->ncodes, plen;
        if (!parse_blocks(ld, s + 1, len - 1, &plen)) {
            ld->ncodes = saved;
            return;
        }
        add_phrase(ld, s + 1, plen);
        return;
    }
    if (s[0] == '[' && (indented || ld->nphrases > 0)) {
        if (ld->nphrases == 0) {
            problem(ld, "code line with no phrase before it");
            return;
        }
        size_t plen, saved = ld->ncodes;
        if (!parse_blocks(ld, s, len, &plen))
            ld->ncodes = saved;
        return;
    }
    flush_group(ld);
    size_t plen;
    if (!parse_blocks(ld, s, len, &plen)) {
        ld->ncodes = 0;
        return;
    }
    if (!add_phrase(ld, s, plen))
        ld->ncodes = 0;
}

static void verb_line(loader *ld, const char *s, size_t len)
{
    sitrep_error perr;
    if (ld->vsection == V_OTHER)
        return; /* sections that do not concern coding */
    if (ld->vsection == V_TIME) {
        /* Time-shift phrases ("LAST_WEEK [-7]") date events, which the document layer
         * does from the text itself; but a time phrase coded [###] or [+++] discards the
         * sentence or marks it complex, so those are kept, as nouns carrying the code. */
        if (s[0] == '-')
            return;
        const char *open = memchr(s, '[', len);
        const char *close = open ? memchr(open, ']', len - (size_t)(open - s)) : NULL;
        if (!open || !close) {
            problem(ld, "time phrase needs a [code]");
            return;
        }
        lex_event_code code;
        if (!lex_parse_event_code(ld->lx, open + 1, (size_t)(close - open - 1), &code, &perr))
            return; /* shifts such as [-7] are not event codes: nothing to keep */
        if (!(code.flags & (LCF_DISCARD | LCF_COMPLEX)))
            return;
        size_t plen = (size_t)(open - s);
        while (plen && isspace((unsigned char)s[plen - 1]))
            plen--;
        lex_word *w;
        uint8_t nw;
        if (!lex_parse_phrase(ld->lx, s, plen, &w, &nw, &perr)) {
            problem(ld, "%s", perr.message);
            return;
        }
        lex_code c = {lex_intern(ld->lx, (code.flags & LCF_DISCARD) ? "###" : "+++", 3), 0,
                      99999999};
        lex_add_entry(ld->lx, LEX_NOUN, w, nw, &c, 1, origin_here(ld));
        return;
    }
    if (ld->vsection == V_SYNSETS) {
        if (s[0] == '&') {
            size_t n = 0;
            while (n < len && !isspace((unsigned char)s[n]) && n < sizeof ld->synset - 1) {
                ld->synset[n] = (char)toupper((unsigned char)s[n]);
                n++;
            }
            ld->synset[n] = '\0';
            return;
        }
        if (s[0] == '+') {
            if (!ld->synset[0]) {
                problem(ld, "synonym set member before any &NAME");
                return;
            }
            if (!lex_add_synset_member(ld->lx, ld->synset, s + 1, len - 1, origin_here(ld), &perr))
                problem(ld, "%s", perr.message);
            return;
        }
        problem(ld, "inside <SYNSETS> a line must start with & or +");
        return;
    }
    if (s[0] == '-') {
        const char *open = memchr(s, '[', len);
        if (!open) {
            problem(ld, "pattern has no [code]");
            return;
        }
        const char *close = memchr(open, ']', len - (size_t)(open - s));
        if (!close) {
            problem(ld, "unclosed '[' (missing ']')");
            return;
        }
        if (!lex_has_current_verb(ld->lx)) {
            problem(ld, "pattern before any verb");
            return;
        }
        lex_event_code code;
        if (!lex_parse_event_code(ld->lx, open + 1, (size_t)(close - open - 1), &code, &perr)) {
            problem(ld, "%s", perr.message);
            return;
        }
        if (!lex_add_pattern(ld->lx, s + 1, (size_t)(open - s - 1), &code, origin_here(ld), &perr)) {
            problem(ld, "%s", perr.message);
            return;
        }
        if (ld->src.report)
            ld->src.report->entries++;
        return;
    }
    if (s[0] == '{') {
        const char *close = memchr(s, '}', len);
        if (!close) {
            problem(ld, "unclosed '{' in verb forms");
            return;
        }
        if (!lex_has_current_verb(ld->lx)) {
            problem(ld, "verb forms before any verb");
            return;
        }
        const char *p = s + 1;
        while (p < close) {
            while (p < close && isspace((unsigned char)*p))
                p++;
            const char *q = p;
            while (q < close && !isspace((unsigned char)*q))
                q++;
            if (q > p) {
                lex_word *w;
                uint8_t nw;
                if (!lex_parse_phrase(ld->lx, p, (size_t)(q - p), &w, &nw, &perr))
                    problem(ld, "%s", perr.message);
                else
                    lex_add_verb_form(ld->lx, w, nw, origin_here(ld));
            }
            p = q;
        }
        return;
    }
    /* a verb root: "PHRASE [code]" (a root with no code is null-coded) */
    const char *open = memchr(s, '[', len);
    size_t plen = open ? (size_t)(open - s) : len;
    lex_event_code code = {0};
    code.flags = LCF_NULL;
    if (open) {
        const char *close = memchr(open, ']', len - plen);
        if (!close) {
            problem(ld, "unclosed '[' (missing ']')");
            return;
        }
        if (!lex_parse_event_code(ld->lx, open + 1, (size_t)(close - open - 1), &code, &perr)) {
            problem(ld, "%s", perr.message);
            return;
        }
    }
    while (plen && isspace((unsigned char)s[plen - 1]))
        plen--;
    lex_word *w;
    uint8_t nw;
    if (!lex_parse_phrase(ld->lx, s, plen, &w, &nw, &perr)) {
        problem(ld, "%s", perr.message);
        return;
    }
    lex_begin_verb(ld->lx, w, nw, &code, origin_here(ld));
    if (ld->src.report)
        ld->src.report->entries++;
}

static bool section_tag(loader *ld, const char *s, size_t len)
{
    char tag[32];
    size_t n = 0;
    for (size_t i = 0; i < len && n < sizeof tag - 1 && s[i] != '>'; i++)
        if (!isspace((unsigned char)s[i]))
            tag[n++] = (char)toupper((unsigned char)s[i]);
    tag[n] = '\0';
    bool closing = tag[1] == '/';
    const char *name = tag + (closing ? 2 : 1);
    if (ld->kind == TABARI_VERBS) {
        if (strcmp(name, "SYNSETS") == 0 || strcmp(name, "SYNSET") == 0)
            ld->vsection = closing ? V_NONE : V_SYNSETS;
        else if (strcmp(name, "TIME") == 0)
            ld->vsection = closing ? V_NONE : V_TIME;
        else
            ld->vsection = closing ? V_NONE : V_OTHER;
        return true;
    }
    flush_group(ld);
    uint8_t base = ld->kind == TABARI_AGENTS ? LEX_AGENT : LEX_ACTOR;
    if (strcmp(name, "NOUN") == 0 || strcmp(name, "NOUNS") == 0)
        ld->section = closing ? base : LEX_NOUN;
    else if (strncmp(name, "ADJ", 3) == 0)
        ld->section = closing ? base : LEX_ADJECTIVE;
    else
        problem(ld, "unknown section tag %.*s", (int)len, s);
    return true;
}

bool tabari_load_buffer(lexicon *lx, tabari_dict_kind kind, const char *name, const char *data,
                        size_t len, dict_diag_fn diag, void *ctx, dict_load_report *report,
                        sitrep_error *err)
{
    loader *ld = xcalloc(1, sizeof *ld);
    ld->lx = lx;
    ld->kind = kind;
    ld->src.name = name;
    ld->src.lx = lx;
    ld->src.diag = diag;
    ld->src.ctx = ctx;
    ld->src.report = report;
    ld->src.err = err;
    ld->section = kind == TABARI_AGENTS ? LEX_AGENT : LEX_ACTOR;
    size_t pos = 0;
    while (pos < len) {
        const char *line = data + pos;
        const char *nl = memchr(line, '\n', len - pos);
        size_t llen = nl ? (size_t)(nl - line) : len - pos;
        pos += llen + (nl ? 1 : 0);
        ld->src.line++;
        if (report)
            report->lines++;
        if (memchr(line, '\0', llen)) {
            problem(ld, "NUL byte in a dictionary line (binary file?)");
            continue;
        }
        bool indented = llen && (line[0] == ' ' || line[0] == '\t');
        const char *semi = memchr(line, ';', llen);
        if (semi)
            llen = (size_t)(semi - line);
        while (llen && isspace((unsigned char)*line))
            line++, llen--;
        while (llen && isspace((unsigned char)line[llen - 1]))
            llen--;
        if (llen == 0 || line[0] == '#' || line[0] == '/')
            continue;
        if (line[0] == '~')
            break;
        if (line[0] == '<') {
            section_tag(ld, line, llen);
            continue;
        }
        if (kind == TABARI_VERBS)
            verb_line(ld, line, llen);
        else
            actor_line(ld, line, llen, indented);
    }
    flush_group(ld);
    bool ok = !ld->src.failed;
    free(ld->phrases);
    free(ld);
    return ok;
}

bool tabari_load_file(lexicon *lx, tabari_dict_kind kind, const char *path, const char *display,
                      dict_diag_fn diag, void *ctx, dict_load_report *report, sitrep_error *err)
{
    size_t len;
    char *data = file_read_path(path, &len, err);
    if (!data)
        return false;
    if (!display)
        display = path;
    const char *name = lex_intern(lx, display, strlen(display));
    bool ok = tabari_load_buffer(lx, kind, name, data, len, diag, ctx, report, err);
    free(data);
    return ok;
}

bool tabari_load_actors(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                        dict_load_report *report, sitrep_error *err)
{
    return tabari_load_file(lx, TABARI_ACTORS, path, NULL, diag, ctx, report, err);
}

bool tabari_load_agents(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                        dict_load_report *report, sitrep_error *err)
{
    return tabari_load_file(lx, TABARI_AGENTS, path, NULL, diag, ctx, report, err);
}

bool tabari_load_verbs(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                       dict_load_report *report, sitrep_error *err)
{
    return tabari_load_file(lx, TABARI_VERBS, path, NULL, diag, ctx, report, err);
}

/* ---- .project files ---------------------------------------------------------------- */

typedef struct project_file {
    tabari_project *out;
    const char *path;
} project_file;

static int project_line(char *line, size_t lineno, void *ctx, sitrep_error *err)
{
    tabari_project *out = ((project_file *)ctx)->out;
    const char *path = ((project_file *)ctx)->path;
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    char *close = *p == '<' ? strchr(p, '>') : NULL;
    if (!close || (size_t)(close - p - 1) >= 32)
        return FILE_LINE_NEXT;
    char tag[32];
    size_t tlen = (size_t)(close - p - 1);
    memcpy(tag, p + 1, tlen);
    tag[tlen] = '\0';
    char *val = close + 1;
    while (isspace((unsigned char)*val))
        val++;
    size_t vlen = strlen(val);
    while (vlen && isspace((unsigned char)val[vlen - 1]))
        val[--vlen] = '\0';
    char **slot = NULL;
    size_t *count = NULL;
    char **list = NULL;
    if (strcmp(tag, "actorsfile") == 0)
        list = out->actors, count = &out->nactors;
    else if (strcmp(tag, "verbsfile") == 0)
        list = out->verbs, count = &out->nverbs;
    else if (strcmp(tag, "agentsfile") == 0)
        list = out->agents, count = &out->nagents;
    else if (strcmp(tag, "optionsfile") == 0)
        list = out->options, count = &out->noptions;
    else if (strcmp(tag, "textfile") == 0)
        slot = &out->text;
    if (!list && !slot)
        return FILE_LINE_NEXT;
    if (vlen == 0) {
        sitrep_error_at(err, SITREP_EDICT, path, lineno, "%s:%zu: <%s> names no file", path,
                        lineno, tag);
        return FILE_LINE_FAIL;
    }
    if (slot) {
        free(*slot);
        *slot = path_beside(path, val);
    } else if (*count < 8) {
        list[(*count)++] = path_beside(path, val);
    } else {
        sitrep_error_at(err, SITREP_EDICT, path, lineno, "%s:%zu: more than 8 <%s> files", path,
                        lineno, tag);
        return FILE_LINE_FAIL;
    }
    return FILE_LINE_NEXT;
}

bool tabari_read_project(const char *path, tabari_project *out, sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    project_file pf = {out, path};
    bool ok = file_each_line(path, project_line, &pf, err);
    if (ok && out->nactors == 0 && out->nverbs == 0)
        ok = sitrep_error_set(err, "%s: not a TABARI project file (no <actorsfile> or "
                                   "<verbsfile>)", path);
    if (!ok)
        tabari_project_free(out);
    return ok;
}

void tabari_project_free(tabari_project *p)
{
    for (size_t i = 0; i < p->nactors; i++)
        free(p->actors[i]);
    for (size_t i = 0; i < p->nverbs; i++)
        free(p->verbs[i]);
    for (size_t i = 0; i < p->nagents; i++)
        free(p->agents[i]);
    for (size_t i = 0; i < p->noptions; i++)
        free(p->options[i]);
    free(p->text);
    memset(p, 0, sizeof *p);
}
