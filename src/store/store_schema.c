/* store_schema.c: the store's schema for each backend, as numbered migrations.
 *
 * migrations[i] turns schema version i into version i + 1; store.c applies those a store
 * lacks, in one transaction, and records the version in schema_version. The two backends
 * hold the same tables and columns; only types differ (SQLite's INTEGER PRIMARY KEY and
 * REAL, PostgreSQL's BIGSERIAL, DOUBLE PRECISION and byte-order "C" collation, so that
 * prefix ranges on actor codes use the indexes). */
#include "store/store_driver.h"

const char *const sqlite_migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE documents("
    " id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, doc_id TEXT NOT NULL, date TEXT,"
    " outlet TEXT, url TEXT, title TEXT, origin TEXT, ingested_at TEXT NOT NULL);"
    "CREATE TABLE actors(code TEXT PRIMARY KEY, name TEXT, country TEXT, role TEXT);"
    "CREATE TABLE events("
    " id INTEGER PRIMARY KEY, source TEXT NOT NULL, target TEXT NOT NULL, cameo TEXT NOT NULL,"
    " date TEXT NOT NULL, root TEXT, quad_class INTEGER NOT NULL, goldstein REAL,"
    " source_country TEXT, source_role TEXT, target_country TEXT, target_role TEXT,"
    " num_mentions INTEGER NOT NULL, num_documents INTEGER NOT NULL,"
    " num_outlets INTEGER NOT NULL, first_seen TEXT, last_seen TEXT, added_at TEXT NOT NULL,"
    " UNIQUE(source, target, cameo, date));"
    "CREATE INDEX events_target ON events(target, source, date);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_cameo ON events(cameo);"
    "CREATE TABLE event_outlets(event_id INTEGER NOT NULL, outlet TEXT NOT NULL,"
    " PRIMARY KEY(event_id, outlet)) WITHOUT ROWID;"
    "CREATE TABLE mentions("
    " id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL REFERENCES events(id),"
    " document_id INTEGER NOT NULL REFERENCES documents(id), sentence INTEGER,"
    " sentence_start INTEGER, sentence_end INTEGER, source_start INTEGER, source_end INTEGER,"
    " target_start INTEGER, target_end INTEGER, verb_start INTEGER, verb_end INTEGER,"
    " source_text TEXT, target_text TEXT, verb_text TEXT, verb_entry TEXT, sentence_text TEXT,"
    " date TEXT, date_precision TEXT, date_text TEXT, status INTEGER NOT NULL,"
    " status_cue TEXT, said_by_code TEXT, said_by_text TEXT);"
    "CREATE INDEX mentions_event ON mentions(event_id);"
    "CREATE TABLE monthly(month TEXT NOT NULL, quad_class INTEGER NOT NULL,"
    " events INTEGER NOT NULL, mentions INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " PRIMARY KEY(month, quad_class)) WITHOUT ROWID;"
    "CREATE TABLE dyads(source TEXT NOT NULL, target TEXT NOT NULL, events INTEGER NOT NULL,"
    " mentions INTEGER NOT NULL, q0 INTEGER NOT NULL, q1 INTEGER NOT NULL,"
    " q2 INTEGER NOT NULL, q3 INTEGER NOT NULL, q4 INTEGER NOT NULL,"
    " goldstein REAL NOT NULL, PRIMARY KEY(source, target)) WITHOUT ROWID;"
    "CREATE INDEX dyads_events ON dyads(events);",
    /* 1 -> 2: the date index covers a network's columns, so that the edges of a date range
     * are summed from the index alone; the big tables' row counts are kept in row_counts
     * (counting ten million rows takes longer than any query should) */
    "DROP INDEX events_date;"
    "CREATE INDEX events_date ON events(date, source, target, quad_class, goldstein,"
    " num_mentions);"
    "CREATE TABLE row_counts(name TEXT PRIMARY KEY, n INTEGER NOT NULL);"
    "INSERT INTO row_counts SELECT 'documents', count(*) FROM documents;"
    "INSERT INTO row_counts SELECT 'mentions', count(*) FROM mentions;"
    "INSERT INTO row_counts SELECT 'events', count(*) FROM events;"
    "INSERT INTO row_counts SELECT 'event_outlets', count(*) FROM event_outlets;",
    /* 2 -> 3: no event_outlets: an event's distinct outlets are those of its mentions'
     * documents (a merge looks them up there), which saves a row and an index entry per
     * event in every batch */
    "DROP TABLE event_outlets;"
    "DELETE FROM row_counts WHERE name = 'event_outlets';",
    /* 3 -> 4: the codes seen with each country (as source or target), so that a country
     * filter reads the events of those codes from the source and target indexes instead
     * of every event; filled from the stored events. The date index holds the id second:
     * its entries are in the order of a page (date, then id), so a page of a date range
     * or after a cursor is read off it without sorting a day's events. */
    "DROP INDEX events_date;"
    "CREATE INDEX events_date ON events(date, id, source, target, quad_class, goldstein,"
    " num_mentions);"
    "CREATE TABLE actor_countries(country TEXT NOT NULL, code TEXT NOT NULL,"
    " PRIMARY KEY(country, code)) WITHOUT ROWID;"
    "INSERT OR IGNORE INTO actor_countries SELECT DISTINCT source_country, source FROM events"
    " WHERE source_country IS NOT NULL UNION SELECT DISTINCT target_country, target FROM"
    " events WHERE target_country IS NOT NULL;",
    NULL};

#define T "TEXT COLLATE \"C\""
const char *const pg_migrations[] = {
    /* 0 -> 1 */
    "CREATE TABLE documents("
    " id BIGSERIAL PRIMARY KEY, hash " T " NOT NULL UNIQUE, doc_id " T " NOT NULL, date " T ","
    " outlet " T ", url " T ", title " T ", origin " T ", ingested_at " T " NOT NULL);"
    "CREATE TABLE actors(code " T " PRIMARY KEY, name " T ", country " T ", role " T ");"
    "CREATE TABLE events("
    " id BIGSERIAL PRIMARY KEY, source " T " NOT NULL, target " T " NOT NULL,"
    " cameo " T " NOT NULL, date " T " NOT NULL, root " T ", quad_class INTEGER NOT NULL,"
    " goldstein DOUBLE PRECISION, source_country " T ", source_role " T ","
    " target_country " T ", target_role " T ", num_mentions BIGINT NOT NULL,"
    " num_documents BIGINT NOT NULL, num_outlets BIGINT NOT NULL, first_seen " T ","
    " last_seen " T ", added_at " T " NOT NULL, UNIQUE(source, target, cameo, date));"
    "CREATE INDEX events_target ON events(target, source, date);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_cameo ON events(cameo);"
    "CREATE TABLE event_outlets(event_id BIGINT NOT NULL, outlet " T " NOT NULL,"
    " PRIMARY KEY(event_id, outlet));"
    "CREATE TABLE mentions("
    " id BIGSERIAL PRIMARY KEY, event_id BIGINT NOT NULL REFERENCES events(id),"
    " document_id BIGINT NOT NULL REFERENCES documents(id), sentence BIGINT,"
    " sentence_start BIGINT, sentence_end BIGINT, source_start BIGINT, source_end BIGINT,"
    " target_start BIGINT, target_end BIGINT, verb_start BIGINT, verb_end BIGINT,"
    " source_text " T ", target_text " T ", verb_text " T ", verb_entry " T ","
    " sentence_text " T ", date " T ", date_precision " T ", date_text " T ","
    " status INTEGER NOT NULL, status_cue " T ", said_by_code " T ", said_by_text " T ");"
    "CREATE INDEX mentions_event ON mentions(event_id);"
    "CREATE TABLE monthly(month " T " NOT NULL, quad_class INTEGER NOT NULL,"
    " events BIGINT NOT NULL, mentions BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL,"
    " PRIMARY KEY(month, quad_class));"
    "CREATE TABLE dyads(source " T " NOT NULL, target " T " NOT NULL, events BIGINT NOT NULL,"
    " mentions BIGINT NOT NULL, q0 BIGINT NOT NULL, q1 BIGINT NOT NULL, q2 BIGINT NOT NULL,"
    " q3 BIGINT NOT NULL, q4 BIGINT NOT NULL, goldstein DOUBLE PRECISION NOT NULL,"
    " PRIMARY KEY(source, target));"
    "CREATE INDEX dyads_events ON dyads(events);",
    /* 1 -> 2: as SQLite's; and mentions lose their foreign keys, which cost a trigger per
     * row in COPY: a mention and its event and document are written in one transaction */
    "DROP INDEX events_date;"
    "CREATE INDEX events_date ON events(date, source, target, quad_class, goldstein,"
    " num_mentions);"
    "ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_event_id_fkey;"
    "ALTER TABLE mentions DROP CONSTRAINT IF EXISTS mentions_document_id_fkey;"
    "CREATE TABLE row_counts(name TEXT PRIMARY KEY, n BIGINT NOT NULL);"
    "INSERT INTO row_counts SELECT 'documents', count(*) FROM documents;"
    "INSERT INTO row_counts SELECT 'mentions', count(*) FROM mentions;"
    "INSERT INTO row_counts SELECT 'events', count(*) FROM events;"
    "INSERT INTO row_counts SELECT 'event_outlets', count(*) FROM event_outlets;",
    /* 2 -> 3: as SQLite's */
    "DROP TABLE event_outlets;"
    "DELETE FROM row_counts WHERE name = 'event_outlets';",
    /* 3 -> 4: as SQLite's */
    "DROP INDEX events_date;"
    "CREATE INDEX events_date ON events(date, id, source, target, quad_class, goldstein,"
    " num_mentions);"
    "CREATE TABLE actor_countries(country " T " NOT NULL, code " T " NOT NULL,"
    " PRIMARY KEY(country, code));"
    "INSERT INTO actor_countries SELECT source_country, source FROM events"
    " WHERE source_country IS NOT NULL UNION SELECT target_country, target FROM events"
    " WHERE target_country IS NOT NULL;",
    NULL};
#undef T
