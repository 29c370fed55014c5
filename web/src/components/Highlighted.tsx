// Renders a slice of untrusted article text with its spans highlighted. Only text nodes are
// produced (never innerHTML), so markup inside an article stays text.
import type { Mark, Run } from '../lib/segments.js';
import { segment, target } from '../lib/segments.js';

export interface HighlightedProps {
  text: string;
  marks: Mark[];
  from?: number;
  to?: number;
  /** Called with the narrowest mark carrying a ref when a run is clicked or Enter is pressed. */
  onSelect?: (mark: Mark) => void;
  /** Tooltips per mark kind (translated legend words). */
  labels?: Partial<Record<Mark['kind'], string>>;
}

function classes(run: Run): string {
  const kinds = new Set(run.marks.map((m) => m.kind));
  return [...kinds].map((k) => `m-${k}`).join(' ');
}

export function Highlighted({ text, marks, from, to, onSelect, labels }: HighlightedProps) {
  const runs = segment(text, marks, from, to);
  return (
    <>
      {runs.map((run) => {
        if (run.marks.length === 0) return run.text;
        const cls = classes(run);
        const title = labels
          ? [...new Set(run.marks.map((m) => labels[m.kind]).filter(Boolean))].join(' · ')
          : undefined;
        const pick = onSelect ? target(run) : null;
        if (!pick || !onSelect) {
          return (
            <span key={run.start} class={cls} title={title} data-start={run.start}>
              {run.text}
            </span>
          );
        }
        // A <button> cannot wrap across lines inside running text; a span with the button role can.
        return (
          // biome-ignore lint/a11y/useSemanticElements: see above
          <span
            key={run.start}
            class={`${cls} clickable`}
            title={title}
            role="button"
            tabIndex={0}
            data-start={run.start}
            data-ref={pick.ref}
            onClick={() => onSelect(pick)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(pick);
              }
            }}
          >
            {run.text}
          </span>
        );
      })}
    </>
  );
}

export function Legend({
  kinds,
  labels,
  title,
}: {
  kinds: Mark['kind'][];
  labels: Partial<Record<Mark['kind'], string>>;
  title: string;
}) {
  return (
    <div class="legend">
      <span class="sr-only">{title}</span>
      {kinds.map((k) => (
        <span key={k} class={`legend-item m-${k}`}>
          {labels[k]}
        </span>
      ))}
    </div>
  );
}
