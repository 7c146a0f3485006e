import { metricsResponse } from "@/server/metrics-route";

export const dynamic = "force-dynamic";

/** Prometheus metrics, for operators only (METRICS_TOKEN); not found when no token is configured. */
export const GET = metricsResponse;
