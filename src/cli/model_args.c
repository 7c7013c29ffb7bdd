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

static const cli_opt model_opts[] = {
    {"model", 'm', "FILE", 0, "the model (default: $SITREP_MODEL, else the installed one)"},
    {NULL, 0, NULL, 0, NULL},
};

static int model_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)id;
    (void)p;
    ((model_args *)ctx)->path = v;
    return 0;
}

cli_group model_args_group(model_args *m)
{
    return (cli_group){NULL, model_opts, model_take, m};
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
