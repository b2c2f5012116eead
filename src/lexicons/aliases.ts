/**
 * Built-in alias table: actors that compromise misses or names inconsistently, and the other
 * names they go by, so that "the Kremlin" and "Moscow" both count as Russia's government and
 * "U.S." and "United States" as one country. A user extends it with `corpus/aliases.json`
 * (same shape; read by src/io/aliases.ts, merged by analyses/actors/alias-table.ts).
 *
 * Source: compiled for Parallax. Country names, short forms and demonyms follow the CIA World
 * Factbook's "Country name" and "Nationality" fields (public domain); capitals follow the
 * Factbook's "Capital" field. Seat-of-government metonyms (Kremlin, White House, Downing
 * Street, Pentagon) follow the AP Stylebook's usage and the wire copy in corpus/. Capitals whose
 * status is disputed (Jerusalem) are left out on purpose: a metonym there would take a side.
 * Licence: MIT, as the project.
 *
 * `aliases` always mean the actor. `metonyms` are place names that mean the actor (a capital
 * for its government) except after a locative preposition ("in Moscow"), where they name the
 * place. `demonyms` are adjectives of nationality: never mentions, used to tell whose title
 * or description a word is ("Russian Foreign Minister").
 */
import type { AliasEntry, AliasTable } from '../model.js';

type Entry = Partial<AliasEntry> & Pick<AliasEntry, 'name' | 'kind'>;

const country = (name: string, aliases: string[], demonyms: string[]): Entry => ({ name, kind: 'country', aliases, demonyms });
const government = (of: string, demonym: string, seats: string[], metonyms: string[]): Entry => ({
  name: `${demonym} government`,
  kind: 'government',
  aliases: [`${demonym} government`, `${demonym} authorities`, ...seats],
  metonyms,
  country: of,
});
const organisation = (name: string, aliases: string[], of: string | null = null): Entry => ({ name, kind: 'organisation', aliases, country: of });

const entries: Entry[] = [
  country('United States', ['US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'], ['American']),
  country('Russia', ['Russian Federation'], ['Russian']),
  country('Ukraine', [], ['Ukrainian']),
  country('United Kingdom', ['UK', 'U.K.', 'Britain', 'Great Britain'], ['British']),
  country('China', ["People's Republic of China", 'PRC'], ['Chinese']),
  country('France', [], ['French']),
  country('Germany', [], ['German']),
  country('Belarus', [], ['Belarusian']),
  country('Poland', [], ['Polish']),
  country('Turkey', ['Türkiye', 'Turkiye'], ['Turkish']),
  country('Iran', [], ['Iranian']),
  country('Israel', [], ['Israeli']),
  country('Syria', [], ['Syrian']),
  country('India', [], ['Indian']),
  country('Japan', [], ['Japanese']),
  country('North Korea', ['DPRK'], ['North Korean']),
  country('South Korea', [], ['South Korean']),

  government('United States', 'US', ['U.S. government', 'American government', 'US administration', 'U.S. administration', 'White House'], ['Washington', 'D.C.']),
  government('Russia', 'Russian', ['Kremlin', 'Russian leadership'], ['Moscow']),
  government('Ukraine', 'Ukrainian', [], ['Kyiv', 'Kiev']),
  government('United Kingdom', 'British', ['UK government', 'U.K. government', 'Downing Street', 'Whitehall'], ['London']),
  government('China', 'Chinese', ['Zhongnanhai'], ['Beijing']),
  government('France', 'French', ['Élysée', 'Elysee'], ['Paris']),
  government('Germany', 'German', [], ['Berlin']),
  government('Belarus', 'Belarusian', [], ['Minsk']),
  government('Poland', 'Polish', [], ['Warsaw']),
  government('Turkey', 'Turkish', [], ['Ankara']),
  government('Iran', 'Iranian', [], ['Tehran']),
  government('Syria', 'Syrian', [], ['Damascus']),
  government('India', 'Indian', [], ['New Delhi']),
  government('Japan', 'Japanese', [], ['Tokyo']),
  government('North Korea', 'North Korean', [], ['Pyongyang']),
  government('South Korea', 'South Korean', [], ['Seoul']),

  organisation('US State Department', ['State Department', 'U.S. State Department', 'Department of State'], 'United States'),
  organisation('US Department of Defense', ['Pentagon', 'Defense Department', 'Department of Defense', 'U.S. Defense Department'], 'United States'),
  organisation('US Congress', ['Congress', 'U.S. Congress'], 'United States'),
  organisation('US House of Representatives', ['House of Representatives', 'U.S. House of Representatives'], 'United States'),
  organisation('CIA', ['Central Intelligence Agency', 'C.I.A.'], 'United States'),
  organisation('FBI', ['Federal Bureau of Investigation', 'F.B.I.'], 'United States'),
  // US institutions and parties of the real Fox/HuffPost/NYT pairs (issue 13), named by AP style in several ways.
  organisation('US Treasury Department', ['Treasury Department', 'Department of the Treasury', 'U.S. Department of the Treasury', 'US Department of the Treasury', 'U.S. Treasury', 'Treasury'], 'United States'),
  organisation('US Department of Justice', ['Justice Department', 'Department of Justice', 'U.S. Justice Department', 'DOJ'], 'United States'),
  // The House's tax committee, whose name joins two capitalised words by "and" that no name
  // rule joins (real HuffPost copy, BASIL 6b541575: "a member of the House Ways and Means and
  // Budget committees" made "House Ways" and "Means" two actors). Name as on house.gov.
  organisation('House Ways and Means Committee', ['House Committee on Ways and Means', 'House Ways and Means', 'Ways and Means Committee', 'Ways and Means'], 'United States'),
  organisation('Republican Party', ['GOP', 'Republicans', 'G.O.P.'], 'United States'),
  organisation('Democratic Party', ['Democrats'], 'United States'),
  organisation('Russian Foreign Ministry', ['Russian Ministry of Foreign Affairs', 'Foreign Ministry of Russia', "Russia's Foreign Ministry", 'Russian MFA'], 'Russia'),
  organisation('Russian Defence Ministry', ['Russian Defense Ministry', 'Russian Ministry of Defence', "Russia's Defence Ministry", "Russia's Defense Ministry"], 'Russia'),
  organisation('FSB', ['Federal Security Service'], 'Russia'),
  organisation('State Duma', ['Duma'], 'Russia'),
  organisation('Wagner Group', ['Wagner private military company'], 'Russia'),
  organisation('Gazprom', [], 'Russia'),
  organisation('NATO', ['North Atlantic Treaty Organization', 'North Atlantic Alliance']),
  { name: 'European Union', kind: 'organisation', aliases: ['EU', 'E.U.'], demonyms: ['European'] },
  organisation('European Commission', []),
  organisation('United Nations', ['UN', 'U.N.']),
  organisation('UN Security Council', ['Security Council', 'U.N. Security Council', 'United Nations Security Council']),
  organisation('OSCE', ['Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe']),
  organisation('IAEA', ['International Atomic Energy Agency']),
  organisation('Hamas', []),
  organisation('Hezbollah', ['Hizbollah']),
  organisation('Taliban', []),
  organisation('Islamic State', ['ISIS', 'ISIL']),
  organisation('G7', ['Group of Seven']),
  organisation('G20', ['Group of 20']),
  organisation('Reuters', []),
  organisation('Associated Press', []),
  organisation('AFP', ['Agence France-Presse']),
  organisation('TASS', []),
  organisation('RIA Novosti', []),
  organisation('Interfax', []),
  organisation('Politico', []),
  organisation('CNN', []),
  organisation('RT', []),
  organisation('RFE/RL', ['Radio Free Europe/Radio Liberty', 'Radio Free Europe']),
];

/** The built-in table, every field filled. */
export const builtInAliases: AliasTable = {
  actors: entries.map((e) => ({ aliases: [], metonyms: [], demonyms: [], country: null, ...e })),
};
