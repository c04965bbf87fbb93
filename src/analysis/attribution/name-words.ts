/**
 * Word lists the name finder reads capitalised words with: titles written before a name, words
 * that make a name an organisation or a place, and the world's country names. Lists of kinds of
 * words, not of particular people: nothing here knows who anyone is.
 */

/** Capitalised titles written before a person's name ("Deputy Foreign Minister Anna Petrova"). */
export const TITLE_WORDS = new Set(
  `President Vice Prime Minister Ministers Deputy Foreign Defence Defense Finance Interior Home Health Justice Economy Trade
  Secretary Secretary-General State General Gen Lt Col Maj Capt Adm Sgt Cpl Pvt Brig Senator Sen Representative Rep
  Reps Congressman Congresswoman Governor Gov Mayor Judge Justice Chief Executive Officer Chancellor Ambassador Envoy
  Special Spokesman Spokeswoman Spokesperson Director Chairman Chairwoman Chair Speaker Leader Majority Minority Whip
  Commissioner King Queen Prince Princess Pope Cardinal Archbishop Bishop Father Sheikh Emir Crown Dr Mr Mrs Ms Miss
  Mx Prof Professor Attorney Solicitor Former Acting Interim Assistant Sir Dame Lord Lady Rabbi Imam Coach Sergeant
  Colonel Captain Major Lieutenant Admiral Marshal Premier Commander Supreme Field Staff Sheriff Detective Inspector
  Superintendent Constable Officer Agent Pastor Reverend Rev Deacon Ayatollah Grand Mufti Patriarch Councillor
  Councilman Councilwoman Alderman Assemblyman Assemblywoman Delegate Lawmaker MP MEP Chancellor Treasurer Auditor
  Comptroller Advocate Counsel Presiding Magistrate Baroness Baron Duke Duchess Earl Countess Viscount Hon Honourable
  Honorable Dean Provost Rector Principal Founder Co-founder CEO CFO COO CTO Chairperson Vice-President Vice-Chairman
  Sen. Rep. Gov. Gen. Lt. Col. Maj. Capt. Adm. Sgt. Dr. Mr. Mrs. Ms. Prof. Rev. Hon. Gens. Sens.`.split(/\s+/u),
);

/** Titles that say the person's sex, for agreement with "he" and "she". */
export const MALE_TITLES = new Set(
  'Mr Mr. King Prince Sir Lord Father Sheikh Emir Baron Duke Earl Viscount Congressman Councilman Assemblyman Chairman Spokesman Alderman'.split(
    ' ',
  ),
);
export const FEMALE_TITLES = new Set(
  'Mrs Mrs. Ms Ms. Miss Queen Princess Dame Lady Baroness Duchess Countess Congresswoman Councilwoman Assemblywoman Chairwoman Spokeswoman'.split(
    ' ',
  ),
);

/** Words that make a capitalised phrase an organisation ("the Ministry of Defence", "Apple Inc"). */
export const ORGANIZATION_WORDS = new Set(
  `Ministry Department Office Council Committee Commission Agency Party Army Forces Force Command Corp Corp. Corporation
  Inc Inc. Ltd Ltd. LLC Plc PLC Co. Company Group Bank Banks University College School Institute Foundation
  Association Union Court Courts Police Service Services Times Post News Journal Tribune Herald Telegraph Guardian Gazette
  Network Television TV Radio Press Media Administration Government Parliament Senate Congress House Assembly Organization
  Organisation Authority Authorities Board Bureau Center Centre Fund Campaign Movement Alliance Coalition Federation
  League Club Team Navy Guard Fleet Corps Brigade Battalion Division Regiment Front Cabinet Secretariat Embassy Consulate
  Mission Directorate Inspectorate Tribunal Chamber Exchange Reserve Treasury Pentagon Kremlin Diocese Hospital
  Clinic Partners Holdings Industries Airlines Airways Motors Systems Technologies Labs Laboratories Pharmaceuticals
  Energy Oil Gas Electric Networks Communications Securities Insurance Group International Institute Society
  Council Caucus Bloc Junta Taliban Hamas Hezbollah Police Prosecutors Prosecutor's Office's Nations Union`.split(/\s+/u),
);

/** Words that make a capitalised phrase a place or a thing, never a person ("Black Sea", "Wall Street"). */
export const PLACE_WORDS = new Set(
  `York Hampshire Jersey Mexico Dakota Angeles Vegas Orleans Rouge Moines Aires Janeiro Aviv Kong Dhabi Lumpur Delhi Sea Ocean River Lake Street Square Avenue Road Bridge Island Islands Mountains Mountain Valley City County State States
  Province Region Republic Kingdom Strip Gulf Peninsula Airport Station Stadium Hall Palace Tower Park Hill Coast Bay
  Desert Canal Port Harbour Harbor Border Oblast District Territory Territories Emirates Federation Plaza Building Centre
  Center Base Prison Village Town Capital Heights Plains Basin Delta Cape East West North South Eastern Western Northern
  Southern Central Middle Upper Lower Day Week Month Year Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
  February March April May June July August September October November December Act Bill Law Treaty Accord Accords Plan
  Agreement Deal Summit Conference Forum Olympics Games Cup War Revolution Christmas Easter Ramadan Eid Covid COVID Brexit
  Sciences Science Affairs Relations Security Studies Rights Resources Development Environment Education Transport Culture
  Technology Policy Welfare Pensions Housing Agriculture Fisheries Veterans Internet Web Twitter Facebook Instagram YouTube TikTok Telegram WhatsApp Google Apple Microsoft Amazon`.split(
    /\s+/u,
  ),
);

/** Words that are never part of a name, whatever their case at a sentence's start. */
export const NEVER_NAME_WORDS = new Set(
  `The A An And But Or So Yet Nor For In On At By To Of From With After Before During While When Where Since Although Though
  If As Later Earlier Meanwhile Instead Still Now Then Also Even Only Both Either Neither Many Some This That These Those It
  He She They We I You His Her Their Our Its My Your Asked Standing According Under Over Despite Amid Why How What Who
  Yes No Not There Here Speaking Writing Addressing Meeting Today Tomorrow Yesterday Last Next Such Every Each All Most
  Several Few Another Other Others Mr Mrs Ms Nobody Everybody Somebody Anybody Anyone Everyone Someone Noone`.split(/\s+/u),
);

/** Demonyms and short forms that stand for a country in titles ("Russian President", "US envoy"). */
export const COUNTRY_ADJECTIVES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    us: 'united states',
    'u.s.': 'united states',
    usa: 'united states',
    american: 'united states',
    america: 'united states',
    uk: 'united kingdom',
    'u.k.': 'united kingdom',
    british: 'united kingdom',
    britain: 'united kingdom',
    russian: 'russia',
    ukrainian: 'ukraine',
    french: 'france',
    german: 'germany',
    italian: 'italy',
    chinese: 'china',
    japanese: 'japan',
    indian: 'india',
    israeli: 'israel',
    iranian: 'iran',
    turkish: 'turkey',
    polish: 'poland',
    spanish: 'spain',
    canadian: 'canada',
    mexican: 'mexico',
    brazilian: 'brazil',
    saudi: 'saudi arabia',
    egyptian: 'egypt',
    syrian: 'syria',
    iraqi: 'iraq',
    afghan: 'afghanistan',
    pakistani: 'pakistan',
    korean: 'korea',
    'north korean': 'north korea',
    'south korean': 'south korea',
    australian: 'australia',
    dutch: 'netherlands',
    belgian: 'belgium',
    swedish: 'sweden',
    finnish: 'finland',
    norwegian: 'norway',
    danish: 'denmark',
    hungarian: 'hungary',
    czech: 'czechia',
    greek: 'greece',
    palestinian: 'palestine',
    lebanese: 'lebanon',
    qatari: 'qatar',
    emirati: 'united arab emirates',
    european: 'europe',
    belarusian: 'belarus',
    georgian: 'georgia',
    estonian: 'estonia',
    latvian: 'latvia',
    lithuanian: 'lithuania',
    romanian: 'romania',
    moldovan: 'moldova',
    serbian: 'serbia',
    swiss: 'switzerland',
    austrian: 'austria',
    irish: 'ireland',
    nigerian: 'nigeria',
    kenyan: 'kenya',
    'south african': 'south africa',
    venezuelan: 'venezuela',
    colombian: 'colombia',
    argentine: 'argentina',
    cuban: 'cuba',
    taiwanese: 'taiwan',
    vietnamese: 'vietnam',
    thai: 'thailand',
    kremlin: 'russia',
  }),
);

/** The world's country and region names in English, from the runtime's own data (no list to maintain). */
export const COUNTRY_NAMES: ReadonlySet<string> = (() => {
  const names = new Set<string>();
  const display = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const first of letters) {
    for (const second of letters) {
      const name = display.of(first + second);
      if (name && name !== first + second) names.add(name);
    }
  }
  names.delete('Unknown Region');
  for (const extra of [
    'Gaza',
    'West Bank',
    'Crimea',
    'Donbas',
    'Donbass',
    'Kosovo',
    'Palestine',
    'Scotland',
    'Wales',
    'England',
  ]) {
    names.add(extra);
  }
  return names;
})();

/**
 * Capitals and seats of power that stand for their governments ("Moscow said", "Washington
 * warned"), and news media and pollsters known by one word: none of them is a surname.
 */
export const SPEAKING_PLACES_AND_MEDIA = new Set(
  `Washington Moscow Kyiv Kiev Beijing London Paris Berlin Brussels Tehran Pyongyang Seoul Tokyo Ankara Damascus Baghdad
  Kabul Islamabad Delhi Jerusalem Riyadh Cairo Rome Madrid Ottawa Canberra Havana Caracas Minsk Warsaw Budapest Vienna
  Geneva Doha Dubai Taipei Hanoi Manila Jakarta Bangkok Nairobi Lagos Pretoria Brasilia Athens Stockholm Oslo Copenhagen
  Helsinki Dublin Lisbon Amsterdam Prague Bucharest Sofia Belgrade Zagreb Tbilisi Yerevan Baku Tashkent Astana Beirut Amman
  Tripoli Tunis Algiers Rabat Khartoum Kinshasa Harare Dakar Accra Bogota Lima Santiago Quito Westminster Whitehall Downing
  Brussels Strasbourg Luxembourg Albany Sacramento Austin Tallahassee Springfield Annapolis Richmond Atlanta Boston Chicago
  Houston Dallas Miami Denver Phoenix Seattle Detroit Philadelphia Baltimore Hollywood Pentagon Kremlin Politico Axios
  Reuters Bloomberg Breitbart Vox Slate Gawker BuzzFeed Mediaite Salon Newsweek Forbes Fortune Quinnipiac Gallup Rasmussen
  Ipsos YouGov Nielsen Twitter Facebook Google Apple Amazon Microsoft Netflix Uber Tesla Boeing Airbus Amtrak Walmart
  Interfax Tass TASS Xinhua RIA Ukrinform Yonhap Kyodo Haaretz Ynet Axel Fox CNN MSNBC NPR PBS AP AFP BBC Sky Telegraph
  Guardian Times Post Herald Tribune Journal Independent Observer Economist Spiegel Figaro Monde Pravda Izvestia Kommersant
  Vedomosti Meduza Wikileaks WikiLeaks Hamas Hezbollah Taliban Likud Fatah Alabama Alaska Arizona Arkansas California
  Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
  Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee
  Texas Utah Vermont Virginia Wisconsin Wyoming Manhattan Brooklyn Queens Bronx Harlem Chicago Toronto Montreal Vancouver
  Sydney Melbourne Mumbai Shanghai Istanbul Kharkiv Odesa Odessa Lviv Donetsk Luhansk Mariupol Bakhmut Crimea Gaza Rafah
  Kherson Zaporizhzhia Sevastopol Aleppo Mosul Raqqa Idlib Homs Benghazi Sanaa Aden Tehran Whenever Whatever Wherever
  Whoever However Therefore Thus Hence Otherwise Nevertheless Nonetheless Moreover Furthermore Besides Perhaps Maybe
  Sometimes Often Never Always Again Once Almost Already Just Even Quite Rather Please Thank Thanks Well Oh Hey Sure Okay
  Because Unless Whether Unlike Like Given Including One Two Three Four Five Ten Republican Republicans Democrat Democrats
  Democratic Independent Conservative Conservatives Liberal Liberals Labour Tory Tories Socialist Communist Progressive
  Evangelical Catholic Muslim Jewish Christian Protestant God Lord Jesus`.split(/\s+/u),
);
