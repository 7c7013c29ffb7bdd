/* main.c: the sitrep command: one subcommand per file, dispatched from here. */
#include "cli/cli.h"

#include <string.h>

static int usage(FILE *out)
{
    fputs("usage: sitrep COMMAND [OPTIONS] [FILES]\n"
          "\n"
          "commands:\n"
          "  code       code news text into CAMEO events (JSON Lines, table or TSV)\n"
          "  validate   run a validation suite (TABARI records) and report what passes\n"
          "  dict       check dictionaries: sitrep dict check [dictionary options]\n"
          "\n"
          "dictionary options (any command that codes): --actors F --verbs F --agents F\n"
          "  --options F (each repeatable) or --project F (a TABARI .project file);\n"
          "  without them sitrep uses its own lexicon.\n"
          "Run 'sitrep COMMAND --help' for the options of a command.\n",
          out);
    return out == stdout ? EXIT_OK : EXIT_USAGE;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return usage(stderr);
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0)
        return usage(stdout);
    if (strcmp(cmd, "--version") == 0) {
        puts("sitrep 0.1.0");
        return EXIT_OK;
    }
    if (strcmp(cmd, "code") == 0)
        return cmd_code(argc - 1, argv + 1);
    if (strcmp(cmd, "validate") == 0)
        return cmd_validate(argc - 1, argv + 1);
    if (strcmp(cmd, "dict") == 0)
        return cmd_dict(argc - 1, argv + 1);
    cli_error("unknown command '%s' (try 'sitrep --help')", cmd);
    return EXIT_USAGE;
}
