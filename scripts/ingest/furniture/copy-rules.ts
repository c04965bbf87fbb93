import { ACCESS_COPY_RULES } from './copy-access-rules.ts';
import { APPEAL_COPY_RULES } from './copy-appeal-rules.ts';
import { BUTTON_COPY_RULES } from './copy-button-rules.ts';
import { BYLINE_COPY_RULES } from './copy-byline-rules.ts';
import { CAPTION_COPY_RULES } from './copy-caption-rules.ts';
import { CLOSING_LINE_COPY_RULES, MESSAGING_CHANNEL_CALL_RULES } from './copy-closing-line-rules.ts';
import { EMBED_COPY_RULES } from './copy-embed-rules.ts';
import { FEED_COPY_RULES } from './copy-feed-rules.ts';
import { PORTAL_COPY_RULES } from './copy-portal-rules.ts';
import { HEADER_LABEL_COPY_RULES } from './copy-header-label-rules.ts';
import { LABEL_COPY_RULES } from './copy-label-rules.ts';
import { LINK_COPY_RULES } from './copy-link-rules.ts';
import { LIVE_PAGE_COPY_RULES } from './copy-live-page-rules.ts';
import { MENU_COPY_RULES } from './copy-menu-rules.ts';
import { NOTICE_COPY_RULES } from './copy-notice-rules.ts';
import { PAGE_NOTICE_COPY_RULES } from './copy-page-notice-rules.ts';
import { PROMO_COPY_RULES } from './copy-promo-rules.ts';
import type { LineRule } from './rule.ts';
import { THREAD_COPY_RULES } from './copy-thread-rules.ts';
import { WIRE_COPY_RULES } from './copy-wire-rules.ts';
import { SITE_CHROME_COPY_RULES } from './copy-site-chrome-rules.ts';
import { PAGE_FOOTER_COPY_RULES } from './copy-page-footer-rules.ts';

/**
 * Line rules for the chrome an editor pastes along with a story copied from a page (issue 25):
 * a caption that ends in its photo credit, a wire service's credit line, a promo that ends in a
 * call to action, a "follow our coverage at …" line. Each is written from the general shape of
 * its kind, not from the strings of one outlet, and names a line only when the shape is
 * unmistakable; line-rules.ts puts them in its table, before `photo-credit`. The rules live in
 * modules by kind (copy-caption-rules.ts, copy-promo-rules.ts, copy-byline-rules.ts,
 * copy-embed-rules.ts, copy-link-rules.ts, copy-thread-rules.ts, copy-button-rules.ts, copy-label-rules.ts,
 * copy-notice-rules.ts, copy-page-notice-rules.ts, copy-header-label-rules.ts, copy-closing-line-rules.ts); this table fixes the order they
 * are tried in (the first that matches names the line).
 */

const [
  captionWithCredit,
  bracketedCredit,
  agencyFramedCaption,
  captionPlacingPeople,
  courtesyCredit,
  bracketedCreditLabel,
  captionAgencyCode,
  captionBracketedCredit,
  nameOutletCredit,
  agencyCodesCredit,
  stationCredit,
] = CAPTION_COPY_RULES;
const [
  promoCallToAction,
  followCoverage,
  lettersInvitation,
  promoOffer,
  contactNote,
  registrationBox,
  donationAppeal,
  followAppeal,
  disclosureNote,
  paywallGreeting,
] = PROMO_COPY_RULES;
const [wireCreditLine, labelledMeta, gluedByline, handlesOnly, emailOnly, bylineReadingTime, authorBoxHeading] =
  BYLINE_COPY_RULES;
const [postSignature, videoTitleDuration, postWithSignature, moreSectionLink, runningTimeLabel, picturePostSignature] =
  EMBED_COPY_RULES;
// Round 6's rules, tried after the rules above.
const [linkBoxLabel, nextStoryLabel, capitalsMediaLink, slashedTagList, commentPrompts, commentTerms, commentInvitation] =
  LINK_COPY_RULES;
// Round 7's rules.
const [commentCount, accountOnNetwork, shareAppeal, bracketedHandle, holdingsNote, pictureNounCaption] = THREAD_COPY_RULES;
// Round 8's rules, tried after round 7's.
const [
  pictureButton,
  shareCount,
  likeAppeal,
  commentCall,
  unsubscribePrint,
  nextLabelRunIn,
  roleAtOutlet,
  signUpOffer,
  pictureByCredit,
  cardCallRunIn,
] = BUTTON_COPY_RULES;

/** The copy rules, in the order line-rules.ts tries them. */
export const COPY_RULES = [
  captionWithCredit,
  bracketedCredit,
  postSignature,
  wireCreditLine,
  promoCallToAction,
  followCoverage,
  agencyFramedCaption,
  captionPlacingPeople,
  labelledMeta,
  gluedByline,
  lettersInvitation,
  promoOffer,
  handlesOnly,
  videoTitleDuration,
  postWithSignature,
  courtesyCredit,
  emailOnly,
  bylineReadingTime,
  bracketedCreditLabel,
  moreSectionLink,
  captionAgencyCode,
  captionBracketedCredit,
  contactNote,
  registrationBox,
  donationAppeal,
  nameOutletCredit,
  agencyCodesCredit,
  stationCredit,
  followAppeal,
  disclosureNote,
  paywallGreeting,
  authorBoxHeading,
  runningTimeLabel,
  picturePostSignature,
  linkBoxLabel,
  nextStoryLabel,
  capitalsMediaLink,
  slashedTagList,
  commentPrompts,
  commentTerms,
  commentInvitation,
  commentCount,
  accountOnNetwork,
  shareAppeal,
  bracketedHandle,
  holdingsNote,
  pictureNounCaption,
  pictureButton,
  shareCount,
  likeAppeal,
  commentCall,
  unsubscribePrint,
  nextLabelRunIn,
  roleAtOutlet,
  signUpOffer,
  pictureByCredit,
  cardCallRunIn,
  // Round 9's labels, then round 13's and round 17's notices, tried last.
  ...LABEL_COPY_RULES,
  ...NOTICE_COPY_RULES,
  ...PAGE_NOTICE_COPY_RULES,
  // Round 20's header labels, then round 23's closing lines, round 24's live pages' lines, round 25's feeds' lines,
  // round 26's portals' lines, round 27's menus' and paywalls' lines, round 28's appeals' and transcripts' lines,
  // round 29's paywalls' notes and empty bylines' words, round 31's wires' names and editions' notes, round 32's
  // sites' chrome (a looping ticker, a logo's label, a sign-up sentence, a site's note about itself), round 35's
  // pages' footers and buttons (a comment box's call, a read counter, previous/next links, an advertisement slot…).
  ...HEADER_LABEL_COPY_RULES,
  ...CLOSING_LINE_COPY_RULES,
  ...LIVE_PAGE_COPY_RULES,
  ...FEED_COPY_RULES,
  ...PORTAL_COPY_RULES,
  ...MENU_COPY_RULES,
  ...APPEAL_COPY_RULES,
  ...ACCESS_COPY_RULES,
  ...WIRE_COPY_RULES,
  ...SITE_CHROME_COPY_RULES,
  ...PAGE_FOOTER_COPY_RULES,
  // Round 38's call to the outlet's messaging channel in any language, after round 26's English promo.
  ...MESSAGING_CHANNEL_CALL_RULES,
] as const satisfies readonly LineRule[];
