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

static int run(int argc, char **argv, bool is_export)
{
    store_args sa;
    store_args_init(&sa);
    export_format fmt = is_export ? EXPORT_JSONL : EXPORT_TABLE;
    bool fmt_given = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int r = store_args_take(&sa, argc, argv, &i, true);
        if (r < 0)
            return EXIT_USAGE;
        if (r > 0)
            continue;
        if ((strcmp(a, "-f") == 0 || strcmp(a, "--format") == 0) && i + 1 < argc) {
            const char *v = argv[++i];
            bool ok = export_format_parse(v, &fmt);
            if (ok && !is_export && (fmt == EXPORT_GDELT || fmt == EXPORT_PHOENIX))
                ok = false;
            if (ok && is_export && fmt == EXPORT_TABLE)
                ok = false;
            if (!ok) {
                cli_error("unknown %s format '%s' (%s)", is_export ? "export" : "output", v,
                          is_export ? "gdelt, phoenix, csv, jsonl" : "table, jsonl, csv");
                return EXIT_USAGE;
            }
            fmt_given = true;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            fprintf(stdout, "usage: sitrep %s [options]\n  -f, --format FMT      %s\n%s",
                    is_export ? "export" : "events",
                    is_export ? "gdelt, phoenix, csv or jsonl (default jsonl)"
                              : "table (default), jsonl or csv",
                    store_args_filter_help);
            return EXIT_OK;
        } else {
            cli_error("unknown option or argument '%s' (try 'sitrep %s --help')", a,
                      is_export ? "export" : "events");
            return EXIT_USAGE;
        }
    }
    (void)fmt_given;
    store *st = store_args_open(&sa, false);
    if (!st)
        return EXIT_USAGE;
    out_ctx o = {fmt, {0}, false};
    export_header(&o.line, fmt);
    fwrite(o.line.data ? o.line.data : "", 1, o.line.len, stdout);
    sitrep_error err;
    int status = EXIT_OK;
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
