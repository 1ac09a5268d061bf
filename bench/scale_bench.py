#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Read latency of the headless server on a large database (default 20,000 sessions × 50 questions).

    bench/scale_bench.py --binary build/app/interview-recorder [--baseline OTHER_BINARY]
                         [--sessions 20000 --questions 50 | --reuse-data DIR] [--keep-data DIR]
                         [--reps 30] [--output FILE]

1. Data: generates a data set with bench/gen_dataset.py (its files are the app's JSON export
   format; created_at spans the 360 days before today, so no retention rule can touch them), or
   reuses one (--reuse-data DIR: a folder gen_dataset.py wrote, with manifest.json). --keep-data
   DIR writes the generated files there and keeps them for a later --reuse-data.
2. Import: `BINARY import FILE --data-dir DIR` for every file into a fresh data dir, timed.
   With --baseline the imported data dir is copied for the baseline (both read the same
   database file), or, with --import-each, the baseline imports the files itself (timed too).
   The number of sessions and questions imported is checked against the manifest.
3. Reads: starts `--headless --no-auth --port P --data-dir DIR` (both binaries at once when
   there is a baseline; requests alternate between them) and measures, over --reps repetitions
   after one warm-up request each, the median and p99 (nearest rank: of 30 samples, the
   largest) of: GET /records with q=<3 Chinese chars> (数据库), q=<2 Chinese chars> (进程), a
   rare term (红黑树), q=the, question_type=logical&min_score=9.9,
   question_category=<category>&since=<30 days before the end>&min_score=9, no filter, page=500,
   question_type=behavioral&max_score=5; a 50-question session's summary; GET /sessions/{id};
   the session list of the user with the most sessions. Each row stops early (after at least 5
   repetitions) when it has used --row-budget seconds. Every answer must be HTTP 200; the
   "matches" column is the server's total (records), total_questions (summary), questions
   (session) or total (list), checked against the counts gen_dataset.py recorded.
4. /health under load: one client sends GET /health (10 ms after each answer) while two other
   clients run the searches above (q=…) back to back, for at least --health-duration seconds
   and --health-samples requests (at most --health-max seconds); median, p99 and max of
   /health, and how many searches finished. Each binary on its own. (The idle /health is the
   first row of the table.)

The question/session limit options are passed only when --questions exceeds 50; their names
(--question-limit or the older hidden --dev-question-limit) are read from the binary.

Prints a Markdown report (also written to --output). Everything runs on 127.0.0.1; the servers
are stopped and the temporary folders (in /var/tmp) removed at the end, also on Ctrl-C.
"""
import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib  # noqa: E402
from benchlib import log  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_QUESTION_LIMIT = 50


def generate(options, cleanup):
    if options.reuse_data:
        folder = options.reuse_data
        if not os.path.exists(os.path.join(folder, "manifest.json")):
            raise SystemExit("--reuse-data %s: no manifest.json (write one with bench/gen_dataset.py)" % folder)
        log("reusing the data set in", folder)
    else:
        folder = options.keep_data or os.path.join(cleanup.tempdir("ir-scale-data-"), "dataset")
        today = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d")
        command = [sys.executable, os.path.join(HERE, "gen_dataset.py"), "--out", folder,
                   "--sessions", str(options.sessions), "--questions", str(options.questions),
                   "--seed", str(options.seed), "--end-date", today, "--quiet"]
        log("generating %d × %d questions into %s" % (options.sessions, options.questions, folder))
        began = time.time()
        subprocess.run(command, check=True, timeout=6 * 3600)
        log("generated in %.0f s" % (time.time() - began))
    with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    if options.reuse_data and (options.sessions_given or options.questions_given) and (
            manifest["sessions"] != options.sessions or manifest["questions_per_session"] != options.questions):
        log("note: --reuse-data holds %d × %d; --sessions/--questions ignored"
            % (manifest["sessions"], manifest["questions_per_session"]))
    return folder, manifest


IMPORTED = re.compile(r"Imported (\d+) sessions and (\d+) questions")


def import_all(binary, folder, manifest, data_dir, home):
    """Imports every file; returns seconds (total) and checks the counts."""
    sessions = questions = 0
    began = time.perf_counter()
    for entry in manifest["files"]:
        path = os.path.join(folder, entry["file"])
        started = time.perf_counter()
        completed = subprocess.run([binary, "import", path, "--data-dir", data_dir], capture_output=True,
                                   text=True, env=benchlib.app_env(home), timeout=3600)
        if completed.returncode != 0:
            raise RuntimeError("import of %s failed (%d): %s %s" % (path, completed.returncode,
                                                                  completed.stdout[-500:], completed.stderr[-500:]))
        match = IMPORTED.search(completed.stdout)
        if not match:
            raise RuntimeError("import of %s: unexpected output %r" % (path, completed.stdout[-300:]))
        sessions += int(match.group(1))
        questions += int(match.group(2))
        log("  %s: %s sessions, %s questions in %.1f s" % (entry["file"], match.group(1), match.group(2),
                                                          time.perf_counter() - started))
    seconds = time.perf_counter() - began
    if sessions != manifest["sessions"] or questions != manifest["total_questions"]:
        raise RuntimeError("imported %d sessions / %d questions, the manifest has %d / %d"
                           % (sessions, questions, manifest["sessions"], manifest["total_questions"]))
    return seconds


def folder_bytes(path):
    return sum(os.path.getsize(os.path.join(root, name)) for root, _, names in os.walk(path) for name in names)


def peak_rss_mb(pid):
    try:
        for line in open("/proc/%d/status" % pid):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def matches_of(path, body):
    """The count a row reports: records total, summary total_questions, session questions, list total."""
    if path.startswith("/records"):
        return body["data"]["total"]
    if path.endswith("/summary"):
        return body["summary"]["total_questions"]
    if path.startswith("/sessions/"):
        return len(body["data"]["questions"])
    if path.startswith("/interview/sessions/"):
        return body["total"]
    return None


def build_rows(manifest, options):
    probes = manifest["probes"]
    terms = probes["terms"]
    quote = urllib.parse.quote
    category = probes["category_since_min_9"]
    sample = manifest["sample_session"]
    busiest = manifest["busiest_users"][0]
    rows = [("/health (idle)", "/health", None)]

    def term_row(label, term):
        rows.append((label % term, "/records?q=" + quote(term), terms.get(term)))

    term_row("q=%s (3 Chinese chars)", options.q3)
    term_row("q=%s (2 Chinese chars)", options.q2)
    term_row("q=%s (rare)", options.q_rare)
    term_row("q=%s", "the")
    rows.append(("question_type=logical&min_score=9.9", "/records?question_type=logical&min_score=9.9",
                 probes["logical_min_9.9"]["matches"]))
    rows.append(("question_category=%s&since=%s&min_score=9" % (category["category"], category["since"]),
                 "/records?question_category=%s&since=%s&min_score=9" % (quote(category["category"]),
                                                                         category["since"]),
                 category["matches"]))
    rows.append(("no filter", "/records", manifest["total_questions"]))
    rows.append(("page=500", "/records?page=500", manifest["total_questions"]))
    rows.append(("question_type=behavioral&max_score=5", "/records?question_type=behavioral&max_score=5",
                 probes["behavioral_max_5"]["matches"]))
    rows.append(("summary of a %d-question session" % sample["questions"],
                 "/dify/interview/%s/summary" % sample["session_id"], sample["questions"]))
    rows.append(("GET /sessions/{id} (%d questions)" % sample["questions"], "/sessions/" + sample["session_id"],
                 sample["questions"]))
    rows.append(("session list of %s (%d sessions)" % (busiest["user_id"], busiest["sessions"]),
                 "/interview/sessions/" + busiest["user_id"], busiest["sessions"]))
    for label, path, expected in rows:
        if path.startswith("/records?q=") and expected is None:
            log("note: %s was not counted by gen_dataset.py (add it with --probe-term)" % label)
    return rows


def measure_rows(targets, rows, options, pids):
    """Alternates the targets request by request; returns {(row, target): stats}. Besides the
    wall-clock latency, each server's CPU time over the measured requests (from /proc) is kept:
    on a machine shared with other work it moves much less than the latency."""
    results = {}
    for label, path, expected in rows:
        clients = {name: benchlib.Client(base) for name, base in targets}
        samples = {name: [] for name, _ in targets}
        info = {name: {"matches": None, "bytes": 0, "bad": 0} for name, _ in targets}
        for name, _ in targets:  # warm-up, also the check of the answer
            status, payload, _ = clients[name].request("GET", path)
            if status != 200:
                info[name]["bad"] += 1
                log("%s %s: HTTP %d %s" % (name, path, status, payload[:300]))
            else:
                info[name]["matches"] = matches_of(path, json.loads(payload))
            info[name]["bytes"] = len(payload)
        began = time.time()
        cpu_before = {name: benchlib.cpu_seconds(pids[name]) for name, _ in targets}
        for rep in range(options.reps):
            for name, _ in targets:
                status, payload, seconds = clients[name].request("GET", path)
                if status != 200:
                    info[name]["bad"] += 1
                samples[name].append(seconds * 1000)
            if rep + 1 >= 5 and time.time() - began > options.row_budget:
                log("  %s: stopped after %d repetitions (--row-budget %d s)" % (label, rep + 1,
                                                                                 options.row_budget))
                break
        for name, _ in targets:
            clients[name].close()
            values = samples[name]
            cpu = (benchlib.cpu_seconds(pids[name]) - cpu_before[name]) * 1000 / len(values)
            results[(label, name)] = dict(info[name], n=len(values), median=benchlib.median(values),
                                          p99=benchlib.percentile(values, 0.99), max=max(values),
                                          expected=expected, cpu=cpu)
        log("  %-58s %s" % (label, "  ".join("%s %.1f/%.1f ms, cpu %.1f ms (%s)" % (
            name, results[(label, name)]["median"], results[(label, name)]["p99"], results[(label, name)]["cpu"],
            results[(label, name)]["matches"]) for name, _ in targets)))
    return results


def health_under_load(base, search_paths, duration, samples, longest):
    """/health latency from one client while two clients search back to back: for `duration`
    seconds and at least `samples` requests, but never longer than `longest` seconds."""
    stop = threading.Event()
    searches = [0, 0]
    failures = []

    def searcher(index):
        client = benchlib.Client(base)
        k = index
        while not stop.is_set():
            status, payload, _ = client.request("GET", search_paths[k % len(search_paths)])
            k += 1
            if status != 200:
                failures.append(status)
            else:
                searches[index] += 1
        client.close()

    threads = [threading.Thread(target=searcher, args=(i,), daemon=True) for i in range(2)]
    for thread in threads:
        thread.start()
    time.sleep(0.5)  # both searches under way
    client = benchlib.Client(base)
    latencies, bad = [], 0
    began = time.time()
    while time.time() - began < longest and (time.time() - began < duration or len(latencies) < samples):
        status, _, seconds = client.request("GET", "/health")
        if status != 200:
            bad += 1
        latencies.append(seconds * 1000)
        time.sleep(0.01)
    client.close()
    stop.set()
    for thread in threads:
        thread.join(timeout=600)
    return {"n": len(latencies), "median": benchlib.median(latencies), "p99": benchlib.percentile(latencies, 0.99),
            "max": max(latencies), "bad": bad, "searches": sum(searches), "search_failures": len(failures),
            "seconds": time.time() - began}


def fmt_ms(value):
    return "%.1f" % value if value >= 10 else "%.2f" % value


def report(options, manifest, targets, binaries, imports, db_sizes, rows, results, health, exits, rss, limits):
    names = [name for name, _ in targets]
    lines = ["# Scale benchmark: %d sessions × %d questions = %d questions" % (
        manifest["sessions"], manifest["questions_per_session"], manifest["total_questions"]), ""]
    lines.append("Machine: %s." % benchlib.machine_line())
    for name in names:
        lines.append("`%s` = `%s`%s." % (name, binaries[name], (" (limit options: %s)" % limits[name])
                                         if limits.get(name) else ""))
    lines.append("Data: bench/gen_dataset.py seed %d, %d users, %s to %s, %.0f MB of JSON in %d files; "
                 "statuses %s." % (manifest["seed"], manifest["users"], manifest["start_date"], manifest["end_date"],
                                   manifest["bytes"] / 1e6, len(manifest["files"]),
                                   ", ".join("%s %d" % kv for kv in manifest["statuses"].items())))
    lines.append("Each row: %d repetitions (fewer if the row used its %d s budget) over one keep-alive "
                 "connection after one warm-up request; p99 is nearest-rank (of 30 samples, the largest). "
                 "\"server CPU ms/req\" is the server process's user + system CPU time over those requests "
                 "(/proc, 10 ms ticks) divided by their number: less sensitive than latency to other work "
                 "on the machine. Load average when the measurements began: %s." % (
                     options.reps, options.row_budget, options.load_at_start))
    lines.append("")
    lines.append("| | " + " | ".join(names) + " |")
    lines.append("|---|" + "---:|" * len(names))
    lines.append("| import (s) | " + " | ".join(
        ("%.1f" % imports[n]) if imports.get(n) is not None else "(copied)" for n in names) + " |")
    lines.append("| import (questions/s) | " + " | ".join(
        ("%.0f" % (manifest["total_questions"] / imports[n])) if imports.get(n) else "–" for n in names) + " |")
    lines.append("| data dir after import (MB) | " + " | ".join("%.0f" % (db_sizes[n] / 1e6) for n in names) + " |")
    lines.append("| server peak RSS (MB) | " + " | ".join("%.0f" % rss[n] for n in names) + " |")
    lines.append("| exit code after SIGTERM | " + " | ".join(str(exits[n]) for n in names) + " |")
    lines.append("")
    if len(names) == 1:
        lines.append("| GET | matches | reply bytes | n | median ms | p99 ms | server CPU ms/req |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|")
    else:
        a, b = names
        lines.append("| GET | matches | %s median ms | %s p99 ms | %s CPU ms/req | %s median ms | %s p99 ms | "
                     "%s CPU ms/req | %s ÷ %s (median) | %s ÷ %s (CPU) |" % (a, a, a, b, b, b, a, b, a, b))
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes = []
    for label, path, expected in rows:
        first = results[(label, names[0])]
        matches = "–" if first["matches"] is None else first["matches"]
        mark = ""
        for name in names:
            r = results[(label, name)]
            if r["bad"]:
                notes.append("%s, %s: %d answers were not HTTP 200." % (label, name, r["bad"]))
                mark = " ⚠"
            if expected is not None and r["matches"] is not None and r["matches"] != expected:
                notes.append("%s, %s: the server says %s matches, the generator counted %s." % (
                    label, name, r["matches"], expected))
                mark = " ⚠"
        if len(names) == 1:
            lines.append("| `%s`%s | %s | %d | %d | %s | %s | %s |" % (
                label, mark, matches, first["bytes"], first["n"], fmt_ms(first["median"]), fmt_ms(first["p99"]),
                fmt_ms(first["cpu"])))
        else:
            second = results[(label, names[1])]
            ratio = first["median"] / second["median"] if second["median"] > 0 else float("nan")
            cpu_ratio = ("%.2f" % (first["cpu"] / second["cpu"])) if second["cpu"] > 0 else "–"
            lines.append("| `%s`%s | %s | %s | %s | %s | %s | %s | %s | %.2f | %s |" % (
                label, mark, matches, fmt_ms(first["median"]), fmt_ms(first["p99"]), fmt_ms(first["cpu"]),
                fmt_ms(second["median"]), fmt_ms(second["p99"]), fmt_ms(second["cpu"]), ratio, cpu_ratio))
    lines.append("")
    lines.append("`/health` from one client (the next request 10 ms after each answer) while two other clients run "
                 "the q= searches above back to back; at least %d s and %d requests, at most %d s; each server "
                 "on its own:" % (options.health_duration, options.health_samples, options.health_max))
    lines.append("")
    lines.append("| server | /health n | seconds | median ms | p99 ms | max ms | non-200 | searches done |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name in names:
        h = health[name]
        lines.append("| %s | %d | %.0f | %s | %s | %s | %d | %d |" % (
            name, h["n"], h["seconds"], fmt_ms(h["median"]), fmt_ms(h["p99"]), fmt_ms(h["max"]),
            h["bad"] + h["search_failures"], h["searches"]))
    if len(names) == 2:
        lines.append("")
        lines.append("Ratios are %s's median time ÷ %s's (below 1: %s is faster)." % (names[0], names[1], names[0]))
    if notes:
        lines.append("")
        lines.append("Problems:")
        lines.extend("- " + note for note in notes)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True, help="the interview-recorder to measure")
    parser.add_argument("--baseline", help="a second interview-recorder, measured on the same data")
    parser.add_argument("--sessions", type=int)
    parser.add_argument("--questions", type=int)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--reuse-data", metavar="DIR", help="a data set gen_dataset.py wrote (skip generating)")
    parser.add_argument("--keep-data", metavar="DIR", help="generate the data set into DIR and keep it")
    parser.add_argument("--import-each", action="store_true",
                        help="the baseline imports the files itself instead of copying the data dir")
    parser.add_argument("--reps", type=int, default=30)
    parser.add_argument("--row-budget", type=int, default=240, help="seconds per row and binary, at most")
    parser.add_argument("--health-duration", type=int, default=20, help="seconds of /health under load, at least")
    parser.add_argument("--health-samples", type=int, default=30, help="/health requests under load, at least")
    parser.add_argument("--health-max", type=int, default=240, help="seconds of /health under load, at most")
    parser.add_argument("--q3", default="数据库")
    parser.add_argument("--q2", default="进程")
    parser.add_argument("--q-rare", default="红黑树")
    parser.add_argument("--output")
    parser.add_argument("--keep-workdir", action="store_true", help="keep the data dirs and logs (debugging)")
    options = parser.parse_args()
    options.sessions_given = options.sessions is not None
    options.questions_given = options.questions is not None
    options.sessions = options.sessions or 20_000
    options.questions = options.questions or 50
    if options.reuse_data and options.keep_data:
        parser.error("--reuse-data and --keep-data exclude each other")
    if options.reps < 1 or options.health_duration < 1:
        parser.error("--reps and --health-duration must be positive")
    binaries = {"app": os.path.abspath(options.binary)}
    if options.baseline:
        binaries = {"app": os.path.abspath(options.binary), "baseline": os.path.abspath(options.baseline)}
    for path in binaries.values():
        if not os.access(path, os.X_OK):
            parser.error("%s is not an executable" % path)

    cleanup = benchlib.Cleanup()
    cleanup.keep = options.keep_workdir
    workdir = cleanup.tempdir("ir-scale-bench-")
    folder, manifest = generate(options, cleanup)
    question_limit = manifest["questions_per_session"] if manifest["questions_per_session"] > DEFAULT_QUESTION_LIMIT \
        else None

    imports, db_sizes, limits = {}, {}, {}
    dirs = {name: os.path.join(workdir, name, "data") for name in binaries}
    homes = {name: os.path.join(workdir, name, "home") for name in binaries}
    for name, binary in binaries.items():
        if name == "baseline" and not options.import_each:
            log("copying the imported data dir for the baseline")
            shutil.copytree(dirs["app"], dirs[name])
            imports[name] = None
        else:
            log("importing with %s (%s)" % (name, binary))
            imports[name] = import_all(binary, folder, manifest, dirs[name], homes[name])
            log("import: %.1f s" % imports[name])
        db_sizes[name] = folder_bytes(dirs[name])
        limits[name] = " ".join(benchlib.limit_options(binary)) if question_limit else ""
    if not options.reuse_data and not options.keep_data:
        shutil.rmtree(os.path.dirname(folder), ignore_errors=True)  # free the disk before measuring

    servers, targets = {}, []
    for name, binary in binaries.items():
        process, base, command = benchlib.start_app(cleanup, binary, dirs[name], homes[name],
                                                    os.path.join(workdir, name + "-server.log"),
                                                    question_limit=question_limit)
        servers[name] = process
        targets.append((name, base))
        total = benchlib.Client(base).json("GET", "/records?page_size=1")["data"]["total"]
        log("%s serves %s: %d questions" % (name, base, total))
        if total != manifest["total_questions"]:
            raise RuntimeError("%s serves %d questions, the data set has %d" % (name, total,
                                                                               manifest["total_questions"]))

    rows = build_rows(manifest, options)
    options.load_at_start = " ".join(open("/proc/loadavg").read().split()[:3])
    log("measuring %d rows × %d repetitions" % (len(rows), options.reps))
    results = measure_rows(targets, rows, options, {name: p.pid for name, p in servers.items()})

    search_paths = [path for _, path, _ in rows if path.startswith("/records?q=")]
    health = {}
    for name, base in targets:
        log("/health under load on", name)
        health[name] = health_under_load(base, search_paths, options.health_duration, options.health_samples,
                                         options.health_max)
        log("  %s" % health[name])

    rss, exits = {}, {}
    for name, process in servers.items():
        rss[name] = peak_rss_mb(process.pid)
        exits[name] = benchlib.Cleanup.stop(process, timeout=60)
    text = report(options, manifest, targets, binaries, imports, db_sizes, rows, results, health, exits, rss, limits)
    print(text)
    if options.output:
        with open(options.output, "w", encoding="utf-8") as f:
            f.write(text)
    cleanup.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
