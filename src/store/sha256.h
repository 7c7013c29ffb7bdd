/* sha256.h: the SHA-256 digest (FIPS 180-4), used for the content hash that makes
 * re-ingesting a document a no-op. The digest is nettle's; this header keeps the store's
 * calling convention (data before length) over it.
 *
 * Contract: init, update any number of times, then final; sha256_final_hex gives 64
 * lower-case hex digits and a NUL. No allocation, thread-safe per context. */
#ifndef SITREP_STORE_SHA256_H
#define SITREP_STORE_SHA256_H

#include <nettle/sha2.h>

#include <stddef.h>

/* nettle names its functions through macros of these names; ours take the data first */
#undef sha256_init
#undef sha256_update
#undef sha256_digest

typedef struct sha256_ctx sha256_ctx;

static inline void sha256_init(sha256_ctx *c)
{
    nettle_sha256_init(c);
}

static inline void sha256_update(sha256_ctx *c, const void *data, size_t n)
{
    nettle_sha256_update(c, n, data);
}

static inline void sha256_final(sha256_ctx *c, unsigned char out[SHA256_DIGEST_SIZE])
{
    nettle_sha256_digest(c, SHA256_DIGEST_SIZE, out);
}

/* Writes the hex digest of the bytes hashed so far into hex (65 bytes with the NUL). */
void sha256_final_hex(sha256_ctx *c, char hex[65]);

#endif
