/* clean.c: UTF-8 validation, the first thing that happens to every article.
 *
 * text_clean() copies raw bytes into the arena, replacing every byte that is not part of a
 * well-formed UTF-8 sequence with U+FFFD (EF BF BD), and NUL bytes too, and counts them.
 * The decoder is strict: overlong forms (C0, C1, E0 80..9F, F0 80..8F), UTF-16 surrogates
 * (ED A0..BF), codepoints above U+10FFFF (F4 90.., F5..FF), stray continuation bytes and
 * truncated sequences are all invalid. Replacement is per byte: a truncated three-byte
 * sequence "E2 82" yields two U+FFFD. Valid input is copied unchanged, so offsets into the
 * cleaned text are offsets into the raw input; the common all-valid case is one validating
 * pass (eight ASCII bytes at a time) and one memcpy. */
#include "text/text.h"

#include <string.h>

static const char replacement[3] = {'\xEF', '\xBF', '\xBD'};

#define HIGH_BITS 0x8080808080808080ull
#define LOW_BITS 0x0101010101010101ull

/* Length of the well-formed sequence at s[0..n) (n > 0), or 0 when s[0] is invalid. */
static size_t sequence_length(const unsigned char *s, size_t n)
{
    unsigned char b = s[0];
    if (b < 0x80)
        return b != 0;
    unsigned char lo = 0x80, hi = 0xBF;
    size_t need;
    if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        if (b == 0xE0)
            lo = 0xA0; /* no overlongs */
        else if (b == 0xED)
            hi = 0x9F; /* no surrogates */
    } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        if (b == 0xF0)
            lo = 0x90; /* no overlongs */
        else if (b == 0xF4)
            hi = 0x8F; /* nothing above U+10FFFF */
    } else {
        return 0; /* continuation byte, C0, C1 (overlong), F5..FF */
    }
    if (n <= need)
        return 0;
    if (s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i <= need; i++)
        if ((s[i] & 0xC0) != 0x80)
            return 0;
    return need + 1;
}

/* Offset of the first invalid byte at or after `from`, or n. */
static size_t scan_valid(const unsigned char *s, size_t n, size_t from)
{
    size_t i = from;
    while (i < n) {
        if (n - i >= 8) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            /* all ASCII and no zero byte: skip eight at once */
            if ((v & HIGH_BITS) == 0 && ((v - LOW_BITS) & ~v & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
        }
        size_t k = sequence_length(s + i, n - i);
        if (k == 0)
            return i;
        i += k;
    }
    return n;
}

cleaned_text text_clean(arena *a, const char *raw, size_t len)
{
    cleaned_text out = {0};
    const unsigned char *s = (const unsigned char *)raw;
    if (len == 0 || raw == NULL) {
        out.text = arena_alloc(a, 1);
        out.text[0] = '\0';
        return out;
    }

    size_t first = scan_valid(s, len, 0);
    if (first == len) {
        out.text = arena_strndup(a, raw, len);
        out.len = len;
        return out;
    }

    /* First pass: count the invalid bytes to size the output exactly. */
    size_t bad = 0;
    for (size_t i = first; i < len;) {
        i = scan_valid(s, len, i);
        if (i < len) {
            bad++;
            i++;
        }
    }

    out.issue_count = bad;
    out.first_issue = first;
    out.len = len + 2 * bad;
    out.text = arena_alloc(a, out.len + 1);
    char *w = out.text;
    memcpy(w, raw, first);
    w += first;
    for (size_t i = first; i < len;) {
        size_t next = scan_valid(s, len, i);
        memcpy(w, raw + i, next - i);
        w += next - i;
        i = next;
        if (i < len) {
            memcpy(w, replacement, 3);
            w += 3;
            i++;
        }
    }
    *w = '\0';
    return out;
}

size_t text_utf8_issues(arena *a, const char *raw, size_t len, utf8_issue **out)
{
    const unsigned char *s = (const unsigned char *)raw;
    size_t count = 0;
    for (size_t i = raw ? scan_valid(s, len, 0) : len; i < len; i = scan_valid(s, len, i + 1))
        count++;
    *out = count ? arena_alloc(a, count * sizeof **out) : NULL;
    size_t k = 0;
    for (size_t i = raw ? scan_valid(s, len, 0) : len; i < len; i = scan_valid(s, len, i + 1))
        (*out)[k++].offset = i;
    return count;
}
