import { useState } from "react";
import { useT } from "@/i18n/client";

/** "Start over" asks once more before the draft on this device is deleted. */
export function StartOver(props: { onConfirm: () => void }) {
  const t = useT(["intake", "common"]);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="link-button" onClick={() => setAsking(true)}>
        {t("startOver")}
      </button>
    );
  }
  return (
    <p role="alert">
      {t("startOverQuestion")}{" "}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          props.onConfirm();
          setAsking(false);
        }}
      >
        {t("startOverConfirm")}
      </button>{" "}
      <button type="button" className="link-button" onClick={() => setAsking(false)}>
        {t("common:cancel")}
      </button>
    </p>
  );
}
