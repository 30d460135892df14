<?php
/**
 * glossa.js, enqueued as a module only on pages that show a widget (and in the block editor).
 * wp_enqueue_script_module() came with WordPress 6.5; before it, a classic handle gets type="module".
 */

defined( 'ABSPATH' ) || exit;

add_action( 'init', 'glossa_register_scripts' );
add_filter( 'script_loader_tag', 'glossa_module_script_tag', 10, 2 );

/**
 * No "?ver=" on these URLs (version null): a module under two URLs runs twice, and glossa.js twice
 * would be two loaders watching one page. The files glossa.js loads carry their content's hash in their
 * names, so a new version of the plugin is new URLs all the same.
 */
function glossa_register_scripts() {
	wp_register_script( 'glossa', plugins_url( 'js/glossa.js', __DIR__ ), array(), null, true );
	foreach ( glossa_languages() as $code ) {
		wp_register_script( 'glossa-lang-' . $code, plugins_url( 'js/lang/' . $code . '.js', __DIR__ ), array( 'glossa' ), null, true );
	}
}

/**
 * Enqueues glossa.js, and the interface language when it is not English; WordPress prints a handle once
 * however many widgets ask for it.
 *
 * @param string $lang '' or a language code.
 */
function glossa_enqueue_scripts( $lang ) {
	wp_enqueue_script( 'glossa' );
	if ( in_array( $lang, glossa_languages(), true ) ) {
		wp_enqueue_script( 'glossa-lang-' . $lang );
	}
}

/**
 * Gives Glossa's own script tags type="module" (glossa.js imports the files beside it).
 *
 * @param string $tag    The <script> tag WordPress built.
 * @param string $handle Its handle.
 * @return string
 */
function glossa_module_script_tag( $tag, $handle ) {
	if ( 'glossa' !== $handle && 0 !== strpos( $handle, 'glossa-lang-' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=([\'"])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
