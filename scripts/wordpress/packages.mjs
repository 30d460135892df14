import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What the test needs from Debian, and a file that shows each is installed. */
const NEEDED = {
  'php-cli': '/usr/bin/php',
  'php-mysql': '/etc/php/8.2/mods-available/mysqli.ini',
  'mariadb-server': '/usr/sbin/mariadbd',
  wordpress: '/usr/share/wordpress/wp-settings.php',
  'wordpress-theme-twentytwentyone': '/usr/share/wordpress/wp-content/themes/twentytwentyone/style.css',
};

/** Installs with apt-get whatever of NEEDED is missing (no services are started by it here). */
export function installMissingPackages() {
  const missing = Object.keys(NEEDED).filter((name) => !existsSync(NEEDED[name]));
  if (missing.length === 0) return;
  console.log(`apt-get install ${missing.join(' ')}`);
  const apt = (...args) =>
    execFileSync('apt-get', args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  apt('update', '-qq');
  apt('install', '-y', '-qq', '--no-install-recommends', ...missing);
}
