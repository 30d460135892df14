<?php
/**
 * A <link rel="modulepreload"> for each file glossa.js will fetch for the widgets a page shows, printed
 * just before glossa.js: the browser fetches them beside it instead of after it has run, a round trip
 * sooner (on DevTools' "Slow 4G", a quiz clickable at 1.49 s instead of 2.03 s; Glossa's BENCHMARKS.md).
 */

defined( 'ABSPATH' ) || exit;

// wp_print_footer_scripts, which prints glossa.js, runs at priority 20.
add_action( 'wp_footer', 'glossa_print_preloads', 19 );

/**
 * The tags of the widgets the page shows; null once it also holds a sanitizer-safe marker, whose
 * widget only glossa.js reads (and then chooses its files from a set this list does not know).
 *
 * @param string|false|null $seen A widget's tag, false for a marker, null to only read.
 * @return string[]|null
 */
function glossa_page_tags( $seen = null ) {
	static $tags = array();
	if ( false === $seen ) {
		$tags = null;
	} elseif ( null !== $seen && null !== $tags ) {
		$tags[ $seen ] = true;
	}
	return null === $tags ? null : array_keys( $tags );
}

/**
 * What glossa.js fetches first for $tags, as filesFor() in Glossa's src/loader/chunk-manifest.ts
 * chooses it: each element's chunks, unless together they weigh more than the one file of every element.
 *
 * @param string[] $tags     Widget tags.
 * @param array    $manifest js/glossa-chunks.json, decoded.
 * @return string[] Paths relative to glossa.js.
 */
function glossa_files_for( $tags, $manifest ) {
	$files = array();
	foreach ( $tags as $tag ) {
		foreach ( isset( $manifest['elements'][ $tag ] ) ? $manifest['elements'][ $tag ] : array() as $file ) {
			$files[ $file ] = true;
		}
	}
	$files = array_keys( $files );
	$bytes = 0;
	foreach ( $files as $file ) {
		$bytes += isset( $manifest['bytes'][ $file ] ) ? $manifest['bytes'][ $file ] : 0;
	}
	$all = $manifest['all'];
	return isset( $manifest['bytes'][ $all ] ) && $bytes > $manifest['bytes'][ $all ] ? array( $all ) : $files;
}

/** Prints the preloads, on a page that shows widgets and no marker. */
function glossa_print_preloads() {
	$tags = glossa_page_tags();
	if ( empty( $tags ) || ! wp_script_is( 'glossa', 'enqueued' ) ) {
		return;
	}
	$manifest = json_decode( (string) file_get_contents( dirname( __DIR__ ) . '/js/glossa-chunks.json' ), true );
	if ( ! is_array( $manifest ) || ! isset( $manifest['all'], $manifest['elements'], $manifest['bytes'] ) ) {
		return;
	}
	foreach ( glossa_files_for( $tags, $manifest ) as $file ) {
		$url = plugins_url( 'js/' . preg_replace( '#^\./#', '', $file ), __DIR__ );
		echo '<link rel="modulepreload" href="' . esc_url( $url ) . '" />' . "\n";
	}
}
