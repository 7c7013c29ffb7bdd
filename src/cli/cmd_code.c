/* cmd_code.c: `sitrep code`, the pure filter from articles to events.
 *
 * Articles are read in order and coded in batches: the batch is split among -j worker
 * threads (each article is coded by exactly one of them, with its own arena), and the
 * outputs are written in input order, so the bytes out are the same whatever -j is.
 * A bad input (unreadable file, malformed JSON line, bad date) is reported on stderr and
 * skipped; the run goes on and exits with status 1. */
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BATCH 512

/* Each slot's output, formatted on the worker that coded it (in the slot's own buffer). */
typedef struct write_ctx {
    sitrep_format fmt;
    const char *out[BATCH];
    size_t len[BATCH];
} write_ctx;

static void write_slot(sitrep_events *ev, size_t i, void *ctx)
{
    write_ctx *w = ctx;
    w->out[i] = sitrep_events_write(ev, w->fmt, 0, &w->len[i]);
}

typedef struct code_args {
    sitrep_format fmt;
    bool quiet, engine_only;
} code_args;

enum { C_FORMAT, C_QUIET, C_ENGINE_ONLY };

static const cli_opt code_opts[] = {
    {"format", 'f', "FMT", C_FORMAT, "jsonl (default), table or tsv"},
    {"quiet", 'q', NULL, C_QUIET, "no progress line (shown only when stderr is a terminal "
                                  "and the events go to a file or a pipe)"},
    {"engine-only", 0, NULL, C_ENGINE_ONLY, NULL}, /* benchmarks: no document layer */
    {NULL, 0, NULL, 0, NULL},
};

static int code_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    code_args *c = ctx;
    if (id == C_FORMAT && !sitrep_format_parse(v, &c->fmt)) {
        cli_error("unknown output format '%s' (jsonl, table, tsv)", v);
        return -1;
    }
    c->quiet |= id == C_QUIET;
    c->engine_only |= id == C_ENGINE_ONLY;
    return 0;
}

int cmd_code(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    code_args ca = {SITREP_FORMAT_JSONL, false, false};
    input_args in;
    input_args_init(&in);
    int threads = 1;
    const cli_command cmd = {
        "code", "[options] [FILE|DIR|-]...", "With no FILE, reads standard input.\n",
        {{NULL, code_opts, code_take, &ca}, input_args_group(&in), batch_jobs_group(&threads),
         dict_args_group(&d)}};
    size_t npaths;
    const char **paths;
    int status = cli_parse_inputs(&cmd, argc, argv, &paths, &npaths);
    if (status >= 0)
        return status;
    bool quiet = ca.quiet;

    sitrep_resources *res = dict_args_resources(&d, NULL);
    if (!res)
        return EXIT_USAGE;

    sitrep_reader *rd;
    sitrep_error err;
    if (sitrep_reader_open(paths, npaths, in.format, &rd, &err) != SITREP_OK) {
        cli_error("%s", err.message);
        sitrep_resources_free(res);
        return EXIT_USAGE;
    }
    batch b;
    batch_init(&b, BATCH);
    if (ca.engine_only)
        b.flags = SITREP_CODE_ENGINE_ONLY;
    write_ctx *wc = cli_calloc(1, sizeof *wc);
    wc->fmt = ca.fmt;
    fputs(sitrep_format_header(ca.fmt), stdout);

    progress prog;
    /* events written to the terminal itself would be torn by the progress line */
    progress_start(&prog, "code", quiet || isatty(STDOUT_FILENO));
    size_t ndocs = 0, nevents = 0;
    status = EXIT_OK;
    bool done = false;
    while (!done) {
        bool bad = false;
        size_t n = batch_fill(&b, rd, &done, &bad);
        if (bad)
            status = EXIT_PARTIAL;
        if (n == 0)
            break;
        batch_code(&b, n, threads, res, in.date, write_slot, wc);
        progress_clear(&prog);
        for (size_t i = 0; i < n; i++) {
            const sitrep_events *ev = b.slots[i];
            size_t k = sitrep_events_count(ev);
            nevents += k;
            batch_warn(ev);
            if (k && sitrep_events_date_missing(ev)) {
                const char *fallback = sitrep_events_fallback_date(ev);
                fprintf(stderr, "sitrep: %s: no article date (give one with --date); events "
                        "without a date of their own take %s, precision doc\n",
                        sitrep_events_origin(ev), fallback ? fallback : "none");
            }
            if (wc->len[i] && fwrite(wc->out[i], 1, wc->len[i], stdout) != wc->len[i]) {
                cli_error("cannot write the output (disk full or closed pipe?)");
                status = EXIT_USAGE;
                done = true;
                break;
            }
        }
        ndocs += n;
        progress_update(&prog, ndocs, nevents);
    }
    if (status != EXIT_USAGE)
        progress_finish(&prog, ndocs, nevents);
    if (fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    free(wc);
    batch_free(&b);
    sitrep_reader_close(rd);
    sitrep_resources_free(res);
    return status;
}
