/* fuzz_tabari_dict.c: libFuzzer target for the TABARI dictionary loader and the matcher.
 * The input is loaded three times, as an actors, an agents and a verbs file, each into a
 * fresh lexicon; each lexicon is frozen and then used to code one fixed sentence, so that
 * phrases and patterns built from any bytes go through the matcher and the coder. Any
 * input must load (with or without problems) and code without a crash, hang or leak. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "coder/coder.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Words that the seed dictionaries know, so that fuzzed entries often match something. */
static const char sentence[] =
    "The Norway president met North Korea envoys and accused the Alliance, "
    "then he sent weapons to Norway in a meeting with the human rights group.";

/* A small fixed lexicon for the parts the fuzzed file does not provide. */
static const char base_actors[] = "NORWAY_ [NOR]\nNORTH_KOREA_ [PRK]\nALLIANCE_ [AAA/BBB]\n";
static const char base_agents[] = "PRESIDENT_ [~GOV]\nENVOY [~GOV]\n";
static const char base_verbs[] = "MEET_ [040]\n{MET_}\n- * + [042]\nACCUSE [112]\n"
                                 "SEND_ [070]\n{SENT_}\n- * WEAPONS_ TO + [072]\n";

static void code_with(lexicon *lx)
{
    coder_options opt;
    coder_options_default(&opt);
    opt.minimum_words = 2;
    arena *a = arena_new(0);
    coded_sentence out;
    coder_code_sentence(lx, &opt, a, sentence, 0, (uint32_t)strlen(sentence), 19990101, 0,
                        "NOR", &out);
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

static void load_as(tabari_dict_kind kind, const uint8_t *data, size_t size)
{
    lexicon *lx = lex_new();
    sitrep_error err;
    dict_load_report rep = {0, 0, 0};
    /* the fixed part first, so that the fuzzed file can refer to and collide with it */
    if (kind != TABARI_ACTORS)
        tabari_load_buffer(lx, TABARI_ACTORS, "base.actors", base_actors, strlen(base_actors),
                           NULL, NULL, NULL, &err);
    if (kind != TABARI_AGENTS)
        tabari_load_buffer(lx, TABARI_AGENTS, "base.agents", base_agents, strlen(base_agents),
                           NULL, NULL, NULL, &err);
    if (kind != TABARI_VERBS)
        tabari_load_buffer(lx, TABARI_VERBS, "base.verbs", base_verbs, strlen(base_verbs),
                           NULL, NULL, NULL, &err);
    err.message[0] = '\0';
    bool ok = tabari_load_buffer(lx, kind, "fuzz.dict", (const char *)data, size, NULL, NULL,
                                 &rep, &err);
    if (!ok && err.message[0] == '\0')
        __builtin_trap(); /* a failure must say why */
    if (ok != (rep.problems == 0))
        __builtin_trap();
    lex_freeze(lx);
    lex_stats st = lex_get_stats(lx);
    (void)st;
    code_with(lx);
    lex_free(lx);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return 0;
    load_as(TABARI_ACTORS, data, size);
    load_as(TABARI_AGENTS, data, size);
    load_as(TABARI_VERBS, data, size);
    return 0;
}
