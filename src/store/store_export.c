/* store_export.c: stored events as table, CSV, JSON Lines, GDELT 2.0 and Phoenix lines. */
#include "store/store_export.h"

#include "cameo/cameo.h"
#include "coder/event.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool export_format_parse(const char *name, export_format *f)
{
    static const char *const names[] = {"table", "jsonl", "csv", "gdelt", "phoenix"};
    for (int i = 0; i < 5; i++)
        if (strcmp(name, names[i]) == 0) {
            *f = (export_format)i;
            return true;
        }
    return false;
}

int export_penta_class(const char *root)
{
    if (!root || strlen(root) != 2)
        return -1;
    int r = atoi(root);
    if (r < 1 || r > 20)
        return -1;
    if (r <= 2)
        return 0;
    if (r <= 5)
        return 1;
    if (r <= 8)
        return 2;
    if (r <= 13 || r == 16)
        return 3;
    return 4;
}

static const char *nz(const char *s) { return s ? s : ""; }

static const char *status_name(int st)
{
    const char *n = event_status_name(st);
    return n ? n : "";
}

static const char *event_name(const store_event_row *r)
{
    const cameo_code *c = cameo_lookup(r->cameo);
    if (!c)
        c = cameo_lookup_nearest(r->cameo);
    return c ? c->name : NULL;
}

/* A tab-separated field: tabs and line breaks become spaces. */
static void tsv(strbuf *b, const char *s, bool last)
{
    for (const char *p = s ? s : ""; *p; p++)
        strbuf_putc(b, (*p == '\t' || *p == '\n' || *p == '\r') ? ' ' : *p);
    strbuf_putc(b, last ? '\n' : '\t');
}

static void csv(strbuf *b, const char *s, bool last)
{
    if (s && strpbrk(s, ",\"\r\n")) {
        strbuf_putc(b, '"');
        for (const char *p = s; *p; p++) {
            if (*p == '"')
                strbuf_putc(b, '"');
            strbuf_putc(b, *p);
        }
        strbuf_putc(b, '"');
    } else {
        strbuf_puts(b, s ? s : "");
    }
    strbuf_putc(b, last ? '\n' : ',');
}

/* ,"KEY": (or {"KEY": for the first), without printf: a page writes thousands. */
static void json_key(strbuf *b, const char *key, bool first)
{
    strbuf_putc(b, first ? '{' : ',');
    strbuf_putc(b, '"');
    strbuf_puts(b, key);
    strbuf_puts(b, "\":");
}

static void json_str(strbuf *b, const char *key, const char *v, bool first)
{
    json_key(b, key, first);
    if (!v || !*v) {
        strbuf_puts(b, "null");
        return;
    }
    strbuf_putc(b, '"');
    strbuf_json_escape(b, v, strlen(v));
    strbuf_putc(b, '"');
}

/* The plain fields of a row as strings, in CSV column order. */
typedef struct fields {
    char id[STRBUF_DECIMAL_MAX], quad[STRBUF_DECIMAL_MAX], gold[32], nm[STRBUF_DECIMAL_MAX],
        nd[STRBUF_DECIMAL_MAX], no[STRBUF_DECIMAL_MAX], sent[STRBUF_DECIMAL_MAX];
    const char *v[26];
} fields;

static void row_fields(const store_event_row *r, fields *f)
{
    decimal_text(f->id, (long long)r->id);
    f->quad[0] = f->gold[0] = '\0';
    if (r->quad_class > 0)
        decimal_text(f->quad, r->quad_class);
    if (r->has_goldstein)
        snprintf(f->gold, sizeof f->gold, "%.1f", r->goldstein);
    decimal_text(f->nm, (long long)r->num_mentions);
    decimal_text(f->nd, (long long)r->num_documents);
    decimal_text(f->no, (long long)r->num_outlets);
    f->sent[0] = '\0';
    if (r->first_doc_id)
        decimal_text(f->sent, (long long)r->first_sentence);
    const char *v[26] = {f->id, nz(r->date), r->source, r->source_name, r->source_country,
                         r->source_role, r->target, r->target_name, r->target_country,
                         r->target_role, r->cameo, r->root, event_name(r), f->quad, f->gold,
                         f->nm, f->nd, f->no, r->first_seen, r->last_seen,
                         status_name(r->status), r->outlets, r->url, r->first_doc_id, f->sent,
                         r->claimants};
    memcpy(f->v, v, sizeof v);
}

void export_header(strbuf *out, export_format f)
{
    if (f == EXPORT_CSV)
        strbuf_puts(out, EXPORT_CSV_HEADER "\n");
    else if (f == EXPORT_TABLE)
        strbuf_printf(out, "%-10s  %-12s  %-12s  %-5s  %-12s  %8s  %s\n", "DATE", "SOURCE",
                      "TARGET", "CODE", "STATUS", "MENTIONS", "EVENT");
}

/* Splits an actor code into GDELT's country, known group and type fields. */
static void gdelt_actor(strbuf *b, const store_event_row *r, bool second)
{
    const char *code = second ? r->target : r->source;
    const char *name = second ? r->target_name : r->source_name;
    char country[4] = "", group[4] = "", type[3][4] = {"", "", ""};
    size_t n = strlen(code);
    size_t pos = 0;
    static const char *const groups[] = {"IGO", "NGO", "IMG", "MNC", "NGM", NULL};
    bool transnational = false;
    if (n >= 3) {
        for (int i = 0; groups[i]; i++)
            if (strncmp(code, groups[i], 3) == 0)
                transnational = true;
        if (transnational) {
            if (n >= 6) {
                memcpy(group, code + 3, 3);
                pos = 6;
            } else {
                pos = 3;
            }
        } else if (strncmp(code, "---", 3) != 0) {
            memcpy(country, code, 3);
            pos = 3;
        } else {
            pos = 3;
        }
    }
    for (int t = 0; t < 3 && pos + 3 <= n; t++, pos += 3)
        memcpy(type[t], code + pos, 3);
    tsv(b, code, false);
    /* GDELT's names are upper case, of the country or body without the role ("JAPAN" for
     * "Japan: government") */
    for (const char *p = name; p && *p && *p != ':'; p++)
        strbuf_putc(b, isspace((unsigned char)*p) ? ' ' : (char)toupper((unsigned char)*p));
    strbuf_putc(b, '\t');
    tsv(b, country, false);
    tsv(b, group, false);
    tsv(b, "", false); /* EthnicCode */
    tsv(b, "", false); /* Religion1Code */
    tsv(b, "", false); /* Religion2Code */
    for (int t = 0; t < 3; t++)
        tsv(b, type[t], false);
}

static void gdelt_row(strbuf *b, const store_event_row *r, const fields *f)
{
    char day[16] = "", month[16] = "", year[8] = "", frac[16] = "", base[8] = "";
    const char *d = nz(r->date);
    if (strlen(d) == 10) {
        int y = atoi(d), mo = atoi(d + 5), dd = atoi(d + 8);
        snprintf(day, sizeof day, "%04d%02d%02d", y, mo, dd);
        snprintf(month, sizeof month, "%04d%02d", y, mo);
        snprintf(year, sizeof year, "%04d", y);
        /* GDELT's definition: YYYY + (MONTH * 30 + DAY) / 365. */
        snprintf(frac, sizeof frac, "%.4f", y + (mo * 30 + dd) / 365.0);
    }
    if (strlen(r->cameo) >= 3)
        snprintf(base, sizeof base, "%.3s", r->cameo);
    tsv(b, f->id, false);
    tsv(b, day, false);
    tsv(b, month, false);
    tsv(b, year, false);
    tsv(b, frac, false);
    gdelt_actor(b, r, false);
    gdelt_actor(b, r, true);
    tsv(b, "", false);  /* 25 IsRootEvent */
    tsv(b, r->cameo, false);
    tsv(b, base, false);
    tsv(b, r->root, false);
    tsv(b, f->quad, false);
    tsv(b, f->gold, false);
    tsv(b, f->nm, false); /* NumMentions */
    tsv(b, f->no, false); /* NumSources: distinct outlets */
    tsv(b, f->nd, false); /* NumArticles */
    tsv(b, "", false);    /* 34 AvgTone */
    for (int i = 35; i <= 58; i++)
        tsv(b, "", false); /* geography */
    tsv(b, r->added_at, false);
    tsv(b, r->url, true);
}

/* Phoenix Entity / Role / Attribute of an actor code. */
static void phoenix_actor(strbuf *b, const char *code)
{
    static const char *const roles[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                        "SPY", "MED", "EDU", "BUS", "CRM", "CVL", NULL};
    size_t n = strlen(code);
    char entity[4] = "", role[4] = "";
    strbuf attr = {0};
    size_t pos = 0;
    if (n >= 3 && strncmp(code, "---", 3) != 0) {
        memcpy(entity, code, 3);
        pos = 3;
    } else if (n >= 3) {
        pos = 3;
    }
    if (pos + 3 <= n) {
        for (int i = 0; roles[i]; i++)
            if (strncmp(code + pos, roles[i], 3) == 0) {
                memcpy(role, code + pos, 3);
                pos += 3;
                break;
            }
    }
    for (; pos + 3 <= n; pos += 3) {
        if (attr.len)
            strbuf_putc(&attr, ';');
        strbuf_append(&attr, code + pos, 3);
    }
    tsv(b, code, false);
    tsv(b, entity, false);
    tsv(b, role, false);
    tsv(b, attr.data ? attr.data : "", false);
    strbuf_free(&attr);
}

static void phoenix_row(strbuf *b, const store_event_row *r, const fields *f)
{
    char day[16] = "", y[8] = "", m[8] = "", d[8] = "", penta[16] = "", sid[256] = "";
    const char *dt = nz(r->date);
    if (strlen(dt) == 10) {
        snprintf(day, sizeof day, "%.4s%.2s%.2s", dt, dt + 5, dt + 8);
        snprintf(y, sizeof y, "%.4s", dt);
        snprintf(m, sizeof m, "%.2s", dt + 5);
        snprintf(d, sizeof d, "%.2s", dt + 8);
    }
    int pc = export_penta_class(r->root);
    if (pc >= 0)
        snprintf(penta, sizeof penta, "%d", pc);
    if (r->first_doc_id)
        snprintf(sid, sizeof sid, "%s-%lld", r->first_doc_id, (long long)r->first_sentence + 1);
    tsv(b, f->id, false);
    tsv(b, day, false);
    tsv(b, y, false);
    tsv(b, m, false);
    tsv(b, d, false);
    phoenix_actor(b, r->source);
    phoenix_actor(b, r->target);
    tsv(b, r->cameo, false);
    tsv(b, r->root, false);
    tsv(b, penta, false);
    tsv(b, f->gold, false);
    for (int i = 0; i < 6; i++)
        tsv(b, "", false); /* Issues, Lat, Lon, LocationName, StateName, CountryCode */
    tsv(b, sid, false);
    tsv(b, r->url, false);
    tsv(b, r->outlets, true);
}

void export_row(strbuf *out, export_format fmt, const store_event_row *r)
{
    fields f;
    row_fields(r, &f);
    static const char *const keys[26] = {
        "id", "date", "source", "source_name", "source_country", "source_role", "target",
        "target_name", "target_country", "target_role", "cameo", "root", "event_name",
        "quad_class", "goldstein", "num_mentions", "num_documents", "num_outlets", "first_seen",
        "last_seen", "status", "outlets", "url", "doc_id", "sentence", "said_by"};
    switch (fmt) {
    case EXPORT_CSV:
        for (int i = 0; i < 26; i++)
            csv(out, f.v[i], i == 25);
        break;
    case EXPORT_JSONL:
        for (int i = 0; i < 26; i++) {
            bool num = i == 0 || i == 13 || i == 14 || i == 15 || i == 16 || i == 17 || i == 24;
            if (num) {
                json_key(out, keys[i], i == 0);
                strbuf_puts(out, f.v[i] && *f.v[i] ? f.v[i] : "null");
            } else {
                json_str(out, keys[i], f.v[i], i == 0);
            }
        }
        strbuf_puts(out, "}\n");
        break;
    case EXPORT_GDELT:
        gdelt_row(out, r, &f);
        break;
    case EXPORT_PHOENIX:
        phoenix_row(out, r, &f);
        break;
    case EXPORT_TABLE:
    default: {
        const char *name = event_name(r);
        strbuf_printf(out, "%-10s  %-12s  %-12s  %-5s  %-12s  %8lld  %s\n",
                      r->date && *r->date ? r->date : "-", r->source, r->target, r->cameo,
                      status_name(r->status), (long long)r->num_mentions, name ? name : "-");
        break;
    }
    }
}
