/* document.c: coding a whole article sentence by sentence (see document.h). */
#include "doc/document.h"
#include "text/text.h"

#include <ctype.h>
#include <string.h>

int32_t document_date_number(const char *date)
{
    if (!date || strlen(date) != 10 || date[4] != '-' || date[7] != '-')
        return 0;
    int32_t v = 0;
    for (int i = 0; i < 10; i++) {
        if (i == 4 || i == 7)
            continue;
        if (!isdigit((unsigned char)date[i]))
            return 0;
        v = v * 10 + (date[i] - '0');
    }
    return v;
}

void document_code(const lexicon *lx, const coder_options *opt, arena *a, const article *art,
                   const char *default_date, document_result *out)
{
    memset(out, 0, sizeof *out);
    cleaned_text ct = text_clean(a, art->text ? art->text : "", art->text_len);
    out->text = ct.text;
    out->text_len = ct.len;
    out->invalid_bytes = ct.issue_count;
    out->first_invalid = ct.first_issue;
    const char *date = art->date ? art->date : default_date;
    int32_t datenum = document_date_number(date);

    sentence *sents;
    size_t ns = text_split_sentences(a, ct.text, ct.len, &sents);
    out->nsentences = ns;
    event *all = NULL;
    size_t n = 0, cap = 0;
    const char *forward = NULL;
    for (size_t i = 0; i < ns; i++) {
        coded_sentence cs;
        coder_code_sentence(lx, opt, a, ct.text, sents[i].start, sents[i].end, datenum,
                            (uint32_t)i, forward, &cs);
        if (cs.first_actor)
            forward = cs.first_actor;
        if (cs.nevents == 0)
            continue;
        if (n + cs.nevents > cap) {
            size_t ncap = cap ? cap * 2 : 16;
            while (ncap < n + cs.nevents)
                ncap *= 2;
            event *grown = arena_alloc(a, ncap * sizeof *grown);
            if (n)
                memcpy(grown, all, n * sizeof *grown);
            all = grown;
            cap = ncap;
        }
        for (size_t k = 0; k < cs.nevents; k++) {
            event *e = &all[n++];
            *e = cs.events[k];
            if (date) {
                memcpy(e->date, date, 10);
                e->date[10] = '\0';
                e->date_precision = DATE_DOC;
            }
        }
    }
    out->events = all;
    out->nevents = n;
}
