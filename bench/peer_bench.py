#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""The app's HTTP API next to the Python reference peer and nginx, in one run.

    bench/peer_bench.py --binary build/app/interview-recorder [--baseline OTHER_BINARY]
                        [--duration 10] [--output FILE]

Starts, each on a fresh data dir in /var/tmp: `BINARY --headless --no-auth` (and the baseline
binary), the peer (/work/shared/peer/run.sh PORT DIR --no-auth: uvicorn + uvloop + httptools,
sqlite3 WAL synchronous=FULL), and nginx (own temporary config, 1 worker, no access log)
serving the app's own /health reply bytes as a static file. Then, with `wrk -t1 --timeout 10s`
for --duration seconds per cell, at 16 and 64 connections, targets taking turns cell by cell:

- GET /dify/interview/{id}/summary of a session holding 50 questions (posted first, the same
  50 to every server);
- GET /health (and nginx's static copy of it);
- POST /dify/interview/add-qa spread over many sessions: a fresh set per cell and server,
  created first, an odd number of them (the peer's addqa_spread.lua visits session
  (2n+1) mod N, which reaches every session only when N is odd), with N large enough that no
  session can pass the default limit of 50 even at --addqa-ceiling req/s; a cell that still
  fills its sessions is re-run once with more of them;
- POST /dify/interview/add-qa into one session that keeps growing (a new session per cell and
  server), with the limits raised: the servers are restarted on fresh data dirs for this, the
  app with its question/session limit options (named as its --help lists them, else the hidden
  --dev-question-limit/--dev-session-limit), the peer with IR_QUESTION_LIMIT/IR_SESSION_LIMIT.

Every question text is new (the Lua scripts tag each with the run, thread and counter), so no
request is a duplicate or an identical retry. The wrk scripts are the peer's
(/work/shared/peer/wrk: report.lua, addqa_spread.lua, addqa_rotate.lua, via WRKDIR), so the app
and the peer get byte-for-byte the same requests.

Reports req/s, p50, p99, non-2xx and socket errors per cell, and the ratios app ÷ peer (and
÷ nginx for /health; baseline ÷ peer and app ÷ baseline with --baseline). Only cells with no
non-2xx answer and no socket error count; the others are shown but get no ratio.
"""
import argparse
import math
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
from benchlib import log  # noqa: E402

CONNECTIONS = (16, 64)
RAISED_LIMIT = 10_000_000
DEFAULT_QUESTION_LIMIT = 50
SESSIONS_PER_USER = 20  # well under the default 100 active sessions per user


def summary_questions():
    """50 distinct, realistic questions for the summary session."""
    topics = ["进程和线程", "TCP和UDP", "索引和主键", "乐观锁和悲观锁", "同步和异步", "数组和链表", "栈和队列",
              "HTTP和HTTPS", "Redis和Memcached", "死锁和活锁"]
    kinds = ["technical", "technical", "project_based", "logical", "behavioral"]
    questions = []
    for i in range(50):
        topic = topics[i % len(topics)]
        questions.append({
            "question_text": "第%d题：请解释%s的区别，并结合你做过的项目举例说明。" % (i + 1, topic),
            "question_type": kinds[i % len(kinds)],
            "question_category": ["操作系统", "计算机网络", "数据库", "并发", "系统设计"][i % 5],
            "candidate_answer": "我的理解是%s各有适用场景。在我们的订单系统里，高峰期 QPS 大约三千，"
                                "我们先做了压测，再根据监控数据选择方案，上线后延迟下降了一半。" % topic,
            "interviewer_feedback": "思路清晰，能结合项目讲细节，但对底层原理的说明还可以更深入。",
            "overall_score": round(5 + (i * 37 % 50) / 10, 1),
        })
    return questions


class Target:
    """One server under test."""

    def __init__(self, name, kind, binary=None):
        self.name, self.kind, self.binary = name, kind, binary
        self.process = None
        self.base = None
        self.exit_codes = []


def start_target(target, cleanup, workdir, phase, raised, peer_dir, health_body=None):
    folder = os.path.join(workdir, "%s-%s" % (target.name, phase))
    os.makedirs(folder)
    log_path = os.path.join(folder, "server.log")
    if target.kind == "app":
        limit = RAISED_LIMIT if raised else None
        target.process, target.base, command = benchlib.start_app(
            cleanup, target.binary, os.path.join(folder, "data"), os.path.join(folder, "home"), log_path,
            question_limit=limit, session_limit=limit, quiet=True)
        target.command = command
    elif target.kind == "peer":
        port = benchlib.free_port()
        env = dict(os.environ)
        if raised:
            env.update(IR_QUESTION_LIMIT=str(RAISED_LIMIT), IR_SESSION_LIMIT=str(RAISED_LIMIT))
        else:
            env.pop("IR_QUESTION_LIMIT", None)
            env.pop("IR_SESSION_LIMIT", None)
        with open(log_path, "ab") as f:
            target.process = cleanup.popen([os.path.join(peer_dir, "run.sh"), str(port),
                                            os.path.join(folder, "data"), "--no-auth"],
                                           stdout=f, stderr=subprocess.STDOUT, env=env)
        target.base = "http://%s:%d" % (benchlib.HOST, port)
        benchlib.wait_http(target.base + "/health", timeout=60, process=target.process)
        target.command = ["run.sh", str(port), "DIR", "--no-auth"] + (
            ["(IR_QUESTION_LIMIT=IR_SESSION_LIMIT=%d)" % RAISED_LIMIT] if raised else [])
    elif target.kind == "nginx":
        target.process, target.base = benchlib.start_nginx(cleanup, folder, health_body, workers=1)
    log("%s (%s) on %s" % (target.name, phase, target.base))


def stop_target(target):
    if target.process is not None:
        target.exit_codes.append(benchlib.Cleanup.stop(target.process, timeout=60))
        target.process = None


def create_sessions(base, count, tag, threads=8):
    """count sessions (SESSIONS_PER_USER per user) over `threads` keep-alive connections."""
    ids = [None] * count
    errors = []

    def worker(start):
        client = benchlib.Client(base)
        try:
            for i in range(start, count, threads):
                body = {"user_id": "bench_%s_%d" % (tag, i // SESSIONS_PER_USER), "session_name": "压测 %s %d" % (tag, i)}
                ids[i] = client.json("POST", "/dify/interview/create", body)["session_id"]
        except Exception as error:  # reported below
            errors.append(error)
        finally:
            client.close()

    workers = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=1800)
    if errors or any(i is None for i in ids):
        raise RuntimeError("creating sessions on %s failed: %s" % (base, errors[:3]))
    return ids


def question_count(base, session_id):
    return benchlib.Client(base).json("GET", "/records?session_id=%s&page_size=1" % session_id)["data"]["total"]


def run_cell(target, connections, options, kind, context):
    """One wrk run; returns the parsed result plus notes."""
    wrkdir = os.path.join(options.peer_dir, "wrk")
    env = {"WRKDIR": wrkdir}
    tag = "%s-%s-c%d-%d" % (target.name, kind, connections, int(time.time() * 1000) % 10_000_000)
    if kind == "summary":
        url, script = target.base + "/dify/interview/%s/summary" % context["summary_sid"][target.name], "report.lua"
    elif kind == "health":
        url, script = target.base + "/health", "report.lua"
    elif kind == "spread":
        url, script = target.base + "/", "addqa_spread.lua"
        count = context["spread_sessions"]
        for attempt in (1, 2):
            log("  creating %d sessions on %s" % (count, target.name))
            began = time.time()
            ids = create_sessions(target.base, count, tag + "-%d" % attempt)
            log("  created in %.1f s" % (time.time() - began))
            path = os.path.join(context["workdir"], "sids-%s-%d.txt" % (tag, attempt))
            with open(path, "w") as f:
                f.write("\n".join(ids) + "\n")
            env.update(SIDS=path, RUN="%s-%d" % (tag, attempt))
            result = benchlib.run_wrk(url, connections, options.duration, os.path.join(wrkdir, script), env=env)
            sent_bound = result["req"] + connections  # requests wrk may have sent (completed + in flight)
            per_session = math.ceil(sent_bound / count)
            result["sessions"] = count
            result["per_session_max"] = per_session
            if per_session <= DEFAULT_QUESTION_LIMIT:
                return result
            log("  %s: up to %d questions per session (limit %d); again with more sessions"
                % (target.name, per_session, DEFAULT_QUESTION_LIMIT))
            count = (math.ceil(result["rps"] * 1.5 * options.duration / (DEFAULT_QUESTION_LIMIT - 5)) | 1)
            context["spread_sessions"] = max(context["spread_sessions"], count)
        result["note"] = "sessions may have passed the limit"
        return result
    elif kind == "growing":
        url, script = target.base + "/", "addqa_rotate.lua"
        sid = create_sessions(target.base, 1, tag, threads=1)[0]
        env.update(SID=sid, RUN=tag)
        result = benchlib.run_wrk(url, connections, options.duration, os.path.join(wrkdir, script), env=env)
        result["grown_to"] = question_count(target.base, sid)
        return result
    else:
        raise ValueError(kind)
    return benchlib.run_wrk(url, connections, options.duration, os.path.join(wrkdir, script), env=env)


WORKLOADS = {
    "summary": "GET /dify/interview/{id}/summary (50 questions)",
    "health": "GET /health",
    "spread": "POST add-qa, spread over many sessions",
    "growing": "POST add-qa, one growing session",
}


def valid(result):
    return result is not None and result["non2xx"] == 0 and result["errors"] == 0


def report(options, targets, results, phases_info):
    names = [t.name for t in targets]
    lines = ["# HTTP API: app vs the Python peer vs nginx", ""]
    lines.append("Machine: %s. `wrk -t1 --timeout 10s`, %d s per cell; targets take turns within each cell; "
                 "fresh data dirs in /var/tmp (synchronous=FULL for the peer; the app acknowledges a write after an fdatasync of its WAL)."
                 % (benchlib.machine_line(), options.duration))
    for t in targets:
        if t.kind == "app":
            lines.append("`%s` = `%s`." % (t.name, t.binary))
    lines.append("`peer` = `%s/run.sh` (uvicorn + uvloop + httptools, one worker); `nginx` = nginx, 1 worker, "
                 "serving the app's /health reply (%d bytes) as a static file." % (options.peer_dir,
                                                                                  phases_info["health_bytes"]))
    lines.append("Spread add-qa: a fresh set of sessions per cell and server (%s); growing add-qa: a fresh session "
                 "per cell and server, limits raised to %d (%s; peer: IR_QUESTION_LIMIT/IR_SESSION_LIMIT)."
                 % (phases_info["spread"], RAISED_LIMIT, phases_info["limit_options"], ))
    lines.append("")
    lines.append("| workload | conns | server | req/s | p50 ms | p99 ms | non-2xx | socket errors | notes |")
    lines.append("|---|---:|---|---:|---:|---:|---:|---:|---|")
    for kind, title in WORKLOADS.items():
        for connections in CONNECTIONS:
            for name in names + ["nginx"]:
                r = results.get((kind, connections, name))
                if r is None:
                    continue
                notes = []
                if "sessions" in r:
                    notes.append("%d sessions, ≤ %d questions each" % (r["sessions"], r["per_session_max"]))
                if "grown_to" in r:
                    notes.append("session grew to %d questions" % r["grown_to"])
                if r.get("note"):
                    notes.append(r["note"])
                if not valid(r):
                    notes.append("**does not count**")
                lines.append("| %s | %d | %s | %.0f | %.2f | %.2f | %d | %d | %s |" % (
                    title, connections, name, r["rps"], r["p50_ms"], r["p99_ms"], r["non2xx"], r["errors"],
                    "; ".join(notes)))
    lines.append("")
    apps = [t.name for t in targets if t.kind == "app"]
    header = ["workload", "conns"] + ["%s ÷ peer" % a for a in apps]
    if len(apps) == 2:
        header.append("%s ÷ %s" % (apps[0], apps[1]))
    header += ["%s ÷ nginx" % a for a in apps]
    lines.append("Throughput ratios (req/s; above 1: the first is faster; – where a cell does not count):")
    lines.append("")
    lines.append("| " + " | ".join(header) + " |")
    lines.append("|---|---:|" + "---:|" * (len(header) - 2))

    def ratio(kind, connections, a, b):
        ra, rb = results.get((kind, connections, a)), results.get((kind, connections, b))
        if ra is None or rb is None:
            return None
        if not (valid(ra) and valid(rb)) or rb["rps"] <= 0:
            return "–"
        return "%.2f" % (ra["rps"] / rb["rps"])

    for kind, title in WORKLOADS.items():
        for connections in CONNECTIONS:
            if not any(k == kind and c == connections for k, c, _ in results):
                continue
            cells = [ratio(kind, connections, a, "peer") for a in apps]
            if len(apps) == 2:
                cells.append(ratio(kind, connections, apps[0], apps[1]))
            cells += [ratio(kind, connections, a, "nginx") for a in apps]
            lines.append("| %s | %d | %s |" % (title, connections, " | ".join(c or "" for c in cells)))
    lines.append("")
    exits = ", ".join("%s %s" % (t.name, "/".join(str(c) for c in t.exit_codes)) for t in targets)
    lines.append("Exit codes after SIGTERM (phase 1 / phase 2): %s." % exits)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--baseline")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk cell")
    parser.add_argument("--peer-dir", default="/work/shared/peer")
    parser.add_argument("--addqa-ceiling", type=int, default=15000,
                        help="req/s the spread add-qa cells are sized for (a faster cell is re-run once)")
    parser.add_argument("--only", action="append", choices=sorted(WORKLOADS),
                        help="run only these workloads (repeatable)")
    parser.add_argument("--output")
    parser.add_argument("--keep-workdir", action="store_true")
    options = parser.parse_args()
    if not 1 <= options.duration <= 600:
        parser.error("--duration: 1 to 600 s")
    for script in ("report.lua", "addqa_spread.lua", "addqa_rotate.lua"):
        if not os.path.exists(os.path.join(options.peer_dir, "wrk", script)):
            parser.error("%s/wrk/%s is missing" % (options.peer_dir, script))
    workloads = options.only or list(WORKLOADS)

    targets = [Target("app", "app", os.path.abspath(options.binary))]
    if options.baseline:
        targets.append(Target("baseline", "app", os.path.abspath(options.baseline)))
    targets.append(Target("peer", "peer"))
    nginx = Target("nginx", "nginx")
    cleanup = benchlib.Cleanup()
    cleanup.keep = options.keep_workdir
    workdir = cleanup.tempdir("ir-peer-bench-")
    results = {}
    spread_sessions = math.ceil(options.addqa_ceiling * options.duration / (DEFAULT_QUESTION_LIMIT - 5)) | 1
    context = {"workdir": workdir, "spread_sessions": spread_sessions, "summary_sid": {}}
    info = {"spread": "%d sessions each, sized for %d req/s" % (spread_sessions, options.addqa_ceiling),
            "limit_options": "; ".join("%s `%s`" % (t.name, " ".join(benchlib.limit_options(t.binary)))
                                       for t in targets if t.kind == "app"), "health_bytes": 0}

    # Phase 1: default limits.
    for t in targets:
        start_target(t, cleanup, workdir, "phase1", False, options.peer_dir)
    health_body = benchlib.wait_http(targets[0].base + "/health")
    info["health_bytes"] = len(health_body)
    start_target(nginx, cleanup, workdir, "phase1", False, options.peer_dir, health_body)
    questions = summary_questions()
    for t in targets:
        client = benchlib.Client(t.base)
        sid = client.json("POST", "/dify/interview/create", {"user_id": "bench_summary", "session_name": "汇总压测"})[
            "session_id"]
        for q in questions:
            client.json("POST", "/dify/interview/add-qa", dict(q, session_id=sid))
        summary = client.json("GET", "/dify/interview/%s/summary" % sid)
        if summary["summary"]["total_questions"] != 50 or len(summary["questions_summary"]) != 50:
            raise RuntimeError("%s: the summary session does not hold 50 questions" % t.name)
        context["summary_sid"][t.name] = sid
        client.close()

    for kind in ("summary", "health", "spread"):
        if kind not in workloads:
            continue
        for connections in CONNECTIONS:
            for t in targets + ([nginx] if kind == "health" else []):
                log("%s, %d connections, %s" % (WORKLOADS[kind], connections, t.name))
                r = run_cell(t, connections, options, kind, context)
                results[(kind, connections, t.name)] = r
                log("  %.0f req/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d, errors %d" % (
                    r["rps"], r["p50_ms"], r["p99_ms"], r["non2xx"], r["errors"]))
    info["spread"] = "%d sessions each at first, sized for %d req/s" % (spread_sessions, options.addqa_ceiling)
    for t in targets + [nginx]:
        stop_target(t)

    # Phase 2: raised limits, fresh data dirs.
    if "growing" in workloads:
        for t in targets:
            start_target(t, cleanup, workdir, "phase2", True, options.peer_dir)
        for connections in CONNECTIONS:
            for t in targets:
                log("%s, %d connections, %s" % (WORKLOADS["growing"], connections, t.name))
                r = run_cell(t, connections, options, "growing", context)
                results[("growing", connections, t.name)] = r
                log("  %.0f req/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d, errors %d, grew to %d" % (
                    r["rps"], r["p50_ms"], r["p99_ms"], r["non2xx"], r["errors"], r["grown_to"]))
        for t in targets:
            stop_target(t)

    text = report(options, targets, results, info)
    print(text)
    if options.output:
        with open(options.output, "w", encoding="utf-8") as f:
            f.write(text)
    cleanup.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
