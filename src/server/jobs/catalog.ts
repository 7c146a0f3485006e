// Every feature's job registrations, imported for their side effect. A process that runs
// workers (npm start, npm run worker) loads this list; add your feature's jobs.ts here.
import "server-only";
import "./housekeeping";
import "../outbox/jobs";
import "@/features/training/jobs";
import "@/features/cases/jobs";
import "@/features/matching/jobs";
import "@/features/check-ins/jobs";
import "@/features/retention/jobs";
import "@/features/inbox/jobs";
