/**
 * Who can be a speaker, in shapes that gave no speaker or a wrong one on PolNeAR train in the seventh round (issue 21),
 * through the whole analysis (src/analysis/analyze-article.ts): "Kiran Bastola of Human Rights Watch" is a person
 * (src/analysis/attribution/names.ts), and "she" after a name that gives no sex teaches it (attribute-quotes.ts). The
 * tables are in tests/fixtures/analysis/attribution/seventh-round-shapes.yaml, written afresh.
 */
import { describeLastQuoteSpeakers } from '../../../helpers/last-quote-speaker.ts';

describeLastQuoteSpeakers('analysis/attribution/seventh-round-shapes.yaml');
