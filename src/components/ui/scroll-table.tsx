import type { ReactNode } from "react";

/**
 * A table that scrolls sideways inside its own box on a narrow phone instead of widening the
 * page. The box is a named, focusable region so keyboard users can scroll it (axe asks for that).
 */
export function ScrollTable(props: {
  /** Id of the heading that names the region. */
  labelledBy: string;
  caption: string;
  headers: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
      <table>
        <caption className="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}
