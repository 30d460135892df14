/** The names QTI 3.0 gives things, written and read by this format. */
export const QTI_NAMESPACE = 'http://www.imsglobal.org/xsd/imsqtiasi_v3p0';
export const QTI_SCHEMA_LOCATION = `${QTI_NAMESPACE} https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd`;
export const CONTENT_PACKAGE_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The standard response processing templates, which a player grades by without reading rules. */
const TEMPLATES = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates';
export const MATCH_CORRECT = `${TEMPLATES}/match_correct.xml`;
export const MAP_RESPONSE = `${TEMPLATES}/map_response.xml`;

export const RESPONSE = 'RESPONSE';
export const SCORE = 'SCORE';
export const MAX_SCORE = 'MAXSCORE';
/** The outcome that says which feedback shows: the chosen choices' ids, and `EXPLANATION`. */
export const FEEDBACK = 'FEEDBACK';
export const EXPLANATION = 'EXPLANATION';
/** A test's outcomes: whether the candidate passed, and the pass mark it was measured against. */
export const PASS = 'PASS';
export const PASS_PERCENT = 'PASS_PERCENT';

export const ITEM_RESOURCE = 'imsqti_item_xmlv3p0';
export const TEST_RESOURCE = 'imsqti_test_xmlv3p0';
