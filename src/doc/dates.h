/* dates.h: the date an event happened, from the date expressions of its sentence.
 *
 * Contract:
 *  - dates_find() lists the date expressions in the tokens of one sentence (text.h) and
 *    resolves each against `ref` (the article date, YYYYMMDD; 0 when unknown):
 *      full dates      "July 13, 2022", "13 July 2022", "2022-07-13", "Wednesday, July 26"
 *                      (with the year taken from `ref` when absent), ranges "July 25-27"
 *                      and "25-27 July" (their first day)                    -> day
 *      months          "in January 2023", "As early as March", "in April"    -> month
 *      years           "in 2019", "since 2019", "during 2019"                -> year
 *      weekdays        "on Wednesday", "last Friday"                         -> day
 *      to come         "by the end of the year", "the beginning of the month" after "will"
 *                      or a schedule: the article's own year, month or week
 *      relative        "today", "yesterday", "last week" (seven days before), "N days /
 *                      weeks ago" -> day; "last month", "N months ago" -> month;
 *                      "last year", "N years ago" -> year
 *    A month or day without a year is the most recent one not after `ref`, or the one to
 *    come when "will", "shall" or a schedule ("is due to", "agreed to", "set for") comes
 *    before it (a month two or more before ref's then is next year's); a weekday is the
 *    most recent such day not after `ref`, or the next one not before it when the sentence
 *    speaks of the future ("will", "is to", "plans to") and reports nobody's words, or a
 *    schedule comes before it. Expressions that need `ref` are skipped when it
 *    is 0. Month and year values carry the first day ("2023-01-01").
 *  - dates_pick() chooses the expression that dates an event: the nearest after its verb
 *    with no clause boundary (that, which, who, when, after, before, while, ';') between,
 *    else the nearest before it, else none. dates_pick_tree() first reads the choice off
 *    the dependency tree (see below).
 *  - dates_latest_full() is the latest full date (day, month and year all written) that a
 *    text states, YYYYMMDD, or 0: the fallback when an article comes without a date.
 * Everything is a pure function; memory comes from the arena given. */
#ifndef SITREP_DOC_DATES_H
#define SITREP_DOC_DATES_H

#include "base/arena.h"
#include "coder/event.h"
#include "syntax/ud.h"
#include "text/text.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct date_cue {
    uint32_t start, end; /* byte span of the expression in the cleaned text */
    int32_t value;       /* YYYYMMDD */
    uint8_t precision;   /* enum date_precision: DATE_DAY, DATE_WEEK, DATE_MONTH or DATE_YEAR */
} date_cue;

size_t dates_find(arena *a, const token *t, size_t n, int32_t ref, date_cue **out);

const date_cue *dates_pick(const date_cue *cues, size_t ncues, const token *t, size_t n,
                           span verb);

/* dates_pick_tree() reads the choice off the sentence's dependency tree (us, as the tree
 * coder parsed it, in one piece): a date expression dates the predicate it hangs from (or
 * a noun of that predicate's clause) and the clauses below that predicate. Returns the
 * expression hung in the verb's own clause (the first after the verb, else the last before
 * it), else the one of the nearest clause above it ("said on Monday that ..."), else NULL:
 * the tree gives nothing (no parse, a date in another clause only, a parse that hangs it
 * astray) and the caller falls back on dates_pick(). */
const date_cue *dates_pick_tree(const date_cue *cues, size_t ncues, const token *t, size_t n,
                                const ud_sentence *us, span verb);

/* dates_pick_beside() is dates_pick() for when the tree gave nothing, leaving out the
 * expressions the tree hangs in a clause of their own that the verb's clause does not
 * contain (a complement, a clausal subject, a relative clause, a participle on a noun):
 * "thanked Paris and said the two countries would hold exercises in June" leaves the
 * thanks undated. Without a parse (us NULL, or not parsed) it is dates_pick(). The result
 * points into `cues`. */
const date_cue *dates_pick_beside(arena *a, const date_cue *cues, size_t ncues, const token *t,
                                  size_t n, const ud_sentence *us, span verb);

/* dates_of_a_noun() tells whether the tree (us) holds cue c in what qualifies a noun
 * rather than in the clauses of the sentence's predicate: a year before a noun ("the 2003
 * invasion"), a possessive ("last month's bomb blasts") or an expression inside a relative
 * clause or a participle on a noun ("who had made a coup in 1999"). Such a date is that noun's event's, and a paragraph's sentences
 * after it do not take it. False without a parse. */
bool dates_of_a_noun(const date_cue *c, const ud_sentence *us);

/* dates_relative() finds the first expression of a sentence that counts days from a date
 * the text gave before: "the following day", "the next day", "the day after" (+1); "the
 * previous day", "the day before" (-1); "the same day", "later that day", "hours later"
 * (0); "a day later", "two days earlier", "a week later" (+-N). It sets *where to its
 * span and *days to the count. "N days after X", "a day before X" (with a phrase or a
 * clause after them) set *inverse: X happened N days before (after) the date the
 * sentence gives the rest ("China warned Taiwan on Tuesday, a day after it criticised
 * Japan": the criticism on Monday), while opening a sentence they count from the date of
 * the sentence before ("Kenya voted on Monday. Two days after the vote, police ...":
 * Wednesday). False when there is none. dates_shift() adds days to YYYYMMDD. */
bool dates_relative(const token *t, size_t n, span *where, int *days, bool *inverse);
int32_t dates_shift(int32_t value, int days);

int32_t dates_latest_full(arena *a, const char *text, size_t len);

/* YYYYMMDD -> "YYYY-MM-DD" (out has room for 11 bytes). */
void dates_format(int32_t value, char out[11]);

#endif
