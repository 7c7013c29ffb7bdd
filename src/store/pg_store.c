/* pg_store.c: the PostgreSQL backend of the store, through libpq: one connection (with a
 * 5 s connect timeout, so an unreachable server fails fast), named prepared statements
 * reused for the life of the connection, and COPY for bulk loads. Server notices are
 * swallowed: library code never prints. */
#include "store/store_driver.h"

#include "base/xalloc.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct db {
    PGconn *c;
    bool prepared[DB_MAX_SLOTS];
    char *shown;
};

struct db_cursor {
    db *d;
    PGresult *r;
    int row, nrows;
};

/* The first line of a libpq message, without its trailing newline. */
static bool fail_msg(db *d, const char *what, const char *msg, sitrep_error *err)
{
    size_t n = strcspn(msg ? msg : "", "\n");
    return sitrep_error_set(err, "%s: %s%.*s", d->shown, what, (int)n, msg ? msg : "");
}

static void notice_ignore(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

static void pg_close(db *d)
{
    if (!d)
        return;
    if (d->c)
        PQfinish(d->c);
    free(d->shown);
    free(d);
}

static bool pg_exec(db *d, const char *sql, sitrep_error *err)
{
    PGresult *r = PQexec(d->c, sql);
    ExecStatusType st = PQresultStatus(r);
    bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok)
        fail_msg(d, "", PQresultErrorMessage(r), err);
    PQclear(r);
    return ok;
}

static db_cursor *pg_query(db *d, int slot, const char *sql, int nparams,
                           const char *const *params, sitrep_error *err)
{
    PGresult *r;
    if (slot >= 0) {
        char name[16];
        snprintf(name, sizeof name, "s%d", slot);
        if (!d->prepared[slot]) {
            r = PQprepare(d->c, name, sql, nparams, NULL);
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                fail_msg(d, "", PQresultErrorMessage(r), err);
                PQclear(r);
                return NULL;
            }
            PQclear(r);
            d->prepared[slot] = true;
        }
        r = PQexecPrepared(d->c, name, nparams, params, NULL, NULL, 0);
    } else {
        r = PQexecParams(d->c, sql, nparams, NULL, params, NULL, NULL, 0);
    }
    ExecStatusType st = PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        if (PQstatus(d->c) == CONNECTION_BAD)
            fail_msg(d, "lost the connection to the server: ", PQerrorMessage(d->c), err);
        else
            fail_msg(d, "", PQresultErrorMessage(r), err);
        PQclear(r);
        return NULL;
    }
    db_cursor *c = xmalloc(sizeof *c);
    *c = (db_cursor){d, r, -1, PQntuples(r)};
    return c;
}

/* Typed parameters go to the server as text, like the others. */
static db_cursor *pg_query_v(db *d, int slot, const char *sql, int nparams,
                             const db_val *params, sitrep_error *err)
{
    char (*num)[32] = xmalloc((size_t)(nparams ? nparams : 1) * sizeof *num);
    const char **txt = xmalloc((size_t)(nparams ? nparams : 1) * sizeof *txt);
    for (int i = 0; i < nparams; i++) {
        const db_val *v = &params[i];
        txt[i] = v->t == DB_TEXT ? v->s : v->t == DB_NULL ? NULL : num[i];
        if (v->t == DB_INT)
            snprintf(num[i], sizeof num[i], "%lld", v->i);
        else if (v->t == DB_REAL)
            snprintf(num[i], sizeof num[i], "%.17g", v->d);
    }
    db_cursor *c = pg_query(d, slot, sql, nparams, txt, err);
    free(num);
    free(txt);
    return c;
}

static int pg_next(db_cursor *c, sitrep_error *err)
{
    (void)err;
    if (c->row + 1 >= c->nrows)
        return 0;
    c->row++;
    return 1;
}

static const char *pg_col(db_cursor *c, int i)
{
    if (c->row < 0 || PQgetisnull(c->r, c->row, i))
        return NULL;
    return PQgetvalue(c->r, c->row, i);
}

static long long pg_col_int(db_cursor *c, int i)
{
    const char *v = pg_col(c, i);
    return v ? strtoll(v, NULL, 10) : 0;
}

static double pg_col_double(db_cursor *c, int i)
{
    const char *v = pg_col(c, i);
    return v ? strtod(v, NULL) : 0.0;
}

static bool pg_col_null(db_cursor *c, int i) { return pg_col(c, i) == NULL; }

static long long pg_changes(db_cursor *c)
{
    const char *t = PQcmdTuples(c->r);
    return t && *t ? atoll(t) : 0;
}

static void pg_done(db_cursor *c)
{
    if (!c)
        return;
    PQclear(c->r);
    free(c);
}

static bool pg_copy_in(db *d, const char *table_and_columns, const char *data, size_t len,
                       sitrep_error *err)
{
    size_t qn = strlen(table_and_columns) + 32;
    char *q = xmalloc(qn);
    snprintf(q, qn, "COPY %s FROM STDIN", table_and_columns);
    PGresult *r = PQexec(d->c, q);
    free(q);
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        fail_msg(d, "COPY: ", PQresultErrorMessage(r), err);
        PQclear(r);
        return false;
    }
    PQclear(r);
    bool ok = true;
    while (len > 0 && ok) {
        int chunk = len > (1u << 20) ? (1 << 20) : (int)len;
        if (PQputCopyData(d->c, data, chunk) != 1) {
            ok = fail_msg(d, "COPY: ", PQerrorMessage(d->c), err);
            break;
        }
        data += chunk;
        len -= (size_t)chunk;
    }
    if (PQputCopyEnd(d->c, ok ? NULL : "aborted") != 1 && ok)
        ok = fail_msg(d, "COPY: ", PQerrorMessage(d->c), err);
    while ((r = PQgetResult(d->c)) != NULL) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && ok)
            ok = fail_msg(d, "COPY: ", PQresultErrorMessage(r), err);
        PQclear(r);
    }
    return ok;
}

db *pg_db_open(const char *conninfo, const char *shown, sitrep_error *err)
{
    db *d = xcalloc(1, sizeof *d);
    d->shown = xstrdup(shown);
    const char *keys[3] = {"dbname", NULL, NULL};
    const char *vals[3] = {conninfo, NULL, NULL};
    if (!strstr(conninfo, "connect_timeout")) {
        keys[1] = "connect_timeout";
        vals[1] = "5";
    }
    d->c = PQconnectdbParams(keys, vals, 1);
    if (!d->c) {
        sitrep_error_set(err, "%s: cannot connect to PostgreSQL (out of memory)", shown);
        pg_close(d);
        return NULL;
    }
    if (PQstatus(d->c) != CONNECTION_OK) {
        fail_msg(d, "cannot connect to PostgreSQL: ", PQerrorMessage(d->c), err);
        pg_close(d);
        return NULL;
    }
    PQsetNoticeProcessor(d->c, notice_ignore, NULL);
    if (!pg_exec(d, "SET client_min_messages = warning", err)) {
        pg_close(d);
        return NULL;
    }
    return d;
}

const db_driver pg_db_driver = {
    .name = "postgresql",
    .close = pg_close,
    .exec = pg_exec,
    .query = pg_query,
    .query_v = pg_query_v,
    .next = pg_next,
    .col = pg_col,
    .col_int = pg_col_int,
    .col_double = pg_col_double,
    .col_null = pg_col_null,
    .changes = pg_changes,
    .last_id = NULL,
    .done = pg_done,
    .copy_in = pg_copy_in,
};
