/* pico_reader.c: code ontologies in PETRARCH's PICO syntax (see pico_reader.h). */
#include "lexicon/pico_reader.h"

#include "base/file.h"
#include "base/xalloc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PICO_NEGATION 0xFFFFL

typedef struct pico_code {
    char code[8];
    long value;
} pico_code;

/* Parses "-0xFFFF+0x0070" (blanks allowed around the terms) into *out. */
static bool parse_value(const char *s, size_t n, long *out)
{
    long total = 0;
    size_t i = 0, terms = 0;
    while (i < n) {
        while (i < n && isspace((unsigned char)s[i]))
            i++;
        if (i >= n)
            break;
        int sign = 1;
        if (s[i] == '+' || s[i] == '-') {
            sign = s[i] == '-' ? -1 : 1;
            i++;
            while (i < n && isspace((unsigned char)s[i]))
                i++;
        } else if (terms > 0) {
            return false;
        }
        if (i + 2 > n || s[i] != '0' || (s[i + 1] != 'x' && s[i + 1] != 'X'))
            return false;
        i += 2;
        size_t digits = 0;
        long v = 0;
        while (i < n && isxdigit((unsigned char)s[i]) && digits < 8) {
            int c = s[i];
            v = v * 16 + (isdigit(c) ? c - '0' : (toupper(c) - 'A' + 10));
            i++;
            digits++;
        }
        if (digits == 0 || (i < n && isxdigit((unsigned char)s[i])))
            return false;
        total += sign * v;
        terms++;
    }
    if (terms == 0)
        return false;
    *out = total;
    return true;
}

static bool negatable(const char *code)
{
    if (strlen(code) != 3)
        return false;
    int v = atoi(code);
    return v > 0 && v <= 200;
}

bool pico_load_buffer(lexicon *lx, const char *name, const char *data, size_t len,
                      dict_diag_fn diag, void *ctx, sitrep_error *err)
{
    pico_code *codes = NULL;
    size_t n = 0, cap = 0, problems = 0;
    size_t pos = 0, line = 0;
    while (pos < len) {
        size_t eol = pos;
        while (eol < len && data[eol] != '\n')
            eol++;
        line++;
        size_t end = pos;
        while (end < eol && data[end] != '#')
            end++;
        size_t s = pos;
        while (s < end && isspace((unsigned char)data[s]))
            s++;
        while (end > s && isspace((unsigned char)data[end - 1]))
            end--;
        if (end > s) {
            const char *colon = memchr(data + s, ':', end - s);
            size_t clen = colon ? (size_t)(colon - (data + s)) : 0;
            bool digits = clen > 0 && clen < sizeof codes[0].code;
            for (size_t k = 0; k < clen && digits; k++)
                digits = isdigit((unsigned char)data[s + k]) != 0;
            long value = 0;
            if (!colon || !digits ||
                !parse_value(colon + 1, end - (size_t)(colon + 1 - data), &value)) {
                char msg[512];
                snprintf(msg, sizeof msg, "%s:%zu: expected CODE:0xVALUE, got \"%.*s\"", name,
                         line, (int)(end - s > 60 ? 60 : end - s), data + s);
                if (problems++ == 0)
                    sitrep_error_set(err, "%s", msg);
                if (diag)
                    diag(msg, ctx);
            } else {
                codes = xgrow(codes, &cap, n + 1, sizeof *codes);
                memcpy(codes[n].code, data + s, clen);
                codes[n].code[clen] = '\0';
                codes[n].value = value;
                n++;
            }
        }
        pos = eol + 1;
    }
    for (size_t i = 0; i < n; i++) {
        if (!negatable(codes[i].code)) {
            lex_add_negation(lx, codes[i].code, codes[i].code); /* kept as it is */
            continue;
        }
        long want = codes[i].value - PICO_NEGATION;
        const char *neg = NULL;
        for (size_t k = 0; k < n && !neg; k++)
            if (codes[k].value == want)
                neg = codes[k].code;
        lex_add_negation(lx, codes[i].code, neg);
    }
    free(codes);
    return problems == 0;
}

bool pico_load_file(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                    sitrep_error *err)
{
    size_t len;
    char *data = file_read_path(path, &len, err);
    if (!data)
        return false;
    bool ok = pico_load_buffer(lx, path, data, len, diag, ctx, err);
    free(data);
    return ok;
}
