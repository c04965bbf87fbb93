/**
 * A speech verb that opens its clause takes the name after it as its subject ("Said Quill, “…”", "But, said Quill,
 * “…”"), and so does one after words reported before a comma ("…, said Grant Ambler"), through the whole analysis; the
 * table is tests/fixtures/analysis/attribution/verb-before-speaker.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/verb-before-speaker.yaml');
