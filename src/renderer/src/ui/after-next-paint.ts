/**
 * Runs `callback` once the next frame has been rendered, with the time that frame began.
 * A requestAnimationFrame callback runs just before the frame's style, layout and paint;
 * a message posted from it is handled right after them. Used to time what the analyst
 * sees, not only what the code did.
 */
export function afterNextPaint(callback: (frameStart: number) => void): void {
  requestAnimationFrame(() => {
    const frameStart = performance.now()
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      callback(frameStart)
    }
    channel.port2.postMessage(null)
  })
}
