<?php
/**
 * Installs WordPress into the test's database, in place of `wp core install` (WP-CLI is a phar that
 * cannot be fetched here). Run as `php install.php <wordpress folder>`.
 */

define( 'WP_INSTALLING', true );
require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$installed = wp_install( 'Glossa test site', 'admin', 'admin@example.test', false, '', 'admin-password' );
if ( empty( $installed['user_id'] ) ) {
	fwrite( STDERR, "wp_install() failed\n" );
	exit( 1 );
}
