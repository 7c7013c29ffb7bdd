"""Helpers for the `sitrep serve` tests: build a store from examples/ with `sitrep
ingest`, start the server on a free port, talk HTTP to it, stop it with SIGTERM."""
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

SITREP = os.environ.get("SITREP", "")
SOURCE = os.environ.get("SITREP_SOURCE", "")
HERE = os.path.dirname(os.path.abspath(__file__))
# Under the sanitizers everything is several times slower.
SLOW = 4 if os.environ.get("SITREP_SANITIZED", "0") in ("1", "ON", "TRUE") else 1

failures = []


def fail(msg):
    print("FAIL:", msg, flush=True)
    failures.append(msg)


def check(cond, msg):
    if not cond:
        fail(msg)
    return cond


def finish(name):
    if failures:
        print(f"{name}: {len(failures)} failure(s)")
        sys.exit(1)
    print(f"{name}: all checks passed")
    sys.exit(0)


def need_env():
    if not SITREP or not os.access(SITREP, os.X_OK):
        print("SITREP must name the sitrep binary")
        sys.exit(2)


def run(*args, **kw):
    return subprocess.run([SITREP, *args], capture_output=True, text=True, **kw)


def make_store(tmp, extra=()):
    """An example store: examples/ and any extra files, ingested by `sitrep ingest`."""
    db = os.path.join(tmp, "store.db")
    r = run("ingest", "-q", "--db", db, os.path.join(SOURCE, "examples"), *extra)
    if r.returncode != 0:
        print("cannot build the example store:", r.stderr)
        sys.exit(1)
    return db


class Server:
    def __init__(self, db, *extra, env=None):
        self.errfile = tempfile.NamedTemporaryFile("w+", prefix="sitrep-serve-", delete=False)
        self.proc = subprocess.Popen([SITREP, "serve", "--db", db, "--port", "0", *extra],
                                     stdout=subprocess.DEVNULL, stderr=self.errfile,
                                     env=env or os.environ.copy())
        self.port = None
        # a test that stops on an exception must not leave its server running
        import atexit
        atexit.register(self._kill)
        deadline = time.time() + 20 * SLOW
        while time.time() < deadline and self.proc.poll() is None:
            m = re.search(r"on http://[^:]+:(\d+)/", self.stderr())
            if m:
                self.port = int(m.group(1))
                break
            time.sleep(0.05)
        if self.port is None:
            self.proc.kill()
            self.proc.wait()
            print("the server did not start:", self.stderr())
            sys.exit(1)

    def _kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()

    def stderr(self):
        with open(self.errfile.name) as f:
            return f.read()

    def request(self, path, method="GET", body=None, headers=None, timeout=10 * SLOW):
        c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            c.request(method, path, body=body, headers=headers or {})
            r = c.getresponse()
            data = r.read()
            return r.status, dict((k.lower(), v) for k, v in r.getheaders()), data
        finally:
            c.close()

    def json(self, path, status=200):
        st, hdr, data = self.request(path)
        check(st == status, f"{path}: status {st}, want {status}: {data[:200]!r}")
        check(hdr.get("content-type", "").startswith("application/json"),
              f"{path}: content type {hdr.get('content-type')}")
        try:
            return json.loads(data)
        except ValueError:
            fail(f"{path}: not JSON: {data[:200]!r}")
            return {}

    def raw(self, data, read=True, timeout=5 * SLOW):
        """Sends raw bytes; returns what came back (up to the close or timeout)."""
        s = socket.create_connection(("127.0.0.1", self.port), timeout=timeout)
        try:
            s.sendall(data)
            out = b""
            while read:
                try:
                    chunk = s.recv(65536)
                except (socket.timeout, ConnectionResetError):
                    break
                if not chunk:
                    break
                out += chunk
            return out
        finally:
            s.close()

    def stop(self, timeout=15 * SLOW):
        """SIGTERM; returns the exit status (None if it had to be killed)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
            return None
        finally:
            os.unlink(self.errfile.name)


def tempdir():
    d = tempfile.mkdtemp(prefix="sitrep-serve-test-")
    import atexit
    atexit.register(shutil.rmtree, d, True)
    return d


def on_postgres(tag, src_file, check_store):
    """When SITREP_PG_URL names a server: loads src_file into a new database there, runs
    check_store(url, "postgresql") on it and drops the database; else says it is skipped."""
    base = os.environ.get("SITREP_PG_URL", "")
    if not base:
        print("note: SITREP_PG_URL is not set; the PostgreSQL half is skipped")
        return
    name = f"sitrep_{tag}_{os.getpid()}"

    def psql(sql):
        return subprocess.run(["psql", base, "-qX", "-c", sql], capture_output=True, text=True)

    psql(f"DROP DATABASE IF EXISTS {name}")
    r = psql(f"CREATE DATABASE {name}")
    check(r.returncode == 0, f"cannot create a database: {r.stderr}")
    url = base + ("&" if "?" in base else "?") + "dbname=" + name
    try:
        r = run("load", "-q", "--db", url, src_file)
        check(r.returncode == 0, f"sitrep load into PostgreSQL: {r.stderr}")
        check_store(url, "postgresql")
    finally:
        psql(f"DROP DATABASE IF EXISTS {name}")
