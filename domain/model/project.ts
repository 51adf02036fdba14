export type ProjectStatus = "request" | "running" | "paused" | "completed" | "closed";

export interface Project {
  id: string;
  studioId: string;
  clientId: string;
  title: string;
  notes: string;
  status: ProjectStatus;
  /** Minor currency units; 0 = no deposit. */
  depositAmount: number;
  depositPaid: boolean;
  /** How often the studio followed up on this project; lets staff close a request after unanswered contacts. */
  contactCount: number;
  lastContactAt: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}
