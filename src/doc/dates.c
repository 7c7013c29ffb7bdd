/* dates.c: finding and resolving date expressions in a sentence (see dates.h). */
#include "doc/dates.h"

#include "base/civil_date.h"

#include <stdbool.h>
#include "doc/words.h"
#include "syntax/syntax.h"

#include <string.h>

/* ---- calendar arithmetic ------------------------------------------------------------ */

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? (unsigned)-3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static int32_t civil_from_days(int64_t z)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = (unsigned)(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y0 = (int64_t)yoe + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    const int64_t y = y0 + (m <= 2);
    return (int32_t)(y * 10000 + m * 100 + d);
}

static int64_t to_days(int32_t v)
{
    return days_from_civil(v / 10000, (unsigned)(v / 100 % 100), (unsigned)(v % 100));
}

static int32_t add_days(int32_t v, int64_t n)
{
    return civil_from_days(to_days(v) + n);
}

/* The Monday of the week of v (weeks run Monday to Sunday, as ISO 8601 has them). */
static int32_t monday_of(int32_t v)
{
    int64_t days = to_days(v);
    int wd = (int)(((days % 7) + 7 + 3) % 7); /* 0 = Monday; 1970-01-01 was a Thursday */
    return civil_from_days(days - wd);
}

static bool valid_ymd(int y, int m, int d)
{
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 &&
           d <= civil_days_in_month(y, m);
}

void dates_format(int32_t v, char out[11])
{
    civil_date_format(v / 10000, v / 100 % 100, v % 100, out);
}

/* ---- words ------------------------------------------------------------------------- */

/* The word lists (months, weekdays, counts, boundaries) are in words.c. */

/* Month number of a month name (full, or a common abbreviation), else 0. */
static int month_of(const token *t)
{
    if (t->kind != TOK_WORD || !(t->flags & TOKF_CAPITALIZED) || t->len < 3 || t->len > 9)
        return 0;
    return WORD_IS(t, WC_MONTH) ? WORD_VALUE(t) : 0;
}

/* 0 = Monday ... 6 = Sunday, else -1. */
static int weekday_of(const token *t)
{
    if (t->kind != TOK_WORD || t->len < 6 || t->len > 9 || t->upper[t->len - 1] != 'Y')
        return -1;
    return WORD_IS(t, WC_WEEKDAY) ? WORD_VALUE(t) : -1;
}

/* Leading digits of a number token ("25", "25-27", "13TH"); -1 when it has none or the
 * digits are followed by something other than a range or an ordinal ending. */
static int leading_number(const token *t, int *ndigits)
{
    int v = 0, k = 0;
    while (k < t->len && t->upper[k] >= '0' && t->upper[k] <= '9' && k < 9)
        v = v * 10 + (t->upper[k++] - '0');
    if (k == 0)
        return -1;
    const char *rest = t->upper + k;
    /* an ordinal ending: ST, ND, RD or TH, and nothing after it */
    bool ordinal = rest[0] && rest[1] && !rest[2] &&
                   ((rest[0] == 'S' && rest[1] == 'T') || (rest[0] == 'N' && rest[1] == 'D') ||
                    (rest[0] == 'R' && rest[1] == 'D') || (rest[0] == 'T' && rest[1] == 'H'));
    if (*rest && *rest != '-' && !ordinal)
        return -1;
    if (ndigits)
        *ndigits = k;
    return v;
}

static int day_number(const token *t)
{
    int nd = 0;
    int v = leading_number(t, &nd);
    return v >= 1 && v <= 31 && nd <= 2 ? v : -1;
}

static int year_number(const token *t)
{
    if (t->kind != TOK_NUMBER || t->len != 4)
        return -1;
    int nd = 0;
    int v = leading_number(t, &nd);
    return nd == 4 && v >= 1800 && v <= 2200 ? v : -1;
}

static int count_word(const token *t)
{
    if (t->kind == TOK_NUMBER) {
        if (t->len > 3)
            return -1;
        int nd = 0;
        int v = leading_number(t, &nd);
        return nd == t->len ? v : -1;
    }
    if (t->len > 6)
        return -1;
    return WORD_IS(t, WC_COUNT) ? WORD_VALUE(t) : -1;
}

/* ---- resolution --------------------------------------------------------------------- */

/* The most recent month/day not after ref (day 0: the month). */
static int32_t recent_md(int32_t ref, int m, int d)
{
    int ry = ref / 10000, rm = ref / 100 % 100, rd = ref % 100;
    int y = ry;
    if (m > rm || (m == rm && d > rd))
        y--;
    if (d == 0)
        return y * 10000 + m * 100 + 1;
    if (!valid_ymd(y, m, d))
        return 0;
    return y * 10000 + m * 100 + d;
}

typedef struct cue_list {
    arena *a;
    date_cue *v;
    size_t n, cap;
} cue_list;

static void push(cue_list *l, const token *t, size_t from, size_t to, int32_t value, int prec)
{
    if (value <= 0)
        return;
    l->v = arena_grow(l->a, l->v, l->n, &l->cap, l->n + 1, sizeof *l->v);
    l->v[l->n++] = (date_cue){t[from].start, t[to].end, value, (uint8_t)prec};
}

/* Is word k a schedule or a plan that puts what follows it to come: "is to", "is due to",
 * "are scheduled to", "is expected to", "are set to", "plans to", "agreed to", "is due in",
 * "set for", "scheduled for"? (A schedule in the past, "was due to", "were scheduled
 * for", is one too: past_schedule() tells which.) */
static bool schedule_word(const token *t, size_t n, size_t k)
{
    if (k + 1 >= n)
        return false;
    const token *w = &t[k], *next = &t[k + 1];
    /* ("agreed to a ceasefire on February 3", "is due to a storm": "to" before a noun
       phrase tells of a deal made then or of a cause, not of an act to come) */
    if (IS(next, "TO") && k + 2 < n && WORD_IS(&t[k + 2], WC_DETERMINER))
        return false;
    if (IS(w, "DUE")) /* ("due to" after another verb is "because of") */
        return k > 0 &&
               (IS(&t[k - 1], "IS") || IS(&t[k - 1], "ARE") || IS(&t[k - 1], "BE") ||
                IS(&t[k - 1], "WAS") || IS(&t[k - 1], "WERE")) &&
               (IS(next, "TO") || IS(next, "IN") || IS(next, "ON") || IS(next, "AT"));
    if (IS(next, "FOR"))
        return IS(w, "SET") || IS(w, "SCHEDULED") || IS(w, "SLATED") || IS(w, "PLANNED");
    return IS(next, "TO") &&
           (IS(w, "IS") || IS(w, "ARE") || IS(w, "SCHEDULED") || IS(w, "SET") ||
            IS(w, "SLATED") || IS(w, "EXPECTED") || IS(w, "PLANS") || IS(w, "PLAN") ||
            IS(w, "PLANNING") || IS(w, "AGREED") || IS(w, "AGREE") || IS(w, "AGREES") ||
            IS(w, "INTENDS") || IS(w, "POISED") || IS(w, "PREPARING"));
}

/* Is the schedule at word k told in the past ("was due to", "were scheduled for", "had
 * planned to")? It may have been kept or missed since; only a time it puts a little after
 * the article's is to come, as after "would". */
static bool past_schedule(const token *t, size_t k)
{
    for (size_t j = k; j-- > 0 && j + 2 >= k;)
        if (IS(&t[j], "WAS") || IS(&t[j], "WERE") || IS(&t[j], "HAD"))
            return true;
    return false;
}

/* What word of the future comes before word i, with no verb of saying between them
 * (whose own date the month would be: "would ... said in August") nor a relative pronoun
 * (whose clause may tell of the past: "will avenge the attack which killed ten on May
 * 3")? FUTURE_WOULD for "would" (also a past's future: "he would later meet Putin in
 * March") or "may" and "might" (a possible act, near), FUTURE_PAST for a schedule told in the past ("was due to"), FUTURE_WILL for
 * "will", "shall" or a schedule ("is due to", "set for"), else FUTURE_NONE. */
enum { FUTURE_NONE, FUTURE_PAST, FUTURE_WOULD, FUTURE_WILL };
static int future_before(const token *t, size_t i)
{
    for (size_t k = i; k-- > 0;) {
        if (WORD_IS(&t[k], WC_SPEECH | WC_SPEECH_THAT) || IS(&t[k], "WHICH") || IS(&t[k], "WHO"))
            return FUTURE_NONE;
        if (schedule_word(t, i, k) && past_schedule(t, k))
            return FUTURE_PAST;
        /* ("may meet in Tokyo before the end of the year"; "may have met" is a past, and
           a capital "May" the month) */
        if (IS(&t[k], "WOULD") ||
            ((IS(&t[k], "MAY") || IS(&t[k], "MIGHT")) && !(t[k].flags & TOKF_CAPITALIZED) &&
             !(k + 1 < i && IS(&t[k + 1], "HAVE"))))
            return FUTURE_WOULD;
        if (IS(&t[k], "WILL") || IS(&t[k], "SHALL") || IS(&t[k], "'LL") || schedule_word(t, i, k))
            return FUTURE_WILL;
    }
    return FUTURE_NONE;
}

/* Does a schedule ("is expected to", "agreed to", "set for") come before word i, with no
 * verb of saying nor a relative pronoun between? A weekday after it is the coming one:
 * "is expected to meet ... on Saturday". (The sentence's other words do not count: "met
 * on Tuesday, and agreed to resume talks" is the last Tuesday.) */
static bool schedule_before(const token *t, size_t i)
{
    for (size_t k = i; k-- > 0;) {
        if (WORD_IS(&t[k], WC_SPEECH | WC_SPEECH_THAT) || IS(&t[k], "WHICH") || IS(&t[k], "WHO"))
            return false;
        if (schedule_word(t, i, k))
            return !past_schedule(t, k);
    }
    return false;
}

/* v, the most recent month or day m/d not after ref (recent_md), read as one still to
 * come when the future is spoken of before word `first`: "agreed to meet again on
 * February 3", in January, is this February (a month after the article's is moved to this
 * year), and "will hold drills in February", in October, next year's (a month two or more
 * before the article's is moved a year on; the month just gone is more likely a plan
 * reported late than one a year away). After "would" only the month after the article's
 * is moved, as "would" also tells a past's future ("would later meet him in March"), and
 * after a schedule told in the past only one at most three months after the article's. */
static int32_t to_come(const token *t, size_t first, int32_t ref, int32_t v)
{
    if (!v || !ref)
        return v;
    int future = future_before(t, first);
    int months_back = (ref / 10000 * 12 + ref / 100 % 100) - (v / 10000 * 12 + v / 100 % 100);
    bool back = v / 10000 < ref / 10000 || (future == FUTURE_WILL && months_back >= 2);
    if (future == FUTURE_PAST && 12 - months_back > 3)
        back = false; /* ("was due to host them in October", in January: the last one) */
    if (!future || !back || !valid_ymd(v / 10000 + 1, v / 100 % 100, v % 100))
        return v;
    return v + 10000;
}

/* Is "September 11" (m/d, no year, its first token at `first`) the attacks of 2001, in an
 * article of a later year: "after September 11", "since Sept. 11", "the September 11
 * attacks"? A day told with "on" or a weekday ("on September 11", "Tuesday, September
 * 11") is the last one, as any other day. */
static bool september_eleventh(const token *t, size_t first, int m, int d, int32_t ref)
{
    if (m != 9 || d != 11 || ref / 10000 <= 2001)
        return false;
    return first == 0 || !(IS(&t[first - 1], "ON") || IS(&t[first - 1], ",") ||
                           weekday_of(&t[first - 1]) >= 0 || weekday_of(&t[first]) >= 0);
}

/* Tries a month-led expression at token i ("July 13, 2022", "July 25-27", "January 2023",
 * "April"); returns the index of its last token, or -1. */
static long month_led(cue_list *l, const token *t, size_t n, size_t i, size_t first, int32_t ref)
{
    int m = month_of(&t[i]);
    if (!m)
        return -1;
    size_t k = i + 1;
    int d = -1, y = -1;
    if (k < n && t[k].kind == TOK_NUMBER && (d = day_number(&t[k])) > 0) {
        k++;
        if (k + 1 < n && IS(&t[k], "-") && day_number(&t[k + 1]) > 0)
            k += 2; /* "July 25 - 27" */
        size_t j = k;
        if (j < n && IS(&t[j], ","))
            j++;
        if (j < n && (y = year_number(&t[j])) > 0)
            k = j + 1;
    } else if (k < n && (y = year_number(&t[k])) > 0) {
        k++;
    } else if (k + 1 < n && IS(&t[k], "OF") && (y = year_number(&t[k + 1])) > 0) {
        k += 2; /* "November of 1979" */
    }
    /* "May" is also a modal: as a bare month it needs a preposition before it */
    if (m == 5 && d < 0 && y < 0) {
        if (i == 0 || !(IS(&t[i - 1], "IN") || IS(&t[i - 1], "OF") || IS(&t[i - 1], "EARLY") ||
                        IS(&t[i - 1], "LATE") || IS(&t[i - 1], "MID") || IS(&t[i - 1], "SINCE") ||
                        IS(&t[i - 1], "UNTIL") || IS(&t[i - 1], "DURING") || IS(&t[i - 1], "LAST")))
            return -1;
    }
    if (m == 3 && d < 0 && y < 0 && i > 0 && (IS(&t[i - 1], "TO") || IS(&t[i - 1], "WILL")))
        return -1; /* "to march", "will march" */
    int32_t v = 0;
    int prec;
    if (d > 0) {
        prec = DATE_DAY;
        if (y > 0)
            v = valid_ymd(y, m, d) ? y * 10000 + m * 100 + d : 0;
        else if (ref && september_eleventh(t, first, m, d, ref))
            v = 20010911;
        else if (ref)
            v = to_come(t, first, ref, recent_md(ref, m, d));
    } else {
        prec = DATE_MONTH;
        if (y > 0)
            v = y * 10000 + m * 100 + 1;
        else if (ref) /* ("would discuss the matter when Putin visits Turkey in August",
                         in July: this August, not the last) */
            v = to_come(t, first, ref, recent_md(ref, m, 0));
    }
    push(l, t, first, k - 1, v, prec);
    return (long)k - 1;
}

/* A decade after "the" at token i ("the 1980s", "the 80s", "the 80's", "the '80s"): its
 * first year, the two-digit form taken in the century that puts it at or before the
 * reference year; else 0. *last is set to the decade's last token. History in opinion
 * pieces is told by decades ("took Americans hostage throughout the 80's"), and the
 * article's own date would be wrong for it. A person's age ("in his 60s") has no "the".
 * ("the early 1980s" dates the decade's first year as well.) */
static int decade_at(const token *t, size_t n, size_t i, int32_t ref, size_t *last)
{
    /* ("the early 1980s", "the late 90s") */
    bool part = i > 1 && (IS(&t[i - 1], "EARLY") || IS(&t[i - 1], "LATE") || IS(&t[i - 1], "MID"));
    if (i == 0 || !IS(&t[part ? i - 2 : i - 1], "THE"))
        return 0;
    const token *w = &t[i];
    const char *u = w->upper;
    size_t len = w->len;
    if (len > 0 && u[0] == '\'') { /* "'80s" */
        u++;
        len--;
    }
    *last = i;
    size_t digits = 0;
    while (digits < len && u[digits] >= '0' && u[digits] <= '9')
        digits++;
    if (digits != 2 && digits != 4)
        return 0;
    bool plural = len == digits + 1 && u[digits] == 'S';
    /* ("80" + "'s", two tokens) */
    if (!plural && len == digits && i + 1 < n && IS(&t[i + 1], "'S") &&
        t[i + 1].start == w->end) {
        plural = true;
        *last = i + 1;
    }
    if (!plural || u[digits - 1] != '0')
        return 0;
    int v = 0;
    for (size_t k = 0; k < digits; k++)
        v = v * 10 + (u[k] - '0');
    if (digits == 2) {
        int ry = ref ? ref / 10000 : 2000;
        v += ry / 100 * 100;
        if (v > ry)
            v -= 100;
    }
    return v >= 1800 && v <= 2200 ? v : 0;
}

/* A decade told in words or hyphened to its part, after "the": "the nineties", "the early
 * nineties", "the mid-nineties", "the mid-1980s", "the late-90s". Returns its first year (a
 * word decade taken in the century that puts it at or before the reference year), else 0.
 * decade_at() reads the decades written in figures alone. */
static int decade_in_words(const token *t, size_t i, int32_t ref)
{
    bool part = i > 1 && (IS(&t[i - 1], "EARLY") || IS(&t[i - 1], "LATE") || IS(&t[i - 1], "MID"));
    if (i == 0 || !IS(&t[part ? i - 2 : i - 1], "THE") || t[i].kind == TOK_PUNCT)
        return 0;
    const char *u = t[i].upper;
    size_t len = t[i].len;
    size_t skip = strncmp(u, "MID-", 4) == 0 ? 4 : strncmp(u, "EARLY-", 6) == 0 ? 6
                  : strncmp(u, "LATE-", 5) == 0 ? 5 : 0;
    u += skip;
    len -= skip;
    static const char *const tens[] = {"TWENTIES", "THIRTIES", "FORTIES", "FIFTIES",
                                       "SIXTIES", "SEVENTIES", "EIGHTIES", "NINETIES", NULL};
    int ry = ref ? ref / 10000 : 2000, v = 0;
    for (int k = 0; tens[k] && !v; k++)
        if (strlen(tens[k]) == len && strncmp(u, tens[k], len) == 0) {
            v = ry / 100 * 100 + (k + 2) * 10;
            if (v > ry)
                v -= 100;
        }
    /* ("mid-1980s", "late-90s": the figures decade_at reads after "the" alone) */
    if (!v && skip && (len == 5 || len == 3) && u[len - 1] == 'S' && u[len - 2] == '0') {
        for (size_t k = 0; k + 1 < len; k++) {
            if (u[k] < '0' || u[k] > '9')
                return 0;
            v = v * 10 + (u[k] - '0');
        }
        if (len == 3) {
            v += ry / 100 * 100;
            if (v > ry)
                v -= 100;
        }
    }
    return v >= 1800 && v <= 2200 ? v : 0;
}

/* "last spring", "this summer", "last winter": the season's first month (spring March,
 * summer June, autumn or fall September, winter December). "Last" is the one before the
 * season the article falls in, else the latest one begun; "this" the one the article
 * falls in, else the one of the article's year. Returns YYYYMM01, else 0. */
static int32_t season_at(const token *t, size_t n, size_t i, int32_t ref)
{
    if (i + 1 >= n || !(IS(&t[i], "LAST") || IS(&t[i], "THIS")))
        return 0;
    const token *u = &t[i + 1];
    int sm = IS(u, "SPRING") ? 3 : IS(u, "SUMMER") ? 6 : IS(u, "AUTUMN") || IS(u, "FALL") ? 9
             : IS(u, "WINTER") ? 12 : 0;
    if (!sm)
        return 0;
    int ry = ref / 10000, rm = ref / 100 % 100;
    int y = sm <= rm ? ry : ry - 1; /* the latest one begun */
    bool within = (ry * 12 + rm) - (y * 12 + sm) < 3;
    if (IS(&t[i], "LAST"))
        y -= within ? 1 : 0;
    else if (!within)
        y = ry;
    return y * 10000 + sm * 100 + 1;
}

/* The first letters of A, LAST, NEXT, TODAY, TOMORROW, YESTERDAY, ONE .. TWELVE,
 * OVERNIGHT, WEEKEND, PAST, END, BEGINNING, START, MIDDLE. */
static bool may_open_expression(char c)
{
    switch (c) {
    case 'A': case 'L': case 'T': case 'Y': case 'O': case 'F': case 'S': case 'E': case 'N':
    case 'W': case 'P': case 'B': case 'M':
        return true;
    default:
        return false;
    }
}

/* Does the sentence speak of what is to come ("will meet", "are to travel", "plans to
 * visit") and report nobody's words (whose past tense would date the report: "said on
 * Monday that he will go")? Then a bare weekday is the next one, not the last. */
static bool future_sentence(const token *t, size_t n)
{
    bool future = false;
    for (size_t i = 0; i < n; i++) {
        const token *w = &t[i];
        if (WORD_IS(w, WC_SPEECH | WC_SPEECH_THAT))
            return false;
        bool to_next = i + 1 < n && IS(&t[i + 1], "TO");
        if (IS(w, "WILL") || IS(w, "SHALL") || IS(w, "'LL") ||
            (to_next && (IS(w, "IS") || IS(w, "ARE") || IS(w, "PLANS") || IS(w, "PLAN") ||
                         IS(w, "SCHEDULED") || IS(w, "DUE") || IS(w, "SET"))))
            future = true;
    }
    return future;
}

/* "overnight" as an adverb dates the night that ends on the article's day ("Russia
 * attacked Kyiv with drones overnight"); before a noun it only qualifies it ("an
 * overnight curfew", "overnight talks"): a word that may follow the adverb comes next. */
static bool overnight_adverb(const token *t, size_t n, size_t i)
{
    if (i + 1 >= n || t[i + 1].kind != TOK_WORD)
        return true;
    static const char *const after[] = {"IN", "ON", "AT", "NEAR", "AND", "AS", "AFTER", "FROM",
                                        "TO", "WITH", "INTO", "ACROSS", "OVER", "AGAINST",
                                        "BUT", "WHILE", "WHEN", "OUTSIDE", "AROUND", "ALONG",
                                        "BEFORE", "FOR", "THAT", NULL};
    for (const char *const *w = after; *w; w++)
        if (IS(&t[i + 1], *w))
            return true;
    return (t[i + 1].flags & TOKF_CAPITALIZED) != 0; /* ("overnight, Russian drones ...") */
}

/* "at the weekend", "over the weekend", "last weekend", "this weekend": the Saturday of the
 * weekend before the article's day (the article's own when it falls on one), the coming
 * one after "next" or in a sentence about the future. *from is set to the expression's
 * first token; 0 when "weekend" at i opens no such expression. */
static int32_t weekend_at(const token *t, size_t i, int32_t ref, bool future, size_t *from)
{
    if (i == 0)
        return 0;
    bool last = IS(&t[i - 1], "LAST"), next = IS(&t[i - 1], "NEXT"),
         this = IS(&t[i - 1], "THIS") || IS(&t[i - 1], "THE");
    if (!last && !next && !this)
        return 0;
    if (IS(&t[i - 1], "THE") &&
        !(i > 1 && (IS(&t[i - 2], "AT") || IS(&t[i - 2], "OVER") || IS(&t[i - 2], "ON") ||
                    IS(&t[i - 2], "DURING"))))
        return 0; /* ("the weekend's talks", "spent the weekend") */
    *from = i - 1;
    int64_t days = to_days(ref);
    int rwd = (int)(((days % 7) + 7 + 3) % 7); /* 0 = Monday; 1970-01-01 was a Thursday */
    if (next || (future && !last)) {
        int fwd = (5 - rwd + 7) % 7;
        if (next && fwd == 0)
            fwd = 7;
        return civil_from_days(days + fwd);
    }
    int back = (rwd - 5 + 7) % 7;
    if (last && back <= 1)
        back += 7; /* ("last weekend" said on a Saturday or Sunday: the one before) */
    return civil_from_days(days - back);
}

/* "in the past week", "over the past seven days", "during the past few days": the week
 * that holds the middle of the seven days before the article's day (its Monday, as "last
 * week" has it). Returns the index of the expression's last token, or -1. */
static long past_week_at(const token *t, size_t n, size_t i)
{
    if (i == 0 || !IS(&t[i - 1], "THE") || i + 1 >= n)
        return -1;
    if (IS(&t[i + 1], "WEEK"))
        return (long)i + 1;
    if (i + 2 < n && IS(&t[i + 2], "DAYS") &&
        (IS(&t[i + 1], "FEW") || (count_word(&t[i + 1]) >= 2 && count_word(&t[i + 1]) <= 7)))
        return (long)i + 2;
    return -1;
}

/* The month of "mid-December", "early-March", "late-July" (one token), else 0. */
static int hyphen_month(const token *w)
{
    if (w->kind != TOK_WORD || w->len < 7)
        return 0;
    size_t skip = strncmp(w->upper, "MID-", 4) == 0     ? 4
                  : strncmp(w->upper, "EARLY-", 6) == 0 ? 6
                  : strncmp(w->upper, "LATE-", 5) == 0  ? 5
                                                        : 0;
    if (!skip || w->len <= skip)
        return 0;
    uint32_t cls = words_classify(w->upper + skip, w->len - skip);
    return (cls & WC_MONTH) ? (int)(cls >> 24) : 0;
}

/* "earlier in the week", "later in the month", "earlier in the year": the article's own
 * week, month or year. Returns the index of the last token, or -1; *unit is 'W', 'M' or
 * 'Y'. */
static long in_the_unit(const token *t, size_t n, size_t i, char *unit)
{
    if (!(IS(&t[i], "EARLIER") || IS(&t[i], "LATER")) || i + 3 >= n || !IS(&t[i + 1], "IN") ||
        !IS(&t[i + 2], "THE"))
        return -1;
    const token *u = &t[i + 3];
    *unit = IS(u, "WEEK") ? 'W' : IS(u, "MONTH") ? 'M' : IS(u, "YEAR") ? 'Y' : 0;
    return *unit ? (long)i + 3 : -1;
}

/* "the end of the year", "the beginning of the month", "the start of the week" at token i
 * (its END, BEGINNING, START or MIDDLE): sets *unit to 'W', 'M' or 'Y' and returns the
 * index of the unit's token, else -1. ("The end of this year", "of next month" leave the
 * unit to "this" and "next".) */
static long part_of_the_unit(const token *t, size_t n, size_t i, char *unit)
{
    if (!(IS(&t[i], "END") || IS(&t[i], "BEGINNING") || IS(&t[i], "START") ||
          IS(&t[i], "MIDDLE")) ||
        i == 0 || !IS(&t[i - 1], "THE") || i + 3 >= n || !IS(&t[i + 1], "OF") ||
        !IS(&t[i + 2], "THE"))
        return -1;
    const token *u = &t[i + 3];
    *unit = IS(u, "WEEK") ? 'W' : IS(u, "MONTH") ? 'M' : IS(u, "YEAR") ? 'Y' : 0;
    return *unit ? (long)i + 3 : -1;
}

size_t dates_find(arena *a, const token *t, size_t n, int32_t ref, date_cue **out)
{
    cue_list l = {a, NULL, 0, 0};
    bool future = ref && future_sentence(t, n);
    for (size_t i = 0; i < n; i++) {
        const token *w = &t[i];
        long end;
        size_t decade_end;
        int decade = decade_at(t, n, i, ref, &decade_end);
        if (!decade && (decade = decade_in_words(t, i, ref)))
            decade_end = i;
        if (decade) {
            push(&l, t, i - 1, decade_end, decade * 10000 + 101, DATE_YEAR);
            i = decade_end;
            continue;
        }
        int hm = hyphen_month(w);
        if (hm) { /* "in mid-December", "early-March 2023" */
            int y = i + 1 < n ? year_number(&t[i + 1]) : -1;
            int32_t v = y > 0 ? y * 10000 + hm * 100 + 1 : to_come(t, i, ref, ref ? recent_md(ref, hm, 0) : 0);
            push(&l, t, i, y > 0 ? i + 1 : i, v, DATE_MONTH);
            if (y > 0)
                i++;
            continue;
        }
        if (!WORD_IS(w, WC_MONTH | WC_WEEKDAY | WC_COUNT | WC_DATE_WORD) && w->kind != TOK_NUMBER)
            continue; /* most words: no expression starts here */
        if (w->kind == TOK_NUMBER) {
            /* 2022-07-13 */
            if (w->len == 10 && w->upper[4] == '-' && w->upper[7] == '-') {
                int y = 0, m = 0, d = 0;
                bool ok = true;
                for (int k = 0; k < 10 && ok; k++) {
                    char c = w->upper[k];
                    if (k == 4 || k == 7)
                        continue;
                    if (c < '0' || c > '9')
                        ok = false;
                    else if (k < 4)
                        y = y * 10 + (c - '0');
                    else if (k < 7)
                        m = m * 10 + (c - '0');
                    else
                        d = d * 10 + (c - '0');
                }
                if (ok && valid_ymd(y, m, d))
                    push(&l, t, i, i, y * 10000 + m * 100 + d, DATE_DAY);
                continue;
            }
            /* "9/11": the attacks of 2001 */
            if (w->len == 4 && strncmp(w->upper, "9/11", 4) == 0 && ref / 10000 > 2001) {
                push(&l, t, i, i, 20010911, DATE_DAY);
                continue;
            }
            /* 13 July 2022, 25-27 July (one token, or the UD tokenizer's 25 - 27 glued
               by an ASCII hyphen) */
            int d = day_number(w);
            size_t mi = i + 1; /* the month */
            if (d > 0 && i + 3 < n && IS(&t[i + 1], "-") && t[i + 1].start == w->end &&
                t[i + 1].end == w->end + 1 && t[i + 2].start == t[i + 1].end &&
                day_number(&t[i + 2]) > 0)
                mi = i + 3;
            if (d > 0 && mi < n && month_of(&t[mi])) {
                int m = month_of(&t[mi]);
                size_t k = mi + 1;
                int y = k < n ? year_number(&t[k]) : -1;
                int32_t v = 0;
                if (y > 0)
                    v = valid_ymd(y, m, d) ? y * 10000 + m * 100 + d : 0;
                else if (ref)
                    v = to_come(t, i, ref, recent_md(ref, m, d));
                push(&l, t, i, y > 0 ? k : mi, v, DATE_DAY);
                i = y > 0 ? k : mi;
                continue;
            }
            /* N days/weeks/months/years ago */
            int c = count_word(w);
            if (c > 0 && i + 2 < n && IS(&t[i + 2], "AGO") && ref) {
                const token *u = &t[i + 1];
                int ry = ref / 10000, rm = ref / 100 % 100;
                if (IS(u, "DAYS") || IS(u, "DAY"))
                    push(&l, t, i, i + 2, add_days(ref, -c), DATE_DAY);
                else if (IS(u, "WEEKS") || IS(u, "WEEK"))
                    push(&l, t, i, i + 2, add_days(ref, -7L * c), DATE_DAY);
                else if (IS(u, "MONTHS") || IS(u, "MONTH")) {
                    int mm = ry * 12 + (rm - 1) - c;
                    push(&l, t, i, i + 2, (mm / 12) * 10000 + (mm % 12 + 1) * 100 + 1, DATE_MONTH);
                } else if (IS(u, "YEARS") || IS(u, "YEAR"))
                    push(&l, t, i, i + 2, (ry - c) * 10000 + 101, DATE_YEAR);
                else if (IS(u, "DECADES") || IS(u, "DECADE")) /* ("two decades ago") */
                    push(&l, t, i, i + 2, (ry - 10 * c) * 10000 + 101, DATE_YEAR);
                i += 2;
                continue;
            }
            /* in 2019 */
            int y = year_number(w);
            if (y > 0 && i > 0 &&
                (IS(&t[i - 1], "IN") || IS(&t[i - 1], "SINCE") || IS(&t[i - 1], "DURING") ||
                 IS(&t[i - 1], "EARLY") || IS(&t[i - 1], "LATE") || IS(&t[i - 1], "MID"))) {
                push(&l, t, i, i, y * 10000 + 101, DATE_YEAR);
                continue;
            }
            /* "the 1983 bombing", "Russia's 2022 invasion": a year that qualifies the noun
               after it dates what the noun names */
            if (y > 0 && i > 0 && i + 1 < n && t[i + 1].kind == TOK_WORD &&
                (IS(&t[i - 1], "THE") || (t[i - 1].flags & TOKF_POSSESSIVE))) {
                push(&l, t, i, i, y * 10000 + 101, DATE_YEAR);
                continue;
            }
            /* "in (the) summer of 1999", "in spring 2022": the season's year */
            size_t season = i > 1 && IS(&t[i - 1], "OF") ? i - 2 : i > 0 ? i - 1 : i;
            if (y > 0 && season < i &&
                (IS(&t[season], "SPRING") || IS(&t[season], "SUMMER") ||
                 IS(&t[season], "AUTUMN") || IS(&t[season], "FALL") || IS(&t[season], "WINTER")))
                push(&l, t, season, i, y * 10000 + 101, DATE_YEAR);
            continue;
        }
        if (w->kind != TOK_WORD)
            continue;
        /* every word expression starts with a capital (months, weekdays) or with one of
           A, LAST, NEXT, TODAY, TOMORROW, YESTERDAY, ONE .. TWELVE; and with a month, a
           weekday, a count, LAST, NEXT, TODAY, TOMORROW or YESTERDAY */
        if (!(w->flags & TOKF_CAPITALIZED) && !may_open_expression(w->upper[0]))
            continue;
        if ((end = month_led(&l, t, n, i, i, ref)) >= 0) {
            i = (size_t)end;
            continue;
        }
        int wd = weekday_of(w);
        if (wd >= 0) {
            size_t k = i + 1;
            if (k < n && IS(&t[k], ","))
                k++;
            if (k < n && month_of(&t[k]) && (end = month_led(&l, t, n, k, i, ref)) >= 0) {
                i = (size_t)end; /* "Wednesday, July 26": the full date */
                continue;
            }
            /* "on Thursday next week", "on Tuesday last week": that day of the week named
               (the week alone would date the week, and the weekday the wrong one) */
            if (ref && i + 2 < n && IS(&t[i + 2], "WEEK") &&
                (IS(&t[i + 1], "NEXT") || IS(&t[i + 1], "LAST") || IS(&t[i + 1], "THIS"))) {
                int shift = IS(&t[i + 1], "NEXT") ? 7 : IS(&t[i + 1], "LAST") ? -7 : 0;
                push(&l, t, i, i + 2, add_days(monday_of(ref), shift + wd), DATE_DAY);
                i += 2;
                continue;
            }
            if (ref) {
                int64_t days = to_days(ref);
                int rwd = (int)(((days % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
                int back = (rwd - wd + 7) % 7;
                if (i > 0 && IS(&t[i - 1], "LAST") && back == 0)
                    back = 7;
                bool next = i > 0 && IS(&t[i - 1], "NEXT");
                if (next) /* "next Wednesday": the one after the article's day */
                    back = -((wd - rwd + 7) % 7 ? (wd - rwd + 7) % 7 : 7);
                else if ((future || schedule_before(t, i)) && !(i > 0 && IS(&t[i - 1], "LAST")))
                    back = -((wd - rwd + 7) % 7); /* "will meet on Wednesday": this one */
                push(&l, t, i > 0 && (IS(&t[i - 1], "LAST") || next) ? i - 1 : i, i,
                     civil_from_days(days - back), DATE_DAY);
            }
            continue;
        }
        if (!ref)
            continue;
        size_t from = i;
        int32_t weekend, season;
        long past;
        char unit = 0;
        if (IS(w, "OVERNIGHT")) {
            if (overnight_adverb(t, n, i))
                push(&l, t, i, i, ref, DATE_DAY);
        } else if (IS(w, "WEEKEND")) {
            if ((weekend = weekend_at(t, i, ref, future, &from)))
                push(&l, t, from, i, weekend, DATE_DAY);
        } else if (IS(w, "PAST")) {
            if ((past = past_week_at(t, n, i)) >= 0) {
                push(&l, t, i - 1, (size_t)past, monday_of(add_days(ref, -4)), DATE_WEEK);
                i = (size_t)past;
            }
        } else if (IS(w, "YESTERDAY")) {
            push(&l, t, i, i, add_days(ref, -1), DATE_DAY);
        } else if (IS(w, "TOMORROW")) {
            push(&l, t, i, i, add_days(ref, 1), DATE_DAY);
        } else if (IS(w, "NEXT") && i + 1 < n && IS(&t[i + 1], "WEEK")) {
            push(&l, t, i, i + 1, add_days(monday_of(ref), 7), DATE_WEEK);
            i++;
        } else if (IS(w, "NEXT") && i + 1 < n && (IS(&t[i + 1], "MONTH") || IS(&t[i + 1], "YEAR"))) {
            /* "will host Chinese officials next month" */
            int ry = ref / 10000, rm = ref / 100 % 100;
            if (IS(&t[i + 1], "YEAR"))
                push(&l, t, i, i + 1, (ry + 1) * 10000 + 101, DATE_YEAR);
            else
                push(&l, t, i, i + 1, (rm == 12 ? ry + 1 : ry) * 10000 + (rm % 12 + 1) * 100 + 1,
                     DATE_MONTH);
            i++;
        } else if ((past = in_the_unit(t, n, i, &unit)) >= 0) {
            /* "earlier in the week": the article's own */
            int ry = ref / 10000, rm = ref / 100 % 100;
            if (unit == 'W')
                push(&l, t, i, (size_t)past, monday_of(ref), DATE_WEEK);
            else if (unit == 'M')
                push(&l, t, i, (size_t)past, ry * 10000 + rm * 100 + 1, DATE_MONTH);
            else
                push(&l, t, i, (size_t)past, ry * 10000 + 101, DATE_YEAR);
            i = (size_t)past;
        } else if ((past = part_of_the_unit(t, n, i, &unit)) >= 0) {
            /* "plans to deliver tanks by the end of the year": the article's own year,
               when the future is spoken of (told of the past, early in a year, the end of
               "the year" may be the last one's) */
            if (future_before(t, i) != FUTURE_NONE) {
                int ry = ref / 10000, rm = ref / 100 % 100;
                if (unit == 'W')
                    push(&l, t, i - 1, (size_t)past, monday_of(ref), DATE_WEEK);
                else if (unit == 'M')
                    push(&l, t, i - 1, (size_t)past, ry * 10000 + rm * 100 + 1, DATE_MONTH);
                else
                    push(&l, t, i - 1, (size_t)past, ry * 10000 + 101, DATE_YEAR);
            }
            i = (size_t)past;
        } else if (IS(w, "TODAY")) {
            push(&l, t, i, i, ref, DATE_DAY);
        } else if (IS(w, "THIS") && i + 1 < n &&
                   (IS(&t[i + 1], "WEEK") || IS(&t[i + 1], "MONTH") || IS(&t[i + 1], "YEAR"))) {
            /* "earlier this month": the article's own week, month or year */
            int ry = ref / 10000, rm = ref / 100 % 100;
            const token *u = &t[i + 1];
            if (IS(u, "WEEK"))
                push(&l, t, i, i + 1, monday_of(ref), DATE_WEEK);
            else if (IS(u, "MONTH"))
                push(&l, t, i, i + 1, ry * 10000 + rm * 100 + 1, DATE_MONTH);
            else
                push(&l, t, i, i + 1, ry * 10000 + 101, DATE_YEAR);
            i++;
        } else if ((season = season_at(t, n, i, ref))) {
            push(&l, t, i, i + 1, season, DATE_MONTH); /* "last spring" */
            i++;
        } else if (IS(w, "LAST") && i + 1 < n) {
            int ry = ref / 10000, rm = ref / 100 % 100;
            const token *u = &t[i + 1];
            if (IS(u, "NIGHT")) { /* "last night": the night before the article's day */
                push(&l, t, i, i + 1, add_days(ref, -1), DATE_DAY);
                i++;
            } else if (IS(u, "WEEK")) { /* some day of the week before the article's */
                push(&l, t, i, i + 1, add_days(monday_of(ref), -7), DATE_WEEK);
                i++;
            } else if (IS(u, "MONTH")) {
                int mm = ry * 12 + (rm - 1) - 1;
                push(&l, t, i, i + 1, (mm / 12) * 10000 + (mm % 12 + 1) * 100 + 1, DATE_MONTH);
                i++;
            } else if (IS(u, "YEAR")) {
                push(&l, t, i, i + 1, (ry - 1) * 10000 + 101, DATE_YEAR);
                i++;
            }
        } else if (IS(w, "A") && i + 2 < n && IS(&t[i + 2], "AGO")) {
            /* "a week ago": count_word handles numbers only on number tokens */
            const token *u = &t[i + 1];
            int ry = ref / 10000, rm = ref / 100 % 100;
            if (IS(u, "DAY"))
                push(&l, t, i, i + 2, add_days(ref, -1), DATE_DAY);
            else if (IS(u, "WEEK"))
                push(&l, t, i, i + 2, add_days(ref, -7), DATE_DAY);
            else if (IS(u, "MONTH")) {
                int mm = ry * 12 + (rm - 1) - 1;
                push(&l, t, i, i + 2, (mm / 12) * 10000 + (mm % 12 + 1) * 100 + 1, DATE_MONTH);
            } else if (IS(u, "YEAR"))
                push(&l, t, i, i + 2, (ry - 1) * 10000 + 101, DATE_YEAR);
            else if (IS(u, "DECADE"))
                push(&l, t, i, i + 2, (ry - 10) * 10000 + 101, DATE_YEAR);
            i += 2;
        } else {
            int c = count_word(w);
            if (c >= 1 && i + 2 < n && IS(&t[i + 2], "AGO")) {
                const token *u = &t[i + 1];
                int ry = ref / 10000, rm = ref / 100 % 100;
                if (IS(u, "DAYS"))
                    push(&l, t, i, i + 2, add_days(ref, -c), DATE_DAY);
                else if (IS(u, "WEEKS"))
                    push(&l, t, i, i + 2, add_days(ref, -7L * c), DATE_DAY);
                else if (IS(u, "MONTHS")) {
                    int mm = ry * 12 + (rm - 1) - c;
                    push(&l, t, i, i + 2, (mm / 12) * 10000 + (mm % 12 + 1) * 100 + 1,
                         DATE_MONTH);
                } else if (IS(u, "YEARS"))
                    push(&l, t, i, i + 2, (ry - c) * 10000 + 101, DATE_YEAR);
                else if (IS(u, "DECADES"))
                    push(&l, t, i, i + 2, (ry - 10 * c) * 10000 + 101, DATE_YEAR);
                i += 2;
            }
        }
    }
    *out = l.v;
    return l.n;
}

/* ---- days counted from another date ------------------------------------------------ */

/* Does token k close a clause or the sentence (punctuation, or nothing after it)? */
static bool closes(const token *t, size_t n, size_t k)
{
    return k >= n || t[k].kind != TOK_WORD;
}

bool dates_relative(const token *t, size_t n, span *where, int *days, bool *inverse)
{
    for (size_t i = 0; i < n; i++) {
        const token *w = &t[i];
        if (w->kind != TOK_WORD && w->kind != TOK_NUMBER)
            continue;
        size_t last = i;
        int shift = 0;
        bool found = false, inv = false;
        bool the = IS(w, "THE");
        if (the && i + 2 < n && IS(&t[i + 2], "DAY") &&
            (IS(&t[i + 1], "FOLLOWING") || IS(&t[i + 1], "NEXT") || IS(&t[i + 1], "PREVIOUS") ||
             IS(&t[i + 1], "SAME"))) {
            /* "the following day", "the next day", "the previous day", "the same day" */
            shift = IS(&t[i + 1], "PREVIOUS") ? -1 : IS(&t[i + 1], "SAME") ? 0 : 1;
            last = i + 2;
            found = true;
        } else if (the && i + 2 < n && IS(&t[i + 1], "DAY") &&
                   (IS(&t[i + 2], "AFTER") || IS(&t[i + 2], "BEFORE")) && closes(t, n, i + 3)) {
            /* "the day after", "the day before", closing their clause */
            shift = IS(&t[i + 2], "AFTER") ? 1 : -1;
            last = i + 2;
            found = true;
        } else if (IS(w, "LATER") && i + 2 < n && IS(&t[i + 1], "THAT") && IS(&t[i + 2], "DAY")) {
            last = i + 2; /* "later that day" */
            found = true;
        } else if (IS(w, "HOURS") && i + 1 < n &&
                   (IS(&t[i + 1], "LATER") || IS(&t[i + 1], "EARLIER"))) {
            last = i + 1; /* "hours later": the same day */
            found = true;
        } else if (i + 2 < n) {
            /* "a day later", "two days earlier", "a week later"; "two days after the
               vote", "a day before it criticised Japan" */
            int c = IS(w, "A") ? 1 : count_word(w);
            const token *u = &t[i + 1], *v = &t[i + 2];
            int unit = IS(u, "DAY") || IS(u, "DAYS") ? 1 : IS(u, "WEEK") || IS(u, "WEEKS") ? 7 : 0;
            if (c >= 1 && c <= 12 && unit && (c == 1) == (IS(u, "DAY") || IS(u, "WEEK"))) {
                int sign = IS(v, "LATER") || IS(v, "AFTER") ? 1
                           : IS(v, "EARLIER") || IS(v, "BEFORE") ? -1 : 0;
                if (sign) {
                    shift = sign * c * unit;
                    inv = (IS(v, "AFTER") || IS(v, "BEFORE")) && !closes(t, n, i + 3);
                    last = i + 2;
                    found = true;
                }
            }
        }
        if (found) {
            /* (an inverse count dates what its "after" or "before" opens: the span is that
               word, for the tree to hang it on that clause) */
            *where = inv ? (span){t[last].start, t[last].end} : (span){t[i].start, t[last].end};
            *days = shift;
            *inverse = inv;
            return true;
        }
    }
    return false;
}

int32_t dates_shift(int32_t value, int days)
{
    return add_days(value, days);
}

/* ---- choosing ---------------------------------------------------------------------- */

static bool is_boundary(const token *t)
{
    return WORD_IS(t, WC_DATE_BOUNDARY);
}

/* "accused the government of trying to keep him out of February's election": a date in
 * the possessive names another event by its time ("last month's protests", "Sunday's
 * vote"); it dates only the event its noun is ("Sunday's attack on Kyiv"). */
static bool possessive_of_other(const date_cue *c, const token *t, size_t n, span verb)
{
    /* ("since last month's invasion", "after Sunday's vote": a phrase of time that the
       event so named marks still dates the act) */
    for (size_t k = 1; k < n; k++)
        if (t[k].start == c->start &&
            (IS(&t[k - 1], "SINCE") || IS(&t[k - 1], "AFTER") || IS(&t[k - 1], "FOLLOWING") ||
             IS(&t[k - 1], "BEFORE") || IS(&t[k - 1], "DURING") || IS(&t[k - 1], "AHEAD")))
            return false;
    for (size_t k = 0; k + 1 < n; k++) {
        if (t[k].end != c->end)
            continue;
        if (!IS(&t[k + 1], "'S") && !IS(&t[k + 1], "'"))
            return false;
        return !(k + 2 < n && t[k + 2].start <= verb.start &&
                 (t[k + 2].start == verb.start || (k + 3 < n && t[k + 3].start == verb.start)));
    }
    return false;
}

const date_cue *dates_pick(const date_cue *cues, size_t ncues, const token *t, size_t n,
                           span verb)
{
    const date_cue *after = NULL, *before = NULL;
    for (size_t i = 0; i < ncues; i++) {
        const date_cue *c = &cues[i];
        /* "had been denied visas until last week": when a state ended, not when the act
           was done */
        const token *prev = NULL;
        for (size_t k = 0; k < n && t[k].end <= c->start; k++)
            prev = &t[k];
        if (prev && (IS(prev, "UNTIL") || IS(prev, "TILL") || IS(prev, "DESPITE")))
            continue;
        if (possessive_of_other(c, t, n, verb))
            continue;
        if (c->start >= verb.end) {
            if (after && after->start <= c->start)
                continue;
            bool blocked = false;
            for (size_t k = 0; k < n && !blocked; k++)
                if (t[k].start >= verb.end && t[k].end <= c->start && is_boundary(&t[k]))
                    blocked = true;
            if (!blocked)
                after = c;
        } else if (c->end <= verb.start) {
            if (!before || c->start > before->start)
                before = c;
        }
    }
    return after ? after : before;
}

/* ---- dates from the tree ----------------------------------------------------------- */

/* Does "the" come right before cue c ("the September 11 attacks", "the January 6 riot")?
 * Such a date, hung on the noun after it, names that noun's event. */
static bool after_the(const date_cue *c, const token *t, size_t n)
{
    for (size_t k = 1; k < n; k++)
        if (t[k].start == c->start)
            return IS(&t[k - 1], "THE");
    return false;
}

/* Relations that open a clause of their own below their head. */
static bool clausal(const char *rel)
{
    static const char *const rels[] = {"acl", "advcl", "ccomp", "xcomp", "csubj", "parataxis",
                                       "conj", "list", "appos", NULL};
    if (!rel)
        return false;
    size_t len = strcspn(rel, ":");
    for (size_t i = 0; rels[i]; i++)
        if (strlen(rels[i]) == len && strncmp(rel, rels[i], len) == 0)
            return true;
    return false;
}

#define HEAD_OF(k) (us->words[first + (uint32_t)(k) - 1].head)
#define REL_OF(k) (us->words[first + (uint32_t)(k) - 1].deprel)

const date_cue *dates_pick_tree(const date_cue *cues, size_t ncues, const token *t, size_t n,
                                const ud_sentence *us, span verb)
{
    uint32_t first;
    if (!ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        return NULL;
    uint32_t m = us->n - first;
    int32_t p = ud_word_at_byte(us, first, verb.start);
    if (!p)
        return NULL;
    const date_cue *own = NULL, *above = NULL;
    int above_depth = 0;
    for (size_t i = 0; i < ncues; i++) {
        const date_cue *c = &cues[i];
        const token *prev = NULL; /* ("until last week": when a state ended) */
        for (size_t k = 0; k < n && t[k].end <= c->start; k++)
            prev = &t[k];
        /* ("despite Sept. 11": an event named by its day, not the act's time) */
        if (prev && (IS(prev, "UNTIL") || IS(prev, "TILL") || IS(prev, "DESPITE")))
            continue;
        /* ("condemned last month's strike on Rafah": the strike's time, not the
           condemnation's, though the strike is the verb's object) */
        if (possessive_of_other(c, t, n, verb))
            continue;
        /* the expression's head: its word whose head is outside it */
        int32_t head = 0, from = ud_word_at_byte(us, first, c->start),
                to = ud_word_at_byte(us, first, c->end - 1);
        if (!from || !to)
            return NULL;
        for (int32_t k = from; k <= to && !head; k++)
            if (HEAD_OF(k) < from || HEAD_OF(k) > to)
                head = k;
        int32_t at = head ? HEAD_OF(head) : 0;
        if (!at)
            continue; /* (a date that is the whole sentence: a dateline's) */
        /* "condemned the 2022 Russian invasion on Monday", "before the 2024 election": a
           year that qualifies a noun dates that noun's act alone ("said during a Friday
           sermon" still dates the saying) */
        const char *hrel = REL_OF(head);
        if ((c->precision == DATE_YEAR || after_the(c, t, n)) && hrel &&
            (strcmp(hrel, "nummod") == 0 || strcmp(hrel, "compound") == 0 ||
             strcmp(hrel, "amod") == 0) && at != p)
            continue;
        /* up from where it hangs to p, through no clause of its own: p's date */
        bool mine = false;
        for (int32_t x = at, steps = 0; x > 0 && steps <= (int32_t)m; steps++) {
            if (x == p) {
                mine = true;
                break;
            }
            if (clausal(REL_OF(x)))
                break;
            x = HEAD_OF(x);
        }
        if (mine) {
            if (!own || (c->start >= verb.end && (own->start < verb.end || c->start < own->start)))
                own = c;
            continue;
        }
        /* a clause above p's: the nearest one's date. (The parse may hang a date on a
           noun of that clause, "On July 27, media reported": the clause is the first verb
           or clause up from there.) */
        int32_t clause = at;
        for (int steps = 0; clause > 0 && steps <= (int32_t)m; steps++) {
            if (us->words[first + (uint32_t)clause - 1].upos == UPOS_VERB || clausal(REL_OF(clause)) ||
                HEAD_OF(clause) == 0)
                break;
            clause = HEAD_OF(clause);
        }
        int depth = 0;
        for (int32_t x = p, steps = 0; x > 0 && steps <= (int32_t)m; steps++, depth++) {
            if (x == clause) {
                if (!above || depth < above_depth) {
                    above = c;
                    above_depth = depth;
                }
                break;
            }
            x = HEAD_OF(x);
        }
    }
    return own ? own : above;
}

/* The word of cue c whose head is outside it (the expression's head), else 0. */
static int32_t cue_head(const date_cue *c, const ud_sentence *us, uint32_t first)
{
    int32_t from = ud_word_at_byte(us, first, c->start), to = ud_word_at_byte(us, first, c->end - 1);
    if (!from || !to)
        return 0;
    for (int32_t k = from; k <= to; k++)
        if (HEAD_OF(k) < from || HEAD_OF(k) > to)
            return k;
    return 0;
}

/* Is cue c held by a clause of its own beside or below the verb's that the verb's clause
 * does not contain: a complement ("said the two countries would hold exercises in
 * June"), a clausal subject, a relative clause, or a participle on a noun that is no
 * argument of the verb ("said sanctions imposed in November would stay")? Such a date is
 * that clause's time, not the verb's. */
static bool held_elsewhere(const date_cue *c, const ud_sentence *us, uint32_t first,
                           uint32_t m, int32_t p)
{
    int32_t head = cue_head(c, us, first);
    if (!head)
        return false;
    for (int32_t x = HEAD_OF(head), steps = 0; x > 0 && steps <= (int32_t)m; steps++) {
        /* (x above p, or p itself: the verb's clause holds the date) */
        for (int32_t y = p, up = 0; y > 0 && up <= (int32_t)m; up++) {
            if (y == x)
                return false;
            y = HEAD_OF(y);
        }
        const char *rel = REL_OF(x);
        const char *xpos = us->words[first + (uint32_t)x - 1].xpos;
        /* (a participle on the verb's own argument tells of the thing acted on, and
           its date is the nearest the act has: "a system backed by the Red Cross in
           September 2021 was rejected by Johnson") */
        bool participle = rel && strcmp(rel, "acl") == 0 && xpos && strcmp(xpos, "VBN") == 0 &&
                          HEAD_OF(x) > 0 && HEAD_OF(HEAD_OF(x)) != p;
        if (participle || (rel && (strncmp(rel, "ccomp", 5) == 0 ||
                                   strncmp(rel, "csubj", 5) == 0 || strcmp(rel, "acl:relcl") == 0)))
            return true;
        x = HEAD_OF(x);
    }
    return false;
}

/* Does cue c qualify a noun other than the event's own (p): a year or a day after "the"
 * that the tree hangs on the noun after it ("the September 11 attacks led the United
 * States to invade Afghanistan", "Despite the 2003 invasion, Iraq still hosts ..."), or a
 * year hung on a noun of another clause ("condemned Israel, recalling the massacre in 1982
 * at Sabra")? (The caller asks when the tree gave the event no date of its own clause.) */
static bool names_another_noun(const date_cue *c, const token *t, size_t n,
                               const ud_sentence *us, uint32_t first, int32_t p)
{
    int32_t head = cue_head(c, us, first);
    const char *hrel = head ? REL_OF(head) : NULL;
    if (!hrel || HEAD_OF(head) == p)
        return false;
    if (c->precision == DATE_YEAR && strcmp(hrel, "nmod") == 0 && HEAD_OF(head) > 0 &&
        us->words[first + (uint32_t)HEAD_OF(head) - 1].upos == UPOS_NOUN)
        return true;
    return (c->precision == DATE_YEAR || after_the(c, t, n)) &&
           (strcmp(hrel, "nummod") == 0 || strcmp(hrel, "compound") == 0 ||
            strcmp(hrel, "amod") == 0);
}

/* Is cue c held by a clause that cites or recalls ("citing the war in 2020", "pointing to
 * the invasion of Manchuria in 1931", "recalling the massacre of 1982"), below the event's
 * verb p? What such a clause brings up is another time than the act's. */
static bool held_by_citing(const date_cue *c, const ud_sentence *us, uint32_t first,
                           uint32_t m, int32_t p)
{
    static const char *const citing[] = {"cite", "recall", "point", "refer", "note", "mention",
                                         "invoke", "remember", "evoke", "liken", "compare", NULL};
    int32_t head = cue_head(c, us, first);
    for (int32_t x = head ? HEAD_OF(head) : 0, steps = 0; x > 0 && x != p && steps <= (int32_t)m;
         steps++) {
        const ud_word *w = &us->words[first + (uint32_t)x - 1];
        if (w->upos == UPOS_VERB && w->lemma && clausal(w->deprel))
            for (size_t k = 0; citing[k]; k++)
                if (strcmp(w->lemma, citing[k]) == 0)
                    return true;
        x = w->head;
    }
    return false;
}

const date_cue *dates_pick_beside(arena *a, const date_cue *cues, size_t ncues, const token *t,
                                  size_t n, const ud_sentence *us, span verb)
{
    uint32_t first;
    int32_t p;
    if (!us || ncues == 0 || !ud_parsed_part(us, SYNTAX_MAX_WORDS, &first) ||
        !(p = ud_word_at_byte(us, first, verb.start)))
        return dates_pick(cues, ncues, t, n, verb);
    uint32_t m = us->n - first;
    date_cue *kept = arena_alloc(a, ncues * sizeof *kept);
    size_t nk = 0;
    for (size_t i = 0; i < ncues; i++)
        if (!held_elsewhere(&cues[i], us, first, m, p) &&
            !names_another_noun(&cues[i], t, n, us, first, p) &&
            !held_by_citing(&cues[i], us, first, m, p))
            kept[nk++] = cues[i];
    const date_cue *c = dates_pick(kept, nk, t, n, verb);
    for (size_t i = 0; c && i < ncues; i++)
        if (cues[i].start == c->start && cues[i].end == c->end)
            return &cues[i];
    return NULL;
}

bool dates_of_a_noun(const date_cue *c, const ud_sentence *us)
{
    uint32_t first;
    if (!us || !ud_parsed_part(us, SYNTAX_MAX_WORDS, &first))
        return false;
    uint32_t m = us->n - first;
    int32_t head = cue_head(c, us, first);
    if (!head)
        return false;
    const char *hrel = REL_OF(head);
    if ((c->precision == DATE_YEAR || c->value == 20010911) && hrel &&
        (strcmp(hrel, "nummod") == 0 || strcmp(hrel, "compound") == 0 || strcmp(hrel, "amod") == 0))
        return true;
    /* ("the financier of last month's bomb blasts": the blasts' time) */
    if (hrel && strcmp(hrel, "nmod:poss") == 0)
        return true;
    /* (up to the root: a clause on a noun on the way holds it) */
    for (int32_t x = HEAD_OF(head), steps = 0; x > 0 && steps <= (int32_t)m; steps++) {
        const char *rel = REL_OF(x);
        if (rel && strncmp(rel, "acl", 3) == 0)
            return true;
        x = HEAD_OF(x);
    }
    return false;
}

#undef HEAD_OF
#undef REL_OF

/* ---- the fallback date ------------------------------------------------------------- */

int32_t dates_latest_full(arena *a, const char *text, size_t len)
{
    sentence *s;
    size_t ns = text_split_sentences(a, text, len, &s);
    int32_t best = 0;
    for (size_t i = 0; i < ns; i++) {
        token *t;
        size_t n = words_tokenize(a, text, s[i].start, s[i].end, &t);
        date_cue *c;
        size_t nc = dates_find(a, t, n, 0, &c);
        for (size_t k = 0; k < nc; k++)
            if (c[k].precision == DATE_DAY && c[k].value > best)
                best = c[k].value;
    }
    return best;
}
