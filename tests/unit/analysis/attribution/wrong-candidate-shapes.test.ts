/**
 * Shapes where a candidate rule proposed one wrong speaker on PolNeAR train, through the whole analysis: a speech verb in
 * a fronted clause (src/analysis/attribution/fronted-clause.ts), a participle's subject inside a that-clause or the owner of a
 * speech noun, an aside's subject read as an apposition, the one spoken to,
 * an introduction with "just" (subjects.ts), a dateline in
 * ordinary case (candidates.ts). The table is
 * tests/fixtures/analysis/attribution/wrong-candidate-shapes.yaml, written afresh.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/wrong-candidate-shapes.yaml');
