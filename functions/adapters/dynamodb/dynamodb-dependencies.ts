import type { Service, ServiceCategory, Staff } from "../../../domain/model/catalog";
import type { Project } from "../../../domain/model/project";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { dynamoDbAppointmentStore } from "./appointment-store";
import { dynamoDbClientRepository } from "./client-repository";
import { dynamoDbConsentLedger } from "./consent-ledger";
import { dynamoDbOnlineBookingStore } from "./online-booking-store";
import { dynamoDbOutbox } from "./outbox-store";
import { dynamoDbOverdueScanStore } from "./overdue-scan-store";
import { dynamoDbReconnectStore } from "./reconnect-store";
import { dynamoDbStaffAccountStore } from "./staff-account-store";
import { dynamoDbStudioItemRepository } from "./studio-item-repository";
import { dynamoDbStudioRepository } from "./studio-repository";
import type { TableContext } from "./table-context";
import { dynamoDbTemplateStore } from "./template-store";

export const dynamoDbRepositories = (
  ctx: TableContext,
): Omit<Dependencies, "clock" | "newId" | "newCode" | "sendRequests" | "sendNow" | "accountDirectory"> => ({
  studios: dynamoDbStudioRepository(ctx),
  clients: dynamoDbClientRepository(ctx),
  categories: dynamoDbStudioItemRepository<ServiceCategory>(ctx, "CATEGORY", "CATEGORY.NOT_FOUND"),
  services: dynamoDbStudioItemRepository<Service>(ctx, "SERVICE", "SERVICE.NOT_FOUND"),
  staff: dynamoDbStudioItemRepository<Staff>(ctx, "STAFF", "STAFF.NOT_FOUND"),
  projects: dynamoDbStudioItemRepository<Project>(ctx, "PROJECT", "PROJECT.NOT_FOUND"),
  appointments: dynamoDbAppointmentStore(ctx),
  overdueScan: dynamoDbOverdueScanStore(ctx),
  consents: dynamoDbConsentLedger(ctx),
  outbox: dynamoDbOutbox(ctx),
  templates: dynamoDbTemplateStore(ctx),
  reconnect: dynamoDbReconnectStore(ctx),
  staffAccounts: dynamoDbStaffAccountStore(ctx),
  onlineBooking: dynamoDbOnlineBookingStore(ctx),
  keyedHash: ctx.keyedHash,
});
