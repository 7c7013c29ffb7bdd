/* tree.c: child indexes and argument helpers over a parsed sentence (see tree.h). */
#include "syntax/tree.h"

#include <ctype.h>
#include <string.h>

/* One depth-first walk from the root (an explicit stack: no recursion): entry and exit
 * times and the lowest and highest word of every subtree. */
static void index_subtrees(ud_tree *t, arena *a)
{
    int n = (int)t->s->n;
    t->enter = arena_alloc(a, ((size_t)n + 1) * sizeof *t->enter);
    t->leave = arena_alloc(a, ((size_t)n + 1) * sizeof *t->leave);
    t->lo = arena_alloc(a, ((size_t)n + 1) * sizeof *t->lo);
    t->hi = arena_alloc(a, ((size_t)n + 1) * sizeof *t->hi);
    int32_t *stack = arena_alloc(a, ((size_t)n + 1) * sizeof *stack);
    int32_t *next = arena_alloc(a, ((size_t)n + 1) * sizeof *next); /* child to visit */
    for (int i = 0; i <= n; i++) {
        t->enter[i] = t->leave[i] = -1;
        t->lo[i] = t->hi[i] = i;
    }
    int depth = 0, clock = 0;
    stack[depth++] = 0;
    t->enter[0] = clock++;
    next[0] = t->first_child[0];
    while (depth > 0) {
        int x = stack[depth - 1];
        int c = next[x];
        if (c && t->enter[c] < 0 && depth <= n) {
            next[x] = t->next_sibling[c];
            t->enter[c] = clock++;
            next[c] = t->first_child[c];
            stack[depth++] = c;
            continue;
        }
        if (c) { /* seen already (impossible in a tree): skip it */
            next[x] = t->next_sibling[c];
            continue;
        }
        t->leave[x] = clock++;
        depth--;
        if (depth > 0) {
            int h = stack[depth - 1];
            if (t->lo[x] < t->lo[h])
                t->lo[h] = t->lo[x];
            if (t->hi[x] > t->hi[h])
                t->hi[h] = t->hi[x];
        }
    }
}

void ud_tree_build(ud_tree *t, arena *a, const ud_sentence *s)
{
    t->s = s;
    t->first_child = arena_calloc(a, s->n + 1, sizeof *t->first_child);
    t->next_sibling = arena_calloc(a, s->n + 1, sizeof *t->next_sibling);
    /* right to left, so that each list comes out in word order */
    for (int i = (int)s->n; i >= 1; i--) {
        int h = s->words[i - 1].head;
        if (h < 0 || h > (int)s->n || h == i)
            continue;
        t->next_sibling[i] = t->first_child[h];
        t->first_child[h] = i;
    }
    index_subtrees(t, a);
}

int ud_tree_child(const ud_tree *t, int node, const char *rel, int after)
{
    int c = after ? t->next_sibling[after] : t->first_child[node];
    for (; c; c = t->next_sibling[c])
        if (!rel || ud_rel_is(ud_tree_word(t, c), rel))
            return c;
    return 0;
}

int ud_tree_subject(const ud_tree *t, int pred)
{
    int c = ud_tree_child(t, pred, "nsubj", 0);
    return c ? c : ud_tree_child(t, pred, "csubj", 0);
}

int ud_tree_object(const ud_tree *t, int pred)
{
    return ud_tree_child(t, pred, "obj", 0);
}

const char *ud_tree_case_of(const ud_tree *t, int node)
{
    int c = ud_tree_child(t, node, "case", 0);
    if (!c)
        c = ud_tree_child(t, node, "mark", 0);
    if (!c)
        return NULL;
    const ud_word *w = ud_tree_word(t, c);
    return w->lemma ? w->lemma : w->form;
}

static bool same_lower(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return false;
    return *a == *b;
}

int ud_tree_oblique(const ud_tree *t, int head, const char *prep)
{
    for (int c = t->first_child[head]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (!ud_rel_is(w, "obl") && !ud_rel_is(w, "nmod"))
            continue;
        const char *k = ud_tree_case_of(t, c);
        if (k && same_lower(k, prep))
            return c;
    }
    return 0;
}

void ud_tree_span(const ud_tree *t, int node, int *first, int *last)
{
    if (t->enter[node] >= 0) {
        *first = t->lo[node];
        *last = t->hi[node];
        return;
    }
    /* a node no walk from the root reaches: every word whose chain of heads reaches it
       (heads are checked with a step bound) */
    int lo = node, hi = node;
    int n = (int)t->s->n;
    for (int i = 1; i <= n; i++) {
        if ((i >= lo && i <= hi) || !ud_tree_dominates(t, node, i))
            continue;
        if (i < lo)
            lo = i;
        if (i > hi)
            hi = i;
    }
    *first = lo;
    *last = hi;
}

int ud_tree_conjuncts(const ud_tree *t, int node, int *out, int cap)
{
    int n = 0;
    if (cap > 0)
        out[n++] = node;
    for (int i = 0; i < n && n < cap; i++)
        for (int c = ud_tree_child(t, out[i], "conj", 0); c && n < cap;
             c = ud_tree_child(t, out[i], "conj", c))
            out[n++] = c;
    /* word order */
    for (int i = 1; i < n; i++)
        for (int j = i; j > 0 && out[j] < out[j - 1]; j--) {
            int x = out[j];
            out[j] = out[j - 1];
            out[j - 1] = x;
        }
    return n;
}

bool ud_tree_dominates(const ud_tree *t, int a, int b)
{
    if (t->enter[a] >= 0 && t->enter[b] >= 0)
        return t->enter[a] <= t->enter[b] && t->leave[b] <= t->leave[a];
    int n = (int)t->s->n;
    for (int steps = 0; b > 0 && steps <= n; steps++) {
        if (b == a)
            return true;
        b = t->s->words[b - 1].head;
    }
    return b == a;
}
