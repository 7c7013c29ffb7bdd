/* batch.c: `sitrep code -f tsv` in a page, over the installed libsitrep alone.
 *
 * Reads the files and folders named (or standard input) as the tool does, codes them in
 * batches of 64 articles on the number of threads given with -j, and prints TABARI-style
 * event lines (date, source, target, code, article id) in input order, so the output is
 * the same whatever -j is. A bad input is reported on stderr and skipped.
 *
 *     cc batch.c $(pkg-config --cflags --libs sitrep) -o batch
 *     ./batch -j 2 articles/ > events.tsv
 */
#include <sitrep.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { BATCH = 64 };

int main(int argc, char **argv)
{
    int threads = 1, first = 1;
    if (argc > 2 && strcmp(argv[1], "-j") == 0) {
        threads = atoi(argv[2]);
        first = 3;
    }
    const char *stdin_only[] = {"-"};
    const char *const *paths = first < argc ? (const char *const *)argv + first : stdin_only;
    size_t npaths = first < argc ? (size_t)(argc - first) : 1;

    sitrep_error err;
    sitrep_resources *res;
    sitrep_reader *rd;
    if (sitrep_resources_load(NULL, &res, &err) != SITREP_OK ||
        sitrep_reader_open(paths, npaths, SITREP_INPUT_AUTO, &rd, &err) != SITREP_OK) {
        fprintf(stderr, "batch: %s\n", err.message);
        return sitrep_exit_status(err.code);
    }
    sitrep_events *slot[BATCH];
    for (int i = 0; i < BATCH; i++)
        sitrep_events_new(&slot[i], NULL);
    int status = 0, r = 1;
    while (r != 0) {
        size_t n = 0;
        while (n < BATCH && (r = sitrep_reader_next(rd, slot[n], &err)) != 0) {
            if (r > 0) {
                n++;
            } else {
                fprintf(stderr, "batch: %s\n", err.message); /* skipped; the rest goes on */
                status = sitrep_exit_status(err.code);
            }
        }
        if (sitrep_code_documents(res, slot, n, threads, NULL, 0, NULL, NULL, NULL, &err) !=
            SITREP_OK) {
            fprintf(stderr, "batch: %s\n", err.message);
            status = sitrep_exit_status(err.code);
            break;
        }
        for (size_t i = 0; i < n; i++) {
            size_t len;
            const char *out = sitrep_events_write(slot[i], SITREP_FORMAT_TSV, 0, &len);
            fwrite(out, 1, len, stdout);
        }
    }
    for (int i = 0; i < BATCH; i++)
        sitrep_events_free(slot[i]);
    sitrep_reader_close(rd);
    sitrep_resources_free(res);
    return status;
}
