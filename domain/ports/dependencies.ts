import type { Service, ServiceCategory, Staff } from "../model/catalog";
import type { ClientGroup } from "../model/client-group";
import type { AccountDirectory } from "./account-directory";
import type { AppointmentStore } from "./appointment-store";
import type { BirthdayStore } from "./birthday-store";
import type { BlockStore } from "./block-store";
import type { ClientRepository } from "./client-repository";
import type { ConsentLedger } from "./consent-ledger";
import type { OnlineBookingStore } from "./online-booking-store";
import type { Outbox, SendNow } from "./outbox";
import type { OverdueScanStore } from "./overdue-scan-store";
import type { Payments } from "./payments";
import type { PhotoObjects, PhotoStore } from "./photo-storage";
import type { ProjectRepository } from "./project-repository";
import type { PromotionStore } from "./promotion-store";
import type { ReconnectStore } from "./reconnect-store";
import type { SendRequestQueue } from "./send-request-queue";
import type { StaffAccountStore } from "./staff-account-store";
import type { StudioItemRepository } from "./studio-item-repository";
import type { StudioRepository } from "./studio-repository";
import type { TemplateStore } from "./template-store";
import type { WaitlistStore } from "./waitlist-store";

/** The current instant as an ISO string; injected so domain code never reads the clock. */
export type Clock = () => string;

/** Everything the use cases may reach; each use case picks what it needs. */
export interface Dependencies {
  studios: StudioRepository;
  clients: ClientRepository;
  clientGroups: StudioItemRepository<ClientGroup>;
  birthdays: BirthdayStore;
  categories: StudioItemRepository<ServiceCategory>;
  services: StudioItemRepository<Service>;
  staff: StudioItemRepository<Staff>;
  projects: ProjectRepository;
  appointments: AppointmentStore;
  promotions: PromotionStore;
  /** The client galleries' items (table) and objects (bucket). */
  photos: PhotoStore;
  photoObjects: PhotoObjects;
  overdueScan: OverdueScanStore;
  consents: ConsentLedger;
  /** The studio's blocks of phones, addresses and tags. */
  blocks: BlockStore;
  outbox: Outbox;
  /** The studio's template overrides (the built-in defaults apply where there is none). */
  templates: TemplateStore;
  reconnect: ReconnectStore;
  staffAccounts: StaffAccountStore;
  /** Where staff sign in: Cognito in the cloud, local tokens on the local stack. */
  accountDirectory: AccountDirectory;
  /** Queues marketing and transactional sends in the outbox. */
  sendRequests: SendRequestQueue;
  onlineBooking: OnlineBookingStore;
  /** Clients waiting for a freed slot, and the offers made to them. */
  waitlist: WaitlistStore;
  /** The client's own page of a booking (a signed link under the booking routes' origin). */
  bookingPageUrl: (booking: { studioId: string; appointmentId: string }) => string;
  /** Deposits: checkouts, refunds and the provider's signed events. */
  payments: Payments;
  /** Sends one queued message at once (a one-time code); where it cannot, the sender's next run sends it. */
  sendNow: SendNow;
  /** A keyed hash (HMAC with a server secret) of `value` in the namespace `kind`: what is stored instead of it. */
  keyedHash: (kind: string, value: string) => string;
  clock: Clock;
  newId: () => string;
  /** Six digits from a cryptographically secure source. */
  newCode: () => string;
}
