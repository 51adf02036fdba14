import { validationError } from "../errors";
import type { Project } from "../model/project";
import type { Dependencies } from "../ports/dependencies";

/** What a client asks for online, with their first booking (a consultation or first session). */
export interface ProjectRequest {
  description: string;
  placement: string;
  size: string;
  /** A staff member of the studio; null: whoever fits. */
  preferredStaffId: string | null;
}

const TITLE_LENGTH = 80;

/**
 * The project a client's online request opens, in `request`, at version 0 so the booking's transaction
 * writes it as new; placement, size and the preferred artist lead its notes for the studio.
 */
export const requestedProject = async (
  deps: Pick<Dependencies, "staff">,
  ids: { id: string; studioId: string; clientId: string },
  request: ProjectRequest,
  now: string,
): Promise<Project> => {
  const artist =
    request.preferredStaffId === null ? null : await deps.staff.get(ids.studioId, request.preferredStaffId);
  if (request.preferredStaffId !== null && artist === null)
    throw validationError("project.preferredStaffId", "is no staff member of the studio");
  const firstLine = request.description.split("\n")[0]!.trim();
  return {
    ...ids,
    title: firstLine.length > TITLE_LENGTH ? `${firstLine.slice(0, TITLE_LENGTH - 1)}…` : firstLine,
    notes: [
      `Placement: ${request.placement}`,
      `Size: ${request.size}`,
      `Preferred artist: ${artist?.name ?? "any"}`,
      "",
      request.description,
    ].join("\n"),
    status: "request",
    statusSince: now,
    closeReason: null,
    depositAmount: 0,
    depositPaid: false,
    contactCount: 0,
    lastContactAt: null,
    sessions: {},
    createdAt: now,
    updatedAt: now,
    version: 0,
  };
};
