"use client";
import { useT } from "@/i18n/client";
import { publicationAction } from "../actions";
import { CaseForm } from "./case-form";

/** Approves the case for the public bulletin, or revokes an approval. */
export function PublicationForm(props: { caseNumber: string; approved: boolean }) {
  const t = useT(["cases", "common"]);
  return (
    <CaseForm
      action={publicationAction}
      caseNumber={props.caseNumber}
      danger={props.approved}
      submitLabel={t(props.approved ? "cases:publication.revoke" : "cases:publication.approve")}
      successText={t("cases:publication.done")}
    >
      {() => <input type="hidden" name="approve" value={props.approved ? "false" : "true"} />}
    </CaseForm>
  );
}
