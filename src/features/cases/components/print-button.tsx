"use client";

/** Opens the browser's print dialog (the sheet's print CSS hides navigation and forms). */
export function PrintButton(props: { label: string }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {props.label}
    </button>
  );
}
