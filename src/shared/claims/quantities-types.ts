/** The types of figures found in prose, shared by the modules that read and format them. */

export type Dimension = 'length' | 'area' | 'money-usd' | 'percent' | 'count'

export type Qualifier = 'exact' | 'approximate' | 'at-least' | 'at-most'

export interface Quantity {
  /** The exact matched text, including a leading qualifier ("over 900 kilometers"). */
  text: string
  start: number
  end: number
  /** The number as written, with any magnitude word applied: "$7.5 billion" is 7.5e9. */
  value: number
  /** 'km', 'mi', 'nmi', 'm', 'km2', 'mi2', 'm2', 'ha', 'usd', '%', or a counted noun. */
  unit: string
  dimension: Dimension
  /** The value in the dimension's base unit: metres, m², USD, percent points, items. */
  base: number
  qualifier: Qualifier
  /**
   * Index in the returned list of the figure this one restates: in "959-kilometer (596 miles)"
   * the parenthetical is the same figure in other units, not a second source's figure.
   */
  restates: number | null
}

/** A figure read at one place in the text, before overlaps are settled. */
export interface QuantityCandidate {
  start: number
  end: number
  value: number
  unit: string
  dimension: Dimension
  qualifier: Qualifier
}
