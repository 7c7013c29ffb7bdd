/* article_reader.c: the input list, directory walking, per-file checks and format choice
 * behind article_reader (see article_reader.h); the formats live in text_article.c,
 * jsonl_reader.c and tabari_records.c. */
#include "io/article_reader.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>

#include "base/file.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "io/input_stream.h"
#include "io/reader_formats.h"

/* How much of a file's start is examined for the binary test and for format sniffing. */
#define BINARY_PROBE_BYTES 4096
#define SNIFF_BYTES ((size_t)64 * 1024)
/* Directory nesting beyond this is reported, not followed. */
#define MAX_DIR_DEPTH 64

/* One pending input: a path to read, or an error found while walking a directory. */
typedef struct work_item {
    char *path;
    char *error;
} work_item;

typedef struct work_list {
    work_item *items;
    size_t len, cap;
} work_list;

typedef enum { SRC_NONE, SRC_TEXT, SRC_JSONL, SRC_TABARI } source_kind;

struct article_reader {
    input_format fmt;
    work_list work;
    size_t next; /* the next item of `work` to open */

    /* A memory reader has exactly one input, these bytes. */
    bool is_memory;
    const char *mem;
    size_t mem_len;

    /* The input being read. */
    source_kind kind;
    char *name; /* as shown in messages */
    char *default_id;
    input_stream in;
    bool finished;       /* nothing more will come from this input */
    size_t line;         /* JSON Lines: lines read */
    bool any_content;    /* JSON Lines: a non-blank line was seen */
    strbuf buf;          /* lines, or the whole of a text file */
    tabari_state tabari;
};

/* ---- small helpers shared by the format parsers ---- */

bool reader_is_blank_byte(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

void reader_snippet(char *dst, size_t cap, const char *s, size_t n)
{
    if (cap == 0)
        return;
    size_t room = cap - 1, k = 0;
    bool cut = n > room;
    if (cut)
        room = room > 3 ? room - 3 : 0;
    for (size_t i = 0; i < n && k < room; i++) {
        unsigned char c = (unsigned char)s[i];
        dst[k++] = (c < 0x20 || c == 0x7f) ? '?' : (char)c;
    }
    if (cut)
        for (int i = 0; i < 3 && k + 1 < cap; i++)
            dst[k++] = '.';
    dst[k] = '\0';
}

bool input_format_parse(const char *name, input_format *out)
{
    static const struct {
        const char *name;
        input_format fmt;
    } names[] = {{"auto", INPUT_AUTO},   {"text", INPUT_TEXT},    {"txt", INPUT_TEXT},
                 {"jsonl", INPUT_JSONL}, {"ndjson", INPUT_JSONL}, {"tabari", INPUT_TABARI}};
    for (size_t i = 0; name && i < sizeof names / sizeof names[0]; i++) {
        if (strcasecmp(name, names[i].name) == 0) {
            *out = names[i].fmt;
            return true;
        }
    }
    return false;
}

const char *input_format_name(input_format fmt)
{
    switch (fmt) {
    case INPUT_AUTO: return "auto";
    case INPUT_TEXT: return "text";
    case INPUT_JSONL: return "jsonl";
    case INPUT_TABARI: return "tabari";
    }
    return "unknown";
}

/* ---- the work list ---- */

static void work_push(work_list *w, char *path, char *error)
{
    w->items = xgrow(w->items, &w->cap, w->len + 1, sizeof *w->items);
    w->items[w->len].path = path;
    w->items[w->len].error = error;
    w->len++;
}

static char *format_message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *format_message(const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    return xstrdup(tmp);
}

/* Inserts `add` into r->work just before r->next (they are read next, in order). */
static void work_splice(article_reader *r, work_list *add)
{
    work_list *w = &r->work;
    if (add->len) {
        w->items = xgrow(w->items, &w->cap, w->len + add->len, sizeof *w->items);
        memmove(w->items + r->next + add->len, w->items + r->next,
                (w->len - r->next) * sizeof *w->items);
        memcpy(w->items + r->next, add->items, add->len * sizeof *w->items);
        w->len += add->len;
    }
    free(add->items);
    memset(add, 0, sizeof *add);
}

static int compare_names(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

typedef struct dir_id {
    dev_t dev;
    ino_t ino;
} dir_id;

/* Appends the regular files under `dir` to out, depth first, names in byte order; hidden
 * entries are skipped; problems become error items in their place. `seen` holds the
 * directories on the current path (symbolic-link loops). */
static void walk_dir(const char *dir, dir_id *seen, size_t depth, work_list *out)
{
    DIR *d = opendir(dir);
    if (!d) {
        work_push(out, NULL, format_message("%s: cannot open directory: %s", dir, strerror(errno)));
        return;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        names = xgrow(names, &cap, n + 1, sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, compare_names);
    for (size_t i = 0; i < n; i++) {
        char *path = path_join(dir, names[i]);
        free(names[i]);
        struct stat st;
        if (stat(path, &st) != 0) {
            work_push(out, NULL, format_message("%s: cannot open: %s", path, strerror(errno)));
            free(path);
        } else if (S_ISDIR(st.st_mode)) {
            bool loop = false;
            for (size_t k = 0; k <= depth; k++)
                if (seen[k].dev == st.st_dev && seen[k].ino == st.st_ino)
                    loop = true;
            if (loop)
                work_push(out, NULL, format_message("%s: directory loop, not followed", path));
            else if (depth + 1 >= MAX_DIR_DEPTH)
                work_push(out, NULL,
                          format_message("%s: directories nested too deep, not followed", path));
            else {
                seen[depth + 1] = (dir_id){st.st_dev, st.st_ino};
                walk_dir(path, seen, depth + 1, out);
            }
            free(path);
        } else if (S_ISREG(st.st_mode)) {
            work_push(out, path, NULL);
        } else {
            free(path); /* sockets, fifos, devices inside a directory are not inputs */
        }
    }
    free(names);
}

static void expand_dir(article_reader *r, const char *dir, const struct stat *st)
{
    dir_id seen[MAX_DIR_DEPTH];
    seen[0] = (dir_id){st->st_dev, st->st_ino};
    work_list found = {0};
    walk_dir(dir, seen, 0, &found);
    work_splice(r, &found);
}

/* ---- one input ---- */

static void source_close(article_reader *r)
{
    if (r->kind == SRC_NONE)
        return;
    input_stream_close(&r->in);
    tabari_state_free(&r->tabari);
    strbuf_free(&r->buf);
    free(r->name);
    free(r->default_id);
    r->name = r->default_id = NULL;
    r->kind = SRC_NONE;
}

static bool has_extension(const char *name, const char *ext)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    return dot && dot != base && strcasecmp(dot + 1, ext) == 0;
}

static char *default_id_for(const char *name, bool is_stdin)
{
    if (is_stdin)
        return xstrdup("stdin");
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return n ? xstrndup(base, n) : xstrdup(name);
}

/* The binary test: a NUL byte, or more than 30% control bytes, in the probe. */
static bool looks_binary(const char *p, size_t n)
{
    size_t control = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c == 0)
            return true;
        if ((c < 0x20 && !reader_is_blank_byte(c)) || c == 0x7f)
            control++;
    }
    return n && control * 10 > n * 3;
}

/* The first line that is neither blank nor a # comment decides between TABARI and text.
 * Returns SRC_NONE when the bytes seen so far do not decide yet (and more may come). */
static source_kind sniff_lines(const char *p, size_t n, bool complete)
{
    size_t i = 0;
    while (i < n) {
        const char *nl = memchr(p + i, '\n', n - i);
        if (!nl && !complete)
            return SRC_NONE;
        size_t len = nl ? (size_t)(nl - (p + i)) : n - i;
        const char *line = p + i;
        size_t k = 0;
        while (k < len && reader_is_blank_byte((unsigned char)line[k]))
            k++;
        if (k < len && line[0] != '#')
            return tabari_is_header_line(line, len) ? SRC_TABARI : SRC_TEXT;
        if (!nl)
            break;
        i += len + 1;
    }
    return complete ? SRC_TEXT : SRC_NONE;
}

/* stdin: JSON Lines when the first non-blank byte is '{'. */
static source_kind sniff_stdin(const char *p, size_t n, bool complete)
{
    for (size_t i = 0; i < n; i++)
        if (!reader_is_blank_byte((unsigned char)p[i]))
            return p[i] == '{' ? SRC_JSONL : SRC_TEXT;
    return complete ? SRC_TEXT : SRC_NONE;
}

static source_kind sniff_kind(article_reader *r, bool is_stdin)
{
    switch (r->fmt) {
    case INPUT_TEXT: return SRC_TEXT;
    case INPUT_JSONL: return SRC_JSONL;
    case INPUT_TABARI: return SRC_TABARI;
    case INPUT_AUTO: break;
    }
    if (!is_stdin) {
        if (has_extension(r->name, "jsonl") || has_extension(r->name, "ndjson"))
            return SRC_JSONL;
        if (has_extension(r->name, "text"))
            return SRC_TABARI;
    }
    /* Look at as little as decides, so a slow pipe is not waited on needlessly. */
    const char *p;
    size_t n = input_stream_peek(&r->in, 0, &p);
    for (;;) {
        bool complete = r->in.eof || n >= SNIFF_BYTES;
        source_kind k = is_stdin ? sniff_stdin(p, n, complete) : sniff_lines(p, n, complete);
        if (k != SRC_NONE)
            return k;
        n = input_stream_peek_more(&r->in, &p);
    }
}

/* Starts reading an opened stream. Returns 0 when it is ready, -1 (err set) when the
 * input is rejected as a whole (empty, binary). */
static int source_start(article_reader *r, bool is_stdin, sitrep_error *err)
{
    const char *p;
    size_t n = input_stream_peek_more(&r->in, &p);
    while (n < 3 && !r->in.eof)
        n = input_stream_peek_more(&r->in, &p);
    if (n == 0 && r->in.read_errno) {
        sitrep_error_set(err, "%s: read error: %s", r->name, strerror(r->in.read_errno));
        return -1;
    }
    if (n == 0) {
        sitrep_error_set(err, "%s: empty file", r->name);
        return -1;
    }
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) { /* a UTF-8 byte-order mark */
        r->in.pos += 3;
        n -= 3;
        p += 3;
    }
    if (looks_binary(p, n < BINARY_PROBE_BYTES ? n : BINARY_PROBE_BYTES)) {
        sitrep_error_set(err, "%s: binary file (not text)", r->name);
        return -1;
    }
    r->default_id = default_id_for(r->name, is_stdin);
    r->kind = sniff_kind(r, is_stdin);
    r->line = 0;
    r->finished = false;
    r->any_content = false;
    tabari_state_init(&r->tabari);
    return 0;
}

/* Opens work item `item`. Returns 0 when an input is ready, 1 when there was nothing to
 * open (a directory, now expanded), -1 with err set. */
static int source_open(article_reader *r, work_item *item, sitrep_error *err)
{
    if (item->error) {
        sitrep_error_set(err, "%s", item->error);
        return -1;
    }
    const char *path = item->path;
    bool is_stdin = false;
    if (r->is_memory) {
        is_stdin = strcmp(path, "-") == 0;
        r->name = xstrdup(is_stdin ? "stdin" : path);
        input_stream_init_memory(&r->in, r->mem, r->mem_len);
    } else if (strcmp(path, "-") == 0) {
        r->name = xstrdup("stdin");
        input_stream_init_file(&r->in, stdin, false);
        is_stdin = true;
    } else {
        struct stat st;
        if (stat(path, &st) != 0) {
            sitrep_error_set(err, "%s: cannot open: %s", path, strerror(errno));
            return -1;
        }
        if (S_ISDIR(st.st_mode)) {
            expand_dir(r, path, &st);
            return 1;
        }
        FILE *f = fopen(path, "rb");
        if (!f) {
            sitrep_error_set(err, "%s: cannot open: %s", path, strerror(errno));
            return -1;
        }
        r->name = xstrdup(path);
        input_stream_init_file(&r->in, f, true);
    }
    r->kind = SRC_TEXT; /* provisional, so that source_close cleans up */
    if (source_start(r, is_stdin, err) < 0) {
        source_close(r);
        return -1;
    }
    return 0;
}

/* The next article of the current input: 1, 0 when it is exhausted, -1 with err set. */
static int source_next(article_reader *r, arena *a, article *out, sitrep_error *err)
{
    switch (r->kind) {
    case SRC_NONE:
        return 0;
    case SRC_TEXT: {
        if (r->finished)
            return 0;
        r->finished = true;
        int rc = input_stream_read_all(&r->in, &r->buf, ARTICLE_READER_MAX_BYTES);
        if (rc == -1) {
            sitrep_error_set(err, "%s: larger than %zu bytes", r->name, ARTICLE_READER_MAX_BYTES);
            return -1;
        }
        if (rc == -2) {
            sitrep_error_set(err, "%s: read error: %s", r->name, strerror(r->in.read_errno));
            return -1;
        }
        rc = text_article_parse(r->name, r->default_id, r->buf.data ? r->buf.data : "",
                                r->buf.len, a, out, err);
        strbuf_free(&r->buf);
        return rc;
    }
    case SRC_JSONL:
        while (!r->finished) {
            int rc = input_stream_read_line(&r->in, &r->buf, ARTICLE_READER_MAX_BYTES);
            if (rc == 0) {
                if (!r->any_content) {
                    r->any_content = true; /* report once */
                    sitrep_error_set(err, "%s: empty file", r->name);
                    return -1;
                }
                return 0;
            }
            if (rc == -2) {
                r->finished = true;
                sitrep_error_set(err, "%s:%zu: read error: %s", r->name, r->line + 1,
                                 strerror(r->in.read_errno));
                return -1;
            }
            r->line++;
            if (rc == -1) {
                r->any_content = true;
                sitrep_error_set(err, "%s:%zu: line longer than %zu bytes", r->name, r->line,
                                 ARTICLE_READER_MAX_BYTES);
                return -1;
            }
            rc = jsonl_parse_line(r->name, r->line, r->buf.data, r->buf.len, a, out, err);
            if (rc != 0) {
                r->any_content = true;
                return rc;
            }
        }
        return 0;
    case SRC_TABARI:
        return tabari_next(&r->tabari, &r->in, r->name, a, out, err);
    }
    return 0;
}

/* ---- the public API ---- */

article_reader *article_reader_open(const char *const *paths, size_t npaths, input_format fmt)
{
    article_reader *r = xcalloc(1, sizeof *r);
    r->fmt = fmt;
    for (size_t i = 0; i < npaths; i++)
        work_push(&r->work, xstrdup(paths[i] ? paths[i] : ""), NULL);
    return r;
}

article_reader *article_reader_open_memory(const char *name, const void *data, size_t len,
                                           input_format fmt)
{
    const char *one = name ? name : "memory";
    article_reader *r = article_reader_open(&one, 1, fmt);
    r->is_memory = true;
    r->mem = data;
    r->mem_len = data ? len : 0;
    return r;
}

/* Every failure here is a bad input, skipped by the caller: its code, and its file when
 * the reader that failed did not name it with a line. */
static int bad_input(const article_reader *r, const char *file, sitrep_error *err)
{
    (void)r;
    if (err) {
        err->code = SITREP_EINPUT;
        if (!err->file[0] && file)
            snprintf(err->file, sizeof err->file, "%s", file);
    }
    return -1;
}

int article_reader_next(article_reader *r, arena *a, article *out, sitrep_error *err)
{
    sitrep_error_clear(err);
    for (;;) {
        if (r->kind != SRC_NONE) {
            int rc = source_next(r, a, out, err);
            if (rc < 0)
                return bad_input(r, r->name, err);
            if (rc > 0)
                return rc;
            source_close(r);
            continue;
        }
        if (r->next >= r->work.len)
            return 0;
        work_item *item = &r->work.items[r->next++];
        int rc = source_open(r, item, err);
        if (rc < 0)
            return bad_input(r, item->path, err);
    }
}

void article_reader_close(article_reader *r)
{
    if (!r)
        return;
    source_close(r);
    for (size_t i = 0; i < r->work.len; i++) {
        free(r->work.items[i].path);
        free(r->work.items[i].error);
    }
    free(r->work.items);
    free(r);
}
