/* cmd_explain.c: `sitrep explain`, why each event was coded (sitrep_explain).
 *
 * Articles are read and coded one at a time; for each, the library's account: the
 * sentences that produced events with the matched parts marked, the dictionary entries and
 * the rules behind each event. Dictionary paths under the current directory are printed
 * relative to it, so the output does not depend on where sitrep is installed. */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int print_out(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    fwrite(data, 1, len, stdout);
    return 0;
}

int cmd_explain(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    input_args in;
    input_args_init(&in);
    const cli_command cmd = {
        "explain", "[options] FILE...",
        "Prints each sentence that produced events with the matched parts marked\n"
        "([source], {verb}, <target>), the dictionary entries and the rules behind each "
        "event.\n",
        {input_args_group(&in), dict_args_group(&d)}};
    size_t npaths;
    const char **paths;
    int parsed = cli_parse_inputs(&cmd, argc, argv, &paths, &npaths);
    if (parsed >= 0)
        return parsed;

    sitrep_resources *res = dict_args_resources(&d, NULL);
    if (!res)
        return EXIT_USAGE;
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd))
        cwd[0] = '\0';
    sitrep_reader *rd = NULL;
    sitrep_events *ev = NULL;
    sitrep_explainer *x = NULL;
    sitrep_error err;
    if (sitrep_reader_open(paths, npaths, in.format, &rd, &err) != SITREP_OK ||
        sitrep_events_new(&ev, &err) != SITREP_OK ||
        sitrep_explainer_new(cwd, &x, &err) != SITREP_OK) {
        cli_error("%s", err.message);
        sitrep_reader_close(rd);
        sitrep_events_free(ev);
        sitrep_resources_free(res);
        return EXIT_USAGE;
    }
    int status = EXIT_OK;
    bool first = true;
    int r;
    while ((r = sitrep_reader_next(rd, ev, &err)) != 0) {
        if (r < 0) {
            cli_error("%s", err.message);
            status = EXIT_PARTIAL;
            continue;
        }
        sitrep_code_documents(res, &ev, 1, 1, in.date, 0, NULL, NULL, NULL, NULL);
        if (!first)
            putchar('\n');
        first = false;
        sitrep_explain(x, ev, print_out, NULL, NULL);
    }
    if (fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    sitrep_explainer_free(x);
    sitrep_events_free(ev);
    sitrep_reader_close(rd);
    sitrep_resources_free(res);
    return status;
}
