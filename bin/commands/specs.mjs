/**
 * Every command of `glossa` and its options, said once: `readArguments` parses a command's arguments
 * from its entry, and `--help` prints it, so an option cannot be accepted without being listed. This
 * module loads nothing else, so `glossa --help` stays instant.
 *
 * An option with a `value` takes one (`--name value` or `--name=value`); without, it is a switch. A
 * `repeat` option gathers every value given into a list.
 */

/** The widgets `glossa render` writes. */
export const RENDERED_WIDGETS = ['quiz', 'explainer', 'timeline', 'whos-who'];

/** The question-bank formats of `glossa import` and `export`, as src/formats/index.ts registers them. */
export const FORMAT_NAMES = ['gift', 'aiken', 'csv', 'qti'];

const out = (what) => ({ flags: ['-o', '--out'], name: 'out', value: '<file>', text: what });

export const COMMANDS = [
  {
    name: 'validate',
    synopsis: '<file>...',
    summary:
      'Check article JSON files. Prints "file: path: message" for each problem and exits with 1, or prints "file: OK" for each valid file and exits with 0.',
    options: [],
  },
  {
    name: 'schema',
    synopsis: '',
    summary: 'Print the JSON Schema of the article model (article.schema.json).',
    options: [],
  },
  {
    name: 'render',
    synopsis: '<file> --widget <name> [--attribute <name=value>]... [--page | --oembed <url>]',
    summary:
      'Print the widget as HTML with declarative shadow DOM, ready before any JavaScript runs, with the article as inline JSON for the browser to take over.',
    options: [
      { flags: ['--widget'], name: 'widget', value: '<name>', text: `${RENDERED_WIDGETS.join(', ')}.` },
      {
        flags: ['--attribute'],
        name: 'attributes',
        value: '<name=value>',
        repeat: true,
        text: "An attribute of the widget's tag, checked against its documented attributes and values; give one --attribute for each.",
      },
      {
        flags: ['--page'],
        name: 'page',
        text: 'A whole page around the widget, to serve as it is and frame in a CMS that takes no script: it tells the framing page its height, for embed-resizer.js there.',
      },
      {
        flags: ['--script'],
        name: 'script',
        value: '<url>',
        text: "With --page: the hydration bundle's address; glossa-hydrate.js on unpkg otherwise.",
      },
      {
        flags: ['--oembed'],
        name: 'oembed',
        value: '<url>',
        text: 'Print instead the oEmbed JSON of the page at <url> (one --page wrote, or embed.html?src=…): the frame and the resizer, for hosts that discover embeds.',
      },
      {
        flags: ['--resizer'],
        name: 'resizer',
        value: '<url>',
        text: "With --oembed: embed-resizer.js's address; unpkg's otherwise.",
      },
      {
        flags: ['--height'],
        name: 'height',
        value: '<px>',
        text: "With --oembed: the frame's starting height, the widget's own (the Studio's Publish measures it), so the page around it does not move when it shows; about a first screen of the widget otherwise.",
      },
    ],
  },
  {
    name: 'draft',
    synopsis: '<file>|- [options]',
    summary:
      'Draft an article model from a .txt, .md, .html or .docx file (- reads standard input), on this machine: prints its JSON; what it drafted and what to check go to standard error.',
    options: [
      {
        flags: ['--lang'],
        name: 'lang',
        value: '<tag>',
        text: "The text's language, when not the one it seems to be.",
      },
      { flags: ['--published'], name: 'published', value: '<YYYY-MM-DD>', text: 'The date of publication.' },
      { flags: ['--id'], name: 'id', value: '<id>', text: "The article's id; made from its title otherwise." },
    ],
  },
  {
    name: 'import',
    synopsis: '<file> [options]',
    summary:
      'Read a question bank, GIFT (.gift), Aiken (.txt), CSV (.csv) or QTI (.xml, or an unpacked package folder), and print an article holding its quiz. What is not kept goes to standard error, naming the question.',
    options: [
      {
        flags: ['--format'],
        name: 'format',
        value: '<name>',
        text: `${FORMAT_NAMES.join(', ')}; told from the file otherwise (a .txt is Aiken when it has Aiken's shape).`,
      },
      {
        flags: ['--article'],
        name: 'article',
        value: '<article.json>',
        text: 'An article whose quiz the imported one replaces; without it, an article is made for the quiz alone.',
      },
      { flags: ['--id'], name: 'id', value: '<id>', text: "The made article's id; from the file's name otherwise." },
      { flags: ['--lang'], name: 'lang', value: '<tag>', text: "The made article's language; en otherwise." },
    ],
  },
  {
    name: 'export',
    synopsis: '<file> --format <name> [-o <file>]',
    summary:
      "Write the article's quiz in a question-bank format; what the format cannot carry goes to standard error, naming the question.",
    options: [
      { flags: ['--format'], name: 'format', value: '<name>', text: `${FORMAT_NAMES.join(', ')}.` },
      out('Where to write it, instead of standard output; a folder for qti, which writes several files.'),
    ],
  },
  {
    name: 'seal',
    synopsis: '<file> [options] | --open <file> --key <key.json> [-o <file>]',
    summary:
      "Seal the quiz's answer key: right answers as salted hashes, explanations and feedback encrypted, so they are not readable in the page. --open gives back the article as it was, from its key file.",
    options: [
      out('Where to write the article, instead of standard output.'),
      {
        flags: ['--key'],
        name: 'key',
        value: '<key.json>',
        text: 'The key file: written when sealing (keep it, do not publish it), read with --open.',
      },
      {
        flags: ['--salt'],
        name: 'salt',
        value: '<salt>',
        text: 'A fixed salt of 22 or more base64url characters, so one article seals to the same bytes; random otherwise.',
      },
      { flags: ['--open'], name: 'open', value: '<file>', text: 'The sealed article to open with --key.' },
    ],
  },
  {
    name: 'package',
    synopsis: '<file> --scorm12|--scorm2004|--cmi5 [options]',
    summary:
      "Write a zip a learning platform (LMS) imports: the article's quiz on a launch page that reports answers, score, pass or fail and completion, and resumes where the learner left (SCORM's suspend data, cmi5's state).",
    options: [
      { flags: ['--scorm12'], name: 'scorm12', text: 'SCORM 1.2.' },
      { flags: ['--scorm2004'], name: 'scorm2004', text: 'SCORM 2004 4th edition.' },
      { flags: ['--cmi5'], name: 'cmi5', text: "cmi5, reporting by xAPI to the platform's learning record store." },
      out('Where to write the zip; <id>-<standard>.zip otherwise.'),
      {
        flags: ['--widget'],
        name: 'widget',
        value: 'quiz',
        text: 'The widget to package: a quiz, the one that reports.',
      },
      { flags: ['--theme'], name: 'theme', value: '<name>', text: 'light, dark, auto or contrast.' },
      {
        flags: ['--lang'],
        name: 'lang',
        value: '<tag>',
        text: "The language of the quiz's own strings; the article's otherwise.",
      },
      {
        flags: ['--activity-base'],
        name: 'activityBase',
        value: '<url>',
        text: 'With --cmi5: where the ids of the course and its quiz start, an https:// address of yours; https://glossa.invalid/xapi otherwise.',
      },
    ],
  },
  {
    name: 'studio',
    synopsis: '[options]',
    summary: 'Serve Glossa Studio on 127.0.0.1, print its address and open it in the browser.',
    options: [
      { flags: ['--port'], name: 'port', value: '<n>', text: 'The port to serve on; a free one otherwise.' },
      { flags: ['--no-open'], name: 'noOpen', text: 'Print the address without opening a browser.' },
    ],
  },
];

/** The entry of the command called `name`, or undefined. */
export const commandSpec = (name) => COMMANDS.find((command) => command.name === name);
