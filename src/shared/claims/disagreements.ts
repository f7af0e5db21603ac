/**
 * Finds where the passages linked to a claim state figures or dates that do not agree:
 * "900 km" in one source and "959 km" in another. Figures are compared only with figures of
 * the same kind from other passages, after converting units, so "565 miles" agrees with
 * "over 900 kilometers". The result is a prompt for the analyst, not a verdict: two figures
 * may simply measure different things.
 */

import {
  formatPartialDate,
  partialDateSortKey,
  precisionOf,
  type PartialDate,
} from '../dates/partial-date'
import { extractStatedDates } from '../dates/stated-dates'
import { extractQuantities, formatQuantity, type Dimension, type Qualifier } from './quantities'

export interface PassageForCheck {
  id: string
  docId: string
  text: string
  /** Year for dates stated without one ("16 January"), usually the source's publication year. */
  referenceYear?: number
}

export interface FigureSeen {
  passageId: string
  docId: string
  /** The figure as the passage states it ("over 900 kilometers"). */
  text: string
  /** Formatted in the group's display unit ("900 km"). */
  display: string
  /** Every passage whose figure falls in this figure's cluster (agrees with it), sorted. */
  passageIds: string[]
}

export interface Disagreement {
  kind: 'quantity' | 'date'
  dimension: Dimension | 'date'
  /** For counts the counted noun; for dates 'day'; otherwise the display unit. */
  unit: string
  /** One representative per cluster of agreeing figures, in increasing order. */
  figures: FigureSeen[]
  message: string
}

/** Relative difference (|a−b| / max(a,b)) up to which two measurements agree. */
export const DEFAULT_TOLERANCE = 0.05

// Float noise must not turn an exactly-5% difference into a disagreement.
const EPSILON = 1e-9

const DIMENSION_ORDER: readonly Dimension[] = ['length', 'area', 'money-usd', 'percent', 'count']

// When as many passages use one unit as another, show the first of these.
const UNIT_PREFERENCE: readonly string[] = ['km', 'm', 'mi', 'nmi', 'km2', 'm2', 'ha', 'mi2']

interface Figure {
  passageId: string
  docId: string
  text: string
  start: number
  base: number
  unit: string
  qualifier: Qualifier
}

interface DateFigure {
  passageId: string
  docId: string
  text: string
  date: PartialDate
  key: number
}

/**
 * The disagreements among the passages' figures and dates.
 *
 * - A figure is compared only with figures of the same dimension (and for counts the same
 *   noun) stated by other passages; a parenthetical restatement ("(596 miles)") is not a
 *   figure of its own.
 * - Within a group, figures sorted by base value are joined into clusters when neighbours are
 *   within `tolerance`; more than one cluster, with figures from at least two passages, is a
 *   disagreement. Measurements ignore their qualifiers: "over 900 kilometers" is how writers
 *   round a border, not a lower bound.
 * - Counts are exact: "two children" and "three children" disagree. An approximate count
 *   ("about 11") agrees within `tolerance`. A bound agrees with any count that satisfies it
 *   ("at least 84 people" with "90 people", not with "80 people"), and bounds agree with each
 *   other unless a lower one exceeds an upper one.
 * - Dates: a passage's date is compared only when the passage states exactly one date and it
 *   is to the day; different days disagree.
 *
 * The output is independent of the order of `passages`: quantity groups by dimension then
 * unit, then dates.
 */
export function findDisagreements(
  passages: readonly PassageForCheck[],
  options?: { tolerance?: number },
): Disagreement[] {
  const tolerance = options?.tolerance ?? DEFAULT_TOLERANCE
  if (!(tolerance >= 0) || !Number.isFinite(tolerance)) {
    throw new RangeError(`tolerance must be a non-negative number, not ${tolerance}`)
  }

  const groups = new Map<string, { dimension: Dimension; unit: string; figures: Figure[] }>()
  for (const passage of passages) {
    for (const q of extractQuantities(passage.text)) {
      if (q.restates !== null) continue
      const groupUnit = q.dimension === 'count' ? q.unit : ''
      const key = `${q.dimension}\u0000${groupUnit}`
      let group = groups.get(key)
      if (!group) {
        group = { dimension: q.dimension, unit: groupUnit, figures: [] }
        groups.set(key, group)
      }
      group.figures.push({
        passageId: passage.id,
        docId: passage.docId,
        text: q.text,
        start: q.start,
        base: q.base,
        unit: q.unit,
        qualifier: q.qualifier,
      })
    }
  }

  const ordered = [...groups.values()].sort(
    (a, b) =>
      DIMENSION_ORDER.indexOf(a.dimension) - DIMENSION_ORDER.indexOf(b.dimension) ||
      compareStrings(a.unit, b.unit),
  )
  const result: Disagreement[] = []
  for (const group of ordered) {
    const found = groupDisagreement(group.dimension, group.figures, tolerance)
    if (found) result.push(found)
  }
  const dates = dateDisagreement(passages)
  if (dates) result.push(dates)
  return result
}

function groupDisagreement(
  dimension: Dimension,
  figures: Figure[],
  tolerance: number,
): Disagreement | null {
  if (new Set(figures.map((f) => f.passageId)).size < 2) return null
  figures.sort(compareFigures)
  const clusters =
    dimension === 'count'
      ? countClusters(figures, tolerance)
      : clusterSorted(figures, (a, b) => relativeDifference(a.base, b.base) <= tolerance + EPSILON)
  if (clusters.length < 2) return null

  const unit = dimension === 'count' ? (figures[0]?.unit ?? '') : displayUnit(figures)
  const seen = clusters
    .map((cluster) => {
      const rep = representative(cluster, dimension === 'count', unit)
      const value = formatQuantity({ base: rep.base, dimension, unit })
      return {
        base: rep.base,
        figure: {
          passageId: rep.passageId,
          docId: rep.docId,
          text: rep.text,
          display: dimension === 'count' ? qualifierPrefix(rep.qualifier) + value : value,
          passageIds: sortedUnique(cluster.map((f) => f.passageId)),
        },
      }
    })
    .sort((a, b) => a.base - b.base || compareStrings(a.figure.display, b.figure.display))
    .map((s) => s.figure)
  return {
    kind: 'quantity',
    dimension,
    unit,
    figures: seen,
    message: `Sources disagree: ${seen.map((f) => f.display).join(' vs ')}`,
  }
}

/** Joins neighbours of an already sorted list into clusters. */
function clusterSorted<T>(items: readonly T[], agree: (a: T, b: T) => boolean): T[][] {
  const clusters: T[][] = []
  let current: T[] = []
  for (const item of items) {
    const last = current[current.length - 1]
    if (last !== undefined && !agree(last, item)) {
      clusters.push(current)
      current = []
    }
    current.push(item)
  }
  if (current.length > 0) clusters.push(current)
  return clusters
}

// Counts: stated numbers cluster (exactly, or within tolerance when approximate); each bound
// then joins the nearest cluster it is consistent with, and bounds consistent with none
// form clusters of their own.
function countClusters(figures: readonly Figure[], tolerance: number): Figure[][] {
  const isBound = (f: Figure) => f.qualifier === 'at-least' || f.qualifier === 'at-most'
  const points = figures.filter((f) => !isBound(f))
  const clusters = clusterSorted(points, (a, b) => {
    const allowed = a.qualifier === 'exact' && b.qualifier === 'exact' ? 0 : tolerance
    return relativeDifference(a.base, b.base) <= allowed + EPSILON
  })
  const lowers: Figure[] = []
  const uppers: Figure[] = []
  for (const bound of figures.filter(isBound)) {
    const satisfies = (f: Figure) =>
      bound.qualifier === 'at-least' ? f.base >= bound.base : f.base <= bound.base
    let best: { cluster: Figure[]; distance: number } | null = null
    for (const cluster of clusters) {
      for (const f of cluster) {
        if (!satisfies(f)) continue
        const distance = Math.abs(f.base - bound.base)
        if (!best || distance < best.distance) best = { cluster, distance }
      }
    }
    if (best) best.cluster.push(bound)
    else if (bound.qualifier === 'at-least') lowers.push(bound)
    else uppers.push(bound)
  }
  const highestLower = Math.max(...lowers.map((f) => f.base))
  const lowestUpper = Math.min(...uppers.map((f) => f.base))
  if (lowers.length > 0 && uppers.length > 0 && highestLower <= lowestUpper) {
    clusters.push([...lowers, ...uppers])
  } else {
    if (lowers.length > 0) clusters.push(lowers)
    if (uppers.length > 0) clusters.push(uppers)
  }
  return clusters
}

// The figure most passages state, then one stated in the display unit (so it reads as
// written, "596 mi" rather than "595.9 mi"), then the smallest. A stated number is preferred
// to a bound so the cluster is shown by what a source actually counted. Only for counts does
// the qualifier make a different figure ("at least 84" is not "84").
function representative(cluster: readonly Figure[], byQualifier: boolean, unit: string): Figure {
  const points = cluster.filter((f) => f.qualifier !== 'at-least' && f.qualifier !== 'at-most')
  const pool = points.length > 0 ? points : cluster
  const byValue = new Map<string, Figure[]>()
  for (const f of pool) {
    const key = byQualifier ? `${f.base}\u0000${f.qualifier}` : String(f.base)
    byValue.set(key, [...(byValue.get(key) ?? []), f])
  }
  const candidates = [...byValue.values()].flatMap((same) => {
    const sorted = [...same].sort(
      (a, b) => Number(b.unit === unit) - Number(a.unit === unit) || compareFigures(a, b),
    )
    const first = sorted[0]
    return first ? [{ figure: first, passages: new Set(same.map((f) => f.passageId)).size }] : []
  })
  candidates.sort(
    (a, b) =>
      b.passages - a.passages ||
      Number(b.figure.unit === unit) - Number(a.figure.unit === unit) ||
      compareFigures(a.figure, b.figure),
  )
  // The pool is never empty: clusters are built non-empty.
  return candidates[0]?.figure ?? (cluster[0] as Figure)
}

/** The unit most passages used for this group, so the message reads as the sources do. */
function displayUnit(figures: readonly Figure[]): string {
  const passagesByUnit = new Map<string, Set<string>>()
  for (const f of figures) {
    const set = passagesByUnit.get(f.unit) ?? new Set<string>()
    set.add(f.passageId)
    passagesByUnit.set(f.unit, set)
  }
  const rank = (unit: string) => {
    const i = UNIT_PREFERENCE.indexOf(unit)
    return i === -1 ? UNIT_PREFERENCE.length : i
  }
  const [best] = [...passagesByUnit.entries()].sort(
    ([unitA, a], [unitB, b]) =>
      b.size - a.size || rank(unitA) - rank(unitB) || compareStrings(unitA, unitB),
  )
  return best?.[0] ?? ''
}

function dateDisagreement(passages: readonly PassageForCheck[]): Disagreement | null {
  const figures: DateFigure[] = []
  for (const passage of passages) {
    const dates = extractStatedDates(passage.text, passage.referenceYear)
    const only = dates.length === 1 ? dates[0] : undefined
    if (!only || precisionOf(only.date) !== 'day') continue
    figures.push({
      passageId: passage.id,
      docId: passage.docId,
      text: only.text,
      date: only.date,
      key: partialDateSortKey(only.date),
    })
  }
  figures.sort(
    (a, b) =>
      a.key - b.key ||
      compareStrings(a.passageId, b.passageId) ||
      compareStrings(a.docId, b.docId) ||
      compareStrings(a.text, b.text),
  )
  const clusters = clusterSorted(figures, (a, b) => a.key === b.key)
  if (clusters.length < 2) return null
  const seen: FigureSeen[] = clusters.map((cluster) => {
    const first = cluster[0] as DateFigure
    return {
      passageId: first.passageId,
      docId: first.docId,
      text: first.text,
      display: formatPartialDate(first.date),
      passageIds: sortedUnique(cluster.map((f) => f.passageId)),
    }
  })
  return {
    kind: 'date',
    dimension: 'date',
    unit: 'day',
    figures: seen,
    message: `Sources disagree: ${seen.map((f) => f.display).join(' vs ')}`,
  }
}

function relativeDifference(a: number, b: number): number {
  const largest = Math.max(Math.abs(a), Math.abs(b))
  return largest === 0 ? 0 : Math.abs(a - b) / largest
}

const QUALIFIER_ORDER: readonly Qualifier[] = ['exact', 'approximate', 'at-least', 'at-most']

function qualifierPrefix(qualifier: Qualifier): string {
  if (qualifier === 'at-least') return 'at least '
  if (qualifier === 'at-most') return 'at most '
  if (qualifier === 'approximate') return 'about '
  return ''
}

// A total order on a figure's content, so the result does not depend on passage order.
function compareFigures(a: Figure, b: Figure): number {
  return (
    a.base - b.base ||
    QUALIFIER_ORDER.indexOf(a.qualifier) - QUALIFIER_ORDER.indexOf(b.qualifier) ||
    compareStrings(a.passageId, b.passageId) ||
    compareStrings(a.docId, b.docId) ||
    a.start - b.start ||
    compareStrings(a.text, b.text) ||
    compareStrings(a.unit, b.unit)
  )
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort(compareStrings)
}
