import { createService } from "../../../domain/catalog/create-service";
import { createStaff } from "../../../domain/catalog/create-staff";
import { createStudioItem } from "../../../domain/catalog/create-studio-item";
import { loadStudioItem } from "../../../domain/catalog/studio-item";
import { updateCategory } from "../../../domain/catalog/update-category";
import { updateService } from "../../../domain/catalog/update-service";
import { updateStaff } from "../../../domain/catalog/update-staff";
import { updateStudio } from "../../../domain/catalog/update-studio";
import { updateOnlineBookingSettings } from "../../../domain/online-booking/online-booking-settings";
import { loadStudio } from "../../../domain/studios/load-studio";
import { type AreaRoutes, route } from "../../shared/http/route";
import { onlineBookingChangesSchema, onlineBookingSettingsSchema } from "../booking/booking-schemas";
import { pageOf, pageQuerySchema, pathWith } from "../shared/common-schemas";
import {
  categoryChangesSchema,
  categorySchema,
  newCategorySchema,
  newServiceSchema,
  newStaffSchema,
  serviceChangesSchema,
  serviceSchema,
  staffChangesSchema,
  staffSchema,
  studioChangesSchema,
  studioSchema,
} from "./catalog-schemas";

const categoryPath = pathWith("categoryId");
const servicePath = pathWith("serviceId");
const staffPath = pathWith("staffId");

export const catalogRoutes: AreaRoutes<"catalog"> = {
  "GET /studio": route({
    summary: "Read the studio's profile and settings",
    response: studioSchema,
    handle:
      (deps) =>
      ({ caller }) =>
        loadStudio(deps.studios, caller.studioId),
  }),
  "PATCH /studio": route({
    summary: "Change the studio's profile or settings (IANA time zone, default country, overdue grace)",
    response: studioSchema,
    body: studioChangesSchema,
    handle: (deps) => {
      const update = updateStudio(deps);
      return ({ caller, body }) => update(caller.studioId, body);
    },
  }),

  "GET /online-booking": route({
    summary: "Read the studio's online booking settings and terms",
    response: onlineBookingSettingsSchema,
    handle:
      (deps) =>
      ({ caller }) =>
        deps.onlineBooking.settings(caller.studioId),
  }),
  "PATCH /online-booking": route({
    summary:
      "Change online booking: on/off, notice, horizon, slot step, staff choice, new clients, open bookings per phone, website origins, code countries and budget, cancellation cut-off, terms (a changed text is a new version)",
    body: onlineBookingChangesSchema,
    response: onlineBookingSettingsSchema,
    handle: (deps) => {
      const update = updateOnlineBookingSettings(deps);
      return ({ caller, body }) => update(caller.studioId, body);
    },
  }),

  "POST /categories": route({
    summary: "Create a service category",
    response: categorySchema,
    body: newCategorySchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createStudioItem(deps.categories, deps);
      return ({ caller, body }) => create(caller.studioId, body);
    },
  }),
  "GET /categories": route({
    summary: "List the studio's service categories",
    response: pageOf(categorySchema),
    query: pageQuerySchema,
    handle:
      (deps) =>
      ({ caller, query }) =>
        deps.categories.list(caller.studioId, query),
  }),
  "GET /categories/{categoryId}": route({
    summary: "Read a service category",
    response: categorySchema,
    path: categoryPath,
    handle:
      (deps) =>
      ({ caller, path }) =>
        loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", caller.studioId, path.categoryId),
  }),
  "PATCH /categories/{categoryId}": route({
    summary:
      "Rename a category or change its default visit interval (its clients with fewer than three visits are re-evaluated by the next hourly run)",
    response: categorySchema,
    path: categoryPath,
    body: categoryChangesSchema,
    handle: (deps) => {
      const update = updateCategory(deps);
      return ({ caller, path, body }) => update(caller.studioId, path.categoryId, body);
    },
  }),
  "DELETE /categories/{categoryId}": route({
    summary: "Delete a service category",
    path: categoryPath,
    successStatus: 204,
    handle:
      (deps) =>
      ({ caller, path }) =>
        deps.categories.remove(caller.studioId, path.categoryId),
  }),

  "POST /services": route({
    summary: "Create a service in an existing category",
    response: serviceSchema,
    body: newServiceSchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createService(deps);
      return ({ caller, body }) => create(caller.studioId, body);
    },
  }),
  "GET /services": route({
    summary: "List the studio's services",
    response: pageOf(serviceSchema),
    query: pageQuerySchema,
    handle:
      (deps) =>
      ({ caller, query }) =>
        deps.services.list(caller.studioId, query),
  }),
  "GET /services/{serviceId}": route({
    summary: "Read a service",
    response: serviceSchema,
    path: servicePath,
    handle:
      (deps) =>
      ({ caller, path }) =>
        loadStudioItem(deps.services, "SERVICE.NOT_FOUND", caller.studioId, path.serviceId),
  }),
  "PATCH /services/{serviceId}": route({
    summary: "Change a service's name, category, duration or price",
    response: serviceSchema,
    path: servicePath,
    body: serviceChangesSchema,
    handle: (deps) => {
      const update = updateService(deps);
      return ({ caller, path, body }) => update(caller.studioId, path.serviceId, body);
    },
  }),
  "DELETE /services/{serviceId}": route({
    summary: "Delete a service; past appointments keep its name",
    path: servicePath,
    successStatus: 204,
    handle:
      (deps) =>
      ({ caller, path }) =>
        deps.services.remove(caller.studioId, path.serviceId),
  }),

  "POST /staff": route({
    summary: "Add a staff member with weekly working hours",
    response: staffSchema,
    body: newStaffSchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createStaff(deps);
      return ({ caller, body }) => create(caller.studioId, body);
    },
  }),
  "GET /staff": route({
    summary: "List the studio's staff",
    response: pageOf(staffSchema),
    query: pageQuerySchema,
    handle:
      (deps) =>
      ({ caller, query }) =>
        deps.staff.list(caller.studioId, query),
  }),
  "GET /staff/{staffId}": route({
    summary: "Read a staff member",
    response: staffSchema,
    path: staffPath,
    handle:
      (deps) =>
      ({ caller, path }) =>
        loadStudioItem(deps.staff, "STAFF.NOT_FOUND", caller.studioId, path.staffId),
  }),
  "PATCH /staff/{staffId}": route({
    summary: "Change a staff member; working hours, when given, replace the whole week",
    response: staffSchema,
    path: staffPath,
    body: staffChangesSchema,
    handle: (deps) => {
      const update = updateStaff(deps);
      return ({ caller, path, body }) => update(caller.studioId, path.staffId, body);
    },
  }),
  "DELETE /staff/{staffId}": route({
    summary: "Remove a staff member",
    path: staffPath,
    successStatus: 204,
    handle:
      (deps) =>
      ({ caller, path }) =>
        deps.staff.remove(caller.studioId, path.staffId),
  }),
};
