import type { Metadata } from "next";
import Link from "next/link";
import { markInboxAction } from "@/features/inbox/actions";
import { countUnreadByKind, INBOX_PAGE_SIZE, listInbox, type InboxEntry } from "@/features/inbox/data";
import { INBOX_KINDS, INBOX_STATES, InboxFilter } from "@/features/inbox/schemas";
import { formatDateTime } from "@/i18n/intl";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { requirePageViewer } from "@/server/page-guard";
import type { TFunction } from "i18next";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["inbox"]);
  return { title: t("inbox:title"), robots: { index: false } };
}

function reasonText(reason: string, t: TFunction): string | null {
  const [code, value] = reason.split(":");
  if (code === "DAYS") return t("inbox:reason.days", { days: value });
  if (code === "MATCH") return t("inbox:reason.match");
  // Requests between countries (decision 145): what was asked, in the reader's language.
  if (code === "NEED") return t(`inbox:reason.need.${value}`, { defaultValue: "" }) || null;
  if (code === "ANSWER") return t("inbox:reason.ANSWER");
  if (
    code === "MINOR" ||
    code === "TRAFFICKING" ||
    code === "BORDER" ||
    code === "PLACE" ||
    code === "FLAGGED"
  )
    return t(`inbox:reason.${code}`);
  // The daily digest (decision 152): counts in the reader's scope.
  if (code === "CLAIMS" || code === "MATCHES" || code === "CHECK_INS")
    return t(`inbox:reason.digest.${code}`, { count: Number(value) });
  // Family check-ins (decision 142): what the family said, never their words.
  if (code === "CAME_HOME" || code === "NEW_INFO" || code === "FAMILY_NOTE" || code === "FAMILY_PHOTO")
    return t(`inbox:reason.${code}`);
  // Removal requests (decision 152): why, and whether the page is already down.
  if (/^REMOVAL_[A-Z_]+$/.test(code ?? "")) return t(`inbox:reason.${code}`, { defaultValue: "" }) || null;
  return null;
}

function MarkButton({ id, mark, label, name }: { id: string; mark: string; label: string; name: string }) {
  return (
    <form action={markInboxAction}>
      <input type="hidden" name="itemId" value={id} />
      <input type="hidden" name="mark" value={mark} />
      <button type="submit" className="link-button">
        {label}
        <span className="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}

function Entry({ e, locale, t }: { e: InboxEntry; locale: string; t: TFunction }) {
  const name = t(`inbox:kinds.${e.kind}`);
  const reasons = e.reasons.map((r) => reasonText(r, t)).filter(Boolean);
  return (
    <li className="card">
      <p>
        <strong>{name}</strong>
        {!e.readAt ? <span className="badge"> {t("inbox:unread")}</span> : null}
        <br />
        <small>
          {t("inbox:received")}: {formatDateTime(e.at, locale, { country: e.case?.countryCode })}
          {e.fromCountryCode
            ? ` · ${t("inbox:from", { country: t(`common:countries.${e.fromCountryCode}`) })}`
            : ""}
        </small>
      </p>
      {e.case ? (
        <p>
          <Link href={`/${locale}/cases/${e.case.caseNumber}`}>
            {t("inbox:openCase", { caseNumber: e.case.caseNumber })}
          </Link>{" "}
          — {e.case.name} · {t(`common:status.${e.case.status}`)}
        </p>
      ) : null}
      {reasons.map((r) => (
        <p key={r}>{r}</p>
      ))}
      {e.body ? <p>{e.body}</p> : null}
      <div className="actions">
        {e.readAt ? (
          <MarkButton id={e.id} mark="unread" label={t("inbox:markUnread")} name={name} />
        ) : (
          <MarkButton id={e.id} mark="read" label={t("inbox:markRead")} name={name} />
        )}
        {e.doneAt ? (
          <MarkButton id={e.id} mark="reopen" label={t("inbox:reopen")} name={name} />
        ) : (
          <MarkButton id={e.id} mark="done" label={t("inbox:markDone")} name={name} />
        )}
      </div>
    </li>
  );
}

/** The staff inbox: items addressed to the viewer (scope in features/inbox), newest first. */
export default async function InboxPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/inbox", "inbox:read");
  const filter = InboxFilter.parse(await props.searchParams);
  const [t, entries, unread] = await Promise.all([
    getT(locale, ["inbox"]),
    listInbox(viewer, filter),
    countUnreadByKind(viewer),
  ]);
  const pageHref = (page: number) =>
    `/${locale}/inbox?${new URLSearchParams({ ...(filter.kind ? { kind: filter.kind } : {}), state: filter.state, page: String(page) })}`;
  return (
    <div className="stack">
      <h1>{t("inbox:title")}</h1>
      <p>{t("inbox:intro")}</p>
      <form method="get" role="search" aria-label={t("inbox:filters")} className="form-grid">
        <div className="field">
          <label htmlFor="inbox-kind">{t("inbox:kind")}</label>
          <select id="inbox-kind" name="kind" defaultValue={filter.kind ?? ""}>
            <option value="">{t("inbox:allKinds")}</option>
            {INBOX_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`inbox:kinds.${k}`)}
                {unread[k] ? ` (${unread[k]})` : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="inbox-state">{t("inbox:state")}</label>
          <select id="inbox-state" name="state" defaultValue={filter.state}>
            {INBOX_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`inbox:states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <button type="submit" className="button button--secondary">
            {t("inbox:show")}
          </button>
        </div>
      </form>
      {entries.length ? (
        <ul className="stack" style={{ listStyle: "none", padding: 0 }}>
          {entries.map((e) => (
            <Entry key={e.id} e={e} locale={locale} t={t} />
          ))}
        </ul>
      ) : (
        <p>{t("inbox:empty")}</p>
      )}
      <p className="actions">
        {filter.page > 1 ? <Link href={pageHref(filter.page - 1)}>{t("inbox:previous")}</Link> : null}
        {entries.length === INBOX_PAGE_SIZE ? (
          <Link href={pageHref(filter.page + 1)}>{t("inbox:next")}</Link>
        ) : null}
      </p>
    </div>
  );
}
