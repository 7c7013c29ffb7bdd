/* model_args.c: the --model option (see model_args.h). */
#include "cli/model_args.h"

#include "cli/cli.h"

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

sitrep_model *model_args_load(const model_args *m)
{
    sitrep_error err = {0};
    sitrep_model *model;
    if (sitrep_model_load(m->path, &model, &err) != SITREP_OK)
        cli_error("%s", err.message);
    return model;
}
