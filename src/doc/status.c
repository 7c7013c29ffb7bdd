/* status.c: asserted, hypothetical or negated, from the cue words of the governing clause
 * (see status.h). */
#include "doc/status.h"

#include <ctype.h>
#include <stdbool.h>
#include "doc/words.h"

#include <stdint.h>
#include <string.h>

/* The word lists (complementizers, clause boundaries, determiners, cues) are in words.c. */

static bool is_boundary(const token *t, size_t k, size_t n)
{
    if (WORD_IS(&t[k], WC_COMPLEMENTIZER | WC_HARD_BOUNDARY))
        return true;
    /* "and" before a new subject: a determiner, a pronoun or a name */
    if ((IS(&t[k], "AND") || IS(&t[k], "OR")) && k + 1 < n &&
        (WORD_IS(&t[k + 1], WC_DETERMINER) || (t[k + 1].flags & TOKF_CAPITALIZED)))
        return true;
    return false;
}

/* "?", or a run of final punctuation that ends with one (".?", one token of the UD
 * tokenizer) */
static bool ends_question(const token *t)
{
    return t->kind == TOK_PUNCT && t->len > 0 && t->upper[t->len - 1] == '?';
}

enum { CUE_NONE = 0, CUE_HYPO, CUE_NEG, CUE_RULE_OUT };

/* "ruled out" and "stopped short of", "fell short of" at token k: what is ruled out or
 * stopped short of is not done ("France ruled out recognising Palestine"), unless the
 * ruling out is itself negated ("has not ruled out": still possible). Its kind, or
 * CUE_NONE; sets *last. */
static int ruled_or_short(const token *t, size_t k, size_t lim, size_t *last)
{
    static const char *const RULE[] = {"RULE", "RULES", "RULED", "RULING", NULL};
    static const char *const STOP[] = {"STOP",  "STOPS", "STOPPED", "STOPPING", "FALL",
                                       "FALLS", "FELL",  "FALLEN",  "FALLING",  NULL};
    if (k + 1 >= lim)
        return CUE_NONE;
    for (const char *const *r = RULE; *r; r++)
        if (word_is(&t[k], *r, strlen(*r)) && IS(&t[k + 1], "OUT")) {
            *last = k + 1;
            const token *b = k > 0 ? &t[k - 1] : NULL;
            bool neg = b && (IS(b, "NOT") || IS(b, "NEVER") || word_is_nt(b) ||
                             (b->len > 3 && memcmp(b->upper + b->len - 3, "N'T", 3) == 0));
            return neg ? CUE_RULE_OUT : CUE_NEG;
        }
    if (IS(&t[k], "SHORT") && IS(&t[k + 1], "OF") && k > 0)
        for (const char *const *r = STOP; *r; r++)
            if (word_is(&t[k - 1], *r, strlen(*r))) {
                *last = k + 1;
                return CUE_NEG;
            }
    return CUE_NONE;
}

/* "yet to" at token k after "has", "have", "is" ... ("Egypt has yet to condemn the
 * strike"): what is yet to be done has not been done. */
static bool yet_to(const token *t, size_t k, size_t lim)
{
    static const char *const BE_HAVE[] = {"HAS", "HAVE", "HAD", "IS", "ARE", "WAS", "WERE", NULL};
    if (!IS(&t[k], "YET") || k == 0 || k + 1 >= lim || !IS(&t[k + 1], "TO"))
        return false;
    for (const char *const *b = BE_HAVE; *b; b++)
        if (word_is(&t[k - 1], *b, strlen(*b)))
            return true;
    return false;
}

/* A cue that starts at token k: its kind and its last token. */
static int cue_at(const token *t, size_t k, size_t lim, size_t *last)
{
    const token *w = &t[k];
    *last = k;
    /* "DIDN'T", or the UD tokenizer's "N'T" split off it */
    bool nt = (w->len > 3 && memcmp(w->upper + w->len - 3, "N'T", 3) == 0) || word_is_nt(w);
    int out = ruled_or_short(t, k, lim, last);
    if (out != CUE_NONE)
        return out;
    if (yet_to(t, k, lim)) {
        *last = k + 1;
        return CUE_NEG;
    }
    if (!nt && !WORD_IS(w, WC_HYPO | WC_HYPO_TO | WC_NEG | WC_NEG_TO))
        return CUE_NONE; /* most words: no cue starts here */
    /* "rule out" under a negation: hypothetical */
    if (IS(w, "CANNOT") || IS(w, "NOT") || nt) {
        size_t j = k + 1;
        if (j < lim && (IS(&t[j], "BE") || IS(&t[j], "TO")))
            j++;
        if (j + 1 < lim && IS(&t[j], "RULE") && IS(&t[j + 1], "OUT")) {
            *last = j + 1;
            return CUE_RULE_OUT;
        }
    }
    if (IS(w, "PREPARED") && k + 1 < lim && IS(&t[k + 1], "FOR")) {
        *last = k + 1;
        return CUE_HYPO;
    }
    if (WORD_IS(w, WC_HYPO_TO) && k + 1 < lim && IS(&t[k + 1], "TO")) {
        *last = k + 1;
        return CUE_HYPO;
    }
    if (WORD_IS(w, WC_NEG_TO) && k + 1 < lim && IS(&t[k + 1], "TO")) {
        *last = k + 1;
        return CUE_NEG;
    }
    if (IS(w, "MAY") && (w->flags & TOKF_CAPITALIZED) && !(w->flags & TOKF_SENT_START))
        return CUE_NONE; /* the month */
    if (WORD_IS(w, WC_HYPO))
        return CUE_HYPO;
    if (IS(w, "NOT")) {
        if (k + 1 < lim && (IS(&t[k + 1], "ONLY") || IS(&t[k + 1], "JUST") ||
                            IS(&t[k + 1], "WITHOUT")))
            return CUE_NONE;
        if (k >= 2 && IS(&t[k - 1], "OR") && IS(&t[k - 2], "WHETHER"))
            return CUE_NONE;
        return CUE_NEG;
    }
    if (nt)
        return CUE_NEG;
    if (WORD_IS(w, WC_NEG))
        return CUE_NEG;
    return CUE_NONE;
}

static void set(arena *a, const char *text, const token *t, size_t from, size_t to,
                uint8_t status, status_result *out)
{
    out->status = status;
    out->where = (span){t[from].start, t[to].end};
    out->cue = arena_strndup(a, text + t[from].start, t[to].end - t[from].start);
}

/* The verb of rejection ("rejected", "dismissed") before the claim noun at token k
 * ("reports", "claims", "allegations"), right before it or before its article: its token,
 * or SIZE_MAX when there is none. */
static size_t rejected_claim(const token *t, size_t k)
{
    static const char *const CLAIMS[] = {"REPORTS",     "CLAIMS",     "ALLEGATIONS", "ACCUSATIONS",
                                         "SUGGESTIONS", "CHARGES",    "ASSERTIONS",  "REPORT",
                                         "CLAIM",       "ALLEGATION", "ACCUSATION",  "CHARGE",
                                         NULL};
    static const char *const REJECT[] = {"REJECTED", "REJECTS", "DISMISSED", "DISMISSES",
                                         "DENIED",   "DENIES",  "REFUTED",   "REBUFFED", NULL};
    bool claim = false;
    for (const char *const *c = CLAIMS; *c && !claim; c++)
        claim = word_is(&t[k], *c, strlen(*c));
    if (!claim || k == 0)
        return SIZE_MAX;
    /* the verb before the claim noun and its determiner, owner or qualifiers ("denied US
       allegations", "rejected Russia's claim", "dismissed the Israeli accusations") */
    for (size_t v = k - 1, seen = 0; seen < 4; v--, seen++) {
        if (t[v].kind == TOK_PUNCT && !IS(&t[v], "'") && !IS(&t[v], "-"))
            break;
        for (const char *const *r = REJECT; *r; r++)
            if (word_is(&t[v], *r, strlen(*r)))
                return v;
        if (v == 0)
            break;
    }
    return SIZE_MAX;
}

/* "Scholz to visit Beijing": a headline's "X to do" is to come. The verb v right after
 * "to", which one to four capitalised words open the sentence with, in a sentence with no
 * closing period. */
static bool headline_to(const char *text, const token *t, size_t n, size_t v)
{
    if (v < 2 || v > 5 || v >= n || !IS(&t[v - 1], "TO") || IS(&t[n - 1], "."))
        return false;
    for (size_t k = 0; k + 1 < v; k++)
        if (t[k].kind == TOK_PUNCT || !isupper((unsigned char)text[t[k].start]))
            return false;
    return true;
}

void status_decide(arena *a, const char *text, const token *t, size_t n, span verb,
                   status_result *out)
{
    memset(out, 0, sizeof *out);
    size_t v = text_token_index(t, n, verb.start); /* the verb's token */
    /* the search looks back STATUS_MAX_LOOKBACK tokens at most, so that a long text
     * without sentence breaks costs time linear in its length, not quadratic */
    size_t oldest = v > STATUS_MAX_LOOKBACK ? v - STATUS_MAX_LOOKBACK : 0;
    size_t pos = v; /* the window ends before token pos */
    int level = 0;
    while (1) {
        size_t b = pos;
        while (b > oldest && !is_boundary(t, b - 1, n))
            b--;
        /* window: tokens b .. pos-1; the boundary (if any) is b-1 */
        size_t best_from = 0, best_to = 0;
        int best = CUE_NONE;
        for (size_t k = b; k < pos; k++) {
            size_t last;
            int c = cue_at(t, k, pos, &last);
            if (c == CUE_NONE)
                continue;
            if (level > 0 && c == CUE_NEG && !(IS(&t[k], "DENIED") || IS(&t[k], "DENIES") ||
                                              IS(&t[k], "DENY")))
                continue; /* a negation in a higher clause negates that clause only */
            best = c;
            best_from = k;
            best_to = last;
            k = last;
        }
        if (best != CUE_NONE) {
            /* a clitic split off its host ("ca" + "n't", "can" + "not") cues with it */
            if (best_from > 0 && (t[best_from].flags & TOKF_CLITIC))
                best_from--;
            set(a, text, t, best_from, best_to, best == CUE_NEG ? STATUS_NEGATED : STATUS_HYPOTHETICAL,
                out);
            return;
        }
        if (b == oldest)
            break;
        const token *bt = &t[b - 1];
        if (level == 0 && (IS(bt, "WHETHER") || IS(bt, "IF") || IS(bt, "UNLESS"))) {
            set(a, text, t, b - 1, b - 1, STATUS_HYPOTHETICAL, out);
            return;
        }
        /* "rejected reports that it had sent weapons": what a rejected claim says is
           denied */
        size_t rejecting = IS(bt, "THAT") && b >= 3 ? rejected_claim(t, b - 2) : SIZE_MAX;
        if (rejecting != SIZE_MAX) {
            set(a, text, t, rejecting, b - 2, STATUS_NEGATED, out);
            return;
        }
        if (!WORD_IS(bt, WC_COMPLEMENTIZER))
            break;
        pos = b - 1;
        level++;
    }
    /* "China warned neither Japan nor South Korea": "neither" opening the verb's object
       negates the act on each member */
    if (v + 1 < n && IS(&t[v + 1], "NEITHER")) {
        set(a, text, t, v + 1, v + 1, STATUS_NEGATED, out);
        return;
    }
    if (n > 0 && ends_question(&t[n - 1])) {
        set(a, text, t, n - 1, n - 1, STATUS_HYPOTHETICAL, out);
        return;
    }
    if (headline_to(text, t, n, v)) {
        set(a, text, t, v - 1, v - 1, STATUS_HYPOTHETICAL, out);
        return;
    }
    if (n > 1 && IS(&t[n - 1], "\"") && ends_question(&t[n - 2]))
        set(a, text, t, n - 2, n - 2, STATUS_HYPOTHETICAL, out);
}
