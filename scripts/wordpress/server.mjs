import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/**
 * A real WordPress for the test, from Debian's packages: its own MariaDB server (datadir and socket in
 * the test's folder, no network), and a copy of /usr/share/wordpress served by `php -S` on loopback.
 */
const WORDPRESS = '/usr/share/wordpress';
const run = (command, args, options = {}) =>
  execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });

/** Polls until `ready()` is true, for at most `timeout` ms. */
export async function waitFor(what, ready, timeout = 30_000) {
  const end = Date.now() + timeout;
  while (!(await ready())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** MariaDB on a private socket, as the test's own server; `stop()` ends it. */
export async function startDatabase(folder) {
  const datadir = join(folder, 'db');
  const socket = join(folder, 'mysqld.sock');
  run('mariadb-install-db', [
    '--no-defaults',
    `--datadir=${datadir}`,
    '--user=root',
    '--auth-root-authentication-method=normal',
    '--skip-test-db',
  ]);
  const server = spawn(
    'mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--pid-file=${join(folder, 'mysqld.pid')}`,
      `--log-error=${join(folder, 'mysqld.log')}`,
      '--skip-networking',
      '--user=root',
    ],
    { stdio: 'ignore' },
  );
  const exited = new Promise((resolve) => server.on('exit', resolve));
  const pings = () => {
    try {
      run('mariadb-admin', ['--no-defaults', `--socket=${socket}`, '-uroot', 'ping']);
      return true;
    } catch {
      return false;
    }
  };
  await waitFor('MariaDB to answer', pings);
  run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress']);
  return {
    socket,
    stop: async () => {
      server.kill('SIGTERM');
      await exited;
    },
  };
}

function wpConfig({ origin, socket, debugLog }) {
  const php = JSON.stringify;
  return `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${php(`localhost:${socket}`)} );
define( 'WP_HOME', ${php(origin)} );
define( 'WP_SITEURL', ${php(origin)} );
foreach ( array( 'AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT' ) as $key ) {
	define( $key, 'glossa-test-' . $key );
}
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${php(debugLog)} );
// No network here: WordPress would wait on wordpress.org for updates, news and patterns.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
$table_prefix = 'wp_';
defined( 'ABSPATH' ) || define( 'ABSPATH', __DIR__ . '/' );
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * WordPress copied into `folder`/wordpress with a wp-config.php for `socket`, installed, and set up by
 * scripts/wordpress/setup.php (which installs the plugin from its zip), then served by `php -S`.
 */
export async function startWordPress({ folder, socket, pluginZip, article }) {
  const root = join(folder, 'wordpress');
  cpSync(WORDPRESS, root, { recursive: true, dereference: true });
  mkdirSync(join(root, 'wp-content/uploads'), { recursive: true });
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const debugLog = join(folder, 'debug.log');
  writeFileSync(join(root, 'wp-config.php'), wpConfig({ origin, socket, debugLog }));

  const here = new URL('.', import.meta.url).pathname;
  const env = { ...process.env, HTTP_HOST: `127.0.0.1:${port}` };
  run('php', [join(here, 'install.php'), root], { env });
  const site = JSON.parse(run('php', [join(here, 'setup.php'), root, article, resolve(pluginZip)], { env }));

  // Workers: the block editor asks for several things at once, and one PHP process would queue them.
  // Its own process group, so that stopping it stops the workers too (they outlive a killed parent).
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', root], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
  });
  const exited = new Promise((resolve) => server.on('exit', resolve));
  await waitFor('php -S to answer', () =>
    fetch(`${origin}/wp-login.php`).then(
      (response) => response.ok,
      () => false,
    ),
  );
  return {
    origin,
    root,
    env,
    site,
    debugLog,
    stop: async () => {
      process.kill(-server.pid, 'SIGTERM');
      await exited;
    },
  };
}
