/** Figures as text for the analyst: "959 km", "$7.5 billion", "84 people", "12%". */

import { singularOf } from './quantities-nouns'
import type { Dimension } from './quantities-types'
import { BASE_UNIT, unitInfo } from './quantities-units'

/**
 * Formats a figure, or a base value in a chosen unit: "959 km", "596 mi", "$7.5 billion",
 * "84 people", "12%". Converted values are rounded so that a conversion does not show false
 * precision ("909.3 km" for 565 miles).
 */
export function formatQuantity(q: { base: number; dimension: Dimension; unit: string }): string {
  switch (q.dimension) {
    case 'money-usd':
      return formatMoney(q.base)
    case 'percent':
      return `${formatNumber(q.base)}%`
    case 'count': {
      const noun = q.base === 1 ? singularOf(q.unit) : q.unit
      return `${formatLarge(q.base)} ${noun}`
    }
    default: {
      const info = unitInfo(q.unit)
      const unit = info?.dimension === q.dimension ? info : unitInfo(BASE_UNIT[q.dimension])
      if (!unit) return formatLarge(q.base)
      return `${formatLarge(q.base / unit.factor)} ${unit.symbol}`
    }
  }
}

function formatMoney(base: number): string {
  const sign = base < 0 ? '-' : ''
  return `${sign}$${formatLarge(Math.abs(base))}`
}

function formatLarge(n: number): string {
  const abs = Math.abs(n)
  if (abs >= 1e12) return `${formatNumber(n / 1e12)} trillion`
  if (abs >= 1e9) return `${formatNumber(n / 1e9)} billion`
  if (abs >= 1e6) return `${formatNumber(n / 1e6)} million`
  return formatNumber(n)
}

/** Rounds by magnitude (whole numbers from 1,000, one decimal from 100) and groups thousands. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n)
  const abs = Math.abs(n)
  const decimals = abs >= 1000 ? 0 : abs >= 100 ? 1 : abs >= 1 ? 2 : 3
  let fixed = abs.toFixed(decimals)
  if (fixed.includes('.')) fixed = fixed.replace(/\.?0+$/, '')
  const [whole = '0', fraction] = fixed.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  const body = fraction ? `${grouped}.${fraction}` : grouped
  return n < 0 && body !== '0' ? `-${body}` : body
}
