/**
 * The state behind "Tag to claim": what is typed, the claim chosen among the options, the
 * stance (never preset), and the confirm that writes. Confirming without a stance asks
 * for one instead of writing.
 */
import { tagOptions, type TagOption } from '@shared/claims/tag-options'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { db } from '../../db'
import { allClaims, type ClaimChoice } from '../../db/claims'
import type { Stance } from '../../db/records'

export interface TagToClaim {
  /** False until the claims have loaded: nothing can be chosen or confirmed before. */
  loaded: boolean
  /** Whether any claim exists, for the empty list's hint. */
  anyClaims: boolean
  typed: string
  type: (text: string) => void
  options: TagOption[]
  /** The option Enter or the confirm button takes. */
  current: TagOption | undefined
  choose: (index: number) => void
  /** Moves the choice by `step` options, staying within the list. */
  move: (step: 1 | -1) => void
  stance: Stance | null
  chooseStance: (stance: Stance) => void
  /** The analyst confirmed before choosing a stance. */
  askStance: boolean
  busy: boolean
  /** Tags the passage to `option` (or asks for a stance); `onDone` once it is written. */
  submit: (option: TagOption | undefined) => Promise<void>
}

export function useTagToClaim(
  onTag: (claim: ClaimChoice, stance: Stance) => Promise<boolean>,
  onDone: () => void,
): TagToClaim {
  const claims = useLiveQuery(() => allClaims(db), [])
  const [typed, setTyped] = useState('')
  const [active, setActive] = useState<number | null>(null)
  const [stance, setStance] = useState<Stance | null>(null)
  const [askStance, setAskStance] = useState(false)
  const [busy, setBusy] = useState(false)
  const { options, preferred } = useMemo(() => tagOptions(typed, claims ?? []), [typed, claims])
  const start = Math.max(preferred, 0)
  const current = options[Math.min(active ?? start, options.length - 1)]
  const loaded = claims !== undefined

  const submit = async (option: TagOption | undefined) => {
    if (!option || busy || !loaded) return
    if (!stance) {
      setAskStance(true)
      return
    }
    setBusy(true)
    const choice: ClaimChoice =
      option.kind === 'create' ? { statement: option.statement } : { claimId: option.id }
    const done = await onTag(choice, stance)
    setBusy(false)
    if (done) onDone()
  }

  return {
    loaded,
    anyClaims: (claims?.length ?? 0) > 0,
    typed,
    type: (text) => {
      setTyped(text)
      setActive(null)
    },
    options,
    current,
    choose: setActive,
    move: (step) =>
      setActive((i) => Math.min(Math.max((i ?? start) + step, 0), options.length - 1)),
    stance,
    chooseStance: (next) => {
      setStance(next)
      setAskStance(false)
    },
    askStance,
    busy,
    submit,
  }
}
