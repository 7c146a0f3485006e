"use client";
import { useState } from "react";
import { useBrowserValue } from "@/components/ui/use-browser-value";

/**
 * Copies a code to the clipboard. Rendered hidden until JavaScript runs (without it the
 * button could do nothing); the code itself stays selectable text either way.
 */
export function CopyButton(props: { value: string; label: string; done: string; failed: string }) {
  const ready = useBrowserValue(() => true, false);
  const [state, setState] = useState<"idle" | "done" | "failed">("idle");
  async function copy() {
    try {
      // The clipboard API exists only on secure pages; plain HTTP falls back to selecting text.
      if (navigator.clipboard) await navigator.clipboard.writeText(props.value);
      else throw new Error("no clipboard");
      setState("done");
    } catch {
      setState("failed");
    }
  }
  return (
    <span className="no-print">
      <button type="button" className="button button--secondary" hidden={!ready} onClick={copy}>
        {props.label}
      </button>
      <span role="status" className="hint">
        {state === "done" ? props.done : state === "failed" ? props.failed : ""}
      </span>
    </span>
  );
}
