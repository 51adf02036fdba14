import { randomUUID } from "node:crypto";
import type { Dependencies } from "../../domain/ports/dependencies";
import { readSendRates } from "./messaging-environment";
import type { outboxSendRequests } from "./outbox-send-requests";
import { systemClock } from "./system-clock";
import { type TableContainer, tableContainer } from "./table-container";
import { type Repositories, wireRepositories, withQueueing } from "./wiring";

export interface Container extends TableContainer {
  deps: Dependencies;
}

let repositories: Repositories | undefined;

/**
 * The production wiring of every repository, for the admin areas and the hourly run. The repositories are
 * built once per process, so the areas the local server runs share one catalog cache and read each other's
 * writes. A function that queues messages passes `outboxSendRequests`; the others bundle no templates.
 */
export const container = async (queueing?: typeof outboxSendRequests): Promise<Container> => {
  const table = await tableContainer();
  const bookingLinks = {
    publicBaseUrl: table.environment.BOOKING_BASE_URL ?? table.environment.PUBLIC_BASE_URL,
    manageSecret: table.secrets.booking,
  };
  repositories ??= wireRepositories(table.ctx, { clock: systemClock, newId: randomUUID, bookingLinks });
  const messaging = () => ({
    perMinute: readSendRates(),
    publicBaseUrl: table.environment.PUBLIC_BASE_URL,
    unsubscribeSecret: table.secrets.unsubscribe,
    bookingBaseUrl: bookingLinks.publicBaseUrl,
    manageSecret: bookingLinks.manageSecret,
  });
  return { ...table, deps: withQueueing(repositories, queueing?.(messaging)) };
};
