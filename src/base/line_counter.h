/* line_counter.h: the line numbers of byte offsets in a buffer, for readers' messages.
 *
 * Contract: counting goes forward from the offset last asked about (back to the start when
 * asked about an earlier one), so a reader that asks in order pays once for the whole
 * buffer. The buffer is not owned and must outlive the counter. Lines count from 1. */
#ifndef SITREP_BASE_LINE_COUNTER_H
#define SITREP_BASE_LINE_COUNTER_H

#include <stddef.h>

typedef struct line_counter {
    const char *data;
    size_t len;
    size_t pos, line; /* line number `line` holds byte `pos` */
} line_counter;

void line_counter_init(line_counter *lc, const char *data, size_t len);
/* The line that holds byte `pos` (an offset past the end counts the lines up to the end). */
size_t line_counter_at(line_counter *lc, size_t pos);

#endif
