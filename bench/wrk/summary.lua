-- SPDX-FileCopyrightText: 2026 Interview Recorder contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- GET /dify/interview/{session_id}/summary over the sessions listed in the first argument.
local sessions = {}
local counter = 0

function init(args)
    for line in io.lines(args[1]) do
        sessions[#sessions + 1] = line
    end
end

function request()
    counter = counter + 1
    return wrk.format("GET", "/dify/interview/" .. sessions[(counter * 13) % #sessions + 1] .. "/summary")
end
