/* test_sha256.c: the store's SHA-256 (nettle's) on the FIPS 180-4 / NIST test vectors,
 * whole and fed in pieces, and the content hash's separation of fields. */
#include "store/sha256.h"
#include "store/store.h"

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

static void hex_of(const char *data, size_t len, size_t piece, char hex[65])
{
    sha256_ctx c;
    sha256_init(&c);
    for (size_t i = 0; i < len; i += piece)
        sha256_update(&c, len - i < piece ? len - i : piece, (const uint8_t *)data + i);
    sha256_final_hex(&c, hex);
}

static void test_vectors(void **state)
{
    (void)state;
    static const struct {
        const char *in, *hex;
    } v[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
         "klmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
    };
    char hex[65];
    for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
        size_t len = strlen(v[i].in);
        hex_of(v[i].in, len, len ? len : 1, hex);
        assert_string_equal(hex, v[i].hex);
        hex_of(v[i].in, len, 3, hex); /* in pieces across block boundaries */
        assert_string_equal(hex, v[i].hex);
    }
}

static void test_million_a(void **state)
{
    (void)state;
    static char a[1000000];
    memset(a, 'a', sizeof a);
    char hex[65];
    hex_of(a, sizeof a, 4096, hex);
    assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void test_content_hash(void **state)
{
    (void)state;
    char a[65], b[65], c[65];
    /* the same bytes split differently between fields are different documents */
    store_content_hash("ab", NULL, NULL, NULL, NULL, "c", 1, a);
    store_content_hash("a", NULL, NULL, NULL, NULL, "bc", 2, b);
    store_content_hash("ab", "", NULL, NULL, NULL, "c", 1, c);
    assert_string_not_equal(a, b);
    assert_string_not_equal(a, c);
    assert_int_equal(strlen(a), 64);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_vectors),
        cmocka_unit_test(test_million_a),
        cmocka_unit_test(test_content_hash),
    };
    return cmocka_run_group_tests_name("sha256", tests, NULL, NULL);
}
