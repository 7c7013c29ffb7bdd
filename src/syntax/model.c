/* model.c: the model file (see model.h). Layout: the magic "SITREPUD", a version, the
 * payload length and its FNV-1a checksum, then the payload: a text section (tag and
 * label tables, the parser's beam width and the lemma rules, one per line) and six
 * classifier sections (linear.h; the second-pass tagger last). The file is read with one
 * read() and the classifiers are used in place, so loading costs one pass of checks over
 * the bytes. */
#include "syntax/model.h"

#include "base/file.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "syntax/feature.h"
#include "syntax/parser.h"
#include "syntax/ud.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char MAGIC[8] = {'S', 'I', 'T', 'R', 'E', 'P', 'U', 'D'};
enum { HEADER_BYTES = 32, NSECTIONS = 6 };

/* FNV-1a over 8-byte words (then the tail bytes): a model is tens of megabytes and is
 * checked at every load, so the checksum must run at memory speed. */
uint64_t syntax_model_checksum(const void *data, size_t n)
{
    const char *p = data;
    uint64_t h = 0xcbf29ce484222325ull;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 29;
    }
    for (; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 0x100000001b3ull;
    return h;
}

static linear_model *section(syntax_model *m, int i)
{
    linear_model *s[NSECTIONS] = {&m->tagger, &m->tagdict, &m->parser, &m->lemma_words,
                                  &m->lemma_suffixes, &m->tagger2};
    return s[i];
}

bool syntax_model_save(const syntax_model *m, const char *path, sitrep_error *err)
{
    strbuf text = {0}, payload = {0};
    strbuf_printf(&text, "tags %u\n", m->ntags);
    for (uint32_t i = 0; i < m->ntags; i++)
        strbuf_printf(&text, "%s\t%s\n", ud_upos_name(m->tag_upos[i]), m->tag_xpos[i]);
    strbuf_printf(&text, "labels %u\n", m->nlabels);
    for (uint32_t i = 0; i < m->nlabels; i++)
        strbuf_printf(&text, "%s\n", m->labels[i]);
    strbuf_printf(&text, "beam %u\n", m->beam > 1 ? m->beam : 1);
    strbuf_printf(&text, "rules %u\n", m->nrules);
    for (uint32_t i = 0; i < m->nrules; i++)
        strbuf_printf(&text, "%u\t%u\t%s\n", m->rules[i].lower, m->rules[i].strip,
                      m->rules[i].append);
    uint64_t tlen = text.len;
    strbuf_append(&payload, (const char *)&tlen, 8);
    strbuf_append(&payload, text.data, text.len);
    static const char pad[8] = {0};
    if (text.len % 8)
        strbuf_append(&payload, pad, 8 - text.len % 8);
    for (int i = 0; i < NSECTIONS; i++)
        linear_model_serialize(section((syntax_model *)m, i), &payload);
    strbuf_free(&text);

    char header[HEADER_BYTES] = {0};
    memcpy(header, MAGIC, 8);
    uint32_t version = SYNTAX_MODEL_VERSION;
    memcpy(header + 8, &version, 4);
    uint64_t plen = payload.len, sum = syntax_model_checksum(payload.data, payload.len);
    memcpy(header + 16, &plen, 8);
    memcpy(header + 24, &sum, 8);
    FILE *f = fopen(path, "wb");
    bool ok = f != NULL;
    if (ok)
        ok = fwrite(header, 1, sizeof header, f) == sizeof header &&
             fwrite(payload.data, 1, payload.len, f) == payload.len;
    if (f && fclose(f) != 0)
        ok = false;
    strbuf_free(&payload);
    if (!ok)
        return sitrep_error_set(err, "%s: cannot write the model: %s", path, strerror(errno));
    return true;
}

/* Reads "WORD N\n"; returns N or -1. */
static long count_line(char **p, const char *word)
{
    size_t k = strlen(word);
    if (strncmp(*p, word, k) != 0 || (*p)[k] != ' ')
        return -1;
    char *end;
    long n = strtol(*p + k + 1, &end, 10);
    if (*end != '\n' || n < 0 || n > 65535)
        return -1;
    *p = end + 1;
    return n;
}

/* Cuts the next line (NUL-terminates it) into at most `max` tab fields; returns count. */
static int next_fields(char **p, char *limit, char **f, int max)
{
    char *nl = memchr(*p, '\n', (size_t)(limit - *p));
    if (!nl)
        return -1;
    *nl = '\0';
    int n = 0;
    f[n++] = *p;
    for (char *q = *p; *q; q++)
        if (*q == '\t') {
            *q = '\0';
            if (n == max)
                return -1;
            f[n++] = q + 1;
        }
    *p = nl + 1;
    return n;
}

static bool parse_text(syntax_model *m, char *p, char *limit)
{
    long n;
    char *f[3];
    if ((n = count_line(&p, "tags")) <= 0)
        return false;
    m->ntags = (uint32_t)n;
    m->tag_xpos = xcalloc((size_t)n, sizeof *m->tag_xpos);
    m->tag_upos = xcalloc((size_t)n, 1);
    for (long i = 0; i < n; i++) {
        if (next_fields(&p, limit, f, 2) != 2)
            return false;
        int upos = ud_upos_from_name(f[0]);
        if (upos == UPOS_NONE)
            return false;
        m->tag_upos[i] = (uint8_t)upos;
        m->tag_xpos[i] = f[1];
    }
    if ((n = count_line(&p, "labels")) <= 0)
        return false;
    m->nlabels = (uint32_t)n;
    m->labels = xcalloc((size_t)n, sizeof *m->labels);
    for (long i = 0; i < n; i++) {
        if (next_fields(&p, limit, f, 1) != 1 || !*f[0])
            return false;
        m->labels[i] = f[0];
    }
    if ((n = count_line(&p, "beam")) < 1 || n > PARSER_MAX_BEAM)
        return false;
    m->beam = (uint32_t)n;
    if ((n = count_line(&p, "rules")) < 0)
        return false;
    m->nrules = (uint32_t)n;
    m->rules = xcalloc((size_t)n + 1, sizeof *m->rules);
    for (long i = 0; i < n; i++) {
        if (next_fields(&p, limit, f, 3) != 3)
            return false;
        long strip = strtol(f[1], NULL, 10);
        if (strip < 0 || strip > 64 || (f[0][0] != '0' && f[0][0] != '1'))
            return false;
        m->rules[i] = (lemma_rule){(uint8_t)(f[0][0] == '1'), (uint8_t)strip, f[2]};
    }
    return p == limit;
}

syntax_model *syntax_model_from_bytes(void *buf, size_t len, const char *name,
                                      sitrep_error *err)
{
    syntax_model *m = xcalloc(1, sizeof *m);
    m->file = buf;
    m->file_size = len;
    const char *b = buf;
    const char *what = NULL;
    uint32_t version;
    uint64_t plen, sum, tlen;
    if (len < HEADER_BYTES || memcmp(b, MAGIC, 8) != 0) {
        what = "not a sitrep tagger/parser model";
        goto fail;
    }
    memcpy(&version, b + 8, 4);
    memcpy(&plen, b + 16, 8);
    memcpy(&sum, b + 24, 8);
    if (version != SYNTAX_MODEL_VERSION) {
        sitrep_error_set(err, "%s: model version %u, this sitrep reads version %u", name,
                         version, SYNTAX_MODEL_VERSION);
        syntax_model_free(m);
        return NULL;
    }
    if (plen != len - HEADER_BYTES) {
        what = plen > len - HEADER_BYTES ? "truncated" : "has trailing bytes";
        goto fail;
    }
    if (syntax_model_checksum(b + HEADER_BYTES, plen) != sum) {
        what = "corrupted (checksum mismatch)";
        goto fail;
    }
    const char *p = b + HEADER_BYTES, *end = b + len;
    if (end - p < 8) {
        what = "truncated";
        goto fail;
    }
    memcpy(&tlen, p, 8);
    p += 8;
    if (tlen > (uint64_t)(end - p)) {
        what = "truncated text section";
        goto fail;
    }
    m->text = xmalloc(tlen + 1);
    memcpy(m->text, p, tlen);
    m->text[tlen] = '\0';
    if (!parse_text(m, m->text, m->text + tlen)) {
        what = "malformed tag, label or rule table";
        goto fail;
    }
    if (m->ntags > SYNTAX_MAX_TAGS || m->nlabels > SYNTAX_MAX_LABELS) {
        sitrep_error_set(err, "%s: too many tags or labels (%u tags, %u labels; at most %u and %u)",
                         name, m->ntags, m->nlabels, SYNTAX_MAX_TAGS, SYNTAX_MAX_LABELS);
        syntax_model_free(m);
        return NULL;
    }
    p += tlen + (tlen % 8 ? 8 - tlen % 8 : 0);
    for (int i = 0; i < NSECTIONS; i++) {
        size_t used;
        sitrep_error inner;
        if (p > end || !linear_model_view(section(m, i), p, (size_t)(end - p), &used, &inner)) {
            sitrep_error_set(err, "%s: %s", name, p > end ? "truncated" : inner.message);
            syntax_model_free(m);
            return NULL;
        }
        p += used;
    }
    if (m->tagger.nclasses != m->ntags || m->tagger2.nclasses != m->ntags ||
        m->parser.nclasses != 1 + 2 * m->nlabels || m->tagdict.nclasses != m->ntags ||
        m->lemma_words.nclasses != (m->nrules ? m->nrules : 1) ||
        m->lemma_suffixes.nclasses != m->lemma_words.nclasses) {
        what = "classifier sizes do not match its tables";
        goto fail;
    }
    /* the rows of frequent features, which know most classes, are added as vectors */
    linear_model_densify(&m->tagger, SYNTAX_DENSE_MIN);
    linear_model_densify(&m->tagger2, SYNTAX_DENSE_MIN);
    linear_model_densify(&m->parser, SYNTAX_DENSE_MIN);
    return m;
fail:
    sitrep_error_set(err, "%s: %s", name, what);
    syntax_model_free(m);
    return NULL;
}

syntax_model *syntax_model_load(const char *path, sitrep_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        sitrep_error_set(err, "%s: cannot open the model: %s", path, strerror(errno));
        return NULL;
    }
    size_t len = 0;
    char *buf = file_read_all(f, &len);
    int bad = buf ? 0 : errno;
    fclose(f);
    if (!buf) {
        sitrep_error_set(err, "%s: cannot read the model: %s", path, strerror(bad));
        return NULL;
    }
    return syntax_model_from_bytes(buf, len, path, err);
}

void syntax_model_free(syntax_model *m)
{
    if (!m)
        return;
    for (int i = 0; i < NSECTIONS; i++)
        linear_model_free(section(m, i));
    free(m->tag_xpos);
    free(m->tag_upos);
    free(m->labels);
    free(m->rules);
    free(m->text);
    free(m->file);
    free(m);
}

int syntax_model_tag(const syntax_model *m, int upos, const char *xpos)
{
    for (uint32_t i = 0; i < m->ntags; i++)
        if (m->tag_upos[i] == upos && strcmp(m->tag_xpos[i], xpos ? xpos : "_") == 0)
            return (int)i;
    return -1;
}

int syntax_model_label(const syntax_model *m, const char *deprel)
{
    for (uint32_t i = 0; i < m->nlabels; i++)
        if (strcmp(m->labels[i], deprel) == 0)
            return (int)i;
    return -1;
}
