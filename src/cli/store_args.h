/* store_args.h: the options every store command shares: --db and the event filters.
 *
 * Contract: store_args_take consumes one option at argv[*i] (1), says it is not one of
 * ours (0), or reports a bad value on stderr (-1). store_args_open opens the store named
 * by --db, else $SITREP_DB, else ./sitrep.db, and reports failure on stderr (NULL). */
#ifndef SITREP_CLI_STORE_ARGS_H
#define SITREP_CLI_STORE_ARGS_H

#include "store/store.h"

#include <stdbool.h>

typedef struct store_args {
    const char *db;
    store_filter filter;
    char from[11], to[11];
} store_args;

void store_args_init(store_args *a);
/* With `filters` false only --db is taken. */
int store_args_take(store_args *a, int argc, char **argv, int *i, bool filters);
store *store_args_open(const store_args *a, bool writable);

/* The help text of the filter options. */
extern const char store_args_filter_help[];

#endif
