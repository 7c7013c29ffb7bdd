/* cmd_code.c: `sitrep code`, the pure filter from articles to events.
 *
 * Articles are read in order and coded in batches: the batch is split among -j worker
 * threads (each article is coded by exactly one of them, with its own arena), and the
 * outputs are written in input order, so the bytes out are the same whatever -j is.
 * A bad input (unreadable file, malformed JSON line, bad date) is reported on stderr and
 * skipped; the run goes on and exits with status 1. */
#include "cli/cli.h"
#include "doc/document.h"
#include "io/article_reader.h"
#include "io/event_writer.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BATCH 512

typedef struct slot {
    arena *mem;
    article art;
    strbuf out;
    strbuf warn;
    size_t nevents;
} slot;

typedef struct job {
    const lexicon *lx;
    const coder_options *opt;
    const char *default_date;
    out_format fmt;
    unsigned writer_flags;
    slot *slots;
    size_t nslots;
    size_t first, step; /* this worker codes slots first, first+step, ... */
} job;

static void code_slot(const job *jb, slot *s)
{
    document_result res;
    document_code(jb->lx, jb->opt, s->mem, &s->art, jb->default_date, &res);
    if (res.invalid_bytes)
        strbuf_printf(&s->warn, "sitrep: %s: %zu invalid UTF-8 byte(s) replaced (first at byte %zu)\n",
                      s->art.origin ? s->art.origin : s->art.id, res.invalid_bytes,
                      res.first_invalid);
    event_write_opts(&s->out, jb->fmt, jb->writer_flags, &s->art, res.text, res.events,
                     res.nevents);
    s->nevents = res.nevents;
}

static void *worker(void *arg)
{
    const job *jb = arg;
    for (size_t i = jb->first; i < jb->nslots; i += jb->step)
        code_slot(jb, &jb->slots[i]);
    return NULL;
}

static int usage(void)
{
    fputs("usage: sitrep code [options] [FILE|DIR|-]...\n"
          "  -f, --format FMT   jsonl (default), table or tsv\n"
          "  -i, --input FMT    auto (default), text, jsonl or tabari\n"
          "  -j N               code on N threads (output identical to -j 1)\n"
          "  --date YYYY-MM-DD  article date when the input carries none\n"
          "  --actors F --verbs F --agents F --options F --project F   dictionaries\n"
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
    input_format infmt = INPUT_AUTO;
    int threads = 1;
    char date_buf[11];
    const char *default_date = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = dict_args_take(&d, argc, argv, &i);
        if (r < 0)
            return EXIT_USAGE;
        if (r > 0)
            continue;
        if ((strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) && i + 1 < argc) {
            if (!out_format_parse(argv[++i], &fmt)) {
                cli_error("unknown output format '%s' (jsonl, table, tsv)", argv[i]);
                return EXIT_USAGE;
            }
        } else if ((strcmp(a, "-i") == 0 || strcmp(a, "--input") == 0) && i + 1 < argc) {
            if (!input_format_parse(argv[++i], &infmt)) {
                cli_error("unknown input format '%s' (auto, text, jsonl, tabari)", argv[i]);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "-j") == 0 && i + 1 < argc) {
            threads = atoi(argv[++i]);
            if (threads < 1 || threads > 256) {
                cli_error("-j needs a number of threads from 1 to 256");
                return EXIT_USAGE;
            }
        } else if (strncmp(a, "-j", 2) == 0 && a[2]) {
            threads = atoi(a + 2);
            if (threads < 1 || threads > 256) {
                cli_error("-j needs a number of threads from 1 to 256");
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "--date") == 0 && i + 1 < argc) {
            if (!article_date_normalize(argv[i + 1], strlen(argv[i + 1]), date_buf)) {
                cli_error("--date '%s' is not a date (want YYYY-MM-DD)", argv[i + 1]);
                return EXIT_USAGE;
            }
            i++;
            default_date = date_buf;
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

    article_reader *rd = article_reader_open(paths, npaths, infmt);
    slot *slots = calloc(BATCH, sizeof *slots);
    for (size_t i = 0; i < BATCH; i++)
        slots[i].mem = arena_new(64 * 1024);
    strbuf head = {0};
    event_write_header(&head, fmt);
    fwrite(head.data ? head.data : "", 1, head.len, stdout);
    strbuf_free(&head);

    int status = EXIT_OK;
    bool done = false;
    while (!done) {
        size_t n = 0;
        while (n < BATCH) {
            slot *s = &slots[n];
            arena_reset(s->mem);
            strbuf_clear(&s->out);
            strbuf_clear(&s->warn);
            sitrep_error err;
            int r = article_reader_next(rd, s->mem, &s->art, &err);
            if (r == 0) {
                done = true;
                break;
            }
            if (r < 0) {
                cli_error("%s", err.message);
                status = EXIT_PARTIAL;
                continue;
            }
            n++;
        }
        if (n == 0)
            break;
        job jobs[256];
        pthread_t tids[256];
        int nt = threads < (int)n ? threads : (int)n;
        for (int t = 0; t < nt; t++)
            jobs[t] = (job){lx, &opt, default_date, fmt, 0, slots, n, (size_t)t, (size_t)nt};
        for (int t = 1; t < nt; t++)
            if (pthread_create(&tids[t], NULL, worker, &jobs[t]) != 0) {
                cli_error("cannot start a thread; coding on fewer");
                jobs[t].step = 0;
            }
        worker(&jobs[0]);
        for (int t = 1; t < nt; t++)
            if (jobs[t].step)
                pthread_join(tids[t], NULL);
            else
                for (size_t i = (size_t)t; i < n; i += (size_t)nt)
                    code_slot(&jobs[0], &slots[i]);
        for (size_t i = 0; i < n; i++) {
            if (slots[i].warn.len)
                fputs(slots[i].warn.data, stderr);
            if (slots[i].out.len && fwrite(slots[i].out.data, 1, slots[i].out.len, stdout) !=
                                        slots[i].out.len) {
                cli_error("cannot write the output (disk full or closed pipe?)");
                status = EXIT_USAGE;
                done = true;
                break;
            }
        }
    }
    if (fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    for (size_t i = 0; i < BATCH; i++) {
        arena_free(slots[i].mem);
        strbuf_free(&slots[i].out);
        strbuf_free(&slots[i].warn);
    }
    free(slots);
    article_reader_close(rd);
    lex_free(lx);
    return status;
}
