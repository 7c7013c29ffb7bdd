/* dict_legacy.c: the dictionaries as the library's insides, for the subcommands not yet
 * written over sitrep.h alone (cli_internal.h). */
#include "cli/cli_internal.h"

#include "api/api.h"
#include "syntax/model.h"

lexicon *dict_args_load(const dict_args *d, coder_options *opt, char **textfile,
                        double *load_seconds, size_t *problems)
{
    sitrep_resources *r = dict_args_resources(d, problems);
    if (!r)
        return NULL;
    if (load_seconds)
        *load_seconds = r->load_seconds;
    return resources_release(r, opt, textfile);
}

void dict_args_free(lexicon *lx, coder_options *opt)
{
    lex_free(lx);
    syntax_model_free((syntax_model *)opt->tree_model);
    opt->tree_model = NULL;
}
