"use client";
import { useT } from "@/i18n/client";
import { releasePhotoAction } from "../actions";
import { CaseForm } from "./case-form";

/** Lets one family photo held for review onto the public pages (decision 182). */
export function ReleasePhotoForm(props: { caseNumber: string; photoId: string }) {
  const t = useT(["cases", "common"]);
  return (
    <CaseForm
      action={releasePhotoAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:photoReview.release")}
      successText={t("cases:photoReview.released")}
    >
      {() => <input type="hidden" name="photoId" value={props.photoId} />}
    </CaseForm>
  );
}
