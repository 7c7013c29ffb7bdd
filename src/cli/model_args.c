/* model_args.c: the --model option (see model_args.h). */
#include "cli/model_args.h"

#include "api/paths.h"
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

void model_args_init(model_args *m)
{
    m->path = NULL;
}

int model_args_take(model_args *m, int argc, char **argv, int *i)
{
    const char *a = argv[*i];
    if (strcmp(a, "-m") != 0 && strcmp(a, "--model") != 0)
        return 0;
    if (*i + 1 >= argc) {
        cli_error("%s needs a model file", a);
        return -1;
    }
    m->path = argv[++*i];
    return 1;
}

const char *model_args_path(const model_args *m)
{
    if (m->path)
        return m->path;
    return paths_model_file();
}

syntax_model *model_args_load(const model_args *m)
{
    sitrep_error err = {0};
    syntax_model *model = syntax_model_load(model_args_path(m), &err);
    if (!model)
        cli_error("%s", err.message);
    return model;
}
