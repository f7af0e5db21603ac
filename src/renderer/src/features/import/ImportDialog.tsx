/**
 * The import dialog: every file of this session with where it stands (progress and
 * Cancel while read, the reason when refused, a link once added), and the metadata
 * sheet of the first file waiting for the analyst.
 */
import { type Ref } from 'react'
import { ImportQueueList } from './ImportQueueList'
import { MetadataSheet } from './MetadataSheet'
import { isFinished, nextToReview, queueSummary } from './import-queue'
import type { ImportQueueControls } from './useImportQueue'
import { CloseDialogButton } from '../../ui/CloseDialogButton'

interface ImportDialogProps {
  ref: Ref<HTMLDialogElement>
  controls: ImportQueueControls
  onChooseMore: () => Promise<void>
}

export function ImportDialog({ ref, controls, onChooseMore }: ImportDialogProps) {
  const { queue } = controls
  const review = nextToReview(queue)
  const working = queue.items.some((item) => !isFinished(item))
  return (
    <dialog
      ref={ref}
      className="dialog dialog-wide import-dialog"
      aria-labelledby="import-title"
      onClose={() => {
        if (!working) controls.clearFinished()
      }}
    >
      <h2 id="import-title">Import documents</h2>
      <p className="dialog-note" aria-live="polite">
        {queueSummary(queue)}
      </p>
      <ImportQueueList
        items={queue.items}
        reviewKey={review?.key ?? null}
        onCancel={controls.cancel}
        onOpened={() => (ref && 'current' in ref ? ref.current?.close() : undefined)}
      />
      {review && (
        <MetadataSheet
          key={review.key}
          item={review}
          onEdit={(draft) => controls.edit(review.key, draft)}
          onAdd={() => controls.add(review)}
          onSkip={() => controls.skip(review.key)}
        />
      )}
      <div className="dialog-actions dialog-actions-sticky">
        <button type="button" className="button-quiet" onClick={() => void onChooseMore()}>
          Choose more files…
        </button>
        <CloseDialogButton className="button">
          {working ? 'Close (keeps reading)' : 'Close'}
        </CloseDialogButton>
      </div>
    </dialog>
  )
}
