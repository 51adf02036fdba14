import { validationError } from "../errors";
import type { Project } from "../model/project";

/** A paid deposit of nothing would put the project on the "paused with a paid deposit" list by mistake. */
export const checkDeposit = (
  project: Pick<Project, "depositAmount" | "depositPaid">,
  field: string,
): void => {
  if (project.depositPaid && project.depositAmount === 0) {
    throw validationError(field, "a paid deposit needs a depositAmount above 0");
  }
};
