/* options.c: parsing TABARI option commands into coder_options (see options.h). */
#include "coder/options.h"

#include "base/file.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void coder_options_default(coder_options *o)
{
    memset(o, 0, sizeof *o);
    o->code_by = CODE_BY_CLAUSE;
    o->comma_min = 2;
    o->comma_max = 10;
    o->comma_emin = 2;
    o->comma_emax = 10;
    o->comma_bmin = 128; /* beginning clauses are off unless set */
    o->comma_bmax = 0;
    o->minimum_words = 8;
    o->require_dyad = true;
    o->descriptions = true;
    o->dash_clauses = true;
    o->tabari_tokens = true;
    o->compounds_reciprocal = true;
}

static void upcase(char *dst, const char *src, size_t cap)
{
    size_t i = 0;
    for (; src[i] && i < cap - 1; i++)
        dst[i] = (char)toupper((unsigned char)src[i]);
    dst[i] = '\0';
}

/* TRUE/FALSE after '=' (TABARI looks for the first T or F). */
static bool boolean_after_equals(const char *s, bool *out)
{
    const char *eq = strchr(s, '=');
    if (!eq)
        return false;
    for (const char *p = eq + 1; *p; p++) {
        if (*p == 'T' || *p == 'Y' || *p == '1')
            return *out = true, true;
        if (*p == 'F' || *p == 'N' || *p == '0')
            return *out = false, true;
    }
    return false;
}

/* The number after `key` (skipping '=', '[' and blanks); -1 when absent. */
static int number_after(const char *s, const char *key)
{
    const char *p = strstr(s, key);
    if (!p)
        return -1;
    p += strlen(key);
    while (*p && (isspace((unsigned char)*p) || *p == '=' || *p == '['))
        p++;
    if (!isdigit((unsigned char)*p))
        return -1;
    return (int)strtol(p, NULL, 10);
}

static void code_in_brackets(const char *s, const char *key, char *out, size_t cap)
{
    const char *p = strstr(s, key);
    out[0] = '\0';
    if (!p)
        return;
    const char *open = strchr(p, '[');
    const char *close = open ? strchr(open, ']') : NULL;
    if (!open || !close)
        return;
    size_t n = 0;
    for (const char *q = open + 1; q < close && n < cap - 1; q++)
        if (!isspace((unsigned char)*q))
            out[n++] = *q;
    out[n] = '\0';
}

bool coder_options_apply(coder_options *o, const char *command, sitrep_error *err)
{
    char s[512];
    while (isspace((unsigned char)*command))
        command++;
    upcase(s, command, sizeof s);
    size_t n = strlen(s);
    while (n && isspace((unsigned char)s[n - 1]))
        s[--n] = '\0';
    if (n == 0)
        return true;
    bool b;
    if (strncmp(s, "SET", 3) == 0) {
        if (strstr(s, "CODE")) {
            o->code_by = strstr(s, "SEN") ? CODE_BY_SENTENCE
                         : strstr(s, "ALL") ? CODE_ALL : CODE_BY_CLAUSE;
        } else if (strstr(s, "YYYY")) {
            if (boolean_after_equals(s, &b))
                o->yyyy = b;
        } else if (strstr(s, "TIME")) {
            if (boolean_after_equals(s, &b))
                o->time_shift = b;
        } else if (strstr(s, "FBIS")) {
            if (boolean_after_equals(s, &b))
                o->fbis = b;
        } else if (strstr(s, "CONV")) {
            if (boolean_after_equals(s, &b))
                o->convert_agents = b;
        } else if (strstr(s, "MINIM")) {
            int v = number_after(s, "=");
            if (v < 0)
                return sitrep_error_set(err, "'%s': MINIMUM WORDS needs a number", command);
            o->minimum_words = v;
        } else if (strstr(s, "LABEL") || strstr(s, "MATCH") || strstr(s, "DUP ") ||
                   strstr(s, "SKIP ") || strstr(s, "USAGE") || strstr(s, "HAIKU") ||
                   strstr(s, "ALLCAPS") || strstr(s, "DOMINANT")) {
            /* TABARI's display and bookkeeping switches: nothing to do for coding */
        } else {
            return sitrep_error_set(err, "unknown option command '%s'", command);
        }
        return true;
    }
    if (strncmp(s, "COMMA", 5) == 0) {
        if (strstr(s, "OFF")) {
            o->comma_off = true;
            return true;
        }
        o->comma_off = false;
        int v;
        if ((v = number_after(s, "EMIN")) >= 0) o->comma_emin = v;
        if ((v = number_after(s, "EMAX")) >= 0) o->comma_emax = v;
        if ((v = number_after(s, "BMIN")) >= 0) o->comma_bmin = v;
        if ((v = number_after(s, "BMAX")) >= 0) o->comma_bmax = v;
        /* plain MIN / MAX: the first occurrence not preceded by E or B */
        for (const char *p = s; (p = strstr(p, "MIN")); p += 3)
            if (p == s || (p[-1] != 'E' && p[-1] != 'B')) {
                if ((v = number_after(p, "MIN")) >= 0) o->comma_min = v;
                break;
            }
        for (const char *p = s; (p = strstr(p, "MAX")); p += 3)
            if (p == s || (p[-1] != 'E' && p[-1] != 'B')) {
                if ((v = number_after(p, "MAX")) >= 0) o->comma_max = v;
                break;
            }
        return true;
    }
    if (strncmp(s, "COMPLEX", 7) == 0) {
        int v;
        o->complex_verbs = (v = number_after(s, "VERBS")) >= 0 ? v : 0;
        o->complex_conj = (v = number_after(s, "CONJ")) >= 0 ? v : 0;
        o->noactprior = strstr(s, "ACTPRIOR") != NULL;
        return true;
    }
    if (strncmp(s, "DEFAULT", 7) == 0) {
        if (strstr(s, "OFF")) {
            o->default_source[0] = o->default_target[0] = '\0';
            o->default_source_prior = o->default_target_after = false;
            return true;
        }
        code_in_brackets(s, "SOURCE", o->default_source, sizeof o->default_source);
        code_in_brackets(s, "TARGET", o->default_target, sizeof o->default_target);
        o->default_source_prior = strstr(s, "PRIOR") != NULL;
        o->default_target_after = strstr(s, "AFTER") != NULL;
        return true;
    }
    if (strncmp(s, "FORWARD", 7) == 0) {
        const char *p = s + 7;
        while (*p == ':' || isspace((unsigned char)*p))
            p++;
        size_t k = 0;
        while (p[k] && !isspace((unsigned char)p[k]) && k < sizeof o->forward_format - 1) {
            o->forward_format[k] = p[k];
            k++;
        }
        o->forward_format[k] = '\0';
        if (strstr(p + k, "OFF"))
            o->forward_format[0] = '\0';
        return true;
    }
    if (strncmp(s, "LABEL", 5) == 0 || strncmp(s, "OUTPUT", 6) == 0 ||
        strncmp(s, "NONEVENT", 8) == 0 ||
        strncmp(s, "ISSUE", 5) == 0)
        return true;
    return sitrep_error_set(err, "unknown option command '%s'", command);
}

typedef struct options_file {
    coder_options *o;
    const char *path;
} options_file;

static int options_line(char *line, size_t lineno, void *ctx, sitrep_error *err)
{
    const options_file *of = ctx;
    char *p = line;
    while (isspace((unsigned char)*p))
        p++;
    if (*p == '\0' || (p[0] == '/' && p[1] == '/') || *p == '#')
        return FILE_LINE_NEXT;
    if (*p == '~')
        return FILE_LINE_STOP;
    sitrep_error e;
    if (!coder_options_apply(of->o, p, &e)) {
        sitrep_error_at(err, SITREP_EDICT, of->path, lineno, "%s:%zu: %s", of->path, lineno,
                        e.message);
        return FILE_LINE_FAIL;
    }
    return FILE_LINE_NEXT;
}

bool coder_options_load(coder_options *o, const char *path, sitrep_error *err)
{
    options_file of = {o, path};
    return file_each_line(path, options_line, &of, err);
}
