/* store_args.h: the options every store command shares: --db and the event filters.
 *
 * Contract: store_args_group is --db, store_filter_group the event filters, and
 * store_dates_group only the date range of the filters (--from, --to), as option groups
 * (options.h) over the same store_args; the filters fill a sitrep_query. store_args_open opens the store named
 * by --db, else $SITREP_DB, else ./sitrep.db, and reports failure on stderr (NULL). */
#ifndef SITREP_CLI_STORE_ARGS_H
#define SITREP_CLI_STORE_ARGS_H

#include <sitrep.h>

#include "cli/options.h"

#include <stdbool.h>

typedef struct store_args {
    const char *db;
    sitrep_query query;
} store_args;

void store_args_init(store_args *a);
cli_group store_args_group(store_args *a);
cli_group store_filter_group(store_args *a);
cli_group store_dates_group(store_args *a);
sitrep_store *store_args_open(const store_args *a, bool writable);

#endif
