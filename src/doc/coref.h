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
 *    with its role; its target when the verb implied the source: "Montalvo was
 *    arrested. He ..."), else its first actor, else what was forwarded before.
 *  - A coref_names table collects, sentence by sentence, the people a document names as
 *    actors, so that a later bare surname is the same actor ("Russian Defence Minister
 *    Sergei Shoigu ... Shoigu met ..."): an office holder from the dictionaries (a name of
 *    two to four capitalised words whose entry has dated codes: [RUSMIL 121106-240512]),
 *    with the code valid on the sentence's date; and "Title Firstname Surname", an actor
 *    and its agent followed by two or three capitalised words no dictionary knows
 *    ("Russian Defence Minister Andrei Belousov" -> RUSMIL). Its entries, one one-word
 *    actor per surname (the latest person of that surname wins), go to the parser of the
 *    next sentences (sentence_context.people); coref_names_share() gives its people to
 *    the claimants' table, so that "Belousov said" is said by RUSMIL too. It also keeps,
 *    per head noun, the last organisation named with a name of two words or more ending
 *    in such a noun ("the Bangladesh Nationalist Party", "the Wagner Group", "the Justice
 *    Ministry"), for "the party", "the group", "the ministry" in the next sentences
 *    (sentence_context.heads). An international body or an NGO named by an acronym or a
 *    description records the nouns its code tells ("the ICC": "the court"; "the IAEA",
 *    "the UN refugee agency": "the agency", "the watchdog").
 * Pure functions over arena memory; nothing is kept between documents. */
#ifndef SITREP_DOC_COREF_H
#define SITREP_DOC_COREF_H

#include "base/arena.h"
#include "coder/coder.h"
#include "coder/event.h"
#include "lexicon/lexicon.h"
#include "parse/parse.h"

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
/* The person a "he" or "she" opening the next sentence stands for: the first event's
 * source or target that may be a person (parse_code_may_be_person), else `before`. */
const char *coref_forward_person(const coded_sentence *prev, const char *before);
/* The author of the act a description opening an object of the next sentence stands for
 * ("Seoul condemned the launch"): the first event's source when it is an act, its target
 * when it is a reaction in words (CAMEO quad classes 1 and 3: "Seoul condemned the
 * launch. Japan protested the launch": still North Korea's), the sentence's first actor
 * when it has no event (unless it only says something: a quote opens it, or its first
 * actor is the subject of a verb of saying), else `before`. */
const char *coref_forward_act(const coded_sentence *prev, const char *before);

/* The organisation named last up to and including `prev` (an IGO, an NGO, an armed group
 * or another named body: a code with a prefix of its own or of nine letters or more), for
 * sentence_context.last_organisation; `before` when `prev` names none. */
const char *coref_last_organisation(const coded_sentence *prev, const char *before);

/* The source of the last armed act (CAMEO 18 to 20) coded up to and including `prev`, for
 * sentence_context.last_armed; `before` when `prev` codes none. */
const char *coref_last_armed(const coded_sentence *prev, const char *before);

/* The states of the last armed act (CAMEO 18 to 20) among prev's events whose target's
 * state is another than its source's, the target's first ("UKR/RUS", in the arena), or
 * `before` when there is none: the sides of the fighting a later sentence goes on to tell
 * without naming whose soldiers or civilians were hit. */
const char *coref_last_attacked(const coded_sentence *prev, arena *a, const char *before);

/* The target of the last event among prev's whose CAMEO code begins with `code` ("173",
 * "181") and whose target is of a state (a bare state made its civilians, "GBR" ->
 * "GBRCVL", in the arena), or `before` when there is none: whom "the detainees", "the
 * hostages" of a later sentence stand for. */
const char *coref_last_patient(const coded_sentence *prev, arena *a, const char *code,
                               const char *before);
/* The source of the last measure of `kind` (enum measure_kind) coded up to and including
 * `prev`, for sentence_context.last_measure: sanctions (CAMEO 163) and a court's rulings
 * (an event whose source is a judiciary, JUD); `before` when `prev` codes none. */
const char *coref_last_measure(const coded_sentence *prev, int kind, const char *before);
/* The two parties ("IRN/USA", arena memory) of the last agreement signed (CAMEO 057, both
 * sides coded) up to and including `prev`, for sentence_context.last_measure[MEASURE_DEAL];
 * `before` when `prev` codes none. */
const char *coref_last_deal(const coded_sentence *prev, arena *a, const char *before);
/* Whoever took the decision or made the allegation that "the ruling", "the allegations"
 * in the next sentence stand for: as coref_forward(), but a sentence without an event that
 * only says something ("The US said it was following the case") names no one. */
const char *coref_forward_measure(const coded_sentence *prev, const char *before);
/* Who made the last demand or appeal (CAMEO 02, 10), accusation or criticism (11) or
 * threat (13), as `kind` (enum said_kind) asks, the sentence coded: the source of its last
 * such event, else `before`. */
const char *coref_forward_said(const coded_sentence *prev, int kind, const char *before);

typedef struct coref_names {
    coref_people people; /* every person named, in document order */
    lex_entry *entries;  /* one actor entry per surname, for sentence_context.people */
    size_t n, cap;
    lex_entry *heads;    /* one actor entry per organisation's head noun, for
                            sentence_context.heads */
    size_t nheads, capheads;
} coref_names;

void coref_names_init(coref_names *c, arena *a, const char *text);
/* Adds the people named in one parsed sentence (its words point into `text`). */
void coref_names_add_sentence(coref_names *c, const parsed_sentence *ps);
/* Adds every person of `c` to the claimants' table `p`. */
/* A person the tree coder found introduced ("Daniel Montalvo, 19,"), with their code: their
 * surname is that actor from then on. */
void coref_names_add_person(coref_names *c, span name, const char *code);

void coref_names_share(const coref_names *c, coref_people *p);

#endif
