/* test_strbuf.c: growable strings. strbuf_printf formats into the room left when the text
 * fits and grows the buffer when it does not: both ways must give the same string, and
 * appends after it must go on from its end. */
#include "base/strbuf.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

static void test_printf_empty_buffer(void **state)
{
    (void)state;
    strbuf b = {0};
    strbuf_printf(&b, "%s:%d", "events", 42);
    assert_string_equal(b.data, "events:42");
    assert_int_equal(b.len, 9);
    strbuf_free(&b);
}

static void test_printf_fits_and_grows(void **state)
{
    (void)state;
    strbuf b = {0};
    strbuf_puts(&b, "ab");
    /* a short text into the room already there, then one far longer than the room */
    strbuf_printf(&b, "-%c-", 'x');
    assert_string_equal(b.data, "ab-x-");
    char big[600];
    memset(big, 'q', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    size_t before = b.len;
    strbuf_printf(&b, "[%s]", big);
    assert_int_equal(b.len, before + sizeof big + 1);
    assert_int_equal(b.data[before], '[');
    assert_int_equal(b.data[b.len - 1], ']');
    assert_int_equal(b.data[b.len], '\0');
    assert_int_equal(strlen(b.data), b.len);
    strbuf_putc(&b, '!');
    assert_int_equal(b.data[b.len - 1], '!');
    assert_int_equal(strlen(b.data), b.len);
    strbuf_free(&b);
}

static void test_printf_nothing(void **state)
{
    (void)state;
    strbuf b = {0};
    strbuf_puts(&b, "kept");
    strbuf_printf(&b, "%s", "");
    assert_string_equal(b.data, "kept");
    assert_int_equal(b.len, 4);
    strbuf_free(&b);
}

/* Decimal numbers without printf: the same text as "%lld", the extremes included. */
static void test_put_int(void **state)
{
    (void)state;
    static const long long values[] = {0, 7, -7, 10, 42, -100, 4294967295LL, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
        strbuf b = {0};
        strbuf_puts(&b, "n=");
        strbuf_put_int(&b, values[i]);
        char want[32];
        snprintf(want, sizeof want, "n=%lld", values[i]);
        assert_string_equal(b.data, want);
        assert_int_equal(b.len, strlen(want));
        strbuf_free(&b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_put_int),
        cmocka_unit_test(test_printf_empty_buffer),
        cmocka_unit_test(test_printf_fits_and_grows),
        cmocka_unit_test(test_printf_nothing),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
