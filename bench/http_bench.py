#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""HTTP benchmark of the embedded API server, next to nginx in the same run.

Starts `interview-recorder --headless` on a fresh database (on disk, synchronous=FULL as
always), creates sessions, then measures with wrk: /health, add-qa (distinct questions),
summary and session list at 16 and 64 connections. nginx (its own instance, temporary
config, loopback port, in the foreground) serves a static JSON file the size of /health's
reply, as the ceiling of HTTP on this machine, with 1 worker and with one per core.

    bench/http_bench.py --binary build-bench/app/interview-recorder [--duration 10]

Prints a Markdown table (also written to --output if given).
"""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import benchlib  # noqa: E402
from benchlib import free_port, wait_http  # noqa: E402

SESSIONS = 2000
USERS = 20


def to_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, connections, duration, script=None, args=()):
    command = ["wrk", "-t", "1", "-c", str(connections), "-d", "%ds" % duration, "--latency", url]
    if script:
        command[1:1] = ["-s", os.path.join(HERE, "wrk", script)]
        command += ["--"] + list(args)
    out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": to_ms(re.search(r"\s50%\s+(\S+)", out).group(1)),
        "p99": to_ms(re.search(r"\s99%\s+(\S+)", out).group(1)),
        "errors": 0,
    }
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    result["errors"] = int(non2xx.group(1)) if non2xx else 0
    if socket_errors:
        result["socket_errors"] = socket_errors.group(1)
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--output")
    options = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="ir-http-bench-", dir="/var/tmp")  # on disk, not tmpfs
    port = free_port()
    env = dict(os.environ, HOME=workdir, XDG_CONFIG_HOME=os.path.join(workdir, "config"))
    server = subprocess.Popen(
        [options.binary, "--headless", "--no-auth", "--port", str(port), "--data-dir",
         os.path.join(workdir, "data"), "--question-limit", "100000", "--session-limit", "100000"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    cleanup = benchlib.Cleanup()
    rows = []
    try:
        base = "http://127.0.0.1:%d" % port
        health_body = wait_http(base + "/health")

        # Sessions to add questions to, and users to list.
        session_file = os.path.join(workdir, "sessions.txt")
        with open(session_file, "w") as f:
            for i in range(SESSIONS):
                request = urllib.request.Request(
                    base + "/dify/interview/create",
                    data=json.dumps({"user_id": "bench_user_%d" % (i % USERS), "session_name": "压测 %d" % i}).encode(),
                    headers={"Content-Type": "application/json"})
                with urllib.request.urlopen(request) as reply:
                    f.write(json.loads(reply.read())["session_id"] + "\n")

        for workers in (1, os.cpu_count() or 1):
            process, nginx_base = benchlib.start_nginx(cleanup, workdir, health_body, workers)
            for connections in (16, 64):
                result = wrk(nginx_base + "/health", connections, options.duration)
                rows.append(("nginx static JSON (%d worker%s)" % (workers, "s" if workers > 1 else ""),
                             connections, result))
            benchlib.Cleanup.stop(process)

        for connections in (16, 64):
            rows.append(("GET /health", connections, wrk(base + "/health", connections, options.duration)))
        for connections in (16, 64):
            rows.append(("POST /dify/interview/add-qa", connections,
                         wrk(base + "/", connections, options.duration, "addqa.lua",
                             [session_file, "c%d" % connections])))
        for connections in (16, 64):
            rows.append(("GET /dify/interview/{id}/summary", connections,
                         wrk(base + "/", connections, options.duration, "summary.lua", [session_file])))
        for connections in (16, 64):
            rows.append(("GET /interview/sessions/{user}?limit=10", connections,
                         wrk(base + "/", connections, options.duration, "sessionlist.lua", [str(USERS)])))

        server.send_signal(signal.SIGTERM)
        exit_code = server.wait(timeout=30)
    finally:
        cleanup.close()
        if server.poll() is None:
            server.kill()
        shutil.rmtree(workdir, ignore_errors=True)

    lines = ["| endpoint | conns | req/s | p50 ms | p99 ms | non-2xx |", "|---|---:|---:|---:|---:|---:|"]
    for name, connections, r in rows:
        lines.append("| %s | %d | %.0f | %.2f | %.2f | %d |" % (name, connections, r["rps"], r["p50"], r["p99"],
                                                              r["errors"]))
    nginx1 = {c: r["rps"] for n, c, r in rows if n.startswith("nginx") and "(1 worker)" in n}
    nginxn = {c: r["rps"] for n, c, r in rows if n.startswith("nginx") and "workers" in n}
    health = {c: r["rps"] for n, c, r in rows if n == "GET /health"}
    lines.append("")
    for c in (16, 64):
        ratio_n = " / %.2f× nginx (%d workers)" % (health[c] / nginxn[c], os.cpu_count()) if c in nginxn else ""
        lines.append("/health at %d connections: %.2f× nginx (1 worker)%s" % (c, health[c] / nginx1[c], ratio_n))
    lines.append("server exit code after SIGTERM: %d; /health body %d bytes" % (exit_code, len(health_body)))
    table = "\n".join(lines)
    print(table)
    if options.output:
        with open(options.output, "w") as f:
            f.write(table + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
