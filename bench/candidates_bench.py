#!/usr/bin/env python3
"""The candidates' endpoints (issue 13) on a large data dir, and an erasure under write load.

Usage: bench/candidates_bench.py BINARY DATA_DIR [REPS]

DATA_DIR holds an imported dataset (bench/gen_dataset.py, then `interview-recorder import`); it
is changed (people are erased): run it on a copy. Prints a Markdown table of median and max of
REPS requests per endpoint, three erasures, then two erasures while a second client keeps
creating sessions and adding questions (the write latency during the erasure shows whether
the erasure holds the writer). Compare two builds by running each on its own copy, one after
the other, on the same machine.
"""
import http.client, json, queue, re, statistics, subprocess, sys, threading, time, urllib.parse

def start(binary, data):
    t0 = time.perf_counter()
    p = subprocess.Popen([binary, "--headless", "--port", "0", "--data-dir", data, "--no-auth"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    ports = queue.Queue()
    def drain():
        for line in p.stdout:
            m = re.search(r"listening on http://([\d.]+):(\d+)", line)
            if m:
                ports.put(int(m.group(2)))
    threading.Thread(target=drain, daemon=True).start()
    port = ports.get(timeout=900)
    print("started in %.1f s (a schema upgrade included)" % (time.perf_counter() - t0))
    return p, port

def request(conn, method, path, body=None):
    t = time.perf_counter()
    conn.request(method, path, body=json.dumps(body) if body is not None else None,
                 headers={"Content-Type": "application/json"} if body is not None else {})
    r = conn.getresponse(); b = r.read()
    return time.perf_counter() - t, r.status, json.loads(b) if b else None

def main():
    binary, data = sys.argv[1], sys.argv[2]
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    p, port = start(binary, data)
    connect = lambda: http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    c = connect()
    _, _, body = request(c, "GET", "/candidates?page_size=100")
    users = [i["user_id"] for i in body["data"]["items"]]
    total = body["data"]["total"]
    rows = [("GET /candidates (page 1 of %d people)" % total, "/candidates"),
            ("GET /candidates?q=%s" % users[0][:6], "/candidates?q=" + urllib.parse.quote(users[0][:6])),
            ("GET /candidates/{id}", "/candidates/" + users[0]),
            ("GET /compare (3 people)", "/compare?" + "&".join("user_id=" + u for u in users[:3])),
            ("GET /compare (10 people)", "/compare?" + "&".join("user_id=" + u for u in users[:10])),
            ("GET /stats/interviewers", "/stats/interviewers"),
            ("GET /candidates/{id}/export", "/candidates/%s/export" % users[1]),
            ("GET /audit", "/audit")]
    print("| request | status | median ms | max of %d ms |\n|---|---:|---:|---:|" % reps)
    for name, path in rows:
        times = []
        for i in range(reps + 1):
            dt, status, _ = request(c, "GET", path)
            if i:
                times.append(dt)
        print("| %s | %d | %.1f | %.1f |" % (name, status, statistics.median(times) * 1000, max(times) * 1000))
    for u in users[2:5]:
        dt, status, b = request(c, "DELETE", "/candidates/" + u)
        print("| DELETE /candidates/{id} | %d | %.1f | erased %s |" % (status, dt * 1000, json.dumps(b.get("erased"))))

    # Erasures while another client writes: a new session every 40 questions (under the limit).
    latencies, stop = [], threading.Event()
    def writer():
        w = connect(); n = 0; sid = None
        while not stop.is_set():
            if n % 40 == 0:
                dt, st, s = request(w, "POST", "/dify/interview/create", {"user_id": "bench_writer_%d" % n})
                sid = s["session_id"]; latencies.append((dt, st))
            n += 1
            dt, st, _ = request(w, "POST", "/dify/interview/add-qa", {
                "session_id": sid, "question_text": "写入测试 %d %f" % (n, time.time()),
                "question_type": "technical", "candidate_answer": "a", "interviewer_feedback": "f",
                "overall_score": 7})
            latencies.append((dt, st))
    for u in users[5:7]:
        latencies.clear(); stop.clear()
        thread = threading.Thread(target=writer); thread.start()
        dt, status, b = request(c, "DELETE", "/candidates/" + u)
        stop.set(); thread.join()
        ms = sorted(x[0] * 1000 for x in latencies)
        failed = sum(1 for x in latencies if x[1] != 200)
        print("DELETE under writes: %d in %.1f s, erased %s; writes during it: %d, median %.1f, p99 %.1f, "
              "max %.1f ms, non-200 %d" % (status, dt, json.dumps(b.get("erased")), len(ms),
                                           statistics.median(ms), ms[int(len(ms) * 0.99)], ms[-1], failed))
    p.terminate(); p.wait()

if __name__ == "__main__":
    main()
