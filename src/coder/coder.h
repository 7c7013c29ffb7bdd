/* coder.h: coding one sentence into events (who did what to whom).
 *
 * Contract: coder_code_sentence() parses the sentence (parse.h), then, clause by clause,
 * tries each verb's patterns longest first, takes the source and target from the pattern
 * ($ + % ^) or from the default rules (first actor of the clause; first actor after the
 * verb, else before it), reverses them in the passive voice, expands compound actors and
 * paired codes, applies subordinate (?) and dominant (!) codes, and removes events whose
 * source equals their target and duplicates. Every event keeps the byte spans of its
 * sentence, actors and verb, and the dictionary line of the pattern that produced it.
 * It is a pure function of its inputs: the lexicon and options are only read, memory
 * comes from the caller's arena, so threads may code sentences concurrently. */
#ifndef SITREP_CODER_CODER_H
#define SITREP_CODER_CODER_H

#include "base/arena.h"
#include "coder/event.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"

#include <stddef.h>
#include <stdint.h>

struct parsed_sentence;

enum code_outcome {
    CODED_EVENTS = 0,     /* at least one event */
    CODED_NO_TEXT,        /* nothing to code */
    CODED_TOO_SHORT,      /* fewer words than the minimum */
    CODED_DISCARD,        /* a discard code was found */
    CODED_COMPLEX,        /* the sentence failed the complexity conditions */
    CODED_NO_EVENTS,      /* no verb produced an event */
    CODED_ONLY_NULL,      /* only null-coded patterns matched */
    CODED_NO_VALID,       /* events were found but none survived (source == target, ...) */
};

typedef struct coded_sentence {
    int outcome;          /* enum code_outcome */
    const char *first_actor; /* code of the sentence's first actor: forwarded to the
                                pronouns of the next sentence */
    const char *detail;   /* human-readable reason when there are no events */
    event *events;
    size_t nevents;
    const struct parsed_sentence *parse; /* the sentence's parse (parse.h), in the arena:
                                            later stages may read it instead of parsing
                                            the sentence again */
    const struct named_person *persons; /* private persons the sentence introduces (the
                                           tree coder: "Daniel Montalvo, 19, ..."), for
                                           later sentences to know their surnames */
    size_t npersons;
} coded_sentence;

/* A person a sentence names with the actor code the text gives them. */
typedef struct named_person {
    span name;        /* the name as written */
    const char *code; /* e.g. "USACVL" */
} named_person;

/* Codes text[start..end) (one sentence or one TABARI record). `date` is YYYYMMDD (0 when
 * unknown) and selects date-restricted actor codes. `forward` is the previous sentence's
 * first_actor (or NULL) for pronouns that open a sentence. */
void coder_code_sentence(const lexicon *lx, const coder_options *opt, arena *a,
                         const char *text, uint32_t start, uint32_t end, int32_t date,
                         uint32_t sentence_index, const char *forward, coded_sentence *out);

/* The same with everything the previous sentences left (see parse.h's sentence_context:
 * the forwarded actor and the two states last named). */
typedef struct sentence_context sentence_context;
void coder_code_sentence_in(const lexicon *lx, const coder_options *opt, arena *a,
                            const char *text, uint32_t start, uint32_t end, int32_t date,
                            uint32_t sentence_index, const sentence_context *ctx,
                            coded_sentence *out);

const char *code_outcome_name(int outcome);

/* An actor code with an agent's code, as events compose them: "RUS" + "~MIL" = "RUSMIL",
 * "NGO~" + "KEN" = "NGOKEN"; the actor itself when the agent adds nothing. */
const char *coder_compose_code(arena *a, const char *actor, const char *agent);

#endif
