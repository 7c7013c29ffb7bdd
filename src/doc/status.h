/* status.h: whether the text says an event happened, might happen, or did not happen.
 *
 * Contract: status_decide() looks at the clause that governs an event's verb: the words
 * between the nearest clause boundary before the verb (sentence start, a comma, a quote
 * mark, ';', ':', that, which, who, because, but, "and" before a new subject) and the verb.
 *  - negated:      not, n't, never, no, neither, nor, cannot, failed to, refused to,
 *                  declined to, denied ("not only", "not without", "whether or not" are
 *                  not negations);
 *  - hypothetical: may, might, could, would, should, must, can, likely, unlikely,
 *                  possible, possibly, probably, perhaps, allegedly, expected to, plans to,
 *                  ready to, prepared to, set to, intends to, if, whether, unless,
 *                  "cannot / do not rule out", "must be prepared for"; a sentence ending
 *                  in '?'; a headline's "X to do" (one to four capitalised words, "to",
 *                  the verb, no closing period: "Scholz to visit Beijing").
 * The cue nearest the verb wins ("may not" is negated, "not likely" hypothetical). When the
 * clause is the complement of a higher one (after that / whether / if), the higher clauses
 * are searched too, up to the sentence start, for hypothetical cues ("it is possible that
 * ..."), "rule out" under a negation (hypothetical) and deny / denied (negated).
 * Nothing found: STATUS_ASSERTED and no cue (the caller turns it into "reported" when the
 * claim is attributed). Only the STATUS_MAX_LOOKBACK tokens before the verb are searched
 * (as if the sentence started there), so that the time per event is bounded. Pure
 * function; the cue text is copied into the arena. */
#ifndef SITREP_DOC_STATUS_H
#define SITREP_DOC_STATUS_H

#include "base/arena.h"
#include "coder/event.h"
#include "text/text.h"

#define STATUS_MAX_LOOKBACK 400

typedef struct status_result {
    uint8_t status;   /* enum event_status: asserted, hypothetical or negated */
    const char *cue;  /* the cue words as written, or NULL */
    span where;       /* their span */
} status_result;

void status_decide(arena *a, const char *text, const token *t, size_t n, span verb,
                   status_result *out);

#endif
