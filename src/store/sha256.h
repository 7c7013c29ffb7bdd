/* sha256.h: the SHA-256 digest behind the content hash that makes re-ingesting a document
 * a no-op, from nettle (which uses the CPU's SHA instructions where there are some).
 *
 * Contract: sha256_init, sha256_update(ctx, len, data) any number of times (nettle's own
 * calls), then sha256_final_hex for 64 lower-case hex digits and a NUL. Pure, thread-safe. */
#ifndef SITREP_STORE_SHA256_H
#define SITREP_STORE_SHA256_H

#include <nettle/sha2.h>

typedef struct sha256_ctx sha256_ctx;

/* Writes the hex digest of the bytes hashed so far into hex (65 bytes with the NUL) and
 * resets the context. */
static inline void sha256_final_hex(sha256_ctx *c, char hex[65])
{
    static const char digits[] = "0123456789abcdef";
    unsigned char d[SHA256_DIGEST_SIZE];
    sha256_digest(c, sizeof d, d);
    for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
        hex[2 * i] = digits[d[i] >> 4];
        hex[2 * i + 1] = digits[d[i] & 15];
    }
    hex[64] = '\0';
}

#endif
