import type { MessagingSettings } from "../../domain/outbox/queue-send-request";
import type { Clock, Dependencies } from "../../domain/ports/dependencies";
import { dynamoDbRepositories } from "../adapters/dynamodb/dynamodb-dependencies";
import type { TableContext } from "../adapters/dynamodb/table-context";
import { outboxSendRequests } from "./outbox-send-requests";

export interface WiringOptions {
  clock: Clock;
  newId: () => string;
  /** Read on the first send request, so a function that never queues needs none of it. */
  messaging: () => MessagingSettings;
}

/** The use cases' dependencies on Rebook's table: the same wiring in the cloud, locally and in tests. */
export const wireDependencies = (ctx: TableContext, options: WiringOptions): Dependencies => {
  const base = { ...dynamoDbRepositories(ctx), clock: options.clock, newId: options.newId };
  return { ...base, sendRequests: outboxSendRequests(base, options.messaging) };
};
