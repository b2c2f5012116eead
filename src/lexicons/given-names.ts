/**
 * Short forms of English given names, each mapped to its one usual full form, so that "Mike
 * Bloomberg" (in a quotation) and "Michael R. Bloomberg" (in the outlet's voice) are one person
 * (real NYT copy, BASIL 472158a1: the two full names made the bare "Bloomberg" nobody's).
 *
 * Source: compiled for Parallax from common English usage; only short forms with one usual full
 * form are listed ("Chris", "Alex", "Pat", "Sam", "Rick", "Steve" stand for several and are left
 * out). Licence: MIT, as the project.
 */
export const givenNameShortForms: Readonly<Record<string, string>> = {
  mike: 'michael', mikey: 'michael', bill: 'william', billy: 'william', will: 'william',
  bob: 'robert', bobby: 'robert', rob: 'robert', jim: 'james', jimmy: 'james', joe: 'joseph',
  tom: 'thomas', tommy: 'thomas', chuck: 'charles', dick: 'richard', ted: 'edward',
  dan: 'daniel', danny: 'daniel', dave: 'david', ben: 'benjamin', matt: 'matthew',
  nick: 'nicholas', andy: 'andrew', jeff: 'jeffrey', greg: 'gregory', larry: 'lawrence',
  ken: 'kenneth', ron: 'ronald', don: 'donald', liz: 'elizabeth', beth: 'elizabeth',
  betsy: 'elizabeth', mitch: 'mitchell', newt: 'newton', tony: 'anthony', jerry: 'gerald',
  fred: 'frederick', ed: 'edward', frank: 'francis', hank: 'henry', harry: 'harold',
  jack: 'john', johnny: 'john', peggy: 'margaret', meg: 'margaret', sue: 'susan',
  nate: 'nathan', ray: 'raymond', russ: 'russell', tim: 'timothy', vince: 'vincent',
  walt: 'walter', doug: 'douglas', phil: 'philip', pete: 'peter', jen: 'jennifer', jenny: 'jennifer',
  // Issue 13 (real HuffPost copy, BASIL b4dbeda7: HuffPost's "Bibi Netanyahu" and the Times'
  // "Benjamin Netanyahu" were two actors): common short forms of other languages news prints too,
  // and more English ones with one usual full form.
  bibi: 'benjamin', bernie: 'bernard', becky: 'rebecca', debbie: 'deborah', patti: 'patricia',
  patty: 'patricia', barb: 'barbara', kenny: 'kenneth', jimmie: 'james',
};
