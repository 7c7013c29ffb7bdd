/* sha256.c: the hex form of nettle's SHA-256 digest (see sha256.h). */
#include "store/sha256.h"

void sha256_final_hex(sha256_ctx *c, char hex[65])
{
    unsigned char d[SHA256_DIGEST_SIZE];
    sha256_final(c, d);
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[64] = '\0';
}
