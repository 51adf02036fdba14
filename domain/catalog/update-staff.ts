import type { Staff } from "../model/catalog";
import type { Dependencies } from "../ports/dependencies";
import type { ItemChanges } from "./studio-item";
import { updateStudioItem } from "./update-studio-item";
import { checkDateOverrides, checkWeeklyHours } from "./weekly-hours";

/** Changes a staff member; working hours, when named, replace the whole week. */
export const updateStaff = (deps: Pick<Dependencies, "staff" | "clock">) => {
  const update = updateStudioItem(deps.staff, "STAFF.NOT_FOUND", deps.clock);
  return (studioId: string, staffId: string, changes: ItemChanges<Staff>): Promise<Staff> =>
    update(studioId, staffId, {
      ...changes,
      ...(changes.email === undefined ? {} : { email: changes.email?.toLowerCase() ?? null }),
      ...(changes.workingHours === undefined ? {} : { workingHours: checkWeeklyHours(changes.workingHours) }),
      ...(changes.dateOverrides === undefined
        ? {}
        : { dateOverrides: checkDateOverrides(changes.dateOverrides) }),
    });
};
