import { serializeXml } from '../shared/xml/serialize-xml.js';
import { element } from '../shared/xml/xml-node.js';

/** What a cmi5 package's course structure says of its one assignable unit, the quiz. */
export interface Cmi5Course {
  /** The course's IRI. */
  readonly courseId: string;
  /** The AU's IRI: the LMS launches the AU with it as `activityId`, the object of its cmi5 statements. */
  readonly auId: string;
  readonly title: string;
  readonly description: string;
  /** The language of the title and description. */
  readonly lang: string;
  /** The launch page, relative to the package's root. */
  readonly url: string;
  /** The scaled score (0 to 1) that passes, the quiz's pass mark. */
  readonly masteryScore: number;
}

/** The namespace of cmi5's course structure (cmi5 "quartz", section 13.1). */
export const CMI5_COURSE_NAMESPACE = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

const langString = (name: string, lang: string, text: string) =>
  element(name, {}, [element('langstring', { lang }, [text])]);

/**
 * `cmi5.xml` of a course of one AU: the LMS counts the AU satisfied once it is completed and passed
 * against the mastery score, and may launch it in any window (the page leaves by its `returnURL`).
 */
export function cmi5CourseStructure({
  courseId,
  auId,
  title,
  description,
  lang,
  url,
  masteryScore,
}: Cmi5Course): string {
  return serializeXml(
    element('courseStructure', { xmlns: CMI5_COURSE_NAMESPACE }, [
      element('course', { id: courseId }, [
        langString('title', lang, title),
        langString('description', lang, description),
      ]),
      element(
        'au',
        { id: auId, moveOn: 'CompletedAndPassed', masteryScore: String(masteryScore), launchMethod: 'AnyWindow' },
        [langString('title', lang, title), langString('description', lang, description), element('url', {}, [url])],
      ),
    ]),
  );
}
