/* test_article_reader.c: unit tests for the input readers (plain text, JSON Lines, TABARI
 * records, directories, stdin) and their handling of bad inputs. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/arena.h"
#include "base/strbuf.h"
#include "base/xalloc.h"
#include "io/article_reader.h"

/* ---- helpers ---- */

/* Reads every result of a reader: articles and errors in order. */
typedef struct results {
    arena *a;
    article arts[64];
    size_t narts;
    char errors[16][1024];
    size_t nerrors;
    char order[96]; /* 'A' for an article, 'E' for an error */
} results;

static void drain(article_reader *r, results *res)
{
    size_t steps = 0;
    int rc;
    article art;
    sitrep_error err;
    while ((rc = article_reader_next(r, res->a, &art, &err)) != 0) {
        assert_true(++steps < 90);
        if (rc == 1) {
            assert_true(res->narts < 64);
            res->arts[res->narts++] = art;
            strcat(res->order, "A");
        } else {
            assert_int_equal(rc, -1);
            assert_true(res->nerrors < 16);
            assert_true(err.message[0] != '\0');
            strcpy(res->errors[res->nerrors++], err.message);
            strcat(res->order, "E");
        }
    }
    /* The end is sticky. */
    assert_int_equal(article_reader_next(r, res->a, &art, &err), 0);
    article_reader_close(r);
}

static results *read_memory(const char *name, const char *data, input_format fmt)
{
    results *res = xcalloc(1, sizeof *res);
    res->a = arena_new(0);
    drain(article_reader_open_memory(name, data, strlen(data), fmt), res);
    return res;
}

static results *read_paths(const char *const *paths, size_t n, input_format fmt)
{
    results *res = xcalloc(1, sizeof *res);
    res->a = arena_new(0);
    drain(article_reader_open(paths, n, fmt), res);
    return res;
}

static void results_free(results *res)
{
    arena_free(res->a);
    free(res);
}

static void assert_contains(const char *hay, const char *needle)
{
    if (!strstr(hay, needle))
        fail_msg("\"%s\" does not contain \"%s\"", hay, needle);
}

/* A scratch directory per test. */
static int make_tmpdir(void **state)
{
    char *dir = xstrdup("/tmp/sitrep_reader_XXXXXX");
    if (!mkdtemp(dir)) {
        free(dir);
        return -1;
    }
    *state = dir;
    return 0;
}

/* Deletes a scratch tree (symbolic links are removed, not followed). */
static int remove_tree(const char *path, int depth)
{
    struct stat st;
    if (lstat(path, &st) != 0)
        return 0;
    if (!S_ISDIR(st.st_mode) || depth > 16)
        return unlink(path);
    chmod(path, 0700);
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            char child[4096];
            snprintf(child, sizeof child, "%s/%s", path, e->d_name);
            remove_tree(child, depth + 1);
        }
        closedir(d);
    }
    return rmdir(path);
}

static int remove_tmpdir(void **state)
{
    char *dir = *state;
    remove_tree(dir, 0);
    free(dir);
    return 0;
}

static char *path_in(const char *dir, const char *name)
{
    strbuf b = {0};
    strbuf_printf(&b, "%s/%s", dir, name);
    return strbuf_detach(&b);
}

static char *write_file(const char *dir, const char *name, const char *data, size_t len)
{
    char *path = path_in(dir, name);
    FILE *f = fopen(path, "wb");
    assert_non_null(f);
    if (len)
        assert_int_equal(fwrite(data, 1, len, f), len);
    assert_int_equal(fclose(f), 0);
    return path;
}

static char *write_str(const char *dir, const char *name, const char *data)
{
    return write_file(dir, name, data, strlen(data));
}

/* ---- dates ---- */

static void test_date_normalize(void **state)
{
    (void)state;
    char d[11];
    assert_true(article_date_normalize("2023-08-07", 10, d));
    assert_string_equal(d, "2023-08-07");
    assert_true(article_date_normalize(" 2023-08-07T10:00:00Z ", 22, d));
    assert_string_equal(d, "2023-08-07");
    assert_true(article_date_normalize("2023-08-07 10:00", 16, d));
    assert_string_equal(d, "2023-08-07");
    assert_true(article_date_normalize("20230807", 8, d));
    assert_string_equal(d, "2023-08-07");
    assert_true(article_date_normalize("2024-02-29", 10, d));
    assert_false(article_date_normalize("2023-02-29", 10, d));
    assert_false(article_date_normalize("1900-02-29", 10, d));
    assert_true(article_date_normalize("2000-02-29", 10, d));
    assert_false(article_date_normalize("2023-13-01", 10, d));
    assert_false(article_date_normalize("2023-00-10", 10, d));
    assert_false(article_date_normalize("2023-8-7", 8, d));
    assert_false(article_date_normalize("yesterday", 9, d));
    assert_false(article_date_normalize("2023-08-07X", 11, d));
    assert_false(article_date_normalize("2023-08-07T", 11, d));
    assert_false(article_date_normalize("", 0, d));
}

static void test_format_names(void **state)
{
    (void)state;
    input_format f;
    assert_true(input_format_parse("JSONL", &f));
    assert_int_equal(f, INPUT_JSONL);
    assert_true(input_format_parse("ndjson", &f));
    assert_int_equal(f, INPUT_JSONL);
    assert_true(input_format_parse("tabari", &f));
    assert_int_equal(f, INPUT_TABARI);
    assert_true(input_format_parse("text", &f));
    assert_int_equal(f, INPUT_TEXT);
    assert_false(input_format_parse("xml", &f));
    assert_string_equal(input_format_name(INPUT_TABARI), "tabari");
}

/* ---- plain text ---- */

static void test_text_with_header(void **state)
{
    (void)state;
    results *r = read_memory("news/kyiv.story.txt",
                             "Date: 2023-08-07T10:00:00Z\r\n"
                             "TITLE: Talks resume\n"
                             "url: https://example.org/a\n"
                             "Source:  Example Wire \n"
                             "\n"
                             "Kyiv said on Monday that talks would resume.\n",
                             INPUT_AUTO);
    assert_string_equal(r->order, "A");
    article *a = &r->arts[0];
    assert_string_equal(a->date, "2023-08-07");
    assert_string_equal(a->title, "Talks resume");
    assert_string_equal(a->url, "https://example.org/a");
    assert_string_equal(a->source, "Example Wire");
    assert_string_equal(a->id, "kyiv.story");
    assert_string_equal(a->text, "Kyiv said on Monday that talks would resume.\n");
    assert_int_equal(a->text_len, strlen(a->text));
    assert_string_equal(a->origin, "news/kyiv.story.txt");
    assert_null(a->comment);
    assert_null(a->raw_date);
    results_free(r);
}

static void test_text_header_id_and_compact_date(void **state)
{
    (void)state;
    results *r = read_memory("a.txt", "id: doc-7\ndate: 20230807\nThe body follows at once.",
                             INPUT_TEXT);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].id, "doc-7");
    assert_string_equal(r->arts[0].date, "2023-08-07");
    assert_string_equal(r->arts[0].text, "The body follows at once.");
    results_free(r);
}

static void test_text_without_header(void **state)
{
    (void)state;
    /* "Moscow:" is not a known key, so the whole file is the text. */
    const char *body = "Moscow: Russia said on Tuesday it would respond.\n\nMore text.\n";
    results *r = read_memory("dir/noheader", body, INPUT_AUTO);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].text, body);
    assert_string_equal(r->arts[0].id, "noheader");
    assert_null(r->arts[0].date);
    assert_null(r->arts[0].title);
    results_free(r);

    /* A known key later in the file is text, not a header. */
    r = read_memory("x.txt", "First line.\ndate: 2023-01-01\n", INPUT_TEXT);
    assert_string_equal(r->order, "A");
    assert_null(r->arts[0].date);
    assert_string_equal(r->arts[0].text, "First line.\ndate: 2023-01-01\n");
    results_free(r);
}

static void test_text_bad_date(void **state)
{
    (void)state;
    results *r = read_memory("bad.txt", "title: T\ndate: last Tuesday\n\nBody.\n", INPUT_TEXT);
    assert_string_equal(r->order, "E");
    assert_contains(r->errors[0], "bad.txt:2");
    assert_contains(r->errors[0], "last Tuesday");
    results_free(r);
}

static void test_text_header_only(void **state)
{
    (void)state;
    results *r = read_memory("h.txt", "date: 2023-08-07\ntitle: Nothing\n\n  \n", INPUT_TEXT);
    assert_string_equal(r->order, "E");
    assert_contains(r->errors[0], "h.txt");
    assert_contains(r->errors[0], "no text");
    results_free(r);
}

static void test_text_bom_and_invalid_utf8(void **state)
{
    (void)state;
    results *r = read_memory("u.txt", "\xEF\xBB\xBFTitle: Caf\xE9\n\nBad \xC3\x28 bytes stay.",
                             INPUT_TEXT);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].title, "Caf\xE9");
    assert_string_equal(r->arts[0].text, "Bad \xC3\x28 bytes stay.");
    results_free(r);
}

static void test_text_too_large(void **state)
{
    (void)state;
    size_t n = ARTICLE_READER_MAX_BYTES + 10;
    char *big = xmalloc(n);
    memset(big, 'a', n);
    results *res = xcalloc(1, sizeof *res);
    res->a = arena_new(0);
    drain(article_reader_open_memory("big.txt", big, n, INPUT_TEXT), res);
    assert_string_equal(res->order, "E");
    assert_contains(res->errors[0], "big.txt");
    assert_contains(res->errors[0], "larger than");
    results_free(res);
    free(big);
}

/* ---- JSON Lines ---- */

static void test_jsonl_fields(void **state)
{
    (void)state;
    results *r = read_memory(
        "c.jsonl",
        "{\"id\":\"a1\",\"date\":\"2023-08-07T10:00:00Z\",\"url\":\"https://x.org\","
        "\"source\":\"Wire\",\"title\":\"T\",\"text\":\"Kyiv said.\",\"extra\":[1,2]}\n"
        "\n"
        "   \n"
        "{\"text\":\"No id here.\",\"title\":null}\n"
        "{\"id\":42,\"date\":\"20230808\",\"text\":\"Line\\nbreak \\u00e9\"}\r\n",
        INPUT_AUTO);
    assert_string_equal(r->order, "AAA");
    article *a = &r->arts[0];
    assert_string_equal(a->id, "a1");
    assert_string_equal(a->date, "2023-08-07");
    assert_string_equal(a->url, "https://x.org");
    assert_string_equal(a->source, "Wire");
    assert_string_equal(a->title, "T");
    assert_string_equal(a->text, "Kyiv said.");
    assert_int_equal(a->text_len, 10);
    assert_string_equal(a->origin, "c.jsonl:1");
    a = &r->arts[1];
    assert_string_equal(a->id, "c.jsonl:4");
    assert_null(a->title);
    assert_null(a->date);
    a = &r->arts[2];
    assert_string_equal(a->id, "42");
    assert_string_equal(a->date, "2023-08-08");
    assert_string_equal(a->text, "Line\nbreak \xC3\xA9");
    results_free(r);
}

static void test_jsonl_bad_lines(void **state)
{
    (void)state;
    results *r = read_memory("bad.ndjson",
                             "{\"text\":\"one\"}\n"
                             "{not json\n"
                             "{\"id\":\"x\"}\n"
                             "{\"text\":17}\n"
                             "[1,2]\n"
                             "{\"text\":\"ok\",\"date\":\"soon\"}\n"
                             "{\"text\":\"ok\",\"title\":{\"a\":1}}\n"
                             "{\"text\":\"two\"} trailing\n"
                             "{\"text\":\"three\"}",
                             INPUT_AUTO);
    assert_string_equal(r->order, "AEEEEEEEA");
    assert_string_equal(r->arts[0].text, "one");
    assert_string_equal(r->arts[1].text, "three");
    assert_string_equal(r->arts[1].origin, "bad.ndjson:9");
    assert_contains(r->errors[0], "bad.ndjson:2:");
    assert_contains(r->errors[0], "invalid JSON");
    assert_contains(r->errors[1], "bad.ndjson:3:");
    assert_contains(r->errors[1], "\"text\"");
    assert_contains(r->errors[2], "bad.ndjson:4:");
    assert_contains(r->errors[2], "not a string");
    assert_contains(r->errors[3], "bad.ndjson:5:");
    assert_contains(r->errors[3], "object");
    assert_contains(r->errors[4], "bad.ndjson:6:");
    assert_contains(r->errors[4], "soon");
    assert_contains(r->errors[5], "bad.ndjson:7:");
    assert_contains(r->errors[5], "title");
    assert_contains(r->errors[6], "bad.ndjson:8:");
    results_free(r);
}

static void test_jsonl_invalid_utf8_is_repaired(void **state)
{
    (void)state;
    results *r = read_memory("u.jsonl", "{\"text\":\"caf\xE9 \xF0\x9F\x98\x80\"}\n", INPUT_JSONL);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].text, "caf\xEF\xBF\xBD \xF0\x9F\x98\x80");
    results_free(r);
}

static void test_jsonl_blank_only_is_empty(void **state)
{
    (void)state;
    results *r = read_memory("e.jsonl", "\n  \n\n", INPUT_JSONL);
    assert_string_equal(r->order, "E");
    assert_contains(r->errors[0], "e.jsonl: empty");
    results_free(r);
}

/* ---- TABARI records ---- */

static const char tabari_sample[] =
    "#########\n"
    "# comment lines outside records\n"
    "#########\n"
    "\n"
    "950101  DEMO-01\n"
    "Arnor is about to restore full diplomatic ties with Gondor,\n"
    "a senior official said on Saturday.\n"
    "/*\\n------\n"
    "\\n{ ARN / GON / 064 } */   \n"
    "\n"
    "   \n"
    "950113  DEMO-13\n"
    "Arnor signed a trade protocol, officials said./*\n"
    "\\n{ ARN / DAG / 085 } 950113 */\n"
    "\n"
    "A paragraph outside records is a comment too.\n"
    "\n"
    "030405\tFBIS-001-001  CEP20020711000011 more\n"
    "2. -- Gondor text starting with a digit.\n"
    "\n"
    "20150607 YYYY-01\n"
    "Fornost is about to restore ties.\n"
    "/*\\n{ FOR / GON / 064 }\n"
    "\n"
    "186010029 YYYY-03\n"
    "Bad date, still coded.\n"
    "\n"
    "950101\n"
    "A record without an id.\n"
    "\n"
    "950101  OPTION-1\n"
    "/*\\n{ OPTION: SET: YYYY = TRUE } */\n"
    "\n"
    "950112  DEBUG-08\n"
    "Before the comment\n"
    "/* note */\n"
    "after the comment.\n"
    "\n"
    "950104  PATTERN-26\n"
    "Mordor welcomed ties.\n"
    "/* first */\n"
    "\\n{ GON / FOR / 044 } */\n"
    "\n"
    "991231  EMPTY-1\n"
    "\n"
    "490101 Y2K-49\n"
    "Last record, no blank line after it.";

static void test_tabari_shapes(void **state)
{
    (void)state;
    results *r = read_memory("suite.text", tabari_sample, INPUT_AUTO);
    assert_string_equal(r->order, "AAAAAAAAAEA");
    article *a = r->arts;

    assert_string_equal(a[0].id, "DEMO-01");
    assert_string_equal(a[0].date, "1995-01-01");
    assert_string_equal(a[0].raw_date, "950101");
    assert_null(a[0].id_extra);
    assert_string_equal(a[0].text, "Arnor is about to restore full diplomatic ties with Gondor,\n"
                                   "a senior official said on Saturday.");
    assert_int_equal(a[0].text_len, strlen(a[0].text));
    assert_string_equal(a[0].comment, "\\n------\n\\n{ ARN / GON / 064 }");
    assert_string_equal(a[0].origin, "suite.text:5");

    assert_string_equal(a[1].id, "DEMO-13");
    assert_string_equal(a[1].text, "Arnor signed a trade protocol, officials said.");
    assert_string_equal(a[1].comment, "\\n{ ARN / DAG / 085 } 950113");

    assert_string_equal(a[2].id, "FBIS-001-001");
    assert_string_equal(a[2].id_extra, "CEP20020711000011 more");
    assert_string_equal(a[2].date, "2003-04-05");
    assert_string_equal(a[2].text, "2. -- Gondor text starting with a digit.");
    assert_null(a[2].comment);

    /* YYYY mode date; an unterminated comment ends with the record. */
    assert_string_equal(a[3].id, "YYYY-01");
    assert_string_equal(a[3].date, "2015-06-07");
    assert_string_equal(a[3].raw_date, "20150607");
    assert_string_equal(a[3].comment, "\\n{ FOR / GON / 064 }");

    assert_string_equal(a[4].id, "YYYY-03");
    assert_null(a[4].date);
    assert_string_equal(a[4].raw_date, "186010029");
    assert_string_equal(a[4].text, "Bad date, still coded.");

    assert_string_equal(a[5].id, "suite.text:28");
    assert_string_equal(a[5].text, "A record without an id.");

    /* An option record: no text, only the comment. */
    assert_string_equal(a[6].id, "OPTION-1");
    assert_string_equal(a[6].text, "");
    assert_int_equal(a[6].text_len, 0);
    assert_string_equal(a[6].comment, "\\n{ OPTION: SET: YYYY = TRUE }");

    /* Text after the comment belongs to the text. */
    assert_string_equal(a[7].text, "Before the comment\nafter the comment.");
    assert_string_equal(a[7].comment, "note");

    /* The comment runs to the last closing marker of the record. */
    assert_string_equal(a[8].text, "Mordor welcomed ties.");
    assert_string_equal(a[8].comment, "first */\n\\n{ GON / FOR / 044 }");

    assert_contains(r->errors[0], "suite.text:44");
    assert_contains(r->errors[0], "EMPTY-1");
    assert_contains(r->errors[0], "no text");

    assert_string_equal(a[9].id, "Y2K-49");
    assert_string_equal(a[9].date, "2049-01-01");
    assert_string_equal(a[9].text, "Last record, no blank line after it.");
    results_free(r);
}

static void test_tabari_sniffed_and_no_records(void **state)
{
    (void)state;
    /* No .text extension: the first non-comment line decides. */
    results *r = read_memory("records.dat", "# c\n\n830809  MISC-01\nGondor has called.\n",
                             INPUT_AUTO);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].id, "MISC-01");
    assert_string_equal(r->arts[0].date, "1983-08-09");
    results_free(r);

    r = read_memory("none.text", "# only comments\n\nnothing here\n", INPUT_AUTO);
    assert_string_equal(r->order, "E");
    assert_contains(r->errors[0], "none.text");
    assert_contains(r->errors[0], "no TABARI records");
    results_free(r);

    r = read_memory("blank.text", "\n\n   \n", INPUT_TABARI);
    assert_string_equal(r->order, "E");
    assert_contains(r->errors[0], "empty");
    results_free(r);
}

static void test_tabari_validate_suite(void **state)
{
    (void)state;
    char path[4096];
    snprintf(path, sizeof path, "%s/conformance/tabari/Validate.text", SITREP_SHARED_DIR);
    if (access(path, R_OK) != 0) {
        print_message("skipped: %s is absent\n", path);
        skip();
    }
    const char *paths[] = {path};
    results *res = xcalloc(1, sizeof *res);
    res->a = arena_new(0);
    article_reader *r = article_reader_open(paths, 1, INPUT_AUTO);
    article art;
    sitrep_error err;
    int rc;
    size_t records = 0, errors = 0, with_comment = 0;
    while ((rc = article_reader_next(r, res->a, &art, &err)) != 0) {
        if (rc < 0) {
            errors++;
            continue;
        }
        records++;
        if (art.comment)
            with_comment++;
        assert_non_null(art.raw_date);
        arena_reset(res->a);
    }
    article_reader_close(r);
    print_message("Validate.text: %zu records, %zu with a comment, %zu errors\n", records,
                  with_comment, errors);
    assert_int_equal(errors, 0);
    assert_true(records >= 400);
    assert_true(with_comment >= records - 10);
    results_free(res);
}

/* ---- auto-detection and stdin ---- */

static void test_auto_detection_memory(void **state)
{
    (void)state;
    results *r = read_memory("-", "\n  {\"text\":\"from stdin\"}\n", INPUT_AUTO);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].text, "from stdin");
    assert_string_equal(r->arts[0].origin, "stdin:2");
    results_free(r);

    r = read_memory("-", "Plain words on stdin.\n", INPUT_AUTO);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].id, "stdin");
    assert_string_equal(r->arts[0].text, "Plain words on stdin.\n");
    results_free(r);

    /* An explicit format wins over the name. */
    r = read_memory("looks.jsonl", "{\"text\": \"not parsed\"}", INPUT_TEXT);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].text, "{\"text\": \"not parsed\"}");
    results_free(r);
}

static void test_stdin(void **state)
{
    char *path = write_str(*state, "stdin.jsonl", "{\"id\":\"s1\",\"text\":\"via stdin\"}\n");
    assert_non_null(freopen(path, "r", stdin));
    const char *paths[] = {"-"};
    results *r = read_paths(paths, 1, INPUT_AUTO);
    assert_string_equal(r->order, "A");
    assert_string_equal(r->arts[0].id, "s1");
    assert_string_equal(r->arts[0].origin, "stdin:1");
    results_free(r);
    free(path);
}

/* ---- files and directories ---- */

static void test_directory_sorted_recursive(void **state)
{
    const char *dir = *state;
    char *sub = path_in(dir, "b_sub");
    assert_int_equal(mkdir(sub, 0700), 0);
    char *hidden_dir = path_in(dir, ".git");
    assert_int_equal(mkdir(hidden_dir, 0700), 0);
    free(write_str(dir, "c.txt", "Third."));
    free(write_str(dir, "a.txt", "First."));
    free(write_str(dir, ".hidden.txt", "Never read."));
    free(write_str(hidden_dir, "x.txt", "Never read either."));
    free(write_str(sub, "z.jsonl", "{\"text\":\"Second A.\"}\n{\"text\":\"Second B.\"}\n"));
    free(write_str(sub, "y.text", "950101  R-1\nSecond, TABARI.\n"));

    const char *paths[] = {dir};
    results *r = read_paths(paths, 1, INPUT_AUTO);
    assert_string_equal(r->order, "AAAAA");
    assert_string_equal(r->arts[0].text, "First.");
    assert_string_equal(r->arts[0].id, "a");
    assert_string_equal(r->arts[1].id, "R-1");
    assert_string_equal(r->arts[2].text, "Second A.");
    assert_string_equal(r->arts[3].text, "Second B.");
    assert_string_equal(r->arts[4].text, "Third.");
    char *expect = path_in(dir, "b_sub/z.jsonl:2");
    assert_string_equal(r->arts[3].origin, expect);
    free(expect);
    results_free(r);
    free(sub);
    free(hidden_dir);
}

static void test_missing_and_unreadable_files(void **state)
{
    const char *dir = *state;
    char *good = write_str(dir, "good.txt", "Readable text.");
    char *missing = path_in(dir, "missing.txt");
    char *notdir = path_in(dir, "good.txt/inside.txt");
    const char *paths[] = {missing, good, notdir, good};
    results *r = read_paths(paths, 4, INPUT_AUTO);
    assert_string_equal(r->order, "EAEA");
    assert_contains(r->errors[0], missing);
    assert_contains(r->errors[0], "No such file");
    assert_contains(r->errors[1], notdir);
    assert_string_equal(r->arts[0].text, "Readable text.");
    results_free(r);

    if (geteuid() == 0) {
        print_message("note: running as root, the permission-denied case is not testable\n");
    } else {
        char *locked = write_str(dir, "locked.txt", "Secret.");
        assert_int_equal(chmod(locked, 0), 0);
        const char *p2[] = {locked, good};
        r = read_paths(p2, 2, INPUT_AUTO);
        assert_string_equal(r->order, "EA");
        assert_contains(r->errors[0], locked);
        results_free(r);
        free(locked);
    }
    free(good);
    free(missing);
    free(notdir);
}

static void test_empty_files(void **state)
{
    const char *dir = *state;
    char *e1 = write_str(dir, "empty.txt", "");
    char *e2 = write_str(dir, "empty.jsonl", "");
    char *e3 = write_str(dir, "empty.text", "");
    char *e4 = write_str(dir, "blank.txt", " \n\t\n");
    const char *paths[] = {e1, e2, e3, e4};
    results *r = read_paths(paths, 4, INPUT_AUTO);
    assert_string_equal(r->order, "EEEE");
    for (size_t i = 0; i < 4; i++) {
        assert_contains(r->errors[i], paths[i]);
        assert_contains(r->errors[i], "empty");
    }
    results_free(r);
    free(e1);
    free(e2);
    free(e3);
    free(e4);
}

static void test_binary_files(void **state)
{
    const char *dir = *state;
    static const char nul[] = "some text\0more text";
    char *b1 = write_file(dir, "nul.txt", nul, sizeof nul - 1);
    char ctl[200];
    for (size_t i = 0; i < sizeof ctl; i++)
        ctl[i] = (i % 2) ? 'a' : '\x01';
    char *b2 = write_file(dir, "ctl.jsonl", ctl, sizeof ctl);
    char *b3 = write_file(dir, "ctl.text", ctl, sizeof ctl);
    char *ok = write_str(dir, "ok.txt", "Tabs\tand\r\nline ends are fine.\f");
    const char *paths[] = {b1, b2, b3, ok};
    results *r = read_paths(paths, 4, INPUT_AUTO);
    assert_string_equal(r->order, "EEEA");
    for (size_t i = 0; i < 3; i++) {
        assert_contains(r->errors[i], paths[i]);
        assert_contains(r->errors[i], "binary");
    }
    results_free(r);
    free(b1);
    free(b2);
    free(b3);
    free(ok);
}

static void test_ten_megabyte_line(void **state)
{
    const char *dir = *state;
    size_t n = 10u * 1024 * 1024;
    strbuf b = {0};
    strbuf_puts(&b, "{\"id\":\"big\",\"text\":\"");
    size_t start = b.len;
    for (size_t i = 0; i < n; i++)
        strbuf_putc(&b, (char)('a' + i % 26));
    strbuf_puts(&b, "\"}\n{\"text\":\"after\"}\n");
    char *p1 = write_file(dir, "big.jsonl", b.data, b.len);
    char *p2 = write_file(dir, "big.txt", b.data + start, n);
    strbuf_free(&b);
    const char *paths[] = {p1, p2};
    results *r = read_paths(paths, 2, INPUT_AUTO);
    assert_string_equal(r->order, "AAA");
    assert_string_equal(r->arts[0].id, "big");
    assert_int_equal(r->arts[0].text_len, n);
    assert_int_equal(r->arts[0].text[n - 1], (char)('a' + (n - 1) % 26));
    assert_string_equal(r->arts[1].text, "after");
    assert_int_equal(r->arts[2].text_len, n);
    assert_int_equal(strlen(r->arts[2].text), n);
    results_free(r);
    free(p1);
    free(p2);
}

static void test_directory_loop(void **state)
{
    const char *dir = *state;
    char *sub = path_in(dir, "sub");
    assert_int_equal(mkdir(sub, 0700), 0);
    free(write_str(sub, "doc.txt", "In the loop."));
    char *link = path_in(dir, "sub/back");
    assert_int_equal(symlink("..", link), 0);
    char *dangling = path_in(dir, "sub/dangling.txt");
    assert_int_equal(symlink("nowhere.txt", dangling), 0);
    const char *paths[] = {dir};
    results *r = read_paths(paths, 1, INPUT_AUTO);
    /* sub/back is the top directory again: reported, not followed. */
    assert_string_equal(r->order, "EEA");
    assert_contains(r->errors[0], "back");
    assert_contains(r->errors[0], "loop");
    assert_contains(r->errors[1], "dangling.txt");
    assert_string_equal(r->arts[0].text, "In the loop.");
    results_free(r);
    free(sub);
    free(link);
    free(dangling);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_date_normalize),
        cmocka_unit_test(test_format_names),
        cmocka_unit_test(test_text_with_header),
        cmocka_unit_test(test_text_header_id_and_compact_date),
        cmocka_unit_test(test_text_without_header),
        cmocka_unit_test(test_text_bad_date),
        cmocka_unit_test(test_text_header_only),
        cmocka_unit_test(test_text_bom_and_invalid_utf8),
        cmocka_unit_test(test_text_too_large),
        cmocka_unit_test(test_jsonl_fields),
        cmocka_unit_test(test_jsonl_bad_lines),
        cmocka_unit_test(test_jsonl_invalid_utf8_is_repaired),
        cmocka_unit_test(test_jsonl_blank_only_is_empty),
        cmocka_unit_test(test_tabari_shapes),
        cmocka_unit_test(test_tabari_sniffed_and_no_records),
        cmocka_unit_test(test_tabari_validate_suite),
        cmocka_unit_test(test_auto_detection_memory),
        cmocka_unit_test_setup_teardown(test_stdin, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_directory_sorted_recursive, make_tmpdir,
                                        remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_missing_and_unreadable_files, make_tmpdir,
                                        remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_empty_files, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_binary_files, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_ten_megabyte_line, make_tmpdir, remove_tmpdir),
        cmocka_unit_test_setup_teardown(test_directory_loop, make_tmpdir, remove_tmpdir),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
