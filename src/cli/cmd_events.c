/* cmd_events.c: `sitrep events` (stored events, filtered, as a table, JSON Lines or CSV)
 * and `sitrep export` (the same rows in the field's exchange formats: GDELT 2.0, Phoenix,
 * CSV, JSON Lines). */
#include "cli/cli.h"
#include "cli/store_args.h"
#include "store/store_export.h"

#include <string.h>

typedef struct out_ctx {
    export_format fmt;
    strbuf line;
    bool write_failed;
} out_ctx;

static int print_row(const store_event_row *row, void *vctx)
{
    out_ctx *o = vctx;
    strbuf_clear(&o->line);
    export_row(&o->line, o->fmt, row);
    if (fwrite(o->line.data, 1, o->line.len, stdout) != o->line.len) {
        o->write_failed = true;
        return 1;
    }
    return 0;
}

typedef struct events_args {
    export_format fmt;
    bool is_export;
} events_args;

static const cli_opt events_opts[] = {
    {"format", 'f', "FMT", 0, "table (default), jsonl or csv"},
    {NULL, 0, NULL, 0, NULL},
};

static const cli_opt export_opts[] = {
    {"format", 'f', "FMT", 0, "gdelt, phoenix, csv or jsonl (default jsonl)"},
    {NULL, 0, NULL, 0, NULL},
};

static int events_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)id;
    (void)p;
    events_args *e = ctx;
    bool ok = export_format_parse(v, &e->fmt);
    if (ok && !e->is_export && (e->fmt == EXPORT_GDELT || e->fmt == EXPORT_PHOENIX))
        ok = false;
    if (ok && e->is_export && e->fmt == EXPORT_TABLE)
        ok = false;
    if (!ok)
        cli_error("unknown %s format '%s' (%s)", e->is_export ? "export" : "output", v,
                  e->is_export ? "gdelt, phoenix, csv, jsonl" : "table, jsonl, csv");
    return ok ? 0 : -1;
}

static int run(int argc, char **argv, bool is_export)
{
    store_args sa;
    store_args_init(&sa);
    events_args ea = {is_export ? EXPORT_JSONL : EXPORT_TABLE, is_export};
    const cli_command cmd = {
        is_export ? "export" : "events", "[options]", NULL,
        {{NULL, is_export ? export_opts : events_opts, events_take, &ea}, store_args_group(&sa),
         store_filter_group(&sa)}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (first < argc) {
        cli_error("unknown argument '%s' (try 'sitrep %s --help')", argv[first], cmd.name);
        return EXIT_USAGE;
    }
    export_format fmt = ea.fmt;
    store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    out_ctx o = {fmt, {0}, false};
    export_header(&o.line, fmt);
    fwrite(o.line.data ? o.line.data : "", 1, o.line.len, stdout);
    sitrep_error err;
    status = EXIT_OK;
    if (!store_query_events(st, &sa.filter, print_row, &o, &err)) {
        cli_error("%s", err.message);
        status = EXIT_USAGE;
    }
    if (o.write_failed || fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    strbuf_free(&o.line);
    store_close(st);
    return status;
}

int cmd_events(int argc, char **argv) { return run(argc, argv, false); }
int cmd_export(int argc, char **argv) { return run(argc, argv, true); }
