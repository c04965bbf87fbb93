/**
 * The world's other actors for the synthetic corpus: countries with their adjective and capital,
 * venues, the parts organization names are made of, news outlets, and the role titles of the
 * people affiliated with each kind. The constraints on every list: ../vocabulary.ts.
 */

/** Countries with the adjective and capital the text uses; the capital is an alias ("Moscow"). */
export const COUNTRIES: ReadonlyArray<{ name: string; adjective: string; capital: string; aliases?: string[] }> = [
  { name: 'Ukraine', adjective: 'Ukrainian', capital: 'Kyiv', aliases: ['Ukrainians'] },
  { name: 'Russia', adjective: 'Russian', capital: 'Moscow', aliases: ['Russian Federation', 'Russians'] },
  { name: 'United States', adjective: 'American', capital: 'Washington', aliases: ['U.S.'] },
  { name: 'Poland', adjective: 'Polish', capital: 'Warsaw' },
  { name: 'Germany', adjective: 'German', capital: 'Berlin' },
  { name: 'France', adjective: 'French', capital: 'Paris' },
  { name: 'Italy', adjective: 'Italian', capital: 'Rome' },
  { name: 'United Kingdom', adjective: 'British', capital: 'London', aliases: ['Britain'] },
  { name: 'Turkey', adjective: 'Turkish', capital: 'Ankara' },
  { name: 'Finland', adjective: 'Finnish', capital: 'Helsinki' },
  { name: 'Estonia', adjective: 'Estonian', capital: 'Tallinn' },
  { name: 'Latvia', adjective: 'Latvian', capital: 'Riga' },
  { name: 'Lithuania', adjective: 'Lithuanian', capital: 'Vilnius' },
  { name: 'Romania', adjective: 'Romanian', capital: 'Bucharest' },
  { name: 'Hungary', adjective: 'Hungarian', capital: 'Budapest' },
  { name: 'Slovakia', adjective: 'Slovak', capital: 'Bratislava' },
  { name: 'Czech Republic', adjective: 'Czech', capital: 'Prague' },
  { name: 'Moldova', adjective: 'Moldovan', capital: 'Chisinau' },
  { name: 'Belarus', adjective: 'Belarusian', capital: 'Minsk' },
  { name: 'Sweden', adjective: 'Swedish', capital: 'Stockholm' },
  { name: 'Norway', adjective: 'Norwegian', capital: 'Oslo' },
  { name: 'Denmark', adjective: 'Danish', capital: 'Copenhagen' },
  { name: 'Netherlands', adjective: 'Dutch', capital: 'Amsterdam' },
  { name: 'Spain', adjective: 'Spanish', capital: 'Madrid' },
  { name: 'Saudi Arabia', adjective: 'Saudi', capital: 'Riyadh' },
  { name: 'Qatar', adjective: 'Qatari', capital: 'Doha' },
  { name: 'China', adjective: 'Chinese', capital: 'Beijing' },
  { name: 'India', adjective: 'Indian', capital: 'New Delhi' },
  { name: 'Japan', adjective: 'Japanese', capital: 'Tokyo' },
  { name: 'Switzerland', adjective: 'Swiss', capital: 'Bern' },
  { name: 'Austria', adjective: 'Austrian', capital: 'Vienna' },
  { name: 'Canada', adjective: 'Canadian', capital: 'Ottawa' },
  { name: 'Kazakhstan', adjective: 'Kazakh', capital: 'Astana' },
  { name: 'Azerbaijan', adjective: 'Azerbaijani', capital: 'Baku' },
  { name: 'Armenia', adjective: 'Armenian', capital: 'Yerevan' },
  { name: 'Brazil', adjective: 'Brazilian', capital: 'Brasilia' },
];

/** Venues that are not capitals (talks are often held on neutral ground). */
export const VENUES: readonly string[] = [
  'Geneva',
  'Istanbul',
  'Jeddah',
  'Abu Dhabi',
  'Munich',
  'Davos',
  'Anchorage',
  'Palm Beach',
  'Lausanne',
  'Salzburg',
  'Gdansk',
  'Odesa',
  'Lviv',
  'Kharkiv',
  'St. Petersburg',
  'Sochi',
  'Antalya',
  'Brussels',
];

/** Organization names are assembled from these parts: "Baltic Security Council" (BSC). */
export const ORGANIZATION_PARTS = {
  regions: [
    'Atlantic',
    'Baltic',
    'Nordic',
    'Eastern',
    'Continental',
    'Black Sea',
    'Danube',
    'Carpathian',
    'Caspian',
    'Adriatic',
    'Arctic',
    'Central European',
  ],
  domains: [
    'Security',
    'Energy',
    'Trade',
    'Defense',
    'Policy',
    'Reconstruction',
    'Humanitarian',
    'Strategy',
    'Development',
    'Peace',
  ],
  bodies: ['Council', 'Institute', 'Forum', 'Agency', 'Commission', 'Alliance', 'Foundation', 'Initiative', 'Centre', 'Office'],
} as const;

/** News outlets: the articles' publishers, and media actors the text cites. */
export const OUTLETS: readonly string[] = [
  'Meridian Post',
  'Harbor Herald',
  'Continental Dispatch',
  'Evening Ledger',
  'Northern Courier',
  'Global Wire Service',
  'Capital Chronicle',
  'Daily Sentinel',
  'Atlas Review',
  'Eastern Monitor',
  'Public Record',
  'Weekly Observer',
  'Signal News',
  'Frontline Report',
  'Lantern Press',
  'Compass Radio',
  'Summit Daily',
  'Keystone Journal',
  'Bridge Network',
  'Horizon Broadcasting',
  'Pioneer Gazette',
  'Open Forum Magazine',
  'Crossroads Bulletin',
  'Quarterly Affairs',
];

/** Role titles of people affiliated with a country; `{adj}` is the country's adjective. */
export const COUNTRY_ROLES: readonly string[] = [
  '{adj} foreign minister',
  '{adj} president',
  '{adj} prime minister',
  '{adj} defense minister',
  '{adj} national security adviser',
  '{adj} ambassador to the United Nations',
  '{adj} deputy foreign minister',
  'chief {adj} negotiator',
  '{adj} presidential spokesman',
  '{adj} special envoy',
  '{adj} energy minister',
  '{adj} finance minister',
  'senior {adj} lawmaker',
  '{adj} opposition leader',
  'head of the {adj} delegation',
];

/** Role titles of people affiliated with an organization; `{org}` is its name. */
export const ORGANIZATION_ROLES: readonly string[] = [
  'director of the {org}',
  'senior fellow at the {org}',
  'spokesperson for the {org}',
  'head of the {org}',
  'analyst at the {org}',
  'deputy director of the {org}',
];

/** Role titles of people affiliated with an outlet; `{org}` is its name. */
export const MEDIA_ROLES: readonly string[] = ['correspondent for the {org}', 'host at the {org}', 'editor at the {org}'];
