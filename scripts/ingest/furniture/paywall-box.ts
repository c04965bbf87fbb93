import type { LineVerdict, SourceLine } from './classify.ts';
import type { RuleInfo } from './rule.ts';
import { isProse, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 33, written on the development half only: a paywall's box printed between the story's
 * first paragraph, shown as its preview, and the same paragraph printed again where the story goes on
 * (round 32's newspaper: “Read this article for free:”, an offer, its price, bullet points, buttons, the
 * terms). Each line of the box is short and says nothing the story says; what gives the box away is the
 * paragraph printed on both sides of it, with a call to subscribe or log in between. classify.ts applies
 * it last, after the line model.
 */

/** A line of a paywall's box between a paragraph and its second printing. */
export const PAYWALL_BOX: RuleInfo = {
  name: 'paywall-box',
  kind: 'boilerplate',
  description:
    'a paywall’s box between the story’s first paragraph, shown as its preview, and the same paragraph printed again: its offer, price, buttons and terms',
  origin: 'issue 25, round 33: a newspaper’s paywall box under its preview (development half)',
};

/** The fewest words of the paragraph printed on both sides. */
const PARAGRAPH_MIN_WORDS = 15;
/** The most lines of a box, and the most words of one of its lines. */
const BOX_MAX_LINES = 25;
const BOX_LINE_MAX_WORDS = 45;
/** A paywall's call: to subscribe, or to log in to an account. */
const ACCESS_CALL = /\bsubscri(?:be|ption|ber)|\b(?:log|sign)\s*in\b/iu;

/** Sets aside the lines between a paragraph and its second printing, when they hold a paywall's call. */
export function markPaywallBox(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const texts = lines.map((line) => line.text.trim());
  for (let i = 0; i < texts.length; i++) {
    if (wordCount(texts[i]!) < PARAGRAPH_MIN_WORDS || !isProse(texts[i]!)) continue;
    const again = texts.indexOf(texts[i]!, i + 2);
    if (again < 0 || again - i - 1 > BOX_MAX_LINES) continue;
    const box = texts.slice(i + 1, again);
    if (box.some((text) => wordCount(text) > BOX_LINE_MAX_WORDS) || !box.some((text) => ACCESS_CALL.test(text))) continue;
    for (let k = i + 1; k < again; k++) if (verdicts[k]!.role === 'body') verdicts[k] = { role: 'furniture', rule: PAYWALL_BOX };
    return;
  }
}
