-- SPDX-FileCopyrightText: 2026 Interview Recorder contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- GET /interview/sessions/{user_id}?limit=10 over the users bench_user_0 .. N-1 (N = first argument).
local users = 1
local counter = 0

function init(args)
    users = tonumber(args[1]) or 1
end

function request()
    counter = counter + 1
    return wrk.format("GET", "/interview/sessions/bench_user_" .. ((counter * 7) % users) .. "?limit=10")
end
