/* dateline.h: recognising the dateline that opens a wire story.
 *
 * Contract: dateline_end() reads the tokens t[0..n) of the first sentence of a paragraph
 * (the UD tokenizer's words, as the document layer reads them: doc/words.h), spans into
 * `text`, and, when they open with a dateline such as "SEOUL, March 6 (Reuters) - " or
 * "KYIV (AP) — ", returns the offset of the first byte after it (and the blanks after
 * it); otherwise it returns `start`, where the sentence and its first token start. A
 * dateline names where the story was filed, not an actor of the event, so the coder
 * starts after it. dateline_possible() tells from the bytes alone whether
 * text[start..end) may open with one (a capital first, a blank and a dash in its first
 * 100 bytes): when it is false, dateline_end() returns `start`, and the tokens are not
 * needed. */
#ifndef SITREP_DOC_DATELINE_H
#define SITREP_DOC_DATELINE_H

#include "text/text.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool dateline_possible(const char *text, uint32_t start, uint32_t end);
uint32_t dateline_end(const char *text, const token *t, size_t n, uint32_t start);

#endif
