/* syntax.c: tag, lemmatise and parse one sentence (see syntax.h). */
#include "syntax/syntax.h"

#include "syntax/lemma.h"
#include "syntax/parser.h"
#include "syntax/tagger.h"
#include "syntax/words.h"

static void analyze_piece(const syntax_model *m, arena *a, ud_sentence *s, uint32_t from,
                          uint32_t n, int what)
{
    syn_word *w = arena_alloc(a, n * sizeof *w);
    ud_sentence piece = *s;
    piece.words = s->words + from;
    piece.n = n;
    syn_words_prepare(w, &piece);
    tagger_tag(m, w, n);
    if (what & SYNTAX_TAG)
        for (uint32_t i = 0; i < n; i++)
            linear_prefetch(&m->lemma_words, lemma_word_key(&w[i], w[i].tag));
    for (uint32_t i = 0; i < n; i++) {
        ud_word *u = &piece.words[i];
        if (what & SYNTAX_TAG) {
            u->upos = m->tag_upos[w[i].tag];
            u->xpos = m->tag_xpos[w[i].tag];
            u->lemma = lemma_of(m, a, &w[i], u->form);
        } else {
            int t = syntax_model_tag(m, u->upos, u->xpos);
            if (t >= 0)
                w[i].tag = (uint32_t)t; /* parse with the tags given */
        }
    }
    if (!(what & SYNTAX_PARSE))
        return;
    int32_t *heads = arena_alloc(a, (n + 1) * sizeof *heads);
    int32_t *labels = arena_alloc(a, (n + 1) * sizeof *labels);
    parser_parse(m, w, n, a, heads, labels);
    for (uint32_t i = 0; i < n; i++) {
        ud_word *u = &piece.words[i];
        u->head = heads[i + 1] == 0 ? 0 : heads[i + 1] + (int32_t)from;
        u->deprel = m->labels[labels[i + 1]];
    }
}

void syntax_analyze(const syntax_model *m, arena *a, ud_sentence *s, int what)
{
    int32_t first_root = 0;
    for (uint32_t from = 0; from < s->n; from += SYNTAX_MAX_WORDS) {
        uint32_t n = s->n - from < SYNTAX_MAX_WORDS ? s->n - from : SYNTAX_MAX_WORDS;
        analyze_piece(m, a, s, from, n, what);
        if (!(what & SYNTAX_PARSE))
            continue;
        for (uint32_t i = from; i < from + n; i++)
            if (s->words[i].head == 0) {
                if (first_root == 0) {
                    first_root = (int32_t)i + 1;
                } else {
                    s->words[i].head = first_root;
                    s->words[i].deprel = "parataxis";
                }
            }
    }
}
