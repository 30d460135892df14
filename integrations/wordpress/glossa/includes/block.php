<?php
/**
 * The glossa/widget block: block.json, a plain-JS editor (no build step) and render.php on the server.
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'glossa_register_block' );

function glossa_register_block() {
	$root = dirname( __DIR__ );
	// The editor's preview is the widget itself, so glossa.js and its languages are the editor script's dependencies.
	wp_register_script(
		'glossa-block-editor',
		plugins_url( 'block-editor.js', __DIR__ ),
		array_merge(
			array( 'glossa', 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n' ),
			array_map(
				function ( $code ) {
					return 'glossa-lang-' . $code;
				},
				glossa_languages()
			)
		),
		GLOSSA_VERSION,
		true
	);
	wp_add_inline_script(
		'glossa-block-editor',
		'window.glossaBlockOptions = ' . wp_json_encode(
			array(
				'tags'       => glossa_widget_tags(),
				'attributes' => glossa_attribute_values(),
				'languages'  => array_merge( array( 'en' ), glossa_languages() ),
			)
		) . ';',
		'before'
	);
	register_block_type( $root );
}
