/* sentences.c: splitting cleaned text into sentences, in one left-to-right pass. A
 * sentence ends at a blank line (two newlines with only horizontal space between them, or
 * U+2029), so a headline or dateline without final punctuation is a sentence of its own;
 * at "?" or "!"; at an ellipsis attached to a word; and at a period unless the word before
 * it is an abbreviation, an initial or a dotted acronym (see period_continues). A
 * terminator only counts when whitespace or the end of the text follows it, after any
 * closing quotes and brackets, which stay with the sentence they close (`he said." Next`
 * splits after the quote), and never when the next word starts with a lower-case letter
 * (`"Why?" he asked`, `tanks, etc. and guns`). Single newlines are spaces in hard-wrapped
 * text and sentence ends in text written one paragraph per line (see
 * text_lines_are_paragraphs). */
#include "text/text.h"
#include "text/text_internal.h"

#include "base/xalloc.h"

#include <string.h>

enum { PARAGRAPH_LINE = 100, WORD_LOOKBACK = 32, STACK_SENTENCES = 32 };

#define NONE SIZE_MAX

typedef struct sentence_list {
    sentence *v;
    size_t n, cap;
    sentence *heap;
} sentence_list;

/* Does text[start..end) hold anything the tokenizer makes a token of? A run of format
 * characters (U+202D and the like) or marks alone is no sentence. */
static bool has_content(const char *text, size_t start, size_t end)
{
    for (size_t p = start; p < end;) {
        text_char c = text_char_at(text, p, end);
        if (c.cls != CC_SPACE && c.cls != CC_FORMAT && c.cls != CC_MARK)
            return true;
        p += c.len;
    }
    return false;
}

static void push(sentence_list *l, const char *text, size_t start, size_t end)
{
    if (!has_content(text, start, end))
        return;
    if (l->n == l->cap) {
        size_t cap = l->cap;
        sentence *h = xgrow(l->heap, &cap, l->n + 1, sizeof *h);
        if (!l->heap)
            memcpy(h, l->v, l->n * sizeof *h);
        l->heap = l->v = h;
        l->cap = cap;
    }
    l->v[l->n].start = (uint32_t)start;
    l->v[l->n].end = (uint32_t)end;
    l->n++;
}

/* In hard-wrapped text (every line short) a newline is just a space. When some line is
 * longer than PARAGRAPH_LINE codepoints the text is written one paragraph per line, and
 * then every newline ends a sentence: that is how the headline of an article whose lines
 * are separated by single newlines still stands alone. */
bool text_lines_are_paragraphs(const char *text, size_t len)
{
    if (!memchr(text, '\n', len))
        return false;
    const char *p = text, *end = text + len;
    for (;;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        /* a line of PARAGRAPH_LINE bytes or fewer has no more codepoints than that */
        if ((size_t)(le - p) > PARAGRAPH_LINE) {
            size_t count = 0;
            for (const char *q = p; q < le; q++)
                if (((unsigned char)*q & 0xC0) != 0x80 && ++count > PARAGRAPH_LINE)
                    return true;
        }
        if (!nl)
            return false;
        p = nl + 1;
    }
}

/* After a newline at p - 1: is the rest of this line blank, up to another newline? */
static bool blank_line_follows(const char *text, size_t p, size_t len)
{
    while (p < len) {
        if (text[p] == '\n')
            return true;
        text_char c = text_char_at(text, p, len);
        if (c.cp == 0x2029)
            return true;
        if (c.cls != CC_SPACE)
            return false;
        p += c.len;
    }
    return false;
}

/* The class of the first letter or digit of the word starting at p (after opening
 * quotes and brackets), or CC_SPACE when there is none. */
static int next_word_class(const char *text, size_t p, size_t len)
{
    while (p < len) {
        text_char c = text_char_at(text, p, len);
        if (c.cls == CC_SPACE || cc_is_opener(c.cls)) {
            p += c.len;
            continue;
        }
        return c.cls;
    }
    return CC_SPACE;
}

/* Does the word ending just before the period at `pos` keep the sentence going? Yes after
 * a title or other listed abbreviation ("Mr.", "Gen.", "Jan.", "Inc.", "vs.", abbrev.c),
 * a single capital letter (initials: "J. R. Smith") and a dotted acronym ("U.S.", "U.N.").
 * Decimals ("11.8") never get here since no space follows their period.
 *
 * The acronym case is genuinely ambiguous: "talks with the U.S. Officials said" may be
 * one sentence or two. We prefer NOT splitting: gluing two sentences costs event coding
 * little, while splitting "the U.S. Senate" would cut an actor in half. A blank line, a
 * closing quote or bracket after the period, or a next word that opens sentences and
 * never continues a name ("The", "He", "However": boundary_at) still ends the sentence
 * there. */
static bool period_continues(const char *text, size_t start, size_t pos)
{
    size_t limit = pos - start > WORD_LOOKBACK ? pos - WORD_LOOKBACK : start;
    size_t ws = pos;
    while (ws > limit) {
        size_t cs = ws - 1;
        while (cs > limit && ((unsigned char)text[cs] & 0xC0) == 0x80)
            cs--;
        if (text_char_at(text, cs, pos).cls == CC_SPACE)
            break;
        ws = cs;
    }
    if (ws == limit && limit > start && text_char_at(text, limit - 1, pos).cls != CC_SPACE)
        return false; /* longer than any abbreviation */
    while (ws < pos) {
        text_char c = text_char_at(text, ws, pos);
        if (!cc_is_opener(c.cls))
            break;
        ws += c.len;
    }
    if (ws >= pos)
        return false;
    size_t wlen = pos - ws;
    if (text_is_dotted_acronym(text + ws, wlen + 1))
        return true;
    if (text_abbreviation(text + ws, wlen) == ABBR_TITLE)
        return true;
    text_char first = text_char_at(text, ws, pos);
    return first.len == wlen && first.cls == CC_UPPER; /* an initial */
}

/* Does a dotted acronym ("U.S.", "D.C.") end just before the period at `pos`? */
static bool after_acronym(const char *text, size_t start, size_t pos)
{
    size_t ws = pos;
    while (ws > start && text[ws - 1] != ' ' && text[ws - 1] != '\n' && pos - ws < 16)
        ws--;
    return pos > ws && text_is_dotted_acronym(text + ws, pos - ws + 1);
}

/* Words that open sentences and never continue a name ("the U.S. Senate", "U.S. Army"). */
static const char *const SENTENCE_OPENERS[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "This", "These", "Those", "There",
    "But", "However", "Meanwhile", "His", "Her", "Its", "Their", "After", "When", "While",
    "If", "In", "On", NULL};

static bool opens_sentence(const char *text, size_t p, size_t len)
{
    while (p < len && (text[p] == ' ' || text[p] == '\n' || text[p] == '\t'))
        p++;
    size_t e = p;
    while (e < len && ((text[e] >= 'a' && text[e] <= 'z') || (text[e] >= 'A' && text[e] <= 'Z')))
        e++;
    if (e == p || (e < len && (text[e] == '-' || text[e] == '.')))
        return false; /* "A-10", "A.B." */
    for (const char *const *w = SENTENCE_OPENERS; *w; w++)
        if (strlen(*w) == e - p && memcmp(*w, text + p, e - p) == 0)
            return true;
    return false;
}

/* At the terminator at `pos` (inside the sentence that began at `start`): returns the
 * end of the sentence when it ends here, else 0. *resume is where scanning continues. */
static size_t boundary_at(const char *text, size_t len, size_t start, size_t pos,
                          size_t *resume)
{
    size_t q = pos;
    size_t dots = 0;
    bool strong = false, ellipsis = false;
    while (q < len) {
        text_char c = text_char_at(text, q, len);
        if (c.cls == CC_PERIOD)
            dots++;
        else if (c.cls == CC_TERM)
            strong = true;
        else if (c.cls == CC_ELLIPSIS)
            ellipsis = true;
        else
            break;
        q += c.len;
    }
    if (dots >= 2)
        ellipsis = true;
    size_t run_end = q;
    while (q < len) {
        text_char c = text_char_at(text, q, len);
        if (!cc_is_closer(c.cls))
            break;
        q += c.len;
    }
    *resume = run_end;
    if (q < len && text_char_at(text, q, len).cls != CC_SPACE)
        return 0; /* "11.8", "U.S", "end.The": not followed by a space */
    *resume = q;
    if (next_word_class(text, q, len) == CC_LOWER)
        return 0;
    if (strong)
        return q;
    if (ellipsis) {
        /* a free-standing ellipsis marks an omission inside a sentence */
        bool detached = pos == start || text_char_at(text, pos - 1, len).cls == CC_SPACE;
        return detached ? 0 : q;
    }
    if (q > run_end) /* a closing quote or bracket after the period */
        return q;
    if (!period_continues(text, start, pos))
        return q;
    /* "... in Washington D.C. The team had been denied visas": a word that opens sentences
       and never continues a name ends the one before, even after an acronym */
    return after_acronym(text, start, pos) && opens_sentence(text, q, len) ? q : 0;
}

size_t text_split_sentences(arena *a, const char *text, size_t len, sentence **out)
{
    sentence stack[STACK_SENTENCES];
    sentence_list list = {stack, 0, STACK_SENTENCES, NULL};
    if (len > UINT32_MAX)
        len = UINT32_MAX; /* spans are 32-bit */
    bool paragraphs = text && text_lines_are_paragraphs(text, len);

    size_t start = NONE, last = 0, pos = 0;
    while (text && pos < len) {
        if (text[pos] == '\n') {
            if (start != NONE && (paragraphs || blank_line_follows(text, pos + 1, len))) {
                push(&list, text, start, last);
                start = NONE;
            }
            pos++;
            continue;
        }
        unsigned char b = (unsigned char)text[pos];
        if (b < 0x80) { /* ASCII: a space, or a run of bytes that cannot end a sentence */
            int cls = text_ascii_class[b];
            if (cls == CC_SPACE) {
                pos++;
                continue;
            }
            if (cls != CC_PERIOD && cls != CC_TERM) {
                if (start == NONE)
                    start = pos;
                do
                    pos++;
                while (pos < len && (b = (unsigned char)text[pos]) < 0x80 &&
                       (cls = text_ascii_class[b]) != CC_SPACE && cls != CC_PERIOD &&
                       cls != CC_TERM);
                last = pos;
                continue;
            }
        }
        text_char c = text_char_at(text, pos, len);
        if (c.cls == CC_SPACE) {
            if (c.cp == 0x2029 && start != NONE) {
                push(&list, text, start, last);
                start = NONE;
            }
            pos += c.len;
            continue;
        }
        if (start == NONE)
            start = pos;
        if (c.cls == CC_PERIOD || c.cls == CC_TERM || c.cls == CC_ELLIPSIS) {
            size_t resume;
            size_t end = boundary_at(text, len, start, pos, &resume);
            if (end) {
                push(&list, text, start, end);
                start = NONE;
            }
            pos = last = resume;
            continue;
        }
        if (c.cls == CC_CJK_TERM) {
            size_t q = pos;
            while (q < len) {
                text_char d = text_char_at(text, q, len);
                if (d.cls != CC_CJK_TERM && d.cls != CC_TERM && !cc_is_closer(d.cls))
                    break;
                q += d.len;
            }
            push(&list, text, start, q);
            start = NONE;
            pos = last = q;
            continue;
        }
        pos += c.len;
        last = pos;
    }
    if (start != NONE)
        push(&list, text, start, last);

    *out = NULL;
    if (list.n) {
        *out = arena_alloc(a, list.n * sizeof **out);
        memcpy(*out, list.v, list.n * sizeof **out);
    }
    free(list.heap);
    return list.n;
}
