/* paths.c: the data folders (see paths.h). */
#define _GNU_SOURCE /* dladdr: which file holds this code */
#include "api/paths.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdbool.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The build defines these: the data folder relative to the installed library and program
 * folders, and the source tree's lexicon and model. */
#ifndef SITREP_DATA_FROM_LIB
#define SITREP_DATA_FROM_LIB "../share/sitrep"
#endif
#ifndef SITREP_DATA_FROM_BIN
#define SITREP_DATA_FROM_BIN "../share/sitrep"
#endif
#ifndef SITREP_LEXICON_DIR
#define SITREP_LEXICON_DIR "lexicon"
#endif
#ifndef SITREP_MODEL_FILE
#define SITREP_MODEL_FILE "models/en_ud.model"
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char lexicon_dir[2 * PATH_MAX];
static char model_file[2 * PATH_MAX];

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The folder of the file that holds this code: the shared library, or the program when
 * the library is linked in statically. */
static bool own_folder(char *out, size_t cap)
{
    char path[PATH_MAX];
    Dl_info info;
    path[0] = '\0';
    if (dladdr((void *)own_folder, &info) && info.dli_fname && strchr(info.dli_fname, '/') &&
        strlen(info.dli_fname) < sizeof path)
        strcpy(path, info.dli_fname);
    /* for the main program dladdr may give only argv[0] */
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n > 0) {
        exe[n] = '\0';
        char real[PATH_MAX];
        if (!path[0] || (realpath(path, real) && strcmp(real, exe) == 0))
            strcpy(path, exe);
    }
    char *slash = strrchr(path, '/');
    if (!slash || (size_t)(slash - path) >= cap)
        return false;
    memcpy(out, path, (size_t)(slash - path));
    out[slash - path] = '\0';
    return true;
}

bool paths_installed(const char *sub, char *out, size_t cap)
{
    char dir[PATH_MAX];
    if (!own_folder(dir, sizeof dir))
        return false;
    static const char *const rel[] = {SITREP_DATA_FROM_LIB, SITREP_DATA_FROM_BIN};
    for (size_t i = 0; i < sizeof rel / sizeof *rel; i++) {
        struct stat st;
        int n = snprintf(out, cap, "%s/%s/%s", dir, rel[i], sub);
        if (n > 0 && (size_t)n < cap && stat(out, &st) == 0)
            return true;
    }
    return false;
}

static void locate(void)
{
    snprintf(lexicon_dir, sizeof lexicon_dir, "%s", SITREP_LEXICON_DIR);
    snprintf(model_file, sizeof model_file, "%s", SITREP_MODEL_FILE);
    char lex[PATH_MAX];
    if (paths_installed("lexicon", lex, sizeof lex) && is_dir(lex)) {
        snprintf(lexicon_dir, sizeof lexicon_dir, "%s", lex);
        /* the model beside it: DATA/models/en_ud.model */
        size_t n = strlen(lex) - strlen("lexicon");
        snprintf(model_file, sizeof model_file, "%.*smodels/en_ud.model", (int)n, lex);
    }
}

static const char *from_env(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

const char *paths_lexicon_dir(void)
{
    const char *env = from_env("SITREP_LEXICON");
    if (env)
        return env;
    pthread_once(&once, locate);
    return lexicon_dir;
}

const char *paths_model_file(void)
{
    const char *env = from_env("SITREP_MODEL");
    if (env)
        return env;
    pthread_once(&once, locate);
    return model_file;
}
