/**
 * The canonical text as blocks. Each block element carries its index and start offset;
 * its DOM text is exactly the block's canonical text (paragraph numbers and a PDF's page
 * marks are drawn by CSS, not text nodes), which is what anchoring annotations to the DOM
 * relies on.
 */
import { groupBlocks, inlineSegments } from '@shared/corpus/block-layout'
import type { Block } from '@shared/corpus/document-model'
import { pageMark } from '@shared/corpus/passage-locator'
import { createElement, Fragment, memo, type ReactNode, type Ref } from 'react'

export const DocumentBody = memo(function DocumentBody({
  blocks,
  ref,
}: {
  blocks: Block[]
  ref?: Ref<HTMLDivElement>
}) {
  return (
    <div className="document-body" ref={ref}>
      {groupBlocks(blocks).map((group) =>
        group.kind === 'list' ? (
          <ul key={`list-${group.items[0]?.index}`}>
            {group.items.map(({ block, index }) => (
              <BlockElement
                key={index}
                block={block}
                index={index}
                page={pageMark(blocks, index)}
                tag="li"
              />
            ))}
          </ul>
        ) : group.block.kind === 'blockQuote' ? (
          <blockquote key={group.index}>
            <BlockElement
              block={group.block}
              index={group.index}
              page={pageMark(blocks, group.index)}
              tag="p"
            />
          </blockquote>
        ) : (
          <BlockElement
            key={group.index}
            block={group.block}
            index={group.index}
            page={pageMark(blocks, group.index)}
            tag={tagOf(group.block)}
          />
        ),
      )}
    </div>
  )
})

function tagOf(block: Block): string {
  // The document title is the page's h1, so body headings start one level down.
  return block.kind === 'heading' ? `h${Math.min(6, block.level + 1)}` : 'p'
}

interface BlockElementProps {
  block: Block
  index: number
  /** "p. 7" on the first block to start on a page of a PDF, for finding cited pages. */
  page: string | undefined
  tag: string
}

function BlockElement({ block, index, page, tag }: BlockElementProps) {
  const children = inlineSegments(block.text, block.marks).map((segment, i) => {
    let node: ReactNode = segment.text
    if (segment.emphasis) node = <em>{node}</em>
    if (segment.strong) node = <strong>{node}</strong>
    return <Fragment key={i}>{node}</Fragment>
  })
  return createElement(
    tag,
    {
      className: `block block-${block.kind}`,
      'data-block': index,
      'data-start': block.start,
      'data-para': block.para ?? undefined,
      'data-page': page,
      id: block.para !== null ? `p${block.para}` : undefined,
    },
    children,
  )
}
