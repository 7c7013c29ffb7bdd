/* line_counter.c: line numbers of byte offsets, counted forward (see line_counter.h). */
#include "base/line_counter.h"

void line_counter_init(line_counter *lc, const char *data, size_t len)
{
    lc->data = data;
    lc->len = len;
    lc->pos = 0;
    lc->line = 1;
}

size_t line_counter_at(line_counter *lc, size_t pos)
{
    if (pos < lc->pos) {
        lc->pos = 0;
        lc->line = 1;
    }
    for (size_t i = lc->pos; i < pos && i < lc->len; i++)
        if (lc->data[i] == '\n')
            lc->line++;
    lc->pos = pos;
    return lc->line;
}
