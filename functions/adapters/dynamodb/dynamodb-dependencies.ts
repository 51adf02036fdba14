import type { ErrorCode } from "../../../domain/errors";
import type { Service, ServiceCategory, Staff } from "../../../domain/model/catalog";
import type { ClientGroup } from "../../../domain/model/client-group";
import type { Dependencies } from "../../../domain/ports/dependencies";
import {
  CATALOG_CACHE_ENTRIES,
  CATALOG_STALENESS_MS,
  cachedStudioItems,
  cachedStudios,
} from "../cache/cached-catalog";
import { readCache } from "../cache/read-cache";
import { dynamoDbAppointmentStore } from "./appointment-store";
import { dynamoDbBirthdayStore } from "./birthday-store";
import { dynamoDbBlockStore } from "./block-store";
import { dynamoDbClientRepository } from "./client-repository";
import { dynamoDbConsentLedger } from "./consent-ledger";
import type { StudioItemKind } from "./keys";
import { dynamoDbOnlineBookingStore } from "./online-booking-store";
import { dynamoDbOutbox } from "./outbox-store";
import { dynamoDbOverdueScanStore } from "./overdue-scan-store";
import { dynamoDbPhotoStore } from "./photo-store";
import { dynamoDbProjectRepository } from "./project-repository";
import { dynamoDbPromotionStore } from "./promotion-store";
import { dynamoDbReconnectStore } from "./reconnect-store";
import { dynamoDbStaffAccountStore } from "./staff-account-store";
import { dynamoDbStudioItemRepository } from "./studio-item-repository";
import { dynamoDbStudioRepository } from "./studio-repository";
import type { TableContext } from "./table-context";
import { dynamoDbTemplateStore } from "./template-store";
import { dynamoDbWaitlistStore } from "./waitlist-store";

/** The repositories of Rebook's table; the slow-changing catalog is read through a cache (see cached-catalog.ts). */
export const dynamoDbRepositories = (
  ctx: TableContext,
): Omit<
  Dependencies,
  | "clock"
  | "newId"
  | "newCode"
  | "sendRequests"
  | "sendNow"
  | "accountDirectory"
  | "photoObjects"
  | "payments"
  | "bookingPageUrl"
> => {
  const cache = readCache({
    ttlMs: CATALOG_STALENESS_MS,
    maxEntries: CATALOG_CACHE_ENTRIES,
    now: () => performance.now(),
  });
  const catalog = <T extends { id: string; studioId: string; version: number }>(
    kind: StudioItemKind,
    notFoundCode: Extract<ErrorCode, `${string}.NOT_FOUND`>,
  ) => cachedStudioItems(dynamoDbStudioItemRepository<T>(ctx, kind, notFoundCode), kind, cache);
  return {
    studios: cachedStudios(dynamoDbStudioRepository(ctx), cache),
    clients: dynamoDbClientRepository(ctx),
    birthdays: dynamoDbBirthdayStore(ctx),
    clientGroups: dynamoDbStudioItemRepository<ClientGroup>(ctx, "GROUP", "GROUP.NOT_FOUND"),
    categories: catalog<ServiceCategory>("CATEGORY", "CATEGORY.NOT_FOUND"),
    services: catalog<Service>("SERVICE", "SERVICE.NOT_FOUND"),
    staff: catalog<Staff>("STAFF", "STAFF.NOT_FOUND"),
    projects: dynamoDbProjectRepository(ctx),
    appointments: dynamoDbAppointmentStore(ctx),
    promotions: dynamoDbPromotionStore(ctx),
    photos: dynamoDbPhotoStore(ctx),
    overdueScan: dynamoDbOverdueScanStore(ctx),
    consents: dynamoDbConsentLedger(ctx),
    blocks: dynamoDbBlockStore(ctx),
    outbox: dynamoDbOutbox(ctx),
    templates: dynamoDbTemplateStore(ctx),
    reconnect: dynamoDbReconnectStore(ctx),
    staffAccounts: dynamoDbStaffAccountStore(ctx),
    onlineBooking: dynamoDbOnlineBookingStore(ctx),
    waitlist: dynamoDbWaitlistStore(ctx),
    keyedHash: ctx.keyedHash,
  };
};
