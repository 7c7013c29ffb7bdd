/* article_date.c: normalising the dates that article inputs carry to "YYYY-MM-DD". */
#include <string.h>

#include "base/civil_date.h"
#include "io/article_reader.h"
#include "io/reader_formats.h"

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int digits_value(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static bool day_exists(int year, int month, int day)
{
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 &&
           day <= civil_days_in_month(year, month);
}

static bool put_date(int year, int month, int day, char out[11])
{
    if (!day_exists(year, month, day))
        return false;
    civil_date_format(year, month, day, out);
    return true;
}

bool article_date_normalize(const char *s, size_t len, char out[11])
{
    while (len && reader_is_blank_byte((unsigned char)*s)) {
        s++;
        len--;
    }
    while (len && reader_is_blank_byte((unsigned char)s[len - 1]))
        len--;
    if (len == 8 && all_digits(s, 8))
        return put_date(digits_value(s, 4), digits_value(s + 4, 2), digits_value(s + 6, 2), out);
    if (len < 10 || !all_digits(s, 4) || s[4] != '-' || !all_digits(s + 5, 2) || s[7] != '-' ||
        !all_digits(s + 8, 2))
        return false;
    /* A date-time keeps its date: "2023-08-07T10:00:00Z", "2023-08-07 10:00". */
    if (len > 10 && s[10] != 'T' && s[10] != 't' && s[10] != ' ')
        return false;
    if (len > 10 && (len < 12 || s[11] < '0' || s[11] > '9'))
        return false;
    return put_date(digits_value(s, 4), digits_value(s + 5, 2), digits_value(s + 8, 2), out);
}
