/* test_doc_coref.c: a person named in full is the same actor when a later sentence of the
 * document names them by surname alone (coref.h, coref_names): an office holder from the
 * dictionaries, with the code valid on the article's date, and "Title Firstname Surname"
 * whose code the text gives. Dictionaries and articles are invented here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "api/pipeline.h"
#include "base/arena.h"
#include "coder/options.h"
#include "lexicon/lexicon.h"
#include "lexicon/tabari_reader.h"

#include <stdio.h>
#include <string.h>

static const char actors[] = "FREEDONIA_ [FRE]\n"
                             "FREEDONIAN_ [FRE]\n"
                             "SYLVANIA_ [SYL]\n"
                             "SYLVANIAN_ [SYL]\n"
                             "OSTERLICH_ [OST]\n"
                             "RUFUS_FIREFLY_\n"
                             "\t[FREMIL 200101-221231]\n"
                             "\t[FREGOV >221231]\n"
                             "THE_PEOPLES_UNION_\n"
                             "\t[FREOPP >200101]\n";

static const char agents[] = "MINISTER_ [~GOV]\n"
                             "DEFENCE_MINISTER_ [~MIL]\n";

static const char verbs[] = "VISIT_ [042]\n"
                            "PRAISE_ [051]\n"
                            "CRITICIZE_ [111]\n"
                            "{CRITICIZED_}\n"
                            "SAY_ [---]\n"
                            "{SAID_}\n"
                            "ATTACK_ [190]\n";

typedef struct fixture {
    lexicon *lx;
    coder_options opt;
    char events[1024];
    char said[256];
} fixture;

/* The three dictionaries above, in one lexicon. */
static int setup(void **state)
{
    static fixture f;
    static const struct {
        tabari_dict_kind kind;
        const char *text;
    } dicts[] = {{TABARI_ACTORS, actors}, {TABARI_AGENTS, agents}, {TABARI_VERBS, verbs}};
    f.lx = lex_new();
    for (size_t i = 0; i < sizeof dicts / sizeof *dicts; i++) {
        sitrep_error err;
        if (!tabari_load_buffer(f.lx, dicts[i].kind, "p.dict", dicts[i].text,
                                strlen(dicts[i].text), NULL, NULL, NULL, &err)) {
            fprintf(stderr, "%s\n", err.message);
            return -1;
        }
    }
    lex_freeze(f.lx);
    coder_options_default(&f.opt);
    *state = &f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    lex_free(f->lx);
    return 0;
}

/* Codes `text` as one article dated `date`: "SRC>TGT:CODE" per event of sentence
 * `sentence` (all sentences when negative), and the said_by of the last one in f->said. */
static const char *code_doc(fixture *f, const char *date, const char *text, int sentence)
{
    arena *a = arena_new(0);
    article art = {.id = "t", .date = date, .text = text, .text_len = strlen(text)};
    document_result r;
    pipeline_code(f->lx, &f->opt, a, &art, NULL, 0, &r);
    f->events[0] = f->said[0] = '\0';
    for (size_t i = 0; i < r.nevents; i++) {
        const event *e = &r.events[i];
        if (sentence >= 0 && e->sentence_index != (uint32_t)sentence)
            continue;
        char one[128];
        snprintf(one, sizeof one, "%s%s>%s:%s", f->events[0] ? " " : "", e->source.code,
                 e->target.code, e->code);
        strncat(f->events, one, sizeof f->events - strlen(f->events) - 1);
        snprintf(f->said, sizeof f->said, "%s/%s", e->said_by_code ? e->said_by_code : "-",
                 e->said_by_text ? e->said_by_text : "-");
    }
    arena_free(a);
    return f->events;
}

static void test_office_holder_surname(void **state)
{
    fixture *f = *state;
    const char *text = "Freedonian Defence Minister Rufus Firefly visited Sylvania on Tuesday "
                       "for two days of talks.\n\n"
                       "Firefly praised Sylvania on Wednesday for the warm welcome it gave him.";
    /* the second sentence: "Firefly" is the office holder named in full before, with the
     * code of his office on the article's date */
    assert_string_equal(code_doc(f, "2021-05-04", text, 1), "FREMIL>SYL:051");
    assert_string_equal(code_doc(f, "2023-05-04", text, 1), "FREGOV>SYL:051");
    /* named by surname alone without a first mention, he is nobody */
    assert_string_equal(code_doc(f, "2021-05-04",
                                 "Firefly praised Sylvania on Wednesday for the warm welcome "
                                 "it gave him.",
                                 -1),
                        "");
    /* a claimant named by surname says it with the full name's code */
    code_doc(f, "2021-05-04",
             "Freedonian Defence Minister Rufus Firefly visited Sylvania on Tuesday for two "
             "days of talks.\n\n"
             "Osterlich attacked Sylvania on Wednesday near the border, Firefly said.",
             1);
    assert_string_equal(f->events, "OST>SYL:190");
    assert_string_equal(f->said, "FREMIL/Rufus Firefly");
}

static void test_title_name_surname(void **state)
{
    fixture *f = *state;
    /* "Title Firstname Surname": the actor and its agent give the code */
    const char *text = "Sylvanian Defence Minister Chicolini Pinky Trentino visited Freedonia "
                       "on Tuesday for talks.\n\n"
                       "Later Trentino criticized Osterlich on Wednesday over the border "
                       "incidents.";
    assert_string_equal(code_doc(f, "2021-05-04", text, 1), "SYLMIL>OST:111");
    /* a body named like a person is no person: "Union" is not a surname */
    assert_string_equal(code_doc(f, "2021-05-04",
                                 "The Peoples Union criticized Sylvania on Tuesday over the "
                                 "new border rules.\n\n"
                                 "Later Union criticized Osterlich on Wednesday over the "
                                 "border incidents.",
                                 1),
                        "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_office_holder_surname),
        cmocka_unit_test(test_title_name_surname),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
