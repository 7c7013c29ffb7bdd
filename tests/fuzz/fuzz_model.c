/* fuzz_model.c: libFuzzer target for the model loader (syntax/model.c).
 *
 * Any bytes are given to syntax_model_from_bytes(). It must fail with a message or return
 * a model that is safe to use: a model it accepts tags, lemmatizes and parses a few
 * sentences (every head inside its sentence, every relation named) and is freed without a
 * leak. The seed in tests/fuzz/corpus/model/ is a model trained on the three sentences of
 * tests/fuzz/model_seed.conllu (`sitrep train -o tiny.model --folds 0 --tagger-epochs 2
 * --parser-epochs 2 tests/fuzz/model_seed.conllu`), so mutations start from a well-formed
 * file. So that mutations reach the table checks behind the checksum, an input that starts
 * with the magic and has a zero byte 12 (unused header padding) gets its payload length
 * and checksum repaired first; with any other byte 12 the bytes go to the loader as they are. */
#include "base/arena.h"
#include "fuzz_check.h"
#include "syntax/model.h"
#include "syntax/syntax.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static const char sample[] =
    "The minister visited Paris on Monday. Rebels didn't attack the town's market!\n\n"
    "She said that talks will resume (in Geneva) -- \"soon\", 3.5% of 1,000 U.S. officials said.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    void *buf = malloc(size ? size : 1);
    if (size)
        memcpy(buf, data, size);
    if (size >= 32 && memcmp(data, "SITREPUD", 8) == 0 && data[12] == 0) {
        uint64_t plen = size - 32, sum = syntax_model_checksum((char *)buf + 32, plen);
        memcpy((char *)buf + 16, &plen, 8);
        memcpy((char *)buf + 24, &sum, 8);
    }
    sitrep_error err = {0};
    syntax_model *m = syntax_model_from_bytes(buf, size, "fuzz.model", &err);
    if (!m) {
        check(err.message[0] != '\0');
        check(strstr(err.message, "fuzz.model") != NULL);
        return 0;
    }
    arena *a = arena_new(0);
    cleaned_text ct = text_clean(a, sample, sizeof sample - 1);
    ud_sentence *s;
    size_t ns = ud_tokenize(a, ct.text, ct.len, &s);
    for (size_t i = 0; i < ns; i++) {
        syntax_analyze(m, a, &s[i], SYNTAX_ALL);
        for (uint32_t j = 0; j < s[i].n; j++) {
            const ud_word *w = &s[i].words[j];
            check(w->head >= 0 && w->head <= (int32_t)s[i].n);
            check(w->deprel != NULL && w->lemma != NULL && w->xpos != NULL);
        }
    }
    arena_free(a);
    syntax_model_free(m);
    return 0;
}
