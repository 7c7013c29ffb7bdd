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
 *                     Also a reusable slot that a reader fills and sitrep_code_documents
 *                     codes in place (sitrep_events_new).
 *   sitrep_store      an event store (a SQLite file, or a PostgreSQL server): ingest coded
 *                     articles, load coded events, query, export and summarise merged
 *                     events. One thread at a time per handle.
 *   sitrep_reader     articles from files, folders and standard input (text, JSON Lines,
 *                     TABARI records), read into reusable sitrep_events slots.
 *   sitrep_load_batch JSON Lines events of `sitrep code`, batched for a store.
 *   sitrep_names      the canonical names of actor codes.
 *   sitrep_explainer  why each event of an article was coded, for people.
 *   sitrep_model      the tagger and parser on their own: text or CoNLL-U to CoNLL-U.
 *
 * Every object has a constructor that returns a status and fills an out-pointer, and a
 * destructor that accepts NULL. Long-running jobs (validation suites, parsing a file,
 * training, the dashboard server) are single calls that report through functions the
 * caller gives. The sitrep tool is written over this header alone; each of its commands
 * is a short client of the calls here (docs/library.md maps one to the other).
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
 * hands out (sitrep_event, sitrep_actor, sitrep_stored_event, and the rows of the store's
 * analytics); structures the caller fills (sitrep_load_options, sitrep_article,
 * sitrep_query, sitrep_validation, sitrep_parse_options, sitrep_train_options,
 * sitrep_serve_options) are initialised by the library's own *_init functions, so callers
 * stay compatible as fields are added. */
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

/* The syntax of a verbs dictionary (sitrep_load_options.verb_syntax). */
enum sitrep_dict_syntax {
    SITREP_SYNTAX_AUTO = 0,   /* tell it from the text */
    SITREP_SYNTAX_TABARI,
    SITREP_SYNTAX_PETRARCH1,
    SITREP_SYNTAX_PETRARCH2
};

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
    /* Parallel to verbs (or NULL): a sitrep_dict_syntax for each verbs file. */
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

/* What the loaded dictionaries hold (`sitrep dict check`). */
typedef struct sitrep_dict_stats {
    size_t actors, agents, nouns, adjectives; /* entries of each kind */
    size_t verb_forms, patterns, synsets;
    double load_seconds; /* how long sitrep_resources_load took */
} sitrep_dict_stats;

void sitrep_resources_stats(const sitrep_resources *r, sitrep_dict_stats *out);

/* A phrase the dictionaries define twice: `again` and `first` are the entries, as
 * "file:line"; conflict is non-zero when the two give different codes. */
typedef void (*sitrep_duplicate_fn)(const char *again, const char *first, int conflict,
                                    void *ctx);
/* Calls fn (may be NULL) for every repeated phrase, in dictionary order; returns how many
 * there are. */
size_t sitrep_resources_duplicates(const sitrep_resources *r, sitrep_duplicate_fn fn,
                                   void *ctx);

/* The canonical names of actor codes: the block of names an actors dictionary gives each
 * code, and its office holders. */
typedef struct sitrep_names sitrep_names;

/* The names the actors dictionaries define (a NULL-terminated list), or our own lexicon's
 * when the list is NULL or empty. SITREP_EIO when a file cannot be read. */
sitrep_status sitrep_names_load(const char *const *actors, sitrep_names **out,
                                sitrep_error *err);
void sitrep_names_free(sitrep_names *n);
/* The canonical name of code, or NULL. */
const char *sitrep_names_get(const sitrep_names *n, const char *code);
/* Called with a code and its name (NULL when none); return non-zero to stop. */
typedef int (*sitrep_name_fn)(const char *code, const char *name, void *ctx);
/* Every code a block of the files defines, in file order. */
void sitrep_names_each_code(sitrep_names *n, sitrep_name_fn fn, void *ctx);
/* Every office holder, as "Name (office)" in the code argument (name NULL), in file order. */
void sitrep_names_each_person(sitrep_names *n, sitrep_name_fn fn, void *ctx);

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

/* ---- Reading, coding and writing articles in bulk ---------------------------------------
 *
 * What `sitrep code` does, as calls: a reader turns files, folders and standard input into
 * articles, one at a time, into a sitrep_events that serves as a reusable slot (its memory
 * is kept between articles); sitrep_code_documents() codes a batch of slots on several
 * threads; sitrep_events_write() turns a slot's events into the tool's output formats.
 *
 *     sitrep_reader *rd;
 *     sitrep_reader_open(paths, npaths, SITREP_INPUT_AUTO, &rd, &err);
 *     sitrep_events *slot[64];                  (each made with sitrep_events_new)
 *     size_t n = 0;
 *     while (n < 64 && (r = sitrep_reader_next(rd, slot[n], &err)) != 0)
 *         if (r > 0) n++; else fprintf(stderr, "%s\n", err.message);   (bad input: skipped)
 *     sitrep_code_documents(res, slot, n, 4, NULL, 0, NULL, NULL, NULL);
 *     fputs(sitrep_format_header(SITREP_FORMAT_TABLE), stdout);
 *     for (size_t i = 0; i < n; i++) {
 *         size_t len;
 *         const char *out = sitrep_events_write(slot[i], SITREP_FORMAT_TABLE, 0, &len);
 *         fwrite(out, 1, len, stdout);
 *     }
 */

/* How a reader takes its inputs. AUTO: by the file's name (.jsonl / .ndjson: JSON Lines;
 * .text: TABARI records) or, failing that, its first line (a TABARI header "YYMMDD ID"),
 * else plain text; standard input is JSON Lines when its first non-blank byte is '{', else
 * one plain-text article. */
typedef enum sitrep_input_format {
    SITREP_INPUT_AUTO = 0,
    SITREP_INPUT_TEXT,   /* one article per file, with an optional "key: value" header */
    SITREP_INPUT_JSONL,  /* one object per line: "text" required; "id", "date", "url",
                            "source" (the outlet), "title" optional */
    SITREP_INPUT_TABARI  /* TABARI record files ("YYMMDD ID" header, text, blank line) */
} sitrep_input_format;

/* "auto", "text", "jsonl" (or "ndjson"), "tabari" -> *out: 1; anything else: 0, *out
 * untouched. */
int sitrep_input_format_parse(const char *name, sitrep_input_format *out);

/* An article date as the readers take it (YYYY-MM-DD, an ISO date-time whose time is
 * ignored, or YYYYMMDD; the day must exist), written YYYY-MM-DD into out: 1; else 0. */
int sitrep_date_normalize(const char *text, char out[11]);

typedef struct sitrep_reader sitrep_reader;

/* A reader of the paths in order: files, folders (every regular file inside, recursively,
 * in byte-wise sorted order, hidden entries skipped) and "-" for standard input. The paths
 * are copied. Problems with a path are reported by sitrep_reader_next, so this fails only
 * with SITREP_EUSAGE (no paths, or a format outside the enum). One thread at a time. */
sitrep_status sitrep_reader_open(const char *const *paths, size_t npaths,
                                 sitrep_input_format fmt, sitrep_reader **out,
                                 sitrep_error *err);
void sitrep_reader_close(sitrep_reader *r);

/* An empty slot for sitrep_reader_next (its events count is 0 until it is coded). Fails
 * only with SITREP_EUSAGE (out NULL). Free it with sitrep_events_free. A slot is used by
 * one thread at a time, reading its events included (unlike the results of sitrep_code,
 * which any number of threads may read). */
sitrep_status sitrep_events_new(sitrep_events **out, sitrep_error *err);

/* Reads the next article into ev, replacing what ev held (the previous article, its
 * events and output). Returns 1 with an article, 0 at the end of the inputs, -1 on a bad
 * input (unreadable, empty or binary file, malformed JSON line, bad date, an input above
 * 64 MB): err says which (SITREP_EIO or SITREP_EINPUT, the file and line) and the reader
 * has already skipped it, so the caller reports it and calls again. */
int sitrep_reader_next(sitrep_reader *r, sitrep_events *ev, sitrep_error *err);

/* Where the article came from, for messages ("corpus.jsonl:17", "a.txt"), else its id. */
const char *sitrep_events_origin(const sitrep_events *ev);
/* The article as read (id, date, outlet, url, title, raw text); its strings live as long
 * as the article does in ev. */
void sitrep_events_article(const sitrep_events *ev, sitrep_article *out);
/* Invalid UTF-8 bytes the cleaning replaced, and the byte offset of the first (in *first
 * when not NULL); 0 before coding. */
size_t sitrep_events_invalid_bytes(const sitrep_events *ev, size_t *first);
/* When neither the article nor the caller gave a date: the latest full date the text
 * states, which its undated events took, or NULL when it states none. */
const char *sitrep_events_fallback_date(const sitrep_events *ev);

/* Flags of sitrep_code_documents. */
enum {
    /* only the engine's events: no dates, claimants, status or merged repeats beyond the
     * article's date (for measuring the engine alone) */
    SITREP_CODE_ENGINE_ONLY = 1u << 0
};

/* Called on the worker that coded document i, right after coding it. */
typedef void (*sitrep_document_fn)(sitrep_events *ev, size_t i, void *ctx);

/* Codes the n articles read into docs[0..n) on up to `threads` threads (1 to 256), each
 * by one worker, so the results do not depend on the number. default_date (YYYY-MM-DD, or
 * NULL) stands for the date of articles that carry none, and is what sitrep_store_ingest
 * stores for them. fn (may be NULL) runs on the worker for each document once coded: the
 * place to format output in parallel. *unstarted (may be NULL) receives how many threads
 * could not be started (their share ran on the calling thread). Coding never fails on an
 * article; SITREP_EUSAGE for bad arguments (a slot without an article, threads out of
 * range). */
sitrep_status sitrep_code_documents(const sitrep_resources *r, sitrep_events *const *docs,
                                    size_t n, int threads, const char *default_date,
                                    unsigned flags, sitrep_document_fn fn, void *ctx,
                                    int *unstarted, sitrep_error *err);

/* The output formats of `sitrep code`, documented field by field in docs/formats.md. */
typedef enum sitrep_format {
    SITREP_FORMAT_JSONL = 0, /* one JSON object per event, every field of the record */
    SITREP_FORMAT_TABLE,     /* a fixed-width table for people, with a header line */
    SITREP_FORMAT_TSV        /* TABARI's event lines: date, source, target, code, id */
} sitrep_format;

/* Flags of sitrep_events_write. */
enum {
    SITREP_WRITE_TSV_YYMMDD = 1u << 0 /* TSV dates as YYMMDD, as classic TABARI prints them */
};

/* "jsonl", "table", "tsv" -> *out: 1; anything else: 0, *out untouched. */
int sitrep_format_parse(const char *name, sitrep_format *out);
/* The header line of a stream in format f ("" for formats without one); never NULL. */
const char *sitrep_format_header(sitrep_format f);
/* The events of ev in format f, one line per event ("" when there are none), in a buffer
 * ev owns: valid until ev is written again, read into, or freed. *len (may be NULL)
 * receives its length. The same events always give the same bytes. ev may be written from
 * any one thread at a time (sitrep_code_documents' fn, for instance). */
const char *sitrep_events_write(sitrep_events *ev, sitrep_format f, unsigned flags,
                                size_t *len);

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

/* The location as given, with any PostgreSQL password masked (for messages). */
const char *sitrep_store_location(const sitrep_store *s);

/* The canonical names the store gives actor codes in its actors table from now on: those
 * of the actors dictionaries named (a NULL-terminated list), or of our own lexicon when
 * the list is NULL or empty. Without this call the first ingest reads our own lexicon's,
 * and leaves actors unnamed when it cannot. Fails with SITREP_EIO when a file cannot be
 * read (the names are then as they were). */
sitrep_status sitrep_store_name_actors(sitrep_store *s, const char *const *actors,
                                       sitrep_error *err);

/* As sitrep_store_name_actors, with names already loaded, which must outlive the store
 * (or the next call). */
sitrep_status sitrep_store_set_names(sitrep_store *s, const sitrep_names *names,
                                     sitrep_error *err);

/* Stores n coded articles (from sitrep_code or sitrep_code_documents) in one transaction:
 * all of them, or, on failure (SITREP_ESTORE), none. Articles already stored are skipped;
 * *added (may be NULL) receives how many were new. An article read without a date is
 * stored with the default date it was coded with. */
sitrep_status sitrep_store_ingest_many(sitrep_store *s, sitrep_events *const *docs, size_t n,
                                       size_t *added, sitrep_error *err);

/* Loading the JSON Lines events of `sitrep code` (events coded elsewhere) into a store:
 * lines go into a batch, a batch into the store in one transaction. Consecutive lines with
 * the same doc_id, outlet and url are one document, whose content hash is that of its
 * lines, so loading the same lines twice changes nothing; a document's date is that of
 * its events dated by the document (precision "doc"). A batch may be filled on one thread
 * while another stores the one before. */
typedef struct sitrep_load_batch sitrep_load_batch;

/* An empty batch of lines from `file` (for messages; NULL: "stdin"). */
sitrep_status sitrep_load_batch_new(const char *file, sitrep_load_batch **out,
                                    sitrep_error *err);
void sitrep_load_batch_free(sitrep_load_batch *b);
/* Adds line number lineno (its bytes without the line break). Returns 1 when taken; 0 when
 * not, because the batch holds max_events events (> 0) and the line starts another
 * document: store the batch and add the line to a new one; -1 for a line that is not a
 * sitrep event (err: SITREP_EINPUT, "file:line: ..."), which is skipped. */
int sitrep_load_batch_add(sitrep_load_batch *b, const char *line, size_t len, long lineno,
                          int64_t max_events, sitrep_error *err);
/* The first and last line numbers the batch has seen. */
void sitrep_load_batch_lines(const sitrep_load_batch *b, long *first, long *last);
/* Readies a full batch for storing (closes its last document, groups its events): no
 * line can be added after it. Optional, sitrep_store_load does it when not done; called
 * on the thread that fills batches, it takes that work off the one that stores them. */
void sitrep_load_batch_prepare(sitrep_load_batch *b);
/* Stores the batch's documents in one transaction (all, or on failure, SITREP_ESTORE,
 * none); the batch is spent either way. *docs, *events and *added receive how many
 * documents and events it held and how many documents were new. */
sitrep_status sitrep_store_load(sitrep_store *s, sitrep_load_batch *b, size_t *docs,
                                size_t *events, size_t *added, sitrep_error *err);

/* A filter on stored events. Fields left NULL / 0 do not filter. Actor fields match a code
 * and every code that starts with it ("RUS" matches "RUSGOV"). */
typedef struct sitrep_query {
    const char *actor;            /* source or target */
    const char *dyad_a, *dyad_b;  /* both set: between the two, either direction */
    const char *country;          /* source or target country */
    const char *cameo;            /* a code and its sub-codes ("04": the whole root) */
    int quad_class;               /* 1..4 */
    const char *status;           /* "asserted", ... (matches when a mention has it) */
    const char *from, *to;        /* dates, inclusive: YYYY-MM-DD (or YYYY, YYYY-MM) */
    const char *said_by;          /* prefix of the claimant's actor code */
    const char *outlet;           /* exact outlet name */
    int64_t limit;                /* at most this many events */
    const char *root;             /* an exact CAMEO root ("04") */
} sitrep_query;

void sitrep_query_init(sitrep_query *q);

/* Sets one field from a filter's name and its text, as the tool's options and the web
 * API's parameters take them: "actor", "country", "code", "root", "said-by", "outlet",
 * "status" (asserted, reported, hypothetical, negated), "quad" (1 to 4), "limit" (a
 * positive number), "from" and "to" (YYYY, YYYY-MM or YYYY-MM-DD; a year or month means
 * its first day for "from" and its last for "to"). The value is pointed at, not copied.
 * Returns 1 when set, 0 when `name` is not a filter, -1 on a bad value (err, code
 * SITREP_EUSAGE, names the value and what is wanted: "'2024-13' is not a date ..."). */
int sitrep_query_set(sitrep_query *q, const char *name, const char *value, sitrep_error *err);

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
    const char *first_doc_id;             /* the first mention's document, or NULL */
    int64_t first_sentence;               /* ... and its sentence */
} sitrep_stored_event;

/* Called once per row, ordered by date then id; return non-zero to stop. */
typedef int (*sitrep_row_fn)(const sitrep_stored_event *row, void *ctx);

sitrep_status sitrep_store_query(sitrep_store *s, const sitrep_query *q, sitrep_row_fn fn,
                               void *ctx, sitrep_error *err);

/* Takes output text in pieces, in order; returning non-zero stops the call that writes,
 * which then returns SITREP_OK (the caller knows why it stopped) unless it says otherwise. */
typedef int (*sitrep_write_fn)(const char *data, size_t len, void *ctx);

/* ---- The tagger and parser on their own ---------------------------------------------------
 *
 * `sitrep parse` and `sitrep train`: Universal Dependencies tags, lemmas and trees of
 * English text, in CoNLL-U (docs/parsing.md). */

typedef struct sitrep_model sitrep_model;

/* The model the library uses when none is named: $SITREP_MODEL, else the installed one. */
const char *sitrep_model_default_path(void);
/* Loads a tagger/parser model (NULL: the default). SITREP_EMODEL when it is missing,
 * corrupt or of another version (err names the file). Immutable: threads may share it. */
sitrep_status sitrep_model_load(const char *path, sitrep_model **out, sitrep_error *err);
void sitrep_model_free(sitrep_model *m);

typedef struct sitrep_parse_options {
    int conllu;          /* the input is CoNLL-U (its words kept, their analysis replaced);
                            0: raw text, split into sentences and words here */
    int threads;         /* 1 to 256 (the output does not depend on it); 1 after init */
    sitrep_write_fn out; /* the CoNLL-U or the scores (NULL: none) */
    void *out_ctx;
    sitrep_diag_fn warn; /* problems with the input, as they are met (NULL: none) */
    void *warn_ctx;
} sitrep_parse_options;

void sitrep_parse_options_init(sitrep_parse_options *o);

/* Parses the file at path ("-": standard input) into CoNLL-U, sentence by sentence; with
 * raw text each sentence's text comment and TokenRange offsets point into the input.
 * Returns SITREP_OK; SITREP_EINPUT when some input was bad but the rest was parsed
 * (invalid UTF-8 replaced, malformed CoNLL-U sentences skipped); SITREP_EIO (unreadable),
 * SITREP_EUSAGE (not CoNLL-U) or SITREP_EOUTPUT (out refused) when nothing could be done.
 * Every problem is also reported through o->warn. */
sitrep_status sitrep_parse_file(const sitrep_model *m, const char *path,
                                const sitrep_parse_options *o, sitrep_error *err);

/* Parses the gold CoNLL-U file's words (raw non-zero: its raw text, tokenized here) and
 * writes the scores against it: sentences and words, a table of precision, recall and F1
 * per metric, and a line "UPOS x  XPOS x  UAS x  LAS x  (F1; N words/s)". Statuses as
 * sitrep_parse_file. */
sitrep_status sitrep_parse_eval(const sitrep_model *m, const char *gold_path, int raw,
                                const sitrep_parse_options *o, sitrep_error *err);

/* The widest beam the parser takes. */
#define SITREP_MAX_BEAM 64

typedef struct sitrep_train_options {
    const char *const *files; /* CoNLL-U treebanks */
    size_t nfiles;
    const char *output;       /* the model file to write */
    int tagger_epochs, parser_epochs;
    int parser_beam;          /* 1: greedy (dynamic oracle); up to SITREP_MAX_BEAM: beam */
    int folds;                /* jackknife folds tagging the parser's data; 0 or 1: gold */
    float parser_scale;       /* quantisation scale of the parser weights */
    size_t parser_features, tagger_features; /* most features kept (0: all) */
    uint64_t seed;
    sitrep_diag_fn progress;  /* progress messages (NULL: none) */
    void *progress_ctx;
} sitrep_train_options;

/* The defaults (docs/parsing.md): 8 tagger and 15 parser epochs, 5 folds, ... */
void sitrep_train_options_init(sitrep_train_options *o);
/* Trains the tagger, the lemma rules and the parser, deterministically (the same files
 * and options give the same model bytes), and writes the model. SITREP_EUSAGE without
 * output or treebanks; SITREP_EIO when a file cannot be read or written (err names it). */
sitrep_status sitrep_train(const sitrep_train_options *o, sitrep_error *err);

/* ---- Validation suites ----------------------------------------------------------------------
 *
 * Records with their expected events, coded and judged (`sitrep validate`): TABARI record
 * files (RECORDS.text, with dictionaries) and projects (FILE.project, naming its own),
 * PETRARCH's XML validation records (FILE.xml; the dictionaries its <Environment> names
 * unless the caller names some), PLOVER's gold-standard records (FILE.json: recall,
 * precision and F1 by category). docs/validation.md tells how each is judged. */

/* Loads a suite's dictionaries; returns NULL when they cannot be used, having reported
 * why. The caller's own loading policy (how it shows malformed lines) applies. */
typedef sitrep_resources *(*sitrep_load_fn)(const sitrep_load_options *o, void *ctx);

typedef struct sitrep_validation {
    int all;          /* TABARI: go on past the record that ends the standard records */
    int verbose;      /* every record, and the coded events of failures */
    double min_f1;    /* PLOVER: >= 0: the run passes when the overall F1 reaches it
                         (records failing alone do not fail it); < 0: any failing record
                         does */
    sitrep_load_fn load; /* NULL: sitrep_resources_load, problems to the options' diag */
    void *load_ctx;
    sitrep_write_fn out; /* the report (NULL: none) */
    void *out_ctx;
    sitrep_diag_fn warn; /* problems with the inputs, as they are met (NULL: none) */
    void *warn_ctx;
} sitrep_validation;

/* Everything off, min_f1 -1, no callbacks. */
void sitrep_validation_init(sitrep_validation *v);

/* Runs the suite in `file` (its format told by the name: .json PLOVER, .xml PETRARCH,
 * .project a TABARI project, else TABARI records) with the dictionaries `dicts` names
 * (NULL: our lexicon; PETRARCH and projects add their own). Returns SITREP_OK when every
 * record passed (or, with min_f1, the F1 reached it), SITREP_EINPUT when some failed or
 * could not be read, another code when the suite could not run (err and warn say why). */
sitrep_status sitrep_validate(const char *file, const sitrep_load_options *dicts,
                              const sitrep_validation *v, sitrep_error *err);

/* ---- Explaining ---------------------------------------------------------------------------
 *
 * Why each event of a coded article was coded, for people (`sitrep explain`). */

typedef struct sitrep_explainer sitrep_explainer;

/* An explainer, which keeps the dictionary files it has read back (to quote an entry's
 * line) across articles. Dictionary paths under the folder relative_to (NULL: none) are
 * shown relative to it. Fails only with SITREP_EUSAGE (out NULL). */
sitrep_status sitrep_explainer_new(const char *relative_to, sitrep_explainer **out,
                                   sitrep_error *err);
void sitrep_explainer_free(sitrep_explainer *x);

/* The account of ev (coded by sitrep_code_documents), handed to fn in one piece: a line
 * "== ID  (article date D)  N sentence(s), M event(s)", then each sentence that produced
 * events, and under it each event: the sentence with its parts marked ([source], {verb},
 * <target>), the verb's and actors' dictionary entries (file:line and the line), voice,
 * the parse-tree path, date and where it came from, status and its cue, who said it, and
 * how often the article states it. SITREP_EUSAGE for a slot without an article. */
sitrep_status sitrep_explain(sitrep_explainer *x, const sitrep_events *ev, sitrep_write_fn fn,
                             void *ctx, sitrep_error *err);

/* ---- What a store holds: exports and analytics -------------------------------------------
 *
 * Text (exports, graphs) is handed to a sitrep_write_fn. Rows handed to callbacks live
 * only during the call. */

/* The formats of stored events, column by column in docs/formats.md. */
typedef enum sitrep_export_format {
    SITREP_EXPORT_TABLE = 0, /* fixed-width text for people, with a header line */
    SITREP_EXPORT_JSONL,     /* one JSON object per event, keys in the CSV's column order */
    SITREP_EXPORT_CSV,       /* RFC 4180, with a header line */
    SITREP_EXPORT_GDELT,     /* the GDELT 2.0 event table: 61 tab-separated columns */
    SITREP_EXPORT_PHOENIX    /* the Phoenix daily event file: 26 tab-separated columns */
} sitrep_export_format;

/* "table", "jsonl", "csv", "gdelt", "phoenix" -> *out: 1; anything else: 0. */
int sitrep_export_format_parse(const char *name, sitrep_export_format *out);

/* The events matching q (NULL: all), ordered by date then id, in format f: the header
 * line (table, csv), then one line per event. SITREP_EUSAGE for a bad query value,
 * SITREP_ESTORE when the store fails (what was written stays written). */
sitrep_status sitrep_store_export(sitrep_store *s, const sitrep_query *q,
                                  sitrep_export_format f, sitrep_write_fn fn, void *ctx,
                                  sitrep_error *err);

/* A CAMEO code of the codebook. */
typedef struct sitrep_cameo {
    const char *code, *name, *root;
    int quad_class;       /* 1..4 */
    double goldstein;
    const char *plover, *plover_mode; /* or NULL */
} sitrep_cameo;

/* The code, else its nearest parent in the codebook ("0431" unknown: "043"): 1 with *out
 * filled; 0 when neither is known. */
int sitrep_cameo_lookup(const char *code, sitrep_cameo *out);
/* "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"
 * for 1..4; "unknown" otherwise. */
const char *sitrep_quad_class_name(int quad_class);

/* "sqlite" or "postgresql". */
const char *sitrep_store_backend(const sitrep_store *s);

/* The number of rows of each table. */
typedef struct sitrep_store_counts {
    int64_t documents, mentions, events, actors, monthly, dyads;
} sitrep_store_counts;

sitrep_status sitrep_store_counts_get(sitrep_store *s, sitrep_store_counts *out,
                                      sitrep_error *err);

/* Events, mentions and the Goldstein sum of one month and quad class. */
typedef struct sitrep_month {
    const char *month; /* YYYY-MM, "" for undated events */
    int quad_class;    /* 0 for codes outside CAMEO */
    int64_t events, mentions;
    double goldstein;  /* sum over the events */
} sitrep_month;

typedef int (*sitrep_month_fn)(const sitrep_month *row, void *ctx);

/* The months of the events matching q (its limit ignored), ordered by month then quad
 * class; q NULL reads the store's monthly rollup (the same figures, faster). */
sitrep_status sitrep_store_months(sitrep_store *s, const sitrep_query *q, sitrep_month_fn fn,
                                  void *ctx, sitrep_error *err);

/* The events from one actor to another. */
typedef struct sitrep_dyad {
    const char *source, *target;
    int64_t events, mentions;
    int64_t quad[5];   /* events by quad class (quad[1..4]; quad[0]: codes outside CAMEO) */
    double goldstein;  /* sum over the events */
} sitrep_dyad;

typedef int (*sitrep_dyad_fn)(const sitrep_dyad *row, void *ctx);

/* The `limit` heaviest dyads (0: all), most events first, then source and target, of the
 * events in q's date range (only q->from and q->to are read; q NULL or without dates: the
 * store's dyad rollup, the same figures, faster). */
sitrep_status sitrep_store_dyads(sitrep_store *s, const sitrep_query *q, int64_t limit,
                                 sitrep_dyad_fn fn, void *ctx, sitrep_error *err);

/* An actor as the store knows it. */
typedef struct sitrep_stored_actor {
    const char *code, *name, *country, *role; /* NULL when unknown */
} sitrep_stored_actor;

/* The actor `code`: out's fields are NULL when the store does not know it (not an error).
 * The strings live until the next call on the store. */
sitrep_status sitrep_store_actor(sitrep_store *s, const char *code, sitrep_stored_actor *out,
                                 sitrep_error *err);

/* The most active pair of distinct actors (events summed over both directions; ties go
 * to the pair met first in sitrep_store_dyads' order), in *a and *b, which live until the
 * next call on the store; both NULL when no event joins two distinct actors. */
sitrep_status sitrep_store_most_active_pair(sitrep_store *s, const char **a, const char **b,
                                            sitrep_error *err);

/* The actor network of the dyads of q's date range (see sitrep_store_dyads): edges of at
 * least min_events events among the `top` heaviest (0: all), sorted by source and target;
 * nodes are their actors, sorted, with the store's name, country and role. format:
 * "graphml", "dot" or "json" (anything else: SITREP_EUSAGE). The whole graph is handed to
 * fn in one piece. */
sitrep_status sitrep_store_network(sitrep_store *s, const sitrep_query *q, int64_t min_events,
                                   int64_t top, const char *format, sitrep_write_fn fn,
                                   void *ctx, sitrep_error *err);

/* ---- The dashboard ---------------------------------------------------------------------------
 *
 * `sitrep serve`: the web page (timelines, the actor network, the evidence behind each
 * event) and its JSON API (docs/api.md) over a store, read-only, with libmicrohttpd. */

typedef struct sitrep_serve_options {
    const char *db;     /* the store (NULL: $SITREP_DB, else "sitrep.db") */
    const char *listen; /* a numeric IPv4 or IPv6 address; "127.0.0.1" after init */
    int port;           /* 0 picks a free one; 8080 after init */
    const char *web;    /* the page's files (NULL: sitrep_serve_web_dir(NULL)) */
    sitrep_diag_fn report;   /* "serving STORE on http://ADDR:PORT/ ..." once it listens,
                                and why it cannot start (NULL: none) */
    sitrep_diag_fn http_log; /* libmicrohttpd's own messages, as it words them */
    void *ctx;               /* given to both */
} sitrep_serve_options;

void sitrep_serve_options_init(sitrep_serve_options *o);

/* The page's files: $SITREP_WEB when set, else the installed DATADIR/sitrep/web found
 * relative to the program, else `fallback`, the first folder that holds index.html; NULL
 * when none does. Static storage. */
const char *sitrep_serve_web_dir(const char *fallback);

/* Serves until the process gets SIGTERM or SIGINT (which it blocks in every thread and
 * waits for; SIGPIPE is ignored), then stops and returns SITREP_OK. The store is opened
 * read-only, one handle per worker thread, so it keeps answering while another process
 * ingests. When it cannot start it returns at once: SITREP_EIO (no page files, the port
 * taken), SITREP_ESTORE (the store cannot be opened), SITREP_EUSAGE (not an address). */
sitrep_status sitrep_serve(const sitrep_serve_options *o, sitrep_error *err);

#ifdef __cplusplus
}
#endif

#endif
