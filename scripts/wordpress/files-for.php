<?php
/**
 * The files the plugin preloads (glossa_files_for) for every set of the installed plugin's widget tags,
 * as JSON: { "glossa-quiz,glossa-timeline": ["./glossa-…js", …], … }, for the test to compare with
 * glossa.js's own choice. Run as `php files-for.php <wordpress folder>`.
 */

require $argv[1] . '/wp-load.php';

$manifest = json_decode( file_get_contents( WP_PLUGIN_DIR . '/glossa/js/glossa-chunks.json' ), true );
$tags     = array_keys( $manifest['elements'] );
$sets     = array();
for ( $mask = 1; $mask < 1 << count( $tags ); $mask++ ) {
	$set = array();
	foreach ( $tags as $index => $tag ) {
		if ( $mask & ( 1 << $index ) ) {
			$set[] = $tag;
		}
	}
	$sets[ implode( ',', $set ) ] = glossa_files_for( $set, $manifest );
}
echo wp_json_encode( $sets );
