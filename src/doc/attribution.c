/* attribution.c: reported speech, sourcing and quotations (see attribution.h). */
#include "doc/attribution.h"
#include "coder/coder.h"
#include "parse/parse.h"

#include "doc/words.h"

#include <ctype.h>
#include <string.h>

/* The word lists (speech verbs, adverbial openers, verb prefixes, media) are in words.c. */

typedef struct alist {
    arena *a;
    attribution *v;
    size_t n, cap;
} alist;

static attribution *push(alist *l)
{
    l->v = arena_grow(l->a, l->v, l->n, &l->cap, l->n + 1, sizeof *l->v);
    attribution *r = &l->v[l->n++];
    memset(r, 0, sizeof *r);
    return r;
}

/* ".", "?", "!", or a run of them ("...", "?!": one token of the UD tokenizer) */
static bool is_punct_end(const token *t)
{
    if (t->kind != TOK_PUNCT || t->len == 0)
        return false;
    for (size_t i = 0; i < t->len; i++)
        if (t->upper[i] != '.' && t->upper[i] != '?' && t->upper[i] != '!')
            return false;
    return true;
}

static bool is_hard_stop(const token *t)
{
    return IS(t, "\"") || IS(t, ";") || IS(t, ":") || IS(t, "THAT") || IS(t, "WHICH") ||
           IS(t, "WHO") || IS(t, "(") || IS(t, ")") || IS(t, "BECAUSE");
}

/* A quotation mark is closing when a word or punctuation touches it on the left and
 * space (or the end) follows it. */
static bool quote_closes(const char *text, const token *q)
{
    if (q->start == 0)
        return false;
    char before = text[q->start - 1];
    char after = text[q->end];
    return before != ' ' && before != '\n' && before != '\t' &&
           (after == '\0' || after == ' ' || after == '\n' || after == '\t' || after == ',' ||
            after == '.');
}

/* ", a charge Ottawa denied.": a noun of claiming opening the words after the comma makes
 * the verb a relative clause on it (a charge that Ottawa denied), not the sentence's
 * speaker. */
static bool claim_noun_before(const token *t, size_t from, size_t verb)
{
    if (from + 2 >= verb || !(IS(&t[from], "A") || IS(&t[from], "AN") || IS(&t[from], "THE")))
        return false;
    const token *w = &t[from + 1];
    return IS(w, "CHARGE") || IS(w, "CHARGES") || IS(w, "CLAIM") || IS(w, "CLAIMS") ||
           IS(w, "ACCUSATION") || IS(w, "ACCUSATIONS") || IS(w, "ALLEGATION") ||
           IS(w, "ALLEGATIONS") || IS(w, "ASSERTION") || IS(w, "CONTENTION") ||
           IS(w, "VERSION") || IS(w, "ACCOUNT");
}

static span tok_span(const token *t, size_t from, size_t to_excl)
{
    if (to_excl <= from)
        return (span){0, 0};
    return (span){t[from].start, t[to_excl - 1].end};
}

/* An unnamed claimant whose cue runs from token k to token j ("it was reported", "there
 * are reports"): the claim is the rest of the sentence. */
static void push_unnamed(alist *l, const token *t, size_t k, size_t j, span whole)
{
    attribution *r = push(l);
    r->kind = ATTR_MEDIA;
    r->cue = tok_span(t, k, j + 1);
    r->claim = (span){t[j].end, whole.end};
}

/* A lower-case word that reads as a verb in the past tense: "-ed", or one of the common
 * irregular forms of news prose. */
static bool past_verb(const token *w)
{
    static const char *const irregular[] = {"SPOKE", "MET", "HELD", "TOLD", "WENT", "MADE",
                                            "GAVE", "TOOK", "SENT", "CAME", "BEGAN", "SAW",
                                            "KEPT", "LEFT", "BROUGHT", "WROTE", "FLEW", NULL};
    if (w->kind != TOK_WORD || (w->flags & TOKF_CAPITALIZED) || w->len < 3)
        return false;
    if (w->upper[w->len - 2] == 'E' && w->upper[w->len - 1] == 'D')
        return true;
    for (size_t i = 0; irregular[i]; i++)
        if (word_is(w, irregular[i], strlen(irregular[i])))
            return true;
    return false;
}

/* Has tokens [from, to) a verb ("..., said the negotiations had stalled": a clause, no
 * speaker put after "said")? */
static bool has_verb(const token *t, size_t from, size_t to)
{
    static const char *const aux[] = {"IS", "WAS", "ARE", "WERE", "HAS", "HAVE", "HAD",
                                      "WILL", "WOULD", NULL};
    for (size_t k = from; k < to; k++) {
        if (past_verb(&t[k]))
            return true;
        for (size_t i = 0; aux[i]; i++)
            if (word_is(&t[k], aux[i], strlen(aux[i])))
                return true;
    }
    return false;
}

/* The claimant among the tokens [b, e): the first comma-delimited part that is not an
 * adverbial, without verb prefixes at its end. When the speech verb is coordinated with
 * an earlier one ("The ministers spoke by telephone and said ..."), the claimant is the
 * subject of that earlier verb. */
static span subject_of(const token *t, size_t b, size_t e)
{
    while (e > b && (WORD_IS(&t[e - 1], WC_VERB_PREFIX) || word_is_nt(&t[e - 1])))
        e--;
    if (e > b + 1 && IS(&t[e - 1], "AND")) {
        for (size_t k = b + 1; k < e - 1; k++)
            if (past_verb(&t[k])) {
                e = k;
                break;
            }
    }
    size_t ps = b;
    size_t best_b = 0, best_e = 0;
    bool found = false;
    for (size_t k = b; k <= e; k++) {
        if (k < e && !IS(&t[k], ","))
            continue;
        /* part [ps, k) */
        size_t pb = ps, pe = k;
        while (pb < pe && (IS(&t[pb], "BUT") || IS(&t[pb], "AND")))
            pb++;
        bool adverbial = pb < pe && (WORD_IS(&t[pb], WC_OPENER) || t[pb].kind == TOK_NUMBER ||
                                     IS(&t[pe - 1], "AGO"));
        if (pb < pe && !adverbial) {
            best_b = pb;
            best_e = pe;
            found = true;
            break;
        }
        if (pb < pe) {
            best_b = pb;
            best_e = pe; /* the last part, if nothing better */
        }
        ps = k + 1;
    }
    (void)found;
    /* "There are reports that ...": an expletive is nobody ("it" may stand for a speaker
       named before: "It said on Monday that ...") */
    if (best_e == best_b + 1 && IS(&t[best_b], "THERE"))
        return tok_span(t, best_b, best_b);
    return tok_span(t, best_b, best_e);
}

size_t attribution_find(arena *a, const char *text, const token *t, size_t n, uint32_t sent_index,
                        attribution **out)
{
    alist l = {a, NULL, 0, 0};
    span whole = n ? (span){t[0].start, t[n - 1].end} : (span){0, 0};
    for (size_t k = 0; k < n; k++) {
        const token *w = &t[k];
        if (!WORD_IS(w, WC_SPEECH | WC_SPEECH_THAT | WC_ATTR_CUE) || w->kind != TOK_WORD)
            continue;
        /* according to X */
        if (IS(w, "ACCORDING") && k + 1 < n && IS(&t[k + 1], "TO")) {
            size_t e = k + 2;
            while (e < n && !IS(&t[e], ",") && !IS(&t[e], ";") && !IS(&t[e], "\"") &&
                   !is_punct_end(&t[e]))
                e++;
            attribution *r = push(&l);
            r->kind = ATTR_ACCORDING;
            r->cue = tok_span(t, k, k + 2);
            r->speaker = tok_span(t, k + 2, e);
            r->claim = whole;
            k = e > k + 1 ? e - 1 : k + 1;
            continue;
        }
        /* it was reported (that) */
        if (IS(w, "IT") && k + 2 < n) {
            size_t j = k + 1;
            if (IS(&t[j], "HAS") && j + 1 < n && IS(&t[j + 1], "BEEN"))
                j += 2;
            else if (IS(&t[j], "WAS") || IS(&t[j], "IS"))
                j++;
            else
                continue;
            if (j < n && (IS(&t[j], "REPORTED") || IS(&t[j], "ANNOUNCED") || IS(&t[j], "CLAIMED") ||
                          IS(&t[j], "ALLEGED") || IS(&t[j], "RUMOURED") || IS(&t[j], "RUMORED"))) {
                push_unnamed(&l, t, k, j, whole);
                k = j;
            }
            continue;
        }
        /* there are (unconfirmed) reports (that) */
        if (IS(w, "THERE") && k + 2 < n &&
            (IS(&t[k + 1], "ARE") || IS(&t[k + 1], "WERE") || IS(&t[k + 1], "IS") ||
             IS(&t[k + 1], "WAS"))) {
            size_t j = k + 2;
            if (j + 1 < n && t[j].kind == TOK_WORD && !IS(&t[j], "REPORTS") &&
                !IS(&t[j], "CLAIMS") && !IS(&t[j], "ALLEGATIONS"))
                j++; /* one word before the noun ("unconfirmed", "new") */
            if (IS(&t[j], "REPORTS") || IS(&t[j], "CLAIMS") || IS(&t[j], "ALLEGATIONS") ||
                IS(&t[j], "RUMOURS") || IS(&t[j], "RUMORS")) {
                push_unnamed(&l, t, k, j, whole);
                k = j;
            }
            continue;
        }
        if (IS(w, "REPORTEDLY")) {
            attribution *r = push(&l);
            r->kind = ATTR_MEDIA;
            r->cue = tok_span(t, k, k + 1);
            r->claim = whole;
            continue;
        }
        if (!WORD_IS(w, WC_SPEECH | WC_SPEECH_THAT) || (w->flags & TOKF_CAPITALIZED) ||
            w->len < 3 || w->len > 12 || !strchr("DSYGEMT", w->upper[w->len - 1]))
            continue;
        /* "a claim", "the report": after an article the word is a noun; so it is after a
           verb in the past ("rejected reports that", "confirmed claims that") */
        if (k > 0 && (IS(&t[k - 1], "A") || IS(&t[k - 1], "AN") || IS(&t[k - 1], "THE")))
            continue;
        if (k > 0 && w->upper[w->len - 1] == 'S' && t[k - 1].len > 3 &&
            memcmp(t[k - 1].upper + t[k - 1].len - 2, "ED", 2) == 0)
            continue;
        /* "North Korea is believed to have supplied shells": a speech verb in the passive
           with an infinitive after it has an unnamed claimant, not its subject */
        if (k > 0 && k + 1 < n && IS(&t[k + 1], "TO") &&
            (IS(&t[k - 1], "IS") || IS(&t[k - 1], "ARE") || IS(&t[k - 1], "WAS") ||
             IS(&t[k - 1], "WERE") || IS(&t[k - 1], "BEEN") || IS(&t[k - 1], "BE")) &&
            (IS(w, "SAID") || memcmp(w->upper + w->len - 2, "ED", 2) == 0)) {
            push_unnamed(&l, t, k - 1, k, whole);
            l.v[l.n - 1].claim = whole;
            continue;
        }
        bool always = WORD_IS(w, WC_SPEECH);
        bool with_that = !always && WORD_IS(w, WC_SPEECH_THAT) && k + 1 < n &&
                         (IS(&t[k + 1], "THAT") || IS(&t[k + 1], ":"));
        /* ("AP reported on Friday that ...", "AP reported of Muqtada: ..."): a short
           phrase of time or topic may come first */
        if (!always && !with_that && WORD_IS(w, WC_SPEECH_THAT) && k + 1 < n &&
            (IS(&t[k + 1], "ON") || IS(&t[k + 1], "IN") || IS(&t[k + 1], "OF") ||
             IS(&t[k + 1], "LATE") || IS(&t[k + 1], "EARLIER") || IS(&t[k + 1], "TODAY") ||
             IS(&t[k + 1], "YESTERDAY") || IS(&t[k + 1], "LAST")))
            for (size_t j = k + 2; j < n && j <= k + 5 && !with_that; j++) {
                if (IS(&t[j], "THAT") || IS(&t[j], ":"))
                    with_that = true;
                else if (t[j].kind == TOK_PUNCT)
                    break;
            }
        /* "..., a Ukrainian official confirmed (on Monday).": at the end of the sentence
           after a comma, nothing but a time may follow, so the verb has no object */
        bool bare_after = !always && !with_that && k + 1 < n &&
                          (is_punct_end(&t[k + 1]) || IS(&t[k + 1], "ON") ||
                           IS(&t[k + 1], "TODAY") || IS(&t[k + 1], "YESTERDAY") ||
                           IS(&t[k + 1], "LATE") || IS(&t[k + 1], "EARLIER") ||
                           IS(&t[k + 1], "LAST"));
        if (!always && !with_that && !bare_after)
            continue;
        /* "..., said X." (not "..., saying Tokyo must respect": a participle's speaker is
           the clause's subject, before it) */
        bool participle = w->len > 4 && memcmp(w->upper + w->len - 3, "ING", 3) == 0;
        if (k > 0 && (IS(&t[k - 1], ",") || IS(&t[k - 1], "\"")) && k + 1 < n &&
            !IS(&t[k + 1], "THAT") && !participle) {
            size_t e = k + 1;
            while (e < n && e <= k + 7 && !is_punct_end(&t[e]) && !IS(&t[e], ","))
                e++; /* (a speaker of more than 6 tokens is none: no need to look further) */
            if (e > k + 1 && e - (k + 1) <= 6 && (e == n || is_punct_end(&t[e])) &&
                !has_verb(t, k + 1, e)) {
                attribution *r = push(&l);
                r->kind = ATTR_AFTER;
                r->cue = tok_span(t, k, k + 1);
                r->speaker = tok_span(t, k + 1, e);
                size_t ce = k - 1;
                if (ce > 0 && IS(&t[ce], "\"") && IS(&t[ce - 1], ","))
                    r->claim = (span){whole.start, t[ce].start};
                else
                    r->claim = (span){whole.start, t[ce].start};
                k = e;
                continue;
            }
        }
        /* the subject: back to a hard stop */
        size_t b = k, oldest = k > ATTR_MAX_LOOKBACK ? k - ATTR_MAX_LOOKBACK : 0;
        while (b > oldest && !is_hard_stop(&t[b - 1]))
            b--;
        if (b == k)
            continue;
        /* "Bangladesh, which hosts a million refugees, said ...": a relative clause set off
           by commas between the subject and the verb is none of the subject; the subject
           is what comes before it */
        span relative_subject = {0, 0};
        if (b >= 2 && (IS(&t[b - 1], "WHICH") || IS(&t[b - 1], "WHO")) && IS(&t[b - 2], ",") &&
            IS(&t[k - 1], ",") && k - 1 > b) {
            size_t rb = b - 2;
            while (rb > oldest && !is_hard_stop(&t[rb - 1]))
                rb--;
            if (rb < b - 2)
                relative_subject = subject_of(t, rb, b - 2);
        }
        /* what follows the verb, to the sentence end */
        size_t tail = 0;
        bool tail_that = false;
        for (size_t j = k + 1; j < n && !is_punct_end(&t[j]); j++) {
            /* (", X said on Monday, after talks with ...": a phrase set off after the
               verb's time is none of its objects) */
            if (IS(&t[j], ","))
                break;
            if (IS(&t[j], "THAT") || IS(&t[j], "\"") || IS(&t[j], ":"))
                tail_that = true;
            if (t[j].kind != TOK_PUNCT && ++tail > 24)
                break; /* a long tail: all that matters below is that it is long */
        }
        bool after_quote = b > 0 && IS(&t[b - 1], "\"") && quote_closes(text, &t[b - 1]);
        size_t last_comma = k;
        for (size_t j = b; j < k; j++)
            if (IS(&t[j], ","))
                last_comma = j;
        if (bare_after && !after_quote && last_comma == k)
            continue; /* "Russia denied on Monday": the verb's own event, no attribution */
        /* (", Pistorius said during a visit to Kyiv on Thursday": a tail that is a phrase
           of circumstance, no object, may be long) */
        bool circumstance = k + 1 < n && tail <= 12 &&
                            (IS(&t[k + 1], "DURING") || IS(&t[k + 1], "AT") ||
                             IS(&t[k + 1], "AFTER") || IS(&t[k + 1], "FOLLOWING") ||
                             IS(&t[k + 1], "WHILE") || IS(&t[k + 1], "ON") ||
                             IS(&t[k + 1], "IN"));
        /* (", the agency said on Friday as it appealed to donors for funding to feed them":
           a clause that "as", "while" or "when" opens after the verb, or after its day, is
           no object of it either, however long) */
        size_t sub = k + 1 < n && IS(&t[k + 1], "ON") ? k + 3 : k + 1;
        if (sub < n && (IS(&t[sub], "AS") || IS(&t[sub], "WHILE") || IS(&t[sub], "WHEN")))
            circumstance = true;
        if (relative_subject.end <= relative_subject.start &&
            (after_quote || (last_comma < k && (tail <= 4 || circumstance) && !tail_that))) {
            /* "..., X said" / "...," X said */
            size_t sb = after_quote ? b : last_comma + 1;
            if (after_quote && last_comma < k && last_comma >= b)
                sb = b;
            if (!after_quote && claim_noun_before(t, sb, k))
                continue;
            span sp = subject_of(t, sb, k);
            if (sp.end <= sp.start)
                continue;
            attribution *r = push(&l);
            r->kind = ATTR_AFTER;
            r->cue = tok_span(t, k, k + 1);
            r->speaker = sp;
            r->claim = (span){whole.start, after_quote ? t[b - 1].start : t[last_comma].start};
            continue;
        }
        span sp = relative_subject.end > relative_subject.start ? relative_subject
                                                                  : subject_of(t, b, k);
        if (sp.end <= sp.start)
            continue;
        attribution *r = push(&l);
        r->kind = ATTR_BEFORE;
        r->cue = tok_span(t, k, k + 1);
        r->speaker = sp;
        /* the claim starts after "that" when the verb takes an object first ("told Y that") */
        size_t cs = k + 1;
        for (size_t j = k + 1; j < n && j <= k + 8; j++) {
            if (IS(&t[j], "THAT") || IS(&t[j], ":")) {
                cs = j + 1;
                break;
            }
            if (IS(&t[j], ",") || IS(&t[j], ";") || is_punct_end(&t[j]))
                break;
        }
        r->claim = cs < n ? (span){t[cs].start, whole.end} : (span){whole.end, whole.end};
    }
    /* a headline ending in " - speaker" */
    if (sent_index == 0 && n > 2 && !is_punct_end(&t[n - 1]) && l.n == 0) {
        size_t d = n;
        for (size_t k = n; k-- > 1;)
            /* a dash, not the hyphen of a compound the UD tokenizer split ("U.S.-backed") */
            if (IS(&t[k], "-") &&
                !(t[k - 1].end == t[k].start && t[k - 1].kind != TOK_PUNCT && k + 1 < n &&
                  t[k].end == t[k + 1].start && t[k + 1].kind != TOK_PUNCT)) {
                d = k;
                break;
            }
        if (d < n && n - d - 1 >= 1 && n - d - 1 <= 5) {
            attribution *r = push(&l);
            r->kind = ATTR_HEADLINE;
            r->cue = tok_span(t, d, d + 1);
            r->speaker = tok_span(t, d + 1, n);
            r->claim = (span){whole.start, t[d].start};
        }
    }
    /* a headline opening with "speaker:" ("Kremlin: Ukraine attacked Belgorod") */
    if (sent_index == 0 && n > 4 && !is_punct_end(&t[n - 1]) && l.n == 0) {
        size_t c = 0;
        for (size_t k = 1; k <= 4 && k + 3 < n && !c; k++)
            if (IS(&t[k], ":"))
                c = k;
        bool words = c > 0;
        for (size_t k = 0; k < c; k++)
            words &= t[k].kind != TOK_PUNCT;
        /* (a wire's or a caption's label names no speaker: "Exclusive:", "Pictured:") */
        static const char *const LABELS[] = {"PICTURED", "ABOVE", "BELOW", "LEFT", "RIGHT",
                                             "TOP", "PHOTO", "PHOTOS", "VIDEO", "WATCH",
                                             "EXCLUSIVE", "ANALYSIS", "EXPLAINER", "FACTBOX",
                                             "UPDATE", "BREAKING", "OPINION", "EDITORIAL",
                                             "LIVE", "INSIGHT", "FOCUS", "INTERVIEW",
                                             "COMMENT", "REVIEW", NULL};
        for (const char *const *lb = LABELS; *lb && words; lb++)
            words = !word_is(&t[0], *lb, strlen(*lb));
        if (words) {
            attribution *r = push(&l);
            r->kind = ATTR_HEADLINE;
            r->cue = tok_span(t, c, c + 1);
            r->speaker = tok_span(t, 0, c);
            r->claim = (span){t[c + 1].start, whole.end};
        }
    }
    /* an item of a news roundup opening with its source and a colon, in any sentence
       ("DPA: Iraqi authorities announced ...", "Al-Zaman : Guerrillas killed ..."): a
       capitalised name of one to six tokens (hyphens inside it), three words or more
       after the colon; whether it names a source is the parse's to say (codes_from_parse) */
    if (!(sent_index == 0 && !is_punct_end(&t[n - 1])) && n > 4 && t[0].kind == TOK_WORD &&
        (t[0].flags & TOKF_CAPITALIZED)) {
        size_t c = 0;
        for (size_t k = 1; k <= 6 && k + 3 < n && !c; k++)
            if (IS(&t[k], ":"))
                c = k;
        bool name = c > 0;
        for (size_t k = 1; k < c && name; k++) {
            /* a hyphen inside a name ("Al-Zaman"), a small word before one ("al-Awsat") */
            bool hyphen = IS(&t[k], "-") && t[k - 1].end == t[k].start &&
                          t[k].end == t[k + 1].start;
            bool particle = t[k].kind == TOK_WORD && k + 1 < c && IS(&t[k + 1], "-") &&
                            t[k].end == t[k + 1].start;
            name = hyphen || particle ||
                   (t[k].kind == TOK_WORD && (t[k].flags & TOKF_CAPITALIZED));
        }
        static const char *const LABELS[] = {"NOTE", "UPDATE", "UPDATED", "EDITOR", "PS",
                                             "SOURCE", "SOURCES", "LINK", "QUOTE", NULL};
        for (const char *const *lb = LABELS; *lb && name; lb++)
            name = !word_is(&t[0], *lb, strlen(*lb));
        if (name) {
            attribution *r = push(&l);
            r->kind = ATTR_ITEM;
            r->cue = tok_span(t, c, c + 1);
            r->speaker = tok_span(t, 0, c);
            r->claim = (span){t[c + 1].start, whole.end};
        }
    }
    for (size_t i = 0; i < l.n; i++) {
        l.v[i].sentence = sent_index;
        /* an unnamed "media reported" / "reports said" */
        if (l.v[i].kind == ATTR_BEFORE || l.v[i].kind == ATTR_AFTER) {
            bool media = false;
            span sp = l.v[i].speaker;
            for (size_t k = text_token_index(t, n, sp.start); k < n && t[k].start < sp.end; k++)
                if (t[k].end <= sp.end && WORD_IS(&t[k], WC_MEDIA))
                    media = true;
            if (media)
                l.v[i].kind = ATTR_MEDIA;
        }
    }
    *out = l.v;
    return l.n;
}

/* Whether any speaker may carry an actor code, an agent or a name ("the army" has an
 * agent without a capital letter; media words may hold an actor: "a UN report"). */
static bool needs_codes(const attribution *at, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (at[i].speaker.end > at[i].speaker.start)
            return true;
    return false;
}

/* The dictionaries' reading of a speaker's words sp: its first actor (a body of the state
 * named just before it rather than the state: "the US State Department" is USAGOV, not
 * USA; "Egyptian President Hosni Mubarak" stays the state with its agent) and its first
 * agent, either NULL. */
static void speaker_reading(const parsed_sentence *ps, span sp, const char **actor,
                            const char **agent)
{
    *actor = *agent = NULL;
    for (int k = 0; k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->start < sp.start || w->end > sp.end || !w->read_head)
            continue;
        if (w->read_type == W_ACTOR && w->code && w->code->code &&
            strcmp(w->code->code, "---") != 0 && w->code->code[0] != '+' &&
            w->code->code[0] != '#' &&
            (!*actor || (!*agent && strlen(*actor) == 3 && strlen(w->code->code) > 3 &&
                         strncmp(*actor, w->code->code, 3) == 0)))
            *actor = w->code->code;
        else if (!*agent && w->read_type == W_AGENT && w->read_entry &&
                 w->read_entry->ncodes)
            *agent = w->read_entry->codes[0].code;
    }
}

/* The media words of a speaker ("a UN report said", "Russian state media reported") name
 * whose words they are when they hold an actor: its code, with the agent the words hold
 * (RUS + media: RUSMED); NULL when they hold none (unnamed media). */
static const char *media_owner(arena *a, const parsed_sentence *ps, span sp)
{
    const char *actor, *agent;
    speaker_reading(ps, sp, &actor, &agent);
    return actor ? coder_compose_code(a, actor, agent) : NULL;
}

static void codes_from_parse(arena *a, const char *text, const parsed_sentence *ps,
                             attribution *at, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        span sp = at[i].speaker;
        if (sp.end > sp.start && at[i].kind == ATTR_MEDIA)
            at[i].code = media_owner(a, ps, sp);
        if (sp.end <= sp.start || at[i].kind == ATTR_MEDIA)
            continue;
        /* the dictionaries' reading of the speaker's words, also where a comma clause
           (", the Polish president said") was set aside for coding */
        const char *actor, *agent;
        speaker_reading(ps, sp, &actor, &agent);
        at[i].code = coder_compose_code(a, actor, agent);
        at[i].agent = actor ? NULL : agent;
        /* "Kenya: police arrest opposition leader": a state's bare name before a
           headline's colon is its topic, no speaker; the claim covers nothing */
        if (at[i].kind == ATTR_HEADLINE && sp.end <= at[i].claim.start && actor && !agent &&
            strlen(actor) == 3)
            at[i].claim = (span){at[i].claim.end, at[i].claim.end};
        /* "DPA: ...", "Al-Zaman : ...": a roundup's item is its source's report when the
           name before the colon is an outlet's or a name the dictionaries do not know
           ("Kenya: ..." is the item's topic, "Putin: ..." no source) */
        if (at[i].kind == ATTR_ITEM && !(actor && strstr(actor, "MED")) && (actor || agent))
            at[i].claim = (span){at[i].claim.end, at[i].claim.end};
        /* the name: unknown capitalised words at the end of the speaker's words */
        int last = -1, first = -1, gap = 0;
        for (int k = ps->n - 1; k >= 0; k--) {
            const pword *w = &ps->w[k];
            if (w->end > sp.end)
                continue;
            if (w->start < sp.start)
                break;
            unsigned char c0 = (unsigned char)text[w->start];
            bool cap = (c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC0;
            if (w->type == W_COMMA || w->type == W_QUOTE)
                break;
            /* "the Institute for the Study of War": small words inside a name */
            bool small = c0 >= 'a' && c0 <= 'z' && first >= 0 &&
                         ((w->len == 2 && memcmp(w->s, "OF", 2) == 0) ||
                          (w->len == 3 && memcmp(w->s, "FOR", 3) == 0) ||
                          (w->len == 3 && memcmp(w->s, "THE", 3) == 0) ||
                          (w->len == 3 && memcmp(w->s, "AND", 3) == 0));
            if (small && ++gap <= 2)
                continue;
            if (cap)
                gap = 0;
            if (!cap || (w->type != W_NULL && w->type != W_NOUN && w->type != W_VERB) ||
                (k == 0 && w->type != W_NULL))
                break;
            if (last < 0)
                last = k;
            first = k;
        }
        if (first >= 0)
            at[i].name = (span){ps->w[first].start, ps->w[last].end};
    }
}

void attribution_codes(const lexicon *lx, const coder_options *opt, arena *a, const char *text,
                       uint32_t start, uint32_t end, int32_t date, attribution *at, size_t n)
{
    if (!needs_codes(at, n))
        return;
    parsed_sentence ps;
    parse_sentence(lx, opt, a, text, start, end, date, NULL, &ps);
    codes_from_parse(a, text, &ps, at, n);
}

void attribution_codes_parsed(arena *a, const char *text, const parsed_sentence *ps,
                              attribution *at, size_t n)
{
    if (needs_codes(at, n))
        codes_from_parse(a, text, ps, at, n);
}

/* ---- quotations --------------------------------------------------------------------- */

bool attribution_lone_quote(const char *text, size_t len, size_t i)
{
    if (text[i] != '\'')
        return false;
    bool before = i == 0 || isspace((unsigned char)text[i - 1]);
    bool after = i + 1 >= len || isspace((unsigned char)text[i + 1]);
    return before && after;
}

size_t attribution_quotes(arena *a, const char *text, size_t len, quote_span **out)
{
    quote_span *v = NULL;
    size_t nv = 0, cap = 0;
    bool open = false, open_single = false;
    uint32_t at = 0, at_single = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)text[i];
        int kind = 0; /* 1 straight, 2 opening, 3 closing */
        size_t w = 1;
        /* (lone single quotes pair among themselves: a block quote holds double ones) */
        if (attribution_lone_quote(text, len, i)) {
            if (open_single) {
                v = arena_grow(a, v, nv, &cap, nv + 1, sizeof *v);
                v[nv++] = (quote_span){at_single, (uint32_t)i};
            } else {
                at_single = (uint32_t)i;
            }
            open_single = !open_single;
            continue;
        }
        if (c == '\n')
            open_single = false; /* (unpaired: no block quote) */
        if (c == '"')
            kind = 1;
        else if (c == 0xE2 && i + 2 < len && (unsigned char)text[i + 1] == 0x80 &&
                 ((unsigned char)text[i + 2] == 0x9C || (unsigned char)text[i + 2] == 0x9D)) {
            kind = (unsigned char)text[i + 2] == 0x9C ? 2 : 3;
            w = 3;
        } else if (c == '\n') {
            /* a quotation left open runs to the end of its paragraph */
            if (open) {
                v = arena_grow(a, v, nv, &cap, nv + 1, sizeof *v);
                v[nv++] = (quote_span){at, (uint32_t)i};
            }
            open = false;
            continue;
        }
        if (!kind)
            continue;
        bool closing = kind == 3 || (kind == 1 && open);
        if (!closing) {
            open = true;
            at = (uint32_t)i;
        } else if (open) {
            v = arena_grow(a, v, nv, &cap, nv + 1, sizeof *v);
            v[nv++] = (quote_span){at, (uint32_t)i};
            open = false;
        }
        i += w - 1;
    }
    *out = v;
    return nv;
}

/* Is the last mark before byte `open` (after `from`, blanks aside) a colon? */
static bool colon_before(const char *text, uint32_t from, uint32_t open)
{
    uint32_t i = open;
    while (i > from && isspace((unsigned char)text[i - 1]))
        i--;
    return i > from && text[i - 1] == ':';
}

void attribution_extend_quotes(attribution *at, size_t n, const quote_span *q, size_t nq,
                               const char *text)
{
    for (size_t i = 0; i < n; i++) {
        attribution *r = &at[i];
        for (size_t k = 0; k < nq; k++) {
            if (r->kind == ATTR_AFTER && q[k].close == r->claim.end && q[k].open < r->claim.start)
                r->claim.start = q[k].open;
            if (r->kind == ATTR_BEFORE && q[k].open >= r->cue.end &&
                q[k].open <= r->claim.start + 1 && q[k].close > r->claim.end)
                r->claim.end = q[k].close;
            /* "AP reported on Friday: ' ... '": a quotation a colon opens after the cue
               is the claim, however many sentences it runs */
            if (r->kind == ATTR_BEFORE && q[k].open >= r->cue.end && q[k].close > r->claim.end &&
                q[k].open <= r->claim.end + 2 && colon_before(text, r->cue.end, q[k].open))
                r->claim.end = q[k].close;
        }
    }
}

const attribution *attribution_for(const attribution *at, size_t n, span verb)
{
    const attribution *best = NULL;
    for (size_t i = 0; i < n; i++) {
        const attribution *r = &at[i];
        if (verb.start < r->claim.start || verb.end > r->claim.end)
            continue;
        if (verb.start < r->cue.end && verb.end > r->cue.start)
            continue;
        if (!best || r->claim.end - r->claim.start < best->claim.end - best->claim.start)
            best = r;
    }
    return best;
}
