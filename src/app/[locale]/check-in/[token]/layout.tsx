import type { ReactNode } from "react";

// A segment layout of its own, so the not-found boundary beside the page (not-found.tsx) sits
// inside the root layout and is rendered on the server: without it, a 404 here reached the
// browser as an empty body filled in by JavaScript, and families without it saw nothing.
export default function CheckInLayout(props: { children: ReactNode }) {
  return props.children;
}
