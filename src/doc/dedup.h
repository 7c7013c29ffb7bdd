/* dedup.h: one event stated twice in an article is one event with two mentions.
 *
 * Contract: dedup_events() merges the events of one document that have the same source
 * code, target code, event code and date (the date and its precision), unless their
 * sources are two people named differently (by surname: "Cooper" and "Boswell"): the first
 * statement is kept (its sentence, spans, status and said_by) and its `mentions` counts
 * every statement; the others are removed, the order of the rest is kept. Returns the new
 * count. Works in place, in linear expected time (a hash of the four fields). */
#ifndef SITREP_DOC_DEDUP_H
#define SITREP_DOC_DEDUP_H

#include "coder/event.h"

#include <stddef.h>

size_t dedup_events(event *ev, size_t n);

/* dedup_restated() merges, after dedup_events(), an event told again without a date of its
 * own (precision doc) into the same event (source, target and event code) an earlier
 * sentence dated to a day or a week no more than a week before the article's date ("Putin
 * met Kim on Wednesday. [...] The two leaders held talks for four hours."): the earlier
 * mention is kept and counts both. Not when the later sentence tells of another time
 * ("again", "another", "a second", "new", "fresh", "renewed", "further"). `text` is the
 * document's cleaned text. Returns the new count; works in place, keeping the order. */
size_t dedup_restated(event *ev, size_t n, const char *text);

#endif
