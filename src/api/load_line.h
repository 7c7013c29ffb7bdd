/* load_line.h: one JSON Lines event of `sitrep code` read into a store mention, for
 * `sitrep load` (load.c).
 *
 * Contract: load_line_parse reads one line, which must hold exactly one JSON object, with
 * yajl's event interface: the fields the store keeps are copied into `a` as they are met,
 * and everything else is skipped, so that no tree of the line is built and freed (building
 * it was most of a load's parsing time). The reading is that of a tree, field by field: a
 * repeated key takes its last value, a field of the wrong JSON type reads as absent (a
 * string as NULL, a number as 0, a span as none), and a span is an array of exactly two
 * integers. A string holding U+0000 is refused, as jansson refuses it. The parser keeps no
 * state between lines and is not thread-safe: each thread owns its own. */
#ifndef SITREP_API_LOAD_LINE_H
#define SITREP_API_LOAD_LINE_H

#include "base/arena.h"
#include "base/strmap.h"
#include "store/store.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct load_line {
    const char *doc_id, *outlet, *url, *status; /* NULL when absent or not strings */
    bool has_source, has_target;                /* "source", "target" are objects */
    store_mention m;                            /* status left 0: see `status` */
} load_line;

typedef struct load_line_parser load_line_parser;

load_line_parser *load_line_parser_new(void);
void load_line_parser_free(load_line_parser *p);

/* Reads line[0..len) into *out, strings copied into `a`. Short strings other than doc_id,
 * url and sentence_text are interned in `intern` (string -> its copy in `a`; the map and
 * the arena live together): equal values of a batch are then one pointer. Returns 1 for a
 * JSON object, 0 for another JSON value, -1 for text that is not JSON (why: yajl's reason,
 * NUL-terminated). */
int load_line_parse(load_line_parser *p, const char *line, size_t len, arena *a,
                    strmap *intern, load_line *out, char *why, size_t whycap);

#endif
