import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** Open on first render only: later renders never fold a group the reviewer opened, or the reverse. */
  initiallyOpen: boolean;
  summary: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}

/** A native details/summary (keyboard and screen-reader friendly) that remembers the reviewer's choice. */
export function Disclosure({ initiallyOpen, summary, class: cls, children }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <details class={cls} open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {open ? children : null}
    </details>
  );
}
