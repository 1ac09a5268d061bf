<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditLogView</name>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>Every erasure, retention purge, export of a person&apos;s data, session deletion and API key change is on record here. The log cannot be changed; an erased person appears only as a one-way hash.</source>
        <translation>Every erasure, retention purge, export of a person&apos;s data, session deletion and API key change is on record here. The log cannot be changed; an erased person appears only as a one-way hash.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>BankQuestionDialog</name>
    <message>
        <source>Bank Question</source>
        <translation>Bank Question</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>The question as you would ask it</source>
        <translation>The question as you would ask it</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>optional, e.g. Programming basics</source>
        <translation>optional, e.g. Programming basics</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulty:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>separated by commas, e.g. python, 并发</source>
        <translation>separated by commas, e.g. python, 并发</translation>
    </message>
    <message>
        <source>&amp;Expected answer:</source>
        <translation>&amp;Expected answer:</translation>
    </message>
    <message>
        <source>What a good answer covers (for the interviewer only)</source>
        <translation>What a good answer covers (for the interviewer only)</translation>
    </message>
</context>
<context>
    <name>BankQuestionPicker</name>
    <message>
        <source>Add Questions from the Bank</source>
        <translation>Add Questions from the Bank</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Interviewer Calibration</source>
        <translation>Interviewer Calibration</translation>
    </message>
    <message>
        <source>Scores are out of 10; the spread is the standard deviation. The AI-vs-human gap is the mean of (the interviewer&apos;s score − the score the workflow posted) over the posted scores the interviewer changed: positive means they score higher than the AI.</source>
        <translation>Scores are out of 10; the spread is the standard deviation. The AI-vs-human gap is the mean of (the interviewer&apos;s score − the score the workflow posted) over the posted scores the interviewer changed: positive means they score higher than the AI.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
</context>
<context>
    <name>CandidatesView</name>
    <message>
        <source>Candidates</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>User ID, name or email</source>
        <translation>User ID, name or email</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>User ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>P&amp;osition applied for:</source>
        <translation>P&amp;osition applied for:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Profile</source>
        <translation>Sa&amp;ve Profile</translation>
    </message>
    <message>
        <source>&amp;Interviews (Enter opens one in the main window):</source>
        <translation>&amp;Interviews (Enter opens one in the main window):</translation>
    </message>
    <message>
        <source>E&amp;xport Everything About This Person…</source>
        <translation>E&amp;xport Everything About This Person…</translation>
    </message>
    <message>
        <source>E&amp;rase This Person…</source>
        <translation>E&amp;rase This Person…</translation>
    </message>
    <message>
        <source>Co&amp;mpare Selected…</source>
        <translation>Co&amp;mpare Selected…</translation>
    </message>
    <message>
        <source>Select 2 to 10 candidates in the list (Ctrl+click or Shift+click)</source>
        <translation>Select 2 to 10 candidates in the list (Ctrl+click or Shift+click)</translation>
    </message>
    <message>
        <source>Compare &amp;Everyone for This Position…</source>
        <translation>Compare &amp;Everyone for This Position…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Candidates</source>
        <translation>Compare Candidates</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>EraseCandidateDialog</name>
    <message>
        <source>Erase Person</source>
        <translation>Erase Person</translation>
    </message>
    <message>
        <source>Erasing… On a large database this takes some seconds: the search index is rewritten so that nothing of this person stays in the files.</source>
        <translation>Erasing… On a large database this takes some seconds: the search index is rewritten so that nothing of this person stays in the files.</translation>
    </message>
</context>
<context>
    <name>ExpiryBanner</name>
    <message>
        <source>E&amp;xport Them…</source>
        <translation>E&amp;xport Them…</translation>
    </message>
    <message>
        <source>Retention &amp;Settings…</source>
        <translation>Retention &amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
</context>
<context>
    <name>KitEditor</name>
    <message>
        <source>Interview Kits</source>
        <translation>Interview Kits</translation>
    </message>
    <message>
        <source>&amp;Kits:</source>
        <translation>&amp;Kits:</translation>
    </message>
    <message>
        <source>&amp;New Kit</source>
        <translation>&amp;New Kit</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>e.g. Backend engineer, technical round</source>
        <translation>e.g. Backend engineer, technical round</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>optional, e.g. Python developer</source>
        <translation>optional, e.g. Python developer</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulty:</translation>
    </message>
    <message>
        <source>P&amp;lanned duration:</source>
        <translation>P&amp;lanned duration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competencies</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Key:</translation>
    </message>
    <message>
        <source>a–z, 0–9 and _, e.g. problem_solving</source>
        <translation>a–z, 0–9 and _, e.g. problem_solving</translation>
    </message>
    <message>
        <source>Compe&amp;tency:</source>
        <translation>Compe&amp;tency:</translation>
    </message>
    <message>
        <source>e.g. Problem solving</source>
        <translation>e.g. Problem solving</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Weight:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Descr&amp;iption:</translation>
    </message>
    <message>
        <source>What this competency covers</source>
        <translation>What this competency covers</translation>
    </message>
    <message>
        <source>Level &amp;1:</source>
        <translation>Level &amp;1:</translation>
    </message>
    <message>
        <source>Level &amp;2:</source>
        <translation>Level &amp;2:</translation>
    </message>
    <message>
        <source>Level &amp;3:</source>
        <translation>Level &amp;3:</translation>
    </message>
    <message>
        <source>Level &amp;4:</source>
        <translation>Level &amp;4:</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Add &amp;from Bank…</source>
        <translation>Add &amp;from Bank…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>R&amp;evert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Recorder</source>
        <translation>Interview Recorder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>API Server</source>
        <translation>API Server</translation>
    </message>
    <message>
        <source>&amp;New Session…</source>
        <translation>&amp;New Session…</translation>
    </message>
    <message>
        <source>&amp;Delete Session…</source>
        <translation>&amp;Delete Session…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Back Up Database…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation>&amp;Find Session</translation>
    </message>
    <message>
        <source>&amp;About Interview Recorder</source>
        <translation>&amp;About Interview Recorder</translation>
    </message>
    <message>
        <source>Question &amp;Bank</source>
        <translation>Question &amp;Bank</translation>
    </message>
    <message>
        <source>Interview &amp;Kits</source>
        <translation>Interview &amp;Kits</translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation>&amp;Candidates</translation>
    </message>
    <message>
        <source>Interviewer Ca&amp;libration</source>
        <translation>Interviewer Ca&amp;libration</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit Log</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New Session</source>
        <translation>New Session</translation>
    </message>
    <message>
        <source>e.g. user_001</source>
        <translation>e.g. user_001</translation>
    </message>
    <message>
        <source>Session &amp;name:</source>
        <translation>Session &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Python developer interview</source>
        <translation>e.g. Python developer interview</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulty:</translation>
    </message>
    <message>
        <source>&amp;Planned duration:</source>
        <translation>&amp;Planned duration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Candidate &amp;ID:</source>
        <translation>Candidate &amp;ID:</translation>
    </message>
    <message>
        <source>Candidate na&amp;me:</source>
        <translation>Candidate na&amp;me:</translation>
    </message>
    <message>
        <source>optional, e.g. Zhang Wei</source>
        <translation>optional, e.g. Zhang Wei</translation>
    </message>
    <message>
        <source>&amp;Kit:</source>
        <translation>&amp;Kit:</translation>
    </message>
    <message>
        <source>A kit plans the interview: it fills the type, difficulty and duration, and the session copies its competencies and planned questions.</source>
        <translation>A kit plans the interview: it fills the type, difficulty and duration, and the session copies its competencies and planned questions.</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>Inter&amp;viewer:</translation>
    </message>
    <message>
        <source>Who conducts the interview; the default is set in Settings.</source>
        <translation>Who conducts the interview; the default is set in Settings.</translation>
    </message>
</context>
<context>
    <name>QuestionBankView</name>
    <message>
        <source>Question Bank</source>
        <translation>Question Bank</translation>
    </message>
    <message>
        <source>Search questions, categories, tags and notes</source>
        <translation>Search questions, categories, tags and notes</translation>
    </message>
    <message>
        <source>Only questions of this type</source>
        <translation>Only questions of this type</translation>
    </message>
    <message>
        <source>Only questions of this category (type or pick one, Enter applies)</source>
        <translation>Only questions of this category (type or pick one, Enter applies)</translation>
    </message>
    <message>
        <source>Only questions with this tag</source>
        <translation>Only questions with this tag</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>This question was posted by the AI workflow and has not been reviewed yet.</source>
        <translation>This question was posted by the AI workflow and has not been reviewed yet.</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <source>Mark this question as reviewed without changing it</source>
        <translation>Mark this question as reviewed without changing it</translation>
    </message>
    <message>
        <source>What was asked</source>
        <translation>What was asked</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Cate&amp;gory:</translation>
    </message>
    <message>
        <source>e.g. Programming basics</source>
        <translation>e.g. Programming basics</translation>
    </message>
    <message>
        <source>What the candidate answered</source>
        <translation>What the candidate answered</translation>
    </message>
    <message>
        <source>Your assessment of the answer</source>
        <translation>Your assessment of the answer</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Discard the unsaved changes</source>
        <translation>Discard the unsaved changes</translation>
    </message>
    <message>
        <source>Quest&amp;ion:</source>
        <translation>Quest&amp;ion:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Candidate&apos;s ans&amp;wer:</source>
        <translation>Candidate&apos;s ans&amp;wer:</translation>
    </message>
    <message>
        <source>Interviewer&apos;s feedbac&amp;k:</source>
        <translation>Interviewer&apos;s feedbac&amp;k:</translation>
    </message>
    <message>
        <source>Sc&amp;ore:</source>
        <translation>Sc&amp;ore:</translation>
    </message>
    <message>
        <source>A score from 0 to 10 in steps of 0.5</source>
        <translation>A score from 0 to 10 in steps of 0.5</translation>
    </message>
    <message>
        <source>0–9: that score · the same digit again: +0.5 · End: 10 · Home: not scored · arrows: ±0.5</source>
        <translation>0–9: that score · the same digit again: +0.5 · End: 10 · Home: not scored · arrows: ±0.5</translation>
    </message>
    <message>
        <source>Keys on the slider: 0–9 set the score, the same digit again adds 0.5, End sets 10, Home clears it, arrow keys step by 0.5.</source>
        <translation>Keys on the slider: 0–9 set the score, the same digit again adds 0.5, End sets 10, Home clears it, arrow keys step by 0.5.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>R&amp;evert</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Use this question</source>
        <translation>Use this question</translation>
    </message>
</context>
<context>
    <name>QuestionPanel</name>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Accept a&amp;ll AI questions</source>
        <translation>Accept a&amp;ll AI questions</translation>
    </message>
    <message>
        <source>Mark every question posted by the AI workflow in this session as reviewed, without changing it</source>
        <translation>Mark every question posted by the AI workflow in this session as reviewed, without changing it</translation>
    </message>
</context>
<context>
    <name>ScorecardPanel</name>
    <message>
        <source>This session was not planned from a kit, so it has no competencies to rate. Strengths, concerns and the recommendation are recorded all the same.</source>
        <translation>This session was not planned from a kit, so it has no competencies to rate. Strengths, concerns and the recommendation are recorded all the same.</translation>
    </message>
    <message>
        <source>Note on the se&amp;lected competency:</source>
        <translation>Note on the se&amp;lected competency:</translation>
    </message>
    <message>
        <source>Stren&amp;gths:</source>
        <translation>Stren&amp;gths:</translation>
    </message>
    <message>
        <source>What speaks for the candidate</source>
        <translation>What speaks for the candidate</translation>
    </message>
    <message>
        <source>C&amp;oncerns:</source>
        <translation>C&amp;oncerns:</translation>
    </message>
    <message>
        <source>What speaks against, or needs a closer look</source>
        <translation>What speaks against, or needs a closer look</translation>
    </message>
    <message>
        <source>Recommend&amp;ation:</source>
        <translation>Recommend&amp;ation:</translation>
    </message>
    <message>
        <source>Weighted rating:</source>
        <translation>Weighted rating:</translation>
    </message>
    <message>
        <source>Subm&amp;it scorecard…</source>
        <translation>Subm&amp;it scorecard…</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;op</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen on:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>&amp;Regenerate…</source>
        <translation>&amp;Regenerate…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>OpenAPI schema to import into Dify as a custom tool:</source>
        <translation>OpenAPI schema to import into Dify as a custom tool:</translation>
    </message>
    <message>
        <source>Cop&amp;y URL</source>
        <translation>Cop&amp;y URL</translation>
    </message>
    <message>
        <source>Try it from a terminal:</source>
        <translation>Try it from a terminal:</translation>
    </message>
    <message>
        <source>Copy c&amp;url command</source>
        <translation>Copy c&amp;url command</translation>
    </message>
    <message>
        <source>Dify in Docker</source>
        <translation>Dify in Docker</translation>
    </message>
    <message>
        <source>Copy .&amp;env lines</source>
        <translation>Copy .&amp;env lines</translation>
    </message>
    <message>
        <source>Request log</source>
        <translation>Request log</translation>
    </message>
    <message>
        <source>Re&amp;quire the API key</source>
        <translation>Re&amp;quire the API key</translation>
    </message>
    <message>
        <source>Clear lo&amp;g</source>
        <translation>Clear lo&amp;g</translation>
    </message>
    <message>
        <source>MCP server URL (Streamable HTTP) for Dify, Claude Desktop, Cursor and other agents:</source>
        <translation>MCP server URL (Streamable HTTP) for Dify, Claude Desktop, Cursor and other agents:</translation>
    </message>
    <message>
        <source>Copy &amp;MCP URL</source>
        <translation>Copy &amp;MCP URL</translation>
    </message>
    <message>
        <source>Copy hea&amp;der</source>
        <translation>Copy hea&amp;der</translation>
    </message>
    <message>
        <source>Cl&amp;ient configuration:</source>
        <translation>Cl&amp;ient configuration:</translation>
    </message>
    <message>
        <source>Copy co&amp;nfiguration</source>
        <translation>Copy co&amp;nfiguration</translation>
    </message>
    <message>
        <source>MCP</source>
        <translation>MCP</translation>
    </message>
    <message>
        <source>AI agents (Model Context Protocol)</source>
        <translation>AI agents (Model Context Protocol)</translation>
    </message>
</context>
<context>
    <name>SessionBrowser</name>
    <message>
        <source>Search candidate, session name or ID</source>
        <translation>Search candidate, session name or ID</translation>
    </message>
    <message>
        <source>Show only sessions with this status</source>
        <translation>Show only sessions with this status</translation>
    </message>
    <message>
        <source>Show only sessions of this type</source>
        <translation>Show only sessions of this type</translation>
    </message>
    <message>
        <source>Show only sessions of this difficulty</source>
        <translation>Show only sessions of this difficulty</translation>
    </message>
    <message>
        <source>Created &amp;between</source>
        <translation>Created &amp;between</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>New Session…</source>
        <translation>New Session…</translation>
    </message>
</context>
<context>
    <name>SessionView</name>
    <message>
        <source>Session ID:</source>
        <translation>Session ID:</translation>
    </message>
    <message>
        <source>Candidate:</source>
        <translation>Candidate:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Untitled session</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Difficulty:</source>
        <translation>&amp;Difficulty:</translation>
    </message>
    <message>
        <source>&amp;Planned duration:</source>
        <translation>&amp;Planned duration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Started / ended:</source>
        <translation>Started / ended:</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>&amp;Start interview</translation>
    </message>
    <message>
        <source>Co&amp;mplete…</source>
        <translation>Co&amp;mplete…</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Questions</translation>
    </message>
    <message>
        <source>S&amp;ummary</source>
        <translation>S&amp;ummary</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; metadata</source>
        <translation>Notes &amp;&amp; metadata</translation>
    </message>
    <message>
        <source>&amp;Apply metadata</source>
        <translation>&amp;Apply metadata</translation>
    </message>
    <message>
        <source>&amp;Cancel session…</source>
        <translation>&amp;Cancel session…</translation>
    </message>
    <message>
        <source>Interviewer&apos;s n&amp;otes (saved as you type):</source>
        <translation>Interviewer&apos;s n&amp;otes (saved as you type):</translation>
    </message>
    <message>
        <source>M&amp;etadata (a JSON object, e.g. from the workflow):</source>
        <translation>M&amp;etadata (a JSON object, e.g. from the workflow):</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Interviewer:</translation>
    </message>
    <message>
        <source>Sco&amp;recard</source>
        <translation>Sco&amp;recard</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limits</translation>
    </message>
    <message>
        <source>&amp;Questions per session:</source>
        <translation>&amp;Questions per session:</translation>
    </message>
    <message>
        <source>Adding a question beyond this number fails with QUESTION_LIMIT_EXCEEDED.</source>
        <translation>Adding a question beyond this number fails with QUESTION_LIMIT_EXCEEDED.</translation>
    </message>
    <message>
        <source>&amp;Active sessions per candidate:</source>
        <translation>&amp;Active sessions per candidate:</translation>
    </message>
    <message>
        <source>Pending or in-progress sessions one user ID may have; creating another fails with SESSION_LIMIT_EXCEEDED.</source>
        <translation>Pending or in-progress sessions one user ID may have; creating another fails with SESSION_LIMIT_EXCEEDED.</translation>
    </message>
    <message>
        <source>Changed limits apply the next time Interview Recorder starts.</source>
        <translation>Changed limits apply the next time Interview Recorder starts.</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>&amp;Team database (PostgreSQL), shared with other interviewers:</source>
        <translation>&amp;Team database (PostgreSQL), shared with other interviewers:</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, with ?sslmode=require for TLS. The password is best kept in ~/.pgpass or PGPASSWORD.</source>
        <translation>postgresql://user@host:port/database, with ?sslmode=require for TLS. The password is best kept in ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <source>Te&amp;st Connection</source>
        <translation>Te&amp;st Connection</translation>
    </message>
    <message>
        <source>A changed database applies the next time Interview Recorder starts. The settings file keeps the URL as plain text: leave the password out of it and put it in ~/.pgpass or PGPASSWORD.</source>
        <translation>A changed database applies the next time Interview Recorder starts. The settings file keeps the URL as plain text: leave the password out of it and put it in ~/.pgpass or PGPASSWORD.</translation>
    </message>
    <message>
        <source>Local &amp;database on this computer (SQLite)</source>
        <translation>Local &amp;database on this computer (SQLite)</translation>
    </message>
    <message>
        <source>&amp;Interviewer name:</source>
        <translation>&amp;Interviewer name:</translation>
    </message>
    <message>
        <source>Recorded as the interviewer of the sessions you create in this window.</source>
        <translation>Recorded as the interviewer of the sessions you create in this window.</translation>
    </message>
    <message>
        <source>Candidates&apos; data</source>
        <translation>Candidates&apos; data</translation>
    </message>
    <message>
        <source>&amp;Keep interviews for:</source>
        <translation>&amp;Keep interviews for:</translation>
    </message>
    <message>
        <source>Sessions unchanged for longer are erased at start and once a day; 0 keeps them forever</source>
        <translation>Sessions unchanged for longer are erased at start and once a day; 0 keeps them forever</translation>
    </message>
    <message>
        <source>Days after a session&apos;s last change, 0 = forever. The window warns a week before sessions are erased. Applies from the next start.</source>
        <translation>Days after a session&apos;s last change, 0 = forever. The window warns a week before sessions are erased. Applies from the next start.</translation>
    </message>
</context>
<context>
    <name>StorageBanner</name>
    <message>
        <source>Open Data Folder</source>
        <translation>Open Data Folder</translation>
    </message>
    <message>
        <source>Restore from the latest backup…</source>
        <translation>Restore from the latest backup…</translation>
    </message>
    <message>
        <source>Quit Interview Recorder</source>
        <translation>Quit Interview Recorder</translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>Completed (answered and scored):</source>
        <translation>Completed (answered and scored):</translation>
    </message>
    <message>
        <source>Average score:</source>
        <translation>Average score:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Average per question type</source>
        <translation>Average per question type</translation>
    </message>
</context>
<context>
    <name>ir::BackupRestore</name>
    <message>
        <source>Cannot restore the backup</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <source>the backup %1 does not exist</source>
        <translation>the backup %1 does not exist</translation>
    </message>
    <message>
        <source>the backup is the database itself</source>
        <translation>the backup is the database itself</translation>
    </message>
    <message>
        <source>the restore request %1 is unreadable</source>
        <translation>the restore request %1 is unreadable</translation>
    </message>
    <message>
        <source>the database file was replaced after the restore was asked for; nothing was restored</source>
        <translation>the database file was replaced after the restore was asked for; nothing was restored</translation>
    </message>
    <message>
        <source>the backup %1 is gone; nothing was restored</source>
        <translation>the backup %1 is gone; nothing was restored</translation>
    </message>
    <message>
        <source>the backup %1 is damaged too; nothing was restored</source>
        <translation>the backup %1 is damaged too; nothing was restored</translation>
    </message>
</context>
<context>
    <name>ir::BackupRotation</name>
    <message>
        <source>Cannot create the backups folder %1</source>
        <translation>Cannot create the backups folder %1</translation>
    </message>
</context>
<context>
    <name>ir::BankCodec</name>
    <message>
        <source>The file has invalid questions; nothing was imported</source>
        <translation>The file has invalid questions; nothing was imported</translation>
    </message>
    <message>
        <source>The file holds no questions</source>
        <translation>The file holds no questions</translation>
    </message>
    <message>
        <source>The file is not valid JSON</source>
        <translation>The file is not valid JSON</translation>
    </message>
    <message>
        <source>The file is not a question bank export</source>
        <translation>The file is not a question bank export</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not supported</source>
        <translation>The file&apos;s format version is not supported</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
    </message>
</context>
<context>
    <name>ir::CsvReader</name>
    <message>
        <source>The file is not valid CSV</source>
        <translation>The file is not valid CSV</translation>
    </message>
</context>
<context>
    <name>ir::DatabaseBackup</name>
    <message>
        <source>not a file name</source>
        <translation>not a file name</translation>
    </message>
    <message>
        <source>that is the database itself</source>
        <translation>that is the database itself</translation>
    </message>
    <message>
        <source>Cannot back up the database</source>
        <translation>Cannot back up the database</translation>
    </message>
</context>
<context>
    <name>ir::EnumNames</name>
    <message>
        <source>Knowledge based</source>
        <translation>Knowledge based</translation>
    </message>
    <message>
        <source>Company position</source>
        <translation>Company position</translation>
    </message>
    <message>
        <source>Resume customized</source>
        <translation>Resume customized</translation>
    </message>
    <message>
        <source>Wrong questions</source>
        <translation>Wrong questions</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Easy</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technical</translation>
    </message>
    <message>
        <source>Behavioral</source>
        <translation>Behavioral</translation>
    </message>
    <message>
        <source>Logical</source>
        <translation>Logical</translation>
    </message>
    <message>
        <source>Project based</source>
        <translation>Project based</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>No decision</translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation>Strong yes</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Strong no</source>
        <translation>Strong no</translation>
    </message>
</context>
<context>
    <name>ir::ExportIo</name>
    <message>
        <source>Cannot write the export</source>
        <translation>Cannot write the export</translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>the device refused the data</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>Cannot write the file</source>
        <translation>Cannot write the file</translation>
    </message>
</context>
<context>
    <name>ir::JsonImporter</name>
    <message>
        <source>The file is not valid JSON</source>
        <translation>The file is not valid JSON</translation>
    </message>
    <message>
        <source>The file is not an Interview Recorder export</source>
        <translation>The file is not an Interview Recorder export</translation>
    </message>
    <message>
        <source>The file&apos;s format version is not supported</source>
        <translation>The file&apos;s format version is not supported</translation>
    </message>
    <message>
        <source>The file holds no sessions</source>
        <translation>The file holds no sessions</translation>
    </message>
    <message>
        <source>The file has invalid entries; nothing was imported</source>
        <translation>The file has invalid entries; nothing was imported</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
    </message>
</context>
<context>
    <name>ir::PdfExporter</name>
    <message>
        <source>Cannot create the PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
    <message>
        <source>PDF export needs the GUI libraries</source>
        <translation>PDF export needs the GUI libraries</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ir::ReportText</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Session name</translation>
    </message>
    <message>
        <source>Session ID</source>
        <translation>Session ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Planned duration</source>
        <translation>Planned duration</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Questions: %1</translation>
    </message>
    <message>
        <source>Completed: %1</source>
        <translation>Completed: %1</translation>
    </message>
    <message>
        <source>Average score: %1</source>
        <translation>Average score: %1</translation>
    </message>
    <message>
        <source>%1 average: %2</source>
        <translation>%1 average: %2</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>No questions recorded.</source>
        <translation>No questions recorded.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Exported by Interview Recorder on %1</source>
        <translation>Exported by Interview Recorder on %1</translation>
    </message>
    <message>
        <source>Score per question</source>
        <translation>Score per question</translation>
    </message>
    <message>
        <source>Average %1</source>
        <translation>Average %1</translation>
    </message>
    <message>
        <source>Not reviewed (AI): %1</source>
        <translation>Not reviewed (AI): %1</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>AI, reviewed by the interviewer</source>
        <translation>AI, reviewed by the interviewer</translation>
    </message>
    <message>
        <source>AI, not reviewed by the interviewer</source>
        <translation>AI, not reviewed by the interviewer</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language tag</comment>
        <extracomment>The BCP 47 language tag of this translation, as in &lt;html lang=&quot;…&quot;&gt;: zh-CN for Chinese.</extracomment>
        <translation>en</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <source>Weighted rating</source>
        <translation>Weighted rating</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>No, a draft that can still be changed</source>
        <translation>No, a draft that can still be changed</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ir::ServerControl</name>
    <message>
        <source>Serving without an API key is allowed only on a loopback address, not %1.</source>
        <translation>Serving without an API key is allowed only on a loopback address, not %1.</translation>
    </message>
</context>
<context>
    <name>ir::app::FileCommands</name>
    <message>
        <source>No database found</source>
        <translation>No database found</translation>
    </message>
    <message>
        <source>Cannot create the data folder</source>
        <translation>Cannot create the data folder</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Exported %1 to %2</translation>
    </message>
    <message>
        <source>Exported %1 sessions (%2 questions) to %3</source>
        <translation>Exported %1 sessions (%2 questions) to %3</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>Cannot read the file</translation>
    </message>
    <message>
        <source>Imported %1 sessions and %2 questions.</source>
        <translation>Imported %1 sessions and %2 questions.</translation>
    </message>
    <message>
        <source>Skipped %1 sessions that already exist: %2</source>
        <translation>Skipped %1 sessions that already exist: %2</translation>
    </message>
    <message>
        <source>Skipped %1 questions whose IDs already exist: %2</source>
        <translation>Skipped %1 questions whose IDs already exist: %2</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>Backed up %1 to %2</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 as a JSON export (every session and question; import restores it, pg_dump makes a full dump of the server&apos;s database)</source>
        <translation>Backed up %1 to %2 as a JSON export (every session and question; import restores it, pg_dump makes a full dump of the server&apos;s database)</translation>
    </message>
    <message>
        <source>The retention period is off (keep forever): nothing to purge. Give --older-than DAYS to purge anyway.</source>
        <translation>The retention period is off (keep forever): nothing to purge. Give --older-than DAYS to purge anyway.</translation>
    </message>
    <message>
        <source>Would erase %1 unchanged for more than %2 days (dry run: nothing erased)</source>
        <translation>Would erase %1 unchanged for more than %2 days (dry run: nothing erased)</translation>
    </message>
    <message>
        <source>Erased %1 unchanged for more than %2 days</source>
        <translation>Erased %1 unchanged for more than %2 days</translation>
    </message>
</context>
<context>
    <name>ir::app::GuiMain</name>
    <message>
        <source>The team database %1 chosen in the settings cannot be opened:
%2

Start with the local database on this computer this time? (Settings → Database changes the choice.)</source>
        <translation>The team database %1 chosen in the settings cannot be opened:
%2

Start with the local database on this computer this time? (Settings → Database changes the choice.)</translation>
    </message>
    <message>
        <source>Team database unavailable</source>
        <translation>Team database unavailable</translation>
    </message>
    <message>
        <source>Use the &amp;Local Database</source>
        <translation>Use the &amp;Local Database</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ir::app::MigrateCommand</name>
    <message>
        <source>No database found</source>
        <translation>No database found</translation>
    </message>
    <message>
        <source>%1 already holds %2 sessions; nothing was copied. Add --merge to copy only the sessions that are not there yet.</source>
        <translation>%1 already holds %2 sessions; nothing was copied. Add --merge to copy only the sessions that are not there yet.</translation>
    </message>
    <message>
        <source>Copied %1 sessions, %2 questions from %3 to %4; skipped %5 sessions and %6 questions already there.</source>
        <translation>Copied %1 sessions, %2 questions from %3 to %4; skipped %5 sessions and %6 questions already there.</translation>
    </message>
</context>
<context>
    <name>ir::ui::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>ir::ui::AuditLogView</name>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>The audit log could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown</source>
        <translation>
            <numerusform>%1 of %n entry shown</numerusform>
            <numerusform>%1 of %n entries shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::BankQuestionDialog</name>
    <message>
        <source>New Bank Question</source>
        <translation>New Bank Question</translation>
    </message>
    <message>
        <source>%1 saves</source>
        <translation>%1 saves</translation>
    </message>
    <message>
        <source>Edit Bank Question</source>
        <translation>Edit Bank Question</translation>
    </message>
    <message>
        <source>Too many tags: %1, at most %2.</source>
        <translation>Too many tags: %1, at most %2.</translation>
    </message>
    <message>
        <source>The tag “%1” is too long: at most %2 characters.</source>
        <translation>The tag “%1” is too long: at most %2 characters.</translation>
    </message>
    <message>
        <source>This question is no longer in the bank (someone deleted it).</source>
        <translation>This question is no longer in the bank (someone deleted it).</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>The question could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ir::ui::BankQuestionPicker</name>
    <message>
        <source>Select one or more questions (Ctrl or Shift with the arrow keys or a click) and press Enter to add them to the kit in that order.</source>
        <translation>Select one or more questions (Ctrl or Shift with the arrow keys or a click) and press Enter to add them to the kit in that order.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message numerus="yes">
        <source>A kit plans at most %Ln question(s): there is room for %1 more.</source>
        <translation>
            <numerusform>A kit plans at most %Ln question: there is room for %1 more.</numerusform>
            <numerusform>A kit plans at most %Ln questions: there is room for %1 more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::BankQuestionTableModel</name>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>ir::ui::CalibrationView</name>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Scored questions</source>
        <translation>Scored questions</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Spread (SD)</source>
        <translation>Spread (SD)</translation>
    </message>
    <message>
        <source>AI scores changed</source>
        <translation>AI scores changed</translation>
    </message>
    <message>
        <source>AI-vs-human gap</source>
        <translation>AI-vs-human gap</translation>
    </message>
    <message>
        <source>The statistics could not be read: %1</source>
        <translation>The statistics could not be read: %1</translation>
    </message>
    <message>
        <source>(no interviewer named)</source>
        <translation>(no interviewer named)</translation>
    </message>
    <message numerus="yes">
        <source>%n interviewer(s)</source>
        <translation>
            <numerusform>%n interviewer</numerusform>
            <numerusform>%n interviewers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::CandidatesView</name>
    <message>
        <source>User ID</source>
        <translation>User ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Last interview</source>
        <translation>Last interview</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Latest recommendation</source>
        <translation>Latest recommendation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>All positions</source>
        <translation>All positions</translation>
    </message>
    <message>
        <source>The candidates could not be read: %1</source>
        <translation>The candidates could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s)</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
    <message>
        <source>Export everything about %1</source>
        <translation>Export everything about %1</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export person</source>
        <translation>Export person</translation>
    </message>
    <message>
        <source>The data of %1 could not be exported: %2</source>
        <translation>The data of %1 could not be exported: %2</translation>
    </message>
    <message>
        <source>Everything stored about %1 was exported to %2.</source>
        <translation>Everything stored about %1 was exported to %2.</translation>
    </message>
    <message>
        <source>%1 was erased: %2 and %3.</source>
        <translation>%1 was erased: %2 and %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) deleted.</source>
        <translation>
            <numerusform>%n backup deleted.</numerusform>
            <numerusform>%n backups deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase person</source>
        <translation>Erase person</translation>
    </message>
</context>
<context>
    <name>ir::ui::CompareDialog</name>
    <message>
        <source>The candidates could not be compared: %1</source>
        <translation>The candidates could not be compared: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) side by side. Competencies are weighted ratings (1–4), scores are out of 10.</source>
        <translation>
            <numerusform>%n candidate side by side. Competencies are weighted ratings (1–4), scores are out of 10.</numerusform>
            <numerusform>%n candidates side by side. Competencies are weighted ratings (1–4), scores are out of 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s) for the position “%1”. Competencies are weighted ratings (1–4), scores are out of 10.</source>
        <translation>
            <numerusform>%n candidate for the position “%1”. Competencies are weighted ratings (1–4), scores are out of 10.</numerusform>
            <numerusform>%n candidates for the position “%1”. Competencies are weighted ratings (1–4), scores are out of 10.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>Average score</translation>
    </message>
    <message>
        <source>Average: %1</source>
        <translation>Average: %1</translation>
    </message>
    <message>
        <source>Competency: %1</source>
        <translation>Competency: %1</translation>
    </message>
    <message>
        <source>Latest recommendation</source>
        <translation>Latest recommendation</translation>
    </message>
    <message>
        <source>Average score and average per question type</source>
        <translation>Average score and average per question type</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>The comparison could not be saved: %1</source>
        <translation>The comparison could not be saved: %1</translation>
    </message>
    <message>
        <source>The comparison was saved to %1.</source>
        <translation>The comparison was saved to %1.</translation>
    </message>
    <message>
        <source>Export comparison as CSV</source>
        <translation>Export comparison as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export comparison as PDF</source>
        <translation>Export comparison as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Comparison of candidates</source>
        <translation>Comparison of candidates</translation>
    </message>
    <message>
        <source>Cannot create the PDF</source>
        <translation>Cannot create the PDF</translation>
    </message>
</context>
<context>
    <name>ir::ui::EnumText</name>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>AI · unreviewed</source>
        <translation>AI · unreviewed</translation>
    </message>
    <message>
        <source>Person erased</source>
        <translation>Person erased</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <source>Person&apos;s data exported</source>
        <translation>Person&apos;s data exported</translation>
    </message>
    <message>
        <source>Session deleted</source>
        <translation>Session deleted</translation>
    </message>
    <message>
        <source>API key changed</source>
        <translation>API key changed</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>HTTP API</source>
        <translation>HTTP API</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Command line</translation>
    </message>
</context>
<context>
    <name>ir::ui::EraseCandidateDialog</name>
    <message>
        <source>Everything stored about %1 is erased for good: the profile, every interview, its questions, answers and scorecard. The audit log keeps only that an erasure took place.</source>
        <translation>Everything stored about %1 is erased for good: the profile, every interview, its questions, answers and scorecard. The audit log keeps only that an erasure took place.</translation>
    </message>
    <message>
        <source>Type the user ID &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Type the user ID &lt;b&gt;%1&lt;/b&gt; to confirm:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <source>Looking for backups that hold this person…</source>
        <translation>Looking for backups that hold this person…</translation>
    </message>
    <message>
        <source>No automatic backup holds this person.</source>
        <translation>No automatic backup holds this person.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic backup(s) still hold this person.</source>
        <translation>
            <numerusform>%n automatic backup still holds this person.</numerusform>
            <numerusform>%n automatic backups still hold this person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also &amp;delete those %n backup(s)</source>
        <translation>
            <numerusform>Also &amp;delete that backup</numerusform>
            <numerusform>Also &amp;delete those %n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>The backups could not be looked at: %1</source>
        <translation>The backups could not be looked at: %1</translation>
    </message>
    <message>
        <source>The person could not be erased: %1</source>
        <translation>The person could not be erased: %1</translation>
    </message>
    <message>
        <source>The person is erased, but the backups could not be deleted: %1</source>
        <translation>The person is erased, but the backups could not be deleted: %1</translation>
    </message>
</context>
<context>
    <name>ir::ui::ExpiryBanner</name>
    <message numerus="yes">
        <source>%n interview(s) will be erased within a week: they are unchanged for longer than the retention period (%1) allows. Export them first if they must be kept.</source>
        <translation>
            <numerusform>%n interview will be erased within a week: it is unchanged for longer than the retention period (%1) allows. Export it first if it must be kept.</numerusform>
            <numerusform>%n interviews will be erased within a week: they are unchanged for longer than the retention period (%1) allows. Export them first if they must be kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Exports every session created before %1, which includes those about to be erased</source>
        <translation>Exports every session created before %1, which includes those about to be erased</translation>
    </message>
</context>
<context>
    <name>ir::ui::FileActions</name>
    <message>
        <source>Export session</source>
        <translation>Export session</translation>
    </message>
    <message>
        <source>The session could not be exported: %1</source>
        <translation>The session could not be exported: %1</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Export sessions</translation>
    </message>
    <message>
        <source>Exporting sessions…</source>
        <translation>Exporting sessions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The sessions could not be exported: %1</source>
        <translation>The sessions could not be exported: %1</translation>
    </message>
    <message>
        <source>Import sessions</source>
        <translation>Import sessions</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Skipped sessions already in the database: %1</source>
        <translation>Skipped sessions already in the database: %1</translation>
    </message>
    <message>
        <source>Skipped questions whose ID already exists: %1</source>
        <translation>Skipped questions whose ID already exists: %1</translation>
    </message>
    <message>
        <source>SQLite database (*.db)</source>
        <translation>SQLite database (*.db)</translation>
    </message>
    <message>
        <source>Back up database</source>
        <translation>Back up database</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>The database was copied to %1 and verified.</source>
        <translation>The database was copied to %1 and verified.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Show %1 in the file manager</source>
        <translation>Show %1 in the file manager</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>The folder %1 could not be opened.</translation>
    </message>
    <message>
        <source>Exported %1 with %2 to %3.</source>
        <translation>Exported %1 with %2 to %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 with %2.</source>
        <translation>Imported %1 with %2.</translation>
    </message>
    <message>
        <source>JSON export (*.json)</source>
        <translation>JSON export (*.json)</translation>
    </message>
    <message>
        <source>The team database was exported to %1 (every session and question, as JSON; the database server&apos;s own backups hold the rest).</source>
        <translation>The team database was exported to %1 (every session and question, as JSON; the database server&apos;s own backups hold the rest).</translation>
    </message>
</context>
<context>
    <name>ir::ui::FormErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
</context>
<context>
    <name>ir::ui::KitEditor</name>
    <message>
        <source>Start a new kit (%1)</source>
        <translation>Start a new kit (%1)</translation>
    </message>
    <message>
        <source>Delete the selected kit (Delete)</source>
        <translation>Delete the selected kit (Delete)</translation>
    </message>
    <message>
        <source>Save the kit (Enter, %1)</source>
        <translation>Save the kit (Enter, %1)</translation>
    </message>
    <message>
        <source>Discard the unsaved changes (Esc)</source>
        <translation>Discard the unsaved changes (Esc)</translation>
    </message>
    <message>
        <source>Add a competency (Insert on the list)</source>
        <translation>Add a competency (Insert on the list)</translation>
    </message>
    <message>
        <source>Remove the competency from the kit (Delete on the list)</source>
        <translation>Remove the competency from the kit (Delete on the list)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Plan questions from the question bank (Insert on the list)</source>
        <translation>Plan questions from the question bank (Insert on the list)</translation>
    </message>
    <message>
        <source>Take the question out of the plan (Delete on the list)</source>
        <translation>Take the question out of the plan (Delete on the list)</translation>
    </message>
    <message>
        <source>Ask earlier (Alt+Up)</source>
        <translation>Ask earlier (Alt+Up)</translation>
    </message>
    <message>
        <source>Ask later (Alt+Down)</source>
        <translation>Ask later (Alt+Down)</translation>
    </message>
    <message>
        <source>How much this competency counts in the weighted rating, %1 to %2</source>
        <translation>How much this competency counts in the weighted rating, %1 to %2</translation>
    </message>
    <message>
        <source>What a rating of 1 means, e.g. no evidence of the skill</source>
        <translation>What a rating of 1 means, e.g. no evidence of the skill</translation>
    </message>
    <message>
        <source>What a rating of 2 means</source>
        <translation>What a rating of 2 means</translation>
    </message>
    <message>
        <source>What a rating of 3 means</source>
        <translation>What a rating of 3 means</translation>
    </message>
    <message>
        <source>What a rating of 4 means, e.g. strong evidence, could teach it</source>
        <translation>What a rating of 4 means, e.g. strong evidence, could teach it</translation>
    </message>
    <message>
        <source>Unsaved kit</source>
        <translation>Unsaved kit</translation>
    </message>
    <message>
        <source>The kit has unsaved changes. Save them?</source>
        <translation>The kit has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>(new competency)</source>
        <translation>(new competency)</translation>
    </message>
    <message>
        <source>(no longer in the bank)</source>
        <translation>(no longer in the bank)</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>position. question</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Only lowercase letters a–z, digits and _.</source>
        <translation>Only lowercase letters a–z, digits and _.</translation>
    </message>
    <message>
        <source>Another competency of this kit has this key.</source>
        <translation>Another competency of this kit has this key.</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Level %1: %2</translation>
    </message>
    <message>
        <source>Delete kit</source>
        <translation>Delete kit</translation>
    </message>
    <message>
        <source>Delete the kit “%1”? Sessions already started from it keep their plan.</source>
        <translation>Delete the kit “%1”? Sessions already started from it keep their plan.</translation>
    </message>
    <message>
        <source>The kit could not be deleted: %1</source>
        <translation>The kit could not be deleted: %1</translation>
    </message>
    <message>
        <source>This kit no longer exists (someone deleted it). Save again to create it anew, or Revert.</source>
        <translation>This kit no longer exists (someone deleted it). Save again to create it anew, or Revert.</translation>
    </message>
    <message>
        <source>A planned question is no longer in the question bank: remove it and save again.</source>
        <translation>A planned question is no longer in the question bank: remove it and save again.</translation>
    </message>
    <message>
        <source>The kit could not be saved: %1</source>
        <translation>The kit could not be saved: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>&amp;Competencies (%1)</source>
        <translation>&amp;Competencies (%1)</translation>
    </message>
    <message>
        <source>&amp;Questions (%1)</source>
        <translation>&amp;Questions (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %Ln competency(ies)</source>
        <translation>
            <numerusform>%1 of at most %Ln competency</numerusform>
            <numerusform>%1 of at most %Ln competencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of at most %Ln question(s)</source>
        <translation>
            <numerusform>%1 of at most %Ln question</numerusform>
            <numerusform>%1 of at most %Ln questions</numerusform>
        </translation>
    </message>
    <message>
        <source>New kit</source>
        <translation>New kit</translation>
    </message>
    <message>
        <source>New kit: %1</source>
        <translation>New kit: %1</translation>
    </message>
    <message>
        <source>Kit: %1</source>
        <translation>Kit: %1</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>unsaved changes</translation>
    </message>
    <message>
        <source>Revert kit</source>
        <translation>Revert kit</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to this kit?</source>
        <translation>Discard the unsaved changes to this kit?</translation>
    </message>
</context>
<context>
    <name>ir::ui::KitListModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>kit name (position)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln competency(ies)</source>
        <translation>
            <numerusform>%Ln competency</numerusform>
            <numerusform>%Ln competencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln planned question(s)</source>
        <translation>
            <numerusform>%Ln planned question</numerusform>
            <numerusform>%Ln planned questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::Languages</name>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>ir::ui::MainWindow</name>
    <message>
        <source>Delete session</source>
        <translation>Delete session</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>The session could not be deleted: %1</translation>
    </message>
    <message>
        <source>Interview Recorder</source>
        <translation>Interview Recorder</translation>
    </message>
    <message>
        <source>Untitled session</source>
        <translation>Untitled session</translation>
    </message>
    <message>
        <source>%1 – %2 – Interview Recorder</source>
        <translation>%1 – %2 – Interview Recorder</translation>
    </message>
    <message>
        <source>About Interview Recorder</source>
        <translation>About Interview Recorder</translation>
    </message>
    <message>
        <source>Interview Recorder %1

Record interviews on the desktop: questions, answers, feedback and scores, also posted live by a Dify workflow through the built-in HTTP API.</source>
        <translation>Interview Recorder %1

Record interviews on the desktop: questions, answers, feedback and scores, also posted live by a Dify workflow through the built-in HTTP API.</translation>
    </message>
    <message>
        <source>Export &amp;Sessions…</source>
        <translation>Export &amp;Sessions…</translation>
    </message>
    <message>
        <source>Export every session the current search and filters show, as CSV or JSON</source>
        <translation>Export every session the current search and filters show, as CSV or JSON</translation>
    </message>
    <message numerus="yes">
        <source>Delete the session “%1” of %2 with its %Ln question(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the session “%1” of %2 with its %Ln question? This cannot be undone.</numerusform>
            <numerusform>Delete the session “%1” of %2 with its %Ln questions? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::NewSessionDialog</name>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>This candidate already has too many open sessions. Complete or cancel one first.</source>
        <translation>This candidate already has too many open sessions. Complete or cancel one first.</translation>
    </message>
    <message>
        <source>The session could not be created: %1</source>
        <translation>The session could not be created: %1</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Enter the candidate ID to create the session.</source>
        <translation>Enter the candidate ID to create the session.</translation>
    </message>
    <message>
        <source>The planned duration must be between %1 and %2 minutes.</source>
        <translation>The planned duration must be between %1 and %2 minutes.</translation>
    </message>
    <message>
        <source>No kit</source>
        <translation>No kit</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n competency(ies)</source>
        <translation>
            <numerusform>%n competency</numerusform>
            <numerusform>%n competencies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned question(s)</source>
        <translation>
            <numerusform>%n planned question</numerusform>
            <numerusform>%n planned questions</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen kit no longer exists. Choose another one, or no kit.</source>
        <translation>The chosen kit no longer exists. Choose another one, or no kit.</translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionBankView</name>
    <message>
        <source>Any category</source>
        <translation>Any category</translation>
    </message>
    <message>
        <source>Add a question to the bank (%1)</source>
        <translation>Add a question to the bank (%1)</translation>
    </message>
    <message>
        <source>Edit the selected question</source>
        <translation>Edit the selected question</translation>
    </message>
    <message>
        <source>Edit the selected question (Enter)</source>
        <translation>Edit the selected question (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected questions (Delete)</source>
        <translation>Delete the selected questions (Delete)</translation>
    </message>
    <message>
        <source>Search (%1)</source>
        <translation>Search (%1)</translation>
    </message>
    <message>
        <source>Delete the question “%1” from the bank? Kits that plan it lose it; sessions keep their copies.</source>
        <translation>Delete the question “%1” from the bank? Kits that plan it lose it; sessions keep their copies.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln question(s) from the bank? Kits that plan them lose them; sessions keep their copies.</source>
        <translation>
            <numerusform>Delete %Ln question from the bank? Kits that plan it lose it; sessions keep their copies.</numerusform>
            <numerusform>Delete %Ln questions from the bank? Kits that plan them lose them; sessions keep their copies.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete from the question bank</source>
        <translation>Delete from the question bank</translation>
    </message>
    <message>
        <source>The questions could not be deleted: %1</source>
        <translation>The questions could not be deleted: %1</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Any tag</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Expected answer (for the interviewer only):</source>
        <translation>Expected answer (for the interviewer only):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Import questions from a CSV or JSON file (questions the bank has already are skipped)</source>
        <translation>Import questions from a CSV or JSON file (questions the bank has already are skipped)</translation>
    </message>
    <message>
        <source>Export the questions the search and filters show, as CSV or JSON</source>
        <translation>Export the questions the search and filters show, as CSV or JSON</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV or JSON (*.csv *.json)</source>
        <translation>CSV or JSON (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import into the question bank</source>
        <translation>Import into the question bank</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>The file could not be read: %1</translation>
    </message>
    <message>
        <source>The questions could not be imported: %1</source>
        <translation>The questions could not be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln question(s) into the bank.</source>
        <translation>
            <numerusform>Imported %Ln question into the bank.</numerusform>
            <numerusform>Imported %Ln questions into the bank.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s) skipped: the bank has them already.</source>
        <translation>
            <numerusform>%Ln question skipped: the bank has it already.</numerusform>
            <numerusform>%Ln questions skipped: the bank has them already.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the question bank</source>
        <translation>Export the question bank</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>The file could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln question(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln question to %1.</numerusform>
            <numerusform>Exported %Ln questions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionEditor</name>
    <message>
        <source>Save the question (%1)</source>
        <translation>Save the question (%1)</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Too long: %1 characters, at most %2.</translation>
    </message>
    <message>
        <source>The question cannot be saved: %1</source>
        <translation>The question cannot be saved: %1</translation>
    </message>
    <message>
        <source>Select a question, or add one with New question.</source>
        <translation>Select a question, or add one with New question.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>New question</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>A score goes from 0 to 10; %1 is out of range.</source>
        <translation>A score goes from 0 to 10; %1 is out of range.</translation>
    </message>
    <message numerus="yes">
        <source>Next planned question (%n left, this one included):</source>
        <translation>
            <numerusform>Next planned question (%n left, this one included):</numerusform>
            <numerusform>Next planned question (%n left, this one included):</numerusform>
        </translation>
    </message>
    <message>
        <source>No expected-answer notes.</source>
        <translation>No expected-answer notes.</translation>
    </message>
    <message>
        <source>Expected answer (only you see this): %1</source>
        <translation>Expected answer (only you see this): %1</translation>
    </message>
    <message>
        <source>Fill the question&apos;s text, type and category from the plan (%1)</source>
        <translation>Fill the question&apos;s text, type and category from the plan (%1)</translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionListModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>ir::ui::QuestionPanel</name>
    <message>
        <source>Add a question (%1)</source>
        <translation>Add a question (%1)</translation>
    </message>
    <message>
        <source>Unsaved question</source>
        <translation>Unsaved question</translation>
    </message>
    <message>
        <source>The question has unsaved changes. Save them?</source>
        <translation>The question has unsaved changes. Save them?</translation>
    </message>
    <message>
        <source>Delete question</source>
        <translation>Delete question</translation>
    </message>
    <message>
        <source>Delete this question and its answer? This cannot be undone.</source>
        <translation>Delete this question and its answer? This cannot be undone.</translation>
    </message>
    <message>
        <source>%1 unreviewed</source>
        <translation>%1 unreviewed</translation>
    </message>
    <message>
        <source>This session already has a question with the same text.</source>
        <translation>This session already has a question with the same text.</translation>
    </message>
    <message>
        <source>The session is finished; its questions can no longer change.</source>
        <translation>The session is finished; its questions can no longer change.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>The question no longer exists.</translation>
    </message>
    <message>
        <source>The database could not save the question. Try again.</source>
        <translation>The database could not save the question. Try again.</translation>
    </message>
    <message>
        <source>The question cannot be saved: %1</source>
        <translation>The question cannot be saved: %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Deleting…</translation>
    </message>
    <message>
        <source>Questions not accepted</source>
        <translation>Questions not accepted</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln question(s)</source>
        <translation>
            <numerusform>%1 of %Ln question</numerusform>
            <numerusform>%1 of %Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The session has reached its limit of %Ln question(s).</source>
        <translation>
            <numerusform>The session has reached its limit of %Ln question.</numerusform>
            <numerusform>The session has reached its limit of %Ln questions.</numerusform>
        </translation>
    </message>
    <message>
        <source>The question could not be saved to the question bank: %1</source>
        <translation>The question could not be saved to the question bank: %1</translation>
    </message>
    <message>
        <source>The question bank already has “%1”.</source>
        <translation>The question bank already has “%1”.</translation>
    </message>
    <message>
        <source>Saved to the question bank: “%1”.</source>
        <translation>Saved to the question bank: “%1”.</translation>
    </message>
    <message>
        <source>Save to Question &amp;Bank</source>
        <translation>Save to Question &amp;Bank</translation>
    </message>
    <message>
        <source>Keep the selected question in the question bank for later interviews (%1)</source>
        <translation>Keep the selected question in the question bank for later interviews (%1)</translation>
    </message>
</context>
<context>
    <name>ir::ui::RequestLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>MCP (AI agent): %1</source>
        <translation>MCP (AI agent): %1</translation>
    </message>
</context>
<context>
    <name>ir::ui::ScorecardModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Not rated: press 1–4</source>
        <translation>Not rated: press 1–4</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competency</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>What the rating means</source>
        <translation>What the rating means</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ir::ui::ScorecardPanel</name>
    <message>
        <source>Submit the scorecard; it can no longer change afterwards (%1)</source>
        <translation>Submit the scorecard; it can no longer change afterwards (%1)</translation>
    </message>
    <message>
        <source>Note on “%1”:</source>
        <translation>Note on “%1”:</translation>
    </message>
    <message>
        <source>Note on the se&amp;lected competency:</source>
        <translation>Note on the se&amp;lected competency:</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>not rated yet</translation>
    </message>
    <message>
        <source>Submitted at %1. The scorecard can no longer change.</source>
        <translation>Submitted at %1. The scorecard can no longer change.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Scorecard not submitted</source>
        <translation>Scorecard not submitted</translation>
    </message>
    <message>
        <source>Rate every competency before submitting. Not rated yet: %1.</source>
        <translation>Rate every competency before submitting. Not rated yet: %1.</translation>
    </message>
    <message>
        <source>Submit scorecard</source>
        <translation>Submit scorecard</translation>
    </message>
    <message>
        <source>Submit this scorecard? Its ratings, notes, strengths, concerns and the recommendation can no longer change afterwards.</source>
        <translation>Submit this scorecard? Its ratings, notes, strengths, concerns and the recommendation can no longer change afterwards.</translation>
    </message>
    <message>
        <source>This scorecard has been submitted and can no longer change (SCORECARD_SUBMITTED).</source>
        <translation>This scorecard has been submitted and can no longer change (SCORECARD_SUBMITTED).</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>The session no longer exists.</translation>
    </message>
    <message>
        <source>The database could not save the scorecard; what you typed is kept and sent again with your next change.</source>
        <translation>The database could not save the scorecard; what you typed is kept and sent again with your next change.</translation>
    </message>
    <message>
        <source>The scorecard cannot be saved: %1</source>
        <translation>The scorecard cannot be saved: %1</translation>
    </message>
    <message>
        <source>The scorecard was not saved: %1 (%2)</source>
        <translation>The scorecard was not saved: %1 (%2)</translation>
    </message>
    <message>
        <source>Competencies:</source>
        <translation>Competencies:</translation>
    </message>
    <message>
        <source>Compet&amp;encies: select one and press 1–4 to rate it, 0 clears, ↑/↓ move, Enter writes a note.</source>
        <translation>Compet&amp;encies: select one and press 1–4 to rate it, 0 clears, ↑/↓ move, Enter writes a note.</translation>
    </message>
</context>
<context>
    <name>ir::ui::ServerPanel</name>
    <message>
        <source>This computer only</source>
        <translation>This computer only</translation>
    </message>
    <message>
        <source>Docker containers on this computer (Linux docker0 bridge)</source>
        <translation>Docker containers on this computer (Linux docker0 bridge)</translation>
    </message>
    <message>
        <source>Every network interface</source>
        <translation>Every network interface</translation>
    </message>
    <message>
        <source>Regenerate API key</source>
        <translation>Regenerate API key</translation>
    </message>
    <message>
        <source>Create a new API key? Workflows using the old key stop working until you give them the new one.</source>
        <translation>Create a new API key? Workflows using the old key stop working until you give them the new one.</translation>
    </message>
    <message>
        <source>API server listening on %1</source>
        <translation>API server listening on %1</translation>
    </message>
    <message>
        <source>API server failed: %1</source>
        <translation>API server failed: %1</translation>
    </message>
    <message>
        <source>API server stopped</source>
        <translation>API server stopped</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
    <message>
        <source>Restart the server to apply the changes.</source>
        <translation>Restart the server to apply the changes.</translation>
    </message>
    <message>
        <source>Only programs on this computer can connect, e.g. Dify installed directly on it.</source>
        <translation>Only programs on this computer can connect, e.g. Dify installed directly on it.</translation>
    </message>
    <message>
        <source>Every computer that can reach this one can connect. The API key is required.</source>
        <translation>Every computer that can reach this one can connect. The API key is required.</translation>
    </message>
    <message>
        <source>Programs that reach this address can connect, e.g. Dify in Docker through the Docker bridge. The API key is required.</source>
        <translation>Programs that reach this address can connect, e.g. Dify in Docker through the Docker bridge. The API key is required.</translation>
    </message>
    <message>
        <source>Dify running in Docker on this computer</source>
        <translation>Dify running in Docker on this computer</translation>
    </message>
    <message>
        <source>Containers cannot reach %1 on the host, so the server must listen where Docker can reach it.</source>
        <translation>Containers cannot reach %1 on the host, so the server must listen where Docker can reach it.</translation>
    </message>
    <message>
        <source>Above, listen on %1 (the Docker bridge on Linux) or %2 (every interface, also reachable from your network), then restart the server. The API key is then always required.</source>
        <translation>Above, listen on %1 (the Docker bridge on Linux) or %2 (every interface, also reachable from your network), then restart the server. The API key is then always required.</translation>
    </message>
    <message>
        <source>In Dify, create a custom tool from the schema URL %1 and choose API key authentication: header %2, type Bearer, value the key above. HTTP Request nodes use the base URL %3.</source>
        <translation>In Dify, create a custom tool from the schema URL %1 and choose API key authentication: header %2, type Bearer, value the key above. HTTP Request nodes use the base URL %3.</translation>
    </message>
    <message>
        <source>On Linux, %1 is not defined inside containers by default: add %2 to the api, worker, plugin_daemon and ssrf_proxy services of Dify&apos;s docker-compose.yaml.</source>
        <translation>On Linux, %1 is not defined inside containers by default: add %2 to the api, worker, plugin_daemon and ssrf_proxy services of Dify&apos;s docker-compose.yaml.</translation>
    </message>
    <message>
        <source>Dify sends these requests through its SSRF proxy, which refuses private addresses. Add these lines to Dify&apos;s %1 and run %2:</source>
        <translation>Dify sends these requests through its SSRF proxy, which refuses private addresses. Add these lines to Dify&apos;s %1 and run %2:</translation>
    </message>
    <message>
        <source>Rest&amp;art</source>
        <translation>Rest&amp;art</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>Create a session; its session_id is kept in SESSION_ID:</source>
        <translation>Create a session; its session_id is kept in SESSION_ID:</translation>
    </message>
    <message>
        <source>Add a question with the candidate&apos;s answer and your score to that session:</source>
        <translation>Add a question with the candidate&apos;s answer and your score to that session:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Claude Desktop</source>
        <translation>Claude Desktop</translation>
    </message>
    <message>
        <source>In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above and this header (the API key):</source>
        <translation>In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above and this header (the API key):</translation>
    </message>
    <message>
        <source>In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above. No header is needed: the API key is not required.</source>
        <translation>In Dify: Tools → MCP → Add MCP Server (HTTP), with the URL above. No header is needed: the API key is not required.</translation>
    </message>
    <message>
        <source>In claude_desktop_config.json (Settings → Developer → Edit Config); it runs the mcp-remote bridge through npx, which needs Node.js.</source>
        <translation>In claude_desktop_config.json (Settings → Developer → Edit Config); it runs the mcp-remote bridge through npx, which needs Node.js.</translation>
    </message>
    <message>
        <source>In ~/.cursor/mcp.json, or .cursor/mcp.json in a project.</source>
        <translation>In ~/.cursor/mcp.json, or .cursor/mcp.json in a project.</translation>
    </message>
</context>
<context>
    <name>ir::ui::SessionBrowser</name>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Any difficulty</source>
        <translation>Any difficulty</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Reset Columns</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ir::ui::SessionTableModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Session name</source>
        <translation>Session name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Difficulty</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Decision</source>
        <comment>the interviewer&apos;s recommendation: strong yes … strong no</comment>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
</context>
<context>
    <name>ir::ui::SessionView</name>
    <message>
        <source>Untitled session</source>
        <translation>Untitled session</translation>
    </message>
    <message>
        <source>via the API</source>
        <translation>via the API</translation>
    </message>
    <message>
        <source>in this window</source>
        <translation>in this window</translation>
    </message>
    <message>
        <source>Planned: %1 min</source>
        <translation>Planned: %1 min</translation>
    </message>
    <message>
        <source>Took %1 of %2 min planned</source>
        <translation>Took %1 of %2 min planned</translation>
    </message>
    <message>
        <source>Elapsed %1 of %2 min</source>
        <translation>Elapsed %1 of %2 min</translation>
    </message>
    <message>
        <source>%1 min over</source>
        <translation>%1 min over</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Session not saved</translation>
    </message>
    <message>
        <source>Not a JSON object: %1</source>
        <translation>Not a JSON object: %1</translation>
    </message>
    <message>
        <source>The metadata is larger than %1 KiB.</source>
        <translation>The metadata is larger than %1 KiB.</translation>
    </message>
    <message>
        <source>Complete interview</source>
        <translation>Complete interview</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancel session</translation>
    </message>
    <message>
        <source>Cancel this session? It cannot be restarted afterwards.</source>
        <translation>Cancel this session? It cannot be restarted afterwards.</translation>
    </message>
    <message>
        <source>The session is already finished.</source>
        <translation>The session is already finished.</translation>
    </message>
    <message>
        <source>The session has already started.</source>
        <translation>The session has already started.</translation>
    </message>
    <message>
        <source>This status change is not allowed.</source>
        <translation>This status change is not allowed.</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>The session no longer exists.</translation>
    </message>
    <message>
        <source>The database could not save the change. Try again.</source>
        <translation>The database could not save the change. Try again.</translation>
    </message>
    <message>
        <source>The change was refused: %1</source>
        <translation>The change was refused: %1</translation>
    </message>
    <message>
        <source>Select a session on the left, or create one with File → New Session (%1).</source>
        <translation>Select a session on the left, or create one with File → New Session (%1).</translation>
    </message>
    <message>
        <source>Complete this interview? Its fields and questions can no longer change afterwards; the recommendation, the notes and the review of AI questions stay editable.</source>
        <translation>Complete this interview? Its fields and questions can no longer change afterwards; the recommendation, the notes and the review of AI questions stay editable.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) posted by the AI workflow not reviewed yet</source>
        <translation>
            <numerusform>%n question posted by the AI workflow not reviewed yet</numerusform>
            <numerusform>%n questions posted by the AI workflow not reviewed yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) without a score</source>
        <translation>
            <numerusform>%n question without a score</numerusform>
            <numerusform>%n questions without a score</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything is done yet:</source>
        <translation>Not everything is done yet:</translation>
    </message>
    <message>
        <source>&amp;Complete anyway</source>
        <translation>&amp;Complete anyway</translation>
    </message>
    <message>
        <source>&amp;Accept all and complete</source>
        <translation>&amp;Accept all and complete</translation>
    </message>
    <message>
        <source>No metadata</source>
        <translation>No metadata</translation>
    </message>
    <message>
        <source>Unapplied metadata</source>
        <translation>Unapplied metadata</translation>
    </message>
    <message>
        <source>The metadata was edited but not applied. Apply it now?</source>
        <translation>The metadata was edited but not applied. Apply it now?</translation>
    </message>
</context>
<context>
    <name>ir::ui::SettingsDialog</name>
    <message>
        <source>This is not a valid team database URL: %1</source>
        <translation>This is not a valid team database URL: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connecting to %1…</translation>
    </message>
    <message>
        <source>Connected to %1. The database is empty or older; Interview Recorder sets it up when it next starts with it.</source>
        <translation>Connected to %1. The database is empty or older; Interview Recorder sets it up when it next starts with it.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Connected to %1.</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Cannot connect: %1</translation>
    </message>
    <message>
        <source>Enter the team database&apos;s URL, or choose the local database.</source>
        <translation>Enter the team database&apos;s URL, or choose the local database.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Forever</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>ir::ui::StorageBanner</name>
    <message>
        <source>Another program holds the database; your changes are not being saved. Close it or wait.</source>
        <translation>Another program holds the database; your changes are not being saved. Close it or wait.</translation>
    </message>
    <message>
        <source>The disk is full: free some space; nothing new is saved until then.</source>
        <translation>The disk is full: free some space; nothing new is saved until then.</translation>
    </message>
    <message>
        <source>The database file was deleted or replaced while the app was running. Nothing you do now can be saved: restart Interview Recorder; restore from a backup if the file is gone.</source>
        <translation>The database file was deleted or replaced while the app was running. Nothing you do now can be saved: restart Interview Recorder; restore from a backup if the file is gone.</translation>
    </message>
    <message>
        <source>The backup of %1 will be restored the next time Interview Recorder starts; the damaged file is kept beside it. Quit and start Interview Recorder again.</source>
        <translation>The backup of %1 will be restored the next time Interview Recorder starts; the damaged file is kept beside it. Quit and start Interview Recorder again.</translation>
    </message>
    <message>
        <source>The database file is damaged: what you change now may not be saved. Restore the latest automatic backup (%1), then start Interview Recorder again.</source>
        <translation>The database file is damaged: what you change now may not be saved. Restore the latest automatic backup (%1), then start Interview Recorder again.</translation>
    </message>
    <message>
        <source>The database file is damaged and there is no automatic backup yet. Quit Interview Recorder and put a copy you trust in the data folder in its place.</source>
        <translation>The database file is damaged and there is no automatic backup yet. Quit Interview Recorder and put a copy you trust in the data folder in its place.</translation>
    </message>
    <message>
        <source>The database cannot be written to (read-only file, folder or disk): your changes are not being saved. Check the permissions of the data folder.</source>
        <translation>The database cannot be written to (read-only file, folder or disk): your changes are not being saved. Check the permissions of the data folder.</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Open data folder</translation>
    </message>
    <message>
        <source>The folder %1 could not be opened.</source>
        <translation>The folder %1 could not be opened.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>There is no automatic backup to restore.</source>
        <translation>There is no automatic backup to restore.</translation>
    </message>
    <message>
        <source>Replace the damaged database with the automatic backup of %1?

What was saved after that time is lost. The damaged file is kept beside it as %2.damaged-…, and the backup takes its place when Interview Recorder starts again.</source>
        <translation>Replace the damaged database with the automatic backup of %1?

What was saved after that time is lost. The damaged file is kept beside it as %2.damaged-…, and the backup takes its place when Interview Recorder starts again.</translation>
    </message>
    <message>
        <source>The restore could not be prepared: %1</source>
        <translation>The restore could not be prepared: %1</translation>
    </message>
    <message>
        <source>The database server cannot be reached: your changes are not being saved. Interview Recorder reconnects by itself as soon as the server answers again.</source>
        <translation>The database server cannot be reached: your changes are not being saved. Interview Recorder reconnects by itself as soon as the server answers again.</translation>
    </message>
</context>
<context>
    <name>ir::ui::SummaryPanel</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
</TS>
