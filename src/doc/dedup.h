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

#endif
