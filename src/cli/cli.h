/* cli.h: what the subcommands of the sitrep tool share: the dictionary options, error
 * reporting, and the subcommand entry points (one file each).
 *
 * Contract: every subcommand takes argc/argv without the tool name (argv[0] is the
 * subcommand), prints its results on stdout and its diagnostics on stderr prefixed with
 * "sitrep: ", and returns the process exit status: 0 success, 1 some input was bad (the
 * rest was processed), 2 usage error or nothing could be done. */
#ifndef SITREP_CLI_CLI_H
#define SITREP_CLI_CLI_H

#include <sitrep.h>

#include "cli/options.h"

#include <stdbool.h>
#include <stdio.h>

enum { EXIT_OK = 0, EXIT_PARTIAL = 1, EXIT_USAGE = 2 };

/* Dictionary files named on the command line: at most DICT_ARGS_MAX of a kind, each list
 * NULL-terminated. */
enum { DICT_ARGS_MAX = 16 };
typedef struct dict_args {
    const char *actors[DICT_ARGS_MAX + 1], *verbs[DICT_ARGS_MAX + 1];
    const char *agents[DICT_ARGS_MAX + 1], *options[DICT_ARGS_MAX + 1];
    size_t nactors, nverbs, nagents, noptions;
    /* PETRARCH/Phoenix discard and issue lists */
    const char *discards[DICT_ARGS_MAX + 1], *issues[DICT_ARGS_MAX + 1];
    const char *pico; /* --pico: a code ontology whose negations negated verbs take */
    size_t ndiscards, nissues;
    int verb_syntax[DICT_ARGS_MAX + 1]; /* per verbs file: 0 sniff, else 1 + dict_syntax (forced) */
    bool petrarch;       /* --petrarch: the coder's PETRARCH behaviour (options.h) */
    const char *project;
    bool quiet_dict; /* do not list dictionary problems one by one */
    bool strict;     /* --strict-dict: a malformed dictionary line is fatal */
    bool shallow;    /* --shallow: our lexicon with the TABARI engine, no parser */
    const char *model; /* --model FILE: the tagger and parser model */
} dict_args;

/* The dictionary options (--actors F, --verbs F, --agents F, --options F, --project F,
 * --discards F, --issues F, --petrarch1-verbs F, --petrarch2-verbs F, --pico F,
 * --strict-dict, --petrarch, --shallow, --model F) as an option group over d (zeroed
 * first). Each list holds at most DICT_ARGS_MAX files; one more is refused by name. The
 * syntax of --actors, --agents and --verbs files (TABARI, PETRARCH-1, PETRARCH-2) is told
 * from their text (petrarch_reader.h); the --petrarchN-verbs options force it. */
cli_group dict_args_group(dict_args *d);

/* Loads the named dictionaries (or our own lexicon when none are named) with
 * sitrep_resources_load. Malformed lines are listed (file:line: what is wrong) and
 * skipped, as the field's dictionaries carry a few; with d->strict they are fatal.
 * Returns NULL, with the reason printed, when the dictionaries cannot be used (a file
 * cannot be read, or strict). `problems` (may be NULL) receives the number of malformed
 * lines. */
sitrep_resources *dict_args_resources(const dict_args *d, size_t *problems);
/* The load options the dictionary options name (no diagnostics function set). */
void dict_args_options(const dict_args *d, sitrep_load_options *o);
/* dict_args_resources for options already made: malformed lines listed (quiet: only
 * counted), the failure or the count of skipped lines reported. */
sitrep_resources *cli_load_resources(const sitrep_load_options *o, bool quiet,
                                     size_t *problems);

/* The input options shared by the commands that read articles. */
typedef struct input_args {
    sitrep_input_format format; /* SITREP_INPUT_AUTO after init */
    char date_buf[11];
    const char *date;    /* --date YYYY-MM-DD, else NULL */
} input_args;

void input_args_init(input_args *in);
/* -i/--input FMT and --date YYYY-MM-DD as an option group over in. */
cli_group input_args_group(input_args *in);

void cli_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* calloc that ends the tool (status 2, "out of memory") instead of returning NULL. */
void *cli_calloc(size_t n, size_t size);
double cli_now(void);

int cmd_code(int argc, char **argv);
int cmd_validate(int argc, char **argv);
int cmd_dict(int argc, char **argv);
int cmd_explain(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_load(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_export(int argc, char **argv);
int cmd_timeline(int argc, char **argv);
int cmd_network(int argc, char **argv);
int cmd_stats(int argc, char **argv);
int cmd_train(int argc, char **argv);
int cmd_parse(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
