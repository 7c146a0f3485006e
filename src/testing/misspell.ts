// Moved to src/lib/synthetic (shared by the seed, practice sandboxes and tests); kept for the tests.
export * from "@/lib/synthetic/misspell";
