/* cmd_code.c: `sitrep code`, the pure filter from articles to events.
 *
 * Articles are read in order and coded in batches: the batch is split among -j worker
 * threads (each article is coded by exactly one of them, with its own arena), and the
 * outputs are written in input order, so the bytes out are the same whatever -j is.
 * A bad input (unreadable file, malformed JSON line, bad date) is reported on stderr and
 * skipped; the run goes on and exits with status 1. */
#include "api/pipeline.h"
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/progress.h"
#include "io/event_writer.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BATCH 512

typedef struct write_ctx {
    out_format fmt;
    unsigned writer_flags;
} write_ctx;

static void write_slot(batch_slot *s, void *ctx)
{
    const write_ctx *w = ctx;
    if (s->res.date_missing && s->res.nevents)
        strbuf_printf(&s->warn, "sitrep: %s: no article date (give one with --date); events "
                      "without a date of their own take %s, precision doc\n",
                      s->art.origin ? s->art.origin : s->art.id,
                      s->res.fallback_date[0] ? s->res.fallback_date : "none");
    event_write_opts(&s->out, w->fmt, w->writer_flags, &s->art, s->res.text, s->res.events,
                     s->res.nevents);
}

typedef struct code_args {
    out_format fmt;
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
    if (id == C_FORMAT && !out_format_parse(v, &c->fmt)) {
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
    code_args ca = {OUT_JSONL, false, false};
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
    out_format fmt = ca.fmt;
    bool quiet = ca.quiet;

    coder_options opt;
    lexicon *lx = dict_args_load(&d, &opt, NULL, NULL, NULL);
    if (!lx)
        return EXIT_USAGE;

    article_reader *rd = article_reader_open(paths, npaths, in.format);
    batch b;
    batch_init(&b, BATCH);
    if (ca.engine_only)
        b.doc_flags = DOC_ENGINE_ONLY;
    write_ctx wc = {fmt, 0};
    strbuf head = {0};
    event_write_header(&head, fmt);
    fwrite(head.data ? head.data : "", 1, head.len, stdout);
    strbuf_free(&head);

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
        batch_code(&b, n, threads, lx, &opt, in.date, write_slot, &wc);
        progress_clear(&prog);
        for (size_t i = 0; i < n; i++) {
            batch_slot *s = &b.slots[i];
            nevents += s->res.nevents;
            if (s->warn.len)
                fputs(s->warn.data, stderr);
            if (s->out.len && fwrite(s->out.data, 1, s->out.len, stdout) != s->out.len) {
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
    batch_free(&b);
    article_reader_close(rd);
    dict_args_free(lx, &opt);
    return status;
}
