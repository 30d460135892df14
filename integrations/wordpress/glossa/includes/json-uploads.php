<?php
/**
 * WordPress refuses .json uploads by default; an article file is JSON, so users who may upload files
 * may upload it too.
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'upload_mimes', 'glossa_allow_json_uploads', 10, 2 );

/**
 * @param array            $mimes Extension pattern => MIME type.
 * @param int|WP_User|null $user  The user uploading, or the current one.
 * @return array
 */
function glossa_allow_json_uploads( $mimes, $user = null ) {
	$can_upload = $user ? user_can( $user, 'upload_files' ) : current_user_can( 'upload_files' );
	if ( $can_upload ) {
		$mimes['json'] = 'application/json';
	}
	return $mimes;
}
