/* attribution.h: who the text says makes a claim (reported speech and sourcing).
 *
 * Contract: attribution_find() lists the attributions in the tokens of one sentence:
 *  - ATTR_BEFORE   "X said (that) ...", "X told Y that ...", "X noted / claimed / stressed /
 *                  emphasized / added / believes / observed ...", and announced / warned /
 *                  confirmed / reported / denied ... when followed by "that": the claim is
 *                  what follows the speech verb (after "that" when the verb takes an object
 *                  first, as "told");
 *  - ATTR_AFTER    "..., X said", "...," X said", "..., said X": the claim is what precedes;
 *  - ATTR_ACCORDING "according to X": the whole sentence;
 *  - ATTR_MEDIA    "it was reported that", "there are reports that", "X is said (believed,
 *                  alleged, reported) to", "media reported",
 *                  "reports said", "reportedly": an unnamed claimant, said_by "media" (an
 *                  expletive "there" is never a speaker);
 *  - ATTR_HEADLINE a headline ending in " - speaker" ("... to Russia - military expert X"),
 *                  or opening with "speaker:" ("Kremlin: Ukraine attacked Belgorod"; with a
 *                  state's bare name there, its topic, the claim covers nothing);
 *  - ATTR_ITEM     an item of a news roundup, any sentence opening with "source:"
 *                  ("DPA: Iraqi authorities announced ...", "Al-Zaman : Guerrillas ..."):
 *                  the whole item, when the name is an outlet's (a media actor) or unknown
 *                  to the dictionaries; else (a state, a person) the claim covers nothing.
 * The speaker is the subject of the speech verb: the words back to the clause start (at
 * most ATTR_MAX_LOOKBACK tokens back, so that the time stays linear in the sentence), without
 * leading adverbials ("Later,", "In January 2023,", "But in April,") or a trailing
 * apposition ("X, head of Y, said" gives "X"). Spans are byte offsets in the cleaned text.
 * attribution_codes() fills each speaker's actor code from the parse of the sentence
 * (parse.h): the first actor in the speaker's words, with an agent in them appended
 * ("the US State Department" -> USAGOV); NULL when there is none; and the person's name
 * (the capitalised words at its end that the lexicon does not know).
 * attribution_extend_quotes() lets a claim reach over a quotation that spans sentences:
 * an ATTR_AFTER right after a closing quote covers back to its opening quote, an
 * ATTR_BEFORE right before an opening quote covers up to its closing quote.
 * Everything is a pure function; memory comes from the arena given. */
#ifndef SITREP_DOC_ATTRIBUTION_H
#define SITREP_DOC_ATTRIBUTION_H

#include "base/arena.h"
#include "coder/event.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

#include <stdbool.h>

#define ATTR_MAX_LOOKBACK 400

struct parsed_sentence; /* parse/parse.h */

enum attribution_kind {
    ATTR_BEFORE = 1, ATTR_AFTER, ATTR_ACCORDING, ATTR_MEDIA, ATTR_HEADLINE, ATTR_ITEM
};

typedef struct attribution {
    uint8_t kind;       /* enum attribution_kind */
    span cue;           /* the speech words ("said", "according to", "it was reported") */
    span speaker;       /* the claimant as written; empty for unnamed media */
    span claim;         /* the text the claim covers */
    const char *code;   /* the claimant's actor code, or NULL */
    const char *agent;  /* the claimant's agent code when it names no actor ("the army":
                           "~MIL"), for the document to give the state it belongs to */
    span name;          /* a person's name at the end of the speaker's words ("Sergei
                           Shoigu" in "Russian Defense Minister Sergei Shoigu"), else empty */
    uint32_t sentence;  /* index of the sentence it was found in */
} attribution;

size_t attribution_find(arena *a, const char *text, const token *t, size_t n, uint32_t sent_index,
                        attribution **out);

void attribution_codes(const lexicon *lx, const coder_options *opt, arena *a, const char *text,
                       uint32_t start, uint32_t end, int32_t date, attribution *at, size_t n);
/* The same from a parse of the sentence already made: `ps` must be what parse_sentence()
 * gives for text[start..end) on `date` with no forwarded actor (the coder's own parse
 * qualifies when it covered the same span and date, and its forwarded actor changed no
 * word of a speaker, see document.c). */
void attribution_codes_parsed(arena *a, const char *text, const struct parsed_sentence *ps,
                              attribution *at, size_t n);

/* A quotation: the byte offsets of its opening and closing marks. */
typedef struct quote_span {
    uint32_t open, close;
} quote_span;

/* Is text[i] a straight single quote standing alone between blanks (or at the text's
 * edge), a quotation mark of a block quote ("AP reported: ' A radical cleric has ...
 * the phrase. '"), not an apostrophe or a quote inside a word? */
bool attribution_lone_quote(const char *text, size_t len, size_t i);

/* Pairs the quotation marks of a text ("...", curly quotes, single quotes standing alone
 * around a block quote) within paragraphs (a line break ends an unclosed quotation);
 * returns the count, *out in the arena. */
size_t attribution_quotes(arena *a, const char *text, size_t len, quote_span **out);

/* Extends claims to the quotations they open: the quotation right after an attribution's
 * cue, or one a colon opens after it ("AP reported: ' ... '"). */
void attribution_extend_quotes(attribution *at, size_t n, const quote_span *q, size_t nq,
                               const char *text);

/* The attribution whose claim covers the verb (the innermost one; never one whose own
 * speech words are the verb), or NULL. */
const attribution *attribution_for(const attribution *at, size_t n, span verb);

#endif
