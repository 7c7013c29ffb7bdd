/* pico_reader.h: reading a code ontology in the syntax of PETRARCH's "internal coding
 * ontology" (PICO) files into the lexicon's negation table.
 *
 * Contract:
 *  - One mapping a line: "CODE:VALUE", where VALUE is a sum of signed hexadecimal terms
 *    ("0x1007f", "-0xFFFF+0x0070"). '#' starts a comment (so "110:0x1007f#0xFFFF+..."
 *    reads 0x1007f); blank and comment-only lines are skipped.
 *  - The ontology gives every code a value in which 0xFFFF stands for negation: the
 *    negation of code C is the code whose value is value(C) - 0xFFFF (the first such code
 *    in the file when several share a value). Only three-digit codes from 010 to 200 are
 *    negated (four-digit codes and codes above 200 keep their code, as in PETRARCH-2); a
 *    code whose negation has no code gets none (lex_negated_code returns NULL).
 *  - Errors follow tabari_reader.h: a malformed line is reported through `diag` as
 *    "file:line: what is wrong" and skipped; false when the file cannot be read or a line
 *    was reported (err then holds the first message). */
#ifndef SITREP_LEXICON_PICO_READER_H
#define SITREP_LEXICON_PICO_READER_H

#include "base/error.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdbool.h>
#include <stddef.h>

bool pico_load_file(lexicon *lx, const char *path, dict_diag_fn diag, void *ctx,
                    sitrep_error *err);
bool pico_load_buffer(lexicon *lx, const char *name, const char *data, size_t len,
                      dict_diag_fn diag, void *ctx, sitrep_error *err);

#endif
