/* input_args.c: the options that say how to read articles (-i/--input, --date), shared by
 * code, explain and ingest. */
#include "cli/cli.h"
#include "io/article_reader.h"

#include <string.h>

void input_args_init(input_args *in)
{
    in->format = INPUT_AUTO;
    in->date_buf[0] = '\0';
    in->date = NULL;
}

int input_args_take(input_args *in, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    bool input = strcmp(a, "-i") == 0 || strcmp(a, "--input") == 0;
    bool date = strcmp(a, "--date") == 0;
    if (!input && !date)
        return 0;
    if (*i + 1 >= argc) {
        cli_error("%s needs a value", a);
        return -1;
    }
    const char *v = argv[++*i];
    if (input) {
        input_format f;
        if (!input_format_parse(v, &f)) {
            cli_error("unknown input format '%s' (auto, text, jsonl, tabari)", v);
            return -1;
        }
        in->format = f;
        return 1;
    }
    if (!article_date_normalize(v, strlen(v), in->date_buf)) {
        cli_error("--date '%s' is not a date (want YYYY-MM-DD)", v);
        return -1;
    }
    in->date = in->date_buf;
    return 1;
}
