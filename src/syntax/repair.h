/* repair.h: rules that mend the statistical parse where the tagger misreads a verb as a
 * participle, a mistake that costs a whole clause its predicate.
 *
 * Contract:
 *  - syntax_repair() rewrites heads, relations and tags of one parsed sentence (at most
 *    SYNTAX_MAX_WORDS words, heads 1-based within it) in place:
 *      "The Greek police arrested protesters" read as "police [arrested protesters]": a
 *      participle modifying a later noun that has a subject of its own is the verb, the
 *      noun its object, in the place the noun held;
 *      "A court on Tuesday sentenced X" read as one noun phrase: when the root is a noun,
 *      no word is a finite verb and a past participle modifies a noun after it that hangs
 *      from the root, the participle is the verb, the root its subject, the noun its
 *      object and the root's prepositional phrases its obliques.
 *    A sentence neither rule fits is left as it is. Relation strings are static.
 *  - The coder applies it to its parses (news, where these misreadings hide the events);
 *    `sitrep parse` does not: on the UD treebanks the rules cost 0.02 to 0.05 LAS. */
#ifndef SITREP_SYNTAX_REPAIR_H
#define SITREP_SYNTAX_REPAIR_H

#include "syntax/ud.h"

void syntax_repair(ud_sentence *s);

#endif
