/* cmd_explain.c: `sitrep explain`, why each event was coded.
 *
 * For every article it prints each sentence that produced events, and for each event the
 * sentence again with the matched parts marked ([source], {verb}, <target>), the dictionary
 * entries behind it (file:line and the line itself), and the rules the document layer
 * applied: passive voice, the date expression, the status cue, who the claim is attributed
 * to, and how often the article states it. Dictionary paths under the current directory
 * are printed relative to it, so the output does not depend on where sitrep is installed. */
#include "api/pipeline.h"
#include "cameo/cameo.h"
#include "cli/cli_internal.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* ---- dictionary lines ---------------------------------------------------------------- */

typedef struct dict_file {
    char *path;
    char **lines;
    size_t nlines;
} dict_file;

typedef struct dict_cache {
    dict_file *files;
    size_t n;
    char cwd[4096];
} dict_cache;

static const dict_file *dict_load(dict_cache *c, const char *path, size_t plen)
{
    for (size_t i = 0; i < c->n; i++)
        if (strlen(c->files[i].path) == plen && strncmp(c->files[i].path, path, plen) == 0)
            return &c->files[i];
    dict_file *g = realloc(c->files, (c->n + 1) * sizeof *g);
    if (!g)
        return NULL;
    c->files = g;
    dict_file *f = &c->files[c->n++];
    memset(f, 0, sizeof *f);
    f->path = strndup(path, plen);
    FILE *fp = f->path ? fopen(f->path, "r") : NULL;
    if (!fp)
        return f;
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    while ((len = getline(&line, &cap, fp)) >= 0) {
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        char **nl = realloc(f->lines, (f->nlines + 1) * sizeof *nl);
        if (!nl)
            break;
        f->lines = nl;
        f->lines[f->nlines++] = strdup(line);
    }
    free(line);
    fclose(fp);
    return f;
}

static void dict_free(dict_cache *c)
{
    for (size_t i = 0; i < c->n; i++) {
        for (size_t k = 0; k < c->files[i].nlines; k++)
            free(c->files[i].lines[k]);
        free(c->files[i].lines);
        free(c->files[i].path);
    }
    free(c->files);
}

/* Prints "file:line  the line" for an origin "file:line". */
static void print_entry(dict_cache *c, const char *origin)
{
    if (!origin || !*origin) {
        fputs("-\n", stdout);
        return;
    }
    const char *shown = origin;
    size_t cl = strlen(c->cwd);
    if (cl && strncmp(origin, c->cwd, cl) == 0 && origin[cl] == '/')
        shown = origin + cl + 1;
    fputs(shown, stdout);
    const char *colon = strrchr(origin, ':');
    long lineno = colon ? strtol(colon + 1, NULL, 10) : 0;
    if (colon && lineno > 0) {
        const dict_file *f = dict_load(c, origin, (size_t)(colon - origin));
        if (f && (size_t)lineno <= f->nlines) {
            const char *l = f->lines[lineno - 1];
            while (*l == ' ' || *l == '\t')
                l++;
            printf("   %s", l);
        }
    }
    putchar('\n');
}

/* ---- one event ------------------------------------------------------------------------ */

typedef struct mark {
    uint32_t at;
    char c;
    int order; /* closing marks before opening ones at the same offset */
} mark;

static int mark_cmp(const void *a, const void *b)
{
    const mark *x = a, *y = b;
    if (x->at != y->at)
        return x->at < y->at ? -1 : 1;
    return x->order - y->order;
}

static void print_marked(const char *text, const event *e)
{
    mark m[6];
    size_t nm = 0;
    const struct {
        span s;
        char open, close;
    } parts[] = {{e->source.where, '[', ']'}, {e->verb, '{', '}'}, {e->target.where, '<', '>'}};
    for (size_t i = 0; i < 3; i++) {
        if (parts[i].s.end <= parts[i].s.start)
            continue;
        m[nm++] = (mark){parts[i].s.start, parts[i].open, 1};
        m[nm++] = (mark){parts[i].s.end, parts[i].close, 0};
    }
    qsort(m, nm, sizeof *m, mark_cmp);
    size_t k = 0;
    for (uint32_t p = e->sentence.start; p <= e->sentence.end; p++) {
        while (k < nm && m[k].at == p)
            putchar(m[k++].c);
        if (p < e->sentence.end)
            putchar(text[p] == '\n' ? ' ' : text[p]);
    }
    putchar('\n');
}

static bool passive_swap(const char *text, const event *e)
{
    if (e->source.where.end <= e->source.where.start || e->source.where.start < e->verb.end)
        return false;
    uint32_t p = e->source.where.start;
    while (p > e->verb.end && text[p - 1] == ' ')
        p--;
    return p >= e->verb.end + 2 && strncasecmp(text + p - 2, "by", 2) == 0 &&
           (p - 2 == 0 || text[p - 3] == ' ');
}

static void explain_event(dict_cache *c, const char *text, const event *e, size_t k)
{
    const cameo_code *cc = cameo_lookup_nearest(e->code);
    printf("  event %zu: %s -> %s  %s %s\n", k + 1, e->source.code ? e->source.code : "-",
           e->target.code ? e->target.code : "-", e->code, cc ? cc->name : "(unknown code)");
    fputs("    marked:   ", stdout);
    print_marked(text, e);
    fputs("    verb:     ", stdout);
    print_entry(c, e->verb_entry);
    printf("    source:   %s \"%s\"  ", e->source.code ? e->source.code : "-",
           e->source.text ? e->source.text : "");
    print_entry(c, e->source.entry);
    printf("    target:   %s \"%s\"  ", e->target.code ? e->target.code : "-",
           e->target.text ? e->target.text : "");
    print_entry(c, e->target.entry);
    printf("    voice:    %s\n", passive_swap(text, e) ? "passive (source and target swapped)"
                                                       : "active");
    if (e->tree_path)
        printf("    tree:     %s\n", e->tree_path);
    const char *prec = date_precision_name(e->date_precision);
    if (e->date[0])
        printf("    date:     %s (%s)%s%s%s\n", e->date, prec ? prec : "-",
               e->date_text ? " from \"" : " (the article date)", e->date_text ? e->date_text : "",
               e->date_text ? "\"" : "");
    else
        fputs("    date:     - (no date)\n", stdout);
    printf("    status:   %s", event_status_name(e->status));
    if (e->status_cue)
        printf(" (cue \"%s\")", e->status_cue);
    putchar('\n');
    if (e->said_by_text || e->said_by_code)
        printf("    said by:  %s%s%s%s (cue \"%s\")\n", e->said_by_text ? e->said_by_text : "",
               e->said_by_code ? " [" : "", e->said_by_code ? e->said_by_code : "",
               e->said_by_code ? "]" : "", e->said_by_cue ? e->said_by_cue : "");
    else
        fputs("    said by:  - (the writer)\n", stdout);
    printf("    mentions: %u\n", e->mentions ? (unsigned)e->mentions : 1u);
}

int cmd_explain(int argc, char **argv)
{
    dict_args d;
    memset(&d, 0, sizeof d);
    input_args in;
    input_args_init(&in);
    const cli_command cmd = {
        "explain", "[options] FILE...",
        "Prints each sentence that produced events with the matched parts marked\n"
        "([source], {verb}, <target>), the dictionary entries and the rules behind each "
        "event.\n",
        {input_args_group(&in), dict_args_group(&d)}};
    size_t npaths;
    const char **paths;
    int parsed = cli_parse_inputs(&cmd, argc, argv, &paths, &npaths);
    if (parsed >= 0)
        return parsed;

    coder_options opt;
    lexicon *lx = dict_args_load(&d, &opt, NULL, NULL, NULL);
    if (!lx)
        return EXIT_USAGE;
    dict_cache cache;
    memset(&cache, 0, sizeof cache);
    if (!getcwd(cache.cwd, sizeof cache.cwd))
        cache.cwd[0] = '\0';

    article_reader *rd = article_reader_open(paths, npaths, (input_format)in.format);
    arena *mem = arena_new(64 * 1024);
    int status = EXIT_OK;
    bool first = true;
    while (1) {
        arena_reset(mem);
        article art;
        sitrep_error err;
        int r = pipeline_read(rd, mem, &art, &err);
        if (r == 0)
            break;
        if (r < 0) {
            cli_error("%s", err.message);
            status = EXIT_PARTIAL;
            continue;
        }
        document_result res;
        pipeline_code(lx, &opt, mem, &art, in.date, 0, &res);
        printf("%s== %s", first ? "" : "\n", art.id);
        first = false;
        if (art.date || in.date)
            printf("  (article date %s)", art.date ? art.date : in.date);
        else
            printf("  (no article date; fallback %s)",
                   res.fallback_date[0] ? res.fallback_date : "none");
        printf("  %zu sentence(s), %zu event(s)\n", res.nsentences, res.nevents);
        uint32_t shown = UINT32_MAX;
        for (size_t k = 0; k < res.nevents; k++) {
            const event *e = &res.events[k];
            if (e->sentence_index != shown) {
                shown = e->sentence_index;
                printf("\nsentence %u: ", (unsigned)e->sentence_index + 1);
                for (uint32_t p = e->sentence.start; p < e->sentence.end; p++)
                    putchar(res.text[p] == '\n' ? ' ' : res.text[p]);
                putchar('\n');
            }
            explain_event(&cache, res.text, e, k);
        }
    }
    if (fflush(stdout) != 0) {
        cli_error("cannot write the output (disk full or closed pipe?)");
        status = EXIT_USAGE;
    }
    arena_free(mem);
    article_reader_close(rd);
    dict_free(&cache);
    dict_args_free(lx, &opt);
    return status;
}
