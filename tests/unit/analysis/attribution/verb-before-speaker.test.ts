/**
 * A speech verb that opens its clause takes the name after it as its subject ("Said Quill, “…”", "But, said Quill,
 * “…”"), through the whole analysis; the table is tests/fixtures/analysis/attribution/verb-before-speaker.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/verb-before-speaker.yaml');
