/* dateline.c: finding the end of a wire-story dateline (see dateline.h).
 *
 * Shape accepted: a place of one to five capitalised words (commas allowed between them:
 * "WASHINGTON", "KYIV, Ukraine"), then optionally a date ("March 6", "6 March",
 * "Mar. 6, 2024"), optionally an agency in parentheses, then a dash (-, --, en or em
 * dash) between blanks. At most 100 bytes; anything else is not a dateline. */
#include "doc/dateline.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#define DATELINE_MAX 100

/* The dash that ends a dateline at p: returns its length in bytes, 0 if none. */
static int dash_at(const char *p, const char *end)
{
    if (p < end && *p == '-')
        return (p + 1 < end && p[1] == '-') ? 2 : 1;
    /* en dash E2 80 93, em dash E2 80 94 */
    if (end - p >= 3 && (unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
        ((unsigned char)p[2] == 0x93 || (unsigned char)p[2] == 0x94))
        return 3;
    return 0;
}

uint32_t dateline_end(const char *text, uint32_t start, uint32_t end)
{
    const char *s = text + start;
    const char *e = text + end;
    if (e - s > DATELINE_MAX)
        e = s + DATELINE_MAX;
    /* the place: must start with a capital letter */
    if (s >= e || !isupper((unsigned char)*s))
        return start;
    int words = 0;
    bool paren = false, comma = false;
    for (const char *p = s; p < e; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '(') {
            const char *close = memchr(p, ')', (size_t)(e - p));
            if (!close)
                return start;
            paren = true;
            p = close;
            continue;
        }
        if (c == ' ' || c == '\t') {
            int d = dash_at(p + 1, e);
            if (d && p + 1 + d < e && (p[1 + d] == ' ' || p[1 + d] == '\t')) {
                /* a dateline needs a comma or an agency before its dash, so that a
                 * headline-like opening "Russia - military expert says" is not taken */
                if (!comma && !paren)
                    return start;
                const char *q = p + 1 + d;
                while (q < e && (*q == ' ' || *q == '\t'))
                    q++;
                return (uint32_t)(q - text);
            }
            continue;
        }
        if (c == ',') {
            comma = true;
            continue;
        }
        if (c == '.' || isdigit(c) || c >= 0x80)
            continue;
        if (isalpha(c)) {
            /* a word: place names and month names are capitalised; a lower-case word
             * means ordinary prose */
            if (p == s || p[-1] == ' ' || p[-1] == '\t' || p[-1] == ',') {
                if (!isupper(c))
                    return start;
                if (++words > 7)
                    return start;
            }
            continue;
        }
        return start; /* other punctuation: not a dateline */
    }
    return start;
}
