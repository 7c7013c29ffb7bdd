/* test_strbuf.c: growable strings. strbuf_printf formats into the room left when the text
 * fits and grows the buffer when it does not: both ways must give the same string, and
 * appends after it must go on from its end. JSON escapes and decimal numbers. */
#include "base/strbuf.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <limits.h>
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

/* JSON escapes: quotes, backslashes and control bytes escaped wherever they fall (first,
 * last, next to each other), the other bytes (UTF-8 too) copied as they are, embedded
 * NULs included, after what the buffer held. */
static void test_json_escape(void **state)
{
    (void)state;
    strbuf b = {0};
    strbuf_puts(&b, "x");
    const char in[] = "\"a\\b\n\r\tc\x01\x1f\"\" \xc3\xa9t\xc3\xa9\x7f\\";
    strbuf_json_escape(&b, in, sizeof in - 1);
    assert_string_equal(b.data, "x\\\"a\\\\b\\n\\r\\tc\\u0001\\u001f\\\"\\\" \xc3\xa9t\xc3\xa9\x7f\\\\");
    strbuf_clear(&b);
    strbuf_json_escape(&b, "plain words", 11);
    assert_string_equal(b.data, "plain words");
    strbuf_clear(&b);
    strbuf_json_escape(&b, "a\0b", 3);
    assert_int_equal(b.len, 8);
    assert_memory_equal(b.data, "a\\u0000b", 8);
    strbuf_clear(&b);
    strbuf_json_escape(&b, "", 0);
    assert_int_equal(b.len, 0);
    strbuf_free(&b);
}

/* Numbers in decimal as printf's %lld writes them, at the ends of the range too. */
static void test_decimal(void **state)
{
    (void)state;
    const long long vs[] = {0, 7, -7, 10, 1234567890123LL, -1000, LLONG_MAX, LLONG_MIN};
    strbuf b = {0};
    for (size_t i = 0; i < sizeof vs / sizeof *vs; i++) {
        char want[32], got[STRBUF_DECIMAL_MAX];
        snprintf(want, sizeof want, "%lld", vs[i]);
        assert_string_equal(decimal_text(got, vs[i]), want);
        strbuf_clear(&b);
        strbuf_puts(&b, "n=");
        strbuf_put_decimal(&b, vs[i]);
        assert_string_equal(b.data + 2, want);
    }
    strbuf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_printf_empty_buffer),
        cmocka_unit_test(test_printf_fits_and_grows),
        cmocka_unit_test(test_printf_nothing),
        cmocka_unit_test(test_json_escape),
        cmocka_unit_test(test_decimal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
