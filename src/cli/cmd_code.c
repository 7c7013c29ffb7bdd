/* cmd_code.c: `sitrep code` (placeholder until the coding pipeline lands). */
#include "cli/cli.h"
int cmd_code(int argc, char **argv)
{
    (void)argc, (void)argv;
    return EXIT_USAGE;
}
int cmd_dict(int argc, char **argv)
{
    (void)argc, (void)argv;
    return EXIT_USAGE;
}
