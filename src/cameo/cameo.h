/* cameo.h: the CAMEO event codebook (version 1.1b3), compiled into the binary.
 *
 * Contract: the codebook is one static, immutable table of every CAMEO event code (the 20
 * roots "01".."20", their 3-digit categories and 4-digit sub-categories: 313 codes), sorted
 * by code (strcmp order) with no duplicates. Each entry carries the code's short name, its
 * 2-digit root, the quad class (1 verbal cooperation, 2 material cooperation, 3 verbal
 * conflict, 4 material conflict, fixed by the root as GDELT does: 01-05, 06-09, 10-14,
 * 15-20), the Goldstein value of the GDELT lookup table (1213 and 1214, absent there, carry
 * their 3-digit parent's value), and the PLOVER event type (NULL for roots 01 and 02, which
 * PLOVER drops) with a PLOVER mode where one clearly applies (else NULL).
 *
 * Codes are strings: the leading zero matters ("04" is a root, "4" is nothing). Every
 * function is pure and thread-safe; returned pointers stay valid for the life of the
 * program. Lookups are binary searches (O(log n), no allocation). */
#ifndef SITREP_CAMEO_CAMEO_H
#define SITREP_CAMEO_CAMEO_H

#include <stdbool.h>
#include <stddef.h>

typedef struct cameo_code {
    const char *code;        /* "042" */
    const char *name;        /* "Make a visit" */
    const char *root;        /* "04": the first two digits of code */
    int quad_class;          /* 1..4 */
    double goldstein;        /* -10.0 .. +10.0 */
    const char *plover;      /* PLOVER event type ("CONSULT"), or NULL when PLOVER drops it */
    const char *plover_mode; /* PLOVER mode ("visit"), or NULL when none is clear */
} cameo_code;

/* The entry for exactly `code` ("042", "0234", "19"), or NULL if it is not a CAMEO code
 * (NULL, "", "999", "42", "0425" ...). */
const cameo_code *cameo_lookup(const char *code);

/* Like cameo_lookup, but when the exact code is unknown falls back to its first four, then
 * three, then two characters ("0239" -> "023"; "0299" -> "02"; "023?" -> "023"). NULL when
 * not even the first two characters are a CAMEO root. */
const cameo_code *cameo_lookup_nearest(const char *code);

/* True when `code` is exactly a CAMEO event code. */
bool cameo_is_valid(const char *code);

/* Does an actor code begin with a state's three letters (an ISO alpha-3 code), not with
 * an organisation's or a region's (IGO, NGO, NGM, MNC, IMG, EUR, WST, AFR, MEA, ASA, ...)
 * or the null actor? */
bool cameo_actor_is_state(const char *actor);

/* The number of entries, and entry i (0 <= i < cameo_count(), else NULL), in code order. */
size_t cameo_count(void);
const cameo_code *cameo_at(size_t i);

/* The quad class name: "verbal cooperation", "material cooperation", "verbal conflict",
 * "material conflict"; NULL outside 1..4. */
const char *cameo_quad_class_name(int quad_class);

#endif
