#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Interview Recorder contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# CTest's package_deb (issue 15): the Debian package of this build, checked as installed.
#   package-test.sh BUILD_DIR MAKE_OLD_DATABASE
# cpack in BUILD_DIR (no second compile), the .deb unpacked with dpkg -x into a throwaway root
# (a real install would change the machine), the installed binary run from there with
# LD_LIBRARY_PATH unset and no display: --version, an old database migrated with its data, the
# headless server (/docs with its embedded Swagger UI, PDF with Chinese text over HTTP, SIGTERM);
# desktop-file-validate, appstreamcli validate --no-net, the man page through groff, lintian.
# Everything goes in one temporary folder, removed at the end.
set -euo pipefail
BUILD_DIR="$(cd "$1" && pwd)"
MAKE_OLD_DATABASE="$2"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ir-package-test.XXXXXX")"
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ]; then kill -KILL "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
fail() { echo "package test: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

step "cpack -G DEB in $BUILD_DIR"
(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/cpack") >"$WORK/cpack.log" 2>&1 || { cat "$WORK/cpack.log"; fail "cpack"; }
DEB="$(ls "$WORK"/cpack/interview-recorder_*.deb)"
echo "$DEB"
[[ "$(basename "$DEB")" =~ ^interview-recorder_[0-9]+\.[0-9]+\.[0-9]+-[0-9]+_[a-z0-9]+\.deb$ ]] || fail "file name $(basename "$DEB")"

step "control fields"
field() { dpkg-deb --field "$DEB" "$1"; }
[ "$(field Package)" = interview-recorder ] || fail "Package: $(field Package)"
DEPENDS="$(field Depends)"
echo "Depends: $DEPENDS"
# From dpkg-shlibdeps (what the binary links) and by hand (what Qt loads at run time).
for dep in libqt6core6 libqt6widgets6 libqt6httpserver6 libqt6charts6 libc6 \
           qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libqt6sql6-psql qt6-translations-l10n fonts-noto-cjk; do
    grep -qE "(^|, )$dep( |,|$)" <<<"$DEPENDS" || fail "Depends lacks $dep"
done
VERSION="$(field Version)"

step "dpkg -x"
ROOT="$WORK/root"
dpkg -x "$DEB" "$ROOT"
BIN="$ROOT/usr/bin/interview-recorder"
APP_ID=io.github.interviewrecorder.InterviewRecorder
for file in usr/bin/interview-recorder \
            usr/share/applications/$APP_ID.desktop \
            usr/share/metainfo/$APP_ID.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/$APP_ID.svg \
            usr/share/icons/hicolor/48x48/apps/$APP_ID.png \
            usr/share/icons/hicolor/128x128/apps/$APP_ID.png \
            usr/share/icons/hicolor/256x256/apps/$APP_ID.png \
            usr/share/man/man1/interview-recorder.1.gz \
            usr/lib/systemd/user/interview-recorder.service \
            usr/share/doc/interview-recorder/copyright \
            usr/share/doc/interview-recorder/changelog.Debian.gz; do
    [ -f "$ROOT/$file" ] || fail "missing /$file"
done
# Debian's permissions: 0755 for folders and the program, 0644 for everything else.
bad="$(cd "$ROOT" && find . \( -type d ! -perm 0755 \) -o \( -type f ! -path ./usr/bin/interview-recorder ! -perm 0644 \))"
[ -z "$bad" ] || fail "permissions: $bad"
[ "$(stat -c %a "$BIN")" = 755 ] || fail "the binary's mode $(stat -c %a "$BIN")"
if readelf -S "$BIN" | grep -qE '\.debug_info|\.symtab'; then fail "the binary is not stripped"; fi
if readelf -d "$BIN" | grep -qiE 'RPATH|RUNPATH'; then fail "the binary has an RPATH"; fi
grep -qx "ExecStart=/usr/bin/interview-recorder --headless" "$ROOT/usr/lib/systemd/user/interview-recorder.service" \
    || fail "the service's ExecStart"
grep -qx "Restart=on-failure" "$ROOT/usr/lib/systemd/user/interview-recorder.service" || fail "Restart="
for size in 48 128 256; do
    python3 - "$ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$size" <<'PY' || fail "icon ${size}x${size}"
import struct, sys
data = open(sys.argv[1], 'rb').read(24)
assert data[:8] == b'\x89PNG\r\n\x1a\n'
width, height = struct.unpack('>II', data[16:24])
assert width == height == int(sys.argv[2]), (width, height)
PY
done

step "desktop-file-validate, appstreamcli validate --no-net"
desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml" || fail "appstreamcli"

# The installed binary, as a user would run it: system libraries only, no display, a fresh home.
HOME_DIR="$WORK/home"
mkdir -p "$HOME_DIR" "$WORK/runtime"
chmod 0700 "$WORK/runtime"
ENVIRONMENT=(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u XAUTHORITY
             HOME="$HOME_DIR" XDG_CONFIG_HOME="$HOME_DIR/.config" XDG_DATA_HOME="$HOME_DIR/.local/share"
             XDG_RUNTIME_DIR="$WORK/runtime")
installed() { "${ENVIRONMENT[@]}" "$BIN" "$@"; }

step "--version, the man page"
APP_VERSION="$(installed --version)"
echo "$APP_VERSION (package $VERSION)"
[ "$APP_VERSION" = "interview-recorder ${VERSION%-*}" ] || fail "--version says '$APP_VERSION', the package $VERSION"
zcat "$ROOT/usr/share/man/man1/interview-recorder.1.gz" >"$WORK/page.1"
grep -q '^\.TH INTERVIEW\\-RECORDER 1 .*"Interview Recorder '"${VERSION%-*}"'"' "$WORK/page.1" || fail "man page header"
for option in headless bind port data-dir database api-key no-auth public-url question-limit session-limit; do
    installed --help | grep -q -- "--$option" || fail "--help lacks --$option"
    grep -q -- "\\\\fB\\\\-\\\\-${option//-/\\\\-}\\\\fR" "$WORK/page.1" || fail "the man page lacks --$option"
done
if command -v groff >/dev/null; then
    warnings="$(groff -man -Tutf8 -ww -z "$WORK/page.1" 2>&1)"
    [ -z "$warnings" ] || fail "groff: $warnings"
fi
installed exprot --all >/dev/null 2>"$WORK/refusal" && fail "a typo was accepted"
[ "$(wc -l <"$WORK/refusal")" = 1 ] || fail "the refusal is not one line: $(cat "$WORK/refusal")"

step "an old database (schema version 2) opened by the installed binary"
DATA="$WORK/data"
LATEST="$("$MAKE_OLD_DATABASE" "$DATA" | sed -n 's/^latest schema version //p')"
installed export --all --format json --output "$WORK/old.json" --data-dir "$DATA" || fail "export of the old database"
python3 - "$WORK/old.json" "$DATA/interview-recorder.db" "$LATEST" <<'PY' || fail "the old data after the upgrade"
import json, sqlite3, sys
document = json.load(open(sys.argv[1], encoding='utf-8'))
sessions = document['sessions']
assert len(sessions) == 2, len(sessions)
texts = sorted(q['question_text'] for s in sessions for q in s['questions'])
assert texts == sorted(['进程和线程的区别', 'Redis 为什么快', '谈谈虚拟 DOM']), texts
names = sorted(s['session_name'] for s in sessions)
assert names == ['旧版面试 前端', '旧版面试 后端'], names
version = sqlite3.connect(sys.argv[2]).execute('PRAGMA user_version').fetchone()[0]
assert version == int(sys.argv[3]), (version, sys.argv[3])
print('migrated to version', version, 'with', len(texts), 'questions')
PY

step "the headless server, no display"
KEY=package-test-key-0123456789
# env execs the binary: $! is the server's own process, which gets the signal below.
"${ENVIRONMENT[@]}" "$BIN" --headless --port 0 --data-dir "$DATA" --api-key "$KEY" >"$WORK/server.out" \
    2>"$WORK/server.err" &
SERVER_PID=$!
# Wait for its "listening on URL" line: tail follows the log until the server exits, grep stops
# at the first match, timeout is the deadline.
URL="$(timeout 30 grep -m1 -o 'listening on http://[^ ]*' <(tail -n +1 -f --pid="$SERVER_PID" "$WORK/server.out") \
    | sed 's/^listening on //')" || true
[ -n "$URL" ] || { cat "$WORK/server.err"; fail "the server did not listen"; }
echo "$URL"
api() { curl -sS --max-time 30 -H "Authorization: Bearer $KEY" "$@"; }
# /docs and its assets come from the binary (no network is used for them).
api "$URL/docs" | grep -q 'swagger-ui-bundle.js' || fail "/docs"
[ "$(api -o /dev/null -w '%{http_code}' "$URL/docs/swagger-ui-bundle.js")" = 200 ] || fail "/docs/swagger-ui-bundle.js"
api "$URL/docs/swagger-ui-bundle.js" | grep -q 'SwaggerUIBundle' || fail "the bundle's content"
api "$URL/health" | python3 -c 'import json,sys; v=json.load(sys.stdin)["stats"]["version"]; assert v == sys.argv[1], v' \
    "${VERSION%-*}" || fail "/health version"
api "$URL/openapi.json" | python3 -c 'import json,sys; v=json.load(sys.stdin)["info"]["version"]; assert v == sys.argv[1], v' \
    "${VERSION%-*}" || fail "/openapi.json version"
SESSION="$(api -H 'Content-Type: application/json' -d '{"user_id":"pkg_user","session_name":"打包测试 面试"}' \
    "$URL/interview/sessions" | python3 -c 'import json,sys; print(json.load(sys.stdin)["session_id"])')"
api -H 'Content-Type: application/json' -o /dev/null -w '%{http_code}\n' \
    -d '{"session_id":"'"$SESSION"'","question_text":"请介绍一下事务的隔离级别","question_type":"technical","candidate_answer":"读未提交、读已提交、可重复读、串行化","interviewer_feedback":"清楚","overall_score":9}' \
    "$URL/dify/interview/add-qa" | grep -qE '^20[01]$' || fail "add-qa"
for id in "$SESSION:请介绍一下事务的隔离级别" "session_old_0:进程和线程的区别"; do
    api -o "$WORK/report.pdf" "$URL/sessions/${id%%:*}/export?format=pdf"
    head -c 5 "$WORK/report.pdf" | grep -q '%PDF-' || fail "PDF of ${id%%:*}: $(head -c 300 "$WORK/report.pdf")"
    pdftotext -enc UTF-8 "$WORK/report.pdf" - | grep -q "${id#*:}" || fail "the PDF of ${id%%:*} lacks '${id#*:}'"
done
kill -TERM "$SERVER_PID"
code=0
wait "$SERVER_PID" || code=$?
SERVER_PID=""
[ "$code" = 0 ] || { cat "$WORK/server.err"; fail "SIGTERM: exit code $code"; }
grep -q 'signal 15, stopping' "$WORK/server.err" || fail "no clean stop"

step "lintian"
if command -v lintian >/dev/null; then
    lintian --allow-root --fail-on error "$DEB" | tee "$WORK/lintian.txt" || fail "lintian reports errors"
    if grep -q '^E: ' "$WORK/lintian.txt"; then fail "lintian errors"; fi
else
    echo "lintian is not installed (scripts/setup installs it): skipped" >&2
    exit 77
fi
echo "package test: OK ($(basename "$DEB"))"
