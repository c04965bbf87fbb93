import type { LineRule } from './rule.ts';
import { wordCount } from './text-shape.ts';

/**
 * Copy rules of issue 25, round 23, written on the development half only (round 22's misses), each
 * from the shape of a line a page prints around its story: a broadcaster's label over its teasers
 * naming its own site (“ALSO POPULAR ON KAGSTV.COM”), a monitoring or wire service's copyright line
 * (“BBC Monitoring. Copyright BBC.”), and the labels of an embed view's codes (“Copy and paste this URL
 * into your WordPress site to embed”). A line is taken only when it is the label and nothing else;
 * copy-rules.ts puts them in its table after the rules of round 20. Rounds 37 and 38 add a contact line
 * ending on an address and a call to the outlet's messaging channel, in any language.
 */

/** Words of a label over a box of other stories: “Also popular”, “Trending”, “Most read”, “More stories”. */
const TEASER_LABEL_WORDS = String.raw`(?:also\s+)?(?:popular|trending|most\s+(?:read|viewed|popular|shared)|more\s+stories|top\s+stories|recommended|more)`;

/** A teaser box's label naming the outlet's own site by its address: “ALSO POPULAR ON KAGSTV.COM”, “More from wtop.com”. */
const SITE_TEASER_LABEL = new RegExp(
  String.raw`^${TEASER_LABEL_WORDS}\s+(?:on|from|at)\s+(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|tv|news|co\.uk|com\.au|ca|ie)\s*:?$`,
  'iu',
);

/**
 * A service's copyright line, short: “Copyright” and the holder's name in capitals, maybe after the
 * service's own name as a sentence (“BBC Monitoring. Copyright BBC.”, “Copyright Press Association.”).
 * “Copyright” must open the line or follow such a name, so a sentence about a copyright is no match.
 */
const SERVICE_COPYRIGHT = new RegExp(
  String.raw`^(?:(?:\p{Lu}[\p{L}&'’-]*\s+){0,3}\p{Lu}[\p{L}&'’-]*\.\s+)?(?:Copyright|COPYRIGHT)\s+(?:©\s*)?(?:\d{4}\s+)?` +
    String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{N}&'’.-]*){0,4}\.?$`,
  'u',
);

/** An embed view's label for one of its codes: “Copy and paste this URL into your WordPress site to embed”. */
const EMBED_CODE_LABEL =
  /^copy\s+(?:and\s+paste\s+)?(?:this|the)\s+(?:url|code|link|html|embed\s+code)\b[^.!?]{0,60}\bto\s+embed\b[^.!?]{0,30}\.?$/i;

/**
 * A contact line that ends on an e-mail address with no final stop, short, with a label before the
 * address (“For communications and reports: news@radio.example”, “Tips: desk@paper.example”). The page
 * protects addresses as “[email protected]”, so that counts too. A sentence that names an address
 * (“… or e-mail tips@city.gov.”) ends on a stop and stays.
 */
const CONTACT_ADDRESS_LINE = /^[^.!?]{0,80}:\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email\s+protected\])$/u;

/** A messaging app, in Latin or Cyrillic letters: “Telegram”, “WhatsApp”, “Viber”, “телеграм”, “вотсап”. */
const MESSAGING_APP_ANY_SCRIPT = String.raw`(?:whats\s?app|telegram|viber|телеграм+|вотсап|ватсап|вайбер)`;

/** A channel in some languages: “channel”, “канал”, “chaîne”, “canal”, “Kanal”, “kanaal”, “kanał”. */
const CHANNEL_NOUN = String.raw`(?:channels?|канал[\p{L}]*|chaîne|canal|kanal|kanaal|kanał)`;

/** The app and its channel within three words of each other, in either order (“Telegram channel”, “канале ОСН в Telegram”). */
const MESSAGING_CHANNEL = new RegExp(
  String.raw`(?<!\p{L})(?:${MESSAGING_APP_ANY_SCRIPT}[\s-]+(?:\S+\s+){0,3}?${CHANNEL_NOUN}|${CHANNEL_NOUN}\s+(?:\S+\s+){0,3}?${MESSAGING_APP_ANY_SCRIPT})(?!\p{L})`,
  'iu',
);

/** A call to the reader in some languages: join, follow, subscribe (“Присоединяйтесь”, “Abonnez-vous”, “Síguenos”). */
const READER_CALL =
  /(?<!\p{L})(?:join|follow|subscribe|присоединяйтесь|подписывайтесь|подпишитесь|rejoignez|abonnez|suivez|únete|suscríbete|síguenos|folgen|abonnieren)(?!\p{L})/iu;

/** The rules, in the order copy-rules.ts tries them. */
export const CLOSING_LINE_COPY_RULES = [
  {
    name: 'site-teaser-label',
    kind: 'teaser',
    description: 'a teaser box’s label naming the outlet’s own site by its address (“ALSO POPULAR ON KAGSTV.COM”)',
    origin: 'issue 25, round 23: a broadcaster’s teaser label after the story (round 22’s half, now development)',
    test: (text) => SITE_TEASER_LABEL.test(text.trim()),
  },
  {
    name: 'service-copyright',
    kind: 'boilerplate',
    description: 'a service’s copyright line, “Copyright” and its holder (“BBC Monitoring. Copyright BBC.”)',
    origin: 'issue 25, round 23: a monitoring service’s story on a trade magazine (round 22’s half, now development)',
    test: (text) => SERVICE_COPYRIGHT.test(text.trim()),
  },
  {
    name: 'embed-code-label',
    kind: 'navigation',
    description: 'an embed view’s label for one of its codes (“Copy and paste this URL into your WordPress site to embed”)',
    origin: 'issue 25, round 23: a city magazine’s embed view (round 22’s half, now development)',
    test: (text) => EMBED_CODE_LABEL.test(text.trim()),
  },
  {
    name: 'contact-address-line',
    kind: 'credit',
    description: 'a labelled contact line ending on an e-mail address, no final stop (“For reports: news@radio.example”)',
    origin: 'issue 25, round 37: a source’s contact line after a translated story (round 36’s half, now development)',
    test: (text) => CONTACT_ADDRESS_LINE.test(text.trim()),
  },
] as const satisfies readonly LineRule[];

/**
 * Round 38's call to the outlet's messaging channel, tried after every other copy rule, so the English promo
 * of round 26 (copy-portal-rules.ts, “messaging-channel-promo”) keeps the lines it takes.
 */
export const MESSAGING_CHANNEL_CALL_RULES = [
  {
    name: 'messaging-channel-call',
    kind: 'newsletter',
    description:
      'a short line naming the outlet’s channel on a messaging app and calling the reader to it, in any language ' +
      '(“More news on our Telegram channel. Join us!”, “… в телеграм канале … Присоединяйтесь!”)',
    origin: 'issue 25, round 38: a Russian news service’s call closing its story (round 37’s half, now development)',
    test: (text) => {
      const trimmed = text.trim();
      if (wordCount(trimmed) > 30 || /[“”"«»„]/u.test(trimmed) || !MESSAGING_CHANNEL.test(trimmed)) return false;
      return /!$/u.test(trimmed) || READER_CALL.test(trimmed);
    },
  },
] as const satisfies readonly LineRule[];
