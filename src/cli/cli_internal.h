/* cli_internal.h: what the subcommands not yet written over the public interface
 * (sitrep.h) still take from the library's insides: the coder's lexicon and options. A
 * command that includes this header is not yet a client of libsitrep alone
 * (tests/source/cli_includes.sh lists which are). */
#ifndef SITREP_CLI_CLI_INTERNAL_H
#define SITREP_CLI_CLI_INTERNAL_H

#include "cli/cli.h"
#include "coder/options.h"
#include "io/article_reader.h"
#include "lexicon/lexicon.h"

/* As dict_args_resources, handing out the frozen lexicon and the coder options (with the
 * model) instead. `textfile` receives a project's <textfile> (caller frees) if wanted. */
lexicon *dict_args_load(const dict_args *d, coder_options *opt, char **textfile,
                        double *load_seconds, size_t *problems);
/* Frees what dict_args_load() made: the lexicon and the model the options point to. */
void dict_args_free(lexicon *lx, coder_options *opt);

#endif
