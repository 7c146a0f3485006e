import { useState } from "react";
import { useT } from "@/i18n/client";

/**
 * "Start over" asks once more before the draft on this device is deleted. The receipt kept on
 * the phone is removed the same way, with its own words.
 */
export function StartOver(props: {
  onConfirm: () => void;
  label?: string;
  question?: string;
  confirm?: string;
}) {
  const t = useT(["intake", "common"]);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        {props.label ?? t("startOver")}
      </button>
    );
  }
  return (
    <p role="alert">
      {props.question ?? t("startOverQuestion")}{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          props.onConfirm();
          setAsking(false);
        }}
      >
        {props.confirm ?? t("startOverConfirm")}
      </button>{" "}
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        {t("common:cancel")}
      </button>
    </p>
  );
}
