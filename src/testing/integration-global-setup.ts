import crypto from "node:crypto";
import { applyMigrations } from "@/server/migrations";
import { connectSql } from "@/server/sql-client";
import { adminQuery, urlFor } from "./test-db";

// Migrates one template database per run (unique name, so parallel runs never collide).
export default async function setup() {
  const name = `reen_tpl_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const db = await connectSql(urlFor(name));
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  process.env.TEST_TEMPLATE_DB = name;
  return async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  };
}
