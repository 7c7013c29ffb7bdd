/* options.h: the coder's settings, and the TABARI .options syntax that sets them.
 *
 * Contract: coder_options_default() gives TABARI's defaults (code by clause, comma
 * clauses of 2..10 words removed, minimum 8 words... see the fields). coder_options_apply()
 * takes one options command ("SET: CODE BY SENTENCE", "COMMA: MIN = 4 MAX = 6",
 * "DEFAULT: SOURCE [X] PRIOR TARGET [Y] AFTER", "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR"),
 * as they stand in .options files and in validation records; commands that only concern
 * TABARI's own output (LABEL, OUTPUT, usage counts) are accepted and ignored. Unknown
 * commands are errors. */
#ifndef SITREP_CODER_OPTIONS_H
#define SITREP_CODER_OPTIONS_H

#include "base/error.h"

#include <stdbool.h>

enum code_by { CODE_BY_CLAUSE = 0, CODE_BY_SENTENCE, CODE_ALL };

typedef struct coder_options {
    int code_by;               /* enum code_by */
    /* comma-delimited clauses: removed when their length (words) is within bounds */
    bool comma_off;
    int comma_min, comma_max;  /* middle clauses */
    int comma_emin, comma_emax; /* a clause that runs to the end of the sentence */
    int comma_bmin, comma_bmax; /* a clause at the beginning of the sentence */
    /* complexity: 0 = no limit */
    int complex_verbs, complex_conj;
    bool noactprior;           /* no actor before the first verb: complex */
    /* default actors */
    char default_source[32], default_target[32];
    bool default_source_prior; /* use the default source when the first actor follows the verb */
    bool default_target_after; /* use the default target when no actor follows the verb */
    bool convert_agents;
    int minimum_words;
    bool yyyy;
    bool time_shift;
    bool fbis;
    /* pronoun forwarding between records of one story: the record-id layout, e.g.
     * "^^*****NNN*SSS" (N story number, S sentence number, * any, ^ leading blank) */
    char forward_format[32];
    /* PETRARCH's coding rules where they differ from TABARI's (set by `--petrarch` and by
     * the PETRARCH validation runner; off by default, so TABARI's behaviour is untouched).
     * coder.c and parse.c mark each place with "opt->petrarch". */
    bool petrarch;
    /* PETRARCH's require_dyad (on by default): an event needs a source and a target.
     * Off (opt->petrarch only), a missing one is coded "---". */
    bool require_dyad;
    /* Definite descriptions as references: "the country" stands for the actor last named
     * (its state), "this decision" / "the move" for the previous sentence's actor. On by
     * default; off when coding TABARI's suites, whose rules do not have it. */
    bool descriptions;
    /* A dash between blanks (" - ", " -- ", an en or em dash) separates clauses as a comma
     * does ("North Korea may supply weapons to Russia - military expert"). On by default;
     * off for TABARI's and PETRARCH's suites, whose filters turn dashes into blanks. */
    bool dash_clauses;
    /* A compound with no other target acts on itself (TABARI: "Arnor and Gondor met") only
     * in acts done together (intent to cooperate, consultations, cooperation, signing;
     * patterns with % for the others), and no actor before the verb coordinated with the
     * source is its target: "Russia and China criticized the plan" codes nothing. On by
     * default; off for TABARI's and PETRARCH's suites, whose rules code any act so. */
    bool compounds_reciprocal;
    /* PETRARCH-1 codes every clause of its parse, so a comma followed by a noun phrase
     * with an actor or agent and its verb ("..., a senior official said") opens a clause
     * of its own, with its own source. Off by default; set with opt->petrarch when the
     * verbs are read in PETRARCH-1 syntax (PETRARCH-2 folds such speech verbs into the
     * event they report). */
    bool attribution_clauses;
    /* The tagger and parser model: when set, sentences are coded from their dependency
     * tree (tree_coder.h) instead of the TABARI engine's shallow parse. Set for our own
     * lexicon; the TABARI and PETRARCH dictionaries keep the engine their suites pin
     * down. Not owned by the options. */
    const struct syntax_model *tree_model;
    /* Keep events between an actor and its own state ("NGAMIL" -> "NGA": troops against
     * the people of their country), as the tree coder's clauses name real arguments;
     * the TABARI engine drops them as artefacts of its default target rule. */
    bool keep_nested;
    /* Which words of the UD tokenizer (syntax/ud_tokenize.h) the lexicon's shallow
     * reading (parse.h) reads: those of its TABARI mode (UD_TOKENS_TABARI: TABARI's
     * conventions, "DIDN'T", "IRANIAN-MADE", scanned off the bytes), as TABARI's and
     * PETRARCH's dictionaries and suites expect (the default), or the UD words one by one
     * as the tagger and the parser read them (false: our own lexicon, resources.c). */
    bool tabari_tokens;
} coder_options;

void coder_options_default(coder_options *o);
bool coder_options_apply(coder_options *o, const char *command, sitrep_error *err);
/* Reads a whole .options file; problems name file:line. */
bool coder_options_load(coder_options *o, const char *path, sitrep_error *err);

#endif
