/* fuzz_ud_tokenize.c: libFuzzer target for the UD tokenizer (syntax/ud_tokenize.c).
 *
 * Any byte string is cleaned (text_clean, as the pipeline does) and tokenized with a fresh
 * arena. A violation of the contract aborts: sentences and words are ordered, non-empty
 * and inside the text; each form is exactly its bytes; every byte that no word covers is
 * whitespace and every other byte is covered once; multiword tokens agree with their
 * words; and the output scored against itself (ud_eval_run) is perfect. */
#include "base/arena.h"
#include "fuzz_check.h"
#include "syntax/ud_eval.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"
#include "text/text_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena *a = arena_new(0);
    cleaned_text ct = text_clean(a, (const char *)data, size);
    ud_sentence *s;
    size_t n = ud_tokenize(a, ct.text, ct.len, &s);
    check((n == 0) == (s == NULL));
    size_t pos = 0, words = 0;
    for (size_t i = 0; i < n; i++) {
        const ud_sentence *st = &s[i];
        check(st->n > 0 && st->start == st->words[0].start && st->end == st->words[st->n - 1].end);
        for (uint32_t j = 0; j < st->n; j++) {
            const ud_word *w = &st->words[j];
            check(w->has_span && w->start < w->end && w->end <= ct.len);
            check(strlen(w->form) == w->end - w->start);
            check(memcmp(w->form, ct.text + w->start, w->end - w->start) == 0);
            /* the bytes between two words are whitespace */
            while (pos < w->start) {
                text_char c = text_char_at(ct.text, pos, ct.len);
                check(c.cls == CC_SPACE);
                pos += c.len;
            }
            check(pos == w->start);
            pos = w->end;
            if (w->mwt) {
                check(w->mwt <= st->nmwt);
                const ud_mwt *m = &st->mwts[w->mwt - 1];
                check(m->first <= j + 1 && j + 1 <= m->last && m->last <= st->n);
            }
            words++;
        }
        for (uint32_t m = 0; m < st->nmwt; m++) {
            const ud_mwt *t = &st->mwts[m];
            check(t->first < t->last && t->last <= st->n);
            check(t->start == st->words[t->first - 1].start && t->end == st->words[t->last - 1].end);
            check(strlen(t->form) == t->end - t->start);
        }
    }
    while (pos < ct.len) {
        text_char c = text_char_at(ct.text, pos, ct.len);
        check(c.cls == CC_SPACE);
        pos += c.len;
    }
    ud_eval e;
    check(ud_eval_run(s, n, s, n, &e, NULL));
    check(e.m[UD_EVAL_WORDS].correct == words && e.m[UD_EVAL_WORDS].gold == words);
    check(e.m[UD_EVAL_SENTENCES].correct == n);
    check(e.m[UD_EVAL_TOKENS].correct == e.m[UD_EVAL_TOKENS].gold);
    arena_free(a);
    return 0;
}
