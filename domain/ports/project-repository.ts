import type { FollowUpList, Project, ProjectAutomation, ProjectChangeRecord } from "../model/project";
import type { Page, PageRequest } from "./page";
import type { StudioItemRepository } from "./studio-item-repository";

/** A follow-up list's projects whose time there lies in [from, to], optionally by contact count. */
export interface FollowUpQuery {
  list: FollowUpList;
  /** Inclusive; null: from the list's start. */
  from: string | null;
  /** Inclusive. */
  to: string;
  minContacts: number | null;
  maxContacts: number | null;
  order: "asc" | "desc";
}

export interface ProjectRepository extends StudioItemRepository<Project> {
  /** One client's projects, newest first, without reading the studio's others. */
  listForClient(studioId: string, clientId: string, page: PageRequest): Promise<Page<Project>>;
  /** A page of a follow-up list, reading only that list's entries in the range. */
  followUps(studioId: string, query: FollowUpQuery, page: PageRequest): Promise<Page<Project>>;
  /** How many projects `followUps` would list, counted from the list's index entries alone. */
  countFollowUps(studioId: string, query: FollowUpQuery): Promise<number>;
  /**
   * Saves the project at its version together with the record of the request that changed it, which is
   * written only once per project and request: false (and nothing written) when it was recorded before.
   * Fails with CONCURRENT_UPDATE when the project changed since it was read.
   */
  saveWithRecord(project: Project, record: ProjectChangeRecord): Promise<boolean>;
  /** What send and bulk requests did to the project, oldest first. */
  records(studioId: string, projectId: string): Promise<ProjectChangeRecord[]>;
  /** The studio's automation settings; the defaults (all off, version 0) until first saved. */
  automation(studioId: string): Promise<ProjectAutomation>;
  /** Saves the settings at their version (CONCURRENT_UPDATE when they changed since read). */
  saveAutomation(automation: ProjectAutomation): Promise<void>;
  /** The settings of every studio with some automation switched on, without reading the others. */
  automatedStudios(): Promise<ProjectAutomation[]>;
}
