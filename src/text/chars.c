/* chars.c: character classes for the sentence splitter and the tokenizer.
 *
 * ASCII is classified by a table so that the common case costs one load; any other
 * codepoint is decoded with utf8proc_iterate and classified by its Unicode general
 * category (utf8proc's tables), after a few explicit cases that matter for news text:
 * curly quotes, the apostrophe U+2019, hyphens versus dashes, the ellipsis, zero-width
 * spaces and the byte order mark. */
#include "text/text_internal.h"

#include <utf8proc.h>

#define S_ CC_SPACE
#define U_ CC_UPPER
#define L_ CC_LOWER
#define D_ CC_DIGIT
#define P_ CC_PUNCT

/* clang-format off */
const uint8_t text_ascii_class[128] = {
    /* 0x00 - 0x1f: controls, tab, newline, carriage return: all whitespace */
    S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,
    S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_, S_,
    /* 0x20:  space  !        "          #   $   %   &   '        (        )         *   +   ,   -          .          / */
    S_, CC_TERM, CC_DQUOTE, P_, P_, P_, P_, CC_APOS, CC_OPEN, CC_CLOSE, P_, P_, P_, CC_HYPHEN, CC_PERIOD, P_,
    /* 0x30: 0-9 : ; < = > ? */
    D_, D_, D_, D_, D_, D_, D_, D_, D_, D_, P_, P_, P_, P_, P_, CC_TERM,
    /* 0x40: @ A-O */
    P_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_,
    /* 0x50: P-Z [ \ ] ^ _ */
    U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, U_, CC_OPEN, P_, CC_CLOSE, P_, P_,
    /* 0x60: ` a-o */
    P_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_,
    /* 0x70: p-z { | } ~ DEL */
    L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, L_, CC_OPEN, P_, CC_CLOSE, P_, S_,
};
/* clang-format on */

static uint8_t classify(int32_t cp)
{
    switch (cp) {
    case 0x200B: /* zero width space */
    case 0xFEFF: /* byte order mark / zero width no-break space */
        return CC_SPACE;
    case 0x2019: /* right single quotation mark, the usual typographic apostrophe */
        return CC_APOS;
    case 0x2018: /* left single quotation mark */
    case 0x201B:
    case 0x201C: /* left double quotation mark */
    case 0x201E:
    case 0x201F:
        return CC_OPEN;
    case 0x201D: /* right double quotation mark */
        return CC_CLOSE;
    case 0x2010: /* hyphen */
    case 0x2011: /* non-breaking hyphen */
        return CC_HYPHEN;
    case 0x2012: /* figure dash */
    case 0x2013: /* en dash */
    case 0x2014: /* em dash */
    case 0x2015: /* horizontal bar */
    case 0x2212: /* minus sign */
        return CC_DASH;
    case 0x2026: /* horizontal ellipsis */
        return CC_ELLIPSIS;
    case 0x3002: /* ideographic full stop */
    case 0xFF01: /* full-width exclamation mark */
    case 0xFF1F: /* full-width question mark */
    case 0xFF61: /* half-width ideographic full stop */
        return CC_CJK_TERM;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return CC_UPPER;
    case UTF8PROC_CATEGORY_LL:
        return CC_LOWER;
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return CC_LETTER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return CC_MARK;
    case UTF8PROC_CATEGORY_ND:
        return CC_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
        return CC_SPACE;
    case UTF8PROC_CATEGORY_CF:
        return CC_FORMAT;
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PI:
        return CC_OPEN;
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PF:
        return CC_CLOSE;
    case UTF8PROC_CATEGORY_PD:
        return CC_DASH;
    default:
        return CC_PUNCT;
    }
}

text_char text_char_slow(const unsigned char *s, size_t avail)
{
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(s, avail > 4 ? 4 : (utf8proc_ssize_t)avail, &cp);
    text_char c;
    if (n <= 0) {
        c.cp = 0xFFFD;
        c.len = 1;
        c.cls = CC_PUNCT;
        return c;
    }
    c.cp = cp;
    c.len = (uint8_t)n;
    c.cls = classify(cp);
    return c;
}
