/**
 * Quotes whose right speaker was never a candidate on PolNeAR train (issue 21, fourth round: candidate generation), through
 * the whole analysis (src/analysis/analyze-article.ts), one `describe` per class the rules now read. Made-up text throughout;
 * the speaker is `slug*` for a provisional person, or null.
 */
import { describe, expect, test } from 'vitest';
import { speakerOfLastQuote } from '../../../helpers/last-quote-speaker.ts';

describe('an infinitive speech verb before the quote is not its verb', () => {
  test('"would like X to further explain …" leaves the quote to the subject of "said"', () => {
    expect(
      speakerOfLastQuote([
        'Dana Whitlock said she would like Voss to further explain his plan, but there is “no question” he is “the stronger of the two.”',
      ]),
    ).toBe('dana-whitlock*');
  });
  test('"went on to say" leaves the quote to the subject of the verb before it', () => {
    expect(
      speakerOfLastQuote([
        'Harlan Voss joked that the harbour was his answer, but went on to say, “There are towns here that are among the poorest anywhere.”',
      ]),
    ).toBe('harlan-voss*');
  });
});

describe('the surname of a person the article introduced, also a common word, beside a speech verb', () => {
  test('"said Baron" after "Martin Baron"', () => {
    expect(
      speakerOfLastQuote([
        'In a statement released by Editor-in-Chief Martin Baron, the plans were set out.',
        '“This candidate is unlike any we have seen before,” said Baron.',
      ]),
    ).toBe('martin-baron*');
  });
  test('"Paris, who …, said" after "Jeremy Paris"', () => {
    expect(
      speakerOfLastQuote([
        'Jeremy Paris runs the host committee.',
        '“You get your house ready for a party,” Paris, who used to work in the Senate, said about the work.',
      ]),
    ).toBe('jeremy-paris*');
  });
});

describe('a comma hands a whole-sentence quote to the clause before it, with no speech verb', () => {
  test('"X reacted skeptically to the deal, “I am …”"', () => {
    expect(
      speakerOfLastQuote([
        'Dana Whitlock, the commission’s head of refugees, reacted skeptically to the new deal, “I am concerned about any plan that sends everyone back.”',
      ]),
    ).toBe('dana-whitlock*');
  });
  test('"During …, X cracked, “…”" after an opening phrase', () => {
    expect(
      speakerOfLastQuote([
        'During their first debate, Harlan Voss cracked, “I am a builder, but a builder who finishes things.”',
      ]),
    ).toBe('harlan-voss*');
  });
  test('not past a subordinate clause whose subject cannot be read', () => {
    expect(speakerOfLastQuote(['Once, Harlan Voss circled the trawler as his friends jeered, “Goodbye!”'])).toBeNull();
  });
  test('not to a body that names the people who spoke', () => {
    expect(speakerOfLastQuote(['Eastfield College fans also chanted, “Build a bridge.”'])).toBeNull();
  });
  test('not a quote that goes on the sentence in lower case', () => {
    expect(speakerOfLastQuote(['Harlan Voss, the governor, met the delegates, “who were tired.”'])).toBeNull();
  });
});

describe('the speech verb that ends the quote’s sentence, its speaker after it or after a title', () => {
  test('"“…” if …, said X, an analyst"', () => {
    expect(
      speakerOfLastQuote([
        '“Many would call that an embarrassment” if she did not win by more than that, said Dana Whitlock, an elections analyst.',
      ]),
    ).toBe('dana-whitlock*');
  });
  test('"“…” would be right, Republican candidate X said"', () => {
    expect(
      speakerOfLastQuote([
        '“Boots on the ground” would be appropriate, Republican candidate Harlan Voss said after the attacks.',
      ]),
    ).toBe('harlan-voss*');
  });
  test('not a pronoun after the verb ("…, said he")', () => {
    expect(speakerOfLastQuote(['“Many would call that a loss” if it came to pass, said he.'])).toBeNull();
  });
});

describe('a plural source with no determiner before its speech verb', () => {
  test('"that Border Patrol agents described …" is an unnamed source', () => {
    expect(
      speakerOfLastQuote(['Tunnels are so common in the area that Border Patrol agents described the ground as “Swiss cheese.”']),
    ).toBe('“Border Patrol agents”');
  });
  test('"Law enforcement sources said …" opening the sentence', () => {
    expect(speakerOfLastQuote(['Law enforcement sources said the man was “very calm” when he was arrested.'])).toBe(
      '“Law enforcement sources”',
    );
  });
  test('not a plural noun before a participle that is no speech: the writer before it goes on speaking', () => {
    expect(
      speakerOfLastQuote([
        'Dana Whitlock wrote that superdelegates currently pledged to Voss may reconsider.',
        '“A win in the west would show his weakness as a candidate.”',
      ]),
    ).toBe('dana-whitlock*');
  });
});

describe('a quote opening its paragraph after a paragraph that ends with a colon', () => {
  test('"X argued that:" then a paragraph of quote', () => {
    expect(
      speakerOfLastQuote(['Dana Whitlock argued that:', '“The country is mostly rural and most of the victims are farmers.”']),
    ).toBe('dana-whitlock*');
  });
  test('"X then listed the qualities a nominee needs:" then a quoted question', () => {
    expect(
      speakerOfLastQuote([
        'Harlan Voss then listed the qualities a nominee needs:',
        '“Does the candidate keep the same positions on important issues?”',
      ]),
    ).toBe('harlan-voss*');
  });
});
