/* store_driver.h: what a database backend gives the store (internal to src/store).
 *
 * Contract: the store's logic (store.c) is written once against this small interface;
 * sqlite_store.c and pg_store.c implement it. SQL text uses PostgreSQL placeholders ($1,
 * $2, ...; the SQLite driver reads them as ?1, ?2). Parameters are passed as text (NULL
 * for SQL NULL) and must stay valid until the cursor is done; result columns come back as text (NULL for SQL NULL), valid until the
 * next db_next or db_done on that cursor. Statements with a slot >= 0 are prepared once
 * and reused; slot -1 prepares for this call only; slot DB_BY_TEXT keeps the statement
 * among the last DB_TEXT_CACHE ones prepared that way, found again by its text (a query
 * built from a request's filters, whose shapes repeat: SQLite; PostgreSQL takes it as
 * -1, since it plans a statement by the values of its parameters only when it is
 * prepared for the call). */
#ifndef SITREP_STORE_DRIVER_H
#define SITREP_STORE_DRIVER_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct db db;
typedef struct db_cursor db_cursor;

/* A typed parameter: bulk writes bind numbers as numbers (no text round trip). */
typedef enum { DB_NULL, DB_TEXT, DB_INT, DB_REAL } db_type;
typedef struct db_val {
    db_type t;
    const char *s; /* DB_TEXT: valid until the cursor is done */
    long long i;   /* DB_INT */
    double d;      /* DB_REAL */
} db_val;

enum { DB_MAX_SLOTS = 32, DB_BY_TEXT = -2, DB_TEXT_CACHE = 16 };

typedef struct db_driver {
    const char *name;
    void (*close)(db *d);
    /* Runs SQL without parameters (may hold several statements). */
    bool (*exec)(db *d, const char *sql, sitrep_error *err);
    /* Runs a statement; returns a cursor positioned before the first row, or NULL. */
    db_cursor *(*query)(db *d, int slot, const char *sql, int nparams, const char *const *params,
                        sitrep_error *err);
    /* The same with typed parameters. */
    db_cursor *(*query_v)(db *d, int slot, const char *sql, int nparams, const db_val *params,
                          sitrep_error *err);
    int (*next)(db_cursor *c, sitrep_error *err); /* 1 row, 0 end, -1 error */
    const char *(*col)(db_cursor *c, int i);
    /* A numeric column without its text form (0 for NULL): for queries that read many rows. */
    long long (*col_int)(db_cursor *c, int i);
    double (*col_double)(db_cursor *c, int i);
    bool (*col_null)(db_cursor *c, int i); /* SQL NULL, without converting the value */
    long long (*changes)(db_cursor *c); /* rows changed by an INSERT/UPDATE/DELETE */
    /* The id of the row the last INSERT added (SQLite's rowid); NULL when the backend has
     * none (PostgreSQL: use RETURNING). */
    long long (*last_id)(db *d);
    void (*done)(db_cursor *c);
    /* COPY-style bulk input into `table(columns)` of tab-separated text lines (PostgreSQL
     * text format); NULL when the backend has none. */
    bool (*copy_in)(db *d, const char *table_and_columns, const char *data, size_t len,
                    sitrep_error *err);
} db_driver;

/* Backends: open `location` (already known to be theirs). `shown` is the location for
 * messages. NULL with err filled on failure. */
db *sqlite_db_open(const char *path, bool writable, sitrep_error *err);
db *pg_db_open(const char *conninfo, const char *shown, sitrep_error *err);
extern const db_driver sqlite_db_driver;
extern const db_driver pg_db_driver;

/* The schema of each backend: migrations[i] brings version i to i + 1. */
extern const char *const sqlite_migrations[];
extern const char *const pg_migrations[];

#endif
