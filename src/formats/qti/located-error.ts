import { FormatSyntaxError } from '../types.js';
import type { XmlElement } from '../../shared/xml/xml-node.js';

/**
 * A fault at `node` of the file `source` (a package's file, by its path; undefined for the file given
 * alone), so that a fault in one of a package's items names the item's file as well as the place in it.
 */
export function faultAt(source: string | undefined, node: XmlElement, message: string): FormatSyntaxError {
  const { line, column } = node.at ?? { line: 1, column: 1 };
  return new FormatSyntaxError(source === undefined ? message : `${source}: ${message}`, line, column);
}
