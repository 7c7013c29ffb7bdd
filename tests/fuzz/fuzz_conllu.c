/* fuzz_conllu.c: libFuzzer target for the CoNLL-U reader and writer (syntax/conllu.c) and
 * the evaluator (syntax/ud_eval.c).
 *
 * Any bytes are read with conllu_read; whatever it accepts must be consistent (heads and
 * multiword ranges inside their sentence, non-empty forms), must write out with
 * conllu_write and read back to the same words, and scored against itself must be
 * perfect in words, tokens, sentences and tags. */
#include "base/arena.h"
#include "fuzz_check.h"
#include "base/strbuf.h"
#include "syntax/conllu.h"
#include "syntax/ud_eval.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena *a = arena_new(0);
    conllu_doc d;
    sitrep_error err = {0};
    if (conllu_read(a, "fuzz", (const char *)data, size, &d, &err)) {
        strbuf out = {0};
        size_t words = 0;
        for (size_t i = 0; i < d.n; i++) {
            const ud_sentence *s = &d.sentences[i];
            check(s->n > 0);
            for (uint32_t j = 0; j < s->n; j++) {
                check(s->words[j].form && s->words[j].form[0]);
                check(s->words[j].head >= -1 && s->words[j].head <= (int32_t)s->n);
            }
            for (uint32_t m = 0; m < s->nmwt; m++)
                check(s->mwts[m].first >= 1 && s->mwts[m].first <= s->mwts[m].last);
            words += s->n;
            conllu_write(&out, s, true);
        }
        conllu_doc back;
        if (d.n) {
            check(conllu_read(a, "fuzz-back", out.data, out.len, &back, &err));
            check(back.n == d.n);
            for (size_t i = 0; i < d.n; i++) {
                check(back.sentences[i].n == d.sentences[i].n);
                for (uint32_t j = 0; j < d.sentences[i].n; j++)
                    check(strcmp(back.sentences[i].words[j].form, d.sentences[i].words[j].form) == 0);
            }
        }
        strbuf_free(&out);
        ud_eval e;
        if (!ud_eval_run(d.sentences, d.n, d.sentences, d.n, &e, &err)) {
            /* the one reason a text can fail against itself */
            check(strstr(err.message, "empty form") != NULL);
            arena_free(a);
            return 0;
        }
        check(e.m[UD_EVAL_WORDS].correct == words && e.m[UD_EVAL_WORDS].gold == words);
        check(e.m[UD_EVAL_UPOS].correct == words && e.m[UD_EVAL_XPOS].correct == words);
        check(e.m[UD_EVAL_SENTENCES].correct == d.n);
        check(e.m[UD_EVAL_TOKENS].correct == e.m[UD_EVAL_TOKENS].gold);
    }
    arena_free(a);
    return 0;
}
