import { randomInt } from "node:crypto";
import type { BookingLinks } from "../../domain/online-booking/commit-online-booking";
import { manageUrlOf } from "../../domain/online-booking/manage-link";
import type { AccountDirectory } from "../../domain/ports/account-directory";
import type { Clock, Dependencies } from "../../domain/ports/dependencies";
import type { SendNow } from "../../domain/ports/outbox";
import type { Payments } from "../../domain/ports/payments";
import type { PhotoObjects } from "../../domain/ports/photo-storage";
import type { SendRequestQueue } from "../../domain/ports/send-request-queue";
import { dynamoDbRepositories } from "../adapters/dynamodb/dynamodb-dependencies";
import type { TableContext } from "../adapters/dynamodb/table-context";

export interface WiringOptions {
  clock: Clock;
  newId: () => string;
  /** Only the functions that manage sign-ins reach the directory; the others get one that refuses. */
  accountDirectory?: AccountDirectory;
  /** The gallery's bucket, for the functions given one (see photo-bucket.ts); the others get one that refuses. */
  photoObjects?: PhotoObjects;
  /** Where the clients' booking pages are, and the key that signs their links. */
  bookingLinks: BookingLinks;
  /** Deposits, for the functions that take or refund them (see payments-container.ts); the others get one that refuses. */
  payments?: Payments;
  /** One-time codes; six CSPRNG digits unless a test needs to know them. */
  newCode?: () => string;
  /** The functions that send codes send them at once; elsewhere the sender's next run sends what is queued. */
  sendNow?: SendNow;
}

export type Repositories = Omit<Dependencies, "sendRequests">;

/** How a function queues sends, given its repositories (see `outboxSendRequests`). */
export type Queueing = (repositories: Repositories) => SendRequestQueue;

const notQueueing: SendRequestQueue = async () => {
  throw new Error("this function was wired without queueing: pass outboxSendRequests to its container");
};

const sixDigits = (): string => randomInt(0, 1_000_000).toString().padStart(6, "0");

const refuse = async (): Promise<never> => {
  throw new Error(
    "this function has no account directory: sign-ins are managed by the staff-accounts function",
  );
};
const noAccountDirectory: AccountDirectory = { enrol: refuse, changeRole: refuse, remove: refuse };

const refuseWithoutBucket = async (): Promise<never> => {
  throw new Error("this function has no photo bucket: the gallery is served by the clients function");
};
const noPhotoObjects: PhotoObjects = {
  uploadUrl: refuseWithoutBucket,
  readUrls: refuseWithoutBucket,
  readUpload: refuseWithoutBucket,
  storeProcessed: refuseWithoutBucket,
  deleteUpload: refuseWithoutBucket,
  deleteProcessed: refuseWithoutBucket,
  deleteAllOfClient: refuseWithoutBucket,
};

const refuseWithoutPayments = (): never => {
  throw new Error(
    "this function has no payments: deposits are taken by the booking, appointments and payments functions",
  );
};
const noPayments: Payments = {
  startCheckout: async () => refuseWithoutPayments(),
  refund: async () => refuseWithoutPayments(),
  verifyEvent: refuseWithoutPayments,
};

/** The repositories of Rebook's table with the clock and ids: the same in the cloud, locally and in tests. */
export const wireRepositories = (ctx: TableContext, options: WiringOptions): Repositories => ({
  ...dynamoDbRepositories(ctx),
  accountDirectory: options.accountDirectory ?? noAccountDirectory,
  photoObjects: options.photoObjects ?? noPhotoObjects,
  payments: options.payments ?? noPayments,
  bookingPageUrl: (booking) =>
    manageUrlOf(options.bookingLinks.publicBaseUrl, booking, options.bookingLinks.manageSecret),
  clock: options.clock,
  newId: options.newId,
  newCode: options.newCode ?? sixDigits,
  sendNow: options.sendNow ?? (async () => false),
});

/** The dependencies of a function that queues sends with `queueing`, or never does when it is left out. */
export const withQueueing = (repositories: Repositories, queueing?: Queueing): Dependencies => ({
  ...repositories,
  sendRequests: queueing?.(repositories) ?? notQueueing,
});
