/* cmd_events.c: `sitrep events` (stored events, filtered, as a table, JSON Lines or CSV)
 * and `sitrep export` (the same rows in the field's exchange formats: GDELT 2.0, Phoenix,
 * CSV, JSON Lines). */
#include "cli/cli.h"
#include "cli/store_args.h"

#include <stdio.h>
#include <string.h>

static int print_out(const char *data, size_t len, void *ctx)
{
    if (fwrite(data, 1, len, stdout) != len) {
        *(bool *)ctx = true;
        return 1;
    }
    return 0;
}

typedef struct events_args {
    sitrep_export_format fmt;
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
    bool ok = sitrep_export_format_parse(v, &e->fmt);
    if (ok && !e->is_export && (e->fmt == SITREP_EXPORT_GDELT || e->fmt == SITREP_EXPORT_PHOENIX))
        ok = false;
    if (ok && e->is_export && e->fmt == SITREP_EXPORT_TABLE)
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
    events_args ea = {is_export ? SITREP_EXPORT_JSONL : SITREP_EXPORT_TABLE, is_export};
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
    sitrep_store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    bool write_failed = false;
    sitrep_error err;
    status = EXIT_OK;
    if (sitrep_store_export(st, &sa.query, ea.fmt, print_out, &write_failed, &err) !=
        SITREP_OK) {
        cli_error("%s", err.message);
        status = EXIT_USAGE;
    }
    if (write_failed || fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    sitrep_store_close(st);
    return status;
}

int cmd_events(int argc, char **argv) { return run(argc, argv, false); }
int cmd_export(int argc, char **argv) { return run(argc, argv, true); }
