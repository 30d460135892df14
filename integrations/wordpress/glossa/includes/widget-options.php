<?php
/**
 * What each widget may be told: the one list that the block, the shortcode and their validation read.
 */

defined( 'ABSPATH' ) || exit;

/** The widgets an author can choose, by the name used in the block and the shortcode, with their tag. */
function glossa_widget_tags() {
	return array(
		'quiz'      => 'glossa-quiz',
		'explainer' => 'glossa-explainer',
		'timeline'  => 'glossa-timeline',
		'whos-who'  => 'glossa-whos-who',
		'article'   => 'glossa-article',
	);
}

/**
 * The attributes exposed, each with the values it takes per widget (from custom-elements.json);
 * '*' is every widget. An attribute is written only on a widget that documents it.
 */
function glossa_attribute_values() {
	$themes = array( 'light', 'dark', 'auto', 'contrast' );
	return array(
		'layout'   => array(
			'quiz'     => array( 'stepper', 'list' ),
			'whos-who' => array( 'list', 'grid' ),
		),
		'feedback' => array( 'quiz' => array( 'immediate', 'end' ) ),
		'variant'  => array( 'explainer' => array( 'full', 'compact' ) ),
		'theme'    => array( '*' => $themes ),
	);
}

/** The interface languages that Glossa ships besides English (dist/lang/<code>.js). */
function glossa_languages() {
	return array( 'ar', 'de', 'es', 'fr', 'kk', 'ru' );
}

/**
 * Keeps, of what an author gave, the widget and the attributes it takes with a value it accepts;
 * anything else is dropped, so the widget falls back to its own default.
 *
 * @param array $given Attribute name => value, from the block or the shortcode.
 * @return array widget, and each accepted attribute, plus lang ('' or a code).
 */
function glossa_widget_options( $given ) {
	$widget  = isset( $given['widget'] ) ? (string) $given['widget'] : 'quiz';
	$widget  = array_key_exists( $widget, glossa_widget_tags() ) ? $widget : 'quiz';
	$options = array( 'widget' => $widget );
	foreach ( glossa_attribute_values() as $name => $by_widget ) {
		$allowed = isset( $by_widget[ $widget ] ) ? $by_widget[ $widget ] : ( isset( $by_widget['*'] ) ? $by_widget['*'] : array() );
		$value   = isset( $given[ $name ] ) ? (string) $given[ $name ] : '';
		if ( in_array( $value, $allowed, true ) ) {
			$options[ $name ] = $value;
		}
	}
	$lang = isset( $given['lang'] ) ? strtolower( (string) $given['lang'] ) : '';
	if ( 'en' === $lang || in_array( $lang, glossa_languages(), true ) ) {
		$options['lang'] = $lang;
	}
	return $options;
}
