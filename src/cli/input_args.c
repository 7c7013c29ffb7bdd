/* input_args.c: the options that say how to read articles (-i/--input, --date), shared by
 * code, explain and ingest. */
#include "cli/cli.h"

#include <string.h>

void input_args_init(input_args *in)
{
    in->format = SITREP_INPUT_AUTO;
    in->date_buf[0] = '\0';
    in->date = NULL;
}

enum { I_INPUT, I_DATE };

static const cli_opt input_opts[] = {
    {"input", 'i', "FMT", I_INPUT, "auto (default), text, jsonl or tabari"},
    {"date", 0, "YYYY-MM-DD", I_DATE, "article date when the input carries none"},
    {NULL, 0, NULL, 0, NULL},
};

static int input_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    input_args *in = ctx;
    if (id == I_INPUT) {
        sitrep_input_format f;
        if (!sitrep_input_format_parse(v, &f)) {
            cli_error("unknown input format '%s' (auto, text, jsonl, tabari)", v);
            return -1;
        }
        in->format = f;
        return 0;
    }
    if (!sitrep_date_normalize(v, in->date_buf)) {
        cli_error("--date '%s' is not a date (want YYYY-MM-DD)", v);
        return -1;
    }
    in->date = in->date_buf;
    return 0;
}

cli_group input_args_group(input_args *in)
{
    return (cli_group){NULL, input_opts, input_take, in};
}
