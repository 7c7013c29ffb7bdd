/* test_sqlite_driver.c: the SQLite driver's statements kept by their text (DB_BY_TEXT):
 * a text asked again reuses its statement with the new parameters; a statement that a
 * cursor is still running is never reset under it (the same text asked meanwhile gets a
 * statement of its own); more texts than the cache holds replace the oldest, and every
 * answer stays right. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "store/store_driver.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[256];

static db *open_numbers(void)
{
    char path[300];
    snprintf(path, sizeof path, "%s/numbers.db", dir);
    sitrep_error err = {0};
    db *d = sqlite_db_open(path, true, &err);
    assert_non_null(d);
    const db_driver *drv = &sqlite_db_driver;
    assert_true(drv->exec(d,
                          "CREATE TABLE IF NOT EXISTS t(n INTEGER PRIMARY KEY);"
                          "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c"
                          " WHERE n < 50) INSERT OR IGNORE INTO t SELECT n FROM c",
                          &err));
    return d;
}

/* The rows of `sql` with parameter `p`, summed (and counted). */
static long long sum(db *d, const char *sql, const char *p, int *rows)
{
    const db_driver *drv = &sqlite_db_driver;
    sitrep_error err = {0};
    const char *params[1] = {p};
    db_cursor *c = drv->query(d, DB_BY_TEXT, sql, 1, params, &err);
    assert_non_null(c);
    long long s = 0;
    *rows = 0;
    while (drv->next(c, &err) == 1) {
        s += drv->col_int(c, 0);
        ++*rows;
    }
    drv->done(c);
    return s;
}

static void test_reuse_with_new_parameters(void **state)
{
    (void)state;
    db *d = open_numbers();
    int rows;
    const char *sql = "SELECT n FROM t WHERE n <= $1";
    assert_int_equal(sum(d, sql, "10", &rows), 55);
    assert_int_equal(rows, 10);
    assert_int_equal(sum(d, sql, "3", &rows), 6);
    assert_int_equal(sum(d, sql, "50", &rows), 1275);
    assert_int_equal(rows, 50);
    sqlite_db_driver.close(d);
}

static void test_busy_statement_not_reset(void **state)
{
    (void)state;
    db *d = open_numbers();
    const db_driver *drv = &sqlite_db_driver;
    sitrep_error err = {0};
    const char *sql = "SELECT n FROM t WHERE n > $1 ORDER BY n";
    const char *p1[1] = {"40"};
    db_cursor *outer = drv->query(d, DB_BY_TEXT, sql, 1, p1, &err);
    assert_non_null(outer);
    assert_int_equal(drv->next(outer, &err), 1);
    assert_int_equal(drv->col_int(outer, 0), 41);
    /* the same text while the first cursor is running, run to its end */
    int rows;
    assert_int_equal(sum(d, sql, "45", &rows), 46 + 47 + 48 + 49 + 50);
    /* and again, nested two deep */
    const char *p2[1] = {"48"};
    db_cursor *inner = drv->query(d, DB_BY_TEXT, sql, 1, p2, &err);
    assert_non_null(inner);
    assert_int_equal(sum(d, sql, "0", &rows), 1275);
    assert_int_equal(drv->next(inner, &err), 1);
    assert_int_equal(drv->col_int(inner, 0), 49);
    /* the first cursor goes on where it was */
    for (long long want = 42; want <= 50; want++) {
        assert_int_equal(drv->next(outer, &err), 1);
        assert_int_equal(drv->col_int(outer, 0), want);
    }
    assert_int_equal(drv->next(outer, &err), 0);
    drv->done(outer);
    assert_int_equal(drv->next(inner, &err), 1);
    assert_int_equal(drv->col_int(inner, 0), 50);
    drv->done(inner);
    assert_int_equal(sum(d, sql, "49", &rows), 50);
    drv->close(d);
}

static void test_more_texts_than_kept(void **state)
{
    (void)state;
    db *d = open_numbers();
    char sql[DB_TEXT_CACHE * 3][64];
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < DB_TEXT_CACHE * 3; i++) {
            /* texts differ by a constant: each its own statement */
            snprintf(sql[i], sizeof sql[i], "SELECT n + %d FROM t WHERE n <= $1", i);
            int rows;
            long long want = 5 * (5 + 1) / 2 + 5LL * i;
            assert_int_equal(sum(d, sql[i], "5", &rows), want);
            assert_int_equal(rows, 5);
        }
    sqlite_db_driver.close(d);
}

/* A statement that fails to prepare is an error, not a kept entry. */
static void test_bad_sql(void **state)
{
    (void)state;
    db *d = open_numbers();
    sitrep_error err = {0};
    const char *p[1] = {"1"};
    assert_null(sqlite_db_driver.query(d, DB_BY_TEXT, "SELECT nothing FROM t WHERE n = $1", 1,
                                       p, &err));
    assert_non_null(strstr(err.message, "nothing"));
    int rows;
    assert_int_equal(sum(d, "SELECT n FROM t WHERE n = $1", "7", &rows), 7);
    sqlite_db_driver.close(d);
}

int main(void)
{
    snprintf(dir, sizeof dir, "/tmp/sitrep-driver-XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reuse_with_new_parameters),
        cmocka_unit_test(test_busy_statement_not_reset),
        cmocka_unit_test(test_more_texts_than_kept),
        cmocka_unit_test(test_bad_sql),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        failed++;
    return failed;
}
