import { randomUUID } from "node:crypto";
import { appendFile, mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
import type { Clock } from "../../../domain/ports/dependencies";
import type { ProviderReceipts, SmsSender } from "../../../domain/ports/message-providers";
import { type SmsSettings, sendTextMessageInput } from "./sms-sender";

export interface SunkSms {
  providerMessageId: string;
  at: string;
  /** Exactly what SendTextMessage would have been sent. */
  input: ReturnType<typeof sendTextMessageInput>;
}

/**
 * SMS has no emulator: locally, each text is appended as one JSON line to `file` instead of being sent,
 * and its receipt is recorded as the configuration-set event would record it.
 */
export const localSmsSink = (
  file: string,
  settings: SmsSettings,
  receipts: ProviderReceipts,
  clock: Clock,
): SmsSender => ({
  async send(sms) {
    const record: SunkSms = {
      providerMessageId: randomUUID(),
      at: clock(),
      input: sendTextMessageInput(sms, settings),
    };
    await mkdir(dirname(file), { recursive: true });
    await appendFile(file, `${JSON.stringify(record)}\n`);
    await receipts.record(sms.messageId, { providerMessageId: record.providerMessageId }, record.at);
    return { providerMessageId: record.providerMessageId };
  },
});

/** Everything the sink recorded, oldest first; none when nothing was sent yet. */
export const readSunkSms = async (file: string): Promise<SunkSms[]> => {
  const text = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return "";
    throw error;
  });
  return text
    .split("\n")
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as SunkSms);
};
