/**
 * A small curated list of this domain's names (Pakistan, Iran and their border region), read
 * by extraction before compromise. compromise is a general English tagger: on the bundled
 * corpus it reads "Jaish al-Adl" as a person, misses "General Asim Munir" and bare
 * "Balochistan", cuts "Jalil Abbas Jilani" to "Jalil Abbas", files "Tehreek-e-Taliban" under
 * people and "Marg Bar" (an operation's code name) under places, and does not know "ISPR".
 * The list fixes what matters for this corpus and leaves the rest to compromise; each entry
 * is here because of a miss like those, not to be complete.
 */
import type { EntityKind } from './entity-kind'

/** One curated name. */
export interface GazetteerEntry {
  /** What the name is; null for a phrase that names none of the three kinds (it is suppressed). */
  kind: EntityKind | null
  /** The preferred spelling; its entity key is the key of every alias too. */
  name: string
  /**
   * Other names of the same thing that the normalisation rule would not group by itself:
   * acronyms ("ISPR"), other wordings ("Baloch Liberation Army"), short forms ("Pak").
   */
  aliases?: readonly string[]
}

/**
 * The curated names. Spelling variants the normalisation rule already groups (hyphens,
 * spaces, Baluch/Baloch) need no alias: every name is matched with optional separators
 * between its words, so "Amir Abdollahian" also finds "Amir-Abdollahian" and "Amirabdollahian".
 */
export const GAZETTEER: readonly GazetteerEntry[] = [
  // People compromise truncates, misses after a title, or never sees as one name.
  { kind: 'person', name: 'Hossein Amir-Abdollahian' },
  { kind: 'person', name: 'Asim Munir' },
  { kind: 'person', name: 'Jalil Abbas Jilani' },
  { kind: 'person', name: 'Ebrahim Raisi' },
  { kind: 'person', name: 'Shehbaz Sharif' },
  { kind: 'person', name: 'Mohammad Bagheri' },
  { kind: 'person', name: 'Anwaar-ul-Haq Kakar' },
  { kind: 'person', name: 'Ali Khamenei' },

  // Organisations: militant groups read as people, acronyms, offices named by common nouns.
  { kind: 'organisation', name: 'Jaish al-Adl', aliases: ['Jaish ul-Adl'] },
  {
    kind: 'organisation',
    name: 'Tehreek-e-Taliban Pakistan',
    aliases: ['TTP', 'Tehrik-i-Taliban Pakistan', 'Pakistani Taliban'],
  },
  {
    kind: 'organisation',
    name: 'Balochistan Liberation Army',
    aliases: ['BLA', 'Baloch Liberation Army'],
  },
  {
    kind: 'organisation',
    name: 'Balochistan Liberation Front',
    aliases: ['BLF', 'Baloch Liberation Front'],
  },
  { kind: 'organisation', name: 'Inter-Services Public Relations', aliases: ['ISPR'] },
  { kind: 'organisation', name: 'Inter-Services Intelligence', aliases: ['ISI'] },
  { kind: 'organisation', name: 'Foreign Office' },
  { kind: 'organisation', name: 'Ministry of Foreign Affairs', aliases: ['MOFA'] },
  {
    kind: 'organisation',
    name: 'Islamic Revolutionary Guard Corps',
    aliases: ['IRGC', 'Islamic Revolution Guards Corps', 'Revolutionary Guards'],
  },
  { kind: 'organisation', name: 'Islamic State', aliases: ['ISIS', 'ISIL', 'Daesh'] },
  { kind: 'organisation', name: 'Shanghai Cooperation Organisation', aliases: ['SCO'] },
  { kind: 'organisation', name: 'FATA Research Centre', aliases: ['FRC'] },
  { kind: 'organisation', name: 'Taliban', aliases: ['Afghan Taliban'] },
  { kind: 'organisation', name: 'Jundullah' },
  { kind: 'organisation', name: 'Houthis' },
  { kind: 'organisation', name: 'Islamic Republic News Agency', aliases: ['IRNA'] },
  { kind: 'organisation', name: 'Al Mayadeen' },
  { kind: 'organisation', name: 'Al Jazeera' },

  // Places: the border region's provinces and towns, which compromise mostly misses, and
  // the countries of the story, so their possessives and pairs ("Iran-Pakistan") read right.
  { kind: 'place', name: 'Balochistan' },
  {
    kind: 'place',
    name: 'Sistan-Baluchestan',
    aliases: ['Sistan and Baluchestan', 'Sistan-o-Baluchestan'],
  },
  { kind: 'place', name: 'Khyber Pakhtunkhwa', aliases: ['KP', 'KPK'] },
  { kind: 'place', name: 'Waziristan' },
  { kind: 'place', name: 'Helmand' },
  { kind: 'place', name: 'Saravan' },
  { kind: 'place', name: 'Turbat' },
  { kind: 'place', name: 'Zahedan' },
  { kind: 'place', name: 'Panjgur' },
  { kind: 'place', name: 'Gwadar' },
  { kind: 'place', name: 'Chabahar' },
  { kind: 'place', name: 'Quetta' },
  { kind: 'place', name: 'Kerman' },
  { kind: 'place', name: 'Pashin' },
  { kind: 'place', name: 'Taftan' },
  { kind: 'place', name: 'Makran' },
  { kind: 'place', name: 'Irbil', aliases: ['Erbil'] },
  { kind: 'place', name: 'Islamabad' },
  { kind: 'place', name: 'Rawalpindi' },
  { kind: 'place', name: 'Tehran' },
  { kind: 'place', name: 'Kabul' },
  { kind: 'place', name: 'Pakistan', aliases: ['Pak'] },
  { kind: 'place', name: 'Iran' },
  { kind: 'place', name: 'Iraq' },
  { kind: 'place', name: 'Afghanistan' },
  { kind: 'place', name: 'China' },
  { kind: 'place', name: 'India' },
  { kind: 'place', name: 'Syria' },
  { kind: 'place', name: 'Saudi Arabia' },
  { kind: 'place', name: 'United Arab Emirates', aliases: ['UAE'] },
  { kind: 'place', name: 'Middle East' },
  { kind: 'place', name: 'United States', aliases: ['US', 'U.S.', 'USA', 'U.S.A.'] },

  // Phrases that are none of the three kinds but that compromise tags as one.
  { kind: null, name: 'Operation Marg Bar Sarmachar', aliases: ['Marg Bar Sarmachar'] },
]
