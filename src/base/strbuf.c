/* strbuf.c: growable strings (see strbuf.h). */
#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void strbuf_init(strbuf *b)
{
    b->data = NULL;
    b->len = b->cap = 0;
}

void strbuf_free(strbuf *b)
{
    free(b->data);
    strbuf_init(b);
}

/* Writers append a few bytes at a time (a CoNLL-U line is a dozen appends): the room
 * is checked here, and xgrow() called only to grow. */
static inline void reserve(strbuf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap)
        b->data = xgrow(b->data, &b->cap, b->len + extra + 1, 1);
}

void strbuf_clear(strbuf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void strbuf_append(strbuf *b, const char *s, size_t n)
{
    reserve(b, n);
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void strbuf_puts(strbuf *b, const char *s)
{
    strbuf_append(b, s, strlen(s));
}

void strbuf_putc(strbuf *b, char c)
{
    reserve(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}

void strbuf_printf(strbuf *b, const char *fmt, ...)
{
    /* formatted straight into the room left when there is some: one pass when it fits
     * (the usual case), a second one after growing when it does not */
    size_t room = b->cap - b->len;
    va_list ap;
    va_start(ap, fmt);
    int n = room > 1 ? vsnprintf(b->data + b->len, room, fmt, ap) : vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 && room > 1)
        b->data[b->len] = '\0';
    if (n <= 0)
        return;
    if ((size_t)n >= room) {
        reserve(b, (size_t)n);
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

void strbuf_json_escape(strbuf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    for (size_t i = 0; i < n; i++) {
        /* a run of bytes that need no escape, appended at once */
        size_t run = i;
        while (run < n && (unsigned char)s[run] >= 0x20 && s[run] != '"' && s[run] != '\\')
            run++;
        if (run > i) {
            strbuf_append(b, s + i, run - i);
            i = run - 1;
            continue;
        }
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': strbuf_append(b, "\\\"", 2); break;
        case '\\': strbuf_append(b, "\\\\", 2); break;
        case '\n': strbuf_append(b, "\\n", 2); break;
        case '\r': strbuf_append(b, "\\r", 2); break;
        case '\t': strbuf_append(b, "\\t", 2); break;
        default: { /* another control byte */
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            strbuf_append(b, esc, 6);
        }
        }
    }
}

char *decimal_text(char buf[STRBUF_DECIMAL_MAX], long long v)
{
    char tmp[STRBUF_DECIMAL_MAX];
    int n = 0;
    unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    char *o = buf;
    if (v < 0)
        *o++ = '-';
    while (n > 0)
        *o++ = tmp[--n];
    *o = '\0';
    return buf;
}

void strbuf_put_decimal(strbuf *b, long long v)
{
    char buf[STRBUF_DECIMAL_MAX];
    strbuf_puts(b, decimal_text(buf, v));
}

char *strbuf_detach(strbuf *b)
{
    char *p = b->data ? b->data : xstrdup("");
    strbuf_init(b);
    return p;
}
