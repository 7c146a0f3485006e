// A CSV file as a download: private (it may hold staff-only figures), never cached, opened by
// spreadsheets as UTF-8. nosniff comes with every response (security-headers.ts).
export function csvDownload(csv: string, filename: string, headers: Record<string, string> = {}): Response {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      ...headers,
    },
  });
}
