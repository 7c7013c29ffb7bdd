/* cmd_ingest.c: `sitrep ingest`, coding articles and storing their events.
 *
 * Articles are read and coded in batches exactly as `sitrep code` does (-j threads, input
 * order kept); each batch is stored in one transaction, so a failure of the store (disk
 * full, locked database) rolls the batch back, names its inputs, and stops: the store holds
 * the batches that completed and nothing of the failed one. A bad article is reported and
 * skipped. A document already in the store (same content hash) is skipped. On a terminal
 * a progress line shows articles/s and events/s; piped, the command is quiet. */
#include "cli/batch.h"
#include "cli/cli.h"
#include "cli/progress.h"
#include "cli/store_args.h"
#include "store/store.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct slot_doc {
    store_doc_entry entry;
    char hash[65];
} slot_doc;

typedef struct ingest_ctx {
    const char *default_date;
} ingest_ctx;

static const char *cut(arena *a, const char *text, size_t text_len, span sp)
{
    if (!text || sp.end <= sp.start || sp.end > text_len)
        return NULL;
    return arena_strndup(a, text + sp.start, sp.end - sp.start);
}

static store_span sspan(span sp)
{
    if (sp.end <= sp.start)
        return (store_span){-1, -1};
    return (store_span){sp.start, sp.end};
}

static const char *nonempty(const char *s) { return s && *s ? s : NULL; }

/* Runs on the worker that coded the slot: turns its events into store records. */
static void to_store(batch_slot *s, void *vctx)
{
    const ingest_ctx *ctx = vctx;
    const article *art = &s->art;
    const document_result *res = &s->res;
    slot_doc *sd = arena_calloc(s->mem, 1, sizeof *sd);
    store_content_hash(art->id, art->date, art->source, art->url, art->title, art->text,
                       art->text_len, sd->hash);
    store_mention *m = res->nevents ? arena_calloc(s->mem, res->nevents, sizeof *m) : NULL;
    for (size_t i = 0; i < res->nevents; i++) {
        const event *e = &res->events[i];
        store_mention *x = &m[i];
        x->source = e->source.code;
        x->source_country = nonempty(e->source.country);
        x->source_role = nonempty(e->source.role);
        x->source_text = e->source.text ? e->source.text
                                        : cut(s->mem, res->text, res->text_len, e->source.where);
        x->target = e->target.code;
        x->target_country = nonempty(e->target.country);
        x->target_role = nonempty(e->target.role);
        x->target_text = e->target.text ? e->target.text
                                        : cut(s->mem, res->text, res->text_len, e->target.where);
        x->cameo = e->code;
        x->sentence = e->sentence_index;
        x->sentence_span = sspan(e->sentence);
        x->source_span = sspan(e->source.where);
        x->target_span = sspan(e->target.where);
        x->verb_span = sspan(e->verb);
        x->sentence_text = cut(s->mem, res->text, res->text_len, e->sentence);
        x->verb_text = cut(s->mem, res->text, res->text_len, e->verb);
        x->verb_entry = e->verb_entry;
        x->date = nonempty(e->date);
        x->date_precision = e->date[0] ? date_precision_name(e->date_precision) : NULL;
        x->date_text = e->date_text;
        x->status = e->status;
        x->status_cue = e->status_cue;
        x->said_by_code = e->said_by_code;
        x->said_by_text = e->said_by_text;
    }
    sd->entry.doc = (store_document){sd->hash, art->id,
                                     art->date ? art->date : ctx->default_date,
                                     art->source, art->url, art->title, art->origin};
    sd->entry.mentions = m;
    sd->entry.nmentions = res->nevents;
    s->user = sd;
}

static int usage(void)
{
    fprintf(stderr,
            "usage: sitrep ingest [options] [FILE|DIR|-]...\n"
            "Codes articles (as 'sitrep code' does) and stores their events, one transaction\n"
            "per batch. Articles already in the store are skipped.\n"
            "  --db URL_OR_PATH   the store (default $SITREP_DB, else ./sitrep.db)\n"
            "  -i, --input FMT    auto (default), text, jsonl or tabari\n"
            "  -j N               code on N threads\n"
            "  --batch N          articles per transaction (default 512)\n"
            "  --date YYYY-MM-DD  article date when the input carries none\n"
            "  -q, --quiet        no progress line, even on a terminal\n"
            "  --actors F --verbs F --agents F --options F --project F   dictionaries\n"
            "With no FILE, reads standard input.\n");
    return EXIT_USAGE;
}

int cmd_ingest(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    store_args sa;
    store_args_init(&sa);
    const char **paths = calloc((size_t)argc + 1, sizeof *paths);
    size_t npaths = 0;
        int threads = 1;
    long batch_size = 512;
    bool quiet = false;
    input_args in;
    input_args_init(&in);
    int status = EXIT_OK;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = dict_args_take(&d, argc, argv, &i);
        if (r == 0)
            r = batch_jobs_take(argc, argv, &i, &threads);
        if (r == 0)
            r = store_args_take(&sa, argc, argv, &i, false);
        if (r == 0)
            r = input_args_take(&in, argc, argv, &i);
        if (r < 0) {
            free(paths);
            return EXIT_USAGE;
        }
        if (r > 0)
            continue;
        if (strcmp(a, "--batch") == 0 && i + 1 < argc) {
            char *end;
            batch_size = strtol(argv[++i], &end, 10);
            if (*end || batch_size < 1 || batch_size > 100000) {
                cli_error("--batch needs a number of articles from 1 to 100000");
                free(paths);
                return EXIT_USAGE;
            }
        } else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
            quiet = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            usage();
            free(paths);
            return EXIT_OK;
        } else if (a[0] == '-' && a[1]) {
            cli_error("unknown option '%s'", a);
            free(paths);
            return usage();
        } else {
            paths[npaths++] = a;
        }
    }
    if (npaths == 0)
        paths[npaths++] = "-";

    store *st = store_args_open(&sa, true);
    if (!st) {
        free(paths);
        return EXIT_USAGE;
    }
    coder_options opt;
    lexicon *lx = dict_args_load(&d, &opt, NULL, NULL, NULL);
    actor_names *names = lx ? dict_args_actor_names(&d) : NULL;
    if (!names) {
        if (lx)
            dict_args_free(lx, &opt);
        store_close(st);
        free(paths);
        return EXIT_USAGE;
    }
    store_set_namer(st, dict_args_namer, names);

    progress prog;
    progress_start(&prog, "ingest", quiet);
    article_reader *rd = article_reader_open(paths, npaths, in.format);
    batch b;
    batch_init(&b, (size_t)batch_size);
    store_doc_entry *entries = calloc((size_t)batch_size, sizeof *entries);
    ingest_ctx ctx = {in.date};
    size_t arts = 0, events = 0, coded = 0, added_docs = 0;
    bool done = false;
    while (!done) {
        bool bad = false;
        size_t n = batch_fill(&b, rd, &done, &bad);
        if (bad)
            status = EXIT_PARTIAL;
        if (n == 0)
            break;
        batch_code(&b, n, threads, lx, &opt, in.date, to_store, &ctx);
        for (size_t i = 0; i < n; i++) {
            if (b.slots[i].warn.len)
                fputs(b.slots[i].warn.data, stderr);
            entries[i] = ((slot_doc *)b.slots[i].user)->entry;
            coded += b.slots[i].res.nevents;
        }
        sitrep_error err;
        size_t added = 0, ment = 0;
        if (!store_begin(st, &err) ||
            !store_add_documents(st, entries, n, &added, &ment, &err) ||
            !store_commit(st, &err)) {
            store_rollback(st);
            progress_clear(&prog);
            const article *f = &b.slots[0].art, *l = &b.slots[n - 1].art;
            cli_error("%s", err.message);
            cli_error("the batch of %zu article(s) from %s to %s was not stored (the store is as "
                      "it was before it); stopping",
                      n, f->origin ? f->origin : f->id, l->origin ? l->origin : l->id);
            status = EXIT_USAGE;
            break;
        }
        arts += n;
        events = coded;
        added_docs += added;
        (void)ment;
        progress_update(&prog, arts, events);
    }
    if (prog.show && status != EXIT_USAGE) {
        progress_finish(&prog, arts, events);
        fprintf(stderr, "ingest: %zu new document(s), %zu already stored, into %s\n", added_docs,
                arts - added_docs, store_location(st));
    }
    free(entries);
    batch_free(&b);
    article_reader_close(rd);
    dict_args_free(lx, &opt);
    store_close(st);
    actor_names_free(names);
    free(paths);
    return status;
}
