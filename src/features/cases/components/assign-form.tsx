"use client";
import { Field, fieldAria } from "@/components/ui/field";
import { useT } from "@/i18n/client";
import { assignAction } from "../actions";
import { CaseForm } from "./case-form";

type Option = { id: string; name: string };

/** Assigns an officer and/or a unit of the case's country (both empty = unassigned). */
export function AssignForm(props: {
  caseNumber: string;
  users: Option[];
  organizations: Option[];
  userId: string | null;
  organizationId: string | null;
}) {
  const t = useT(["cases", "common"]);
  const select = (
    id: string,
    name: string,
    label: string,
    options: Option[],
    value: string | null,
    errorFor: (n: string) => string | undefined,
  ) => (
    <Field id={id} label={label} error={errorFor(name)}>
      <select {...fieldAria(id, { error: errorFor(name) })} name={name} defaultValue={value ?? ""}>
        <option value="">{t("cases:assign.nobody")}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <CaseForm
      action={assignAction}
      caseNumber={props.caseNumber}
      submitLabel={t("cases:assign.submit")}
      successText={t("cases:assign.done")}
    >
      {({ errorFor }) => (
        <>
          {select("assign-user", "userId", t("cases:assign.officer"), props.users, props.userId, errorFor)}
          {select(
            "assign-org",
            "organizationId",
            t("cases:assign.unit"),
            props.organizations,
            props.organizationId,
            errorFor,
          )}
        </>
      )}
    </CaseForm>
  );
}
