/* cmd_validate.c: `sitrep validate`, running a validation suite of records with their
 * expected events and reporting what passes (sitrep_validate: TABARI records and
 * projects, PETRARCH's XML records, PLOVER's gold-standard JSON). The dictionaries are
 * loaded as every command loads them, malformed lines listed the same way. */
#include "cli/cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int print_out(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    fwrite(data, 1, len, stdout);
    return 0;
}

static void print_warning(const char *message, void *ctx)
{
    (void)ctx;
    cli_error("%s", message);
}

static sitrep_resources *load(const sitrep_load_options *o, void *ctx)
{
    return cli_load_resources(o, *(const bool *)ctx, NULL);
}

typedef struct validate_args {
    bool all, verbose;
    double min_f1;
} validate_args;

enum { V_ALL, V_VERBOSE, V_MIN_F1 };

static const cli_opt validate_opts[] = {
    {"all", 0, NULL, V_ALL, "go on past the record that ends the standard records"},
    {"verbose", 'v', NULL, V_VERBOSE, "every record, and the coded events of failures"},
    {"min-f1", 0, "X", V_MIN_F1, "PLOVER records: exit 0 when the overall F1 reaches X (0-1)"},
    {NULL, 0, NULL, 0, NULL},
};

static int validate_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    validate_args *va = ctx;
    if (id == V_ALL) {
        va->all = true;
    } else if (id == V_VERBOSE) {
        va->verbose = true;
    } else {
        char *end;
        va->min_f1 = strtod(v, &end);
        if (!*v || *end || va->min_f1 < 0 || va->min_f1 > 1) {
            cli_error("--min-f1 needs a number from 0 to 1");
            return -1;
        }
    }
    return 0;
}

int cmd_validate(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    validate_args va = {false, false, -1};
    const cli_command cmd = {
        "validate",
        "[--all] [--verbose] FILE.project\n"
        "[--verbose] [dictionary options] RECORDS.xml\n"
        "[--verbose] [--min-f1 X] [dictionary options] PLOVER.json\n"
        "[--all] [--verbose] --actors F --verbs F [--agents F] [--options F] RECORDS.text",
        NULL,
        {{NULL, validate_opts, validate_take, &va}, dict_args_group(&d)}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (argc - first != 1) {
        cli_error("validate takes one suite file (try 'sitrep validate --help')");
        return EXIT_USAGE;
    }
    const char *file = argv[first];
    size_t flen = strlen(file);
    bool json = flen > 5 && strcasecmp(file + flen - 5, ".json") == 0;
    if (!json && va.min_f1 >= 0) {
        cli_error("--min-f1 applies to PLOVER records (FILE.json) only");
        return EXIT_USAGE;
    }
    sitrep_load_options o;
    dict_args_options(&d, &o);
    sitrep_validation v;
    sitrep_validation_init(&v);
    v.all = va.all;
    v.verbose = va.verbose;
    v.min_f1 = va.min_f1;
    v.load = load;
    v.load_ctx = &d.quiet_dict;
    v.out = print_out;
    v.warn = print_warning;
    return sitrep_exit_status(sitrep_validate(file, &o, &v, NULL));
}
