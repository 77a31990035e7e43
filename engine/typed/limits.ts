/**
 * The longest typed reply the reader takes, in UTF-16 code units after trimming. One turn of a phone call
 * is a few sentences (the longest bundled reply is under 200 characters); the cap also bounds the
 * analyzer's work between a keystroke and its feedback.
 */
export const MAX_TYPED_CHARS = 1000;
