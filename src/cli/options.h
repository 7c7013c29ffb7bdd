/* options.h: the command line of every subcommand: one option table per command (and per
 * group of options that several commands share), parsed with getopt_long, which also makes
 * the command's --help.
 *
 * Contract: cli_parse() builds getopt_long's tables from the command's groups, calls each
 * option's group `take` with the option's id and value, and leaves the operands (files,
 * actor codes) in argv[*first .. argc) (options and operands may come in any order; "--"
 * ends the options). It returns -1 when the command should go on, else the exit status:
 * EXIT_OK after printing --help (-h) on stdout, EXIT_USAGE after an unknown option, a
 * missing value or a value `take` refused (each reported on stderr by name). An option
 * whose help is NULL works but is not listed (benchmark switches). docs/cli.md lists the
 * same options as --help (tests/cli/cli_doc.sh checks it). */
#ifndef SITREP_CLI_OPTIONS_H
#define SITREP_CLI_OPTIONS_H

#include <stdbool.h>
#include <stdio.h>

typedef struct cli_opt {
    const char *name;  /* long name without "--", NULL ends a table */
    char short_name;   /* 0 when none */
    const char *arg;   /* the value's placeholder ("FMT"), NULL for a switch */
    int id;            /* given to the group's take function */
    const char *help;  /* one line for --help, NULL to leave the option out */
} cli_opt;

typedef struct cli_parser cli_parser;

/* Takes one option: 0 done, -1 refused (the reason reported with cli_error). */
typedef int (*cli_take_fn)(void *ctx, int id, const char *value, cli_parser *p);

typedef struct cli_group {
    const char *title; /* a heading in --help ("dictionary options"), NULL for the command's own */
    const cli_opt *opts;
    cli_take_fn take;
    void *ctx;
} cli_group;

enum { CLI_MAX_GROUPS = 6 };

typedef struct cli_command {
    const char *name;  /* "code", "dict check" */
    const char *usage; /* what follows the name in the usage line, one form per line */
    const char *about; /* printed after the options, or NULL */
    cli_group groups[CLI_MAX_GROUPS]; /* up to the first with opts NULL */
} cli_command;

int cli_parse(const cli_command *c, int argc, char **argv, int *first);
/* For an option with two values (--dyad A B): the next argument, or NULL (reported) when
 * there is none. */
const char *cli_next_value(cli_parser *p, const char *option);
void cli_help(const cli_command *c, FILE *out);
/* cli_parse for a command whose operands are inputs: *paths and *n are argv[first ..
 * argc), or "-" (standard input) when there are none. */
#include <stddef.h>
int cli_parse_inputs(const cli_command *c, int argc, char **argv, const char ***paths,
                     size_t *n);

/* --batch N and -q/--quiet of the commands that store in batches: a take function for
 * option ids TXN_BATCH (a number from 1 to max) and TXN_QUIET over a txn_args. */
typedef struct txn_args {
    long batch, max;
    bool quiet;
} txn_args;
enum { TXN_BATCH, TXN_QUIET };
int txn_args_take(void *ctx, int id, const char *value, cli_parser *p);

/* Values: a whole number from lo to hi, or a number in (lo, hi]; false (reported, naming
 * the option) otherwise. */
bool cli_int(const char *option, const char *value, long lo, long hi, long *out);
bool cli_double(const char *option, const char *value, double lo, double hi, double *out);

#endif
