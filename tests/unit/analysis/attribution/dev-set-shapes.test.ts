/**
 * Shapes of the development set's quotes left without their speaker or given a wrong one (issue 21, tenth round):
 * words quoted from a court's document (src/analysis/attribution/court-documents.ts); the first of two people named
 * together speaks for both, and "they" or "the two senators" stand for them (referents.ts); "USA Today" is a paper
 * (names.ts); "the airline" is the body named before it or no speaker (definite-body-speakers.ts); a quote in brackets in the reporter's sentence is its named subject's (speaker-rules.ts). The tables are in
 * tests/fixtures/analysis/attribution/dev-set-shapes.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/dev-set-shapes.yaml');
