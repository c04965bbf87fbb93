/**
 * Quotes that went without a speaker on PolNeAR train (issue 21, third round), through the whole analysis
 * (src/analysis/analyze-article.ts): a military title before a name ("said Army Capt. Lena Marchetti"), a pronoun
 * after a "To X," opener. The tables are in tests/fixtures/analysis/attribution/no-speaker-causes.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/no-speaker-causes.yaml');
