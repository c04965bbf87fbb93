/**
 * News media, pollsters and companies known by one capitalised word ("Reuters reported", "Gallup
 * found", "Boeing said"). The name finder (`attribution/names.ts`) never takes one of them for a
 * surname. Newspaper words that make a phrase an organisation ("Times", "Post", "Guardian") are
 * organisation words instead (`organization-words.ts`).
 */
import { wordList } from './word-list.ts';

/** News agencies, papers, broadcasters, sites and pollsters, as written (case matters: "Tass" and "TASS"). */
export const NEWS_MEDIA_AND_POLLSTERS: readonly string[] = wordList(`
AFP
AP
Axel
Axios
BBC
Bloomberg
Breitbart
BuzzFeed
CNN
Economist
Figaro
Forbes
Fortune
Fox
Gallup
Gawker
Haaretz
Interfax
Ipsos
Izvestia
Kommersant
Kyodo
Mediaite
Meduza
Monde
MSNBC
Newsweek
Nielsen
NPR
Observer
PBS
Politico
Pravda
Quinnipiac
Rasmussen
Reuters
RIA
Salon
Sky
Slate
Spiegel
TASS
Tass
Ukrinform
Vedomosti
Vox
WikiLeaks
Wikileaks
Xinhua
Ynet
Yonhap
YouGov
`);

/** Companies known by one word. */
export const COMPANIES: readonly string[] = wordList(`
Airbus
Amtrak
Boeing
Netflix
Tesla
Uber
Walmart
`);

/**
 * The big web companies and their platforms. The name finder reads a phrase with one of them as
 * it reads a place ("Google Maps", "Twitter Spaces": no person), not as an organisation: that is
 * how it read them before the lexicon was gathered, and reading them as organisations would make
 * "Google said" a speaker where the analysis finds none today.
 */
export const ONLINE_PLATFORMS: readonly string[] = wordList(`
Amazon
Apple
Facebook
Google
Instagram
Microsoft
Telegram
TikTok
Twitter
WhatsApp
YouTube
`);
