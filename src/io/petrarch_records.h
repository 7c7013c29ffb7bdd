/* petrarch_records.h: PETRARCH's XML validation records, read record by record.
 *
 * Contract:
 *  - The files are XML-like but not always well-formed (unclosed elements, stray tags,
 *    "<PLEvent {json}>" lines), so no XML parser reads the whole file: the reader scans
 *    for <Sentence ...> elements outside <!-- --> comments, and a record ends at its
 *    </Sentence>, or at the next <Sentence, or at the end of the file.
 *  - Of a record it keeps: the attributes id, date, category, evaluate ("false" marks a
 *    record not to be evaluated) and sentence; every <EventCoding sourcecode= targetcode=
 *    eventcode=> expectation (attributes in any order, quoted with " or '); the markers
 *    <EventCoding noevents="True"> (no event expected) and <EventCoding error="...">
 *    (an error expected: "sentencediscard", "storydiscard", "dateline", ...); and the
 *    <Text> with entities decoded and lines joined by blanks. <Parse> is skipped.
 *    <Config option= value=> elements between records are handed over with the record
 *    that follows them.
 *  - The <Environment> block gives the dictionary files (resolved relative to the XML
 *    file's folder), the code ontology (<PICOfile>) and the <Include> categories.
 *  - A record without <Text> is reported (next returns -1 with "file:line: ...") and
 *    skipped; the reader goes on with the next one.
 */
#ifndef SITREP_IO_PETRARCH_RECORDS_H
#define SITREP_IO_PETRARCH_RECORDS_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct petr_expect {
    char source[64], target[64], code[16];
} petr_expect;

typedef struct petr_record {
    char id[96], category[64], date_text[32];
    int32_t date;          /* YYYYMMDD, 0 when absent or invalid */
    bool evaluate;         /* false for evaluate="false" */
    bool sentence;         /* the sentence= attribute (true unless "false") */
    petr_expect events[32];
    size_t nevents;
    bool noevents;         /* <EventCoding noevents="True"> */
    char error[64];        /* <EventCoding error="..."> value, "" when none */
    char *text;            /* heap, owned by the reader until the next call */
    size_t line;           /* line of <Sentence */
    /* <Config option="..." value="..."> elements met since the previous record: changes
     * of PETRARCH's settings that hold from this record on */
    struct { char option[32], value[32]; } config[16];
    size_t nconfig;
} petr_record;

typedef struct petr_environment {
    char *verbs[4], *actors[8], *agents[4], *discards[4], *issues[4], *pico[1];
    size_t nverbs, nactors, nagents, ndiscards, nissues, npico; /* pico: <PICOfile> */
    char include[32][32];  /* categories; none listed means every category */
    size_t ninclude;
} petr_environment;

typedef struct petr_records petr_records;

/* Opens a file (NULL with err filled when it cannot be read). */
petr_records *petr_records_open(const char *path, sitrep_error *err);
/* Reads from memory; `name` stands for the file in messages; dictionary paths are
 * resolved against `name`'s folder. The data is copied. */
petr_records *petr_records_open_buffer(const char *name, const char *data, size_t len);
void petr_records_close(petr_records *r);

const petr_environment *petr_records_environment(const petr_records *r);
/* Is a category listed in <Include> (or is there no <Include>)? */
bool petr_records_included(const petr_records *r, const char *category);

/* The next record: 1 one read, 0 no more, -1 a malformed record skipped (err says
 * which, as "file:line: what is wrong"). `out` stays valid until the next call. */
int petr_records_next(petr_records *r, petr_record *out, sitrep_error *err);

#endif
