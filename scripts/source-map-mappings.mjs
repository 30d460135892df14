/**
 * A source map's `mappings` string (base64 VLQ, source map revision 3) to and from absolute numbers:
 * one array per generated line, of segments `[column, source, line, column, name?]`, all 0-based.
 */

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const CONTINUES = 32;

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & (CONTINUES - 1)) << shift;
    if (digit & CONTINUES) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(number) {
  let value = number < 0 ? (-number << 1) | 1 : number << 1;
  let text = '';
  do {
    const digit = value & (CONTINUES - 1);
    value >>>= 5;
    text += BASE64[value ? digit | CONTINUES : digit];
  } while (value);
  return text;
}

/** Each value is stored relative to the one before it; the generated column restarts on every line. */
export function decodeMappings(mappings) {
  const last = [0, 0, 0, 0, 0];
  return mappings.split(';').map((line) => {
    last[0] = 0;
    if (line === '') return [];
    return line.split(',').map((segment) => decodeSegment(segment).map((delta, index) => (last[index] += delta)));
  });
}

export function encodeMappings(lines) {
  const last = [0, 0, 0, 0, 0];
  return lines
    .map((segments) => {
      last[0] = 0;
      return segments
        .map((segment) =>
          segment
            .map((value, index) => {
              const delta = value - last[index];
              last[index] = value;
              return encodeValue(delta);
            })
            .join(''),
        )
        .join(',');
    })
    .join(';');
}
