/* main.c: the sitrep command: dispatches to one subcommand per file. */
#include <stdio.h>
int main(void)
{
    puts("sitrep");
    return 0;
}
