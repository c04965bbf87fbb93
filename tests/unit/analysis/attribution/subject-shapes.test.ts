/**
 * The subject of a quote's speech verb in shapes that went wrong on PolNeAR train (issue 21), through the whole
 * analysis (src/analysis/analyze-article.ts): "Ramirez, 58, told Reuters", a registered name inside a capitalised
 * title, a relative clause between subject and verb, "when asked", a title with no known title word. The tables
 * are in tests/fixtures/analysis/attribution/subject-shapes.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/subject-shapes.yaml');
