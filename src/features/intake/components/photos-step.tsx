import { useEffect, useMemo, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_MIME_TYPES } from "../options";
import styles from "./claim-form.module.css";

export interface ChosenPhoto {
  file: File;
  /** An i18n key when the browser can already tell the file will be refused. */
  error?: string;
}

/** A quick check in the browser for a friendly early message; the server checks the content. */
export function checkPhoto(file: File): ChosenPhoto {
  if (!(PHOTO_MIME_TYPES as readonly string[]).includes(file.type))
    return { file, error: "intake:errors.photoType" };
  if (file.size > MAX_PHOTO_BYTES) return { file, error: "intake:errors.photoTooLarge" };
  return { file };
}

export function PhotosStep(props: {
  photos: ChosenPhoto[];
  onChange: (photos: ChosenPhoto[]) => void;
  error?: string;
}) {
  const t = useT(["intake", "validation"]);
  const input = useRef<HTMLInputElement>(null);
  const previews = useMemo(
    () => props.photos.map((p) => (p.error ? null : URL.createObjectURL(p.file))),
    [props.photos],
  );
  useEffect(() => () => previews.forEach((u) => u && URL.revokeObjectURL(u)), [previews]);
  const full = props.photos.length >= MAX_PHOTOS;

  function add(files: FileList | null) {
    const added = Array.from(files ?? []).map(checkPhoto);
    props.onChange([...props.photos, ...added].slice(0, MAX_PHOTOS));
    if (input.current) input.current.value = "";
  }

  return (
    <>
      <Alert>{t("photos.notSaved")}</Alert>
      <div className="field">
        <label htmlFor="claim-photos">{t("photos.label")}</label>
        <span className="hint" id="claim-photos-hint">
          {t("photos.hint")}
        </span>
        <input
          ref={input}
          id="claim-photos"
          type="file"
          accept={PHOTO_MIME_TYPES.join(",")}
          multiple
          disabled={full}
          aria-describedby={`claim-photos-hint${props.error ? " claim-photos-error" : ""}`}
          onChange={(e) => add(e.target.files)}
        />
        {full ? <span className="hint">{t("photos.limitReached")}</span> : null}
        {props.error ? (
          <span className="field-error" id="claim-photos-error" role="alert">
            {t(props.error)}
          </span>
        ) : null}
      </div>
      <h3>{t("photos.chosen")}</h3>
      {props.photos.length === 0 ? <p>{t("photos.none")}</p> : null}
      <ul className={styles.photoList}>
        {props.photos.map((p, i) => (
          <li key={`${p.file.name}-${i}`}>
            {previews[i] ? (
              // A local blob: URL, which next/image cannot (and need not) optimise.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={previews[i]!} alt={t("photos.preview", { name: p.file.name })} width={96} />
            ) : null}
            <span className={styles.photoName}>{p.file.name}</span>
            {p.error ? (
              <span className="field-error" role="alert">
                {t(p.error)}
              </span>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => props.onChange(props.photos.filter((_, j) => j !== i))}
            >
              {t("photos.remove", { name: p.file.name })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
