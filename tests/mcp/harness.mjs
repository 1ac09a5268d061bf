// SPDX-FileCopyrightText: 2026 Interview Recorder contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Starts the real `interview-recorder --headless` on a free loopback port with a temporary data
// folder, and stops it (and removes the folder) afterwards.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const API_KEY = 'mcp-test-key-0123456789abcdef';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function healthy(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/health`);
    return response.status === 200;
  } catch {
    return false;
  }
}

// binary: the interview-recorder executable; auth: require the API key (API_KEY).
export async function startServer(binary, { auth = true } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ir-mcp-'));
  let output = '';
  for (let attempt = 0; attempt < 3; ++attempt) {
    const port = await freePort();
    const args = ['--headless', '--bind', '127.0.0.1', '--port', String(port), '--data-dir', dataDir];
    args.push(...(auth ? ['--api-key', API_KEY] : ['--no-auth']));
    const child = spawn(binary, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' },
    });
    let exited = false;
    child.on('exit', () => { exited = true; });
    child.stdout.on('data', (chunk) => { output += chunk; });
    child.stderr.on('data', (chunk) => { output += chunk; });
    const deadline = Date.now() + 20000;
    while (!exited && Date.now() < deadline && !(await healthy(port)))
      await new Promise((resolve) => setTimeout(resolve, 100));
    if (exited)
      continue; // the port was taken meanwhile: another one
    if (!(await healthy(port))) {
      child.kill('SIGKILL');
      break;
    }
    return {
      url: `http://127.0.0.1:${port}/mcp`,
      port,
      output: () => output,
      async stop() {
        if (!exited) {
          const gone = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await gone;
        }
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  rmSync(dataDir, { recursive: true, force: true });
  throw new Error(`the server did not come up:\n${output}`);
}
