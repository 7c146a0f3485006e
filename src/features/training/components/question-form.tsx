"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { ActionAlert } from "@/components/ui/action-alert";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/settings";
import { saveQuestionAction, type QuestionState } from "../question-actions";
import { MAX_QUESTION_OPTIONS } from "../schemas";
import { useErrorText } from "./use-error-text";

type Texts = Record<Locale, string>;

/**
 * Writes or changes one knowledge-check question: the question and two to four options, each in
 * every language of the portal (one group per language), and which option is right.
 */
export function QuestionForm(props: {
  locale: string;
  countryCode: string;
  listHref: string;
  question?: { id: string; text: Texts; options: Texts[]; correct: number };
}) {
  const t = useT(["training", "common"]);
  const errorText = useErrorText();
  // What was sent: React resets a form after its action, and the fields' defaults then hold
  // the typed texts again (40 of them: a refusal must not wipe them).
  const [sent, setSent] = useState<Record<string, string> | null>(null);
  const [state, action, pending] = useActionState<QuestionState, FormData>((prev, form) => {
    setSent(Object.fromEntries([...form.entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""])));
    return saveQuestionAction(prev, form);
  }, null);
  const q = props.question;
  const initial = (name: string, fallback: string | undefined) => sent?.[name] ?? fallback ?? "";
  // Once a new question is saved, saving again changes it instead of writing a second one.
  const id = q?.id ?? (state?.ok ? state.data.id : (sent?.id ?? ""));
  const err = (path: string) => (state && !state.ok ? state.fieldErrors?.[path] : undefined);
  const described = (id: string, e: string | undefined) =>
    e ? { "aria-invalid": true as const, "aria-describedby": `${id}-error` } : {};
  const errorLine = (id: string, e: string | undefined) =>
    e ? (
      <p className="field-error" id={`${id}-error`}>
        {errorText(e)}
      </p>
    ) : null;
  const optionsErr = err("options");
  const correctErr = err("correct");
  return (
    <form action={action} className="stack">
      <input type="hidden" name="countryCode" value={props.countryCode} />
      <input type="hidden" name="id" value={id} />
      <p>{t("questions.optionsHint")}</p>
      {LOCALES.map((l) => {
        const textId = `q-text-${l}`;
        const textErr = err(`text.${l}`);
        return (
          <fieldset key={l} lang={l}>
            <legend>{LOCALE_NAMES[l]}</legend>
            <div className="field">
              <label htmlFor={textId}>{t("questions.textIn", { language: LOCALE_NAMES[l] })}</label>
              <textarea
                id={textId}
                name={`text-${l}`}
                rows={2}
                maxLength={300}
                defaultValue={initial(`text-${l}`, q?.text[l])}
                {...described(textId, textErr)}
              />
              {errorLine(textId, textErr)}
            </div>
            {Array.from({ length: MAX_QUESTION_OPTIONS }, (_, n) => {
              const id = `q-option-${n}-${l}`;
              const e = err(`options.${n}.${l}`);
              return (
                <div className="field" key={n}>
                  <label htmlFor={id}>
                    {t("questions.optionIn", { n: n + 1, language: LOCALE_NAMES[l] })}
                  </label>
                  <input
                    id={id}
                    name={`option-${n}-${l}`}
                    maxLength={200}
                    defaultValue={initial(`option-${n}-${l}`, q?.options[n]?.[l])}
                    {...described(id, e)}
                  />
                  {errorLine(id, e)}
                </div>
              );
            })}
          </fieldset>
        );
      })}
      <fieldset {...described("q-correct", correctErr ?? optionsErr)}>
        <legend>{t("questions.correct")}</legend>
        {errorLine("q-correct", correctErr ?? optionsErr)}
        {Array.from({ length: MAX_QUESTION_OPTIONS }, (_, n) => (
          <label className="checkbox" key={n}>
            <input
              type="radio"
              name="correct"
              value={n}
              defaultChecked={sent ? sent.correct === String(n) : q?.correct === n}
            />
            <span>{t("questions.correctOption", { n: n + 1 })}</span>
          </label>
        ))}
      </fieldset>
      <div aria-live="polite">
        <ActionAlert state={state} translate={errorText} />
        {state?.ok ? <Alert kind="success">{t("questions.saved")}</Alert> : null}
      </div>
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {t("questions.save")}
        </button>
        <Link href={props.listHref}>{t("questions.back")}</Link>
      </div>
    </form>
  );
}
