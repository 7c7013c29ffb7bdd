/* fuzz_text.c: libFuzzer target for the text pipeline (clean, split, tokenize).
 *
 * Any byte string goes through text_clean, text_split_sentences and ud_text_tokens, the
 * tokens every stage reads, in both modes (per sentence and over the whole text) with a fresh arena each time; the invariants the rest
 * of the engine relies on are checked and a violation aborts: the cleaned text is valid
 * (cleaning it again changes nothing), sentences are ordered, non-empty and inside the
 * text, tokens are ordered inside their span and their normal forms have the stated
 * length. */
#include "base/arena.h"
#include "syntax/ud_tokenize.h"
#include "text/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check(int ok)
{
    if (!ok)
        abort();
}

static void check_tokens(const token *t, size_t n, uint32_t start, uint32_t end)
{
    uint32_t prev = start;
    for (size_t i = 0; i < n; i++) {
        check(t[i].start >= prev && t[i].start < t[i].end && t[i].end <= end);
        check(t[i].upper != NULL && strlen(t[i].upper) == t[i].len && t[i].len > 0);
        check(t[i].kind <= TOK_PUNCT);
        check(((t[i].flags & TOKF_SENT_START) != 0) == (i == 0));
        prev = t[i].end;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    arena *a = arena_new(0);
    cleaned_text ct = text_clean(a, (const char *)data, size);
    check(ct.text[ct.len] == '\0' && ct.len == size + 2 * ct.issue_count);
    check(text_clean(a, ct.text, ct.len).issue_count == 0);
    if (ct.issue_count == 0)
        check(memcmp(ct.text, data, size) == 0);

    sentence *s;
    size_t ns = text_split_sentences(a, ct.text, ct.len, &s);
    uint32_t prev = 0;
    for (size_t i = 0; i < ns; i++) {
        check(s[i].start >= prev && s[i].start < s[i].end && s[i].end <= ct.len);
        prev = s[i].end;
        for (int mode = UD_TOKENS; mode <= UD_TOKENS_TABARI; mode++) {
            token *t;
            size_t nt = ud_text_tokens(a, ct.text, s[i].start, s[i].end, mode, &t);
            check(nt > 0);
            check_tokens(t, nt, s[i].start, s[i].end);
        }
    }

    if (ct.len <= UINT32_MAX) {
        for (int mode = UD_TOKENS; mode <= UD_TOKENS_TABARI; mode++) {
            token *t;
            size_t nt = ud_text_tokens(a, ct.text, 0, (uint32_t)ct.len, mode, &t);
            check_tokens(t, nt, 0, (uint32_t)ct.len);
        }
    }
    arena_free(a);
    return 0;
}
