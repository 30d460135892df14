<?php
/**
 * Plugin Name:       Glossa
 * Description:       Explainer card, who's who, timeline and comprehension quiz for an article, from one Glossa article file (JSON): a block and a [glossa] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       glossa
 *
 * Glossa is MIT-licensed; the MIT licence is compatible with the GPL-2.0-or-later that WordPress asks of plugins.
 */

defined( 'ABSPATH' ) || exit;

define( 'GLOSSA_VERSION', '0.1.0' );

require_once __DIR__ . '/includes/widget-options.php';
require_once __DIR__ . '/includes/article-url.php';
require_once __DIR__ . '/includes/render-widget.php';
require_once __DIR__ . '/includes/scripts.php';
require_once __DIR__ . '/includes/preloads.php';
require_once __DIR__ . '/includes/markers.php';
require_once __DIR__ . '/includes/json-uploads.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';
