// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The official MCP conformance suite's server scenarios that apply to a server without test
// fixtures, against the real binary. dns-rebinding-protection is meant for a localhost server
// without authentication, so the server runs with --no-auth (the key is tests' other business).
// Usage: node conformance.mjs <interview-recorder binary>   (Node >= 22, the pinned npm `node`)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './harness.mjs';

const SCENARIOS = ['server-initialize', 'ping', 'tools-list', 'dns-rebinding-protection'];
const here = dirname(fileURLToPath(import.meta.url));
const runner = join(here, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');

const server = await startServer(process.argv[2], { auth: false });
let failures = 0;
try {
  for (const scenario of SCENARIOS) {
    const run = spawnSync(process.execPath, [runner, 'server', '--url', server.url, '--scenario', scenario], {
      encoding: 'utf8',
      timeout: 120000,
    });
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
    // The runner exits non-zero on a failed check; its summary must say so too ("Passed: 2/2, 0 failed").
    const ok = run.status === 0 && /Passed: (\d+)\/\1, 0 failed/.test(output);
    console.log(`${ok ? 'PASS' : 'FAIL'} ${scenario}`);
    if (!ok) {
      ++failures;
      console.log(output);
    }
  }
} finally {
  await server.stop();
}
if (failures)
  console.error(server.output());
process.exit(failures ? 1 : 0);
