/* fuzz_petrarch.c: libFuzzer target for the PETRARCH/Phoenix readers: the dictionary
 * loaders (petrarch_reader.h) and the XML validation record reader
 * (petrarch_records.h). The input is loaded as every kind of PETRARCH dictionary file,
 * each into a fresh lexicon that is then frozen and used to code one fixed sentence (the
 * coder's PETRARCH rules on), and it is read as a records file to the end. Any input
 * must load and read without a crash, hang or leak. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "coder/coder.h"
#include "coder/options.h"
#include "io/petrarch_records.h"
#include "lexicon/lexicon.h"
#include "lexicon/petrarch_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char sentence[] =
    "Soldiers from Zembla and the awful Onhava sent emergency aid to Zembla's king, "
    "the minister said.";

static const char base_actors[] = "ZEMBLA_ [ZEM]\nONHAVA [ONH]\n\t[ONHGOV 19500101-19600101]\n";
static const char base_agents[] = "SOLDIER [~MIL]\nKING {} [~GOV]\n";
static const char base_verbs[] = "--- SEND [070] ---\nSEND {SENT}\n- * (TO +) [042]\n";

static void code_with(lexicon *lx)
{
    coder_options opt;
    coder_options_default(&opt);
    opt.minimum_words = 2;
    opt.petrarch = true;
    arena *a = arena_new(0);
    coded_sentence out;
    coder_code_sentence(lx, &opt, a, sentence, 0, (uint32_t)strlen(sentence), 19550101, 0,
                        NULL, &out);
    for (size_t i = 0; i < out.nevents; i++) {
        const event *e = &out.events[i];
        volatile size_t sum = strlen(e->source.code) + strlen(e->target.code) + strlen(e->code);
        (void)sum;
        if (e->verb.end > sizeof sentence || e->source.where.end > sizeof sentence ||
            e->target.where.end > sizeof sentence)
            __builtin_trap();
    }
    arena_free(a);
}

static void load_base(lexicon *lx, petr_dict_kind skip)
{
    if (skip != PETR_ACTORS)
        petr_load_buffer(lx, PETR_ACTORS, "base", base_actors, strlen(base_actors), NULL, NULL,
                         NULL, NULL);
    if (skip != PETR_AGENTS)
        petr_load_buffer(lx, PETR_AGENTS, "base", base_agents, strlen(base_agents), NULL, NULL,
                         NULL, NULL);
    if (skip != PETR_VERBS1 && skip != PETR_VERBS2)
        petr_load_buffer(lx, PETR_VERBS2, "base", base_verbs, strlen(base_verbs), NULL, NULL,
                         NULL, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const petr_dict_kind kinds[] = {PETR_ACTORS, PETR_AGENTS, PETR_VERBS1,
                                           PETR_VERBS2, PETR_DISCARDS, PETR_ISSUES};
    (void)petr_sniff_verbs((const char *)data, size);
    (void)petr_sniff_nouns((const char *)data, size);
    for (size_t k = 0; k < sizeof kinds / sizeof kinds[0]; k++) {
        lexicon *lx = lex_new();
        sitrep_error err;
        dict_load_report rep = {0, 0, 0};
        load_base(lx, kinds[k]);
        petr_load_buffer(lx, kinds[k], "fuzz", (const char *)data, size, NULL, NULL, &rep, &err);
        lex_freeze(lx);
        code_with(lx);
        lex_free(lx);
    }
    petr_records *r = petr_records_open_buffer("fuzz.xml", (const char *)data, size);
    petr_record rec;
    sitrep_error err;
    for (int i = 0; i < 100000 && petr_records_next(r, &rec, &err) != 0; i++) {
        volatile size_t n = rec.text ? strlen(rec.text) : 0;
        (void)n;
    }
    petr_records_close(r);
    return 0;
}
