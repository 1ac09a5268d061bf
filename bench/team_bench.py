#!/usr/bin/env python3
"""Team mode: the engine issue's wrk workloads on PostgreSQL next to SQLite, and two instances
writing into one PostgreSQL database, in one run.

Targets (each on fresh data): `sqlite` (the app on its SQLite file), `pg` (the app on a
PostgreSQL 15 database), `pg-2` (two app instances on one PostgreSQL database, wrk loading each
with half the connections at once; req/s summed, p99 the worse one). PostgreSQL is a throwaway
server started by scripts/pg-test-server (fsync on, as a real server), on this machine.

  bench/team_bench.py --binary build/app/interview-recorder --output bench/results/team.md
"""
import argparse
import os
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
import peer_bench  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKLOADS = ("summary", "health", "spread", "growing")
log = benchlib.log


class Instance:
    def __init__(self, name, binary):
        self.name, self.binary, self.process, self.base = name, binary, None, None


def createdb(admin_url, name):
    subprocess.run(["psql", admin_url, "-qc", "CREATE DATABASE %s" % name], check=True, capture_output=True)
    return admin_url.rsplit("/", 1)[0] + "/" + name


def start(instances, cleanup, folder, raised, database=None):
    limit = peer_bench.RAISED_LIMIT if raised else None
    for i, inst in enumerate(instances):
        d = os.path.join(folder, "%s-%d" % (inst.name, i))
        os.makedirs(d, exist_ok=True)
        inst.process, inst.base, _ = benchlib.start_app(
            cleanup, inst.binary, os.path.join(d, "data"), os.path.join(d, "home"), os.path.join(d, "server.log"),
            question_limit=limit, session_limit=limit, quiet=True, database=database)


def stop(instances):
    for inst in instances:
        if inst.process is not None:
            benchlib.Cleanup.stop(inst.process, timeout=60)
            inst.process = None


def cell(instances, kind, connections, options, context, workdir):
    """One workload on one target (one or two instances at once); the combined result."""
    wrkdir = os.path.join(options.peer_dir, "wrk")
    per = connections // len(instances)
    tag = "%s-%s-c%d-%d" % (instances[0].name, kind, connections, int(time.time() * 1000) % 10_000_000)
    env = {"WRKDIR": wrkdir}
    first = instances[0].base
    if kind == "summary":
        sid = peer_bench.create_sessions(first, 1, tag, threads=1)[0]
        client = benchlib.Client(first)
        for question in peer_bench.summary_questions():
            client.json("POST", "/dify/interview/add-qa", dict(question, session_id=sid))
        jobs = [(inst.base + "/dify/interview/%s/summary" % sid, "report.lua", dict(env)) for inst in instances]
    elif kind == "health":
        jobs = [(inst.base + "/health", "report.lua", dict(env)) for inst in instances]
    elif kind == "spread":
        ids = peer_bench.create_sessions(first, context["spread_sessions"], tag)
        path = os.path.join(workdir, "sids-%s.txt" % tag)
        with open(path, "w") as f:
            f.write("\n".join(ids) + "\n")
        jobs = [(inst.base + "/", "addqa_spread.lua", dict(env, SIDS=path, RUN="%s-%d" % (tag, i)))
                for i, inst in enumerate(instances)]
    else:  # growing: every instance into the one session
        sid = peer_bench.create_sessions(first, 1, tag, threads=1)[0]
        jobs = [(inst.base + "/", "addqa_rotate.lua", dict(env, SID=sid, RUN="%s-%d" % (tag, i)))
                for i, inst in enumerate(instances)]
    results = [None] * len(jobs)

    def run(i):
        url, script, e = jobs[i]
        results[i] = benchlib.run_wrk(url, per, options.duration, os.path.join(wrkdir, script), env=e)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    combined = {
        "rps": sum(r["rps"] for r in results), "req": sum(r["req"] for r in results),
        "p50_ms": max(r["p50_ms"] for r in results), "p99_ms": max(r["p99_ms"] for r in results),
        "non2xx": sum(r["non2xx"] for r in results), "errors": sum(r["errors"] for r in results),
    }
    if kind == "growing":
        combined["grown_to"], combined["positions_ok"] = numbering(first, sid)
    return combined


def numbering(base, sid):
    """The session's question count and whether they are numbered 1..count with no gap or repeat
    (read once the writes wrk left in flight have landed: the count stops changing)."""
    count = -1
    while count != peer_bench.question_count(base, sid):
        count = peer_bench.question_count(base, sid)
        time.sleep(0.5)
    client = benchlib.Client(base)
    seen = []
    page = 1
    while True:
        data = client.json("GET", "/records?session_id=%s&page_size=100&page=%d" % (sid, page))["data"]
        items = data["items"] if "items" in data else data.get("records", [])
        if not items:
            break
        seen += [int(item["question_id"].rsplit("_q", 1)[1]) for item in items]
        page += 1
    return len(seen), sorted(seen) == list(range(1, len(seen) + 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--peer-dir", default=os.path.join(os.path.dirname(ROOT), "shared", "peer"))
    parser.add_argument("--only", action="append", choices=WORKLOADS)
    parser.add_argument("--output")
    options = parser.parse_args()
    workloads = options.only or list(WORKLOADS)
    cleanup = benchlib.Cleanup()
    workdir = cleanup.tempdir("team-bench-")
    pgdir = os.path.join(workdir, "pg")
    subprocess.run([os.path.join(ROOT, "scripts", "pg-test-server"), "start", pgdir], check=True)
    admin = open(os.path.join(pgdir, "url")).read().strip()
    results = {}
    context = {"spread_sessions": 2667}
    try:
        for phase, raised in (("default", False), ("raised", True)):
            kinds = [k for k in workloads if (k == "growing") == raised]
            if not kinds:
                continue
            for connections in peer_bench.CONNECTIONS:
                for kind in kinds:
                    for name, count in (("sqlite", 1), ("pg", 1), ("pg-2", 2)):
                        instances = [Instance(name, options.binary) for _ in range(count)]
                        database = None if name == "sqlite" else createdb(
                            admin, "bench_%s_%s_%d" % (name.replace("-", "_"), kind, connections))
                        start(instances, cleanup, os.path.join(workdir, "%s-%s-%d" % (name, kind, connections)),
                              raised, database)
                        try:
                            log("%s, %d connections, %s" % (kind, connections, name))
                            r = cell(instances, kind, connections, options, context, workdir)
                        finally:
                            stop(instances)
                        results[(kind, connections, name)] = r
                        log("  %.0f req/s, p50 %.2f ms, p99 %.2f ms, non-2xx %d, errors %d%s" % (
                            r["rps"], r["p50_ms"], r["p99_ms"], r["non2xx"], r["errors"],
                            ", grew to %d (1..N: %s)" % (r["grown_to"], r["positions_ok"]) if "grown_to" in r else ""))
    finally:
        subprocess.run([os.path.join(ROOT, "scripts", "pg-test-server"), "stop", pgdir])
    lines = ["# Team mode: SQLite vs PostgreSQL vs two instances on one PostgreSQL", "",
             "Machine: %d cores; %s. `wrk -t1`, %d s per cell; PostgreSQL 15 on this machine (fsync on)." % (
                 os.cpu_count(), time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), options.duration),
             "`pg-2`: two instances on one database, wrk on each with half the connections at once.", "",
             "| workload | conns | target | req/s | p50 ms | p99 ms | non-2xx | errors | notes |",
             "|---|---:|---|---:|---:|---:|---:|---:|---|"]
    for (kind, connections, name), r in results.items():
        note = "grew to %d, numbered 1..N: %s" % (r["grown_to"], r["positions_ok"]) if "grown_to" in r else ""
        lines.append("| %s | %d | %s | %.0f | %.2f | %.2f | %d | %d | %s |" % (
            kind, connections, name, r["rps"], r["p50_ms"], r["p99_ms"], r["non2xx"], r["errors"], note))
    lines += ["", "| workload | conns | pg ÷ sqlite | pg-2 ÷ pg |", "|---|---:|---:|---:|"]
    for kind in workloads:
        for connections in peer_bench.CONNECTIONS:
            s, p, p2 = (results.get((kind, connections, n)) for n in ("sqlite", "pg", "pg-2"))
            if s and p and p2:
                lines.append("| %s | %d | %.2f | %.2f |" % (kind, connections, p["rps"] / s["rps"], p2["rps"] / p["rps"]))
    text = "\n".join(lines) + "\n"
    print(text)
    if options.output:
        with open(options.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
