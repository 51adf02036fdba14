import type { Service, ServiceCategory, Staff } from "../model/catalog";
import type { Project } from "../model/project";
import type { AppointmentStore } from "./appointment-store";
import type { ClientRepository } from "./client-repository";
import type { ConsentLedger } from "./consent-ledger";
import type { OverdueScanStore } from "./overdue-scan-store";
import type { StudioItemRepository } from "./studio-item-repository";
import type { StudioRepository } from "./studio-repository";

/** The current instant as an ISO string; injected so domain code never reads the clock. */
export type Clock = () => string;

/** Everything the use cases may reach; each use case picks what it needs. */
export interface Dependencies {
  studios: StudioRepository;
  clients: ClientRepository;
  categories: StudioItemRepository<ServiceCategory>;
  services: StudioItemRepository<Service>;
  staff: StudioItemRepository<Staff>;
  projects: StudioItemRepository<Project>;
  appointments: AppointmentStore;
  overdueScan: OverdueScanStore;
  consents: ConsentLedger;
  clock: Clock;
  newId: () => string;
}
