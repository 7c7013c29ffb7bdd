/* words.c: the light tokenizer of the document layer (see words.h). */
#include "doc/words.h"

static int utf8_special(const unsigned char *p, const unsigned char *end)
{
    /* 1: double quote, 2: apostrophe, 3: dash; else 0 */
    if (end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80) {
        if (p[2] == 0x9C || p[2] == 0x9D)
            return 1;
        if (p[2] == 0x98 || p[2] == 0x99)
            return 2;
        if (p[2] == 0x93 || p[2] == 0x94)
            return 3;
    }
    return 0;
}

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_alnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

size_t words_tokenize(arena *a, const char *text, uint32_t start, uint32_t end, token **out)
{
    size_t cap = (size_t)(end - start) / 4 + 8, n = 0;
    token *t = arena_alloc(a, cap * sizeof *t);
    char *buf = arena_alloc(a, (size_t)(end - start) * 2 + 2);
    size_t bl = 0;
    const unsigned char *s = (const unsigned char *)text;
    uint32_t i = start;
    while (i < end) {
        unsigned char c = s[i];
        if (is_space(c)) {
            i++;
            continue;
        }
        int sp = utf8_special(s + i, s + end);
        token *k = &t[n];
        k->start = i;
        k->flags = n == 0 ? TOKF_SENT_START : 0;
        k->upper = buf + bl;
        if (sp == 1 || sp == 3 || (!is_alnum(c) && c != '\'' && sp != 2) ||
            ((c == '\'' || sp == 2) && !(i + (sp ? 3u : 1u) < end && is_alnum(s[i + (sp ? 3u : 1u)])))) {
            uint32_t w = sp ? 3 : 1;
            buf[bl++] = sp == 1 ? '"' : sp == 3 ? '-' : sp == 2 ? '\'' : (char)c;
            k->kind = TOK_PUNCT;
            i += w;
        } else {
            k->kind = (c >= '0' && c <= '9') ? TOK_NUMBER : TOK_WORD;
            if (c >= 'A' && c <= 'Z')
                k->flags |= TOKF_CAPITALIZED;
            while (i < end) {
                unsigned char d = s[i];
                int sd = utf8_special(s + i, s + end);
                if (is_alnum(d) && !sd) {
                    buf[bl++] = (d >= 'a' && d <= 'z') ? (char)(d - 32) : (char)d;
                    i++;
                } else if ((d == '-' || d == '\'' || sd == 2 || d == ',' || d == '.') &&
                           i + (sd ? 3u : 1u) < end && is_alnum(s[i + (sd ? 3u : 1u)]) &&
                           (d != ',' || k->kind == TOK_NUMBER)) {
                    buf[bl++] = sd == 2 ? '\'' : (char)d;
                    i += sd ? 3 : 1;
                } else if (d == '.' && k->kind == TOK_WORD && (k->flags & TOKF_CAPITALIZED) &&
                           buf + bl - k->upper <= 4 && i + 2 < end && s[i + 1] == ' ' &&
                           s[i + 2] >= '0' && s[i + 2] <= '9') {
                    buf[bl++] = '.';
                    i++;
                    break;
                } else {
                    break;
                }
            }
        }
        k->end = i;
        k->len = (uint16_t)(buf + bl - k->upper);
        buf[bl++] = '\0';
        n++;
        if (n == cap) {
            token *g = arena_alloc(a, cap * 2 * sizeof *g);
            memcpy(g, t, n * sizeof *t);
            t = g;
            cap *= 2;
        }
    }
    *out = t;
    return n;
}
