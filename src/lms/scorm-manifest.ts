import type { ScormVersion } from './scorm-dialect.js';
import { serializeXml } from '../shared/xml/serialize-xml.js';
import { element, type XmlElement } from '../shared/xml/xml-node.js';

/** What a package's manifest says of it. */
export interface PackageDescription {
  /** Unique among the platform's packages; an XML name (the article's id, prefixed, is one). */
  readonly identifier: string;
  readonly title: string;
  /** The launch page, relative to the package's root. */
  readonly launch: string;
  /** Every file of the package the launch page uses, the launch page included. */
  readonly files: readonly string[];
}

/** The namespaces and schema versions of each edition's manifest (IMS Content Packaging as ADL profiles it). */
const EDITIONS = {
  '1.2': {
    namespaces: {
      xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': [
        'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
        'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
        'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
      ].join(' '),
    },
    schemaversion: '1.2',
    scormType: 'adlcp:scormtype',
  },
  '2004': {
    namespaces: {
      xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
      'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
      'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
      'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
      'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': [
        'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
        'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
        'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
        'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
        'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
      ].join(' '),
    },
    schemaversion: '2004 4th Edition',
    scormType: 'adlcp:scormType',
  },
} as const;

/**
 * 2004's sequencing, as the defaults a single quiz needs said outright: the learner may choose and
 * flow into it, and only the quiz, not its launch, makes it complete and passed.
 */
const organizationSequencing = () =>
  element('imsss:sequencing', {}, [element('imsss:controlMode', { choice: 'true', flow: 'true' })]);
const itemSequencing = () =>
  element('imsss:sequencing', {}, [
    element('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }),
  ]);

/**
 * `imsmanifest.xml` for a package of one SCO, the quiz: one organization with one item, launching one
 * resource that lists every file of the package.
 */
export function scormManifest(version: ScormVersion, { identifier, title, launch, files }: PackageDescription): string {
  const edition = EDITIONS[version];
  const sequenced = version === '2004';
  const item = element('item', { identifier: 'item', identifierref: 'resource' }, [
    element('title', {}, [title]),
    ...(sequenced ? [itemSequencing()] : []),
  ]);
  const organization = element('organization', { identifier: 'organization' }, [
    element('title', {}, [title]),
    item,
    ...(sequenced ? [organizationSequencing()] : []),
  ]);
  const resource = element(
    'resource',
    { identifier: 'resource', type: 'webcontent', [edition.scormType]: 'sco', href: launch },
    files.map((href) => element('file', { href })),
  );
  const root: XmlElement = element('manifest', { identifier, version: '1', ...edition.namespaces }, [
    element('metadata', {}, [
      element('schema', {}, ['ADL SCORM']),
      element('schemaversion', {}, [edition.schemaversion]),
    ]),
    element('organizations', { default: 'organization' }, [organization]),
    element('resources', {}, [resource]),
  ]);
  return serializeXml(root);
}
