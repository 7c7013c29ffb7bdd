/* tree_coder.c: from a dependency tree to events (see tree_coder.h).
 *
 * Every predicate becomes a short clause in plain word order ("Iran supplying drones to
 * Russia" out of "Britain accused Iran of supplying drones to Russia"), which the
 * lexicon's pattern matcher codes as it would a simple sentence. The tree decides what
 * belongs to the clause; the lexicon decides what the clause means. */
#include "coder/tree_coder.h"
#include "coder/tree_words.h"

#include "base/strbuf.h"
#include "cameo/cameo.h"
#include "syntax/repair.h"
#include "syntax/syntax.h"
#include "syntax/tree.h"
#include "syntax/ud_tokenize.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static bool lemma_in(const ud_word *w, const char *const *list)
{
    if (!w->lemma)
        return false;
    for (size_t i = 0; list[i]; i++)
        if (list[i][0] == w->lemma[0] && strcmp(w->lemma, list[i]) == 0)
            return true;
    return false;
}

/* Verbs of asking or ordering: their object is asked to do what follows ("urged Iran to
 * stop"), and what they ask for is asked of its owner ("called for Russia's release of
 * prisoners"). */
/* Nouns of armed acts, whose owner (a possessor, a "by" agent or a state's adjective) is
 * their author. */
static const char *const ACT_NOUNS = "attack shelling strike airstrike bombing bombardment "
                                     "raid offensive assault invasion incursion";

static const char *const ASKING[] = {"urge", "ask", "call", "press", "push", "encourage",
                                     "appeal", "invite", "request", "tell", "order", "demand",
                                     NULL};
/* Verbs whose content clause says what someone must do ("insisted that the government
   resign"). */
/* A state's envoys (those another state expels are no compatriots of it). */
static const char *const ENVOYS[] = {"diplomat", "ambassador", "envoy", "attache", "consul",
                                     NULL};

static const char *const INSISTING[] = {"insist", "recommend", "propose", "suggest", NULL};

/* A clausal modifier that carries the content of its head's event ("accused Iran of
 * supplying", "praised X for helping") rather than an event of its own. */
static bool content_clause(const ud_tree *t, int c)
{
    const char *mark = ud_tree_case_of(t, c);
    /* ("charged a blogger with insulting the president") */
    int h = ud_tree_word(t, c)->head;
    bool charge = mark && strcmp(mark, "with") == 0 && h > 0 &&
                  lemma_in(ud_tree_word(t, h), (const char *const[]){"charge", "indict", NULL});
    /* ("barred the opposition leader from running": a candidacy a ban forbids) */
    const ud_word *cwd = ud_tree_word(t, c);
    bool barred = mark && strcmp(mark, "from") == 0 && h > 0 && cwd->lemma &&
                  tree_word_in_list(cwd->lemma, "run contest stand hold seek") &&
                  lemma_in(ud_tree_word(t, h), (const char *const[]){"bar", "ban", "exclude",
                                                                     "disqualify", "prohibit",
                                                                     NULL});
    return mark && (strcmp(mark, "of") == 0 || strcmp(mark, "for") == 0 || charge || barred ||
                    strcmp(mark, "against") == 0); /* ("warned Iran against supplying") */
}

/* "negotiations on a troop pullback", "talks about Iran's programme": a preposition of
 * topic that the event noun does not take as an argument ("sanctions on X" takes "on")
 * names what the event is about, not a participant. */
static bool topic_of(const ud_tree *t, int c, const ud_word *noun)
{
    static const char *const TOPIC[] = {"on", "about", "over", "regarding", "concerning",
                                        NULL};
    const char *prep = ud_tree_case_of(t, c);
    if (!prep || !tree_is_event_noun(noun) || tree_event_noun_takes(noun, prep))
        return false;
    for (const char *const *q = TOPIC; *q; q++)
        if (strcmp(*q, prep) == 0)
            return true;
    return false;
}

/* "Navalny's release": the noun's owner is its patient when no "of" names its agent. */
static bool owner_is_patient(const ud_tree *t, int noun)
{
    return tree_patient_noun(ud_tree_word(t, noun)) && !ud_tree_oblique(t, noun, "of");
}

/* Is the event noun what a verb of asking asks for ("called for Russia's release of
 * prisoners", "appealed for Israel's withdrawal")? */
static bool asked_for(const ud_tree *t, int noun)
{
    const ud_word *nw = ud_tree_word(t, noun);
    const char *mark = ud_tree_case_of(t, noun);
    return nw->head > 0 && ud_rel_is(nw, "obl") && mark && strcmp(mark, "for") == 0 &&
           lemma_in(ud_tree_word(t, nw->head), ASKING);
}

/* Has the passive verb p a "by" agent? */
static bool passive_with_agent(const ud_tree *t, int p)
{
    return ud_tree_child(t, p, "obl:agent", 0) || ud_tree_oblique(t, p, "by");
}

/* The arguments of an event noun ("the attack on Kyiv by Russian forces") belong to the
 * noun's own event, not to the clause the noun stands in. */
static bool event_noun_argument(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (!(ud_rel_is(w, "nmod") || ud_rel_is(w, "obl")) || w->head <= 0)
        return false;
    const ud_word *noun = ud_tree_word(t, w->head);
    if (ud_rel_is(w, "nmod") && topic_of(t, c, noun))
        return true;
    /* all of them for an event noun that is a clause's subject ("the attack on Kyiv by
     * Russian forces killed ten people"); none for the object of a light verb ("imposed
     * sanctions on X", "held talks with X"); deeper in an argument, only its owner ("lift
     * embargoes on sales to Iran" keeps Iran) */
    if (!tree_is_event_noun(noun) || ud_rel_is(noun, "obj"))
        return false;
    /* ("Israel's strike on Gaza was condemned by Egypt": a passive's subject with its
       agent is the object of the active it reads as, "Egypt condemned Israel's strike") */
    if (ud_rel_is(noun, "nsubj:pass") && noun->head > 0 && passive_with_agent(t, noun->head))
        return false;
    /* (drills or exercises are an act on someone only "around", "near" or "off" them:
       "protested against China's drills" is against China) */
    if (noun->lemma && tree_word_in_list(noun->lemma, "drill exercise")) {
        bool placed = false;
        for (int k = t->first_child[w->head]; k && !placed; k = t->next_sibling[k])
            placed = ud_rel_is(ud_tree_word(t, k), "nmod") && ud_tree_case_of(t, k) &&
                     tree_word_in_list(ud_tree_case_of(t, k), "around near off");
        if (!placed)
            return false;
    }
    if (ud_rel_is(noun, "nsubj") || ud_rel_is(noun, "csubj"))
        return true;
    /* elsewhere its owner is its own actor, not the clause's ("consider new supplies
     * despite the Security Council's ban"), unless it suffers the act ("called for
     * Navalny's release": the call is for Navalny) or is asked to do it ("called for
     * Russia's release of prisoners": the call is to Russia) */
    /* (but a protest "against" an act is against its author, as the judgement of an
       object is: "Vietnam protested against China's deployment of a survey ship") */
    if (ud_rel_is(noun, "obl") && noun->head > 0 && ud_tree_case_of(t, w->head) &&
        strcmp(ud_tree_case_of(t, w->head), "against") == 0 &&
        lemma_in(ud_tree_word(t, noun->head),
                 (const char *const[]){"protest", "demonstrate", "rally", "march", NULL}))
        return false;
    return ud_rel_is(w, "nmod:poss") && !owner_is_patient(t, w->head) &&
           !asked_for(t, w->head);
}

/* "Iran-aligned militias" where the parse hung "Iran" on the noun, beside its participle
 * (or the adjective the tagger made of it): the word glued by a hyphen to a participle of
 * backing that qualifies the same noun is the participle's, as in hyphen_participle. */
static bool glued_backer(const ud_tree *t, int c)
{
    if (c + 2 > (int)t->s->n)
        return false;
    const ud_word *w = ud_tree_word(t, c), *h = ud_tree_word(t, c + 1), *p = ud_tree_word(t, c + 2);
    /* (asked of every word a clause walks: the tests on numbers first, the strings after) */
    /* (or the participle qualifies the noun right after it, the word hung elsewhere:
       "Serbia and Kosovo resumed EU-mediated talks" with "EU" the verb's) */
    bool beside = p->head == w->head ||
                  (p->head == c + 3 && w->head != c + 3 && ud_tree_word(t, c + 3)->head != c);
    if (w->space_after || h->space_after || !beside || w->head <= 0 ||
        !h->xpos || strcmp(h->xpos, "HYPH") != 0 || !ud_rel_is(p, "amod") || !p->xpos)
        return false;
    size_t len = strlen(p->form);
    if (!(strcmp(p->xpos, "VBN") == 0 || (strcmp(p->xpos, "JJ") == 0 && len > 4 &&
                                          strcmp(p->form + len - 2, "ed") == 0)))
        return false;
    /* (not the participles whose actor stands for the noun: "the Saudi-led coalition") */
    return !tree_word_in_list(p->form, "led headed owned flagged held controlled occupied "
                                       "installed appointed based run");
}

/* "Iranian-made drones", "Russian-backed separatists": the actor in a hyphenated
 * participle qualifies the noun; it is no participant of the clause. */
static bool hyphen_participle(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (glued_backer(t, c) || (c > 2 && glued_backer(t, c - 2)))
        return true; /* (the participle too: "aligned" is no verb of the clause) */
    if (!ud_rel_is(w, "amod") || !w->xpos || strcmp(w->xpos, "VBN") != 0 || c <= 2)
        return false;
    /* "the Saudi-led coalition", "US-led forces": the leader stands for what it leads;
       "a British-owned ship", "a Greek-flagged tanker": the owner for what it owns */
    /* "Russian-installed officials", "Moscow-appointed governors": so does the one who
       installed them, as coders read occupation authorities */
    if (w->lemma && tree_word_in_list(w->lemma, "lead head own flag hold control occupy install appoint"))
        return false;
    /* "a Pakistan-based militant group" is Pakistan's (emit() leaves "-based" out), unless
       the phrase names its own actor ("the Qatar-based Hamas leaders") or state ("London-
       based Iranian dissidents") */
    if (w->lemma && strcmp(w->lemma, "base") == 0 && w->head > 0) {
        /* (the noun itself or a name or a state's adjective on it, not the place's own
           name: "Hong Kong-based") */
        int place = c - 2;
        while (place > 1 && ud_tree_word(t, place - 1)->upos == UPOS_PROPN)
            place--;
        if (ud_tree_word(t, w->head)->upos == UPOS_PROPN)
            return true;
        for (int k = t->first_child[w->head]; k; k = t->next_sibling[k]) {
            const ud_word *kw = ud_tree_word(t, k);
            if ((kw->upos == UPOS_PROPN || isupper((unsigned char)kw->form[0])) &&
                (k < place || k > c) &&
                (ud_rel_is(kw, "compound") || ud_rel_is(kw, "flat") || ud_rel_is(kw, "appos") ||
                 ud_rel_is(kw, "amod")))
                return true;
        }
        return false;
    }
    const ud_word *h = ud_tree_word(t, c - 1);
    return h->xpos && strcmp(h->xpos, "HYPH") == 0 && !h->space_after &&
           !ud_tree_word(t, c - 2)->space_after;
}

/* Is node the "-based" of "a Pakistan-based militant group" (the participle glued by a
 * hyphen to the place before it), the "-held" of "rebel-held towns" or the "-controlled"
 * of "Kremlin-controlled television" (a participle of holding glued to a noun or a name,
 * the holder: not "state-owned", which the lexicon reads whole), or that hyphen? */
static bool qualifier_suffix(const ud_tree *t, int node)
{
    int n = (int)t->s->n;
    const ud_word *w = ud_tree_word(t, node);
    if (w->xpos && strcmp(w->xpos, "HYPH") == 0 && node < n)
        return !w->space_after && node > 1 && !ud_tree_word(t, node - 1)->space_after &&
               qualifier_suffix(t, node + 1);
    if (node <= 2 || !w->lemma || !w->xpos || strcmp(w->xpos, "VBN") != 0)
        return false;
    const ud_word *holder = ud_tree_word(t, node - 2);
    if (strcmp(w->lemma, "base") != 0 &&
        !(tree_word_in_list(w->lemma, "hold control occupy run") &&
          (holder->upos == UPOS_NOUN || holder->upos == UPOS_PROPN) &&
          holder->lemma && !tree_word_in_list(holder->lemma, "state government")))
        return false;
    const ud_word *h = ud_tree_word(t, node - 1);
    return h->xpos && strcmp(h->xpos, "HYPH") == 0 && !h->space_after &&
           !ud_tree_word(t, node - 2)->space_after;
}

/* Relations whose subtrees are clauses or asides of their own: never part of another
 * clause's words (they are coded as clauses of their own). Complements (xcomp, ccomp)
 * stay, so that verb patterns see what the verb governs ("agreed to send troops to"). */

/* "..., a Jordanian official confirmed": a verb of saying with its own subject, set off by
 * a comma after what it attributes, is the speaker's clause, wherever the parse hung it. */
/* ", a Jordanian official confirmed." closing the sentence, whatever the parse hung it
 * from ("this month, a Jordanian official confirmed" read as an apposition of "month"):
 * the sentence's attribution, no argument. */
static bool trailing_attribution(const ud_tree *t, int c)
{
    int n = (int)t->s->n, first, last;
    ud_tree_span(t, c, &first, &last);
    if (strcmp(ud_tree_word(t, first)->form, ",") == 0) /* (the comma may hang from it) */
        first++;
    if (first < 2 || first > last || last - first > 8 ||
        strcmp(ud_tree_word(t, first - 1)->form, ",") != 0)
        return false;
    if (!(last == n || (last == n - 1 && ud_tree_word(t, n)->upos == UPOS_PUNCT)))
        return false;
    return tree_verb_of_saying(ud_tree_word(t, last));
}

static bool attribution_clause(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (c <= ud_tree_word(t, c)->head || !tree_verb_of_saying(w) || !ud_tree_subject(t, c))
        return false;
    int first, last;
    ud_tree_span(t, c, &first, &last);
    return first > 1 && strcmp(ud_tree_word(t, first - 1)->form, ",") == 0;
}


/* "urged the government to release the men", read as a purpose clause: an infinitive
 * right after its verb's object says what the object is asked to do; it belongs to the
 * verb's clause (the appeal "to release": 0253), as the complement of a verb of asking
 * would. */
/* The one a verb of asking asks: its object ("urged Iran"), or whom it calls on ("called
 * on Israel"); 0 when none. */
static int asked_party(const ud_tree *t, int h)
{
    int obj = ud_tree_child(t, h, "obj", 0);
    if (obj || !lemma_in(ud_tree_word(t, h), ASKING))
        return obj;
    int on = ud_tree_oblique(t, h, "on");
    return on ? on : ud_tree_oblique(t, h, "upon");
}

static bool object_complement(const ud_tree *t, int c)
{
    const char *mark = ud_tree_case_of(t, c);
    int h = ud_tree_word(t, c)->head;
    if (!mark || strcmp(mark, "to") != 0 || h <= 0 || !lemma_in(ud_tree_word(t, h), ASKING))
        return false;
    int obj = asked_party(t, h);
    return obj && obj < c;
}

/* Is the comma c one between members of a list of nouns: before a conjunct, or before a
 * second subject of the same verb that the parse split off a list? */
static bool list_comma(const ud_tree *t, int c)
{
    int h = ud_tree_word(t, c)->head;
    const ud_word *hw = ud_tree_word(t, h);
    if (hw->upos != UPOS_PROPN && hw->upos != UPOS_NOUN)
        return false;
    if (ud_rel_is(hw, "conj"))
        return true;
    if (!ud_rel_is(hw, "nsubj") || hw->head <= 0)
        return false;
    for (int s = t->first_child[hw->head]; s; s = t->next_sibling[s])
        if (s < c && ud_rel_is(ud_tree_word(t, s), "nsubj"))
            return true;
    return false;
}

static bool bare_list_comma(const ud_tree *t, int c);

/* Is the comma c one between adjectives of one noun ("Polish, Czech and British
 * diplomats")? It is read as "and", as the lexicon reads "Swedish and Danish diplomats":
 * each adjective's state with the noun's agent, the noun's pattern matched for each. */
static bool adjective_list_comma(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (strcmp(w->form, ",") != 0 || w->head <= c)
        return false;
    const ud_word *hw = ud_tree_word(t, w->head);
    return hw->upos == UPOS_ADJ && ud_rel_is(hw, "conj") && hw->head > 0 && hw->head < c &&
           ud_rel_is(ud_tree_word(t, hw->head), "amod");
}

/* "agreed to withdraw under the terms of the UN resolution", "under pressure from China":
 * the frame an act follows names no participant of it (unlike "placed under house
 * arrest"). */
static bool frame_followed(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    const char *prep = ud_rel_is(w, "obl") ? ud_tree_case_of(t, c) : NULL;
    return prep && strcmp(prep, "under") == 0 && w->lemma &&
           tree_word_in_list(w->lemma, "term condition deal agreement accord resolution plan "
                                       "pressure law rule treaty framework arrangement "
                                       "provision");
}

/* Prepositions of a time or a circumstance ("follow": the parse reads "Following talks"
 * with a verb for its case word; "ahead" of "ahead of talks"). */
static const char *const TIME_PREPS = "during after before amid following follow ahead prior";

/* "agreed to restore relations after talks in Beijing", "imposed a curfew after clashes
 * between students and police": a phrase of time or circumstance frames the clause or the
 * noun; it holds none of their arguments. */
static bool time_frame(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    const char *when = ud_rel_is(w, "obl") || (ud_rel_is(w, "nmod") && !ud_rel_is(w, "nmod:poss"))
                           ? ud_tree_case_of(t, c) : NULL;
    if (when && strcmp(when, "of") == 0) { /* ("ahead of talks", "ahead" hung elsewhere) */
        int first, last;
        ud_tree_span(t, c, &first, &last);
        const ud_word *before = first > 1 ? ud_tree_word(t, first - 1) : NULL;
        return before && before->lemma && strcmp(before->lemma, "ahead") == 0;
    }
    return when && tree_word_in_list(when, TIME_PREPS);
}

/* "Russia and Ukraine held a new round of talks in Istanbul": where talks, a meeting or
 * a summit held by coordinated parties take place is their venue, no party of them (the
 * parse hangs "in Istanbul" on the noun, not on the verb, where places are left out). */
static bool venue_of_joint_talks(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    const char *prep = ud_rel_is(w, "nmod") && !ud_rel_is(w, "nmod:poss") ? ud_tree_case_of(t, c)
                                                                          : NULL;
    if (!prep || !tree_word_in_list(prep, "in at") || w->head <= 0)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    if (!h->lemma || !tree_word_in_list(h->lemma, "talk meeting summit negotiation consultation"))
        return false;
    int v = w->head;
    for (int steps = 0; v > 0 && ud_tree_word(t, v)->upos != UPOS_VERB && steps < 4; steps++)
        v = ud_tree_word(t, v)->head;
    if (v <= 0 || ud_tree_word(t, v)->upos != UPOS_VERB)
        return false;
    for (int x = t->first_child[v]; x; x = t->next_sibling[x])
        if (ud_rel_is(ud_tree_word(t, x), "nsubj") && ud_tree_child(t, x, "conj", 0))
            return true;
    return false;
}

static bool border_qualifier(const ud_tree *t, int c);

static bool pruned(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    static const char *const rels[] = {"acl", "parataxis", "dep", "list", "discourse",
                                       "vocative", "dislocated", "reparandum", "orphan",
                                       "punct", "csubj"};
    /* a hyphen inside a word ("Jong-un", "Iranian-made") is part of it */
    if (w->xpos && strcmp(w->xpos, "HYPH") == 0 && c > 1 && !ud_tree_word(t, c - 1)->space_after &&
        !w->space_after)
        return false;
    if (event_noun_argument(t, c) || hyphen_participle(t, c) || attribution_clause(t, c) ||
        trailing_attribution(t, c) || frame_followed(t, c) || border_qualifier(t, c))
        return true;
    if (time_frame(t, c) || venue_of_joint_talks(t, c))
        return true;
    /* "met Netanyahu ahead of talks with Egypt", the parse hanging the phrase on "ahead" */
    if (ud_rel_is(w, "advmod") && w->lemma && tree_word_in_list(w->lemma, "ahead prior") &&
        ud_tree_child(t, c, "obl", 0))
        return true;

    /* the comma of a list ("Egypt, Qatar and the United States"): the lexicon's reading
       of coordinated actors needs it between the members (the parse may make a member
       a second subject) */
    if (ud_rel_is(w, "punct") && w->head > c && strcmp(w->form, ",") == 0 && list_comma(t, c))
        return false;
    if (ud_rel_is(w, "punct") && (bare_list_comma(t, c) || adjective_list_comma(t, c)))
        return false; /* (emit reads it as "and") */
    /* (and the comma hung on the first member before the next: "Russia, Iran and Syria") */
    if (ud_rel_is(w, "punct") && strcmp(w->form, ",") == 0 && w->head > 0 && w->head < c &&
        c < (int)t->s->n) {
        for (int x = c + 1; x <= (int)t->s->n; x++) {
            const ud_word *xw = ud_tree_word(t, x);
            int first, last;
            if (!ud_rel_is(xw, "conj") || xw->head != w->head)
                continue;
            ud_tree_span(t, x, &first, &last);
            if (first == c + 1)
                return false;
        }
    }
    /* "France said that Germany said that Russia attacked": a clause takes in its own
     * content clause, not the content of that (which is a clause of its own), so that
     * nested speech costs linear, not quadratic, time */
    if (ud_rel_is(w, "ccomp") && w->head > 0 && ud_rel_is(ud_tree_word(t, w->head), "ccomp"))
        return true;
    for (size_t i = 0; i < sizeof rels / sizeof *rels; i++)
        if (ud_rel_is(w, rels[i]))
            return !(ud_rel_is(w, "acl") && !ud_rel_is(w, "acl:relcl") && content_clause(t, c));
    if (ud_rel_is(w, "advcl"))
        return !content_clause(t, c) && !object_complement(t, c);
    /* coordinated predicates are clauses of their own; coordinated nouns stay */
    if (ud_rel_is(w, "conj") && (w->upos == UPOS_VERB || w->upos == UPOS_AUX))
        return true;
    return false;
}

typedef struct clause_words {
    uint8_t *take; /* [1..n] */
    int *stack;
    /* [1..n], shared by every clause of the tree: pruned() of each node (0 not asked
     * yet, 1 no, 2 yes). The answer is the tree's alone, and a node is asked about again
     * for every predicate whose clause holds it. */
    uint8_t *pruned;
} clause_words;

static bool pruned_in(const ud_tree *t, const clause_words *cw, int c)
{
    if (!cw->pruned[c])
        cw->pruned[c] = pruned(t, c) ? 2 : 1;
    return cw->pruned[c] == 2;
}

/* The predicate's own dependents that are not part of its clause: besides the pruned
 * ones, dates (the document layer reads them from the sentence) and the coordinator
 * that links it to a previous predicate. */
static bool dropped_from_clause(const ud_tree *t, const clause_words *cw, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (ud_rel_is(w, "obl")) {
        /* "according to X": who says so (the document layer's), not a participant */
        const char *k = ud_tree_case_of(t, c);
        if (k && strcmp(k, "accord") == 0)
            return true;
        if (k && strcmp(k, "according") == 0)
            return true;
        /* "renewed negotiations today on a troop pullback": the topic of the object */
        int obj = w->head > 0 ? ud_tree_child(t, w->head, "obj", 0) : 0;
        if (obj && topic_of(t, c, ud_tree_word(t, obj)))
            return true;
    }
    /* "Bush and Baker agreed that NATO would not expand": what is agreed is no party to
       the agreement (its parties follow "with"); the content clause is coded on its own */
    if (ud_rel_is(w, "ccomp") && w->head > 0 && ud_tree_word(t, w->head)->lemma &&
        tree_word_in_list(ud_tree_word(t, w->head)->lemma, "agree concur"))
        return true;
    return pruned_in(t, cw, c) || ud_rel_is(w, "obl:tmod") || ud_rel_is(w, "obl:unmarked") ||
           ud_rel_is(w, "nmod:tmod") || ud_rel_is(w, "cc") || ud_rel_is(w, "mark");
}


/* The owner node names by a possessive that is no pronoun ("Poland's decision"), or 0. */
static int named_owner(const ud_tree *t, int node)
{
    int poss = ud_tree_child(t, node, "nmod:poss", 0);
    return poss && ud_tree_word(t, poss)->upos != UPOS_PRON ? poss : 0;
}

/* "X and its allies": a conjunct that is a common noun owned by a pronoun refers back to
 * the first conjunct's side; it is no participant of its own. */
static bool named_counterpart(const ud_tree *t, int c);

static bool back_referring_conjunct(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (!ud_rel_is(w, "conj") || w->upos != UPOS_NOUN)
        return false;
    int poss = ud_tree_child(t, c, "nmod:poss", 0);
    return poss && ud_tree_word(t, poss)->upos == UPOS_PRON && !named_counterpart(t, c);
}

/* "Modi and his Japanese counterpart": a conjunct owned by a pronoun that a state's name
 * qualifies is that state's party (the pronoun only relates it to the first). */
static bool named_counterpart(const ud_tree *t, int c)
{
    for (int k = t->first_child[c]; k && k < c; k = t->next_sibling[k]) {
        const ud_word *m = ud_tree_word(t, k);
        if ((ud_rel_is(m, "amod") || ud_rel_is(m, "compound")) &&
            (m->upos == UPOS_ADJ || m->upos == UPOS_PROPN) && isupper((unsigned char)m->form[0]))
            return true;
    }
    return false;
}

/* The possessive pronoun of such a conjunct, which the lexicon would read between the
 * coordinated actors ("and his Japanese counterpart"), is left out of the clause. */
static bool counterpart_pronoun(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (w->upos != UPOS_PRON || !ud_rel_is(w, "nmod:poss") || w->head <= 0)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    return ud_rel_is(h, "conj") && h->upos == UPOS_NOUN && named_counterpart(t, w->head);
}

/* Leaves node's whole subtree out of the clause. */
static void leave_out(const ud_tree *t, clause_words *cw, int node)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    for (int i = first; i <= last; i++)
        if (ud_tree_dominates(t, node, i))
            cw->take[i] = 0;
}

/* Marks node and its subtree, without the relations pruned() names. */
static void take_subtree(const ud_tree *t, clause_words *cw, int node)
{
    int depth = 0;
    cw->stack[depth++] = node;
    while (depth > 0) {
        int x = cw->stack[--depth];
        if (cw->take[x])
            continue;
        cw->take[x] = 1;
        for (int c = t->first_child[x]; c; c = t->next_sibling[c])
            if (!cw->take[c] && !pruned_in(t, cw, c) && !back_referring_conjunct(t, c) &&
                !counterpart_pronoun(t, c))
                cw->stack[depth++] = c;
    }
}

/* A subject's words: its subtree, and the subjects right after it that the parse split
 * off a name ("Human Rights Watch" read as the subjects "Human Rights" and "Watch") or
 * off a coordination. */
static void take_subject(const ud_tree *t, clause_words *cw, int subj)
{
    take_subtree(t, cw, subj);
    int first, last, h = ud_tree_word(t, subj)->head;
    ud_tree_span(t, subj, &first, &last);
    for (int c = h > 0 ? t->first_child[h] : 0; c; c = t->next_sibling[c]) {
        if (c <= last || !ud_rel_is(ud_tree_word(t, c), "nsubj"))
            continue;
        int cf, cl;
        ud_tree_span(t, c, &cf, &cl);
        /* (or after a conjunction the parse hung from the verb: "The United States and
           Britain carried out strikes" read as two subjects) */
        const ud_word *between = cf == last + 2 ? ud_tree_word(t, last + 1) : NULL;
        bool joined = between && between->head == h &&
                      (between->upos == UPOS_CCONJ || strcmp(between->form, ",") == 0);
        if (cf == last + 1 || joined) {
            if (joined)
                cw->take[last + 1] = 1;
            take_subtree(t, cw, c);
            last = cl;
        }
    }
}

static bool is_relative_pronoun(const ud_word *w)
{
    if (w->feats && strstr(w->feats, "PronType=Rel"))
        return true;
    if (!w->lemma)
        return false;
    return (w->upos == UPOS_PRON || w->upos == UPOS_DET) &&
           (strcmp(w->lemma, "which") == 0 || strcmp(w->lemma, "who") == 0 ||
            strcmp(w->lemma, "that") == 0);
}

/* Verbs that give their object a name ("called the move a provocation"): in a relative
 * clause the parse may take that name for the object. */
static bool naming_verb(const ud_word *w)
{
    return w->lemma && tree_word_in_list(w->lemma, "call brand label term dub");
}

/* "the companies (that) it accused of supplying drones": a relative clause with a subject
 * of its own and no object but, at most, its relative pronoun has its antecedent as its
 * object. Returns that antecedent, or 0. */
static int relative_object(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    /* (the parse may call it a plain clausal modifier, "that" its marker) */
    bool finite = pw->xpos && (strcmp(pw->xpos, "VBD") == 0 || strcmp(pw->xpos, "VBZ") == 0 ||
                               strcmp(pw->xpos, "VBP") == 0);
    if (!(ud_rel_is(pw, "acl:relcl") || (ud_rel_is(pw, "acl") && finite)) || pw->head <= 0 ||
        pw->upos != UPOS_VERB)
        return 0;
    int subj = ud_tree_child(t, p, "nsubj", 0);
    if (!subj || is_relative_pronoun(ud_tree_word(t, subj)))
        return 0;
    int obj = ud_tree_object(t, p);
    /* ("a move Seoul called a provocation": the parse takes the name given for the
       object, which the antecedent still is) */
    if (obj && obj > p && naming_verb(pw) && !ud_tree_child(t, p, "xcomp", 0) &&
        !is_relative_pronoun(ud_tree_word(t, obj)))
        obj = 0;
    if ((obj && !is_relative_pronoun(ud_tree_word(t, obj))) || ud_tree_child(t, p, "ccomp", 0))
        return 0;
    const ud_word *hw = ud_tree_word(t, pw->head);
    return hw->upos == UPOS_NOUN || hw->upos == UPOS_PROPN ? pw->head : 0;
}

/* The noun a relative pronoun stands for when the parse did not hang its clause from it:
 * the nearest noun before the pronoun, at the head of its coordination ("Iran and North
 * Korea, which have ..."). */
static int antecedent_before(const ud_tree *t, int pron)
{
    for (int k = pron - 1; k >= 1; k--) {
        const ud_word *w = ud_tree_word(t, k);
        if (w->upos == UPOS_PUNCT)
            continue;
        if (w->upos != UPOS_NOUN && w->upos != UPOS_PROPN && w->upos != UPOS_PRON)
            return 0;
        /* up through compounds and conjuncts to the phrase's head */
        int n = (int)t->s->n, x = k;
        for (int steps = 0; steps <= n; steps++) {
            const ud_word *xw = ud_tree_word(t, x);
            if (xw->head <= 0 || !(ud_rel_is(xw, "conj") || ud_rel_is(xw, "compound") ||
                                   ud_rel_is(xw, "flat")))
                break;
            x = xw->head;
        }
        return x;
    }
    return 0;
}

/* "We will send more tanks," the Polish president said: "we" in what a speaker says is the
 * speaker's side. The speaker is the subject (not a pronoun) of a verb of saying in the
 * sentence; 0 when there is none. */
static int speaker_of_sentence(const ud_tree *t)
{
    int n = (int)t->s->n;
    for (int v = 1; v <= n; v++) {
        int s = tree_verb_of_saying(ud_tree_word(t, v)) ? ud_tree_subject(t, v) : 0;
        if (s && ud_tree_word(t, s)->upos != UPOS_PRON)
            return s;
    }
    return 0;
}

/* The nearest subject before word w that is a noun or a name (no pronoun), or 0. */
static int earlier_subject(const ud_tree *t, int w)
{
    for (int k = w - 1; k >= 1; k--) {
        const ud_word *c = ud_tree_word(t, k);
        if (ud_rel_is(c, "nsubj") && c->upos != UPOS_PRON && !is_relative_pronoun(c))
            return k;
    }
    return 0;
}

/* Nouns of office, which name a person ("he", "she"), never a thing ("its"). */
static const char *const OFFICE[] = {"president", "minister", "leader", "chief", "secretary",
                                     "spokesman", "spokeswoman", "spokesperson", "official",
                                     "ambassador", "king", "queen", "premier", "chancellor",
                                     "governor", "mayor", "commander", "envoy", "diplomat",
                                     NULL};
/* Nouns of what a person does, which "he" or "she" may stand for. */
static const char *const PERSON_ROLES[] = {"journalist", "reporter", "activist", "lawyer",
                                           "dissident", "politician", "lawmaker", "candidate",
                                           "critic", "opponent", "protester", "soldier",
                                           "officer", "suspect", "prisoner", "judge", NULL};

/* A personal pronoun subject ("it", "they") stands for the subject of an earlier clause of
 * the same sentence, the role that English keeps across clauses ("Russia was violating the
 * sanctions it had agreed to"); the previous sentences are the document layer's. Returns
 * that subject, or 0. */
static int pronoun_antecedent(const ud_tree *t, int pron)
{
    const ud_word *w = ud_tree_word(t, pron);
    static const char *const personal[] = {"it", "they", "he", "she", NULL};
    if (w->upos != UPOS_PRON || !w->lemma)
        return 0;
    if (strcmp(w->lemma, "we") == 0)
        return speaker_of_sentence(t);
    bool is_personal = false;
    for (size_t i = 0; personal[i]; i++)
        is_personal |= strcmp(w->lemma, personal[i]) == 0;
    /* "Khamenei warned Israel of a crushing response if it attacks": the one warned is the
       one whose act a condition names */
    const ud_word *cl = w->head > 0 ? ud_tree_word(t, w->head) : NULL;
    const char *cond = cl && ud_rel_is(cl, "advcl") ? ud_tree_case_of(t, w->head) : NULL;
    int gov = cl ? cl->head : 0; /* (through the nouns: "of a response if it attacks") */
    for (int steps = 0; gov > 0 && steps < 4 && ud_tree_word(t, gov)->upos != UPOS_VERB; steps++)
        gov = ud_tree_word(t, gov)->head;
    if (is_personal && cond && tree_word_in_list(cond, "if unless") && gov > 0 &&
        lemma_in(ud_tree_word(t, gov), (const char *const[]){"warn", "threaten", NULL})) {
        int warned = ud_tree_child(t, gov, "obj", 0);
        if (warned && warned < pron && ud_tree_word(t, warned)->upos == UPOS_PROPN)
            return warned;
    }
    int ante = is_personal ? earlier_subject(t, pron) : 0;
    /* "hundreds of demonstrators came out against US troops when they arrested a bride":
       "they" who use force are the armed ones the clause before names, not the crowd */
    static const char *const force[] = {"arrest", "detain", "kill", "shoot", "attack", "raid",
                                        "beat", "fire", "shell", "bomb", "abduct", NULL};
    static const char *const crowd[] = {"demonstrator", "protester", "people", "crowd",
                                        "resident", "civilian", "student", "worshipper",
                                        "villager", NULL};
    static const char *const armed[] = {"troops", "troop", "soldier", "police", "force",
                                        "army", "military", "marine", "guard", "militia",
                                        "militiaman", "gunman", "rebel", NULL};
    int head = w->head;
    if (ante && strcmp(w->lemma, "they") == 0 && head > 0 &&
        lemma_in(ud_tree_word(t, head), force)) {
        int a = ante; /* (the crowd: the subject or the noun a quantity counts) */
        if (!lemma_in(ud_tree_word(t, a), crowd) && ud_tree_child(t, a, "nmod", 0))
            a = ud_tree_child(t, a, "nmod", 0);
        const ud_word *aw = ud_tree_word(t, a); /* (or a people: "Iraqis") */
        if (lemma_in(aw, crowd) || (aw->xpos && strcmp(aw->xpos, "NNPS") == 0))
            for (int k = ante + 1; k < pron; k++)
                if (ud_tree_word(t, k)->upos == UPOS_NOUN && lemma_in(ud_tree_word(t, k), armed) &&
                    !ud_rel_is(ud_tree_word(t, k), "compound"))
                    return k;
    }
    /* "A court sentenced Imran Khan, a day after he was jailed": "he" or "she" stands for
       no thing, but for the last person named before it */
    const ud_word *sw = ante ? ud_tree_word(t, ante) : NULL;
    if (sw && tree_word_in_list(w->lemma, "he she") && sw->upos == UPOS_NOUN &&
        !tree_person_noun(sw) && !lemma_in(sw, OFFICE) && !lemma_in(sw, PERSON_ROLES)) {
        int person = 0;
        for (int k = pron - 1; k > 0 && !person; k--) {
            const ud_word *kw = ud_tree_word(t, k);
            if (kw->deprel && (ud_rel_is(kw, "obj") || ud_rel_is(kw, "nsubj") || ud_rel_is(kw, "obl")) &&
                ((kw->upos == UPOS_PROPN && ud_tree_child(t, k, "flat", 0)) ||
                 (kw->upos == UPOS_NOUN && (tree_person_noun(kw) || lemma_in(kw, OFFICE) ||
                                            lemma_in(kw, PERSON_ROLES)))))
                person = k;
        }
        return person;
    }
    /* "Crowds gathered outside the Russian embassy while it expelled Polish diplomats":
       "it" stands for no plural noun, but for the singular argument of that clause */
    const ud_word *aw = ante ? ud_tree_word(t, ante) : NULL;
    if (aw && strcmp(w->lemma, "it") == 0 && aw->xpos && strcmp(aw->xpos, "NNS") == 0) {
        int found = 0;
        for (int k = ante + 1; k < pron; k++) {
            const ud_word *kw = ud_tree_word(t, k);
            if (kw->head == aw->head && (ud_rel_is(kw, "obj") || ud_rel_is(kw, "obl")) &&
                kw->xpos && (strcmp(kw->xpos, "NN") == 0 || strcmp(kw->xpos, "NNP") == 0))
                found = k;
        }
        return found;
    }
    return ante;
}

/* "Israel said its forces arrested 15 Palestinians": the possessive pronoun ("its",
 * "their") that owns a subject stands, like "it", for the subject of an earlier clause of
 * the sentence (the speaker). Returns that pronoun's word in *pron and the antecedent, or
 * 0. */
static int possessive_antecedent(const ud_tree *t, int subj, int *pron)
{
    int q = ud_tree_child(t, subj, "nmod:poss", 0);
    const ud_word *w = q ? ud_tree_word(t, q) : NULL;
    if (!w || w->upos != UPOS_PRON || !w->lemma ||
        !tree_word_in_list(w->lemma, "its their it they his he her she"))
        return 0;
    int k = earlier_subject(t, q);
    if (k && ud_tree_dominates(t, subj, k))
        k = 0;
    /* "The president vowed to defeat al-Shabaab, a day after its fighters stormed a
       hotel": "its" stands for no person, but for the last thing named as an object
       before it */
    const ud_word *kw = k ? ud_tree_word(t, k) : NULL;
    if (kw && strcmp(w->lemma, "its") == 0 && (tree_person_noun(kw) || lemma_in(kw, OFFICE))) {
        int thing = 0;
        for (int x = q - 1; x > k && !thing; x--) {
            const ud_word *xw = ud_tree_word(t, x);
            if ((xw->upos == UPOS_NOUN || xw->upos == UPOS_PROPN) && xw->deprel &&
                (strcmp(xw->deprel, "obj") == 0 || strcmp(xw->deprel, "obl") == 0) &&
                !tree_person_noun(xw) && !tree_calendar_word(xw) && !lemma_in(xw, OFFICE) &&
                !ud_tree_dominates(t, subj, x))
                thing = x;
        }
        k = thing;
    }
    if (k)
        *pron = q;
    return k;
}

/* A noun that names a span of time ("two weeks", "months", "a long time"). */
static bool span_of_time(const ud_word *w)
{
    static const char *const spans[] = {"second", "minute", "hour", "day", "week", "month",
                                        "year", "decade", "time", "while", "age", NULL};
    return w->upos == UPOS_NOUN && lemma_in(w, spans);
}

/* The subject a predicate has or inherits: its own (a relative pronoun stands for the
 * noun the clause modifies); else, up the tree, that of the verb it is coordinated with;
 * the object of the verb that controls it ("urged Iran to stop", "accused Iran of
 * supplying") or that verb's subject ("agreed to send"); the noun a relative or
 * participial clause modifies. Returns 0 when there is none. */
static int subject_of(const ud_tree *t, int p, bool *inherited)
{
    int n = (int)t->s->n;
    *inherited = false;
    for (int steps = 0; p > 0 && steps <= n; steps++) {
        int s = ud_tree_subject(t, p);
        const ud_word *pw = ud_tree_word(t, p);
        if (s) {
            if (is_relative_pronoun(ud_tree_word(t, s))) {
                *inherited = true;
                if (ud_rel_is(pw, "acl") && pw->head > 0)
                    return pw->head;
                return antecedent_before(t, s);
            }
            int ante = pronoun_antecedent(t, s);
            if (ante) {
                *inherited = true;
                return ante;
            }
            return s;
        }
        int h = pw->head;
        if (h <= 0)
            return 0;
        *inherited = true;
        if (ud_rel_is(pw, "conj")) {
            p = h;
            continue;
        }
        /* "Ukraine accused Russia of executing prisoners, calling it a war crime": a
           participle after a comma, hung on the content of an accusation, is the
           accuser's */
        if (ud_rel_is(pw, "advcl") && pw->xpos && strcmp(pw->xpos, "VBG") == 0 && p > 1 &&
            strcmp(ud_tree_word(t, p - 1)->form, ",") == 0 && content_clause(t, h) &&
            (ud_rel_is(ud_tree_word(t, h), "advcl") || ud_rel_is(ud_tree_word(t, h), "acl"))) {
            int accuser = ud_tree_word(t, h)->head;
            while (accuser > 0 && ud_tree_word(t, accuser)->upos != UPOS_VERB)
                accuser = ud_tree_word(t, accuser)->head;
            if (accuser > 0) {
                p = accuser;
                continue;
            }
        }
        if (ud_rel_is(pw, "xcomp") || ud_rel_is(pw, "advcl") || ud_rel_is(pw, "acl")) {
            const ud_word *hw = ud_tree_word(t, h);
            const char *mark = ud_tree_case_of(t, p);
            if (ud_rel_is(pw, "acl") && mark && strcmp(mark, "to") == 0 &&
                (hw->upos == UPOS_NOUN || hw->upos == UPOS_PRON)) {
                /* "his desire to strengthen ties", "the decision to send troops": the one
                 * who desires or decides, i.e. the noun's owner, or the subject of the verb
                 * that has the noun as its argument */
                int owner = ud_tree_child(t, h, "nmod:poss", 0);
                if (named_owner(t, h))
                    return owner;
                int v = hw->head;
                if (v > 0 && ud_tree_word(t, v)->upos == UPOS_VERB &&
                    (ud_rel_is(hw, "obj") || ud_rel_is(hw, "obl") || ud_rel_is(hw, "conj"))) {
                    p = v;
                    continue;
                }
                return owner;
            }
            /* "The EU issued a statement urging Serbia to recognize Kosovo": what a
               document issued, adopted or sent says is its author's, the subject of the
               verb that issued it */
            static const char *const documents[] = {
                "statement", "resolution", "declaration", "communique", "letter", "note",
                "decree", "message", "motion", "bill", "text", "report", "appeal", NULL};
            static const char *const issuing[] = {
                "issue", "adopt", "release", "publish", "pass", "send", "sign", "approve",
                "deliver", "draft", "circulate", "table", "submit", "write", "unveil", NULL};
            if (ud_rel_is(pw, "acl") && pw->xpos && strcmp(pw->xpos, "VBG") == 0 &&
                hw->upos == UPOS_NOUN && lemma_in(hw, documents) && ud_rel_is(hw, "obj") &&
                hw->head > 0 && lemma_in(ud_tree_word(t, hw->head), issuing) &&
                ud_tree_subject(t, hw->head)) {
                p = hw->head;
                continue;
            }
            if (hw->upos == UPOS_NOUN || hw->upos == UPOS_PROPN || hw->upos == UPOS_PRON) {
                /* "drones supplied by Iran": the noun is the object of a passive
                 * participle, the subject of an active one */
                if (pw->xpos && strcmp(pw->xpos, "VBN") == 0)
                    return 0;
                return h;
            }
            int obj = ud_tree_object(t, h);
            if (!obj || is_relative_pronoun(ud_tree_word(t, obj))) {
                int ante = relative_object(t, h); /* "companies it accused of supplying" */
                obj = ante ? ante : obj;
            }
            if (!obj && object_complement(t, p))
                obj = asked_party(t, h); /* "called on Israel to withdraw" */
            /* (and the object of a verb of asking, whatever the parse calls the
               infinitive after it: "ordered the army to drive the troops out") */
            /* ("charged a man with attempting to ...": the one charged) */
            bool charged = mark && strcmp(mark, "with") == 0 && hw->lemma &&
                           tree_word_in_list(hw->lemma, "charge indict");
            /* ("The revolt took two weeks to be suppressed by the army": a span of time
               the verb takes or needs controls nothing; its subject does) */
            if (obj && span_of_time(ud_tree_word(t, obj)))
                obj = 0;
            if (obj && (ud_rel_is(pw, "xcomp") || object_complement(t, p) || charged ||
                        (mark && (strcmp(mark, "of") == 0 || strcmp(mark, "for") == 0 ||
                                  strcmp(mark, "against") == 0))))
                return obj;
            p = h;
            continue;
        }
        return 0;
    }
    return 0;
}

typedef struct syn_word {
    uint32_t syn_start, syn_end; /* in the clause text */
    uint32_t start, end;         /* in the document */
} syn_word_map;

typedef struct clause_text {
    strbuf text;
    syn_word_map *map;
    size_t n, cap;
    int last;      /* last word emitted, 0 at a block start */
} clause_text;

/* A new entry of the clause's map from its text to the document (arena memory). */
static syn_word_map *add_mapping(clause_text *ct, arena *a)
{
    ct->map = arena_grow(a, ct->map, ct->n, &ct->cap, ct->n + 1, sizeof *ct->map);
    return &ct->map[ct->n++];
}

/* "Iran, Saudi Arabia agree": a comma that alone joins two conjuncts (a headline's "and")
 * is read as "and", which the lexicon's reading of coordinated actors needs. */
static bool bare_list_comma(const ud_tree *t, int c)
{
    int n = (int)t->s->n;
    if (strcmp(ud_tree_word(t, c)->form, ",") != 0 || c >= n)
        return false;
    for (int x = c + 1; x <= n; x++) {
        const ud_word *w = ud_tree_word(t, x);
        if (!ud_rel_is(w, "conj") || w->head <= 0 || w->head >= c)
            continue;
        int first, last;
        ud_tree_span(t, x, &first, &last);
        if (first != c + 1)
            continue;
        /* (a coordination with its own "and" is a list, whose commas stay commas) */
        for (int y = 1; y <= n; y++)
            if (ud_rel_is(ud_tree_word(t, y), "cc") &&
                (ud_tree_word(t, y)->head == w->head || ud_tree_dominates(t, w->head, y)))
                return false;
        return true;
    }
    return false;
}

/* Is the word the coordinator "as well as" ("Russia as well as Belarus"), or one of its
 * last two words? */
static bool as_well_as(const ud_tree *t, int node, bool *tail)
{
    const ud_word *w = ud_tree_word(t, node);
    *tail = false;
    if (w->form[0] != 'a' && w->form[0] != 'w')
        return false;
    if (ud_rel_is(w, "fixed") && w->head > 0 && as_well_as(t, w->head, tail)) {
        *tail = true;
        return true;
    }
    int fixed = ud_rel_is(w, "cc") && strcmp(w->form, "as") == 0 ? ud_tree_child(t, node, "fixed", 0)
                                                                 : 0;
    return fixed && strcmp(ud_tree_word(t, fixed)->form, "well") == 0;
}

/* Is the word the coordinator "along with", "together with" or "alongside" that
 * repair_companion made of a subject's or object's companion, or the "with" after it? */
static bool companion_cc(const ud_tree *t, int node, bool *tail)
{
    const ud_word *w = ud_tree_word(t, node);
    *tail = false;
    if (ud_rel_is(w, "fixed") && strcmp(w->form, "with") == 0 && w->head > 0 &&
        companion_cc(t, w->head, tail)) {
        *tail = true;
        return true;
    }
    if (!ud_rel_is(w, "cc"))
        return false;
    if (strcmp(w->form, "alongside") == 0)
        return true;
    int fixed = strcmp(w->form, "along") == 0 || strcmp(w->form, "together") == 0
                    ? ud_tree_child(t, node, "fixed", 0) : 0;
    return fixed && strcmp(ud_tree_word(t, fixed)->form, "with") == 0;
}

/* Does the word ("anti-Iranian") qualify people ("militants", "protesters"), not an act or
 * a thing ("anti-Iranian protests", "anti-American slogans")? */
static bool anti_people(const ud_tree *t, int node)
{
    const ud_word *w = ud_tree_word(t, node);
    const ud_word *h = w->head > 0 && ud_rel_is(w, "amod") ? ud_tree_word(t, w->head) : NULL;
    return h && h->lemma &&
           tree_word_in_list(h->lemma, "protester protestor demonstrator activist militant "
                                       "fighter rebel militia gunman insurgent group crowd rioter mob "
                                       "lawmaker politician student "
                                       /* (organised bodies of people: "anti-India outfits") */
                                       "outfit organization organisation faction movement "
                                       "force element network terrorist extremist separatist "
                                       "guerrilla alliance");
}

static void emit(clause_text *ct, const ud_tree *t, const char *doc, int node, arena *a)
{
    const ud_word *w = ud_tree_word(t, node);
    /* "a Pakistan-based militant group" is Pakistan's, as "a Pakistani militant group"
       would be: the place a group is based in is its state, and the lexicon reads
       "Pakistan militant group" (with "based" between them it found no agent) */
    if (qualifier_suffix(t, node))
        return;
    /* "Russia has launched air strikes": the perfect's auxiliary is no verb for the
       lexicon to read ("have ... strikes" would be a labour strike) */
    if (w->upos == UPOS_AUX && ud_rel_is(w, "aux") && w->lemma && strcmp(w->lemma, "have") == 0 &&
        w->head > 0 && ud_tree_word(t, w->head)->upos == UPOS_VERB)
        return;
    bool tail, as_well = as_well_as(t, node, &tail);
    if (!as_well)
        as_well = companion_cc(t, node, &tail);
    if (as_well && tail)
        return; /* ("as well as" reads as "and", written at its first word) */
    bool and_comma = bare_list_comma(t, node) || adjective_list_comma(t, node) || as_well;
    bool glued = !and_comma && ct->last && ct->last + 1 == node &&
                 !ud_tree_word(t, ct->last)->space_after;
    if (ct->text.len && !glued)
        strbuf_putc(&ct->text, ' ');
    syn_word_map *m = add_mapping(ct, a);
    m->syn_start = (uint32_t)ct->text.len;
    m->start = w->start;
    m->end = w->end;
    /* the tagger tells "US" the state from "us" the pronoun, which the dictionaries,
     * reading upper case, cannot ("agreed to US mediation") */
    bool currency = !w->space_after && node < (int)t->s->n &&
                    strcmp(ud_tree_word(t, node + 1)->form, "$") == 0;
    size_t flen = w->end - w->start;
    if (currency)
        strbuf_puts(&ct->text, "money"); /* "US$ 20,000" is an amount, not the US */
    else if (flen > 5 && strncasecmp(doc + w->start, "anti-", 5) == 0 &&
             isupper((unsigned char)doc[w->start + 5]) && anti_people(t, node))
        return; /* ("anti-Iranian militants" are no Iranians, nor the ones acted on) */
    else if (flen > 5 && strncasecmp(doc + w->start, "anti-", 5) == 0 &&
             isupper((unsigned char)doc[w->start + 5])) {
        /* "chanted anti-American slogans", "anti-Israel protests": against that state */
        strbuf_puts(&ct->text, "against ");
        strbuf_append(&ct->text, doc + w->start + 5, flen - 5);
    } else if (and_comma)
        strbuf_puts(&ct->text, "and");
    else if (w->upos == UPOS_PROPN && strcmp(w->form, "US") == 0)
        strbuf_puts(&ct->text, "U.S.");
    else
        strbuf_append(&ct->text, doc + w->start, w->end - w->start);
    m->syn_end = (uint32_t)ct->text.len;
    ct->last = node;
}

/* Appends a state's name (words the lexicon codes as that state) to a clause, mapped to
 * the text that stands as its evidence. */
static void put_state(clause_text *ct, arena *a, const char *words, size_t len, span evidence)
{
    if (ct->text.len)
        strbuf_putc(&ct->text, ' ');
    uint32_t from = (uint32_t)ct->text.len;
    /* (the state's "US" is the state, as emit() writes it: "with US" is the pronoun's
       null entry to the dictionaries) */
    if (len == 2 && memcmp(words, "US", 2) == 0)
        strbuf_puts(&ct->text, "U.S.");
    else
        strbuf_append(&ct->text, words, len);
    *add_mapping(ct, a) = (syn_word_map){from, (uint32_t)ct->text.len, evidence.start,
                                         evidence.end};
    ct->last = 0;
}

/* Is `inner` (not empty) inside `outer`? */
static bool span_within(span inner, span outer)
{
    return inner.end > inner.start && inner.start >= outer.start && inner.end <= outer.end;
}

/* The document span of the clause words a clause-text span covers. */
static span map_span(const clause_text *ct, span s)
{
    span out = {0, 0};
    if (s.end <= s.start)
        return out;
    bool any = false;
    for (size_t i = 0; i < ct->n; i++) {
        const syn_word_map *m = &ct->map[i];
        if (m->syn_end <= s.start || m->syn_start >= s.end)
            continue;
        if (!any || m->start < out.start)
            out.start = m->start;
        if (!any || m->end > out.end)
            out.end = m->end;
        any = true;
    }
    return out;
}

typedef struct tree_run {
    span question; /* the sentence's closing question mark, when it ends with one */
    const lexicon *lx;
    coder_options opt;
    const syntax_model *m;
    arena *a;
    const char *text;
    int32_t date;
    uint32_t index;
    const sentence_context *ctx;
    span sentence;
    event *ev;
    size_t nev, cap;
    size_t piece_first; /* the first event of the piece being coded (code_tree) */
    span *covered; /* verbs passed over as part of another predicate's event */
    size_t ncovered, capcovered;
    span *not_verbs; /* words the tagger reads as modifiers or noun heads, where no verb
                        entry may start */
    size_t nnot_verbs, capnot_verbs;
    span *force_patients; /* who an act of force ("the attack on Syria") was done to */
    size_t nforce, capforce;
    const parsed_sentence *shallow; /* the shallow reading of the sentence (its words'
                                       actor and agent roots), or NULL */
    span subject; /* the current clause's subject words: an event inside them alone is an
                     artefact of a long name ("U.S. Secretary of State Warren Christopher") */
    span *excluded; /* words that are no participant of any clause (see exclude_spans) */
    size_t nexcluded, capexcluded;
    span *places; /* where a group without a country was ("protesters outside the French
                     embassy"): no participant, and no state the sentence names for it */
    size_t nplaces, capplaces;
    span *content; /* content clauses with their own subject ("reported that the Guards
                      seized a tanker"): no actor outside one is an argument of its verbs */
    size_t ncontent, capcontent;
    span *verb_subjects; /* triples (verb, its active subject, its clause) of the tree's
                            predicates: the shallow reading may not make such a subject its
                            verb's target for a source outside the clause */
    size_t nverb_subjects, capverb_subjects;
    span *clause_subjects; /* sources of the tree's events that are their clause's own
                              subject: no target of a verb outside that clause */
    size_t nclause_subjects, capclause_subjects;
    const char *first_actor;
    span patient; /* an agentless passive's subject: never the clause's source */
    struct passive_verb {
        span verb, patient, content; /* content: its clausal complements ("of deporting") */
    } *passives; /* agentless passives the tree found, for the shallow fallback */
    size_t npassives, cappassives;
    named_person *persons; /* private persons the sentence introduces (find_persons) */
    size_t npersons, cappersons;
    sentence_context pctx; /* ctx with those persons' surnames as actors */
    int venue;            /* the place phrase code_clause last refused as a target, or 0 */
    bool patient_subject; /* the clause being coded has its patient as subject (an implied
                             agent): its future is no intent of the source's */
    const ud_tree *tree;  /* the tree being coded, or NULL */
    uint8_t *pruned;      /* its clause_words' pruned, or NULL */
    int argument_without; /* a node add_argument_as leaves out of the argument it takes
                             (an event noun's agent hung inside its patient), or 0 */
    int said_owner;       /* "our" in what a speaker says, read as the speaker ... */
    int said_speaker;     /* ... whose words take its place in the clause; 0 when none */
} tree_run;

/* Adds an event unless the piece has it already (events of other pieces have other
 * verbs, so the search stays within the piece and the cost linear in the sentence). */
/* "Vietnam protested China's construction": a state or its government that protests
 * complains officially (114); the dissent of 140 is people's. */
static bool official_protest(const event *e)
{
    const char *src = e->source.code;
    if (strcmp(e->code, "140") != 0 || !src || !isupper((unsigned char)src[0]))
        return false;
    size_t n = strlen(src);
    /* (a state's government or military: "Japan's defence ministry protested the launch";
       a member of parliament protests in dissent) */
    if (n == 6 && (strcmp(src + 3, "GOV") == 0 || strcmp(src + 3, "MIL") == 0))
        return true;
    if (n != 3 || !cameo_actor_is_state(src) || !e->source.text)
        return false;
    /* the state by its name, not its people ("Israelis", "Ukrainians", "Iraqis") */
    static const char *const peoples[] = {"is", "ans", "ese", "os", NULL};
    size_t m = strlen(e->source.text);
    for (size_t i = 0; peoples[i]; i++) {
        size_t k = strlen(peoples[i]);
        if (m > k && strcmp(e->source.text + m - k, peoples[i]) == 0)
            return false;
    }
    return true;
}

static bool name_of_affair(const ud_tree *t, int c);
static int node_at(const ud_tree *t, uint32_t at);

/* Is the actor at `where` a proper name that names an affair ("the Iraq War")? */
static bool in_affair_name(const ud_tree *t, span where)
{
    int node = where.end > where.start ? node_at(t, where.start) : 0;
    return node && name_of_affair(t, node);
}

/* "Kenyan police shot dead eight protesters", "Soldiers killed dozens of demonstrators in
 * Daraa": force that a state's police or army uses on a crowd of its own state's people
 * who protest (the verb's object, or the noun a quantity of it counts) is violent
 * repression (175), not a military engagement (190) or an assault (18). */
static bool civil_role(const char *roles);

static bool crowd_repressed(const tree_run *r, const event *e)
{
    static const char *const force[] = {"180", "182", "1821", "1822", "1823", "190", "193",
                                        "194", "195", NULL};
    static const char *const crowd[] = {"protester", "demonstrator", "marcher", "rioter",
                                        "mourner", "crowd", NULL};
    const char *src = e->source.code, *tgt = e->target.code;
    bool lethal = false;
    for (size_t i = 0; force[i] && !lethal; i++)
        lethal = strcmp(e->code, force[i]) == 0;
    if (!lethal || !r->tree || !src || !tgt || strlen(src) < 6 || strlen(tgt) < 6 ||
        strncmp(src, tgt, 3) != 0 || !cameo_actor_is_state(e->source.country) ||
        !(strncmp(src + 3, "COP", 3) == 0 || strncmp(src + 3, "MIL", 3) == 0) ||
        !(civil_role(tgt + 3) || strncmp(tgt + 3, "OPP", 3) == 0))
        return false;
    const ud_tree *t = r->tree;
    int v = node_at(t, e->verb.start);
    for (int c = v ? t->first_child[v] : 0; c; c = t->next_sibling[c]) {
        const ud_word *cw = ud_tree_word(t, c);
        const char *mark = ud_rel_is(cw, "obl") ? ud_tree_case_of(t, c) : NULL;
        if (!ud_rel_is(cw, "obj") && !(mark && tree_word_in_list(mark, "on at into")))
            continue;
        /* ("dozens of protesters") */
        int of = ud_tree_oblique(t, c, "of");
        if (lemma_in(cw, crowd) || (of && lemma_in(ud_tree_word(t, of), crowd)))
            return true;
    }
    return false;
}

/* "Kidnappers released ten Nigerian students", "Iran released two Americans", "Five
 * Indian sailors were released by Iran": one released or freed who is a person or a
 * group of people (the released noun itself an actor's or an agent's word) is a person
 * returned (0841), as a prisoner or a hostage is in the lexicon; a tanker, funds or a
 * report released keep the verb's own code. */
static int shallow_type(const tree_run *r, uint32_t at);

static bool persons_released(const tree_run *r, const event *e)
{
    static const char *const releasing[] = {"release", "free", NULL};
    if (strcmp(e->code, "084") != 0 || !r->tree || e->target.where.end <= e->target.where.start)
        return false;
    const ud_tree *t = r->tree;
    int v = node_at(t, e->verb.start);
    int x = node_at(t, e->target.where.start);
    if (!v || !x || !lemma_in(ud_tree_word(t, v), releasing))
        return false;
    /* (the released noun: the target word itself or the noun its adjective, compound or
       name qualifies) */
    const ud_word *xw = ud_tree_word(t, x);
    if ((ud_rel_is(xw, "amod") || ud_rel_is(xw, "compound") || ud_rel_is(xw, "flat")) &&
        xw->head > 0)
        x = xw->head;
    xw = ud_tree_word(t, x);
    /* (a subject after the verb is its object the parse misread: "Iran released two
       Americans on Monday") */
    if (xw->head != v || !(ud_rel_is(xw, "obj") || ud_rel_is(xw, "nsubj:pass") ||
                           (ud_rel_is(xw, "nsubj") && x > v)))
        return false;
    int type = shallow_type(r, xw->start);
    return type == W_AGENT || type == W_ACTOR;
}

/* "Protesters set fire to a government building", "demonstrators torching parliament
 * buildings": property a crowd of protesters destroys or damages (171, 1712) is their
 * violent protest, a riot (145), as CAMEO codes it, and so is a building civilians storm;
 * a party's supporters or an armed group that burns something destroys property. */
static bool crowd_riots(const tree_run *r, const event *e)
{
    static const char *const crowd[] = {"protester", "demonstrator", "rioter", "mob",
                                        "crowd", NULL};
    const char *src = e->source.code;
    if (!r->tree || !src || strlen(src) < 6 || !civil_role(src + 3))
        return false;
    const ud_tree *t = r->tree;
    int v = node_at(t, e->verb.start);
    /* ("Thousands of young people stormed parliament": civilians who storm a building
       riot; the lexicon reads a storming as force unless a crowd's word is right before) */
    if (strcmp(e->code, "190") == 0 && v && ud_tree_word(t, v)->lemma &&
        strcmp(ud_tree_word(t, v)->lemma, "storm") == 0)
        return true;
    if (!(strcmp(e->code, "171") == 0 || strcmp(e->code, "1712") == 0))
        return false;
    int subj = v ? ud_tree_child(t, v, "nsubj", 0) : 0;
    /* ("threw bricks at police and set fire to bins": the first verb's subject) */
    if (v && !subj && ud_rel_is(ud_tree_word(t, v), "conj") && ud_tree_word(t, v)->head > 0)
        subj = ud_tree_child(t, ud_tree_word(t, v)->head, "nsubj", 0);
    if (!subj)
        return false;
    int of = ud_tree_oblique(t, subj, "of"); /* ("hundreds of protesters") */
    return lemma_in(ud_tree_word(t, subj), crowd) || (of && lemma_in(ud_tree_word(t, of), crowd));
}

/* "two Hamas supporters", "12 Boko Haram fighters", "supporters of the Muslim
 * Brotherhood": a member, supporter, fighter or man of an armed or political group
 * stands for the group (PSEREBHMS), not for a civilian or a militia of it (the lexicon's
 * agent composed PSEREBHMSCVL). A group's code has its own element after the country
 * and the role (nine letters or more); a state's people ("Kenyan supporters") keep theirs,
 * while a person's or a body's supporters are theirs ("supporters of Raila Odinga"). */
static void group_member(const tree_run *r, actor_ref *a)
{
    static const char *const members[] = {"supporter", "member", "man", "men", "fighter",
                                          "gunman", "gunmen", "militant", "loyalist",
                                          "follower", "activist", "cadre", "operative",
                                          "guerrilla", NULL};
    size_t n = a->code ? strlen(a->code) : 0;
    if (!r->tree || n < 9 || (strcmp(a->code + n - 3, "CVL") != 0 &&
                               strcmp(a->code + n - 3, "UAF") != 0 &&
                               strcmp(a->code + n - 3, "OPP") != 0))
        return;
    const ud_tree *t = r->tree;
    int x = a->where.end > a->where.start ? node_at(t, a->where.start) : 0;
    /* (from the group's name up to the noun it qualifies: its compound, its modifier,
       its owner ("its fighters"), its "of" phrase, the flat parts of the name) */
    while (x > 0 && !lemma_in(ud_tree_word(t, x), members)) {
        const ud_word *w = ud_tree_word(t, x);
        const char *mark = ud_rel_is(w, "nmod") ? ud_tree_case_of(t, x) : NULL;
        if (!(ud_rel_is(w, "compound") || ud_rel_is(w, "amod") || ud_rel_is(w, "flat") ||
              ud_rel_is(w, "nmod:poss") || (mark && strcmp(mark, "of") == 0)))
            return;
        x = w->head;
    }
    /* (a person's or a body's supporters, followers or loyalists are theirs too:
       "supporters of Raila Odinga", KENOPP) */
    if (x <= 0 || (n < 12 && !lemma_in(ud_tree_word(t, x), (const char *const[]){
                                          "supporter", "follower", "loyalist", NULL})))
        return;
    a->code = arena_strndup(r->a, a->code, n - 3);
    actor_ref_split_code(a);
}

/* "The company signed a deal with a Chinese firm": a firm with no state of its own took
 * the other firm's, and one state's business dealing with itself is commerce, no event
 * between political actors (the same code both ways, a company's role). */
static bool business_with_itself(const event *e)
{
    const char *src = e->source.code, *tgt = e->target.code;
    return src && tgt && strcmp(src, tgt) == 0 && strlen(src) == 6 && strcmp(src + 3, "BUS") == 0;
}

/* "The United States deported 200 Venezuelans": a people named by the plural of its
 * state's name whom a state deports (174) are migrants, that state's REF, no
 * act on the state itself. (Not a state whose name is plural, "the Philippines": it takes
 * an article or stands as a place.) */
static void deported_nationals(const tree_run *r, event *e)
{
    const char *tgt = e->target.code;
    if (!r->tree || strncmp(e->code, "174", 3) != 0 || !tgt || strlen(tgt) != 3 ||
        !cameo_actor_is_state(tgt) || e->target.where.end <= e->target.where.start)
        return;
    const ud_tree *t = r->tree;
    /* (deported only: those expelled may be envoys, reporters or visitors) */
    int v = e->verb.end > e->verb.start ? node_at(t, e->verb.start) : 0;
    const char *lemma = v ? ud_tree_word(t, v)->lemma : NULL;
    if (!lemma || strncasecmp(lemma, "deport", 6) != 0)
        return;
    int x = node_at(t, e->target.where.start);
    const ud_word *w = x ? ud_tree_word(t, x) : NULL;
    if (!w || !w->xpos || strcmp(w->xpos, "NNPS") != 0 || ud_tree_child(t, x, "det", 0) ||
        ud_tree_child(t, x, "compound", 0))
        return;
    const char *mark = ud_tree_case_of(t, x);
    if (!(ud_rel_is(w, "obj") || ud_rel_is(w, "nsubj:pass") ||
          (ud_rel_is(w, "nmod") && mark && strcmp(mark, "of") == 0)))
        return;
    char code[8];
    snprintf(code, sizeof code, "%sREF", tgt);
    e->target.code = arena_strndup(r->a, code, strlen(code));
    actor_ref_split_code(&e->target);
}

/* "Indian police arrested the suspected mastermind of the Mumbai attacks": a state named
 * as the place of an attack ("the Mumbai attacks", "the attack in Paris") that a coercive
 * act's object hangs on says where the attack was, not whose the suspect is. The one
 * arrested or charged is of the armed group the story told of as the author of its last
 * armed act (sentence_context.last_armed, when that is a group), else of no one the
 * sentence names: true when the event is then to be left out. */
static bool attack_place_target(const tree_run *r, event *e)
{
    static const char *const attacks[] = {"attack", "bombing", "blast", "massacre", "shooting",
                                          "raid", "assault", "explosion", "bomb", "siege", NULL};
    const char *tgt = e->target.code;
    char state[4];
    snprintf(state, sizeof state, "%.3s", tgt ? tgt : "");
    /* (a state, or its capital read as its government: "the Dhaka attack", BGDGOV) */
    if (!r->tree || strncmp(e->code, "17", 2) != 0 || !tgt ||
        !(strlen(tgt) == 3 || (strlen(tgt) == 6 && strcmp(tgt + 3, "GOV") == 0)) ||
        !cameo_actor_is_state(state) || e->target.where.end <= e->target.where.start)
        return false;
    const ud_tree *t = r->tree;
    int x = node_at(t, e->target.where.start);
    /* (the name's last word: "New Delhi") */
    while (x && ud_rel_is(ud_tree_word(t, x), "flat"))
        x = ud_tree_word(t, x)->head;
    const ud_word *w = x ? ud_tree_word(t, x) : NULL;
    if (!w || w->head <= 0 ||
        !(ud_rel_is(w, "compound") || ud_rel_is(w, "amod") ||
          (ud_rel_is(w, "nmod") && ud_tree_case_of(t, x) &&
           tree_word_in_list(ud_tree_case_of(t, x), "in at on near"))))
        return false;
    int h = w->head;
    /* ("the Dhaka cafe attack": a noun between the place and the attack) */
    if (!lemma_in(ud_tree_word(t, h), attacks) && ud_rel_is(ud_tree_word(t, h), "compound"))
        h = ud_tree_word(t, h)->head;
    const ud_word *hw = ud_tree_word(t, h);
    /* (the attack a phrase of the object or of the verb: "the mastermind of", "suspects
       over", "a suspect in"; not the object itself) */
    if (!lemma_in(hw, attacks) || !(ud_rel_is(hw, "nmod") || ud_rel_is(hw, "obl")))
        return false;
    const char *group = r->ctx ? r->ctx->last_armed : NULL;
    if (!group || !parse_armed_group_code(group))
        return true;
    e->target.code = group;
    actor_ref_split_code(&e->target);
    e->target.entry = NULL;
    e->target.lexicon_entry = NULL;
    return false;
}

/* "Hungary vetoed the EU aid package for Ukraine, a move Brussels criticized": "Brussels",
 * which the lexicon reads as Belgium's capital, is the seat of the European Union where
 * its sentence names the Union (as a party or in "EU aid", "the EU's pact"): the Union's
 * act or judgement, not Belgium's. */
static void brussels_for_union(const tree_run *r, actor_ref *a, const actor_ref *other)
{
    /* (nor the Union acting on itself: "Brussels fined Apple over its EU rules") */
    if (!a->code || strcmp(a->code, "BEL") != 0 || !r->shallow ||
        (other->code && strncmp(other->code, "IGOEUREEC", 9) == 0) ||
        a->where.end - a->where.start != 8 ||
        strncasecmp(r->text + a->where.start, "Brussels", 8) != 0)
        return;
    for (int i = 0; i < r->shallow->n; i++) {
        const pword *w = &r->shallow->w[i];
        if (w->code && w->code->code && strncmp(w->code->code, "IGOEUREEC", 9) == 0) {
            a->code = "IGOEUREEC";
            actor_ref_split_code(a);
            return;
        }
    }
}

/* "Hundreds demonstrated in Baghdad, protesting the killing of their clan elder, Shaikh
 * Kadhim Sarhid, by gunmen": the one whose killing, arrest or abduction a protest
 * denounces is its victim, not its target (the protesters' own people, now that a named
 * private person is an actor). The protest is not coded against them. */
static bool protested_victim(const tree_run *r, const event *e)
{
    static const char *const acts[] = {"killing", "murder", "death", "assassination", "arrest",
                                       "detention", "abduction", "kidnapping", "execution",
                                       "imprisonment", "jailing", "disappearance", NULL};
    if (!r->tree || strncmp(e->code, "14", 2) != 0 || !e->target.code ||
        e->target.where.end <= e->target.where.start)
        return false;
    const ud_tree *t = r->tree;
    int x = node_at(t, e->target.where.start);
    /* (the name's head, and the noun it is in apposition to: "their clan elder, Shaikh
       Kadhim Sarhid") */
    while (x && (ud_rel_is(ud_tree_word(t, x), "flat") || ud_rel_is(ud_tree_word(t, x), "appos")))
        x = ud_tree_word(t, x)->head;
    const ud_word *w = x ? ud_tree_word(t, x) : NULL;
    if (!w || w->head <= 0 || !ud_rel_is(w, "nmod") || !ud_tree_case_of(t, x) ||
        strcmp(ud_tree_case_of(t, x), "of") != 0)
        return false;
    return lemma_in(ud_tree_word(t, w->head), acts);
}

static void people_belonging(const tree_run *r, actor_ref *a);
static void people_tied(const tree_run *r, const char *code, actor_ref *a);

static void add_event(tree_run *r, const event *in)
{
    event coded0 = *in;
    if (attack_place_target(r, &coded0) || protested_victim(r, &coded0))
        return;
    in = &coded0;
    event coded = *in;
    group_member(r, &coded.source);
    group_member(r, &coded.target);
    people_belonging(r, &coded.target);
    people_tied(r, coded.code, &coded.target);
    deported_nationals(r, &coded);
    brussels_for_union(r, &coded.source, &coded.target);
    brussels_for_union(r, &coded.target, &coded.source);
    if (official_protest(&coded))
        snprintf(coded.code, sizeof coded.code, "114");
    else if (crowd_repressed(r, &coded))
        snprintf(coded.code, sizeof coded.code, "175");
    else if (crowd_riots(r, &coded))
        snprintf(coded.code, sizeof coded.code, "145");
    else if (persons_released(r, &coded))
        snprintf(coded.code, sizeof coded.code, "0841");
    const event *e = &coded;
    if (business_with_itself(e))
        return;
    /* a government's words to its own state unnamed ("the President asked the United
       States National Security Council": USAGOV -> USA) are administration, as between
       two parts of one government */
    const char *src = e->source.code, *tgt = e->target.code;
    /* (nor a military's words about its state: "Israel's defence minister warned that
       Israel could invade Lebanon" is no ISRMIL -> ISR threat; a court's or a
       legislature's acts on one of the state's people coded by the state alone stay) */
    if (src && tgt && strlen(tgt) == 3 && strlen(src) == 6 && strncmp(src, tgt, 3) == 0 &&
        (strcmp(src + 3, "GOV") == 0 || strcmp(src + 3, "MIL") == 0)) {
        const cameo_code *cc = cameo_lookup_nearest(e->code);
        if (cc && (cc->quad_class == 1 || cc->quad_class == 3))
            return;
    }
    for (size_t i = r->piece_first; i < r->nev; i++) {
        const event *o = &r->ev[i];
        if (strcmp(o->code, e->code) == 0 && strcmp(o->source.code, e->source.code) == 0 &&
            strcmp(o->target.code, e->target.code) == 0 && o->verb.start == e->verb.start)
            return;
    }
    r->ev = arena_grow(r->a, r->ev, r->nev, &r->cap, r->nev + 1, sizeof *r->ev);
    r->ev[r->nev++] = *e;
}

static void push_span(arena *a, span **v, size_t *n, size_t *cap, uint32_t start, uint32_t end)
{
    *v = arena_grow(a, *v, *n, cap, *n + 1, sizeof **v);
    (*v)[(*n)++] = (span){start, end};
}

static void add_covered(tree_run *r, uint32_t start, uint32_t end)
{
    push_span(r->a, &r->covered, &r->ncovered, &r->capcovered, start, end);
}

static bool is_predicate(const ud_word *w)
{
    /* ("the minister's alleged travel", "the suspected spy": a participle of saying or
       suspecting that qualifies a noun hedges it; nobody says or suspects anything there) */
    if (w->upos == UPOS_VERB && w->deprel && strcmp(w->deprel, "amod") == 0 && w->lemma &&
        tree_word_in_list(w->lemma, "allege report claim suspect purport rumour rumor"))
        return false;
    return w->upos == UPOS_VERB;
}

/* Is p an act a prospect names ("exploring options for cooperation with the DPRK", "plans
 * for talks", "the possibility of sanctions")? Such an act is only considered. */
static bool prospect_act(const ud_tree *t, int p)
{
    const ud_word *w = ud_tree_word(t, p);
    const char *mark = ud_tree_case_of(t, p);
    return ud_rel_is(w, "nmod") && w->head > 0 && mark &&
           (strcmp(mark, "for") == 0 || strcmp(mark, "of") == 0) &&
           tree_prospect_noun(ud_tree_word(t, w->head));
}

/* "The EU's visit to Kyiv was postponed", "Turkey cancelled Putin's visit": an event noun
 * that a verb calls off (its passive subject or its object) did not happen; put off
 * (postponed, delayed) or scheduled (scheduled, planned), it is still to come. Sets *cancelled (when given) to which. */
static bool called_off(const ud_tree *t, int p, bool *cancelled)
{
    /* (stems of the form: the lemmatizer may cut "postponed" to "postpon") */
    static const char *const off[] = {"cancel", "scrap", "abandon", NULL};
    /* (a scheduled or planned one is to come as well: "Mexico scheduled talks with ...") */
    static const char *const later[] = {"postpon", "delay", "defer", "reschedul", "schedul",
                                        "planned", "planning", NULL};
    const ud_word *w = ud_tree_word(t, p);
    if (w->upos != UPOS_NOUN || !(ud_rel_is(w, "nsubj:pass") || ud_rel_is(w, "obj")) ||
        w->head <= 0)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    if (h->upos != UPOS_VERB)
        return false;
    bool is_off = false, is_later = false;
    for (size_t i = 0; off[i]; i++)
        is_off |= strncasecmp(h->form, off[i], strlen(off[i])) == 0;
    for (size_t i = 0; later[i]; i++)
        is_later |= strncasecmp(h->form, later[i], strlen(later[i])) == 0;
    if (cancelled)
        *cancelled = is_off;
    return is_off || is_later;
}

/* The status the tree gives a predicate: negated by "not"/"never" on it; hypothetical
 * under a modal or future auxiliary, as the complement of a verb or adjective of intent
 * ("agreed to send", "ready to supply"), as the infinitive of a noun of intent ("plans
 * to"), or in a condition ("if"). Returns false when the tree says nothing (asserted, or
 * left to the document layer), else sets *status and *cue (the cue word's node). */
/* "demanded that Israel and Hamas agree to a ceasefire", "insisted that Russia withdraw":
 * the bare verb (a subjunctive) of what a verb of demanding says is the act demanded,
 * still to come ("insisted that Russia had violated" is a claim). */
static bool demanded_content(const ud_tree *t, int p)
{
    static const char *const demanding[] = {"demand", "insist", "urge", "ask", "recommend",
                                            "propose", "suggest", "require", "request", NULL};
    /* (the tagger reads a plural subject's bare verb as a present: "that Israel and Hamas
       agree"; after a verb that only demands, that is the subjunctive too) */
    static const char *const only_demanding[] = {"demand", "urge", "ask", "require", "request",
                                                 "recommend", "propose", NULL};
    const ud_word *pv = ud_tree_word(t, p);
    if (!ud_rel_is(pv, "ccomp") || pv->head <= 0 || !pv->xpos)
        return false;
    /* ("demanded that the activists be released": a bare passive is one too) */
    int aux = ud_tree_child(t, p, "aux", 0);
    bool bare_passive = aux && ud_rel_is(ud_tree_word(t, aux), "aux:pass") &&
                        strcmp(ud_tree_word(t, aux)->form, "be") == 0 &&
                        !ud_tree_child(t, p, "aux", aux);
    if (aux && !bare_passive)
        return false;
    const ud_word *hv = ud_tree_word(t, pv->head);
    return ((strcmp(pv->xpos, "VB") == 0 || bare_passive) && lemma_in(hv, demanding)) ||
           (strcmp(pv->xpos, "VBP") == 0 && lemma_in(hv, only_demanding));
}

/* "Japan was unable to persuade China", "imposed sanctions without consulting Japan", "None
 * of the EU members condemned Hungary", "No country recognised the annexation": an act
 * its subject could not do, one done without, or one no one of its subject did, did not
 * happen. Returns the cue's node, or 0. */
static int negated_by_form(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    const char *mark = ud_tree_case_of(t, p);
    if (pw->head > 0 && ud_rel_is(pw, "xcomp") && mark && strcmp(mark, "to") == 0 &&
        ud_tree_word(t, pw->head)->lemma &&
        tree_word_in_list(ud_tree_word(t, pw->head)->lemma, "unable powerless"))
        return pw->head;
    if (ud_rel_is(pw, "advcl") && mark && strcmp(mark, "without") == 0)
        return ud_tree_child(t, p, "mark", 0);
    int subj = ud_tree_child(t, p, "nsubj", 0);
    if (!subj)
        return 0;
    const ud_word *sw = ud_tree_word(t, subj);
    if (sw->lemma && tree_word_in_list(sw->lemma, "none nobody"))
        return subj;
    int d = ud_tree_child(t, subj, "det", 0);
    if (d && ud_tree_word(t, d)->lemma && strcmp(ud_tree_word(t, d)->lemma, "no") == 0)
        return d;
    return 0;
}

/* The "not" or "never" on node h, or its "neither" ("would neither confirm nor deny"):
 * its node, or 0. */
static int negation_on(const ud_tree *t, int h)
{
    for (int c = t->first_child[h]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if ((ud_rel_is(w, "advmod") || ud_rel_is(w, "cc:preconj") || ud_rel_is(w, "cc")) &&
            w->lemma &&
            (strcmp(w->lemma, "not") == 0 || strcmp(w->lemma, "never") == 0 ||
             strcmp(w->lemma, "neither") == 0))
            return c;
    }
    return 0;
}

/* "Israel refused to confirm that it had struck Iran", "did not confirm that", "would
 * neither confirm nor deny that": what a speaker declines to confirm is vouched for by no
 * one, still only possible. Returns the cue's node (the negation or the verb of refusing),
 * or 0. */
static int unconfirmed(const ud_tree *t, int p)
{
    static const char *const confirming[] = {"confirm", "verify", "acknowledge", "admit",
                                             "corroborate", NULL};
    static const char *const refusing[] = {"refuse", "decline", "fail", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    if (!ud_rel_is(pw, "ccomp") || pw->head <= 0)
        return 0;
    int h = pw->head;
    const ud_word *hw = ud_tree_word(t, h);
    /* ("neither confirm nor deny that": the clause may hang on the second verb) */
    if (hw->lemma && strcmp(hw->lemma, "deny") == 0 && ud_rel_is(hw, "conj") && hw->head > 0 &&
        lemma_in(ud_tree_word(t, hw->head), confirming)) {
        h = hw->head;
        hw = ud_tree_word(t, h);
    }
    if (!lemma_in(hw, confirming))
        return 0;
    int neg = negation_on(t, h);
    if (neg)
        return neg;
    if (ud_rel_is(hw, "xcomp") && hw->head > 0 && lemma_in(ud_tree_word(t, hw->head), refusing))
        return hw->head;
    return 0;
}

/* "Japan stopped short of condemning Russia", "fell short of recognising": an act a subject
 * stops short of is not done. Returns the cue's node ("short"), or 0. */
static int short_of(const ud_tree *t, int p)
{
    static const char *const stopping[] = {"stop", "fall", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    const char *mark = ud_tree_case_of(t, p);
    if (!mark || strcmp(mark, "of") != 0 || pw->head <= 0)
        return 0;
    int h = pw->head;
    const ud_word *hw = ud_tree_word(t, h);
    if (hw->lemma && strcmp(hw->lemma, "short") == 0)
        return hw->head > 0 && lemma_in(ud_tree_word(t, hw->head), stopping) ? h : 0;
    if (!lemma_in(hw, stopping))
        return 0;
    for (int c = t->first_child[h]; c; c = t->next_sibling[c])
        if (ud_tree_word(t, c)->lemma && strcmp(ud_tree_word(t, c)->lemma, "short") == 0)
            return c;
    return 0;
}

/* "Modi to visit Washington next month": the parse hangs a headline's "to" infinitive on
 * the name that is its subject (the name the root, the verb its clause), where "Biden to
 * meet Xi" had the verb the root. A "to" infinitive modifying the root noun or name that
 * opens the sentence, no one's possession ("Russia's decision to expel"), is to come as
 * the headline's "X to do" is; *cue is its "to". */
static bool headline_infinitive(const ud_tree *t, int p, int *cue)
{
    const ud_word *pw = ud_tree_word(t, p);
    int h = pw->head;
    if (h <= 0 || h > p || !ud_rel_is(pw, "acl"))
        return false;
    const ud_word *hw = ud_tree_word(t, h);
    if (hw->head != 0 || (hw->upos != UPOS_PROPN && hw->upos != UPOS_NOUN) ||
        ud_tree_child(t, h, "nmod:poss", 0) || ud_tree_child(t, h, "case", 0))
        return false;
    int m = ud_tree_child(t, p, "mark", 0);
    if (!m || m > p || strcmp(ud_tree_word(t, m)->form, "to") != 0)
        return false;
    *cue = m;
    return true;
}

/* "France ruled out recognising Palestine", "Biden ruled out talks with Putin": what is
 * ruled out will not be done (negated); "did not rule out" leaves it possible
 * (hypothetical). Returns the node of "rule", or 0; sets *status. */
static int ruled_out(const ud_tree *t, int p, uint8_t *status)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (pw->head <= 0 ||
        !(ud_rel_is(pw, "xcomp") || ud_rel_is(pw, "ccomp") || ud_rel_is(pw, "advcl") ||
          (ud_rel_is(pw, "obj") && pw->upos == UPOS_NOUN)))
        return 0;
    int h = pw->head;
    const ud_word *hw = ud_tree_word(t, h);
    if (!hw->lemma || strcmp(hw->lemma, "rule") != 0)
        return 0;
    int prt = 0;
    for (int c = t->first_child[h]; c && !prt; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "compound:prt") &&
            strcasecmp(ud_tree_word(t, c)->form, "out") == 0)
            prt = c;
    if (!prt)
        return 0;
    *status = negation_on(t, h) ? STATUS_HYPOTHETICAL : STATUS_NEGATED;
    return h;
}

static bool tree_status(const ud_tree *t, int p, uint8_t *status, int *cue)
{
    static const char *const modals[] = {"will", "would", "may", "might", "could", "should",
                                         "can", "shall", "must", "'ll", "wo", "ca", NULL};
    static const char *const intent_verbs[] = {
        "agree", "promise", "plan", "decide", "pledge", "vow", "threaten", "want", "intend",
        "prepare", "seek", "offer", "hope", "expect", "try", "aim", "propose", "consider",
        "refuse", "wish", "attempt", "need", "urge", "ask", "call", "demand", "plot",
        "conspire", "schedule", "slate", NULL}; /* ("is scheduled to visit": planned) */
    static const char *const intent_adjs[] = {"ready", "willing", "likely", "prepared", "set",
                                              "able", "eager", "keen", "determined", "unlikely",
                                              NULL};
    static const char *const intent_nouns[] = {"plan", "decision", "intention", "desire",
                                               "threat", "promise", "offer", "proposal", "bid",
                                               "attempt", "readiness", "pledge", "call", NULL};
    if (demanded_content(t, p)) {
        *status = STATUS_HYPOTHETICAL;
        *cue = ud_tree_word(t, p)->head;
        return true;
    }
    /* "would keep supporting", "will continue to send", "did not resume talks": the act a
       verb of continuing or starting takes is as sure as that verb */
    static const char *const aspect[] = {"keep", "continue", "resume", "start", "begin", NULL};
    const ud_word *own = ud_tree_word(t, p);
    if (ud_rel_is(own, "xcomp") && own->head > 0 && lemma_in(ud_tree_word(t, own->head), aspect))
        return tree_status(t, own->head, status, cue);
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (ud_rel_is(w, "advmod") && w->lemma &&
            (strcmp(w->lemma, "not") == 0 || strcmp(w->lemma, "never") == 0)) {
            *status = STATUS_NEGATED;
            *cue = c;
            return true;
        }
    }
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (ud_rel_is(w, "aux") && lemma_in(w, modals)) {
            *status = STATUS_HYPOTHETICAL;
            *cue = c;
            return true;
        }
    }
    /* "Biden to meet Xi in San Francisco": a headline's "X to do" is to come */
    if (ud_tree_word(t, p)->head == 0 && ud_tree_child(t, p, "nsubj", 0)) {
        int m = ud_tree_child(t, p, "mark", 0);
        if (m && m < p && strcmp(ud_tree_word(t, m)->form, "to") == 0) {
            *status = STATUS_HYPOTHETICAL;
            *cue = m;
            return true;
        }
    }
    if (headline_infinitive(t, p, cue)) {
        *status = STATUS_HYPOTHETICAL;
        return true;
    }
    /* "Mohamed and his father are to travel to the United Nations": "be to" schedules.
     * Read off the words, not the tree: the parser often hangs such short clauses
     * from the subject */
    if (p > 2 && strcmp(ud_tree_word(t, p - 1)->form, "to") == 0 &&
        ud_tree_word(t, p - 2)->upos == UPOS_AUX && ud_tree_word(t, p - 2)->lemma &&
        strcmp(ud_tree_word(t, p - 2)->lemma, "be") == 0) {
        *status = STATUS_HYPOTHETICAL;
        *cue = p - 2;
        return true;
    }
    const ud_word *pw = ud_tree_word(t, p);
    int h = pw->head;
    if (h <= 0)
        return false;
    const ud_word *hw = ud_tree_word(t, h);
    const char *mark = ud_tree_case_of(t, p);
    int unable = negated_by_form(t, p);
    if (unable) {
        *status = STATUS_NEGATED;
        *cue = unable;
        return true;
    }
    int unsure = unconfirmed(t, p), stopped = short_of(t, p);
    if (unsure || stopped) {
        *status = unsure ? STATUS_HYPOTHETICAL : STATUS_NEGATED;
        *cue = unsure ? unsure : stopped;
        return true;
    }
    int rule = ruled_out(t, p, status);
    if (rule) {
        *cue = rule;
        return true;
    }
    /* "Hungary's refusal to send aid to Ukraine", "its failure to pay": an act refused */
    static const char *const refusal_nouns[] = {"refusal", "failure", NULL};
    if (ud_rel_is(pw, "acl") && mark && strcmp(mark, "to") == 0 && lemma_in(hw, refusal_nouns)) {
        *status = STATUS_NEGATED;
        *cue = h;
        return true;
    }
    /* "China has yet to condemn Russia": not done so far (the parse may make the
       infinitive an adverbial clause) */
    if ((ud_rel_is(pw, "xcomp") || ud_rel_is(pw, "advcl")) && mark && strcmp(mark, "to") == 0 &&
        hw->lemma &&
        (strcmp(hw->lemma, "have") == 0 || strcmp(hw->lemma, "be") == 0)) {
        int y = 0;
        for (int c = t->first_child[h]; c && !y; c = t->next_sibling[c])
            if (ud_rel_is(ud_tree_word(t, c), "advmod") && ud_tree_word(t, c)->lemma &&
                strcmp(ud_tree_word(t, c)->lemma, "yet") == 0)
                y = c;
        for (int c = t->first_child[p]; c && !y; c = t->next_sibling[c])
            if (ud_rel_is(ud_tree_word(t, c), "advmod") && ud_tree_word(t, c)->lemma &&
                strcmp(ud_tree_word(t, c)->lemma, "yet") == 0 && c < p)
                y = c;
        if (y) {
            *status = STATUS_NEGATED;
            *cue = y;
            return true;
        }
    }
    /* "There is no evidence that Iran sent missiles to Russia": no one vouches for it */
    static const char *const evidence_nouns[] = {"evidence", "proof", "sign", "indication",
                                                 "confirmation", NULL};
    if ((ud_rel_is(pw, "acl") || ud_rel_is(pw, "ccomp")) && lemma_in(hw, evidence_nouns)) {
        int d = ud_tree_child(t, h, "det", 0);
        if (d && ud_tree_word(t, d)->lemma && strcmp(ud_tree_word(t, d)->lemma, "no") == 0) {
            *status = STATUS_HYPOTHETICAL;
            *cue = d;
            return true;
        }
    }
    /* "Putin had no plans to meet Zelensky": an intent denied */
    if (ud_rel_is(pw, "acl") && mark && strcmp(mark, "to") == 0 && lemma_in(hw, intent_nouns)) {
        int d = ud_tree_child(t, h, "det", 0);
        if (d && ud_tree_word(t, d)->lemma && strcmp(ud_tree_word(t, d)->lemma, "no") == 0) {
            *status = STATUS_NEGATED;
            *cue = d;
            return true;
        }
    }
    if ((ud_rel_is(pw, "xcomp") && (lemma_in(hw, intent_verbs) || lemma_in(hw, intent_adjs))) ||
        (ud_rel_is(pw, "acl") && mark && strcmp(mark, "to") == 0 && lemma_in(hw, intent_nouns)) ||
        object_complement(t, p)) { /* (what someone is ordered or urged to do) */
        *status = STATUS_HYPOTHETICAL;
        *cue = h;
        return true;
    }
    if (prospect_act(t, p)) {
        *status = STATUS_HYPOTHETICAL;
        *cue = h;
        return true;
    }
    bool cancelled;
    if (called_off(t, p, &cancelled)) {
        *status = cancelled ? STATUS_NEGATED : STATUS_HYPOTHETICAL;
        *cue = h;
        return true;
    }
    /* "warned North Korea against supplying weapons": what one is warned against is not
       done (yet) */
    if (ud_rel_is(pw, "advcl") && mark && strcmp(mark, "against") == 0 &&
        hw->upos == UPOS_VERB) {
        *status = STATUS_HYPOTHETICAL;
        *cue = h;
        return true;
    }
    if (ud_rel_is(pw, "advcl") && mark && (strcmp(mark, "if") == 0 || strcmp(mark, "unless") == 0)) {
        *status = STATUS_HYPOTHETICAL;
        *cue = ud_tree_child(t, p, "mark", 0);
        return true;
    }
    return false;
}

/* Is the hypothetical cue an actor's own intent: the future ("will", "would", "shall") or
 * a verb, adjective or noun of intent ("plans to", "ready to", "decision to")? Modals of
 * possibility ("may", "could") and conditions are someone's speculation, not an intent. */
static bool announces_intent(const ud_tree *t, int cue)
{
    static const char *const future[] = {"will", "shall", "'ll", "wo", NULL};
    static const char *const intent[] = {"plan", "intend", "pledge", "vow", "promise",
                                         "prepare", "ready", "willing", "prepared", "decide",
                                         "decision", "intention", "readiness", "offer", "keen",
                                         "eager", "determined", NULL};
    const ud_word *w = ud_tree_word(t, cue);
    return lemma_in(w, future) || lemma_in(w, intent);
}

/* "The European Community may halt mediation", "NATO could impose a blockade": an actor's
 * own coercion held out as possible is a threat in CAMEO (13), where its help held out as
 * possible stays a possibility. */
/* "Russia said it would expel two diplomats": "would" in what a speaker says of its own
 * side (the clause's subject a pronoun standing for it) is the reported form of "will", an
 * announced intent; "would" elsewhere is a condition or a report of someone else's plan
 * ("a delegation would visit North Korea"). */
static void phrase_country(const tree_run *r, const ud_tree *t, int node, char out[4]);

static bool reported_will(const tree_run *r, const ud_tree *t, int p, int cue, const char *code)
{
    static const char *const own[] = {"it", "they", "we", "he", "she", NULL};
    static const char *const announce[] = {"pledge", "promise", "vow", "warn",
                                           "threaten", "announce", NULL};
    /* (the clause of an act its complement names: "would keep supporting") */
    for (int steps = 0; steps < 4 && ud_rel_is(ud_tree_word(t, p), "xcomp") &&
                        ud_tree_word(t, p)->head > 0;
         steps++)
        p = ud_tree_word(t, p)->head;
    const ud_word *w = ud_tree_word(t, cue), *pw = ud_tree_word(t, p);
    if (!w->lemma || strcmp(w->lemma, "would") != 0 || !ud_rel_is(pw, "ccomp") ||
        pw->head <= 0 || !(tree_verb_of_saying(ud_tree_word(t, pw->head)) ||
                           lemma_in(ud_tree_word(t, pw->head), announce)))
        return false;
    /* (an announced measure against someone is the measure decided, as PLOVER codes it:
       "The United States announced it would prohibit all aid to the rebels"; an announced
       cooperation stays an intent) */
    const char *head_lemma = ud_tree_word(t, pw->head)->lemma;
    if (head_lemma && strcmp(head_lemma, "announce") == 0 && code && code[0] == '1')
        return false;
    int subj = ud_tree_subject(t, p);
    if (!subj || !ud_tree_subject(t, pw->head))
        return false;
    if (lemma_in(ud_tree_word(t, subj), own))
        return true;
    /* "Iran said its forces would attack Israel", "Nasrallah announced that his party
       would close ranks with Hamas": the speaker's own side */
    static const char *const owner[] = {"it", "its", "they", "their", "we", "our", "he",
                                        "his", "she", "her", NULL};
    int poss = ud_tree_child(t, subj, "nmod:poss", 0);
    if (poss && ud_tree_word(t, poss)->upos == UPOS_PRON && lemma_in(ud_tree_word(t, poss), owner))
        return true;
    /* "Biden pledged that the United States would keep supporting Ukraine", "Rutte pledged
       that the alliance would ...": a subject of the speaker's own state or organisation */
    char side[4], own_side[4];
    phrase_country(r, t, subj, side);
    phrase_country(r, t, ud_tree_subject(t, pw->head), own_side);
    return side[0] && strcmp(side, own_side) == 0;
}

static const pword *shallow_word_at(const tree_run *r, uint32_t at);

/* Is word i, a proper name, the place phrase node's own name ("in Gaza", "in the West
 * Bank", "off the coast of Java"), not a word of a phrase inside it ("on a boat seized by
 * Turkish smugglers")? */
static bool place_name(const ud_tree *t, int node, int i)
{
    const ud_word *w = ud_tree_word(t, i);
    if (w->upos != UPOS_PROPN)
        return false;
    if (i == node)
        return true;
    const char *of = ud_tree_case_of(t, i);
    return w->head == node && (ud_rel_is(w, "compound") || ud_rel_is(w, "flat") ||
                               (ud_rel_is(w, "nmod") && of && strcmp(of, "of") == 0));
}

/* The code of the first actor the lexicon read in node's phrase (only one named by a
 * proper name when `named`: "in Gaza", not "outside the French embassy"), or NULL. */
static const char *phrase_actor_code(const tree_run *r, const ud_tree *t, int node, bool named)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    for (int i = first; i <= last; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && pw->read_type == W_ACTOR && pw->code && pw->code->code &&
            strlen(pw->code->code) >= 3 && (!named || place_name(t, node, i)))
            return pw->code->code;
    }
    return NULL;
}

/* The country (3 letters) of that actor, or "". */
static void phrase_country_of(const tree_run *r, const ud_tree *t, int node, bool named,
                              char out[4])
{
    const char *code = phrase_actor_code(r, t, node, named);
    snprintf(out, 4, "%.3s", code ? code : "");
}

static void phrase_country(const tree_run *r, const ud_tree *t, int node, char out[4])
{
    phrase_country_of(r, t, node, false, out);
}

/* "The US said Iran plans to supply missiles to Russia", "We see that two countries are
 * ready to support Russia": an intent that a third party (one who says or believes it,
 * neither side of the act) ascribes to an actor is no expression of intent by that actor,
 * which said nothing; it is a possible act of theirs (the act, hypothetical). A party
 * announcing it ("Portugal will support Turkey, President Soares said", "the Albanian
 * embassy said the German minister will visit Albania") announces an intent, and so does
 * one who pledged, vowed, promised, offered or decided it. The intent's
 * holder is a name or noun, not a pronoun that may stand for the speaker's own side
 * ("Russia said it would expel"). */
static bool ascribed_intent(const tree_run *r, const ud_tree *t, int p, int cue,
                            const event *e)
{
    /* (and the writer's forecasts: "I predict that China will invade Taiwan") */
    static const char *const believe[] = {"see", "believe", "think", "know", "fear",
                                          "suspect", "expect", "report", "claim", "allege",
                                          "assess", "estimate", "warn", "predict", "bet",
                                          "guess", "reckon", "forecast", "doubt", NULL};
    /* (a pledge, a vow, a promise, an offer, a decision is the holder's own act: "the two
       governments pledged to share intelligence, officials said") */
    static const char *const own_act[] = {"pledge", "vow", "promise", "offer", "decide",
                                          "decision", "agree", NULL};
    const ud_word *cw = ud_tree_word(t, cue);
    if (lemma_in(cw, own_act))
        return false;
    /* the clause whose subject holds the intent: the intent word's, or the act's when the
       cue is an auxiliary of it */
    int q = ud_rel_is(cw, "aux") ? cw->head : cue;
    if (q <= 0)
        q = p;
    int holder = ud_tree_subject(t, q);
    const ud_word *qw = ud_tree_word(t, q);
    if (!holder && ud_rel_is(qw, "acl") && qw->head > 0)
        holder = qw->head; /* "two countries that are ready to": the clause's antecedent */
    else if (holder && is_relative_pronoun(ud_tree_word(t, holder)) && qw->head > 0)
        holder = qw->head;
    if (!holder)
        return false;
    const ud_word *hw = ud_tree_word(t, holder);
    if (hw->upos != UPOS_NOUN && hw->upos != UPOS_PROPN)
        return false;
    int n = (int)t->s->n;
    for (int w = q, steps = 0; w > 0 && steps <= n; steps++) {
        const ud_word *ww = ud_tree_word(t, w);
        int h = ww->head;
        if (h <= 0)
            return false;
        const ud_word *head = ud_tree_word(t, h);
        if ((ud_rel_is(ww, "ccomp") || ud_rel_is(ww, "parataxis")) &&
            (tree_verb_of_saying(head) || (head->upos == UPOS_VERB && lemma_in(head, believe)))) {
            int speaker = ud_tree_subject(t, h);
            if (!speaker || speaker == holder)
                return false;
            char side[4];
            phrase_country(r, t, speaker, side);
            return !side[0] || (strncmp(side, e->source.code, 3) != 0 &&
                                strncmp(side, e->target.code, 3) != 0);
        }
        w = h;
    }
    return false;
}

static bool possible_coercion(const ud_tree *t, int cue, const char *code)
{
    static const char *const possible[] = {"may", "might", "could", NULL};
    /* ("Israel may have struck a convoy": a guess at a past act, no threat) */
    int v = ud_tree_word(t, cue)->head;
    for (int c = v > 0 ? t->first_child[v] : 0; c; c = t->next_sibling[c])
        if (c > cue && ud_rel_is(ud_tree_word(t, c), "aux") && ud_tree_word(t, c)->lemma &&
            strcmp(ud_tree_word(t, c)->lemma, "have") == 0)
            return false;
    return lemma_in(ud_tree_word(t, cue), possible) &&
           (strncmp(code, "16", 2) == 0 || strncmp(code, "17", 2) == 0 ||
            strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
            strncmp(code, "20", 2) == 0);
}

/* "When the Soviet Union collapsed there had been an agreement between Gorbachev and the
 * U.S. government": an office holder whose entry holds a code of a period over before the
 * article's date takes it when the sentence names that code's state (USRGOV, not the
 * article date's RUSELI): the sentence is about that time. Only a state named by its own
 * code (three letters) counts, and only the holder's own code (not one composed with an
 * agent) is replaced. */
static void period_named(const tree_run *r, actor_ref *a)
{
    const pword *w = a->where.end > a->where.start ? shallow_word_at(r, a->where.start) : NULL;
    /* (what the dictionaries read there, before comma clauses were set aside) */
    const lex_entry *entry = w && w->read_head ? w->read_entry : NULL;
    size_t own = w && w->code && w->code->code ? strlen(w->code->code) : 0;
    if (!entry || entry->kind != LEX_ACTOR || !own || !a->code ||
        strncmp(a->code, w->code->code, own) != 0 || entry->ncodes < 2)
        return;
    const char *role = a->code + own; /* a role composed after it ("GOV"), or "" */
    for (size_t i = 0; i < entry->ncodes; i++) {
        const lex_code *c = &entry->codes[i];
        bool open = c->from == 0 && c->to == 99999999;
        if (open || c == w->code || !c->code || strlen(c->code) < 3 || c->to >= r->date ||
            strncmp(c->code, w->code->code, 3) == 0)
            continue;
        for (int j = 0; r->shallow && j < r->shallow->n; j++) {
            const pword *o = &r->shallow->w[j];
            if (o != w && o->read_head && o->read_type == W_ACTOR && o->code && o->code->code &&
                strlen(o->code->code) == 3 && strncmp(o->code->code, c->code, 3) == 0) {
                char agent[32]; /* (the role as an agent's suffix code: "~GOV") */
                snprintf(agent, sizeof agent, "~%s", role);
                a->code = *role ? coder_compose_code(r->a, c->code, agent) : c->code;
                actor_ref_split_code(a);
                return;
            }
        }
    }
}

static int node_at(const ud_tree *t, uint32_t at);

/* Is node x the patient phrase ("on", "against", "of", "into") of a noun of an act of
 * force ("the attack on Syria", "the invasion of Iraq", "sanctions on Russia")? */
static bool force_patient(const ud_tree *t, int x)
{
    static const char *const force[] = {
        "attack", "assault", "invasion", "occupation", "bombing", "shelling", "raid",
        "incursion", "offensive", "airstrike", "strike", "blockade", "sanction", "embargo",
        "assassination", "murder", "killing", "abduction", "kidnapping", "arrest",
        "detention", "expulsion", "massacre", "annexation", NULL};
    const ud_word *w = ud_tree_word(t, x);
    const char *k = (ud_rel_is(w, "nmod") && !ud_rel_is(w, "nmod:poss")) || ud_rel_is(w, "obj")
                        ? ud_tree_case_of(t, x) : NULL;
    return w->head > 0 && k && tree_word_in_list(k, "on against of into") &&
           lemma_in(ud_tree_word(t, w->head), force);
}

/* Verbs that judge or refuse an act ("condemned the attack on"), unlike those that call
 * for it ("called for sanctions against Nigeria": Nigeria is its target). */
static bool judging_verb(const ud_word *w)
{
    static const char *const judge[] = {"condemn", "denounce", "criticize", "criticise",
                                        "oppose", "reject", "deplore", "decry", "slam",
                                        "protest", "refuse", "veto", "block",
                                        /* (and approve it: "praised the attack on Israel"
                                           is no praise of Israel) */
                                        "praise", "welcome", "hail", "applaud", "celebrate",
                                        "commend", "laud", "salute", NULL};
    return w->upos == UPOS_VERB && lemma_in(w, judge);
}

/* "Iran condemned the attack on Syria", "the US opposed the invasion of Iraq", "Rumsfeld
 * rejected an attack on al-Qaeda bases": who suffers an act of force is not the one its
 * condemnation, opposition or rejection (CAMEO 11, 12) is aimed at; that is the act's
 * author, whom the sentence does not name here; so is a protest against it (14). True
 * when the event's target lies in the patient phrase ("on", "against", "of", "into") of such an act noun under the
 * predicate. */
static bool judged_act_patient(const ud_tree *t, int p, const event *e)
{
    if (!((e->code[0] == '1' && (e->code[1] == '1' || e->code[1] == '2' || e->code[1] == '4')) ||
          (e->code[0] == '0' && e->code[1] == '5')) ||
        !judging_verb(ud_tree_word(t, p)))
        return false;
    int x = e->target.where.end > e->target.where.start ? node_at(t, e->target.where.start) : 0;
    int n = (int)t->s->n;
    for (int steps = 0; x > 0 && x != p && steps <= n; steps++) {
        const ud_word *w = ud_tree_word(t, x);
        if (force_patient(t, x) && ud_tree_dominates(t, p, w->head))
            return true;
        /* (only up the patient's own name: "the arrest of the journalist by Russian
           police" may hang the agent from the journalist) */
        if (!(ud_rel_is(w, "compound") || ud_rel_is(w, "flat") || ud_rel_is(w, "amod") ||
              ud_rel_is(w, "conj")))
            return false;
        x = w->head;
    }
    return false;
}

/* Does the event of the predicate p take its target from inside the infinitive of a verb
 * that has a party of its own? "asked Bush to name the leaders of Chechnya": the asked
 * party is the object (Bush); the countries in what he is asked to do are not asked
 * anything, nor are they the target when the object names no actor ("asked his cabinet
 * to prepare a response to North Korea"). The one called on may be an oblique ("called
 * on Americans to donate to the Red Cross"), the infinitive may hang from the party
 * ("urged the government to ..." as acl). */
static bool complement_party_target(const ud_tree *t, int p, const event *e)
{
    /* (appeals and demands only: a threat's target is what it threatens to do to, "threatened
       Monday to resume attacks in Israel" with the day taken for an object) */
    if (e->target.where.end <= e->target.where.start ||
        !(strncmp(e->code, "02", 2) == 0 || strncmp(e->code, "10", 2) == 0))
        return false;
    int x = node_at(t, e->target.where.start);
    if (x <= 0 || x == p)
        return false;
    int party = 0;
    for (int c = t->first_child[p]; c && !party; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        const char *k = ud_tree_case_of(t, c);
        if (ud_rel_is(w, "obj") || ud_rel_is(w, "iobj") ||
            (ud_rel_is(w, "obl") && k && strcasecmp(k, "on") == 0 &&
             lemma_in(ud_tree_word(t, p), (const char *const[]){"call", NULL})))
            party = c;
    }
    if (!party)
        return false;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        /* (the parse may make an appeal's infinitive an adverbial clause: "encouraged its
           citizens to vote against ...") */
        const ud_word *w = ud_tree_word(t, c);
        int inf = ud_rel_is(w, "xcomp") || ud_rel_is(w, "advcl") ? c : 0;
        if (!inf && c == party) {
            inf = ud_tree_child(t, c, "acl", 0);
        }
        int mark = inf ? ud_tree_child(t, inf, "mark", 0) : 0;
        const ud_word *mw = mark ? ud_tree_word(t, mark) : NULL;
        if (mw && mw->form && strcasecmp(mw->form, "to") == 0 && inf != x &&
            ud_tree_dominates(t, inf, x))
            return true;
    }
    return false;
}

/* Is a violent act (18x-20x) of the predicate p done to an idea, not to anyone? "could
 * kill the spirit of those peoples", "killed the government's budget bill", "attacked the
 * credibility of the electoral commission", "attacks on John Kerry's record": the one
 * struck is an abstract thing (the object, a passive's subject, or what an attack noun
 * is "on" or "against"), and the actor named inside it suffers no force. An idea that
 * strikes someone is no attacker either: an actor inside the clausal subject ("That
 * India is not Yugoslavia has not struck the conferees") is no source. */
static bool figurative_violence(const ud_tree *t, int p, const event *e)
{
    static const char *const ideas =
        "spirit soul morale hope chance prospect idea notion credibility reputation image "
        "confidence trust faith bill legislation proposal plan deal talks process initiative "
        "motion amendment economy recovery growth market momentum effort record policy "
        "stance claim argument view decision ruling candidacy nomination integrity "
        "legitimacy dignity pride identity unity resolve will";
    if (!(strncmp(e->code, "18", 2) == 0 || strncmp(e->code, "19", 2) == 0 ||
          strncmp(e->code, "20", 2) == 0))
        return false;
    int src = e->source.where.end > e->source.where.start ? node_at(t, e->source.where.start) : 0;
    int csubj = ud_tree_child(t, p, "csubj", 0);
    /* (the parse may make a copular clause's predicate the subject: "That India is not
       Yugoslavia" with "Yugoslavia" nsubj) */
    int nsubj = ud_tree_child(t, p, "nsubj", 0);
    if (!csubj && nsubj && ud_tree_child(t, nsubj, "cop", 0))
        csubj = nsubj;
    if (src > 0 && csubj && ud_tree_dominates(t, csubj, src))
        return true;
    int x = e->target.where.end > e->target.where.start ? node_at(t, e->target.where.start) : 0;
    if (x <= 0)
        return false;
    const ud_word *pw = ud_tree_word(t, p);
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        const char *k = ud_tree_case_of(t, c);
        bool patient = pw->upos == UPOS_NOUN
                           ? ud_rel_is(w, "nmod") && k &&
                                 (strcmp(k, "on") == 0 || strcmp(k, "against") == 0)
                           : ud_rel_is(w, "obj") || ud_rel_is(w, "nsubj:pass");
        if (patient && c != x && w->lemma && tree_word_in_list(w->lemma, ideas) &&
            ud_tree_dominates(t, c, x))
            return true;
    }
    return false;
}

/* Is the target of the predicate p only the place where it acted on its own object?
 * "killed a member of the party after kidnapping him in Mosul", "Gunmen kidnapped two aid
 * workers in Kabul": an assault (18x) whose verb has its object, and a state or city in
 * an "in" or "near" phrase beside that object (a bare state code: the place read as its
 * state) says where, not whom. */
static bool place_beside_object(const ud_tree *t, int p, const event *e)
{
    const char *tgt = e->target.code;
    /* (assaults on persons only: a ground seized "in" a city is that state's, "took control
       of the airport in Goma", and a rocket fired "at" a state hits it) */
    if (strncmp(e->code, "18", 2) != 0 || !tgt || strlen(tgt) != 3 ||
        e->target.where.end <= e->target.where.start ||
        ud_tree_word(t, p)->upos != UPOS_VERB || !ud_tree_child(t, p, "obj", 0))
        return false;
    int x = node_at(t, e->target.where.start);
    /* (the name's last word: "New Delhi", "the Gulf of Aden" keeps its head) */
    while (x > 0 && (ud_rel_is(ud_tree_word(t, x), "flat") ||
                     ud_rel_is(ud_tree_word(t, x), "compound")))
        x = ud_tree_word(t, x)->head;
    const ud_word *w = x > 0 ? ud_tree_word(t, x) : NULL;
    const char *k = w ? ud_tree_case_of(t, x) : NULL;
    return w && w->head == p && ud_rel_is(w, "obl") && k && tree_word_in_list(k, "in near");
}

/* Is q an obligation verb over an infinitive, "will have to", "has to", "needs to"? "The
 * Bush administration will have to finally apply effective pressure on Sharon": like
 * "must" and "should", an obligation someone states is no act of the one obliged. The past
 * ("had to release", "was forced to") tells of an act done, and stays. */
static bool have_to(const ud_tree *t, int q)
{
    const ud_word *w = ud_tree_word(t, q);
    if (w->upos != UPOS_VERB || !w->lemma || !tree_word_in_list(w->lemma, "have need") ||
        !w->xpos || strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBN") == 0 ||
        strcmp(w->xpos, "VBG") == 0 || ud_tree_child(t, q, "obj", 0))
        return false;
    /* (nor a past auxiliary over it, "had needed to", nor an act not yet done, "has yet
       to condemn": negated, not obliged) */
    for (int c = t->first_child[q]; c; c = t->next_sibling[c]) {
        const ud_word *a = ud_tree_word(t, c);
        if ((ud_rel_is(a, "aux") && a->xpos && strcmp(a->xpos, "VBD") == 0) ||
            (a->lemma && strcmp(a->lemma, "yet") == 0))
            return false;
    }
    int x = ud_tree_child(t, q, "xcomp", 0);
    int mark = x ? ud_tree_child(t, x, "mark", 0) : 0;
    return mark && ud_tree_word(t, mark)->form && strcasecmp(ud_tree_word(t, mark)->form, "to") == 0;
}

/* The CAMEO code of the announced intent to do `code`: cooperative acts become their
 * 03 code ("express intent to ..."), conflictual ones their 13 code ("threaten to ...");
 * NULL when CAMEO has none (verbal acts are statements already). */
static const char *cameo_intent_code(const char *code)
{
    static const struct {
        const char *prefix, *intent;
    } table[] = {
        {"045", "039"},  {"04", "036"},   {"05", "032"},   {"061", "0311"}, {"062", "0312"},
        {"063", "0313"}, {"064", "0314"}, {"06", "031"},   {"071", "0331"}, {"072", "0332"},
        {"073", "0333"}, {"074", "0334"}, {"07", "033"},   {"081", "0351"}, {"082", "0352"},
        {"084", "0353"}, {"085", "0354"}, {"086", "0355"}, {"087", "0356"}, {"08", "035"},
        {"161", "1313"}, {"162", "1311"}, {"163", "1312"}, {"16", "131"},   {"172", "132"},
        {"17", "137"},   {"18", "1383"},  {"191", "1381"}, {"192", "1382"}, {"19", "1384"},
        {"20", "1385"},
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++)
        if (strncmp(code, table[i].prefix, strlen(table[i].prefix)) == 0)
            return table[i].intent;
    return NULL;
}

/* The word of the sentence whose span holds byte `at`, or 0. */
static int node_at(const ud_tree *t, uint32_t at)
{
    for (uint32_t i = 1; i <= t->s->n; i++) {
        const ud_word *w = ud_tree_word(t, (int)i);
        if (at >= w->start && at < w->end)
            return (int)i;
    }
    return 0;
}

/* "the sanctions it had agreed to in the UN Security Council", "signed a deal in Moscow":
 * a place phrase of the predicate ("in", "at", ...) names where a cooperative act
 * (CAMEO 01-05) happened, not whom it was for. Is node inside such a phrase of p? */
static const char *const VENUE = "in at inside near outside";
static int venue_of(const ud_tree *t, int p, int node, const char *code)
{
    /* the phrase may belong to the predicate or to a clause it is the complement of
       ("agreed in Brussels to share intelligence") */
    for (int x = node, steps = 0; x > 0 && steps <= (int)t->s->n; steps++) {
        int h = ud_tree_word(t, x)->head;
        if (h <= 0)
            return 0;
        /* the place's own name only: "met in Pyongyang with Kang" (the parse may hang
           "with Kang" from the place) */
        const ud_word *xw = ud_tree_word(t, x);
        if (xw->deprel && strcmp(xw->deprel, "nmod") == 0 && !(h == p || ud_tree_dominates(t, h, p))) {
            /* "agreed to a ceasefire in Jeddah": the place of the act the predicate's
               own argument names is the venue too */
            const ud_word *hw = ud_tree_word(t, h);
            const char *k = ud_tree_case_of(t, x);
            /* (an appeal's or a statement's place is its target: "called for a
               ceasefire in Gaza") */
            bool argument = hw->head == p && (ud_rel_is(hw, "obl") || ud_rel_is(hw, "obj")) &&
                            code[0] == '0' && code[1] >= '3';
            return argument && k && tree_word_in_list(k, VENUE) ? x : 0;
        }
        if (h == p || ud_tree_dominates(t, h, p)) {
            const ud_word *w = ud_tree_word(t, x);
            const char *k = ud_rel_is(w, "obl") && !ud_rel_is(w, "obl:agent")
                                ? ud_tree_case_of(t, x) : NULL;
            return k && tree_word_in_list(k, VENUE) ? x : 0;
        }
        x = h;
    }
    return 0;
}

/* A cooperative act whose place is no venue: visits ("arrived in Amman": the host) and
 * mediation ("offered to mediate in Sudan": the parties); talks halted had a venue as
 * talks held do ("suspended talks in Brussels": no act on Belgium) */
static bool venue_free(const char *code)
{
    if (strcmp(code, "164") == 0)
        return false;
    return code[0] != '0' || code[1] < '1' || code[1] > '5' || strcmp(code, "042") == 0 ||
           strcmp(code, "043") == 0 || strcmp(code, "045") == 0 || strcmp(code, "039") == 0;
}

/* "rel<-rel<-" up from a to the lowest common ancestor, then "-rel->" down to b: how the
 * tree links an actor's word to its predicate. */
static void tree_link(strbuf *b, const ud_tree *t, int a, int x)
{
    int n = (int)t->s->n;
    int lca = a, steps = 0;
    /* (bounded: a cycle in a malformed tree ends too) */
    while (lca > 0 && !ud_tree_dominates(t, lca, x) && steps++ <= n)
        lca = ud_tree_word(t, lca)->head;
    steps = 0;
    for (int k = a; k != lca && k > 0 && steps++ <= n; k = ud_tree_word(t, k)->head)
        strbuf_printf(b, " ^%s", ud_tree_word(t, k)->deprel);
    /* down from lca to x: collect the chain from x up, print reversed */
    int chain[64], nc = 0;
    steps = 0;
    for (int k = x; k != lca && k > 0 && nc < 64 && steps++ <= n; k = ud_tree_word(t, k)->head)
        chain[nc++] = k;
    for (int i = nc - 1; i >= 0; i--)
        strbuf_printf(b, " -%s->", ud_tree_word(t, chain[i])->deprel);
    strbuf_printf(b, " %s", ud_tree_word(t, x)->form);
}

static const char *tree_path(arena *a, const ud_tree *t, int p, const event *e)
{
    strbuf b = {0};
    strbuf_printf(&b, "%s (%s)", ud_tree_word(t, p)->form, ud_upos_name(ud_tree_word(t, p)->upos));
    const span *sides[2] = {&e->source.where, &e->target.where};
    const char *names[2] = {"source", "target"};
    for (int k = 0; k < 2; k++) {
        int x = sides[k]->end > sides[k]->start ? node_at(t, sides[k]->start) : 0;
        if (!x)
            continue;
        strbuf_printf(&b, "; %s:", names[k]);
        tree_link(&b, t, p, x);
    }
    const char *out = arena_strndup(a, b.data, b.len);
    strbuf_free(&b);
    return out;
}

/* Codes a clause text with the lexicon's matcher and keeps the events of its verb (the
 * clause-text span verb_from..verb_to), with their spans mapped back to the document. */
/* "He traveled to Florida", "the minister flew to Moscow" (a Russian minister): a trip to
 * a place of one's own state is no visit (CAMEO 042-044 are visits between actors). */
static bool home_visit(const event *e)
{
    const char *s = e->source.code, *t = e->target.code;
    if (!s || !t || strncmp(e->code, "04", 2) != 0 || e->code[2] < '2' || e->code[2] > '4')
        return false;
    if (strlen(s) < 3 || strlen(t) < 3 || strncmp(s, t, 3) != 0)
        return false;
    return strlen(s) == 3 || strlen(t) == 3; /* one side is the bare state: a place */
}

/* Is the event a visit (042, 043) whose visitor is a private person or group (civilians,
 * students, refugees: "Mohamed and his father are to travel to the United Nations", "The
 * team arrived in Washington")? A visit in CAMEO is a political actor's journey. */
static bool private_visit(const event *e)
{
    if (strcmp(e->code, "042") != 0 && strcmp(e->code, "043") != 0)
        return false;
    const char *visitor = strcmp(e->code, "042") == 0 ? e->source.code : e->target.code;
    size_t n = visitor ? strlen(visitor) : 0;
    return n >= 6 && (strcmp(visitor + n - 3, "CVL") == 0 || strcmp(visitor + n - 3, "EDU") == 0 ||
                      strcmp(visitor + n - 3, "REF") == 0);
}

/* Ways a crowd blocks in protest (CAMEO 144): blocking one is no act of a text blocked. */
static const char *const ROADWAYS = "road highway street motorway expressway bridge railway "
                                    "junction crossing intersection";

/* The verb that blocked the text whose participle p is ("blocked an EU statement
 * criticising China", "vetoed a resolution condemning Israel"), or 0. */
static int blocked_by(const ud_tree *t, int p)
{
    const ud_word *w = ud_tree_word(t, p);
    if (!ud_rel_is(w, "acl") || w->head <= 0)
        return 0;
    const ud_word *noun = ud_tree_word(t, w->head);
    if (!ud_rel_is(noun, "obj") || noun->head <= 0)
        return 0;
    /* ("blocked the main road to protest against power cuts": a road is no text) */
    if (noun->lemma && tree_word_in_list(noun->lemma, ROADWAYS))
        return 0;
    const ud_word *v = ud_tree_word(t, noun->head);
    return v->lemma && tree_word_in_list(v->lemma, "block veto reject prevent thwart stop "
                                                   "kill scuttle torpedo derail")
               ? noun->head : 0;
}

/* The modifier of an event noun that says the act is still to come ("the planned
 * attack", "a possible deal", "the proposed talks"), or 0. */
static int unrealised(const ud_tree *t, int noun)
{
    for (int c = t->first_child[noun]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if ((ud_rel_is(w, "amod") || ud_rel_is(w, "compound")) && w->lemma &&
            tree_word_in_list(w->lemma, "plan planned proposed propose possible potential "
                                        "threaten threatened expected expect likely future "
                                        "prospective intended intend fear feared upcoming "
                                        "alleged allege reported report suspected suspect "
                                        "rumoured rumored purported"))
            return c;
    }
    return 0;
}

/* "Freedom Magazine, which attacked high-ranking defectors": what a newspaper, a
 * broadcaster or a journalist attacks it attacks in words; an act of force whose source is
 * the media is criticism (111). */
static void words_as_weapons(const ud_tree *t, int p, event *e)
{
    static const char *const force[] = {"attack", "hit", "blast", "assail", "lash", NULL};
    const char *src = e->source.code;
    size_t len = src ? strlen(src) : 0;
    if (len < 6 || strcmp(src + len - 3, "MED") != 0 || e->code[0] != '1' ||
        (e->code[1] != '8' && e->code[1] != '9') || !lemma_in(ud_tree_word(t, p), force))
        return;
    snprintf(e->code, sizeof e->code, "111");
}

/* "Kenya's opposition attacked the government's economic record", "attacks on Kerry's
 * record by the veterans": what is attacked is a record, a policy or a reputation, which
 * no force can reach, so the attack is made in words (111). The argument of the predicate
 * that holds the target is the thing attacked. */
static void attack_on_record(const ud_tree *t, int p, event *e)
{
    static const char *const force[] = {"attack", "assail", "assault", "hit", "blast",
                                        NULL};
    static const char *const abstract[] = {
        "record", "records", "policy", "policies", "reputation", "credibility", "reform",
        "reforms", "plan", "plans", "proposal", "proposals", "stance", "remark", "remarks",
        "comment", "comments", "statement", "statements", "handling", "integrity",
        "character", "legacy", "judgment", "judgement", "motive", "motives", "decision",
        "decisions", "strategy", "approach", "conduct", "performance", "leadership",
        "views", "agenda", "budget", "bill", "law", "laws", "programme", "program",
        "service", "patriotism", "honesty", "competence", "ruling", "verdict", NULL};
    /* (or a light verb's: "launched attacks on the government's reforms") */
    int o = ud_tree_child(t, p, "obj", 0);
    if (e->code[0] != '1' || (e->code[1] != '8' && e->code[1] != '9') ||
        !(lemma_in(ud_tree_word(t, p), force) || (o && lemma_in(ud_tree_word(t, o), force))) ||
        e->target.where.end <= e->target.where.start)
        return;
    int x = node_at(t, e->target.where.start), n = (int)t->s->n;
    for (int steps = 0; x > 0 && ud_tree_word(t, x)->head != p && steps <= n; steps++)
        x = ud_tree_word(t, x)->head;
    if (x <= 0 || x == p)
        return;
    const ud_word *w = ud_tree_word(t, x);
    if (w->upos != UPOS_NOUN || !lemma_in(w, abstract))
        return;
    snprintf(e->code, sizeof e->code, "111");
}

/* The kind of aid the noun x names: 'M' military, 'H' humanitarian, 'E' economic, by
 * its modifier ("military aid", "development aid", "food aid"), or 'E' for money itself
 * when `money` ("a loan", "a bailout", "funding": what is asked for or offered; money
 * given keeps the lexicon's code); 0 when it names no aid or no kind. */
static char aid_kind(const ud_tree *t, int x, bool money)
{
    static const char *const aid[] = {"aid", "assistance", "support", "help", "funding",
                                      "package", NULL};
    static const char *const cash[] = {"loan", "bailout", "funding", "fund", "credit",
                                       "lending", "grant", "money", "cash", NULL};
    static const char *const military[] = {"military", "defense", "defence", "security",
                                           NULL};
    static const char *const humane[] = {"humanitarian", "food", "medical", "relief", NULL};
    static const char *const economic[] = {"economic", "financial", "development",
                                           "budget", "budgetary", "fiscal", NULL};
    const ud_word *w = ud_tree_word(t, x);
    if (lemma_in(w, aid) || lemma_in(w, cash))
        for (int c = t->first_child[x]; c; c = t->next_sibling[c]) {
            const ud_word *m = ud_tree_word(t, c);
            if (!ud_rel_is(m, "amod") && !ud_rel_is(m, "compound"))
                continue;
            if (lemma_in(m, military))
                return 'M';
            if (lemma_in(m, humane))
                return 'H';
            if (lemma_in(m, economic))
                return 'E';
        }
    return money && lemma_in(w, cash) ? 'E' : 0;
}

/* "cut off military aid to Egypt" 1622, not 162; "resumed development aid" 071, not
 * 070; "asked the IMF for a bailout" 0231, not 020; "offered Greece a loan" 0331, not
 * 033; "threatened tariffs on Canada" 1312,
 * not 130: the lexicon codes the verb with the general code of its class, and the kind
 * of aid or measure is in the words the predicate governs (its object, its "for" or "of"
 * phrase), which the tree names. */
static void measure_kind(const ud_tree *t, int p, event *e)
{
    static const char *const threat_nouns[] = {"sanction", "tariff", "duty", "embargo",
                                               "boycott", "levy", "ban", NULL};
    static const char *const threatening[] = {"threaten", "warn", NULL};
    const char *code = e->code;
    /* "retaliated against the United States by raising duties": the means named is a
       sanction, no use of force (190 is the lexicon's guess for retaliation) */
    static const char *const retaliating[] = {"retaliate", NULL};
    if (strcmp(code, "190") == 0 && lemma_in(ud_tree_word(t, p), retaliating))
        for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
            int by = ud_rel_is(ud_tree_word(t, c), "advcl") ? ud_tree_child(t, c, "mark", 0) : 0;
            int obj = by ? ud_tree_child(t, c, "obj", 0) : 0;
            const ud_word *bw = by ? ud_tree_word(t, by) : NULL;
            if (obj && bw->lemma && strcmp(bw->lemma, "by") == 0 &&
                lemma_in(ud_tree_word(t, obj), threat_nouns)) {
                snprintf(e->code, sizeof e->code, "163");
                return;
            }
        }
    bool stop = strcmp(code, "162") == 0, give = strcmp(code, "070") == 0,
         offer = strcmp(code, "033") == 0,
         ask = strcmp(code, "020") == 0 || strcmp(code, "023") == 0,
         threat = strcmp(code, "130") == 0 && lemma_in(ud_tree_word(t, p), threatening);
    if (!stop && !give && !offer && !ask && !threat)
        return;
    char kind = 0;
    for (int c = t->first_child[p]; c && !kind; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        bool obj = ud_rel_is(w, "obj");
        const char *k = ud_tree_case_of(t, c);
        if (!obj && !(ud_rel_is(w, "obl") && k && strcasecmp(k, "for") == 0 && ask))
            continue;
        /* (the object or a phrase of it: "warned India of higher tariffs") */
        for (int x = c; x && !kind; x = x == c ? t->first_child[c] : t->next_sibling[x]) {
            const ud_word *xw = ud_tree_word(t, x);
            if (x != c && !ud_rel_is(xw, "nmod"))
                continue;
            if (threat)
                kind = lemma_in(xw, threat_nouns) ? 'S' : 0;
            else
                kind = aid_kind(t, x, ask || offer);
        }
    }
    /* (what one is urged or called on to give: "urged the West to send military aid",
       "called on the IMF to release funds", the parse may hang the infinitive from the
       one called on) */
    for (int c = t->first_child[p]; c && ask && !kind; c = t->next_sibling[c]) {
        const ud_word *cw = ud_tree_word(t, c);
        int x = ud_rel_is(cw, "xcomp") ? c
                : ud_rel_is(cw, "obj") || ud_rel_is(cw, "obl") ? ud_tree_child(t, c, "acl", 0)
                                                              : 0;
        bool infinitive = x && (x == c || ud_tree_child(t, x, "mark", 0));
        int o = infinitive ? ud_tree_child(t, x, "obj", 0) : 0;
        kind = o ? aid_kind(t, o, true) : 0;
    }
    if (!kind)
        return;
    const char *to = threat ? "1312"
                     : stop ? (kind == 'M' ? "1622" : kind == 'H' ? "1623" : "1621")
                     : give ? (kind == 'M' ? "072" : kind == 'H' ? "073" : "071")
                     : offer ? (kind == 'M' ? "0332" : kind == 'H' ? "0333" : "0331")
                            : (kind == 'M' ? "0232" : kind == 'H' ? "0233" : "0231");
    snprintf(e->code, sizeof e->code, "%s", to);
}

/* Is the clause at p a condition in the past perfect, "if NATO had offered Georgia
 * membership", "had the coup failed", "unless Iran had agreed"? Such a condition is
 * unreal: its act did not take place. (An indirect question, "asked if Iran had
 * agreed", is a complement, no adverbial clause.) */
static bool past_condition(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    /* ("Had NATO offered ...": the parse may make the sentence's first word, "Had", its
       root and the condition's verb that word's complement) */
    const ud_word *first = ud_tree_word(t, 1);
    if (pw->head == 1 && p > 2 && ud_rel_is(pw, "ccomp") && first->form &&
        strcasecmp(first->form, "had") == 0 && ud_tree_subject(t, p) > 1)
        return true;
    if (!ud_rel_is(pw, "advcl") || !pw->xpos || strcmp(pw->xpos, "VBN") != 0)
        return false;
    int had = 0, subject = ud_tree_subject(t, p), mark = ud_tree_child(t, p, "mark", 0);
    for (int c = t->first_child[p]; c && !had; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (ud_rel_is(w, "aux") && !ud_rel_is(w, "aux:pass") && w->form &&
            strcasecmp(w->form, "had") == 0)
            had = c;
    }
    if (!had)
        return false;
    if (mark) {
        const ud_word *mw = ud_tree_word(t, mark);
        return mw->form && (strcasecmp(mw->form, "if") == 0 || strcasecmp(mw->form, "unless") == 0);
    }
    return subject && had < subject; /* "Had NATO offered ..." */
}

/* Has a clause with a perfect under "would" or "should" (or under "could" or "might" with
 * a past condition: "if the UN had acted", "had the coup failed") a past the speaker says
 * did not happen: "a deal that would have allowed the US to send a team", "Russia should
 * have withdrawn long ago"? A counterfactual tells of no act, so it codes none. The
 * modals' own word is checked, as "may have" and "must have" only guess at a past. */
static bool counterfactual(const ud_tree *t, int p)
{
    static const char *const unreal[] = {"would", "should", "'d", NULL};
    static const char *const possible[] = {"could", "might", NULL};
    if (past_condition(t, p))
        return true;
    const ud_word *pw = ud_tree_word(t, p);
    /* (a verb coordinated with a counterfactual one shares its auxiliaries) */
    if (ud_rel_is(pw, "conj") && pw->head > 0 && !ud_tree_child(t, p, "aux", 0))
        return counterfactual(t, pw->head);
    if (pw->upos != UPOS_VERB || !pw->xpos || strcmp(pw->xpos, "VBN") != 0)
        return false;
    bool perfect = false, sure = false, maybe = false;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (!ud_rel_is(w, "aux") || ud_rel_is(w, "aux:pass") || !w->form)
            continue;
        if (w->lemma && strcmp(w->lemma, "have") == 0 && strcasecmp(w->form, "have") == 0)
            perfect = true;
        for (size_t i = 0; unreal[i]; i++)
            sure |= strcasecmp(w->form, unreal[i]) == 0;
        for (size_t i = 0; possible[i]; i++)
            maybe |= strcasecmp(w->form, possible[i]) == 0;
    }
    if (!perfect || (!sure && !maybe))
        return false;
    if (sure)
        return true;
    /* "could have", "might have": only against a condition in the past perfect */
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        if (!ud_rel_is(ud_tree_word(t, c), "advcl"))
            continue;
        for (int a = t->first_child[c]; a; a = t->next_sibling[a]) {
            const ud_word *aw = ud_tree_word(t, a);
            if (ud_rel_is(aw, "aux") && aw->form && strcasecmp(aw->form, "had") == 0)
                return true;
        }
    }
    return false;
}

/* Is the clause at p part of a scenario the writer asks the reader to suppose? "Suppose
 * that Russia attacked Estonia", "Imagine China invading Taiwan", "Let us assume that Iran
 * tests a bomb": an imperative of supposing (no subject of its own, at the root or after
 * "let") puts forward a case for the argument, an act no one did, said or intends. "I
 * suppose Russia attacked Ukraine" has a subject: the writer believes it happened. */
static bool supposed_scenario(const ud_tree *t, int p)
{
    static const char *const supposing[] = {"suppose", "imagine", "assume", "pretend",
                                            "picture", NULL};
    int n = (int)t->s->n, root = p;
    for (int steps = 0; ud_tree_word(t, root)->head > 0 && steps <= n; steps++)
        root = ud_tree_word(t, root)->head;
    if (root == p)
        return false;
    /* ("Let us assume that ...": the supposing verb under "let") */
    const ud_word *rw = ud_tree_word(t, root);
    int x = root;
    if (rw->lemma && strcmp(rw->lemma, "let") == 0) {
        x = ud_tree_child(t, root, "xcomp", 0);
        if (!x)
            return false;
    }
    const ud_word *w = ud_tree_word(t, x);
    /* (the tagger may take a sentence's first word for an adjective: "Pretend for a
       moment that ...") */
    bool imperative = (w->xpos && strcmp(w->xpos, "VB") == 0) || (x == root && x == 1);
    return lemma_in(w, supposing) && imperative && !ud_tree_child(t, x, "nsubj", 0) &&
           !ud_tree_child(t, x, "aux", 0);
}

static bool any_verb(const lex_verb *v, const uint16_t *pos, unsigned score, void *ctx)
{
    (void)v, (void)pos, (void)score;
    *(bool *)ctx = true;
    return true;
}

/* "Israel bombs Gaza", "Russia shells Kharkiv", "China sanctions US firms": a headline's
 * present tense of a word the lexicon lists as a noun ("bombs", "shells", "sanctions"
 * are goods and measures), whose past tense it lists as a verb. Writes that past tense
 * to out (lower case) and returns true when w, read by the dictionaries as a noun, is
 * such a word. */
static bool noun_listed_verb(const tree_run *r, const ud_word *w, char *out, size_t cap)
{
    const pword *pw = shallow_word_at(r, w->start);
    size_t len = w->lemma ? strlen(w->lemma) : 0;
    if (!pw || pw->read_type != W_NOUN || len < 3 || len + 4 > cap)
        return false;
    for (int doubled = 0; doubled <= 1; doubled++) {
        char up[64];
        size_t k = 0;
        for (; k < len && k + 4 < sizeof up; k++)
            up[k] = (char)toupper((unsigned char)w->lemma[k]);
        if (k < len)
            return false;
        if (doubled)
            up[k] = up[k - 1], k++; /* ("ban": "banned") */
        if (up[k - 1] != 'E')
            up[k++] = 'E';
        up[k++] = 'D';
        bool found = false;
        lex_text_word tw = {up, (uint16_t)k};
        bool barrier = false;
        lex_match_verbs(r->lx, &tw, 1, 0, &barrier, any_verb, &found);
        if (found) {
            for (size_t i = 0; i < k; i++)
                out[i] = (char)tolower((unsigned char)up[i]);
            out[k] = '\0';
            return true;
        }
    }
    return false;
}

/* noun_listed_verb for a word in the present tense (VBZ, VBP). */
static bool present_noun_listed(const tree_run *r, const ud_word *w, char *out, size_t cap)
{
    return w->xpos && tree_word_in_list(w->xpos, "VBZ VBP") && noun_listed_verb(r, w, out, cap);
}

/* The clause text ct with its verb, at [*verb_from, *verb_to), written as the past tense
 * `past` (noun_listed_verb): the map after it moves along. */
static void write_past(tree_run *r, clause_text *ct, const char *past, uint32_t verb_from,
                       uint32_t *verb_to)
{
    strbuf text = {0};
    strbuf_append(&text, ct->text.data, verb_from);
    strbuf_puts(&text, past);
    uint32_t end = (uint32_t)text.len;
    strbuf_append(&text, ct->text.data + *verb_to, ct->text.len - *verb_to);
    int32_t delta = (int32_t)end - (int32_t)*verb_to;
    syn_word_map *map = arena_alloc(r->a, ct->n * sizeof *map + 1);
    for (size_t i = 0; i < ct->n; i++) {
        map[i] = ct->map[i];
        if (map[i].syn_start >= *verb_to) {
            map[i].syn_start = (uint32_t)((int32_t)map[i].syn_start + delta);
            map[i].syn_end = (uint32_t)((int32_t)map[i].syn_end + delta);
        } else if (map[i].syn_start == verb_from) {
            map[i].syn_end = end;
        }
    }
    strbuf_free(&ct->text);
    ct->text = text;
    ct->map = map;
    *verb_to = end;
}

static void code_clause(tree_run *r, const ud_tree *t, int p, clause_text *ct_in, uint32_t verb_from,
                        uint32_t verb_to)
{
    clause_text ct = *ct_in;
    if (ct.text.len == 0) {
        strbuf_free(&ct.text);
        return;
    }
    /* (a headline's "bombs", "sanctions": its verb, which the lexicon lists as a noun) */
    const ud_word *vw = ud_tree_word(t, p);
    char past[64];
    if (vw->upos == UPOS_VERB && verb_to - verb_from == vw->end - vw->start &&
        memcmp(ct.text.data + verb_from, r->text + vw->start, verb_to - verb_from) == 0 &&
        present_noun_listed(r, vw, past, sizeof past))
        write_past(r, &ct, past, verb_from, &verb_to);

    /* the clause text is coded in the arena, as a sentence of its own */
    char *ctext = arena_strndup(r->a, ct.text.data, ct.text.len);
    uint32_t clen = (uint32_t)ct.text.len;
    strbuf_free(&ct.text);
    coded_sentence cs;
    coder_code_sentence_in(r->lx, &r->opt, r->a, ctext, 0, clen, r->date, r->index, r->ctx,
                           &cs);

    if (!r->first_actor && cs.first_actor)
        r->first_actor = cs.first_actor;
    /* (what one wants or hopes another to do: "Ukraine wants NATO to invite it") */
    const ud_word *own = ud_tree_word(t, p);
    bool wished = own->head > 0 &&
                  ((ud_rel_is(own, "xcomp") && ud_tree_child(t, own->head, "obj", 0) != 0) ||
                   (ud_rel_is(own, "ccomp") &&
                    lemma_in(ud_tree_word(t, own->head),
                             (const char *const[]){"hope", "want", "expect", "wish", NULL})));
    for (size_t k = 0; k < cs.nevents; k++) {
        event e = cs.events[k];
        /* only the predicate's own event: other verbs are other clauses */
        if (e.verb.start >= verb_to || e.verb.end <= verb_from)
            continue;
        span src = map_span(&ct, e.source.where), tgt = map_span(&ct, e.target.where);
        if (span_within(src, r->patient))
            continue; /* an agentless passive's subject suffers the act */
        if (r->subject.end > r->subject.start && src.end > src.start && tgt.end > tgt.start &&
            src.start >= r->subject.start && src.end <= r->subject.end &&
            tgt.start >= r->subject.start && tgt.end <= r->subject.end)
            continue;
        e.sentence = r->sentence;
        e.sentence_index = r->index;
        e.source.where = map_span(&ct, e.source.where);
        e.target.where = map_span(&ct, e.target.where);
        e.verb = map_span(&ct, e.verb);
        if (e.source.where.end > e.source.where.start)
            e.source.text = arena_strndup(r->a, r->text + e.source.where.start,
                                          e.source.where.end - e.source.where.start);
        if (e.target.where.end > e.target.where.start)
            e.target.text = arena_strndup(r->a, r->text + e.target.where.start,
                                          e.target.where.end - e.target.where.start);
        if (home_visit(&e))
            continue;
        if (judged_act_patient(t, p, &e))
            continue;
        /* (words that attack are no force: read before an idea struck is dropped) */
        words_as_weapons(t, p, &e);
        attack_on_record(t, p, &e);
        if (complement_party_target(t, p, &e) || figurative_violence(t, p, &e) ||
            place_beside_object(t, p, &e)) {
            add_covered(r, e.verb.start, e.verb.end); /* nor the sentence's reading */
            continue;
        }
        if (counterfactual(t, p) || supposed_scenario(t, p)) {
            add_covered(r, e.verb.start, e.verb.end); /* nor the sentence's reading */
            continue;
        }
        if (private_visit(&e)) {
            add_covered(r, e.verb.start, e.verb.end); /* nor the sentence's reading */
            continue;
        }
        int venue = e.target.where.end > e.target.where.start && !venue_free(e.code)
                        ? venue_of(t, p, node_at(t, e.target.where.start), e.code) : 0;
        if (venue) {
            add_covered(r, e.verb.start, e.verb.end); /* nor the sentence's reading */
            r->venue = venue;
            continue;
        }
        period_named(r, &e.source);
        period_named(r, &e.target);
        measure_kind(t, p, &e);
        /* (a state that names an affair, "the Iraq War", is no one's source or target) */
        if (in_affair_name(t, e.source.where) || in_affair_name(t, e.target.where))
            continue;
        /* ("China held military drills": a show of force is never made to one's own
           military, which the drills' adjective named) */
        if (strncmp(e.code, "15", 2) == 0 && e.source.code && e.target.code &&
            strncmp(e.source.code, e.target.code, 3) == 0 && strlen(e.target.code) >= 6 &&
            strcmp(e.target.code + strlen(e.target.code) - 3, "MIL") == 0)
            continue;
        e.tree_path = tree_path(r->a, t, p, &e);
        uint8_t st;
        int cue;
        /* an expression of intent (03x) is itself the event: "vowed to help" is asserted;
           not one another is wished to make (`wished`) */
        if ((own->upos == UPOS_VERB || prospect_act(t, p) || called_off(t, p, NULL) ||
             ruled_out(t, p, &st)) &&
            tree_status(t, p, &st, &cue) &&
            !(st == STATUS_HYPOTHETICAL && strncmp(e.code, "03", 2) == 0 &&
              !demanded_content(t, p) && !wished)) {
            const ud_word *cw = ud_tree_word(t, cue);
            e.status = st;
            e.status_cue = arena_strndup(r->a, r->text + cw->start, cw->end - cw->start);
            e.tree_status = 1;
            /* "Portugal will support Turkey", "NATO would tighten the blockade", "Japan
             * plans to impose sanctions": an actor's own announced intent is, in CAMEO, an
             * expression of intent (03) or a threat (13), and that statement is asserted */
            /* (a prospect is no one's announced intent: "a plan for talks between Israel
               and Hamas" is Egypt's) */
            /* (a question announces nothing: "Will Russia attack Ukraine?") */
            const char *intent = st == STATUS_HYPOTHETICAL && !r->patient_subject &&
                                         !r->question.end && !wished &&
                                         ud_tree_word(t, p)->upos == UPOS_VERB &&
                                         ((announces_intent(t, cue) && !ascribed_intent(r, t, p, cue, &e)) ||
                                          reported_will(r, t, p, cue, e.code) ||
                                          possible_coercion(t, cue, e.code))
                                     ? cameo_intent_code(e.code) : NULL;
            if (intent) {
                snprintf(e.code, sizeof e.code, "%s", intent);
                e.status = STATUS_ASSERTED;
            }
        }
        /* "Hungary blocked an EU statement criticising China", "Russia vetoed a resolution
           condemning Israel": the act of a text that was blocked did not happen */
        int blocker = !e.tree_status ? blocked_by(t, p) : 0;
        if (blocker) {
            const ud_word *bw = ud_tree_word(t, blocker);
            e.status = STATUS_NEGATED;
            e.status_cue = arena_strndup(r->a, r->text + bw->start, bw->end - bw->start);
            e.tree_status = 1;
        }
        /* "the planned attack on Ukraine", "a possible deal": an event noun its modifier
           says is still to come is hypothetical */
        int maybe = ud_tree_word(t, p)->upos == UPOS_NOUN && !e.tree_status ? unrealised(t, p) : 0;
        if (maybe) {
            const ud_word *mw = ud_tree_word(t, maybe);
            e.status = STATUS_HYPOTHETICAL;
            e.status_cue = arena_strndup(r->a, r->text + mw->start, mw->end - mw->start);
            e.tree_status = 1;
        }
        /* "Ukraine would not accept Russia's proposal", "the U.S. wouldn't consider that":
           not accepting or considering what another offers rejects it (120), asserted */
        static const char *const ACCEPTING[] = {"accept", "consider", "tolerate", NULL};
        if (e.status == STATUS_NEGATED && lemma_in(ud_tree_word(t, p), ACCEPTING) &&
            e.target.code && e.target.code[0]) {
            snprintf(e.code, sizeof e.code, "120");
            e.status = STATUS_ASSERTED;
            e.tree_status = 1;
        }
        add_event(r, &e);
    }
}

/* Is there a dash standing between blanks (" - ", " -- ", an en or em dash) between the
 * words a and b? Such a dash separates a headline from its byline or a clause from an
 * aside, as a comma would. */
static bool dash_between(const ud_tree *t, int a, int b)
{
    int lo = a < b ? a : b, hi = a < b ? b : a;
    for (int k = lo + 1; k < hi; k++) {
        const ud_word *w = ud_tree_word(t, k);
        if (w->upos != UPOS_PUNCT || !w->space_after || !ud_tree_word(t, k - 1)->space_after)
            continue;
        const unsigned char *f = (const unsigned char *)w->form;
        if (f[0] == '-' || (f[0] == 0xE2 && f[1] == 0x80 && (f[2] == 0x93 || f[2] == 0x94)))
            return true;
    }
    return false;
}

/* The shallow reading's word whose text covers byte `at`, or NULL. */
static const pword *shallow_word_at(const tree_run *r, uint32_t at)
{
    if (!r->shallow)
        return NULL;
    /* the words are in text order: the last one starting at or before `at` */
    int lo = 0, hi = r->shallow->n - 1, found = -1;
    while (lo <= hi) {
        int mid = lo + (hi - lo) / 2;
        if (r->shallow->w[mid].start <= at) {
            found = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    if (found >= 0 && at < r->shallow->w[found].end)
        return &r->shallow->w[found];
    return NULL;
}

/* The type the shallow reading gave the word at byte `at` (W_NULL when none). */
static int shallow_type(const tree_run *r, uint32_t at)
{
    const pword *pw = shallow_word_at(r, at);
    return pw ? pw->read_type : W_NULL;
}

/* The shallow reading's word after an "ex-" inside the word w ("ex-president": the
 * agent the tree's one word holds), or NULL. */
static const pword *after_former(const tree_run *r, const ud_word *w)
{
    const pword *pw = shallow_word_at(r, w->start);
    return pw && pw->former && pw->end < w->end ? shallow_word_at(r, pw->end + 1) : NULL;
}

/* Is the subject an agent without a country ("police", "the opposition", "rebels")? */
static bool place_phrase(const ud_tree *t, int c);

static bool countryless_walk(const tree_run *r, const ud_tree *t, int subj, bool skip_places);

static bool countryless_agent(const tree_run *r, const ud_tree *t, int subj)
{
    return countryless_walk(r, t, subj, false);
}

/* A noun's "by" phrase ("protesters by Iranian police"). */
static bool by_phrase(const ud_tree *t, int c)
{
    const char *k = ud_rel_is(ud_tree_word(t, c), "nmod") ? ud_tree_case_of(t, c) : NULL;
    return k && strcmp(k, "by") == 0;
}

/* countryless_agent, passing over the phrases of place in it ("militants in Iraq"): the
 * place tells where the group was, which state_where reads. */
static const char *agent_role_at(const tree_run *r, uint32_t at);

/* Is the word x an agent of the REF role (migrants, refugees, asylum seekers)? */
static bool refugee_word(const tree_run *r, const ud_tree *t, int x)
{
    const char *role = agent_role_at(r, ud_tree_word(t, x)->start);
    /* ("asylum seekers": the agent's words begin at the compound before the head) */
    int lead = ud_tree_child(t, x, "compound", 0);
    if (!role && lead && lead < x)
        role = agent_role_at(r, ud_tree_word(t, lead)->start);
    return role && strstr(role, "REF");
}

static int name_node(const tree_run *r, const pword *w);

/* Is c, a "from" phrase on x, a place or a state by its own name, with x a person known by
 * a role, an occupation or a group who is no state's institution ("an engineer from
 * Kirkuk", "militants from Kandahar", "a cleric from Najaf")? The phrase says where the
 * person is from: that state is theirs, and the place no party (the lexicon, which joins
 * an agent to an actor after "in" or "of" but not after "from", read the place alone).
 * A group named after "from" ("fighters from Hamas") and an institution's "from" phrase
 * ("troops from Chad") are left as they were. */
static bool person_from_place(const tree_run *r, const ud_tree *t, int x, int c)
{
    const char *role = agent_role_at(r, ud_tree_word(t, x)->start);
    int lead = ud_tree_child(t, x, "compound", 0);
    if (!role && lead && lead < x)
        role = agent_role_at(r, ud_tree_word(t, lead)->start);
    if (!role || role[0] != '~')
        return false;
    static const char *const institutions[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", NULL};
    for (size_t i = 0; institutions[i]; i++)
        if (strstr(role, institutions[i]))
            return false;
    for (int k = 0; r->shallow && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        if (w->read_type == W_ACTOR && w->read_head && w->code && w->code->code &&
            strlen(w->code->code) == 3 && cameo_actor_is_state(w->code->code) &&
            name_node(r, w) == c)
            return true;
    }
    return false;
}

/* Is c the "from" phrase of migrants or refugees at x ("refugees from South Sudan")? It
 * names where they come from, their state (origin_state), not another party: the group
 * still has no country of its own words. */
static bool origin_phrase(const tree_run *r, const ud_tree *t, int x, int c)
{
    /* (or set off by commas: "600 migrants, mostly from Sudan,") */
    const ud_word *cw = ud_tree_word(t, c);
    const char *prep = ud_rel_is(cw, "nmod") || ud_rel_is(cw, "appos") ? ud_tree_case_of(t, c)
                                                                        : NULL;
    /* (one state only: "from Bangladesh and Myanmar" names several, each a target of its
       own as before) */
    return prep && strcmp(prep, "from") == 0 && !ud_tree_child(t, c, "conj", 0) &&
           (refugee_word(r, t, x) || person_from_place(r, t, x, c));
}

static bool countryless_walk(const tree_run *r, const ud_tree *t, int subj, bool skip_places)
{
    /* the phrase's own words, one walk down from subj that does not enter a clause in it
       ("the government of using agencies against them"); a tree is at most
       SYNTAX_MAX_WORDS words */
    int stack[SYNTAX_MAX_WORDS + 1], depth = 0, steps = (int)t->s->n + 1;
    bool agent = false;
    stack[depth++] = subj;
    while (depth > 0 && steps-- > 0) { /* (steps: a cycle in a malformed tree ends too) */
        int x = stack[--depth];
        const pword *pw = shallow_word_at(r, ud_tree_word(t, x)->start);
        if (pw && (pw->read_type == W_ACTOR || pw->read_type == W_PRONOUN ||
                   pw->type == W_PRONOUN || pw->fwd_code))
            return false; /* (or a description that stands for states: "the two leaders") */
        /* "its forces", "their troops": the owner the pronoun stands for is the country;
           "the North's army": a name the lexicon does not read is an owner of its own */
        if (x != subj && ud_rel_is(ud_tree_word(t, x), "nmod:poss") &&
            (ud_tree_word(t, x)->upos == UPOS_PRON ||
             (ud_tree_word(t, x)->upos == UPOS_PROPN && ud_tree_word(t, x)->head == subj)))
            return false;
        /* "foreign governments", "overseas investors": of no state the sentence names;
           but "the foreign minister", "the foreign ministry" are one title the agents
           read, a state's own office (unless an actor the parse left outside the phrase
           owns it: "European Community foreign ministers") */
        if (x != subj && ud_tree_word(t, x)->head == subj && ud_rel_is(ud_tree_word(t, x), "amod") &&
            lemma_in(ud_tree_word(t, x), (const char *const[]){"foreign", "overseas", NULL}) &&
            !(pw && pw->read_type == W_AGENT &&
              !(pw > r->shallow->w && pw[-1].read_type == W_ACTOR)))
            return false;
        agent |= pw && pw->read_type == W_AGENT;
        const pword *after = after_former(r, ud_tree_word(t, x));
        agent |= after && after->read_type == W_AGENT;
        /* ("the arrest of protesters by Iranian police": a "by" phrase the parse hung on
           the group names who acted on it, not whose it is; an act's own "by" phrase, "an
           attack by jihadists", names its author) */
        bool act = tree_is_event_noun(ud_tree_word(t, x));
        for (int c = t->first_child[x]; c; c = t->next_sibling[c])
            if ((ud_tree_word(t, c)->upos != UPOS_VERB || qualifier_suffix(t, c)) &&
                !glued_backer(t, c) && depth < SYNTAX_MAX_WORDS &&
                !(skip_places && x == subj && place_phrase(t, c)) && (act || !by_phrase(t, c)) &&
                /* (a person's origin below a name, "Ahmed Nur, a student from Cairo,", is
                   the named person's country: walked as the phrase's own words) */
                !(origin_phrase(r, t, x, c) && (x == subj || refugee_word(r, t, x))))
                stack[depth++] = c;
    }
    return agent;
}

/* Is the subject a name the lexicon does not read, with no actor, agent or pronoun in its
 * words ("Bush" when two presidents bear it)? (A common noun may be a parse's mistake
 * for a subject: "Russian aircraft including helicopter gunships killed".) */
static bool unknown_subject(const tree_run *r, const ud_tree *t, int subj)
{
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    for (int i = first; i <= last; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (!pw || pw->read_type == W_ACTOR || pw->read_type == W_AGENT ||
            pw->read_type == W_PRONOUN || pw->type == W_PRONOUN || pw->fwd_code)
            return false;
    }
    span own = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
    for (size_t k = 0; k < r->npersons; k++) /* a person the sentence introduces */
        if (r->persons[k].name.start < own.end && own.start < r->persons[k].name.end)
            return false;
    return ud_tree_word(t, subj)->upos == UPOS_PROPN;
}

/* "Soaring food prices are hitting households across Nigeria and Ghana", "Floods killed
 * 20 people in Kenya": a subject that is a force of nature, a disease or an economic
 * condition is no one's act; no reading may lend its verb an actor named elsewhere. */
static bool impersonal_cause(const ud_tree *t, int subj)
{
    static const char *const causes[] = {
        "price", "cost", "inflation", "recession", "shortage", "drought", "flood", "flooding",
        "storm", "cyclone", "hurricane", "typhoon", "earthquake", "quake", "tsunami",
        "landslide", "wildfire", "blaze", "heatwave", "rain", "snow", "avalanche", "epidemic",
        "pandemic", "virus", "outbreak", "disease", "cholera", "famine", "accident", NULL};
    const ud_word *w = ud_tree_word(t, subj);
    return w->upos == UPOS_NOUN && lemma_in(w, causes);
}

/* "The motive of the Bush administration for the Iraq War was to protect Israel": what an
 * aim, a motive or a purpose "was to" do is someone's account of why, no act. */
static bool stated_aim(const ud_tree *t, int subj, int p)
{
    static const char *const aims[] = {"motive", "aim", "goal", "purpose", "objective",
                                       "reason", "intention", "plan", NULL};
    const ud_word *sw = ud_tree_word(t, subj);
    const char *mark = ud_tree_case_of(t, p);
    const ud_word *pw = ud_tree_word(t, p);
    /* ("was to protect": the infinitive the copula's complement, or "was" its head) */
    bool copula = ud_tree_child(t, p, "cop", 0) ||
                  (ud_rel_is(pw, "xcomp") && pw->head > 0 && ud_tree_word(t, pw->head)->lemma &&
                   strcmp(ud_tree_word(t, pw->head)->lemma, "be") == 0);
    return sw->upos == UPOS_NOUN && lemma_in(sw, aims) && copula && mark &&
           strcmp(mark, "to") == 0;
}

/* The one state the sentence names (an actor whose code is a country), as its first
 * mention; NULL when it names none or several (*several tells which). */
static bool state_elsewhere(const tree_run *r, const pword *state, int last, bool *on_thing);
static bool state_adjective(const tree_run *r, const pword *state);
static bool act_adjective(const tree_run *r, const pword *state);

/* The shallow index of the last word of the name whose first word is w ("United
 * States", "the US": a root's head knows its tail). */
static int name_last(const tree_run *r, const pword *w)
{
    int k = (int)(w - r->shallow->w);
    return w->other_end >= k && w->other_end < r->shallow->n ? w->other_end : k;
}

/* The tree's word for the last word of that name, or 0 (no tree). */
static int name_node(const tree_run *r, const pword *w)
{
    return r->tree ? node_at(r->tree, r->shallow->w[name_last(r, w)].start) : 0;
}

static bool qualifies_agent(const tree_run *r, const pword *state);
static bool place_by_name(const tree_run *r, const pword *state);

/* "Iran executed a protester, sparking outrage in Germany": the state an act sparks or
 * draws a judgement in (or from) reacts to the act and is no place of it, nor the state of
 * its people. Is word x inside such a phrase? */
static bool reacting_phrase(const ud_tree *t, int x)
{
    int n = (int)t->s->n;
    for (int steps = 0; x > 0 && steps <= n; steps++) {
        const ud_word *w = ud_tree_word(t, x);
        const char *k = ud_tree_case_of(t, x);
        int h = w->head;
        if (k && tree_word_in_list(k, "in among from") && h > 0) {
            const ud_word *hw = ud_tree_word(t, h);
            int verb = hw->upos == UPOS_VERB ? h : (ud_rel_is(hw, "obj") ? hw->head : 0);
            int obj = verb ? ud_tree_child(t, verb, "obj", 0) : 0;
            const ud_word *vw = verb > 0 ? ud_tree_word(t, verb) : NULL;
            const ud_word *ow = obj ? ud_tree_word(t, obj) : NULL;
            if (vw && vw->lemma && ow && ow->lemma &&
                tree_word_in_list(vw->lemma, "draw spark prompt trigger provoke attract earn") &&
                tree_word_in_list(ow->lemma,
                                  "condemnation criticism outrage anger backlash rebuke concern praise"))
                return true;
        }
        x = h;
    }
    return false;
}

/* "The Iranian government painted the protesters as agents of Israel": the state named
 * in the name a verb of naming or describing gives (its "as" phrase or its complement)
 * is whose agents or puppets they are said to be, no state of the sentence's people. Is
 * word x inside such a name? */
static bool in_given_name(const ud_tree *t, int x)
{
    int n = (int)t->s->n;
    for (int steps = 0; x > 0 && steps <= n; steps++) {
        const ud_word *w = ud_tree_word(t, x);
        int h = w->head;
        if (h > 0 && (ud_rel_is(w, "obl") || ud_rel_is(w, "xcomp")) &&
            lemma_in(ud_tree_word(t, h), (const char *const[]){"describe", "portray", "depict",
                                                              "paint", "dismiss", "brand",
                                                              "label", "call", "denounce",
                                                              NULL}) &&
            (ud_rel_is(w, "xcomp") ||
             (ud_tree_case_of(t, x) && strcmp(ud_tree_case_of(t, x), "as") == 0)))
            return steps > 0; /* (a state that is itself the name given stays) */
        x = h;
    }
    return false;
}

/* (`other_agents`: also leave out the states that qualify an agent outside `own`) */
static const pword *states_named_but(const tree_run *r, bool skip_places, bool other_agents,
                                     span own, bool *several, const char **country)
{
    const pword *found = NULL;
    const char *first = NULL;
    *several = false;
    *country = NULL;
    for (int k = 0; r->shallow && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code || !w->code->code)
            continue;
        const char *c = w->code->code;
        if (!cameo_actor_is_state(c))
            continue;
        bool place = false;
        for (size_t i = 0; skip_places && i < r->nplaces && !place; i++)
            place = w->start >= r->places[i].start && w->end <= r->places[i].end;
        if (place)
            continue;
        /* ("Russia-aligned separatists", "Iranian-made drones": a state that backs or made
           something is no state of the sentence's people, as the lexicon's RUSSIAN_BACKED_
           [---] says; the place of "a Dubai-based Indian businessman" is left to judge) */
        int wn = r->tree ? node_at(r->tree, w->start) : 0;
        const ud_word *part = wn && wn + 2 <= (int)r->tree->s->n ? ud_tree_word(r->tree, wn + 2) : NULL;
        if (part && !(part->lemma && strcmp(part->lemma, "base") == 0) &&
            hyphen_participle(r->tree, wn + 2) &&
            (glued_backer(r->tree, wn) || ud_tree_word(r->tree, wn)->head == wn + 2))
            continue;
        if (wn && reacting_phrase(r->tree, wn))
            continue;
        if (wn && in_given_name(r->tree, wn))
            continue;
        /* ("the Rwanda scheme": a name on a thing places no one; "an Israeli strike": the
           state's adjective on an armed act names its author) */
        int last = name_last(r, w);
        bool on_thing;
        if ((state_elsewhere(r, w, last, &on_thing) && on_thing) ||
            (strlen(c) == 3 && state_adjective(r, w) && act_adjective(r, w)))
            continue;
        if (other_agents && !(w->start >= own.start && w->end <= own.end) &&
            qualifies_agent(r, w))
            continue;
        if (first && strncmp(first, c, 3) != 0) {
            *several = true;
            return NULL;
        }
        first = c;
        *country = c;
        /* the state's own name ("Kenyan", "Texas"), not a person or body of it, whose
           words would not name the state before an agent */
        if (!found && strlen(c) == 3)
            found = w;
    }
    return found;
}

static const pword *states_named(const tree_run *r, bool skip_places, bool *several,
                                 const char **country)
{
    return states_named_but(r, skip_places, false, (span){0, 0}, several, country);
}

/* The states named outside the places where groups were ("police arrested protesters
 * outside the French embassy": Kenyan) count first; the places only when they are all
 * the sentence names ("police at Dhaka University"). */
static const pword *sentence_state(const tree_run *r, bool *several, const char **country)
{
    const pword *found = states_named(r, true, several, country);
    if (found || *several || !r->nplaces)
        return found;
    if (!*country)
        return states_named(r, false, several, country);
    /* "Police arrested 20 protesters in Kaduna, Tinubu said": a person or body of the
       state (NGAGOV) names no words for it; the place of that same state does */
    bool more;
    const char *c;
    const pword *place = states_named(r, false, &more, &c);
    if (place && !more && strncmp(place->code->code, *country, 3) == 0)
        return place;
    *several = place || more; /* (a place of another state: two states) */
    return NULL;
}

/* Is the state's mention an adjective ("a Ukrainian charity", "two Kenyan citizens")? */
static bool state_adjective(const tree_run *r, const pword *state)
{
    int node = r->tree ? node_at(r->tree, state->start) : 0;
    return node && ud_tree_word(r->tree, node)->upos == UPOS_ADJ &&
           ud_rel_is(ud_tree_word(r->tree, node), "amod");
}

/* Does the state's adjective qualify an act ("an Israeli strike", "Russian shelling")? */
static bool act_adjective(const tree_run *r, const pword *state)
{
    int node = r->tree ? node_at(r->tree, state->start) : 0;
    int head = node ? ud_tree_word(r->tree, node)->head : 0;
    return head > 0 && tree_word_in_list(ud_tree_word(r->tree, head)->lemma ? ud_tree_word(r->tree, head)->lemma : "",
                                         ACT_NOUNS);
}

/* Is the state's mention the name of a place ("in Syria", "in the city of Fallujah", "in
 * the West Bank"), not a word qualifying something there ("outside the French embassy",
 * "on a boat seized by Turkish smugglers")? Judged by the last word of its name. */
static bool place_by_name(const tree_run *r, const pword *state)
{
    int node = name_node(r, state);
    if (!node)
        return false;
    const ud_word *w = ud_tree_word(r->tree, node);
    return (w->upos == UPOS_PROPN || w->upos == UPOS_NOUN) &&
           (ud_rel_is(w, "obl") || (ud_rel_is(w, "nmod") && !ud_rel_is(w, "nmod:poss")));
}

/* Does the state's mention qualify an agent ("US troops", "Israeli soldiers", "the
 * Russian army's commanders")? */
static bool qualifies_agent(const tree_run *r, const pword *state)
{
    int node = name_node(r, state); /* (its last word: "the US", "South Korean") */
    if (!node)
        return false;
    const ud_word *w = ud_tree_word(r->tree, node);
    if (!(ud_rel_is(w, "amod") || ud_rel_is(w, "compound") || ud_rel_is(w, "nmod:poss")) ||
        w->head <= 0)
        return false;
    return shallow_type(r, ud_tree_word(r->tree, w->head)->start) == W_AGENT;
}

/* The state named by its own name inside a place phrase of the sentence ("in southern
 * Lebanon") that is another than `other`'s, or NULL. */
static const pword *place_state_other(const tree_run *r, const pword *other)
{
    for (int k = 0; r->shallow && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code || !w->code->code ||
            strlen(w->code->code) != 3 || !cameo_actor_is_state(w->code->code) ||
            strncmp(w->code->code, other->code->code, 3) == 0)
            continue;
        for (size_t i = 0; i < r->nplaces; i++)
            if (w->start >= r->places[i].start && w->end <= r->places[i].end)
                return w;
    }
    return NULL;
}

/* Is the state's mention a party of its own to an act, a whole object or oblique ("signed
 * a treaty with Rwanda", "deport asylum seekers to Rwanda"), or a name qualifying a thing
 * ("the Rwanda scheme")? Then the state is not that of a group the sentence leaves without
 * a country: a government does not sign a treaty with its own state. */
static const pword *located_state(const tree_run *r);

static bool state_elsewhere(const tree_run *r, const pword *state, int last, bool *on_thing)
{
    *on_thing = false;
    /* (nouns of places a name is part of: "Zamfara state", "the Kashmir region") */
    static const char *const places[] = {"state", "province", "region", "city", "district",
                                         "county", "capital", "border", "area", "valley",
                                         "island", "islands", "strip", NULL};
    const ud_tree *t = r->tree;
    int node = t ? node_at(t, state->start) : 0;
    if (!node)
        return false;
    uint32_t end = r->shallow->w[last].end;
    /* the name's head: the word of the mention whose head lies outside it */
    for (int steps = 0; steps < 8; steps++) {
        const ud_word *w = ud_tree_word(t, node);
        if (w->head <= 0 || ud_tree_word(t, w->head)->start < state->start ||
            ud_tree_word(t, w->head)->end > end)
            break;
        node = w->head;
    }
    const ud_word *w = ud_tree_word(t, node);
    if (w->upos != UPOS_PROPN)
        return false;
    if (ud_rel_is(w, "compound"))
        return *on_thing = w->head > 0 &&
                           shallow_type(r, ud_tree_word(t, w->head)->start) != W_AGENT &&
                           ud_tree_word(t, w->head)->upos == UPOS_NOUN &&
                           !lemma_in(ud_tree_word(t, w->head), places);
    if (ud_rel_is(w, "obj") || ud_rel_is(w, "iobj")) {
        /* "Police arrested three Kenyans in Nairobi": a state's people (a plural of its
           name) where that state is the place are the agent's compatriots */
        const pword *place = w->xpos && strcmp(w->xpos, "NNPS") == 0 ? located_state(r) : NULL;
        return !(place && place->code && state->code &&
                 strncmp(place->code->code, state->code->code, 3) == 0);
    }
    const char *prep = (ud_rel_is(w, "obl") || ud_rel_is(w, "nmod")) ? ud_tree_case_of(t, node)
                                                                      : NULL;
    /* "A Russian missile strike on Kyiv killed 12 civilians": the state an armed act hit
       is that of the people it killed there */
    if (prep && ud_rel_is(w, "nmod") && tree_word_in_list(prep, "on against") && w->head > 0 &&
        tree_word_in_list(ud_tree_word(t, w->head)->lemma ? ud_tree_word(t, w->head)->lemma : "",
                          ACT_NOUNS))
        return false;
    /* "The minister rejected an appeal from Canberra": the state a thing comes from is
       its author, another party than the one acting on it ("three men from Kenya", a
       group's own origin, stays theirs) */
    if (prep && strcmp(prep, "from") == 0 && ud_rel_is(w, "nmod") && w->head > 0 &&
        ud_tree_word(t, w->head)->upos == UPOS_NOUN &&
        shallow_type(r, ud_tree_word(t, w->head)->start) != W_AGENT)
        return true;
    return prep && tree_word_in_list(prep, "with to against on at for toward towards");
}

/* The role an agent word's entry gives ("~REB"), or NULL. */
static const char *agent_role_at(const tree_run *r, uint32_t at)
{
    const pword *pw = shallow_word_at(r, at);
    return pw && pw->read_type == W_AGENT && pw->read_entry && pw->read_entry->ncodes
               ? pw->read_entry->codes[0].code : NULL; /* (NULL too when the code is) */
}

/* Do the role codes (an agent's "~CVL", or an actor code's roles after its state) hold a
 * civil one: civilians, a church, a company, an outlet, a charity...? */
static bool civil_role(const char *roles)
{
    static const char *const civil[] = {"CVL", "MED", "NGO", "EDU", "BUS", "HLH", "REL",
                                        "LAB", "REF", "HRI", "ENV", "AGR", NULL};
    for (size_t i = 0; civil[i]; i++)
        if (strstr(roles, civil[i]))
            return true;
    return false;
}

/* Is the agent at `own` an armed group (rebels, insurgents, gunmen) and the one `state`
 * qualifies a civilian kind (journalists, tourists, aid workers)? Such civilians, named
 * by their state, are that state's nationals where the group acts, not the group's
 * compatriots. */
static bool armed_on_civilians(const tree_run *r, span own, const pword *state)
{
    const char *group = agent_role_at(r, own.start);
    int node = name_node(r, state);
    if (!group || !node || ud_tree_word(r->tree, node)->head <= 0 ||
        !(strstr(group, "REB") || strstr(group, "INS") || strstr(group, "UAF")))
        return false;
    const char *victim =
        agent_role_at(r, ud_tree_word(r->tree, ud_tree_word(r->tree, node)->head)->start);
    return victim && civil_role(victim);
}

/* Nouns of places a name can be "of" ("the province of Sindh", "the outskirts of Dhaka"). */
static const char *const PLACE_NOUNS[] = {"province", "region", "state", "city", "town",
                                          "village", "district", "county", "capital",
                                          "outskirts", "suburbs", "suburb", "area", "island",
                                          "port", "governorate", "prefecture",
                                          /* ("into most of Fallujah", "parts of Gaza") */
                                          "most", "much", "part", "parts", "rest", "centre",
                                          "center", NULL};

/* Prepositions of a place where something happens. */
static const char *const LOCATIVE = "in near at off outside around across inside on";

/* The one state the sentence names by its own name in a locative phrase ("in Karachi", "at
 * the airport in Lagos"), as its first such mention; NULL when there is none or several. */
static const pword *located_state(const tree_run *r)
{
    const pword *found = NULL;
    for (int k = 0; r->shallow && r->tree && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code || !w->code->code ||
            strlen(w->code->code) != 3 || !cameo_actor_is_state(w->code->code) ||
            !place_by_name(r, w))
            continue;
        int node = name_node(r, w);
        const char *prep = ud_tree_case_of(r->tree, node);
        /* ("in the northwestern province of Khyber Pakhtunkhwa", "on the outskirts of
           Dhaka": the place noun's preposition) */
        const ud_word *nw = node ? ud_tree_word(r->tree, node) : NULL;
        if (prep && strcmp(prep, "of") == 0 && nw && ud_rel_is(nw, "nmod") && nw->head > 0 &&
            lemma_in(ud_tree_word(r->tree, nw->head), PLACE_NOUNS))
            prep = ud_tree_case_of(r->tree, nw->head);
        /* ("US Marines moved into Fallujah": the place a verb's own "into" phrase goes to
           is where its subject then was; a noun's, "an inquiry into Russia", is none) */
        bool into = prep && strcmp(prep, "into") == 0 && nw &&
                    (ud_rel_is(nw, "obl") ||
                     (nw->head > 0 && ud_rel_is(ud_tree_word(r->tree, nw->head), "obl")));
        if (!prep || !(tree_word_in_list(prep, LOCATIVE) || into))
            continue;
        if (found && strcmp(found->code->code, w->code->code) != 0)
            return NULL;
        if (!found)
            found = w;
    }
    return found;
}

/* The words that name the state whose code begins `code` ("Pakistan" for PAKOPP), in
 * the sentence's arena; false when the code is no state's or the lexicon has no name. */
static bool state_name_of(const tree_run *r, const char *code, const char **words,
                          size_t *len)
{
    char state[4], name[64];
    snprintf(state, sizeof state, "%.3s", code);
    if (!cameo_actor_is_state(state) || !lex_state_phrase(r->lx, state, name, sizeof name))
        return false;
    size_t n = strlen(name);
    char *kept = arena_alloc(r->a, n + 1);
    memcpy(kept, name, n + 1);
    *words = kept;
    *len = n;
    return true;
}

/* Is the code a state's own person or body whose state an agent without a country of its
 * own may take: its government, legislature, courts, elites, opposition or parties? */
static bool official_code(const char *code)
{
    return strlen(code) >= 6 && (strncmp(code + 3, "GOV", 3) == 0 ||
                                 strncmp(code + 3, "LEG", 3) == 0 ||
                                 strncmp(code + 3, "JUD", 3) == 0 ||
                                 strncmp(code + 3, "ELI", 3) == 0 ||
                                 strncmp(code + 3, "OPP", 3) == 0 ||
                                 strncmp(code + 3, "PTY", 3) == 0);
}

/* Is the first mention of the actor coded `code` (a state's person or body, "the
 * Kremlin") a party of its own to the act (state_elsewhere)? */
static bool body_elsewhere(const tree_run *r, const char *code)
{
    for (int k = 0; r->shallow && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code || !w->code->code ||
            strcmp(w->code->code, code) != 0)
            continue;
        bool on_thing;
        if (state_elsewhere(r, w, name_last(r, w), &on_thing))
            return !on_thing;
        /* ("accused the Taliban government": the name qualifies an agent, the agent's
           noun is the object) */
        int node = r->tree ? name_node(r, w) : 0;
        const ud_word *x = node ? ud_tree_word(r->tree, node) : NULL;
        if (!x || x->head <= 0 || !qualifies_agent(r, w))
            return false;
        const ud_word *h = ud_tree_word(r->tree, x->head);
        const char *prep = ud_rel_is(h, "obl") || ud_rel_is(h, "nmod")
                               ? ud_tree_case_of(r->tree, x->head) : NULL;
        return ud_rel_is(h, "obj") || ud_rel_is(h, "iobj") ||
               (prep && tree_word_in_list(prep, "with to against at for toward towards"));
    }
    return false;
}

/* The state an agent or person without a country of its own belongs to: the one state the
 * sentence names, else the document's home state (sentence_context.home_text). Its words
 * and the text span they stand for: a mention in the sentence, or `own` (the agent's own
 * words) for the home state. False when there is neither. With by_place, a sentence
 * naming several states gives the agent the one named as the place. */
/* "Tunisia deported dozens of migrants from Mali": the state a "from" phrase names on
 * migrants or refugees (an agent of the REF role), on the quantity that counts them, or
 * on their verb right after them, is where they come from: their state, whatever other
 * states the sentence names. */
static bool origin_state(const tree_run *r, span own, const char **words, size_t *len,
                         span *at)
{
    const ud_tree *t = r->tree;
    int node = t ? node_at(t, own.start) : 0;
    if (!node)
        return false;
    if (ud_rel_is(ud_tree_word(t, node), "compound") && ud_tree_word(t, node)->head > node)
        node = ud_tree_word(t, node)->head; /* ("asylum seekers") */
    /* ("dozens of migrants": the quantity counts them, and may stand for them) */
    int group = node, people = node;
    for (int c = t->first_child[node]; c && people == node; c = t->next_sibling[c])
        if (c > node && ud_rel_is(ud_tree_word(t, c), "nmod") && ud_tree_case_of(t, c) &&
            strcmp(ud_tree_case_of(t, c), "of") == 0)
            people = c;
    const ud_word *nw = ud_tree_word(t, node);
    if (people == node && ud_rel_is(nw, "nmod") && nw->head > 0 && nw->head < node &&
        ud_tree_case_of(t, node) && strcmp(ud_tree_case_of(t, node), "of") == 0)
        group = nw->head;
    int from = 0;
    for (int c = t->first_child[people]; c && !from; c = t->next_sibling[c])
        if (origin_phrase(r, t, people, c))
            from = c;
    /* (a person known by a role: the phrase on the person only) */
    bool refugees = refugee_word(r, t, people);
    if (!refugees && !from)
        return false;
    if (!from && group != people)
        from = ud_tree_oblique(t, group, "from");
    const ud_word *gw = ud_tree_word(t, group);
    if (!from && ud_rel_is(gw, "obj") && gw->head > 0) {
        int v = gw->head, f = ud_tree_oblique(t, v, "from");
        int first, last;
        ud_tree_span(t, group, &first, &last);
        if (f > last && f - last <= 3) /* ("from" and a name right after them) */
            from = f;
    }
    if (from && ud_tree_child(t, from, "conj", 0))
        return false;
    for (int k = 0; from && r->shallow && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        if (w->read_type != W_ACTOR || !w->read_head || !w->code || !w->code->code ||
            strlen(w->code->code) != 3 || !cameo_actor_is_state(w->code->code) ||
            name_node(r, w) != from)
            continue;
        uint32_t end = r->shallow->w[name_last(r, w)].end;
        *words = r->text + w->start;
        *len = end - w->start;
        *at = (span){w->start, end};
        return true;
    }
    return false;
}

/* Does the sentence name the state of `state` as its place, by a name of its own ("in
 * Aleppo" after "Syrian troops")? */
static bool place_of_same_state(const tree_run *r, const pword *state)
{
    const pword *place = located_state(r);
    return place && place != state && strncmp(place->code->code, state->code->code, 3) == 0;
}

/* "Hamas gunmen opened fire on an Israeli patrol. The gunmen wounded two soldiers.":
 * soldiers, police or civilians an armed act hits, named without a country in a sentence
 * that names no other side, are of the state the story's last armed act between two states
 * hit (sentence_context.last_attacked, "ISR/PSE"), or of its author when the sentence's
 * own actor is of the state hit ("Ukrainian troops killed two soldiers", after Russia
 * attacked Ukraine: Russian soldiers). A weapon's state ("were killed by a Russian
 * missile") is the author's, not the victims'. False when the sentence names a third
 * state, both sides, or as its place the other side's state. */
static const char *const HARM_VERBS[] = {"kill", "wound", "injure", "shoot", "hurt", "maim",
                                         "ambush", "attack", "behead", "massacre", "slaughter",
                                         "slay", "abduct", "kidnap", "capture", "fire", NULL};

static bool attacked_side(const tree_run *r, span own, const char **words, size_t *len,
                          span *at)
{
    const ud_tree *t = r->tree;
    const char *sides = r->ctx ? r->ctx->last_attacked : NULL;
    int node = t ? node_at(t, own.start) : 0;
    if (!sides || strlen(sides) != 7 || !node)
        return false;
    const char *role = agent_role_at(r, own.start);
    if (!role || !(strstr(role, "MIL") || strstr(role, "COP") || civil_role(role)))
        return false;
    if (ud_rel_is(ud_tree_word(t, node), "compound") && ud_tree_word(t, node)->head > node)
        node = ud_tree_word(t, node)->head;
    /* ("dozens of civilians": the quantity stands for them in the clause) */
    const ud_word *nw = ud_tree_word(t, node);
    if (ud_rel_is(nw, "nmod") && nw->head > 0 && nw->head < node && ud_tree_case_of(t, node) &&
        strcmp(ud_tree_case_of(t, node), "of") == 0)
        node = nw->head;
    const ud_word *gw = ud_tree_word(t, node);
    const char *prep = ud_rel_is(gw, "obl") ? ud_tree_case_of(t, node) : NULL;
    if (gw->head <= 0 || !(ud_rel_is(gw, "obj") || ud_rel_is(gw, "nsubj:pass") ||
                           (prep && tree_word_in_list(prep, "on at against"))))
        return false;
    const ud_word *verb = ud_tree_word(t, gw->head);
    if (verb->upos != UPOS_VERB || !lemma_in(verb, HARM_VERBS))
        return false;
    bool hit = false, author = false;
    const char *place = NULL;
    for (int k = 0; r->shallow && k < r->shallow->n; k++) {
        const pword *w = &r->shallow->w[k];
        const char *c = w->read_type == W_ACTOR && w->read_head && w->code ? w->code->code
                        : w->read_type == W_PRONOUN ? w->fwd_code : NULL;
        char st[4];
        if (!c || strlen(c) < 3 || (w->start >= own.start && w->end <= own.end))
            continue;
        snprintf(st, sizeof st, "%.3s", c);
        if (!cameo_actor_is_state(st))
            continue;
        if (w->read_type == W_ACTOR && strlen(c) == 3 && place_by_name(r, w)) {
            if (place && strcmp(place, st) != 0)
                return false;
            place = c;
        } else if (strncmp(st, sides, 3) == 0)
            hit = true;
        else if (strncmp(st, sides + 4, 3) == 0)
            author = true;
        else
            return false; /* (a third state: whose they are is the sentence's to say) */
    }
    if (hit && author)
        return false;
    if (place && strncmp(place, sides, 3) != 0 && strncmp(place, sides + 4, 3) != 0)
        return false;
    /* (where the story's side hit strikes back, the fallen are the other side's) */
    const char *victims = hit ? sides + 4 : sides;
    if (!hit && place && strncmp(place, sides + 4, 3) == 0)
        return false; /* ("two civilians were killed in Belgorod": the author's land) */
    if (!state_name_of(r, victims, words, len))
        return false;
    *at = own;
    return true;
}

static bool state_where(const tree_run *r, span own, bool by_place, const char **words,
                        size_t *len, span *at)
{
    if (origin_state(r, own, words, len, at))
        return true;
    if (attacked_side(r, own, words, len, at))
        return true;
    bool several;
    const char *country;
    const pword *state = sentence_state(r, &several, &country);
    /* "Guerrillas attacked US troops in Fallujah": the state that qualifies another agent
       is that agent's; the one left, named as a place, is the group's */
    if (several) {
        bool more;
        const char *c;
        const pword *place = states_named_but(r, false, true, own, &more, &c);
        if (place && !more && place_by_name(r, place)) {
            several = false;
            state = place;
            country = c;
        }
    }
    /* "Police arrested a member of the Taliban in Karachi": among several states (the
       Taliban's, Pakistan), the one named as the place where it happened is the
       agent's (when the agent is the clause's own, not one the verb implies) */
    if (several && by_place) {
        const pword *place = located_state(r);
        if (place) {
            several = false;
            state = place;
            country = place->code->code;
        }
    }
    if (several)
        return false; /* "Iran arrested an American": whose police is not for us to guess */
    /* "The foreign secretary accused the Kremlin of lying", in a story from London: a
       body of a state that is a whole object or oblique of its own is the other party,
       whose state the agent does not take; the story's own state stands in */
    if (!state && country && r->ctx && r->ctx->home_text && r->ctx->home_code &&
        strncmp(r->ctx->home_code, country, 3) != 0 && official_code(country) &&
        body_elsewhere(r, country)) {
        *words = r->ctx->home_text;
        *len = strlen(r->ctx->home_text);
        *at = own;
        return true;
    }
    /* "The Taliban banned women": the sentence's actors are of one state it does not name
       by itself; the story's home state stands in only when it is that state. "President
       Claudia Sheinbaum accused the Supreme Court": a state's own person or body (MEXGOV)
       gives the agent that state, named by its own name */
    if (!state && country && (!r->ctx || !r->ctx->home_code ||
                              strncmp(r->ctx->home_code, country, 3) != 0)) {
        /* (only the state's own people and bodies: an armed group's country, as in
           "Police arrested a member of al-Shabaab", is no agent's) */
        /* (and its political opposition and parties: "Opposition leader Imran Khan was
           arrested" is an arrest by Pakistan's police) */
        /* (a party in or out of government too: "The Liberal Democrats accused
           ministers", GBROPPPTY) */
        if (!official_code(country) || !state_name_of(r, country, words, len))
            return false;
        *at = own;
        return true;
    }
    /* "Prosecutors accused her of donating money to a Ukrainian charity", in a story from
       Moscow: a state named by its adjective, outside the agent's own words, qualifies
       someone else ("a Ukrainian charity", "two Ukrainian citizens", "local US
       commanders"); the agent is of the story's home state when that is another */
    /* (not where the sentence names that state as the place too: "Syrian troops killed
       four civilians in Aleppo", in a story about Israel, are Syrian civilians) */
    if (state && r->ctx && r->ctx->home_text && r->ctx->home_code &&
        strncmp(r->ctx->home_code, state->code->code, 3) != 0 &&
        !(state->start >= own.start && state->end <= own.end) &&
        (state_adjective(r, state) || qualifies_agent(r, state)) &&
        !place_of_same_state(r, state))
        state = NULL;
    /* "An Israeli drone strike killed three people in southern Lebanon": a state named by
       its adjective on an armed act is the act's author; the group is of the state of the
       place where it was, when that is another, else of none the sentence names */
    if (state && state_adjective(r, state) && act_adjective(r, state) &&
        !(state->start >= own.start && state->end <= own.end))
        state = place_state_other(r, state); /* ("An Israeli strike killed three people":
                                                 not Israelis) */
    /* "US troops arrested a woman in Fallujah": a state that qualifies another agent
       ("US troops", "Israeli soldiers") is that agent's; a group without a country is of
       the state of the place where it was, when the sentence names one */
    if (state && !(state->start >= own.start && state->end <= own.end) &&
        qualifies_agent(r, state)) {
        const pword *place = place_state_other(r, state);
        if (place && place_by_name(r, place))
            state = place;
        else if (armed_on_civilians(r, own, state))
            return false; /* "Rebels held two French journalists hostage": foreigners */
    }
    /* "The government then signed a new treaty with Rwanda", in a story from London: the
       state named is the other party, the government the story's own */
    if (state && !(state->start >= own.start && state->end <= own.end)) {
        bool on_thing;
        if (state_elsewhere(r, state, name_last(r, state), &on_thing)) {
            if (!r->ctx || !r->ctx->home_code || strncmp(r->ctx->home_code, state->code->code, 3) == 0)
                return false;
            state = NULL;
        }
    }
    if (state) {
        /* the whole name ("United States"), not its first word */
        uint32_t end = r->shallow->w[name_last(r, state)].end;
        *words = r->text + state->start;
        *len = end - state->start;
        *at = (span){state->start, end};
        return true;
    }
    if (!r->ctx || !r->ctx->home_text)
        return false;
    *words = r->ctx->home_text;
    *len = strlen(r->ctx->home_text);
    *at = own;
    return true;
}

/* The state for an agent the clause implies or names outside its subject. */
static bool state_for(const tree_run *r, span own, const char **words, size_t *len, span *at)
{
    return state_where(r, own, false, words, len, at);
}

/* Where a state's name goes in an argument: before its first agent word among the words
 * the clause takes ("dozens of Kenyan protesters"), or 0. */
static int name_slot(const tree_run *r, const ud_tree *t, int node, const uint8_t *take)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    for (int i = first; i <= last; i++) {
        const ud_word *w = ud_tree_word(t, i);
        const pword *pw = shallow_word_at(r, w->start);
        /* (not one a description stands for: "the activist" after "a Moroccan
           activist" is already that state's) */
        if (take[i] && pw && pw->read_type == W_AGENT && pw->read_head && pw->start == w->start &&
            !pw->fwd_code)
            return i;
        const pword *after = after_former(r, w);
        if (take[i] && after && after->read_type == W_AGENT && after->read_head)
            return i;
    }
    return 0;
}

/* Domestic events: "Police arrested dozens of protesters in Nairobi" names the state only
 * once, as a place, "Kenyan police arrested protesters" gives the protesters none, and
 * "Police arrested him" in a story from Texas names none at all. When a clause codes
 * nothing and its subject or an object is an agent without a country, the clause is coded
 * again with the state's name before each such argument ("Nairobi police arrested ...
 * Nairobi protesters"), so that both sides take its country (KENCOP -> KENCVL) as CAMEO
 * and GDELT code domestic events. The state is the one the sentence names, else (when it
 * names none) the document's home state. */
/* "Police arrested and questioned the student": a verb without an object of its own
 * shares the object of the verb coordinated right after it (nothing but a conjunction
 * between them, no subject of its own); that object, or 0. */
static int shared_object(const ud_tree *t, int p)
{
    if (ud_tree_child(t, p, "obj", 0))
        return 0;
    int next = ud_tree_child(t, p, "conj", 0);
    if (next <= p || ud_tree_word(t, next)->upos != UPOS_VERB || ud_tree_subject(t, next))
        return 0;
    int obj = ud_tree_child(t, next, "obj", 0);
    if (obj <= next)
        return 0;
    for (int k = p + 1; k < next; k++)
        if (!ud_rel_is(ud_tree_word(t, k), "cc") && !ud_rel_is(ud_tree_word(t, k), "punct"))
            return 0;
    return obj;
}


/* Words that say where a group was: out of every clause's arguments, the sentence's
 * reading and the states it names. */
static void set_place(tree_run *r, const ud_tree *t, int node)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    span sp = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
    push_span(r->a, &r->excluded, &r->nexcluded, &r->capexcluded, sp.start, sp.end);
    push_span(r->a, &r->places, &r->nplaces, &r->capplaces, sp.start, sp.end);
}

/* A place phrase inside an argument: "(militants) in a raid", "(police) at Dhaka
 * University" (a plain nmod whose preposition is locative). */
static bool place_phrase(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    const char *k = w->deprel && strcmp(w->deprel, "nmod") == 0 ? ud_tree_case_of(t, c) : NULL;
    return k && tree_word_in_list(k, LOCATIVE);
}

/* Is node a group of people without a country of its own ("ten militants in a raid near
 * the Afghan border", "protesters outside the French embassy"): an agent word, not an
 * institution's, whose phrase, its place phrases aside, names no actor? */
static bool group_without_country(const tree_run *r, const ud_tree *t, int node)
{
    const char *role = agent_role_at(r, ud_tree_word(t, node)->start);
    if (!role)
        return false;
    /* an institution's place is whose it is ("the government in Minsk") */
    static const char *const institutions[] = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY", NULL};
    for (size_t i = 0; institutions[i]; i++)
        if (strstr(role, institutions[i]))
            return false;
    for (int c = t->first_child[node]; c; c = t->next_sibling[c]) {
        if (place_phrase(t, c))
            continue;
        if (ud_rel_is(ud_tree_word(t, c), "nmod:poss"))
            return false; /* "its forces in Lebanon": the owner's, where they are sent */
        int first, last;
        ud_tree_span(t, c, &first, &last);
        for (int i = first; i <= last; i++) {
            const pword *q = shallow_word_at(r, ud_tree_word(t, i)->start);
            if (q && (q->read_type == W_ACTOR || q->read_type == W_PRONOUN || q->fwd_code))
                return false;
        }
    }
    return true;
}

/* Leaves the place phrase c out of the clause and remembers it as a place. */
static void leave_place(tree_run *r, const ud_tree *t, clause_words *cw, int c)
{
    leave_out(t, cw, c);
    set_place(r, t, c);
}

/* The place phrases of a group without a country are where it was, not a participant:
 * they leave the clause (the group takes the state the sentence names). */
static void drop_group_places(tree_run *r, const ud_tree *t, clause_words *cw, int node)
{
    if (!node || !cw->take[node] || !group_without_country(r, t, node))
        return;
    for (int c = t->first_child[node]; c; c = t->next_sibling[c])
        if (place_phrase(t, c))
            leave_place(r, t, cw, c);
}

/* Is node an act named as the time of its clause ("after the Bali bombings", "following
 * the Russian attack on Kyiv", "amid protests")? (Meetings, talks and visits are the
 * clause subject's own, with the partners they name: "called off the strike after
 * deliberations with the government".) */
static bool earlier_act(const ud_tree *t, int x)
{
    const ud_word *w = ud_tree_word(t, x);
    const char *prep = ud_tree_case_of(t, x);
    return w->upos == UPOS_NOUN && (ud_rel_is(w, "obl") || ud_rel_is(w, "nmod")) && prep &&
           tree_word_in_list(prep, "after before following since amid despite") && w->lemma &&
           !tree_calendar_word(w) &&
           !tree_word_in_list(w->lemma, "visit trip meeting summit talk negotiation deliberation "
                                        "consultation discussion dialogue conversation call");
}

/* "Poland closed its border after the Russian attack on Kyiv": the actors of an act named
 * as the clause's time are not its parties. */
static void drop_earlier_acts(const ud_tree *t, clause_words *cw, int p)
{
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        if (cw->take[c] && ud_rel_is(ud_tree_word(t, c), "obl") && earlier_act(t, c))
            leave_out(t, cw, c);
    }
}

/* Verbs of blocking what another has decided or planned. */
static const char *const BLOCKING[] = {"block", "suspend", "overturn", "annul", "freeze",
                                       "halt", "veto", "quash", "reject", "strike", NULL};
/* What such a verb blocks: a plan or a decision of another. */
static const char *const PLANS[] = {"plan", "decision", "move", "law", "bill", "decree",
                                    "order", "proposal", "bid", "attempt", "policy",
                                    "scheme", "programme", "program", NULL};

/* "Kenya's High Court blocked the government's plan to deploy police officers to Haiti":
 * what a blocked, rejected or suspended plan, decision or law would do is no argument of
 * the blocking (Haiti is not what the court acted on); its owner is. */
static void drop_blocked_content(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    int obj = ud_tree_object(t, p);
    if (!obj || !lemma_in(ud_tree_word(t, p), BLOCKING) || !lemma_in(ud_tree_word(t, obj), PLANS))
        return;
    for (int c = t->first_child[obj]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        const char *mark = ud_tree_case_of(t, c);
        if (ud_rel_is(w, "acl") && mark && strcmp(mark, "to") == 0) {
            leave_out(t, cw, c);
            const ud_word *pw = ud_tree_word(t, p);
            add_covered(r, pw->start, pw->end); /* (nor the sentence's reading, which
                                                   would take the content's actors) */
        }
    }
}

/* Is p the infinitive of a plan that a verb of blocking blocks ("suspend a scheme to take
 * in migrants")? What it would do does not happen. */
static bool blocked_plan_content(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    const char *mark = ud_tree_case_of(t, p);
    if (!(ud_rel_is(pw, "acl") || ud_rel_is(pw, "advcl")) || !mark || strcmp(mark, "to") != 0 ||
        pw->head <= 0)
        return false;
    /* (the parse may hang the infinitive on the blocking verb, after its object) */
    int plan = ud_rel_is(pw, "acl") ? pw->head : ud_tree_object(t, pw->head);
    if (plan <= 0 || plan > p)
        return false;
    const ud_word *nw = ud_tree_word(t, plan);
    return ud_rel_is(nw, "obj") && nw->head > 0 && ud_tree_object(t, nw->head) == plan &&
           lemma_in(ud_tree_word(t, nw->head), BLOCKING) && lemma_in(nw, PLANS);
}

/* "fired tear gas at protesters outside parliament in Tbilisi": a phrase of place on the
 * verb ("outside", "near", "inside"...) is where it happened, not a party to it, when the
 * verb's other argument is a group without a country (which takes the place's state). */
static void drop_verb_places(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    static const char *const STRICT_PLACE = "outside inside near behind beyond around";
    bool group = false;
    for (int c = t->first_child[p]; c && !group; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        group = cw->take[c] && (ud_rel_is(w, "obj") || ud_rel_is(w, "obl")) &&
                shallow_type(r, w->start) == W_AGENT && group_without_country(r, t, c);
    }
    if (!group)
        return;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const char *k = ud_rel_is(ud_tree_word(t, c), "obl") ? ud_tree_case_of(t, c) : NULL;
        if (k && tree_word_in_list(k, STRICT_PLACE) && cw->take[c])
            leave_place(r, t, cw, c);
    }
}

/* Is the word at `at` in a title that precedes the name headed by obj ("Prime Minister"
 * in "Prime Minister Somchai Wongsawat", read as an agent), linked to it by modifiers
 * alone? */
static bool title_before_name(const tree_run *r, const ud_tree *t, int obj, int at)
{
    bool agent = false;
    for (int x = at, steps = 0; x != obj; x = ud_tree_word(t, x)->head) {
        if (x <= 0 || x > obj || ++steps > 6)
            return false;
        const ud_word *w = ud_tree_word(t, x);
        if (!(ud_rel_is(w, "compound") || ud_rel_is(w, "amod") || ud_rel_is(w, "nmod:desc") ||
              ud_rel_is(w, "flat")))
            return false;
        agent |= shallow_type(r, w->start) == W_AGENT;
    }
    return agent;
}

/* Is the agent word `at` the predicate's object `obj` itself (or an oblique that addresses
 * or opposes it: "called on the government", "protested against the government"), a compound of its head ("sentenced the opposition
 * leader") or its owner ("protested against the government's reform")? Not a modifier deeper in it ("the release of political prisoners", "military
 * action", "the campaign against journalists"), nor a thing exchanged rather than a party
 * ("share intelligence"). */
static bool direct_object_agent(const tree_run *r, const ud_tree *t, int obj, int at, bool protest)
{
    static const char *const things[] = {"intelligence", "security", NULL};
    /* the prepositions that make an oblique the verb's own addressee or opponent ("called
       on the government", "appealed to the police", "lashed out at the opposition",
       "held talks with the unions"), not a phrase about someone */
    /* (a conjunct of the argument is one too: "the government and the rebels") */
    const ud_word *ow = ud_tree_word(t, obj);
    if (ud_rel_is(ow, "conj") && ow->head > 0 && ud_tree_word(t, ow->head)->head > 0 &&
        (ud_rel_is(ud_tree_word(t, ow->head), "obj") || ud_rel_is(ud_tree_word(t, ow->head), "obl")) &&
        direct_object_agent(r, t, ow->head, ow->head, protest))
        return at == obj || (ud_tree_word(t, at)->head == obj &&
                             ud_rel_is(ud_tree_word(t, at), "compound"));
    const ud_word *o = ud_tree_word(t, obj), *w = ud_tree_word(t, at);
    const char *prep = ud_rel_is(o, "obl") ? ud_tree_case_of(t, obj) : NULL;
    bool addressed = prep && tree_word_in_list(prep, "on upon to at with against");
    /* (and the partner of the object's deal or talks: "signed an agreement with the
       government") */
    const char *nprep = ud_rel_is(o, "nmod") ? ud_tree_case_of(t, obj) : NULL;
    bool partner = nprep && strcmp(nprep, "with") == 0 && o->head > 0 &&
                   ud_rel_is(ud_tree_word(t, o->head), "obj");
    if (!(ud_rel_is(o, "obj") || (ud_rel_is(o, "obl") && (protest || addressed)) || partner) ||
        lemma_in(o, things))
        return false;
    /* (or the first word of the agent's name: "the Supreme Court", not "military action";
       or of the title before a person's name: "Prime Minister Somchai Wongsawat") */
    if (at == obj)
        return true;
    if (w->head == obj)
        return ud_rel_is(w, "compound") || ud_rel_is(w, "nmod:poss") ||
               (ud_rel_is(w, "amod") && shallow_type(r, o->start) == W_AGENT);
    return o->upos == UPOS_PROPN && title_before_name(r, t, obj, at);
}

/* Is node a military agent word without a country ("troops", "forces")? */
static bool own_forces(const tree_run *r, const ud_tree *t, int node)
{
    const char *role = agent_role_at(r, ud_tree_word(t, node)->start);
    return role && strstr(role, "MIL") && countryless_agent(r, t, node);
}

static bool armed_group_code(const char *code);

/* Does the subject name a private party, an opposition or a party ("Imran Khan",
 * PAKOPP; "the Liberal Democrats") or an armed group outside the state, whose forces the
 * army or the police are not? */
static bool names_party_without_forces(const tree_run *r, const ud_tree *t, int subj)
{
    const char *role = agent_role_at(r, ud_tree_word(t, subj)->start);
    if (role) /* ("the Thai opposition": its agent word's role) */
        return strstr(role, "OPP") || strstr(role, "PTY") || civil_role(role);
    const char *code = phrase_actor_code(r, t, subj, false);
    return code && strlen(code) >= 6 &&
           (strncmp(code + 3, "OPP", 3) == 0 || strncmp(code + 3, "PTY", 3) == 0 ||
            civil_role(code + 3) || armed_group_code(code));
}

/* "The LTTE accused the army of shelling civilians": an armed group outside the state
 * (rebels, insurgents, separatists, militias, a group of no one state) has no army or
 * police of its own; those it names are the state's it fights. */
static bool armed_group_code(const char *code)
{
    static const char *const ARMED[] = {"REB", "INS", "SEP", "UAF", NULL};
    if (strncmp(code, "IMG", 3) == 0)
        return true;
    for (size_t i = 0; ARMED[i]; i++)
        if (strncmp(code + 3, ARMED[i], 3) == 0)
            return true;
    return false;
}

/* Emits the words `take` marks (less those `skip` marks, when given) in order, with the
 * state's name (`words`, when given) before each word `slot` marks: the state's name is
 * mapped to the agent it qualifies (the evidence of "protesters" is that word, wherever
 * the state is named). Sets the span of predicate p in the clause text. */
static void emit_with_states(tree_run *r, const ud_tree *t, clause_text *ct, const uint8_t *take,
                             const uint8_t *skip, const int *slot, const char *words,
                             size_t len, int p, uint32_t *verb_from, uint32_t *verb_to)
{
    int n = (int)t->s->n;
    for (int i = 1; i <= n; i++) {
        if (!take[i] || (skip && skip[i]))
            continue;
        if (slot[i] && words) {
            const ud_word *sw = ud_tree_word(t, i);
            put_state(ct, r->a, words, len, (span){sw->start, sw->end});
        }
        emit(ct, t, r->text, i, r->a);
        if (i == p) {
            *verb_from = ct->map[ct->n - 1].syn_start;
            *verb_to = ct->map[ct->n - 1].syn_end;
        }
    }
}

static int act_owner(const tree_run *r, const ud_tree *t, int subj);

/* Of the subject's words, only those of the act's owner (without its "by"). */
static void take_owner_only(const ud_tree *t, clause_words *cw, int subj, int owner)
{
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    for (int i = first; i <= last; i++)
        cw->take[i] = ud_tree_dominates(t, owner, i) &&
                      !(ud_rel_is(ud_tree_word(t, i), "case") && ud_tree_word(t, i)->head == owner &&
                        ud_tree_word(t, i)->upos == UPOS_ADP);
}

/* "In Beijing, the president signed ...", "During his visit to Beijing, ...": is c a time
 * or place phrase before the clause's own subject? It frames the clause and holds none of
 * its arguments (nor, in a domestic reading, the state of a group without one: "In
 * Baghdad, guerrillas attacked a police station" is IRQREB -> IRQCOP, not Baghdad's). */
static bool frame_before_subject(const ud_tree *t, int c, int subj, bool inherited)
{
    const char *frame = subj && !inherited && c < subj && ud_rel_is(ud_tree_word(t, c), "obl")
                            ? ud_tree_case_of(t, c) : NULL;
    return frame && (tree_word_in_list(frame, LOCATIVE) ||
                     tree_word_in_list(frame, TIME_PREPS) ||
                     tree_word_in_list(frame, "despite since until"));
}

/* "expressed solidarity with the militant Palestinian group Hamas": a common noun that
 * describes an actor named in apposition right after it ("group", "movement") is that
 * actor; its describing words ("Palestinian", "militant") would make another actor
 * (PSEUAF) of it. Only the name is read. */
static void name_over_description(const tree_run *r, const ud_tree *t, clause_words *cw)
{
    /* (nouns of a kind of organisation, not roles: "Opposition leader Tony Abbott" keeps
       its role) */
    static const char *const kinds[] = {"group", "movement", "organization", "organisation",
                                        "militia", "faction", "network", "outfit", NULL};
    int n = (int)t->s->n;
    for (int c = 1; c <= n; c++) {
        const ud_word *cwd = ud_tree_word(t, c);
        /* ("the Lebanese group Hezbollah" parsed as the name with "group" compounded on
           it) */
        if (cw->take[c] && cwd->upos == UPOS_PROPN && shallow_type(r, cwd->start) == W_ACTOR)
            for (int k = t->first_child[c]; k; k = t->next_sibling[k])
                if (k < c && ud_rel_is(ud_tree_word(t, k), "compound") &&
                    ud_tree_word(t, k)->upos == UPOS_NOUN && lemma_in(ud_tree_word(t, k), kinds)) {
                    int first, last;
                    ud_tree_span(t, k, &first, &last);
                    for (int i = first; i <= last; i++)
                        cw->take[i] = 0;
                }
        if (!cw->take[c] || cwd->upos != UPOS_NOUN || !lemma_in(cwd, kinds))
            continue;
        int name = 0;
        for (int k = t->first_child[c]; k && !name; k = t->next_sibling[k])
            if (k == c + 1 && (ud_rel_is(ud_tree_word(t, k), "appos") ||
                               ud_rel_is(ud_tree_word(t, k), "flat")) &&
                ud_tree_word(t, k)->upos == UPOS_PROPN && shallow_type(r, ud_tree_word(t, k)->start) == W_ACTOR)
                name = k;
        if (!name)
            continue;
        /* the description: the noun and the words before it that hang from it */
        for (int k = t->first_child[c]; k; k = t->next_sibling[k])
            if (k < c && (ud_rel_is(ud_tree_word(t, k), "amod") ||
                          ud_rel_is(ud_tree_word(t, k), "compound") ||
                          ud_rel_is(ud_tree_word(t, k), "nmod:poss")))
                cw->take[k] = 0;
        cw->take[c] = 0;
    }
}

/* "was charged with taking hard drives": the charge is a clause of its own, but its
 * "with" belongs to the verb's pattern (charge + with). */
static void take_charge_with(const ud_tree *t, clause_words *cw, int p)
{
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        int m = ud_rel_is(ud_tree_word(t, c), "advcl") ? ud_tree_child(t, c, "mark", 0) : 0;
        if (m && ud_tree_word(t, m)->lemma && strcmp(ud_tree_word(t, m)->lemma, "with") == 0)
            cw->take[m] = 1;
    }
}

/* "The Colombian government signed a peace deal with the rebels in Havana": the
 * opposition, rebels or insurgents a state's government deals with are that state's own,
 * not of the place where they met. When the subject names a state's government and the
 * argument without a state (anchor) is such a group, sets that state's name. */
static bool home_opponent_state(const tree_run *r, const ud_tree *t, int subj, int anchor,
                                const char **words, size_t *len)
{
    if (!subj || anchor == subj)
        return false;
    const char *role = agent_role_at(r, ud_tree_word(t, anchor)->start);
    if (!role || !(strstr(role, "OPP") || strstr(role, "REB") || strstr(role, "INS")))
        return false;
    const char *code = phrase_actor_code(r, t, subj, false);
    const char *own = agent_role_at(r, ud_tree_word(t, subj)->start);
    bool government = code && ((strlen(code) == 3 && own && strstr(own, "GOV")) ||
                               (strlen(code) >= 6 && strncmp(code + 3, "GOV", 3) == 0));
    return government && state_name_of(r, code, words, len);
}

/* "Kenya is angry. Ugandan police arrested protesters", "Assad cracked down on
 * protesters": those a state's police, government or court represses are of that state,
 * whatever state the story is about. When p is such an act and its subject names
 * a state's body, sets that state's name. */
static bool repressor_state(const tree_run *r, const ud_tree *t, int p, int subj,
                            const char **words, size_t *len)
{
    static const char *const REPRESS[] = {"arrest", "detain", "crack", "disperse", "jail",
                                          "beat", "kill", "shoot", "raid", "torture",
                                          "abduct", "round", "imprison", "sentence",
                                          "prosecute", "charge", "convict", "rule",
                                          /* (and those it sets free it held) */
                                          "free", "release", "pardon", NULL};
    if (!subj || !lemma_in(ud_tree_word(t, p), REPRESS))
        return false;
    const char *code = phrase_actor_code(r, t, subj, false);
    const char *role = agent_role_at(r, ud_tree_word(t, subj)->start);
    /* (a body named in several words is read from its first: "Britain's Supreme Court") */
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    for (int i = first; !role && i < subj; i++)
        role = agent_role_at(r, ud_tree_word(t, i)->start);
    /* (a state's adjective with its body's word, "Ugandan police", or a state's person or
       body, "Assad", SYRGOV) */
    /* (not its army, which also acts abroad: "Israeli soldiers arrested two men in the
       West Bank") */
    bool body = (code && strlen(code) == 3 && role &&
                 (strstr(role, "COP") || strstr(role, "GOV") || strstr(role, "JUD"))) ||
                (code && strlen(code) >= 6 &&
                 (strncmp(code + 3, "COP", 3) == 0 || strncmp(code + 3, "GOV", 3) == 0 ||
                  strncmp(code + 3, "JUD", 3) == 0));
    return body && state_name_of(r, code, words, len);
}

/* "Iran hanged dissidents, funded Hezbollah and threatened Israel": those a state itself
 * jails, tries or executes are its own people, where the sentence names too many states to
 * tell them by and no place says otherwise (a list of grievances names several). When p
 * is such an act and its subject is a state by its name alone, sets that state's name.
 * (Not in what a state is accused of: "accused Russia of executing prisoners", whose
 * subject the clause inherits; prisoners of war are the accuser's.) */
static bool penal_state(const tree_run *r, const ud_tree *t, int p, int subj,
                        const char **words, size_t *len)
{
    static const char *const PENAL[] = {"arrest", "detain", "jail", "imprison", "hang",
                                        "execute", "sentence", "prosecute", "convict",
                                        "torture", "free", "release", "pardon", NULL};
    if (!subj || !lemma_in(ud_tree_word(t, p), PENAL))
        return false;
    const char *code = phrase_actor_code(r, t, subj, false);
    return code && strlen(code) == 3 && !agent_role_at(r, ud_tree_word(t, subj)->start) &&
           state_name_of(r, code, words, len);
}

static void code_with_country(tree_run *r, const ud_tree *t, int p, int subj, bool inherited)
{
    int n = (int)t->s->n;
    uint8_t *take = arena_calloc(r->a, (size_t)n + 1, 1);
    int *stack = arena_alloc(r->a, ((size_t)n + 1) * sizeof(int) * 2);
    clause_words cw = {take, stack, r->pruned};
    take[p] = 1;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c])
        if (!dropped_from_clause(t, &cw, c) && !dash_between(t, p, c) &&
            !frame_before_subject(t, c, subj, inherited))
            take_subtree(t, &cw, c);
    take_charge_with(t, &cw, p);
    /* "police fired tear gas to disperse protesters": the controller's subject is this
       clause's too */
    if (subj && inherited && subj < p)
        take_subject(t, &cw, subj);
    int pron = 0, antecedent = subj && !inherited ? possessive_antecedent(t, subj, &pron) : 0;
    if (antecedent) { /* ("its forces": the owner's words, as in code_predicate) */
        take_subtree(t, &cw, antecedent);
        take[pron] = 0;
    }
    int shared = shared_object(t, p);
    if (shared)
        take_subtree(t, &cw, shared);
    name_over_description(r, t, &cw);
    /* "An Israeli strike killed three people": the act's owner is the subject */
    int attacker = subj && !inherited ? act_owner(r, t, subj) : 0;
    if (attacker)
        take_owner_only(t, &cw, subj, attacker);
    for (int c = t->first_child[p]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "obj") || ud_rel_is(ud_tree_word(t, c), "obl"))
            drop_group_places(r, t, &cw, c);
    int *slot = arena_calloc(r->a, (size_t)n + 1, sizeof *slot); /* argument named there */
    int anchor = 0, k;
    bool owned_act = false; /* a slot is the owner of the object's act: its patient */
    if (subj && countryless_agent(r, t, subj) &&
        (k = name_slot(r, t, subj, take)) != 0) {
        slot[k] = subj;
        anchor = subj;
        /* "Police and protesters clashed in Nairobi": so are the subject's conjuncts, and
           those of the group a quantity counts ("Thousands of teachers and students") */
        int counted = k != subj ? k : 0;
        for (int x = subj; x; x = x == subj ? counted : 0)
            for (int c = t->first_child[x]; c; c = t->next_sibling[c])
                if (ud_rel_is(ud_tree_word(t, c), "conj") && countryless_agent(r, t, c) &&
                    (k = name_slot(r, t, c, take)) != 0)
                    slot[k] = c;
    }
    /* "The Colombian government and the rebels signed a peace agreement": the opposition or
       rebels joined to a subject that names a state's government are of its state
       (home_opponent_state) */
    const char *home_words;
    size_t home_len;
    int home_conj = 0; /* (a party with the subject, no object its acts fall on) */
    for (int c = subj && !anchor ? t->first_child[subj] : 0; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "conj") && countryless_agent(r, t, c) &&
            home_opponent_state(r, t, subj, c, &home_words, &home_len) &&
            (k = name_slot(r, t, c, take)) != 0) {
            slot[k] = c;
            anchor = home_conj = c;
        }
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (!(ud_rel_is(w, "obj") || ud_rel_is(w, "iobj") || ud_rel_is(w, "obl")) || !take[c])
            continue;
        /* (the owner of an object that names an act: "demanded the resignation of the
           prime minister") */
        int wt = shallow_type(r, w->start);
        /* "India deployed troops to the border": the troops a state sends are its own */
        /* (not those it kills or wounds: "The gunmen wounded two soldiers", attacked_side) */
        if (ud_rel_is(w, "obj") && subj && !countryless_agent(r, t, subj) && own_forces(r, t, c) &&
            !names_party_without_forces(r, t, subj) &&
            !(r->ctx && r->ctx->last_attacked && lemma_in(ud_tree_word(t, p), HARM_VERBS)))
            continue;
        int owner = ud_rel_is(w, "obj") && w->upos == UPOS_NOUN && wt != W_AGENT && wt != W_ACTOR
                        ? ud_tree_child(t, c, "nmod", 0) : 0;
        /* (or its author: "rejected a petition by the opposition") */
        int arg = owner && ud_tree_case_of(t, owner) &&
                          (strcmp(ud_tree_case_of(t, owner), "of") == 0 ||
                           strcmp(ud_tree_case_of(t, owner), "by") == 0)
                      ? owner : c;
        /* ("Russia expelled diplomats": those a state expels are another's) */
        if (ud_rel_is(w, "obj") && lemma_in(ud_tree_word(t, p), (const char *const[]){"expel", "expell", NULL}) &&
            lemma_in(w, ENVOYS))
            continue;
        if ((countryless_agent(r, t, arg) || group_without_country(r, t, arg)) &&
            (k = name_slot(r, t, arg, take)) != 0) {
            slot[k] = arg;
            owned_act = owned_act || arg != c;
            if (!anchor)
                anchor = arg;
        }
        /* "urged the Sri Lankan government and the rebels": so is a conjunct of the
           argument that has no country of its own */
        for (int m = arg == c ? t->first_child[c] : 0; m; m = t->next_sibling[m])
            if (ud_rel_is(ud_tree_word(t, m), "conj") && take[m] && countryless_agent(r, t, m) &&
                (k = name_slot(r, t, m, take)) != 0) {
                slot[k] = m;
                if (!anchor)
                    anchor = m;
            }
        /* "raised questions about the government": the object's topic, where the verb's
           pattern looks for its target */
        for (int m = arg == c && ud_rel_is(w, "obj") ? t->first_child[c] : 0; m;
             m = t->next_sibling[m])
            if (ud_rel_is(ud_tree_word(t, m), "nmod") && !ud_rel_is(ud_tree_word(t, m), "nmod:poss") &&
                ud_tree_case_of(t, m) && /* (not a title: "President Biden") */
                countryless_agent(r, t, m) && (k = name_slot(r, t, m, take)) != 0) {
                slot[k] = m;
                if (!anchor)
                    anchor = m;
            }
    }
    if (shared && countryless_agent(r, t, shared) && (k = name_slot(r, t, shared, take)) != 0) {
        slot[k] = shared;
        if (!anchor)
            anchor = shared;
    }
    /* "French farmers demanded that the government scrap the rules": the one a demand's
       content asks to act is its addressee */
    int content = lemma_in(ud_tree_word(t, p), ASKING) || lemma_in(ud_tree_word(t, p), INSISTING)
                      ? ud_tree_child(t, p, "ccomp", 0) : 0;
    int asked = content ? ud_tree_subject(t, content) : 0;
    if (asked && take[asked] && countryless_agent(r, t, asked) &&
        (k = name_slot(r, t, asked, take)) != 0) {
        slot[k] = asked;
        if (!anchor)
            anchor = asked;
    }
    /* "A Kenyan court ruled that the government's plan was unconstitutional": the owner of
       what a ruling judges is the one it rules against */
    int ruled = lemma_in(ud_tree_word(t, p), (const char *const[]){"rule", "find", NULL})
                    ? ud_tree_child(t, p, "ccomp", 0) : 0;
    /* (and the owner of what a court or a house blocks, suspends or vetoes: "Kenya's High
       Court blocked the government's plan", drop_blocked_content) */
    int judged = ruled ? ud_tree_subject(t, ruled)
                 : lemma_in(ud_tree_word(t, p), BLOCKING) ? ud_tree_object(t, p) : 0;
    int judged_owner = judged ? ud_tree_child(t, judged, "nmod:poss", 0) : 0;
    /* ("Poland's Supreme Court ruled that the government had violated the constitution":
       the one a ruling finds at fault, named with no measure of its own) */
    if (!judged_owner && ruled && judged && countryless_agent(r, t, judged))
        judged_owner = judged;
    if (judged_owner && take[judged_owner] && countryless_agent(r, t, judged_owner) &&
        (k = name_slot(r, t, judged_owner, take)) != 0) {
        slot[k] = judged_owner;
        if (!anchor)
            anchor = judged_owner;
    }
    if (!anchor)
        return;
    const ud_word *aw = ud_tree_word(t, anchor);
    const char *words;
    size_t len;
    span at; /* unused: each agent is its own evidence */
    /* (the place names the state of the people there, not of a thing an agent word
       qualifies: "China conducted military drills around Taiwan") */
    bool people = anchor == subj || shallow_type(r, aw->start) == W_AGENT;
    if (!(anchor != subj && repressor_state(r, t, p, subj, &words, &len)) &&
        !home_opponent_state(r, t, subj, anchor, &words, &len) &&
        !state_where(r, (span){aw->start, aw->end}, people, &words, &len, &at) &&
        !(anchor != subj && !inherited && penal_state(r, t, p, subj, &words, &len)))
        return;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    uint32_t verb_from = 0, verb_to = 0;
    emit_with_states(r, t, &ct, take, NULL, slot, words, len, p, &verb_from, &verb_to);
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    /* a verbal act on a group that is not its direct object ("the minister condemned the
     * campaign against journalists") is no domestic event: there only material acts
     * (arrests, attacks, aid) give the group the state's country; the direct object
     * itself ("criticized the government") takes it */
    size_t kept = before;
    for (size_t e = before; e < r->nev; e++) {
        const event *ev = &r->ev[e];
        const cameo_code *cc = cameo_lookup_nearest(ev->code);
        bool object_placed = false;
        for (int i = 1; i <= n && !object_placed; i++)
            object_placed = slot[i] && slot[i] != subj && slot[i] != asked && slot[i] != judged_owner &&
                            slot[i] != home_conj &&
                            !direct_object_agent(r, t, slot[i], i, strncmp(ev->code, "14", 2) == 0) &&
                            ev->target.where.start == ud_tree_word(t, i)->start;
        /* (the owner of a demanded act is its patient when a people's group demands it:
           "protesters demanded the resignation of the prime minister"; a government's or a
           state's demand is mostly about another state's people: "Washington welcomed the
           release of the prisoners") */
        bool domestic_demand = owned_act && ev->source.code && strlen(ev->source.code) > 3 &&
                               !strstr(ev->source.code, "GOV");
        if (object_placed && !domestic_demand && cc &&
            (cc->quad_class == 1 || cc->quad_class == 3))
            continue;
        r->ev[kept++] = *ev;
    }
    r->nev = kept;
}

static void code_clause(tree_run *r, const ud_tree *t, int p, clause_text *ct_in,
                        uint32_t verb_from, uint32_t verb_to);

/* Emits the words of node's subtree that are marked in take (and not yet emitted, which
 * `done` records), in word order, as one block; a block's own preposition is left out when
 * skip_case is the node. */
static void emit_block(tree_run *r, const ud_tree *t, clause_text *ct, const uint8_t *take,
                       uint8_t *done, int node, int skip_case)
{
    int n = (int)t->s->n;
    ct->last = 0;
    for (int i = 1; i <= n; i++) {
        if (!take[i] || done[i] || !ud_tree_dominates(t, node, i))
            continue;
        const ud_word *w = ud_tree_word(t, i);
        done[i] = 1;
        if (skip_case && ud_rel_is(w, "case") && w->head == skip_case)
            continue;
        emit(ct, t, r->text, i, r->a);
    }
}


static bool names_actor(const tree_run *r, const ud_tree *t, int node);

/* "expelled diplomats from seven Latin American countries, including Argentina, Chile and
 * Peru": the states a list after "including" names are the ones acted on, not the region
 * the group's adjective names; the group's own words leave the clause (its preposition
 * stays, now the members'). */
static void take_members(tree_run *r, const ud_tree *t, clause_words *cw)
{
    int n = (int)t->s->n;
    for (int x = 1; x <= n; x++) {
        const ud_word *xw = ud_tree_word(t, x);
        if (!cw->take[x] || xw->upos != UPOS_NOUN || !xw->lemma ||
            !tree_word_in_list(xw->lemma, "country state nation government member"))
            continue;
        int list = 0;
        for (int c = t->first_child[x]; c && !list; c = t->next_sibling[c]) {
            const char *k = ud_rel_is(ud_tree_word(t, c), "nmod") ? ud_tree_case_of(t, c) : NULL;
            if (k && tree_word_in_list(k, "including include") && names_actor(r, t, c))
                list = c;
        }
        if (!list)
            continue;
        int first, last;
        ud_tree_span(t, list, &first, &last);
        for (int c = t->first_child[x]; c; c = t->next_sibling[c]) {
            const ud_word *cw_ = ud_tree_word(t, c);
            if (c == list || ud_rel_is(cw_, "case"))
                continue;
            int cf, cl;
            ud_tree_span(t, c, &cf, &cl);
            for (int i = cf; i <= cl; i++)
                cw->take[i] = 0;
        }
        cw->take[x] = 0;
        for (int i = first; i < list; i++) /* ("including" and the comma before it) */
            if (!ud_tree_dominates(t, list, i) || ud_rel_is(ud_tree_word(t, i), "case"))
                cw->take[i] = 0;
        if (first > 1 && strcmp(ud_tree_word(t, first - 1)->form, ",") == 0)
            cw->take[first - 1] = 0;
    }
}

/* Measures imposed "on" someone. */
static const char *const MEASURES_ON[] = {"sanction", "sanctions", "tariff", "tariffs",
                                          "embargo", "ban", "restriction", "restrictions",
                                          "blockade", "strike", "strikes", "attack",
                                          "attacks", "raid", "raids", NULL};

/* "reimpose U.N. sanctions on Iran", "vetoed North Macedonia's EU accession talks": a
 * name that qualifies a thing the predicate acts on (its compound or adjective) tells what
 * kind of thing it is, when the thing's own phrase names its party ("on Iran", a
 * possessor); the name leaves the clause, where the lexicon would take it for the
 * target. */
static void drop_qualifying_names(tree_run *r, const ud_tree *t, clause_words *cw, int node)
{
    const ud_word *nw = node ? ud_tree_word(t, node) : NULL;
    int nt = nw ? shallow_type(r, nw->start) : W_NULL;
    if (!nw || nw->upos != UPOS_NOUN || nt == W_ACTOR || nt == W_AGENT || !cw->take[node])
        return;
    bool party = false;
    for (int c = t->first_child[node]; c && !party; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        const char *k = ud_rel_is(w, "nmod") ? ud_tree_case_of(t, c) : NULL;
        /* ("on" is a measure's target, but a statement's topic: "a UN statement on
           Myanmar" is the UN's) */
        party = (ud_rel_is(w, "nmod:poss") ||
                 (k && tree_word_in_list(k, "on against") && lemma_in(nw, MEASURES_ON))) &&
                names_actor(r, t, c);
    }
    if (!party)
        return;
    for (int c = t->first_child[node]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        int ty = shallow_type(r, w->start);
        if ((ud_rel_is(w, "compound") || ud_rel_is(w, "amod")) && c < node && ty == W_ACTOR) {
            int first, last;
            ud_tree_span(t, c, &first, &last);
            for (int i = first; i <= last; i++)
                cw->take[i] = 0;
        }
    }
}

/* "Japan and South Korea agreed to share intelligence on North Korea": what a piece of
 * information is "on" or "about" is its topic, no party to the act that shares or gives
 * it; the phrase leaves the clause (the partners then act on each other). */
static void drop_information_topics(const ud_tree *t, clause_words *cw)
{
    static const char *const INFORMATION[] = {"intelligence", "information", "data", "detail",
                                              "evidence", "assessment", "warning", "report",
                                              "briefing", "view", NULL};
    int n = (int)t->s->n;
    for (int node = 1; node <= n; node++) {
        const ud_word *nw = ud_tree_word(t, node);
        if (nw->upos != UPOS_NOUN || !lemma_in(nw, INFORMATION) || !cw->take[node])
            continue;
        int first, last;
        ud_tree_span(t, node, &first, &last);
        /* its own phrase, or one the parse hung on its verb right after it */
        for (int x = 0; x < 2; x++) {
            int h = x == 0 ? node : (ud_rel_is(nw, "obj") ? nw->head : 0);
            for (int c = h > 0 ? t->first_child[h] : 0; c; c = t->next_sibling[c]) {
                const ud_word *w = ud_tree_word(t, c);
                const char *k = ud_rel_is(w, x == 0 ? "nmod" : "obl") ? ud_tree_case_of(t, c) : NULL;
                int cf, cl;
                ud_tree_span(t, c, &cf, &cl);
                if (!k || !tree_word_in_list(k, "on about regarding concerning") ||
                    (x == 1 && cf != last + 1))
                    continue;
                for (int i = cf; i <= cl; i++)
                    cw->take[i] = 0;
            }
        }
    }
}

/* "rejected a system backed by the Red Cross", "condemned an attack carried out by Hamas":
 * an act on a thing that someone made, proposed or backed is an act towards its author.
 * When the predicate's patient (`node`) is a thing, not an actor or a group, and a
 * participle of authorship hangs from it with its "by" agent, the participle and the
 * agent join the clause (the rest of the participle's phrase stays out). */
static void take_author(tree_run *r, const ud_tree *t, clause_words *cw, int node)
{
    static const char *const authorship[] = {"back", "propose", "draft", "sponsor", "submit",
                                             "table", "present", "broker", "offer", "issue",
                                             "impose", "launch", "conduct", "carry", "make",
                                             "endorse", "support", "announce", "put",
                                             "introduce", "order", "plan", "sign", "adopt",
                                             "pass", "approve", "conclude", "negotiate",
                                             "write", "lead", "organize", "organise",
                                             "host", "reach", NULL};
    const ud_word *nw = ud_tree_word(t, node);
    if (!node || nw->upos != UPOS_NOUN || shallow_type(r, nw->start) != W_NULL)
        return;
    for (int c = t->first_child[node]; c; c = t->next_sibling[c]) {
        const ud_word *a = ud_tree_word(t, c);
        if (!ud_rel_is(a, "acl") || ud_rel_is(a, "acl:relcl") || a->upos != UPOS_VERB ||
            !a->xpos || strcmp(a->xpos, "VBN") != 0 || !lemma_in(a, authorship))
            continue;
        int by = ud_tree_child(t, c, "obl:agent", 0);
        if (!by)
            by = ud_tree_oblique(t, c, "by");
        if (!by)
            continue;
        cw->take[c] = 1;
        take_subtree(t, cw, by);
        add_covered(r, a->start, a->end); /* the participle is this clause's, not a verb of
                                             its own for the whole sentence's reading */
        return;
    }
}

/* "Pyongyang is supported only by Beijing and Moscow": a passive with its agent is coded in
 * active order, "Beijing and Moscow supported Pyongyang", so that the patterns' $ and +
 * mean what they say; without an agent the passive stays as written. */
/* "Pyongyang is supported only by Beijing and Moscow": a passive in the simple present of
 * a verb of standing support or recognition (no other auxiliary: not "has been", "will
 * be") describes a state of affairs, not an act. */
static bool standing_passive(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (!pw->lemma || !tree_word_in_list(pw->lemma, "support back fund finance arm sponsor "
                                                    "recognize recognise ally"))
        return false;
    bool present = false;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *a = ud_tree_word(t, c);
        if (!a->deprel)
            continue;
        if (strcmp(a->deprel, "aux") == 0)
            return false;
        if (strcmp(a->deprel, "aux:pass") == 0)
            present = a->xpos && (strcmp(a->xpos, "VBZ") == 0 || strcmp(a->xpos, "VBP") == 0);
    }
    return present;
}


static void emit_stand_in(tree_run *r, const ud_tree *t, clause_text *ct, clause_words *cw,
                          int who);

/* "Eleven Iraqis were killed by snipers": a patient that is a state's people by its own
 * noun says nothing of whose the agent is, as in the active ("Snipers killed eleven
 * Iraqis" gives the snipers no state); a place in its phrase ("activists in Moscow") or
 * its state's adjective ("Russian activists") does. Is the state's mention `at` the
 * patient's own noun? */
static bool patient_nationals(const tree_run *r, const ud_tree *t, int subj, span at)
{
    const pword *w = shallow_word_at(r, at.start);
    return w && w->read_type == W_ACTOR && name_node(r, w) == subj;
}

static void code_passive(tree_run *r, const ud_tree *t, clause_words *cw, int p, int subj,
                         int agent)
{
    int n = (int)t->s->n;
    if (standing_passive(t, p)) {
        const ud_word *pw = ud_tree_word(t, p);
        add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
        return;
    }
    take_subject(t, cw, subj);
    take_author(r, t, cw, subj);
    size_t before = r->nev;
    uint8_t *done = arena_calloc(r->a, (size_t)n + 1, 1);
    /* the passive auxiliary goes: the verb reads as an active past form */
    for (int c = t->first_child[p]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "aux:pass"))
            done[c] = 1;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    /* "was arrested by police": the police of the state the sentence or story names;
       among several, of the one named as the place ("Three U.S. soldiers were killed by
       militants in Iraq") */
    const char *words;
    size_t len;
    span at;
    const ud_word *aw = ud_tree_word(t, agent);
    size_t state_entry = SIZE_MAX; /* the state's words put before the agent, if any */
    if (countryless_walk(r, t, agent, true) &&
        state_where(r, (span){aw->start, aw->end}, true, &words, &len, &at) &&
        !patient_nationals(r, t, subj, at)) {
        /* (after the agent's article: "the Thai Constitutional Court", not "Thai the
           Constitutional Court", which the lexicon reads as two phrases) */
        int det = ud_tree_child(t, agent, "det", 0);
        if (det && det < agent && cw->take[det]) {
            emit(&ct, t, r->text, det, r->a);
            done[det] = 1;
        }
        state_entry = ct.n;
        put_state(&ct, r->a, words, len, at);
    }
    /* (a date the parse hung on the agent is the verb's, emitted after it: "by the
       Constitutional Court on Tuesday") */
    uint8_t *agent_words = arena_alloc(r->a, (size_t)n + 1);
    memcpy(agent_words, cw->take, (size_t)n + 1);
    for (int c = t->first_child[agent]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "nmod") && tree_calendar_word(ud_tree_word(t, c))) {
            int first, last;
            ud_tree_span(t, c, &first, &last);
            memset(agent_words + first, 0, (size_t)(last - first + 1));
        }
    emit_block(r, t, &ct, agent_words, done, agent, agent);
    uint32_t agent_end = (uint32_t)ct.text.len;
    ct.last = 0;
    emit(&ct, t, r->text, p, r->a);
    done[p] = 1;
    uint32_t verb_from = ct.map[ct.n - 1].syn_start, verb_to = ct.map[ct.n - 1].syn_end;
    /* "Farmers in northern Nigeria were kidnapped by gunmen": the place of a patient
       without a country is where it was, as for an active clause's object; the state it
       names is the agent's and the patient's, not the patient itself */
    bool placed = cw->take[subj] && group_without_country(r, t, subj);
    for (int c = placed ? t->first_child[subj] : 0; c; c = t->next_sibling[c])
        if (place_phrase(t, c))
            leave_out(t, cw, c);
    /* "protesters were arrested by Kenyan police": the protesters are Kenyan too */
    const ud_word *sw = ud_tree_word(t, subj);
    int slot = countryless_walk(r, t, subj, placed) &&
                       state_for(r, (span){sw->start, sw->end}, &words, &len, &at)
                   ? name_slot(r, t, subj, cw->take) : 0;
    /* "Hamas said its leader was killed by Israel": the owner a possessive pronoun stands
       for, read after the agent, would be the agent ("Israel killed its leader"); its
       words take the pronoun's place */
    int pron = 0, owner = possessive_antecedent(t, subj, &pron);
    ct.last = 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i] || done[i] || !ud_tree_dominates(t, subj, i))
            continue;
        if (i == slot)
            put_state(&ct, r->a, words, len, (span){sw->start, sw->end});
        done[i] = 1;
        if (i == pron && owner) {
            emit_stand_in(r, t, &ct, cw, owner);
            continue;
        }
        emit(&ct, t, r->text, i, r->a);
    }
    ct.last = 0;
    for (int i = 1; i <= n; i++)
        if (cw->take[i] && !done[i])
            emit(&ct, t, r->text, i, r->a);
    r->subject = (span){0, 0};
    if (ct.n && agent_end) {
        /* the agent stands where a subject stands; the state given to it is not of its
           words when its mention is in the patient ("Activists in Moscow were detained
           by police": "Moscow" would stretch the agent over the activists) */
        uint32_t first = UINT32_MAX, last = 0;
        for (size_t k = 0; k < ct.n; k++)
            if (ct.map[k].syn_end <= agent_end && k != state_entry) {
                if (ct.map[k].start < first)
                    first = ct.map[k].start;
                if (ct.map[k].end > last)
                    last = ct.map[k].end;
            }
        if (first < last)
            r->subject = (span){first, last};
    }
    code_clause(r, t, p, &ct, verb_from, verb_to);
    r->subject = (span){0, 0};
    /* "The man was charged by French prosecutors with spying for Russia": a patient no
       dictionary names leaves the act no target; the whole sentence's reading must not
       find one further on (it took Russia for the source and France for the target) */
    const ud_word *pw = ud_tree_word(t, p);
    if (r->nev == before && !names_actor(r, t, subj) && !tree_event_noun(ud_tree_word(t, subj)))
        add_covered(r, pw->start, pw->end);
}

/* "Ukrainian police were provided with intelligence from Britain": in a passive of giving
 * without a "by" agent, the "from" phrase of the verb or of what is given names the giver;
 * that phrase, or 0. */
static int giver_from(const ud_tree *t, int p)
{
    static const char *const GIVING[] = {"provide", "supply", "give", "hand", "send",
                                         "deliver", "offer", "sell", "lend", NULL};
    if (!lemma_in(ud_tree_word(t, p), GIVING))
        return 0;
    int from = ud_tree_oblique(t, p, "from");
    for (int c = t->first_child[p]; c && !from; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (!ud_rel_is(w, "obj") && !ud_rel_is(w, "obl"))
            continue;
        for (int m = t->first_child[c]; m && !from; m = t->next_sibling[m])
            if (ud_rel_is(ud_tree_word(t, m), "nmod") && ud_tree_case_of(t, m) &&
                strcmp(ud_tree_case_of(t, m), "from") == 0)
                from = m;
    }
    return from;
}

/* The agent an agentless passive implies ("Montalvo was arrested": the police), when
 * the verb has the dependents the rule asks for ("released on bail"); else NULL. */
static const char *implied_agent(const ud_tree *t, int p)
{
    const char *needs, *agent;
    for (int k = 0; (agent = tree_implied_agent_nth(ud_tree_word(t, p)->lemma, k, &needs)); k++) {
        if (!needs)
            return agent;
        for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
            const ud_word *o = ud_tree_word(t, c);
            if (o->lemma && strcmp(o->lemma, needs) == 0)
                return agent;
        }
    }
    return NULL;
}

/* The state named where the predicate happened ("was arrested in Iran", "were deported
 * from Thailand"), as words. */
static bool place_state(const tree_run *r, const ud_tree *t, int p, const char **words,
                        size_t *len, int *where)
{
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const char *cs = ud_rel_is(ud_tree_word(t, c), "obl") ? ud_tree_case_of(t, c) : NULL;
        if (!cs || (strcmp(cs, "in") != 0 && strcmp(cs, "from") != 0))
            continue;
        int first, last;
        ud_tree_span(t, c, &first, &last);
        for (int i = first; i <= last; i++) {
            const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
            if (!pw || pw->read_type != W_ACTOR || !pw->read_head || !pw->code ||
                strlen(pw->code->code) != 3 || !cameo_actor_is_state(pw->code->code))
                continue;
            *words = r->text + pw->start;
            *len = r->shallow->w[name_last(r, pw)].end - pw->start;
            *where = c;
            return true;
        }
    }
    return false;
}

/* "Daniel Montalvo was arrested": coded as "Daniel Montalvo was arrested by <state>
 * police", the state being the one the sentence names, else the story's home state. The
 * passive stays, so that a pronoun subject still opens the clause ("He was released on
 * bail"), and the agent follows the verb; whatever the verb's pattern makes of it, the
 * implied agent is the source. */
/* "Former French President Nicolas Sarkozy was placed under formal investigation over
 * allegations that Libya financed his campaign": where the sentence names several states,
 * a patient who is a state's official, politician or former one (FRAELI, or a state's
 * adjective with such a title) is in the hands of that state's police and courts; its
 * name, or false (a journalist, a civilian: whose police is not for us to guess). */
static bool official_subject_state(const tree_run *r, const ud_tree *t, int subj,
                                   const char **words, size_t *len)
{
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    /* (the name and its title, not a clause on it: "the group that attacked the US
       embassy") */
    while (last > subj && !ud_rel_is(ud_tree_word(t, last), "flat"))
        last--;
    const char *state = NULL, *own = NULL;
    bool titled = false;
    for (int i = first; i <= last; i++) {
        const pword *w = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (!w || !w->read_head)
            continue;
        if (w->read_type == W_ACTOR && w->code && w->code->code) {
            const char *c = w->code->code;
            if (official_code(c))
                own = own ? own : c;
            else if (strlen(c) == 3 && cameo_actor_is_state(c))
                state = state ? state : c;
        } else if (w->read_type == W_AGENT && w->read_entry && w->read_entry->ncodes &&
                   w->read_entry->codes[0].code) {
            char role[16];
            snprintf(role, sizeof role, "XXX%s", w->read_entry->codes[0].code + 1);
            titled |= official_code(role) || w->former;
        }
    }
    const char *code = own ? own : titled ? state : NULL;
    return code && state_name_of(r, code, words, len);
}

static void code_implied_agent(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                               int subj, const char *agent)
{
    const ud_word *pw = ud_tree_word(t, p);
    const char *words;
    size_t len;
    span at;
    int where = 0; /* "from Thailand": the agent's place, no target */
    if (!place_state(r, t, p, &words, &len, &where) &&
        !state_for(r, (span){pw->start, pw->end}, &words, &len, &at) &&
        !official_subject_state(r, t, subj, &words, &len)) {
        add_covered(r, pw->start, pw->end); /* "in Iran" is no target of the arrest */
        return;
    }
    /* the agent's evidence is the verb that implies it, not the state's mention, which
       may be the subject's own ("a boy from Cairo was arrested") */
    at = (span){pw->start, pw->end};
    int n = (int)t->s->n;
    take_subject(t, cw, subj);
    if (where) {
        int first, last;
        ud_tree_span(t, where, &first, &last);
        memset(cw->take + first, 0, (size_t)(last - first + 1));
    }
    take_charge_with(t, cw, p);
    /* "two journalists were arrested": of that state too */
    int slot = countryless_agent(r, t, subj) ? name_slot(r, t, subj, cw->take) : 0;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    uint32_t verb_from = 0, verb_to = 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i])
            continue;
        if (i == slot) {
            const ud_word *sw = ud_tree_word(t, i);
            put_state(&ct, r->a, words, len, (span){sw->start, sw->end});
        }
        emit(&ct, t, r->text, i, r->a);
        if (i != p)
            continue;
        verb_from = ct.map[ct.n - 1].syn_start;
        verb_to = ct.map[ct.n - 1].syn_end;
        strbuf_puts(&ct.text, " by");
        put_state(&ct, r->a, words, len, at);
        strbuf_putc(&ct.text, ' ');
        strbuf_puts(&ct.text, agent);
    }
    r->subject = (span){0, 0};
    size_t before = r->nev;
    r->patient_subject = true;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    r->patient_subject = false;
    for (size_t k = before; k < r->nev; k++) {
        event *e = &r->ev[k];
        if (e->target.where.start == at.start && e->target.where.end == at.end) {
            actor_ref x = e->source;
            e->source = e->target;
            e->target = x;
            e->tree_path = tree_path(r->a, t, p, e);
        }
        e->implied_source = 1;
    }
}

static void remember_passive(tree_run *r, const ud_tree *t, int p, span patient)
{
    const ud_word *pw = ud_tree_word(t, p);
    span verb = {pw->start, pw->end}, content = {0, 0};
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (!ud_rel_is(w, "advcl") && !ud_rel_is(w, "ccomp") && !ud_rel_is(w, "xcomp"))
            continue;
        int first, last;
        ud_tree_span(t, c, &first, &last);
        uint32_t a = ud_tree_word(t, first)->start, b = ud_tree_word(t, last)->end;
        if (content.end == content.start || a < content.start)
            content.start = a;
        if (b > content.end)
            content.end = b;
    }
    r->passives = arena_grow(r->a, r->passives, r->npassives,
                             &r->cappassives, r->npassives + 1, sizeof *r->passives);
    r->passives[r->npassives++] = (struct passive_verb){verb, patient, content};
    /* "Five soldiers were killed and seven wounded in an attack by militants": a
       participle coordinated with the passive, without a verb of its own (the parse may
       read it as an adjective), shares its voice and its patient */
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        int x = c; /* the participle */
        const ud_word *w = ud_tree_word(t, c);
        if (!ud_rel_is(w, "conj"))
            continue;
        /* ("... were killed and dozens wounded": the parse may hang the participle on
           the number, the conjunct) */
        if (w->upos == UPOS_NOUN || w->upos == UPOS_NUM) {
            x = ud_tree_child(t, c, "acl", 0);
            if (!x)
                continue;
            w = ud_tree_word(t, x);
        }
        if (!w->xpos ||
            !(strcmp(w->xpos, "VBN") == 0 || strcmp(w->xpos, "JJ") == 0) ||
            ud_tree_child(t, x, "aux", 0) || ud_tree_child(t, x, "aux:pass", 0) ||
            ud_tree_child(t, x, "obj", 0))
            continue;
        r->passives = arena_grow(r->a, r->passives, r->npassives, &r->cappassives,
                                 r->npassives + 1, sizeof *r->passives);
        r->passives[r->npassives++] =
            (struct passive_verb){(span){w->start, w->end}, patient, (span){0, 0}};
    }
}

/* "The Indian army was put on high alert", "Thai forces were placed on a war footing": a
 * force put or placed on alert, readiness or a war footing raises its own posture; the
 * passive's subject is the one that acts, not one who suffers the act. */
static bool posture_passive(const ud_tree *t, int p)
{
    static const char *const PUT[] = {"put", "place", NULL};
    static const char *const POSTURE[] = {"alert", "readiness", "footing", "standby", NULL};
    if (!lemma_in(ud_tree_word(t, p), PUT))
        return false;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const char *prep = ud_rel_is(ud_tree_word(t, c), "obl") ? ud_tree_case_of(t, c) : NULL;
        if (prep && strcmp(prep, "on") == 0 && lemma_in(ud_tree_word(t, c), POSTURE))
            return true;
    }
    return false;
}

/* A shallow event on the verb of an agentless passive the tree found: when its source is
 * the passive's subject ("Iranian diplomats were expelled from Germany" read as IRN ->
 * DEU), the act is the other side's, so the two change places; any other source is a
 * guess the tree cannot vouch for (its agent is not in the sentence): false drops it. */
static bool passive_to_active(const tree_run *r, event *e)
{
    for (size_t i = 0; i < r->npassives; i++) {
        const struct passive_verb *v = &r->passives[i];
        if (e->verb.start >= v->verb.end || v->verb.start >= e->verb.end)
            continue;
        if (!span_within(e->source.where, v->patient))
            return false;
        /* an actor inside the passive's clausal complement is what it is about, not its
           agent ("Russia is accused of deporting Ukrainian children") */
        if (v->content.end > v->content.start && span_within(e->target.where, v->content))
            return false;
        /* both inside the patient ("the US embassy in Baghdad was attacked"): no agent */
        if (span_within(e->target.where, v->patient))
            return false;
        actor_ref x = e->source;
        e->source = e->target;
        e->target = x;
        return true;
    }
    return true;
}

/* Prepositions that place an act ("near Lesbos", "in Nairobi"). */

/* A state's name to put before an argument's agent word (code_with_country). */
typedef struct state_name {
    const char *words;
    size_t len;
} state_name;

/* Emits, in the place of a possessive pronoun, the words of the one it stands for
 * (`who`: "our" in what a speaker says, "its" in an act's patient or in a passive read
 * in active order), without their case or punctuation. */
static void emit_stand_in(tree_run *r, const ud_tree *t, clause_text *ct, clause_words *cw,
                          int who)
{
    int n = (int)t->s->n;
    uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
    clause_words sw = {sub, cw->stack, cw->pruned};
    take_subject(t, &sw, who);
    for (int k = 1; k <= n; k++)
        if (sub[k] && !ud_rel_is(ud_tree_word(t, k), "punct"))
            emit(ct, t, r->text, k, r->a);
}

/* Appends node's subtree; with `state`, an argument that is an agent without a country
 * gets the state's name before its agent word. */
static void add_argument_as(tree_run *r, clause_text *ct, const ud_tree *t, clause_words *cw,
                            int node, int skip_case, const state_name *state, bool subject)
{
    int n = (int)t->s->n;
    memset(cw->take, 0, (size_t)n + 1);
    if (subject)
        take_subject(t, cw, node);
    else
        take_subtree(t, cw, node);
    if (r->argument_without && r->argument_without != node)
        for (int i = 1; i <= n; i++)
            if (ud_tree_dominates(t, r->argument_without, i))
                cw->take[i] = 0;
    int at = state && countryless_agent(r, t, node) ? name_slot(r, t, node, cw->take) : 0;
    ct->last = 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i])
            continue;
        const ud_word *w = ud_tree_word(t, i);
        if (skip_case && (ud_rel_is(w, "case") || ud_rel_is(w, "cc")) && w->head == node)
            continue;
        if (i == at)
            put_state(ct, r->a, state->words, state->len, (span){w->start, w->end});
        if (i == r->said_owner && r->said_speaker) {
            emit_stand_in(r, t, ct, cw, r->said_speaker);
            continue;
        }
        emit(ct, t, r->text, i, r->a);
    }
}

static void add_argument(tree_run *r, clause_text *ct, const ud_tree *t, clause_words *cw,
                         int node, int skip_case, const state_name *state)
{
    add_argument_as(r, ct, t, cw, node, skip_case, state, false);
}

/* Appends a verb of our own words (or the predicate's) to a clause, mapped to the word at
 * whose span is its evidence; *from and *to delimit it in the clause text. */
static void put_verb(tree_run *r, clause_text *ct, const char *verb, size_t len,
                     const ud_word *at, uint32_t *from, uint32_t *to)
{
    if (ct->text.len)
        strbuf_putc(&ct->text, ' ');
    *from = (uint32_t)ct->text.len;
    strbuf_append(&ct->text, verb, len);
    *to = (uint32_t)ct->text.len;
    *add_mapping(ct, r->a) = (syn_word_map){*from, *to, at->start, at->end};
    ct->last = 0;
}

/* Appends a word of our own (a preposition the clause needs), mapped to no text. */
static void put_text(clause_text *ct, const char *s)
{
    if (ct->text.len)
        strbuf_putc(&ct->text, ' ');
    strbuf_puts(&ct->text, s);
    ct->last = 0;
}

/* Is word at, below head, inside a place phrase of head's ("the platform across the
 * country", "a church in Moscow")? */
static bool in_place_phrase(const ud_tree *t, int head, int at)
{
    int n = (int)t->s->n;
    for (int x = at, steps = 0; x > 0 && x != head && steps <= n; steps++) {
        const ud_word *w = ud_tree_word(t, x);
        const char *k = ud_rel_is(w, "nmod") || ud_rel_is(w, "obl") ? ud_tree_case_of(t, x) : NULL;
        if (k && (tree_word_in_list(k, LOCATIVE) || tree_word_in_list(k, "across throughout")))
            return true;
        x = w->head;
    }
    return false;
}

/* Has the predicate an argument besides its subject: an object, an oblique, a particle,
 * a clausal complement, or a subject coordination ("Russia and China met")? */
static bool has_argument(const ud_tree *t, int p)
{
    static const char *const ARGS[] = {"obj", "iobj", "obl", "compound:prt", "ccomp", "xcomp",
                                       "advcl", "nmod", "dep", NULL};
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        for (const char *const *a = ARGS; *a; a++)
            if (ud_rel_is(w, *a))
                return true;
        if ((ud_rel_is(w, "nsubj") || ud_rel_is(w, "nsubj:pass")) && ud_tree_child(t, c, "conj", 0))
            return true;
    }
    return false;
}

/* "Thomas Sam and his wife are undergoing trial for manslaughter", "he faces trial",
 * "the two men are on trial": a trial is the state's court acting on its subject (CAMEO
 * 173), coded as "<state> court charged X with" the word "trial", the state being the
 * one named "in" the sentence, else the sentence's or the story's. True when the
 * predicate is such a trial (coded or not). */
static bool code_trial(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    static const char *const facing[] = {"undergo", "face", "stand", "await", "go", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    int trial = 0;
    if (pw->lemma && strcmp(pw->lemma, "trial") == 0 && ud_tree_child(t, p, "cop", 0))
        trial = p;
    for (int c = t->first_child[p]; c && !trial; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (lemma_in(pw, facing) && w->lemma && strcmp(w->lemma, "trial") == 0 &&
            (ud_rel_is(w, "obj") || ud_rel_is(w, "obl")))
            trial = c;
    }
    bool inherited;
    int subj = trial ? subject_of(t, p, &inherited) : 0;
    if (!subj || inherited || !ud_rel_is(ud_tree_word(t, subj), "nsubj"))
        return trial != 0;
    const ud_word *tw = ud_tree_word(t, trial);
    const char *words;
    size_t len;
    span at;
    int where = 0;
    if (!place_state(r, t, p, &words, &len, &where) &&
        !state_for(r, (span){tw->start, tw->end}, &words, &len, &at))
        return true;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    put_state(&ct, r->a, words, len, (span){tw->start, tw->end});
    put_text(&ct, "court");
    strbuf_putc(&ct.text, ' ');
    uint32_t verb_from = (uint32_t)ct.text.len;
    strbuf_puts(&ct.text, "charged");
    uint32_t verb_to = (uint32_t)ct.text.len;
    *add_mapping(&ct, r->a) = (syn_word_map){verb_from, verb_to, tw->start, tw->end};
    ct.last = 0;
    add_argument(r, &ct, t, cw, subj, 0, NULL);
    put_text(&ct, "with crimes");
    size_t before = r->nev;
    r->patient_subject = true;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    r->patient_subject = false;
    for (size_t k = before; k < r->nev; k++)
        r->ev[k].implied_source = 1;
    return true;
}

/* The clause text of predicate p from the words cw->take marks, in order; an inherited
 * subject (`inherited_subj`, 0 for none) comes first, as its own block. Sets the verb's
 * span in the clause text. */

static bool names_someone(const tree_run *r, const ud_tree *t, int node);

/* "Israel said it would halt the entry of goods into Gaza, a move Egypt condemned as a
 * violation of the truce": a measure, a ruling or a charge that a relative clause judges,
 * with no author of its own, is the act of the agent of the sentence's main clause (its
 * subject, or the "by" agent of a passive). Returns that agent, or 0. */
static int main_clause_agent(tree_run *r, const ud_tree *t, int noun, int p);

static int measure_author(tree_run *r, const ud_tree *t, int noun, int p)
{
    static const char *const measures[] = {"move", "decision", "ruling", "verdict", "step",
                                           "measure", "judgment", "judgement", "action",
                                           "charge", "accusation", "allegation", "claim",
                                           "plan", "law", "ban", "proposal", "criticism",
                                           "remarks", "comments", "statement", NULL};
    const ud_word *nw = ud_tree_word(t, noun);
    if (!lemma_in(nw, measures) || ud_tree_child(t, noun, "nmod:poss", 0) ||
        ud_tree_oblique(t, noun, "by") || ud_tree_oblique(t, noun, "of"))
        return 0;
    /* (nor one whose own words name its author: "a US move", "a Chinese decision") */
    for (int c = t->first_child[noun]; c; c = t->next_sibling[c]) {
        const ud_word *cw2 = ud_tree_word(t, c);
        if ((ud_rel_is(cw2, "compound") || ud_rel_is(cw2, "amod") || ud_rel_is(cw2, "nmod")) &&
            names_actor(r, t, c))
            return 0;
    }
    return main_clause_agent(r, t, noun, p);
}

/* The agent of the sentence's main clause (its subject, or the "by" agent of a passive)
 * whose act a measure noun or a clausal "which" (node, in clause p) stands for, or 0. */
static int main_clause_agent(tree_run *r, const ud_tree *t, int noun, int p)
{
    int root = t->first_child[0];
    if (!root || root == p)
        return 0;
    int agent = ud_tree_child(t, root, "obl:agent", 0);
    if (!agent)
        agent = ud_tree_child(t, root, "nsubj", 0);
    /* (an agent the lexicon gives a state by its place names someone too: "The junta in
       Niger expelled the French ambassador, a decision Paris rejected") */
    if (!agent || agent == noun || ud_tree_dominates(t, noun, agent) ||
        ud_tree_word(t, agent)->upos == UPOS_PRON ||
        !(names_actor(r, t, agent) || names_someone(r, t, agent)))
        return 0;
    return agent;
}

/* "Russia expelled two Estonian diplomats, and Estonia condemned the decision": the
 * object of a verb coordinated with the root, with a subject of its own, that is "the"
 * (or "this") measure. Returns that object, or 0; measure_author checks the rest. */
static int conjoined_measure(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (!ud_rel_is(pw, "conj") || pw->head != t->first_child[0] || !ud_tree_child(t, p, "nsubj", 0))
        return 0;
    int obj = ud_tree_child(t, p, "obj", 0);
    int det = obj ? ud_tree_child(t, obj, "det", 0) : 0;
    const ud_word *dw = det ? ud_tree_word(t, det) : NULL;
    return dw && dw->lemma && tree_word_in_list(dw->lemma, "the this that") ? obj : 0;
}

/* "Ethiopia signed a port deal with Somaliland, which Somalia condemned": "which" after
 * the comma that closes the main clause, the object of a verb of judging with a subject
 * of its own, stands for the clause's act, not for the noun before the comma, whatever
 * the parse hangs the clause on. Returns the "which", or 0. */
static int clausal_which(const ud_tree *t, int p)
{
    static const char *const judging[] = {
        "condemn", "denounce", "criticize", "criticise", "decry", "deplore", "slam",
        "welcome", "praise", "hail", "applaud", "reject", "regret", "call", "describe",
        "brand", "label", "term", "dub", "protest", "declare", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    int root = t->first_child[0];
    if (pw->upos != UPOS_VERB || !lemma_in(pw, judging) || !root || p == root ||
        !(ud_rel_is(pw, "acl:relcl") || ud_rel_is(pw, "acl") || ud_rel_is(pw, "conj") ||
          ud_rel_is(pw, "advcl")))
        return 0;
    /* (the clause hangs in the main clause: on its verb or on a noun of it) */
    int above = pw->head;
    while (above > 0 && above != root && ud_tree_word(t, above)->upos != UPOS_VERB)
        above = ud_tree_word(t, above)->head;
    if (above != root)
        return 0;
    int subj = ud_tree_child(t, p, "nsubj", 0);
    if (!subj || is_relative_pronoun(ud_tree_word(t, subj)))
        return 0;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (c < subj && c > 1 && ud_rel_is(w, "obj") && w->lemma &&
            strcmp(w->lemma, "which") == 0 && ud_tree_word(t, c - 1)->upos == UPOS_PUNCT &&
            strcmp(ud_tree_word(t, c - 1)->form, ",") == 0)
            return c;
    }
    return 0;
}

/* "Azerbaijan closed the Lachin corridor, a move aimed at Yerevan": a move, step or
 * measure in apposition to the main verb's object, "aimed at", "directed at" or
 * "targeting" someone, names the act's target when the clause names none. Returns that
 * someone, or 0. */
static int aimed_target(tree_run *r, const ud_tree *t, const clause_words *cw, int p)
{
    static const char *const moves[] = {"move", "step", "measure", "decision", NULL};
    if (p != t->first_child[0])
        return 0;
    int obj = ud_tree_child(t, p, "obj", 0);
    int move = obj ? ud_tree_child(t, obj, "appos", 0) : 0;
    if (!move || !lemma_in(ud_tree_word(t, move), moves))
        return 0;
    for (int c = t->first_child[move]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (!ud_rel_is(w, "acl") || !w->lemma)
            continue;
        int who = 0;
        if (tree_word_in_list(w->lemma, "aim direct")) {
            int x = ud_tree_oblique(t, c, "at");
            who = x;
        } else if (strcmp(w->lemma, "target") == 0) {
            who = ud_tree_child(t, c, "obj", 0);
        }
        if (who && !cw->take[who] && names_actor(r, t, who))
            return who;
    }
    return 0;
}

/* "Japan's prime minister visited Seoul and made conciliatory remarks", "... met Putin
 * and signed a deal": a verb coordinated after a visit, a meeting or a hosting, with no
 * actor of its own among its arguments, is addressed to the one visited, met or hosted,
 * whom the first verb's object names; the clause's words do not (the object stands before
 * the verb), and the event would have no target. Returns that object, or 0. */
static int visited_counterpart(tree_run *r, const ud_tree *t, const clause_words *cw, int p)
{
    static const char *const consults[] = {"visit", "meet", "host", "receive", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    if (!ud_rel_is(pw, "conj") || pw->upos != UPOS_VERB || pw->head <= 0 ||
        ud_tree_child(t, p, "nsubj", 0) || ud_tree_child(t, p, "nsubj:pass", 0))
        return 0;
    const ud_word *hw = ud_tree_word(t, pw->head);
    if (hw->upos != UPOS_VERB || !lemma_in(hw, consults))
        return 0;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if ((ud_rel_is(w, "obj") || ud_rel_is(w, "obl") || ud_rel_is(w, "iobj")) &&
            names_actor(r, t, c))
            return 0;
        /* (a clause it governs may hold its own target: "agreed to help Kenya") */
        if (ud_rel_is(w, "ccomp") || ud_rel_is(w, "xcomp"))
            return 0;
    }
    int obj = ud_tree_child(t, pw->head, "obj", 0);
    if (obj && !cw->take[obj] && names_actor(r, t, obj))
        return obj;
    return 0;
}

/* The state (its three letters in *state) of the first actor the lexicon reads in the
 * words first..last, skipping those inside skip's subtree; returns its node, or 0. With
 * `other`, the actor must be of a state other than *state, and be the only such state. */
static int actor_state_in(const tree_run *r, const ud_tree *t, int first, int last, int skip,
                          char state[4], bool other)
{
    int found = 0;
    char seen[4] = "";
    for (int i = first; i <= last; i++) {
        if (skip && ud_tree_dominates(t, skip, i))
            continue;
        const pword *w = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (!w || w->read_type != W_ACTOR || !w->code || !w->code->code ||
            strlen(w->code->code) < 3)
            continue;
        if (!other) {
            memcpy(state, w->code->code, 3);
            state[3] = '\0';
            return i;
        }
        if (strncmp(w->code->code, state, 3) == 0)
            continue;
        if (found && strncmp(w->code->code, seen, 3) != 0)
            return 0; /* (two other states: no telling which is visited) */
        if (!found) {
            memcpy(seen, w->code->code, 3);
            seen[3] = '\0';
            found = i;
        }
    }
    return found;
}

/* "Beijing has opened out to New Delhi and Prime Minister Wen Jiabao is expected to visit
 * early next year": a visit that names no destination, in a clause coordinated after one
 * that names the visitor's state and one other, is a visit to that other state. Returns
 * the other state's word, or 0. */
static int unsaid_destination(tree_run *r, const ud_tree *t, const clause_words *cw, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (pw->upos != UPOS_VERB || !pw->lemma || strcmp(pw->lemma, "visit") != 0 ||
        ud_tree_child(t, p, "obj", 0) || ud_tree_child(t, p, "nsubj:pass", 0))
        return 0;
    for (int c = t->first_child[p]; c; c = t->next_sibling[c])
        if ((ud_rel_is(ud_tree_word(t, c), "obl") || ud_rel_is(ud_tree_word(t, c), "ccomp")) &&
            names_actor(r, t, c))
            return 0;
    int q = p, steps = 0; /* (up from "is expected to visit", "is due to visit") */
    while (ud_rel_is(ud_tree_word(t, q), "xcomp") && ud_tree_word(t, q)->head > 0 && steps++ < 4)
        q = ud_tree_word(t, q)->head;
    const ud_word *qw = ud_tree_word(t, q);
    if (!(ud_rel_is(qw, "conj") || ud_rel_is(qw, "parataxis")) || qw->head <= 0 || qw->head > q)
        return 0;
    bool inherited;
    int subj = subject_of(t, p, &inherited);
    if (!subj)
        return 0;
    char state[4];
    int sfirst, slast;
    ud_tree_span(t, subj, &sfirst, &slast);
    if (!actor_state_in(r, t, sfirst, slast, 0, state, false))
        return 0;
    int h = qw->head, first, last;
    ud_tree_span(t, h, &first, &last);
    int dest = actor_state_in(r, t, first, last, q, state, true);
    return dest && !cw->take[dest] ? dest : 0;
}

static void emit_predicate_clause(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                  int inherited_subj, clause_text *ct, uint32_t *verb_from,
                                  uint32_t *verb_to)
{
    int n = (int)t->s->n;
    if (inherited_subj) {
        uint8_t *own = cw->take;
        uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
        clause_words sw = {sub, cw->stack, cw->pruned};
        take_subject(t, &sw, inherited_subj);
        /* (the subject without the preposition of its own phrase: "came out against US
           troops when they arrested a bride" is "US troops arrested a bride") */
        for (int c = t->first_child[inherited_subj]; c; c = t->next_sibling[c])
            if (c < inherited_subj && ud_rel_is(ud_tree_word(t, c), "case"))
                sub[c] = 0;
        for (int i = 1; i <= n; i++) {
            if (!sub[i] || own[i])
                continue;
            if (i == r->said_owner && r->said_speaker) /* ("accusing it of arming") */
                emit_stand_in(r, t, ct, cw, r->said_speaker);
            else
                emit(ct, t, r->text, i, r->a);
        }
        ct->last = 0;
    }
    /* ("Colombia reopened its embassy, and Venezuela welcomed the move": the measure a
       clause coordinated with the main one names is the main clause's agent's act) */
    int judged = conjoined_measure(t, p);
    int judged_author = judged ? measure_author(r, t, judged, p) : 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i])
            continue;
        if (judged_author && ud_tree_dominates(t, judged, i)) {
            if (i == judged) {
                emit_stand_in(r, t, ct, cw, judged_author);
                ct->last = 0;
            }
            continue;
        }
        /* (nor the subordinator between that subject and the verb: "when", "as") */
        if (inherited_subj && i < p && ud_tree_word(t, i)->head == p &&
            (ud_rel_is(ud_tree_word(t, i), "mark") || ud_rel_is(ud_tree_word(t, i), "advmod")) &&
            ud_tree_word(t, i)->lemma &&
            tree_word_in_list(ud_tree_word(t, i)->lemma, "when while as after before because since until once"))
            continue;
        if (i == r->said_owner && r->said_speaker) {
            emit_stand_in(r, t, ct, cw, r->said_speaker);
            continue;
        }
        emit(ct, t, r->text, i, r->a);
        if (i == p) {
            *verb_from = ct->map[ct->n - 1].syn_start;
            *verb_to = ct->map[ct->n - 1].syn_end;
            /* the antecedent a relative clause has for its object, after the verb */
            int ante = relative_object(t, p);
            int author = ante ? measure_author(r, t, ante, p) : 0;
            /* (", which Somalia condemned": the main clause's act) */
            int which = clausal_which(t, p);
            if (which)
                author = main_clause_agent(r, t, which, p);
            if (author) {
                emit_stand_in(r, t, ct, cw, author);
                ct->last = 0;
            } else if (ante && !cw->take[ante]) {
                uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
                clause_words sw = {sub, cw->stack, cw->pruned};
                take_subject(t, &sw, ante);
                for (int k = 1; k <= n; k++)
                    if (sub[k] && !cw->take[k])
                        emit(ct, t, r->text, k, r->a);
                ct->last = 0;
            }
        }
    }
    /* (", a move aimed at Yerevan": the act's target, after the clause's words) */
    int aimed = aimed_target(r, t, cw, p);
    if (aimed) {
        ct->last = 0;
        emit_stand_in(r, t, ct, cw, aimed);
        ct->last = 0;
    }
    int visited = aimed ? 0 : visited_counterpart(r, t, cw, p);
    if (visited) {
        ct->last = 0;
        emit_stand_in(r, t, ct, cw, visited);
        ct->last = 0;
    }
    int dest = aimed || visited ? 0 : unsaid_destination(r, t, cw, p);
    if (dest) { /* (the state's own words: "Seoul", not "and Seoul" of "Tokyo and Seoul") */
        int first, last;
        ud_tree_span(t, dest, &first, &last);
        ct->last = 0;
        for (int k = first; k <= last; k++) {
            const ud_word *kw = ud_tree_word(t, k);
            if (k == dest || (ud_tree_dominates(t, dest, k) && !ud_rel_is(kw, "cc") &&
                              !ud_rel_is(kw, "case") && !ud_rel_is(kw, "punct") &&
                              !ud_rel_is(kw, "conj")))
                emit(ct, t, r->text, k, r->a);
        }
        ct->last = 0;
    }
}

/* Does the phrase at node hold an actor the lexicon reads? (below) */
static bool names_actor(const tree_run *r, const ud_tree *t, int node);

/* The one an object pronoun or possessive q of clause p stands for (see
 * embedded_object_pronoun), or 0. */
static int object_pronoun_antecedent(tree_run *r, const ud_tree *t, const clause_words *cw,
                                     int p, int q)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (!q || pw->head <= 0 ||
        !(ud_rel_is(pw, "xcomp") || ud_rel_is(pw, "ccomp") || ud_rel_is(pw, "advcl")))
        return 0;
    int above = pw->head, steps = 0;
    while (above > 0 && ud_rel_is(ud_tree_word(t, above), "conj") && steps++ < 8)
        above = ud_tree_word(t, above)->head;
    int ante = above > 0 ? ud_tree_child(t, above, "nsubj", 0) : 0;
    if (!ante && above > 0)
        ante = ud_tree_child(t, above, "nsubj:pass", 0); /* ("soldiers were killed when") */
    if (!ante || ante >= q || ud_tree_word(t, ante)->upos == UPOS_PRON ||
        !names_actor(r, t, ante) || cw->take[ante] || ud_tree_dominates(t, p, ante))
        return 0;
    const ud_word *aw = ud_tree_word(t, ante);
    bool plural = aw->xpos && (strcmp(aw->xpos, "NNS") == 0 || strcmp(aw->xpos, "NNPS") == 0);
    bool singular_pronoun = strcmp(ud_tree_word(t, q)->lemma, "it") == 0 ||
                            strcmp(ud_tree_word(t, q)->form, "its") == 0 ||
                            strcmp(ud_tree_word(t, q)->form, "Its") == 0;
    if (singular_pronoun && plural && aw->xpos[2] != 'P')
        return 0;
    if (!singular_pronoun && !plural && aw->upos == UPOS_NOUN &&
        ud_rel_is(ud_tree_word(t, q), "nmod:poss"))
        return 0; /* ("their" for a singular common noun: someone else's) */
    bool inherited;
    int own = subject_of(t, p, &inherited); /* ("NATO", the object of "wants") */
    int first, last;
    ud_tree_span(t, ante, &first, &last);
    int other = 0, others = 0;
    /* ("after Ecuadorean police stormed its embassy": the owner of what the clause's own
       subject attacks is none of the attacker's state, "Ecuador" named between no
       candidate) */
    char own_state[4] = "", ante_state[4] = "";
    if (own && own != ante && ud_rel_is(ud_tree_word(t, q), "nmod:poss")) {
        phrase_country(r, t, own, own_state);
        phrase_country(r, t, ante, ante_state);
    }
    for (int x = last + 1; x < q; x++) {
        const ud_word *xw = ud_tree_word(t, x);
        int type = shallow_type(r, xw->start); /* (the word's own reading: not "ties with Iran") */
        char x_state[4] = "";
        if (own_state[0])
            phrase_country(r, t, x, x_state);
        /* (nor the subject's own side named again, "recalled its ambassador", "summoned
           Russia's ambassador") */
        if (own_state[0] && (strcmp(x_state, own_state) == 0 ||
                             (x_state[0] && strcmp(x_state, ante_state) == 0) ||
                             (!x_state[0] && xw->upos == UPOS_NOUN)))
            continue;
        if ((xw->upos == UPOS_PROPN || xw->upos == UPOS_NOUN) && x != own &&
            !(own && ud_tree_dominates(t, own, x)) && (type == W_ACTOR || type == W_AGENT) &&
            names_actor(r, t, x) && !ud_rel_is(xw, "compound") && !ud_rel_is(xw, "flat")) {
            other = x;
            others++;
        }
    }
    /* "Morocco cut ties with Iran, accusing it of arming the Polisario Front": a pronoun
       object is never its own clause's subject; the one actor named between is meant */
    /* (agreeing in number: "them" for a plural or a coordination) */
    const ud_word *ow = other ? ud_tree_word(t, other) : NULL;
    bool many = ow && ((ow->xpos && (strcmp(ow->xpos, "NNS") == 0 || strcmp(ow->xpos, "NNPS") == 0)) ||
                       ud_tree_child(t, other, "conj", 0));
    if (own == ante && !ud_rel_is(ud_tree_word(t, q), "nmod:poss") && others == 1 &&
        (singular_pronoun ? !many || (ow->xpos && strcmp(ow->xpos, "NNPS") == 0) : many))
        return other;
    return own == ante || others ? 0 : ante;
}

/* "Ukraine wants NATO to invite it", "Russia said the United States had attacked it": an
 * object pronoun ("it", "them") of a clause that complements another, or the owner of what
 * its act of force hits ("when Hezbollah fighters attacked their convoy"), stands for the
 * subject of the clause above, when that subject names an actor and no other actor is
 * named between them but the clause's own subject; where the clause shares that subject,
 * for the one actor named between ("Morocco cut ties with Iran, accusing it of ..."). Sets
 * r->said_owner and r->said_speaker as own_side_argument does. */
static void embedded_object_pronoun(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    int q = 0;
    for (int c = t->first_child[p]; c && !q; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (w->upos == UPOS_PRON && w->lemma && tree_word_in_list(w->lemma, "it they") &&
            (ud_rel_is(w, "obj") || ud_rel_is(w, "iobj")) && cw->take[c])
            q = c;
        /* ("... when Hezbollah fighters attacked their convoy": the owner of what an act of
           force is done to, which is no one's own) */
        static const char *const FORCE[] = {"attack", "fire", "strike", "shell", "bomb",
                                            "ambush", "raid", "hit", "target", "kill",
                                            "wound", "storm", "shoot", NULL};
        int poss = (ud_rel_is(w, "obj") || ud_rel_is(w, "obl")) && cw->take[c] &&
                           lemma_in(ud_tree_word(t, p), FORCE) && !ud_tree_child(t, c, "amod", 0)
                       ? ud_tree_child(t, c, "nmod:poss", 0) : 0;
        const ud_word *qw = poss ? ud_tree_word(t, poss) : NULL;
        if (!q && qw && qw->upos == UPOS_PRON && qw->lemma &&
            tree_word_in_list(qw->lemma, "it they its their") && cw->take[poss])
            q = poss;
    }
    int ante = object_pronoun_antecedent(r, t, cw, p, q);
    /* ("accusing it of arming the Polisario Front": "arming" inherits that pronoun as its
       subject, which stands for the same) */
    bool inherited;
    int s = q ? 0 : subject_of(t, p, &inherited);
    const ud_word *sw = s ? ud_tree_word(t, s) : NULL;
    if (!q && sw && inherited && sw->upos == UPOS_PRON && sw->lemma &&
        tree_word_in_list(sw->lemma, "it they he she") && ud_rel_is(sw, "obj") &&
        sw->head > 0 && sw->head != p) {
        q = s;
        ante = object_pronoun_antecedent(r, t, cw, sw->head, s);
    }
    if (ante) {
        r->said_owner = q;
        r->said_speaker = ante;
    }
}

/* "'Israel attacked our consulate in Damascus,' the Iranian foreign minister said": "our"
 * owning a participant of the clause ("our forces struck"), in what a speaker says, is the
 * speaker's side, and
 * the place of what it owns is no party ("in Damascus"). Sets r->said_owner and
 * r->said_speaker, and leaves that place out of the clause. */
static void own_side_argument(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    int n = (int)t->s->n;
    r->said_owner = r->said_speaker = 0;
    for (int q = 1; q <= n; q++) {
        const ud_word *w = ud_tree_word(t, q);
        /* ("Russia is attacking us": "us" as the act's object is the speaker's side too) */
        bool object = w->upos == UPOS_PRON && w->lemma && strcmp(w->lemma, "we") == 0 &&
                      w->head == p && (ud_rel_is(w, "obj") || ud_rel_is(w, "iobj") || ud_rel_is(w, "obl"));
        if (!cw->take[q] || (!object && (w->upos != UPOS_PRON || !ud_rel_is(w, "nmod:poss") ||
                                         !w->lemma || !tree_word_in_list(w->lemma, "we our my i") ||
                                         w->head <= 0 || w->head == p)))
            continue;
        int speaker = speaker_of_sentence(t);
        if (!speaker || cw->take[speaker] || ud_tree_dominates(t, p, speaker))
            return;
        r->said_owner = q;
        r->said_speaker = speaker;
        for (int c = object ? 0 : t->first_child[w->head]; c; c = t->next_sibling[c]) {
            const char *k = ud_rel_is(ud_tree_word(t, c), "nmod") ? ud_tree_case_of(t, c) : NULL;
            if (k && tree_word_in_list(k, LOCATIVE))
                leave_out(t, cw, c);
        }
        return;
    }
    /* "The Philippine coast guard accused Chinese vessels of ramming its ship": "its" on
       the object of what an accusation says is the accuser's */
    int obj = content_clause(t, p) ? ud_tree_child(t, p, "obj", 0) : 0;
    /* (not "its own soldiers": the clause's own subject's) */
    for (int c = obj ? t->first_child[obj] : 0; c; c = t->next_sibling[c])
        if (ud_tree_word(t, c)->lemma && strcmp(ud_tree_word(t, c)->lemma, "own") == 0)
            obj = 0;
    int pron = 0, accuser = obj ? possessive_antecedent(t, obj, &pron) : 0;
    if (accuser && cw->take[pron] && !cw->take[accuser] && !ud_tree_dominates(t, p, accuser)) {
        r->said_owner = pron;
        r->said_speaker = accuser;
        return;
    }
    embedded_object_pronoun(r, t, cw, p);
}

/* Does the phrase at node hold an actor the lexicon reads (not an agent or a pronoun),
 * outside the places it names ("streets in Hong Kong")? */
static bool names_actor(const tree_run *r, const ud_tree *t, int node)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    for (int i = first; i <= last; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (!pw || pw->read_type != W_ACTOR)
            continue;
        bool placed = false;
        for (int x = i, steps = 0; x != node && x > 0 && steps < 16 && !placed; steps++) {
            const char *prep = ud_tree_case_of(t, x);
            placed = prep && tree_word_in_list(prep, LOCATIVE);
            x = ud_tree_word(t, x)->head;
        }
        if (!placed)
            return true;
    }
    return false;
}

/* Does node's phrase (every word under it) name someone: an actor, an agent, a pronoun or
 * a person the sentence introduces? */
static bool names_someone(const tree_run *r, const ud_tree *t, int node)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    for (int i = first; i <= last; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && (pw->read_type == W_ACTOR || pw->read_type == W_AGENT ||
                   pw->read_type == W_PRONOUN || pw->type == W_PRONOUN || pw->fwd_code))
            return true;
    }
    span own = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
    for (size_t k = 0; k < r->npersons; k++)
        if (r->persons[k].name.start < own.end && own.start < r->persons[k].name.end)
            return true;
    return false;
}

/* "North Korea fired missiles, drawing condemnation from South Korea, Japan and the
 * United States": those who react are no targets the whole sentence's reading may give
 * the act they react to (it gave PRK -> KOR, JPN, USA 150 where the parse hung the list
 * on "condemnation"). */
static void exclude_reacting(tree_run *r, const ud_tree *t, int from)
{
    int first, last;
    ud_tree_span(t, from, &first, &last);
    push_span(r->a, &r->excluded, &r->nexcluded, &r->capexcluded, ud_tree_word(t, first)->start,
              ud_tree_word(t, last)->end);
}

/* "Iran executed a protester, sparking outrage in Germany": a judgement (not a protest,
 * which in a place is a crowd's) an act sparks "in" or "among" someone is theirs, as
 * one it draws "from" them. The phrase, on the verb or on the reaction's noun, or 0. */
static int reacting_place(const tree_run *r, const ud_tree *t, int p, int obj, const char *verb)
{
    if (strcmp(verb, "protested") == 0)
        return 0;
    static const char *const WHERE[] = {"in", "among", NULL};
    for (int k = 0; WHERE[k]; k++) {
        int at = ud_tree_oblique(t, p, WHERE[k]);
        if (!at)
            at = ud_tree_oblique(t, obj, WHERE[k]);
        if (at && names_actor(r, t, at))
            return at;
    }
    return 0;
}

/* "Russia's decision drew criticism from Germany", "The arrest sparked condemnation from
 * the United States": a reaction an act draws "from" someone is that someone's reaction to
 * the act's author (its owner or "by" agent, else the subject itself when it names
 * someone). True when p is such a predicate (coded or not). */
static bool code_drawn_reaction(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    static const struct {
        const char *noun, *verb;
    } REACTION[] = {{"condemnation", "condemned"}, {"criticism", "criticized"},
                    {"protest", "protested"},      {"protests", "protested"},
                    {"outrage", "criticized"},     {"anger", "criticized"},
                    {"backlash", "criticized"},    {"rebuke", "criticized"},
                    {"concern", "expressed concern about"}, {"praise", "praised"},
                    {NULL, NULL}};
    const ud_word *pw = ud_tree_word(t, p);
    if (!pw->lemma || !tree_word_in_list(pw->lemma, "draw spark prompt trigger provoke attract earn"))
        return false;
    int obj = ud_tree_child(t, p, "obj", 0);
    const ud_word *ow = obj ? ud_tree_word(t, obj) : NULL;
    const char *verb = NULL;
    for (size_t k = 0; ow && ow->lemma && REACTION[k].noun && !verb; k++)
        if (strcmp(ow->lemma, REACTION[k].noun) == 0 || strcmp(ow->form, REACTION[k].noun) == 0)
            verb = REACTION[k].verb;
    if (!verb)
        return false;
    int from = ud_tree_oblique(t, p, "from");
    if (!from)
        from = ud_tree_oblique(t, obj, "from");
    if (!from)
        from = reacting_place(r, t, p, obj, verb);
    bool inherited;
    int subj = subject_of(t, p, &inherited);
    if (!from || !subj || !names_someone(r, t, from))
        return false;
    /* the act's author: the owner or "by" agent of the act the subject names */
    int author = ud_tree_child(t, subj, "nmod:poss", 0);
    if (!author)
        author = ud_tree_oblique(t, subj, "by");
    /* (the parse may hang the "by" phrase lower: "the arrest of the journalist by police") */
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    for (int i = first; i <= last && !author; i++) {
        const char *k = ud_rel_is(ud_tree_word(t, i), "nmod") ? ud_tree_case_of(t, i) : NULL;
        if (k && strcmp(k, "by") == 0 && ud_tree_dominates(t, subj, i))
            author = i;
    }
    /* ("The navy towed the boat back to sea, a move that drew criticism from the UN": the
       move without an author of its own is the main clause's agent's) */
    if (!author && inherited)
        author = measure_author(r, t, subj, p);
    if (!author || !names_someone(r, t, author))
        author = names_someone(r, t, subj) ? subj : 0;
    if (!author)
        return false;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, from, 1, NULL, true);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, verb, strlen(verb), pw, &verb_from, &verb_to);
    if (author == subj) {
        /* (the subject's own words, without the act's arguments: "the raid on Gaza") */
        for (int i = first; i <= subj; i++)
            emit(&ct, t, r->text, i, r->a);
    } else {
        add_argument(r, &ct, t, cw, author, 1, NULL);
    }
    code_clause(r, t, p, &ct, verb_from, verb_to);
    add_covered(r, pw->start, pw->end); /* (nor the sentence's reading, of the verb or */
    const ud_word *sw = ud_tree_word(t, subj); /* of the act's noun: "raid" is a verb too) */
    add_covered(r, sw->start, sw->end);
    exclude_reacting(r, t, from);
    return true;
}


/* Is the subject a thing, not someone: a common noun that is no actor, agent or person,
 * whatever actors qualify it ("the Russian strikes", "the security lapses")? */
static bool thing_subject(const tree_run *r, const ud_tree *t, int subj)
{
    if (ud_tree_word(t, subj)->upos != UPOS_NOUN)
        return false;
    for (int c = subj; c; c = c == subj ? t->first_child[subj] : t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (c != subj && !ud_rel_is(w, "compound"))
            continue;
        int type = shallow_type(r, w->start);
        if (type == W_ACTOR || type == W_AGENT || type == W_PRONOUN)
            return false;
    }
    span own = {ud_tree_word(t, subj)->start, ud_tree_word(t, subj)->end};
    for (size_t k = 0; k < r->npersons; k++)
        if (r->persons[k].name.start < own.end && own.start < r->persons[k].name.end)
            return false;
    return true;
}

/* The speaker of a clause that is what someone says: the subject of the verb of saying
 * whose complement holds it ("Dewar said the lapses raise questions", "... and said it
 * was damning that ...", "Boswell stating: '... but this move is clumsy'") or that
 * follows it (", Dewar said"); 0 when there is none. */
static int content_saying_verb(const ud_tree *t, int p)
{
    int cur = p, n = (int)t->s->n;
    for (int steps = 0; steps <= n && ud_rel_is(ud_tree_word(t, cur), "conj") &&
                        ud_tree_word(t, cur)->head > 0;
         steps++)
        cur = ud_tree_word(t, cur)->head;
    for (int c = t->first_child[cur]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "parataxis") &&
            tree_verb_of_saying(ud_tree_word(t, c)))
            return c;
    const ud_word *w = ud_tree_word(t, cur);
    if (!(ud_rel_is(w, "ccomp") || ud_rel_is(w, "parataxis")) || w->head <= 0 ||
        !tree_verb_of_saying(ud_tree_word(t, w->head)))
        return 0;
    return w->head;
}

static int content_speaker(const ud_tree *t, int p)
{
    bool inherited;
    int v = content_saying_verb(t, p);
    return v ? subject_of(t, v, &inherited) : 0;
}

/* Keeps, of the events from `before` on, those the speaker's words are the source of and
 * whose CAMEO root is one of `roots` (blank-separated: "01 11"). */
static void keep_speaker_events(tree_run *r, const ud_tree *t, size_t before, int speaker,
                                const char *roots)
{
    int first, last;
    ud_tree_span(t, speaker, &first, &last);
    span own = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        char root[3] = {r->ev[k].code[0], r->ev[k].code[0] ? r->ev[k].code[1] : 0, 0};
        if (span_within(r->ev[k].source.where, own) && tree_word_in_list(root, roots)) {
            r->ev[k].speaker_source = 1;
            r->ev[kept++] = r->ev[k];
        }
    }
    r->nev = kept;
}

/* "Dewar said the security lapses raise serious questions about the government": a
 * criticism whose subject is a thing, in what someone says, is the speaker's own (the
 * statement is the event). The clause is coded with the speaker as its subject; only
 * statements (CAMEO 01: "raised concerns about") and disapproval (11) are kept. */
static void code_speaker_criticism(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                   int subj)
{
    int speaker = content_speaker(t, p);
    if (!speaker || !thing_subject(r, t, subj))
        return;
    int n = (int)t->s->n, first, last;
    ud_tree_span(t, subj, &first, &last);
    for (int i = first; i <= last; i++)
        cw->take[i] = 0;
    /* a body without a country in the object or its topic ("questions about the
       government") is of the state the sentence or the story names */
    int *slot = arena_calloc(r->a, (size_t)n + 1, sizeof *slot);
    int object = ud_tree_child(t, p, "obj", 0), k;
    for (int m = object; m; m = m == object ? t->first_child[object] : t->next_sibling[m]) {
        bool topic = m == object || (ud_rel_is(ud_tree_word(t, m), "nmod") &&
                                     !ud_rel_is(ud_tree_word(t, m), "nmod:poss"));
        if (topic && countryless_agent(r, t, m) && (k = name_slot(r, t, m, cw->take)) != 0)
            slot[k] = m;
    }
    const ud_word *pw = ud_tree_word(t, p);
    const char *words = NULL;
    size_t len = 0;
    span at;
    if (!state_for(r, (span){pw->start, pw->end}, &words, &len, &at))
        words = NULL;
    uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
    clause_words sw = {sub, cw->stack, cw->pruned};
    take_subject(t, &sw, speaker);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    for (int i = 1; i <= n; i++)
        if (sub[i])
            emit(&ct, t, r->text, i, r->a);
    ct.last = 0;
    uint32_t verb_from = 0, verb_to = 0;
    emit_with_states(r, t, &ct, cw->take, sub, slot, words, len, p, &verb_from, &verb_to);
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    keep_speaker_events(r, t, before, speaker, "01 11"); /* concern, criticism */
}

/* "Cooper said it was damning that the Home Office isn't doing this", "this latest move
 * from government is clumsy, Boswell said": an adjective of blame or praise in what
 * someone says is the speaker's criticism (or praise) of the one whose act it judges:
 * the subject of the clause it judges, else the actor its own subject names. */
static void code_judgement_as(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                              const char *verb, int speaker, int target, const state_name *state,
                              const char *roots)
{
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, speaker, 0, state, true);
    const ud_word *pw = ud_tree_word(t, p);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, verb, strlen(verb), pw, &verb_from, &verb_to);
    add_argument(r, &ct, t, cw, target, 1, state);
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    keep_speaker_events(r, t, before, speaker, roots);
}

/* Codes predicate p's clause as `subject` acting: the subject's words, the verb, then
 * p's own arguments after it, with `stand_in`'s words in place of the argument
 * `replaced` (0: none). */
static void code_clause_with_state(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                   int subject, int replaced, int stand_in,
                                   const state_name *state)
{
    const ud_word *pw = ud_tree_word(t, p);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, subject, 0, state, true);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, r->text + pw->start, pw->end - pw->start, pw, &verb_from, &verb_to);
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        if (c == replaced)
            add_argument_as(r, &ct, t, cw, stand_in, 0, state, true);
        else if (c > p && !ud_rel_is(ud_tree_word(t, c), "punct") && !dropped_from_clause(t, cw, c))
            add_argument(r, &ct, t, cw, c, 0, state);
    }
    code_clause(r, t, p, &ct, verb_from, verb_to);
}

static void code_clause_with(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                             int subject, int replaced, int stand_in)
{
    size_t before = r->nev;
    code_clause_with_state(r, t, cw, p, subject, replaced, stand_in, NULL);
    /* "A Kenyan journalist says police arrested him": a subject without a country takes
       the state the sentence names, as code_with_country gives it */
    const ud_word *sw = ud_tree_word(t, subject);
    state_name state;
    span at;
    if (r->nev == before && countryless_agent(r, t, subject) &&
        state_for(r, (span){sw->start, sw->end}, &state.words, &state.len, &at))
        code_clause_with_state(r, t, cw, p, subject, replaced, stand_in, &state);
}

/* "Iran denied supplying drones to Russia": what a subject denies doing (a gerund
 * complement of "deny") is its act, negated; the denial names no one of its own (the
 * lexicon would take the act's target for its target). True when p is such a "deny". */
static bool code_denied_act(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    int g = ud_tree_child(t, p, "xcomp", 0), subj = ud_tree_child(t, p, "nsubj", 0);
    const ud_word *gw = g ? ud_tree_word(t, g) : NULL;
    if (!gw || !subj || !pw->lemma || strcmp(pw->lemma, "deny") != 0 || gw->upos != UPOS_VERB ||
        !gw->xpos || strcmp(gw->xpos, "VBG") != 0 || !names_someone(r, t, subj))
        return false;
    size_t before = r->nev;
    code_clause_with(r, t, cw, g, subj, 0, 0);
    for (size_t k = before; k < r->nev; k++) {
        r->ev[k].status = STATUS_NEGATED;
        r->ev[k].status_cue = arena_strndup(r->a, r->text + pw->start, pw->end - pw->start);
        r->ev[k].tree_status = 1;
    }
    add_covered(r, pw->start, pw->end);
    add_covered(r, gw->start, gw->end);
    return true;
}

/* The act a "join" at h shares with its object ("Germany joined France in condemning
 * the attack": "condemning"), or 0. */
static int joined_act(const ud_tree *t, int h)
{
    const ud_word *hw = ud_tree_word(t, h);
    if (!hw->lemma || strcmp(hw->lemma, "join") != 0 || !ud_tree_child(t, h, "obj", 0))
        return 0;
    for (int c = t->first_child[h]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        const char *mark = ud_tree_case_of(t, c);
        if ((ud_rel_is(w, "advcl") || ud_rel_is(w, "acl")) && w->upos == UPOS_VERB && mark &&
            strcmp(mark, "in") == 0)
            return c;
    }
    return 0;
}

/* "Germany joined France in condemning the attack", "Italy joined Germany and France in
 * calling for a ceasefire": the one joined did the act too; "join" itself is no event
 * between them. The act is coded once for the subject and once for the object. True when
 * p is such a "join" or its act (each coded here). */
static bool code_joined_act(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (joined_act(t, p)) {
        add_covered(r, pw->start, pw->end);
        return true;
    }
    int h = pw->head;
    if (h <= 0 || joined_act(t, h) != p)
        return false;
    int doers[2] = {ud_tree_child(t, h, "nsubj", 0), ud_tree_child(t, h, "obj", 0)};
    for (int d = 0; d < 2; d++) {
        if (!doers[d] || !names_someone(r, t, doers[d]))
            continue;
        code_clause_with(r, t, cw, p, doers[d], 0, 0);
    }
    add_covered(r, pw->start, pw->end);
    return true;
}

/* "Two Ukrainian soldiers were wounded in a Russian drone attack", "Three Palestinians
 * were killed in an Israeli raid", "Five people were killed by an Israeli air strike in
 * Gaza": people a passive verb of harm says were hurt in an
 * armed act that a state's adjective or an owner names the author of were attacked by
 * that author. True when p is such a clause and was coded so. */
static bool code_harmed_in_act(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                               int subj)
{
    static const char *const harm[] = {"kill", "wound", "injure", "hurt", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    if (!subj || !ud_rel_is(ud_tree_word(t, subj), "nsubj:pass") || !lemma_in(pw, harm))
        return false;
    /* ("killed by an Israeli air strike": an act as the agent is the act they were hurt in;
       any other agent is the passive's own) */
    int by = ud_tree_child(t, p, "obl:agent", 0);
    if (!by)
        by = ud_tree_oblique(t, p, "by");
    int act = by ? by : ud_tree_oblique(t, p, "in");
    const ud_word *aw = act ? ud_tree_word(t, act) : NULL;
    if (!aw || !aw->lemma || !tree_word_in_list(aw->lemma, ACT_NOUNS))
        return false;
    int author = ud_tree_child(t, act, "nmod:poss", 0);
    for (int c = t->first_child[act]; c && !author; c = t->next_sibling[c]) {
        const pword *w = ud_rel_is(ud_tree_word(t, c), "amod")
                             ? shallow_word_at(r, ud_tree_word(t, c)->start) : NULL;
        if (w && w->read_type == W_ACTOR && w->code && w->code->code &&
            cameo_actor_is_state(w->code->code))
            author = c;
    }
    if (!author || !names_actor(r, t, author))
        return false;
    size_t before = r->nev;
    code_judgement_as(r, t, cw, act, "attacked", author, subj, NULL, "18 19 20");
    /* (people without a country: of the state the sentence names, "on Kharkiv") */
    state_name state;
    span at;
    if (r->nev == before && countryless_agent(r, t, subj) &&
        state_for(r, (span){aw->start, aw->end}, &state.words, &state.len, &at))
        code_judgement_as(r, t, cw, act, "attacked", author, subj, &state, "18 19 20");
    add_covered(r, pw->start, pw->end);
    add_covered(r, aw->start, aw->end); /* (nor the noun as the sentence's verb) */
    return r->nev > before;
}

/* "Israeli jets struck Rafah overnight. Twelve people were killed in the strike.": people
 * a passive verb of harm says were hurt in "the" armed act, with no author of its own,
 * were hurt in the act the story named before: they were attacked by the author of the
 * story's last armed act between two states (sentence_context.last_attacked, "PSE/ISR"),
 * and, named without a country, are of the state it hit. True when p is such a clause
 * and was coded so. */
static bool code_harmed_in_story_act(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                     int subj)
{
    static const char *const harm[] = {"kill", "wound", "injure", "hurt", NULL};
    const char *sides = r->ctx ? r->ctx->last_attacked : NULL;
    const ud_word *pw = ud_tree_word(t, p);
    if (!sides || strlen(sides) != 7 || !subj || !ud_rel_is(ud_tree_word(t, subj), "nsubj:pass") ||
        !lemma_in(pw, harm) || ud_tree_child(t, p, "obl:agent", 0))
        return false;
    int act = ud_tree_oblique(t, p, "in");
    const ud_word *aw = act ? ud_tree_word(t, act) : NULL;
    if (!aw || !aw->lemma || !tree_word_in_list(aw->lemma, ACT_NOUNS))
        return false;
    /* (the act referred back to: "the strike", "the attack", with no owner or adjective
       of its own) */
    int det = ud_tree_child(t, act, "det", 0);
    const ud_word *dw = det ? ud_tree_word(t, det) : NULL;
    if (!dw || !dw->lemma || strcmp(dw->lemma, "the") != 0 ||
        ud_tree_child(t, act, "nmod:poss", 0) || ud_tree_child(t, act, "amod", 0) ||
        ud_tree_child(t, act, "compound", 0) || ud_tree_oblique(t, act, "by"))
        return false;
    /* (victims without a country: of the state hit; those of a state, of that state only) */
    state_name victims = {NULL, 0}, author = {NULL, 0};
    if (!countryless_agent(r, t, subj) || !state_name_of(r, sides, &victims.words, &victims.len) ||
        !state_name_of(r, sides + 4, &author.words, &author.len))
        return false;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    put_state(&ct, r->a, author.words, author.len, (span){aw->start, aw->end});
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, "attacked", 8, pw, &verb_from, &verb_to);
    add_argument(r, &ct, t, cw, subj, 1, &victims);
    size_t before = r->nev, kept = before;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    for (size_t k = before; k < r->nev; k++) {
        char root[3] = {r->ev[k].code[0], r->ev[k].code[0] ? r->ev[k].code[1] : 0, 0};
        if (tree_word_in_list(root, "18 19 20"))
            r->ev[kept++] = r->ev[k];
    }
    r->nev = kept;
    add_covered(r, pw->start, pw->end);
    add_covered(r, aw->start, aw->end);
    return r->nev > before;
}

/* "Kishida met Joe Biden, who praised him", "Russia warned Ukraine, which accused it of
 * shelling the plant": a personal pronoun object of a subordinate clause stands for the
 * subject of the clause above it, when that subject names someone other than the clause's
 * own subject (English does not let "him" be the clause's subject, and the one the
 * sentence is about is the main clause's subject). The clause is coded with that
 * subject's words in the pronoun's place. True when it was. */
static bool code_pronoun_object(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                int subj)
{
    int obj = ud_tree_child(t, p, "obj", 0);
    const ud_word *pw = ud_tree_word(t, p), *ow = obj ? ud_tree_word(t, obj) : NULL;
    if (!ow || ow->upos != UPOS_PRON || !ow->lemma || !subj ||
        !tree_word_in_list(ow->lemma, "he she they it") || obj < p ||
        !(ud_rel_is(pw, "acl:relcl") || ud_rel_is(pw, "advcl") || ud_rel_is(pw, "conj") ||
          ud_rel_is(pw, "ccomp")))
        return false;
    /* the subject of the nearest clause above with one that names someone (not where
       that clause also has an object the pronoun may stand for: "The US warned Iran that
       Israel would attack it") */
    int above = 0;
    for (int q = pw->head, steps = 0; q > 0 && steps < (int)t->s->n && !above; steps++) {
        const ud_word *qw = ud_tree_word(t, q);
        if (ud_rel_is(pw, "ccomp") && q == pw->head &&
            (ud_tree_child(t, q, "obj", 0) || ud_tree_child(t, q, "iobj", 0)))
            return false;
        int s = qw->upos == UPOS_VERB ? ud_tree_child(t, q, "nsubj", 0) : 0;
        if (s && s != subj && ud_tree_word(t, s)->upos != UPOS_PRON && names_someone(r, t, s) &&
            !ud_tree_dominates(t, s, p))
            above = s;
        /* "Guerrillas killed a member of the party after kidnapping him": a clause that
           shares the subject above cannot mean it by "him"; the object above, of the
           pronoun's number, is meant */
        int o = s && s == subj && q == pw->head ? ud_tree_child(t, q, "obj", 0) : 0;
        if (o && !above && names_someone(r, t, o) && names_someone(r, t, subj) &&
            !ud_tree_dominates(t, o, p)) {
            const char *x = ud_tree_word(t, o)->xpos;
            bool plural = x && (strcmp(x, "NNS") == 0 || strcmp(x, "NNPS") == 0);
            if (plural == (strcmp(ow->lemma, "they") == 0))
                above = o;
        }
        q = qw->head;
    }
    if (!above)
        return false;
    size_t before = r->nev;
    /* (a subject that is an agent without a country, "Rebels freed an Indian engineer after
       kidnapping her in Kandahar": it takes the state the sentence names before the clause
       is read, or the object's country would be read as the source) */
    const ud_word *sw = ud_tree_word(t, subj);
    state_name state;
    span at;
    if (ud_tree_word(t, above)->head == ud_tree_word(t, p)->head && above != subj &&
        ud_rel_is(ud_tree_word(t, above), "obj") && !names_actor(r, t, subj) &&
        countryless_agent(r, t, subj) &&
        state_for(r, (span){sw->start, sw->end}, &state.words, &state.len, &at))
        code_clause_with_state(r, t, cw, p, subj, obj, above, &state);
    else
        code_clause_with(r, t, cw, p, subj, obj, above);
    add_covered(r, pw->start, pw->end);
    return r->nev > before;
}

/* "Kenya recalled its ambassador, accusing Kampala of arming rebels, a charge Uganda
 * rejected": the accuser of an accusing participle set off after its clause is that
 * clause's subject. 0 when a is no such participle. */
static int participle_accuser(const ud_tree *t, int a)
{
    const ud_word *aw = ud_tree_word(t, a);
    if (!aw->xpos || strcmp(aw->xpos, "VBG") != 0 || aw->head <= 0 ||
        !(ud_rel_is(aw, "advcl") || ud_rel_is(aw, "xcomp") || ud_rel_is(aw, "conj")))
        return 0;
    bool inherited;
    return subject_of(t, a, &inherited);
}

/* "Pakistan accused India of sponsoring terrorism, a charge New Delhi denied", "Moscow
 * accused Kyiv of attacking the plant, which Ukraine denied", "Ukraine accused Russia of
 * shelling the plant, but Moscow denied the accusation": a denial of the accusation the
 * sentence made is the denier's rejection of the accuser's words (CAMEO 016). True when p
 * is such a denial and was coded so. */
static bool code_denial(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    static const char *const denying[] = {"deny", "reject", "dismiss", "refute", NULL};
    static const char *const charges[] = {"charge", "accusation", "allegation", "claim",
                                          "assertion", NULL};
    static const char *const accusing[] = {"accuse", "blame", "allege", "claim", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    if (!lemma_in(pw, denying))
        return false;
    int subj = ud_tree_child(t, p, "nsubj", 0);
    if (!subj)
        return false;
    /* "a charge the party denies", "which it denied": a denier named by a pronoun or a
       definite noun the dictionaries do not know is the accused */
    const ud_word *sw = ud_tree_word(t, subj);
    bool named = sw->upos != UPOS_PRON && names_actor(r, t, subj);
    const ud_word *sdet = ud_tree_child(t, subj, "det", 0) ? ud_tree_word(t, ud_tree_child(t, subj, "det", 0)) : NULL;
    bool anaphor = !named && ((sw->upos == UPOS_PRON && sw->lemma &&
                               tree_word_in_list(sw->lemma, "he she it they")) ||
                              (sw->upos == UPOS_NOUN && sdet && sdet->lemma &&
                               strcmp(sdet->lemma, "the") == 0));
    if (!named && !anaphor)
        return false;
    int obj = ud_tree_child(t, p, "obj", 0);
    const ud_word *ow = obj ? ud_tree_word(t, obj) : NULL;
    const ud_word *hw = pw->head > 0 ? ud_tree_word(t, pw->head) : NULL;
    /* "a charge X denied"; "..., which X denied" (the parse may make it a conjunct); "but
       X denied the accusation" */
    bool denial =
        (ud_rel_is(pw, "acl:relcl") && hw && lemma_in(hw, charges) &&
         (!obj || is_relative_pronoun(ow))) ||
        (ow && ow->lemma && strcmp(ow->lemma, "which") == 0 &&
         (ud_rel_is(pw, "acl:relcl") || ud_rel_is(pw, "conj"))) ||
        (ow && ud_rel_is(pw, "conj") && lemma_in(ow, charges) &&
         !ud_tree_child(t, obj, "nmod:poss", 0) && !ud_tree_child(t, obj, "nmod", 0));
    if (!denial)
        return false;
    int accuser = 0, accused = 0;
    for (int a = p - 1; a >= 1 && !accuser; a--) {
        const ud_word *aw = ud_tree_word(t, a);
        int s = aw->upos == UPOS_VERB && lemma_in(aw, accusing) ? ud_tree_child(t, a, "nsubj", 0) : 0;
        if (!s && aw->upos == UPOS_VERB && lemma_in(aw, accusing))
            s = participle_accuser(t, a);
        if (s && ud_tree_word(t, s)->upos != UPOS_PRON && names_actor(r, t, s)) {
            accuser = s;
            accused = ud_tree_child(t, a, "obj", 0);
        }
    }
    if (!accuser)
        return false;
    if (anaphor) {
        if (!accused || ud_tree_word(t, accused)->upos == UPOS_PRON ||
            !(names_actor(r, t, accused) || countryless_agent(r, t, accused)))
            return false;
        subj = accused;
    }
    size_t before = r->nev;
    code_judgement_as(r, t, cw, p, "denied accusations by", subj, accuser, NULL, "01");
    /* (an accused without a country, "the opposition", is of the sentence's state) */
    const ud_word *dw = ud_tree_word(t, subj);
    state_name state;
    span at;
    if (r->nev == before && countryless_agent(r, t, subj) &&
        state_for(r, (span){dw->start, dw->end}, &state.words, &state.len, &at))
        code_judgement_as(r, t, cw, p, "denied accusations by", subj, accuser, &state, "01");
    for (size_t k = before; k < r->nev; k++)
        r->ev[k].status = STATUS_ASSERTED; /* (the denial is made, whatever it denies) */
    add_covered(r, pw->start, pw->end);
    return r->nev > before;
}

/* "'Russia must withdraw its troops from Ukraine,' the German chancellor said": an
 * obligation a speaker lays on an actor is the speaker's demand on it (CAMEO 10); what it
 * obliges is no event. Leading speakers ("said that Russia must") are read the same way
 * by the lexicon's patterns; an event already coded is not repeated. A pronoun speaker is
 * left out: it may stand for a name the parse set apart. */
static void code_obligation(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    bool inherited;
    int subj = subject_of(t, p, &inherited);
    if (!subj || inherited || ud_tree_word(t, subj)->upos == UPOS_PRON ||
        !names_actor(r, t, subj))
        return;
    /* ("the head of NATO, Hoop Scheffer, he has explained that NATO must ...") */
    int speaker = content_speaker(t, p);
    /* '"Russia must withdraw," he told reporters', after the minister was named: a "he" or
       "she" the story says a person stands for speaks (the tree would take Russia for
       him, the subject before) */
    int v = content_saying_verb(t, p), own = v ? ud_tree_subject(t, v) : 0;
    /* ('"Indonesia must allow them to land," it added', after the agency spoke: "it"
       is the body the sentence before named) */
    if (own && v > p && ud_tree_word(t, own)->lemma && r->ctx &&
        ((tree_word_in_list(ud_tree_word(t, own)->lemma, "he she") && r->ctx->forward_person) ||
         (strcmp(ud_tree_word(t, own)->lemma, "it") == 0 && r->ctx->forward)))
        speaker = own; /* (only after the words: "the head of NATO, he has explained that
                          NATO must" has its speaker before them) */
    else if (!speaker || speaker == subj || ud_tree_word(t, speaker)->upos == UPOS_PRON)
        return;
    size_t before = r->nev;
    code_judgement_as(r, t, cw, p, "demanded", speaker, subj, NULL, "10");
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        bool repeated = false;
        for (size_t o = r->piece_first; o < before && !repeated; o++)
            repeated = strncmp(r->ev[o].code, "10", 2) == 0 &&
                       strcmp(r->ev[o].source.code, r->ev[k].source.code) == 0 &&
                       strcmp(r->ev[o].target.code, r->ev[k].target.code) == 0;
        if (!repeated) {
            r->ev[k].status = STATUS_ASSERTED; /* (the demand is made; the "must" is its content) */
            r->ev[kept++] = r->ev[k];
        }
    }
    r->nev = kept;
}

static void code_judgement(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                           const char *verb)
{
    /* (the participle "damning" takes "was" as its auxiliary) */
    int be = ud_tree_child(t, p, ud_tree_word(t, p)->upos == UPOS_VERB ? "aux" : "cop", 0);
    int speaker = be ? content_speaker(t, p) : 0;
    if (!speaker)
        return;
    int target = 0, judged = ud_tree_child(t, p, "csubj", 0);
    if (!judged)
        judged = ud_tree_child(t, p, "ccomp", 0);
    bool inherited;
    if (judged) {
        int s = subject_of(t, judged, &inherited);
        target = s && !inherited ? s : 0;
    } else {
        int s = ud_tree_child(t, p, "nsubj", 0);
        target = s && ud_tree_word(t, s)->upos != UPOS_PRON ? s : 0;
    }
    if (!target || !names_someone(r, t, target))
        return;
    size_t before = r->nev;
    code_judgement_as(r, t, cw, p, verb, speaker, target, NULL,
                          strcmp(verb, "praised") == 0 ? "05" : "11");
    /* "the campaigner said the government's move is clumsy": bodies without a country,
       again with the state the sentence or the story names */
    const ud_word *pw = ud_tree_word(t, p);
    state_name state;
    span at;
    if (r->nev == before && state_for(r, (span){pw->start, pw->end}, &state.words, &state.len, &at))
        code_judgement_as(r, t, cw, p, verb, speaker, target, &state,
                          strcmp(verb, "praised") == 0 ? "05" : "11");
}

/* Is word i under one of node's own conjuncts? */
static bool in_own_conjunct(const ud_tree *t, int node, int i)
{
    for (int c = t->first_child[node]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "conj") && ud_tree_dominates(t, c, i))
            return true;
    return false;
}

/* Does the coordination member at node name someone: its own words, without the
 * conjuncts that hang from it? */
static bool member_names_someone(const tree_run *r, const ud_tree *t, int node)
{
    int first, last;
    ud_tree_span(t, node, &first, &last);
    for (int i = first; i <= last; i++) {
        if (in_own_conjunct(t, node, i))
            continue;
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && (pw->read_type == W_ACTOR || pw->read_type == W_AGENT ||
                   pw->read_type == W_PRONOUN || pw->type == W_PRONOUN || pw->fwd_code))
            return true;
    }
    return false;
}

/* "Poland and the Baltic states asked the EU to ...", "relations with Congo and Costa
 * Rica" (Congo alone being no one the lexicon can name after 1997): a member of a
 * coordination that names no one is left out of the clause, with its conjunction, when
 * another member names someone, so that the lexicon's reading finds the known members
 * where they stand (a coordination it cannot read would lose them, or leave the source
 * to the words after the verb). */
/* "US diplomats and officials": a member that is only a role noun, the role of the first
 * member, which a state names, is that state's same party (the lexicon would read the
 * coordination as one actor and a member it cannot code) */
static bool same_role_member(const tree_run *r, const ud_tree *t, int head, int c)
{
    const char *role = agent_role_at(r, ud_tree_word(t, c)->start);
    const char *first = agent_role_at(r, ud_tree_word(t, head)->start);
    if (!role || !first || strcmp(role, first) != 0)
        return false;
    int from, to;
    ud_tree_span(t, c, &from, &to);
    for (int i = from; i <= to; i++)
        if (shallow_type(r, ud_tree_word(t, i)->start) == W_ACTOR)
            return false; /* ("and Iranian officials": a party of its own) */
    ud_tree_span(t, head, &from, &to);
    for (int i = from; i < head; i++)
        if (shallow_type(r, ud_tree_word(t, i)->start) == W_ACTOR)
            return true;
    return false;
}

static void drop_nameless_conjuncts(const tree_run *r, const ud_tree *t, clause_words *cw,
                                    int head)
{
    /* (asked of every noun of a clause: most have no conjunct, and return at once) */
    if (!ud_tree_child(t, head, "conj", 0))
        return;
    bool head_named = member_names_someone(r, t, head), some_named = head_named;
    for (int c = t->first_child[head]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "conj"))
            some_named = some_named || names_someone(r, t, c);
    if (!some_named)
        return;
    for (int c = t->first_child[head]; c; c = t->next_sibling[c]) {
        if (!ud_rel_is(ud_tree_word(t, c), "conj") ||
            (names_someone(r, t, c) && !same_role_member(r, t, head, c)))
            continue;
        int first, last;
        ud_tree_span(t, c, &first, &last);
        for (int i = first; i <= last; i++)
            cw->take[i] = 0;
        for (int k = t->first_child[c]; k; k = t->next_sibling[k])
            if (ud_rel_is(ud_tree_word(t, k), "cc") || strcmp(ud_tree_word(t, k)->form, ",") == 0)
                cw->take[k] = 0;
    }
    if (head_named)
        return;
    /* the head itself names no one: its own words go, and the conjunction before the
       first member left ("Congo and Costa Rica" reads "Costa Rica") */
    int first, last;
    ud_tree_span(t, head, &first, &last);
    for (int i = first; i <= last; i++) {
        if (!in_own_conjunct(t, head, i) && !(ud_rel_is(ud_tree_word(t, i), "case") &&
                              ud_tree_word(t, i)->head == head))
            cw->take[i] = 0;
    }
    for (int c = t->first_child[head]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "conj") && names_someone(r, t, c)) {
            for (int k = t->first_child[c]; k; k = t->next_sibling[k])
                if (ud_rel_is(ud_tree_word(t, k), "cc") || strcmp(ud_tree_word(t, k)->form, ",") == 0)
                    cw->take[k] = 0;
            break;
        }
}

/* "provided evidence of Iran's deliveries to Russia to the Security Council": when the
 * predicate names its own recipient ("to" the council), a "to" phrase inside its object
 * is the recipient of the act the object names (coded from that noun), not the
 * predicate's: it leaves the clause, where the lexicon's "TO +" would take it first. */
static void drop_inner_recipients(const ud_tree *t, clause_words *cw, int p, int object)
{
    int own = ud_tree_oblique(t, p, "to");
    if (!own || !object || !cw->take[own] || !cw->take[object])
        return;
    int n = (int)t->s->n;
    for (int x = 1; x <= n; x++) {
        const char *k;
        if (x == object || !cw->take[x] || !ud_rel_is(ud_tree_word(t, x), "nmod") ||
            !(k = ud_tree_case_of(t, x)) || strcmp(k, "to") != 0 ||
            !ud_tree_dominates(t, object, x))
            continue;
        for (int i = 1; i <= n; i++)
            if (ud_tree_dominates(t, x, i))
                cw->take[i] = 0;
    }
}

/* Codes the clause of verb p again as "SUBJECT VERB BEFORE STATE AFTER", the state's name
 * (the sentence's or the story's, also put before a subject without a country of its own)
 * standing for the target the clause names no words for: "... against Kenya government",
 * "... a curfew on Peru civilians". `evidence` is the document span the state is put for. */
static void code_on_state(tree_run *r, const ud_tree *t, clause_words *cw, int p, int subj,
                          int mode, const state_name *state, const char *before, span evidence,
                          const char *after)
{
    const ud_word *pw = ud_tree_word(t, p);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, subj, mode, countryless_agent(r, t, subj) ? state : NULL, true);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, r->text + pw->start, pw->end - pw->start, pw, &verb_from, &verb_to);
    put_text(&ct, before);
    put_state(&ct, r->a, state->words, state->len, evidence);
    put_text(&ct, after);
    code_clause(r, t, p, &ct, verb_from, verb_to);
}

/* "Thousands of Kenyans protested against the finance bill": a protest against a law, a
 * reform or a decision is against the government that made it, of the state the sentence
 * or the story names (the phrase names no one the lexicon could take for the target). */
static const char *const MEASURES = "law laws bill bills legislation reform reforms decision "
                                    "policy policies plan plans measure measures rule rules tax "
                                    "taxes cuts ban decree amendment budget regulation "
                                    "regulations restrictions lockdown mandate";

static void code_protest_against(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                 int subj)
{
    const ud_word *pw = ud_tree_word(t, p);
    int against = ud_tree_oblique(t, p, "against");
    if (!against || !pw->lemma ||
        !tree_word_in_list(pw->lemma, "protest demonstrate rally march strike riot"))
        return;
    const ud_word *aw = ud_tree_word(t, against);
    const pword *head = shallow_word_at(r, aw->start);
    /* ("against tax increases", "against fuel price hikes": a rise that a noun says is
       of a tax or a price is a measure too) */
    bool raised = aw->lemma && tree_word_in_list(aw->lemma, "increase hike rise") &&
                  ud_tree_child(t, against, "compound", 0);
    if (!aw->lemma || !(tree_word_in_list(aw->lemma, MEASURES) || raised) ||
        (head && (head->read_type == W_ACTOR || head->read_type == W_AGENT)))
        return;
    state_name state;
    span at;
    if (!state_for(r, (span){pw->start, pw->end}, &state.words, &state.len, &at))
        return;
    size_t before = r->nev;
    code_on_state(r, t, cw, p, subj, 0, &state, "against", (span){aw->start, aw->end}, "government");
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++)
        if (strncmp(r->ev[k].code, "14", 2) == 0)
            r->ev[kept++] = r->ev[k];
    r->nev = kept;
}

/* "Zimbabwe's opposition rejected the results", "Bangladesh's main opposition party
 * boycotted the election": an election, a vote or its results that name no one are held
 * by the government of their state, the one the sentence or the story names; rejecting,
 * disputing, challenging, boycotting, protesting, criticising or praising them acts on
 * that government. The clause is coded with the state's government after the object
 * ("rejected the results Zimbabwe government"), which the lexicon takes for the target;
 * an infinitive's object serves ("refused to accept the results"). */
static const char *const BALLOTS = "election elections vote poll polls result results outcome "
                                   "tally count ballot referendum runoff run-off rerun re-run";

static void code_election_object(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                 int subj, bool inherited)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (!pw->lemma || !tree_word_in_list(pw->lemma, "reject dispute contest challenge challeng "
                                                    "boycott boycot protest denounce condemn "
                                                    "criticise criticize praise hail refuse"))
        return;
    int obj = ud_tree_child(t, p, "obj", 0);
    int xcomp = obj ? 0 : ud_tree_child(t, p, "xcomp", 0);
    if (xcomp && ud_tree_word(t, xcomp)->lemma &&
        tree_word_in_list(ud_tree_word(t, xcomp)->lemma, "accept recognise recognize"))
        obj = ud_tree_child(t, xcomp, "obj", 0);
    const ud_word *ow = obj ? ud_tree_word(t, obj) : NULL;
    /* ("praised the conduct of the vote") */
    int of = ow && ow->lemma && tree_word_in_list(ow->lemma, "conduct handling")
                 ? ud_tree_oblique(t, obj, "of") : 0;
    if (of && ud_tree_word(t, of)->lemma && tree_word_in_list(ud_tree_word(t, of)->lemma, BALLOTS))
        ow = ud_tree_word(t, of);
    /* ("condemned the crackdown on protesters": a crackdown that names no author is the
       government's, as an election is its) */
    bool crackdown = ow && ow->lemma && tree_word_in_list(ow->lemma, "crackdown repression") &&
                     tree_word_in_list(pw->lemma, "denounce condemn criticise criticize");
    if (!ow || !ow->lemma || !(tree_word_in_list(ow->lemma, BALLOTS) || crackdown) ||
        !cw->take[obj] || (!crackdown && names_someone(r, t, obj)) ||
        (crackdown && (ud_tree_child(t, obj, "nmod:poss", 0) || ud_tree_oblique(t, obj, "by") ||
                       ud_tree_child(t, obj, "compound", 0) || ud_tree_child(t, obj, "amod", 0))) ||
        !names_someone(r, t, subj))
        return;
    state_name state;
    span at;
    if (!state_for(r, (span){pw->start, pw->end}, &state.words, &state.len, &at))
        return;
    /* ("Kyiv and the West denounced the referendums": a state that is one of the judges,
       the subject or a member coordinated with it, holds no ballot they judge) */
    int held = node_at(t, at.start);
    if (held && (held == subj || (ud_rel_is(ud_tree_word(t, held), "conj") &&
                                  ud_tree_word(t, held)->head == subj)))
        return;
    int n = (int)t->s->n, first, last;
    ud_tree_span(t, obj, &first, &last);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    if (inherited) { /* ("and vowed to challenge the result in court") */
        uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
        clause_words sw = {sub, cw->stack, cw->pruned};
        take_subject(t, &sw, subj);
        for (int i = 1; i <= n; i++)
            if (sub[i] && !cw->take[i] && !(i < subj && ud_rel_is(ud_tree_word(t, i), "case") &&
                                            ud_tree_word(t, i)->head == subj))
                emit(&ct, t, r->text, i, r->a);
        ct.last = 0;
    }
    uint32_t verb_from = 0, verb_to = 0;
    for (int i = 1; i <= n; i++) {
        if (!cw->take[i])
            continue;
        emit(&ct, t, r->text, i, r->a);
        if (i == p) {
            verb_from = ct.map[ct.n - 1].syn_start;
            verb_to = ct.map[ct.n - 1].syn_end;
        }
        if (i == last) {
            put_state(&ct, r->a, state.words, state.len, (span){ow->start, ow->end});
            put_text(&ct, "government");
        }
    }
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    /* ("Argentina rejected the results": a state or its government judges another's
       election, never its own; the sentence must name that one) */
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        const char *sc = r->ev[k].source.code, *tc = r->ev[k].target.code;
        if (!(sc && tc && strncmp(sc, tc, 3) == 0 && (strlen(sc) == 3 || strcmp(sc + 3, "GOV") == 0)))
            r->ev[kept++] = r->ev[k];
    }
    r->nev = kept;
}

/* "Kenyan doctors went on strike", "Thousands of Iranians protested on Friday": a protest
 * or a strike that names no one it is against, by people of a state the sentence names by
 * no place, is against that state's government (its people rise against it, as a coder
 * reading the story codes it). */
static void code_protest_at_home(tree_run *r, const ud_tree *t, clause_words *cw, int p, int subj)
{
    static const char *const DISSENT[] = {"strike", "walkout", "stoppage", "protest",
                                          "protests", "demonstration", "demonstrations",
                                          "rally", "rallies", "sit-in", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    int on = ud_tree_oblique(t, p, "on"), obj = ud_tree_child(t, p, "obj", 0);
    /* "went on strike"; "began, staged, held, mounted, organised or called a strike" (not
       "called off") */
    bool strike = pw->lemma && ((strcmp(pw->lemma, "go") == 0 && on && !obj &&
                                 lemma_in(ud_tree_word(t, on), DISSENT)) ||
                                (tree_word_in_list(pw->lemma, "begin start stage hold launch call "
                                                              "mount organise organize") &&
                                 obj && lemma_in(ud_tree_word(t, obj), DISSENT) &&
                                 !ud_tree_child(t, p, "compound:prt", 0)));
    /* ("walked off the job", "walked out", "walked out of hospitals": a strike, but not
       "walked out of prison" nor out of talks, which the lexicon reads) */
    bool walked = false;
    if (!strike && pw->lemma && strcmp(pw->lemma, "walk") == 0 && !obj) {
        static const char *const WORK[] = {"job", "work", "hospital", "factory", "school",
                                           "class", "classroom", "office", "mine", "plant",
                                           NULL};
        int off = ud_tree_oblique(t, p, "off"), out = ud_tree_oblique(t, p, "out");
        int prt = ud_tree_child(t, p, "compound:prt", 0);
        walked = (off && lemma_in(ud_tree_word(t, off), WORK)) ||
                 (out && lemma_in(ud_tree_word(t, out), WORK)) ||
                 (!off && !out && !ud_tree_oblique(t, p, "of") && prt &&
                  strcasecmp(ud_tree_word(t, prt)->form, "out") == 0);
        strike = walked;
    }
    /* ("began a hunger strike": a hunger strike is one, 142) */
    int struck = strike && !walked ? (obj ? obj : on) : 0;
    bool hunger = false;
    for (int c = struck ? t->first_child[struck] : 0; c && !hunger; c = t->next_sibling[c])
        hunger = ud_rel_is(ud_tree_word(t, c), "compound") && ud_tree_word(t, c)->lemma &&
                 strcmp(ud_tree_word(t, c)->lemma, "hunger") == 0;
    /* ("Kenyan farmers blocked roads": a road blocked in protest obstructs passage, 144) */
    bool block = !strike && obj && pw->lemma && tree_word_in_list(pw->lemma, "block barricade") &&
                 ud_tree_word(t, obj)->lemma &&
                 tree_word_in_list(ud_tree_word(t, obj)->lemma, ROADWAYS);
    /* ("Thousands of Armenians took to the streets": a crowd out on the streets
       demonstrates, 141, unless a clause of its own says how: "to protest against a tax") */
    int to = ud_tree_oblique(t, p, "to");
    bool streets = !strike && !block && !obj && pw->lemma && strcmp(pw->lemma, "take") == 0 &&
                   to && lemma_in(ud_tree_word(t, to), (const char *const[]){"street", "streets", NULL});
    for (int c = streets ? t->first_child[p] : 0; c && streets; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "advcl") || ud_rel_is(ud_tree_word(t, c), "xcomp") ||
            ud_rel_is(ud_tree_word(t, c), "conj"))
            streets = false;
    if (!strike && !block && !streets &&
        (!pw->lemma || !tree_word_in_list(pw->lemma, "protest demonstrate rally riot") || obj))
        return;
    int against = ud_tree_oblique(t, p, "against");
    if (against && names_someone(r, t, against))
        return;
    const char *role = agent_role_at(r, ud_tree_word(t, subj)->start);
    bool several;
    const char *country = NULL;
    const pword *state = sentence_state(r, &several, &country);
    /* ("DHAKA (Reuters) - Students protested on Tuesday": a sentence that names no state
       takes the story's, as an agent without a country does) */
    const pword *sp = shallow_word_at(r, ud_tree_word(t, subj)->start);
    bool home = !state && !several && r->ctx && r->ctx->home_text && sp &&
                sp->read_type == W_AGENT && sp->start == ud_tree_word(t, subj)->start &&
                ud_tree_word(t, subj)->upos == UPOS_NOUN && !ud_tree_child(t, subj, "amod", 0);
    if ((!state && !home) || several || (role && !civil_role(role) && !strstr(role, "OPP")))
        return;
    /* ("Britain protested": a state named by its name protests to another, not against
       itself; its people, "Kenyans", do) */
    const ud_word *sw = ud_tree_word(t, subj);
    if (!role && sw->upos == UPOS_PROPN && sw->xpos && strcmp(sw->xpos, "NNP") == 0 &&
        shallow_type(r, sw->start) == W_ACTOR)
        return;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    if (home) /* (the subject takes the story's state too: "Bangladesh Students") */
        put_state(&ct, r->a, r->ctx->home_text, strlen(r->ctx->home_text), (span){sw->start, sw->end});
    add_argument_as(r, &ct, t, cw, subj, 1, NULL, true);
    uint32_t verb_from, verb_to;
    /* ("staged a protest", "mounted demonstrations": a protest held is no strike) */
    bool walkout = struck && ud_tree_word(t, struck)->lemma &&
                   tree_word_in_list(ud_tree_word(t, struck)->lemma, "strike walkout stoppage");
    const char *verb = hunger  ? "went on hunger strike"
                       : strike && (walkout || walked) ? "went on strike"
                       : block  ? "blocked roads"
                       : struck && ud_tree_word(t, struck)->lemma &&
                               tree_word_in_list(ud_tree_word(t, struck)->lemma,
                                                 "demonstration protest rally march sit-in")
                           ? "demonstrated"
                       : streets ? "demonstrated"
                                 : "protested";
    put_verb(r, &ct, verb, strlen(verb), pw, &verb_from, &verb_to);
    put_text(&ct, "against");
    if (home) {
        put_state(&ct, r->a, r->ctx->home_text, strlen(r->ctx->home_text), (span){pw->start, pw->end});
    } else {
        uint32_t end = r->shallow->w[name_last(r, state)].end;
        put_state(&ct, r->a, r->text + state->start, end - state->start, (span){state->start, end});
    }
    put_text(&ct, "government");
    code_clause(r, t, p, &ct, verb_from, verb_to);
}

/* "The Sri Lankan government imposed a nationwide curfew", "Police in Kano imposed a
 * curfew": a curfew, a state of emergency or martial law that names no one it falls on,
 * imposed, declared, extended or lifted by a body or an officer of a state the sentence
 * names (one state, no place of another), falls on that state's people, as a coder
 * reading the story codes it (KENGOV -> KENCVL 1723); so do protests or gatherings it
 * bans (KENCOP -> KENCVL 1721). A state named by its own name is left alone ("Bangladesh
 * imposed a curfew"). */
static void code_restriction_at_home(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                     int subj)
{
    const ud_word *pw = ud_tree_word(t, p);
    int obj = ud_tree_child(t, p, "obj", 0);
    if (!obj || !pw->lemma ||
        !tree_word_in_list(pw->lemma, "impose declare announce order extend reimpose introduce "
                                      "enforce lift end relax ease ban prohibit outlaw"))
        return;
    const ud_word *ow = ud_tree_word(t, obj);
    bool restriction = ow->lemma && strcmp(ow->lemma, "curfew") == 0;
    /* ("a state of emergency", "martial law") */
    int of = ow->lemma && strcmp(ow->lemma, "state") == 0 ? ud_tree_child(t, obj, "nmod", 0) : 0;
    restriction |= of && ud_tree_word(t, of)->lemma &&
                   strcmp(ud_tree_word(t, of)->lemma, "emergency") == 0;
    int mod = ow->lemma && strcmp(ow->lemma, "law") == 0 ? ud_tree_child(t, obj, "amod", 0) : 0;
    restriction |= mod && ud_tree_word(t, mod)->lemma &&
                   strcmp(ud_tree_word(t, mod)->lemma, "martial") == 0;
    int on = ud_tree_oblique(t, p, "on");
    if (!on)
        on = ud_tree_oblique(t, obj, "on");
    /* ("banned protests", "banned all gatherings": the public's freedoms restricted) */
    bool ban = ow->lemma && tree_word_in_list(pw->lemma, "ban prohibit outlaw") &&
               tree_word_in_list(ow->lemma, "protest demonstration rally gathering march");
    if (!(restriction || ban) || (on && names_someone(r, t, on)))
        return;
    const ud_word *sw = ud_tree_word(t, subj);
    /* (the agent's role where its words begin: "Interior Ministry") */
    const char *role = NULL;
    int sfirst, slast;
    ud_tree_span(t, subj, &sfirst, &slast);
    for (int i = sfirst; i <= subj && !role; i++)
        if (i == subj || ud_tree_word(t, i)->head == subj)
            role = agent_role_at(r, ud_tree_word(t, i)->start);
    if (role ? !(strstr(role, "GOV") || strstr(role, "COP") || strstr(role, "MIL"))
             : shallow_type(r, sw->start) != W_ACTOR || sw->upos != UPOS_PROPN)
        return;
    const pword *sp = shallow_word_at(r, sw->start);
    if (!role && sp && sp->code && sp->code->code && strlen(sp->code->code) == 3)
        return; /* (a state by its name) */
    state_name state;
    span at;
    if (!state_for(r, (span){sw->start, sw->end}, &state.words, &state.len, &at))
        return;
    code_on_state(r, t, cw, p, subj, 1, &state,
                  ban ? "protests by" : of ? "a state of emergency on" : mod ? "martial law on" : "a curfew on",
                  (span){ow->start, ow->end}, "civilians");
}

/* "Thousands of workers went on strike in France": a protest or strike whose only target
 * is the state named as its place, the protesters' own, is against that state's
 * government, as one that names no one (code_protest_at_home). Re-targets the events from
 * `from` on. */
static void protest_in_own_state(tree_run *r, const ud_tree *t, int p, size_t from)
{
    for (size_t k = from; k < r->nev; k++) {
        event *e = &r->ev[k];
        const char *tc = e->target.code, *sc = e->source.code;
        /* (a protest "against" something says what it is against: code_protest_against) */
        if (strncmp(e->code, "14", 2) != 0 || !tc || strlen(tc) != 3 || !sc ||
            strncmp(sc, tc, 3) != 0 || strlen(sc) == 3 || ud_tree_oblique(t, p, "against"))
            continue;
        int node = node_at(t, e->target.where.start), place = 0, prev = 0;
        for (int x = node; x > 0 && !place; prev = x, x = ud_tree_word(t, x)->head) {
            const ud_word *xw = ud_tree_word(t, x);
            const char *k2 = ud_rel_is(xw, "obl") ? ud_tree_case_of(t, x) : NULL;
            if (xw->head == p)
                place = k2 && tree_word_in_list(k2, LOCATIVE) ? x : -1;
            /* ("staged a protest in Lahore", "blocked roads in Kenya": the place the parse
               hung on the protest held or the road blocked is the act's) */
            if (place < 0 && prev && ud_rel_is(xw, "obj") && xw->lemma &&
                (tree_word_in_list(xw->lemma, ROADWAYS) ||
                 tree_word_in_list(xw->lemma, "protest demonstration rally march sit-in strike")) &&
                ud_rel_is(ud_tree_word(t, prev), "nmod") && ud_tree_case_of(t, prev) &&
                tree_word_in_list(ud_tree_case_of(t, prev), LOCATIVE))
                place = prev;
        }
        if (place <= 0)
            continue;
        char *code = arena_alloc(r->a, 7);
        snprintf(code, 7, "%.3sGOV", tc);
        e->target.code = code;
        snprintf(e->target.role, sizeof e->target.role, "GOV");
    }
}

/* The actor who made the attack a subject names: its owner ("North Korea's shelling")
 * or "by" agent ("the strikes by Israel"), when it names someone; else 0. */
static int act_owner(const tree_run *r, const ud_tree *t, int subj)
{
    const ud_word *w = ud_tree_word(t, subj);
    if (w->upos != UPOS_NOUN || !w->lemma || !tree_word_in_list(w->lemma, ACT_NOUNS))
        return 0;
    int owner = ud_tree_child(t, subj, "nmod:poss", 0);
    if (!owner)
        owner = ud_tree_oblique(t, subj, "by");
    /* "An Israeli drone strike killed three people": a state's adjective owns the act */
    for (int c = t->first_child[subj]; c && !owner; c = t->next_sibling[c]) {
        const pword *pw = ud_rel_is(ud_tree_word(t, c), "amod") ? shallow_word_at(r, ud_tree_word(t, c)->start) : NULL;
        if (pw && pw->read_type == W_ACTOR && pw->read_head && pw->code && pw->code->code &&
            strlen(pw->code->code) == 3 && cameo_actor_is_state(pw->code->code))
            owner = c;
    }
    return owner && ud_tree_word(t, owner)->upos != UPOS_PRON && names_someone(r, t, owner)
               ? owner : 0;
}

/* "Israel bombed a hospital in Gaza": an institution without a country (a hospital, a
 * school) that the lexicon gave the source's country (TABARI's rule for an agent alone) is
 * of the state of the place where it is, when the place names another. Mends the
 * events from `from` on whose target lies in the object's words. */
static void object_at_place(tree_run *r, const ud_tree *t, size_t from, int object, int place)
{
    char state[4];
    if (!object)
        return;
    for (int c = place ? 0 : t->first_child[object]; c && !place; c = t->next_sibling[c]) {
        const char *prep = ud_rel_is(ud_tree_word(t, c), "nmod") ? ud_tree_case_of(t, c) : NULL;
        if (prep && tree_word_in_list(prep, LOCATIVE)) /* ("a hospital in Gaza") */
            place = c;
    }
    if (!place)
        return;
    phrase_country_of(r, t, place, true, state);
    if (!state[0])
        return;
    int first, last;
    ud_tree_span(t, object, &first, &last);
    /* (the object's own words, up to its noun: not the place phrase after it) */
    span words = {ud_tree_word(t, first)->start, ud_tree_word(t, object)->end};
    for (size_t k = from; k < r->nev; k++) {
        actor_ref *tg = &r->ev[k].target;
        const char *src = r->ev[k].source.code;
        if (!tg->code || !src || strlen(tg->code) < 3 || !span_within(tg->where, words) ||
            strncmp(tg->code, src, 3) != 0 || strncmp(tg->code, state, 3) == 0)
            continue;
        size_t n = strlen(tg->code);
        char *code = arena_alloc(r->a, n + 1);
        memcpy(code, state, 3);
        memcpy(code + 3, tg->code + 3, n - 2);
        tg->code = code;
        actor_ref_split_code(tg);
    }
}

/* Does a word before the noun in its own phrase (its determiner and modifiers, not the
 * clauses and phrases after it) name an actor or an agent ("the Iranian group")? */
static bool qualified_noun(const tree_run *r, const ud_tree *t, int noun)
{
    int first, last;
    ud_tree_span(t, noun, &first, &last);
    for (int i = first; i < noun; i++) {
        int type = shallow_type(r, ud_tree_word(t, i)->start);
        if (type == W_ACTOR || type == W_AGENT)
            return true;
    }
    return false;
}

/* "An al-Qaeda-linked group kidnapped two French aid workers in Niger", "The insurgents,
 * many of them former Baathists, attacked an American convoy near Fallujah": a subject
 * that names someone, but whom the clause's reading left out of every event, did not
 * hand the verb's act to its object; the lexicon, reading on past the verb, took the
 * object's actor for the source (FRANGO -> NERNGO, USA -> IRQ). Drops the events from
 * `before` on whose source lies in the verb's object while neither party is in the
 * subject; patterns whose source follows the verb in an oblique ("Kenya received aid from
 * Japan") keep theirs, as do events the subject takes part in. */
static void drop_object_sources(tree_run *r, const ud_tree *t, int p, int subj, int object,
                                size_t before)
{
    if (r->nev <= before || !subj || !object || subj > p)
        return;
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    /* (every subject the parse gave the verb: "European Commission President Ursula von
       der Leyen visited" may be cut in two) */
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        int f, l;
        if (c < p && ud_rel_is(ud_tree_word(t, c), "nsubj")) {
            ud_tree_span(t, c, &f, &l);
            first = f < first ? f : first;
            last = l > last ? l : last;
        }
    }
    span own = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
    for (size_t k = before; k < r->nev; k++) {
        span a = r->ev[k].source.where, b = r->ev[k].target.where;
        if ((a.start < own.end && own.start < a.end) || (b.start < own.end && own.start < b.end))
            return; /* (the subject acts or is acted on: the clause was read through it) */
    }
    const ud_word *pw = ud_tree_word(t, p);
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        const event *e = &r->ev[k];
        int at = e->source.where.end > e->source.where.start && e->source.where.start >= pw->end
                     ? node_at(t, e->source.where.start) : 0;
        if (!(at && ud_tree_dominates(t, object, at)))
            r->ev[kept++] = r->ev[k];
    }
    if (kept == before && r->nev > before)
        add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
    r->nev = kept;
}

/* "Biden ordered the Pentagon to send weapons": an order to a body of one's own state is a
 * command, no demand (what it orders is coded, as hypothetical). Drops such demands among
 * the events from `before` on. */
static void drop_own_orders(tree_run *r, const ud_tree *t, int p, size_t before)
{
    const ud_word *pw = ud_tree_word(t, p);
    if (r->nev <= before || !pw->lemma || strcmp(pw->lemma, "order") != 0)
        return;
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        const event *e = &r->ev[k];
        const char *s = e->source.code, *g = e->target.code;
        bool own = (e->source.country[0] && strcmp(e->source.country, e->target.country) == 0) ||
                   (s && g && strlen(s) >= 3 && strncmp(s, g, 3) == 0);
        if (!(e->code[0] == '1' && e->code[1] <= '1' && own))
            r->ev[kept++] = r->ev[k];
    }
    if (kept < r->nev)
        add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
    r->nev = kept;
}

/* The members of the coordination at node, in order (the node and its conjuncts; for a
 * noun without conjuncts, its coordinated adjectives: "the Chinese and Russian
 * ambassadors"), as word spans; how many, at most cap. */
static int coordination_members(const ud_tree *t, int node, span *out, int cap)
{
    int head = node;
    if (!ud_tree_child(t, node, "conj", 0)) {
        for (int c = t->first_child[node]; c && head == node; c = t->next_sibling[c])
            if (ud_rel_is(ud_tree_word(t, c), "amod") && ud_tree_child(t, c, "conj", 0))
                head = c;
        if (head == node)
            return 0;
    }
    int n = 1, first, last;
    ud_tree_span(t, head, &first, &last);
    /* (the first member runs from its phrase's start to where the next member's begins:
       "the United States and Britain") */
    out[0] = (span){ud_tree_word(t, first)->start, ud_tree_word(t, head)->end};
    for (int c = t->first_child[head]; c && n < cap; c = t->next_sibling[c]) {
        if (!ud_rel_is(ud_tree_word(t, c), "conj"))
            continue;
        ud_tree_span(t, c, &first, &last);
        out[n++] = (span){ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
    }
    return n;
}

/* Which of the members holds the span, or -1. */
static int member_of(const span *m, int n, span x)
{
    for (int i = 0; i < n; i++)
        if (x.start >= m[i].start && x.start < m[i].end)
            return i;
    return -1;
}

/* "Japan and South Korea summoned the Chinese and Russian ambassadors respectively": with
 * "respectively", the members of a coordinated subject act each on the member of the
 * object in the same place, no member on the others'. Drops the crossed pairs among the
 * events from `before` on. */
static void drop_crossed_pairs(tree_run *r, const ud_tree *t, int p, int subj, int object,
                               size_t before)
{
    if (r->nev <= before || !subj || !object)
        return;
    bool respectively = false;
    for (int i = 1; i <= (int)t->s->n && !respectively; i++) {
        const ud_word *w = ud_tree_word(t, i);
        respectively = w->lemma && strcmp(w->lemma, "respectively") == 0 &&
                       (w->head == p || ud_tree_dominates(t, object, i));
    }
    if (!respectively)
        return;
    span sm[8], om[8];
    int ns = coordination_members(t, subj, sm, 8), no = coordination_members(t, object, om, 8);
    if (ns < 2 || ns != no)
        return;
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        int a = member_of(sm, ns, r->ev[k].source.where);
        int b = member_of(om, no, r->ev[k].target.where);
        if (a < 0 || b < 0 || a == b)
            r->ev[kept++] = r->ev[k];
    }
    r->nev = kept;
}

/* A conjunct of an object or oblique of p that is an agent without a country ("the
 * rebels" in "the Sri Lankan government and the rebels") and that no event from `from` on
 * took as its target, or 0. */
static int untaken_conjunct(const tree_run *r, const ud_tree *t, int p, size_t from)
{
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        if (!ud_rel_is(ud_tree_word(t, c), "obj") && !ud_rel_is(ud_tree_word(t, c), "obl"))
            continue;
        for (int m = t->first_child[c]; m; m = t->next_sibling[m]) {
            if (!ud_rel_is(ud_tree_word(t, m), "conj") || !countryless_agent(r, t, m))
                continue;
            int first, last;
            ud_tree_span(t, m, &first, &last);
            span own = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
            bool taken = false;
            for (size_t k = from; k < r->nev && !taken; k++)
                taken = span_within(r->ev[k].target.where, own);
            if (!taken)
                return m;
        }
    }
    return 0;
}

/* Is node "the group", "the movement", "the organization" or "the militia", alone? */
static bool group_description(const ud_tree *t, int node)
{
    static const char *const groups[] = {"group", "organization", "organisation", "movement",
                                         "militia", NULL};
    const ud_word *w = ud_tree_word(t, node);
    if (w->upos != UPOS_NOUN || !lemma_in(w, groups))
        return false;
    int det = 0;
    for (int c = t->first_child[node]; c; c = t->next_sibling[c]) {
        if (!ud_rel_is(ud_tree_word(t, c), "det") ||
            strcasecmp(ud_tree_word(t, c)->form, "the") != 0)
            return false;
        det = c;
    }
    return det != 0;
}

/* "Hamas said the group had fired rockets", "A Hamas spokesman said the group ...": "the
 * group" stands for the armed group the earlier subject is or speaks for; 0 when that is
 * no armed group (a state's "group" is another one). */
static int group_antecedent(const tree_run *r, const ud_tree *t, int node)
{
    if (!group_description(t, node))
        return 0;
    int a = earlier_subject(t, node);
    if (a && ud_tree_word(t, a)->upos != UPOS_PROPN) {
        int c = ud_tree_child(t, a, "compound", 0);
        a = c && ud_tree_word(t, c)->upos == UPOS_PROPN ? c : 0;
    }
    const pword *pw = a ? shallow_word_at(r, ud_tree_word(t, a)->start) : NULL;
    const char *code = pw && pw->read_type == W_ACTOR && pw->code ? pw->code->code : NULL;
    /* (a named organisation: a state's code and its role are six letters at most) */
    return code && (strlen(code) > 6 || strncmp(code, "IMG", 3) == 0) ? a : 0;
}

/* "The IAEA found that Iran had violated its obligations": a finding that a party broke a
 * law or an order is a verdict (116, the lexicon's FIND_) only when a court or its judges
 * find it; anyone else's finding accuses the party (112). Judges without a country who
 * would find against a state named alone take that state only from the party they judge:
 * "after judges found that Budapest had ignored a ruling" are another court's, which the
 * sentence does not tie them to (a court of its own state, "Kenya's High Court ruled that
 * Kenya's plan was unconstitutional", keeps its verdict). */
static void lay_finding_accuses(tree_run *r, const ud_tree *t, int p, int subj, size_t before)
{
    static const char *const COURTS[] = {"court", "judge", "tribunal", "jury", "justice",
                                         "bench", "magistrate", NULL};
    if (r->nev <= before ||
        !lemma_in(ud_tree_word(t, p), (const char *const[]){"find", "rule", NULL}))
        return;
    bool by_court = subj && lemma_in(ud_tree_word(t, subj), COURTS);
    size_t kept = before;
    for (size_t k = before; k < r->nev; k++) {
        event *e = &r->ev[k];
        const char *c = e->source.code, *g = e->target.code;
        /* (a court the lexicon names: "IGOEUREECJUD", the ICJ, the ICC) */
        bool court = by_court || (c && (strstr(c, "JUD") || strstr(c, "ICJ") || strstr(c, "ICC")));
        bool verdict = strcmp(e->code, "116") == 0;
        if (verdict && court && c && g && strlen(g) == 3 && strncmp(c, g, 3) == 0 && subj &&
            countryless_agent(r, t, subj))
            continue;
        if (verdict && !court && lemma_in(ud_tree_word(t, p), (const char *const[]){"find", NULL}))
            snprintf(e->code, sizeof e->code, "112");
        r->ev[kept++] = *e;
    }
    r->nev = kept;
}

/* "At Washington's urging, Israel agreed to a truce", "Japan freed the fishermen at the
 * request of South Korea", "it was on China's nudging that Pakistan ...": an act done at
 * someone's urging, request or behest was asked for by that someone, an appeal (020) to
 * the one who acted, besides the act itself. The noun is an "at"/"on" oblique of the
 * predicate, or the head of a cleft whose clause the predicate is; its asker is its
 * possessor or its "of" phrase. */
static void code_urged_act(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    static const char *const urgings[] = {"urging", "request", "behest", "insistence",
                                          "nudging", "prodding", "instigation", NULL};
    static const char URGINGS[] = "urging request behest insistence nudging prodding instigation";
    const ud_word *pw = ud_tree_word(t, p);
    int noun = 0;
    /* (or on the object, where the parse may hang it: "expelled the diplomats at the
       behest of Azerbaijan"; the tagger may misread the noun, so its form counts too) */
    int obj = ud_tree_child(t, p, "obj", 0);
    for (int h = p; h && !noun; h = h == p ? obj : 0)
        for (int c = t->first_child[h]; c && !noun; c = t->next_sibling[c]) {
            const ud_word *w = ud_tree_word(t, c);
            if (ud_rel_is(w, h == p ? "obl" : "nmod") &&
                (lemma_in(w, urgings) || tree_word_in_list(w->form, URGINGS)))
                noun = c;
        }
    /* (the cleft: "it was on his nudging that the Indians made gestures") */
    if (!noun && (ud_rel_is(pw, "acl:relcl") || ud_rel_is(pw, "advcl:relcl")) && pw->head > 0 &&
        lemma_in(ud_tree_word(t, pw->head), urgings) && ud_tree_child(t, pw->head, "cop", 0))
        noun = pw->head;
    const char *k = noun ? ud_tree_case_of(t, noun) : NULL;
    if (!k || !tree_word_in_list(k, "at on upon"))
        return;
    int asker = ud_tree_child(t, noun, "nmod:poss", 0);
    if (!asker)
        asker = ud_tree_oblique(t, noun, "of");
    bool inherited;
    int subj = subject_of(t, p, &inherited);
    if (!asker || !subj || ud_rel_is(ud_tree_word(t, subj), "nsubj:pass") ||
        !names_someone(r, t, asker) || !names_someone(r, t, subj))
        return;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, asker, 1, NULL, true);
    uint32_t verb_from, verb_to;
    const ud_word *nw = ud_tree_word(t, noun);
    put_verb(r, &ct, "urged", 5, nw, &verb_from, &verb_to);
    add_argument_as(r, &ct, t, cw, subj, 1, NULL, true);
    code_clause(r, t, noun, &ct, verb_from, verb_to);
    add_covered(r, nw->start, nw->end); /* (nor the sentence's reading of "urging") */
}

/* "Ties between Egypt and Turkey have thawed", "Relations between Israel and Morocco were
 * normalised": relations between two sides that thaw, warm, mend, are normalised or
 * restored, or are severed, cut or broken, are the two sides' act on each other, read as
 * "Egypt and Turkey thawed ties" (the lexicon's compound patterns code it both ways).
 * Relations that improve or sour are a state of affairs, no act, and stay uncoded. True
 * when p is such a predicate and it was coded. */
static bool code_relations_between(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    static const struct {
        const char *lemma, *verb;
    } CHANGES[] = {{"thaw", "thawed"},        {"warm", "thawed"},         {"mend", "mended"},
                   {"repair", "mended"},
                   {"normalize", "normalized"}, {"normalise", "normalized"}, {"restore", "restored"},
                   {"sever", "severed"},      {"cut", "severed"},         {"break", "severed"},
                   {NULL, NULL}};
    static const char *const relations[] = {"relation", "relations", "relationship", "tie",
                                            "ties", NULL};
    const ud_word *pw = ud_tree_word(t, p);
    const char *verb = NULL;
    for (size_t k = 0; pw->lemma && CHANGES[k].lemma && !verb; k++)
        if (strcmp(pw->lemma, CHANGES[k].lemma) == 0)
            verb = CHANGES[k].verb;
    if (!verb || ud_tree_child(t, p, "obj", 0))
        return false;
    int subj = ud_tree_child(t, p, "nsubj", 0);
    if (!subj)
        subj = ud_tree_child(t, p, "nsubj:pass", 0);
    if (!subj || !lemma_in(ud_tree_word(t, subj), relations))
        return false;
    int pair = ud_tree_oblique(t, subj, "between");
    int other = pair ? ud_tree_child(t, pair, "conj", 0) : 0;
    if (!other || !names_someone(r, t, pair) || !names_someone(r, t, other))
        return false;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument(r, &ct, t, cw, pair, 1, NULL);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, verb, strlen(verb), pw, &verb_from, &verb_to);
    put_text(&ct, "ties");
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
    return r->nev > before;
}

static void code_predicate(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    int n = (int)t->s->n;
    code_urged_act(r, t, cw, p);
    if (code_relations_between(r, t, cw, p))
        return;
    if (code_trial(r, t, cw, p) || code_drawn_reaction(r, t, cw, p) || code_denial(r, t, cw, p) ||
        code_joined_act(r, t, cw, p) || code_denied_act(r, t, cw, p) ||
        code_harmed_in_act(r, t, cw, p, ud_tree_child(t, p, "nsubj:pass", 0)) ||
        code_harmed_in_story_act(r, t, cw, p, ud_tree_child(t, p, "nsubj:pass", 0)))
        return;
    /* a verb no dictionary entry reads ("consists", "made") codes nothing in any clause:
       the lexicon's reading of the whole sentence tells at no cost */
    const pword *root = shallow_word_at(r, ud_tree_word(t, p)->start);
    char past[64];
    if (root && root->read_type != W_VERB &&
        !present_noun_listed(r, ud_tree_word(t, p), past, sizeof past))
        return;
    memset(cw->take, 0, (size_t)n + 1);
    bool inherited;
    int subj = subject_of(t, p, &inherited);
    int group = subj && !inherited ? group_antecedent(r, t, subj) : 0;
    if (group) {
        subj = group;
        inherited = true;
    }
    const ud_word *pw = ud_tree_word(t, p);

    /* "if someone arrives in our country": an indefinite subject is nobody the lexicon
     * knows, and the whole sentence's reading must not lend the verb another source */
    if (subj && tree_indefinite_pronoun(ud_tree_word(t, subj))) {
        add_covered(r, pw->start, pw->end);
        return;
    }
    /* "last year in Asia, when we evacuated U.S. citizens": a "we" that no speaker in the
     * sentence stands for is the writer's side, which no one names; the sentence's reading
     * would take an actor before it ("Asia") for the source */
    if (subj && ud_tree_word(t, subj)->upos == UPOS_PRON &&
        ud_tree_word(t, subj)->lemma && strcmp(ud_tree_word(t, subj)->lemma, "we") == 0) {
        add_covered(r, pw->start, pw->end);
        return;
    }
    if (subj && code_pronoun_object(r, t, cw, p, subj))
        return;
    /* "Iraq must cooperate with the inspectors", "the US should mediate": an obligation
     * someone states is no event (the statement may be: a demand, an appeal) */
    /* "Hiller asked, inquiring about Gen. Pervaiz Musharraf, who seized control of the
       country": a verb of asking with no party and no content of its own asks no one the
       sentence names; the sentence's reading would take an actor of the asides after it */
    if (pw->upos == UPOS_VERB && pw->lemma && tree_word_in_list(pw->lemma, "ask inquire enquire")) {
        bool own = false;
        for (int c = t->first_child[p]; c && !own; c = t->next_sibling[c]) {
            const ud_word *a = ud_tree_word(t, c);
            own = ud_rel_is(a, "obj") || ud_rel_is(a, "iobj") || ud_rel_is(a, "obl") ||
                  ud_rel_is(a, "xcomp") || ud_rel_is(a, "ccomp");
        }
        if (!own) {
            add_covered(r, pw->start, pw->end);
            return;
        }
    }
    /* ("the US must be ready to mediate": the obligation may sit on the word whose
       complement the predicate is) */
    for (int q = p, steps = 0; q > 0 && steps < 3; steps++) {
        for (int c = t->first_child[q]; c; c = t->next_sibling[c]) {
            const ud_word *a = ud_tree_word(t, c);
            if (ud_rel_is(a, "aux") && a->lemma &&
                (strcmp(a->lemma, "must") == 0 || strcmp(a->lemma, "should") == 0 ||
                 strcmp(a->lemma, "ought") == 0)) {
                if (q == p && strcmp(a->lemma, "must") == 0)
                    code_obligation(r, t, cw, p);
                add_covered(r, pw->start, pw->end);
                return;
            }
        }
        q = ud_rel_is(ud_tree_word(t, q), "xcomp") ? ud_tree_word(t, q)->head : 0;
        if (q > 0 && have_to(t, q)) {
            code_obligation(r, t, cw, q); /* (a speaker's "Israel has to stop": a demand) */
            add_covered(r, pw->start, pw->end);
            return;
        }
        /* "it would tend to encourage outfits such as the ISI to exploit these networks",
           "Russia tends to support Serbia": what an actor tends to do is a habit the writer
           generalises, no act */
        const ud_word *qw = q > 0 ? ud_tree_word(t, q) : NULL;
        if (qw && qw->upos == UPOS_VERB && qw->lemma && strcmp(qw->lemma, "tend") == 0) {
            add_covered(r, pw->start, pw->end);
            return;
        }
    }
    /* a clause without a subject has no source the tree can vouch for (the matcher would
     * take the first actor it meets, often the target) */
    if (!subj && !ud_tree_oblique(t, p, "by")) {
        /* a passive the parse cut from its subject ("the team, which consists of girls,
         * had been denied visas" read as a complement of "consists"): its patient is
         * still the words before it, which the whole sentence's reading must not make
         * the source */
        int aux = ud_tree_child(t, p, "aux:pass", 0);
        bool by_after = false; /* an agent the parse hung elsewhere ("... army by Korea") */
        for (int i = p + 1; i <= n && !by_after; i++)
            by_after = ud_tree_word(t, i)->lemma && strcmp(ud_tree_word(t, i)->lemma, "by") == 0;
        if (aux && !by_after && !tree_stative_passive(pw) && !posture_passive(t, p)) {
            uint32_t from = ud_tree_word(t, 1)->start;
            remember_passive(r, t, p,
                             (span){from, ud_tree_word(t, aux)->start});
        }
        return;
    }
    cw->take[p] = 1;
    /* "the coast guard rescued migrants near Lesbos": when the object is a group without
     * a country, a place named around the act is where it happened, not its target; the
     * group takes the state instead (code_with_country). An owned group is the owner's,
     * and the place where it goes the target ("strengthened its forces in Lebanon") */
    int shared = shared_object(t, p);
    int object = shared ? shared : ud_tree_child(t, p, "obj", 0);
    bool unowned = object && !ud_tree_child(t, object, "nmod:poss", 0);
    bool people_object = unowned && group_without_country(r, t, object);
    bool places_aside = people_object || (unowned && countryless_agent(r, t, object));
    int place = 0; /* the place phrase set aside for an institution ("a hospital in Gaza") */
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *cwd = ud_tree_word(t, c);
        if (dropped_from_clause(t, cw, c)) {
            if (ud_rel_is(cwd, "ccomp") && !ud_tree_oblique(t, p, "with"))
                add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
            continue;
        }
        const char *prep = places_aside && ud_rel_is(cwd, "obl") ? ud_tree_case_of(t, c) : NULL;
        if (prep && tree_word_in_list(prep, LOCATIVE)) {
            if (people_object) /* (an institution's place may be where it is sent) */
                set_place(r, t, c);
            if (!place)
                place = c;
            continue;
        }
        /* "During his visit to Beijing, the president signed ...", "In Beijing, the
           president signed ...": a time or place phrase before the subject frames the
           clause; it holds none of its arguments */
        if (frame_before_subject(t, c, subj, inherited))
            continue;

        if (ud_rel_is(cwd, "nsubj") && inherited)
            continue; /* a pronoun the inherited subject stands for */
        if (dash_between(t, p, c))
            continue; /* "... to Russia - military expert Musienko": a byline, not an argument */
        take_subtree(t, cw, c);
    }
    if (shared)
        take_subtree(t, cw, shared);
    take_charge_with(t, cw, p);
    drop_inner_recipients(t, cw, p, object);
    name_over_description(r, t, cw);
    drop_qualifying_names(r, t, cw, object);
    drop_information_topics(t, cw);
    take_members(r, t, cw);
    if (object && cw->take[object])
        take_author(r, t, cw, object);
    drop_group_places(r, t, cw, object);
    for (int c = t->first_child[p]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "obl"))
            drop_group_places(r, t, cw, c);
    drop_verb_places(r, t, cw, p);
    drop_earlier_acts(t, cw, p);
    drop_blocked_content(r, t, cw, p);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    int agent = ud_tree_child(t, p, "obl:agent", 0);
    if (!agent)
        agent = ud_tree_oblique(t, p, "by"); /* the parser may label it plain obl */
    if (!agent)
        agent = giver_from(t, p);
    if (agent && subj && !inherited && ud_rel_is(ud_tree_word(t, subj), "nsubj:pass")) {
        code_passive(r, t, cw, p, subj, agent);
        return;
    }
    /* "the police killed by US troops", "civilians wounded by the shelling": a past
       participle on a noun, with its agent, is a passive whose patient is the noun */
    if (agent && pw->xpos && strcmp(pw->xpos, "VBN") == 0 && pw->head > 0) {
        int patient = ud_rel_is(pw, "acl") && (!subj || subj == pw->head) ? pw->head
                      : ud_rel_is(pw, "xcomp") && subj && inherited  ? subj
                                                                      : 0;
        if (patient) {
            code_passive(r, t, cw, p, patient, agent);
            return;
        }
    }
    const char *implied;
    if (!agent && subj && !inherited && ud_rel_is(ud_tree_word(t, subj), "nsubj:pass") &&
        (implied = implied_agent(t, p)) != NULL) {
        code_implied_agent(r, t, cw, p, subj, implied);
        return;
    }
    if (subj && !inherited)
        take_subject(t, cw, subj);
    /* "North Korea's shelling of the island killed four South Koreans": an attack that
       its owner or "by" agent made is that actor's act on whoever the verb names */
    int attacker = subj && !inherited ? act_owner(r, t, subj) : 0;
    if (attacker)
        take_owner_only(t, cw, subj, attacker);
    /* the words of the owner a possessive pronoun stands for take its place, before the
       subject's noun ("the Israeli military forces arrested") */
    /* (not a passive subject's owner: "Oxfam said its staff were attacked in Darfur" would
       read "Oxfam ... were attacked in Darfur", the victims' owner the attacker) */
    int pron = 0, owner = subj && !inherited && !ud_rel_is(ud_tree_word(t, subj), "nsubj:pass")
                              ? possessive_antecedent(t, subj, &pron)
                              : 0;
    if (owner) {
        take_subtree(t, cw, owner);
        cw->take[pron] = 0;
    }
    for (int i = 1; i <= n; i++) /* (the subject's and the arguments' coordinations) */
        if (cw->take[i] && i != p && (ud_tree_word(t, i)->upos == UPOS_NOUN ||
                                      ud_tree_word(t, i)->upos == UPOS_PROPN))
            drop_nameless_conjuncts(r, t, cw, i);
    uint32_t verb_from = 0, verb_to = 0;
    own_side_argument(r, t, cw, p);
    emit_predicate_clause(r, t, cw, p, inherited ? subj : 0, &ct, &verb_from, &verb_to);
    r->said_owner = r->said_speaker = 0;
    r->subject = (span){0, 0};
    span own = {0, 0}; /* the subject's own words (its clauses pruned), as a byte range */
    if (subj) {
        uint8_t *sub = arena_calloc(r->a, (size_t)n + 1, 1);
        clause_words sw = {sub, cw->stack, cw->pruned};
        take_subject(t, &sw, subj);
        int first = 0, last = 0, ofirst = 0, olast = 0;
        for (int i = 1; i <= n; i++) {
            if (!sub[i])
                continue;
            if (!ofirst)
                ofirst = i;
            olast = i;
            if (!ud_tree_dominates(t, p, i)) {
                if (!first)
                    first = i;
                last = i;
            }
        }
        /* an inherited subject's words: an event inside them alone is an artefact (of a
           long name), unless the subject holds a coordination whose members act together
           ("Russia and China met in Beijing and agreed to ...", "the ministers of Saudi
           Arabia and Iran, who met in Beijing") */
        bool coordination = false;
        for (int i = first; first && i <= last && !coordination; i++)
            coordination = sub[i] && ud_rel_is(ud_tree_word(t, i), "conj") &&
                           !ud_tree_dominates(t, p, i);
        if (first && !coordination)
            r->subject = (span){ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
        if (ofirst)
            own = (span){ud_tree_word(t, ofirst)->start, ud_tree_word(t, olast)->end};
    }
    /* (after its verb: a clause before it, "Zambia extradited X, an official said", is
       often the parse's misreading of a main clause) */
    if (subj && !inherited && ud_rel_is(pw, "ccomp") && pw->head > 0 && pw->head < p) {
        int first, last;
        ud_tree_span(t, p, &first, &last);
        /* (a pronoun in it may stand for an actor outside: "Kenya announced that Somalia
           had expelled its ambassador") */
        bool pronoun = false;
        for (int i = first; i <= last && !pronoun; i++)
            pronoun = ud_tree_word(t, i)->upos == UPOS_PRON;
        if (!pronoun)
            push_span(r->a, &r->content, &r->ncontent, &r->capcontent,
                      ud_tree_word(t, first)->start, ud_tree_word(t, last)->end);
    }
    bool passive = subj && !inherited && ud_rel_is(ud_tree_word(t, subj), "nsubj:pass");
    /* "a Salvadoran man who was deported to El Salvador": the antecedent of a passive
       relative clause suffers its act too */
    int rel = inherited ? ud_tree_child(t, p, "nsubj:pass", 0) : 0;
    bool relative_passive = rel && is_relative_pronoun(ud_tree_word(t, rel)) &&
                            !ud_tree_child(t, p, "obl:agent", 0) && !ud_tree_oblique(t, p, "by");
    if (relative_passive)
        r->patient = own;
    if (subj && !inherited && !passive && own.end > own.start) {
        int cfirst, clast; /* (the clause, its subject included) */
        ud_tree_span(t, p, &cfirst, &clast);
        uint32_t cstart = ud_tree_word(t, cfirst)->start < own.start ? ud_tree_word(t, cfirst)->start
                                                                   : own.start;
        uint32_t cend = ud_tree_word(t, clast)->end > own.end ? ud_tree_word(t, clast)->end : own.end;
        push_span(r->a, &r->verb_subjects, &r->nverb_subjects, &r->capverb_subjects, pw->start,
                  pw->end);
        push_span(r->a, &r->verb_subjects, &r->nverb_subjects, &r->capverb_subjects, own.start,
                  own.end);
        push_span(r->a, &r->verb_subjects, &r->nverb_subjects, &r->capverb_subjects, cstart, cend);
    }
    if (passive && !posture_passive(t, p)) {
        r->patient = own; /* "the team had been denied visas": not the denier */
        if (!tree_stative_passive(pw))
            remember_passive(r, t, p, own);
    }
    /* "When Bush proposed the missile defense systems in Eastern Europe": a subject the
     * lexicon knows nothing of is someone no event can name; the clause's and the whole
     * sentence's readings would take another actor ("Europe") for it */
    if (subj && !passive &&
        (unknown_subject(r, t, subj) || impersonal_cause(t, subj) || stated_aim(t, subj, p))) {
        strbuf_free(&ct.text);
        add_covered(r, pw->start, pw->end);
        r->subject = (span){0, 0};
        return;
    }
    size_t before = r->nev;
    if (subj && !passive)
        code_protest_against(r, t, cw, p, subj);
    if (subj && !passive && r->nev == before)
        code_election_object(r, t, cw, p, subj, inherited);
    /* "Police released Mwangi": a subject without a country would leave the clause to
     * find its source elsewhere; it is coded with its state straight away */
    if (r->nev > before) {
        strbuf_free(&ct.text);
    } else if (!(subj && !inherited && !owner && countryless_agent(r, t, subj))) {
        r->venue = 0;
        code_clause(r, t, p, &ct, verb_from, verb_to);
        if (r->nev == before && r->venue) {
            /* "Japan and Korea may meet in Tokyo": the clause again without its venue */
            leave_out(t, cw, r->venue);
            clause_text again = {{0}, NULL, 0, 0, 0};
            emit_predicate_clause(r, t, cw, p, inherited ? subj : 0, &again, &verb_from,
                                  &verb_to);
            code_clause(r, t, p, &again, verb_from, verb_to);
        }
    } else {
        strbuf_free(&ct.text);
    }
    /* "a decision to suspend the platform X across the country": a pattern whose target
       follows the verb ("- * +") takes it from the verb's object, not from a phrase after
       it */
    int obj = ud_tree_child(t, p, "obj", 0), iobj = ud_tree_child(t, p, "iobj", 0);
    /* (the name a relative clause gives its antecedent is no object: "a move Seoul called
       a provocation" has the move's author for its target) */
    if (obj && naming_verb(pw) && relative_object(t, p))
        obj = 0;
    if (r->nev > before && (obj || iobj)) {
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++) {
            const event *e = &r->ev[k];
            int at = e->object_target && e->target.where.end > e->target.where.start
                         ? node_at(t, e->target.where.start) : 0;
            if (!at || (obj && ud_tree_dominates(t, obj, at) && !in_place_phrase(t, obj, at)) ||
                (iobj && ud_tree_dominates(t, iobj, at)))
                r->ev[kept++] = r->ev[k];
        }
        r->nev = kept;
    }
    drop_own_orders(r, t, p, before);
    drop_crossed_pairs(r, t, p, subj, object, before);
    /* "Russia expelled diplomats": the diplomats a state expels are another state's,
       not its own (the lexicon gives an agent alone its source's country) */
    if (r->nev > before && object && lemma_in(pw, (const char *const[]){"expel", "expell", NULL}) &&
        lemma_in(ud_tree_word(t, object), ENVOYS) &&
        !ud_tree_child(t, object, "amod", 0) && !ud_tree_child(t, object, "compound", 0) &&
        !ud_tree_child(t, object, "nmod:poss", 0) && !ud_tree_child(t, object, "nmod", 0)) {
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++)
            if (!(r->ev[k].source.code && r->ev[k].target.code &&
                  strncmp(r->ev[k].source.code, r->ev[k].target.code, 3) == 0))
                r->ev[kept++] = r->ev[k];
        if (kept < r->nev)
            add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
        r->nev = kept;
    }
    /* "The coalition launched air strikes on Houthi positions": a subject that names no
       one leaves the clause no source; the lexicon, reading on, would take one from
       after the verb (the target) */
    if (r->nev > before && subj && !inherited && !passive && subj < p && !owner &&
        ud_tree_word(t, subj)->upos == UPOS_NOUN && !names_someone(r, t, subj)) {
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++)
            if (r->ev[k].source.where.start < pw->start)
                r->ev[kept++] = r->ev[k];
        r->nev = kept;
        if (r->nev == before)
            add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
    }
    if (subj && !inherited && !passive && !owner && names_someone(r, t, subj))
        drop_object_sources(r, t, p, subj, object, before);
    /* "agreed to provide aid for Romania and Poland": two members of one coordination after
       the verb act on each other only where a "between" joins them; the lexicon, finding
       no source before the verb, would make them act on each other */
    if (r->nev > before && !passive) {
        uint8_t *drop = arena_calloc(r->a, r->nev - before, 1);
        for (size_t k = before; k < r->nev; k++) {
            const event *e = &r->ev[k];
            int a = e->source.where.start >= pw->end ? node_at(t, e->source.where.start) : 0;
            int b = a ? node_at(t, e->target.where.start) : 0;
            bool joined = a && b && ((ud_tree_word(t, b)->head == a && ud_rel_is(ud_tree_word(t, b), "conj")) ||
                                     (ud_tree_word(t, a)->head == b && ud_rel_is(ud_tree_word(t, a), "conj")));
            int first = joined ? (a < b ? a : b) : 0;
            const char *prep = first ? ud_tree_case_of(t, first) : NULL;
            bool mirrored = false; /* (the pair made to act on each other) */
            for (size_t m = before; joined && m < r->nev && !mirrored; m++)
                mirrored = r->ev[m].source.where.start == e->target.where.start &&
                           r->ev[m].target.where.start == e->source.where.start;
            drop[k - before] = joined && mirrored && !(prep && strcmp(prep, "between") == 0);
        }
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++)
            if (!drop[k - before])
                r->ev[kept++] = r->ev[k];
        r->nev = kept;
    }
    /* "Tony Abbott accused the government of attacking the most successful industry in
       the country": an object without a country that no event took as its target, while
       the lexicon found one further on, is the target once it has its state */
    /* (the army or police an opposition, a party or an armed group names are the
       state's, not its own forces: "The LTTE accused the army of shelling civilians") */
    if (r->nev > before && object && countryless_agent(r, t, object) &&
        shallow_type(r, ud_tree_word(t, object)->start) == W_AGENT &&
        (!own_forces(r, t, object) || (subj && names_party_without_forces(r, t, subj)))) {
        int first, last;
        ud_tree_span(t, object, &first, &last);
        /* (up to the object's head: what comes after it is its clause or its phrases) */
        uint32_t from = ud_tree_word(t, first)->start, to = ud_tree_word(t, object)->end;
        bool taken = false;
        for (size_t k = before; k < r->nev && !taken; k++)
            taken = r->ev[k].target.where.start >= from && r->ev[k].target.where.start < to;
        if (!taken)
            r->nev = before;
    }
    int also = r->nev > before ? untaken_conjunct(r, t, p, before) : 0;
    if (r->nev == before) {
        code_with_country(r, t, p, subj, inherited);
        drop_own_orders(r, t, p, before);
    } else if (also) {
        /* "The UN urged the Sri Lankan government and the rebels": the conjunct without a
           country the clause left out is coded with its state, for its own events */
        size_t had = r->nev, kept = had;
        int first, last;
        ud_tree_span(t, also, &first, &last);
        span words = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
        code_with_country(r, t, p, subj, inherited);
        for (size_t k = had; k < r->nev; k++)
            if (span_within(r->ev[k].target.where, words))
                r->ev[kept++] = r->ev[k];
        r->nev = kept;
    }
    object_at_place(r, t, before, object, place);
    lay_finding_accuses(r, t, p, subj, before);
    if (r->nev == before && subj && !inherited && !passive)
        code_speaker_criticism(r, t, cw, p, subj);
    if (r->nev == before && subj && !passive)
        code_protest_at_home(r, t, cw, p, subj);
    if (r->nev == before && subj && !passive)
        code_restriction_at_home(r, t, cw, p, subj);
    protest_in_own_state(r, t, p, before);
    /* "Nevertheless he agreed, but there was a quid pro quo, namely that NATO ...": a verb
       with no argument besides its subject has no target the whole sentence's reading may
       find in the clauses after it */
    if (r->nev == before && subj && !has_argument(t, p))
        add_covered(r, pw->start, pw->end);
    /* "Police arrested a member of the Taliban", when no state can be given to the
       police: the subject is the source, and the sentence's reading must not take the
       actor its object names for one */
    /* (so is an oblique's: "Protesters rallied against Israeli troops after they killed a
       Palestinian teenager" names two states, so no state for the protesters, and the
       sentence's reading took the troops for the protesters) */
    int named_argument = object;
    for (int c = t->first_child[p]; c && !named_argument; c = t->next_sibling[c])
        if (c > p && ud_rel_is(ud_tree_word(t, c), "obl") && !ud_rel_is(ud_tree_word(t, c), "obl:tmod") &&
            ud_tree_case_of(t, c) && !place_phrase(t, c))
            named_argument = c;
    if (r->nev == before && subj && !inherited && !passive && subj < p && named_argument &&
        countryless_agent(r, t, subj) && names_actor(r, t, named_argument))
        add_covered(r, pw->start, pw->end);
    /* "Russia urged Qanooni to attack Ukraine": an appeal's addressee is its object; one
       the dictionaries do not know leaves the appeal no target (the act asked for names
       someone else) */
    if (object && lemma_in(pw, ASKING) && ud_tree_word(t, object)->upos == UPOS_PROPN &&
        shallow_type(r, ud_tree_word(t, object)->start) == W_NULL && !names_actor(r, t, object)) {
        int first, last;
        ud_tree_span(t, object, &first, &last);
        span addressee = {ud_tree_word(t, first)->start, ud_tree_word(t, last)->end};
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++)
            if (strncmp(r->ev[k].code, "02", 2) != 0 ||
                span_within(r->ev[k].target.where, addressee))
                r->ev[kept++] = r->ev[k];
        if (kept == before)
            add_covered(r, pw->start, pw->end); /* (nor the sentence's reading) */
        r->nev = kept;
    }
    /* "a revised military law that allows soldiers to hold civilian posts": a law, a bill
       or a decree does nothing by itself; the role words that qualify it ("military") are
       no source of what its relative clause says it does (a state's name is: "a US law
       that imposes sanctions") */
    if (r->nev > before && subj && inherited && subj < p && pw->deprel &&
        strcmp(pw->deprel, "acl:relcl") == 0 && ud_tree_word(t, subj)->lemma &&
        tree_word_in_list(ud_tree_word(t, subj)->lemma, MEASURES)) {
        int first, last;
        ud_tree_span(t, subj, &first, &last);
        span qualifiers = {ud_tree_word(t, first)->start, ud_tree_word(t, subj)->end};
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++)
            if (!span_within(r->ev[k].source.where, qualifiers) ||
                shallow_type(r, r->ev[k].source.where.start) != W_AGENT)
                r->ev[kept++] = r->ev[k];
        r->nev = kept;
    }
    /* "A group that attacked the US embassy in Beirut was banned": the antecedent, a noun
       no dictionary reads, is the active clause's subject; the lexicon's reading of the
       clause must not take its source from after the verb (it took the embassy's state).
       An antecedent that is an agent without a country ("the company that supplied
       drones to Russia") lends the whole sentence's reading no source either. */
    bool relative = subj && inherited && subj < p && pw->deprel &&
                    strcmp(pw->deprel, "acl:relcl") == 0 && !ud_tree_child(t, p, "aux:pass", 0) &&
                    !ud_tree_child(t, p, "nsubj:pass", 0) && ud_tree_word(t, subj)->upos == UPOS_NOUN &&
                    !qualified_noun(r, t, subj);
    int subj_type = subj ? shallow_type(r, ud_tree_word(t, subj)->start) : W_NULL;
    if (relative && subj_type == W_NULL) {
        size_t kept = before;
        for (size_t k = before; k < r->nev; k++)
            if (r->ev[k].source.where.start < pw->start)
                r->ev[kept++] = r->ev[k];
        r->nev = kept;
    }
    if (relative && (subj_type == W_NULL || subj_type == W_AGENT) && r->nev == before)
        add_covered(r, pw->start, pw->end);
    r->subject = (span){0, 0};
    r->patient = (span){0, 0};
}

/* "pledged a new era of partnership at talks in the Kremlin", "said during a visit to
 * Kyiv", "spoke on the sidelines of a summit": a meeting or a visit named as the
 * circumstance of a clause is an act of its own, by the clause's subject. Returns the verb
 * whose circumstance the noun is, or 0. */
static int circumstance_host(const ud_tree *t, int noun)
{
    const ud_word *w = ud_tree_word(t, noun);
    if (w->upos != UPOS_NOUN || !w->lemma ||
        !tree_word_in_list(w->lemma, "visit trip meeting summit talk negotiation"))
        return 0;
    int at = noun;
    const char *prep = ud_tree_case_of(t, noun);
    if (prep && strcmp(prep, "of") == 0 && ud_rel_is(w, "nmod") && w->head > 0) {
        const ud_word *hw = ud_tree_word(t, w->head);
        if (hw->lemma && (strcmp(hw->lemma, "sideline") == 0 || strcmp(hw->lemma, "sidelines") == 0)) {
            at = w->head;
            prep = ud_tree_case_of(t, at);
        }
    }
    const ud_word *aw = ud_tree_word(t, at);
    /* (the parse may hang "at talks" on the object's noun: "pledged a new era of
       partnership at talks") */
    for (int steps = 0; steps < 3 && ud_rel_is(aw, "nmod") && prep &&
                        tree_word_in_list(prep, "at during") && aw->head > 0;
         steps++) {
        const ud_word *hw = ud_tree_word(t, aw->head);
        if (hw->upos != UPOS_NOUN || !(ud_rel_is(hw, "obj") || ud_rel_is(hw, "nmod")))
            break;
        if (ud_rel_is(hw, "obj")) {
            aw = hw; /* the object's verb takes the circumstance */
            break;
        }
        aw = hw;
    }
    if (!(ud_rel_is(aw, "obl") || (aw != ud_tree_word(t, at) && ud_rel_is(aw, "obj"))) ||
        aw->head <= 0 || ud_tree_word(t, aw->head)->upos != UPOS_VERB ||
        !prep || !tree_word_in_list(prep, "at during on after following"))
        return 0;
    /* ("on a visit to Kyiv", but "slammed the door on talks") */
    if (strcmp(prep, "on") == 0 && !tree_word_in_list(w->lemma, "visit trip"))
        return 0;
    /* (someone to meet or somewhere to visit besides the subject: "Blinken said at a
       meeting in Brussels" names no one else) */
    int host = aw->head;
    bool inherited;
    int subj = subject_of(t, host, &inherited);
    bool others = (subj && ud_tree_child(t, subj, "conj", 0)) || ud_tree_oblique(t, noun, "with") ||
                  ud_tree_oblique(t, noun, "between") || ud_tree_oblique(t, noun, "to") ||
                  ud_tree_oblique(t, host, "with");
    return others ? host : 0;
}

/* "NASA tweeted support of Ahmed Mohamed", "Russia launched an attack on Kharkiv": an event
 * noun without an actor of its own, the object of a verb that performs or voices it, is
 * that verb's subject's act. Verbs that only perceive, report or judge an event ("saw",
 * "condemned the attack") are not among them. A meeting or a visit that is a
 * clause's circumstance is that clause's subject's (circumstance_host). Returns the
 * subject, or 0. */
static int performer(const ud_tree *t, int noun)
{
    bool inherited;
    /* an adjective predicate's act is its subject's ("China is critical of Japan") */
    if (ud_tree_word(t, noun)->upos == UPOS_ADJ)
        return ud_tree_child(t, noun, "cop", 0) ? subject_of(t, noun, &inherited) : 0;
    const ud_word *w = ud_tree_word(t, noun);
    /* "Russia was exploring options for cooperation with the DPRK": the act a prospect
       names is of whoever weighs the prospect */
    if (prospect_act(t, noun)) {
        const ud_word *prospect = ud_tree_word(t, w->head);
        if (!ud_rel_is(prospect, "obj") || prospect->head <= 0 ||
            ud_tree_word(t, prospect->head)->upos != UPOS_VERB)
            return 0;
        return subject_of(t, prospect->head, &inherited);
    }
    int host = circumstance_host(t, noun);
    if (host)
        return subject_of(t, host, &inherited);
    if (!ud_rel_is(w, "obj") || w->head <= 0 || !tree_performs_event(ud_tree_word(t, w->head)))
        return 0;
    return subject_of(t, w->head, &inherited);
}

/* "The Thai navy reported the interception of a boat", "Kenyan police confirmed the arrest
 * of five men": an act of force or of law enforcement without an agent of its own that an
 * army, a navy, a police force or an intelligence service reports, confirms or claims is
 * that force's own; what a government, a newspaper or a rights group reports was done by
 * others, so only such forces are read so. Returns the reporting force, or 0. */
static int reporting_force(const tree_run *r, const ud_tree *t, int noun)
{
    static const char *const reporting[] = {"report", "confirm", "claim", NULL};
    static const char *const acts[] = {"arrest",       "detention",    "capture", "seizure",
                                       "killing",      "interception", "confiscation",
                                       "destruction",  NULL};
    static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
    const ud_word *w = ud_tree_word(t, noun);
    if (!lemma_in(w, acts) || !ud_rel_is(w, "obj") || w->head <= 0 ||
        !lemma_in(ud_tree_word(t, w->head), reporting))
        return 0;
    /* (and only on someone its "of" phrase names: "the interception of a boat after a
       chase off the Thai port" has no patient, the port being where it happened) */
    int patient = ud_tree_oblique(t, noun, "of");
    if (!patient || !names_someone(r, t, patient))
        return 0;
    bool inherited;
    int subj = subject_of(t, w->head, &inherited);
    if (!subj || inherited)
        return 0;
    int first, last;
    ud_tree_span(t, subj, &first, &last);
    /* (the force's role: an actor's code after its state, or an agent's "~MIL") */
    for (int i = first; i <= last; i++) {
        uint32_t at = ud_tree_word(t, i)->start;
        const pword *pw = shallow_word_at(r, at);
        const char *c = pw && pw->code ? pw->code->code : NULL;
        const char *role = c && strlen(c) >= 6 ? c + 3 : agent_role_at(r, at);
        if (role && role[0] == '~')
            role++;
        for (size_t k = 0; role && forces[k]; k++)
            if (strncmp(role, forces[k], 3) == 0)
                return subj;
    }
    return 0;
}

/* "The arrest of opposition leader Imran Khan sparked protests", "condemned the detention
 * of two journalists in Tehran": an act noun that names its patient but no agent, of a
 * verb whose agent is implied (police arrest and detain, courts jail), is that agent's of
 * the state the sentence names, as a passive without "by" is (code_implied_agent). */
static void code_implied_noun_agent(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                    const event_noun *en)
{
    static const struct {
        const char *noun, *verb;
    } ACTS[] = {{"arrest", "arrest"},
                {"detention", "detain"},
                {"imprisonment", "imprison"},
                {"deportation", "deport"},
                {NULL, NULL}};
    const ud_word *nw = ud_tree_word(t, p);
    const char *verb = NULL, *needs = NULL;
    for (int k = 0; nw->lemma && ACTS[k].noun && !verb; k++)
        if (strcmp(nw->lemma, ACTS[k].noun) == 0)
            verb = ACTS[k].verb;
    const char *agent = verb ? tree_implied_agent(verb, &needs) : NULL;
    if (!agent || needs)
        return;
    int owner = ud_tree_child(t, p, "nmod:poss", 0);
    int patient = owner && owner_is_patient(t, p) ? owner : ud_tree_oblique(t, p, "of");
    if (!patient || !names_someone(r, t, patient))
        return;
    const char *words;
    size_t len;
    span at;
    /* Whose police is implied: the state named as the place ("in Tehran"), else, for a
       patient of its own politics (an opposition leader, a party, a lawmaker, a judge),
       that patient's state; "the arrest of Iranian diplomats" says nothing of where */
    if (!located_state(r)) {
        int first, last;
        ud_tree_span(t, patient, &first, &last);
        bool domestic = false;
        for (int i = first; i <= last && !domestic; i++) {
            const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
            const char *c = pw && pw->read_type == W_ACTOR && pw->code ? pw->code->code : NULL;
            domestic = c && strlen(c) >= 6 && cameo_actor_is_state((char[4]){c[0], c[1], c[2], 0}) &&
                       (strstr(c + 3, "OPP") || strstr(c + 3, "PTY") || strstr(c + 3, "LEG") ||
                        strstr(c + 3, "JUD"));
        }
        if (!domestic)
            return;
    }
    if (!state_where(r, (span){nw->start, nw->end}, true, &words, &len, &at))
        return;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    put_state(&ct, r->a, words, len, (span){nw->start, nw->end});
    put_text(&ct, agent);
    uint32_t verb_from, verb_to;
    const char *said = tree_event_noun_verb(t, p, en);
    put_verb(r, &ct, said, strlen(said), nw, &verb_from, &verb_to);
    add_argument(r, &ct, t, cw, patient, 1, NULL);
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    for (size_t k = before; k < r->nev; k++)
        r->ev[k].implied_source = 1;
}

/* One of a pair of coordinated adjectives with the noun they share and the nouns
 * compounded before it ("Afghan border guards"). */
static void emit_pair_member(tree_run *r, clause_text *ct, const ud_tree *t, int adjective,
                             int shared)
{
    emit(ct, t, r->text, adjective, r->a);
    for (int c = t->first_child[shared]; c; c = t->next_sibling[c])
        if (c > adjective && c < shared && ud_rel_is(ud_tree_word(t, c), "compound") &&
            ud_tree_word(t, c)->upos == UPOS_NOUN)
            emit(ct, t, r->text, c, r->a);
    emit(ct, t, r->text, shared, r->a);
}

/* The other members of an event noun's "between" pair than the one at `dir`, as its
 * arguments; a member of a pair of adjectives is said with the noun they share. */
static void add_pair_others(tree_run *r, clause_text *ct, const ud_tree *t, clause_words *cw,
                            const int *pair, int npair, int dir, int shared,
                            const state_name *state)
{
    for (int k = 0; k < npair; k++) {
        if (k == dir)
            continue;
        if (shared) {
            emit_pair_member(r, ct, t, pair[k], shared);
        } else {
            add_argument(r, ct, t, cw, pair[k], 1, state);
        }
    }
}

/* The "between" phrase of an event noun, or of the "of" phrase it handles, where the parse
 * hangs it there ("an exchange of fire between India and Pakistan"), or 0. */
static int noun_between(const ud_tree *t, int p)
{
    int between = ud_tree_oblique(t, p, "between");
    int of = between ? 0 : ud_tree_oblique(t, p, "of");
    return between ? between : of ? ud_tree_oblique(t, of, "between") : 0;
}

/* "Hezbollah fired rockets at Israel, prompting Israeli air strikes on southern Lebanon":
 * an act a verb of causing brings about (prompt, trigger, spark, provoke) is another's act,
 * an event of its own, not part of the act that caused it. */
static bool caused_act(const ud_tree *t, int noun)
{
    static const char *const causing[] = {"prompt", "trigger", "spark", "provoke", "draw",
                                          "cause", "unleash", NULL};
    const ud_word *nw = ud_tree_word(t, noun);
    /* (a reaction "from" someone is that someone's, code_reaction_to_move) */
    return ud_rel_is(nw, "obj") && nw->head > 0 && lemma_in(ud_tree_word(t, nw->head), causing) &&
           !ud_tree_oblique(t, noun, "from") && !ud_tree_oblique(t, noun, "by");
}

/* Codes an event noun with its own actor: the clause is built from the noun's arguments
 * and the verb the noun stands for. */
static void code_event_noun_as(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                               const event_noun *en, int dir, const state_name *state)
{
    int owner = ud_tree_child(t, p, "nmod:poss", 0);
    int patient = owner && owner_is_patient(t, p) ? owner : 0;
    int agent = patient ? 0 : owner;
    if (!agent)
        agent = ud_tree_oblique(t, p, "by");
    /* "the expulsion of Afghan refugees by Pakistan": the parse may hang the noun's agent
       on its patient */
    int inner = 0;
    if (!agent && !en->of_is_agent && ud_tree_oblique(t, p, "of"))
        inner = agent = ud_tree_oblique(t, ud_tree_oblique(t, p, "of"), "by");
    /* (or on its "on" or "against" phrase: "attacks on Kerry's record by the veterans") */
    int aimed = !agent && !en->of_is_agent ? ud_tree_oblique(t, p, "on") : 0;
    if (!agent && !en->of_is_agent && !aimed)
        aimed = ud_tree_oblique(t, p, "against");
    if (aimed && ud_tree_oblique(t, aimed, "by"))
        inner = agent = ud_tree_oblique(t, aimed, "by");
    if (!agent && en->of_is_agent)
        agent = ud_tree_oblique(t, p, "of");
    int between = noun_between(t, p);
    /* (the pair of an "of" phrase's "between" is no part of what the act handles, and
       follows it: "exchanged prisoners with Ukraine") */
    bool of_between = between && !inner && !ud_tree_oblique(t, p, "between");
    if (of_between)
        inner = between;
    /* "Ukraine mourned after the Russian attack on Kyiv": a state's adjective owns an
       armed act named as a clause's time (elsewhere the act is the adjective's only as
       the verb's subject, act_owner) */
    if (!agent && !patient && !between && (earlier_act(t, p) || caused_act(t, p)))
        agent = act_owner(r, t, p);
    int pair[8];
    int npair = 0;
    int shared = 0; /* the noun a pair of coordinated adjectives shares ("between Thai and
                       Cambodian soldiers"): each side is its adjective with that noun */
    if (!agent && between) {
        npair = ud_tree_conjuncts(t, between, pair, 8);
        for (int c = t->first_child[between]; c && npair < 2; c = t->next_sibling[c]) {
            const ud_word *a = ud_tree_word(t, c);
            if (c < between && (ud_rel_is(a, "amod") || ud_rel_is(a, "compound")) &&
                (npair = ud_tree_conjuncts(t, c, pair, 8)) >= 2)
                shared = between;
        }
        if (npair < 2 || dir >= npair)
            return;
        agent = shared ? shared : pair[dir];
    }
    bool performed = false; /* the agent is the subject of the verb that performs it */
    if (!agent && !caused_act(t, p)) /* (what a verb of causing brings about is not its
                                        subject's act) */
        performed = (agent = performer(t, p)) != 0 || (agent = reporting_force(r, t, p)) != 0;
    if (!agent && dir == 0 && !state) {
        code_implied_noun_agent(r, t, cw, p, en);
        return;
    }
    if (!agent)
        return;
    /* ("the coalition launched air strikes on Houthi positions": a performer that names
       no one leaves the act no author, whom the lexicon would take from its target) */
    if (performed && ud_tree_word(t, agent)->upos == UPOS_NOUN && !names_someone(r, t, agent) &&
        !countryless_agent(r, t, agent))
        return;
    const ud_word *nw = ud_tree_word(t, p);
    clause_text ct = {{0}, NULL, 0, 0, 0};
    /* the agent alone (without its conjuncts for a "between" pair) */
    if (shared) {
        emit_pair_member(r, &ct, t, pair[dir], shared);
    } else if (npair >= 2) {
        int n = (int)t->s->n;
        memset(cw->take, 0, (size_t)n + 1);
        cw->take[0] = 0;
        uint8_t *take = cw->take;
        take_subtree(t, cw, agent);
        for (int k = 0; k < npair; k++) {
            if (k == dir)
                continue;
            int f, l;
            ud_tree_span(t, pair[k], &f, &l);
            for (int i = f; i <= l; i++)
                take[i] = 0;
        }
        for (int i = 1; i <= n; i++)
            if (take[i] && !(ud_rel_is(ud_tree_word(t, i), "case") && ud_tree_word(t, i)->head == agent) &&
                !(ud_rel_is(ud_tree_word(t, i), "cc")))
                emit(&ct, t, r->text, i, r->a);
    } else {
        add_argument_as(r, &ct, t, cw, agent, 1, state, performed);
    }
    r->argument_without = inner;
    /* "Iran criticized the seizure of its tanker by Britain": a possessive pronoun in the
       patient of an act whose agent a "by" phrase names stands for the earlier subject,
       not for that agent */
    int saved_owner = r->said_owner, saved_speaker = r->said_speaker;
    int of = ud_tree_oblique(t, p, "by") ? ud_tree_oblique(t, p, "of") : 0;
    int pron = 0, meant = of ? possessive_antecedent(t, of, &pron) : 0;
    if (meant && meant != agent) {
        r->said_owner = pron;
        r->said_speaker = meant;
    }
    /* the verb, mapped to the noun's span */
    if (ct.text.len)
        strbuf_putc(&ct.text, ' ');
    uint32_t verb_from = (uint32_t)ct.text.len;
    strbuf_puts(&ct.text, tree_event_noun_verb(t, p, en));
    uint32_t verb_to = (uint32_t)ct.text.len;
    *add_mapping(&ct, r->a) = (syn_word_map){verb_from, verb_to, nw->start, nw->end};
    ct.last = 0;
    /* "Iran's drone deliveries to Russia": a common noun compounded before the event noun
       is what the act handles, its object ("deliver drones"); a name there is an actor
       ("Russia sanctions"), left to the other readings */
    for (int c = t->first_child[p]; c && c < p; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "compound") && ud_tree_word(t, c)->upos == UPOS_NOUN)
            emit(&ct, t, r->text, c, r->a);
    if (npair >= 2 && !of_between)
        add_pair_others(r, &ct, t, cw, pair, npair, dir, shared, state);
    if (patient)
        add_argument(r, &ct, t, cw, patient, 1, state);
    /* (and the one the clause is "with" meets at its meeting: "raised the issue with his
       Chinese counterpart at a meeting in Moscow") */
    int circumstance = performed ? circumstance_host(t, p) : 0;
    int met_with = circumstance && !ud_tree_oblique(t, p, "with") && !ud_tree_oblique(t, p, "between")
                       ? ud_tree_oblique(t, circumstance, "with") : 0;
    if (met_with && tree_event_noun_takes(nw, "with")) {
        put_text(&ct, "with");
        add_argument(r, &ct, t, cw, met_with, 1, state);
    }
    for (int c = t->first_child[p]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        bool argument = ud_rel_is(w, "nmod") || (nw->upos == UPOS_ADJ && ud_rel_is(w, "obl"));
        /* ("Egypt's mediation between Israel and Hamas": with an agent of its own, the
           "between" phrase names the parties the act is done to) */
        if (c == agent || (c == between && npair >= 2) || !argument ||
            ud_rel_is(w, "nmod:poss"))
            continue;
        const char *prep = ud_tree_case_of(t, c);
        if (!prep)
            continue;
        bool as_object = tree_word_in_list(prep, en->object_preps) ||
                         (strcmp(prep, "of") == 0 && !en->of_is_agent);
        if (!as_object) {
            put_text(&ct, prep);
        }
        add_argument(r, &ct, t, cw, c, 1, state);
    }
    if (npair >= 2 && of_between) {
        put_text(&ct, "with");
        add_pair_others(r, &ct, t, cw, pair, npair, dir, shared, state);
    }
    /* "announced new security cooperation with NATO": the parse may hang the noun's
       argument on the verb that performs it; a phrase after the noun whose preposition
       the noun takes is the noun's */
    int host = circumstance ? circumstance : (performed || caused_act(t, p)) ? nw->head : 0;
    for (int c = host > 0 ? t->first_child[host] : 0; c; c = t->next_sibling[c]) {
        const char *prep = c > p && ud_rel_is(ud_tree_word(t, c), "obl") ? ud_tree_case_of(t, c)
                                                                           : NULL;
        if (!prep || !tree_event_noun_takes(nw, prep) || c == met_with)
            continue;
        if (!tree_word_in_list(prep, en->object_preps))
            put_text(&ct, prep);
        add_argument(r, &ct, t, cw, c, 1, state);
    }
    r->argument_without = 0;
    r->said_owner = saved_owner;
    r->said_speaker = saved_speaker;
    code_clause(r, t, p, &ct, verb_from, verb_to);
}

/* An event noun's clause; when it codes nothing and its arguments are agents without a
 * country ("the church is critical of worshippers"), again with the state's name before
 * them, as code_with_country does for verbs. */
static void code_event_noun_dir(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                                const event_noun *en, int dir)
{
    size_t before = r->nev;
    code_event_noun_as(r, t, cw, p, en, dir, NULL);
    const ud_word *nw = ud_tree_word(t, p);
    state_name state;
    span at;
    if (r->nev == before && state_for(r, (span){nw->start, nw->end}, &state.words, &state.len, &at))
        code_event_noun_as(r, t, cw, p, en, dir, &state);
}

/* An event noun; "talks between X and Y" is coded both ways, as each side acts on the
 * other. */
static void code_event_noun(tree_run *r, const ud_tree *t, clause_words *cw, int p,
                            const event_noun *en)
{
    code_event_noun_dir(r, t, cw, p, en, 0);
    if (!ud_tree_child(t, p, "nmod:poss", 0) && !ud_tree_oblique(t, p, "by") &&
        noun_between(t, p))
        code_event_noun_dir(r, t, cw, p, en, 1);
}

/* Has a predicate above node coded an event? (Then a complement or an event noun below
 * it is part of that event.) For a complement (complement_only), only the verbs it stands
 * under through complements count ("agreed to try to send": "agreed"), not those past a
 * clause of its own that is no complement ("stormed the embassy, prompting Mexico to break
 * off relations": "prompting" is an adverbial clause, so "break off" is an act of its own,
 * not part of "stormed"). */
static bool ancestor_coded(const ud_tree *t, int node, const uint8_t *coded, bool complement_only)
{
    int n = (int)t->s->n;
    int h = ud_tree_word(t, node)->head;
    for (int steps = 0; h > 0 && steps <= n; steps++) {
        if (coded[h])
            return true;
        const ud_word *hw = ud_tree_word(t, h);
        const char *mark = complement_only ? ud_tree_case_of(t, h) : NULL;
        bool to = mark && strcmp(mark, "to") == 0;
        if (complement_only && is_predicate(hw) &&
            (ud_rel_is(hw, "conj") || ud_rel_is(hw, "parataxis") || ud_rel_is(hw, "ccomp") ||
             ud_rel_is(hw, "csubj") || ud_rel_is(hw, "acl:relcl") ||
             ((ud_rel_is(hw, "advcl") || ud_rel_is(hw, "acl")) && !to)))
            return false;
        h = hw->head;
    }
    return false;
}



/* The "by" agent an event noun names: on the noun, or where the parse hangs it, on the
 * noun's "of", "on" or "against" phrase ("the arrest of protesters by police"); 0 for
 * none. */
static int by_agent_of_act(const ud_tree *t, int noun)
{
    int by = ud_tree_oblique(t, noun, "by");
    static const char *const preps[] = {"of", "on", "against", NULL};
    for (size_t k = 0; !by && preps[k]; k++) {
        int x = ud_tree_oblique(t, noun, preps[k]);
        by = x ? ud_tree_oblique(t, x, "by") : 0;
    }
    return by;
}

/* "Iran condemned Israel's attack on Syria": an event noun whose agent is named in its own
 * phrase (a possessive that is no pronoun and suffers nothing, or a "by" agent) is an act
 * of that agent, an event beside the one of the verb it stands under, not a restatement
 * of it as in "Russia launched its attack on Ukraine". */
static bool names_own_agent(const ud_tree *t, int noun)
{
    /* (only the verb's own object or oblique: "provided evidence of Iran's deliveries"
       tells of them as the evidence does, a claim) */
    const ud_word *nw = ud_tree_word(t, noun);
    if (!(ud_rel_is(nw, "obj") || ud_rel_is(nw, "obl")) || nw->head <= 0 ||
        !is_predicate(ud_tree_word(t, nw->head)))
        return false;
    if (named_owner(t, noun) && !owner_is_patient(t, noun) && !asked_for(t, noun))
        return true;
    return ud_tree_oblique(t, noun, "by") != 0;
}

/* "Israel's assassination of Hamas's leader drew condemnation from Iran": an act its owner
 * or a "by" agent names, the subject of a verb that tells what it drew or set off, is an
 * event of its own, as sure as the reaction to it, when its patient's phrase names an
 * actor too ("Israel's raid on the hospital" leaves the hospital's state unknown). */
static bool reacted_act(const tree_run *r, const ud_tree *t, int noun)
{
    static const char *const drawing[] = {"draw", "spark", "prompt", "trigger", "provoke",
                                          "attract", "earn", NULL};
    const ud_word *nw = ud_tree_word(t, noun);
    /* (or the subject of a passive with its agent, which judges it: "Israel's strike on
       Gaza was condemned by Egypt", as "Egypt condemned Israel's strike on Gaza") */
    bool judged = ud_rel_is(nw, "nsubj:pass") && nw->head > 0 && passive_with_agent(t, nw->head);
    if (!judged &&
        (!ud_rel_is(nw, "nsubj") || nw->head <= 0 || !lemma_in(ud_tree_word(t, nw->head), drawing)))
        return false;
    if (!(named_owner(t, noun) && !owner_is_patient(t, noun)) && !ud_tree_oblique(t, noun, "by"))
        return false;
    for (int c = t->first_child[noun]; c; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "nmod") && !ud_rel_is(ud_tree_word(t, c), "nmod:poss") &&
            names_actor(r, t, c) && !countryless_agent(r, t, c))
            return true;
    return false;
}

/* The events of an event noun inside a coded predicate's clause ("would be ready to host
 * a meeting between X and Y") take that predicate's status: the meeting is as sure as the
 * hosting. */
static void share_status(tree_run *r, const ud_tree *t, int noun, const uint8_t *coded,
                         const int *first_event, size_t from)
{
    int n = (int)t->s->n, h = ud_tree_word(t, noun)->head;
    if (prospect_act(t, noun) || unrealised(t, noun))
        return; /* "offered a plan for talks between X and Y": the talks are only planned */
    for (int steps = 0; h > 0 && !coded[h] && steps <= n; steps++)
        h = ud_tree_word(t, h)->head;
    if (h <= 0 || first_event[h] < 0)
        return;
    const event *host = &r->ev[first_event[h]];
    /* ("Turkey offered to host talks between Russia and Ukraine": the offer, an
       expression of intent, is asserted; the talks it intends are still to come) */
    bool intended = strncmp(host->code, "03", 2) == 0 && host->status == STATUS_ASSERTED;
    for (size_t k = from; k < r->nev; k++) {
        r->ev[k].status = intended ? STATUS_HYPOTHETICAL : host->status;
        r->ev[k].status_cue = host->status_cue;
        r->ev[k].tree_status = intended ? 1 : host->tree_status;
    }
}

/* A meeting that is the circumstance of a clause is as sure as that clause's time: "will
 * sign a deal at a summit next week" is still to come, but the talks at which two sides
 * did not agree were held. */
static void circumstance_status(tree_run *r, const ud_tree *t, int host, size_t from)
{
    uint8_t st;
    int cue;
    /* ("agreed to resume visits at a summit": the summit was held, whichever verb the parse
       hangs it on) */
    int top = host;
    for (int steps = 0; steps < 4 && ud_rel_is(ud_tree_word(t, top), "xcomp") &&
                        ud_tree_word(t, top)->head > 0;
         steps++)
        top = ud_tree_word(t, top)->head;
    const ud_word *tw = ud_tree_word(t, top);
    bool past = top != host && tw->xpos && strcmp(tw->xpos, "VBD") == 0 &&
                !(tree_status(t, top, &st, &cue) && st == STATUS_HYPOTHETICAL);
    bool coming = !past && tree_status(t, host, &st, &cue) && st == STATUS_HYPOTHETICAL;
    const ud_word *cw = coming ? ud_tree_word(t, cue) : NULL;
    for (size_t k = from; k < r->nev; k++) {
        r->ev[k].status = coming ? STATUS_HYPOTHETICAL : STATUS_ASSERTED;
        r->ev[k].status_cue = cw ? arena_strndup(r->a, r->text + cw->start, cw->end - cw->start) : NULL;
        r->ev[k].tree_status = 1;
    }
}

/* "Germany welcomed Poland's decision to send tanks to Ukraine": the infinitive of a noun
 * whose owner is named (no pronoun) is that owner's act, not a restatement of the verb
 * above it. */
static bool owned_intent(const ud_tree *t, int p)
{
    const ud_word *pw = ud_tree_word(t, p);
    const char *mark = ud_tree_case_of(t, p);
    if (!ud_rel_is(pw, "acl") || !mark || strcmp(mark, "to") != 0 || pw->head <= 0)
        return false;
    return named_owner(t, pw->head) != 0;
}

/* "Xinhua reports that Iraqi parties may condemn Sharon's murder of Yassin": an act that
 * the verb above it takes for granted, its agent named in its own phrase, is the writer's
 * fact, neither as sure as that verb nor the claim of whoever reports it. Events from
 * `from` on are asserted unless their own words said otherwise. */
static void presuppose(tree_run *r, size_t from)
{
    for (size_t k = from; k < r->nev; k++) {
        if (!r->ev[k].tree_status) {
            r->ev[k].status = STATUS_ASSERTED;
            r->ev[k].status_cue = NULL;
            r->ev[k].tree_status = 1;
        }
        r->ev[k].writer_aside = 1;
    }
}

/* "Britain accused Russia of attacking Ukraine": what the accusation says (the clause
 * after "of"/"for") is the accuser's claim, not a fact the text asserts. Its events are
 * reported, said_by the source of the accusation's own event. */
static void report_accusation(tree_run *r, const ud_tree *t, int p, const int *first_event,
                              size_t from)
{
    static const char *const accusing[] = {"accuse", "blame", "charge", "allege", "suspect",
                                           "condemn", "criticize", "criticise", "denounce",
                                           "fault", NULL};
    /* ("accused Colombia of plotting to kill the president": the act a plot intends is
       the accuser's claim too, and still to come) */
    int own = p;
    for (int steps = 0; steps < 4 && ud_rel_is(ud_tree_word(t, p), "xcomp") &&
                        ud_tree_word(t, p)->head > 0; steps++)
        p = ud_tree_word(t, p)->head;
    const ud_word *pw = ud_tree_word(t, p);
    int h = pw->head;
    if (h <= 0 || !(ud_rel_is(pw, "advcl") || ud_rel_is(pw, "acl")) || !content_clause(t, p))
        return;
    /* the clause hangs from the verb, or from its object ("accused Iran of supplying") */
    if (!is_predicate(ud_tree_word(t, h)) && ud_tree_word(t, h)->head > 0)
        h = ud_tree_word(t, h)->head;
    if (!lemma_in(ud_tree_word(t, h), accusing))
        return;
    const ud_word *hw = ud_tree_word(t, h);
    if (first_event[h] < 0) {
        /* "Russia is accused of deporting children": an accusation without its accuser
           still only reports what it says */
        if (!ud_tree_child(t, h, "nsubj:pass", 0))
            return;
        for (size_t k = from; k < r->nev; k++) {
            event *e = &r->ev[k];
            e->status = STATUS_REPORTED;
            e->tree_status = 1;
            e->status_cue = arena_strndup(r->a, r->text + hw->start, hw->end - hw->start);
        }
        return;
    }
    const event *claim = &r->ev[first_event[h]];
    for (size_t k = from; k < r->nev; k++) {
        event *e = &r->ev[k];
        if (!(own != p && e->status == STATUS_HYPOTHETICAL)) {
            e->status = STATUS_REPORTED;
            e->tree_status = 1;
            e->status_cue = arena_strndup(r->a, r->text + hw->start, hw->end - hw->start);
        }
        e->said_by_code = claim->source.code;
        e->said_by_text = claim->source.text;
        e->said_by_cue = arena_strndup(r->a, r->text + hw->start, hw->end - hw->start);
    }
}

/* The shallow reading's type of the word covering byte `at` (W_NULL when none). */

/* The words of a name headed by node: itself and its flat and compound proper nouns;
 * false unless every word is capitalised and no dictionary knows any of them. */
/* Honorifics written before a name, which no dictionary reads as a role. */
static const char *const HONORIFICS =
    "Sheikh Shaikh Shaykh Sheik Sayyid Sayed Syed Mullah Mulla Maulana Maulvi Mawlana Haji "
    "Hajji Hajj Mallam Qari Mufti Father Reverend Rev. Rev Pastor Bishop Rabbi Dr. Dr";

static bool unknown_name(const tree_run *r, const ud_tree *t, int node, int *first, int *last)
{
    *first = *last = node;
    for (int c = t->first_child[node]; c; c = t->next_sibling[c]) {
        const ud_word *w = ud_tree_word(t, c);
        if (w->upos != UPOS_PROPN || (!ud_rel_is(w, "flat") && !ud_rel_is(w, "compound")))
            continue;
        if (c < *first)
            *first = c;
        if (c > *last)
            *last = c;
    }
    /* "Shaikh Hamid 'Akkab", "Imam Ali Hassan", "Father Thomas Ngong": an honorific or a
       title before the name is none of its words (the document would take it for the
       given name the story goes on to use) */
    while (*first < *last &&
           (tree_word_in_list(ud_tree_word(t, *first)->form, HONORIFICS) ||
            shallow_type(r, ud_tree_word(t, *first)->start) == W_AGENT))
        (*first)++;
    /* "Ali al-Ani", "Hamid 'Akkab", "Abdul-Razaq": Arabic names keep their article and
       particles in lower case and their hyphens and apostrophes as tokens of their own,
       which neither count as words nor stop the name */
    int words = 0;
    for (int i = *first; i <= *last; i++) {
        const ud_word *w = ud_tree_word(t, i);
        bool inner = i > *first && i < *last;
        if (inner && tree_word_in_list(w->form, "- ' \xe2\x80\x99"))
            continue;
        if (inner && shallow_type(r, w->start) == W_NULL &&
            tree_word_in_list(w->form, "al el bin ibn bint abu ul ud de da del van von der "
                                       "Al El Bin Ibn"))
            continue;
        if (!isupper((unsigned char)w->form[0]) || shallow_type(r, w->start) != W_NULL ||
            (tree_calendar_word(w) && *first == *last))
            return false; /* ("Thursday, May 7" is a date, not a person aged 7) */
        words++;
    }
    return words <= 4;
}

/* The country a person's apposition names ("a boy from Irving, Texas"), else the state
 * the sentence names, else the document's home state; NULL when none. */
static const char *person_country(const tree_run *r, const ud_tree *t, int appos)
{
    int first = 1, last = 0;
    if (appos)
        ud_tree_span(t, appos, &first, &last);
    for (int i = first; i <= last; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && pw->read_type == W_ACTOR && pw->read_head && pw->code &&
            cameo_actor_is_state(pw->code->code))
            return arena_strndup(r->a, pw->code->code, 3);
    }
    bool several;
    const char *country;
    const pword *state = sentence_state(r, &several, &country);
    /* "US forces killed Abdul-Razaq Al-Gu'ud, Sheikh of the Al-Bu Nimr clan", in a story
       from Iraq: a state named by its adjective on another party is theirs, and the
       person is of the story's home state, as an agent without a country is (state_where) */
    if (state && r->ctx && r->ctx->home_code &&
        strncmp(r->ctx->home_code, state->code->code, 3) != 0 &&
        (state_adjective(r, state) || qualifies_agent(r, state)) && !place_of_same_state(r, state))
        return arena_strndup(r->a, r->ctx->home_code, 3);
    if (state)
        return arena_strndup(r->a, state->code->code, 3);
    if (country && !several)
        return arena_strndup(r->a, country, 3);
    if (several || !r->ctx)
        return NULL;
    return r->ctx->home_code;
}

/* The armed or political group the verb v, "belong", says its subject belongs to, or
 * NULL: what follows the verb in its own phrase ("to the outlawed X group"), however the
 * parse hangs "to". */
static const char *group_belonged_to(const tree_run *r, const ud_tree *t, int v)
{
    const ud_word *vw = ud_tree_word(t, v);
    if (!vw->lemma || strcmp(vw->lemma, "belong") != 0)
        return NULL;
    int a, b;
    ud_tree_span(t, v, &a, &b);
    for (int i = v + 1; i <= b; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && pw->read_type == W_ACTOR && pw->read_head && pw->code && pw->code->code &&
            strlen(pw->code->code) > 3 && !civil_role(pw->code->code + 3))
            return pw->code->code;
    }
    return NULL;
}

/* Actor a is the group its people belong or are tied to: the group's code, no entry of
 * the word read before. */
static void take_group(actor_ref *a, const char *group)
{
    a->code = group;
    actor_ref_split_code(a);
    a->entry = NULL;
    a->lexicon_entry = NULL;
}

/* "Four persons were arrested, reportedly belonging to the Manipur Revolutionary People's
 * Front", "Kenyan police arrested four men belonging to al-Shabaab": people of no country
 * of their own, or civilians, whom a participle or a relative clause on them, or a
 * participle on their clause's verb, says belong to an armed or political group are that
 * group, as a named person is (belonging_group). */
static void people_belonging(const tree_run *r, actor_ref *a)
{
    if (!r->tree || !a->code || a->where.end <= a->where.start ||
        !(strlen(a->code) == 3 || strcmp(a->code + 3, "CVL") == 0))
        return;
    const ud_tree *t = r->tree;
    int x = node_at(t, a->where.start);
    const ud_word *xw = x ? ud_tree_word(t, x) : NULL;
    if (!xw || xw->upos != UPOS_NOUN)
        return;
    const char *group = NULL;
    for (int c = t->first_child[x]; c && !group; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "acl") || ud_rel_is(ud_tree_word(t, c), "acl:relcl"))
            group = group_belonged_to(r, t, c);
    /* (a participle of the clause whose subject or object they are, with no subject of
       its own) */
    int h = xw->head;
    if (!group && h > 0 && (ud_rel_is(xw, "nsubj:pass") || ud_rel_is(xw, "nsubj") || ud_rel_is(xw, "obj")))
        for (int c = t->first_child[h]; c && !group; c = t->next_sibling[c])
            if (ud_rel_is(ud_tree_word(t, c), "advcl") && !ud_tree_subject(t, c) &&
                ud_tree_word(t, c)->upos == UPOS_VERB)
                group = group_belonged_to(r, t, c);
    if (group)
        take_group(a, group);
}

/* Words that tie someone to a group: "for his links with the LTTE", "on suspicion of
 * membership in al-Qaeda", "men linked to Boko Haram", "ties", "connected to". */
static const char *const AFFILIATION_WORDS[] = {"link", "tie", "connection", "connect",
                                                "membership", "affiliation", "belong", NULL};

/* The armed or political group an affiliation word in the phrase of node p ties someone
 * to, or NULL: the first actor of the word's own phrase ("to", "with", "in", "of"), which
 * must be a group ("belonging to the Tren de Aragua gang to El Salvador" ties no one to El
 * Salvador). */
static const char *affiliation_group(const tree_run *r, const ud_tree *t, int p)
{
    int a, b;
    ud_tree_span(t, p, &a, &b);
    for (int i = a; i <= b; i++) {
        if (!lemma_in(ud_tree_word(t, i), AFFILIATION_WORDS))
            continue;
        for (int c = t->first_child[i]; c; c = t->next_sibling[c]) {
            const ud_word *cw = ud_tree_word(t, c);
            const char *k = ud_tree_case_of(t, c);
            if (c < i || !(ud_rel_is(cw, "nmod") || ud_rel_is(cw, "obl")) || !k ||
                !tree_word_in_list(k, "to with in of"))
                continue;
            int ca, cb;
            ud_tree_span(t, c, &ca, &cb);
            for (int j = ca; j <= cb; j++) {
                const pword *pw = shallow_word_at(r, ud_tree_word(t, j)->start);
                if (!pw || pw->read_type != W_ACTOR || !pw->read_head || !pw->code ||
                    !pw->code->code)
                    continue;
                if (strlen(pw->code->code) > 3 && !civil_role(pw->code->code + 3))
                    return pw->code->code;
                return NULL;
            }
            break;
        }
    }
    return NULL;
}

/* "Indian police arrested a man with a Nepali passport": the state whose passport the
 * person at node n holds ("with a Nepali passport", "holding a Nepali passport"), or
 * NULL. A passport says whose citizen someone is, as "a Nepali national" does. */
static const char *passport_state(const tree_run *r, const ud_tree *t, int n)
{
    /* (the passport's phrase on the person, or on the verb whose object the person is) */
    int owners[2] = {n, ud_rel_is(ud_tree_word(t, n), "obj") ? ud_tree_word(t, n)->head : 0};
    for (int o = 0; o < 2; o++)
        for (int c = owners[o] > 0 ? t->first_child[owners[o]] : 0; c; c = t->next_sibling[c]) {
            const ud_word *cw = ud_tree_word(t, c);
            const char *k = ud_tree_case_of(t, c);
            if (!cw->lemma || strcmp(cw->lemma, "passport") != 0 || !k || strcmp(k, "with") != 0)
                continue;
            for (int m = t->first_child[c]; m; m = t->next_sibling[m]) {
                const ud_word *mw = ud_tree_word(t, m);
                const pword *pw = ud_rel_is(mw, "amod") || ud_rel_is(mw, "compound")
                                      ? shallow_word_at(r, mw->start)
                                      : NULL;
                if (pw && pw->read_type == W_ACTOR && pw->code && pw->code->code &&
                    strlen(pw->code->code) == 3 && cameo_actor_is_state(pw->code->code))
                    return pw->code->code;
            }
        }
    return NULL;
}

/* "A Sri Lanka-born Tamil with a Norwegian passport was arrested ... for his links with the
 * LTTE", "Spanish police arrested 15 men on suspicion of membership in al-Qaeda": a person
 * arrested, held, attacked or killed whom the act's phrases or the person's own say is
 * tied to an armed or political group is that group, as one said to belong to it is
 * (people_belonging): the tie is why the person was taken, a passport, a birthplace or a
 * nationality only who the person is. The person's actor must be a state or its
 * civilians, read from the person's word or a word qualifying it ("Norwegian"); a state
 * named as itself ("attacked Lebanon over its ties to Hezbollah") is left. */
static void people_tied(const tree_run *r, const char *code, actor_ref *a)
{
    if (!r->tree || !a->code || a->where.end <= a->where.start ||
        !(strlen(a->code) == 3 || strcmp(a->code + 3, "CVL") == 0) ||
        !(strncmp(code, "17", 2) == 0 || strncmp(code, "18", 2) == 0 ||
          strncmp(code, "19", 2) == 0 || strncmp(code, "20", 2) == 0))
        return;
    const ud_tree *t = r->tree;
    int x = node_at(t, a->where.start), n = x;
    /* (up from "Norwegian" to the person its phrase qualifies: "a Tamil with a Norwegian
       passport") */
    for (int steps = 0; n && steps < 3; steps++) {
        const ud_word *w = ud_tree_word(t, n);
        const ud_word *hw = w->head > 0 ? ud_tree_word(t, w->head) : NULL;
        if (!hw || !(hw->upos == UPOS_NOUN || hw->upos == UPOS_PROPN) ||
            !(ud_rel_is(w, "amod") || ud_rel_is(w, "nmod") || ud_rel_is(w, "compound") ||
              ud_rel_is(w, "flat")))
            break;
        n = w->head;
    }
    const ud_word *nw = n ? ud_tree_word(t, n) : NULL;
    /* ("detained a Kurd with a Swedish passport" with the passport's phrase hung on the
       verb: the person is the verb's object) */
    if (nw && nw->head > 0 && ud_rel_is(nw, "obl") && ud_tree_case_of(t, n) &&
        strcmp(ud_tree_case_of(t, n), "with") == 0 && ud_tree_child(t, nw->head, "obj", 0)) {
        n = ud_tree_child(t, nw->head, "obj", 0);
        nw = ud_tree_word(t, n);
    }
    if (!nw || nw->head <= 0 || !(ud_rel_is(nw, "obj") || ud_rel_is(nw, "nsubj:pass")) ||
        !(nw->upos == UPOS_NOUN || nw->upos == UPOS_PROPN))
        return;
    /* (a state's own name is no person: "a Moroccan", "two Britons" have a determiner) */
    if (n == x && nw->upos == UPOS_PROPN && !ud_tree_child(t, n, "det", 0) &&
        !ud_tree_child(t, n, "nummod", 0))
        return;
    const char *group = NULL;
    for (int c = t->first_child[n]; c && !group; c = t->next_sibling[c]) {
        const ud_word *cw = ud_tree_word(t, c);
        if (ud_rel_is(cw, "nmod") || ud_rel_is(cw, "acl") || ud_rel_is(cw, "acl:relcl"))
            group = affiliation_group(r, t, c);
    }
    for (int c = t->first_child[nw->head]; c && !group; c = t->next_sibling[c]) {
        const ud_word *cw = ud_tree_word(t, c);
        if ((ud_rel_is(cw, "obl") && !ud_rel_is(cw, "obl:agent")) || ud_rel_is(cw, "advcl") ||
            ud_rel_is(cw, "xcomp"))
            group = affiliation_group(r, t, c);
        /* ("was detained by German police for his ties to the Islamic State": the cause
           hung on the agent) */
        for (int k = ud_rel_is(cw, "obl:agent") ? t->first_child[c] : 0; k && !group;
             k = t->next_sibling[k])
            if (ud_rel_is(ud_tree_word(t, k), "nmod") && ud_tree_case_of(t, k) &&
                tree_word_in_list(ud_tree_case_of(t, k), "for over on"))
                group = affiliation_group(r, t, k);
    }
    if (!group && n == x && shallow_type(r, nw->start) != W_ACTOR)
        group = passport_state(r, t, n);
    if (group)
        take_group(a, group);
}

/* "Mr Dar was arrested in Kashmir and belonged to the outlawed Lashkar-e-Toiba": the armed
 * or political group a person's own clause, or a clause joined to it, says the person
 * belongs to is that person, as an apposition's group is. NULL when there is none. */
static const char *belonging_group(const tree_run *r, const ud_tree *t, int first, int last)
{
    int name = 0;
    for (int i = first; i <= last && !name; i++) {
        int h = ud_tree_word(t, i)->head;
        if (h < first || h > last)
            name = i;
    }
    const ud_word *nw = name ? ud_tree_word(t, name) : NULL;
    if (!nw)
        return NULL;
    /* (the clause the name is the subject of, its conjuncts, and a relative clause on the
       name: "who belonged to al-Shabaab") */
    int cand[8], nc = 0;
    int v = (ud_rel_is(nw, "nsubj") || ud_rel_is(nw, "nsubj:pass")) ? nw->head : 0;
    if (v > 0)
        cand[nc++] = v;
    for (int c = v > 0 ? t->first_child[v] : 0; c && nc < 6; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "conj") && ud_tree_word(t, c)->upos == UPOS_VERB)
            cand[nc++] = c;
    for (int c = t->first_child[name]; c && nc < 8; c = t->next_sibling[c])
        if (ud_rel_is(ud_tree_word(t, c), "acl:relcl"))
            cand[nc++] = c;
    for (int k = 0; k < nc; k++) {
        const char *group = group_belonged_to(r, t, cand[k]);
        if (group)
            return group;
    }
    return NULL;
}

/* The "for" or "of" phrase of a role noun that names whom its holder stands for ("a
 * spokesman for Sistani", "the leader of the Kenyan opposition", "chairman of the
 * committee"), or 0; *speaks is set for a spokesman's noun. */
static int represented_phrase(const ud_tree *t, int noun, bool *speaks)
{
    static const char *const SPEAKS[] = {"spokesman", "spokeswoman", "spokesperson", NULL};
    static const char *const HEADS[] = {"leader", "chairman", "chairwoman", "chair", "head",
                                        "chief", "secretary", NULL};
    const ud_word *w = ud_tree_word(t, noun);
    *speaks = lemma_in(w, SPEAKS);
    if (!*speaks && !lemma_in(w, HEADS))
        return 0;
    for (int c = t->first_child[noun]; c; c = t->next_sibling[c]) {
        const char *cs = ud_rel_is(ud_tree_word(t, c), "nmod") ? ud_tree_case_of(t, c) : NULL;
        if (c > noun && cs && tree_word_in_list(cs, "for of"))
            return c;
    }
    return 0;
}

static void add_person(tree_run *r, const ud_tree *t, int first, int last, int appos)
{
    const char *country = person_country(r, t, appos);
    if (!country)
        return;
    /* the role the apposition gives ("an Ottawa MP"), else a civilian */
    const char *role = "~CVL";
    int afirst = 1, alast = 0;
    if (appos)
        ud_tree_span(t, appos, &afirst, &alast);
    /* "a spokesman for Sistani", "the leader of the Kenyan opposition": the phrase a
       role noun of representation is "for" or "of" names whom the person stands for, its
       role before the role noun's own */
    int ofirst = 1, olast = 0;
    bool speaks = false;
    int of = appos ? represented_phrase(t, appos, &speaks) : 0;
    if (of)
        ud_tree_span(t, of, &ofirst, &olast);
    for (int i = ofirst; i <= olast; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && pw->read_type == W_AGENT && pw->read_head && pw->read_entry &&
            pw->read_entry->ncodes && pw->read_entry->codes[0].code) {
            role = pw->read_entry->codes[0].code;
            afirst = alast + 1; /* (the role noun's own agent is passed over) */
            break;
        }
    }
    /* its first agent ("opposition leader": the phrase's head), the name aside */
    for (int i = afirst; i <= alast; i++) {
        const pword *pw = i < first || i > last ? shallow_word_at(r, ud_tree_word(t, i)->start)
                                                : NULL;
        if (pw && pw->read_type == W_AGENT && pw->read_head && pw->read_entry &&
            pw->read_entry->ncodes && pw->read_entry->codes[0].code) {
            role = pw->read_entry->codes[0].code;
            break;
        }
    }
    /* "former President Ivan Duque": a title ahead of the name that is a former one makes
       the holder one of the elites, as "former" makes any agent (agents.txt); the word
       before the title counts however the parse hangs it; so does a former role in
       apposition, up to the role's noun ("Omar al-Tikriti, a former army officer") */
    bool ahead = appos && alast < first, after = appos && afirst > last;
    int fend = after ? appos : alast;
    for (int i = afirst > 1 ? afirst - 1 : afirst; (ahead || after) && i <= fend && strcmp(role, "~CVL") != 0; i++) {
        const pword *pw = i < first || i > last ? shallow_word_at(r, ud_tree_word(t, i)->start)
                                                : NULL;
        if (pw && pw->former) {
            role = "~ELI";
            break;
        }
    }
    /* "Ahmed Khan, a member of the Taliban", "Ghulam Lone, a LeT man": a person the
       apposition makes one of an armed or political group is that group (a member of a
       church, a company or a newspaper stays a civilian of its country) */
    const char *group = NULL;
    for (int i = afirst; i <= alast && !group; i++) {
        const pword *pw = i < first || i > last ? shallow_word_at(r, ud_tree_word(t, i)->start)
                                                : NULL;
        if (pw && pw->read_type == W_ACTOR && pw->read_head && pw->code && pw->code->code &&
            strlen(pw->code->code) > 3 && !civil_role(pw->code->code + 3))
            group = pw->code->code;
    }
    /* (a spokesman speaks for whoever the phrase names: a person, a cleric, a body) */
    for (int i = ofirst; speaks && !group && i <= olast; i++) {
        const pword *pw = shallow_word_at(r, ud_tree_word(t, i)->start);
        if (pw && pw->read_type == W_ACTOR && pw->read_head && pw->code && pw->code->code &&
            strlen(pw->code->code) > 3)
            group = pw->code->code;
    }
    if (!group)
        group = belonging_group(r, t, first, last);
    r->persons = arena_grow(r->a, r->persons, r->npersons,
                            &r->cappersons, r->npersons + 1, sizeof *r->persons);
    r->persons[r->npersons++] =
        (named_person){{ud_tree_word(t, first)->start, ud_tree_word(t, last)->end},
                       group ? group : coder_compose_code(r->a, country, role)};
}

/* Private persons the sentence introduces: a name no dictionary knows, in apposition with
 * an age or a noun for a person ("Daniel Montalvo, 19, a member of ...", "Ahmed Mohamed,
 * a 14-year-old boy from Irving, Texas", "his wife Manju Sam"). Each is a civilian of the
 * country the apposition names, else of the state the sentence or the document names
 * (CAMEO's CVL; an apposition's role noun gives its role instead: "an Ottawa MP"), and
 * their surname is that actor in this sentence and, through the document layer, the next
 * ones. */
static void find_persons(tree_run *r, const ud_tree *t)
{
    int n = (int)t->s->n;
    size_t before = r->npersons;
    for (int x = 1; x <= n; x++) {
        const ud_word *w = ud_tree_word(t, x);
        int first, last;
        if (w->upos == UPOS_PROPN && !ud_rel_is(w, "flat") && !ud_rel_is(w, "compound")) {
            /* "Mr. Tedeschi", "Mrs. Sam": a courtesy title makes a name a person's */
            int title = x > 1 ? x - 1 : 0;
            if (title && ud_tree_word(t, title)->head == x && tree_courtesy_title(ud_tree_word(t, title)) &&
                unknown_name(r, t, x, &first, &last)) {
                add_person(r, t, first, last, 0);
                continue;
            }
            /* an apposition that says who the person is ("a student from Nairobi") gives
               the role and the place, before an age ("19"), whichever comes first and
               whether the age hangs as an apposition or not */
            int age = 0, role = 0, ahead = 0;
            for (int c = t->first_child[x]; c && !role && !ahead; c = t->next_sibling[c]) {
                const ud_word *cw = ud_tree_word(t, c);
                /* "opposition leader John Mwangi": a role before the name */
                /* (or a title: "Prime Minister Somchai Wongsawat") */
                if (c < x && (ud_rel_is(cw, "nmod:desc") || ud_rel_is(cw, "compound")) &&
                    (cw->upos == UPOS_NOUN || cw->upos == UPOS_PROPN) &&
                    shallow_type(r, cw->start) == W_AGENT)
                    ahead = c;
                else if (c > x && tree_age_number(cw) && strcmp(ud_tree_word(t, c - 1)->form, ",") == 0)
                    age = age ? age : c; /* ", 42," is an age, however the parse hangs it */
                else if (!ud_rel_is(cw, "appos") && !ud_rel_is(cw, "nmod:unmarked"))
                    continue;
                else if (tree_person_noun(cw) || shallow_type(r, cw->start) == W_AGENT ||
                         (c > x && tree_word_in_list(cw->form, HONORIFICS)))
                    role = c; /* (or an honorific: "..., Sheikh of the Al-Bu Nimr clan") */
                else if (!age && tree_age_number(cw))
                    age = c;
            }
            int pick = ahead ? ahead : role ? role : age;
            if (pick && unknown_name(r, t, x, &first, &last))
                add_person(r, t, first, last, pick);
        } else if (tree_person_noun(w) ||
                   (w->upos == UPOS_NOUN && shallow_type(r, w->start) == W_AGENT)) {
            /* "a boy, Ahmed Mohamed", "the opposition leader, John Mwangi"; the name
               may also be read as the role's flat continuation ("campaigner Caitlin
               Boswell") */
            int c = ud_tree_child(t, x, "appos", 0);
            int flat = ud_tree_child(t, x, "flat", 0);
            if (!c && flat > x)
                c = flat;
            if (c && ud_tree_word(t, c)->upos == UPOS_PROPN && unknown_name(r, t, c, &first, &last))
                add_person(r, t, first, last, x);
        }
    }
    if (r->npersons == before)
        return;
    /* their surnames as actors for the clauses of this sentence */
    sentence_context ctx = r->ctx ? *r->ctx : (sentence_context){0};
    size_t had = ctx.npeople, np = had + r->npersons - before;
    lex_entry *people = arena_alloc(r->a, np * sizeof *people);
    if (had)
        memcpy(people, ctx.people, had * sizeof *people);
    for (size_t k = before; k < r->npersons; k++) {
        size_t len;
        const char *sur = parse_surname(r->a, r->text, r->persons[k].name.start,
                                        r->persons[k].name.end, &len);
        people[had + k - before] = parse_person_entry(r->a, sur, len, r->persons[k].code, NULL);
    }
    ctx.people = people;
    ctx.npeople = np;
    r->pctx = ctx;
    r->ctx = &r->pctx;
}

/* Codes the predicates of one tree. A verb's complement ("refused to meet", "threatened to
 * cut off", "agreed to lift") and an event noun inside a predicate's arguments ("demanded
 * that the US match the EU's support") are part of that predicate's event when it has one,
 * as CAMEO codes them: they are coded on their own only when it codes nothing. So heads
 * go first: plain predicates, then complements, then event nouns. The verbs passed over
 * are remembered as covered, so that the shallow fallback does not code them either. */
/* The last word of a caption's label ("Pictured:", "Above:", "Left:"), the colon; 0 when
 * the caption has none. The label names no one. */
static int caption_label_end(const ud_tree *t)
{
    int n = (int)t->s->n;
    static const char *const LABELS[] = {"pictured", "above", "below", "left", "right",
                                         "top", "photo", "inset", NULL};
    for (int c = 2; c <= 3 && c < n; c++) {
        if (strcmp(ud_tree_word(t, c)->form, ":") != 0)
            continue;
        for (int i = 1; i < c; i++) {
            const ud_word *w = ud_tree_word(t, i);
            bool label = false;
            for (const char *const *l = LABELS; *l && !label; l++)
                label = strcasecmp(w->form, *l) == 0;
            if (!label)
                return 0;
        }
        return c;
    }
    return 0;
}

/* Is the one "with" names the companion of the person the caption shows, "with" the
 * first preposition after the label? Not in "Indian troops on the border with China",
 * where it names a place's neighbour (the parse hangs "China" on "troops" all the same). */
static bool caption_companion(const ud_tree *t, int from, int with)
{
    for (int i = from; i < with; i++)
        if (ud_tree_word(t, i)->upos == UPOS_ADP)
            return false;
    return true;
}

/* A photo caption: "Braverman with France's interior minister Gérald Darmanin in Paris on
 * November 14, 2022." A sentence without a verb that names someone "with" someone else
 * shows a meeting, as news captions put it; it is coded as "X met Y ...", the verb being
 * the word "with". The words are taken in order, not from the tree: the parser, trained
 * on sentences, reads such fragments poorly. */
static void code_caption(tree_run *r, const ud_tree *t)
{
    int n = (int)t->s->n, root = 0, with = 0;
    int from = caption_label_end(t) + 1; /* (after "Pictured:") */
    for (int i = from; i <= n; i++) {
        const ud_word *w = ud_tree_word(t, i);
        if (w->upos == UPOS_VERB || w->upos == UPOS_AUX)
            return;
        if (w->head < from && !root) /* (the label may be the parse's root) */
            root = i;
        if (!with && w->upos == UPOS_ADP && w->lemma && strcmp(w->lemma, "with") == 0)
            with = i;
    }
    /* a person or body ("Braverman", "the minister") before "with", not an act ("DPRK's
       cooperation with Russia" is a heading) */
    if (!root || with < from + 1 || with == n || tree_event_noun(ud_tree_word(t, root)))
        return;
    bool named = false;
    for (int i = from; i < with && !named; i++) {
        int type = shallow_type(r, ud_tree_word(t, i)->start);
        named = ud_tree_word(t, i)->upos == UPOS_PROPN || type == W_AGENT || type == W_ACTOR;
    }
    if (!named || !caption_companion(t, from, with))
        return;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    uint32_t verb_from = 0, verb_to = 0;
    for (int i = from; i <= n; i++) {
        if (i != with) {
            emit(&ct, t, r->text, i, r->a);
            continue;
        }
        const ud_word *ww = ud_tree_word(t, with);
        if (ct.text.len)
            strbuf_putc(&ct.text, ' ');
        verb_from = (uint32_t)ct.text.len;
        strbuf_puts(&ct.text, "met");
        verb_to = (uint32_t)ct.text.len;
        *add_mapping(&ct, r->a) = (syn_word_map){verb_from, verb_to, ww->start, ww->end};
        ct.last = 0;
    }
    code_clause(r, t, root, &ct, verb_from, verb_to);
}

/* "the crew of a merchant ship attacked by Houthi rebels": the agent of a participle
 * that modifies a noun takes part in that participle's act only. */
static bool participle_agent(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (!ud_rel_is(w, "obl:agent") || w->head <= 0)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    return ud_rel_is(h, "acl") && !ud_rel_is(h, "acl:relcl") && h->upos == UPOS_VERB;
}

/* Is the noun the object of what someone is told or asked to do ("told Kyiv to stop
 * strikes on Russia")? */
static bool asked_act(const ud_tree *t, int noun)
{
    int h = ud_tree_word(t, noun)->head;
    return h > 0 && ud_tree_word(t, h)->upos == UPOS_VERB &&
           (object_complement(t, h) || ud_rel_is(ud_tree_word(t, h), "xcomp"));
}

/* "France would supply military equipment to Armenia, a move criticised by Azerbaijan":
 * a reaction by someone ("criticised by", "welcomed by") to a noun that names the act of
 * the clause it hangs from (a move, a decision, a step) is that someone's reaction to the
 * act's author, the subject of that clause. True when p is such a participle (coded or
 * not). */
static const char *const MOVE_NOUNS = "move decision step measure action plan deal announcement";
static const char *const REACTIONS = "criticise criticize condemn denounce welcome praise hail "
                                     "reject oppose slam protest back support applaud";

static bool code_reaction_to_move(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    const ud_word *v = ud_tree_word(t, p);
    if (!ud_rel_is(v, "acl") || !v->xpos || strcmp(v->xpos, "VBN") != 0 || v->head <= 0)
        return false;
    int move = v->head;
    const ud_word *mw = ud_tree_word(t, move);
    /* (an aside after the clause, not one of its arguments: "welcomed a deal signed by
       Israel" is about the deal) */
    if (!mw->lemma || !tree_word_in_list(mw->lemma, MOVE_NOUNS) || mw->head <= 0 ||
        ud_tree_child(t, move, "nmod:poss", 0) || ud_rel_is(mw, "obj") ||
        ud_rel_is(mw, "iobj") || ud_rel_is(mw, "nsubj") || ud_rel_is(mw, "nsubj:pass") ||
        !v->lemma || !tree_word_in_list(v->lemma, REACTIONS))
        return false;
    int agent = ud_tree_child(t, p, "obl:agent", 0);
    if (!agent)
        agent = ud_tree_oblique(t, p, "by");
    if (!agent || !names_someone(r, t, agent))
        return false;
    /* the act the noun names: the clause it hangs from (as an apposition, an aside or an
       oblique of it) */
    int act = mw->head;
    while (act > 0 && !is_predicate(ud_tree_word(t, act)) && ud_tree_word(t, act)->head > 0)
        act = ud_tree_word(t, act)->head;
    bool inherited;
    int author = act > 0 && is_predicate(ud_tree_word(t, act)) ? subject_of(t, act, &inherited) : 0;
    if (!author || author == agent || !names_someone(r, t, author))
        return false;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, agent, 1, NULL, true);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, r->text + v->start, v->end - v->start, v, &verb_from, &verb_to);
    add_argument(r, &ct, t, cw, author, 1, NULL);
    size_t before = r->nev;
    code_clause(r, t, p, &ct, verb_from, verb_to);
    /* (after a comma, outside what a speaker's verb governs, it is the writer's) */
    for (size_t k = before; k < r->nev; k++)
        r->ev[k].writer_aside = ud_tree_word(t, mw->head)->upos == UPOS_VERB &&
                                !ud_rel_is(mw, "obj") && !ud_rel_is(mw, "nsubj");
    add_covered(r, v->start, v->end); /* (nor the sentence's reading) */
    return true;
}

/* "al-Sudani told visiting U.S. Secretary of State Antony Blinken that ...": a visitor
 * named by "visiting" before his name is visiting the one the clause's subject is, or
 * the state of its place ("met visiting X in Baghdad"). True when p is such a participle
 * (coded or not). */
static bool code_visiting(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    const ud_word *v = ud_tree_word(t, p);
    if (!ud_rel_is(v, "amod") || !v->xpos || strcmp(v->xpos, "VBG") != 0 || !v->lemma ||
        strcmp(v->lemma, "visit") != 0 || v->head <= p)
        return false;
    int visitor = v->head;
    int act = ud_tree_word(t, visitor)->head;
    while (act > 0 && !is_predicate(ud_tree_word(t, act)) && ud_tree_word(t, act)->head > 0)
        act = ud_tree_word(t, act)->head;
    bool inherited;
    int host = act > 0 && is_predicate(ud_tree_word(t, act)) ? subject_of(t, act, &inherited) : 0;
    add_covered(r, v->start, v->end); /* (no reading of its own: the host is not in it) */
    if (!host || host == visitor || ud_tree_dominates(t, visitor, host) ||
        !names_someone(r, t, host) || !names_someone(r, t, visitor))
        return true;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    int n = (int)t->s->n;
    memset(cw->take, 0, (size_t)n + 1);
    take_subtree(t, cw, visitor);
    cw->take[p] = 0; /* (the visitor's words, without "visiting") */
    for (int i = 1; i <= n; i++)
        if (cw->take[i])
            emit(&ct, t, r->text, i, r->a);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, "visited", strlen("visited"), v, &verb_from, &verb_to);
    add_argument_as(r, &ct, t, cw, host, 1, NULL, true);
    code_clause(r, t, p, &ct, verb_from, verb_to);
    return true;
}

/* "Saudi Arabia and Iran restored relations under a deal brokered by China": the one who
 * brokered, mediated or hosted what the parties did ("by" a participle on the noun) did
 * so between the clause's parties: its subject with its conjuncts, or the subject and
 * the one it acted "with". True when p is such a participle (coded or not). */
static bool code_brokered(tree_run *r, const ud_tree *t, clause_words *cw, int p)
{
    const ud_word *v = ud_tree_word(t, p);
    if (!ud_rel_is(v, "acl") || !v->xpos || strcmp(v->xpos, "VBN") != 0 || v->head <= 0 ||
        !v->lemma || !tree_word_in_list(v->lemma, "broker mediate host"))
        return false;
    int noun = v->head;
    int nt = shallow_type(r, ud_tree_word(t, noun)->start);
    if (ud_tree_word(t, noun)->upos != UPOS_NOUN || nt == W_ACTOR || nt == W_AGENT)
        return false; /* (a deal, a truce, a ceremony: not a party, "with Hamas brokered") */
    int agent = ud_tree_child(t, p, "obl:agent", 0);
    if (!agent)
        agent = ud_tree_oblique(t, p, "by");
    if (!agent || !names_someone(r, t, agent))
        return false;
    /* "talks between Armenia and Azerbaijan, mediated by the EU": the noun's own parties */
    int between = ud_tree_oblique(t, noun, "between");
    int parties[2];
    if (between && ud_tree_conjuncts(t, between, parties, 2) >= 2) {
        clause_text ct = {{0}, NULL, 0, 0, 0};
        add_argument_as(r, &ct, t, cw, agent, 1, NULL, true);
        uint32_t verb_from, verb_to;
        put_verb(r, &ct, r->text + v->start, v->end - v->start, v, &verb_from, &verb_to);
        put_text(&ct, "a deal between");
        add_argument(r, &ct, t, cw, between, 1, NULL);
        code_clause(r, t, p, &ct, verb_from, verb_to);
        add_covered(r, v->start, v->end);
        return true;
    }
    /* the clause the noun is an argument of, and its parties */
    int act = ud_tree_word(t, noun)->head;
    while (act > 0 && !is_predicate(ud_tree_word(t, act)) && ud_tree_word(t, act)->head > 0)
        act = ud_tree_word(t, act)->head;
    bool inherited;
    int subj = act > 0 && is_predicate(ud_tree_word(t, act)) ? subject_of(t, act, &inherited) : 0;
    if (!subj || subj == agent || subj == noun || ud_tree_dominates(t, noun, subj) ||
        !names_someone(r, t, subj))
        return false;
    int with = ud_tree_oblique(t, act, "with");
    bool pair = ud_tree_child(t, subj, "conj", 0) != 0;
    if (!pair && with && !names_someone(r, t, with))
        with = 0;
    clause_text ct = {{0}, NULL, 0, 0, 0};
    add_argument_as(r, &ct, t, cw, agent, 1, NULL, true);
    uint32_t verb_from, verb_to;
    put_verb(r, &ct, r->text + v->start, v->end - v->start, v, &verb_from, &verb_to);
    put_text(&ct, "a deal between");
    add_argument_as(r, &ct, t, cw, subj, 1, NULL, true);
    /* ("Cuba released prisoners under a deal brokered by the Vatican": one party named,
       the act is still done between it and another) */
    if (!pair && with) {
        put_text(&ct, "and");
        add_argument(r, &ct, t, cw, with, 1, NULL);
    }
    code_clause(r, t, p, &ct, verb_from, verb_to);
    add_covered(r, v->start, v->end); /* (nor the sentence's reading) */
    return true;
}

/* Is node x a purpose clause of the verb h or of its object ("opened fire to disperse
 * demonstrators")? The toll a participle after h tells is then that purpose's act too. */
static bool purpose_of(const ud_tree *t, int x, int h)
{
    const ud_word *xw = x > 0 ? ud_tree_word(t, x) : NULL;
    if (!xw || h <= 0 || xw->head <= 0)
        return false;
    bool on_verb = xw->head == h && (ud_rel_is(xw, "xcomp") || ud_rel_is(xw, "advcl"));
    bool on_object = ud_rel_is(xw, "acl") && ud_tree_word(t, xw->head)->head == h &&
                     ud_rel_is(ud_tree_word(t, xw->head), "obj");
    if (!on_verb && !on_object)
        return false;
    int mark = ud_tree_child(t, x, "mark", 0);
    return mark && ud_tree_word(t, mark)->lemma && strcmp(ud_tree_word(t, mark)->lemma, "to") == 0;
}

/* "Guerrillas detonated a car bomb outside a police station, killing several people": the
 * toll a participle after an armed act tells is that act's, not an event of its own (one
 * event, the bombing, as CAMEO codes it). Dropped: an event of a participle of killing or
 * wounding whose head is the verb of an armed act (CAMEO 18 to 20, or violent repression,
 * 175) of the same source. */
static void drop_toll_participles(tree_run *r, const ud_tree *t)
{
    static const char *const toll[] = {"kill", "wound", "injure", "leave", NULL};
    size_t kept = r->piece_first;
    for (size_t k = r->piece_first; k < r->nev; k++) {
        const event *e = &r->ev[k];
        int v = node_at(t, e->verb.start);
        const ud_word *vw = v ? ud_tree_word(t, v) : NULL;
        bool drop = false;
        if (vw && ud_rel_is(vw, "advcl") && vw->xpos && strcmp(vw->xpos, "VBG") == 0 &&
            lemma_in(vw, toll) && vw->head > 0) {
            const ud_word *hw = ud_tree_word(t, vw->head);
            for (size_t i = r->piece_first; i < r->nev && !drop; i++)
                drop = i != k &&
                       (r->ev[i].verb.start == hw->start ||
                        purpose_of(t, node_at(t, r->ev[i].verb.start), vw->head)) &&
                       (strncmp(r->ev[i].code, "18", 2) == 0 ||
                        strncmp(r->ev[i].code, "19", 2) == 0 ||
                        /* (violent repression's: "fired on protesters, killing five") */
                        strcmp(r->ev[i].code, "175") == 0 ||
                        strncmp(r->ev[i].code, "20", 2) == 0) &&
                       r->ev[i].source.code && e->source.code &&
                       strcmp(r->ev[i].source.code, e->source.code) == 0;
        }
        if (!drop)
            r->ev[kept++] = *e;
    }
    r->nev = kept;
}

/* "Russia warned it would cut gas supplies to Ukraine": the warning's own 130 and the
 * threat its complement names (1312) are one threat. When the verb of warning or
 * threatening has a complement that codes a specific threat (13x other than 130), the
 * unspecified one between the same parties goes, and the sentence's reading, which
 * would give it again, does not read the verb. */
static void drop_bare_threats(tree_run *r, const ud_tree *t)
{
    static const char *const threatening[] = {"threaten", "warn", NULL};
    for (size_t i = r->piece_first; i < r->nev; i++) {
        const event oc = r->ev[i], *o = &oc; /* (a copy: the array is compacted below) */
        int ov = node_at(t, o->verb.start);
        const ud_word *ow = ov ? ud_tree_word(t, ov) : NULL;
        if (!ow || ow->head <= 0 || !(ud_rel_is(ow, "ccomp") || ud_rel_is(ow, "xcomp")) ||
            !lemma_in(ud_tree_word(t, ow->head), threatening) ||
            strncmp(o->code, "13", 2) != 0 || strcmp(o->code, "130") == 0)
            continue;
        const ud_word *hw = ud_tree_word(t, ow->head);
        add_covered(r, hw->start, hw->end);
        size_t kept = r->piece_first;
        for (size_t k = r->piece_first; k < r->nev; k++) {
            const event *e = &r->ev[k];
            bool same = e->source.code && o->source.code && e->target.code && o->target.code &&
                        strcmp(e->source.code, o->source.code) == 0 &&
                        strcmp(e->target.code, o->target.code) == 0;
            if (!(strcmp(e->code, "130") == 0 && e->verb.start == hw->start && same)) {
                if (k == i)
                    i = kept; /* (the threat kept moves down with the rest) */
                r->ev[kept++] = *e;
            }
        }
        r->nev = kept;
    }
}

/* "Police dispersed hundreds of students, detaining at least 20": a participle of
 * arresting whose object only counts ("at least 20", "dozens", "several") arrests some of
 * those the act before it was done to: the act's source and target, arrested (173, as
 * the lexicon codes arrest and detain). Added for a participle that gave no event. */
static void count_participles(tree_run *r, const ud_tree *t)
{
    static const char *const arrest[] = {"arrest", "detain", NULL};
    static const char *const counts[] = {"dozen", "dozens", "hundreds", "scores", "several",
                                         "some", "many", "others", NULL};
    size_t n = r->nev;
    for (size_t k = r->piece_first; k < n; k++) {
        int v = node_at(t, r->ev[k].verb.start);
        for (int c = v ? t->first_child[v] : 0; c; c = t->next_sibling[c]) {
            const ud_word *cw = ud_tree_word(t, c);
            if (!ud_rel_is(cw, "advcl") || !cw->xpos || strcmp(cw->xpos, "VBG") != 0 ||
                !lemma_in(cw, arrest))
                continue;
            int obj = ud_tree_child(t, c, "obj", 0);
            /* ("detaining at least 20": the number read as an oblique) */
            for (int o = t->first_child[c]; o && !obj; o = t->next_sibling[o])
                if (ud_rel_is(ud_tree_word(t, o), "obl") && ud_tree_word(t, o)->upos == UPOS_NUM)
                    obj = o;
            const ud_word *ow = obj ? ud_tree_word(t, obj) : NULL;
            if (!ow || ud_tree_oblique(t, obj, "of") ||
                !(ow->upos == UPOS_NUM || lemma_in(ow, counts)))
                continue;
            bool coded = false;
            for (size_t i = r->piece_first; i < r->nev && !coded; i++)
                coded = r->ev[i].verb.start == cw->start;
            if (coded)
                continue;
            event e = r->ev[k];
            snprintf(e.code, sizeof e.code, "173");
            e.verb = (span){cw->start, cw->end};
            e.verb_entry = NULL;
            add_event(r, &e);
        }
    }
}

/* "the motive for the Iraq War", "the Ukraine crisis", "the Iran file": a state's name
 * that names an affair is no participant (the shallow fallback read "Iraq" as a source). */
static bool name_of_affair(const ud_tree *t, int c)
{
    static const char *const affairs[] = {"war", "conflict", "crisis", "issue", "question",
                                          "policy", "affair", "file", "dossier", "problem",
                                          "situation", "scandal", "campaign", "battle",
                                          "uprising", "operation", NULL};
    const ud_word *w = ud_tree_word(t, c);
    if (w->upos != UPOS_PROPN || !ud_rel_is(w, "compound") || w->head <= 0)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    if ((h->upos != UPOS_NOUN && h->upos != UPOS_PROPN) || !h->lemma)
        return false;
    for (const char *const *a = affairs; *a; a++) /* ("the Iraq War": a proper noun) */
        if (strcasecmp(h->lemma, *a) == 0)
            return true;
    return false;
}

/* "the NATO Istanbul Summit commended Albania", "the Minsk Agreements": a place that names
 * a meeting or an instrument (a capitalised noun: its proper name) is where it was held or
 * signed, no party to it; a state named beside another state in the same name ("the
 * EU-China Summit") is a party and stays. */
static bool named_venue(const tree_run *r, const ud_tree *t, int c)
{
    static const char *const named[] = {"summit", "agreement", "accord", "conference",
                                        "convention", "protocol", "treaty", "declaration",
                                        "process", "format", "charter", "communique",
                                        "forum", "initiative", "talks", "dialogue", NULL};
    const ud_word *w = ud_tree_word(t, c);
    if (w->upos != UPOS_PROPN || !ud_rel_is(w, "compound") || w->head <= c)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    if (!h->lemma || !isupper((unsigned char)h->form[0]) || r->tree != t)
        return false;
    bool listed = false;
    for (const char *const *n = named; *n && !listed; n++)
        listed = strcasecmp(h->lemma, *n) == 0;
    const pword *pw = shallow_word_at(r, w->start);
    if (!listed || !pw || pw->read_type != W_ACTOR || !pw->code || !pw->code->code ||
        !cameo_actor_is_state(pw->code->code))
        return false;
    for (int k = t->first_child[w->head]; k; k = t->next_sibling[k]) {
        const pword *other = k != c ? shallow_word_at(r, ud_tree_word(t, k)->start) : NULL;
        if (other && other != pw && other->read_type == W_ACTOR && other->code &&
            other->code->code && strncmp(other->code->code, pw->code->code, 3) != 0)
            return false;
    }
    return true;
}

/* "seized the town of Bunagana near the Ugandan border": the state whose border places an
 * act near or along it is no participant of it (the act is on the other side). */
static bool border_qualifier(const ud_tree *t, int c)
{
    const ud_word *w = ud_tree_word(t, c);
    if (!(ud_rel_is(w, "amod") || ud_rel_is(w, "compound")) || w->head <= 0)
        return false;
    const ud_word *h = ud_tree_word(t, w->head);
    const char *prep = ud_tree_case_of(t, w->head);
    return h->lemma && tree_word_in_list(h->lemma, "border frontier boundary") && prep &&
           tree_word_in_list(prep, "near along");
}

/* Remembers who suffered an act of force that a verb judges ("condemned the attack on
 * Syria"), for the shallow fallback, which must not make them the judgement's target
 * either (judged_act_patient does it for the tree's clauses). The span runs from the
 * phrase's first word to its noun and the members or appositions after it ("sanctions
 * on Russia and Iran", "the murder of Sheikh Yassin, a leader of Hamas"), not to an agent
 * the parse may hang from the noun ("the arrest of the journalist by Russian police"). */
static void note_judged_patients(tree_run *r, const ud_tree *t)
{
    int n = (int)t->s->n;
    for (int c = 1; c <= n; c++) {
        if (!force_patient(t, c))
            continue;
        int verb = ud_tree_word(t, ud_tree_word(t, c)->head)->head;
        if (verb <= 0 || !judging_verb(ud_tree_word(t, verb)))
            continue;
        int first, last, end = c;
        ud_tree_span(t, c, &first, &last);
        for (int k = t->first_child[c]; k; k = t->next_sibling[k])
            if (k > end && (ud_rel_is(ud_tree_word(t, k), "conj") ||
                            ud_rel_is(ud_tree_word(t, k), "appos"))) {
                int from, to;
                ud_tree_span(t, k, &from, &to);
                end = to;
            }
        push_span(r->a, &r->force_patients, &r->nforce, &r->capforce,
                  ud_tree_word(t, first)->start, ud_tree_word(t, end)->end);
    }
}

static void code_sentence_tree(tree_run *r, const ud_tree *t, clause_words *cw)
{
    int n = (int)t->s->n;
    r->tree = t;
    /* words that belong to no clause as participants: the shallow fallback must not make
     * them sources or targets either */
    note_judged_patients(r, t);
    for (int c = 1; c <= n; c++)
        if (event_noun_argument(t, c) || hyphen_participle(t, c) || participle_agent(t, c) ||
            name_of_affair(t, c) || named_venue(r, t, c) || frame_followed(t, c) ||
            border_qualifier(t, c)) {
            int first, last;
            ud_tree_span(t, c, &first, &last);
            push_span(r->a, &r->excluded, &r->nexcluded, &r->capexcluded,
                      ud_tree_word(t, first)->start, ud_tree_word(t, last)->end);
        }
    /* "the minister's alleged travel to Prague angered Russia": an adjective before a noun
       is no verb, whatever the lexicon's reading takes it for, in a sentence the parse
       gives a verb (without one, the adjective may be the verb the tagger missed: "Hundreds
       of Iraqis mounted demonstrations") */
    bool verb_root = false;
    for (int c = 1; c <= n && !verb_root; c++)
        verb_root = ud_tree_word(t, c)->head == 0 && ud_tree_word(t, c)->upos == UPOS_VERB;
    for (int c = 1; c <= n && verb_root; c++) {
        const ud_word *w = ud_tree_word(t, c);
        if (ud_rel_is(w, "amod") && w->head > c && w->upos == UPOS_ADJ)
            add_covered(r, w->start, w->end);
    }
    /* (nor is the perfect's auxiliary a verb: "has launched air strikes") */
    for (int c = 1; c <= n; c++) {
        const ud_word *w = ud_tree_word(t, c);
        if (w->upos == UPOS_AUX && ud_rel_is(w, "aux") && w->lemma &&
            strcmp(w->lemma, "have") == 0 && w->head > 0 &&
            ud_tree_word(t, w->head)->upos == UPOS_VERB)
            add_covered(r, w->start, w->end);
    }
    uint8_t *coded = arena_calloc(r->a, (size_t)n + 1, 1);
    int *first_event = arena_alloc(r->a, ((size_t)n + 1) * sizeof *first_event);
    for (int i = 0; i <= n; i++)
        first_event[i] = -1;
    for (int pass = 0; pass < 3; pass++)
        for (int p = 1; p <= n; p++) {
            const ud_word *w = ud_tree_word(t, p);
            const event_noun *en = NULL;
            bool verb = is_predicate(w);
            if (pass == 0 && !verb && code_trial(r, t, cw, p)) /* "X is on trial" */
                continue;
            if (pass == 0 && verb) {
                size_t before = r->nev;
                if (code_reaction_to_move(r, t, cw, p) || code_brokered(r, t, cw, p) ||
                    code_visiting(r, t, cw, p)) {
                    coded[p] = r->nev > before;
                    continue;
                }
            }
            const char *judging = pass == 2 ? tree_judgement_verb(w) : NULL;
            if (judging) {
                size_t before = r->nev;
                code_judgement(r, t, cw, p, judging);
                coded[p] = r->nev > before;
                continue;
            }
            if (!verb && (en = tree_event_noun(w)) == NULL)
                continue;
            /* complements, and infinitives of purpose ("telephoned X to discuss") */
            const char *mark = verb ? ud_tree_case_of(t, p) : NULL;
            bool complement = verb && (ud_rel_is(w, "xcomp") ||
                                       ((ud_rel_is(w, "advcl") || ud_rel_is(w, "acl")) &&
                                        mark && strcmp(mark, "to") == 0));
            if ((pass == 0 && (!verb || complement)) || (pass == 1 && !complement) ||
                (pass == 2 && verb))
                continue;
            /* (an event noun between two parties is theirs too: "hosted talks between the
               US and the Taliban" is also the talks) */
            if (((complement && ancestor_coded(t, p, coded, true)) ||
                 (en && ancestor_coded(t, p, coded, false))) &&
                !(en && (ud_tree_oblique(t, p, "between") || names_own_agent(t, p) ||
                         circumstance_host(t, p) || caused_act(t, p) || reacted_act(r, t, p))) &&
                !(complement && owned_intent(t, p))) {
                add_covered(r, w->start, w->end);
                continue;
            }
            /* ("suspended a scheme to take in migrants": what a blocked plan would do) */
            if (complement && blocked_plan_content(t, p)) {
                add_covered(r, w->start, w->end);
                continue;
            }
            size_t before = r->nev;
            if (verb)
                code_predicate(r, t, cw, p);
            else
                code_event_noun(r, t, cw, p, en);
            /* an event noun whose actor the tree cannot name ("told Kyiv to stop strikes on
               Russia") is not for the whole sentence's reading to guess */
            if (en && r->nev == before && asked_act(t, p))
                add_covered(r, w->start, w->end);
            /* nor one whose "by" agent names no actor ("attacks on Kerry's record by
               the group Swift Boat Veterans": the sentence's subject is not their author) */
            if (en && r->nev == before && by_agent_of_act(t, p))
                add_covered(r, w->start, w->end);
            if (en && circumstance_host(t, p)) {
                circumstance_status(r, t, circumstance_host(t, p), before);
            } else if (en && asked_for(t, p)) {
                /* "called for peace talks between Russia and Ukraine": talks asked for are
                   still to come */
                const ud_word *hw = ud_tree_word(t, w->head);
                for (size_t k = before; k < r->nev; k++) {
                    r->ev[k].status = STATUS_HYPOTHETICAL;
                    r->ev[k].status_cue = arena_strndup(r->a, r->text + hw->start, hw->end - hw->start);
                    r->ev[k].tree_status = 1;
                }
            } else if (en && ancestor_coded(t, p, coded, false)) {
                if (names_own_agent(t, p) || reacted_act(r, t, p))
                    presuppose(r, before);
                else
                    share_status(r, t, p, coded, first_event, before);
            }
            /* ("..., a move Egypt condemned": the judgement is the writer's report, not
               part of what the main clause's speaker said) */
            int judged_ante = verb && r->nev > before ? relative_object(t, p) : 0;
            if (judged_ante && measure_author(r, t, judged_ante, p))
                presuppose(r, before);
            coded[p] = r->nev > before;
            if (coded[p])
                first_event[p] = (int)before;
            if (verb && coded[p])
                report_accusation(r, t, p, first_event, before);
        }
    if (r->nev == r->piece_first)
        code_caption(r, t);
    drop_toll_participles(r, t);
    drop_bare_threats(r, t);
    count_participles(r, t);
}

/* Tags and parses one sentence (at most SYNTAX_MAX_WORDS words: one tree) and codes each
 * of its predicates and event nouns. */
/* "A Kenyan court on Tuesday sentenced opposition leader John Mwangi to five years": a
 * date between subject and verb leads the tagger to read the verb as a participle and the
 * sentence as one noun phrase ("court ... sentenced leader"). When the root is a noun, no
 * word is a finite verb and a past participle modifies a noun after it that hangs from the
 * root, the participle is the verb: the root becomes its subject, the noun its object, and
 * the root's prepositional phrases its obliques. */
/* "DPRK's cooperation with Russia" between two paragraphs: a line after the first
 * sentence with no verb and no closing punctuation is a section heading, the topic of
 * what follows, no report of an event (the title, the first sentence, is coded). */
static bool section_heading(const tree_run *r, const ud_sentence *s)
{
    if (r->index == 0 || s->n == 0 || s->n > 12)
        return false;
    for (uint32_t i = 0; i < s->n; i++)
        if (s->words[i].upos == UPOS_VERB || s->words[i].upos == UPOS_AUX)
            return false;
    return s->words[s->n - 1].upos != UPOS_PUNCT;
}

/* "Argentina's new president cut ties with Venezuela" read as one noun phrase ("president
 * cut ties"): in a sentence without a verb, a noun compound inside the root's phrase that
 * the lexicon reads as a verb, after a noun, is the verb: the words before it are its
 * subject, the root its object. */
static void repair_compound_verb(const tree_run *r, ud_sentence *s)
{
    uint32_t n = s->n, root = 0;
    for (uint32_t i = 1; i <= n; i++) {
        const ud_word *w = &s->words[i - 1];
        if (w->upos == UPOS_VERB || w->upos == UPOS_AUX)
            return;
        if (w->head == 0)
            root = i;
    }
    if (!root || s->words[root - 1].upos != UPOS_NOUN)
        return;
    for (uint32_t v = 2; v < root; v++) {
        ud_word *w = &s->words[v - 1];
        const ud_word *before = &s->words[v - 2];
        const pword *pw = shallow_word_at(r, w->start);
        if (w->upos != UPOS_NOUN || !w->deprel || strcmp(w->deprel, "compound") != 0 ||
            (before->upos != UPOS_NOUN && before->upos != UPOS_PROPN) || !pw ||
            pw->read_type != W_VERB || pw->start != w->start)
            continue;
        uint32_t subj = v - 1;
        for (uint32_t i = 1; i < subj; i++)
            if (s->words[i - 1].head == (int32_t)root || s->words[i - 1].head == (int32_t)v)
                s->words[i - 1].head = (int32_t)subj;
        s->words[subj - 1].head = (int32_t)v;
        s->words[subj - 1].deprel = "nsubj";
        for (uint32_t i = v + 1; i <= n; i++)
            if (i != root && s->words[i - 1].head == (int32_t)root && s->words[i - 1].deprel &&
                strcmp(s->words[i - 1].deprel, "punct") == 0)
                s->words[i - 1].head = (int32_t)v;
        s->words[root - 1].head = (int32_t)v;
        s->words[root - 1].deprel = "obj";
        w->head = 0;
        w->deprel = "root";
        w->upos = UPOS_VERB;
        w->xpos = "VBD";
        return;
    }
}

/* "Paul Dewar, an Ottawa New Democrat MP, said": a noun phrase set off by commas after a
 * name, opening with an article, is the name's apposition; the parser sometimes makes it
 * a "list" member, which the coder prunes with the person's description. */
static void repair_list_apposition(ud_sentence *s)
{
    for (uint32_t i = 2; i <= s->n; i++) {
        ud_word *w = &s->words[i - 1];
        int32_t h = w->head;
        if (!w->deprel || strcmp(w->deprel, "list") != 0 || h <= 0 || (uint32_t)h >= i ||
            (w->upos != UPOS_NOUN && w->upos != UPOS_PROPN) ||
            (s->words[h - 1].upos != UPOS_NOUN && s->words[h - 1].upos != UPOS_PROPN))
            continue;
        uint32_t comma = 0;
        for (uint32_t k = i - 1; k > (uint32_t)h && !comma; k--)
            if (strcmp(s->words[k - 1].form, ",") == 0)
                comma = k;
        if (!comma || comma + 1 >= i || s->words[comma].upos != UPOS_DET)
            continue;
        bool inside = true; /* the words between belong to the phrase */
        for (uint32_t k = comma + 1; k < i && inside; k++)
            inside = s->words[k - 1].head > (int32_t)comma && s->words[k - 1].head <= (int32_t)i;
        if (inside)
            w->deprel = "appos";
    }
}

/* "the British Red Cross", "the Kenyan Red Cross": a state's adjective before a name the
 * lexicon knows as an actor of its own qualifies that actor, which is the participant
 * (the lexicon, reading words in order, would take the adjective's state). The adjective
 * leaves the clauses (as an unattached dependent). */
/* "Jordan Peterson", "Valeska Paris", "Paris Hilton": a state's or a city's one-word name
 * in a person's name (a chain of proper nouns joined as one name, the others words the
 * lexicon does not read) is no place; it leaves the clauses as an unattached dependent, the
 * rest of the name standing for the person. A name the lexicon reads whole ("Israel Katz",
 * "Washington Post") is its own actor. */
static void drop_place_words_of_names(tree_run *r, ud_sentence *s)
{
    uint32_t n = s->n;
    for (uint32_t h = 1; h <= n; h++) {
        ud_word *hw = &s->words[h - 1];
        if (hw->upos != UPOS_PROPN)
            continue;
        uint32_t place = 0, other = 0, members = 0;
        for (uint32_t k = 1; k <= n; k++) {
            ud_word *m = &s->words[k - 1];
            if (k != h && !(m->head == (int32_t)h && m->deprel && strcmp(m->deprel, "flat") == 0))
                continue;
            /* (a date is no name: "in southeastern Serbia Friday") */
            if (m->upos != UPOS_PROPN || !isupper((unsigned char)m->form[0]) ||
                tree_calendar_word(m)) {
                members = 0;
                break;
            }
            members++;
            const pword *pw = shallow_word_at(r, m->start);
            bool read = pw && (pw->read_type == W_ACTOR || pw->read_type == W_AGENT);
            /* (a state's or a place's name: its code a bare state's, not a person's) */
            bool state = read && pw->read_type == W_ACTOR && pw->read_entry &&
                         pw->read_entry->nwords == 1 && pw->code && pw->code->code &&
                         strlen(pw->code->code) == 3 && cameo_actor_is_state(pw->code->code);
            if (state && !place)
                place = k;
            else if (!read && !other)
                other = k;
        }
        if (members < 2 || !place || !other)
            continue;
        ud_word *pw = &s->words[place - 1];
        /* (nor may the whole sentence's reading take it for the place) */
        push_span(r->a, &r->excluded, &r->nexcluded, &r->capexcluded, pw->start, pw->end);
        if (place != h) {
            pw->deprel = "dep";
            continue;
        }
        /* the place word heads the name: the next word of the name takes its place */
        ud_word *ow = &s->words[other - 1];
        for (uint32_t k = 1; k <= n; k++)
            if (k != other && s->words[k - 1].head == (int32_t)h)
                s->words[k - 1].head = (int32_t)other;
        ow->head = hw->head;
        ow->deprel = hw->deprel;
        hw->head = (int32_t)other;
        hw->deprel = "dep";
    }
}

static void drop_qualifying_states(const tree_run *r, ud_sentence *s)
{
    for (uint32_t i = 1; i <= s->n; i++) {
        ud_word *w = &s->words[i - 1];
        if ((w->upos != UPOS_ADJ && w->upos != UPOS_PROPN) || !w->deprel ||
            (strcmp(w->deprel, "amod") != 0 && strcmp(w->deprel, "compound") != 0) ||
            w->head <= (int32_t)i || w->head > (int32_t)s->n)
            continue;
        const pword *adj = shallow_word_at(r, w->start);
        const pword *head = shallow_word_at(r, s->words[w->head - 1].start);
        if (!adj || !head || adj->read_type != W_ACTOR || !adj->read_head || !adj->read_entry ||
            head->read_type != W_ACTOR || head - adj < (ptrdiff_t)adj->read_entry->nwords)
            continue; /* (an actor's own first word: "Red" of "Red Cross") */
        /* only names between them: "British Red Cross", not "British and French forces" */
        bool names = true;
        for (int32_t k = (int32_t)i + 1; k < w->head && names; k++) {
            const pword *m = shallow_word_at(r, s->words[k - 1].start);
            names = m && m->read_type == W_ACTOR && m != adj;
        }
        if (names)
            w->deprel = "dep";
    }
    /* "China, the North's main ally, urged all sides": the state a relation in apposition
     * is to describes the subject; it is no participant of the subject's act */
    static const char *const RELATIONS[] = {"ally", "partner", "neighbour", "neighbor",
                                            "rival", "enemy", "foe", "backer", "friend",
                                            "adversary", "patron", "protector", NULL};
    for (uint32_t i = 1; i <= s->n; i++) {
        ud_word *w = &s->words[i - 1];
        if (!w->deprel || strcmp(w->deprel, "nmod:poss") != 0 || w->head <= (int32_t)i ||
            w->head > (int32_t)s->n)
            continue;
        const ud_word *h = &s->words[w->head - 1];
        bool relation = false;
        for (const char *const *q = RELATIONS; *q && h->lemma && !relation; q++)
            relation = strcmp(h->lemma, *q) == 0;
        if (relation && h->deprel && strcmp(h->deprel, "appos") == 0)
            w->deprel = "dep";
    }
    /* "Labour's Shadow Home Secretary Yvette Cooper": a possessor that names an actor, on a
     * head that is a named actor itself or carries one as its name, qualifies that person,
     * who is the participant (the lexicon would read two actors, one acting on the other) */
    for (uint32_t i = 1; i <= s->n; i++) {
        ud_word *w = &s->words[i - 1];
        if (w->upos != UPOS_PROPN || !w->deprel || strcmp(w->deprel, "nmod:poss") != 0 ||
            w->head <= (int32_t)i || w->head > (int32_t)s->n)
            continue;
        const pword *owner = shallow_word_at(r, w->start);
        if (!owner || owner->read_type != W_ACTOR || !owner->read_head)
            continue;
        bool named = false;
        for (uint32_t k = i + 1; k <= s->n && !named; k++) {
            const ud_word *c = &s->words[k - 1];
            /* (or that names the head's kind: "Russia's Wagner group", "Gaza's Hamas
               rulers") */
            /* (a name of the head's kind only on a head that is a body of people: "the
               Wagner group", "Hamas rulers"; "Finland's NATO membership" is Finland's) */
            bool kind = c->head == w->head && c->deprel &&
                        (strcmp(c->deprel, "compound") == 0 || strcmp(c->deprel, "amod") == 0) &&
                        (shallow_type(r, s->words[w->head - 1].start) == W_AGENT ||
                         shallow_type(r, s->words[w->head - 1].start) == W_ACTOR ||
                         (s->words[w->head - 1].lemma &&
                          tree_word_in_list(s->words[w->head - 1].lemma,
                                            "group movement organisation organization militia")));
            if ((int32_t)k != w->head && !kind &&
                !(c->head == w->head && c->deprel &&
                  (strcmp(c->deprel, "flat") == 0 || strcmp(c->deprel, "appos") == 0)))
                continue;
            const pword *pw = shallow_word_at(r, c->start);
            named = (c->upos == UPOS_PROPN || kind) && pw && pw != owner &&
                    pw->read_type == W_ACTOR && pw->read_head &&
                    (!kind || (pw->code && pw->code->code && strlen(pw->code->code) > 3));
        }
        if (named)
            w->deprel = "dep";
    }
}

/* Finite verbs no noun shares, which the tagger may still read as nouns in a long noun
 * phrase ("The arrest of the journalist by Russian police drew condemnation" read with
 * "drew" a noun, "a charge the party denies" with "the party denies" one phrase), with
 * their lemmas and tags. */
static const struct {
    const char *form, *lemma, *xpos;
} FINITE_VERBS[] = {
    /* (and the irregular past tenses of IRREGULAR_PASTS below) */
    {"underwent", "undergo", "VBD"},  {"foresaw", "foresee", "VBD"},
    {"denies", "deny", "VBZ"},        {"dismisses", "dismiss", "VBZ"},
    {"refutes", "refute", "VBZ"},     {"rejects", "reject", "VBZ"},
    {"accuses", "accuse", "VBZ"},
    {"condemns", "condemn", "VBZ"},   {"criticizes", "criticize", "VBZ"},
    {"criticises", "criticise", "VBZ"}, {"threatens", "threaten", "VBZ"},
    {"insists", "insist", "VBZ"},     {"says", "say", "VBZ"},
    /* (past tenses of judging and of measures that no noun shares: "a decision the United
       Nations condemned", "The European Commission froze funds") */
    {"condemned", "condemn", "VBD"},  {"denounced", "denounce", "VBD"},
    {"criticised", "criticise", "VBD"}, {"criticized", "criticize", "VBD"},
    {"welcomed", "welcome", "VBD"},   {"praised", "praise", "VBD"},
    {"decried", "decry", "VBD"},
    /* (and participles of a reaction drawn: "..., sparking outrage in Germany") */
    {"sparking", "spark", "VBG"},     {"triggering", "trigger", "VBG"},
    {NULL, NULL, NULL}};

/* Past tenses that are also nouns ("a cut", "a hit"): read as the verb only in a piece
 * that has no other verb, right after a name and before what a verb takes ("The North cut
 * off the hotline", read as the noun phrase "The North cut"). */
static const char *const SHARED_PAST_TENSES = "cut hit put set shut quit";

static bool verb_for_noun(const ud_sentence *s, uint32_t i)
{
    const ud_word *w = &s->words[i];
    if (!tree_word_in_list(w->form, SHARED_PAST_TENSES) || i == 0 || i + 1 >= s->n || s->words[i - 1].upos != UPOS_PROPN)
        return false;
    uint8_t next = s->words[i + 1].upos;
    if (next != UPOS_ADP && next != UPOS_ADV && next != UPOS_DET && next != UPOS_PRON)
        return false;
    for (uint32_t k = 0; k < s->n; k++)
        if (s->words[k].upos == UPOS_VERB)
            return false;
    return true;
}

/* Irregular past tenses of the lexicon's verbs that no noun, adjective or base form shares,
 * with their lemmas. The tagger, trained on little news, reads the rarer ones as what their
 * ending suggests: "overran" and "withheld" a preposition, "overthrew" an adjective,
 * "upheld" and "forbade" a present tense (lemmas "uphell", "forbade"). Like FINITE_VERBS,
 * one read as a noun but after an article is the verb (parse_piece). */
static const struct {
    const char *form, *lemma;
} IRREGULAR_PASTS[] = {
    {"overran", "overrun"},     {"overthrew", "overthrow"}, {"forbade", "forbid"},
    {"forgave", "forgive"},     {"froze", "freeze"},        {"unfroze", "unfreeze"},
    {"retook", "retake"},       {"undertook", "undertake"}, {"overtook", "overtake"},
    {"upheld", "uphold"},       {"withheld", "withhold"},   {"withdrew", "withdraw"},
    {"slew", "slay"},           {"tore", "tear"},           {"swore", "swear"},
    {"shook", "shake"},         {"sank", "sink"},           {"drove", "drive"},
    {"threw", "throw"},         {"drew", "draw"},           {"sought", "seek"},
    {"struck", "strike"},       {"blew", "blow"},           {"fought", "fight"},
    {"began", "begin"},         {"broke", "break"},         {"brought", "bring"},
    {"took", "take"},           {"went", "go"},             {"gave", "give"},
    {"sold", "sell"},           {"told", "tell"},           {"held", "hold"},
    {"kept", "keep"},           {"sent", "send"},           {"spoke", "speak"},
    {NULL, NULL}};

/* The lemma of w when its form is an irregular past tense above, else NULL. */
static const char *irregular_past(const ud_word *w)
{
    for (size_t k = 0; IRREGULAR_PASTS[k].form; k++)
        if (strcmp(w->form, IRREGULAR_PASTS[k].form) == 0)
            return IRREGULAR_PASTS[k].lemma;
    return NULL;
}

/* "Islamist rebels overran an army base", "The Korean court upheld parliament's
 * impeachment": an irregular past tense is a verb whatever the tagger made of it. Read as
 * a preposition, an adjective, an adverb or a noun right after a noun or a name (its subject's
 * last word) it becomes the past tense, and the piece must be parsed again (returns
 * true); read as a verb of another tense it takes the past's tag (or the participle's
 * after an auxiliary) and its lemma, which the tree needs no new parse for. */
static bool mend_irregular_pasts(ud_sentence *s)
{
    bool reparse = false;
    for (uint32_t i = 0; i < s->n; i++) {
        ud_word *w = &s->words[i];
        const char *lemma = irregular_past(w);
        if (!lemma)
            continue;
        uint8_t before = i > 0 ? s->words[i - 1].upos : UPOS_X;
        if (w->upos == UPOS_VERB) {
            if (w->xpos && (strcmp(w->xpos, "VBD") == 0 || strcmp(w->xpos, "VBN") == 0) &&
                w->lemma && strcmp(w->lemma, lemma) == 0)
                continue;
            w->xpos = before == UPOS_AUX ? "VBN" : "VBD";
            w->lemma = lemma;
        } else if ((w->upos == UPOS_ADP || w->upos == UPOS_ADJ || w->upos == UPOS_ADV ||
                    w->upos == UPOS_NOUN) &&
                   (before == UPOS_NOUN || before == UPOS_PROPN || before == UPOS_PRON)) {
            w->upos = UPOS_VERB;
            w->xpos = "VBD";
            w->lemma = lemma;
            reparse = true;
        }
    }
    return reparse;
}

/* "Russia expelled two Estonian diplomats, a move Estonia called unjustified": a
 * capitalised word inside the sentence that the tagger read as a common noun right after
 * a lower-case common noun ("move Estonia", lemma "estonia": one compound) is a name, as
 * a capital after a lower-case word is in news; the piece must be parsed again (returns
 * true). */
static bool mend_names_after_nouns(ud_sentence *s)
{
    bool reparse = false;
    for (uint32_t i = 1; i < s->n; i++) {
        ud_word *w = &s->words[i];
        const ud_word *p = &s->words[i - 1];
        /* (a capital after it makes one name of them: "the opposition Move Forward
           Party", which the parse reads well) */
        bool named_on = i + 1 < s->n && isupper((unsigned char)s->words[i + 1].form[0]);
        if (w->upos != UPOS_NOUN || !isupper((unsigned char)w->form[0]) || p->upos != UPOS_NOUN ||
            !islower((unsigned char)p->form[0]) || named_on)
            continue;
        w->upos = UPOS_PROPN;
        w->xpos = w->xpos && strcmp(w->xpos, "NNS") == 0 ? "NNPS" : "NNP";
        w->lemma = w->form;
        reparse = true;
    }
    return reparse;
}

/* "a move Britain and the West condemned": a capitalised word the tagger read as an
 * adjective between "the" and a verb qualifies nothing; it is the name ("the West", "the
 * North") that the verb's subject is, and the piece must be parsed again (returns true). */
static bool mend_names_before_verbs(ud_sentence *s)
{
    bool reparse = false;
    for (uint32_t i = 1; i + 1 < s->n; i++) {
        ud_word *w = &s->words[i];
        const ud_word *d = &s->words[i - 1];
        if (w->upos != UPOS_ADJ || !isupper((unsigned char)w->form[0]) ||
            strcasecmp(d->form, "the") != 0 || s->words[i + 1].upos != UPOS_VERB)
            continue;
        w->upos = UPOS_PROPN;
        w->xpos = "NNP";
        w->lemma = w->form;
        reparse = true;
    }
    return reparse;
}

/* Tags and parses a piece; a past tense read as a noun is made the verb it is and the
 * piece parsed again with the tags so mended (rare: the cost stays with those pieces). */
static void parse_piece(const syntax_model *m, arena *a, ud_sentence *s)
{
    syntax_analyze(m, a, s, SYNTAX_ALL);
    bool mended = false;
    for (uint32_t i = 0; i < s->n; i++) {
        ud_word *w = &s->words[i];
        if (w->upos != UPOS_NOUN)
            continue;
        bool after_article = i > 0 && s->words[i - 1].upos == UPOS_DET;
        for (size_t k = 0; FINITE_VERBS[k].form; k++)
            if (strcmp(w->form, FINITE_VERBS[k].form) == 0 && !after_article) {
                w->upos = UPOS_VERB;
                w->xpos = FINITE_VERBS[k].xpos;
                w->lemma = FINITE_VERBS[k].lemma;
                mended = true;
            }
        const char *past = after_article ? NULL : irregular_past(w);
        if (past) {
            w->upos = UPOS_VERB;
            w->xpos = "VBD";
            w->lemma = past;
            mended = true;
        }
        if (!mended && verb_for_noun(s, i)) {
            w->upos = UPOS_VERB;
            w->xpos = "VBD";
            w->lemma = w->form;
            mended = true;
        }
    }
    if (mend_irregular_pasts(s))
        mended = true;
    if (mend_names_after_nouns(s))
        mended = true;
    if (mend_names_before_verbs(s))
        mended = true;
    if (mended)
        syntax_analyze(m, a, s, SYNTAX_PARSE);
    syntax_repair(s); /* the coder's reading; on the treebanks the rules cost 0.02-0.05 LAS */
}

/* "Australia tightened its laws after the Bali bombings": an act named as the time of
 * a clause is no act of the clause's subject, nor are its actors parties to the clause's
 * act; when the tree found no author of its own for it, the shallow reading of the
 * sentence must not make the subject one either, nor take its actors for another verb's. */
static void cover_earlier_acts(tree_run *r, const ud_tree *t)
{
    for (int x = 1; x <= (int)t->s->n; x++) {
        if (!earlier_act(t, x))
            continue;
        add_covered(r, ud_tree_word(t, x)->start, ud_tree_word(t, x)->end);
        int first, last; /* (nor its actors parties to another verb's act) */
        ud_tree_span(t, x, &first, &last);
        push_span(r->a, &r->excluded, &r->nexcluded, &r->capexcluded,
                  ud_tree_word(t, first)->start, ud_tree_word(t, last)->end);
    }
}

/* A counterfactual past or a supposed scenario is no act (`counterfactual`,
 * `supposed_scenario`): where the tree coded no clause for it, the shallow reading of the
 * sentence must not code its verb either. */
static void cover_unreal_acts(tree_run *r, const ud_tree *t)
{
    for (int x = 1; x <= (int)t->s->n; x++)
        if (counterfactual(t, x) || supposed_scenario(t, x))
            add_covered(r, ud_tree_word(t, x)->start, ud_tree_word(t, x)->end);
}

/* "Russia, Ukraine swap prisoners" parsed again with "swap" a verb still hangs it from
 * "Russia", the root: the verb v (1-based) is the root, a nominal root before it its
 * subject, or, when the verb's subject follows that root after a comma, the subject's
 * first conjunct; a noun hung before the verb as its compound is its subject. */
static void hang_headline_subjects(ud_sentence *s, int v)
{
    ud_word *verb = &s->words[v - 1];
    /* ("Kenyan police shot dead eight protesters": the noun the parse still hangs before
       the verb as its compound is its subject) */
    bool has_subject = false;
    int before = 0;
    for (int k = 1; k <= (int)s->n; k++) {
        const ud_word *kw = &s->words[k - 1];
        if (kw->head != v || !kw->deprel)
            continue;
        has_subject = has_subject || strncmp(kw->deprel, "nsubj", 5) == 0;
        if (k < v && (kw->upos == UPOS_NOUN || kw->upos == UPOS_PROPN) &&
            strcmp(kw->deprel, "compound") == 0)
            before = k;
    }
    if (!has_subject && before) {
        s->words[before - 1].deprel = "nsubj";
        for (int k = 1; k < before; k++) /* (its modifiers: "Kenyan police") */
            if (s->words[k - 1].head == v && s->words[k - 1].deprel &&
                (strcmp(s->words[k - 1].deprel, "amod") == 0 ||
                 strcmp(s->words[k - 1].deprel, "det") == 0 ||
                 strcmp(s->words[k - 1].deprel, "compound") == 0))
                s->words[k - 1].head = before;
        return;
    }
    int root = verb->head;
    if (root <= 0 || root >= v || s->words[root - 1].head != 0)
        return;
    ud_word *rw = &s->words[root - 1];
    if (rw->upos != UPOS_PROPN && rw->upos != UPOS_NOUN)
        return;
    int subj = 0;
    for (int k = 1; k <= (int)s->n; k++)
        if (s->words[k - 1].head == v && strncmp(s->words[k - 1].deprel, "nsubj", 5) == 0)
            subj = k;
    bool comma = false;
    for (int k = root + 1; subj && k < subj; k++)
        comma = comma || strcmp(s->words[k - 1].form, ",") == 0;
    if (subj && (subj < root || !comma))
        return;
    verb->head = 0;
    verb->deprel = "root";
    rw->head = v;
    rw->deprel = "nsubj";
    if (subj) {
        s->words[subj - 1].head = root;
        s->words[subj - 1].deprel = "conj";
    }
}

/* Has the piece a finite verb or an auxiliary (a tense or a modal)? */
static bool has_finite_verb(const ud_sentence *s)
{
    for (uint32_t i = 0; i < s->n; i++) {
        const ud_word *w = &s->words[i];
        if (w->upos == UPOS_AUX ||
            (w->upos == UPOS_VERB && w->xpos && tree_word_in_list(w->xpos, "VBD VBZ VBP MD")))
            return true;
    }
    return false;
}

/* "Kenya: police arrest opposition leader", "Pakistan, Afghanistan exchange fire": a
 * headline's present tense read as a noun, which leaves the piece without a finite verb.
 * When no word is a finite verb or an auxiliary, the first noun that the lexicon reads as a verb,
 * right after a noun or a name (its subject) and before what can open its object, is
 * made the verb (VBZ for a plural noun's -s, else VBP) and the piece parsed again with the
 * tags so mended; so is a plural noun the lexicon lists as a noun but whose past tense it
 * reads as a verb ("Russia shells Kharkiv", noun_listed_verb). True when it mended the
 * piece. */
static bool mend_verbless_piece(tree_run *r, ud_sentence *s)
{
    if (has_finite_verb(s))
        return false;
    for (uint32_t i = 1; i + 1 < s->n; i++) {
        ud_word *w = &s->words[i];
        uint8_t before = s->words[i - 1].upos, after = s->words[i + 1].upos;
        if (w->upos != UPOS_NOUN || (before != UPOS_NOUN && before != UPOS_PROPN) ||
            (after != UPOS_NOUN && after != UPOS_PROPN && after != UPOS_DET &&
             after != UPOS_NUM && after != UPOS_ADJ && after != UPOS_PRON))
            continue;
        const pword *pw = shallow_word_at(r, w->start);
        char past[64];
        if (!pw || (pw->type != W_VERB && pw->read_type != W_VERB &&
                    !(w->xpos && strcmp(w->xpos, "NNS") == 0 &&
                      noun_listed_verb(r, w, past, sizeof past))))
            continue;
        /* (the lemma the noun was given, "exchange" for "exchanges", is the verb's too) */
        w->upos = UPOS_VERB;
        w->xpos = w->xpos && strcmp(w->xpos, "NNS") == 0 ? "VBZ" : "VBP";
        syntax_analyze(r->m, r->a, s, SYNTAX_PARSE);
        syntax_repair(s);
        hang_headline_subjects(s, (int)i + 1);
        return true;
    }
    return false;
}

/* "Three Israeli soldiers were wounded when Hezbollah fighters attacked": a participle
 * the tagger read as an adjective after "be" is a passive all the same; the whole
 * sentence's reading, taking it for an active verb, must swap its subject to the target
 * (or drop a guess), as for any passive the tree found. */
static void remember_adjectival_passives(tree_run *r, const ud_tree *t)
{
    for (int x = 1; x <= (int)t->s->n; x++) {
        const ud_word *w = ud_tree_word(t, x);
        size_t len = strlen(w->form);
        int cop = ud_tree_child(t, x, "cop", 0);
        int subj = ud_tree_child(t, x, "nsubj", 0);
        if (w->upos != UPOS_ADJ || len < 4 || strcmp(w->form + len - 2, "ed") != 0 || !cop ||
            !subj || ud_tree_oblique(t, x, "by"))
            continue;
        int first, last;
        ud_tree_span(t, subj, &first, &last);
        remember_passive(r, t, x, (span){ud_tree_word(t, first)->start, ud_tree_word(t, last)->end});
    }
}

/* "Syria has the most advanced chemical weapons", "Ukraine is grateful to Poland for its
 * help": a word the tagger reads as an adjective modifying a noun (in a sentence with a
 * finite verb of its own), or as a noun with a
 * determiner or a possessive of its own (unless an event noun, which the tree codes
 * itself), is no verb the tree cut off; the whole sentence's reading may not start a
 * verb entry there (an entry for the phrase, "the closure of the consulate", starts at
 * its article and is read). */
static void note_not_verbs(tree_run *r, const ud_tree *t)
{
    /* (a sentence without a finite verb has its verb misread: "The EU unveiled new
       sanctions" read as one noun phrase) */
    bool finite = has_finite_verb(t->s);
    for (int x = 1; x <= (int)t->s->n; x++) {
        const ud_word *w = ud_tree_word(t, x);
        bool modifier = finite && w->upos == UPOS_ADJ && ud_rel_is(w, "amod");
        bool noun = w->upos == UPOS_NOUN && !tree_is_event_noun(w) &&
                    (ud_tree_child(t, x, "det", 0) || ud_tree_child(t, x, "nmod:poss", 0));
        /* ("Thanks to repeated deployments to Iraq": a preposition of several words) */
        bool function = ud_rel_is(w, "case") || ud_rel_is(w, "fixed") || ud_rel_is(w, "mark");
        if (modifier || noun || function)
            push_span(r->a, &r->not_verbs, &r->nnot_verbs, &r->capnot_verbs, w->start, w->end);
    }
}

/* "Remember when Iran seized the American embassy?": a clause opened by "when" right after
 * a verb of memory (its complement or, as the parse may hang it, its adverbial clause)
 * names a moment that took place, as a content clause with "that" does. */
static bool remembered_moment(const ud_tree *t, int x)
{
    static const char *const memory[] = {"remember", "recall", "forget", NULL};
    const ud_word *w = ud_tree_word(t, x);
    if (w->head <= 0 || !lemma_in(ud_tree_word(t, w->head), memory))
        return false;
    for (int c = t->first_child[x]; c; c = t->next_sibling[c])
        if (c < x && c == w->head + 1 && ud_rel_is(ud_tree_word(t, c), "advmod") && ud_tree_word(t, c)->lemma &&
            strcmp(ud_tree_word(t, c)->lemma, "when") == 0)
            return true;
    return false;
}

/* Does a question take the act at node x for granted? "Why did Russia invade Ukraine?"
 * asks the reason for an invasion that took place, and "Is anyone surprised that Russia
 * vetoed the resolution?", "Did you know that Iran supplied drones?" ask about a fact the
 * content clause of a verb or adjective of knowing or feeling states. A yes-or-no question
 * on the act itself ("Did Russia invade Ukraine?") or one with a modal ("Why would Russia
 * invade?") takes nothing for granted. */
static bool presupposed_act(const ud_tree *t, int x)
{
    static const char *const asking[] = {"why", "how", "when", "where", NULL};
    static const char *const factive[] = {"know", "see", "remember", "notice", "realize",
                                          "realise", "forget", "hear", "surprise", "surprised",
                                          "shock", "shocked", "aware", "ironic", "strange",
                                          "telling", "odd", "funny", NULL};
    int n = (int)t->s->n;
    for (int steps = 0; x > 0 && steps <= n; steps++) {
        const ud_word *w = ud_tree_word(t, x);
        bool wh = false, done = false;
        for (int c = t->first_child[x]; c; c = t->next_sibling[c]) {
            const ud_word *cw = ud_tree_word(t, c);
            if (ud_rel_is(cw, "advmod") && c < x && lemma_in(cw, asking))
                wh = true;
            else if (ud_rel_is(cw, "aux") && !ud_rel_is(cw, "aux:pass")) {
                if (cw->lemma && strcmp(cw->lemma, "do") == 0)
                    done = true;
                else if (!(cw->lemma && strcmp(cw->lemma, "have") == 0))
                    return false; /* a modal: only considered */
            }
        }
        if (wh && done)
            return true;
        if ((ud_rel_is(w, "ccomp") || ud_rel_is(w, "csubj")) && w->head > 0)
            return (ud_tree_child(t, x, "mark", 0) && lemma_in(ud_tree_word(t, w->head), factive)) ||
                   remembered_moment(t, x);
        if (ud_rel_is(w, "advcl") && remembered_moment(t, x))
            return true;
        if (!ud_rel_is(w, "xcomp") && !ud_rel_is(w, "conj"))
            return false;
        x = w->head;
    }
    return false;
}

/* "Hezbollah, which bombed the US embassy in 1983, should be considered legitimate?": the
 * document layer reads a sentence that ends with a question mark as asking, its acts only
 * considered (status.c); a relative clause in it still tells what happened, so its events
 * keep the tree's status. Applies to the events [from, to) of tree t. */
static void question_status(tree_run *r, const ud_tree *t, size_t from, size_t to)
{
    if (!r->question.end)
        return;
    int n = (int)t->s->n;
    for (size_t k = from; k < to; k++) {
        event *e = &r->ev[k];
        bool told = false;
        for (int x = node_at(t, e->verb.start), steps = 0; x > 0 && steps <= n && !told;
             x = ud_tree_word(t, x)->head, steps++)
            told = ud_rel_is(ud_tree_word(t, x), "acl");
        if (!told && !e->tree_status && presupposed_act(t, node_at(t, e->verb.start))) {
            e->status = STATUS_ASSERTED;
            e->tree_status = 1;
        }
        if (told)
            e->tree_status = 1;
    }
}

static void code_tree(tree_run *r, ud_sentence *s)
{
    r->piece_first = r->nev;
    const ud_word *last = s->n ? &s->words[s->n - 1] : NULL;
    if (last && strcmp(last->form, "?") == 0)
        r->question = (span){last->start, last->end};
    repair_compound_verb(r, s);
    mend_verbless_piece(r, s);
    repair_list_apposition(s);
    drop_place_words_of_names(r, s);
    drop_qualifying_states(r, s);
    if (section_heading(r, s)) {
        add_covered(r, s->words[0].start, s->words[s->n - 1].end);
        return;
    }
    ud_tree t;
    ud_tree_build(&t, r->a, s);
    r->tree = &t; /* (a person's state reads the tree: person_country) */
    find_persons(r, &t);
    clause_words cw = {arena_calloc(r->a, s->n + 1, 1),
                       arena_alloc(r->a, (s->n + 1) * sizeof(int) * 2),
                       arena_calloc(r->a, s->n + 1, 1)};
    r->pruned = cw.pruned;
    code_sentence_tree(r, &t, &cw);
    cover_earlier_acts(r, &t);
    cover_unreal_acts(r, &t);
    note_not_verbs(r, &t);
    remember_adjectival_passives(r, &t);
    question_status(r, &t, r->piece_first, r->nev);
    for (size_t k = r->piece_first; k < r->nev; k++) {
        const span *src = &r->ev[k].source.where;
        int node = src->end > src->start ? node_at(&t, src->start) : 0;
        if (node && ud_rel_is(ud_tree_word(&t, node), "nsubj"))
            push_span(r->a, &r->clause_subjects, &r->nclause_subjects,
                      &r->capclause_subjects, src->start, src->end);
    }
    r->tree = NULL; /* (t lives no longer than this call) */
    r->pruned = NULL;
}

/* Sets up the coding of text[start..end) and reads it the shallow way (the fallback). */
static void run_begin(tree_run *r, coded_sentence *shallow, const lexicon *lx,
                      const coder_options *opt, const syntax_model *m, arena *a,
                      const char *text, uint32_t start, uint32_t end, int32_t date,
                      uint32_t sentence_index, const sentence_context *ctx,
                      const ud_sentence *s)
{
    memset(r, 0, sizeof *r);
    r->lx = lx;
    r->opt = *opt;
    r->opt.minimum_words = 0; /* a clause is short by nature; headlines are sentences too */
    /* the shallow reading keeps the TABARI engine's rules; a clause's target is an
     * argument the tree found, not a default, so troops against their own state's people
     * are a domestic event there */
    coder_options shallow_opt = r->opt;
    r->opt.keep_nested = true;
    r->m = m;
    r->a = a;
    r->text = text;
    r->date = date;
    r->index = sentence_index;
    r->ctx = ctx;
    r->sentence = (span){start, end};
    /* the shallow reading reads the very words the parser reads: the UD sentence's */
    sentence_context sctx = ctx ? *ctx : (sentence_context){0};
    if (s) {
        token *t;
        sctx.ntokens = ud_sentence_tokens(a, text, s, opt->tabari_tokens ? UD_TOKENS_TABARI
                                                                         : UD_TOKENS, &t);
        sctx.tokens = t;
    }
    coder_code_sentence_in(lx, &shallow_opt, a, text, start, end, date, sentence_index, &sctx,
                           shallow);
    r->shallow = shallow->parse;
}

/* The words[from..) of a UD sentence that are parsed and coded as one tree. A sentence
 * longer than the parser takes in one tree is taken piece by piece, each piece its own
 * tree (as syntax.h parses it), so that coding every predicate's clause stays linear in
 * the length of the text, not quadratic. */
static ud_sentence piece_at(const ud_sentence *whole, uint32_t from)
{
    ud_sentence piece = *whole;
    piece.words = whole->words + from;
    piece.n = whole->n - from < SYNTAX_MAX_WORDS ? whole->n - from : SYNTAX_MAX_WORDS;
    piece.mwts = NULL; /* the coder reads words only */
    piece.nmwt = 0;
    return piece;
}

/* The first word of s that does not start before byte `from` (after a dateline). */
static uint32_t first_word_from(const ud_sentence *s, uint32_t from)
{
    uint32_t first = 0;
    while (first < s->n && s->words[first].start < from)
        first++;
    return first;
}

void tree_parse_ud_sentence(const syntax_model *m, arena *a, ud_sentence *s, uint32_t from)
{
    for (uint32_t i = first_word_from(s, from); i < s->n; i += SYNTAX_MAX_WORDS) {
        ud_sentence piece = piece_at(s, i);
        parse_piece(m, a, &piece);
    }
}

/* Codes words[first..n) of a UD sentence (spans into r->text), piece by piece; `parse`:
 * tag and parse each piece first (else tree_parse_ud_sentence has). */
static void code_words(tree_run *r, const ud_sentence *whole, uint32_t first, bool parse)
{
    for (uint32_t from = first; from < whole->n; from += SYNTAX_MAX_WORDS) {
        ud_sentence piece = piece_at(whole, from);
        if (parse)
            parse_piece(r->m, r->a, &piece);
        code_tree(r, &piece);
    }
}

/* "Human Rights Watch said Egyptian police tortured detainees": the shallow reading of a
 * reported act whose victims the lexicon does not know takes the speaker for the target,
 * so an NGO or an international body that reports abuses became their victim (EGYCOP ->
 * NGOHRIHRW 1822). Is the event's target the subject of a verb of saying (the triple
 * vs: verb, subject, clause, from verb_subjects) whose clause holds the event's verb and
 * source, the speaker being an organisation? */
static bool speaker_as_target(const tree_run *r, const event *e, const span *vs)
{
    static const char *const saying[] = {"said", "says", "say", "reported", "reports",
                                         "stated", "added", "warned", "told", NULL};
    const span *v = vs, *sj = vs + 1, *cl = vs + 2;
    size_t len = v->end - v->start;
    bool said = false;
    for (size_t k = 0; saying[k] && !said; k++)
        said = strlen(saying[k]) == len && strncasecmp(r->text + v->start, saying[k], len) == 0;
    if (!(said && e->target.code && parse_organisation_code(e->target.code) &&
          span_within(e->target.where, *sj) && !span_within(e->source.where, *sj) &&
          span_within(e->verb, *cl) && span_within(e->source.where, *cl) &&
          e->verb.start >= v->end))
        return false;
    /* (its own people are its: "said police tortured its researchers") */
    for (uint32_t k = e->verb.end; k + 4 < cl->end; k++)
        if (isspace((unsigned char)r->text[k]) &&
            (strncasecmp(r->text + k + 1, "its ", 4) == 0 ||
             (k + 6 < cl->end && strncasecmp(r->text + k + 1, "their ", 6) == 0)))
            return false;
    return true;
}

/* Adds the shallow reading's events for verbs the tree coded nothing for, and fills out. */
static void run_end(tree_run *r, const coded_sentence *shallow, coded_sentence *out)
{
    /* Where the tree gives a verb no event (often a parse that cut the verb off its
     * arguments), the shallow reading of the whole sentence may still find one: its
     * events for verbs the tree coded nothing for are kept too. */
    size_t ntree = r->nev;
    r->piece_first = 0;
    for (size_t k = 0; k < shallow->nevents; k++) {
        const event *e = &shallow->events[k];
        bool covered = false;
        for (size_t i = 0; i < ntree && !covered; i++)
            covered = e->verb.start < r->ev[i].verb.end && r->ev[i].verb.start < e->verb.end;
        for (size_t i = 0; i < r->ncovered && !covered; i++)
            covered = e->verb.start < r->covered[i].end && r->covered[i].start < e->verb.end;
        for (size_t i = 0; i < r->nnot_verbs && !covered; i++)
            covered = e->verb.start == r->not_verbs[i].start;
        for (size_t i = 0; i < r->ncontent && !covered; i++) {
            const span *x = &r->content[i];
            covered = span_within(e->verb, *x) &&
                      (!span_within(e->source.where, *x) || !span_within(e->target.where, *x));
        }
        /* "Iran refused to attend the talks after Russia criticised Israel": the subject
           of a clause the tree coded is no target of a verb outside it */
        for (size_t i = 0; i < r->nclause_subjects && !covered; i++)
            covered = e->target.where.start < r->clause_subjects[i].end &&
                      r->clause_subjects[i].start < e->target.where.end;
        /* "Poland has taken in refugees since Russia invaded": the active subject of a
           verb is not its target for a source from outside its clause */
        for (size_t i = 0; i + 2 < r->nverb_subjects && !covered; i += 3) {
            const span *v = &r->verb_subjects[i], *sj = v + 1, *cl = v + 2;
            covered = e->verb.start < v->end && v->start < e->verb.end &&
                      e->target.where.start < sj->end && sj->start < e->target.where.end &&
                      !(e->source.where.start < cl->end && cl->start < e->source.where.end);
        }
        for (size_t i = 0; i + 2 < r->nverb_subjects && !covered; i += 3)
            covered = speaker_as_target(r, e, &r->verb_subjects[i]);
        for (size_t i = 0; i < r->nexcluded && !covered; i++) {
            const span *x = &r->excluded[i];
            covered = (e->source.where.start < x->end && x->start < e->source.where.end) ||
                      (e->target.where.start < x->end && x->start < e->target.where.end);
        }
        bool judged = (e->code[0] == '1' && (e->code[1] == '1' || e->code[1] == '2')) ||
                      (e->code[0] == '0' && e->code[1] == '5');
        for (size_t i = 0; judged && i < r->nforce && !covered; i++)
            covered = span_within(e->target.where, r->force_patients[i]);
        /* "Soaring food prices are hitting households across Nigeria and Ghana": two
           actors after the verb that the reading makes act on each other with one code
           (both ways; not a host's and a guest's pair), with no "between" before them,
           are no parties of it */
        if (!covered && e->source.where.start >= e->verb.end &&
            e->target.where.start >= e->verb.end) {
            bool mirrored = false;
            for (size_t m = 0; m < shallow->nevents && !mirrored; m++)
                mirrored = shallow->events[m].verb.start == e->verb.start &&
                           strcmp(shallow->events[m].code, e->code) == 0 &&
                           shallow->events[m].source.where.start == e->target.where.start &&
                           shallow->events[m].target.where.start == e->source.where.start;
            uint32_t first = e->source.where.start < e->target.where.start
                                 ? e->source.where.start : e->target.where.start;
            bool between = first >= 8 && strncasecmp(r->text + first - 8, "between ", 8) == 0;
            covered = mirrored && !between;
        }
        if (covered)
            continue;
        event flipped = *e;
        period_named(r, &flipped.source);
        period_named(r, &flipped.target);
        if (passive_to_active(r, &flipped))
            add_event(r, &flipped);
    }
    if (!r->first_actor)
        r->first_actor = shallow->first_actor;
    memset(out, 0, sizeof *out);
    out->events = r->ev;
    out->nevents = r->nev;
    out->first_actor = r->first_actor;
    out->outcome = r->nev ? CODED_EVENTS : CODED_NO_EVENTS;
    out->parse = shallow->parse; /* the document layer reads speakers from it */
    out->persons = r->persons;
    out->npersons = r->npersons;
}

void tree_code_ud_sentence(const lexicon *lx, const coder_options *opt, const syntax_model *m,
                           arena *a, const char *text, ud_sentence *s, uint32_t from,
                           int32_t date, uint32_t sentence_index, const sentence_context *ctx,
                           coded_sentence *out)
{
    uint32_t first = first_word_from(s, from);
    uint32_t start = from > s->start ? from : s->start;
    uint32_t end = s->end > start ? s->end : start;
    tree_run r;
    coded_sentence shallow;
    run_begin(&r, &shallow, lx, opt, m, a, text, start, end, date, sentence_index, ctx, s);
    code_words(&r, s, first, false);
    run_end(&r, &shallow, out);
}

void tree_code_sentence(const lexicon *lx, const coder_options *opt, const syntax_model *m,
                        arena *a, const char *text, uint32_t start, uint32_t end, int32_t date,
                        uint32_t sentence_index, const sentence_context *ctx,
                        coded_sentence *out)
{
    tree_run r;
    coded_sentence shallow;
    run_begin(&r, &shallow, lx, opt, m, a, text, start, end, date, sentence_index, ctx, NULL);
    ud_sentence *sents;
    size_t ns = ud_tokenize(a, text + start, end - start, &sents);
    for (size_t si = 0; si < ns; si++) {
        ud_sentence *whole = &sents[si];
        for (uint32_t i = 0; i < whole->n; i++) {
            whole->words[i].start += start;
            whole->words[i].end += start;
        }
        code_words(&r, whole, 0, true);
    }
    run_end(&r, &shallow, out);
}
