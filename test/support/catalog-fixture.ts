import type { Dependencies } from "../../domain/ports/dependencies";

const CREATED = "2024-01-01T00:00:00.000Z";

/** A category, a 60-minute service in it and a staff member, written straight through the repositories. */
export const addCatalog = async (deps: Dependencies, studioId: string, suffix = "") => {
  const category = {
    id: `hair${suffix}`,
    studioId,
    name: "Haircut",
    defaultIntervalDays: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    version: 1,
  };
  const service = {
    id: `cut${suffix}`,
    studioId,
    categoryId: category.id,
    name: "Cut & blow-dry",
    durationMinutes: 60,
    price: 4500,
    bufferBeforeMinutes: 0,
    bufferAfterMinutes: 0,
    bookableOnline: true,
    staffIds: [],
    createdAt: CREATED,
    updatedAt: CREATED,
    version: 1,
  };
  const staff = {
    id: `lena${suffix}`,
    studioId,
    name: "Lena",
    email: null,
    workingHours: {},
    timeOff: [],
    dateOverrides: {},
    createdAt: CREATED,
    updatedAt: CREATED,
    version: 1,
  };
  await Promise.all([deps.categories.save(category), deps.services.save(service), deps.staff.save(staff)]);
  return { category, service, staff };
};
