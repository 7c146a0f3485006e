import { useEffect, useMemo, useRef } from "react";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { MAX_PHOTO_BYTES, MAX_PHOTOS, PHOTO_MIME_TYPES } from "@/lib/case-options";
import styles from "./claim-form.module.css";

export interface ChosenPhoto {
  /** Stable while the list changes under an ongoing shrink. */
  id: number;
  file: File;
  /** An i18n key when the browser can already tell the file will be refused. */
  error?: string;
  /** Being shrunk in the browser (shrink-photo.ts); not ready to send yet. */
  preparing?: boolean;
}

let lastId = 0;

// The shrinking code is not part of the report page's first visit (decision 100's budget): it is
// fetched when the photo step opens, so the service worker holds it for a photo chosen offline
// later. Should it still be missing, the photo is kept as chosen and the server shrinks it.
const loadShrink = () => import("./shrink-photo");
async function shrunk(file: File): Promise<File> {
  try {
    return await (await loadShrink()).shrinkPhoto(file);
  } catch {
    return file;
  }
}

const typeAllowed = (file: File) => (PHOTO_MIME_TYPES as readonly string[]).includes(file.type);

/** A quick check in the browser for a friendly early message; the server checks the content. */
export function checkPhoto(file: File, id = ++lastId): ChosenPhoto {
  if (!typeAllowed(file)) return { id, file, error: "intake:errors.photoType" };
  if (file.size > MAX_PHOTO_BYTES) return { id, file, error: "intake:errors.photoTooLarge" };
  return { id, file };
}

/** Photos the form may send: checked, shrunk, none refused. */
export const photosReady = (photos: readonly ChosenPhoto[]) => photos.every((p) => !p.error && !p.preparing);

export function PhotosStep(props: {
  photos: ChosenPhoto[];
  onChange: (update: (photos: ChosenPhoto[]) => ChosenPhoto[]) => void;
  error?: string;
  /** The browser would not keep the photos on the phone (use-kept-photos.ts). */
  notKept?: boolean;
}) {
  const t = useT(["intake", "validation"]);
  const input = useRef<HTMLInputElement>(null);
  const previews = useMemo(
    () => props.photos.map((p) => (p.error || p.preparing ? null : URL.createObjectURL(p.file))),
    [props.photos],
  );
  useEffect(() => () => previews.forEach((u) => u && URL.revokeObjectURL(u)), [previews]);
  const full = props.photos.length >= MAX_PHOTOS;
  useEffect(() => {
    void loadShrink().catch(() => undefined);
    // Fetched now, so that a photo chosen later without a connection can still be kept.
    void import("./draft-photos").catch(() => undefined);
  }, []);

  async function add(files: FileList | null) {
    const room = MAX_PHOTOS - props.photos.length;
    const added = Array.from(files ?? [])
      .slice(0, Math.max(0, room))
      .map((file) => ({ id: ++lastId, file, preparing: typeAllowed(file) }));
    if (input.current) input.current.value = "";
    props.onChange((ps) => [...ps, ...added].slice(0, MAX_PHOTOS));
    // One at a time: a cheap phone has little memory for several decoded 12 MP photos.
    for (const p of added) {
      const checked = checkPhoto(p.preparing ? await shrunk(p.file) : p.file, p.id);
      props.onChange((ps) => ps.map((q) => (q.id === p.id ? checked : q)));
    }
  }

  return (
    <>
      <Alert>{t(props.notKept ? "photos.notSaved" : "photos.kept")}</Alert>
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
          onChange={(e) => void add(e.target.files)}
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
          <li key={p.id}>
            {previews[i] ? (
              // A local blob: URL, which next/image cannot (and need not) optimise.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={previews[i]!} alt={t("photos.preview", { name: p.file.name })} width={96} />
            ) : null}
            <span className={styles.photoName}>{p.file.name}</span>
            {p.preparing ? (
              <span className="hint" role="status">
                {t("photos.preparing")}
              </span>
            ) : null}
            {p.error ? (
              <span className="field-error" role="alert">
                {t(p.error)}
              </span>
            ) : null}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => props.onChange((ps) => ps.filter((q) => q.id !== p.id))}
            >
              {t("photos.remove", { name: p.file.name })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
