/* sqlite_store.c: the SQLite backend of the store: a file opened in WAL mode (readers
 * keep working while a batch is written), a 5 s busy timeout, statements prepared once and
 * reused, and errors turned into messages that name the file. */
#include "store/store_driver.h"

#include "base/xalloc.h"

#include <errno.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* A statement kept by its text (DB_BY_TEXT); busy while a cursor runs it. */
typedef struct text_stmt {
    char *sql;
    sqlite3_stmt *st;
    bool busy;
} text_stmt;

struct db {
    sqlite3 *h;
    sqlite3_stmt *slots[DB_MAX_SLOTS];
    text_stmt by_text[DB_TEXT_CACHE];
    int by_text_next; /* the entry replaced next */
    char *path;
};

struct db_cursor {
    db *d;
    sqlite3_stmt *st;
    bool owned;      /* finalize at done (not a cached slot) */
    text_stmt *kept; /* its DB_BY_TEXT entry, or NULL */
};

static bool fail(db *d, int rc, sitrep_error *err)
{
    int code = rc & 0xff;
    const char *path = d->path;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return sitrep_error_set(err, "%s: database is locked (another process is writing to "
                                     "it; try again when it has finished)", path);
    case SQLITE_NOTADB:
        return sitrep_error_set(err, "%s: not a SQLite database", path);
    case SQLITE_READONLY:
        return sitrep_error_set(err, "%s: the database is read-only (cannot write to it)", path);
    case SQLITE_FULL:
        return sitrep_error_set(err, "%s: disk full", path);
    case SQLITE_CORRUPT:
        return sitrep_error_set(err, "%s: the database file is corrupt", path);
    case SQLITE_CANTOPEN:
        return sitrep_error_set(err, "%s: cannot open the database (missing folder, or no "
                                     "permission to write there?)", path);
    default:
        return sitrep_error_set(err, "%s: %s", path, d->h ? sqlite3_errmsg(d->h) : sqlite3_errstr(rc));
    }
}

static void sq_close(db *d)
{
    if (!d)
        return;
    for (int i = 0; i < DB_MAX_SLOTS; i++)
        sqlite3_finalize(d->slots[i]);
    for (int i = 0; i < DB_TEXT_CACHE; i++) {
        sqlite3_finalize(d->by_text[i].st);
        free(d->by_text[i].sql);
    }
    sqlite3_close(d->h);
    free(d->path);
    free(d);
}

static bool sq_exec(db *d, const char *sql, sitrep_error *err)
{
    int rc = sqlite3_exec(d->h, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? true : fail(d, rc, err);
}

/* $1 -> ?1: the store writes PostgreSQL placeholders. */
static char *convert(const char *sql)
{
    char *s = xstrdup(sql);
    for (char *p = s; *p; p++)
        if (*p == '$' && p[1] >= '0' && p[1] <= '9')
            *p = '?';
    return s;
}

/* The statement of `slot` (prepared on first use, then reset), or a new one for slot -1.
 * The caller binds its nparams parameters; the bindings of a reused statement are cleared
 * only when it has more (clearing a few thousand of a many-row INSERT's, to bind them
 * all again, is work for nothing). */
static sqlite3_stmt *reuse(sqlite3_stmt *st, int nparams)
{
    sqlite3_reset(st);
    if (sqlite3_bind_parameter_count(st) > nparams)
        sqlite3_clear_bindings(st);
    return st;
}

/* The statement of `slot` (prepared on first use, then reset), of its text for
 * DB_BY_TEXT (*kept set to its entry, unless every entry that could take it is busy), or
 * a new one for slot -1. */
static sqlite3_stmt *sq_prepare(db *d, int slot, const char *sql, int nparams,
                                text_stmt **kept, sitrep_error *err)
{
    *kept = NULL;
    sqlite3_stmt *st = slot >= 0 ? d->slots[slot] : NULL;
    if (st)
        return reuse(st, nparams);
    text_stmt *free_entry = NULL;
    if (slot == DB_BY_TEXT) {
        for (int i = 0; i < DB_TEXT_CACHE; i++) {
            text_stmt *t = &d->by_text[i];
            if (t->sql && !t->busy && strcmp(t->sql, sql) == 0) {
                t->busy = true;
                *kept = t;
                return reuse(t->st, nparams);
            }
        }
        /* the next entry in turn that no cursor is running */
        for (int i = 0; i < DB_TEXT_CACHE && !free_entry; i++) {
            text_stmt *t = &d->by_text[(d->by_text_next + i) % DB_TEXT_CACHE];
            if (!t->busy)
                free_entry = t;
        }
    }
    char *q = convert(sql);
    int rc = sqlite3_prepare_v2(d->h, q, -1, &st, NULL);
    free(q);
    if (rc != SQLITE_OK) {
        fail(d, rc, err);
        return NULL;
    }
    if (slot >= 0)
        d->slots[slot] = st;
    if (free_entry) {
        sqlite3_finalize(free_entry->st);
        free(free_entry->sql);
        *free_entry = (text_stmt){xstrdup(sql), st, true};
        d->by_text_next = (int)(free_entry - d->by_text + 1) % DB_TEXT_CACHE;
        *kept = free_entry;
    }
    return st;
}

/* A cursor over `st` once its parameters are bound (rc the last bind's result). */
static db_cursor *sq_cursor(db *d, int slot, sqlite3_stmt *st, text_stmt *kept, int rc,
                            sitrep_error *err)
{
    bool owned = slot < 0 && !kept;
    if (rc != SQLITE_OK) {
        fail(d, rc, err);
        if (owned)
            sqlite3_finalize(st);
        else
            sqlite3_reset(st);
        if (kept)
            kept->busy = false;
        return NULL;
    }
    db_cursor *c = xmalloc(sizeof *c);
    *c = (db_cursor){d, st, owned, kept};
    return c;
}

static db_cursor *sq_query(db *d, int slot, const char *sql, int nparams,
                           const char *const *params, sitrep_error *err)
{
    text_stmt *kept;
    sqlite3_stmt *st = sq_prepare(d, slot, sql, nparams, &kept, err);
    if (!st)
        return NULL;
    int rc = SQLITE_OK;
    /* SQLITE_STATIC: the caller's parameters outlive the cursor (store_driver.h) */
    for (int i = 0; i < nparams && rc == SQLITE_OK; i++)
        rc = params[i] ? sqlite3_bind_text(st, i + 1, params[i], -1, SQLITE_STATIC)
                       : sqlite3_bind_null(st, i + 1);
    return sq_cursor(d, slot, st, kept, rc, err);
}

static db_cursor *sq_query_v(db *d, int slot, const char *sql, int nparams,
                             const db_val *params, sitrep_error *err)
{
    text_stmt *kept;
    sqlite3_stmt *st = sq_prepare(d, slot, sql, nparams, &kept, err);
    if (!st)
        return NULL;
    int rc = SQLITE_OK;
    for (int i = 0; i < nparams && rc == SQLITE_OK; i++) {
        const db_val *v = &params[i];
        switch (v->t) {
        case DB_TEXT:
            rc = v->s ? sqlite3_bind_text(st, i + 1, v->s, -1, SQLITE_STATIC)
                      : sqlite3_bind_null(st, i + 1);
            break;
        case DB_INT: rc = sqlite3_bind_int64(st, i + 1, v->i); break;
        case DB_REAL: rc = sqlite3_bind_double(st, i + 1, v->d); break;
        default: rc = sqlite3_bind_null(st, i + 1); break;
        }
    }
    return sq_cursor(d, slot, st, kept, rc, err);
}

static int sq_next(db_cursor *c, sitrep_error *err)
{
    int rc = sqlite3_step(c->st);
    if (rc == SQLITE_ROW)
        return 1;
    if (rc == SQLITE_DONE)
        return 0;
    fail(c->d, rc, err);
    return -1;
}

static const char *sq_col(db_cursor *c, int i)
{
    return (const char *)sqlite3_column_text(c->st, i);
}

static long long sq_col_int(db_cursor *c, int i) { return sqlite3_column_int64(c->st, i); }
static double sq_col_double(db_cursor *c, int i) { return sqlite3_column_double(c->st, i); }
static bool sq_col_null(db_cursor *c, int i) { return sqlite3_column_type(c->st, i) == SQLITE_NULL; }

static long long sq_changes(db_cursor *c) { return sqlite3_changes(c->d->h); }
static long long sq_last_id(db *d) { return sqlite3_last_insert_rowid(d->h); }

static void sq_done(db_cursor *c)
{
    if (!c)
        return;
    if (c->owned)
        sqlite3_finalize(c->st);
    else
        sqlite3_reset(c->st);
    if (c->kept)
        c->kept->busy = false;
    free(c);
}

/* The store's page size in bytes (4096 when it cannot be read). */
static long page_size(db *d)
{
    sqlite3_stmt *st;
    long n = 4096;
    if (sqlite3_prepare_v2(d->h, "PRAGMA page_size", -1, &st, NULL) != SQLITE_OK)
        return n;
    if (sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int64(st, 0) > 0)
        n = (long)sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

db *sqlite_db_open(const char *path, bool writable, sitrep_error *err)
{
    struct stat sb;
    bool exists = stat(path, &sb) == 0;
    if (exists && S_ISDIR(sb.st_mode)) {
        sitrep_error_set(err, "%s: is a directory, not a database file", path);
        return NULL;
    }
    if (!exists && !writable) {
        sitrep_error_set(err, "%s: no store there (create one with 'sitrep ingest' or "
                              "'sitrep load', or name one with --db)", path);
        return NULL;
    }
    /* no global memory statistics: they take a mutex on every allocation (a no-op once
     * the library is initialised) */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    db *d = xcalloc(1, sizeof *d);
    d->path = xstrdup(path);
    int flags = writable ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY;
    int rc = sqlite3_open_v2(path, &d->h, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        if (writable && (rc & 0xff) == SQLITE_CANTOPEN)
            sitrep_error_set(err, "%s: cannot open for writing (read-only location, "
                                  "missing folder, or no permission)", path);
        else
            fail(d, rc, err);
        sq_close(d);
        return NULL;
    }
    sqlite3_busy_timeout(d->h, 5000);
    /* Reading the schema tells a SQLite file from anything else. */
    rc = sqlite3_exec(d->h, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        fail(d, rc, err);
        sq_close(d);
        return NULL;
    }
    /* Readers (the query commands, each of `sitrep serve`'s connections) get the same
     * page cache as the writer and read the file through a memory map: a query that
     * visits many rows does not re-read them from the kernel each time. The map is as
     * large as SQLite allows (just under 2 GB): a page beyond it is read by a system call
     * into a buffer of its own. */
    if (!writable && (!sq_exec(d, "PRAGMA cache_size=-65536", err) ||
                      !sq_exec(d, "PRAGMA mmap_size=2147418112", err))) {
        sq_close(d);
        return NULL;
    }
    if (writable) {
        if (sqlite3_db_readonly(d->h, "main") == 1) {
            sitrep_error_set(err, "%s: read-only (the file or its folder cannot be written)",
                             path);
            sq_close(d);
            return NULL;
        }
        /* a new store gets 8 KB pages (fixed once the file is written): half as many
         * pages to find, write and checkpoint per batch as SQLite's 4 KB */
        bool fresh = !exists || sb.st_size == 0;
        if ((fresh && !sq_exec(d, "PRAGMA page_size=8192", err)) ||
            !sq_exec(d, "PRAGMA journal_mode=WAL", err) ||
            !sq_exec(d, "PRAGMA synchronous=NORMAL", err) ||
            /* a large cache and few checkpoints keep a growing store's indexes in memory
             * and write each page a few times per batch, not once per statement */
            !sq_exec(d, "PRAGMA cache_size=-1048576", err) ||
            !sq_exec(d, "PRAGMA journal_size_limit=67108864", err) ||
            !sq_exec(d, "PRAGMA temp_store=MEMORY", err)) {
            sq_close(d);
            return NULL;
        }
        /* a checkpoint once the WAL holds 1 GB, whatever the store's page size: a big
         * store's batches dirty much the same index pages, and a page rewritten by
         * several batches between two checkpoints is copied back into the file once
         * (the WAL is cut back to 64 MB after each checkpoint) */
        sqlite3_wal_autocheckpoint(d->h, (int)(1073741824 / page_size(d)));
    }
    return d;
}

const db_driver sqlite_db_driver = {
    .name = "sqlite",
    .close = sq_close,
    .exec = sq_exec,
    .query = sq_query,
    .query_v = sq_query_v,
    .next = sq_next,
    .col = sq_col,
    .col_int = sq_col_int,
    .col_double = sq_col_double,
    .col_null = sq_col_null,
    .changes = sq_changes,
    .last_id = sq_last_id,
    .done = sq_done,
    .copy_in = NULL,
};
