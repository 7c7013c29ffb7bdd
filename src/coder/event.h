/* event.h: the coded event record, as every writer and store receives it.
 *
 * Contract: an event belongs to a document and points into its cleaned text by byte spans
 * (sentence, source, target, verb). Strings are owned by the document's arena (or by the
 * frozen lexicon) and live as long as the document. Fields that a later stage fills
 * (date, status, said_by) are NULL / zero until it does; writers print them as null. */
#ifndef SITREP_CODER_EVENT_H
#define SITREP_CODER_EVENT_H

#include <stddef.h>
#include <stdint.h>

typedef struct span {
    uint32_t start, end; /* byte offsets in the document's cleaned text; start == end: none */
} span;

struct lex_entry;

typedef struct actor_ref {
    const char *code;    /* full code, e.g. "RUSMIL"; never NULL in a finished event */
    char country[8];     /* leading country/organisation code ("RUS"), "" when unknown */
    char role[16];       /* the role part after it ("MIL"), "" when none */
    const char *text;    /* the matched words as they stand in the text (may be NULL) */
    span where;
    const char *entry;   /* "file:line" of its dictionary entry, or NULL (pronoun, default) */
    const struct lex_entry *lexicon_entry; /* that entry (NULL: none): the document layer
                                              reads its code on the event's own date */
} actor_ref;

/* DATE_WEEK: "last week", "next week": the date is that week's Monday */
enum date_precision { DATE_NONE = 0, DATE_DAY, DATE_MONTH, DATE_YEAR, DATE_DOC, DATE_WEEK };
enum event_status { STATUS_ASSERTED = 0, STATUS_REPORTED, STATUS_HYPOTHETICAL, STATUS_NEGATED };

typedef struct event {
    uint32_t sentence_index; /* 0-based within the document */
    span sentence;
    actor_ref source, target;
    char code[8];            /* CAMEO code as written in the dictionary: "042", "0234" */
    span verb;
    const char *verb_entry;  /* provenance: "file:line" of the verb pattern, or NULL */

    /* document layer */
    char date[11];           /* YYYY-MM-DD (first day when precision is month/year), "" */
    uint8_t date_precision;  /* enum date_precision */
    const char *date_text;   /* the words the date came from, or NULL */
    uint8_t status;          /* enum event_status */
    const char *status_cue;  /* the cue word ("may", "not", "said"), or NULL */
    const char *said_by_code;
    const char *said_by_text;

    /* evidence (filled by the coder and the document layer; NULL / 0 until then) */
    const char *said_by_cue;  /* the words that attribute the claim ("said", "according to") */
    uint32_t mentions;        /* times the article states this event (0 is read as 1) */
    uint8_t tree_status;      /* 1 when the tree coder read status and status_cue from the
                                 tree (negation, modals, intent): the document layer keeps
                                 them (it may still make an asserted event reported) */
    uint8_t implied_source;   /* 1 when the source is implied by the verb, not written
                                 ("Montalvo was arrested": the police): a pronoun in the
                                 next sentence does not stand for it */
    uint8_t speaker_source;   /* 1 when the source is the one whose words state the event
                                 ("Dewar said the lapses raise questions about the
                                 government"): the statement itself, asserted */
    uint8_t object_target;    /* 1 when the verb pattern takes its target right after the
                                 verb ("- * + [163]"): on the tree, the verb's object */
    uint8_t writer_aside;     /* 1 when the event is the writer's aside after the clause a
                                 speaker's verb governs ("..., a move criticised by
                                 Azerbaijan"): the document layer attributes it to no one */
    const char *tree_path;    /* the tree coder's evidence: the predicate and the relations
                                 that link each actor to it ("supplying <-advcl- accused
                                 -obj-> Iran ..."), or NULL */
} event;

/* Fills country/role of an actor from its code: a 3-letter prefix is the country or
 * organisation, the rest (in 3-letter steps) the roles. */
void actor_ref_split_code(actor_ref *a);

const char *date_precision_name(int precision); /* "day", "week", "month", "year", "doc", NULL */
const char *event_status_name(int status);      /* "asserted", ... */

#endif
