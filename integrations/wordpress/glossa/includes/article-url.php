<?php
/**
 * The article's address: a media library attachment, or a URL checked like the widgets check theirs.
 */

defined( 'ABSPATH' ) || exit;

/**
 * An http(s) URL, or a path on this site ("/wp-content/…"); anything else (javascript:, data:,
 * a protocol-relative "//host", a relative "article.json" that would change with the page) is refused.
 *
 * @param string $url What the author typed.
 * @return string The URL, or '' when it is refused.
 */
function glossa_checked_url( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return '';
	}
	if ( '/' === $url[0] ) {
		return ( strlen( $url ) > 1 && in_array( $url[1], array( '/', '\\' ), true ) ) ? '' : $url;
	}
	$scheme = strtolower( (string) wp_parse_url( $url, PHP_URL_SCHEME ) );
	$host   = wp_parse_url( $url, PHP_URL_HOST );
	return in_array( $scheme, array( 'http', 'https' ), true ) && ! empty( $host ) ? $url : '';
}

/**
 * The article URL of a block or shortcode: its attachment's when it names one, else its own.
 *
 * @param int    $attachment_id A media library attachment, or 0.
 * @param string $url           A URL typed by the author.
 * @return string A checked URL, or ''.
 */
function glossa_article_url( $attachment_id, $url ) {
	$attachment_id = absint( $attachment_id );
	if ( $attachment_id > 0 && 'attachment' === get_post_type( $attachment_id ) ) {
		$attached = wp_get_attachment_url( $attachment_id );
		if ( $attached ) {
			return glossa_checked_url( $attached );
		}
	}
	return glossa_checked_url( $url );
}
