/**
 * Shapes that gave a wrong speaker more often than a right one on PolNeAR train give none ("a wrong speaker is worse
 * than none"), through the whole analysis; the table is tests/fixtures/analysis/attribution/wrong-speaker-abstentions.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/wrong-speaker-abstentions.yaml');
