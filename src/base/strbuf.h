/* strbuf.h: a growable byte string (always NUL-terminated).
 *
 * Contract: zero-initialise (`strbuf b = {0};`) or strbuf_init; append freely; the
 * bytes are in b.data[0..b.len); strbuf_free releases them. Never fails (aborts on OOM). */
#ifndef SITREP_BASE_STRBUF_H
#define SITREP_BASE_STRBUF_H

#include <stddef.h>

typedef struct strbuf {
    char *data;
    size_t len, cap;
} strbuf;

void strbuf_init(strbuf *b);
void strbuf_free(strbuf *b);
void strbuf_clear(strbuf *b);
void strbuf_append(strbuf *b, const char *s, size_t n);
void strbuf_puts(strbuf *b, const char *s);
void strbuf_putc(strbuf *b, char c);
void strbuf_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Appends `s` as the body of a JSON string (no quotes), escaping as RFC 8259 requires. */
void strbuf_json_escape(strbuf *b, const char *s, size_t n);
/* `v` in decimal, as "%lld" writes it, without printf (bulk writes and pages format
 * many numbers): into `buf` (returned), or appended. */
#define STRBUF_DECIMAL_MAX 24
char *decimal_text(char buf[STRBUF_DECIMAL_MAX], long long v);
void strbuf_put_decimal(strbuf *b, long long v);
/* Hands the bytes over to the caller (free() them) and leaves the buffer empty. */
char *strbuf_detach(strbuf *b);

#endif
