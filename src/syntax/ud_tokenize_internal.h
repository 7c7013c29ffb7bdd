/* ud_tokenize_internal.h: what the files of the UD tokenizer share and nobody else needs. */
#ifndef SITREP_SYNTAX_UD_TOKENIZE_INTERNAL_H
#define SITREP_SYNTAX_UD_TOKENIZE_INTERNAL_H

#include "syntax/ud_tokenize.h"

/* The UD_TOKENS_TABARI tokens of text[start..end) (ud_tokenize_tabari.c): one scan of the
 * bytes, as TABARI reads a sentence; the first token is SENT_START. Returns the count and
 * sets *out (arena memory; NULL when there is none). */
size_t ud_tabari_scan(arena *a, const char *text, uint32_t start, uint32_t end, token **out);

#endif
