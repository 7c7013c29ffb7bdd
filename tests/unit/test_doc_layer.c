/* test_doc_layer.c: unit tests of the document layer: dates, status, dedup, attribution. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "doc/attribution.h"
#include "doc/dates.h"
#include "doc/dedup.h"
#include "doc/status.h"
#include "doc/words.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The tokens of s (*t, *n), its date expressions (*c, returned their count) and the span
 * of the verb `verb` in it (*sp). */
static size_t cues_of(arena *a, const char *s, const char *verb, int32_t ref, token **t,
                      size_t *n, date_cue **c, span *sp)
{
    *n = words_tokenize(a, s, 0, (uint32_t)strlen(s), t);
    size_t nc = dates_find(a, *t, *n, ref, c);
    const char *v = strstr(s, verb);
    *sp = (span){(uint32_t)(v - s), (uint32_t)(v - s + strlen(verb))};
    return nc;
}

/* The date chosen for the verb `verb` in `s`, as "YYYY-MM-DD/precision", or "-". */
static const char *date_of(arena *a, const char *s, const char *verb, int32_t ref)
{
    token *t;
    size_t n;
    date_cue *c;
    span sp;
    size_t nc = cues_of(a, s, verb, ref, &t, &n, &c, &sp);
    const date_cue *d = dates_pick(c, nc, t, n, sp);
    if (!d)
        return "-";
    char *out = arena_alloc(a, 32);
    dates_format(d->value, out);
    static const char *names[] = {"", "day", "month", "year", "doc", "week"};
    strcat(out, "/");
    strcat(out, names[d->precision]);
    return out;
}

static void test_dates(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    const int32_t ref = 20230807; /* a Monday */
    assert_string_equal(date_of(a, "Back on July 13, 2022, North Korea recognized them.", "recognized", ref), "2022-07-13/day");
    assert_string_equal(date_of(a, "On 13 July 2022 Japan met China.", "met", ref), "2022-07-13/day");
    assert_string_equal(date_of(a, "On July 25, Japan met China.", "met", ref), "2023-07-25/day");
    assert_string_equal(date_of(a, "On Wednesday, July 26, Japan met China.", "met", ref), "2023-07-26/day");
    assert_string_equal(date_of(a, "Japan met China on Wednesday.", "met", ref), "2023-08-02/day");
    assert_string_equal(date_of(a, "In January 2023, Japan met China.", "met", ref), "2023-01-01/month");
    assert_string_equal(date_of(a, "As early as March, Japan met China.", "met", ref), "2023-03-01/month");
    assert_string_equal(date_of(a, "In September, Japan met China.", "met", ref), "2022-09-01/month");
    /* a month still to come after "will" or "would" is this year's */
    assert_string_equal(date_of(a, "Japan said it would meet China when Xi visits in September.", "visits", ref), "2023-09-01/month");
    assert_string_equal(date_of(a, "Japan will meet China in September.", "meet", ref), "2023-09-01/month");
    assert_string_equal(date_of(a, "Japan would, it said in September, meet China.", "said", ref), "2022-09-01/month");
    /* the article's own week, month and year */
    assert_string_equal(date_of(a, "Earlier this month, Japan met China.", "met", ref), "2023-08-01/month");
    assert_string_equal(date_of(a, "Japan met China earlier this week.", "met", ref), "2023-08-07/week");
    assert_string_equal(date_of(a, "Earlier this year, Japan met China.", "met", ref), "2023-01-01/year");
    /* "until" dates the end of a state, not the act */
    assert_string_equal(date_of(a, "Japan had denied China visas until last week.", "denied", ref), "-");
    assert_string_equal(date_of(a, "Japan met China on Monday until the talks in May.", "met", ref), "2023-08-07/day");
    assert_string_equal(date_of(a, "Japan met China last week.", "met", ref), "2023-07-31/week");
    assert_string_equal(date_of(a, "Japan met China yesterday.", "met", ref), "2023-08-06/day");
    /* forward references: the day after, the coming weekday, the week after */
    assert_string_equal(date_of(a, "Japan will meet China tomorrow.", "meet", ref), "2023-08-08/day");
    assert_string_equal(date_of(a, "Japan will meet China next Wednesday.", "meet", ref), "2023-08-09/day");
    assert_string_equal(date_of(a, "Japan will meet China next Monday.", "meet", ref), "2023-08-14/day");
    assert_string_equal(date_of(a, "Japan will meet China next week.", "meet", ref), "2023-08-14/week");
    /* a bare weekday in a sentence about the future is the coming one, unless the
       sentence reports someone's words (the weekday then dates the report) */
    assert_string_equal(date_of(a, "Japan will meet China on Wednesday.", "meet", ref), "2023-08-09/day");
    assert_string_equal(date_of(a, "On Friday, Japan is to meet China.", "meet", ref), "2023-08-11/day");
    assert_string_equal(date_of(a, "Japan is to meet China on Monday.", "meet", ref), "2023-08-07/day");
    assert_string_equal(date_of(a, "Japan said on Wednesday it will meet China.", "said", ref), "2023-08-02/day");
    assert_string_equal(date_of(a, "Japan will meet China, which it criticized last Friday.", "criticized", ref), "2023-08-04/day");
    assert_string_equal(date_of(a, "Three years ago Japan met China.", "met", ref), "2020-01-01/year");
    assert_string_equal(date_of(a, "Japan will visit China on July 25-27.", "visit", ref), "2023-07-25/day");
    /* a schedule or a plan puts the day or month after it to come: the next one (a
       month two or more before the article's is next year's), the coming weekday */
    assert_string_equal(date_of(a, "Japan and China agreed to meet again on September 3.", "meet", ref), "2023-09-03/day");
    assert_string_equal(date_of(a, "Japan is scheduled to visit China on 3 September.", "visit", ref), "2023-09-03/day");
    assert_string_equal(date_of(a, "Japan is expected to visit China in March.", "visit", ref), "2024-03-01/month");
    assert_string_equal(date_of(a, "Japan will meet China on January 9.", "meet", ref), "2024-01-09/day");
    assert_string_equal(date_of(a, "Japan is expected to meet China on Saturday.", "meet", ref), "2023-08-12/day");
    assert_string_equal(date_of(a, "Japan met China on March 3.", "met", ref), "2023-03-03/day");
    assert_string_equal(date_of(a, "Japan was due to meet China on September 3.", "meet", ref), "2023-09-03/day");
    assert_string_equal(date_of(a, "Japan was due to meet China in March.", "meet", ref), "2023-03-01/month");
    assert_string_equal(date_of(a, "Japan agreed to a truce with China on September 3.", "agreed", ref), "2022-09-03/day");
    assert_string_equal(date_of(a, "Japan was expected to meet China on Saturday.", "meet", ref), "2023-08-05/day");
    assert_string_equal(date_of(a, "Japan will punish China, which attacked it on March 3.", "attacked", ref), "2023-03-03/day");
    /* a weekday before "next week" or "last week": that day of the week named */
    assert_string_equal(date_of(a, "Japan will meet China on Thursday next week.", "meet", ref), "2023-08-17/day");
    assert_string_equal(date_of(a, "Japan met China on Tuesday last week.", "met", ref), "2023-08-01/day");
    /* "may" and "might" speak of a time to come, "may have" of a past */
    assert_string_equal(date_of(a, "Japan may meet China on September 3.", "meet", ref), "2023-09-03/day");
    assert_string_equal(date_of(a, "Japan may have met China on September 3.", "met", ref), "2022-09-03/day");
    /* the end of the year or the month to come: the article's own */
    assert_string_equal(date_of(a, "Japan plans to meet China by the end of the year.", "meet", ref), "2023-01-01/year");
    assert_string_equal(date_of(a, "Japan will meet China by the end of the month.", "meet", ref), "2023-08-01/month");
    assert_string_equal(date_of(a, "Japan met China at the end of the year.", "met", ref), "-");
    assert_string_equal(date_of(a, "On 2022-07-13 Japan met China.", "met", ref), "2022-07-13/day");
    assert_string_equal(date_of(a, "Japan may meet China.", "meet", ref), "-");
    /* a season of a year dates the year */
    assert_string_equal(date_of(a, "Japan met China in the summer of 2019.", "met", ref), "2019-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in spring 2021.", "met", ref), "2021-01-01/year");
    /* a decade after "the" dates its first year, a two-digit one in the century that puts
       it before the article; a month "of" a year is that month */
    assert_string_equal(date_of(a, "Japan took hostages throughout the 80's.", "took", ref), "1980-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in the 1990s.", "met", ref), "1990-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in the early 1970s.", "met", ref), "1970-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in the '60s.", "met", ref), "1960-01-01/year");
    assert_string_equal(date_of(a, "A man in his 60s met China.", "met", ref), "-");
    assert_string_equal(date_of(a, "Japan met China in November of 1979.", "met", ref), "1979-11-01/month");
    assert_string_equal(date_of(a, "Japan recalled the 1983 bombing.", "bombing", ref), "1983-01-01/year");
    assert_string_equal(date_of(a, "Two decades ago Japan met China.", "met", ref), "2003-01-01/year");
    assert_string_equal(date_of(a, "Japan met China a decade ago.", "met", ref), "2013-01-01/year");
    /* a decade in words or hyphened to its part; "last spring", "this winter": the
       season's first month; "September 11" without "on" or a year, and "9/11", the
       attacks of 2001; a date after "despite" names an event, not the act's time */
    assert_string_equal(date_of(a, "Japan met China in the nineties.", "met", ref), "1990-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in the mid-nineties.", "met", ref), "1990-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in the early seventies.", "met", ref), "1970-01-01/year");
    assert_string_equal(date_of(a, "Japan met China in the mid-1980s.", "met", ref), "1980-01-01/year");
    assert_string_equal(date_of(a, "Japan met China last spring.", "met", ref), "2023-03-01/month");
    assert_string_equal(date_of(a, "Japan met China last spring.", "met", 20230415), "2022-03-01/month");
    assert_string_equal(date_of(a, "Japan met China last winter.", "met", ref), "2022-12-01/month");
    assert_string_equal(date_of(a, "Japan met China this summer.", "met", ref), "2023-06-01/month");
    assert_string_equal(date_of(a, "Japan met China last summer.", "met", ref), "2022-06-01/month");
    assert_string_equal(date_of(a, "Japan met China last fall.", "met", ref), "2022-09-01/month");
    assert_string_equal(date_of(a, "After September 11, Japan met China.", "met", ref), "2001-09-11/day");
    assert_string_equal(date_of(a, "Since 9/11 Japan met China.", "met", ref), "2001-09-11/day");
    assert_string_equal(date_of(a, "Japan met China on September 11.", "met", ref), "2022-09-11/day");
    assert_string_equal(date_of(a, "Despite Sept. 11, Japan met China.", "met", ref), "-");
    /* a date behind a relative clause belongs to that clause */
    assert_string_equal(date_of(a, "Japan met China about talks that ended in 2019.", "met", ref), "-");
    /* a date in the possessive names another event by its time, and dates only that */
    assert_string_equal(date_of(a, "Japan accused China of rigging February's election.", "accused", ref), "-");
    assert_string_equal(date_of(a, "Japan criticized last month's vote in China.", "criticized", ref), "-");
    assert_string_equal(date_of(a, "Sunday's attack on China by Japan shocked Asia.", "attack", ref), "2023-08-06/day");
    assert_string_equal(date_of(a, "Japan hosted refugees since last month's invasion.", "hosted", ref), "2023-07-01/month");
    /* the weekend before the article (its Saturday), the coming one in the future; the
       past week; "overnight" as an adverb is the article's day */
    assert_string_equal(date_of(a, "Japan met China at the weekend.", "met", ref), "2023-08-05/day");
    assert_string_equal(date_of(a, "Over the weekend Japan met China.", "met", ref), "2023-08-05/day");
    assert_string_equal(date_of(a, "Japan met China last weekend.", "met", ref), "2023-08-05/day");
    assert_string_equal(date_of(a, "Japan met China last weekend.", "met", 20230806), "2023-07-29/day");
    assert_string_equal(date_of(a, "Japan will meet China at the weekend.", "meet", ref), "2023-08-12/day");
    assert_string_equal(date_of(a, "Japan spent the weekend in China.", "spent", ref), "-");
    assert_string_equal(date_of(a, "Japan struck China in the past week.", "struck", ref), "2023-07-31/week");
    assert_string_equal(date_of(a, "Over the past seven days Japan struck China.", "struck", ref), "2023-07-31/week");
    assert_string_equal(date_of(a, "Japan struck China overnight.", "struck", ref), "2023-08-07/day");
    assert_string_equal(date_of(a, "Overnight, Japan struck China.", "struck", ref), "2023-08-07/day");
    assert_string_equal(date_of(a, "Japan imposed an overnight curfew on China.", "imposed", ref), "-");
    /* last night, a hyphened part of a month, the article's week after "earlier in the",
       the month and the year to come */
    assert_string_equal(date_of(a, "Japan struck China last night.", "struck", ref), "2023-08-06/day");
    assert_string_equal(date_of(a, "Japan met China in mid-July.", "met", ref), "2023-07-01/month");
    assert_string_equal(date_of(a, "Japan met China in early-March 2021.", "met", ref), "2021-03-01/month");
    assert_string_equal(date_of(a, "Japan will meet China in mid-September.", "meet", ref), "2023-09-01/month");
    assert_string_equal(date_of(a, "Japan met China earlier in the week.", "met", ref), "2023-08-07/week");
    assert_string_equal(date_of(a, "Earlier in the year, Japan met China.", "met", ref), "2023-01-01/year");
    assert_string_equal(date_of(a, "Japan will meet China next month.", "meet", ref), "2023-09-01/month");
    assert_string_equal(date_of(a, "Japan will meet China next month.", "meet", 20231205), "2024-01-01/month");
    assert_string_equal(date_of(a, "Japan will meet China next year.", "meet", ref), "2024-01-01/year");
    assert_string_equal(date_of(a, "Japan met China a mid-level official named.", "met", ref), "-");
    const char *text = "Nothing on June 3, 2021. Then on 5 May 2022 more.";
    assert_int_equal(dates_latest_full(a, text, strlen(text)), 20220505);
    arena_free(a);
}

static const char *status_of(arena *a, const char *s, const char *verb, int *st)
{
    token *t;
    size_t n = words_tokenize(a, s, 0, (uint32_t)strlen(s), &t);
    const char *v = strstr(s, verb);
    span sp = {(uint32_t)(v - s), (uint32_t)(v - s + strlen(verb))};
    status_result r;
    status_decide(a, s, t, n, sp, &r);
    *st = r.status;
    return r.cue ? r.cue : "-";
}

static void test_status(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    int st;
    assert_string_equal(status_of(a, "North Korea may supply weapons to Russia.", "supply", &st), "may");
    assert_int_equal(st, STATUS_HYPOTHETICAL);
    assert_string_equal(status_of(a, "We must be prepared for North Korea to supply weapons.", "supply", &st), "prepared for");
    assert_int_equal(st, STATUS_HYPOTHETICAL);
    assert_string_equal(status_of(a, "The US did not observe any weapons being supplied.", "supplied", &st), "not");
    assert_int_equal(st, STATUS_NEGATED);
    assert_string_equal(status_of(a, "He added that it is possible that Ukraine will receive shells.", "receive", &st), "possible");
    assert_int_equal(st, STATUS_HYPOTHETICAL);
    assert_string_equal(status_of(a, "We cannot rule out that they attacked the city.", "attacked", &st), "cannot rule out");
    assert_int_equal(st, STATUS_HYPOTHETICAL);
    assert_string_equal(status_of(a, "Japan met China, and the talks were not only long.", "met", &st), "-");
    assert_int_equal(st, STATUS_ASSERTED);
    assert_string_equal(status_of(a, "Will Japan meet China?", "meet", &st), "?");
    assert_int_equal(st, STATUS_HYPOTHETICAL);
    /* what a rejected claim says is denied; a confirmed one is not */
    assert_string_equal(status_of(a, "China rejected reports that it had sent weapons to Russia.", "sent", &st),
                        "rejected reports");
    assert_int_equal(st, STATUS_NEGATED);
    assert_string_equal(status_of(a, "Iran dismissed the claims that it supplied drones.", "supplied", &st),
                        "dismissed the claims");
    assert_int_equal(st, STATUS_NEGATED);
    /* with an owner or qualifiers before the claim noun */
    assert_string_equal(status_of(a, "Iran has denied US allegations that it supplied drones.", "supplied", &st),
                        "denied US allegations");
    assert_int_equal(st, STATUS_NEGATED);
    assert_string_equal(status_of(a, "Germany rejected Russia's claim that it sent troops.", "sent", &st),
                        "rejected Russia's claim");
    assert_int_equal(st, STATUS_NEGATED);
    assert_string_equal(status_of(a, "Britain confirmed reports that it had sent missiles.", "sent", &st), "-");
    assert_int_equal(st, STATUS_ASSERTED);
    /* a headline's "X to do"; not with a closing period, nor after a lower-case word */
    assert_string_equal(status_of(a, "Scholz to visit Beijing next week", "visit", &st), "to");
    assert_int_equal(st, STATUS_HYPOTHETICAL);
    assert_string_equal(status_of(a, "Scholz to visit Beijing next week.", "visit", &st), "-");
    assert_string_equal(status_of(a, "Troops to visit Beijing", "visit", &st), "to");
    assert_string_equal(status_of(a, "Russia attacked Ukraine to seize Kyiv", "seize", &st), "-");
    arena_free(a);
}

static void test_attribution(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    const char *s = "Later, the UK claimed that Russia attacked Georgia.";
    token *t;
    size_t n = words_tokenize(a, s, 0, (uint32_t)strlen(s), &t);
    attribution *at;
    size_t na = attribution_find(a, s, t, n, 1, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].kind, ATTR_BEFORE);
    assert_memory_equal(s + at[0].speaker.start, "the UK", 6);
    const char *v = strstr(s, "attacked");
    span sp = {(uint32_t)(v - s), (uint32_t)(v - s + 8)};
    assert_non_null(attribution_for(at, na, sp));

    const char *s2 = "Russia attacked Georgia, officials said.";
    n = words_tokenize(a, s2, 0, (uint32_t)strlen(s2), &t);
    na = attribution_find(a, s2, t, n, 1, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].kind, ATTR_AFTER);
    assert_memory_equal(s2 + at[0].speaker.start, "officials", 9);

    const char *s3 = "On July 27, media reported that Russia attacked Georgia.";
    n = words_tokenize(a, s3, 0, (uint32_t)strlen(s3), &t);
    na = attribution_find(a, s3, t, n, 1, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].kind, ATTR_MEDIA);

    /* a speech verb coordinated with an earlier verb: the speaker is that verb's subject,
     * not everything before "said" */
    const char *s4 = "The foreign ministers spoke by telephone on Tuesday and said they may meet.";
    n = words_tokenize(a, s4, 0, (uint32_t)strlen(s4), &t);
    na = attribution_find(a, s4, t, n, 1, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].speaker.end - at[0].speaker.start, strlen("The foreign ministers"));
    assert_memory_equal(s4 + at[0].speaker.start, "The foreign ministers", 21);

    /* ", saying ...": the participle's speaker is the clause's subject before it, not the
     * words after it (as in the inverted ", said X.") */
    const char *s5 = "China criticised Japan, saying Tokyo must respect its sovereignty.";
    n = words_tokenize(a, s5, 0, (uint32_t)strlen(s5), &t);
    na = attribution_find(a, s5, t, n, 1, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].kind, ATTR_BEFORE);
    assert_memory_equal(s5 + at[0].speaker.start, "China", 5);
    const char *crit = strstr(s5, "criticised");
    assert_null(attribution_for(at, na, (span){(uint32_t)(crit - s5), (uint32_t)(crit - s5 + 10)}));

    /* ", X said on Monday, after talks with ...": still a trailing attribution */
    const char *s6 = "Germany will send troops to Lithuania, Defence Minister Boris Pistorius said "
                     "on Monday, after talks with his Lithuanian counterpart.";
    n = words_tokenize(a, s6, 0, (uint32_t)strlen(s6), &t);
    na = attribution_find(a, s6, t, n, 1, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].kind, ATTR_AFTER);
    assert_memory_equal(s6 + at[0].speaker.start, "Defence Minister Boris Pistorius", 32);
    const char *send = strstr(s6, "send");
    assert_non_null(attribution_for(at, na, (span){(uint32_t)(send - s6), (uint32_t)(send - s6 + 4)}));

    /* a title opening with "speaker:" is the speaker's claim; in a later sentence, or
       with a closing period, a roundup's item, whose source the parse judges */
    const char *s7 = "Kremlin: Ukraine attacked Belgorod";
    n = words_tokenize(a, s7, 0, (uint32_t)strlen(s7), &t);
    na = attribution_find(a, s7, t, n, 0, &at);
    assert_int_equal(na, 1);
    assert_int_equal(at[0].kind, ATTR_HEADLINE);
    assert_memory_equal(s7 + at[0].speaker.start, "Kremlin", at[0].speaker.end - at[0].speaker.start);
    assert_memory_equal(s7 + at[0].claim.start, "Ukraine", 7);
    assert_int_equal(attribution_find(a, s7, t, n, 1, &at), 1);
    assert_int_equal(at[0].kind, ATTR_ITEM);
    const char *s8 = "Kremlin: Ukraine attacked Belgorod.";
    n = words_tokenize(a, s8, 0, (uint32_t)strlen(s8), &t);
    assert_int_equal(attribution_find(a, s8, t, n, 0, &at), 1);
    assert_int_equal(at[0].kind, ATTR_ITEM);
    /* "Al-Sharq al-Awsat :": hyphens and small words inside the name; not a clause
       before the colon ("The agency wrote:"), nor a label ("Note:") */
    const char *s9 = "Al-Sharq al-Awsat : Saudi police arrested three men.";
    n = words_tokenize(a, s9, 0, (uint32_t)strlen(s9), &t);
    assert_int_equal(attribution_find(a, s9, t, n, 2, &at), 1);
    assert_int_equal(at[0].kind, ATTR_ITEM);
    assert_memory_equal(s9 + at[0].speaker.start, "Al-Sharq al-Awsat", 17);
    const char *s10 = "The agency added: Saudi police arrested three men.";
    n = words_tokenize(a, s10, 0, (uint32_t)strlen(s10), &t);
    na = attribution_find(a, s10, t, n, 2, &at);
    for (size_t i = 0; i < na; i++)
        assert_int_not_equal(at[i].kind, ATTR_ITEM);
    const char *s11 = "Note: Saudi police arrested three men.";
    n = words_tokenize(a, s11, 0, (uint32_t)strlen(s11), &t);
    assert_int_equal(attribution_find(a, s11, t, n, 2, &at), 0);
    arena_free(a);
}

/* Quotations paired within paragraphs: straight and curly quotes, one left open at a
 * line break (it runs to the break), and more of them than the first room holds. */
static void test_quotes(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    char text[2048];
    size_t len = 0;
    for (int i = 0; i < 20; i++)
        len += (size_t)snprintf(text + len, sizeof text - len,
                                i % 2 ? "He said \xE2\x80\x9Cno %d\xE2\x80\x9D. " : "She said \"yes %d\". ",
                                i);
    size_t open_at = len;
    len += (size_t)snprintf(text + len, sizeof text - len, "\"left open\nThe end.");
    quote_span *q;
    size_t nq = attribution_quotes(a, text, len, &q);
    assert_int_equal(nq, 21);
    for (size_t i = 0; i < 20; i++) {
        assert_true(q[i].open < q[i].close);
        assert_true(i == 0 || q[i].open > q[i - 1].close);
        /* each pair encloses its words */
        const char *inner = text + q[i].open + (i % 2 ? 3 : 1);
        assert_memory_equal(inner, i % 2 ? "no " : "yes ", i % 2 ? 3 : 4);
    }
    assert_int_equal(q[20].open, open_at);
    assert_int_equal(text[q[20].close], '\n');
    arena_free(a);
}

/* A block quote between single quotes standing alone, holding double quotes and
 * apostrophes of its own: one quotation, from its opening mark to its closing one. */
static void test_block_quote(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    const char *text = "AP reported: ' A cleric's \"striking arm\" said so. He'd come. ' Then.";
    quote_span *q;
    size_t nq = attribution_quotes(a, text, strlen(text), &q);
    assert_int_equal(nq, 2);
    /* the double quotes inside, then the block */
    assert_memory_equal(text + q[0].open, "\"striking", 9);
    assert_int_equal(text[q[1].open], '\'');
    assert_int_equal(q[1].open, (uint32_t)(strchr(text, ':') - text + 2));
    assert_memory_equal(text + q[1].close - 6, "come. '", 7);
    arena_free(a);
}

/* n events of one source, target, code and date, one a sentence */
static void same_events(event *ev, int n, const char *src, const char *tgt, const char *code,
                        const char *date)
{
    memset(ev, 0, (size_t)n * sizeof *ev);
    for (int i = 0; i < n; i++) {
        ev[i].source.code = src;
        ev[i].target.code = tgt;
        strcpy(ev[i].code, code);
        strcpy(ev[i].date, date);
        ev[i].sentence_index = (uint32_t)i;
    }
}

static void test_dedup(void **state)
{
    (void)state;
    event ev[3];
    same_events(ev, 3, "RUS", "UKR", "190", "2024-01-01");
    ev[1].target.code = "GEO";
    assert_int_equal(dedup_events(ev, 3), 2);
    assert_int_equal(ev[0].mentions, 2);
    assert_int_equal(ev[1].mentions, 1);
    assert_string_equal(ev[1].target.code, "GEO");
}

/* Two people of one role criticising one body are two events; the same person named
 * twice ("Yvette Cooper", "Cooper") and unnamed sources ("he") still merge. */
static void test_dedup_people(void **state)
{
    (void)state;
    event ev[5];
    memset(ev, 0, sizeof ev);
    const char *names[] = {"Yvette Cooper", "Boswell", "Cooper", "he", "Caitlin Boswell"};
    for (int i = 0; i < 5; i++) {
        ev[i].source.code = "GBROPP";
        strcpy(ev[i].source.country, "GBR");
        strcpy(ev[i].source.role, "OPP");
        ev[i].source.text = names[i];
        ev[i].target.code = "GBRGOV";
        strcpy(ev[i].code, "111");
        strcpy(ev[i].date, "2023-02-23");
        ev[i].sentence_index = (uint32_t)i;
    }
    assert_int_equal(dedup_events(ev, 5), 2);
    assert_string_equal(ev[0].source.text, "Yvette Cooper");
    assert_int_equal(ev[0].mentions, 3); /* Cooper, he */
    assert_string_equal(ev[1].source.text, "Boswell");
    assert_int_equal(ev[1].mentions, 2);
    /* a state has no surname: "Russia" and "Moscow" are one source */
    event st[2];
    memset(st, 0, sizeof st);
    const char *states[] = {"Russia", "Moscow"};
    for (int i = 0; i < 2; i++) {
        st[i].source.code = "RUS";
        strcpy(st[i].source.country, "RUS");
        st[i].source.text = states[i];
        st[i].target.code = "UKR";
        strcpy(st[i].code, "111");
        strcpy(st[i].date, "2023-02-23");
    }
    assert_int_equal(dedup_events(st, 2), 1);
}

/* A restatement without a date of its own merges into the event dated days before it;
 * not one told as another time ("again"), nor into an event years before. */
static void test_dedup_restated(void **state)
{
    (void)state;
    const char *text = "Putin met Kim on Wednesday. They held talks. They met again. Talks.";
    event ev[4];
    same_events(ev, 4, "RUSGOV", "PRKGOV", "040", "2023-09-15");
    uint32_t starts[] = {0, 28, 45, 60}, ends[] = {27, 44, 59, 66};
    for (int i = 0; i < 4; i++) {
        ev[i].date_precision = DATE_DOC;
        ev[i].sentence = (span){starts[i], ends[i]};
        ev[i].mentions = 1;
    }
    strcpy(ev[0].date, "2023-09-13");
    ev[0].date_precision = DATE_DAY;
    assert_int_equal(dedup_restated(ev, 4, text), 2);
    assert_int_equal(ev[0].mentions, 3); /* "They held talks", "Talks" */
    assert_int_equal(ev[1].sentence_index, 2); /* "They met again" stays */
    event old[2];
    same_events(old, 2, "RUSGOV", "PRKGOV", "040", "2023-09-15");
    strcpy(old[0].date, "2019-04-25");
    old[0].date_precision = DATE_DAY;
    old[1].date_precision = DATE_DOC;
    assert_int_equal(dedup_restated(old, 2, NULL), 2);
}

/* Every token carries its word classes: one lookup per token replaces the list scans. */
static void test_word_classes(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    const char *s = "On Monday, July 13 the minister said it may not \u201cnever\u201d deny reports.";
    token *t;
    size_t n = words_tokenize(a, s, 0, (uint32_t)strlen(s), &t);
    assert_int_equal(n, 17);
    assert_true(WORD_IS(&t[0], WC_OPENER));                       /* On */
    assert_true(WORD_IS(&t[1], WC_WEEKDAY));                      /* Monday */
    assert_int_equal(WORD_VALUE(&t[1]), 0);
    assert_true(WORD_IS(&t[2], WC_HARD_BOUNDARY));                /* , */
    assert_true(WORD_IS(&t[3], WC_MONTH));                        /* July */
    assert_int_equal(WORD_VALUE(&t[3]), 7);
    assert_int_equal(t[4].tag, 0);                                /* 13 */
    assert_true(WORD_IS(&t[5], WC_DETERMINER));                   /* the */
    assert_int_equal(t[6].tag, 0);                                /* minister */
    assert_true(WORD_IS(&t[7], WC_SPEECH));                       /* said */
    assert_true(WORD_IS(&t[8], WC_DETERMINER | WC_ATTR_CUE));     /* it */
    assert_true(WORD_IS(&t[9], WC_HYPO) && WORD_IS(&t[9], WC_MONTH)); /* may */
    assert_int_equal(WORD_VALUE(&t[9]), 5);
    assert_true(WORD_IS(&t[10], WC_NEG) && WORD_IS(&t[10], WC_VERB_PREFIX)); /* not */
    assert_true(WORD_IS(&t[11], WC_HARD_BOUNDARY));               /* a curly quote, as " */
    assert_true(WORD_IS(&t[12], WC_NEG));                         /* never */
    assert_true(WORD_IS(&t[14], WC_NEG));                         /* deny */
    assert_true(WORD_IS(&t[15], WC_MEDIA | WC_SPEECH_THAT));      /* reports */
    assert_int_equal(t[16].tag, 0);                               /* . */
    assert_int_equal(words_classify("TWELVE", 6), WC_COUNT | 12u << 24);
    assert_int_equal(words_classify("SEPT.", 5), WC_MONTH | 9u << 24);
    assert_int_equal(words_classify("SAIDX", 5), 0);
    arena_free(a);
}

/* A parsed sentence of text: its words given as "form>head:deprel", spans found in text
 * in order. */
static ud_sentence parsed(arena *a, const char *text, const char *const *w, uint32_t n)
{
    ud_word *words = arena_calloc(a, n, sizeof *words);
    uint32_t at = 0;
    for (uint32_t i = 0; i < n; i++) {
        char buf[64];
        snprintf(buf, sizeof buf, "%s", w[i]);
        char *head = strrchr(buf, '>');
        *head++ = '\0';
        char *rel = strchr(head, ':');
        *rel++ = '\0';
        const char *found = strstr(text + at, buf);
        assert_non_null(found);
        words[i] = (ud_word){.form = arena_strdup(a, buf), .deprel = arena_strdup(a, rel),
                             .head = atoi(head), .start = (uint32_t)(found - text),
                             .end = (uint32_t)(found - text + strlen(buf)), .has_span = 1,
                             .upos = UPOS_NOUN};
        at = words[i].end;
    }
    return (ud_sentence){.words = words, .n = n, .start = 0, .end = (uint32_t)strlen(text)};
}

/* The date the tree gives verb in text (parsed as w), "-" for none; with `beside`, the
 * date the words give it when the tree gives none, the expressions a clause of their own
 * holds left out (dates_pick_beside). */
static const char *picked_date_of(arena *a, const char *text, const char *const *w, uint32_t n,
                                  const char *verb, int32_t ref, bool beside)
{
    ud_sentence us = parsed(a, text, w, n);
    for (uint32_t i = 0; i < n; i++) {
        if (strcmp(us.words[i].form, verb) == 0)
            us.words[i].upos = UPOS_VERB;
        if (strcmp(us.words[i].deprel, "acl") == 0) /* (the participles these tests write) */
            us.words[i].xpos = "VBN";
    }
    token *t;
    size_t nt;
    date_cue *c;
    span sp;
    size_t nc = cues_of(a, text, verb, ref, &t, &nt, &c, &sp);
    const date_cue *d = beside ? dates_pick_beside(a, c, nc, t, nt, &us, sp)
                               : dates_pick_tree(c, nc, t, nt, &us, sp);
    if (!d)
        return "-";
    char *out = arena_alloc(a, 11);
    dates_format(d->value, out);
    return out;
}

static const char *tree_date_of(arena *a, const char *text, const char *const *w, uint32_t n,
                                const char *verb, int32_t ref)
{
    return picked_date_of(a, text, w, n, verb, ref, false);
}

static const char *beside_date_of(arena *a, const char *text, const char *const *w, uint32_t n,
                                  const char *verb, int32_t ref)
{
    return picked_date_of(a, text, w, n, verb, ref, true);
}

static void test_dates_beside(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    const int32_t ref = 20240110; /* a Wednesday */
    /* each sentence with two verbs and the date each is given ("-": none) */
    static const struct {
        const char *text, *words[14], *verb[2], *want[2];
    } cases[] = {
        /* a complement of a verb coordinated with the event's holds its own date */
        {"Manila thanked Paris and said the navies would hold drills in June.",
         {"Manila>2:nsubj", "thanked>0:root", "Paris>2:obj", "and>5:cc", "said>2:conj",
          "the>7:det", "navies>9:nsubj", "would>9:aux", "hold>5:ccomp", "drills>9:obj",
          "in>12:case", "June>9:obl", ".>2:punct"},
         {"thanked", "hold"}, {"-", "2024-06-01"}},
        /* so does a participle on a noun that is no argument of the verb, but on the
           verb's own argument it tells of the thing acted on */
        {"Delhi accused Dhaka and cancelled talks planned for April.",
         {"Delhi>2:nsubj", "accused>0:root", "Dhaka>2:obj", "and>5:cc", "cancelled>2:conj",
          "talks>5:obj", "planned>6:acl", "for>9:case", "April>7:obl", ".>2:punct"},
         {"accused", "cancelled"}, {"-", "2024-04-01"}}, /* (planned for: the April to come) */
        /* the verb's own "to" complement, and a verb coordinated with it, are read */
        {"Chad ordered troops to leave by January.",
         {"Chad>2:nsubj", "ordered>0:root", "troops>2:obj", "to>5:mark", "leave>2:xcomp",
          "by>7:case", "January>5:obl", ".>2:punct"},
         {"ordered", "leave"}, {"2024-01-01", "2024-01-01"}},
        {"Israel struck Gaza and killed ten people on Monday.",
         {"Israel>2:nsubj", "struck>0:root", "Gaza>2:obj", "and>5:cc", "killed>2:conj",
          "ten>7:nummod", "people>5:obj", "on>9:case", "Monday>5:obl", ".>2:punct"},
         {"struck", "killed"}, {"2024-01-08", "2024-01-08"}},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint32_t n = 0;
        while (n < 14 && cases[i].words[n])
            n++;
        for (int k = 0; k < 2; k++)
            assert_string_equal(beside_date_of(a, cases[i].text, cases[i].words, n,
                                               cases[i].verb[k], ref),
                                cases[i].want[k]);
    }
    arena_free(a);
}

/* The count dates_relative() finds in s, as "DAYS" or "-DAYS" with "i" after an inverse
 * one and the words of its span ("+1 the following day"), "-" for none. */
static const char *relative_of(arena *a, const char *s)
{
    token *t;
    size_t n = words_tokenize(a, s, 0, (uint32_t)strlen(s), &t);
    span where;
    int days;
    bool inverse;
    if (!dates_relative(t, n, &where, &days, &inverse))
        return "-";
    char *out = arena_alloc(a, 64);
    snprintf(out, 64, "%+d%s %.*s", days, inverse ? "i" : "", (int)(where.end - where.start),
             s + where.start);
    return out;
}

static void test_dates_relative(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    assert_string_equal(relative_of(a, "The following day, Japan met China."), "+1 The following day");
    assert_string_equal(relative_of(a, "Japan met China the next day."), "+1 the next day");
    assert_string_equal(relative_of(a, "Japan met China the day after."), "+1 the day after");
    assert_string_equal(relative_of(a, "China had met Japan the previous day."), "-1 the previous day");
    assert_string_equal(relative_of(a, "A day earlier, China had met Japan."), "-1 A day earlier");
    assert_string_equal(relative_of(a, "Three days later, Japan met China."), "+3 Three days later");
    assert_string_equal(relative_of(a, "A week later Japan met China."), "+7 A week later");
    assert_string_equal(relative_of(a, "Hours later, Japan met China."), "+0 Hours later");
    assert_string_equal(relative_of(a, "Later that day Japan met China."), "+0 Later that day");
    assert_string_equal(relative_of(a, "Japan met China the same day."), "+0 the same day");
    /* "N days after" a phrase or a clause: inverse (what it opens is N days before the
       day the rest of the sentence gives) */
    assert_string_equal(relative_of(a, "Japan met China on Tuesday, a day after it met Korea."), "+1i after");
    assert_string_equal(relative_of(a, "Two days after the vote, Japan met China."), "+2i after");
    /* no count: "the day before the election", "a day of talks", "days later" */
    assert_string_equal(relative_of(a, "Japan met China the day before the election."), "-");
    assert_string_equal(relative_of(a, "Japan met China for a day of talks."), "-");
    assert_string_equal(relative_of(a, "Two day later Japan met China."), "-");
    arena_free(a);
}

static void test_dates_from_tree(void **state)
{
    (void)state;
    arena *a = arena_new(4096);
    const int32_t ref = 20240314; /* a Thursday */
    /* the date on the verb's own clause, not the nearest after it */
    const char *s1 = "Chad on Thursday ordered troops to leave by January.";
    const char *const w1[] = {"Chad>4:nsubj",  "on>3:case",   "Thursday>4:obl", "ordered>0:root",
                              "troops>4:obj",  "to>7:mark",   "leave>4:xcomp",  "by>9:case",
                              "January>7:obl", ".>4:punct"};
    assert_string_equal(tree_date_of(a, s1, w1, 10, "ordered", ref), "2024-03-14");
    assert_string_equal(tree_date_of(a, s1, w1, 10, "leave", ref), "2024-01-01");
    /* a clause above dates the one below it ("said on Wednesday that ...") */
    const char *s2 = "Poland said on Wednesday that Russia attacked Kyiv.";
    const char *const w2[] = {"Poland>2:nsubj",   "said>0:root",   "on>4:case",
                              "Wednesday>2:obl",  "that>7:mark",   "Russia>7:nsubj",
                              "attacked>2:ccomp", "Kyiv>7:obj",    ".>2:punct"};
    assert_string_equal(tree_date_of(a, s2, w2, 9, "attacked", ref), "2024-03-13");
    /* a date in a relative clause is that clause's: the tree gives the verb none */
    const char *s3 = "Russia attacked Kharkiv, a city Ukraine recaptured in 2022.";
    const char *const w3[] = {"Russia>2:nsubj",          "attacked>0:root", "Kharkiv>2:obj",
                              ",>6:punct",               "a>6:det",         "city>3:appos",
                              "Ukraine>8:nsubj",         "recaptured>6:acl:relcl",
                              "in>10:case",              "2022>8:obl",      ".>2:punct"};
    assert_string_equal(tree_date_of(a, s3, w3, 11, "attacked", ref), "-");
    assert_string_equal(tree_date_of(a, s3, w3, 11, "recaptured", ref), "2022-01-01");
    /* a year that qualifies a noun ("the 2022 invasion") dates that noun's act alone */
    const char *s4 = "France condemned the 2022 invasion on Monday.";
    const char *const w4[] = {"France>2:nsubj", "condemned>0:root", "the>5:det",
                              "2022>5:nummod",  "invasion>2:obj",   "on>7:case",
                              "Monday>2:obl",   ".>2:punct"};
    assert_string_equal(tree_date_of(a, s4, w4, 8, "condemned", ref), "2024-03-11");
    assert_string_equal(tree_date_of(a, s4, w4, 8, "invasion", ref), "2022-01-01");
    /* no parse: the tree cannot tell */
    ud_sentence unparsed = parsed(a, s1, w1, 10);
    for (uint32_t i = 0; i < unparsed.n; i++)
        unparsed.words[i].head = UD_NO_HEAD;
    token *t;
    size_t nt;
    date_cue *c;
    span sp;
    size_t nc = cues_of(a, s1, "ordered", ref, &t, &nt, &c, &sp);
    assert_null(dates_pick_tree(c, nc, t, nt, &unparsed, sp));
    arena_free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_dates_from_tree),
        cmocka_unit_test(test_dates_beside),
        cmocka_unit_test(test_dates_relative),
        cmocka_unit_test(test_status),
        cmocka_unit_test(test_attribution),
        cmocka_unit_test(test_quotes),
        cmocka_unit_test(test_block_quote),
        cmocka_unit_test(test_dedup),
        cmocka_unit_test(test_dedup_people),
        cmocka_unit_test(test_dedup_restated),
        cmocka_unit_test(test_word_classes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
