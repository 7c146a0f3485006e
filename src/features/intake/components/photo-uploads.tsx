import { useT } from "@/i18n/client";
import styles from "./claim-form.module.css";
import type { PhotoUpload } from "./use-photo-uploads";

/** Each photo's progress after the claim was filed, with "Try again" for one that failed. */
export function PhotoUploads(props: { uploads: PhotoUpload[]; onRetry: (position: number) => void }) {
  const t = useT(["intake", "common"]);
  if (!props.uploads.length) return null;
  const pending = props.uploads.some((u) => u.status !== "sent");
  return (
    <section className="stack no-print" aria-labelledby="photo-uploads-title" data-testid="photo-uploads">
      <h3 id="photo-uploads-title">{t("uploads.title")}</h3>
      <p>{pending ? t("uploads.keepOpen") : t("uploads.allSent")}</p>
      <ul className={styles.photoList}>
        {props.uploads.map((u) => {
          const id = `photo-upload-${u.position}`;
          return (
            <li key={u.position} className={styles.upload}>
              <label htmlFor={id} id={`${id}-label`} className={styles.photoName}>
                {t("uploads.photo", { n: u.position + 1, name: u.file.name })}
              </label>
              <progress id={id} max={u.total || 1} value={u.status === "sent" ? u.total || 1 : u.sent} />
              <span role="status">{t(`uploads.status.${u.status}`)}</span>
              {u.status === "failed" && u.error ? (
                <span className="field-error" role="alert">
                  {t(u.error)}
                </span>
              ) : null}
              {u.status === "failed" && u.canRetry ? (
                <button
                  type="button"
                  className="button"
                  aria-describedby={`${id}-label`}
                  onClick={() => props.onRetry(u.position)}
                >
                  {t("uploads.retry")}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
