/* cmd_timeline.c: `sitrep timeline A B`, a dated, readable history of what has passed
 * between two actors (either direction), each event with its status, counts and sources.
 * Without A and B it shows the most active pair in the store. */
#include "cli/cli.h"
#include "cli/store_args.h"

#include <stdio.h>
#include <string.h>

typedef struct tl_ctx {
    size_t n;
    int64_t mentions;
} tl_ctx;

static int print_event(const sitrep_stored_event *r, void *vctx)
{
    tl_ctx *t = vctx;
    sitrep_cameo c;
    bool known = sitrep_cameo_lookup(r->cameo, &c);
    printf("%-10s  %s -> %s  %s %s", *r->date ? r->date : "(undated)", r->source, r->target,
           r->cameo, known ? c.name : "(unknown code)");
    if (known)
        printf("  (%s, %+.1f)", sitrep_quad_class_name(c.quad_class), c.goldstein);
    printf("\n            %s; %lld mention%s in %lld document%s", r->status ? r->status : "?",
           (long long)r->mentions, r->mentions == 1 ? "" : "s", (long long)r->documents,
           r->documents == 1 ? "" : "s");
    if (*r->claimants)
        printf("; according to %s", r->claimants);
    if (*r->outlet_names)
        printf("; sources: %s", r->outlet_names);
    else if (r->first_doc_id)
        printf("; document: %s", r->first_doc_id);
    putchar('\n');
    t->n++;
    t->mentions += r->mentions;
    return 0;
}

int cmd_timeline(int argc, char **argv)
{
    store_args sa;
    store_args_init(&sa);
    const cli_command cmd = {
        "timeline", "[options] [A B]",
        "The dated history of the events between actors A and B (either direction;\n"
        "'RUS' also matches RUSGOV, RUSMIL ...). Without A and B: the most active pair.\n",
        {store_args_group(&sa), store_filter_group(&sa)}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    int nactors = argc - first;
    if (nactors == 1 || nactors > 2) {
        cli_error("timeline needs two actors (A B), or none for the most active pair");
        return EXIT_USAGE;
    }
    const char *actors[2] = {nactors ? argv[first] : NULL, nactors ? argv[first + 1] : NULL};
    sitrep_store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    sitrep_error err;
    const char *best[2] = {NULL, NULL};
    status = EXIT_OK;
    if (nactors == 0) {
        if (sitrep_store_most_active_pair(st, &best[0], &best[1], &err) != SITREP_OK) {
            cli_error("%s", err.message);
            status = EXIT_USAGE;
        } else if (!best[0]) {
            cli_error("%s: no events between two actors yet", sitrep_store_location(st));
            status = EXIT_PARTIAL;
        } else {
            actors[0] = best[0];
            actors[1] = best[1];
        }
    }
    if (status == EXIT_OK) {
        sa.query.dyad_a = actors[0];
        sa.query.dyad_b = actors[1];
        sitrep_stored_actor ar;
        printf("Timeline: %s", actors[0]);
        if (sitrep_store_actor(st, actors[0], &ar, &err) == SITREP_OK && ar.name)
            printf(" (%s)", ar.name);
        printf(" <-> %s", actors[1]);
        if (sitrep_store_actor(st, actors[1], &ar, &err) == SITREP_OK && ar.name)
            printf(" (%s)", ar.name);
        printf("\n\n");
        tl_ctx t = {0, 0};
        if (sitrep_store_query(st, &sa.query, print_event, &t, &err) != SITREP_OK) {
            cli_error("%s", err.message);
            status = EXIT_USAGE;
        } else {
            printf("\n%zu event%s, %lld mention%s\n", t.n, t.n == 1 ? "" : "s",
                   (long long)t.mentions, t.mentions == 1 ? "" : "s");
        }
    }
    sitrep_store_close(st);
    return status;
}
