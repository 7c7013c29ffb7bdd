/* tree.h: reading a parsed sentence as a tree: the helpers a coder needs.
 *
 * Contract: ud_tree_build() indexes the children of every word of a parsed sentence (arena
 * memory); the sentence must not change afterwards. Nodes are word numbers 1..n, 0 is the
 * root. Relations are compared either whole ("obl:agent") or by their universal part
 * ("obl" matches "obl" and "obl:tmod"): ud_rel_is() with a name that has no ':' compares
 * the universal part, with one compares the whole. Every function is bounded by the
 * sentence length; none recurses, so deep trees cost no stack. */
#ifndef SITREP_SYNTAX_TREE_H
#define SITREP_SYNTAX_TREE_H

#include "base/arena.h"
#include "syntax/ud.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ud_tree {
    const ud_sentence *s;
    int32_t *first_child;  /* [0..n]: the first (leftmost) child, 0 when none */
    int32_t *next_sibling; /* [1..n]: the next child of the same head, 0 when none */
    /* [0..n], from one walk of the tree at build time, so that spans and dominance cost
       O(1) however deep the tree: the node's entry and exit times (-1 when the node is
       not reached from the root: a cycle in a malformed sentence) and its span */
    int32_t *enter, *leave, *lo, *hi;
} ud_tree;

void ud_tree_build(ud_tree *t, arena *a, const ud_sentence *s);

static inline const ud_word *ud_tree_word(const ud_tree *t, int node)
{
    return &t->s->words[node - 1];
}

/* Inline, as the coder and the repairs ask it of nearly every dependent they walk, nearly
 * always with a literal name: the compiler then unrolls the comparison into a few byte
 * tests (a call took about 3% of coding news). */
static inline bool ud_rel_is(const ud_word *w, const char *rel)
{
    /* one pass, most calls ending at the first byte */
    const char *d = w->deprel;
    if (!d)
        return false;
    bool subtyped = false;
    size_t i = 0;
    for (; rel[i]; i++) {
        if (d[i] != rel[i])
            return false;
        subtyped |= rel[i] == ':';
    }
    /* rel is a prefix of the relation: the whole of it, or its universal part when rel
     * names no subtype */
    return d[i] == '\0' || (d[i] == ':' && !subtyped);
}
/* The first child of `node` after child `after` (0: from the start) with relation rel
 * (NULL: any), or 0. */
int ud_tree_child(const ud_tree *t, int node, const char *rel, int after);
/* The subject of a predicate (nsubj, nsubj:pass, csubj), or 0. */
int ud_tree_subject(const ud_tree *t, int pred);
/* The direct object (obj), or 0. */
int ud_tree_object(const ud_tree *t, int pred);
/* The oblique (obl, or nmod for a noun) whose case marker is the preposition `prep`
 * (lower-case; a two-word one such as "according to" is matched by its first word), or 0. */
int ud_tree_oblique(const ud_tree *t, int head, const char *prep);
/* The lower-cased lemma (or form) of the case marker or mark of a node, or NULL. */
const char *ud_tree_case_of(const ud_tree *t, int node);
/* The first and last word numbers of the subtree of node. */
void ud_tree_span(const ud_tree *t, int node, int *first, int *last);
/* node and its conjuncts (its conj children, and theirs), in order; returns the count. */
int ud_tree_conjuncts(const ud_tree *t, int node, int *out, int cap);
/* Is a an ancestor of b (or b itself)? */
bool ud_tree_dominates(const ud_tree *t, int a, int b);

#endif
