/* tabari_records.c: reading TABARI text files (the format of TABARI's .text inputs and
 * validation suites), one article per record.
 *
 * Shapes accepted:
 *   - Records are separated by blank lines (lines of blanks and tabs count as blank).
 *     Outside a record, a line whose first byte is a digit opens one; every other line
 *     there (# comments, banners, comment paragraphs) is skipped, as TABARI does.
 *   - The header line is the date digits, then blanks, then the id, then possibly more
 *     fields: "950101  DEMO-01", "920102  FBIS-001-001  CEP20020711000011",
 *     "20150607 YYYY-01" (TABARI's YYYY mode), "950101*INTRO" (id "*INTRO"). The digits go
 *     to raw_date; 6 digits are YYMMDD (YY >= 50: 19YY, else 20YY), 8 are YYYYMMDD; other
 *     counts or impossible days leave `date` NULL. A header without an id gets
 *     "file:line".
 *   - Inside a record, lines up to the next blank line are the record's body, even when
 *     they start with a digit ("2. -- **").
 *   - The comment block runs from the first "/ *" in the body to the last "* /" after it
 *     (written without the blanks here), or to the record's end when it is never closed
 *     (a blank line always ends a record). It may start at the end of a text line
 *     ("officials said./ *"). Its content, trimmed, is article.comment; the text before
 *     and after it, trimmed and joined by a newline, is the text.
 *   - A record whose text and comment are both empty is an error; one with only a
 *     comment (TABARI option records) is returned with empty text. */
#include <stdio.h>
#include <string.h>

#include "io/article_reader.h"
#include "io/reader_formats.h"

void tabari_state_init(tabari_state *st)
{
    memset(st, 0, sizeof *st);
}

void tabari_state_free(tabari_state *st)
{
    strbuf_free(&st->line_buf);
    strbuf_free(&st->body);
    strbuf_free(&st->header);
    memset(st, 0, sizeof *st);
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static size_t digit_run(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && is_digit(s[i]))
        i++;
    return i;
}

static bool is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!reader_is_blank_byte((unsigned char)s[i]))
            return false;
    return true;
}

static void trim(const char **s, size_t *n)
{
    while (*n && reader_is_blank_byte((unsigned char)**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && reader_is_blank_byte((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

bool tabari_is_header_line(const char *line, size_t len)
{
    size_t d = digit_run(line, len);
    if (d != 6 && d != 8)
        return false;
    if (d >= len || (line[d] != ' ' && line[d] != '\t'))
        return false;
    return !is_blank(line + d, len - d);
}

/* Position of the first "/ *" in s[from..n), or n. */
static size_t find_open(const char *s, size_t n, size_t from)
{
    for (size_t i = from; i + 1 < n; i++)
        if (s[i] == '/' && s[i + 1] == '*')
            return i;
    return n;
}

/* Position of the last "* /" starting at or after `from`, or n. */
static size_t find_last_close(const char *s, size_t n, size_t from)
{
    for (size_t i = n; i >= from + 2; i--)
        if (s[i - 2] == '*' && s[i - 1] == '/')
            return i - 2;
    return n;
}

static char *date_from_digits(const char *d, size_t n, arena *a)
{
    char ymd[8], out[11];
    if (n == 6) {
        bool old = (d[0] - '0') * 10 + (d[1] - '0') >= 50;
        ymd[0] = old ? '1' : '2';
        ymd[1] = old ? '9' : '0';
        memcpy(ymd + 2, d, 6);
    } else if (n == 8) {
        memcpy(ymd, d, 8);
    } else {
        return NULL;
    }
    return article_date_normalize(ymd, 8, out) ? arena_strdup(a, out) : NULL;
}

/* Turns the header in st->header and the body in st->body into *out. */
static int finish_record(tabari_state *st, const char *name, size_t header_line, bool too_long,
                         arena *a, article *out, sitrep_error *err)
{
    const char *h = st->header.data;
    size_t hn = st->header.len;
    size_t d = digit_run(h, hn);
    size_t i = d;
    while (i < hn && reader_is_blank_byte((unsigned char)h[i]))
        i++;
    size_t id_start = i;
    while (i < hn && !reader_is_blank_byte((unsigned char)h[i]))
        i++;
    size_t id_len = i - id_start;
    const char *extra = h + i;
    size_t extra_len = hn - i;
    trim(&extra, &extra_len);

    strbuf origin = {0};
    strbuf_puts(&origin, name);
    strbuf_putc(&origin, ':');
    strbuf_put_decimal(&origin, (long long)header_line);
    char id_snip[80];
    if (id_len)
        reader_snippet(id_snip, sizeof id_snip, h + id_start, id_len);
    else
        snprintf(id_snip, sizeof id_snip, "(no id)");

    if (too_long) {
        sitrep_error_set(err, "%s: record %s is longer than %zu bytes", origin.data, id_snip,
                         ARTICLE_READER_MAX_BYTES);
        strbuf_free(&origin);
        return -1;
    }

    const char *b = st->body.data ? st->body.data : "";
    size_t bn = st->body.len;
    size_t open = find_open(b, bn, 0);
    const char *before = b, *after = "", *comment = NULL;
    size_t before_len = open, after_len = 0, comment_len = 0;
    if (open < bn) {
        size_t close = find_last_close(b, bn, open + 2);
        comment = b + open + 2;
        comment_len = (close < bn ? close : bn) - (open + 2);
        if (close < bn) {
            after = b + close + 2;
            after_len = bn - (close + 2);
        }
        trim(&comment, &comment_len);
    }
    trim(&before, &before_len);
    trim(&after, &after_len);
    if (before_len == 0 && after_len == 0 && !comment) {
        sitrep_error_set(err, "%s: record %s has no text", origin.data, id_snip);
        strbuf_free(&origin);
        return -1;
    }

    memset(out, 0, sizeof *out);
    out->origin = arena_strndup(a, origin.data, origin.len);
    strbuf_free(&origin);
    out->id = id_len ? arena_strndup(a, h + id_start, id_len) : out->origin;
    out->id_extra = extra_len ? arena_strndup(a, extra, extra_len) : NULL;
    out->raw_date = arena_strndup(a, h, d);
    out->date = date_from_digits(h, d, a);
    out->comment = comment ? arena_strndup(a, comment, comment_len) : NULL;
    size_t sep = before_len && after_len ? 1 : 0;
    char *text = arena_alloc(a, before_len + sep + after_len + 1);
    memcpy(text, before, before_len);
    if (sep)
        text[before_len] = '\n';
    memcpy(text + before_len + sep, after, after_len);
    out->text_len = before_len + sep + after_len;
    text[out->text_len] = '\0';
    out->text = text;
    return 1;
}

int tabari_next(tabari_state *st, input_stream *in, const char *name, arena *a, article *out,
                sitrep_error *err)
{
    if (st->done)
        return 0;
    bool in_record = false, too_long = false;
    size_t header_line = 0;
    strbuf_clear(&st->body);
    for (;;) {
        int rc = input_stream_read_line(in, &st->line_buf, ARTICLE_READER_MAX_BYTES);
        if (rc == -2) {
            st->done = true;
            sitrep_error_set(err, "%s:%zu: read error: %s", name, st->line + 1,
                             strerror(in->read_errno));
            return -1;
        }
        if (rc == 0) {
            if (in_record)
                return finish_record(st, name, header_line, too_long, a, out, err);
            st->done = true;
            if (!st->any_content) {
                sitrep_error_set(err, "%s: empty file", name);
                return -1;
            }
            if (st->records == 0) {
                sitrep_error_set(err, "%s: no TABARI records (a record starts with a line "
                                      "\"YYMMDD ID\")", name);
                return -1;
            }
            return 0;
        }
        st->line++;
        if (rc == -1) {
            st->any_content = true;
            if (in_record) {
                too_long = true;
                continue;
            }
            sitrep_error_set(err, "%s:%zu: line longer than %zu bytes", name, st->line,
                             ARTICLE_READER_MAX_BYTES);
            return -1;
        }
        const char *line = st->line_buf.data;
        size_t n = st->line_buf.len;
        bool blank = is_blank(line, n);
        if (!blank)
            st->any_content = true;
        if (!in_record) {
            if (!blank && is_digit(line[0])) {
                strbuf_clear(&st->header);
                strbuf_append(&st->header, line, n);
                header_line = st->line;
                in_record = true;
                st->records++;
            }
            continue;
        }
        if (blank)
            return finish_record(st, name, header_line, too_long, a, out, err);
        if (too_long)
            continue;
        if (st->body.len + n + 1 > ARTICLE_READER_MAX_BYTES) {
            too_long = true;
            continue;
        }
        if (st->body.len)
            strbuf_putc(&st->body, '\n');
        strbuf_append(&st->body, line, n);
    }
}
