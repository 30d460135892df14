<?php
/**
 * The markup of one widget, printed on the server for the block and the shortcode alike, so that
 * WordPress's HTML filter for authors without unfiltered_html never sees (and never strips) it.
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widget's element, with its attributes escaped, and the scripts it needs enqueued (once per page).
 *
 * @param array $given Block attributes or shortcode attributes, in the block's names.
 * @return string HTML.
 */
function glossa_render_widget( $given ) {
	$src = glossa_article_url(
		isset( $given['articleId'] ) ? $given['articleId'] : 0,
		isset( $given['articleUrl'] ) ? $given['articleUrl'] : ''
	);
	if ( '' === $src ) {
		return current_user_can( 'edit_posts' )
			? '<p class="glossa-no-article">' . esc_html__( 'Glossa: choose an article file (JSON) from the media library, or give its http(s) URL.', 'glossa' ) . '</p>'
			: '';
	}
	$options = glossa_widget_options( $given );
	glossa_enqueue_scripts( isset( $options['lang'] ) ? $options['lang'] : '' );

	$tag        = glossa_widget_tags()[ $options['widget'] ];
	glossa_page_tags( $tag );
	$attributes = ' src="' . esc_url( $src ) . '"';
	foreach ( array_diff_key( $options, array( 'widget' => true ) ) as $name => $value ) {
		$attributes .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$inside = 'article' === $options['widget'] ? glossa_article_children() : '';
	return '<' . $tag . $attributes . '>' . $inside . '</' . $tag . '>';
}

/** What the "article" widget holds: every widget, sharing the one article its provider loads. */
function glossa_article_children() {
	$children = '';
	foreach ( array( 'glossa-explainer', 'glossa-whos-who', 'glossa-timeline', 'glossa-quiz' ) as $tag ) {
		glossa_page_tags( $tag );
		$children .= '<' . $tag . '></' . $tag . '>';
	}
	return $children;
}
