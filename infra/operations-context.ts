import type { Node } from "constructs";

/** The address alarms are mailed to, from the app's context (`-c alarmEmail=ops@example.com`), if set. */
export const readAlarmEmail = (node: Node): string | undefined => {
  const value: unknown = node.tryGetContext("alarmEmail");
  if (value === undefined || value === "") return undefined;
  if (typeof value !== "string" || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(value)) {
    throw new Error('Context "alarmEmail" must be an email address, e.g. "ops@example.com"');
  }
  return value;
};
