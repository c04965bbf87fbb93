/**
 * The names the copy rules' patterns share (copy-caption-rules.ts, copy-byline-rules.ts): a person's or an
 * organisation's name, and a full name of two words or more.
 */

/** A person's or an organisation's name: one to four capitalised words ("Win McNamee", "Zhejiang Daily"). */
export const NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|al|el|bin))*`;
/** A name of two to five capitalised words: a photographer ("Jane Doe"), not one word ("TCP"). */
export const FULL_NAME = String.raw`\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|de|van|von|der|da|di|al|el|bin)){1,4}`;
