import type { Metadata } from "next";
import { ClaimNotFoundError, getClaimStatus, type ClaimStatus } from "@/features/intake/data";
import { ClaimStatusView } from "@/features/intake/components/claim-status-view";
import { requestRemovalFromTrackAction, withdrawClaimAction } from "@/features/intake/track-actions";
import { FamilyPrivacy } from "@/features/removal/components/family-privacy";
import { listFamilyRemovals, type FamilyRemovalView } from "@/features/removal/data";
import { TrackForm } from "@/features/intake/components/track-form";
import { readTrackState } from "@/features/intake/track-session";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { isLocale } from "@/i18n/settings";

export async function generateMetadata(props: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await props.params;
  if (!isLocale(locale)) return {};
  const t = await getT(locale, ["track"]);
  return { title: t("track:title") };
}

// Reads the track cookie, so it is rendered per request and sent with Cache-Control: no-store.
export default async function TrackPage(props: { params: Promise<{ locale: string }> }) {
  const locale = await localeFrom(props.params);
  const [t, state] = await Promise.all([getT(locale, ["track"]), readTrackState()]);
  let status: ClaimStatus | null = null;
  let removals: FamilyRemovalView[] = [];
  let error = state?.error;
  if (state?.trackingCode) {
    // Checked again on every view: a case whose code no longer matches shows nothing.
    try {
      [status, removals] = await Promise.all([
        getClaimStatus(state.caseNumber, state.trackingCode),
        listFamilyRemovals(state.caseNumber, state.trackingCode),
      ]);
    } catch (err) {
      if (!(err instanceof ClaimNotFoundError)) throw err;
      error = err.key;
    }
  }
  return (
    <div className="stack">
      <h1>{t("track:title")}</h1>
      {status ? (
        <ClaimStatusView
          locale={locale}
          status={status}
          notice={state?.notice}
          error={error}
          fieldErrors={state?.fieldErrors}
          privacy={
            <FamilyPrivacy
              locale={locale}
              countryCode={status.countryCode}
              removals={removals}
              fieldErrors={state?.fieldErrors}
              requestAction={requestRemovalFromTrackAction}
              withdrawAction={withdrawClaimAction}
            />
          }
        />
      ) : (
        <TrackForm
          locale={locale}
          caseNumber={state?.caseNumber}
          notice={state?.notice}
          error={error}
          reference={state?.reference}
          fieldErrors={state?.fieldErrors}
        />
      )}
    </div>
  );
}
