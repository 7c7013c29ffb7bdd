/* model.h: the tagger and parser model: its tag and label sets, its classifiers and its
 * lemma rules, and the file that holds them.
 *
 * Contract:
 *  - A model is built by the trainer (train.h) or loaded from a file with
 *    syntax_model_load(), which reads the file in one go, checks its magic, version,
 *    length and checksum, then every table's sizes and indices (at most SYNTAX_MAX_TAGS
 *    tags and SYNTAX_MAX_LABELS labels), and fails with a message
 *    naming the file and what is wrong (truncated, corrupted, not a model, wrong version);
 *    it never crashes on a bad file.
 *  - A loaded model is immutable: threads share it freely.
 *  - Tags are joint (UPOS, XPOS) pairs numbered 0..ntags-1; labels are full UD relations
 *    numbered 0..nlabels-1; lemma rules are numbered 0..nrules-1 (lemma.h applies them).
 */
#ifndef SITREP_SYNTAX_MODEL_H
#define SITREP_SYNTAX_MODEL_H

#include "base/error.h"
#include "syntax/linear.h"

#include <stdbool.h>
#include <stdint.h>

#define SYNTAX_MODEL_VERSION 5

/* The most tags and labels a model may have: the tagger and the parser score on the
 * stack (SYNTAX_MAX_TAGS and 1 + 2 * SYNTAX_MAX_LABELS classes); the trainer refuses
 * treebanks with more, the loader refuses files with more. */
#define SYNTAX_MAX_TAGS 512
#define SYNTAX_MAX_LABELS 511

/* Rows of this many entries or more of the tagger and parser classifiers are made dense
 * at load (linear_model_densify): on EWT test tokens with the AVX2 kernel, 8 was 5%
 * faster than 16 (and 12), 6 no faster, 24 slower; it costs about 35 MB of memory. */
#define SYNTAX_DENSE_MIN 8

typedef struct lemma_rule {
    uint8_t lower;      /* apply to the lower-cased form (else the form as written) */
    uint8_t strip;      /* bytes removed from the end */
    const char *append; /* appended after stripping */
} lemma_rule;

typedef struct syntax_model {
    uint32_t ntags;
    const char **tag_xpos; /* per tag */
    uint8_t *tag_upos;     /* per tag, enum ud_upos */
    uint32_t nlabels;
    const char **labels;
    uint32_t beam; /* the parser's beam width (parser.h); 0 or 1: greedy */
    uint32_t nrules;
    lemma_rule *rules;
    linear_model tagger;  /* tagging features -> tags */
    linear_model tagger2; /* second-pass tagging features -> tags (tagger.h) */
    linear_model tagdict; /* lower-cased word -> the tags seen with it (weight: count) */
    linear_model parser;  /* parser features -> transitions (see parser.h) */
    linear_model lemma_words;    /* (word, tag) -> lemma rule */
    linear_model lemma_suffixes; /* (tag, suffix) -> lemma rule */
    char *text;    /* the owned strings of the tables above */
    void *file;    /* the file's bytes, when loaded */
    size_t file_size;
} syntax_model;

syntax_model *syntax_model_load(const char *path, sitrep_error *err);
/* Parses a model from memory (the loader and the fuzz target share it); takes ownership
 * of buf (malloc'ed) in every case. */
syntax_model *syntax_model_from_bytes(void *buf, size_t len, const char *name,
                                      sitrep_error *err);
bool syntax_model_save(const syntax_model *m, const char *path, sitrep_error *err);
void syntax_model_free(syntax_model *m);
/* The checksum of a model file's payload (the bytes after its 32-byte header). */
uint64_t syntax_model_checksum(const void *data, size_t n);

/* The tag number for a (UPOS, XPOS) pair, or -1. */
int syntax_model_tag(const syntax_model *m, int upos, const char *xpos);
/* The label number of a relation, or -1. */
int syntax_model_label(const syntax_model *m, const char *deprel);

#endif
