/* cmd_code.c: `sitrep code`, the pure filter from articles to events.
 *
 * Articles are read in order and coded in batches: the batch is split among -j worker
 * threads (each article is coded by exactly one of them, with its own arena), and the
 * outputs are written in input order, so the bytes out are the same whatever -j is.
 * A bad input (unreadable file, malformed JSON line, bad date) is reported on stderr and
 * skipped; the run goes on and exits with status 1. */
#include "cli/cli.h"
#include "cli/progress.h"
#include "doc/document.h"
#include "io/article_reader.h"
#include "io/event_writer.h"
#include "cli/batch.h"

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

static int usage(void)
{
    fputs("usage: sitrep code [options] [FILE|DIR|-]...\n"
          "  -f, --format FMT   jsonl (default), table or tsv\n"
          "  -i, --input FMT    auto (default), text, jsonl or tabari\n"
          "  -j N               code on N threads (output identical to -j 1)\n"
          "  --date YYYY-MM-DD  article date when the input carries none\n"
          "  -q, --quiet        no progress line (shown only when stderr is a terminal\n"
          "                     and the events go to a file or a pipe)\n"
          "  --actors F --verbs F --agents F --options F --project F   dictionaries\n"
          "  --model FILE       the tagger/parser model for our lexicon's tree coder\n"
          "                     (default: $SITREP_MODEL, else models/en_ud.model)\n"
          "  --shallow          code our lexicon with the shallow TABARI-style engine:\n"
          "                     no model needed\n"
          "With no FILE, reads standard input.\n",
          stderr);
    return EXIT_USAGE;
}

int cmd_code(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    const char *paths[4096];
    size_t npaths = 0;
    out_format fmt = OUT_JSONL;
    input_args in;
    input_args_init(&in);
    int threads = 1;
    bool engine_only = false;
    bool quiet = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = dict_args_take(&d, argc, argv, &i);
        if (r == 0)
            r = batch_jobs_take(argc, argv, &i, &threads);
        if (r == 0)
            r = input_args_take(&in, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r > 0)
            continue;
        if ((strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) && i + 1 < argc) {
            if (!out_format_parse(argv[++i], &fmt)) {
                cli_error("unknown output format '%s' (jsonl, table, tsv)", argv[i]);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = true;
        } else if (strcmp(a, "--engine-only") == 0) {
            engine_only = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage();
            return EXIT_OK;
        } else if (a[0] == '-' && a[1]) {
            cli_error("unknown option '%s'", a);
            return usage();
        } else if (npaths < sizeof paths / sizeof *paths) {
            paths[npaths++] = a;
        }
    }
    if (npaths == 0)
        paths[npaths++] = "-";

    coder_options opt;
    lexicon *lx = dict_args_load(&d, &opt, NULL, NULL, NULL);
    if (!lx)
        return EXIT_USAGE;

    article_reader *rd = article_reader_open(paths, npaths, in.format);
    batch b;
    batch_init(&b, BATCH);
    if (engine_only)
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
    int status = EXIT_OK;
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
