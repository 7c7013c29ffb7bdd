/* dateline.c: finding the end of a wire-story dateline (see dateline.h).
 *
 * Shape accepted: a place of one to five capitalised words (commas allowed between them:
 * "WASHINGTON", "KYIV, Ukraine"), then optionally a date ("March 6", "6 March",
 * "Mar. 6, 2024"), optionally an agency in parentheses, then a dash (-, --, en or em
 * dash) between blanks. The dash needs a comma or an agency before it, unless the place
 * is written all in capitals ("BEIJING - ", "NEW DELHI - ", as newspapers file them) and
 * no other spaced dash follows in the sentence (as one closing an apposition: "NATO - the
 * alliance - said"). At most 100 bytes; anything else is not a dateline. */
#include "doc/dateline.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

#define DATELINE_MAX 100

/* Is the token a dash ("-", "--", an en or em dash) with a blank on either side? */
static bool spaced_dash(const char *text, const token *k)
{
    const unsigned char *p = (const unsigned char *)text + k->start;
    size_t len = k->end - k->start;
    bool dash = (len == 1 && p[0] == '-') || (len == 2 && p[0] == '-' && p[1] == '-') ||
                (len == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
    return dash && k->start > 0 && (text[k->start - 1] == ' ' || text[k->start - 1] == '\t') &&
           (text[k->end] == ' ' || text[k->end] == '\t');
}

bool dateline_possible(const char *text, uint32_t start, uint32_t end)
{
    if (start >= end || !isupper((unsigned char)text[start]))
        return false;
    uint32_t limit = end - start > DATELINE_MAX ? start + DATELINE_MAX : end;
    /* a blank at text[start + 1..] then '-' or the first byte of an en or em dash: each
       of the two bytes sought with memchr */
    const char *from = text + start + 2, *stop = text + limit;
    for (int k = 0; k < 2; k++) {
        const char *q = from;
        while (q < stop && (q = memchr(q, k ? 0xE2 : '-', (size_t)(stop - q))) != NULL) {
            if (q[-1] == ' ' || q[-1] == '\t')
                return true;
            q++;
        }
    }
    return false;
}

uint32_t dateline_end(const char *text, const token *t, size_t n, uint32_t start)
{
    uint32_t s = start, limit = s + DATELINE_MAX;
    /* the place: must start with a capital letter */
    if (n == 0 || t[0].start != s || !isupper((unsigned char)text[s]))
        return s;
    int words = 0, capitals = 0;
    bool paren = false, comma = false, lower = false;
    for (size_t i = 0; i < n && t[i].end <= limit; i++) {
        const token *k = &t[i];
        if (text[k->start] == '(') {
            size_t j = i + 1; /* everything up to the closing bracket: the agency */
            while (j < n && t[j].end <= limit && text[t[j].start] != ')')
                j++;
            if (j == n || t[j].end > limit)
                return s;
            paren = true;
            i = j;
            continue;
        }
        if (spaced_dash(text, k)) {
            /* a dateline needs a comma or an agency before its dash, so that a
             * headline-like opening "Russia - military expert says" is not taken; a
             * place all in capitals needs neither ("BEIJING - "), unless a second dash
             * follows (an apposition: "NATO - the alliance - said") */
            if (k->end >= limit)
                return s;
            if (!comma && !paren) {
                if (lower || capitals < 3)
                    return s;
                for (size_t j = i + 1; j < n; j++)
                    if (spaced_dash(text, &t[j]))
                        return s;
            }
            uint32_t q = k->end;
            while (q < limit && (text[q] == ' ' || text[q] == '\t'))
                q++;
            return q;
        }
        for (uint32_t p = k->start; p < k->end; p++) {
            unsigned char c = (unsigned char)text[p];
            if (c == ',') {
                comma = true;
                continue;
            }
            if (c == '.' || isdigit(c) || c >= 0x80)
                continue;
            if (!isalpha(c))
                return s; /* other punctuation: not a dateline */
            if (islower(c))
                lower = true;
            else
                capitals++;
            /* a word: place names and month names are capitalised; a lower-case word
             * means ordinary prose */
            if (p == s || text[p - 1] == ' ' || text[p - 1] == '\t' || text[p - 1] == ',') {
                if (!isupper(c) || ++words > 7)
                    return s;
            }
        }
    }
    return s;
}
