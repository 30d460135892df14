<?php
/**
 * [glossa src="…" widget="quiz" layout="list" …]: the block's widget, for the classic editor and widgets.
 */

defined( 'ABSPATH' ) || exit;

add_shortcode( 'glossa', 'glossa_shortcode' );

/**
 * @param array|string $given The shortcode's attributes ('' when it has none).
 * @return string HTML.
 */
function glossa_shortcode( $given ) {
	$given = shortcode_atts(
		array(
			'src'        => '',
			'attachment' => 0,
			'widget'     => 'quiz',
			'layout'     => '',
			'feedback'   => '',
			'variant'    => '',
			'theme'      => '',
			'lang'       => '',
		),
		$given,
		'glossa'
	);
	$given['articleUrl'] = $given['src'];
	$given['articleId']  = $given['attachment'];
	return glossa_render_widget( $given );
}
