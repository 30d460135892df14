/**
 * The glossa/widget block in the editor: the article (media library or URL), the widget and its
 * attributes in the sidebar, and the widget itself as the preview. Plain JS on WordPress's globals,
 * so the plugin needs no build step; what each widget takes comes from PHP (window.glossaBlockOptions),
 * the same list that validates the block on the server. The preview's src is checked by the widget
 * itself, with Glossa's own URL check; the page's is checked again in PHP.
 */
(function (blocks, blockEditor, components, element, i18n) {
  const el = element.createElement;
  const { __ } = i18n;
  const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = blockEditor;
  const { Button, PanelBody, Placeholder, SelectControl, TextControl } = components;
  const options = window.glossaBlockOptions;

  const WIDGET_LABELS = {
    quiz: __('Quiz', 'glossa'),
    explainer: __('Explainer card', 'glossa'),
    timeline: __('Timeline', 'glossa'),
    'whos-who': __("Who's who", 'glossa'),
    article: __('Everything: explainer, who’s who, timeline and quiz', 'glossa'),
  };

  /** The values an attribute takes on a widget ([] when the widget does not document it). */
  function valuesFor(name, widget) {
    const byWidget = options.attributes[name];
    return byWidget[widget] || byWidget['*'] || [];
  }

  /** The attributes written on the element: those the widget takes, with a value it accepts. */
  function elementAttributes(attributes) {
    const written = { src: attributes.articleUrl };
    for (const name of Object.keys(options.attributes)) {
      if (valuesFor(name, attributes.widget).includes(attributes[name])) {
        written[name] = attributes[name];
      }
    }
    if (options.languages.includes(attributes.lang)) written.lang = attributes.lang;
    return written;
  }

  function preview(attributes) {
    const children =
      attributes.widget === 'article'
        ? ['glossa-explainer', 'glossa-whos-who', 'glossa-timeline', 'glossa-quiz'].map((tag) => el(tag, { key: tag }))
        : [];
    // A new element for each change of article: a widget loads its article once.
    const key = attributes.widget + ' ' + attributes.articleUrl;
    return el(options.tags[attributes.widget], { key, ...elementAttributes(attributes) }, ...children);
  }

  function articleControls(attributes, setAttributes) {
    return [
      el(
        MediaUploadCheck,
        { key: 'media' },
        el(MediaUpload, {
          allowedTypes: ['application/json'],
          value: attributes.articleId,
          onSelect: (media) => setAttributes({ articleId: media.id, articleUrl: media.url }),
          render: ({ open }) =>
            el(
              Button,
              { variant: 'secondary', onClick: open },
              attributes.articleId
                ? __('Replace the article file', 'glossa')
                : __('Choose an article file (JSON)', 'glossa'),
            ),
        }),
      ),
      el(TextControl, {
        key: 'url',
        label: __('or its URL', 'glossa'),
        type: 'url',
        value: attributes.articleUrl,
        onChange: (articleUrl) => setAttributes({ articleUrl, articleId: 0 }),
      }),
    ];
  }

  function attributeControls(attributes, setAttributes) {
    const selects = Object.keys(options.attributes)
      .filter((name) => valuesFor(name, attributes.widget).length > 0)
      .map((name) =>
        el(SelectControl, {
          key: name,
          label: name,
          value: attributes[name],
          options: [{ value: '', label: __('default', 'glossa') }].concat(
            valuesFor(name, attributes.widget).map((value) => ({ value, label: value })),
          ),
          onChange: (value) => setAttributes({ [name]: value }),
        }),
      );
    return selects.concat(
      el(SelectControl, {
        key: 'lang',
        label: __('language', 'glossa'),
        value: attributes.lang,
        options: [{ value: '', label: __("the page's", 'glossa') }].concat(
          options.languages.map((code) => ({ value: code, label: code })),
        ),
        onChange: (lang) => setAttributes({ lang }),
      }),
    );
  }

  function Edit({ attributes, setAttributes }) {
    const sidebar = el(
      InspectorControls,
      { key: 'sidebar' },
      el(PanelBody, { title: __('Article', 'glossa') }, articleControls(attributes, setAttributes)),
      el(
        PanelBody,
        { title: __('Widget', 'glossa') },
        el(SelectControl, {
          label: __('widget', 'glossa'),
          value: attributes.widget,
          options: Object.keys(options.tags).map((value) => ({ value, label: WIDGET_LABELS[value] })),
          onChange: (widget) => setAttributes({ widget }),
        }),
        attributeControls(attributes, setAttributes),
      ),
    );
    const body = attributes.articleUrl
      ? preview(attributes)
      : el(
          Placeholder,
          {
            icon: 'welcome-learn-more',
            label: __('Glossa', 'glossa'),
            instructions: __('Choose the article file made in Glossa Studio, or give its URL.', 'glossa'),
          },
          articleControls(attributes, setAttributes),
        );
    return el('div', useBlockProps(), sidebar, body);
  }

  blocks.registerBlockType('glossa/widget', { edit: Edit, save: () => null });
})(window.wp.blocks, window.wp.blockEditor, window.wp.components, window.wp.element, window.wp.i18n);
