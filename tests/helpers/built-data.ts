/**
 * The build's data exports (`dist/data/*.json`), typed as src/outputs/exports.ts writes them, for
 * tests that pick pages and quotes from what the site really published.
 */
import type { ActorExport, EventExport, QuoteExport } from '../../src/outputs/exports.ts';
import { isSpokenQuote, type QuoteKind } from '../../src/schemas/quote.ts';
import { readDistJson } from './dist.ts';

/** The rows of `data/quotes.json`. */
export const builtQuotes = (): QuoteExport[] => readDistJson('data/quotes.json');

/** The quotes that are someone's words (statements and fragments): the ones with a margin note. */
export const builtSpokenQuotes = (): QuoteExport[] => builtQuotes().filter((quote) => isSpokenQuote(quote.kind as QuoteKind));

/** The rows of `data/actors.json`. */
export const builtActors = (): ActorExport[] => readDistJson('data/actors.json');

/** The rows of `data/events.json`. */
export const builtEvents = (): EventExport[] => readDistJson('data/events.json');
