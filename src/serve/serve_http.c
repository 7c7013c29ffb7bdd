/* serve_http.c: the HTTP side of `sitrep serve` on libmicrohttpd (see serve_http.h).
 *
 * libmicrohttpd runs a pool of SERVE_THREADS threads; each request borrows one of as many
 * read-only store handles (a handle is used by one thread at a time) for the length of
 * the answer, which is built whole before it is queued: a client that goes away or reads
 * slowly costs a buffer, never a store handle. The main thread only waits for SIGTERM or
 * SIGINT, then stops the daemon, which finishes the requests in flight. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "serve/serve_http.h"

#include "base/strbuf.h"
#include "base/xalloc.h"
#include "serve/serve_api.h"
#include "store/store.h"

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CSP                                                                                    \
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"           \
    " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none';"               \
    " frame-ancestors 'none'"

typedef struct server {
    const char *db;
    char web[PATH_MAX];
    pthread_mutex_t mu;
    pthread_cond_t cv;
    store *pool[SERVE_THREADS];
    bool busy[SERVE_THREADS];
} server;

/* ---- the store handles ---- */

/* A read-only store handle for the requests of one worker thread. */
static store *open_for_requests(const char *db, sitrep_error *err)
{
    store *s = store_open(db, false, err);
    if (s)
        store_for_requests(s);
    return s;
}

static int acquire(server *sv, sitrep_error *err)
{
    pthread_mutex_lock(&sv->mu);
    int i;
    for (;;) {
        for (i = 0; i < SERVE_THREADS && sv->busy[i]; i++) {
        }
        if (i < SERVE_THREADS)
            break;
        pthread_cond_wait(&sv->cv, &sv->mu);
    }
    sv->busy[i] = true;
    pthread_mutex_unlock(&sv->mu);
    if (!sv->pool[i])
        sv->pool[i] = open_for_requests(sv->db, err);
    if (!sv->pool[i]) {
        pthread_mutex_lock(&sv->mu);
        sv->busy[i] = false;
        pthread_cond_signal(&sv->cv);
        pthread_mutex_unlock(&sv->mu);
        return -1;
    }
    return i;
}

static void release(server *sv, int i, bool broken)
{
    if (broken) { /* e.g. a dropped PostgreSQL connection: open afresh next time */
        store_close(sv->pool[i]);
        sv->pool[i] = NULL;
    }
    pthread_mutex_lock(&sv->mu);
    sv->busy[i] = false;
    pthread_cond_signal(&sv->cv);
    pthread_mutex_unlock(&sv->mu);
}

/* ---- answers ---- */

static enum MHD_Result send_response(struct MHD_Connection *c, int status,
                                     struct MHD_Response *resp, const char *type, bool api)
{
    if (!resp)
        return MHD_NO;
    MHD_add_response_header(resp, "Content-Type", type);
    MHD_add_response_header(resp, "Content-Security-Policy", CSP);
    MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(resp, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(resp, "X-Frame-Options", "DENY");
    MHD_add_response_header(resp, "Cache-Control", api ? "no-store" : "no-cache");
    if (status == MHD_HTTP_METHOD_NOT_ALLOWED)
        MHD_add_response_header(resp, "Allow", "GET, HEAD");
    enum MHD_Result ret = MHD_queue_response(c, (unsigned)status, resp);
    MHD_destroy_response(resp);
    return ret;
}

static enum MHD_Result send_buffer(struct MHD_Connection *c, serve_response *r)
{
    struct MHD_Response *resp = MHD_create_response_from_buffer_with_free_callback(
        r->len, r->body, free);
    if (!resp) {
        free(r->body);
        free(r->next_url);
        return MHD_NO;
    }
    if (r->filename) {
        char disp[128];
        snprintf(disp, sizeof disp, "attachment; filename=\"%s\"", r->filename);
        MHD_add_response_header(resp, "Content-Disposition", disp);
    }
    if (r->next_url) {
        /* the next page (RFC 8288), and its cursor alone when it is plain text */
        strbuf link = {0};
        strbuf_printf(&link, "<%s>; rel=\"next\"", r->next_url);
        MHD_add_response_header(resp, "Link", link.data);
        strbuf_free(&link);
        free(r->next_url);
        r->next_url = NULL;
        bool plain = true;
        for (const char *k = r->next_after; *k; k++)
            plain = plain && *k >= 0x20 && *k < 0x7f;
        if (plain && *r->next_after)
            MHD_add_response_header(resp, "Sitrep-Next-After", r->next_after);
    }
    return send_response(c, r->status, resp, r->content_type, true);
}

static enum MHD_Result send_error(struct MHD_Connection *c, int status, const char *message)
{
    serve_response r = {0};
    serve_error(&r, status, message);
    return send_buffer(c, &r);
}

/* ---- the API ---- */

typedef struct params {
    serve_param p[SERVE_MAX_PARAMS + 1];
    size_t n;
    bool nul; /* a key or value held a NUL byte (%00) */
} params;

static enum MHD_Result take_param(void *cls, enum MHD_ValueKind kind, const char *key,
                                  size_t key_size, const char *value, size_t value_size)
{
    params *ps = cls;
    (void)kind;
    if (strlen(key) != key_size || (value && strlen(value) != value_size))
        ps->nul = true;
    /* one past the maximum is kept so that the parser can say "too many" */
    if (ps->n < SERVE_MAX_PARAMS + 1)
        ps->p[ps->n++] = (serve_param){key, value};
    return MHD_YES;
}

static enum MHD_Result api(server *sv, struct MHD_Connection *c, const char *url)
{
    params ps = {.n = 0};
    MHD_get_connection_values_n(c, MHD_GET_ARGUMENT_KIND, take_param, &ps);
    if (ps.nul)
        return send_error(c, 400, "a parameter holds a NUL byte");
    sitrep_error err;
    int h = acquire(sv, &err);
    if (h < 0)
        return send_error(c, 503, err.message);
    serve_response r;
    serve_api(sv->pool[h], url, ps.p, ps.n, &r);
    release(sv, h, r.status >= 500);
    if (!r.body) /* could not encode */
        return send_error(c, 500, "cannot encode the answer");
    return send_buffer(c, &r);
}

/* ---- static files ---- */

static const struct vendor {
    const char *name, *package_path;
} vendor_files[] = {
    {"uPlot.iife.min.js", "uplot/dist/uPlot.iife.min.js"},
    {"uPlot.min.css", "uplot/dist/uPlot.min.css"},
    {"cytoscape.min.js", "cytoscape/dist/cytoscape.min.js"},
};

static const char *mime_type(const char *path)
{
    static const char *const types[][2] = {
        {".html", "text/html; charset=utf-8"}, {".js", "text/javascript; charset=utf-8"},
        {".css", "text/css; charset=utf-8"},   {".png", "image/png"},
        {".svg", "image/svg+xml"},             {".ico", "image/x-icon"},
    };
    const char *dot = strrchr(path, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof *types; i++)
        if (strcmp(dot, types[i][0]) == 0)
            return types[i][1];
    return NULL;
}

/* A path the asset folder may answer: [A-Za-z0-9._/-], every segment non-empty and not
 * starting with '.', so neither "..", hidden files nor "//" pass. */
static bool safe_path(const char *p)
{
    if (*p != '/' || strlen(p) > 256)
        return false;
    for (const char *s = p; *s; s++) {
        char ch = *s;
        bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                  (ch >= '0' && ch <= '9') || ch == '.' || ch == '_' || ch == '-' || ch == '/';
        if (!ok)
            return false;
        if (ch == '/' && (s[1] == '/' || s[1] == '.'))
            return false;
    }
    return true;
}

/* out = a + b (both strings); false when it does not fit. */
static bool join(char out[PATH_MAX], const char *a, const char *b)
{
    int n = snprintf(out, PATH_MAX, "%s%s", a, b);
    return n > 0 && n < PATH_MAX;
}

/* Opens `path` when it is a regular file inside `root` (after resolving links). */
static int open_inside(const char *root, const char *path, struct stat *sb)
{
    char real[PATH_MAX];
    if (!realpath(path, real))
        return -1;
    size_t n = strlen(root);
    if (strncmp(real, root, n) != 0 || real[n] != '/')
        return -1;
    int fd = open(real, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (fstat(fd, sb) != 0 || !S_ISREG(sb->st_mode)) {
        close(fd);
        return -1;
    }
    return fd;
}

static int open_asset(server *sv, const char *url, struct stat *sb)
{
    char path[PATH_MAX];
    if (strncmp(url, "/vendor/", 8) == 0) {
        for (size_t i = 0; i < sizeof vendor_files / sizeof *vendor_files; i++) {
            if (strcmp(url + 8, vendor_files[i].name) != 0)
                continue;
            /* installed copy first, then the source tree's node_modules beside web/ */
            int fd = join(path, sv->web, url) ? open_inside(sv->web, path, sb) : -1;
            if (fd >= 0)
                return fd;
            char modules[PATH_MAX], real[PATH_MAX];
            if (!join(modules, sv->web, "/../node_modules/") || !realpath(modules, real) ||
                !join(modules, real, "/") || !join(path, modules, vendor_files[i].package_path))
                return -1;
            return open_inside(real, path, sb);
        }
        return -1;
    }
    if (!safe_path(url) || strncmp(url, "/node_modules/", 14) == 0)
        return -1;
    if (!join(path, sv->web, strcmp(url, "/") == 0 ? "/index.html" : url) || !mime_type(path))
        return -1;
    return open_inside(sv->web, path, sb);
}

static enum MHD_Result asset(server *sv, struct MHD_Connection *c, const char *url)
{
    struct stat sb;
    int fd = open_asset(sv, url, &sb);
    if (fd < 0)
        return send_error(c, 404, "not found");
    struct MHD_Response *resp = MHD_create_response_from_fd((uint64_t)sb.st_size, fd);
    if (!resp) {
        close(fd);
        return MHD_NO;
    }
    const char *type = mime_type(strcmp(url, "/") == 0 ? "/index.html" : url);
    return send_response(c, 200, resp, type, false);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload_data,
                              size_t *upload_data_size, void **con_cls)
{
    server *sv = cls;
    (void)version;
    (void)upload_data;
    (void)upload_data_size;
    (void)con_cls;
    /* Every answer is queued at the first call (headers only): no body is ever read. */
    if (strcmp(method, MHD_HTTP_METHOD_GET) != 0 && strcmp(method, MHD_HTTP_METHOD_HEAD) != 0)
        return send_error(c, MHD_HTTP_METHOD_NOT_ALLOWED, "only GET and HEAD");
    const char *len = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    if ((len && strcmp(len, "0") != 0) ||
        MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING))
        return send_error(c, MHD_HTTP_CONTENT_TOO_LARGE, "requests carry no body");
    if (strlen(url) > SERVE_MAX_URL)
        return send_error(c, MHD_HTTP_URI_TOO_LONG, "URL too long");
    if (strncmp(url, "/api/", 5) == 0 || strcmp(url, "/api") == 0)
        return api(sv, c, url);
    return asset(sv, c, url);
}

static int hex_digit(char ch)
{
    return ch >= '0' && ch <= '9'   ? ch - '0'
           : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
           : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                    : -1;
}

/* Percent-decoding of the path and the query arguments, in place, except that "%00"
 * stays as it is: a NUL byte would cut "/app.js%00.png" short to "/app.js". The '%' left
 * in makes the path unservable and a code parameter invalid. */
static size_t unescape(void *cls, struct MHD_Connection *c, char *s)
{
    (void)cls;
    (void)c;
    char *out = s;
    for (const char *in = s; *in; in++) {
        int hi, lo;
        if (in[0] == '%' && (hi = hex_digit(in[1])) >= 0 && (lo = hex_digit(in[2])) >= 0 &&
            (hi | lo) != 0) {
            *out++ = (char)(hi * 16 + lo);
            in += 2;
        } else {
            *out++ = *in;
        }
    }
    *out = '\0';
    return (size_t)(out - s);
}

/* libmicrohttpd's own messages (its format strings), to the caller's http_log. */
__attribute__((format(printf, 2, 0))) static void log_mhd(void *cls, const char *fmt, va_list ap)
{
    const serve_config *cfg = cls;
    char msg[1024];
    sitrep_diag_vprintf(cfg->http_log, cfg->ctx, msg, sizeof msg, fmt, ap);
}

/* A message for the caller (cfg->report). */
#define say(cfg, ...) sitrep_diag_printf((cfg)->report, (cfg)->ctx, __VA_ARGS__)

/* ---- running ---- */

sitrep_status serve_run(const serve_config *cfg, sitrep_error *err)
{
    server sv = {.db = cfg->db};
    if (!realpath(cfg->web, sv.web)) {
        say(cfg, "%s: the dashboard's asset folder cannot be read (%s)", cfg->web,
            strerror(errno));
        sitrep_error_setc(err, SITREP_EIO, "%s: the dashboard's asset folder cannot be read",
                          cfg->web);
        return SITREP_EIO;
    }
    /* The store must open now: a wrong --db is reported before anything listens. */
    sitrep_error serr;
    sv.pool[0] = open_for_requests(cfg->db, &serr);
    if (!sv.pool[0]) {
        sitrep_error_classify(&serr, SITREP_ESTORE);
        say(cfg, "%s", serr.message);
        if (err)
            *err = serr;
        return serr.code;
    }
    struct sockaddr_storage ss;
    memset(&ss, 0, sizeof ss);
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG;
    struct sockaddr_in *v4 = (struct sockaddr_in *)&ss;
    struct sockaddr_in6 *v6 = (struct sockaddr_in6 *)&ss;
    if (inet_pton(AF_INET, cfg->listen, &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons((uint16_t)cfg->port);
    } else if (inet_pton(AF_INET6, cfg->listen, &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons((uint16_t)cfg->port);
        flags |= MHD_USE_IPv6;
    } else {
        sitrep_error_setc(err, SITREP_EUSAGE, "--listen '%s' is not a numeric IPv4 or IPv6 "
                          "address", cfg->listen);
        say(cfg, "--listen '%s' is not a numeric IPv4 or IPv6 address", cfg->listen);
        store_close(sv.pool[0]);
        return SITREP_EUSAGE;
    }
    pthread_mutex_init(&sv.mu, NULL);
    pthread_cond_init(&sv.cv, NULL);
    /* SIGTERM and SIGINT are taken by sigwait below, so every thread must block them; a
     * client closing its socket must not kill the process. */
    sigset_t stop, old;
    sigemptyset(&stop);
    sigaddset(&stop, SIGTERM);
    sigaddset(&stop, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stop, &old);
    signal(SIGPIPE, SIG_IGN);
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, (uint16_t)cfg->port, NULL, NULL, handle, &sv, MHD_OPTION_EXTERNAL_LOGGER,
        log_mhd, (void *)cfg, MHD_OPTION_UNESCAPE_CALLBACK, unescape, NULL, MHD_OPTION_SOCK_ADDR,
        (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)SERVE_THREADS,
        MHD_OPTION_CONNECTION_LIMIT, 512u, MHD_OPTION_PER_IP_CONNECTION_LIMIT, 0u,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)SERVE_TIMEOUT,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)16384, MHD_OPTION_END);
    sitrep_status status = SITREP_OK;
    if (!d) {
        sitrep_error_setc(err, SITREP_EIO, "cannot listen on %s port %d (in use, or not an "
                          "address of this machine?)", cfg->listen, cfg->port);
        say(cfg, "cannot listen on %s port %d (in use, or not an address of this machine?)",
            cfg->listen, cfg->port);
        status = SITREP_EIO;
    } else {
        const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
        int port = info ? info->port : cfg->port;
        say(cfg, "serving %s on http://%s%s%s:%d/ (page files from %s; stop with Ctrl-C)",
                store_location(sv.pool[0]), flags & MHD_USE_IPv6 ? "[" : "", cfg->listen,
                flags & MHD_USE_IPv6 ? "]" : "", port, sv.web);
        int sig = 0;
        while (sigwait(&stop, &sig) != 0) {
        }
        MHD_stop_daemon(d);
    }
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    for (int i = 0; i < SERVE_THREADS; i++)
        store_close(sv.pool[i]);
    pthread_cond_destroy(&sv.cv);
    pthread_mutex_destroy(&sv.mu);
    return status;
}
