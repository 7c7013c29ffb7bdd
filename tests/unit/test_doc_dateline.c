/* test_doc_dateline.c: datelines that open wire stories are recognised and skipped;
 * ordinary openings are left alone. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "base/arena.h"
#include "doc/dateline.h"
#include "doc/words.h"

#include <string.h>

/* Where coding starts in s, read on its tokens (the UD words, as the document layer
 * reads them). */
static uint32_t dateline_skip(const char *s)
{
    arena *a = arena_new(0);
    token *t;
    size_t n = words_tokenize(a, s, 0, (uint32_t)strlen(s), &t);
    uint32_t end = dateline_end(s, t, n, 0);
    arena_free(a);
    return end;
}

static void datelines_are_skipped(void **state)
{
    (void)state;
    const char *a = "SEOUL, March 6 (Meridian Wire) - Japan's foreign minister met her counterpart.";
    assert_int_equal(dateline_skip(a), strstr(a, "Japan") - a);
    const char *b = "KYIV, Ukraine (AP) \xE2\x80\x94 Russian drones struck the city overnight.";
    assert_int_equal(dateline_skip(b), strstr(b, "Russian") - b);
    const char *c = "WASHINGTON, Mar. 6, 2024 -- The United States imposed new sanctions.";
    assert_int_equal(dateline_skip(c), strstr(c, "The United") - c);
    const char *d = "MANILA (Reuters) - France delivered two patrol vessels.";
    assert_int_equal(dateline_skip(d), strstr(d, "France") - d);
    /* a place in capitals needs neither a comma nor an agency */
    const char *e = "MINSK \xE2\x80\x94 Poland accused Belarus of orchestrating a migrant crisis.";
    assert_int_equal(dateline_skip(e), strstr(e, "Poland") - e);
    const char *f = "NEW DELHI - India accused Pakistan of shelling border villages.";
    assert_int_equal(dateline_skip(f), strstr(f, "India") - f);
    const char *g = "BEIJING \xE2\x80\x94 Saudi Arabia and Iran agreed to restore relations.";
    assert_int_equal(dateline_skip(g), strstr(g, "Saudi") - g);
}

static void ordinary_openings_are_kept(void **state)
{
    (void)state;
    assert_int_equal(dateline_skip("North Korea may supply weapons to Russia - military expert Musienko"), 0);
    assert_int_equal(dateline_skip("Russia - military expert says talks failed."), 0);
    assert_int_equal(dateline_skip("France, Germany and Italy met in Rome on Monday - officials said."), 0);
    assert_int_equal(dateline_skip("The minister said on Monday - without giving details - that talks will go on."), 0);
    assert_int_equal(dateline_skip("NATO - the Western military alliance - said on Monday it would help."), 0);
    assert_int_equal(dateline_skip("UN - Security Council meets."), 0);
    assert_int_equal(dateline_skip(""), 0);
    assert_int_equal(dateline_skip("Seoul"), 0);
    /* (a place in title case with a bare dash is a headline's way) */
    assert_int_equal(dateline_skip("Minsk - Poland accused Belarus."), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(datelines_are_skipped),
        cmocka_unit_test(ordinary_openings_are_kept),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
