import { describe, expect, it } from "vitest";
import { isDbUnavailable } from "./db-errors";

// Shapes as they really arrive (recorded from pg 8, @prisma/adapter-pg 7 and Prisma 7).
const prismaWrapped = (cause: object) =>
  Object.assign(new Error("Invalid `prisma.case.count()` invocation"), {
    code: "P2010",
    meta: { driverAdapterError: Object.assign(new Error("DriverAdapterError"), { cause }) },
  });

describe("isDbUnavailable", () => {
  it.each([
    [
      "statement timeout via Prisma",
      prismaWrapped({ kind: "postgres", code: "57014", originalCode: "57014" }),
    ],
    ["lock timeout via Prisma", prismaWrapped({ kind: "postgres", code: "55P03" })],
    ["server shut down via Prisma", prismaWrapped({ kind: "postgres", code: "57P01" })],
    ["not reachable via Prisma", prismaWrapped({ kind: "DatabaseNotReachable", host: "x", port: 1 })],
    ["closed via Prisma", prismaWrapped({ kind: "ConnectionClosed" })],
    ["too many connections", prismaWrapped({ kind: "TooManyConnections" })],
    [
      "in recovery (raw pg)",
      Object.assign(new Error("the database system is in recovery mode"), { code: "57P03" }),
    ],
    ["refused socket", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["pg pool wait", new Error("timeout exceeded when trying to connect")],
    ["pg terminated", new Error("Connection terminated unexpectedly")],
    [
      "transaction start timeout",
      Object.assign(new Error("Unable to start a transaction"), { code: "P2028" }),
    ],
    ["wrapped in cause", new Error("outer", { cause: Object.assign(new Error("x"), { code: "08006" }) })],
  ])("%s", (_label, err) => {
    expect(isDbUnavailable(err)).toBe(true);
  });

  it.each([
    ["division by zero", prismaWrapped({ kind: "postgres", code: "22012" })],
    ["unique violation", Object.assign(new Error("Unique"), { code: "P2002" })],
    ["missing table", prismaWrapped({ kind: "TableDoesNotExist" })],
    ["a TypeError", new TypeError("x is undefined")],
    ["not an error", "boom"],
    ["null", null],
  ])("%s is a bug, not an outage", (_label, err) => {
    expect(isDbUnavailable(err)).toBe(false);
  });
});
