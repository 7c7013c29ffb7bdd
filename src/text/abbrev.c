/* abbrev.c: the abbreviations after which a period does not end a sentence.
 *
 * Titles ("Mr.", "Gen.", "Sen."), month names ("Jan.", "Sept."), company suffixes
 * ("Inc.", "Corp.", "Co.") and a few others are followed by a period that is almost never
 * the end of a sentence in news text; "etc." is different, as it often ends one. The list
 * is small and searched linearly after a cheap length check: it is consulted only at a
 * period, never per character. Dotted acronyms ("U.S.", "U.N.", "e.g.") are recognised by
 * their shape rather than listed. */
#include "text/text_internal.h"

#include <string.h>

typedef struct abbrev {
    const char *word;
    uint8_t len;
    uint8_t kind;
} abbrev;

#define A(w, k) {w, (uint8_t)(sizeof(w) - 1), k}

static const abbrev abbreviations[] = {
    /* titles and ranks */
    A("Mr", ABBR_TITLE), A("Mrs", ABBR_TITLE), A("Ms", ABBR_TITLE), A("Dr", ABBR_TITLE),
    A("Prof", ABBR_TITLE), A("Rev", ABBR_TITLE), A("Gen", ABBR_TITLE), A("Gens", ABBR_TITLE),
    A("Lt", ABBR_TITLE), A("Col", ABBR_TITLE), A("Maj", ABBR_TITLE), A("Capt", ABBR_TITLE),
    A("Cpt", ABBR_TITLE), A("Sgt", ABBR_TITLE), A("Cpl", ABBR_TITLE), A("Pvt", ABBR_TITLE),
    A("Adm", ABBR_TITLE), A("Cmdr", ABBR_TITLE), A("Brig", ABBR_TITLE), A("Gov", ABBR_TITLE),
    A("Sen", ABBR_TITLE), A("Sens", ABBR_TITLE), A("Rep", ABBR_TITLE), A("Reps", ABBR_TITLE),
    A("Pres", ABBR_TITLE), A("Amb", ABBR_TITLE), A("Hon", ABBR_TITLE), A("Jr", ABBR_TITLE),
    A("Sr", ABBR_TITLE), A("St", ABBR_TITLE), A("Ft", ABBR_TITLE), A("Mt", ABBR_TITLE),
    A("No", ABBR_TITLE), A("Nos", ABBR_TITLE), A("Dept", ABBR_TITLE),
    /* months */
    A("Jan", ABBR_TITLE), A("Feb", ABBR_TITLE), A("Mar", ABBR_TITLE), A("Apr", ABBR_TITLE),
    A("Jun", ABBR_TITLE), A("Jul", ABBR_TITLE), A("Aug", ABBR_TITLE), A("Sep", ABBR_TITLE),
    A("Sept", ABBR_TITLE), A("Oct", ABBR_TITLE), A("Nov", ABBR_TITLE), A("Dec", ABBR_TITLE),
    /* companies */
    A("Inc", ABBR_TITLE), A("Corp", ABBR_TITLE), A("Ltd", ABBR_TITLE), A("Co", ABBR_TITLE),
    A("Bros", ABBR_TITLE),
    /* lower-case ones */
    A("vs", ABBR_TITLE), A("approx", ABBR_TITLE), A("cf", ABBR_TITLE),
    A("etc", ABBR_ETC),
};

static bool all_caps_equal(const char *word, const char *ref, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char w = (unsigned char)word[i], r = (unsigned char)ref[i];
        if (r >= 'a' && r <= 'z')
            r = (unsigned char)(r - 'a' + 'A');
        if (w != r)
            return false;
    }
    return true;
}

enum abbrev_kind text_abbreviation(const char *word, size_t len)
{
    if (len == 0 || len > 6)
        return ABBR_NONE;
    bool caps = true;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)word[i];
        if (c >= 'a' && c <= 'z')
            caps = false;
    }
    for (size_t i = 0; i < sizeof abbreviations / sizeof abbreviations[0]; i++) {
        const abbrev *ab = &abbreviations[i];
        if (ab->len != len)
            continue;
        if (memcmp(ab->word, word, len) == 0 || (caps && all_caps_equal(word, ab->word, len)))
            return (enum abbrev_kind)ab->kind;
    }
    return ABBR_NONE;
}

static bool ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool text_is_dotted_acronym(const char *w, size_t len)
{
    if (len < 4 || len % 2 != 0)
        return false;
    for (size_t i = 0; i < len; i += 2)
        if (!ascii_letter(w[i]) || w[i + 1] != '.')
            return false;
    return true;
}
