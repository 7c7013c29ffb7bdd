/* error.c: filling the error record (see error.h), and the one table of error codes
 * (sitrep.h) with their text and the tool's exit status. */
#include "base/error.h"

#include <stdarg.h>
#include <stdio.h>

/* Exit statuses of the tool (cli.h): 1 = a bad input was skipped and the rest done,
 * 2 = the job could not go on. */
static const struct {
    const char *name, *text;
    int exit_status;
} codes[SITREP_NCODES] = {
    [SITREP_OK] = {"SITREP_OK", "success", 0},
    [SITREP_EUSAGE] = {"SITREP_EUSAGE", "bad argument or option value", 2},
    [SITREP_EIO] = {"SITREP_EIO", "a file cannot be read or written", 2},
    [SITREP_EINPUT] = {"SITREP_EINPUT", "a bad input document", 1},
    [SITREP_EDICT] = {"SITREP_EDICT", "a dictionary cannot be used", 2},
    [SITREP_EMODEL] = {"SITREP_EMODEL", "the tagger/parser model cannot be used", 2},
    [SITREP_ESTORE] = {"SITREP_ESTORE", "the event store failed", 2},
    [SITREP_EOUTPUT] = {"SITREP_EOUTPUT", "the output cannot be written", 2},
    [SITREP_EFAIL] = {"SITREP_EFAIL", "failure", 2},
};

static bool known(sitrep_status code)
{
    return (unsigned)code < SITREP_NCODES;
}

const char *sitrep_strerror(sitrep_status code)
{
    return known(code) ? codes[code].text : "unknown error code";
}

const char *sitrep_status_name(sitrep_status code)
{
    return known(code) ? codes[code].name : "SITREP_E?";
}

int sitrep_exit_status(sitrep_status code)
{
    return known(code) ? codes[code].exit_status : 2;
}

__attribute__((format(printf, 3, 0)))
static void fill(sitrep_error *err, sitrep_status code, const char *fmt, va_list ap)
{
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    err->code = code;
    err->file[0] = '\0';
    err->line = 0;
    err->doc_id[0] = '\0';
    err->offset = -1;
}

bool sitrep_error_set(sitrep_error *err, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        fill(err, SITREP_EFAIL, fmt, ap);
        va_end(ap);
    }
    return false;
}

bool sitrep_error_setc(sitrep_error *err, sitrep_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        fill(err, code, fmt, ap);
        va_end(ap);
    }
    return false;
}

bool sitrep_error_at(sitrep_error *err, sitrep_status code, const char *file, size_t line,
                     const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        fill(err, code, fmt, ap);
        va_end(ap);
        snprintf(err->file, sizeof err->file, "%s", file ? file : "");
        err->line = line <= UINT32_MAX ? (uint32_t)line : 0;
    }
    return false;
}

bool sitrep_error_classify(sitrep_error *err, sitrep_status code)
{
    if (err && (err->code == SITREP_OK || err->code == SITREP_EFAIL))
        err->code = code;
    return false;
}

void sitrep_error_clear(sitrep_error *err)
{
    if (err) {
        err->message[0] = '\0';
        err->code = SITREP_OK;
        err->file[0] = '\0';
        err->line = 0;
        err->doc_id[0] = '\0';
        err->offset = -1;
    }
}

void sitrep_diag_vprintf(sitrep_diag_fn fn, void *ctx, char *msg, size_t cap, const char *fmt,
                         va_list ap)
{
    vsnprintf(msg, cap, fmt, ap);
    if (fn)
        fn(msg, ctx);
}

void sitrep_diag_printf(sitrep_diag_fn fn, void *ctx, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    sitrep_diag_vprintf(fn, ctx, msg, sizeof msg, fmt, ap);
    va_end(ap);
}
