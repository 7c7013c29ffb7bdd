/* validate_petrarch.c: `sitrep validate FILE.xml` (sitrep_validate), running PETRARCH's XML validation
 * records (petrarch_records.h) and reporting what passes.
 *
 * The dictionaries are those the file's <Environment> names (unless dictionary options
 * are given), read in whatever syntax their text shows; the coder runs with its PETRARCH
 * rules on (coder_options.petrarch) and PETRARCH's default comma-clause lengths. Each
 * record of an <Include>d category that is not marked evaluate="false" is coded as one
 * unit, and judged as PETRARCH judges it: the set of coded events (source, target,
 * code) must equal the set of expected ones, in any order; noevents="True" expects no
 * event; error="sentencediscard" or "storydiscard" expects a discarded sentence; any
 * other expected error ("dateline", "bad_input_parse") expects no event. The <Config>
 * elements between records change require_dyad and the comma-clause lengths from the
 * next record on, as in PETRARCH. */
#include "api/validate.h"

#include "api/pipeline.h"
#include "coder/coder.h"
#include "io/petrarch_records.h"

#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct category_count {
    char name[64];
    size_t passed, failed;
} category_count;

typedef struct petr_run {
    category_count cats[64];
    size_t ncats;
    size_t passed, failed, skipped_category, skipped_evaluate, unreadable;
} petr_run;

static void tally(petr_run *run, const char *category, bool pass)
{
    category_count *c = NULL;
    for (size_t i = 0; i < run->ncats && !c; i++)
        if (strcmp(run->cats[i].name, category) == 0)
            c = &run->cats[i];
    if (!c && run->ncats < sizeof run->cats / sizeof run->cats[0]) {
        c = &run->cats[run->ncats++];
        memset(c, 0, sizeof *c);
        snprintf(c->name, sizeof c->name, "%s", category);
    }
    if (c)
        (*(pass ? &c->passed : &c->failed))++;
    (*(pass ? &run->passed : &run->failed))++;
}

/* The coded events as a set: unique (source, target, code) triples. */
static size_t unique_events(const coded_sentence *cs, const event **out, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < cs->nevents; i++) {
        const event *e = &cs->events[i];
        bool dup = false;
        for (size_t k = 0; k < n && !dup; k++)
            dup = strcmp(out[k]->source.code, e->source.code) == 0 &&
                  strcmp(out[k]->target.code, e->target.code) == 0 &&
                  strcmp(out[k]->code, e->code) == 0;
        if (!dup && n < cap)
            out[n++] = e;
    }
    return n;
}

static bool expected_has(const petr_record *rec, const event *e)
{
    for (size_t k = 0; k < rec->nevents; k++)
        if (strcmp(rec->events[k].source, e->source.code) == 0 &&
            strcmp(rec->events[k].target, e->target.code) == 0 &&
            strcmp(rec->events[k].code, e->code) == 0)
            return true;
    return false;
}

static bool coded_has(const event *const *got, size_t n, const petr_expect *x)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(x->source, got[k]->source.code) == 0 &&
            strcmp(x->target, got[k]->target.code) == 0 && strcmp(x->code, got[k]->code) == 0)
            return true;
    return false;
}

static void describe(report *rp, const petr_record *rec, const coded_sentence *cs, const event *const *got,
                     size_t ngot)
{
    say(rp, "      expected:");
    if (rec->error[0])
        say(rp, " error \"%s\"", rec->error);
    else if (rec->nevents == 0)
        say(rp, " no events");
    for (size_t k = 0; k < rec->nevents && !rec->error[0]; k++)
        say(rp, " { %s / %s / %s }", rec->events[k].source, rec->events[k].target,
               rec->events[k].code);
    say(rp, "\n      got:     ");
    if (ngot == 0)
        say(rp, " no events (%s)", cs->detail ? cs->detail : code_outcome_name(cs->outcome));
    for (size_t k = 0; k < ngot; k++)
        say(rp, " { %s / %s / %s }", got[k]->source.code, got[k]->target.code, got[k]->code);
    say(rp, "\n");
}

static bool judge(const petr_record *rec, const coded_sentence *cs, const event *const *got,
                  size_t ngot)
{
    if (rec->error[0]) {
        if (strcasecmp(rec->error, "sentencediscard") == 0 ||
            strcasecmp(rec->error, "storydiscard") == 0)
            return cs->outcome == CODED_DISCARD;
        return ngot == 0;
    }
    if (rec->noevents || rec->nevents == 0)
        return ngot == 0;
    for (size_t k = 0; k < ngot; k++)
        if (!expected_has(rec, got[k]))
            return false;
    for (size_t k = 0; k < rec->nevents; k++)
        if (!coded_has(got, ngot, &rec->events[k]))
            return false;
    return true;
}

/* A <Config> element: PETRARCH's settings that the records change as they go
 * (require_dyad, comma_*); others (stop_on_error, new_actor_length) are not ours. */
static void apply_config(coder_options *opt, const char *option, const char *value)
{
    if (strcasecmp(option, "require_dyad") == 0) {
        bool off = false;
        for (const char *v = value; *v && !off; v++)
            off = strncasecmp(v, "false", 5) == 0;
        opt->require_dyad = !off;
        return;
    }
    if (strncasecmp(option, "comma_", 6) != 0 || !*value)
        return;
    char *end;
    long v = strtol(value, &end, 10);
    if (*end)
        return;
    static const struct { const char *name; size_t off; } fields[] = {
        {"comma_min", offsetof(coder_options, comma_min)},
        {"comma_max", offsetof(coder_options, comma_max)},
        {"comma_emin", offsetof(coder_options, comma_emin)},
        {"comma_emax", offsetof(coder_options, comma_emax)},
        {"comma_bmin", offsetof(coder_options, comma_bmin)},
        {"comma_bmax", offsetof(coder_options, comma_bmax)},
    };
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        if (strcasecmp(option, fields[i].name) == 0)
            *(int *)((char *)opt + fields[i].off) = (int)v;
}

/* Appends the n paths to a NULL-terminated list of at most DICT_LIST_MAX in buf. */
static const char *const *extend(const char **buf, const char *const *list, char *const *paths,
                                 size_t n)
{
    size_t k = count_list(list);
    for (size_t i = 0; i < k; i++)
        buf[i] = list[i];
    for (size_t i = 0; i < n && k < DICT_LIST_MAX; i++)
        buf[k++] = paths[i];
    buf[k] = NULL;
    return buf;
}

sitrep_status validate_petrarch(report *rp, const char *file, const sitrep_load_options *given)
{
    sitrep_error err;
    petr_records *rd = petr_records_open(file, &err);
    if (!rd)
        return fail(rp, SITREP_EIO, "%s", err.message);
    const petr_environment *env = petr_records_environment(rd);
    sitrep_load_options d = *given;
    bool named = count_list(d.actors) || count_list(d.verbs) || count_list(d.agents) ||
                 count_list(d.discards) || d.project;
    const char *actors[DICT_LIST_MAX + 1], *agents[DICT_LIST_MAX + 1];
    const char *discards[DICT_LIST_MAX + 1], *issues[DICT_LIST_MAX + 1];
    const char *verbs[DICT_LIST_MAX + 1];
    if (!named) {
        d.actors = extend(actors, d.actors, env->actors, env->nactors);
        d.agents = extend(agents, d.agents, env->agents, env->nagents);
        d.discards = extend(discards, d.discards, env->discards, env->ndiscards);
        d.issues = extend(issues, d.issues, env->issues, env->nissues);
        d.verbs = extend(verbs, d.verbs, env->verbs, env->nverbs);
        if (env->npico)
            d.pico = env->pico[0];
        if (!count_list(d.actors) && !count_list(d.verbs)) {
            petr_records_close(rd);
            return fail(rp, SITREP_EUSAGE, "%s: its <Environment> names no dictionaries (give "
                        "--actors and --verbs)", file);
        }
    }
    d.petrarch = true;
    sitrep_resources *res = load(rp, &d);
    if (!res) {
        petr_records_close(rd);
        return SITREP_EDICT;
    }
    const lexicon *lx = res->lx;
    coder_options opt = res->opt;
    opt.descriptions = opt.dash_clauses = opt.compounds_reciprocal = false; /* PETRARCH's suites: PETRARCH's rules */
    /* PETRARCH's defaults (PETR_config.ini): comma clauses of 2..8 words, no minimum
     * sentence length. */
    opt.comma_max = 8;
    opt.comma_emax = 8;
    opt.minimum_words = 0;

    petr_run run;
    memset(&run, 0, sizeof run);
    arena *a = arena_new(1 << 20);
    petr_record rec;
    int r;
    sitrep_status status = SITREP_OK;
    while ((r = petr_records_next(rd, &rec, &err)) != 0) {
        for (size_t i = 0; i < rec.nconfig; i++)
            apply_config(&opt, rec.config[i].option, rec.config[i].value);
        if (r < 0) {
            warn(rp, "%s", err.message);
            run.unreadable++;
            status = SITREP_EINPUT;
            continue;
        }
        if (!petr_records_included(rd, rec.category)) {
            run.skipped_category++;
            continue;
        }
        if (!rec.evaluate) {
            run.skipped_evaluate++;
            continue;
        }
        arena_reset(a);
        coded_sentence cs;
        pipeline_code_record(lx, &opt, a, rec.text, strlen(rec.text), rec.date, NULL, &cs);
        const event *got[64];
        size_t ngot = unique_events(&cs, got, 64);
        bool pass = judge(&rec, &cs, got, ngot);
        tally(&run, rec.category, pass);
        if (!pass || rp->vo->verbose) {
            say(rp, "%s  %s [%s]\n", pass ? "pass" : "FAIL", rec.id, rec.category);
            if (!pass || rp->vo->verbose)
                describe(rp, &rec, &cs, got, ngot);
        }
    }
    arena_free(a);
    sitrep_resources_free(res);
    petr_records_close(rd);

    say(rp, "\n%-12s %7s %7s\n", "category", "passed", "failed");
    for (size_t i = 0; i < run.ncats; i++)
        say(rp, "%-12s %7zu %7zu\n", run.cats[i].name, run.cats[i].passed, run.cats[i].failed);
    if (run.skipped_category || run.skipped_evaluate || run.unreadable)
        say(rp, "(not judged: %zu in categories not included, %zu marked evaluate=\"false\", "
               "%zu unreadable)\n",
               run.skipped_category, run.skipped_evaluate, run.unreadable);
    say(rp, "%zu passed, %zu failed\n", run.passed, run.failed);
    return run.failed ? SITREP_EINPUT : status;
}
