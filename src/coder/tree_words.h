/* tree_words.h: the closed lists of English words the tree coder reads: event nouns and
 * adjectives with the verbs they stand for, verbs of saying, verbs that perform an event
 * named by their object, participles whose passive is a state, indefinite pronouns, nouns
 * and titles that mark a private person, ages, and the agents that arrests and charges
 * imply. Pure functions over a word's lemma, tag and form; the lists are constant. */
#ifndef SITREP_CODER_TREE_WORDS_H
#define SITREP_CODER_TREE_WORDS_H

#include "syntax/tree.h"
#include "syntax/ud.h"

#include <stdbool.h>

/* Event nouns: a noun that names an event is coded as the verb it stands for, with the
 * possessor or "by" phrase as the subject ("Chile's delivery of vaccines to Peru" reads as
 * "Chile delivered vaccines to Peru"). `object_preps` are the prepositions whose phrase
 * becomes the verb's object ("the attack on Kyiv" -> "attacked Kyiv"); `of_is_agent`
 * marks nouns whose "of" phrase is the actor ("the visit of the president"). */
typedef struct event_noun {
    const char *lemma, *verb, *object_preps;
    bool of_is_agent;
} event_noun;

/* The event noun (a NOUN) or event adjective (an ADJ) the word's lemma is, or NULL. */
const event_noun *tree_event_noun(const ud_word *w);
bool tree_is_event_noun(const ud_word *w);
/* The verb an event noun stands for, with what its adjectives add ("military
 * cooperation": "cooperated militarily with"). */
const char *tree_event_noun_verb(const ud_tree *t, int noun, const event_noun *en);
/* An event noun whose owner suffers the act ("Navalny's release", "the journalist's
 * arrest"), unless an "of" phrase names who does ("Russia's release of prisoners"). */
bool tree_patient_noun(const ud_word *w);
/* A weekday or month name, in full or abbreviated ("Thursday", "May", "Fri", "Sept."):
 * part of a date, never of a person's name. */
bool tree_calendar_word(const ud_word *w);
/* Does the event noun take `prep` as one of its arguments (its object prepositions, "by"
 * for its actor, "of")? */
bool tree_event_noun_takes(const ud_word *noun, const char *prep);
/* Is `word` one of the blank-separated words of `list`? */
bool tree_word_in_list(const char *word, const char *list);

/* Verbs that attribute words to their subject ("said", "told", "confirmed"). */
bool tree_verb_of_saying(const ud_word *w);

/* An adjective by which a speaker judges someone's act ("it was damning that the Home
 * Office isn't doing this", "this move from government is clumsy"): the verb of that
 * judgement ("criticized", "praised"), or NULL. */
const char *tree_judgement_verb(const ud_word *w);
/* Nouns that name a prospect ("options for cooperation", "plans for talks", "the
 * possibility of sanctions"): the act after them is only considered. */
bool tree_prospect_noun(const ud_word *w);
/* Verbs that perform or voice the event their object names ("launched an attack",
 * "expressed support"), as opposed to perceiving, reporting or judging it. */
bool tree_performs_event(const ud_word *verb);
/* Participles whose passive reads as a state ("is opposed to", "were engaged in"). */
bool tree_stative_passive(const ud_word *w);
/* someone, anyone, nobody, ... */
bool tree_indefinite_pronoun(const ud_word *w);

/* A noun that, in apposition to a name, says it is a private person's ("a 14-year-old
 * boy", "his wife"). */
bool tree_person_noun(const ud_word *w);
/* Mr., Mrs., Ms., Miss */
bool tree_courtesy_title(const ud_word *w);
/* A number that reads as an age in apposition ("Daniel Montalvo, 19,"): 1 to 119. */
bool tree_age_number(const ud_word *w);

/* The agent an agentless passive of `lemma` implies ("arrested": "police", "charged":
 * "prosecutors"), or NULL; *needs is a word one of the verb's dependents must be for the
 * rule to hold ("released on bail": "bail"), or NULL. */
const char *tree_implied_agent(const char *lemma, const char **needs);
/* The nth (from 0) of the implied agents listed for `lemma`, as tree_implied_agent, or
 * NULL past the last: one lemma may imply different agents by the oblique each needs
 * ("placed under investigation": judges; "placed under house arrest": police). */
const char *tree_implied_agent_nth(const char *lemma, int nth, const char **needs);

#endif
