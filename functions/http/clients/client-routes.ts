import * as z from "zod";
import { addBlock, removeBlock } from "../../../domain/blocks/blocks";
import { createStudioItem } from "../../../domain/catalog/create-studio-item";
import { loadStudioItem } from "../../../domain/catalog/studio-item";
import { updateStudioItem } from "../../../domain/catalog/update-studio-item";
import { bodyMeasurements, saveBodyMeasurements } from "../../../domain/clients/body-measurements";
import { clientAppointments, clientCard } from "../../../domain/clients/client-card";
import { deleteClientGroup, setGroupMembership } from "../../../domain/clients/client-group-members";
import { createClient } from "../../../domain/clients/create-client";
import { eraseClient } from "../../../domain/clients/erase-client";
import { exportClientData } from "../../../domain/clients/export-client-data";
import { loadClient } from "../../../domain/clients/load-client";
import { searchClients } from "../../../domain/clients/search-clients";
import { updateClient } from "../../../domain/clients/update-client";
import { consentHistory } from "../../../domain/consent/consent-history";
import { recordConsent } from "../../../domain/consent/record-consent";
import { clientGallery, deletePhoto } from "../../../domain/gallery/client-gallery";
import { requestPhotoUpload } from "../../../domain/gallery/request-photo-upload";
import { BLOCK_KINDS } from "../../../domain/model/block";
import { measuresView } from "../../../domain/no-shows/measures-view";
import { setOnlineBan } from "../../../domain/no-shows/staff-ban";
import { clientPromotions } from "../../../domain/promotions/client-promotions";
import { loadPromotion } from "../../../domain/promotions/load-promotion";
import { createPromotion, updatePromotion } from "../../../domain/promotions/manage-promotions";
import { redeemPromotion } from "../../../domain/promotions/redeem-promotion";
import { type AreaRoutes, route } from "../../shared/http/route";
import { clientAppointmentSchema } from "../appointments/appointment-schemas";
import { mayCall } from "../permissions";
import {
  idSchema,
  pageOf,
  pageQuerySchema,
  pathWith,
  singleLineText,
  toggleSchema,
} from "../shared/common-schemas";
import {
  blockRequestSchema,
  blockSchema,
  bodyMeasurementsSchema,
  clientCardSchema,
  clientChangesSchema,
  clientExportSchema,
  clientGroupChangesSchema,
  clientGroupSchema,
  clientSchema,
  clientSearchSchema,
  consentDeclarationSchema,
  consentEntrySchema,
  consentHistorySchema,
  galleryPhotoSchema,
  galleryQuerySchema,
  measurementsSchema,
  newClientGroupSchema,
  newClientSchema,
  noShowMeasuresSchema,
  onlineBanDecisionSchema,
  photoUploadSchema,
  photoUploadStartedSchema,
} from "./client-schemas";
import {
  clientPromotionsSchema,
  newPromotionSchema,
  promotionChangesSchema,
  promotionSchema,
  redemptionSchema,
  redemptionViewSchema,
} from "./promotion-schemas";

const clientPath = pathWith("clientId");
const groupPath = pathWith("groupId");
const promotionPath = pathWith("promotionId");
const photoPath = z.object({ clientId: idSchema, photoId: idSchema });
const memberPath = z.object({ groupId: idSchema, clientId: idSchema });

export const clientRoutes: AreaRoutes<"clients"> = {
  "POST /clients": route({
    summary:
      "Create a client card; 409 with the other card's clientId when its phone or email is taken, unless allowDuplicate",
    response: clientSchema,
    body: newClientSchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createClient(deps);
      return ({ caller, body: { allowDuplicate, ...draft } }) =>
        create(caller.studioId, draft, { allowDuplicate });
    },
  }),
  "GET /clients": route({
    summary:
      "List clients by last name, or search by name (first, last or full, accent-insensitive), phone, email or tag",
    response: pageOf(clientSchema),
    query: clientSearchSchema,
    handle: (deps) => {
      const search = searchClients(deps);
      return ({ caller, query }) => search(caller.studioId, query);
    },
  }),
  "GET /clients/{clientId}": route({
    summary: "Read a client's data",
    response: clientSchema,
    path: clientPath,
    handle:
      (deps) =>
      ({ caller, path }) =>
        loadClient(deps.clients, caller.studioId, path.clientId),
  }),
  "PATCH /clients/{clientId}": route({
    summary: "Change fields of a client card",
    response: clientSchema,
    path: clientPath,
    body: clientChangesSchema,
    handle: (deps) => {
      const update = updateClient(deps);
      return ({ caller, path, body: { allowDuplicate = false, ...changes } }) =>
        update(caller.studioId, path.clientId, changes, { allowDuplicate });
    },
  }),
  "DELETE /clients/{clientId}": route({
    summary: "Erase a client's personal data (GDPR); anonymous history stays for statistics",
    path: clientPath,
    successStatus: 204,
    handle: (deps) => {
      const erase = eraseClient(deps);
      return ({ caller, path }) => erase(caller.studioId, path.clientId);
    },
  }),
  "GET /clients/{clientId}/card": route({
    summary:
      "The client card: data, upcoming appointments, the first page of past ones (limit, pastCursor), statistics and reliability",
    response: clientCardSchema,
    path: clientPath,
    query: pageQuerySchema,
    handle: (deps) => {
      const card = clientCard(deps);
      return ({ caller, path, query }) =>
        card(caller.studioId, path.clientId, query, {
          // Who reads weight and height is decided once, by the permission of the route that reads them.
          withMeasurements: mayCall(caller.role, "GET /clients/{clientId}/measurements"),
        });
    },
  }),
  "GET /clients/{clientId}/appointments": route({
    summary: "A page of the client's past appointments, latest first (continue with the card's pastCursor)",
    response: pageOf(clientAppointmentSchema),
    path: clientPath,
    query: pageQuerySchema,
    handle: (deps) => {
      const list = clientAppointments(deps);
      return ({ caller, path, query }) => list(caller.studioId, path.clientId, query);
    },
  }),
  "GET /clients/{clientId}/measurements": route({
    summary:
      "The client's weight and height with why the studio keeps them (owner and manager only); null if none",
    response: bodyMeasurementsSchema.nullable(),
    path: clientPath,
    handle: (deps) => {
      const read = bodyMeasurements(deps);
      return ({ caller, path }) => read(caller.studioId, path.clientId);
    },
  }),
  "PUT /clients/{clientId}/measurements": route({
    summary: "Record the client's weight and height, with the reason the studio keeps them",
    response: bodyMeasurementsSchema,
    path: clientPath,
    body: measurementsSchema,
    handle: (deps) => {
      const save = saveBodyMeasurements(deps);
      return ({ caller, path, body }) => save(caller.studioId, path.clientId, body);
    },
  }),
  "GET /clients/{clientId}/export": route({
    summary: "Export all of a client's data (GDPR access request)",
    response: clientExportSchema,
    path: clientPath,
    handle: (deps) => {
      const exportData = exportClientData(deps);
      return ({ caller, path }) => exportData(caller.studioId, path.clientId);
    },
  }),
  "POST /clients/{clientId}/photos": route({
    response: photoUploadStartedSchema,
    summary:
      "Start a gallery photo (inspiration or result, optionally of a project): a signed PUT URL for exactly the declared type (JPEG, PNG, WebP) and size (≤ 10 MB)",
    path: clientPath,
    body: photoUploadSchema,
    successStatus: 201,
    handle: (deps) => {
      const request = requestPhotoUpload(deps);
      return ({ caller, path, body }) => request(caller.studioId, path.clientId, body);
    },
  }),
  "GET /clients/{clientId}/photos": route({
    response: z.array(galleryPhotoSchema),
    summary:
      "The client's gallery (a project's photos with projectId), oldest first; ready photos carry signed read URLs valid 5 minutes",
    path: clientPath,
    query: galleryQuerySchema,
    handle: (deps) => {
      const gallery = clientGallery(deps);
      return ({ caller, path, query }) => gallery(caller.studioId, path.clientId, query);
    },
  }),
  "DELETE /clients/{clientId}/photos/{photoId}": route({
    summary: "Delete a photo from the gallery, its stored images with it",
    path: photoPath,
    successStatus: 204,
    handle: (deps) => {
      const remove = deletePhoto(deps);
      return ({ caller, path }) => remove(caller.studioId, path.clientId, path.photoId);
    },
  }),
  "PUT /clients/{clientId}/blacklist": route({
    summary: "Blacklist a client (no more bookings) or lift it",
    response: clientSchema,
    path: clientPath,
    body: toggleSchema,
    handle: (deps) => {
      const update = updateClient(deps);
      return ({ caller, path, body }) =>
        update(caller.studioId, path.clientId, { blacklisted: body.enabled });
    },
  }),
  "PUT /clients/{clientId}/online-booking-block": route({
    summary: "Block or allow the client's online booking",
    response: clientSchema,
    path: clientPath,
    body: toggleSchema,
    handle: (deps) => {
      const update = updateClient(deps);
      return ({ caller, path, body }) =>
        update(caller.studioId, path.clientId, { onlineBookingBlocked: body.enabled });
    },
  }),
  "PUT /clients/{clientId}/online-ban": route({
    summary:
      "Ban the client from online booking for good, or lift a ban in force (the ladder's or staff's), with a reason; the client is told",
    response: noShowMeasuresSchema,
    path: clientPath,
    body: onlineBanDecisionSchema,
    handle: (deps) => {
      const decide = setOnlineBan(deps);
      return async ({ caller, path, body }) =>
        measuresView(await decide(caller.studioId, path.clientId, body), deps.clock());
    },
  }),
  "GET /blocks": route({
    summary: "The studio's blocks of phones, email addresses and tags",
    response: z.strictObject({ items: z.array(blockSchema) }),
    handle:
      (deps) =>
      async ({ caller }) => ({ items: await deps.blocks.list(caller.studioId) }),
  }),
  "PUT /blocks": route({
    summary:
      "Block a phone, an email address or a tag with a reason: online booking refuses whoever it matches, new cards too",
    response: blockSchema,
    body: blockRequestSchema,
    handle: (deps) => {
      const add = addBlock(deps);
      return ({ caller, body }) => add(caller.studioId, body);
    },
  }),
  "DELETE /blocks/{kind}/{value}": route({
    summary: "Lift a block",
    path: z.strictObject({ kind: z.enum(BLOCK_KINDS), value: singleLineText(254).min(1) }),
    successStatus: 204,
    handle: (deps) => {
      const remove = removeBlock(deps);
      return ({ caller, path }) => remove(caller.studioId, path.kind, path.value);
    },
  }),
  "POST /clients/{clientId}/consents": route({
    summary: "Record that the client gave or withdrew consent, with its source and evidence",
    response: consentEntrySchema,
    path: clientPath,
    body: consentDeclarationSchema,
    successStatus: 201,
    handle: (deps) => {
      const record = recordConsent(deps);
      return ({ caller, path, body }) => record(caller.studioId, path.clientId, body);
    },
  }),
  "GET /clients/{clientId}/consents": route({
    summary: "The client's consent ledger, oldest first, and the current consent it adds up to",
    response: consentHistorySchema,
    path: clientPath,
    handle: (deps) => {
      const history = consentHistory(deps);
      return ({ caller, path }) => history(caller.studioId, path.clientId);
    },
  }),

  "POST /client-groups": route({
    response: clientGroupSchema,
    summary: "Define a client group (name, colour, description)",
    body: newClientGroupSchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createStudioItem(deps.clientGroups, deps);
      return ({ caller, body }) => create(caller.studioId, body);
    },
  }),
  "GET /client-groups": route({
    response: pageOf(clientGroupSchema),
    summary: "The studio's client groups (members: GET /clients?group=<id>)",
    query: pageQuerySchema,
    handle:
      (deps) =>
      ({ caller, query }) =>
        deps.clientGroups.list(caller.studioId, query),
  }),
  "GET /client-groups/{groupId}": route({
    response: clientGroupSchema,
    summary: "Read a client group",
    path: groupPath,
    handle:
      (deps) =>
      ({ caller, path }) =>
        loadStudioItem(deps.clientGroups, "GROUP.NOT_FOUND", caller.studioId, path.groupId),
  }),
  "PATCH /client-groups/{groupId}": route({
    response: clientGroupSchema,
    summary: "Rename, recolour or describe a client group",
    path: groupPath,
    body: clientGroupChangesSchema,
    handle: (deps) => {
      const update = updateStudioItem(deps.clientGroups, "GROUP.NOT_FOUND", deps.clock);
      return ({ caller, path, body }) => update(caller.studioId, path.groupId, body);
    },
  }),
  "PUT /client-groups/{groupId}/members/{clientId}": route({
    response: clientSchema,
    summary: "Add a client to the group; answers the client's card",
    path: memberPath,
    handle: (deps) => {
      const setMembership = setGroupMembership(deps);
      return ({ caller, path }) => setMembership(caller.studioId, path.groupId, path.clientId, true);
    },
  }),
  "DELETE /client-groups/{groupId}/members/{clientId}": route({
    response: clientSchema,
    summary: "Take a client out of the group; answers the client's card",
    path: memberPath,
    handle: (deps) => {
      const setMembership = setGroupMembership(deps);
      return ({ caller, path }) => setMembership(caller.studioId, path.groupId, path.clientId, false);
    },
  }),
  "DELETE /client-groups/{groupId}": route({
    summary: "Delete a client group; 409 while it has members",
    path: groupPath,
    successStatus: 204,
    handle: (deps) => {
      const remove = deleteClientGroup(deps);
      return ({ caller, path }) => remove(caller.studioId, path.groupId);
    },
  }),

  "POST /promotions": route({
    response: promotionSchema,
    summary:
      "Define a promotion: code, text, percentage or amount off, validity, services or categories, client groups, limits per client and in total",
    body: newPromotionSchema,
    successStatus: 201,
    handle: (deps) => {
      const create = createPromotion(deps);
      return ({ caller, body }) => create(caller.studioId, body);
    },
  }),
  "GET /promotions": route({
    response: pageOf(promotionSchema),
    summary: "The studio's promotions",
    query: pageQuerySchema,
    handle:
      (deps) =>
      ({ caller, query }) =>
        deps.promotions.list(caller.studioId, query),
  }),
  "GET /promotions/{promotionId}": route({
    response: promotionSchema,
    summary: "Read a promotion",
    path: promotionPath,
    handle:
      (deps) =>
      ({ caller, path }) =>
        loadPromotion(deps.promotions, caller.studioId, path.promotionId),
  }),
  "PATCH /promotions/{promotionId}": route({
    response: promotionSchema,
    summary: "Change a promotion (its code stays); ending it early is setting validUntil",
    path: promotionPath,
    body: promotionChangesSchema,
    handle: (deps) => {
      const update = updatePromotion(deps);
      return ({ caller, path, body }) => update(caller.studioId, path.promotionId, body);
    },
  }),
  "GET /clients/{clientId}/promotions": route({
    response: clientPromotionsSchema,
    summary:
      "The promotions running today for the client, with the redemptions left to them, and their redemptions",
    path: clientPath,
    handle: (deps) => {
      const list = clientPromotions(deps);
      return ({ caller, path }) => list(caller.studioId, path.clientId);
    },
  }),
  "POST /clients/{clientId}/redemptions": route({
    response: redemptionViewSchema,
    summary:
      "Redeem a promotion code for the client, optionally on one of their bookings, whose price it lowers; 409 past a limit",
    path: clientPath,
    body: redemptionSchema,
    successStatus: 201,
    handle: (deps) => {
      const redeem = redeemPromotion(deps);
      return ({ caller, path, body }) => redeem(caller.studioId, path.clientId, body);
    },
  }),
};
