<?php
/**
 * What the plugin prints for what an author may give, through the real WordPress and the plugin's one
 * validating function: hostile URLs and values are refused, text is escaped. Run as
 * `php render-cases.php <wordpress folder>`; prints one line per case that went wrong.
 */

require $argv[1] . '/wp-load.php';

$url   = 'https://example.test/article.json';
$cases = array(
	array( array( 'articleUrl' => 'javascript:alert(1)' ), '' ),
	array( array( 'articleUrl' => ' JavaScript:alert(1)' ), '' ),
	array( array( 'articleUrl' => 'data:application/json,{}' ), '' ),
	array( array( 'articleUrl' => '//elsewhere.test/article.json' ), '' ),
	array( array( 'articleUrl' => '/\\elsewhere.test/article.json' ), '' ),
	array( array( 'articleUrl' => 'article.json' ), '' ),
	array( array( 'articleUrl' => 'https:///article.json' ), '' ),
	array( array( 'articleUrl' => '/wp-content/uploads/article.json' ), '<glossa-quiz src="/wp-content/uploads/article.json"></glossa-quiz>' ),
	array( array( 'articleUrl' => $url, 'articleId' => 999999 ), '<glossa-quiz src="' . $url . '"></glossa-quiz>' ),
	array( array( 'articleUrl' => $url . '?a=1&b="><script>' ), '<glossa-quiz src="https://example.test/article.json?a=1&#038;b=script"></glossa-quiz>' ),
	array( array( 'articleUrl' => $url, 'widget' => 'script' ), '<glossa-quiz src="' . $url . '"></glossa-quiz>' ),
	array( array( 'articleUrl' => $url, 'widget' => 'quiz', 'layout' => 'grid', 'feedback' => 'end' ), '<glossa-quiz src="' . $url . '" feedback="end"></glossa-quiz>' ),
	array( array( 'articleUrl' => $url, 'widget' => 'whos-who', 'layout' => 'grid', 'feedback' => 'end' ), '<glossa-whos-who src="' . $url . '" layout="grid"></glossa-whos-who>' ),
	array( array( 'articleUrl' => $url, 'widget' => 'explainer', 'variant' => 'compact', 'theme' => '"><b>' ), '<glossa-explainer src="' . $url . '" variant="compact"></glossa-explainer>' ),
	array( array( 'articleUrl' => $url, 'widget' => 'timeline', 'theme' => 'contrast', 'lang' => 'FR' ), '<glossa-timeline src="' . $url . '" theme="contrast" lang="fr"></glossa-timeline>' ),
	array( array( 'articleUrl' => $url, 'widget' => 'timeline', 'lang' => 'en"><b>' ), '<glossa-timeline src="' . $url . '"></glossa-timeline>' ),
	array(
		array( 'articleUrl' => $url, 'widget' => 'article', 'theme' => 'dark', 'layout' => 'list' ),
		'<glossa-article src="' . $url . '" theme="dark"><glossa-explainer></glossa-explainer><glossa-whos-who></glossa-whos-who><glossa-timeline></glossa-timeline><glossa-quiz></glossa-quiz></glossa-article>',
	),
);

foreach ( $cases as list( $given, $expected ) ) {
	$printed = glossa_render_widget( $given );
	if ( $printed !== $expected ) {
		echo wp_json_encode( $given ) . ' printed ' . $printed . ', not ' . $expected . "\n";
	}
}
$shortcode = do_shortcode( '[glossa src="' . $url . '" widget="whos-who" layout="grid" theme="dark"]' );
$expected  = '<glossa-whos-who src="' . $url . '" layout="grid" theme="dark"></glossa-whos-who>';
if ( $shortcode !== $expected ) {
	echo "the shortcode printed $shortcode, not $expected\n";
}
