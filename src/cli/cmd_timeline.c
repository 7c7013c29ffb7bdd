/* cmd_timeline.c: `sitrep timeline A B`, a dated, readable history of what has passed
 * between two actors (either direction), each event with its status, counts and sources.
 * Without A and B it shows the most active pair in the store. */
#include "cli/cli.h"
#include "cli/store_args.h"
#include "cameo/cameo.h"
#include "coder/event.h"

#include <stdlib.h>
#include <string.h>

typedef struct tl_ctx {
    size_t n;
    int64_t mentions;
} tl_ctx;

static int print_event(const store_event_row *r, void *vctx)
{
    tl_ctx *t = vctx;
    const cameo_code *c = cameo_lookup_nearest(r->cameo);
    const char *st = event_status_name(r->status);
    printf("%-10s  %s -> %s  %s %s", r->date && *r->date ? r->date : "(undated)", r->source,
           r->target, r->cameo, c ? c->name : "(unknown code)");
    if (c)
        printf("  (%s, %+.1f)", cameo_quad_class_name(c->quad_class), c->goldstein);
    printf("\n            %s; %lld mention%s in %lld document%s", st ? st : "?",
           (long long)r->num_mentions, r->num_mentions == 1 ? "" : "s",
           (long long)r->num_documents, r->num_documents == 1 ? "" : "s");
    if (r->claimants && *r->claimants)
        printf("; according to %s", r->claimants);
    if (r->outlets && *r->outlets)
        printf("; sources: %s", r->outlets);
    else if (r->first_doc_id)
        printf("; document: %s", r->first_doc_id);
    putchar('\n');
    t->n++;
    t->mentions += r->num_mentions;
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
    store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    sitrep_error err;
    char *best[2] = {NULL, NULL};
    status = EXIT_OK;
    if (nactors == 0) {
        if (!store_most_active_pair(st, &best[0], &best[1], &err)) {
            cli_error("%s", err.message);
            status = EXIT_USAGE;
        } else if (!best[0]) {
            cli_error("%s: no events between two actors yet", store_location(st));
            status = EXIT_PARTIAL;
        } else {
            actors[0] = best[0];
            actors[1] = best[1];
        }
    }
    if (status == EXIT_OK) {
        sa.filter.dyad[0] = actors[0];
        sa.filter.dyad[1] = actors[1];
        store_actor_row ar;
        printf("Timeline: %s", actors[0]);
        if (store_get_actor(st, actors[0], &ar, &err) && ar.name)
            printf(" (%s)", ar.name);
        printf(" <-> %s", actors[1]);
        if (store_get_actor(st, actors[1], &ar, &err) && ar.name)
            printf(" (%s)", ar.name);
        printf("\n\n");
        tl_ctx t = {0, 0};
        if (!store_query_events(st, &sa.filter, print_event, &t, &err)) {
            cli_error("%s", err.message);
            status = EXIT_USAGE;
        } else {
            printf("\n%zu event%s, %lld mention%s\n", t.n, t.n == 1 ? "" : "s",
                   (long long)t.mentions, t.mentions == 1 ? "" : "s");
        }
    }
    free(best[0]);
    free(best[1]);
    store_close(st);
    return status;
}
