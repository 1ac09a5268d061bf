# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Helpers shared by bench/scale_bench.py and bench/peer_bench.py (stdlib only).

- Cleanup: every process started through `Cleanup.popen` runs in its own process group and is
  stopped (SIGTERM, then SIGKILL) by `Cleanup.close`, also on SIGINT/SIGTERM and at exit; every
  temporary folder made by `Cleanup.tempdir` is removed. Only those processes are touched.
- The app: `limit_options` finds the names of its question/session limit options, `start_app`
  starts `--headless --no-auth` on 127.0.0.1.
- HTTP: a keep-alive JSON client (`Client`), `wait_http`, `free_port`.
- wrk: `run_wrk` runs wrk with a Lua script whose done() prints one "RESULT k=v ..." line
  (the peer's report.lua format) and parses it.
- nginx: `start_nginx` serves a fixed body at /health from its own temporary config.
"""
import atexit
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
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
HOST = "127.0.0.1"


def log(*parts):
    print(time.strftime("[%H:%M:%S]"), *parts, file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_http(url, timeout=30, process=None):
    """The body of the first 2xx answer from url; fails after timeout or if process exits."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError("process exited with code %s before %s answered" % (process.returncode, url))
        try:
            with urllib.request.urlopen(url, timeout=2) as reply:
                return reply.read()
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("no answer from " + url)


class Cleanup:
    """Owns the processes and temporary folders of one benchmark run."""

    def __init__(self):
        self.processes = []
        self.folders = []
        self.keep = False
        atexit.register(self.close)
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, self._on_signal)

    def _on_signal(self, signum, frame):
        log("signal %d: stopping" % signum)
        self.close()
        sys.exit(128 + signum)

    def tempdir(self, prefix):
        path = tempfile.mkdtemp(prefix=prefix, dir="/var/tmp")  # on disk, not tmpfs
        self.folders.append(path)
        return path

    def popen(self, command, **kwargs):
        process = subprocess.Popen(command, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    @staticmethod
    def stop(process, timeout=30):
        """SIGTERM to the process group we started, SIGKILL if it does not go; returns the exit code."""
        if process.poll() is None:
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                try:
                    os.killpg(process.pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
                process.wait(timeout=10)
        return process.returncode

    def close(self):
        for process in reversed(self.processes):
            try:
                self.stop(process, timeout=15)
            except Exception as error:  # keep cleaning up
                log("could not stop pid %d: %s" % (process.pid, error))
        self.processes = []
        if not self.keep:
            for folder in self.folders:
                shutil.rmtree(folder, ignore_errors=True)
            self.folders = []


# ---- the app -------------------------------------------------------------------------------

def app_env(home):
    """Environment for the app: its own HOME/XDG folders (no real settings touched), UTC."""
    return dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                XDG_DATA_HOME=os.path.join(home, "share"), XDG_CACHE_HOME=os.path.join(home, "cache"),
                TZ="UTC", QT_QPA_PLATFORM="offscreen")


def limit_options(binary):
    """(question option, session option) of this binary: the documented --question-limit /
    --session-limit if --help lists them or the binary accepts them, else the hidden
    --dev-question-limit / --dev-session-limit."""
    help_text = subprocess.run([binary, "--help"], capture_output=True, text=True, timeout=30).stdout
    for question, session in (("--question-limit", "--session-limit"),
                              ("--dev-question-limit", "--dev-session-limit")):
        if question in help_text and session in help_text:
            return question, session
    for question, session in (("--question-limit", "--session-limit"),
                              ("--dev-question-limit", "--dev-session-limit")):
        # Qt's parser rejects an unknown option before it shows the help (exit code 1).
        probe = subprocess.run([binary, question, "1", session, "1", "--help"], capture_output=True,
                               text=True, timeout=30)
        if probe.returncode == 0:
            return question, session
    raise RuntimeError("%s accepts no question/session limit option" % binary)


def start_app(cleanup, binary, data_dir, home, log_path, question_limit=None, session_limit=None, quiet=False,
              database=None):
    """Starts `binary --headless --no-auth` on a free loopback port; returns (process, base URL,
    command). Its output goes to log_path; with quiet, its stdout (the request log) is dropped.
    database: a postgresql:// URL to run on instead of the SQLite file in data_dir (team mode)."""
    port = free_port()
    command = [binary, "--headless", "--no-auth", "--bind", HOST, "--port", str(port)]
    command += ["--database", database] if database else ["--data-dir", data_dir]
    if question_limit or session_limit:
        question_option, session_option = limit_options(binary)
        if question_limit:
            command += [question_option, str(question_limit)]
        if session_limit:
            command += [session_option, str(session_limit)]
    os.makedirs(home, exist_ok=True)
    with open(log_path, "ab") as log_file:
        process = cleanup.popen(command, stdout=subprocess.DEVNULL if quiet else log_file,
                                stderr=log_file if quiet else subprocess.STDOUT, env=app_env(home))
    base = "http://%s:%d" % (HOST, port)
    wait_http(base + "/health", timeout=120, process=process)
    return process, base, command


# ---- HTTP client -----------------------------------------------------------------------------

class Client:
    """One keep-alive connection; request() returns (status, body bytes, seconds)."""

    def __init__(self, base, timeout=300):
        host, port = base.split("//", 1)[1].split(":")
        self.host, self.port, self.timeout = host, int(port), timeout
        self.connection = None

    def request(self, method, path, body=None):
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"} if data is not None else {}
        for attempt in (1, 2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            began = time.perf_counter()
            try:
                self.connection.request(method, path, body=data, headers=headers)
                reply = self.connection.getresponse()
                payload = reply.read()
                elapsed = time.perf_counter() - began
                if reply.getheader("Connection", "").lower() == "close":
                    self.close()
                return reply.status, payload, elapsed
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                # A server may close an idle keep-alive connection; retry once on a new one.
                self.close()
                if attempt == 2 or method != "GET":
                    raise
        raise AssertionError("unreachable")

    def json(self, method, path, body=None, expect=200):
        status, payload, _ = self.request(method, path, body)
        if status != expect:
            raise RuntimeError("%s %s: HTTP %d %s" % (method, path, status, payload[:300]))
        return json.loads(payload)

    def close(self):
        if self.connection is not None:
            self.connection.close()
            self.connection = None


# ---- wrk -------------------------------------------------------------------------------------

RESULT_LINE = re.compile(r"^RESULT (.*)$", re.M)


def run_wrk(url, connections, duration, script, env=None, threads=1, timeout_s=10):
    """Runs wrk; returns a dict with req, rps, p50_ms, p99_ms, non2xx, socket errors (from RESULT)."""
    command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", "%ds" % duration,
               "--timeout", "%ds" % timeout_s, "-s", script, url]
    completed = subprocess.run(command, capture_output=True, text=True, env=dict(os.environ, **(env or {})),
                               timeout=duration + 60)
    match = RESULT_LINE.search(completed.stdout)
    if completed.returncode != 0 or not match:
        raise RuntimeError("wrk failed (%d): %s %s" % (completed.returncode, completed.stdout[-500:],
                                                       completed.stderr[-500:]))
    result = {}
    for pair in match.group(1).split():
        key, value = pair.split("=", 1)
        result[key] = float(value)
    result["errors"] = int(result.get("connect_err", 0) + result.get("read_err", 0) + result.get("write_err", 0)
                           + result.get("timeout", 0))
    result["non2xx"] = int(result.get("non2xx", 0))
    result["req"] = int(result.get("req", 0))
    return result


# ---- nginx -----------------------------------------------------------------------------------

def start_nginx(cleanup, workdir, body, workers=1):
    """nginx in the foreground (own config, loopback port, no access log) serving body at /health."""
    root = os.path.join(workdir, "nginx-%d" % workers)
    os.makedirs(os.path.join(root, "www"))
    with open(os.path.join(root, "www", "health"), "wb") as f:
        f.write(body)
    port = free_port()
    conf = os.path.join(root, "nginx.conf")
    with open(conf, "w") as f:
        f.write("""
worker_processes %d;
daemon off;
%s
pid %s/nginx.pid;
error_log %s/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    keepalive_requests 1000000;
    client_body_temp_path %s/tmp;
    server {
        listen %s:%d;
        root %s/www;
        location = /health { default_type "application/json; charset=utf-8"; }
    }
}
""" % (workers, "user root;" if os.geteuid() == 0 else "", root, root, root, HOST, port, root))
    process = cleanup.popen(["nginx", "-p", root, "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://%s:%d" % (HOST, port)
    wait_http(base + "/health", process=process)
    return process, base


# ---- numbers ---------------------------------------------------------------------------------

def percentile(values, fraction):
    """Nearest-rank percentile (p99 of 30 samples is the largest)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, int(-(-fraction * len(ordered) // 1)))
    return ordered[min(rank, len(ordered)) - 1]


def cpu_seconds(pid):
    """User + system CPU time of a process (all its threads) so far, from /proc (tick resolution)."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def median(values):
    ordered = sorted(values)
    n = len(ordered)
    if not n:
        return float("nan")
    return ordered[n // 2] if n % 2 else (ordered[n // 2 - 1] + ordered[n // 2]) / 2


def machine_line():
    """One line about the machine and its load, for the report."""
    try:
        load = open("/proc/loadavg").read().split()[:3]
    except OSError:
        load = ["?"]
    cpu = "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return "%d × %s; load average %s; %s UTC" % (os.cpu_count() or 0, cpu, " ".join(load),
                                                 time.strftime("%Y-%m-%d %H:%M", time.gmtime()))
