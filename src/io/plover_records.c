/* plover_records.c: a reader for the PLOVER project's gold-standard records (JSON), one
 * record at a time so that a broken record costs that record only (see plover_records.h). */
#include "io/plover_records.h"
#include "base/file.h"
#include "base/line_counter.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct plover_records {
    char *name;
    char *data;
    size_t len, pos;
    bool array; /* a JSON array; else a sequence of objects (JSON Lines) */
    bool done;
    size_t index;          /* records met so far */
    char *text;            /* the current record's text */
    line_counter lines;
};

static void skip_blanks(plover_records *r)
{
    while (r->pos < r->len && isspace((unsigned char)r->data[r->pos]))
        r->pos++;
}

void plover_country(const char *code, char out[4])
{
    size_t n = 0;
    if (code && strncmp(code, "---", 3) != 0)
        for (; n < 3 && code[n]; n++)
            out[n] = (char)toupper((unsigned char)code[n]);
    out[n] = '\0';
    if (strcmp(out, "JAP") == 0)
        strcpy(out, "JPN");
}

/* ---- opening ------------------------------------------------------------------------ */

/* Takes over `data` (heap, NUL-terminated after len bytes). */
static plover_records *start(const char *name, char *data, size_t len, sitrep_error *err)
{
    plover_records *r = xcalloc(1, sizeof *r);
    r->name = xstrdup(name);
    r->data = data;
    r->len = len;
    line_counter_init(&r->lines, data, len);
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        r->pos = 3;
    skip_blanks(r);
    if (r->pos < len && data[r->pos] == '[') {
        r->array = true;
        r->pos++;
    } else if (r->pos >= len || data[r->pos] != '{') {
        sitrep_error_set(err, "%s: not PLOVER records (want a JSON array of record objects)",
                         name);
        plover_records_close(r);
        return NULL;
    }
    return r;
}

plover_records *plover_records_open_buffer(const char *name, const char *data, size_t len,
                                           sitrep_error *err)
{
    return start(name, xstrndup(len ? data : "", len), len, err);
}

plover_records *plover_records_open(const char *path, sitrep_error *err)
{
    size_t len;
    char *data = file_read_path(path, &len, err);
    return data ? start(path, data, len, err) : NULL;
}

void plover_records_close(plover_records *r)
{
    if (!r)
        return;
    free(r->name);
    free(r->data);
    free(r->text);
    free(r);
}

bool plover_records_sniff(const char *path)
{
    sitrep_error err;
    plover_records *r = plover_records_open(path, &err);
    if (!r)
        return false;
    /* the raw text, not a parse: a file whose first record is broken is still PLOVER's */
    bool ok = strstr(r->data, "\"event\"") && strstr(r->data, "\"source\"");
    plover_records_close(r);
    return ok;
}

/* ---- one record ----------------------------------------------------------------------- */

/* The "id" of a record whose JSON is broken, looked for in its raw bytes [from, to). */
static void raw_id(const plover_records *r, size_t from, size_t to, char *out, size_t cap)
{
    out[0] = '\0';
    for (size_t i = from; i + 4 < to; i++) {
        if (memcmp(r->data + i, "\"id\"", 4) != 0)
            continue;
        size_t k = i + 4;
        while (k < to && (isspace((unsigned char)r->data[k]) || r->data[k] == ':'))
            k++;
        if (k >= to || r->data[k] != '"')
            return;
        size_t n = 0;
        for (k++; k < to && r->data[k] != '"' && r->data[k] != '\n' && n + 1 < cap; k++)
            out[n++] = r->data[k];
        out[n] = '\0';
        return;
    }
}

/* After a broken record that starts at `start`: the next '{' that opens a line at the
 * same indentation, or the end of the data (returns false then). */
static bool resync(plover_records *r, size_t start)
{
    size_t bol = start;
    while (bol > 0 && r->data[bol - 1] != '\n')
        bol--;
    size_t col = start - bol;
    bool indent_only = true;
    for (size_t i = bol; i < start; i++)
        indent_only = indent_only && (r->data[i] == ' ' || r->data[i] == '\t');
    for (size_t i = start + 1; indent_only && i < r->len; i++) {
        if (r->data[i] != '\n')
            continue;
        size_t k = i + 1;
        while (k < r->len && k - (i + 1) < col && (r->data[k] == ' ' || r->data[k] == '\t'))
            k++;
        if (k - (i + 1) == col && k < r->len && r->data[k] == '{') {
            r->pos = k;
            return true;
        }
    }
    r->pos = r->len;
    r->done = true;
    return false;
}

/* The country codes of a list of actors; false (with `why`) when malformed. */
static bool actor_list(json_t *list, const char *key, char codes[][4], size_t cap, size_t *n,
                       char *why, size_t whycap)
{
    *n = 0;
    size_t i;
    json_t *a;
    json_array_foreach(list, i, a) {
        json_t *code = json_object_get(a, "code");
        if (!json_is_object(a) || !json_is_string(code) || !json_string_length(code)) {
            snprintf(why, whycap, "%s %zu has no \"code\" string", key, i + 1);
            return false;
        }
        if (*n < cap)
            plover_country(json_string_value(code), codes[(*n)++]);
    }
    return true;
}

static void expect(plover_record *out, const char *src, const char *tgt)
{
    for (size_t i = 0; i < out->nexpected; i++)
        if (strcmp(out->expected[i].source, src) == 0 && strcmp(out->expected[i].target, tgt) == 0)
            return;
    if (out->nexpected >= PLOVER_MAX_EXPECT)
        return;
    plover_tuple *t = &out->expected[out->nexpected++];
    snprintf(t->source, sizeof t->source, "%s", src);
    snprintf(t->target, sizeof t->target, "%s", tgt);
    snprintf(t->category, sizeof t->category, "%s", out->category);
}

/* Fills `out` from a parsed record; false (with `why`) when a field is missing or wrong. */
static bool take_record(plover_records *r, json_t *v, plover_record *out, char *why,
                        size_t whycap)
{
    if (!json_is_object(v)) {
        snprintf(why, whycap, "not a JSON object");
        return false;
    }
    json_t *id = json_object_get(v, "id");
    if (json_is_string(id) && json_string_length(id))
        snprintf(out->id, sizeof out->id, "%s", json_string_value(id));
    json_t *text = json_object_get(v, "text"), *ev = json_object_get(v, "event");
    json_t *src = json_object_get(v, "source"), *tgt = json_object_get(v, "target");
    json_t *date = json_object_get(v, "date");
    if (!json_is_string(text)) {
        snprintf(why, whycap, "no \"text\" string");
        return false;
    }
    if (!json_is_string(ev) || !json_string_length(ev) ||
        json_string_length(ev) >= sizeof out->category) {
        snprintf(why, whycap, "no \"event\" category");
        return false;
    }
    if (!json_is_array(src) || json_array_size(src) == 0) {
        snprintf(why, whycap, "no \"source\" actors");
        return false;
    }
    bool no_target = !tgt || json_is_null(tgt) ||
                     (json_is_string(tgt) && json_string_length(tgt) == 0);
    if (!no_target && !json_is_array(tgt)) {
        snprintf(why, whycap, "\"target\" is neither a list of actors nor empty");
        return false;
    }
    char sources[PLOVER_MAX_EXPECT][4], targets[PLOVER_MAX_EXPECT][4];
    size_t ns, nt = 0;
    if (!actor_list(src, "source", sources, PLOVER_MAX_EXPECT, &ns, why, whycap) ||
        (!no_target && !actor_list(tgt, "target", targets, PLOVER_MAX_EXPECT, &nt, why, whycap)))
        return false;
    for (size_t i = 0; i < json_string_length(ev); i++)
        out->category[i] = (char)toupper((unsigned char)json_string_value(ev)[i]);
    if (json_is_string(date) && json_string_length(date) == 10)
        memcpy(out->date, json_string_value(date), 11);
    if (nt)
        for (size_t i = 0; i < ns; i++)
            for (size_t k = 0; k < nt; k++)
                expect(out, sources[i], targets[k]);
    else if (ns == 1)
        expect(out, sources[0], "");
    else
        for (size_t i = 0; i < ns; i++)
            for (size_t k = 0; k < ns; k++)
                if (k != i)
                    expect(out, sources[i], sources[k]);
    free(r->text);
    r->text = xstrndup(json_string_value(text), json_string_length(text));
    out->text = r->text;
    return true;
}

int plover_records_next(plover_records *r, plover_record *out, sitrep_error *err)
{
    memset(out, 0, sizeof *out);
    if (r->done)
        return 0;
    skip_blanks(r);
    if (r->pos < r->len && r->data[r->pos] == ',') {
        r->pos++;
        skip_blanks(r);
    }
    if (r->pos >= r->len || (r->array && r->data[r->pos] == ']')) {
        r->done = true;
        if (!r->array || r->pos < r->len)
            return 0;
        sitrep_error_set(err, "%s:%zu: the records' list has no closing ']'", r->name,
                         line_counter_at(&r->lines, r->pos));
        return -1;
    }
    size_t start = r->pos;
    out->index = ++r->index;
    out->line = line_counter_at(&r->lines, start);
    snprintf(out->id, sizeof out->id, "#%zu", out->index);
    json_error_t je;
    json_t *v = r->data[start] == '{'
                    ? json_loadb(r->data + start, r->len - start, JSON_DISABLE_EOF_CHECK, &je)
                    : NULL;
    if (!v) {
        char id[96];
        bool more = resync(r, start);
        raw_id(r, start, r->pos, id, sizeof id);
        if (id[0])
            snprintf(out->id, sizeof out->id, "%s", id);
        if (r->data[start] != '{')
            snprintf(je.text, sizeof je.text, "a record must be a JSON object");
        else
            snprintf(je.text + strlen(je.text), sizeof je.text - strlen(je.text),
                     " (line %zu)", out->line + (size_t)(je.line > 0 ? je.line - 1 : 0));
        sitrep_error_set(err, "%s:%zu: record %zu (%s): malformed JSON: %s%s", r->name,
                         out->line, out->index, out->id, je.text,
                         more ? "" : "; the rest of the file cannot be read");
        return -1;
    }
    r->pos = start + (size_t)je.position;
    char why[256];
    bool ok = take_record(r, v, out, why, sizeof why);
    json_decref(v);
    if (!ok) {
        sitrep_error_set(err, "%s:%zu: record %zu (%s): %s", r->name, out->line, out->index,
                         out->id, why);
        return -1;
    }
    return 1;
}
