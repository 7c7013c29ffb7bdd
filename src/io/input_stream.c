/* input_stream.c: buffered byte input over a FILE or memory (see input_stream.h). */
#include "io/input_stream.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include "base/xalloc.h"

#define INPUT_STREAM_CHUNK ((size_t)64 * 1024)

void input_stream_init_file(input_stream *s, FILE *f, bool owns_file)
{
    memset(s, 0, sizeof *s);
    s->f = f;
    s->owns_file = owns_file;
    s->cap = INPUT_STREAM_CHUNK;
    s->buf = xmalloc(s->cap);
    s->data = s->buf;
}

void input_stream_init_memory(input_stream *s, const char *data, size_t len)
{
    memset(s, 0, sizeof *s);
    s->data = data ? data : "";
    s->len = data ? len : 0;
    s->eof = true;
}

void input_stream_close(input_stream *s)
{
    if (s->f && s->owns_file)
        fclose(s->f);
    free(s->buf);
    memset(s, 0, sizeof *s);
}

/* Reads once from the file into the free space at the end of buf (after making room).
 * Returns the number of bytes added. */
static size_t fill_once(input_stream *s, size_t want)
{
    if (s->eof || !s->f)
        return 0;
    if (s->pos > 0) {
        memmove(s->buf, s->buf + s->pos, s->len - s->pos);
        s->len -= s->pos;
        s->pos = 0;
    }
    if (s->cap - s->len < want) {
        s->buf = xgrow(s->buf, &s->cap, s->len + want, 1);
        s->data = s->buf;
    }
    /* read(2), not fread: a pipe yields what has arrived, so a streaming producer gets
     * its articles back without waiting for a full buffer. */
    ssize_t got;
    do
        got = read(fileno(s->f), s->buf + s->len, s->cap - s->len);
    while (got < 0 && errno == EINTR);
    if (got <= 0) {
        if (got < 0)
            s->read_errno = errno ? errno : EIO;
        s->eof = true;
        return 0;
    }
    s->len += (size_t)got;
    return (size_t)got;
}

size_t input_stream_peek(input_stream *s, size_t n, const char **p)
{
    while (s->len - s->pos < n && !s->eof)
        fill_once(s, n - (s->len - s->pos));
    *p = s->data + s->pos;
    return s->len - s->pos;
}

size_t input_stream_peek_more(input_stream *s, const char **p)
{
    if (!s->eof)
        fill_once(s, INPUT_STREAM_CHUNK);
    *p = s->data + s->pos;
    return s->len - s->pos;
}

int input_stream_read_line(input_stream *s, strbuf *out, size_t max)
{
    strbuf_clear(out);
    bool any = false, too_long = false;
    for (;;) {
        if (s->pos == s->len) {
            if (s->read_errno)
                return -2;
            if (s->eof || fill_once(s, INPUT_STREAM_CHUNK) == 0) {
                if (s->read_errno)
                    return -2;
                break;
            }
        }
        const char *start = s->data + s->pos;
        size_t avail = s->len - s->pos;
        const char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        any = true;
        if (!too_long) {
            if (out->len + take > max + 1) { /* +1: room for a "\r" that is dropped */
                too_long = true;
                strbuf_clear(out);
            } else {
                strbuf_append(out, start, take);
            }
        }
        s->pos += take;
        if (nl) {
            s->pos++;
            break;
        }
    }
    if (!any)
        return 0;
    if (too_long)
        return -1;
    if (out->len && out->data[out->len - 1] == '\r')
        out->data[--out->len] = '\0';
    if (out->len > max) {
        strbuf_clear(out);
        return -1;
    }
    return 1;
}

int input_stream_read_all(input_stream *s, strbuf *out, size_t max)
{
    size_t start_len = out->len;
    for (;;) {
        size_t avail = s->len - s->pos;
        if (out->len - start_len + avail > max) {
            out->len = start_len;
            if (out->data)
                out->data[start_len] = '\0';
            s->pos = s->len;
            return -1;
        }
        strbuf_append(out, s->data + s->pos, avail);
        s->pos = s->len;
        if (s->read_errno)
            return -2;
        if (s->eof || fill_once(s, INPUT_STREAM_CHUNK) == 0)
            return s->read_errno ? -2 : 1;
    }
}
