import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Service, ServiceCategory, Staff } from "../../../domain/model/catalog";
import type { Project } from "../../../domain/model/project";
import type { Dependencies } from "../../../domain/ports/dependencies";
import { dynamoDbAppointmentStore } from "./appointment-store";
import { dynamoDbClientRepository } from "./client-repository";
import { dynamoDbConsentLedger } from "./consent-ledger";
import { dynamoDbOutbox } from "./outbox-store";
import { dynamoDbOverdueScanStore } from "./overdue-scan-store";
import { dynamoDbReconnectStore } from "./reconnect-store";
import { dynamoDbStudioItemRepository } from "./studio-item-repository";
import { dynamoDbStudioRepository } from "./studio-repository";
import { dynamoDbTemplateStore } from "./template-store";

export const dynamoDbRepositories = (
  client: DynamoDBDocumentClient,
  tableName: string,
): Omit<Dependencies, "clock" | "newId" | "sendRequests"> => ({
  studios: dynamoDbStudioRepository(client, tableName),
  clients: dynamoDbClientRepository(client, tableName),
  categories: dynamoDbStudioItemRepository<ServiceCategory>(
    client,
    tableName,
    "CATEGORY",
    "CATEGORY.NOT_FOUND",
  ),
  services: dynamoDbStudioItemRepository<Service>(client, tableName, "SERVICE", "SERVICE.NOT_FOUND"),
  staff: dynamoDbStudioItemRepository<Staff>(client, tableName, "STAFF", "STAFF.NOT_FOUND"),
  projects: dynamoDbStudioItemRepository<Project>(client, tableName, "PROJECT", "PROJECT.NOT_FOUND"),
  appointments: dynamoDbAppointmentStore(client, tableName),
  overdueScan: dynamoDbOverdueScanStore(client, tableName),
  consents: dynamoDbConsentLedger(client, tableName),
  outbox: dynamoDbOutbox(client, tableName),
  templates: dynamoDbTemplateStore(client, tableName),
  reconnect: dynamoDbReconnectStore(client, tableName),
});
