/* validate.c: validation suites (sitrep_validate, sitrep.h): records with their expected
 * events, coded and judged, and a report of what passes.
 *
 * TABARI-format suites: each record is coded as one unit and judged as TABARI judges it:
 * the coded events must equal the `{ SRC / TGT / CODE }` lines of its comment block, in
 * order; `{---}` expects no event, `{###}` a discard, `{+++}` a complex sentence; `-{`
 * turns checking off from there; `{ OPTION: ... }` records change the options and pass.
 * The run stops at the record that ends the standard records unless --all is given.
 * PETRARCH's XML records (FILE.xml) are run by validate_petrarch.c, PLOVER's JSON
 * gold-standard records (FILE.json) by validate_plover.c. */
#include "api/validate.h"

#include "api/pipeline.h"
#include "coder/coder.h"
#include "io/article_reader.h"
#include "io/plover_records.h"
#include "lexicon/tabari_reader.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ---- the report ------------------------------------------------------------------------ */

void sitrep_validation_init(sitrep_validation *v)
{
    memset(v, 0, sizeof *v);
    v->min_f1 = -1;
}

void say(report *rp, const char *fmt, ...)
{
    if (!rp->vo->out)
        return;
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n > 0) {
        char *text = xmalloc((size_t)n + 1);
        vsnprintf(text, (size_t)n + 1, fmt, again);
        rp->vo->out(text, (size_t)n, rp->vo->out_ctx);
        free(text);
    }
    va_end(again);
}

void warn(report *rp, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    sitrep_diag_vprintf(rp->vo->warn, rp->vo->warn_ctx, msg, sizeof msg, fmt, ap);
    va_end(ap);
}

sitrep_status fail(report *rp, sitrep_status code, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    sitrep_diag_vprintf(rp->vo->warn, rp->vo->warn_ctx, msg, sizeof msg, fmt, ap);
    va_end(ap);
    sitrep_error_setc(rp->err, code, "%s", msg);
    return code;
}

sitrep_resources *load(report *rp, const sitrep_load_options *o)
{
    if (rp->vo->load)
        return rp->vo->load(o, rp->vo->load_ctx);
    sitrep_resources *r;
    sitrep_error err;
    if (sitrep_resources_load(o, &r, &err) != SITREP_OK) {
        warn(rp, "%s", err.message);
        if (rp->err)
            *rp->err = err;
        return NULL;
    }
    return r;
}

size_t count_list(const char *const *list)
{
    size_t n = 0;
    while (list && list[n])
        n++;
    return n;
}

/* ---- TABARI records ----------------------------------------------------------------------- */

typedef struct group_count {
    char prefix[32];
    size_t passed, failed;
} group_count;

typedef struct validate_run {
    group_count groups[256];
    size_t ngroups;
    size_t passed, failed;
    bool verbose;
} validate_run;

static void count(validate_run *run, const char *id, bool pass)
{
    char prefix[32];
    size_t n = 0;
    while (id[n] && id[n] != '-' && n < sizeof prefix - 1) {
        prefix[n] = id[n];
        n++;
    }
    prefix[n] = '\0';
    group_count *g = NULL;
    for (size_t i = 0; i < run->ngroups; i++)
        if (strcmp(run->groups[i].prefix, prefix) == 0)
            g = &run->groups[i];
    if (!g && run->ngroups < 256) {
        g = &run->groups[run->ngroups++];
        memset(g, 0, sizeof *g);
        strcpy(g->prefix, prefix);
    }
    if (g)
        (*(pass ? &g->passed : &g->failed))++;
    (*(pass ? &run->passed : &run->failed))++;
}

/* Reads one brace field ("ARN", "064") at p, skipping blanks; returns its end. */
static const char *brace_field(const char *p, char *out, size_t cap)
{
    while (*p == ' ' || *p == '\t')
        p++;
    size_t n = 0;
    while (*p && *p != '/' && *p != '}' && *p != ' ' && *p != '\t' && *p != '\n') {
        if (n < cap - 1)
            out[n++] = *p;
        p++;
    }
    out[n] = '\0';
    while (*p == ' ' || *p == '\t')
        p++;
    return p;
}

/* Reads "{ SRC / TGT / CODE" from the brace at open; returns where the code ends. */
static const char *brace_event(const char *open, char src[64], char tgt[64], char code[64])
{
    const char *p = brace_field(open + 1, src, 64);
    if (*p == '/')
        p++;
    p = brace_field(p, tgt, 64);
    if (*p == '/')
        p++;
    return brace_field(p, code, 64);
}

/* Applies every { OPTION: ... } in the comment; returns true if there was one. */
static bool apply_options(report *rp, const char *comment, coder_options *opt, const char *id)
{
    bool any = false;
    for (const char *p = comment; (p = strstr(p, "OPTION:")); ) {
        any = true;
        p += 7;
        const char *end = strchr(p, '}');
        const char *stop = strstr(p, "*/");
        if (!end || (stop && stop < end))
            end = stop ? stop : p + strlen(p);
        char cmd[512];
        size_t n = (size_t)(end - p) < sizeof cmd - 1 ? (size_t)(end - p) : sizeof cmd - 1;
        memcpy(cmd, p, n);
        cmd[n] = '\0';
        sitrep_error err;
        if (!coder_options_apply(opt, cmd, &err))
            warn(rp, "record %s: %s", id, err.message);
        p = end;
    }
    return any;
}


/* Judges one record; fills `why` on failure. */
static bool judge(const coded_sentence *cs, const char *comment, bool *no_verification,
                  char *why, size_t whycap)
{
    *no_verification = false;
    const char *P = comment ? strchr(comment, '{') : NULL;
    if (!P) {
        *no_verification = true;
        snprintf(why, whycap, "no verification record available");
        return false;
    }
    bool dash_first = P > comment && P[-1] == '-';
    if (cs->outcome != CODED_EVENTS) {
        if (dash_first)
            return true;
        switch (cs->outcome) {
        case CODED_NO_EVENTS:
        case CODED_NO_VALID:
        case CODED_NO_TEXT:
        case CODED_TOO_SHORT:
            if (strstr(P, "---"))
                return true;
            break;
        case CODED_DISCARD:
            if (strstr(P, "###"))
                return true;
            break;
        case CODED_COMPLEX:
            if (strstr(P, "+++"))
                return true;
            break;
        default:
            break;
        }
        snprintf(why, whycap, "got no events (%s)", cs->detail ? cs->detail : "?");
        return false;
    }
    const char *cur = comment;
    for (size_t k = 0; k < cs->nevents; k++) {
        const event *e = &cs->events[k];
        const char *open = strchr(cur, '{');
        if (!open) {
            snprintf(why, whycap, "more events coded than expected (extra: %s / %s / %s)",
                     e->source.code, e->target.code, e->code);
            return false;
        }
        if (open > comment && open[-1] == '-')
            return true;
        char src[64], tgt[64], code[64];
        const char *p = brace_event(open, src, tgt, code);
        if (strcmp(src, e->source.code) || strcmp(tgt, e->target.code) || strcmp(code, e->code)) {
            snprintf(why, whycap, "event %zu: expected %s / %s / %s, got %s / %s / %s", k + 1,
                     src, tgt, code, e->source.code, e->target.code, e->code);
            return false;
        }
        const char *close = strchr(p, '}');
        cur = close ? close + 1 : p;
    }
    const char *more = strchr(cur, '{');
    if (more) {
        if (more > comment && more[-1] == '-')
            return true;
        char src[64], tgt[64], code[64];
        brace_event(more, src, tgt, code);
        snprintf(why, whycap, "expected more events (missing: %s / %s / %s)", src, tgt, code);
        return false;
    }
    return true;
}

/* Story and sentence numbers of a record id under a FORWARD layout ("^^*****NNN*SSS":
 * '^' a leading blank, '*' any character, N story digits, S sentence digits). */
static bool story_position(const char *fmt, const char *id, long *story, long *sentence_no)
{
    *story = *sentence_no = 0;
    size_t i = 0;
    for (const char *f = fmt; *f; f++) {
        if (*f == '^')
            continue;
        if (!id[i])
            return false;
        if (*f == 'N')
            *story = *story * 10 + (isdigit((unsigned char)id[i]) ? id[i] - '0' : 0);
        else if (*f == 'S')
            *sentence_no = *sentence_no * 10 + (isdigit((unsigned char)id[i]) ? id[i] - '0' : 0);
        i++;
    }
    return true;
}

static void print_events(report *rp, const coded_sentence *cs)
{
    for (size_t k = 0; k < cs->nevents; k++)
        say(rp, "      got { %s / %s / %s }\n", cs->events[k].source.code,
               cs->events[k].target.code, cs->events[k].code);
}

/* Precision and recall over events: every `{ SRC / TGT / CODE }` of a record is an
 * expected event, every coded event a found one; a found event is correct when it pairs
 * with an unpaired expected one with the same three fields (a multiset match). Records
 * with no verification at all, and braces after `-{`, are not scored. */
typedef struct event_score {
    size_t expected, coded, correct;
} event_score;

static void score_events(const coded_sentence *cs, const char *comment, event_score *sc)
{
    char exp[64][3][64];
    bool used[64] = {false};
    size_t n = 0;
    for (const char *p = comment; p && (p = strchr(p, '{')) && n < 64; p++) {
        if (p > comment && p[-1] == '-')
            break;
        const char *close = strchr(p, '}');
        if (!close)
            break;
        const char *q = brace_field(p + 1, exp[n][0], sizeof exp[n][0]);
        if (*q != '/')
            continue;
        q = brace_field(q + 1, exp[n][1], sizeof exp[n][1]);
        if (*q != '/')
            continue;
        brace_field(q + 1, exp[n][2], sizeof exp[n][2]);
        if (exp[n][0][0] && exp[n][1][0] && exp[n][2][0])
            n++;
    }
    if (n == 0 && !strstr(comment, "---"))
        return; /* no verification; a `{---}` record still counts what was coded */
    sc->expected += n;
    size_t found = cs->outcome == CODED_EVENTS ? cs->nevents : 0;
    sc->coded += found;
    for (size_t k = 0; k < found; k++) {
        const event *e = &cs->events[k];
        for (size_t i = 0; i < n; i++)
            if (!used[i] && strcmp(exp[i][0], e->source.code) == 0 &&
                strcmp(exp[i][1], e->target.code) == 0 && strcmp(exp[i][2], e->code) == 0) {
                used[i] = true;
                sc->correct++;
                break;
            }
    }
}

static void print_score(report *rp, const event_score *sc)
{
    if (sc->expected == 0)
        return;
    say(rp, "events: %zu expected, %zu coded, %zu correct; precision %.3f, recall %.3f\n",
           sc->expected, sc->coded, sc->correct,
           sc->coded ? (double)sc->correct / (double)sc->coded : 0.0,
           (double)sc->correct / (double)sc->expected);
}

sitrep_status sitrep_validate(const char *file, const sitrep_load_options *dicts,
                              const sitrep_validation *vo, sitrep_error *err)
{
    sitrep_validation defaults;
    sitrep_validation_init(&defaults);
    report rep = {vo ? vo : &defaults, err};
    report *rp = &rep;
    sitrep_load_options d;
    if (dicts)
        d = *dicts;
    else
        sitrep_load_options_init(&d);
    if (!file)
        return fail(rp, SITREP_EUSAGE, "sitrep_validate: no suite file");
    bool all = rp->vo->all;
    validate_run run;
    memset(&run, 0, sizeof run);
    run.verbose = rp->vo->verbose;
    size_t flen = strlen(file);
    bool json = flen > 5 && strcasecmp(file + flen - 5, ".json") == 0;
    if (json && !plover_records_sniff(file))
        return fail(rp, SITREP_EUSAGE, "%s: not PLOVER gold-standard records (a JSON list "
                    "of records with \"event\" and \"source\")", file);
    if (json)
        return validate_plover(rp, file, &d);
    if (flen > 4 && strcasecmp(file + flen - 4, ".xml") == 0)
        return validate_petrarch(rp, file, &d);
    bool is_project = flen > 8 && strcmp(file + flen - 8, ".project") == 0;
    if (is_project)
        d.project = file;
    sitrep_resources *res = load(rp, &d);
    if (!res)
        return SITREP_EDICT;
    const lexicon *lx = res->lx;
    coder_options opt = res->opt;
    /* TABARI's suites are coded by TABARI's rules alone; our own corpora (coded with our
     * lexicon) get sitrep's full rules */
    if (d.project || count_list(d.actors) || count_list(d.verbs) || count_list(d.agents))
        opt.descriptions = opt.dash_clauses = opt.compounds_reciprocal = false;
    const char *records = is_project ? res->textfile : file;
    if (!records) {
        sitrep_resources_free(res);
        return fail(rp, SITREP_EUSAGE, "%s names no <textfile>", file);
    }
    const char *paths[1] = {records};
    article_reader *rd = article_reader_open(paths, 1, INPUT_TABARI);
    arena *a = arena_new(1 << 20);
    article art;
    sitrep_error rerr;
    sitrep_status status = SITREP_OK;
    size_t no_verification = 0;
    event_score score = {0, 0, 0};
    char forward[64] = "";
    long last_story = -1, last_sentence = -1;
    for (;;) {
        arena_reset(a);
        int r = article_reader_next(rd, a, &art, &rerr);
        if (r == 0)
            break;
        if (r < 0) {
            warn(rp, "%s", rerr.message);
            status = SITREP_EINPUT;
            continue;
        }
        bool end_marker = strstr(art.text, "This is the end of the standard validation records") != NULL;
        if (end_marker && !all)
            break;
        const char *comment = art.comment ? art.comment : "";
        if (strstr(comment, "OPTION:")) {
            apply_options(rp, comment, &opt, art.id);
            count(&run, art.id, true);
            if (run.verbose)
                say(rp, "pass  %s (options)\n", art.id);
            continue;
        }
        int32_t date = 0;
        if (art.raw_date)
            tabari_parse_date(art.raw_date, strlen(art.raw_date), &date);
        const char *fwd = NULL;
        long story = -1, sentence_no = -1;
        if (opt.forward_format[0] &&
            story_position(opt.forward_format, art.id, &story, &sentence_no)) {
            if (story == last_story && sentence_no == last_sentence + 1 && forward[0])
                fwd = forward;
            else
                forward[0] = '\0';
        }
        coded_sentence cs;
        pipeline_code_record(lx, &opt, a, art.text, art.text_len, date, fwd, &cs);
        if (opt.forward_format[0]) {
            if (cs.first_actor)
                snprintf(forward, sizeof forward, "%s", cs.first_actor);
            last_story = story;
            last_sentence = sentence_no;
        }
        bool nover;
        char why[512];
        bool pass = judge(&cs, comment, &nover, why, sizeof why);
        if (nover)
            no_verification++;
        count(&run, art.id, pass);
        score_events(&cs, comment, &score);
        if (!pass) {
            say(rp, "FAIL  %s: %s\n", art.id, why);
            if (run.verbose)
                print_events(rp, &cs);
        } else if (run.verbose) {
            say(rp, "pass  %s\n", art.id);
        }
    }
    article_reader_close(rd);
    arena_free(a);

    say(rp, "\n%-12s %7s %7s\n", "group", "passed", "failed");
    for (size_t i = 0; i < run.ngroups; i++)
        say(rp, "%-12s %7zu %7zu\n", run.groups[i].prefix, run.groups[i].passed,
               run.groups[i].failed);
    if (no_verification)
        say(rp, "(%zu records had no expected events)\n", no_verification);
    print_score(rp, &score);
    say(rp, "%zu passed, %zu failed\n", run.passed, run.failed);
    sitrep_resources_free(res);
    return run.failed ? SITREP_EINPUT : status;
}
