/**
 * Well-formedness of the XML we write (SVG, JUnit, the handbook as XHTML).
 *
 * fast-xml-parser 5 deprecates its XMLValidator in favour of the separate
 * fast-xml-validator package, which is not a dependency of this project (and
 * the parser's own replacement, `parse(xml, true)`, is deprecated too). Until
 * that package is added, this file is the one place that calls the validator.
 */
import { XMLValidator } from 'fast-xml-parser';

/** `true` when `xml` is well-formed, else the validator's complaint ("message at line L:C"). */
export function xmlProblem(xml: string): true | string {
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- see the file comment: no non-deprecated validator is installed.
  const verdict = XMLValidator.validate(xml);
  return verdict === true ? true : `${verdict.err.msg} at line ${verdict.err.line}:${verdict.err.col}`;
}
