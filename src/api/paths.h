/* paths.h: where the library finds its data (the lexicon folder, the model file, the
 * dashboard's page).
 *
 * Contract: the environment ($SITREP_LEXICON, $SITREP_MODEL, when set and not empty) wins;
 * else the installed copy, found relative to the library or program that holds this code
 * (PREFIX/lib/libsitrep.so and PREFIX/bin/sitrep find PREFIX/share/sitrep), so an
 * installed tree can be moved; else the source tree the build came from. Returned strings
 * live for the life of the process; thread-safe. */
#ifndef SITREP_API_PATHS_H
#define SITREP_API_PATHS_H

#include <stdbool.h>
#include <stddef.h>

const char *paths_lexicon_dir(void);
const char *paths_model_file(void);
/* The installed DATA/sub (DATA: PREFIX/share/sitrep, found relative to the library or
 * program as above) written to out, when it exists; false when it does not or the name
 * does not fit in cap bytes. The one place that finds the installed copy. */
bool paths_installed(const char *sub, char *out, size_t cap);

#endif
