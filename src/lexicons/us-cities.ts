/**
 * The largest cities of the United States, lower case: a name alone that is one of them is a
 * place, not a person, unless a title says otherwise ("Diana Durand of Houston", "a Houston
 * woman": compromise tags "Houston" and "Austin" as people; real NYT and Fox copy, BASIL
 * 33521e65).
 *
 * Source: U.S. Census Bureau, 2020 Census, incorporated places of 350,000 people or more, plus a
 * few regional centres common in national news. Left out on purpose: cities whose name is more
 * often a person's in political news (Lincoln, Madison, Jackson, Charlotte) and Washington (the
 * alias table reads it as the US government). Licence: MIT, as the project; the facts are public
 * domain.
 */
export const usCities: readonly string[] = [
  'new york', 'los angeles', 'chicago', 'houston', 'phoenix', 'philadelphia', 'san antonio',
  'san diego', 'dallas', 'san jose', 'austin', 'jacksonville', 'fort worth', 'columbus',
  'indianapolis', 'san francisco', 'seattle', 'denver', 'nashville', 'oklahoma city', 'el paso',
  'boston', 'portland', 'las vegas', 'detroit', 'memphis', 'louisville', 'baltimore',
  'milwaukee', 'albuquerque', 'tucson', 'fresno', 'sacramento', 'kansas city', 'mesa', 'atlanta',
  'omaha', 'colorado springs', 'raleigh', 'long beach', 'virginia beach', 'miami', 'oakland',
  'minneapolis', 'tulsa', 'bakersfield', 'wichita', 'arlington', 'cleveland', 'pittsburgh',
  'cincinnati', 'st. louis', 'orlando', 'tampa', 'new orleans', 'newark', 'buffalo', 'anchorage',
  'honolulu', 'salt lake city', 'richmond',
];
