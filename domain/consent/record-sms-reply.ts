import type { Dependencies } from "../ports/dependencies";
import { suppressAddress } from "./suppress-address";

/** Opt-out keywords of the languages Rebook's studios write in; compared trimmed and case-insensitively. */
export const STOP_KEYWORDS = ["STOP", "STOPP", "STOPPEN", "UNSUBSCRIBE", "ABMELDEN"] as const;

export const isStopReply = (body: string): boolean =>
  (STOP_KEYWORDS as readonly string[]).includes(body.trim().toUpperCase());

/**
 * A client answered an SMS. STOP (or a sibling keyword) suppresses the number for SMS, as the carrier's
 * opt-out list does: it receives nothing more from any studio. Returns whether the reply was an opt-out.
 */
export const recordSmsReply =
  (deps: Pick<Dependencies, "clients" | "consents" | "clock">) =>
  async (reply: { from: string; body: string; at: string }): Promise<boolean> => {
    if (!isStopReply(reply.body)) return false;
    await suppressAddress(deps)("sms", reply.from, "sms_stop", reply.at);
    return true;
  };
