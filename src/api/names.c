/* names.c: the canonical actor names a store gives its actors (api.h), from the actors
 * files of a load or from our own lexicon. */
#include "api/api.h"

#include "api/paths.h"

actor_names *names_load(const char *const *actors, size_t n, sitrep_error *err)
{
    actor_names *names = actor_names_new();
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        ok = actor_names_read_file(names, actors[i], NULL, err);
    if (ok && n == 0)
        ok = actor_names_read_lexicon_dir(names, paths_lexicon_dir(), err);
    if (!ok) {
        actor_names_free(names);
        return NULL;
    }
    return names;
}

actor_names *names_load_list(const char *const *actors, sitrep_error *err)
{
    size_t n = 0;
    while (actors && actors[n])
        n++;
    actor_names *names = names_load(actors, n, err);
    if (!names)
        sitrep_error_classify(err, SITREP_EIO);
    return names;
}

const char *names_namer(const char *code, void *ctx)
{
    return actor_names_get(ctx, code);
}
