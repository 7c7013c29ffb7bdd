/* api.h: the insides of the public handles (sitrep.h), for the library's own modules and
 * the command-line tool.
 *
 * Contract: a sitrep_resources owns its frozen lexicon and the model its options point to;
 * resources_release() hands both to the caller (who frees them with lex_free and
 * syntax_model_free) and frees the rest. A store is given canonical actor names with
 * store_set_namer(st, names_namer, names_load(...)); the names outlive the store. */
#ifndef SITREP_API_API_H
#define SITREP_API_API_H

#include <sitrep.h>

#include <stdbool.h>

#include "base/arena.h"
#include "base/strbuf.h"
#include "coder/options.h"
#include "doc/document.h"
#include "io/article.h"
#include "lexicon/actor_names.h"
#include "lexicon/lexicon.h"
#include "store/store.h"

struct sitrep_resources {
    lexicon *lx;
    coder_options opt;
    size_t problems;  /* dictionary problems reported */
    bool malformed;   /* malformed lines were skipped (not strict) */
    char *textfile;   /* a project's <textfile>, or NULL */
    double load_seconds;
};

struct sitrep_coder {
    const sitrep_resources *res;
};

struct sitrep_events {
    arena *mem;
    article art;
    document_result res;
    /* the public records of res.events: made by sitrep_code, and for a slot coded by
     * sitrep_code_documents at the first sitrep_events_at (the tool's writers and the
     * store read res.events directly, so they need none) */
    sitrep_event *events;
    bool has_article;         /* an article was taken or read into it */
    const char *default_date; /* the date coding gave undated articles (in mem), or NULL */
    strbuf out;               /* sitrep_events_write's buffer, kept across articles */
};

/* Gives the lexicon and options (with the model) to the caller and frees r. The project's
 * <textfile>, if any, goes to *textfile (caller frees) when textfile is not NULL. */
lexicon *resources_release(sitrep_resources *r, coder_options *opt, char **textfile);

/* Fills the public record of e (an event of res, from art). */
void events_export(arena *a, const article *art, const document_result *res, const event *e,
                   sitrep_event *out);

/* The store records of a coded document (store.h): its mentions (NULL when none) and its
 * document entry, whose date is the article's, else default_date. In arena a. */
store_mention *events_to_mentions(arena *a, const article *art, const document_result *res);
void events_to_store_doc(arena *a, const article *art, const document_result *res,
                         const char *default_date, store_doc_entry *out);

/* The store a handle wraps, for the library's own modules. */
store *store_api_store(sitrep_store *s);
/* The handle's two strings for sitrep_store_most_active_pair's answer (owned by it). */
char **store_api_pair(sitrep_store *s);
/* The store's filter of a public query; false (err set, SITREP_EUSAGE) on a bad value.
 * Dates are normalised into the caller's 11-byte buffers, which the filter points at. */
bool query_to_filter(const sitrep_query *q, store_filter *f, char from[11], char to[11],
                     sitrep_error *err);
/* The same with only the query's date range (q may be NULL). */
bool query_to_range(const sitrep_query *q, store_filter *f, char from[11], char to[11],
                    sitrep_error *err);

/* The canonical actor names (actor_names.h) of the n actors files, or of our own lexicon
 * (paths.h) when n is 0. NULL, with err set, when a file cannot be read. */
actor_names *names_load(const char *const *actors, size_t n, sitrep_error *err);
/* names_load of a NULL-terminated list (NULL: our own lexicon), a failure classified as
 * SITREP_EIO unless err already says more. */
actor_names *names_load_list(const char *const *actors, sitrep_error *err);
/* The actor names a public handle holds. */
actor_names *names_of(const sitrep_names *n);
/* actor_names_get as a store namer (store_set_namer), ctx being the actor_names. */
const char *names_namer(const char *code, void *ctx);

#endif
