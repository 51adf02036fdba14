import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** The git-ignored folder where the local stack keeps its data and secrets between runs. */
export const LOCAL_DATA_DIRECTORY = ".local-data";
export const LOCAL_TABLE_NAME = "rebook-local";
export const DEMO_STUDIO_ID = "demo-studio";
export const DEMO_STUDIO_HANDLE = "demo";
export const DEMO_OWNER_EMAIL = "owner@studio-rebook-demo.example";

/** A secret generated on first use and kept, so tokens and links stay valid across restarts. */
export const localSecret = (name: string, create: boolean): string | null => {
  const path = join(LOCAL_DATA_DIRECTORY, name);
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  if (!create) return null;
  mkdirSync(LOCAL_DATA_DIRECTORY, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(path, secret, { mode: 0o600 });
  return secret;
};
