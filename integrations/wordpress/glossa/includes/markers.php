<?php
/**
 * The sanitizer-safe forms of a widget (`data-glossa="quiz"`, a link to the article ending
 * `#glossa=quiz`; Glossa's README, "In a CMS"), which WordPress's HTML filter keeps for every author:
 * the plugin loads glossa.js where a post holds one, as it does for its block and its shortcode.
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'the_content', 'glossa_enqueue_for_markers', 20 );

/**
 * @param string $content The post's content, as it is shown.
 * @return string The same content.
 */
function glossa_enqueue_for_markers( $content ) {
	if ( false !== strpos( $content, 'data-glossa=' ) || false !== strpos( $content, '#glossa=' ) ) {
		glossa_enqueue_scripts( '' );
		glossa_page_tags( false );
	}
	return $content;
}
