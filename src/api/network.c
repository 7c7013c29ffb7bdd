/* network.c: the actor network of a store (sitrep_store_network, sitrep.h): the actors
 * as nodes and the events between them as directed edges weighted by quad class (verbal /
 * material cooperation / conflict), in GraphML, DOT or JSON, built from the dyads. */
#include "api/api.h"

#include "base/strbuf.h"
#include "base/xalloc.h"

#include <stdlib.h>
#include <string.h>

typedef struct edge {
    char *source, *target;
    int64_t events, mentions, quad[5];
    double goldstein;
} edge;

typedef struct net {
    edge *e;
    size_t n, cap;
    int64_t min;
} net;

static int take(const store_dyad_row *r, void *vctx)
{
    net *g = vctx;
    if (r->events < g->min)
        return 0;
    g->e = xgrow(g->e, &g->cap, g->n + 1, sizeof *g->e);
    edge *e = &g->e[g->n++];
    e->source = xstrdup(r->source);
    e->target = xstrdup(r->target);
    e->events = r->events;
    e->mentions = r->mentions;
    memcpy(e->quad, r->quad, sizeof e->quad);
    e->goldstein = r->goldstein;
    return 0;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int cmp_edge(const void *a, const void *b)
{
    const edge *x = a, *y = b;
    int c = strcmp(x->source, y->source);
    return c ? c : strcmp(x->target, y->target);
}

static void xml_escape(strbuf *b, const char *s)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': strbuf_puts(b, "&lt;"); break;
        case '>': strbuf_puts(b, "&gt;"); break;
        case '&': strbuf_puts(b, "&amp;"); break;
        case '"': strbuf_puts(b, "&quot;"); break;
        case '\'': strbuf_puts(b, "&apos;"); break;
        default: strbuf_putc(b, *s);
        }
    }
}

static void dot_escape(strbuf *b, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '"' || *s == '\\')
            strbuf_putc(b, '\\');
        strbuf_putc(b, *s);
    }
}

static void free_net(net *g, char **nodes)
{
    for (size_t i = 0; i < g->n; i++) {
        free(g->e[i].source);
        free(g->e[i].target);
    }
    free(g->e);
    free(nodes);
}

sitrep_status sitrep_store_network(sitrep_store *s, const sitrep_query *q, int64_t min_events,
                                   int64_t top, const char *fmt, sitrep_write_fn fn,
                                   void *ctx, sitrep_error *err)
{
    if (!s || !fn || !fmt ||
        (strcmp(fmt, "graphml") && strcmp(fmt, "dot") && strcmp(fmt, "json")))
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_store_network: no store or "
                                 "callback, or a format other than graphml, dot, json"),
               SITREP_EUSAGE;
    store *st = store_api_store(s);
    net g = {0};
    g.min = min_events;
    store_filter f;
    char from[11], to[11];
    if (!query_to_range(q, &f, from, to, err))
        return SITREP_EUSAGE;
    if (!store_query_dyads_range(st, f.from, f.to, top, take, &g, err)) {
        free_net(&g, NULL);
        sitrep_error_classify(err, SITREP_ESTORE);
        return err ? err->code : SITREP_ESTORE;
    }
    if (g.n) /* qsort wants an array even for none */
        qsort(g.e, g.n, sizeof *g.e, cmp_edge);
    char **nodes = xcalloc(2 * g.n + 1, sizeof *nodes);
    size_t nn = 0;
    for (size_t i = 0; i < g.n; i++) {
        nodes[nn++] = g.e[i].source;
        nodes[nn++] = g.e[i].target;
    }
    qsort(nodes, nn, sizeof *nodes, cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < nn; i++)
        if (u == 0 || strcmp(nodes[u - 1], nodes[i]) != 0)
            nodes[u++] = nodes[i];
    nn = u;

    strbuf b = {0};
    store_actor_row ar;
    sitrep_error actor_err; /* a node the store cannot name goes without its data */
    if (strcmp(fmt, "graphml") == 0) {
        strbuf_puts(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                        "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                        "  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n"
                        "  <key id=\"role\" for=\"node\" attr.name=\"role\" attr.type=\"string\"/>\n"
                        "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n"
                        "  <key id=\"mentions\" for=\"edge\" attr.name=\"mentions\" attr.type=\"long\"/>\n"
                        "  <key id=\"q1\" for=\"edge\" attr.name=\"verbal_cooperation\" attr.type=\"long\"/>\n"
                        "  <key id=\"q2\" for=\"edge\" attr.name=\"material_cooperation\" attr.type=\"long\"/>\n"
                        "  <key id=\"q3\" for=\"edge\" attr.name=\"verbal_conflict\" attr.type=\"long\"/>\n"
                        "  <key id=\"q4\" for=\"edge\" attr.name=\"material_conflict\" attr.type=\"long\"/>\n"
                        "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
                        "  <graph id=\"sitrep\" edgedefault=\"directed\">\n");
        for (size_t i = 0; i < nn; i++) {
            strbuf_puts(&b, "    <node id=\"");
            xml_escape(&b, nodes[i]);
            strbuf_puts(&b, "\">");
            if (store_get_actor(st, nodes[i], &ar, &actor_err)) {
                const char *vals[3] = {ar.name, ar.country, ar.role};
                const char *keys[3] = {"name", "country", "role"};
                for (int k = 0; k < 3; k++)
                    if (vals[k]) {
                        strbuf_printf(&b, "<data key=\"%s\">", keys[k]);
                        xml_escape(&b, vals[k]);
                        strbuf_puts(&b, "</data>");
                    }
            }
            strbuf_puts(&b, "</node>\n");
        }
        for (size_t i = 0; i < g.n; i++) {
            edge *e = &g.e[i];
            strbuf_puts(&b, "    <edge source=\"");
            xml_escape(&b, e->source);
            strbuf_puts(&b, "\" target=\"");
            xml_escape(&b, e->target);
            strbuf_printf(&b, "\"><data key=\"events\">%lld</data><data key=\"mentions\">%lld</data>"
                              "<data key=\"q1\">%lld</data><data key=\"q2\">%lld</data>"
                              "<data key=\"q3\">%lld</data><data key=\"q4\">%lld</data>"
                              "<data key=\"goldstein\">%.1f</data></edge>\n",
                          (long long)e->events, (long long)e->mentions, (long long)e->quad[1],
                          (long long)e->quad[2], (long long)e->quad[3], (long long)e->quad[4],
                          e->goldstein);
        }
        strbuf_puts(&b, "  </graph>\n</graphml>\n");
    } else if (strcmp(fmt, "dot") == 0) {
        strbuf_puts(&b, "digraph sitrep {\n");
        for (size_t i = 0; i < nn; i++) {
            strbuf_puts(&b, "  \"");
            dot_escape(&b, nodes[i]);
            strbuf_puts(&b, "\";\n");
        }
        for (size_t i = 0; i < g.n; i++) {
            edge *e = &g.e[i];
            strbuf_puts(&b, "  \"");
            dot_escape(&b, e->source);
            strbuf_puts(&b, "\" -> \"");
            dot_escape(&b, e->target);
            strbuf_printf(&b, "\" [weight=%lld, label=\"%lld\", q1=%lld, q2=%lld, q3=%lld, q4=%lld,"
                              " goldstein=%.1f];\n",
                          (long long)e->events, (long long)e->events, (long long)e->quad[1],
                          (long long)e->quad[2], (long long)e->quad[3], (long long)e->quad[4],
                          e->goldstein);
        }
        strbuf_puts(&b, "}\n");
    } else {
        strbuf_puts(&b, "{\"nodes\":[");
        for (size_t i = 0; i < nn; i++) {
            strbuf_puts(&b, i ? ",{\"id\":\"" : "{\"id\":\"");
            strbuf_json_escape(&b, nodes[i], strlen(nodes[i]));
            strbuf_putc(&b, '"');
            if (store_get_actor(st, nodes[i], &ar, &actor_err)) {
                const char *vals[3] = {ar.name, ar.country, ar.role};
                const char *keys[3] = {"name", "country", "role"};
                for (int k = 0; k < 3; k++) {
                    strbuf_printf(&b, ",\"%s\":", keys[k]);
                    if (vals[k]) {
                        strbuf_putc(&b, '"');
                        strbuf_json_escape(&b, vals[k], strlen(vals[k]));
                        strbuf_putc(&b, '"');
                    } else {
                        strbuf_puts(&b, "null");
                    }
                }
            }
            strbuf_putc(&b, '}');
        }
        strbuf_puts(&b, "],\"edges\":[");
        for (size_t i = 0; i < g.n; i++) {
            edge *e = &g.e[i];
            strbuf_puts(&b, i ? ",{\"source\":\"" : "{\"source\":\"");
            strbuf_json_escape(&b, e->source, strlen(e->source));
            strbuf_puts(&b, "\",\"target\":\"");
            strbuf_json_escape(&b, e->target, strlen(e->target));
            strbuf_printf(&b, "\",\"events\":%lld,\"mentions\":%lld,\"quad\":{\"1\":%lld,\"2\":%lld,"
                              "\"3\":%lld,\"4\":%lld},\"goldstein\":%.1f}",
                          (long long)e->events, (long long)e->mentions, (long long)e->quad[1],
                          (long long)e->quad[2], (long long)e->quad[3], (long long)e->quad[4],
                          e->goldstein);
        }
        strbuf_puts(&b, "]}\n");
    }
    if (b.len)
        fn(b.data, b.len, ctx);
    strbuf_free(&b);
    free_net(&g, nodes);
    return SITREP_OK;
}
