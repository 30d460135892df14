<?php
/**
 * The site the test visits, in place of WP-CLI's `wp theme activate`, `wp plugin activate`,
 * `wp user create`, `wp media import` and `wp post create`: each post is written as its user, with
 * WordPress's HTML filter (kses) on as it is for a real author or contributor.
 * The plugin is installed from its zip by unzip_file(), as "Upload Plugin" does.
 * Run as `php setup.php <wordpress folder> <article.json> <plugin zip>`; prints what it made as JSON.
 */

require $argv[1] . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

function fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}

switch_theme( 'twentytwentyone' );
WP_Filesystem();
$unzipped = unzip_file( $argv[3], WP_PLUGIN_DIR );
if ( is_wp_error( $unzipped ) ) {
	fail( 'unzip_file: ' . $unzipped->get_error_message() );
}
$activated = activate_plugin( 'glossa/glossa.php' );
if ( is_wp_error( $activated ) ) {
	fail( 'activate_plugin: ' . $activated->get_error_message() );
}

function make_user( $login, $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $login,
			'user_pass'  => $login . '-password',
			'user_email' => $login . '@example.test',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fail( "wp_insert_user $login: " . $id->get_error_message() );
	}
	return $id;
}

$users = array(
	'author'      => make_user( 'ada', 'author' ),
	'contributor' => make_user( 'cyd', 'contributor' ),
	'editor'      => make_user( 'eve', 'editor' ),
);

/** As the user: filters on as WordPress sets them for a logged-in request. */
function act_as( $user_id ) {
	wp_set_current_user( $user_id );
	kses_init();
}

// The author uploads the article through WordPress's own upload checks (type, extension, MIME).
act_as( $users['author'] );
$copy = wp_tempnam( 'article.json' );
copy( $argv[2], $copy );
$attachment = media_handle_sideload( array( 'name' => 'article.json', 'tmp_name' => $copy ), 0 );
if ( is_wp_error( $attachment ) ) {
	fail( 'uploading article.json as an author: ' . $attachment->get_error_message() );
}
$article_url = wp_get_attachment_url( $attachment );

// A tag written by hand, which the filter is expected to remove: the reason the plugin renders on the server.
$raw_tag = '<glossa-explainer src="' . esc_url( $article_url ) . '"></glossa-explainer>';

function block( $attributes ) {
	return '<!-- wp:glossa/widget ' . wp_json_encode( $attributes ) . ' /-->';
}

$contents = array(
	'block'     => block( array( 'articleUrl' => $article_url, 'widget' => 'quiz', 'layout' => 'list' ) ) . "\n"
		. block( array( 'articleUrl' => $article_url, 'widget' => 'timeline', 'theme' => 'dark' ) ) . "\n"
		. block( array( 'articleUrl' => $article_url, 'widget' => 'whos-who', 'lang' => 'fr' ) ),
	'shortcode' => '<!-- wp:shortcode -->[glossa src="' . $article_url . '" widget="quiz" layout="list"]<!-- /wp:shortcode -->' . "\n"
		. '<!-- wp:shortcode -->[glossa src="' . $article_url . '" widget="timeline" theme="dark"]<!-- /wp:shortcode -->' . "\n"
		. '<!-- wp:shortcode -->[glossa src="' . $article_url . '" widget="whos-who" lang="fr"]<!-- /wp:shortcode -->' . "\n"
		. '<!-- wp:shortcode -->[glossa src="javascript:alert(1)" widget="explainer"]<!-- /wp:shortcode -->',
	// The sanitizer-safe forms pasted as HTML, which the filter must keep: the inline article's JSON with
	// "<" and ">" escaped, as the README says, and the attribute's quotes as entities.
	'markup'    => '<!-- wp:html --><div data-glossa="quiz" data-glossa-article="'
		. esc_attr( wp_json_encode( json_decode( file_get_contents( $argv[2] ) ), JSON_HEX_TAG | JSON_UNESCAPED_UNICODE ) )
		. '" data-glossa-layout="list"></div>'
		. '<p><a href="' . esc_url( $article_url . '#glossa=timeline&theme=dark' ) . '">Timeline</a></p>'
		. '<div data-glossa="whos-who" data-glossa-src="' . esc_url( $article_url ) . '"></div><!-- /wp:html -->',
);

$posts = array();
foreach ( array( 'author', 'contributor' ) as $role ) {
	foreach ( $contents as $kind => $content ) {
		act_as( $users[ $role ] );
		$given = $content;
		if ( 'block' === $kind && 'author' === $role ) {
			// The author's block names its article as the media library does: by attachment.
			$given = str_replace( '"articleUrl":', '"articleId":' . $attachment . ',"articleUrl":', $given );
		}
		$id = wp_insert_post(
			array(
				'post_title'   => "$kind by the $role",
				'post_content' => $given . "\n<!-- wp:html -->" . $raw_tag . '<!-- /wp:html -->',
				// A contributor may not publish: the post waits for review, and the editor publishes it as it is.
				'post_status'  => 'author' === $role ? 'publish' : 'pending',
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			fail( "wp_insert_post $kind by the $role: " . $id->get_error_message() );
		}
		if ( 'contributor' === $role ) {
			act_as( $users['editor'] );
			wp_publish_post( $id );
		}
		$saved   = get_post( $id );
		$posts[] = array(
			'kind'       => $kind,
			'role'       => $role,
			'url'        => get_permalink( $id ),
			'status'     => $saved->post_status,
			'rawTagKept' => false !== strpos( $saved->post_content, '<glossa-explainer' ),
			'blockKept'  => 'block' !== $kind || has_block( 'glossa/widget', $saved ),
		);
	}
}

act_as( $users['author'] );
$plain = wp_insert_post(
	array(
		'post_title'   => 'A post without a widget',
		'post_content' => '<!-- wp:paragraph --><p>Nothing to load here.</p><!-- /wp:paragraph -->',
		'post_status'  => 'publish',
	)
);

echo wp_json_encode(
	array(
		'posts'      => $posts,
		'plainUrl'   => get_permalink( $plain ),
		'articleUrl' => $article_url,
	)
);
