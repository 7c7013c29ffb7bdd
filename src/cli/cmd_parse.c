/* cmd_parse.c: `sitrep parse`, the tagger and parser on their own (sitrep_parse_file):
 * raw text or CoNLL-U in, CoNLL-U out; with --eval, the scores against a gold CoNLL-U file
 * and the speed (sitrep_parse_eval). */
#include "cli/cli.h"
#include "cli/model_args.h"

#include <stdio.h>
#include <string.h>

static int print_out(const char *data, size_t len, void *ctx)
{
    (void)ctx;
    return fwrite(data, 1, len, stdout) != len;
}

static void print_warning(const char *message, void *ctx)
{
    (void)ctx;
    cli_error("parse: %s", message);
}

typedef struct parse_args {
    const char *eval, *input;
    long jobs;
} parse_args;

enum { P_INPUT, P_EVAL, P_JOBS };

static const cli_opt parse_opts[] = {
    {"input", 'i', "FMT", P_INPUT, "text (default: raw text, tokenized and split here) or "
                                   "conllu (its words kept, their analysis replaced)"},
    {"eval", 0, "GOLD", P_EVAL, "parse the gold CoNLL-U file's words (with --input text, "
                                "its raw text) and print UPOS, XPOS, UAS, LAS and speed"},
    {"jobs", 'j', "N", P_JOBS, "parse on N threads, 1 to 64 (output identical to -j 1)"},
    {NULL, 0, NULL, 0, NULL},
};

static int parse_take(void *ctx, int id, const char *v, cli_parser *p)
{
    (void)p;
    parse_args *pa = ctx;
    if (id == P_JOBS)
        return cli_int("-j", v, 1, 64, &pa->jobs) ? 0 : -1;
    if (id == P_EVAL) {
        pa->eval = v;
    } else if (strcmp(v, "conllu") != 0 && strcmp(v, "text") != 0) {
        cli_error("parse: --input takes text or conllu, not '%s'", v);
        return -1;
    } else {
        pa->input = v;
    }
    return 0;
}

int cmd_parse(int argc, char **argv)
{
    model_args ma;
    model_args_init(&ma);
    parse_args pa = {NULL, NULL, 1};
    const cli_command cmd = {
        "parse", "[options] [FILE|-]",
        "Tags, lemmatizes and parses with the UD model: raw text (or CoNLL-U) in, CoNLL-U\n"
        "out; with no FILE, reads standard input. Exit status: 0 done; 1 some input was bad\n"
        "(invalid UTF-8 replaced, malformed sentences skipped); 2 nothing could be done (no\n"
        "model, unreadable input).\n",
        {model_args_group(&ma), {NULL, parse_opts, parse_take, &pa}}};
    int first;
    int status = cli_parse(&cmd, argc, argv, &first);
    if (status >= 0)
        return status;
    if (argc - first > 1) {
        cli_error("parse: one input file at a time");
        return EXIT_USAGE;
    }
    const char *eval = pa.eval, *input = pa.input;
    const char *file = first < argc ? argv[first] : (eval ? NULL : "-");
    sitrep_model *m = model_args_load(&ma);
    if (!m)
        return EXIT_USAGE;
    sitrep_parse_options o;
    sitrep_parse_options_init(&o);
    o.threads = (int)pa.jobs;
    o.conllu = input && strcmp(input, "conllu") == 0;
    o.out = print_out;
    o.warn = print_warning;
    sitrep_status st = eval ? sitrep_parse_eval(m, eval, input && strcmp(input, "text") == 0,
                                                &o, NULL)
                            : sitrep_parse_file(m, file, &o, NULL);
    /* what is still buffered; a refused write was reported where it happened */
    if (!eval && st != SITREP_EOUTPUT && (fflush(stdout) != 0 || ferror(stdout))) {
        cli_error("parse: cannot write the output");
        st = SITREP_EOUTPUT;
    }
    sitrep_model_free(m);
    return sitrep_exit_status(st);
}
