/* test_workers.c: the coding threads (api/workers.h): every item handled exactly once,
 * item i on worker i mod threads with worker 0 the calling thread, the number of threads
 * bounded by the items and by WORKERS_MAX, and nothing run for no items. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

#include "api/workers.h"

#define N 1000

typedef struct seen {
    atomic_int calls[N];
    pthread_t by[N];
} seen;

static void mark(size_t i, void *ctx)
{
    seen *s = ctx;
    atomic_fetch_add(&s->calls[i], 1);
    s->by[i] = pthread_self();
}

static void run_and_check(size_t n, int threads, size_t want_workers)
{
    seen *s = calloc(1, sizeof *s);
    assert_non_null(s);
    assert_int_equal(workers_run(n, threads, mark, s), 0);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(atomic_load(&s->calls[i]), 1);
    for (size_t i = n; i < N; i++)
        assert_int_equal(atomic_load(&s->calls[i]), 0);
    if (n > 0)
        assert_true(pthread_equal(s->by[0], pthread_self()));
    /* the split: same worker for i and i + workers, another for its neighbours */
    for (size_t i = 0; i + want_workers < n; i++)
        assert_true(pthread_equal(s->by[i], s->by[i + want_workers]));
    for (size_t i = 0; want_workers > 1 && i + 1 < n && i + 1 < want_workers; i++)
        assert_false(pthread_equal(s->by[i], s->by[i + 1]));
    free(s);
}

static void test_every_item_once(void **state)
{
    (void)state;
    run_and_check(N, 1, 1);
    run_and_check(N, 2, 2);
    run_and_check(N, 7, 7);
    run_and_check(N, 16, 16);
}

static void test_few_items(void **state)
{
    (void)state;
    run_and_check(3, 8, 3); /* no more workers than items */
    run_and_check(1, 4, 1);
    run_and_check(0, 4, 1);
}

static void test_thread_bounds(void **state)
{
    (void)state;
    run_and_check(N, 0, 1);    /* below 1: the calling thread alone */
    run_and_check(N, 1000, WORKERS_MAX);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_item_once),
        cmocka_unit_test(test_few_items),
        cmocka_unit_test(test_thread_bounds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
