/* model_args.h: the --model option that names the tagger and parser model, shared by the
 * commands that parse. Without it, SITREP_MODEL from the environment, else the model
 * shipped in models/. */
#ifndef SITREP_CLI_MODEL_ARGS_H
#define SITREP_CLI_MODEL_ARGS_H

#include <sitrep.h>

#include "cli/options.h"

typedef struct model_args {
    const char *path;
} model_args;

void model_args_init(model_args *m);
/* -m/--model FILE as an option group over m. */
cli_group model_args_group(model_args *m);
/* Loads the model; on failure prints the reason and returns NULL. */
sitrep_model *model_args_load(const model_args *m);

#endif
