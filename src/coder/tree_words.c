/* tree_words.c: the closed lists of English words the tree coder reads (see
 * tree_words.h). */
#include "coder/tree_words.h"

#include <ctype.h>
#include <pthread.h>
#include <string.h>

/* Is the word's lemma one of the list's (NULL-terminated)? */
static bool lemma_listed(const ud_word *w, const char *const *list)
{
    /* asked of most words of a clause: the first letter is compared before the whole */
    for (const char *const *q = list; w->lemma && *q; q++)
        if ((*q)[0] == w->lemma[0] && strcmp(*q, w->lemma) == 0)
            return true;
    return false;
}

/* Event nouns (see event_noun in tree_words.h). */
static const event_noun event_nouns[] = {
    {"attack", "attacked", "on against", false},
    {"assault", "assaulted", "on against", false},
    {"retaliation", "retaliated", "", false},
    {"invasion", "invaded", "", false},
    {"occupation", "occupied", "", false},
    {"bombing", "bombed", "", false},
    {"bombardment", "bombarded", "", false},
    {"massacre", "massacred", "", false},
    {"execution", "executed", "", false},
    {"assassination", "assassinated", "", false},
    {"murder", "murdered", "", false},
    {"killing", "killed", "", false},
    {"abduction", "abducted", "", false},
    {"kidnapping", "kidnapped", "", false},
    {"shelling", "shelled", "", false},
    {"seizure", "seized", "", false},
    {"capture", "captured", "", false},
    {"annexation", "annexed", "", false},
    {"deportation", "deported", "", false},
    {"extradition", "extradited", "", false},
    {"imprisonment", "imprisoned", "", false},
    {"torture", "tortured", "", false},
    {"ambush", "ambushed", "on against", false},
    {"siege", "besieged", "of", false},
    {"raid", "raided", "on against", false},
    {"incursion", "invaded", "into", false},
    {"offensive", "attacked", "on against", false},
    {"airstrike", "bombed", "on against", false},
    {"strike", "attacked", "on against", false},
    {"blockade", "blockaded", "on against", false},
    {"delivery", "delivered", "", false},
    {"supply", "supplied", "", false},
    {"transfer", "transferred", "", false},
    {"shipment", "shipped", "", false},
    {"sale", "sold", "", false},
    {"loan", "lent", "", false},
    {"donation", "donated", "", false},
    {"funding", "funded", "for", false},
    {"visit", "visited", "to", true},
    {"trip", "visited", "to", true},
    {"meeting", "met", "with between", false},
    {"summit", "met", "with between", false},
    {"talk", "met", "with between", false},
    {"negotiation", "negotiated with", "with between", false},
    {"recognition", "recognized", "", false},
    {"condemnation", "condemned", "", false},
    {"denunciation", "denounced", "", false},
    {"rebuke", "rebuked", "", false},
    {"criticism", "criticized", "", false},
    {"accusation", "accused", "against", false},
    {"allegation", "accused", "against", false},
    {"praise", "praised", "for", false},
    {"congratulation", "congratulated", "", false},
    {"complaint", "complained", "", false},
    {"request", "requested", "for", false},
    {"endorsement", "endorsed", "", false},
    {"apology", "apologized", "", false},
    {"rejection", "rejected", "", false},
    {"threat", "threatened", "to against", false},
    {"ultimatum", "issued an ultimatum", "", false},
    {"warning", "warned", "to", false},
    {"sanction", "sanctioned", "on against", false},
    {"embargo", "embargoed", "on against", false},
    {"boycott", "boycotted", "", false},
    {"support", "supported", "for", false},
    {"aid", "aided", "to for", false},
    {"assistance", "assisted", "to for", false},
    {"invitation", "invited", "to", false},
    {"expulsion", "expelled", "", false},
    {"arrest", "arrested", "", false},
    {"detention", "detained", "", false},
    {"demolition", "demolished", "", false},
    {"confiscation", "confiscated", "", false},
    {"interception", "intercepted", "", false},
    {"destruction", "destroyed", "", false},
    {"release", "released", "", false},
    {"deployment", "deployed", "", false},
    {"agreement", "reached an agreement with", "with between", false},
    {"cooperation", "cooperated with", "with between", false},
    {"protest", "protested against", "against", false},
    {"demand", "demanded", "", false},
    {"appeal", "appealed to", "to", false},
    {"offer", "offered", "to", false},
    {"pledge", "pledged", "to", false},
    {"investigation", "investigated", "into", false},
    {"ban", "banned", "on", false},
    {"recall", "recalled", "", false},
    {"withdrawal", "withdrew", "", false},
    {"mediation", "mediated", "", true},
    {"ceasefire", "agreed to a ceasefire with", "with between", false},
    {"drill", "staged drills", "", false},
    {"exercise", "staged exercises", "", false},
    {"clash", "clashed with", "with between", false},
    {"fighting", "clashed with", "with between", false},
    {"battle", "clashed with", "with between", false},
    {"skirmish", "clashed with", "with between", false},
    {"firefight", "clashed with", "with between", false},
    {"gunfight", "clashed with", "with between", false},
    {"exchange", "exchanged", "with between", false},
    {"swap", "swapped", "with between", false},
};

/* Adjectives that, as a predicate, state an act of their subject on the phrase after
 * their preposition ("China is critical of Japan" reads "China criticized Japan"). */
static const event_noun event_adjectives[] = {
    {"critical", "criticized", "of", false},   {"supportive", "supported", "of", false},
    {"grateful", "thanked", "to for", false},  {"angry", "criticized", "at with", false},
    {"furious", "criticized", "at with", false},
};

const char *tree_event_noun_verb(const ud_tree *t, int noun, const event_noun *en)
{
    static const struct {
        const char *noun, *verb;
        const char *const adjectives[6];
    } variants[] = {
        {"cooperation", "cooperated militarily with",
         {"military", "defense", "defence", "security", NULL}},
        {"cooperation", "cooperated economically with", {"economic", "trade", NULL}},
    };
    const ud_word *nw = ud_tree_word(t, noun);
    for (size_t v = 0; nw->lemma && v < sizeof variants / sizeof *variants; v++) {
        if (strcmp(nw->lemma, variants[v].noun) != 0)
            continue;
        for (int c = t->first_child[noun]; c; c = t->next_sibling[c]) {
            const ud_word *a = ud_tree_word(t, c);
            if ((ud_rel_is(a, "amod") || ud_rel_is(a, "compound")) && lemma_listed(a, variants[v].adjectives))
                return variants[v].verb;
        }
    }
    return en->verb;
}

bool tree_calendar_word(const ud_word *w)
{
    static const char *const CALENDAR[] = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
        /* abbreviated, with or without their period ("Fri July 20", "Fri. July 20") */
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "Jan", "Feb",
        "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", NULL};
    size_t n = strlen(w->form);
    if (n > 1 && w->form[n - 1] == '.')
        n--;
    for (size_t i = 0; CALENDAR[i]; i++)
        if (strlen(CALENDAR[i]) == n && strncmp(w->form, CALENDAR[i], n) == 0)
            return true;
    return false;
}

bool tree_patient_noun(const ud_word *w)
{
    static const char *const PATIENT[] = {"arrest", "detention", "release", "expulsion", NULL};
    return w->upos == UPOS_NOUN && lemma_listed(w, PATIENT);
}

/* The event nouns chained by first letter, in list order (built once): a noun is compared
 * with the few listed ones that begin like it. */
#define N_EVENT_NOUNS (sizeof event_nouns / sizeof *event_nouns)
static int16_t noun_by_letter[256], noun_next[N_EVENT_NOUNS];
static pthread_once_t nouns_chained = PTHREAD_ONCE_INIT;

static void chain_nouns(void)
{
    for (size_t c = 0; c < 256; c++)
        noun_by_letter[c] = -1;
    for (size_t i = N_EVENT_NOUNS; i-- > 0;) {
        unsigned char c = (unsigned char)event_nouns[i].lemma[0];
        noun_next[i] = noun_by_letter[c];
        noun_by_letter[c] = (int16_t)i;
    }
}

const event_noun *tree_event_noun(const ud_word *w)
{
    /* asked of every noun of every clause: the first letter is compared before the
     * whole lemma */
    if (w->upos == UPOS_ADJ && w->lemma) {
        for (size_t i = 0; i < sizeof event_adjectives / sizeof *event_adjectives; i++)
            if (w->lemma[0] == event_adjectives[i].lemma[0] &&
                strcmp(w->lemma, event_adjectives[i].lemma) == 0)
                return &event_adjectives[i];
        return NULL;
    }
    if (w->upos != UPOS_NOUN || !w->lemma)
        return NULL;
    pthread_once(&nouns_chained, chain_nouns);
    for (int i = noun_by_letter[(unsigned char)w->lemma[0]]; i >= 0; i = noun_next[i])
        if (strcmp(w->lemma, event_nouns[i].lemma) == 0)
            return &event_nouns[i];
    return NULL;
}

bool tree_is_event_noun(const ud_word *w)
{
    return tree_event_noun(w) != NULL;
}

bool tree_word_in_list(const char *word, const char *list)
{
    size_t n = strlen(word);
    for (const char *p = list; *p;) {
        const char *e = strchr(p, ' ');
        size_t k = e ? (size_t)(e - p) : strlen(p);
        if (k == n && strncmp(p, word, n) == 0)
            return true;
        p += k;
        while (*p == ' ')
            p++;
    }
    return false;
}

bool tree_event_noun_takes(const ud_word *noun, const char *prep)
{
    const event_noun *en = tree_event_noun(noun);
    return en && (tree_word_in_list(prep, en->object_preps) || strcmp(prep, "by") == 0 ||
                  strcmp(prep, "of") == 0);
}

/* Verbs that attribute words to their subject ("said", "told", "confirmed"). */
bool tree_verb_of_saying(const ud_word *w)
{
    static const char *const SAY[] = {"say",    "tell",  "add",     "state",   "declare",
                                      "insist", "stress", "write",  "explain", "confirm",
                                      "note",   NULL};
    return w->upos == UPOS_VERB && lemma_listed(w, SAY);
}

const char *tree_judgement_verb(const ud_word *w)
{
    static const char *const BLAME[] = {
        "damning",    "shameful", "disgraceful", "outrageous",   "appalling",
        "unacceptable", "deplorable", "scandalous", "irresponsible", "reckless",
        "clumsy",     "callous",  "cruel",       "inhumane",     "absurd",
        "hypocritical", "misguided", "counterproductive", "disgusting", "unjust",
        /* (how wire reports judge a measure: "the decision was illegal") */
        "illegal",    "illegitimate", "unlawful", "unjustified", "unfair", "regrettable",
        "null",       "provocative", "unfriendly", "hostile",
        NULL};
    static const char *const PRAISE[] = {"commendable", "laudable", "admirable", NULL};
    /* "it was damning that ...": the tagger may read a participle, whose lemma is the
       verb's */
    if (w->upos == UPOS_VERB && w->form && strcmp(w->form, "damning") == 0)
        return "criticized";
    /* ("the decision was a mistake": a noun of blame heading what someone says) */
    static const char *const BLAME_NOUNS[] = {"mistake", "provocation", "violation", "sham",
                                              "farce", "blunder", "disgrace", NULL};
    if (w->upos == UPOS_NOUN && lemma_listed(w, BLAME_NOUNS) && w->deprel &&
        (strcmp(w->deprel, "ccomp") == 0 || strcmp(w->deprel, "root") == 0 ||
         strcmp(w->deprel, "parataxis") == 0))
        return "criticized";
    if (w->upos != UPOS_ADJ)
        return NULL;
    if (lemma_listed(w, BLAME))
        return "criticized";
    if (lemma_listed(w, PRAISE))
        return "praised";
    return NULL;
}

/* Participles whose passive reads as a state, not as an act done to its subject ("Israel
 * is opposed to", "forces were engaged in"): their subject is the one who acts. */
bool tree_stative_passive(const ud_word *w)
{
    static const char *const STATIVE[] = {"oppose",  "engage",   "involve", "commit",
                                          "concern", "prepare",  "determine", "interest",
                                          "dedicate", "devote",  "worry",   "entitle", NULL};
    return lemma_listed(w, STATIVE);
}

bool tree_indefinite_pronoun(const ud_word *w)
{
    static const char *const INDEFINITE[] = {"someone", "somebody", "anyone", "anybody",
                                             "everyone", "everybody", "nobody", "no one",
                                             NULL};
    return lemma_listed(w, INDEFINITE);
}

/* Nouns that, in apposition to a name, say it is a private person's ("Ahmed Mohamed, a
 * 14-year-old boy", "his wife Manju Sam"). */
static const char *const PERSON_NOUNS[] = {
    "boy",    "girl",    "man",     "woman",  "teenager", "child",    "student", "member",
    "resident", "wife",  "husband", "father", "mother",   "son",      "daughter", "brother",
    "sister", "citizen", "worker",  "defector", "parent", "mom",      "dad",     "grandmother",
    "grandfather", "friend", "neighbor", "neighbour", "owner", "employee", "volunteer",
    "artist", "writer", "poet", "blogger", "tourist", "fisherman", "engineer", "scientist",
    "professor", "driver", "bride", "grandson", "granddaughter", "nephew", "niece", "elder", "sheikh", "shaikh", "chieftain",
    NULL};

bool tree_person_noun(const ud_word *w)
{
    return w->upos == UPOS_NOUN && lemma_listed(w, PERSON_NOUNS);
}

bool tree_courtesy_title(const ud_word *w)
{
    static const char *const TITLES[] = {"Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Miss", NULL};
    for (const char *const *q = TITLES; *q; q++)
        if (strcmp(*q, w->form) == 0)
            return true;
    return false;
}

/* An age in apposition ("Daniel Montalvo, 19,"). */
bool tree_age_number(const ud_word *w)
{
    if (w->upos != UPOS_NUM)
        return false;
    int v = 0, digits = 0;
    for (const char *f = w->form; *f; f++) {
        if (!isdigit((unsigned char)*f) || ++digits > 3)
            return false; /* not a number, or no age */
        v = v * 10 + (*f - '0');
    }
    return digits > 0 && v > 0 && v < 120;
}

/* Acts of the state's police, courts and authorities that news reports in the passive
 * without their agent ("Montalvo was arrested", "he was charged with theft", "the party
 * was banned", "residents were urged to leave"): the agent is implied by the verb. */
static const struct {
    const char *lemma;
    const char *agent;
    const char *needs; /* an oblique that must be there ("released on bail"), or NULL */
} IMPLIED_AGENTS[] = {
    {"arrest", "police", NULL},      {"detain", "police", NULL},
    {"jail", "court", NULL},         {"imprison", "court", NULL},
    {"charge", "prosecutors", NULL}, {"indict", "prosecutors", NULL},
    {"convict", "court", NULL},      {"sentence", "court", NULL},
    {"release", "police", "bail"},   {"deport", "authorities", NULL},
    {"ban", "authorities", NULL},    {"bar", "authorities", NULL},
    {"outlaw", "authorities", NULL}, {"encourage", "authorities", NULL},
    {"urge", "authorities", NULL},   {"acquit", "court", NULL},
    {"impeach", "lawmakers", NULL},  {"place", "judges", "investigation"},
    /* (a lemma may have several entries, each with the oblique it needs: "placed under
       house arrest" is the police's act, "placed under investigation" the judges') */
    {"place", "police", "arrest"},   {"put", "police", "arrest"},
    {"hold", "police", "question"},  {"take", "police", "question"},
    {NULL, NULL, NULL}};

const char *tree_implied_agent(const char *lemma, const char **needs)
{
    for (int k = 0; lemma && IMPLIED_AGENTS[k].lemma; k++)
        if (strcmp(IMPLIED_AGENTS[k].lemma, lemma) == 0) {
            *needs = IMPLIED_AGENTS[k].needs;
            return IMPLIED_AGENTS[k].agent;
        }
    return NULL;
}

const char *tree_implied_agent_nth(const char *lemma, int nth, const char **needs)
{
    for (int k = 0; lemma && IMPLIED_AGENTS[k].lemma; k++)
        if (strcmp(IMPLIED_AGENTS[k].lemma, lemma) == 0 && nth-- == 0) {
            *needs = IMPLIED_AGENTS[k].needs;
            return IMPLIED_AGENTS[k].agent;
        }
    return NULL;
}

bool tree_prospect_noun(const ud_word *w)
{
    static const char *const PROSPECT[] = {"option",   "plan", "possibility", "prospect",
                                           "way",      "idea", "proposal",    "scenario",
                                           NULL};
    return w->upos == UPOS_NOUN && lemma_listed(w, PROSPECT);
}

bool tree_performs_event(const ud_word *verb)
{
    static const char *const PERFORM[] = {
        "express", "voice",  "tweet",  "offer",   "pledge", "promise", "declare", "extend",
        "give",    "lend",   "launch", "stage",   "carry",  "conduct", "mount",   "begin",
        "start",   "resume", "renew",  "step",    "order",  "announce", "make",   "complete",
        NULL};
    return verb->upos == UPOS_VERB && lemma_listed(verb, PERFORM);
}
