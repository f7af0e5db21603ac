/** What machine a benchmark ran on, for the printed header and docs/benchmarks.md. */
import { availableParallelism, cpus, totalmem } from 'node:os'

/** The facts printed above every results table. */
export interface MachineInfo {
  cores: number
  cpu: string
  ramGiB: number
  node: string
  /** Chromium's version, when a browser benchmark ran. */
  chromium: string | null
  date: string
}

/** Describes this machine; `chromium` is the browser version when one was started. */
export function describeMachine(chromium: string | null): MachineInfo {
  return {
    cores: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium,
    date: new Date().toISOString(),
  }
}

/** One line: cores, CPU, RAM, Node, Chromium and the date. */
export function formatMachine(info: MachineInfo): string {
  return [
    `${info.cores} cores (${info.cpu})`,
    `${info.ramGiB} GiB RAM`,
    `Node ${info.node}`,
    info.chromium ? `Chromium ${info.chromium}` : null,
    info.date,
  ]
    .filter(Boolean)
    .join(', ')
}
