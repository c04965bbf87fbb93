/**
 * The word lists of the line rules, one entry a line: the labels, buttons and phrases of page
 * furniture that a rule in line-rules.ts recognises, and the months and photo agencies its shared
 * patterns (line-patterns.ts) are built from. Entries are regular-expression pieces, matched
 * without regard to case unless a list says otherwise; a new label goes into its list here.
 */

/** Month names as dates write them, whole or cut short ("Jan", "Sept"); case matters. */
export const MONTH_NAMES = [
  'Jan(?:uary)?',
  'Feb(?:ruary)?',
  'Mar(?:ch)?',
  'Apr(?:il)?',
  'May',
  'June?',
  'July?',
  'Aug(?:ust)?',
  'Sep(?:t(?:ember)?)?',
  'Oct(?:ober)?',
  'Nov(?:ember)?',
  'Dec(?:ember)?',
];

/** Photo agencies and wire services, as photo credits name them. */
export const AGENCIES = [
  'Reuters',
  'AP',
  'AP Photo',
  'Associated Press',
  'AFP',
  'Agence France-Presse',
  'Getty Images',
  'Getty',
  'Shutterstock',
  'EPA',
  'EPA-EFE',
  'Alamy(?: Stock Photo)?',
  'Bloomberg',
  'Sipa(?: USA)?',
  'Pool',
  'NurPhoto',
  'ZUMA(?: Press| Wire)?',
  'Anadolu(?: Agency)?',
  'dpa',
  'Xinhua',
  'SOPA Images',
  'Redux',
  'PA(?: Images| Wire| Media)?',
  'Rex(?: Features)?',
  'Corbis',
  'Supplied',
  'TASS',
  'Sputnik',
  'Kremlin Pool',
  'Handout',
  'Press Service',
  'UPI',
  'Tribune News Service',
  'The New York Times',
  'Washington Post',
  'Imagn',
  'USA TODAY',
  'LightRocket',
];

/** Buttons of a share bar, run together or apart ("FacebookTwitterEmail"): the `share-bar` rule. */
export const SHARE_BUTTONS = [
  'share(?: this(?: article| story| page)?)?(?: on| via)?',
  'tweet',
  'facebook',
  'twitter',
  'linkedin',
  'whatsapp',
  'e-?mail',
  'print',
  'reddit',
  'pinterest',
  'messenger',
  'telegram',
  'copy(?: the)? link',
  'link copied',
  'save(?: article| story)?',
  'gift(?: this)? article',
  'flipboard',
  'bluesky',
  'threads',
  'sms',
  'pocket',
];

/** Labels of menus, buttons and links of a site ("keep readingShow less"): the `navigation-label` rule. */
export const NAVIGATION_LABELS = [
  'home',
  'was this (?:article|story|page) (?:helpful|useful)\\??',
  'menu',
  'search',
  'skip to (?:main )?content',
  'skip to navigation',
  'sign in',
  'log in',
  'log out',
  'sign out',
  'register',
  'my account',
  'open menu',
  'close menu',
  'close',
  'back to top',
  'toggle navigation',
  'main menu',
  'navigation',
  'sections',
  'all sections',
  'next',
  'previous',
  'prev',
  'more',
  'less',
  'show more',
  'show less',
  'keep reading',
  'continue reading',
  'read more',
  'load more',
  'see more',
  'view more',
  'read full (?:story|article)',
  'expand',
  'collapse',
  'go to top',
  'top of page',
];

/** What introduces a link to another story ("Read More: …", "Lire aussi : …"): the `related-link` rule. */
export const RELATED_LINK_LEADS = [
  'read (?:more|also|next)',
  'also read',
  'see also',
  'related(?: (?:story|article|coverage|content|video))?',
  'more (?:on this|from us)',
  'recommended',
  'watch',
  'listen',
  'lire aussi',
  'à lire aussi',
  'lire',
  'leer más',
  'lea también',
];

/** Headings of a box of other stories ("More from …", "Most read"): the `related-heading` rule. */
export const RELATED_HEADINGS = [
  'related(?: (?:articles|stories|coverage|content|topics|posts))?',
  String.raw`more (?:from|on|in) [\w .'’&-]+`,
  'more (?:stories|news|coverage|to read)',
  'you (?:may|might) (?:also )?like',
  'recommended(?: for you| stories| reading)?',
  'most (?:read|popular|viewed|shared|commented)',
  'trending(?: now| stories)?',
  'latest(?: news| stories| headlines)?',
  'top stories',
  "editor'?s picks",
  '(?:what to )?read next',
  'read more',
  'more coverage',
  'around the web',
  'explore more on these topics',
  'sponsored(?: content| stories| links)?',
  'from our partners',
  '(?:in|more) other news',
  "don['’]t miss",
];

/** Labels around an advertisement ("Advertisement", "Story continues below advertisement"): the `advertisement-label` rule. */
export const ADVERTISEMENT_LABELS = [
  'advertisement',
  'advertising',
  'ad',
  'ads',
  'sponsored',
  'promoted',
  'paid (?:post|content)',
  'partner content',
  'supported by',
  'story continues (?:below|after) (?:this )?advert(?:isement)?',
  '(?:article|story) continues (?:below|after)(?: (?:this |the |a )?(?:advert(?:isement)?|sponsorship|sponsor message|ad|message))?',
  'continue reading (?:the main story|below)',
  'skip advert(?:isement)?',
  'scroll to continue with content',
  'report this ad',
  String.raw`(?:powered|presented|sponsored|brought to you) by [\w .&'’-]{2,40}`,
];

/** The text of a video or audio player ("JUST WATCHED", "0:45", "4 min read"): the `video-marker` rule. */
export const PLAYER_LABELS = [
  'video',
  'play video',
  'watch video',
  'now playing',
  'up next',
  'replay',
  'more videos',
  'must watch',
  'just watched',
  String.raw`video player is loading\.?`,
  'press play to (?:listen|watch).*',
  String.raw`listen to (?:this )?(?:article|story)(?:\s*\d+ min(?:ute)?s?)?`,
  'listen',
  'audio',
  String.raw`\d{1,2}:\d{2}(?::\d{2})?`,
  String.raw`\d+ min(?:ute)?s? (?:read|listen)`,
];

/** Phrases of a cookie notice, anywhere in a line ("We use cookies…"): the `cookie-notice` rule. */
export const COOKIE_PHRASES = [
  'we use cookies',
  '(?:site|website) uses cookies',
  'cookie (?:policy|settings|preferences)',
  'accept (?:all )?cookies',
  'manage (?:cookies|consent)',
  'by continuing to (?:browse|use this (?:site|website)),? you (?:agree|accept|consent)',
];

/** Buttons and links of a consent banner ("Accept all", "Privacy Policy"): the `cookie-notice` rule. */
export const CONSENT_BUTTONS = [
  'accept all',
  'reject all',
  'i agree',
  'got it',
  'manage preferences',
  'cookie settings',
  'privacy policy',
  'terms of (?:use|service)',
  'do not sell my (?:personal )?info(?:rmation)?',
];

/** Kinds of embed a label names before a colon ("Map: …", "Video: …"): the `media-label` rule. */
export const MEDIA_LABELS = [
  'map',
  'chart',
  'graphic',
  'graphics',
  'infographic',
  'interactive',
  'video',
  'videos',
  'watch',
  'photos',
  'gallery',
  'slideshow',
  'audio',
  'podcast',
];
