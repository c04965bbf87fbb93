/**
 * A longer quote inside the reporter's sentence goes to the sentence's named subject (rule `fragment-subject`), and not
 * when a description, another quote or no verb stands between; the table is
 * tests/fixtures/analysis/attribution/embedded-quotes.yaml.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/embedded-quotes.yaml');
