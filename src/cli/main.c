/* main.c: the sitrep command: one subcommand per file, dispatched from here. */
#include "cli/cli.h"

#include <string.h>

static int usage(FILE *out)
{
    fputs("usage: sitrep COMMAND [OPTIONS] [FILES]\n"
          "\n"
          "commands:\n"
          "  code       code news text into CAMEO events (JSON Lines, table or TSV)\n"
          "  validate   run a validation suite (TABARI, PETRARCH XML or PLOVER JSON records)\n"
          "             and report what passes (PLOVER: recall, precision and F1)\n"
          "  dict       check dictionaries: sitrep dict check [dictionary options]\n"
          "  explain    show why each event was coded: marked sentence, entries, rules\n"
          "  parse      tag and parse text or CoNLL-U into CoNLL-U with the UD model\n"
          "  train      train the tagger and parser model from CoNLL-U treebanks\n"
          "\n"
          "the event store (--db PATH or postgresql://URL; default $SITREP_DB, else ./sitrep.db):\n"
          "  ingest     code articles and store their events (one transaction per batch)\n"
          "  load       bulk-load the JSON Lines output of 'sitrep code' into a store\n"
          "  events     list stored events, filtered (table, jsonl, csv)\n"
          "  timeline   the dated history between two actors: sitrep timeline A B\n"
          "  network    actors and the events between them (graphml, dot, json)\n"
          "  stats      counts by month and quad class, Goldstein sums per dyad\n"
          "  export     stored events as gdelt, phoenix, csv or jsonl\n"
          "  serve      the web dashboard and JSON API over a store (127.0.0.1:8080)\n"
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
    if (strcmp(cmd, "explain") == 0)
        return cmd_explain(argc - 1, argv + 1);
    if (strcmp(cmd, "parse") == 0)
        return cmd_parse(argc - 1, argv + 1);
    if (strcmp(cmd, "train") == 0)
        return cmd_train(argc - 1, argv + 1);
    static const struct {
        const char *name;
        int (*fn)(int, char **);
    } store_cmds[] = {{"ingest", cmd_ingest},     {"load", cmd_load},       {"events", cmd_events},
                      {"timeline", cmd_timeline}, {"network", cmd_network}, {"stats", cmd_stats},
                      {"export", cmd_export},     {"serve", cmd_serve}};
    for (size_t i = 0; i < sizeof store_cmds / sizeof *store_cmds; i++)
        if (strcmp(cmd, store_cmds[i].name) == 0)
            return store_cmds[i].fn(argc - 1, argv + 1);
    cli_error("unknown command '%s' (try 'sitrep --help')", cmd);
    return EXIT_USAGE;
}
