/* civil_date.h: the calendar (proleptic Gregorian) as the readers of article dates and the
 * document layer's dates share it.
 *
 * Contract: civil_days_in_month() is the number of days of a month (1..12) of a year, 29
 * for February of a leap year (divisible by 4, and by 400 when by 100);
 * civil_date_format() writes "YYYY-MM-DD" and its NUL into out (11 bytes): the year's last
 * four digits, the month and day two digits each (zero-padded). Neither checks its
 * arguments: callers validate the date first. */
#ifndef SITREP_BASE_CIVIL_DATE_H
#define SITREP_BASE_CIVIL_DATE_H

int civil_days_in_month(int year, int month);
void civil_date_format(int year, int month, int day, char out[11]);

#endif
