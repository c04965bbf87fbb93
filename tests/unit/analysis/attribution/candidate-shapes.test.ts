/**
 * Who can be a speaker, in shapes that gave no speaker or a wrong one on PolNeAR train (issue 21, second round), through
 * the whole analysis (src/analysis/analyze-article.ts): a wire dateline is no source, "Having announced" is no person,
 * and the subjects the candidate finder and the subject reader (src/analysis/attribution/subjects.ts) now read. The
 * tables are in tests/fixtures/analysis/attribution/candidate-shapes.yaml, written afresh.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/candidate-shapes.yaml');
