// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The official TypeScript SDK's client against the real binary over Streamable HTTP: connects
// with the API key, lists the tools, calls every one of them, and sees API errors as isError.
// Usage: node sdk-client.mjs <interview-recorder binary>
import assert from 'node:assert/strict';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { LATEST_PROTOCOL_VERSION } from '@modelcontextprotocol/sdk/types.js';
import { API_KEY, startServer } from './harness.mjs';

const TOOLS = [
  'add_question', 'create_session', 'get_latest_session', 'get_next_question', 'get_summary',
  'list_sessions', 'search_records', 'update_session',
];

function connect(url, key) {
  const client = new Client({ name: 'interview-recorder-tests', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: key ? { Authorization: `Bearer ${key}` } : {} },
  });
  return { client, transport, ready: client.connect(transport) };
}

async function call(client, name, args) {
  const result = await client.callTool({ name, arguments: args });
  assert.equal(result.content.length, 1, `${name}: one content item`);
  assert.equal(result.content[0].type, 'text');
  const body = JSON.parse(result.content[0].text);
  if (!result.isError)
    assert.deepEqual(result.structuredContent, body, `${name}: structuredContent is the text's JSON`);
  return { result, body };
}

const server = await startServer(process.argv[2]);
let failed = false;
try {
  // Without the key the transport is refused (401), before any MCP message is answered.
  const anonymous = connect(server.url);
  await assert.rejects(anonymous.ready, /401|Unauthorized|未授权/);

  const { client, transport, ready } = connect(server.url, API_KEY);
  await ready;
  assert.equal(client.getServerVersion().name, 'interview-recorder');
  assert.ok(client.getServerCapabilities().tools, 'tools capability');
  assert.ok(transport.sessionId, 'an Mcp-Session-Id was issued');
  assert.ok(['2025-06-18', LATEST_PROTOCOL_VERSION].includes(transport.protocolVersion ?? '2025-06-18'));
  await client.ping();

  const { tools } = await client.listTools();
  assert.deepEqual(tools.map((tool) => tool.name).sort(), TOOLS);
  for (const tool of tools) {
    assert.equal(tool.inputSchema.type, 'object', tool.name);
    assert.ok(tool.description.length > 80, `${tool.name}: a description an LLM can act on`);
  }

  const { body: created } = await call(client, 'create_session', {
    user_id: 'sdk_user', session_name: 'SDK 面试', difficulty_level: 'hard', request_id: 'sdk-create-1',
  });
  const sessionId = created.session_id;
  assert.match(sessionId, /^session_\d{8}_\d{6}_[0-9a-f]{8}$/);
  const { body: replayed } = await call(client, 'create_session', {
    user_id: 'sdk_user', session_name: 'SDK 面试', difficulty_level: 'hard', request_id: 'sdk-create-1',
  });
  assert.equal(replayed.session_id, sessionId, 'request_id replays the first reply');

  const { body: added } = await call(client, 'add_question', {
    session_id: sessionId, question_text: '讲讲 "移动语义"\n和拷贝的区别', question_type: 'technical',
    candidate_answer: '避免深拷贝', interviewer_feedback: '清楚', overall_score: 9,
  });
  assert.equal(added.question_id, `${sessionId}_q001`);

  const { body: updated } = await call(client, 'update_session', { session_id: sessionId, status: 'in_progress' });
  assert.equal(updated.data.status, 'in_progress');
  const { body: summary } = await call(client, 'get_summary', { session_id: sessionId });
  assert.equal(summary.summary.total_questions, 1);
  assert.equal(summary.questions_summary[0].question_text, '讲讲 "移动语义"\n和拷贝的区别');
  const { body: latest } = await call(client, 'get_latest_session', { user_id: 'sdk_user' });
  assert.equal(latest.latest_session.session_id, sessionId);
  const { body: listed } = await call(client, 'list_sessions', { user_id: 'sdk_user', status: 'in_progress', limit: 5 });
  assert.equal(listed.total, 1);
  const { body: found } = await call(client, 'search_records', { q: '移动语义', min_score: 8.5 });
  assert.equal(found.data.total, 1);
  const { body: next } = await call(client, 'get_next_question', { session_id: sessionId });
  assert.equal(next.next_question, null);

  // API errors are tool results with isError and the envelope as text, not protocol errors.
  const { result: missing, body: envelope } = await call(client, 'get_summary', { session_id: 'session_x' });
  assert.equal(missing.isError, true);
  assert.equal(envelope.error_code, 'SESSION_NOT_FOUND');
  const { result: invalid, body: problems } = await call(client, 'add_question', { session_id: sessionId });
  assert.equal(invalid.isError, true);
  assert.equal(problems.error_code, 'VALIDATION_ERROR');
  assert.match(problems.details, /question_text/);
  // An unknown tool is a JSON-RPC error (invalid params).
  await assert.rejects(client.callTool({ name: 'no_such_tool', arguments: {} }), /-32602|Unknown tool/);

  await transport.terminateSession();
  await client.close();
  console.log(`sdk-client: ${tools.length} tools listed and called against ${server.url}`);
} catch (error) {
  failed = true;
  console.error(error);
  console.error(server.output());
} finally {
  await server.stop();
}
process.exit(failed ? 1 : 0);
