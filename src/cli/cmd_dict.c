/* cmd_dict.c: `sitrep dict check`, loading dictionaries and reporting their problems,
 * size and load time; `sitrep dict names`, the canonical actor names they define. */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

typedef struct dup_count {
    size_t duplicates, conflicts, shown;
} dup_count;

static void report_duplicate(const char *again, const char *first, int conflict, void *ctx)
{
    dup_count *c = ctx;
    if (conflict)
        c->conflicts++;
    else
        c->duplicates++;
    if (c->shown++ < 20)
        fprintf(stderr, "sitrep: %s: %s of the entry at %s\n", again,
                conflict ? "conflicts with the codes" : "repeats the phrase", first);
}

static int print_name(const char *code, const char *name, void *ctx)
{
    size_t *unnamed = ctx;
    if (!name)
        ++*unnamed;
    printf("%s\t%s\n", code, name ? name : "");
    return 0;
}

static int print_person(const char *name, const char *unused, void *ctx)
{
    (void)unused;
    (void)ctx;
    puts(name);
    return 0;
}

static const cli_opt names_opts[] = {
    {"people", 0, NULL, 0, "the office holders, each with its office, instead of the codes"},
    {NULL, 0, NULL, 0, NULL},
};

static int names_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)id;
    (void)v;
    (void)p;
    *(bool *)ctx = true;
    return 0;
}

/* `sitrep dict names`: every code the actors files define, with its canonical name. */
static int dict_names(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    bool people = false;
    const cli_command cmd = {
        "dict names", "[--people] [dictionary options]",
        "Every actor code the actors files (--actors; our own lexicon when none is named)\n"
        "define, with its canonical name, tab-separated; exits 1 when one has none.\n"
        "--people lists the office holders instead, with their office.\n",
        {{NULL, names_opts, names_take, &people}, dict_args_group(&d)}};
    int first;
    int status = cli_parse(&cmd, argc - 1, argv + 1, &first);
    if (status >= 0)
        return status;
    if (first < argc - 1) {
        cli_error("unknown argument '%s' (try 'sitrep dict names --help')", argv[first + 1]);
        return EXIT_USAGE;
    }
    sitrep_names *n;
    sitrep_error err;
    if (sitrep_names_load(d.actors, &n, &err) != SITREP_OK) {
        cli_error("actor names: %s", err.message);
        return EXIT_USAGE;
    }
    size_t unnamed = 0;
    if (people)
        sitrep_names_each_person(n, print_person, NULL);
    else
        sitrep_names_each_code(n, print_name, &unnamed);
    sitrep_names_free(n);
    if (unnamed)
        cli_error("%zu code(s) without a name", unnamed);
    return unnamed ? EXIT_PARTIAL : EXIT_OK;
}

int cmd_dict(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "names") == 0)
        return dict_names(argc, argv);
    dict_args d;
    memset(&d, 0, sizeof d);
    const cli_command cmd = {
        "dict check", "[dictionary options]",
        "Loads the dictionaries (our own lexicon when none is named), lists every\n"
        "malformed line as file:line, and prints counts and the load time.\n"
        "Repeated phrases and conflicting codes are listed too.\n"
        "Exits 1 when any line is malformed or any phrase has conflicting codes.\n"
        "'sitrep dict names --help' tells of the other subcommand.\n",
        {dict_args_group(&d)}};
    if (argc < 2 || strcmp(argv[1], "check") != 0) {
        cli_help(&cmd, stderr);
        return EXIT_USAGE;
    }
    int first;
    int status = cli_parse(&cmd, argc - 1, argv + 1, &first);
    if (status >= 0)
        return status;
    if (first < argc - 1) {
        cli_error("unknown argument '%s' (try 'sitrep dict check --help')", argv[first + 1]);
        return EXIT_USAGE;
    }
    d.shallow = true; /* checking dictionaries needs no parser */
    size_t problems = 0;
    sitrep_resources *res = dict_args_resources(&d, &problems);
    if (!res)
        return EXIT_USAGE;
    sitrep_dict_stats st;
    sitrep_resources_stats(res, &st);
    printf("actors      %zu\n", st.actors);
    printf("agents      %zu\n", st.agents);
    printf("nouns       %zu\n", st.nouns);
    printf("adjectives  %zu\n", st.adjectives);
    printf("verb forms  %zu\n", st.verb_forms);
    printf("patterns    %zu\n", st.patterns);
    printf("synsets     %zu\n", st.synsets);
    printf("load time   %.1f ms\n", st.load_seconds * 1000.0);
    dup_count dups = {0, 0, 0};
    sitrep_resources_duplicates(res, report_duplicate, &dups);
    printf("duplicates  %zu\n", dups.duplicates);
    printf("conflicts   %zu\n", dups.conflicts);
    printf("problems    %zu\n", problems);
    sitrep_resources_free(res);
    return problems || dups.conflicts ? EXIT_PARTIAL : EXIT_OK;
}
