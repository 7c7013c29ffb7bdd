/* coref.h: who "he", "the military expert" and "Musienko" are, within one document.
 *
 * Contract:
 *  - A coref_people table collects the people a document names as claimants (a name
 *    with or without an actor code: "Oleksandr Musienko", "Russian Defense Minister
 *    Sergei Shoigu" -> RUSGOVMIL). Add them in document order with coref_people_add().
 *  - coref_resolve_speaker() turns a claimant as written into what said_by carries:
 *      a name           -> the longest name of the document with the same surname
 *                          ("Musienko" -> "Oleksandr Musienko") and its code;
 *      he / she / a description of a person without a country ("the military expert",
 *                          "the official", "the North Korean leader" when no code)
 *                       -> the last person named before it (else the first after it);
 *      anything else    -> as written, with its own code.
 *  - coref_forward() chooses the actor a pronoun opening the next sentence stands for:
 *    the source of the previous sentence's first event (the subject of its main clause,
 *    with its role), else its first actor, else what was forwarded before.
 * Pure functions over arena memory; nothing is kept between documents. */
#ifndef SITREP_DOC_COREF_H
#define SITREP_DOC_COREF_H

#include "base/arena.h"
#include "coder/coder.h"
#include "coder/event.h"

#include <stddef.h>

typedef struct coref_person {
    span name;          /* the name as written */
    span surname;       /* its last word */
    const char *code;   /* actor code, or NULL */
    uint32_t at;        /* byte offset of the mention */
} coref_person;

typedef struct coref_people {
    arena *a;
    const char *text;
    coref_person *v;
    size_t n, cap;
} coref_people;

void coref_people_init(coref_people *p, arena *a, const char *text);
void coref_people_add(coref_people *p, span name, const char *code, uint32_t at);

/* speaker: the claimant's words; name: the name at their end (may be empty); code: the
 * actor code found in them (may be NULL). *out_text is arena memory. */
void coref_resolve_speaker(const coref_people *p, span speaker, span name, const char *code,
                           const char **out_text, const char **out_code);

const char *coref_forward(const coded_sentence *prev, const char *before);

#endif
