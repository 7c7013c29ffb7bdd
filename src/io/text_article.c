/* text_article.c: the plain-text input format, one article per file with an optional
 * `key: value` header block (date, url, title, source, id) ended by a blank line. */
#include <string.h>
#include <strings.h>

#include "io/article_reader.h"
#include "io/reader_formats.h"

typedef enum { KEY_NONE, KEY_DATE, KEY_URL, KEY_TITLE, KEY_SOURCE, KEY_ID } header_key;

/* Recognises "key: value" with a known key at the start of the line; *value and *vlen
 * receive the trimmed value. */
static header_key parse_header(const char *line, size_t len, const char **value, size_t *vlen)
{
    static const struct {
        const char *name;
        header_key key;
    } keys[] = {{"date", KEY_DATE},     {"url", KEY_URL}, {"title", KEY_TITLE},
                {"source", KEY_SOURCE}, {"id", KEY_ID}};
    size_t k = 0;
    while (k < len && ((line[k] >= 'a' && line[k] <= 'z') || (line[k] >= 'A' && line[k] <= 'Z')))
        k++;
    size_t c = k;
    while (c < len && (line[c] == ' ' || line[c] == '\t'))
        c++;
    if (k == 0 || c >= len || line[c] != ':')
        return KEY_NONE;
    header_key found = KEY_NONE;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strlen(keys[i].name) == k && strncasecmp(keys[i].name, line, k) == 0)
            found = keys[i].key;
    if (found == KEY_NONE)
        return KEY_NONE;
    const char *v = line + c + 1;
    size_t n = len - (c + 1);
    while (n && reader_is_blank_byte((unsigned char)*v)) {
        v++;
        n--;
    }
    while (n && reader_is_blank_byte((unsigned char)v[n - 1]))
        n--;
    *value = v;
    *vlen = n;
    return found;
}

static bool is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!reader_is_blank_byte((unsigned char)s[i]))
            return false;
    return true;
}

int text_article_parse(const char *name, const char *default_id, const char *data, size_t len,
                       arena *a, article *out, sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    if (is_blank(data, len)) {
        sitrep_error_set(err, "%s: empty file", name);
        return -1;
    }
    size_t body = 0, lineno = 0;
    bool has_header = false;
    const char *value;
    size_t vlen;
    const char *fields[KEY_ID + 1] = {0};
    while (body < len) {
        const char *line = data + body;
        const char *nl = memchr(line, '\n', len - body);
        size_t n = nl ? (size_t)(nl - line) : len - body;
        size_t next = body + n + (nl ? 1 : 0);
        if (n && line[n - 1] == '\r')
            n--;
        lineno++;
        if (has_header && is_blank(line, n)) {
            body = next; /* the blank line ends the header block */
            break;
        }
        header_key key = parse_header(line, n, &value, &vlen);
        if (key == KEY_NONE)
            break; /* the text starts on this line */
        has_header = true;
        if (key == KEY_DATE && vlen) {
            char date[11];
            if (!article_date_normalize(value, vlen, date)) {
                char snip[64];
                reader_snippet(snip, sizeof snip, value, vlen);
                sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                                "%s:%zu: unparsable date \"%s\" (want YYYY-MM-DD)", name, lineno,
                                snip);
                return -1;
            }
            fields[key] = arena_strdup(a, date);
        } else {
            fields[key] = vlen ? arena_strndup(a, value, vlen) : NULL;
        }
        body = next;
    }
    if (is_blank(data + body, len - body)) {
        sitrep_error_set(err, "%s: %s", name, has_header ? "no text after the header" : "empty file");
        return -1;
    }
    out->date = fields[KEY_DATE];
    out->url = fields[KEY_URL];
    out->title = fields[KEY_TITLE];
    out->source = fields[KEY_SOURCE];
    out->id = fields[KEY_ID] ? fields[KEY_ID] : arena_strdup(a, default_id);
    out->text_len = len - body;
    out->text = arena_strndup(a, data + body, out->text_len);
    out->origin = arena_strdup(a, name);
    return 1;
}
