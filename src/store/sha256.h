/* sha256.h: the SHA-256 digest (FIPS 180-4), used for the content hash that makes
 * re-ingesting a document a no-op.
 *
 * Contract: init, update any number of times, then final; sha256_hex is the one-shot
 * form giving 64 lower-case hex digits and a NUL. Pure, no allocation, thread-safe. */
#ifndef SITREP_STORE_SHA256_H
#define SITREP_STORE_SHA256_H

#include <stddef.h>
#include <stdint.h>

typedef struct sha256_ctx {
    uint32_t h[8];
    uint64_t len;
    unsigned char buf[64];
    size_t nbuf;
} sha256_ctx;

void sha256_init(sha256_ctx *c);
void sha256_update(sha256_ctx *c, const void *data, size_t n);
void sha256_final(sha256_ctx *c, unsigned char out[32]);
/* Writes the hex digest of the bytes hashed so far into hex (65 bytes with the NUL). */
void sha256_final_hex(sha256_ctx *c, char hex[65]);

#endif
