/* actor_names.c: canonical names of actor codes (see actor_names.h).
 *
 * The actor files are read a second time, as blocks, rather than through the frozen
 * lexicon: the lexicon keeps phrases for matching and forgets which phrase opened a block,
 * which is the only name a TABARI or PETRARCH dictionary has. */
#include "lexicon/actor_names.h"

#include "base/arena.h"
#include "base/file.h"
#include "base/strbuf.h"
#include "base/strmap.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

struct actor_names {
    arena *mem;
    strmap *overrides; /* code -> name from names.txt */
    strmap *blocks;    /* code -> name from the first block that defines it */
    strmap *composed;  /* code -> the name get() settled on (or `none`) */
    strmap *entries;   /* "file:line" -> person or body name */
    const char **order; /* codes defined by blocks, in file order */
    size_t norder, cap;
    struct person **people; /* every block's name and office, in file order */
    size_t npeople, pcap;
};

static const char none[] = "";

/* A block's name and the code of its office; `full` is "Name (office)" once asked for. */
typedef struct person {
    const char *name, *office_code, *full;
} person;

/* CAMEO's role codes (CAMEO manual, chapter 4, plus the codes ICEWS and PETRARCH add). */
static const char *const roles[][2] = {
    {"AGR", "agriculture"}, {"BUS", "business"}, {"CHR", "Christians"},
    {"COP", "police"}, {"CRM", "criminals"}, {"CVL", "civilians"},
    {"DEV", "development"}, {"EDU", "education"}, {"ELI", "elites"},
    {"ENV", "environment"}, {"GOV", "government"}, {"HLH", "health"},
    {"HRI", "human rights"}, {"IGO", "intergovernmental organisation"},
    {"IMG", "international militarized group"}, {"INS", "insurgents"},
    {"JEW", "Jews"}, {"JUD", "judiciary"}, {"LAB", "labour"}, {"LEG", "legislature"},
    {"MED", "media"}, {"MIL", "military"}, {"MNC", "multinational corporation"},
    {"MOD", "moderates"}, {"MUS", "Muslims"}, {"NGM", "non-governmental movement"},
    {"NGO", "non-governmental organisation"}, {"OPP", "opposition"},
    {"PTY", "political party"}, {"RAD", "radicals"}, {"REB", "rebels"},
    {"REF", "refugees"}, {"REL", "religious"}, {"SEP", "separatists"}, {"SPY", "intelligence"},
    {"UAF", "unidentified armed forces"}, {"UNK", "unknown"},
};

const char *actor_role_name(const char *role)
{
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (strcmp(roles[i][0], role) == 0)
            return roles[i][1];
    return NULL;
}

actor_names *actor_names_new(void)
{
    actor_names *n = xcalloc(1, sizeof *n);
    n->mem = arena_new(1 << 16);
    n->overrides = strmap_new();
    n->blocks = strmap_new();
    n->composed = strmap_new();
    n->entries = strmap_new();
    return n;
}

void actor_names_free(actor_names *n)
{
    if (!n)
        return;
    strmap_free(n->overrides);
    strmap_free(n->blocks);
    strmap_free(n->composed);
    strmap_free(n->entries);
    free(n->order);
    free(n->people);
    arena_free(n->mem);
    free(n);
}

/* ---- phrases to names ---- */

static bool is_small_word(const char *w, size_t len)
{
    static const char *const small[] = {"of", "and", "the", "for", "on", "in", "at", "to",
                                        "de", "du", "des", "la", "le", "del", "da", "do"};
    for (size_t i = 0; i < sizeof small / sizeof *small; i++)
        if (strlen(small[i]) == len && strncasecmp(small[i], w, len) == 0)
            return true;
    return false;
}

/* "UNITED_STATES_OF_AMERICA_" -> "United States of America"; a word with a dot or a digit,
 * or without a vowel, stays as written ("U.S.", "G7", "NSC"). */
static char *title_case(arena *mem, const char *phrase, size_t len)
{
    strbuf b = {0};
    size_t i = 0;
    int nword = 0;
    while (i < len) {
        while (i < len && (phrase[i] == '_' || phrase[i] == ' ' || phrase[i] == '~'))
            i++;
        size_t s = i;
        while (i < len && phrase[i] != '_' && phrase[i] != ' ' && phrase[i] != '~')
            i++;
        if (i == s)
            break;
        const char *w = phrase + s;
        size_t wl = i - s;
        bool keep = false, vowel = false;
        for (size_t k = 0; k < wl; k++) {
            char c = (char)toupper((unsigned char)w[k]);
            if (c == '.' || isdigit((unsigned char)c))
                keep = true;
            if (strchr("AEIOUY", c))
                vowel = true;
        }
        if (nword++)
            strbuf_putc(&b, ' ');
        if (keep || !vowel) {
            strbuf_append(&b, w, wl);
        } else if (nword > 1 && is_small_word(w, wl)) {
            for (size_t k = 0; k < wl; k++)
                strbuf_putc(&b, (char)tolower((unsigned char)w[k]));
        } else {
            bool start = true;
            for (size_t k = 0; k < wl; k++) {
                char c = w[k];
                strbuf_putc(&b, start ? (char)toupper((unsigned char)c)
                                      : (char)tolower((unsigned char)c));
                /* "AL-ASSAD" -> "Al-Assad", "O'BRIEN" -> "O'Brien" (not "JAPAN'S") */
                start = c == '-' || (c == '\'' && k == 1);
            }
        }
    }
    char *out = arena_strdup(mem, b.data ? b.data : "");
    strbuf_free(&b);
    return out;
}

static size_t last_word(const char *p, size_t len, size_t *start)
{
    while (len && (p[len - 1] == '_' || p[len - 1] == ' '))
        len--;
    size_t s = len;
    while (s && p[s - 1] != '_' && p[s - 1] != ' ')
        s--;
    *start = s;
    return len - s;
}

static bool ends_with_ci(const char *w, size_t wl, const char *suffix)
{
    size_t sl = strlen(suffix);
    return wl > sl + 1 && strncasecmp(w + wl - sl, suffix, sl) == 0;
}

static bool is_possessive(const char *p, size_t len)
{
    size_t s, wl = last_word(p, len, &s);
    const char *w = p + s;
    return (wl >= 2 && w[wl - 2] == '\'' && toupper((unsigned char)w[wl - 1]) == 'S') ||
           (wl >= 1 && w[wl - 1] == '\'');
}

/* Demonyms and other adjectives of place: "JAPANESE", "AFRICAN", "BRITISH", "KENYAN". A
 * country name with such an ending ("JORDAN", "IRAN") is read as a name when its block
 * has no shorter stem of it, which is why this only ever decides between two phrases. */
static bool looks_adjective(const char *p, size_t len)
{
    size_t s, wl = last_word(p, len, &s);
    const char *w = p + s;
    static const char *const endings[] = {"IAN", "EAN", "ESE", "ISH", "ICAN", "IAN'S", "ESE'S",
                                          "ENS", "IANS", "ESES"};
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (ends_with_ci(w, wl, endings[i]))
            return true;
    return false;
}

/* A file read may name codes that earlier lookups composed or missed. */
static void forget_lookups(actor_names *n)
{
    strmap_free(n->composed);
    n->composed = strmap_new();
    for (size_t i = 0; i < n->npeople; i++)
        n->people[i]->full = NULL;
}

/* ---- reading blocks ---- */

typedef struct phrase_at {
    char *text;
    size_t len;
    long line;
} phrase_at;

typedef struct block {
    phrase_at *phrases;
    size_t nphrases, pcap;
    char **codes; /* undated */
    size_t ncodes, ccap;
    char *office_code; /* the dated code with the latest end, for office holders */
    long office_to;
} block;

static void block_clear(block *b)
{
    for (size_t i = 0; i < b->nphrases; i++)
        free(b->phrases[i].text);
    for (size_t i = 0; i < b->ncodes; i++)
        free(b->codes[i]);
    free(b->office_code);
    b->nphrases = b->ncodes = 0;
    b->office_code = NULL;
    b->office_to = 0;
}

/* The phrase that names the block: the first one that is neither possessive nor an
 * adjective, else the first that is not possessive, else the first. */
static const phrase_at *block_name_phrase(const block *b)
{
    for (size_t i = 0; i < b->nphrases; i++)
        if (!is_possessive(b->phrases[i].text, b->phrases[i].len) &&
            !looks_adjective(b->phrases[i].text, b->phrases[i].len))
            return &b->phrases[i];
    for (size_t i = 0; i < b->nphrases; i++)
        if (!is_possessive(b->phrases[i].text, b->phrases[i].len))
            return &b->phrases[i];
    return b->nphrases ? &b->phrases[0] : NULL;
}

static void flush_block(actor_names *n, block *b, const char *file)
{
    const phrase_at *ph = block_name_phrase(b);
    if (!ph || (b->ncodes == 0 && !b->office_code)) {
        block_clear(b);
        return;
    }
    char *name = title_case(n->mem, ph->text, ph->len);
    /* the office: the role of its latest dated code, else of its default (last) code; named
     * when asked, once every file is read */
    person *who = arena_calloc(n->mem, 1, sizeof *who);
    who->name = name;
    const char *office = b->office_code ? b->office_code : b->ncodes ? b->codes[b->ncodes - 1]
                                                                   : NULL;
    who->office_code = office ? arena_strdup(n->mem, office) : NULL;
    n->people = xgrow(n->people, &n->pcap, n->npeople + 1, sizeof *n->people);
    n->people[n->npeople++] = who;
    for (size_t i = 0; i < b->ncodes; i++) {
        const char *c = b->codes[i];
        if (strmap_get(n->blocks, c, strlen(c)))
            continue;
        char *key = arena_strdup(n->mem, c);
        strmap_put(n->blocks, key, strlen(key), name);
        n->order = xgrow(n->order, &n->cap, n->norder + 1, sizeof *n->order);
        n->order[n->norder++] = key;
    }
    for (size_t i = 0; i < b->nphrases; i++) {
        char key[1024];
        int kl = snprintf(key, sizeof key, "%s:%ld", file, b->phrases[i].line);
        if (kl > 0 && (size_t)kl < sizeof key && !strmap_get(n->entries, key, (size_t)kl))
            strmap_put(n->entries, arena_strndup(n->mem, key, (size_t)kl), (size_t)kl, who);
    }
    block_clear(b);
}

/* YYMMDD or YYYYMMDD of a date range's end ("930120-010120" -> 20010120; ">240512" and
 * open ends count as the far future). */
static long range_end(const char *r)
{
    const char *dash = strchr(r, '-');
    if (*r == '>' || (dash && !isdigit((unsigned char)dash[1])))
        return 99999999;
    const char *d = dash ? dash + 1 : (*r == '<' ? r + 1 : r);
    long v = strtol(d, NULL, 10);
    if (strlen(d) <= 6 || v < 1000000)
        v += v / 10000 > 30 ? 19000000 : 20000000;
    return v;
}

/* Reads the [CODE] and [CODE RANGE] groups of a line into the block. */
static void read_codes(block *b, const char *s)
{
    while ((s = strchr(s, '[')) != NULL) {
        const char *close = strchr(s, ']');
        if (!close)
            return;
        const char *p = s + 1;
        while (p < close && isspace((unsigned char)*p))
            p++;
        const char *ce = p;
        while (ce < close && !isspace((unsigned char)*ce))
            ce++;
        const char *r = ce;
        while (r < close && isspace((unsigned char)*r))
            r++;
        size_t cl = (size_t)(ce - p);
        bool real = cl > 0 && isalpha((unsigned char)*p) && !memchr(p, '~', cl) &&
                    !memchr(p, '/', cl);
        if (real && r < close) {
            char range[64];
            snprintf(range, sizeof range, "%.*s", (int)(close - r), r);
            long to = range_end(range);
            if (!b->office_code || to > b->office_to) {
                free(b->office_code);
                b->office_code = xstrndup(p, cl);
                b->office_to = to;
            }
        } else if (real) {
            b->codes = xgrow(b->codes, &b->ccap, b->ncodes + 1, sizeof *b->codes);
            b->codes[b->ncodes++] = xstrndup(p, cl);
        }
        s = close + 1;
    }
}

static void add_phrase(block *b, const char *s, long line)
{
    size_t len = strcspn(s, "[;");
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    if (!len)
        return;
    b->phrases = xgrow(b->phrases, &b->pcap, b->nphrases + 1, sizeof *b->phrases);
    b->phrases[b->nphrases++] = (phrase_at){xstrndup(s, len), len, line};
}

/* An actors file being read: the block of the entry being read, whether inside a list. */
typedef struct actors_reading {
    actor_names *n;
    block b;
    bool in_list; /* inside <NOUN>/<ADJECTIVE>/<AGENT> lists: no actors there */
    const char *file;
} actors_reading;

static int actors_line(char *s, size_t lineno, void *ctx, sitrep_error *err)
{
    (void)err;
    actors_reading *r = ctx;
    s[strcspn(s, "\r\n")] = '\0';
    while (isspace((unsigned char)*s))
        s++;
    if (*s == '\0' || *s == '#' || *s == ';')
        return FILE_LINE_NEXT;
    if (*s == '<') {
        flush_block(r->n, &r->b, r->file);
        r->in_list = strncasecmp(s, "<NOUN", 5) == 0 || strncasecmp(s, "<ADJ", 4) == 0 ||
                     strncasecmp(s, "<AGENT", 6) == 0;
        if (s[1] == '/')
            r->in_list = false;
        return FILE_LINE_NEXT;
    }
    if (r->in_list)
        return FILE_LINE_NEXT;
    if (*s == '[') {
        read_codes(&r->b, s);
    } else if (*s == '+') {
        add_phrase(&r->b, s + 1, (long)lineno);
        read_codes(&r->b, s + 1);
    } else {
        flush_block(r->n, &r->b, r->file);
        add_phrase(&r->b, s, (long)lineno);
        read_codes(&r->b, s);
    }
    return FILE_LINE_NEXT;
}

bool actor_names_read_file(actor_names *n, const char *path, const char *display,
                           sitrep_error *err)
{
    forget_lookups(n);
    actors_reading r = {.n = n, .file = display ? display : path};
    bool ok = file_each_line(path, actors_line, &r, err);
    flush_block(n, &r.b, r.file);
    free(r.b.phrases);
    free(r.b.codes);
    return ok;
}

typedef struct overrides_reading {
    actor_names *n;
    const char *path;
} overrides_reading;

static int override_line(char *line, size_t lineno, void *ctx, sitrep_error *err)
{
    overrides_reading *r = ctx;
    line[strcspn(line, "\r\n")] = '\0';
    if (line[0] == '\0' || line[0] == '#')
        return FILE_LINE_NEXT;
    char *tab = strchr(line, '\t');
    if (!tab || tab == line || !tab[1]) {
        sitrep_error_set(err, "%s:%zu: expected CODE<TAB>Name", r->path, lineno);
        return FILE_LINE_FAIL;
    }
    *tab = '\0';
    actor_names *n = r->n;
    if (!strmap_get(n->overrides, line, strlen(line)))
        strmap_put(n->overrides, arena_strdup(n->mem, line), strlen(line),
                   arena_strdup(n->mem, tab + 1));
    return FILE_LINE_NEXT;
}

bool actor_names_read_overrides(actor_names *n, const char *path, sitrep_error *err)
{
    forget_lookups(n);
    overrides_reading r = {n, path};
    return file_each_line(path, override_line, &r, err);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

bool actor_names_read_lexicon_dir(actor_names *n, const char *dir, sitrep_error *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return sitrep_error_set(err, "%s: %s", dir, strerror(errno));
    char **files = NULL;
    size_t nf = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t l = strlen(e->d_name);
        if (l > 7 && strcmp(e->d_name + l - 7, ".actors") == 0) {
            files = xgrow(files, &cap, nf + 1, sizeof *files);
            files[nf++] = xstrdup(e->d_name);
        }
    }
    closedir(d);
    qsort(files, nf, sizeof *files, cmp_str);
    strbuf path = {0}, shown = {0};
    strbuf_printf(&path, "%s/names.txt", dir);
    bool ok = access(path.data, F_OK) != 0 || actor_names_read_overrides(n, path.data, err);
    for (size_t i = 0; i < nf; i++) {
        strbuf_clear(&path);
        strbuf_clear(&shown);
        strbuf_printf(&path, "%s/%s", dir, files[i]);
        /* the coder names our own entries "lexicon/FILE:LINE" wherever it is installed */
        strbuf_printf(&shown, "lexicon/%s", files[i]);
        if (ok)
            ok = actor_names_read_file(n, path.data, shown.data, err);
        free(files[i]);
    }
    free(files);
    strbuf_free(&path);
    strbuf_free(&shown);
    return ok;
}

/* ---- lookups ---- */

/* "JPNGOV" -> "Japan: government", when the first three letters name a country or body
 * and every further three name a role; NULL otherwise. */
static char *compose(actor_names *n, const char *code)
{
    size_t len = strlen(code);
    if (len < 6 || len % 3 != 0)
        return NULL;
    const char *head = strmap_get(n->overrides, code, 3);
    if (!head)
        head = strmap_get(n->blocks, code, 3);
    if (!head)
        return NULL;
    strbuf b = {0};
    strbuf_printf(&b, "%s: ", head);
    for (size_t i = 3; i < len; i += 3) {
        char part[4] = {code[i], code[i + 1], code[i + 2], '\0'};
        const char *r = actor_role_name(part);
        if (!r) {
            strbuf_free(&b);
            return NULL;
        }
        strbuf_printf(&b, "%s%s", i > 3 ? ", " : "", r);
    }
    char *out = arena_strdup(n->mem, b.data);
    strbuf_free(&b);
    return out;
}

const char *actor_names_get(actor_names *n, const char *code)
{
    if (!code || !*code)
        return NULL;
    size_t len = strlen(code);
    const char *v = strmap_get(n->overrides, code, len);
    if (v)
        return v;
    v = strmap_get(n->composed, code, len);
    if (v)
        return v == none ? NULL : v;
    v = compose(n, code);
    if (!v)
        v = strmap_get(n->blocks, code, len);
    if (!v && len == 3)
        v = actor_role_name(code);
    strmap_put(n->composed, arena_strdup(n->mem, code), len, v ? (void *)v : (void *)none);
    return v;
}

/* "Name (office)" when the block's office is a state's role, else NULL. */
static const char *person_full(actor_names *n, person *p)
{
    if (!p->full) {
        const char *office = p->office_code ? actor_names_get(n, p->office_code) : NULL;
        if (office && strstr(office, ": ")) {
            strbuf s = {0};
            strbuf_printf(&s, "%s (%s)", p->name, office);
            p->full = arena_strdup(n->mem, s.data);
            strbuf_free(&s);
        } else {
            p->full = none;
        }
    }
    return p->full == none ? NULL : p->full;
}

const char *actor_names_person(actor_names *n, const char *entry)
{
    person *p = entry ? strmap_get(n->entries, entry, strlen(entry)) : NULL;
    if (!p)
        return NULL;
    const char *full = person_full(n, p);
    return full ? full : p->name;
}

void actor_names_each_code(actor_names *n, actor_names_fn fn, void *ctx)
{
    for (size_t i = 0; i < n->norder; i++)
        if (fn(n->order[i], actor_names_get(n, n->order[i]), ctx))
            return;
}

void actor_names_each_person(actor_names *n, actor_names_fn fn, void *ctx)
{
    for (size_t i = 0; i < n->npeople; i++) {
        const char *full = person_full(n, n->people[i]);
        if (full && fn(full, NULL, ctx))
            return;
    }
}
