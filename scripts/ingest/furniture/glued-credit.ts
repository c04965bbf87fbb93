import { isRunningProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 27 (with section-guards.ts): round 26 lost a summary whose picture's credit the page
 * had run into its start (“Photo: ABC The council has …”), taken by `photo-credit`, which reads a
 * credit's label at a line's start. line-rules.ts asks this before it takes such a line.
 */

/** A picture's credit label, an agency's code in capitals, then a capitalised word: “Photo: ABC The …”. */
const LABEL_CODE_THEN_TEXT =
  /^(?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph|[Ff]oto|PHOTO|IMAGE)s?\s*:\s*[\p{Lu}\d]{2,10}(?:\/[\p{Lu}\d]{2,10})*\s+(?<rest>\p{Lu}\p{Ll}.*)$/u;

/**
 * A credit glued to the start of running prose: the label and an agency's code, then 25 words or more
 * holding a whole sentence and more (a summary whose picture's credit the page ran into it). A
 * caption has its credit at one end and describes a picture in a sentence or two; this is the story's.
 */
export function isCreditGluedToProse(text: string): boolean {
  const rest = LABEL_CODE_THEN_TEXT.exec(text.trim())?.groups?.rest;
  return rest !== undefined && wordCount(rest) >= 25 && isRunningProse(rest);
}
