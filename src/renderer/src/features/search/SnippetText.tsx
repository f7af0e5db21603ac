/** A snippet with its hits marked, as elements (never HTML from the index). */
import type { Snippet } from '@shared/search/snippet'

export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: React.ReactNode[] = []
  let at = 0
  snippet.hits.forEach((hit, i) => {
    if (hit.start > at) parts.push(snippet.text.slice(at, hit.start))
    parts.push(<mark key={i}>{snippet.text.slice(hit.start, hit.end)}</mark>)
    at = hit.end
  })
  if (at < snippet.text.length) parts.push(snippet.text.slice(at))
  return <span className="search-snippet">{parts}</span>
}
