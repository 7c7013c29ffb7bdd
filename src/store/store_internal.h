/* store_internal.h: the store handle and the helpers that store.c (opening, queries) and
 * store_add.c (adding documents) share. Internal to src/store. */
#ifndef SITREP_STORE_INTERNAL_H
#define SITREP_STORE_INTERNAL_H

#include "base/strbuf.h"
#include "base/strmap.h"
#include "store/store.h"
#include "store/store_driver.h"

struct store {
    const db_driver *drv;
    db *d;
    bool pg;
    char *shown;
    strmap *actors_seen; /* actor codes known to be in the actors table */
    strmap *countries_seen; /* "country\x1fcode" pairs known to be in actor_countries */
    strbuf actor_buf;    /* store_get_actor's strings */
    store_namer_fn namer;
    void *namer_ctx;
    size_t added_unanalyzed; /* documents added since PostgreSQL last gathered statistics */
    /* store_most_active_pair's last answer, and the count of mentions it was found at */
    bool pair_known;
    int64_t pair_mentions;
    char *pair_a, *pair_b;
};

/* Prepared-statement slots (store_driver.h). */
enum store_slot {
    S_DOC, S_EV_INSERT, S_EV_UPDATE, S_OUTLET, S_OUTLET_BUMP, S_MENTION, S_MONTHLY, S_DYAD,
    S_ACTOR, S_ACTOR_GET, S_COUNTS, S_MENTION_MANY, S_EV_INSERT_MANY, S_EV_MAX, S_EV_ID, S_DYAD_MANY,
    S_ACTOR_COUNTRY,
};

db_cursor *store_q(store *s, int slot, const char *sql, int n, const char *const *p,
                   sitrep_error *err);
/* Runs a statement to its end; returns rows changed, or -1. */
long long store_run(store *s, int slot, const char *sql, int n, const char *const *p,
                    sitrep_error *err);
/* store_run with typed parameters. */
long long store_run_v(store *s, int slot, const char *sql, int n, const db_val *v,
                      sitrep_error *err);
/* First column of the first row as an integer: 1 found, 0 no row, -1 error. */
int store_first_int(store *s, int slot, const char *sql, int n, const char *const *p,
                    int64_t *out, sitrep_error *err);
/* `v` in decimal, in buf (24 bytes); returns buf. */
const char *store_i64s(char *buf, int64_t v);

#endif
