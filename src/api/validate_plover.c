/* validate_plover.c: `sitrep validate FILE.json` (sitrep_validate), scoring the coder against the PLOVER
 * project's gold-standard records (plover_records.h): recall, precision and F1 overall and
 * by PLOVER category, and the records that pass.
 *
 * Each record's text is coded as an article by the document pipeline of `sitrep code`
 * (pipeline_code), with the dictionaries given or our own lexicon. A coded event becomes
 * the tuple (source country, target country, category): countries are the first three
 * letters of its actor codes (plover_country: JAP reads as JPN), and the category comes
 * from its CAMEO code by the table of the PLOVER GSR scoring below. Events of CAMEO roots
 * 01 and 02, which PLOVER drops, are shown but not scored. A record's coded tuples and
 * its expected ones are sets; a coded tuple is correct when it is expected. Recall is the
 * share of expected tuples coded, precision the share of coded tuples expected; a record
 * passes when every expected tuple is coded and no other is.
 *
 * The scoring table is PLOVER's root-level table, as the GSR's scoring states it: 03
 * AGREE, 04 CONSULT, 05 SUPPORT, 06 COOPERATE, 07 AID, 080-083 CONCEDE, 084-087 RETREAT,
 * 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 12 REJECT, 13 THREATEN, 14 PROTEST, 15
 * MOBILIZE, 16 SANCTION, 17 COERCE, 18 ASSAULT, 19-20 FIGHT. It differs on purpose from
 * the codebook's PLOVER types (cameo.h), which follow the finer CAMEO-to-PLOVER crosswalk
 * (015 AGREE, 016 REJECT, 0813/0814 RETREAT, 163 COERCE, 1712 and 175 ASSAULT, 191/192
 * COERCE): those stay what `sitrep code` writes; the scores use the GSR's table. */
#include "api/validate.h"

#include "api/pipeline.h"
#include "io/plover_records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The categories in PLOVER's order, then any other a record names. */
static const char *const plover_categories[] = {
    "AGREE",   "CONSULT",  "SUPPORT", "COOPERATE", "AID",      "CONCEDE",
    "RETREAT", "INVESTIGATE", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN",
    "PROTEST", "MOBILIZE", "SANCTION", "COERCE",   "ASSAULT",  "FIGHT",
};
#define NPLOVER (sizeof plover_categories / sizeof plover_categories[0])

/* The category of a CAMEO code by the GSR scoring table, or NULL (roots 01 and 02, or not
 * a code). */
static const char *score_category(const char *cameo)
{
    if (!cameo || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' || cameo[1] > '9')
        return NULL;
    int root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    if (root < 3 || root > 20)
        return NULL;
    if (root == 8)
        return cameo[2] >= '4' && cameo[2] <= '7' ? "RETREAT" : "CONCEDE";
    if (root <= 7)
        return plover_categories[root - 3];
    return plover_categories[root - 2 < 17 ? root - 2 : 17];
}

typedef struct category_score {
    char name[16];
    size_t expected, coded, correct;
    size_t passed, failed; /* records of this gold category */
} category_score;

typedef struct plover_run {
    category_score cats[64];
    size_t ncats;
    category_score all;
    size_t unscored; /* coded events of roots 01 and 02 */
} plover_run;

static category_score *category(plover_run *run, const char *name)
{
    for (size_t i = 0; i < run->ncats; i++)
        if (strcmp(run->cats[i].name, name) == 0)
            return &run->cats[i];
    if (run->ncats == sizeof run->cats / sizeof run->cats[0])
        return &run->cats[run->ncats - 1];
    category_score *c = &run->cats[run->ncats++];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
    return c;
}

/* A coded tuple and the event it came from. */
typedef struct coded_tuple {
    plover_tuple t;
    const event *e;
    bool correct;
} coded_tuple;

static bool same_tuple(const plover_tuple *a, const plover_tuple *b)
{
    return strcmp(a->source, b->source) == 0 && strcmp(a->target, b->target) == 0 &&
           strcmp(a->category, b->category) == 0;
}

/* The record's coded tuples as a set (the first event of each kept); events outside
 * PLOVER are counted in *unscored. */
static size_t coded_tuples(const document_result *res, coded_tuple *out, size_t cap,
                           size_t *unscored)
{
    size_t n = 0;
    for (size_t i = 0; i < res->nevents; i++) {
        const event *e = &res->events[i];
        const char *cat = score_category(e->code);
        if (!cat) {
            (*unscored)++;
            continue;
        }
        coded_tuple c = {.e = e};
        plover_country(e->source.code, c.t.source);
        plover_country(e->target.code, c.t.target);
        snprintf(c.t.category, sizeof c.t.category, "%s", cat);
        bool dup = false;
        for (size_t k = 0; k < n && !dup; k++)
            dup = same_tuple(&out[k].t, &c.t);
        if (!dup && n < cap)
            out[n++] = c;
    }
    return n;
}

static void print_tuple(report *rp, const plover_tuple *t)
{
    say(rp, " { %s / %s / %s }", t->source, t->target[0] ? t->target : "---", t->category);
}

static void describe(report *rp, const plover_record *rec, const document_result *res,
                     const coded_tuple *got, size_t ngot, bool verbose)
{
    say(rp, "      text:     %s\n      expected:", rec->text);
    for (size_t k = 0; k < rec->nexpected; k++)
        print_tuple(rp, &rec->expected[k]);
    say(rp, "\n      got:     ");
    if (ngot == 0)
        say(rp, " no events");
    for (size_t k = 0; k < ngot; k++) {
        print_tuple(rp, &got[k].t);
        if (verbose)
            say(rp, " (%s %s %s)", got[k].e->source.code, got[k].e->target.code,
                   got[k].e->code);
    }
    for (size_t i = 0; i < res->nevents; i++)
        if (!score_category(res->events[i].code))
            say(rp, " [not scored: %s %s %s]", res->events[i].source.code,
                   res->events[i].target.code, res->events[i].code);
    say(rp, "\n");
}

/* Scores one record into the run; returns whether it passes. */
static bool score_record(plover_run *run, const plover_record *rec, coded_tuple *got,
                         size_t ngot)
{
    size_t found = 0;
    for (size_t k = 0; k < rec->nexpected; k++) {
        category(run, rec->expected[k].category)->expected++;
        run->all.expected++;
        for (size_t i = 0; i < ngot; i++)
            if (same_tuple(&got[i].t, &rec->expected[k])) {
                got[i].correct = true;
                found++;
                category(run, rec->expected[k].category)->correct++;
                run->all.correct++;
                break;
            }
    }
    for (size_t i = 0; i < ngot; i++) {
        category(run, got[i].t.category)->coded++;
        run->all.coded++;
    }
    bool pass = found == rec->nexpected && found == ngot;
    category_score *c = category(run, rec->category);
    (*(pass ? &c->passed : &c->failed))++;
    (*(pass ? &run->all.passed : &run->all.failed))++;
    return pass;
}

static double ratio(size_t a, size_t b)
{
    return b ? (double)a / (double)b : 0.0;
}

static double f1(const category_score *c)
{
    double p = ratio(c->correct, c->coded), r = ratio(c->correct, c->expected);
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void print_row(report *rp, const category_score *c)
{
    say(rp, "%-12s %8zu %6zu %8zu %7.3f %10.3f %6.3f %7zu %7zu\n", c->name, c->expected,
           c->coded, c->correct, ratio(c->correct, c->expected), ratio(c->correct, c->coded),
           f1(c), c->passed, c->failed);
}

sitrep_status validate_plover(report *rp, const char *file, const sitrep_load_options *d)
{
    sitrep_error err;
    plover_records *rd = plover_records_open(file, &err);
    if (!rd)
        return fail(rp, SITREP_EIO, "%s", err.message);
    double min_f1 = rp->vo->min_f1;
    sitrep_resources *dicts = load(rp, d);
    if (!dicts) {
        plover_records_close(rd);
        return SITREP_EDICT;
    }
    const lexicon *lx = dicts->lx;
    const coder_options opt = dicts->opt;
    plover_run run;
    memset(&run, 0, sizeof run);
    snprintf(run.all.name, sizeof run.all.name, "all");
    for (size_t i = 0; i < NPLOVER; i++)
        category(&run, plover_categories[i]);
    arena *a = arena_new(1 << 20);
    sitrep_status status = SITREP_OK;
    plover_record rec;
    int r;
    while ((r = plover_records_next(rd, &rec, &err)) != 0) {
        if (r < 0) {
            warn(rp, "%s", err.message);
            status = SITREP_EINPUT;
            continue;
        }
        arena_reset(a);
        article art = {.id = rec.id, .date = rec.date[0] ? rec.date : NULL,
                       .text = rec.text, .text_len = strlen(rec.text), .origin = file};
        document_result res;
        pipeline_code(lx, &opt, a, &art, NULL, 0, &res);
        coded_tuple got[256];
        size_t ngot = coded_tuples(&res, got, 256, &run.unscored);
        bool pass = score_record(&run, &rec, got, ngot);
        if (!pass || rp->vo->verbose) {
            say(rp, "%s  %s [%s]\n", pass ? "pass" : "FAIL", rec.id, rec.category);
            describe(rp, &rec, &res, got, ngot, rp->vo->verbose);
        }
    }
    arena_free(a);
    sitrep_resources_free(dicts);
    plover_records_close(rd);

    say(rp, "\n%-12s %8s %6s %8s %7s %10s %6s %7s %7s\n", "category", "expected", "coded",
           "correct", "recall", "precision", "F1", "passed", "failed");
    for (size_t i = 0; i < run.ncats; i++)
        if (run.cats[i].expected || run.cats[i].coded || run.cats[i].passed ||
            run.cats[i].failed)
            print_row(rp, &run.cats[i]);
    print_row(rp, &run.all);
    if (run.unscored)
        say(rp, "(%zu coded event(s) of CAMEO roots 01 and 02, which PLOVER drops, not scored)\n",
               run.unscored);
    double score = f1(&run.all);
    say(rp, "events: %zu expected, %zu coded, %zu correct; recall %.3f, precision %.3f, "
           "F1 %.3f\n",
           run.all.expected, run.all.coded, run.all.correct,
           ratio(run.all.correct, run.all.expected), ratio(run.all.correct, run.all.coded),
           score);
    say(rp, "%zu passed, %zu failed\n", run.all.passed, run.all.failed);
    if (min_f1 >= 0) {
        if (score + 1e-9 < min_f1)
            return fail(rp, SITREP_EINPUT, "%s: F1 %.3f is below --min-f1 %.3f", file, score,
                        min_f1);
        return status;
    }
    return run.all.failed ? SITREP_EINPUT : status;
}
