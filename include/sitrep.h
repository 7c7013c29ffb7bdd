/* sitrep.h: the public interface of libsitrep, the library behind the sitrep tool.
 *
 * sitrep codes English news into political events (CAMEO, PLOVER): who did what to whom,
 * when, and according to whom. This header is the whole of the public interface; build
 * with `pkg-config --cflags --libs sitrep`.
 *
 * ---- The objects -------------------------------------------------------------------------
 *
 *   sitrep_resources  the loaded dictionaries (sitrep's own lexicon, or TABARI / PETRARCH
 *                     dictionaries) and the tagger/parser model. Loading takes a fraction
 *                     of a second; do it once. Immutable once loaded: any number of
 *                     threads may share it.
 *   sitrep_coder      codes one article at a time. Use one coder per thread, or
 *                     sitrep_code_many() to code many articles on several threads.
 *   sitrep_events     the events of one coded article, with the article's cleaned text.
 *                     Independent of the coder once made: keep it as long as you need it.
 *   sitrep_store      an event store (a SQLite file, or a PostgreSQL server): ingest coded
 *                     articles, query merged events. One thread at a time per handle.
 *
 * Every object has a constructor that returns a status and fills an out-pointer, and a
 * destructor that accepts NULL.
 *
 * ---- A complete program -------------------------------------------------------------------
 *
 *     sitrep_error err;
 *     sitrep_resources *res;
 *     if (sitrep_resources_load(NULL, &res, &err) != SITREP_OK) {
 *         fprintf(stderr, "%s\n", err.message);
 *         return sitrep_exit_status(err.code);
 *     }
 *     sitrep_coder *coder;
 *     sitrep_coder_new(res, &coder, &err);
 *     sitrep_article art = {.text = text, .text_len = strlen(text), .date = "2024-03-05"};
 *     sitrep_events *evs;
 *     if (sitrep_code(coder, &art, &evs, &err) == SITREP_OK) {
 *         for (size_t i = 0; i < sitrep_events_count(evs); i++) {
 *             const sitrep_event *e = sitrep_events_at(evs, i);
 *             printf("%s %s %s %s\n", e->date, e->source.code, e->target.code, e->cameo);
 *         }
 *         sitrep_events_free(evs);
 *     }
 *     sitrep_coder_free(coder);
 *     sitrep_resources_free(res);
 *
 * examples/c/ in the source tree holds this program in full.
 *
 * ---- Errors --------------------------------------------------------------------------------
 *
 * A function that can fail returns a sitrep_status and fills a sitrep_error (the pointer may
 * be NULL when the caller does not want the details). The record carries the code, a
 * message that names the input and says what is wrong, and, where known, the input's
 * location: file and line, document id, byte offset. sitrep_strerror() gives a code's
 * general text and sitrep_exit_status() the exit status the sitrep tool uses for it: one
 * table maps each code to both. The library never prints and never exits.
 *
 * ---- Strings and memory --------------------------------------------------------------------
 *
 * Strings are UTF-8 and NUL-terminated. A string field that does not apply is NULL (never
 * ""). Strings inside a sitrep_events live as long as it does; a store query's rows live
 * only during the callback. Spans are byte offsets into the article's cleaned text
 * (sitrep_events_text), start inclusive, end exclusive; -1 when there is none.
 *
 * ---- Compatibility -------------------------------------------------------------------------
 *
 * The library's soname carries SITREP_VERSION_MAJOR. Within a major version, functions
 * are only added, and fields are only appended to the public structures the library
 * hands out (sitrep_event, sitrep_actor, sitrep_stored_event); structures the caller
 * fills (sitrep_load_options, sitrep_article, sitrep_query) are initialised by the
 * library's own *_init functions, so callers stay compatible as fields are added. */
#ifndef SITREP_H
#define SITREP_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define SITREP_VERSION_MAJOR 0
#define SITREP_VERSION_MINOR 1
#define SITREP_VERSION_PATCH 0
#define SITREP_VERSION_STRING "0.1.0"

/* The library's version, "MAJOR.MINOR.PATCH" (may differ from the header it was built
 * against when the shared library was upgraded). */
const char *sitrep_version(void);

/* ---- Errors ------------------------------------------------------------------------------ */

typedef enum sitrep_status {
    SITREP_OK = 0,
    SITREP_EUSAGE,    /* a bad argument or option value (the caller's mistake) */
    SITREP_EIO,       /* a file cannot be read or written */
    SITREP_EINPUT,    /* a bad input document: malformed record, bad date, binary data */
    SITREP_EDICT,     /* a dictionary cannot be read or has malformed lines (strict) */
    SITREP_EMODEL,    /* the tagger/parser model is missing, corrupt or of another version */
    SITREP_ESTORE,    /* the event store failed: cannot connect, locked, full, bad schema */
    SITREP_EOUTPUT,   /* the output cannot be written (disk full, closed pipe) */
    SITREP_EFAIL,     /* any other failure */
    SITREP_NCODES     /* the number of codes, not a code */
} sitrep_status;

typedef struct sitrep_error {
    char message[1024]; /* what went wrong, naming the input: "corpus.jsonl:17: ..." */
    sitrep_status code;   /* SITREP_OK when nothing went wrong */
    char file[256];     /* the input file, "" when none */
    uint32_t line;      /* its line (1-based), 0 when not known */
    char doc_id[128];   /* the document, "" when none */
    int64_t offset;     /* byte offset in the document or file, -1 when not known */
} sitrep_error;

/* The general text of a code ("a bad input document"); never NULL. */
const char *sitrep_strerror(sitrep_status code);
/* The code's name ("SITREP_EINPUT"); never NULL. */
const char *sitrep_status_name(sitrep_status code);
/* The exit status the sitrep tool gives for the code: 0 for SITREP_OK, 1 for a bad input
 * that was skipped while the rest went on, 2 when the job could not go on. */
int sitrep_exit_status(sitrep_status code);

/* ---- Resources: dictionaries and model ---------------------------------------------------- */

/* Diagnostics while loading: one call per malformed dictionary line, "file:line: what". */
typedef void (*sitrep_diag_fn)(const char *message, void *ctx);

typedef struct sitrep_load_options {
    /* sitrep's own lexicon: used when no dictionary file below is named. NULL: the
     * folder in $SITREP_LEXICON, else the installed lexicon. */
    const char *lexicon_dir;
    /* The tagger/parser model for the lexicon's tree coder. NULL: $SITREP_MODEL, else the
     * installed model. */
    const char *model_file;
    /* Non-zero: code the lexicon with the shallow TABARI engine; no model is loaded. */
    int shallow;
    /* TABARI, PETRARCH-1 or PETRARCH-2 dictionaries (the syntax is told from the text),
     * each a NULL-terminated list of paths, or NULL. With any of them, the lexicon is not
     * loaded and the TABARI engine codes. */
    const char *const *actors, *const *agents, *const *verbs, *const *options;
    const char *const *discards, *const *issues;
    /* Parallel to verbs (or NULL): 0 tell the syntax from the text, 1 TABARI,
     * 2 PETRARCH-1, 3 PETRARCH-2. */
    const int *verb_syntax;
    const char *project; /* a TABARI .project file naming dictionaries, or NULL */
    const char *pico;    /* a PETRARCH-2 code ontology, or NULL */
    int petrarch;        /* non-zero: PETRARCH's coding rules instead of TABARI's */
    /* Non-zero: a malformed dictionary line makes loading fail (SITREP_EDICT). Zero: it is
     * reported through diag and skipped, as the field's dictionaries carry a few. */
    int strict;
    sitrep_diag_fn diag;
    void *diag_ctx;
} sitrep_load_options;

typedef struct sitrep_resources sitrep_resources;

/* Sets every field to its default (all zero / NULL: the installed lexicon and model). */
void sitrep_load_options_init(sitrep_load_options *o);

/* Loads what `o` names (NULL: the defaults). On failure *out is NULL and err says why:
 * SITREP_EDICT, SITREP_EMODEL or SITREP_EIO. */
sitrep_status sitrep_resources_load(const sitrep_load_options *o, sitrep_resources **out,
                                  sitrep_error *err);
void sitrep_resources_free(sitrep_resources *r);
/* How many malformed dictionary lines were skipped while loading. */
size_t sitrep_resources_problems(const sitrep_resources *r);

/* ---- Coding ------------------------------------------------------------------------------- */

typedef struct sitrep_coder sitrep_coder;

/* A coder over `r`, which must outlive it. Fails only with SITREP_EUSAGE (r NULL). */
sitrep_status sitrep_coder_new(const sitrep_resources *r, sitrep_coder **out, sitrep_error *err);
void sitrep_coder_free(sitrep_coder *c);

/* One article. Only text is required; the other fields may be NULL. */
typedef struct sitrep_article {
    const char *id;     /* the document id (NULL: "doc") */
    const char *date;   /* its publication date, YYYY-MM-DD (NULL: unknown) */
    const char *outlet; /* the news outlet */
    const char *url;
    const char *title;
    const char *text;   /* the body: raw text, any UTF-8 (invalid bytes are replaced) */
    size_t text_len;    /* bytes of text */
} sitrep_article;

void sitrep_article_init(sitrep_article *a);

/* An actor of an event. */
typedef struct sitrep_actor {
    const char *code;    /* "RUSMIL": country or organisation, then roles; never NULL */
    const char *country; /* "RUS", or NULL when the code starts with none */
    const char *role;    /* "MIL", or NULL */
    const char *text;    /* the words in the text that name it, or NULL (implied) */
    int64_t start, end;  /* their span, or -1 */
    const char *entry;   /* the dictionary entry that coded it, "file:line", or NULL */
} sitrep_actor;

/* One coded event: every field of the record `sitrep code` writes. */
typedef struct sitrep_event {
    const char *doc_id;
    uint32_t sentence;          /* 0-based sentence number in the document */
    int64_t sentence_start, sentence_end;
    const char *sentence_text;
    sitrep_actor source, target;
    const char *cameo;          /* the CAMEO code, "042" */
    const char *cameo_name;     /* "Make a visit", or NULL for a code outside CAMEO */
    const char *root;           /* the CAMEO root, "04", or NULL */
    int quad_class;             /* 1 verbal cooperation .. 4 material conflict; 0 unknown */
    double goldstein;           /* -10 .. +10; 0 with quad_class 0 */
    const char *plover;         /* the PLOVER event type, or NULL */
    const char *plover_mode;    /* the PLOVER mode, or NULL */
    const char *verb_text;      /* the words that carry the event, or NULL */
    int64_t verb_start, verb_end;
    const char *verb_entry;     /* the dictionary entry of the verb pattern, "file:line" */
    const char *date;           /* YYYY-MM-DD (the first day of a month or year), or NULL */
    const char *date_precision; /* "day", "week" (the date is its Monday), "month", "year",
                                   "doc" (the article's), or NULL */
    const char *date_text;      /* the words the date came from, or NULL */
    const char *status;         /* "asserted", "reported", "hypothetical", "negated" */
    const char *status_cue;     /* the word that set it ("may", "not", "said"), or NULL */
    const char *said_by_code;   /* who claims it: an actor code, or NULL */
    const char *said_by_text;   /* ... as named in the text, or NULL */
    const char *said_by_cue;    /* the words that attribute it ("according to"), or NULL */
    const char *outlet, *url;   /* the article's, or NULL */
    uint32_t mentions;          /* times the article states this event (>= 1) */
    const char *evidence;       /* the tree coder's path from verb to actors, or NULL */
} sitrep_event;

typedef struct sitrep_events sitrep_events;

/* Codes one article: cleaning, sentences, parse, events, dates, status, attribution,
 * merged repeats. Events without a date of their own take the article's date (precision
 * "doc"); when the article has none, the latest full date the text states stands in
 * (sitrep_events_date_missing tells). Fails with SITREP_EUSAGE (no coder or no text) or
 * SITREP_EINPUT (a date that is not one); a text with no events gives an empty
 * sitrep_events. */
sitrep_status sitrep_code(sitrep_coder *c, const sitrep_article *a, sitrep_events **out,
                        sitrep_error *err);

/* Codes n articles on up to `threads` threads (1 to 256; each article is coded by one of
 * them, so the results do not depend on the number). out[i] receives article i's events,
 * or NULL when it failed; the first failure, in article order, is returned and described
 * in err (its doc_id names the article), and the others are still coded. */
sitrep_status sitrep_code_many(const sitrep_resources *r, const sitrep_article *arts, size_t n,
                               int threads, sitrep_events **out, sitrep_error *err);

size_t sitrep_events_count(const sitrep_events *ev);
/* The i-th event (i < count), in text order; NULL when out of range. */
const sitrep_event *sitrep_events_at(const sitrep_events *ev, size_t i);
/* The article's cleaned text, which spans point into, and its length. */
const char *sitrep_events_text(const sitrep_events *ev, size_t *len);
/* Non-zero when neither the article nor the caller gave a date. */
int sitrep_events_date_missing(const sitrep_events *ev);
void sitrep_events_free(sitrep_events *ev);

/* ---- The event store ---------------------------------------------------------------------- */

typedef struct sitrep_store sitrep_store;

/* Opens a store: "postgresql://..." (or "postgres://...", or a libpq "host=..." string)
 * selects PostgreSQL, anything else names a SQLite file (NULL: $SITREP_DB, else
 * "sitrep.db"). Writable creates or migrates the schema; read-only needs an existing
 * store. Fails with SITREP_ESTORE. */
sitrep_status sitrep_store_open(const char *location, int writable, sitrep_store **out,
                              sitrep_error *err);
void sitrep_store_close(sitrep_store *s);

/* Stores one coded article and its events in one transaction. An article already stored
 * (the same id, date, outlet, url, title and text) changes nothing: *added (may be NULL)
 * is then 0, else 1. On failure the store is as it was (SITREP_ESTORE). Actors are stored
 * with the canonical names of our own lexicon (`sitrep dict names`), unnamed when it
 * cannot be read. */
sitrep_status sitrep_store_ingest(sitrep_store *s, const sitrep_events *ev, int *added,
                                sitrep_error *err);

/* A filter on stored events. Fields left NULL / 0 do not filter. Actor fields match a code
 * and every code that starts with it ("RUS" matches "RUSGOV"). */
typedef struct sitrep_query {
    const char *actor;            /* source or target */
    const char *dyad_a, *dyad_b;  /* both set: between the two, either direction */
    const char *country;          /* source or target country */
    const char *cameo;            /* a code and its sub-codes ("04": the whole root) */
    int quad_class;               /* 1..4 */
    const char *status;           /* "asserted", ... (matches when a mention has it) */
    const char *from, *to;        /* dates, YYYY-MM-DD, inclusive */
    const char *said_by;          /* prefix of the claimant's actor code */
    const char *outlet;           /* exact outlet name */
    int64_t limit;                /* at most this many events */
} sitrep_query;

void sitrep_query_init(sitrep_query *q);

/* A stored event: the mentions of one source, target, code and date merged. */
typedef struct sitrep_stored_event {
    int64_t id;
    const char *date;                     /* or "" when undated */
    const char *source, *target, *cameo, *root;
    int quad_class;                       /* 0 for a code outside CAMEO */
    double goldstein;
    const char *status;                   /* the firmest status among its mentions */
    int64_t mentions, documents, outlets; /* counts */
    const char *first_seen, *last_seen;   /* earliest and latest document date */
    const char *outlet_names;             /* distinct outlets, "; "-joined */
    const char *claimants;                /* distinct said_by codes, "; "-joined */
    const char *url;                      /* the first mention's document URL, or NULL */
} sitrep_stored_event;

/* Called once per row, ordered by date then id; return non-zero to stop. */
typedef int (*sitrep_row_fn)(const sitrep_stored_event *row, void *ctx);

sitrep_status sitrep_store_query(sitrep_store *s, const sitrep_query *q, sitrep_row_fn fn,
                               void *ctx, sitrep_error *err);

#ifdef __cplusplus
}
#endif

#endif
