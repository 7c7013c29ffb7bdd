/* parse.h: the shallow parse of one sentence, as the coder needs it.
 *
 * Contract: parse_sentence() turns a span of cleaned text into words: the UD tokenizer's
 * tokens (syntax/ud_tokenize.h: word by word for our lexicon, its TABARI mode with
 * opt->tabari_tokens; the caller's, sentence_context.tokens, when it has them) made
 * TABARI-style (upper case, possessives kept on their word, hyphens and slashes split,
 * commas and quotes as words, other punctuation dropped), assigns every word the dictionary root that covers the
 * most characters (actor, agent, verb, noun, adjective, or a built-in function word),
 * turns verbs into nouns after a determiner or when capitalised mid-sentence (and an
 * actor glued to "pro-" into no actor: "pro-Palestinian"; "ex-" glued to a word is
 * FORMER), finds
 * compound actors ("Arnor, Gondor and Rohan"), removes comma-delimited subordinate
 * clauses, splits the sentence into conjunction-delimited clauses, and resolves
 * pronouns to the actor they stand for. The result lives in the arena given.
 * It never fails: a sentence it cannot make sense of simply has no verbs or actors. */
#ifndef SITREP_PARSE_PARSE_H
#define SITREP_PARSE_PARSE_H

#include "base/arena.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"

#include <stdbool.h>
#include <stdint.h>

enum word_type {
    W_NULL = 0, W_ACTOR, W_AGENT, W_VERB, W_NOUN, W_ADJECTIVE, W_DETERMINER, W_CONJ,
    W_PREP, W_PRONOUN, W_AUXILIARY, W_BY, W_COMMA, W_NUMBER, W_QUOTE
};

enum cap_kind { CAP_NONE = 0, CAP_INIT, CAP_MID };

typedef struct pword {
    const char *s;       /* upper-case text */
    uint16_t len;
    uint32_t start, end; /* byte span in the cleaned text */
    uint8_t cap;         /* enum cap_kind */
    uint8_t type;        /* enum word_type */
    bool head, tail;     /* first / last word of its root */
    bool compound;       /* inside a compound actor phrase */
    bool subord;         /* inside a removed subordinate clause */
    bool source;         /* the outlet an item opens with ("DPA: ..."): no antecedent */
    bool former;         /* the built-in adjective FORMER */
    bool plural;         /* pronoun: THEY/THEM/THEIR; conj: AND/NOR */
    bool negated;        /* verb head: negated by NOT, N'T or NEVER (opt->petrarch only) */
    int16_t other_end;   /* head: index of its tail; tail: index of its head */
    int16_t ref;         /* pronoun: index of the antecedent actor head, else -1 */
    int16_t comp_end;    /* head of a compound segment: its last word, else -1 */
    const lex_entry *entry; /* actor/agent/noun/adjective root (on the head) */
    const lex_verb *verb;   /* verb root (on the head) */
    const lex_code *code;   /* actor: the code valid on the sentence date */
    const char *fwd_code;   /* pronoun resolved to an actor of the previous sentence */
    /* what the dictionaries read here before comma clauses were removed (which clears
       type, head and entry): for readers that have their own clauses (the tree coder) */
    uint8_t read_type;
    bool read_head;
    const lex_entry *read_entry;
} pword;

typedef struct clause {
    int16_t start, end; /* inclusive word indexes */
    bool own_subject;   /* an attribution clause after a comma: its source is its own */
} clause;

enum parse_problem {
    PARSE_OK = 0, PARSE_NO_TEXT, PARSE_TOO_SHORT, PARSE_DISCARD, PARSE_COMPLEX
};

typedef struct parsed_sentence {
    pword *w;
    int16_t n;
    clause *clauses;
    int16_t nclauses;
    uint8_t problem;      /* enum parse_problem */
    const char *problem_detail;
    int32_t date;         /* YYYYMMDD used for date-restricted codes */
} parsed_sentence;

/* The most words one sentence may have; longer sentences are cut (as TABARI does). */
#define PARSE_MAX_WORDS 500

/* What the sentences before this one leave for it to refer to. */
typedef struct sentence_context {
    const char *forward; /* the actor a pronoun opening the sentence stands for, or NULL */
    const char *pair;    /* the two states last named ("RUS/PRK"), for "the two countries" */
    const lex_entry *people; /* people the document named before (coref.h), one one-word
                                actor entry per surname: a capitalised word that no root
                                covers and that is one of them is that person's actor */
    size_t npeople;
    /* the document's home state (the state it names most so far, coref.h): `home_text` is
       words the lexicon codes as that state (its first mention), `home_code` its code;
       NULL when none. The tree coder gives it to agents and people without a country. */
    const char *home_text;
    const char *home_code;
    /* the person a "he" or "she" opening the sentence stands for (the last person coded
       before), or NULL: a state is no "he" */
    const char *forward_person;
    /* the author of the act a description such as "the launch" or "the arrests" stands
       for (coref_forward_act), or NULL: then `forward` */
    const char *forward_act;
    /* whoever took the decision, made the allegation or the offer that a description such
       as "the ruling" or "the allegations" stands for (coref_forward_measure), or NULL:
       then `forward` */
    const char *forward_measure;
    /* organisations the document named before, one one-word actor entry per head noun of
       their names ("the Bangladesh Nationalist Party" -> PARTY): "the party" after the
       determiner is that organisation (the latest of that head noun wins) */
    const lex_entry *heads;
    size_t nheads;
    /* the sentence's tokens when the caller has them already: the UD sentence's
       (ud_sentence_tokens in syntax/ud_tokenize.h, in the mode opt->tabari_tokens names),
       of which those inside [start, end) are read; NULL: text[start..end) is tokenized
       with ud_text_tokens(). Either way the words come from the one UD tokenizer. */
    const struct token *tokens;
    size_t ntokens;
    /* the two states last opposed in a conflict event (CAMEO quad classes 3 and 4: "KOR/
       PRK"), for "both sides", "the two sides"; NULL: `pair` */
    const char *sides;
    /* who last made the demand or appeal, the accusation or criticism, the threat or
       warning (enum said_kind) that a description such as "the demands" or "the
       accusations" stands for (coref_forward_said), or NULL: then `forward_measure` */
    const char *forward_said[3];
    /* the organisation the document named last (coref_last_organisation), or NULL: "the
       group" many sentences after Hezbollah is named is Hezbollah when no other
       organisation was named since (parse_organisation_code) */
    const char *last_organisation;
    /* the source of the document's last armed act (CAMEO 18 to 20, coref_last_armed), or
       NULL: what "the attack", "the strikes" in a later sentence stand for, however many
       sentences about other things came between */
    const char *last_armed;
    /* the actors of the last list of actors the document named before this sentence
       ("FRA/DEU/GBR", parse_actor_list), or NULL: "the three countries" after them, and
       "they" after a sentence whose actor was one of them */
    const char *group;
    /* `group` when the sentence before this one named it, else NULL: "they" opening the
       sentence after "Colombia and Venezuela restored relations" is both */
    const char *group_before;
    /* the source of the document's last measure of each kind (enum measure_kind,
       coref_last_measure), or NULL: whoever imposed "the sanctions", whose court gave "the
       verdict" or "the warrant" a later sentence judges, whatever was told between; for
       MEASURE_DEAL the two parties of the last agreement signed ("IRN/USA", coref_last_deal),
       one of which "the deal" is to the other in a later sentence */
    const char *last_measure[3];
    /* the two states of the document's last armed act (CAMEO 18 to 20) one state did to
       another, the state hit first ("UKR/RUS", coref_last_attacked), or NULL: whose
       soldiers or civilians "two soldiers", "three civilians" are in a later sentence that
       names no other side */
    const char *last_attacked;
    /* the target of the document's last arrest or detention (CAMEO 173) and of its last
       abduction (181), or NULL (coref_last_patient): whom "the detainees" and "the
       hostages" of a later sentence stand for */
    const char *last_detained;
    const char *last_abducted;
} sentence_context;

/* The kinds of measure a story goes on to judge by their own noun ("the sanctions", "the
 * verdict"). */
enum measure_kind { MEASURE_SANCTIONS = 0, MEASURE_RULING, MEASURE_DEAL };

/* The kinds of words a story goes on to answer ("Moscow rejected the demands"). */
enum said_kind { SAID_DEMAND = 0, SAID_ACCUSATION, SAID_THREAT };

/* Is the code an armed group's outside a state's own forces (rebels, insurgents, militias,
 * international militarized groups: PSEREBHMS, LBNUAFHEZ, IMGALQ)? */
bool parse_armed_group_code(const char *c);

/* Is the code a named organisation's: an IGO, an NGO, an international militarized group,
 * an armed group, or another named body (a code of nine letters or more: FRAOPPPTY)?
 * ("KENOPP", a state's opposition, or "IRNGOV", a person's office, is none.) */
bool parse_organisation_code(const char *c);

/* The codes of the actors of the sentence's first list of two to six actors ("Britain,
 * France and Germany": "GBR/FRA/DEU"), each once, or of a list it names again ("the two
 * leaders": "KENGOV/UGAGOV"), or NULL; in the arena. */
const char *parse_actor_list(arena *a, const parsed_sentence *ps);

/* Can an actor code stand for a person ("he", "she")? A code with a role does ("RUSELI",
 * "USAGOV": leaders are coded so); a bare state ("DEU") or an organisation ("IGOUNO") does
 * not. */
bool parse_code_may_be_person(const char *code);

/* Is the agent entry a noun for people named by their role whose country a story keeps
 * ("a Turkish journalist ... the journalist", "the Russian ambassador ... the
 * ambassador"): a one-word entry among those nouns? */
bool parse_role_noun(const lex_entry *e);

/* The surname of the name text[start..end) (its last run of letters, an apostrophe between
 * letters included) upper-cased, in the arena;
 * *len is its length, 0 when the name ends in no letter. */
const char *parse_surname(arena *a, const char *text, uint32_t start, uint32_t end,
                          size_t *len);

/* A one-word actor entry for a person's surname (upper case, `len` bytes), with `code`
 * valid on every date: what sentence_context.people holds. Memory from the arena. */
lex_entry parse_person_entry(arena *a, const char *surname, size_t len, const char *code,
                             const char *origin);

/* Parses with what the previous sentences left (see sentence_context). */
void parse_sentence_in(const lexicon *lx, const coder_options *opt, arena *a, const char *text,
                       uint32_t start, uint32_t end, int32_t date, const sentence_context *ctx,
                       parsed_sentence *out);

/* `forward` is the code of the first actor of the previous sentence of the same story
 * (or NULL): a pronoun with no antecedent in its own sentence stands for it. */
void parse_sentence(const lexicon *lx, const coder_options *opt, arena *a, const char *text,
                    uint32_t start, uint32_t end, int32_t date, const char *forward,
                    parsed_sentence *out);

/* Is word i a description the reading made a reference to an organisation named before
 * ("the agency", "the rights group": its fwd_code), not a pronoun? */
bool parse_body_description(const parsed_sentence *ps, int i);

/* The code of the first actor of a parsed sentence (without agents; a description read as
 * a body named before, "the agency", counts as that body), or NULL: what the
 * next sentence of the story may forward to its pronouns. */
const char *parse_first_actor_code(const parsed_sentence *ps);

/* Is word i the head of an actor (a real actor, or a pronoun standing for one)? */
bool parse_is_actor_head(const parsed_sentence *ps, int i);

/* The actor head a word stands for (a pronoun's antecedent, else the word itself). */
int parse_actor_of(const parsed_sentence *ps, int i);

#endif
