import type { ReactNode } from "react";

export function Alert(props: { kind?: "info" | "error" | "success"; children: ReactNode; id?: string }) {
  const kind = props.kind ?? "info";
  return (
    <div
      id={props.id}
      className={kind === "info" ? "alert" : `alert alert--${kind}`}
      role={kind === "error" ? "alert" : "status"}
    >
      {props.children}
    </div>
  );
}
