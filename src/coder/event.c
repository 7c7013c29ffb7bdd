/* event.c: small helpers on the event record (see event.h). */
#include "coder/event.h"

#include <string.h>

void actor_ref_split_code(actor_ref *a)
{
    a->country[0] = a->role[0] = '\0';
    if (!a->code)
        return;
    size_t n = strlen(a->code);
    if (n < 3)
        return;
    memcpy(a->country, a->code, 3);
    a->country[3] = '\0';
    size_t rest = n - 3;
    if (rest >= sizeof a->role)
        rest = sizeof a->role - 1;
    memcpy(a->role, a->code + 3, rest);
    a->role[rest] = '\0';
}

const char *date_precision_name(int precision)
{
    static const char *names[] = {NULL, "day", "month", "year", "doc", "week"};
    return precision >= 0 && precision <= DATE_WEEK ? names[precision] : NULL;
}

const char *event_status_name(int status)
{
    static const char *names[] = {"asserted", "reported", "hypothetical", "negated"};
    return status >= 0 && status <= STATUS_NEGATED ? names[status] : "asserted";
}
