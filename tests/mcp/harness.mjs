// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real `interview-recorder --headless` on a free loopback port with a temporary data
// folder, and stops it (and removes the folder) afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const API_KEY = 'mcp-test-key-0123456789abcdef';

// binary: the interview-recorder executable; auth: require the API key (API_KEY).
// Port 0: the server takes a free port and names it in its "listening on" line, which is waited
// for (no polling, no race for a port picked beforehand).
export async function startServer(binary, { auth = true } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ir-mcp-'));
  let output = '';
  const args = ['--headless', '--bind', '127.0.0.1', '--port', '0', '--data-dir', dataDir];
  args.push(...(auth ? ['--api-key', API_KEY] : ['--no-auth']));
  const child = spawn(binary, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
  });
  let exited = false;
  const gone = new Promise((resolve) => child.once('exit', () => { exited = true; resolve(); }));
  child.stderr.on('data', (chunk) => { output += chunk; });
  const port = await new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), 20000); // the deadline, not a wait
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    gone.then(() => { clearTimeout(timer); resolve(null); });
  });
  if (port === null) {
    if (!exited)
      child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`the server did not come up:\n${output}`);
  }
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    port,
    output: () => output,
    async stop() {
      if (!exited) {
        child.kill('SIGTERM');
        await gone;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
