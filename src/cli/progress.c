/* progress.c: the progress line on a terminal (see progress.h). */
#include "cli/progress.h"
#include "cli/cli.h"

#include <stdio.h>
#include <unistd.h>

void progress_start(progress *p, const char *label, bool quiet)
{
    p->label = label;
    p->show = !quiet && isatty(STDERR_FILENO);
    p->t0 = p->last = cli_now();
}

static void draw(progress *p, size_t documents, size_t events, const char *end)
{
    double now = cli_now();
    double dt = now - p->t0 > 1e-9 ? now - p->t0 : 1e-9;
    fprintf(stderr, "\r\033[K%s: %zu documents, %zu events  (%.0f documents/s, %.0f events/s)%s",
            p->label, documents, events, (double)documents / dt, (double)events / dt, end);
    fflush(stderr);
    p->last = now;
}

void progress_update(progress *p, size_t documents, size_t events)
{
    if (p->show && cli_now() - p->last >= 0.25)
        draw(p, documents, events, "");
}

void progress_finish(progress *p, size_t documents, size_t events)
{
    if (p->show)
        draw(p, documents, events, "\n");
}

void progress_clear(const progress *p)
{
    if (p->show) {
        fputs("\r\033[K", stderr);
        fflush(stderr);
    }
}
