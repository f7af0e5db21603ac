/**
 * Imported first by every page and worker entry: zod 4 probes whether it may compile
 * validators with `new Function`, and under Casefile's CSP (no 'unsafe-eval') that probe
 * is itself a reported violation. Running jitless, zod never tries, so any eval the CSP
 * reports is a real one.
 */
import { z } from 'zod'

z.config({ jitless: true })
