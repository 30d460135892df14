<?php
/**
 * The block on the page: the widget's element, built and escaped by glossa_render_widget().
 *
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

echo glossa_render_widget( $attributes ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped piece by piece inside.
