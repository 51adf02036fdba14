import { randomInt } from "node:crypto";
import type { MessagingSettings } from "../../domain/outbox/queue-send-request";
import type { AccountDirectory } from "../../domain/ports/account-directory";
import type { Clock, Dependencies } from "../../domain/ports/dependencies";
import type { SendNow } from "../../domain/ports/outbox";
import { dynamoDbRepositories } from "../adapters/dynamodb/dynamodb-dependencies";
import type { TableContext } from "../adapters/dynamodb/table-context";
import { outboxSendRequests } from "./outbox-send-requests";

export interface WiringOptions {
  clock: Clock;
  /** Only the functions that manage sign-ins reach the directory; the others get one that refuses. */
  accountDirectory?: AccountDirectory;
  newId: () => string;
  /** One-time codes; six CSPRNG digits unless a test needs to know them. */
  newCode?: () => string;
  /** The functions that send codes send them at once; elsewhere the sender's next run sends what is queued. */
  sendNow?: SendNow;
  /** Read on the first send request, so a function that never queues needs none of it. */
  messaging: () => MessagingSettings;
}

const sixDigits = (): string => randomInt(0, 1_000_000).toString().padStart(6, "0");

const refuse = async (): Promise<never> => {
  throw new Error(
    "this function has no account directory: sign-ins are managed by the staff-accounts function",
  );
};
const noAccountDirectory: AccountDirectory = { enrol: refuse, changeRole: refuse, remove: refuse };

/** The use cases' dependencies on Rebook's table: the same wiring in the cloud, locally and in tests. */
export const wireDependencies = (ctx: TableContext, options: WiringOptions): Dependencies => {
  const base = {
    ...dynamoDbRepositories(ctx),
    accountDirectory: options.accountDirectory ?? noAccountDirectory,
    clock: options.clock,
    newId: options.newId,
    newCode: options.newCode ?? sixDigits,
    sendNow: options.sendNow ?? (async () => false),
  };
  return { ...base, sendRequests: outboxSendRequests(base, options.messaging) };
};
