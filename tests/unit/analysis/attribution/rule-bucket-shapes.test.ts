/**
 * Shapes found reading PolNeAR train's wrong speakers by the rule behind them (issue 21, twelfth round): a verb inside
 * the "that" clause of an earlier speech verb, and one in a clause of time after a person's main clause
 * (src/analysis/attribution/nested-cues.ts); a name in the possessive inside its sentence, which does not take "he"
 * over (src/analysis/attribution/referents.ts); the owner of a speech noun before a few quoted words
 * (src/analysis/attribution/cue-speakers.ts). The tables are in tests/fixtures/analysis/attribution/rule-bucket-shapes.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/rule-bucket-shapes.yaml');
