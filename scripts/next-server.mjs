import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A loopback port nothing listens on now. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** Resolves when `next start` says it is ready; rejects when it exits first or 30 s pass. */
const ready = (server) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('next start was not ready within 30 s')), 30_000);
    server.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      if (/Ready in/.test(chunk.toString())) clearTimeout(timer) || resolve();
    });
    server.once('exit', (code) => clearTimeout(timer) || reject(new Error(`next start exited with ${code}`)));
  });

/** Runs `next start` for the built app in `folder`; `stop()` ends it. */
export async function startNext(folder) {
  const port = await freePort();
  const server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    cwd: folder,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  await ready(server);
  return { origin, stop: () => process.kill(-server.pid) };
}
