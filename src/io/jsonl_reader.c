/* jsonl_reader.c: the JSON Lines input format, one article object per line
 * ({"id", "date", "url", "source", "title", "text"}), parsed with jansson. */
#include <inttypes.h>
#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "io/article_reader.h"
#include "io/reader_formats.h"

/* Length of the valid UTF-8 sequence at s (1-4), or 0 when the bytes there are not one
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
    unsigned char c = s[0];
    if (c < 0x80)
        return 1;
    size_t len;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        len = 3;
        if (c == 0xE0)
            lo = 0xA0;
        else if (c == 0xED)
            hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4;
        if (c == 0xF0)
            lo = 0x90;
        else if (c == 0xF4)
            hi = 0x8F;
    } else
        return 0;
    if (n < len || s[1] < lo || s[1] > hi)
        return 0;
    for (size_t i = 2; i < len; i++)
        if (s[i] < 0x80 || s[i] > 0xBF)
            return 0;
    return len;
}

/* Copies s into out with every byte that starts no valid UTF-8 sequence replaced by U+FFFD.
 * Returns false (and leaves out alone) when s is valid already. */
static bool utf8_repair(const char *s, size_t n, strbuf *out)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, seq = 0;
    while (i < n && (seq = utf8_sequence(u + i, n - i)) != 0)
        i += seq;
    if (i == n)
        return false;
    strbuf_clear(out);
    strbuf_append(out, s, i);
    while (i < n) {
        seq = utf8_sequence(u + i, n - i);
        if (seq) {
            strbuf_append(out, s + i, seq);
            i += seq;
        } else {
            strbuf_append(out, "\xEF\xBF\xBD", 3);
            i++;
        }
    }
    return true;
}

/* Reads an optional string member: 1 with *out set (NULL for absent/null), -1 for another
 * type. An integer is accepted (as decimal) when allow_int is set. */
static int get_string(json_t *obj, const char *key, bool allow_int, arena *a, const char **out)
{
    json_t *v = json_object_get(obj, key);
    *out = NULL;
    if (!v || json_is_null(v))
        return 1;
    if (json_is_string(v)) {
        *out = arena_strndup(a, json_string_value(v), json_string_length(v));
        return 1;
    }
    if (allow_int && json_is_integer(v)) {
        char buf[32];
        snprintf(buf, sizeof buf, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
        *out = arena_strdup(a, buf);
        return 1;
    }
    return -1;
}

static const char *json_type_name(const json_t *v)
{
    switch (json_typeof(v)) {
    case JSON_OBJECT: return "an object";
    case JSON_ARRAY: return "an array";
    case JSON_STRING: return "a string";
    case JSON_INTEGER:
    case JSON_REAL: return "a number";
    case JSON_TRUE:
    case JSON_FALSE: return "a boolean";
    case JSON_NULL: return "null";
    }
    return "a value";
}

int jsonl_parse_line(const char *name, size_t lineno, const char *line, size_t len, arena *a,
                     article *out, sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    size_t i = 0;
    while (i < len && reader_is_blank_byte((unsigned char)line[i]))
        i++;
    if (i == len)
        return 0;

    strbuf fixed = {0};
    if (utf8_repair(line, len, &fixed)) {
        line = fixed.data;
        len = fixed.len;
    }
    json_error_t jerr;
    json_t *root = json_loadb(line, len, 0, &jerr);
    strbuf_free(&fixed);
    if (!root) {
        char snip[200];
        reader_snippet(snip, sizeof snip, jerr.text, strlen(jerr.text));
        sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                        "%s:%zu: invalid JSON at column %d: %s", name, lineno, jerr.column, snip);
        return -1;
    }
    int rc = -1;
    if (!json_is_object(root)) {
        sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                        "%s:%zu: expected a JSON object, found %s", name, lineno,
                        json_type_name(root));
        goto done;
    }
    json_t *text = json_object_get(root, "text");
    if (!text) {
        sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                        "%s:%zu: no \"text\" field", name, lineno);
        goto done;
    }
    if (!json_is_string(text)) {
        sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                        "%s:%zu: \"text\" is %s, not a string", name, lineno,
                        json_type_name(text));
        goto done;
    }
    static const char *const keys[] = {"id", "date", "url", "source", "title"};
    const char *vals[5];
    for (size_t k = 0; k < 5; k++) {
        if (get_string(root, keys[k], k == 0, a, &vals[k]) < 0) {
            sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                            "%s:%zu: \"%s\" is %s, not a string%s", name, lineno, keys[k],
                            json_type_name(json_object_get(root, keys[k])),
                            k == 0 ? " or an integer" : " or null");
            goto done;
        }
    }
    const char *date = vals[1];
    if (date && *date) {
        char norm[11];
        if (!article_date_normalize(date, strlen(date), norm)) {
            char snip[64];
            reader_snippet(snip, sizeof snip, date, strlen(date));
            sitrep_error_at(err, SITREP_EINPUT, name, lineno,
                            "%s:%zu: unparsable date \"%s\" (want YYYY-MM-DD)", name, lineno,
                            snip);
            goto done;
        }
        date = arena_strdup(a, norm);
    } else {
        date = NULL;
    }
    char origin[64];
    snprintf(origin, sizeof origin, ":%zu", lineno);
    strbuf ob = {0};
    strbuf_puts(&ob, name);
    strbuf_puts(&ob, origin);
    out->origin = arena_strndup(a, ob.data, ob.len);
    strbuf_free(&ob);
    out->id = vals[0] && *vals[0] ? vals[0] : out->origin;
    out->date = date;
    out->url = vals[2];
    out->source = vals[3];
    out->title = vals[4];
    out->text_len = json_string_length(text);
    out->text = arena_strndup(a, json_string_value(text), out->text_len);
    rc = 1;
done:
    json_decref(root);
    return rc;
}
