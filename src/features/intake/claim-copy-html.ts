// The family's copy of their data as one self-contained HTML page (no scripts, no external
// files): readable on any phone, printable. Pure, so it is unit-tested without a database.
import { formatCalendarDate, formatDateTime } from "@/i18n/intl";
import type { Translate } from "@/i18n/translate";

/** The copy's shape as this page reads it (ClaimCopy from claim-copy.ts, or its JSON). */
export interface CopyForPage {
  madeAt: Date;
  claim: Record<string, unknown> & { caseNumber: string; countryCode: string };
  photos: { position: number; width: number; height: number; bytes: number; createdAt: Date }[];
  history: { type: string; at: Date; from?: string | null; to?: string | null; text?: string | null }[];
  checkIns: { number: number; createdAt: Date; answer: string | null; answeredAt: Date | null }[];
  messages: { channel: string; recipient: string; template: string; status: string; createdAt: Date }[];
  removalRequests: {
    reason: string;
    message: string | null;
    status: string;
    createdAt: Date;
    decidedAt: Date | null;
  }[];
}

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]!,
  );

/** Field -> label key; fields of the claim form reuse the form's own labels. */
const SECTIONS: { title: string; fields: [string, string][] }[] = [
  {
    title: "removal:copy.sections.claim",
    fields: [
      ["caseNumber", "removal:copy.fields.caseNumber"],
      ["status", "removal:copy.fields.status"],
      ["createdAt", "removal:copy.fields.createdAt"],
    ],
  },
  {
    title: "intake:steps.person",
    fields: [
      "givenNames",
      "familyNames",
      "otherNames",
      "sex",
      "dateOfBirth",
      "approxAge",
      "nationality",
      "languages",
      "identityDocument",
      "heightCm",
      "build",
      "hair",
      "eyeColour",
      "distinguishingMarks",
      "clothing",
      "medicalNeeds",
    ].map((f) => [f, `intake:person.${f}`]),
  },
  {
    title: "intake:steps.lastSeen",
    fields: [
      ["countryCode", "intake:lastSeen.country"],
      ["region", "intake:lastSeen.region"],
      ["lastSeenCity", "intake:lastSeen.city"],
      ["lastSeenAt", "intake:lastSeen.date"],
      ["circumstances", "intake:lastSeen.circumstances"],
      ["riskIndicators", "intake:lastSeen.risks"],
    ],
  },
  {
    title: "intake:steps.reporter",
    fields: [
      ["reporterName", "intake:reporter.name"],
      ["reporterRelationship", "intake:reporter.relationship"],
      ["reporterPhone", "intake:reporter.phone"],
      ["reporterEmail", "intake:reporter.email"],
      ["reporterLocale", "intake:reporter.preferredLocale"],
      ["notifyByEmail", "removal:copy.fields.notifyByEmail"],
      ["notifyByPhone", "removal:copy.fields.notifyByPhone"],
      ["notifyWithdrawnAt", "removal:copy.fields.notifyWithdrawnAt"],
    ],
  },
  {
    title: "intake:consent.title",
    fields: [
      ["consentPublishPhoto", "intake:consent.publishPhoto"],
      ["consentPublishName", "intake:consent.publishName"],
      ["consentPublishAge", "intake:consent.publishAge"],
      ["consentPublishLastSeen", "intake:consent.publishLastSeen"],
      ["consentPublishDescription", "intake:consent.publishDescription"],
      ["guardianConfirmed", "intake:consent.guardianConfirmed"],
      ["consentWithdrawnAt", "removal:copy.fields.consentWithdrawnAt"],
      ["publicationApprovedAt", "removal:copy.fields.publicationApprovedAt"],
      ["publicHiddenAt", "removal:copy.fields.publicHiddenAt"],
    ],
  },
];

const CALENDAR_FIELDS = new Set(["dateOfBirth"]);

function valueText(field: string, v: unknown, t: Translate, locale: string, country: string): string {
  if (v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0)) return "—";
  if (typeof v === "boolean") return t(v ? "common:yes" : "common:no");
  if (v instanceof Date || (typeof v === "string" && /^\d{4}-\d\d-\d\dT/.test(v)))
    return CALENDAR_FIELDS.has(field)
      ? formatCalendarDate(v, locale)
      : formatDateTime(v, locale, { country });
  const coded: Record<string, (x: string) => string> = {
    status: (x) => t(`common:status.${x}`, { defaultValue: x }),
    sex: (x) => t(`common:sex.${x}`, { defaultValue: x }),
    countryCode: (x) => t(`common:countries.${x}`, { defaultValue: x }),
    reporterRelationship: (x) => t(`intake:relationship.${x}`, { defaultValue: x }),
    riskIndicators: (x) => t(`intake:risk.${x}`, { defaultValue: x }),
    languages: (x) => t(`intake:languages.${x}`, { defaultValue: x }),
  };
  const one = coded[field] ?? ((x: string) => x);
  return Array.isArray(v) ? v.map((x) => one(String(x))).join(", ") : one(String(v));
}

const row = (label: string, value: string) =>
  `<tr><th scope="row">${esc(label)}</th><td>${esc(value)}</td></tr>`;
const table = (rows: string[]) => (rows.length ? `<table>${rows.join("")}</table>` : "");

/** The whole page. Every value is escaped; the family's own words keep their line breaks. */
export function claimCopyHtml(copy: CopyForPage, t: Translate, locale: string): string {
  const country = copy.claim.countryCode;
  const when = (d: Date | string | null) => (d ? formatDateTime(d, locale, { country }) : "—");
  const parts: string[] = [
    `<h1>${esc(t("removal:copy.title", { caseNumber: copy.claim.caseNumber }))}</h1>`,
    `<p>${esc(t("removal:copy.intro", { date: when(copy.madeAt) }))}</p>`,
    `<p>${esc(t("removal:copy.notIncluded"))}</p>`,
  ];
  for (const s of SECTIONS) {
    parts.push(`<h2>${esc(t(s.title))}</h2>`);
    parts.push(
      table(s.fields.map(([f, label]) => row(t(label), valueText(f, copy.claim[f], t, locale, country)))),
    );
  }
  parts.push(`<h2>${esc(t("removal:copy.sections.photos"))}</h2>`);
  parts.push(
    copy.photos.length
      ? table(
          copy.photos.map((p) =>
            row(
              t("removal:copy.photo", { number: p.position + 1 }),
              `${p.width}×${p.height} · ${Math.round(p.bytes / 1024)} KB · ${when(p.createdAt)}`,
            ),
          ),
        )
      : `<p>${esc(t("removal:copy.none"))}</p>`,
  );
  parts.push(`<h2>${esc(t("removal:copy.sections.history"))}</h2>`);
  parts.push(
    table(
      copy.history.map((h) => {
        const status = (s: string | null | undefined) =>
          s ? t(`common:status.${s}`, { defaultValue: s }) : "—";
        let what = t(`removal:copy.history.${h.type}`, {
          defaultValue: h.type,
          from: status(h.from),
          to: status(h.to),
        });
        if (h.text) what += `\n${h.text}`;
        return row(when(h.at), what);
      }),
    ),
  );
  parts.push(`<h2>${esc(t("removal:copy.sections.checkIns"))}</h2>`);
  parts.push(
    copy.checkIns.length
      ? table(
          copy.checkIns.map((c) =>
            row(
              when(c.createdAt),
              c.answer
                ? `${t("removal:copy.checkInAnswered", { number: c.number, date: when(c.answeredAt) })}: ${t(`checkins:eventAnswer.${c.answer}`, { defaultValue: c.answer })}`
                : t("removal:copy.checkInSent", { number: c.number }),
            ),
          ),
        )
      : `<p>${esc(t("removal:copy.none"))}</p>`,
  );
  parts.push(`<h2>${esc(t("removal:copy.sections.messages"))}</h2>`);
  parts.push(
    copy.messages.length
      ? table(
          copy.messages.map((m) =>
            row(when(m.createdAt), `${m.channel} → ${m.recipient} (${m.template}, ${m.status})`),
          ),
        )
      : `<p>${esc(t("removal:copy.none"))}</p>`,
  );
  parts.push(`<h2>${esc(t("removal:copy.sections.removals"))}</h2>`);
  parts.push(
    copy.removalRequests.length
      ? table(
          copy.removalRequests.map((r) =>
            row(
              when(r.createdAt),
              `${t(`removal:reasons.${r.reason}`)} — ${t(`removal:status.${r.status}`)}${r.message ? `\n${r.message}` : ""}`,
            ),
          ),
        )
      : `<p>${esc(t("removal:copy.none"))}</p>`,
  );
  return `<!doctype html>
<html lang="${esc(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${esc(t("removal:copy.title", { caseNumber: copy.claim.caseNumber }))}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:1rem auto;padding:0 1rem}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ccc;padding:.4rem;text-align:left;vertical-align:top}td{white-space:pre-wrap;overflow-wrap:anywhere}th{width:40%}</style>
</head>
<body>
${parts.join("\n")}
</body>
</html>
`;
}
