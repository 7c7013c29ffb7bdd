/* petrarch_reader.h: reading PETRARCH and Phoenix dictionaries (verbs in the PETRARCH-1
 * and PETRARCH-2 syntaxes, actors, agents, discards, issues) into the lexicon, and
 * telling the dictionary syntaxes apart.
 *
 * Contract:
 *  - The error rules are those of tabari_reader.h: a malformed line, or a construct our
 *    lexicon cannot represent (a PETRARCH-2 verb transformation "~ a (a b X) SAY = ...",
 *    a code with an empty first half "[:173]", ...), is reported through `diag` as
 *    "file:line: what is wrong" and skipped; loading goes on, so one call lists every
 *    problem. The loader returns false when the file cannot be read or any line was
 *    reported (err then holds the first message).
 *  - Comments: '#' to the end of the line (except inside a [code]), ';' in actor files
 *    as in TABARI, and <!-- ... --> spans, which may cover several lines.
 *  - Actors are TABARI actors with these comments and PETRARCH's inclusive date limits
 *    ("[HOBGOV <950601]" includes the first of June). Agents take plural forms in
 *    { } and !NAME! = A, B substitution sets. Discard phrases become nouns coded "###"
 *    (story discards, marked '+', discard the sentence they occur in). Issue files are
 *    read and checked, line by line, but not kept: the event record has no issue field.
 *  - Verbs: "--- NAME [code] ---" opens a block whose verbs share one pattern list and
 *    take the block's code unless they carry their own; "&NAME" followed by "+member"
 *    lines is a synonym set anywhere at the top level; "+" inside a multi-word verb marks
 *    the word that inflects. PETRARCH-2 patterns ("* {FINANCIAL AID} (TO +)") are mapped
 *    to our pattern model by reading the words of noun phrases { } and prepositional
 *    phrases ( ) in order. See docs/dictionaries.md for the details and examples.
 */
#ifndef SITREP_LEXICON_PETRARCH_READER_H
#define SITREP_LEXICON_PETRARCH_READER_H

#include "base/error.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum {
    PETR_ACTORS,   /* Phoenix/PETRARCH actors */
    PETR_AGENTS,   /* agents with { } plurals and !SUBST! sets */
    PETR_VERBS1,   /* PETRARCH-1 verbs: TABARI-like patterns */
    PETR_VERBS2,   /* PETRARCH-2 verbs: { } noun phrases, ( ) prepositional phrases */
    PETR_DISCARDS, /* discard phrases */
    PETR_ISSUES,   /* issue phrases: checked, not kept */
} petr_dict_kind;

/* The syntax of a dictionary file, as far as its text tells. */
typedef enum { DICT_SYNTAX_TABARI = 0, DICT_SYNTAX_PETRARCH1, DICT_SYNTAX_PETRARCH2 } dict_syntax;

/* Verbs: "--- X ---" block headers mean PETRARCH; PETRARCH-2 when any pattern has a
 * ( ) or { } phrase. Without block headers, "<!--" comments or top-level "&SET" lines
 * mean PETRARCH-1, else TABARI. */
dict_syntax petr_sniff_verbs(const char *data, size_t len);
/* Actors and agents: "<!--" comments, '#' comments after an entry, { } plurals or
 * !SUBST! lines mean PETRARCH (returned as DICT_SYNTAX_PETRARCH1), else TABARI. */
dict_syntax petr_sniff_nouns(const char *data, size_t len);

/* Loads one file; `name` (NULL: the path) stands for the file in messages and origins. */
bool petr_load_file(lexicon *lx, petr_dict_kind kind, const char *path, const char *name,
                    dict_diag_fn diag, void *ctx, dict_load_report *report, sitrep_error *err);
bool petr_load_buffer(lexicon *lx, petr_dict_kind kind, const char *name, const char *data,
                      size_t len, dict_diag_fn diag, void *ctx, dict_load_report *report,
                      sitrep_error *err);


#endif
