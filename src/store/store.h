/* store.h: the event store: one interface over SQLite (the default, a file) and PostgreSQL
 * (a server), with one logical schema.
 *
 * Contract:
 *   - store_open takes a location: "postgresql://..." or "postgres://..." (or a libpq
 *     "key=value" string starting with "host=" / "dbname=") selects PostgreSQL, anything
 *     else is the path of a SQLite file. It creates or migrates the schema when opened for
 *     writing; a store opened for reading must exist and have a schema this build knows.
 *     Errors name the location (a PostgreSQL password is masked) and say what is wrong:
 *     not a SQLite database, read-only, locked, cannot connect (within 5 s), newer schema.
 *   - Tables: documents (unique content hash: adding a document a second time changes
 *     nothing), mentions (one per coded event, with document, sentence and spans),
 *     events (mentions merged on source, target, CAMEO code and date, with counts of
 *     mentions, documents and distinct outlets, first and last seen = the earliest and
 *     latest document date; an event's outlets are its mentions' documents'), actors
 *     (code, name, country, role), and two rollups kept in step with events: monthly (month x quad class) and dyads (source x
 *     target, split by quad class). An event without a date has date "". actor_countries
 *     holds each (country, code) pair an event's source or target was stored with.
 *   - Writing happens inside store_begin / store_commit; store_rollback undoes everything
 *     since store_begin. store_add_documents adds a batch of documents with their mentions
 *     (on PostgreSQL it may use COPY); documents already present are skipped.
 *   - Queries call a function per row, in a fixed order; the row's strings are valid only
 *     during the call. The callback returns non-zero to stop.
 *   - A store handle is used by one thread at a time. Nothing is printed. */
#ifndef SITREP_STORE_STORE_H
#define SITREP_STORE_STORE_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct store store;

/* The schema version this build writes. */
#define STORE_SCHEMA_VERSION 4

/* $SITREP_DB when set and not empty, else "sitrep.db". */
const char *store_default_location(void);
/* True when `location` names a PostgreSQL server rather than a SQLite file. */
bool store_location_is_postgres(const char *location);

store *store_open(const char *location, bool writable, sitrep_error *err);
void store_close(store *s);
const char *store_backend_name(const store *s); /* "sqlite" or "postgresql" */
/* The location as given, with any password masked (for messages). */
const char *store_location(const store *s);

/* Tunes a handle for many small requests at once (the web server's): on PostgreSQL its
 * queries start no parallel workers (starting them takes longer than a page's query,
 * and the requests running at the same time keep the cores busy); nothing on SQLite.
 * Best effort: a server without the setting is left as it is. */
void store_for_requests(store *s);

bool store_begin(store *s, sitrep_error *err);
bool store_commit(store *s, sitrep_error *err);
void store_rollback(store *s);

/* One document to be stored. `hash` is its content hash (hex); the other fields may be
 * NULL. `date` is YYYY-MM-DD. */
typedef struct store_document {
    const char *hash;
    const char *doc_id, *date, *outlet, *url, *title, *origin;
} store_document;

typedef struct store_span {
    int64_t start, end; /* start == end == 0 or start < 0: none */
} store_span;

/* One coded event as found in a sentence. Codes and strings may be NULL (unknown) except
 * source, target and cameo. `date` is the event's date (YYYY-MM-DD) or NULL; `status` is an
 * enum event_status value. */
typedef struct store_mention {
    const char *source, *source_country, *source_role, *source_text;
    const char *target, *target_country, *target_role, *target_text;
    const char *cameo;
    int64_t sentence;
    store_span sentence_span, source_span, target_span, verb_span;
    const char *sentence_text, *verb_text, *verb_entry;
    const char *date, *date_precision, *date_text;
    int status;
    const char *status_cue, *said_by_code, *said_by_text;
} store_mention;

typedef struct store_doc_entry {
    store_document doc;
    const store_mention *mentions;
    size_t nmentions;
} store_doc_entry;

/* Adds documents d[0..n) with their mentions, inside the open transaction. *added (may be
 * NULL) receives how many documents were new, *mentions_added how many mentions they
 * brought. Returns false on a store failure (the caller rolls back). */
bool store_add_documents(store *s, const store_doc_entry *d, size_t n, size_t *added,
                         size_t *mentions_added, sitrep_error *err);

/* The mentions of d[0..n) grouped into events in key order, made without a store (on any
 * thread; a loader makes the next batch's while the last one is written); valid while d
 * is. store_add_grouped uses it when every document of d turns out to be new, and groups
 * the new ones again otherwise; either way the outcome is store_add_documents'. */
typedef struct store_grouping store_grouping;
store_grouping *store_group_documents(const store_doc_entry *d, size_t n);
void store_grouping_free(store_grouping *g);
bool store_add_grouped(store *s, const store_doc_entry *d, size_t n, store_grouping *g,
                       size_t *added, size_t *mentions_added, sitrep_error *err);

/* Names actor codes for the actors table: the code's canonical name, or NULL. Without a
 * namer (or when it returns NULL) an actor is stored without a name; the words that
 * matched always stay with the mention (source_text, target_text). A stored name is
 * replaced when a namer later gives another. */
typedef const char *(*store_namer_fn)(const char *code, void *ctx);
void store_set_namer(store *s, store_namer_fn fn, void *ctx);

/* Content hash of an article's fields (id, date, outlet, url, title, text): 64 hex digits. */
void store_content_hash(const char *id, const char *date, const char *outlet, const char *url,
                        const char *title, const char *text, size_t text_len, char hex[65]);

/* ---- queries ---- */

/* Filters on events; NULL / 0 / -1 fields do not filter. Actor arguments match a code and
 * every code that starts with it ("RUS" matches "RUSGOV"). status, said_by and outlet match
 * an event when one of its mentions matches. Dates are YYYY-MM-DD, inclusive. */
typedef struct store_filter {
    const char *actor;     /* source or target */
    const char *dyad[2];   /* both set: between the two, either direction */
    const char *country;   /* source or target country */
    const char *code;      /* CAMEO code, and its sub-codes ("04" = the whole root) */
    const char *root;      /* exact CAMEO root */
    int quad;              /* 1..4, 0 = any */
    int status;            /* enum event_status, -1 = any */
    const char *from, *to;
    const char *said_by;   /* prefix of the said_by actor code */
    const char *outlet;    /* exact outlet name */
    int64_t limit;         /* 0 = no limit */
    int64_t offset;        /* rows to skip before the first returned (paging), 0 = none */
    int64_t id;            /* one event by its id, 0 = any */
    /* Keyset paging: with after_id > 0, only the events after (after_date, after_id) in
     * the order of store_query_events (date, then id), so a page starts where the last
     * one ended without walking the events before it. after_date NULL is "". */
    const char *after_date;
    int64_t after_id;
} store_filter;

void store_filter_init(store_filter *f);

/* Sets one filter field from an option name and its text, as the command line and the
 * web API take them: "actor", "country", "code", "root", "quad" (1-4), "status"
 * (asserted, reported, hypothetical, negated), "from" and "to" (YYYY, YYYY-MM or
 * YYYY-MM-DD, normalised into the caller's 11-byte buffers `from`/`to`, which the filter
 * then points at), "said-by", "outlet", "limit" (a positive number). String values are
 * pointed at, not copied. Returns 1 when set, 0 when `name` is not a filter, -1 on a bad
 * value (err names the value and what is wanted, e.g. "'2024-13' is not a date ..."). */
int store_filter_set(store_filter *f, char from[11], char to[11], const char *name,
                     const char *value, sitrep_error *err);

typedef struct store_event_row {
    int64_t id;
    const char *source, *target, *cameo, *root, *date;
    const char *source_country, *source_role, *source_name;
    const char *target_country, *target_role, *target_name;
    int quad_class;           /* 0 = unknown code */
    double goldstein;
    bool has_goldstein;
    int64_t num_mentions, num_documents, num_outlets;
    const char *first_seen, *last_seen, *added_at; /* added_at: YYYYMMDDHHMMSS (UTC) */
    int status;               /* the firmest status among its mentions */
    const char *outlets;      /* distinct outlets, sorted, "; "-joined ("" when none) */
    const char *url;          /* the first mention's document URL, or NULL */
    const char *first_doc_id; /* the first mention's document id and sentence */
    int64_t first_sentence;
    const char *claimants;    /* distinct said_by of its mentions, sorted, "; "-joined */
} store_event_row;

typedef int (*store_event_fn)(const store_event_row *row, void *ctx);

/* Events matching `f`, ordered by date, then id. */
bool store_query_events(store *s, const store_filter *f, store_event_fn fn, void *ctx,
                        sitrep_error *err);

typedef struct store_month_row {
    const char *month; /* YYYY-MM, "" when undated */
    int quad_class;
    int64_t events, mentions;
    double goldstein; /* sum over events */
} store_month_row;
typedef int (*store_month_fn)(const store_month_row *row, void *ctx);
/* Monthly counts by quad class, ordered by month then quad class. */
bool store_query_monthly(store *s, store_month_fn fn, void *ctx, sitrep_error *err);
/* The same for the events matching `f` (its limit and offset are ignored): from the
 * rollup when `f` filters nothing (NULL or as store_filter_init left it), else summed
 * over the matching events. */
bool store_query_months(store *s, const store_filter *f, store_month_fn fn, void *ctx,
                        sitrep_error *err);

typedef struct store_dyad_row {
    const char *source, *target;
    int64_t events, mentions, quad[5]; /* quad[1..4]: events by quad class; quad[0] unknown */
    double goldstein;                  /* sum over events */
} store_dyad_row;
typedef int (*store_dyad_fn)(const store_dyad_row *row, void *ctx);
/* Dyads ordered by events (most first), then source, target; limit 0 = all. */
bool store_query_dyads(store *s, int64_t limit, store_dyad_fn fn, void *ctx, sitrep_error *err);

/* The dyads of the events dated from `from` to `to` (YYYY-MM-DD, inclusive; either may be
 * NULL for an open end; both NULL reads the dyad rollup, as store_query_dyads), the
 * `limit` heaviest (most events first, then source, target; 0 = all). A date range is
 * summed from the date index, which holds every column a dyad row needs. */
bool store_query_dyads_range(store *s, const char *from, const char *to, int64_t limit,
                             store_dyad_fn fn, void *ctx, sitrep_error *err);

typedef struct store_actor_row {
    const char *code, *name, *country, *role;
} store_actor_row;
/* The actor record for `code`; false with row fields NULL when unknown (not an error).
 * Strings live until the next call on the store. */
bool store_get_actor(store *s, const char *code, store_actor_row *row, sitrep_error *err);

/* The most active pair of distinct actors (events summed over both directions; ties go
 * to the pair met first in store_query_dyads order), in code order. *a and *b (caller
 * frees) are NULL when the store has no event between two distinct actors. Reads the
 * heaviest dyads only, down to half the best pair's events. */
bool store_most_active_pair(store *s, char **a, char **b, sitrep_error *err);

/* One mention of an event with its document: the evidence behind it. Spans are byte
 * offsets into the document text (start -1 when absent); sentence_text is the sentence,
 * which starts at sentence_span.start. */
typedef struct store_mention_row {
    int64_t id, event_id, sentence;
    store_span sentence_span, source_span, target_span, verb_span;
    const char *source_text, *target_text, *verb_text, *verb_entry, *sentence_text;
    const char *date, *date_precision, *date_text;
    int status;
    const char *status_cue, *said_by_code, *said_by_text;
    const char *doc_id, *doc_date, *outlet, *url, *title;
} store_mention_row;
typedef int (*store_mention_fn)(const store_mention_row *row, void *ctx);
/* The mentions of event `event_id`, in the order they were stored (at most `limit`,
 * 0 = all). */
bool store_query_mentions(store *s, int64_t event_id, int64_t limit, store_mention_fn fn,
                          void *ctx, sitrep_error *err);

typedef int (*store_actor_fn)(const store_actor_row *row, void *ctx);
/* Actors whose code starts with `q` (any case) or whose name contains it (any ASCII
 * case), codes first, then by code; at most `limit` (0 = all). */
bool store_query_actors(store *s, const char *q, int64_t limit, store_actor_fn fn, void *ctx,
                        sitrep_error *err);

typedef struct store_counts {
    int64_t documents, mentions, events, actors, monthly, dyads;
} store_counts;
bool store_query_counts(store *s, store_counts *c, sitrep_error *err);

#endif
