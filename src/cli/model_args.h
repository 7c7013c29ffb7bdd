/* model_args.h: the --model option that names the tagger and parser model, shared by the
 * commands that parse. Without it, SITREP_MODEL from the environment, else the model
 * shipped in models/. */
#ifndef SITREP_CLI_MODEL_ARGS_H
#define SITREP_CLI_MODEL_ARGS_H

#include "cli/options.h"
#include "syntax/model.h"

typedef struct model_args {
    const char *path;
} model_args;

void model_args_init(model_args *m);
/* -m/--model FILE as an option group over m. */
cli_group model_args_group(model_args *m);
/* Loads the model; on failure prints the reason and returns NULL. */
syntax_model *model_args_load(const model_args *m);
const char *model_args_path(const model_args *m);

#endif
