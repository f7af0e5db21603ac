/** Facts about the bundled corpus that e2e tests look for: one known sentence per source. */
export const KNOWN_SENTENCES: Record<string, { title: string; sentence: string }> = {
  'pakistan-and-iran-the-way-forward': {
    title: 'Pakistan and Iran: The way forward',
    sentence:
      "On 29 January 2024 Iran's foreign minister Hossein Amirabdollahian landed in Islamabad",
  },
  'new-era-in-pak-iran-ties-pakistans-army-chief-visit-to-iran': {
    title: 'New Era in Pak-Iran Ties: Pakistan’s Army Chief Visit To Iran',
    sentence: 'The two countries share a 959-kilometer (596 miles) long border',
  },
  'pak-iran-relations-amid-recent-developments-implications': {
    title: 'Pak-Iran Relations amid Recent Developments: Implications and Way Forward',
    sentence:
      'On January 16, 2024, Iran and Pakistan entered a phase of heightened military conflict',
  },
  'pakistan-iran-relations-seeking-stability': {
    title: 'Pakistan-Iran Relations: Seeking Stability',
    sentence:
      'Two days after the Iranian missile strike, Pakistan executed a retaliatory airstrike',
  },
  'from-rivals-to-partners-pakistan-and-irans-diplomatic': {
    title: 'From rivals to partners: Pakistan and Iran’s diplomatic turnaround',
    sentence: 'Pakistan’s army chief, General Asim Munir, embarked on an official visit to Iran',
  },
}
