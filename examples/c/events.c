/* events.c: reads one article on standard input and prints one line per event:
 * date, source, target, CAMEO code, status and who said so, tab-separated.
 *
 * Uses only the installed library:
 *     cc events.c $(pkg-config --cflags --libs sitrep) -o events
 *     ./events --date 2024-03-05 < article.txt
 */
#include <sitrep.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_stdin(size_t *len)
{
    size_t cap = 1 << 16;
    char *buf = malloc(cap);
    *len = 0;
    size_t n;
    while (buf && (n = fread(buf + *len, 1, cap - *len, stdin)) > 0) {
        *len += n;
        if (*len == cap) {
            char *bigger = realloc(buf, cap *= 2);
            if (!bigger)
                free(buf);
            buf = bigger;
        }
    }
    if (buf && ferror(stdin)) {
        free(buf);
        buf = NULL;
    }
    return buf;
}

static const char *or_dash(const char *s)
{
    return s ? s : "-";
}

int main(int argc, char **argv)
{
    sitrep_article art;
    sitrep_article_init(&art);
    if (argc == 3 && strcmp(argv[1], "--date") == 0) {
        art.date = argv[2];
    } else if (argc != 1) {
        fprintf(stderr, "usage: %s [--date YYYY-MM-DD] < article.txt\n", argv[0]);
        return 2;
    }
    size_t len;
    char *text = read_stdin(&len);
    if (!text) {
        fprintf(stderr, "events: cannot read standard input\n");
        return 2;
    }
    art.id = "stdin";
    art.text = text;
    art.text_len = len;

    sitrep_error err;
    sitrep_resources *res = NULL;
    sitrep_coder *coder = NULL;
    sitrep_events *events = NULL;
    if (sitrep_resources_load(NULL, &res, &err) != SITREP_OK ||
        sitrep_coder_new(res, &coder, &err) != SITREP_OK ||
        sitrep_code(coder, &art, &events, &err) != SITREP_OK) {
        fprintf(stderr, "events: %s (%s)\n", err.message, sitrep_strerror(err.code));
        sitrep_coder_free(coder);
        sitrep_resources_free(res);
        free(text);
        return sitrep_exit_status(err.code);
    }
    for (size_t i = 0; i < sitrep_events_count(events); i++) {
        const sitrep_event *e = sitrep_events_at(events, i);
        const char *said_by = e->said_by_code ? e->said_by_code : e->said_by_text;
        printf("%s\t%s\t%s\t%s\t%s\t%s\n", or_dash(e->date), e->source.code, e->target.code,
               e->cameo, e->status, or_dash(said_by));
    }
    sitrep_events_free(events);
    sitrep_coder_free(coder);
    sitrep_resources_free(res);
    free(text);
    return 0;
}
