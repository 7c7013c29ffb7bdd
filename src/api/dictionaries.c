/* dictionaries.c: what loaded dictionaries hold, and the canonical names of actor codes
 * (sitrep.h), over the lexicon (lexicon/lexicon.h) and the actor names it reads
 * (lexicon/actor_names.h). */
#include "api/api.h"

#include "base/xalloc.h"

#include <stdlib.h>

void sitrep_resources_stats(const sitrep_resources *r, sitrep_dict_stats *out)
{
    *out = (sitrep_dict_stats){0};
    if (!r || !r->lx)
        return;
    lex_stats st = lex_get_stats(r->lx);
    out->actors = st.entries[LEX_ACTOR];
    out->agents = st.entries[LEX_AGENT];
    out->nouns = st.entries[LEX_NOUN];
    out->adjectives = st.entries[LEX_ADJECTIVE];
    out->verb_forms = st.verbs;
    out->patterns = st.patterns;
    out->synsets = st.synsets;
    out->load_seconds = r->load_seconds;
}

typedef struct dup_ctx {
    sitrep_duplicate_fn fn;
    void *ctx;
} dup_ctx;

static void one_duplicate(const char *first_origin, const char *again_origin, bool conflict,
                          void *vctx)
{
    const dup_ctx *d = vctx;
    if (d->fn)
        d->fn(again_origin, first_origin, conflict, d->ctx);
}

size_t sitrep_resources_duplicates(const sitrep_resources *r, sitrep_duplicate_fn fn,
                                   void *ctx)
{
    if (!r || !r->lx)
        return 0;
    dup_ctx d = {fn, ctx};
    return lex_find_duplicates(r->lx, one_duplicate, &d);
}

struct sitrep_names {
    actor_names *names;
};

sitrep_status sitrep_names_load(const char *const *actors, sitrep_names **out,
                                sitrep_error *err)
{
    if (!out)
        return sitrep_error_setc(err, SITREP_EUSAGE, "sitrep_names_load: no out-pointer"),
               SITREP_EUSAGE;
    *out = NULL;
    actor_names *names = names_load_list(actors, err);
    if (!names)
        return err ? err->code : SITREP_EIO;
    sitrep_names *s = xcalloc(1, sizeof *s);
    s->names = names;
    *out = s;
    return SITREP_OK;
}

actor_names *names_of(const sitrep_names *n)
{
    return n->names;
}

void sitrep_names_free(sitrep_names *n)
{
    if (!n)
        return;
    actor_names_free(n->names);
    free(n);
}

const char *sitrep_names_get(const sitrep_names *n, const char *code)
{
    return n && code ? actor_names_get(n->names, code) : NULL;
}

void sitrep_names_each_code(sitrep_names *n, sitrep_name_fn fn, void *ctx)
{
    if (n && fn)
        actor_names_each_code(n->names, fn, ctx);
}

void sitrep_names_each_person(sitrep_names *n, sitrep_name_fn fn, void *ctx)
{
    if (n && fn)
        actor_names_each_person(n->names, fn, ctx);
}
