/**
 * Where a report puts someone among the candidates for a post or a prize: first ("the leading
 * contender", "the front-runner", "his top choice") or one of several ("a finalist", "on the
 * short list", "under consideration"). Issue 11 names "top choice" against "a finalist" as a
 * fact two outlets may disagree on, as they did on Joe Lieberman for F.B.I. director (real Fox
 * and NYT copy, BASIL 72fa9b13: "his leading contender is … Joe Lieberman" against "named …
 * Lieberman … as a finalist"). Bare "favorite" is left out: "his favorite food" ranks nothing.
 *
 * Source: compiled for Parallax from newsroom usage in appointment and race stories. Lower
 * case; a space stands for any run of spaces or a hyphen. Licence: MIT, as the project.
 */
export const standingWords: { first: readonly string[]; oneOfSeveral: readonly string[] } = {
  first: [
    'top choice', 'first choice', 'top pick', 'leading contender', 'leading candidate', 'leading choice',
    'top contender', 'top candidate', 'front runner', 'frontrunner', 'presumptive nominee', 'odds on favorite',
  ],
  oneOfSeveral: [
    'finalist', 'finalists', 'short list', 'shortlist', 'shortlisted', 'under consideration',
    'being considered', 'in the running', 'one of several candidates', 'among the candidates', 'a contender',
  ],
};
