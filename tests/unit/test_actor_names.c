/* test_actor_names.c: the canonical names read from actor dictionaries: an actors file's
 * blocks (head phrase, '+' synonyms, code lines, comments, CRLF line ends, no actors
 * inside <NOUN>/<AGENT> lists), "CODE<TAB>Name" overrides that win, a malformed override
 * reported with its file and line, and a missing file. */
#include "lexicon/actor_names.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct fixture {
    char dir[64];
} fixture;

static void put(const fixture *f, const char *name, const char *data)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", f->dir, name);
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    fputs(data, fp);
    fclose(fp);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    strcpy(f->dir, "/tmp/sitrep-names-XXXXXX");
    if (!mkdtemp(f->dir))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    static const char *const names[] = {"a.actors", "names.txt", "bad.txt"};
    char path[128];
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        snprintf(path, sizeof path, "%s/%s", f->dir, names[i]);
        unlink(path);
    }
    rmdir(f->dir);
    free(f);
    return 0;
}

static const char ACTORS[] = "# comment\r\n"
                             "GONDOR_ ; the state\r\n"
                             "+GONDORIAN_\r\n"
                             "\t[GON]\r\n"
                             "\r\n"
                             "<NOUN>\n"
                             "MORDOR_ [MOR]\n"
                             "</NOUN>\n"
                             "ARNOR_ [ARN]\n";

static void test_blocks(void **state)
{
    fixture *f = *state;
    put(f, "a.actors", ACTORS);
    char path[128];
    snprintf(path, sizeof path, "%s/a.actors", f->dir);
    actor_names *n = actor_names_new();
    sitrep_error err = {0};
    assert_true(actor_names_read_file(n, path, "lexicon/a.actors", &err));
    assert_string_equal(actor_names_get(n, "GON"), "Gondor");
    assert_string_equal(actor_names_get(n, "ARN"), "Arnor");
    assert_null(actor_names_get(n, "MOR")); /* inside a <NOUN> list */
    actor_names_free(n);
}

static void test_overrides_win(void **state)
{
    fixture *f = *state;
    put(f, "a.actors", ACTORS);
    put(f, "names.txt", "# names\r\nGON\tKingdom of Gondor\r\n\nARN\tArnor (north)\n");
    actor_names *n = actor_names_new();
    sitrep_error err = {0};
    assert_true(actor_names_read_lexicon_dir(n, f->dir, &err));
    assert_string_equal(actor_names_get(n, "GON"), "Kingdom of Gondor");
    assert_string_equal(actor_names_get(n, "ARN"), "Arnor (north)");
    actor_names_free(n);
}

static void test_errors(void **state)
{
    fixture *f = *state;
    put(f, "bad.txt", "GON\tGondor\n# fine\nARN Arnor\n");
    char path[128];
    snprintf(path, sizeof path, "%s/bad.txt", f->dir);
    actor_names *n = actor_names_new();
    sitrep_error err = {0};
    assert_false(actor_names_read_overrides(n, path, &err));
    char want[160];
    snprintf(want, sizeof want, "%s:3: expected CODE<TAB>Name", path);
    assert_string_equal(err.message, want);

    snprintf(path, sizeof path, "%s/missing.actors", f->dir);
    err = (sitrep_error){0};
    assert_false(actor_names_read_file(n, path, NULL, &err));
    assert_non_null(strstr(err.message, "missing.actors"));
    actor_names_free(n);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_blocks, setup, teardown),
        cmocka_unit_test_setup_teardown(test_overrides_win, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
