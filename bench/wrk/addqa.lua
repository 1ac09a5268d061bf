-- SPDX-FileCopyrightText: 2026 Interview Recorder contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- POST /dify/interview/add-qa with a distinct question each time, spread over the sessions
-- listed in the file given as the first script argument.
local sessions = {}
local counter = 0
local threads = 0

function setup(thread)
    threads = threads + 1
    thread:set("tid", threads)
end

function init(args)
    for line in io.lines(args[1]) do
        sessions[#sessions + 1] = line
    end
    run = args[2] or "run"
end

function request()
    counter = counter + 1
    local sid = sessions[(counter * 7 + tid * 131) % #sessions + 1]
    local body = string.format(
        '{"session_id":"%s","question_text":"%s 压测问题 %d-%d","question_type":"technical",' ..
        '"question_category":"bench","candidate_answer":"回答内容","interviewer_feedback":"反馈",' ..
        '"overall_score":7.5}', sid, run, tid, counter)
    return wrk.format("POST", "/dify/interview/add-qa", {["Content-Type"] = "application/json"}, body)
end
