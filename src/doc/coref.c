/* coref.c: people named in a document, and what pronouns and descriptions stand for
 * (see coref.h). */
#include "doc/coref.h"
#include "doc/words.h"
#include "cameo/cameo.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

void coref_people_init(coref_people *p, arena *a, const char *text)
{
    memset(p, 0, sizeof *p);
    p->a = a;
    p->text = text;
}

static span last_word(const char *text, span s)
{
    uint32_t b = s.end;
    while (b > s.start && text[b - 1] != ' ' && text[b - 1] != '\n' && text[b - 1] != '\t')
        b--;
    return (span){b, s.end};
}

static bool same_text(const char *text, span a, span b)
{
    return a.end - a.start == b.end - b.start &&
           strncasecmp(text + a.start, text + b.start, a.end - a.start) == 0;
}

void coref_people_add(coref_people *p, span name, const char *code, uint32_t at)
{
    if (name.end <= name.start)
        return;
    p->v = arena_grow(p->a, p->v, p->n, &p->cap, p->n + 1, sizeof *p->v);
    p->v[p->n++] = (coref_person){name, last_word(p->text, name), code, at};
}

/* Words that describe a person (a description made of them and no country resolves to
 * the last person named). */
static const char *const PERSON_NOUNS[] = {
    "expert",   "analyst",    "official", "spokesman", "spokeswoman", "spokesperson",
    "minister", "leader",     "president", "general",  "commander",   "diplomat",
    "ambassador", "envoy",    "scholar",  "researcher", "professor",  "head",
    "chief",    "director",   "secretary", "observer", "adviser",     "advisor",
    "he",       "she",        "him",      "her",       "specialist",  "economist",
    NULL};

static bool is_person_description(const char *text, span s)
{
    const char *p = text + s.start, *end = text + s.end;
    bool starts_ok = false, person = false;
    int words = 0;
    while (p < end) {
        while (p < end && !isalpha((unsigned char)*p))
            p++;
        const char *w = p;
        while (p < end && (isalpha((unsigned char)*p) || *p == '-'))
            p++;
        size_t n = (size_t)(p - w);
        if (!n)
            break;
        if (words == 0)
            starts_ok = (n == 3 && strncasecmp(w, "the", 3) == 0) ||
                        (n == 1 && strncasecmp(w, "a", 1) == 0) ||
                        (n == 2 && strncasecmp(w, "an", 2) == 0) ||
                        (n == 2 && strncasecmp(w, "he", 2) == 0) ||
                        (n == 3 && strncasecmp(w, "she", 3) == 0);
        for (const char *const *q = PERSON_NOUNS; *q; q++)
            if (strlen(*q) == n && strncasecmp(w, *q, n) == 0)
                person = true;
        words++;
    }
    return starts_ok && person && words <= 6;
}

static const coref_person *canonical(const coref_people *p, span surname)
{
    const coref_person *best = NULL;
    for (size_t i = 0; i < p->n; i++) {
        const coref_person *c = &p->v[i];
        if (!same_text(p->text, c->surname, surname))
            continue;
        if (!best || c->name.end - c->name.start > best->name.end - best->name.start ||
            (!best->code && c->code))
            best = c;
    }
    return best;
}

static const char *code_for(const coref_people *p, span surname)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->v[i].code && same_text(p->text, p->v[i].surname, surname))
            return p->v[i].code;
    return NULL;
}

static void trim(const char *text, span *s)
{
    while (s->start < s->end && (text[s->start] == ' ' || text[s->start] == '"' ||
                                 text[s->start] == ','))
        s->start++;
    while (s->end > s->start && (text[s->end - 1] == ' ' || text[s->end - 1] == '"' ||
                                 text[s->end - 1] == ','))
        s->end--;
}

/* Is byte `at` inside a quotation: an odd number of double quotes (straight or curly)
 * before it in its paragraph? (At most QUOTE_LOOKBACK bytes are read, so that the cost per
 * person stays bounded on a text without paragraphs.) */
enum { QUOTE_LOOKBACK = 4096 };
static bool within_quote(const char *text, uint32_t at)
{
    uint32_t from = at > QUOTE_LOOKBACK ? at - QUOTE_LOOKBACK : 0;
    int quotes = 0;
    for (uint32_t k = at; k > from; k--) {
        const unsigned char *c = (const unsigned char *)text + k - 1;
        if (*c == '\n' && k >= 2 && text[k - 2] == '\n')
            break; /* a blank line: the paragraph starts here */
        if (*c == '"')
            quotes++;
        else if (*c == 0x9C || *c == 0x9D) /* the last byte of a curly double quote */
            quotes += k >= 3 && (unsigned char)text[k - 3] == 0xE2 &&
                      (unsigned char)text[k - 2] == 0x80;
    }
    return quotes % 2 == 1;
}

void coref_resolve_speaker(const coref_people *p, span speaker, span name, const char *code,
                           const char **out_text, const char **out_code)
{
    const char *text = p->text;
    trim(text, &speaker);
    *out_code = code;
    *out_text = speaker.end > speaker.start
                    ? arena_strndup(p->a, text + speaker.start, speaker.end - speaker.start)
                    : NULL;
    if (name.end > name.start) {
        const coref_person *c = canonical(p, last_word(text, name));
        span nm = c ? c->name : name;
        *out_text = arena_strndup(p->a, text + nm.start, nm.end - nm.start);
        if (!code)
            *out_code = code_for(p, last_word(text, name));
        return;
    }
    if (code || !is_person_description(text, speaker))
        return;
    const coref_person *before = NULL, *after = NULL;
    for (size_t i = 0; i < p->n; i++) {
        const coref_person *c = &p->v[i];
        if (c->code && !parse_code_may_be_person(c->code))
            continue; /* a state is no expert ("An expert says North Korea may ...") */
        if (within_quote(text, c->at))
            continue; /* someone the speaker talks about is not the speaker */
        if (c->at < speaker.start)
            before = c;
        else if (!after && c->at > speaker.end)
            after = c;
    }
    const coref_person *c = before ? before : after;
    if (!c)
        return;
    c = canonical(p, c->surname);
    *out_text = arena_strndup(p->a, text + c->name.start, c->name.end - c->name.start);
    *out_code = c->code ? c->code : code_for(p, c->surname);
}

const char *coref_forward(const coded_sentence *prev, const char *before)
{
    if (prev->nevents > 0 && prev->events[0].implied_source && prev->events[0].target.code)
        return prev->events[0].target.code; /* "X was arrested. He was released ..." */
    if (prev->nevents > 0 && prev->events[0].source.code &&
        prev->events[0].source.where.end > prev->events[0].source.where.start)
        return prev->events[0].source.code;
    if (prev->first_actor)
        return prev->first_actor;
    return before;
}

/* Does the sentence only say something: a quote opens it, or its first actor (or
 * pronoun) is the subject of a verb of saying ("Israel said almost all of the projectiles
 * were intercepted", "He said the sanctions would hurt Europe")? Its actors then did no
 * act that "the attack" could name. */
static bool statement_only(const parsed_sentence *ps)
{
    if (!ps || ps->n == 0)
        return false;
    if (ps->w[0].type == W_QUOTE)
        return true;
    int k = 0;
    while (k < ps->n && !(ps->w[k].type == W_ACTOR && ps->w[k].head) &&
           ps->w[k].type != W_PRONOUN)
        k++;
    for (int j = k + 1; j < ps->n && j <= k + 8; j++) {
        const pword *w = &ps->w[j];
        if (w->type == W_COMMA)
            return false;
        if (w->type == W_VERB) /* (the attribution's verbs of saying, words.c) */
            return (words_classify(w->s, w->len) & (WC_SPEECH | WC_SPEECH_THAT)) != 0;
    }
    return false;
}

const char *coref_forward_measure(const coded_sentence *prev, const char *before)
{
    if (prev->nevents == 0 && before && statement_only(prev->parse))
        return before;
    /* ("The EU adopted sanctions. Russia said it would retaliate. Kyiv welcomed the
       decision": an act still to come, or one that did not happen, is no decision taken) */
    bool taken = false;
    for (size_t k = 0; k < prev->nevents && !taken; k++)
        taken = prev->events[k].status != STATUS_HYPOTHETICAL &&
                prev->events[k].status != STATUS_NEGATED;
    if (prev->nevents > 0 && !taken && before)
        return before;
    /* "The EU agreed new sanctions. Orban criticised the decision. Russia condemned the
       sanctions": a reaction to a measure (criticism, praise, rejection, denial,
       complaint, threat) names its author as its target */
    static const char *const reactions[] = {"110", "111", "114", "051", "12", "016", "13", NULL};
    if (prev->nevents > 0 && prev->events[0].target.code && prev->events[0].target.code[0])
        for (size_t k = 0; reactions[k]; k++)
            if (strncmp(prev->events[0].code, reactions[k], strlen(reactions[k])) == 0)
                return prev->events[0].target.code;
    return coref_forward(prev, before);
}

const char *coref_forward_said(const coded_sentence *prev, int kind, const char *before)
{
    static const char *const roots[][3] = {{"02", "10", NULL}, {"11", NULL, NULL},
                                           {"13", NULL, NULL}};
    for (size_t k = prev->nevents; k-- > 0;) {
        const event *e = &prev->events[k];
        for (size_t j = 0; j < 3 && roots[kind][j]; j++)
            if (strncmp(e->code, roots[kind][j], 2) == 0 && e->source.code && e->source.code[0])
                return e->source.code;
    }
    return before;
}

const char *coref_last_organisation(const coded_sentence *prev, const char *before)
{
    const parsed_sentence *ps = prev->parse;
    const char *last = before;
    for (int i = 0; ps && i < ps->n; i++) {
        const pword *w = &ps->w[i];
        const char *c = w->type == W_ACTOR && w->head && w->code ? w->code->code
                        : w->type == W_PRONOUN ? w->fwd_code : NULL;
        if (c && isupper((unsigned char)c[0]) && parse_organisation_code(c))
            last = c;
    }
    return last;
}

const char *coref_last_armed(const coded_sentence *prev, const char *before)
{
    for (size_t k = prev->nevents; k-- > 0;) {
        const event *e = &prev->events[k];
        if ((strncmp(e->code, "18", 2) == 0 || strncmp(e->code, "19", 2) == 0 ||
             strncmp(e->code, "20", 2) == 0) && e->source.code && e->source.code[0])
            return e->source.code;
    }
    return before;
}

const char *coref_last_attacked(const coded_sentence *prev, arena *a, const char *before)
{
    for (size_t k = prev->nevents; k-- > 0;) {
        const event *e = &prev->events[k];
        const char *s = e->source.code, *t = e->target.code;
        if (!(strncmp(e->code, "18", 2) == 0 || strncmp(e->code, "19", 2) == 0 ||
              strncmp(e->code, "20", 2) == 0) || !s || !t || strlen(s) < 3 || strlen(t) < 3)
            continue;
        char src[4], tgt[4];
        snprintf(src, sizeof src, "%.3s", s);
        snprintf(tgt, sizeof tgt, "%.3s", t);
        /* (a state's own fighting, or a group's without a state, tells no two sides) */
        if (strcmp(src, tgt) == 0 || !cameo_actor_is_state(src) || !cameo_actor_is_state(tgt))
            continue;
        char *out = arena_alloc(a, 8);
        snprintf(out, 8, "%s/%s", tgt, src);
        return out;
    }
    return before;
}

const char *coref_last_patient(const coded_sentence *prev, arena *a, const char *code,
                               const char *before)
{
    for (size_t k = prev->nevents; k-- > 0;) {
        const event *e = &prev->events[k];
        const char *t = e->target.code;
        char st[4];
        if (strncmp(e->code, code, strlen(code)) != 0 || !t || strlen(t) < 3)
            continue;
        snprintf(st, sizeof st, "%.3s", t);
        if (!cameo_actor_is_state(st))
            continue;
        if (strlen(t) > 3)
            return t;
        char *out = arena_alloc(a, 8); /* (those held from a state's ship or town) */
        snprintf(out, 8, "%sCVL", st);
        return out;
    }
    return before;
}

/* Is the code an international court's: the ICC, the world court and the UN tribunals, or
 * an organisation's judiciary (IGOEURCOEJUD)? */
static bool international_court(const char *code)
{
    size_t n = strlen(code);
    return strcmp(code, "IGOICC") == 0 || strcmp(code, "IGOUNOICJ") == 0 ||
           strcmp(code, "IGOUNOWCT") == 0 || (n > 6 && strcmp(code + n - 3, "JUD") == 0);
}

const char *coref_last_measure(const coded_sentence *prev, int kind, const char *before)
{
    for (size_t k = prev->nevents; k-- > 0;) {
        const event *e = &prev->events[k];
        const char *src = e->source.code;
        if (!src || !src[0] || e->status == STATUS_NEGATED || e->status == STATUS_HYPOTHETICAL)
            continue;
        /* (a court's: a state's judiciary, or an international court, "the ICC") */
        if (kind == MEASURE_SANCTIONS ? strcmp(e->code, "163") == 0
                                      : (strlen(src) >= 6 && strstr(src + 3, "JUD") != NULL) ||
                                            international_court(src))
            return src;
    }
    return before;
}

const char *coref_last_deal(const coded_sentence *prev, arena *a, const char *before)
{
    for (size_t k = prev->nevents; k-- > 0;) {
        const event *e = &prev->events[k];
        const char *src = e->source.code, *tgt = e->target.code;
        if (strcmp(e->code, "057") != 0 || !src || !src[0] || !tgt || !tgt[0] ||
            e->status == STATUS_NEGATED || e->status == STATUS_HYPOTHETICAL)
            continue;
        size_t n = strlen(src) + strlen(tgt) + 2;
        char *pair = arena_alloc(a, n);
        snprintf(pair, n, "%s/%s", src, tgt);
        return pair;
    }
    return before;
}

const char *coref_forward_act(const coded_sentence *prev, const char *before)
{
    if (prev->nevents == 0 && before && statement_only(prev->parse))
        return before; /* ("Israel said ... Biden condemned the attack": still Iran's) */
    if (prev->nevents == 0)
        return prev->first_actor ? prev->first_actor : before;
    const event *e = &prev->events[0];
    const cameo_code *cc = cameo_lookup_nearest(e->code);
    if (cc && (cc->quad_class == 1 || cc->quad_class == 3) && e->target.code)
        return e->target.code;
    return e->source.code ? e->source.code : before;
}

/* Is the word (any case) a noun of a body: a court, the police, a ministry? */
static bool body_word(const char *w, size_t n)
{
    static const char *const BODIES[] = {
        "court",  "courts",   "police",     "army",      "military",  "government", "ministry",
        "parliament", "council", "agency",  "media",     "party",     "navy",       "forces",
        "troops", "authorities", "committee", "commission", "tribunal", "regime",    "junta",
        "administration", "embassy", "office", "department", "cabinet", "coalition", "guard",
        NULL};
    for (const char *const *b = BODIES; n && *b; b++)
        if (strlen(*b) == n && strncasecmp(*b, w, n) == 0)
            return true;
    return false;
}

/* ... or read so: the words from the actor's mention on, up to the end of its agents
 * ("Kenyan police": KENYAN then the agent POLICE), or the noun before a preposition
 * before it ("a court in Moscow"), in the sentence's parse. */
static bool parsed_as_body(const parsed_sentence *ps, const actor_ref *r)
{
    if (!ps || r->where.end <= r->where.start)
        return false;
    for (int k = 0; k < ps->n; k++) {
        if (ps->w[k].start != r->where.start)
            continue;
        for (int j = k; j < ps->n && j <= k + 6; j++) {
            const pword *w = &ps->w[j];
            if (j > k && w->type != W_AGENT && w->type != W_ACTOR)
                break;
            if (body_word(w->s, w->len))
                return true;
        }
        /* "a court in Moscow": the body's noun before the place of its state */
        return k >= 2 && ps->w[k - 1].type == W_PREP && body_word(ps->w[k - 2].s, ps->w[k - 2].len);
    }
    return false;
}

/* Is the actor as written a body ("the police", "court"), which "she" or "he" cannot
 * stand for, though its code has a role? One of its words names the body. */
static bool written_as_body(const actor_ref *r)
{
    if (!r->text)
        return false;
    for (const char *p = r->text; *p;) {
        while (*p && !isalpha((unsigned char)*p))
            p++;
        const char *w = p;
        while (isalpha((unsigned char)*p))
            p++;
        if (body_word(w, (size_t)(p - w)))
            return true;
    }
    return false;
}

/* Is the actor written as a description that stands for another actor named before ("the
 * criticism", "the verdict", "it", "they"), which no "he" or "she" stands for in turn? */
static bool written_as_reference(const parsed_sentence *ps, const actor_ref *r)
{
    if (!ps || r->where.end <= r->where.start)
        return false;
    for (int k = 0; k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (w->start != r->where.start)
            continue;
        return w->type == W_PRONOUN &&
               !((w->len == 2 && memcmp(w->s, "HE", 2) == 0) ||
                 (w->len == 3 && (memcmp(w->s, "SHE", 3) == 0 || memcmp(w->s, "HIM", 3) == 0 ||
                                  memcmp(w->s, "HER", 3) == 0)));
    }
    return false;
}

const char *coref_forward_person(const coded_sentence *prev, const char *before)
{
    for (size_t k = 0; k < prev->nevents; k++) {
        const event *e = &prev->events[k];
        if (e->source.where.end > e->source.where.start && !e->implied_source &&
            parse_code_may_be_person(e->source.code) && !written_as_body(&e->source) &&
            !parsed_as_body(prev->parse, &e->source))
            return e->source.code;
        if (e->target.where.end > e->target.where.start &&
            parse_code_may_be_person(e->target.code) && !written_as_body(&e->target) &&
            !parsed_as_body(prev->parse, &e->target) &&
            !written_as_reference(prev->parse, &e->target))
            return e->target.code;
    }
    return before;
}

/* ---- people named as actors, for the sentences after them ---------------------------- */

void coref_names_init(coref_names *c, arena *a, const char *text)
{
    memset(c, 0, sizeof *c);
    coref_people_init(&c->people, a, text);
}

/* Words that are no surnames to look for: the last words of bodies and places named like
 * people, and the months a surname may share ("Theresa May ... on May 5"). */
static const char *const NOT_SURNAMES[] = {
    "UNION",   "STATE",    "STATES",  "REPUBLIC", "PARTY",     "AGENCY",       "COUNCIL",
    "ARMY",    "FRONT",    "GROUP",   "MOVEMENT", "COMMITTEE", "ORGANIZATION", "ORGANISATION",
    "FORCE",   "FORCES",   "ASSEMBLY", "COURT",   "BANK",      "KINGDOM",      "ISLANDS",
    "GOVERNMENT", "MINISTRY", "NEWS", "CORPS", "BRIGADE", "JANUARY", "FEBRUARY", "MARCH",
    "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
    NULL};

/* Is the word (upper case, as the parser keeps it) a surname to look for? */
static bool surname_like_text(const char *s, size_t n)
{
    if (n > 2 && s[n - 2] == '\'' && s[n - 1] == 'S')
        n -= 2;
    if (n < 2)
        return false;
    for (size_t i = 0; i < n; i++) /* (an apostrophe between letters: "O'BRIEN", "GU'UD") */
        if (!isalpha((unsigned char)s[i]) &&
            !(s[i] == '\'' && i > 0 && i + 1 < n && isalpha((unsigned char)s[i - 1]) &&
              isalpha((unsigned char)s[i + 1])))
            return false;
    for (const char *const *q = NOT_SURNAMES; *q; q++)
        if (strlen(*q) == n && memcmp(*q, s, n) == 0)
            return false;
    return true;
}

static bool surname_like(const pword *w)
{
    return surname_like_text(w->s, w->len);
}

/* An office holder's entry: a name of two to four words with codes bound to dates. */
static bool office_holder(const lex_entry *e)
{
    if (!e || e->kind != LEX_ACTOR || e->nwords < 2 || e->nwords > 4)
        return false;
    for (size_t i = 0; i < e->ncodes; i++)
        if (e->codes[i].from != 0 || e->codes[i].to != 99999999)
            return true;
    return false;
}

static bool real_code(const char *code)
{
    return code && strlen(code) >= 3 && strcmp(code, "---") != 0 && strcmp(code, "###") != 0 &&
           strcmp(code, "+++") != 0 && !strchr(code, '/');
}

static void remember_surname(coref_names *c, const char *sur, size_t n, const char *code,
                             const char *origin);

/* Records a person: `name` as written, `sur` (n bytes, upper case) its surname, `code` its
 * actor code. */
static void add_person(coref_names *c, span name, const char *sur, size_t n, const char *code,
                       const char *origin)
{
    if (!real_code(code) || !surname_like_text(sur, n))
        return;
    coref_people_add(&c->people, name, code, name.start);
    remember_surname(c, sur, n, code, origin);
}

/* Records `sur` (n bytes, upper case) as a word that stands for the person of `code` in the
 * sentences after. */
static void remember_surname(coref_names *c, const char *sur, size_t n, const char *code,
                             const char *origin)
{
    arena *a = c->people.a;
    if (n > 2 && sur[n - 2] == '\'' && sur[n - 1] == 'S')
        n -= 2;
    lex_entry *e = NULL;
    for (size_t i = 0; i < c->n; i++)
        if (c->entries[i].words[0].len == n && memcmp(c->entries[i].words[0].text, sur, n) == 0)
            e = &c->entries[i];
    if (!e) {
        /* earlier sentences keep the old array: arena memory */
        c->entries = arena_grow(a, c->entries, c->n, &c->cap, c->n + 1, sizeof *c->entries);
        e = &c->entries[c->n++];
    }
    *e = parse_person_entry(a, sur, n, code, origin); /* the latest person of that name */
}

/* Records a person: `first` and `last` are the words of the name, `code` its actor code. */
static void name_person(coref_names *c, const parsed_sentence *ps, int first, int last,
                        const char *code, const char *origin)
{
    const pword *sw = &ps->w[last];
    add_person(c, (span){ps->w[first].start, sw->end}, sw->s, sw->len, code, origin);
}

void coref_names_add_person(coref_names *c, span name, const char *code)
{
    size_t n;
    const char *sur = parse_surname(c->people.a, c->people.text, name.start, name.end, &n);
    if (n > 0 && n <= 64)
        add_person(c, name, sur, n, code, NULL);
    /* and the given name, which is what Thai, Indonesian or Icelandic stories use alone
       ("Prime Minister Abhisit Vejjajiva ... Abhisit refused") and, for Chinese, Korean
       or Vietnamese names, the family name ("President Park Geun-hye ... Park") */
    const char *text = c->people.text;
    uint32_t first_end = name.start;
    while (first_end < name.end && isalpha((unsigned char)text[first_end]))
        first_end++;
    size_t fn = first_end - name.start;
    if (fn > 1 && fn <= 64 && first_end < name.end && text[first_end] == ' ' &&
        !(fn == n && strncasecmp(text + name.start, sur, n) == 0)) {
        char *up = arena_alloc(c->people.a, fn + 1);
        for (size_t i = 0; i < fn; i++)
            up[i] = (char)toupper((unsigned char)text[name.start + i]);
        up[fn] = '\0';
        add_person(c, name, up, fn, code, NULL);
    }
}

static bool capitalised(const pword *w)
{
    return w->cap != CAP_NONE;
}

static bool vowel_at(const char *s, size_t i)
{
    return (s[i] && strchr("AEIOU", s[i]) != NULL) || (s[i] == 'Y' && i > 0);
}

/* Is the name (words first to last) written family name first, so that the story goes on
 * to use its first word alone ("Taiwan's President Lai Ching-te ... Lai said")? A given
 * name hyphenated in lower case after the first word ("Lai Ching-te", "Moon Jae-in",
 * not "Jean-Yves Le Drian" nor "Nana Akufo-Addo"), or a first word of one syllable in the
 * name of a person of a state whose names put the family first ("Li Qiang", "Xi
 * Jinping", "Yoon Suk Yeol", "Hun Manet"). */
static bool family_name_first(const coref_names *c, const parsed_sentence *ps, int first,
                              int last, const char *code)
{
    static const char *const STATES[] = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK",
                                         "VNM", "KHM", "SGP", NULL};
    const char *text = c->people.text;
    const pword *f = &ps->w[first];
    for (uint32_t i = f->end; i + 1 < ps->w[last].end; i++)
        if (text[i] == '-' && i > f->end && isalpha((unsigned char)text[i - 1]) &&
            islower((unsigned char)text[i + 1]))
            return true;
    if (last - first < 1 || last - first > 2 || !code || strlen(code) < 3)
        return false;
    bool state = false;
    for (const char *const *q = STATES; *q && !state; q++)
        state = strncmp(code, *q, 3) == 0;
    if (!state)
        return false;
    int groups = 0; /* the groups of vowels: "LI", "MOON", "YOON" have one */
    for (size_t i = 0; i < f->len; i++)
        if (vowel_at(f->s, i) && (i == 0 || !vowel_at(f->s, i - 1)))
            groups++;
    return groups == 1;
}

/* Records `code` for the word a story goes on to use alone after "the" (an organisation's
 * head noun, a title, a group's noun): the latest wins. */
static void set_head(coref_names *c, const pword *w, const char *code, const char *origin)
{
    lex_entry *e = NULL;
    for (size_t i = 0; i < c->nheads; i++)
        if (c->heads[i].words[0].len == w->len && memcmp(c->heads[i].words[0].text, w->s, w->len) == 0)
            e = &c->heads[i];
    if (!e) {
        c->heads = arena_grow(c->people.a, c->heads, c->nheads, &c->capheads, c->nheads + 1,
                              sizeof *c->heads);
        e = &c->heads[c->nheads++];
    }
    *e = parse_person_entry(c->people.a, w->s, w->len, code, origin);
}

static bool word_listed(const pword *w, const char *const *list)
{
    for (; *list; list++)
        if (strlen(*list) == w->len && memcmp(*list, w->s, w->len) == 0)
            return true;
    return false;
}

/* The last words of organisations' names that a story goes on to use alone, after "the". */
static const char *const ORG_HEADS[] = {
    "PARTY",    "UNION",      "COUNCIL",  "GROUP",     "MOVEMENT",   "FRONT",     "ARMY",
    "MINISTRY", "COMMITTEE",  "AGENCY",   "COMMISSION", "ASSEMBLY",  "PARLIAMENT", "BANK",
    "FUND",     "BRIGADE",    "BRIGADES", "GUARD",     "GUARDS",     "CORPS",     "MILITIA",
    "COALITION", "CONGRESS",  "LEAGUE",   "ASSOCIATION", "FEDERATION", "DEPARTMENT", "TRIBUNAL",
    "ORGANIZATION", "ORGANISATION", "NETWORK", "CONFERENCE", "COMMUNITY", "COURT", "NAVY",
    "MILITARY", NULL};

/* Records the organisation whose name has the head noun w (as the parser keeps it);
 * false when w is no such noun. */
static bool add_head(coref_names *c, const pword *w, const char *code, const char *origin)
{
    if (!real_code(code) || w->cap == CAP_NONE || !word_listed(w, ORG_HEADS))
        return false;
    set_head(c, w, code, origin);
    return true;
}

/* The nouns a story goes on to call an international body or an NGO by, whatever words
 * named it ("the IAEA", "the UN refugee agency", "the ICC" ... "the agency", "the
 * watchdog", "the court"): the acronym or the lower-case description has no head noun
 * of its own name to record (add_head), so the code tells what the body is. */
static void add_implied_heads(coref_names *c, const char *code, const char *origin)
{
    static const char *const courts[] = {"COURT", "TRIBUNAL", NULL};
    static const char *const agencies[] = {"AGENCY", "WATCHDOG", NULL};
    static const char *const ngos[] = {"WATCHDOG", NULL};
    const char *const *nouns = NULL;
    if (strncmp(code, "IGO", 3) == 0 && international_court(code))
        nouns = courts;
    /* (a UN agency, IGOUNO and its element, or a body outside the UN with an element of
       its own and no region's: IGOPCW; the UN itself and the regional blocs are "the
       bloc", "the alliance", which resolve_descriptions reads) */
    else if (strncmp(code, "IGOUNO", 6) == 0 ? strlen(code) == 9 && strcmp(code + 6, "PKO") != 0
                                             : strcmp(code, "IGOPCW") == 0)
        nouns = agencies;
    else if (strncmp(code, "NGO", 3) == 0)
        nouns = ngos;
    for (; nouns && *nouns; nouns++) {
        pword w = {.s = *nouns, .len = strlen(*nouns)};
        set_head(c, &w, code, origin);
    }
}

/* "U.S. President Donald Trump": the title before a named person, which the story goes on
 * to use alone ("The President later ..."), recorded with the person's code among the
 * head nouns (the latest holder named wins). */
static void add_title(coref_names *c, const pword *agent, const char *code, const char *origin)
{
    static const char *const TITLES[] = {"PRESIDENT", "PRIME", "CHANCELLOR", "PREMIER",
                                         "KING", "QUEEN", "EMPEROR", "POPE", NULL};
    if (real_code(code) && agent->cap != CAP_NONE && word_listed(agent, TITLES))
        set_head(c, agent, code, origin);
}

/* A state's adjective on a noun of a group the lexicon does not know ("the Afghan team",
 * "a Chinese delegation"): the group is that state's when the story says "the team". */
static void add_group_noun(coref_names *c, const pword *noun, const char *code,
                           const char *origin)
{
    static const char *const GROUPS[] = {"TEAM", "CREW", NULL};
    if (!real_code(code) || strlen(code) != 3 || !word_listed(noun, GROUPS))
        return;
    char civilians[8]; /* (a team or a crew is the state's civilians) */
    snprintf(civilians, sizeof civilians, "%.3sCVL", code);
    set_head(c, noun, arena_strndup(c->people.a, civilians, 6), origin);
}

/* The head of the agent that ends right before word k, or -1. */
static int agent_before(const parsed_sentence *ps, int k)
{
    if (k < 1 || ps->w[k - 1].type != W_AGENT || !ps->w[k - 1].tail)
        return -1;
    int h = ps->w[k - 1].other_end;
    return h >= 0 && h < k && ps->w[h].head ? h : -1;
}

void coref_names_add_sentence(coref_names *c, const parsed_sentence *ps)
{
    for (int k = 0; k < ps->n; k++) {
        const pword *w = &ps->w[k];
        if (!w->head || w->type != W_ACTOR || !w->code)
            continue;
        int tail = w->other_end >= k ? w->other_end : k;
        if (real_code(w->code->code))
            add_implied_heads(c, w->code->code, w->entry ? w->entry->origin : NULL);
        /* (the head noun may come before an "of": "the Workers' Party of Korea") */
        for (int j = tail; j > k; j--)
            if (add_head(c, &ps->w[j], w->code->code, w->entry ? w->entry->origin : NULL))
                break;
        /* "the U.N. refugee agency UNHCR": the noun before an organisation's name, which
         * the story goes on to use alone ("The agency also urged ...") */
        if (k >= 1 && strlen(w->code->code) > 3 && ps->w[k - 1].type == W_NULL &&
            !ps->w[k - 1].subord && ps->w[k - 1].cap == CAP_NONE &&
            word_listed(&ps->w[k - 1], ORG_HEADS))
            set_head(c, &ps->w[k - 1], w->code->code, w->entry ? w->entry->origin : NULL);
        /* "a court in Moscow", "the ministry in Rome": a body's noun before "in" and its
         * place makes "the court" that state's body in the rest of the story */
        if (k >= 2 && strlen(w->code->code) == 3 && ps->w[k - 1].len == 2 &&
            memcmp(ps->w[k - 1].s, "IN", 2) == 0 && !ps->w[k - 1].subord) {
            int h = agent_before(ps, k - 1);
            const pword *noun = &ps->w[k - 2];
            if (h >= 0 && ps->w[h].entry && ps->w[h].entry->ncodes && word_listed(noun, ORG_HEADS))
                set_head(c, noun,
                         coder_compose_code(c->people.a, w->code->code,
                                            ps->w[h].entry->codes[0].code),
                         w->entry ? w->entry->origin : NULL);
        }
        /* "the Afghan team" makes "the team" that state's in the rest of the story */
        if (tail + 1 < ps->n && strlen(w->code->code) == 3 && ps->w[tail + 1].type == W_NULL &&
            !ps->w[tail + 1].subord)
            add_group_noun(c, &ps->w[tail + 1], w->code->code, w->entry ? w->entry->origin : NULL);
        /* "North Korea" makes "the North" that state in the rest of the story, as Korean
         * (and Sudanese, Cypriot ...) news calls the two sides */
        if (tail > k && w->len == 5 && strlen(w->code->code) == 3 &&
            (memcmp(w->s, "NORTH", 5) == 0 || memcmp(w->s, "SOUTH", 5) == 0)) {
            add_person(c, (span){w->start, ps->w[tail].end}, w->s, w->len, w->code->code,
                       w->entry ? w->entry->origin : NULL);
            k = tail;
            continue;
        }
        /* an office holder from the dictionaries, named in full, or a person whose name
         * puts the family first ("Chinese Premier Li Qiang ... Li said") */
        bool family = w->entry && w->entry->kind == LEX_ACTOR && w->entry->nwords >= 2 &&
                      w->entry->nwords <= 4 && tail > k && real_code(w->code->code) &&
                      parse_code_may_be_person(w->code->code) &&
                      family_name_first(c, ps, k, tail, w->code->code);
        if (office_holder(w->entry) || family) {
            bool caps = true;
            /* (the second part of a hyphenated given name is in lower case: "Ching-te") */
            for (int j = k; j <= tail; j++)
                caps = caps && (ps->w[j].type != W_ACTOR || capitalised(&ps->w[j]) ||
                                (j > k && ps->w[j].start > 0 &&
                                 c->people.text[ps->w[j].start - 1] == '-'));
            if (caps) {
                name_person(c, ps, k, tail, w->code->code, w->entry->origin);
                if (family && surname_like(&ps->w[k]))
                    remember_surname(c, ps->w[k].s, ps->w[k].len, w->code->code,
                                     w->entry->origin);
                int title = agent_before(ps, k);
                if (title >= 0)
                    add_title(c, &ps->w[title], w->code->code, w->entry->origin);
            }
            k = tail;
            continue;
        }
        /* "Title Firstname Surname": the actor, its agent, then two or three words that no
         * dictionary knows, capitalised ("Russian Defence Minister Andrei Belousov") */
        int j = tail + 1, agent = -1;
        while (j < ps->n && ps->w[j].head && ps->w[j].type == W_AGENT) {
            agent = j;
            j = ps->w[j].other_end >= j ? ps->w[j].other_end + 1 : j + 1;
            /* "China's foreign ministry" makes "the ministry" China's government in the
             * rest of the story */
            const pword *noun = &ps->w[j - 1];
            if (ps->w[agent].entry && ps->w[agent].entry->ncodes && word_listed(noun, ORG_HEADS))
                set_head(c, noun,
                         coder_compose_code(c->people.a, w->code->code,
                                            ps->w[agent].entry->codes[0].code),
                         w->entry ? w->entry->origin : NULL);
            /* "a Turkish journalist" makes "the journalist" (and "the journalists") that
             * state's in the rest of the story: recorded by the entry's own word */
            else if (ps->w[agent].entry && ps->w[agent].entry->ncodes &&
                     parse_role_noun(ps->w[agent].entry)) {
                const lex_word *lw = &ps->w[agent].entry->words[0];
                pword key = {.s = lw->text, .len = lw->len};
                set_head(c, &key,
                         coder_compose_code(c->people.a, w->code->code,
                                            ps->w[agent].entry->codes[0].code),
                         w->entry ? w->entry->origin : NULL);
            }
        }
        if (agent < 0 || !ps->w[agent].entry || !ps->w[agent].entry->ncodes)
            continue;
        if (j < ps->n && ps->w[j].type == W_COMMA)
            j++;
        int m = 0;
        while (j + m < ps->n && m < 4 && ps->w[j + m].type == W_NULL &&
               capitalised(&ps->w[j + m]) && surname_like(&ps->w[j + m]))
            m++;
        if (m < 2 || m > 3)
            continue;
        const char *code = coder_compose_code(c->people.a, w->code->code,
                                              ps->w[agent].entry->codes[0].code);
        name_person(c, ps, j, j + m - 1, code, w->entry ? w->entry->origin : NULL);
        add_title(c, &ps->w[agent], code, w->entry ? w->entry->origin : NULL);
    }
}

void coref_names_share(const coref_names *c, coref_people *p)
{
    for (size_t i = 0; i < c->people.n; i++)
        coref_people_add(p, c->people.v[i].name, c->people.v[i].code, c->people.v[i].at);
}
