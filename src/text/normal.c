/* normal.c: the normal form of a token (text.h text_upper): ASCII upper-cased by
 * arithmetic and never through utf8proc, the rest by a small map of quotes and dashes and
 * by utf8proc (see put_codepoint_upper); and the search for a token by its offset. The
 * tokens themselves are the UD tokenizer's words (syntax/ud_tokenize.h). */
#include "text/text.h"
#include "text/text_internal.h"

#include <string.h>
#include <utf8proc.h>

enum { UPPER_CAP = 8192 };

typedef struct upper_buf {
    char ubuf[UPPER_CAP + 8];
} upper_buf;

static void put_ascii_upper(upper_buf *t, size_t *n, unsigned char b)
{
    if (*n < UPPER_CAP)
        t->ubuf[(*n)++] = (char)(b >= 'a' && b <= 'z' ? b - ('a' - 'A') : b);
}

/* Compatibility decomposition of cp into d[0..32), default-ignorables dropped and, when
 * strip is set, combining marks too; returns the number of codepoints. */
static utf8proc_ssize_t decompose(int32_t cp, utf8proc_int32_t *d, bool strip)
{
    int boundclass = 0;
    int options = UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_IGNORE;
    if (strip)
        options |= UTF8PROC_STRIPMARK;
    utf8proc_ssize_t k = utf8proc_decompose_char(cp, d, 32, (utf8proc_option_t)options,
                                                 &boundclass);
    if (k < 0 || k > 32) {
        d[0] = cp;
        k = 1;
    }
    return k;
}

/* Appends the normal form of one non-ASCII codepoint: curly quotes, guillemets and
 * dashes by the map below; anything else by compatibility decomposition (ligatures and
 * full-width forms become ASCII), with default-ignorables dropped and combining marks
 * stripped when what remains is ASCII ("ç" -> "C", but Cyrillic "ї" -> "Ї"), then
 * upper-cased. */
static void put_codepoint_upper(upper_buf *t, size_t *n, int32_t cp)
{
    const char *map = NULL;
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: /* single curly quotes */
    case 0x2039: case 0x203A: case 0x02BC: case 0x2032: /* guillemets, modifier apostrophe */
        map = "'";
        break;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: /* double curly quotes */
    case 0x00AB: case 0x00BB: case 0x2033:
        map = "\"";
        break;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: /* hyphens and dashes */
        map = "-";
        break;
    case 0x2026:
        map = "...";
        break;
    default:
        break;
    }
    if (map) {
        for (; *map; map++)
            put_ascii_upper(t, n, (unsigned char)*map);
        return;
    }
    utf8proc_int32_t d[32];
    utf8proc_ssize_t k = decompose(cp, d, true);
    bool ascii = true;
    for (utf8proc_ssize_t i = 0; i < k; i++)
        ascii = ascii && d[i] < 0x80;
    if (k == 0 && *n > 0 && (unsigned char)t->ubuf[*n - 1] >= 0x80 &&
        decompose(cp, d, false) > 0) {
        /* a combining mark on a non-Latin letter: keep it, as for precomposed letters */
        d[0] = cp;
        k = 1;
    } else if (!ascii) {
        /* Stripping marks only helps match ASCII dictionaries, and it would merge distinct
         * letters of other scripts (Cyrillic I and YI, I and SHORT I): when the stripped
         * form is not ASCII, keep the marks, and the letter itself when it had any. */
        utf8proc_ssize_t full = decompose(cp, d, false);
        if (full != k) {
            d[0] = cp;
            k = 1;
        }
    }
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        utf8proc_int32_t u = utf8proc_toupper(d[i]);
        if (u < 0x80) {
            put_ascii_upper(t, n, (unsigned char)u);
        } else if (*n + 4 <= UPPER_CAP) {
            *n += (size_t)utf8proc_encode_char(u, (utf8proc_uint8_t *)t->ubuf + *n);
        }
    }
}

/* The normal form of text[start..end) (text.h). */
const char *text_upper(arena *a, const char *text, uint32_t start, uint32_t end, uint16_t *len)
{
    upper_buf buf;
    upper_buf *t = &buf;
    size_t n = 0;
    for (size_t p = start; p < end && n < UPPER_CAP;) {
        unsigned char b = (unsigned char)text[p];
        if (b < 0x80) {
            put_ascii_upper(t, &n, b);
            p++;
        } else {
            text_char c = text_char_slow((const unsigned char *)text + p, end - p);
            put_codepoint_upper(t, &n, c.cp);
            p += c.len;
        }
    }
    if (n == 0) { /* a lone combining mark or the like: keep the bytes */
        n = end - start < UPPER_CAP ? end - start : UPPER_CAP;
        memcpy(t->ubuf, text + start, n);
    }
    char *u = arena_alloc(a, n + 1);
    memcpy(u, t->ubuf, n);
    u[n] = '\0';
    *len = (uint16_t)n;
    return u;
}

size_t text_token_index(const token *t, size_t n, uint32_t pos)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (t[mid].start < pos)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
