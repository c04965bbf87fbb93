/**
 * Who a quote with no verb of its own, or a "he said", goes on with across sentences and paragraphs (issue 21, ninth
 * round): a speech verb inside the clause of another verb of its sentence (src/analysis/attribution/nested-cues.ts)
 * names no one to go on with; the first of two people who speak together speaks for both; a sentence that opens with
 * "he" keeps its person as the subject (src/analysis/attribution/attribute-quotes.ts). The tables are in
 * tests/fixtures/analysis/attribution/discourse-shapes.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/discourse-shapes.yaml');
