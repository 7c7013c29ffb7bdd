/* dateline.h: recognising the dateline that opens a wire story.
 *
 * Contract: dateline_end() looks at text[start..end) (the first sentence of a paragraph)
 * and, when it opens with a dateline such as "SEOUL, March 6 (Reuters) - " or
 * "KYIV (AP) — ", returns the offset of the first byte after it; otherwise it returns
 * `start`. A dateline names where the story was filed, not an actor of the event, so the
 * coder starts after it. */
#ifndef SITREP_DOC_DATELINE_H
#define SITREP_DOC_DATELINE_H

#include <stdint.h>

uint32_t dateline_end(const char *text, uint32_t start, uint32_t end);

#endif
