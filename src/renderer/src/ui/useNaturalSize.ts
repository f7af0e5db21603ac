/**
 * The size a floating panel takes when nothing constrains it: its width, and the full
 * height of its content even while a max-height makes it scroll. Measured before paint
 * after every render, and again when the window, the panel or the status strip resizes,
 * so placement works from the real size rather than a guess.
 */
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import { STATUS_STRIP_ATTRIBUTE } from './usable-viewport'

/** A width and height in CSS pixels. */
export interface Size {
  width: number
  height: number
}

/** `guess` is used for the first layout only; the element is then measured. */
export function useNaturalSize(ref: RefObject<HTMLElement | null>, guess: Size): Size {
  const [size, setSize] = useState(guess)
  // Bumped on resizes that re-rendering alone would not notice, such as the window's.
  const [, setLayout] = useState(0)

  // After every render, on purpose: content changes the size (typing filters a list) with
  // nothing to list as a dependency; the comparison below stops the loop.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const borders = element.offsetHeight - element.clientHeight
    const width = element.offsetWidth
    const height = element.scrollHeight + borders
    if (width !== size.width || height !== size.height) setSize({ width, height })
  })

  useEffect(() => {
    const relayout = () => setLayout((n) => n + 1)
    window.addEventListener('resize', relayout)
    const observer = new ResizeObserver(relayout)
    if (ref.current) observer.observe(ref.current)
    const strip = document.querySelector(`[${STATUS_STRIP_ATTRIBUTE}]`)
    if (strip) observer.observe(strip)
    return () => {
      window.removeEventListener('resize', relayout)
      observer.disconnect()
    }
  }, [ref])

  return size
}
