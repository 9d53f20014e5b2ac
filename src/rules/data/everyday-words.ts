/*
 * Everyday words of current American English that dictionary-en lacks and a law firm writes to
 * clients about their matters: money and work (a crypto account in a divorce, a sportsbook's
 * records, timecards in a wage claim), devices and the internet (a dashcam video, a geofence
 * warrant, cyberstalking), getting around and housing. Our own list of words in general use, as
 * current general dictionaries and news style spell them; closed and hyphenated forms only where
 * that is the common spelling. No texting shorthand or slang spellings ("pls", "ur", "thx"): the
 * checker is right to question those in a firm's message.
 */
export const EVERYDAY_WORDS: readonly string[] = [
  // Money, payments and betting.
  'chargeback',
  'chargebacks',
  'crypto',
  'sportsbook',
  'sportsbooks',
  // Work and school.
  'bartending',
  'caregiving',
  'homeschool',
  'homeschooled',
  'jobsite',
  'jobsites',
  'offboarding',
  'telework',
  'timecard',
  'timecards',
  // Devices, the internet and what is done with them.
  'bodycam',
  'bodycams',
  'chatbot',
  'chatbots',
  'cyberattack',
  'cyberattacks',
  'cyberbullying',
  'cybersecurity',
  'cyberstalker',
  'cyberstalking',
  'dashcam',
  'dashcams',
  // Who makes the calls a TCPA claim is about (dictionary-en knows "robocall").
  'robocaller',
  'robocallers',
  'doxxing',
  'fillable',
  'geofence',
  'geofencing',
  'geolocation',
  'livestream',
  'livestreamed',
  'livestreaming',
  'livestreams',
  'passcode',
  'passcodes',
  'sextortion',
  'touchless',
  'unfollow',
  // Getting around, travel and housing.
  'rebook',
  'rebooked',
  'rebooking',
  'rideshares',
  'ridesharing',
  'townhome',
  'townhomes',
  // Paying for care.
  'copays',
];
