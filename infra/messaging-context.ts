import type { Node } from "constructs";
import type { MessagingSettings } from "./constructs/messaging";

/** Where texts may go unless the context says otherwise: the studios' home markets. */
export const defaultSmsAllowedCountries = ["DE", "AT", "CH", "NL", "PL", "GB"];

const stringOf = (node: Node, key: string, example: string): string => {
  const value: unknown = node.tryGetContext(key);
  if (typeof value !== "string" || value.trim() === "") {
    throw new Error(`Context "${key}" must be a non-empty string, e.g. "${example}"`);
  }
  return value;
};

const perMinuteOf = (node: Node, key: string, fallback: number): number => {
  const value: unknown = node.tryGetContext(key) ?? fallback;
  const parsed = typeof value === "string" ? Number(value) : value;
  if (typeof parsed !== "number" || !Number.isInteger(parsed) || parsed <= 0) {
    throw new Error(`Context "${key}" must be a positive whole number of messages per minute`);
  }
  return parsed;
};

const flagOf = (node: Node, key: string): boolean => {
  const value: unknown = node.tryGetContext(key);
  // `-c key=true` arrives as a string.
  return value === true || value === "true";
};

const countriesOf = (node: Node, key: string): string[] => {
  const raw: unknown = node.tryGetContext(key) ?? defaultSmsAllowedCountries;
  const value: unknown = typeof raw === "string" ? JSON.parse(raw) : raw;
  if (
    !Array.isArray(value) ||
    value.length === 0 ||
    !value.every((code) => typeof code === "string" && /^[A-Z]{2}$/.test(code))
  ) {
    throw new Error(`Context "${key}" must be a list of ISO 3166-1 alpha-2 codes, e.g. ["DE","AT"]`);
  }
  return value;
};

/** The messaging settings from the app's context (cdk.json or `-c key=value`), checked. */
export const readMessagingContext = (node: Node): MessagingSettings => ({
  sesIdentity: stringOf(node, "sesIdentity", "example.com"),
  createSesIdentity: flagOf(node, "sesCreateIdentity"),
  sesFromAddress: stringOf(node, "sesFromAddress", "Rebook <no-reply@example.com>"),
  smsOriginationIdentity: stringOf(node, "smsOriginationIdentity", "phone-0123456789abcdef"),
  smsAllowedCountries: countriesOf(node, "smsAllowedCountries"),
  emailPerMinute: perMinuteOf(node, "emailPerMinute", 60),
  smsPerMinute: perMinuteOf(node, "smsPerMinute", 30),
});
