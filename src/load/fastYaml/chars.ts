/** The characters the fast YAML path reads by code (charCodeAt), named once for every part of it. */
export const NEWLINE = 10;
export const SPACE = 32;
export const DOUBLE_QUOTE = 34;
export const HASH = 35;
export const PERCENT = 37;
export const SINGLE_QUOTE = 39;
export const COMMA = 44;
export const DASH = 45;
export const DOT = 46;
export const COLON = 58;
export const OPEN_SEQ = 91;
export const CLOSE_SEQ = 93;
export const OPEN_MAP = 123;
export const CLOSE_MAP = 125;
