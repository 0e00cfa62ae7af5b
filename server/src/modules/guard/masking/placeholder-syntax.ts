/**
 * What a placeholder looks like, shared by the vault (which writes and reserves them), the streaming
 * restorer and the whole-text restorer, which must agree exactly on what counts as one.
 *
 * Written form: `[<label>_<n>]`. Accepted back from a model: either bracket may be full-width (`［ ］`),
 * and up to two spaces may sit just inside each bracket (`[ 이메일_1 ]`), which models produce when
 * they copy a placeholder. Anything looser (spaces around `_`, leading zeros) is left as written.
 */

export const openingBrackets = '[［';
export const closingBrackets = ']］';
/** Space, no-break space and the ideographic space that Korean input methods type next to full-width text. */
export const innerSpaces = ' \u00a0\u3000';
/** Bounded so the streaming restorer never has to hold back more than a placeholder's length. */
export const maximumInnerSpaces = 2;

/** `number` may be the digits as read from text, kept as a string so a huge literal stays exact. */
export function formatPlaceholder(label: string, number: number | string): string {
  return `[${label}_${number}]`;
}

/** The part between the brackets, `이메일_1` for `[이메일_1]`. */
export function placeholderCore(placeholder: string): string {
  return placeholder.slice(1, -1);
}

/** A regular-expression character class matching any one of the characters. */
export function characterClassOf(characters: string): string {
  return `[${characters.replace(/[\\\]^[-]/g, '\\$&')}]`;
}
