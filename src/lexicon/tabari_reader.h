/* tabari_reader.h: reading TABARI dictionaries (.actors, .agents, .verbs) and .project
 * files into the lexicon.
 *
 * Contract:
 *  - Each loader reads one file into an unfrozen lexicon. A malformed line (unclosed '[',
 *    empty code, agent code without '~', pattern without '*', pattern before any verb,
 *    unknown synonym set, bad date restriction, ...) is reported through the `diag`
 *    callback with "file:line: what is wrong" and skipped; the loader then goes on, so one
 *    call reports every problem. It returns false when the file cannot be read or when
 *    any line was malformed (err then holds the first message).
 *  - `diag` may be NULL (problems are then only counted in the return value and err).
 *  - Lines after "~~FINISH" are ignored; '#' and '/' lines are comments; ';' starts a
 *    comment on any line.
 */
#ifndef SITREP_LEXICON_TABARI_READER_H
#define SITREP_LEXICON_TABARI_READER_H

#include "base/error.h"
#include "lexicon/lexicon.h"

#include <stdbool.h>
#include <stddef.h>

typedef void (*dict_diag_fn)(const char *message, void *ctx);

typedef struct dict_load_report {
    size_t lines, entries, problems;
} dict_load_report;

bool tabari_load_actors(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                        dict_load_report *report, sitrep_error *err);
bool tabari_load_agents(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                        dict_load_report *report, sitrep_error *err);
bool tabari_load_verbs(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                       dict_load_report *report, sitrep_error *err);

/* Loads one file of the given kind; `name` (e.g. "lexicon/verbs.txt") stands for the
 * file in messages and in the entries' origins; NULL means the path itself. */
typedef enum { TABARI_ACTORS, TABARI_AGENTS, TABARI_VERBS } tabari_dict_kind;
bool tabari_load_file(lexicon *lx, tabari_dict_kind kind, const char *path, const char *name,
                      dict_diag_fn diag, void *ctx, dict_load_report *report, sitrep_error *err);

/* The same, from a buffer in memory (`name` stands for the file in messages). */
bool tabari_load_buffer(lexicon *lx, tabari_dict_kind kind, const char *name, const char *data,
                        size_t len, dict_diag_fn diag, void *ctx, dict_load_report *report,
                        sitrep_error *err);

/* A .project file: the files it names, resolved against the project's own folder. */
typedef struct tabari_project {
    char *actors[8], *verbs[8], *agents[8], *options[8];
    size_t nactors, nverbs, nagents, noptions;
    char *text; /* <textfile>, or NULL */
} tabari_project;

bool tabari_read_project(const char *path, tabari_project *out, sitrep_error *err);
void tabari_project_free(tabari_project *p);

/* Parses a TABARI date: YYMMDD (00-30 -> 20YY, else 19YY) or YYYYMMDD, into YYYYMMDD.
 * Returns false when it is not a valid date. */
bool tabari_parse_date(const char *s, size_t len, int32_t *out);

#endif
