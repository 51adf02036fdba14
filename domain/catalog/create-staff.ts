import type { Staff } from "../model/catalog";
import type { Dependencies } from "../ports/dependencies";
import { createStudioItem } from "./create-studio-item";
import type { ItemDraft } from "./studio-item";
import { checkDateOverrides, checkWeeklyHours } from "./weekly-hours";

/** Adds a staff member with their weekly working hours. */
export const createStaff = (deps: Pick<Dependencies, "studios" | "staff" | "clock" | "newId">) => {
  const create = createStudioItem(deps.staff, deps);
  return (studioId: string, draft: ItemDraft<Staff>): Promise<Staff> =>
    create(studioId, {
      ...draft,
      email: draft.email?.toLowerCase() ?? null,
      workingHours: checkWeeklyHours(draft.workingHours),
      dateOverrides: checkDateOverrides(draft.dateOverrides),
    });
};
