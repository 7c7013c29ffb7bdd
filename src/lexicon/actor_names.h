/* actor_names.h: canonical names of actor codes, read from actor dictionaries.
 *
 * Contract:
 *  - Names come from the blocks of TABARI- or PETRARCH-style actor files (a head phrase,
 *    '+' synonyms, '[CODE]' or '[CODE FROM-TO]' lines). Our own lexicon names its codes
 *    where title-casing would not (acronyms, short forms) in lexicon/names.txt
 *    ("CODE<TAB>Name" lines, read with actor_names_read_overrides). TABARI and PETRARCH
 *    dictionaries carry no names, so a code they define is named by the first phrase of
 *    the first block that defines it, title-cased, passing over a possessive ("JAPAN'S")
 *    or an adjective ("JAPANESE", "AFRICAN") when the block has another phrase.
 *  - A code made of a country or organisation code followed by CAMEO role codes
 *    ("JPNGOV", "USAMILSPY") is named from its parts: "Japan: government",
 *    "United States: military, intelligence", even when no block defines it.
 *  - Office holders, and a state's bodies, (blocks whose latest dated code, else default
 *    code, is a state's role) have a name and office per entry ("Bill Clinton (United
 *    States: government)", "Central Intelligence Agency (United States: intelligence)"),
 *    given by actor_names_person.
 *  - Lookups return strings owned by the table, or NULL when nothing names the code.
 *    Lookups cache what they compose: one thread at a time uses a table. */
#ifndef SITREP_LEXICON_ACTOR_NAMES_H
#define SITREP_LEXICON_ACTOR_NAMES_H

#include "base/error.h"

#include <stdbool.h>
#include <stddef.h>

typedef struct actor_names actor_names;

actor_names *actor_names_new(void);
void actor_names_free(actor_names *n);

/* Reads the blocks of an actors file. `display` names the file in entries ("lexicon/
 * countries.actors"; NULL: the path). False with err set when the file cannot be read. */
bool actor_names_read_file(actor_names *n, const char *path, const char *display,
                           sitrep_error *err);
/* Reads "CODE<TAB>Name" lines ('#' comments, blank lines skipped); these names win over
 * everything else. A malformed line is an error naming file and line. */
bool actor_names_read_overrides(actor_names *n, const char *path, sitrep_error *err);
/* Reads our own lexicon folder: names.txt (when there) and every *.actors file in name
 * order. */
bool actor_names_read_lexicon_dir(actor_names *n, const char *dir, sitrep_error *err);

/* The canonical name of `code`, or NULL. */
const char *actor_names_get(actor_names *n, const char *code);
/* The name of the person or body whose block holds the phrase at `entry` ("file:line",
 * as in an event's provenance), with its office for office holders; NULL when unknown. */
const char *actor_names_person(actor_names *n, const char *entry);
/* The name of a CAMEO role code ("GOV" -> "government"), or NULL. */
const char *actor_role_name(const char *role);

/* Calls fn for every code defined by a block of the files read, in file order, with its
 * name (NULL when none); fn returns non-zero to stop. */
typedef int (*actor_names_fn)(const char *code, const char *name, void *ctx);
void actor_names_each_code(actor_names *n, actor_names_fn fn, void *ctx);
/* Calls fn(name, NULL, ctx) for every office holder's "Name (office)", in file order. */
void actor_names_each_person(actor_names *n, actor_names_fn fn, void *ctx);

#endif
