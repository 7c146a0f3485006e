"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useState } from "react";
import { FormProvider, useForm, type FieldPath } from "react-hook-form";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import type { ActionFailure } from "@/server/result";
import { useT } from "@/i18n/client";
import type { Locale } from "@/i18n/settings";
import { recordFoundAction } from "../actions";
import type { RecordedFound } from "../data/record";
import { FoundInput, type FoundFormValues } from "../schemas";
import { PersonFields, PhotosField, WhereFields } from "./found-form-sections";
import { MarksFields } from "./marks-fields";

const blank = (): FoundFormValues => ({
  submissionId: crypto.randomUUID(),
  condition: "ALIVE",
  foundOn: "",
  regionId: "",
  foundPlace: "",
  circumstances: "",
  institutionType: "SHELTER",
  institutionName: "",
  namesGiven: "",
  sex: "UNKNOWN",
  ageMin: "",
  ageMax: "",
  languages: [],
  nationality: "",
  marks: [],
});

/**
 * Files a found record: validated in the browser and again by the server with the same schema.
 * The submission id stays the same until the server acknowledged it, so pressing Record again
 * after a lost answer returns the same record instead of a second one.
 */
export function FoundForm(props: { locale: Locale; regions: { id: string; name: string }[] }) {
  const t = useT(["found", "validation", "common"]);
  const form = useForm<FoundFormValues>({
    resolver: zodResolver(FoundInput) as never,
    defaultValues: blank(),
  });
  const [photos, setPhotos] = useState<File[]>([]);
  const [formError, setFormError] = useState<ActionFailure>();
  const [recorded, setRecorded] = useState<RecordedFound | null>(null);
  const [sending, setSending] = useState(false);

  async function send() {
    setSending(true);
    setFormError(undefined);
    const data = new FormData();
    data.set("found", JSON.stringify(form.getValues()));
    for (const f of photos) data.append("photos", f);
    try {
      const res = await recordFoundAction(data);
      if (res.ok) return setRecorded(res.data);
      for (const [path, message] of Object.entries(res.fieldErrors ?? {}))
        form.setError(path as FieldPath<FoundFormValues>, { type: "server", message });
      setFormError(res);
    } catch {
      setFormError({ ok: false, error: "found:form.network" });
    } finally {
      setSending(false);
    }
  }

  if (recorded)
    return (
      <div className="stack" aria-live="polite">
        <Alert kind="success">{t("found:form.recorded", { foundNumber: recorded.foundNumber })}</Alert>
        <p className="actions">
          <Link className="button" href={`/${props.locale}/found/${recorded.foundNumber}`}>
            {t("found:form.openRecord")}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              form.reset(blank());
              setPhotos([]);
              setRecorded(null);
            }}
          >
            {t("found:form.another")}
          </button>
        </p>
      </div>
    );

  return (
    <FormProvider {...form}>
      <form onSubmit={form.handleSubmit(send)} noValidate className="stack">
        <WhereFields regions={props.regions} />
        <PersonFields />
        <MarksFields />
        <PhotosField onFiles={setPhotos} />
        <div aria-live="polite">
          <ActionAlert state={formError ?? null} />
        </div>
        <div className="actions">
          <button type="submit" className="button" disabled={sending}>
            {sending ? t("found:form.sending") : t("found:form.submit")}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
