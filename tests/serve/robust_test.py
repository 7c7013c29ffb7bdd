"""`sitrep serve` under rough clients: many that hang up in the middle of an answer (or
before reading it), slow readers and a client that sends its request a byte at a time
do not stop it from answering others promptly; 16 concurrent clients all get answers;
SIGTERM with such clients connected ends it cleanly with exit status 0 (under the
sanitizers: no leak, no error)."""
import socket
import struct
import threading
import time

from serve_common import SLOW, Server, check, finish, make_store, need_env, tempdir

need_env()
tmp = tempdir()
db = make_store(tmp)
srv = Server(db)
big = b"GET /api/events?format=jsonl HTTP/1.1\r\nHost: x\r\n\r\n"


def rst_close(s):
    # SO_LINGER 0: close() sends a reset, as a client that dies does
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()


# 1. clients that hang up: before the answer, after its first bytes, with a reset
for i in range(60):
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=5 * SLOW)
    s.sendall(big)
    if i % 3 == 1:
        s.recv(100)
    if i % 3 == 2:
        rst_close(s)
    else:
        s.close()
code, _, body = srv.request("/api/stats")
check(code == 200, f"after 60 hang-ups: {code}")

# 2. slow clients: one reads a byte at a time, one sends its request a byte at a time
#    (slowloris), one never reads; meanwhile others get answers quickly
slow_threads, stop = [], threading.Event()


def slow_reader():
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=30)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1024)
    s.sendall(big)
    while not stop.is_set():
        try:
            if not s.recv(1):
                break
        except OSError:
            break
        time.sleep(0.05)
    s.close()


def slow_writer():
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=30)
    for ch in b"GET /api/stats HTTP/1.1\r\nHost: x\r\nX-Slow: ":
        if stop.is_set():
            break
        try:
            s.send(bytes([ch]))
        except OSError:
            break
        time.sleep(0.1)
    stop.wait(30)
    s.close()


silent = []
for _ in range(8):  # more than the server's threads: they must not be tied up
    s = socket.create_connection(("127.0.0.1", srv.port), timeout=30)
    s.sendall(big)
    silent.append(s)
for fn in (slow_reader, slow_writer, slow_reader, slow_writer):
    t = threading.Thread(target=fn)
    t.start()
    slow_threads.append(t)
time.sleep(0.3)
worst = 0.0
for _ in range(30):
    t0 = time.time()
    code, _, _ = srv.request("/api/events?limit=20")
    worst = max(worst, time.time() - t0)
    check(code == 200, f"with slow clients connected: {code}")
check(worst < 2.0 * SLOW, f"an answer took {worst:.2f} s while slow clients were connected")

# 3. a small burst of concurrent clients (the load figures are bench/serve_bench's)
burst_errors = []


def burst():
    for path in ("/api/events", "/api/network", "/api/stats", "/api/events/1", "/") * 5:
        try:
            code, _, _ = srv.request(path)
            if code != 200:
                burst_errors.append(f"{path}: {code}")
        except OSError as e:
            burst_errors.append(f"{path}: {e}")


burst_threads = [threading.Thread(target=burst) for _ in range(16)]
for t in burst_threads:
    t.start()
for t in burst_threads:
    t.join()
check(not burst_errors, f"concurrent requests failed: {burst_errors[:3]}")

# 4. SIGTERM while they are still connected: a clean exit, status 0
t0 = time.time()
status = srv.stop(timeout=20 * SLOW)
took = time.time() - t0
stop.set()
for t in slow_threads:
    t.join()
for s in silent:
    s.close()
check(status == 0, f"exit status after SIGTERM: {status}")
check(took < 10 * SLOW, f"stopping took {took:.1f} s")
print(f"worst answer with slow clients {worst * 1000:.0f} ms; stop after SIGTERM {took * 1000:.0f} ms")
finish("serve robust")
