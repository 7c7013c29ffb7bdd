/* test_civil_date.c: the one calendar of the article readers and the document layer: days
 * in a month with the leap years, and the YYYY-MM-DD form (the readers' leap days are
 * checked in test_article_reader.c). */
#include "base/civil_date.h"
#include "doc/dates.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static void test_days_in_month(void **state)
{
    (void)state;
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++)
        assert_int_equal(civil_days_in_month(2023, m), days[m - 1]);
    assert_int_equal(civil_days_in_month(2024, 2), 29);
    assert_int_equal(civil_days_in_month(2000, 2), 29); /* divisible by 400 */
    assert_int_equal(civil_days_in_month(1900, 2), 28); /* by 100, not by 400 */
    assert_int_equal(civil_days_in_month(2100, 2), 28);
}

static void test_format(void **state)
{
    (void)state;
    char out[11];
    civil_date_format(2022, 7, 13, out);
    assert_string_equal(out, "2022-07-13");
    civil_date_format(987, 1, 2, out);
    assert_string_equal(out, "0987-01-02");
    civil_date_format(2024, 12, 31, out);
    assert_string_equal(out, "2024-12-31");
    dates_format(20240229, out);
    assert_string_equal(out, "2024-02-29");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_days_in_month),
        cmocka_unit_test(test_format),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
