import type { AdminRouteKey } from "../../functions/http/admin-routes";
import type { ApiHarness } from "./api-harness";
import { aStudio } from "./api-harness";
import { addCatalog } from "./catalog-fixture";

/** Ids of one of everything in a studio, named like the path parameters that carry them. */
export interface StudioIds {
  clientId: string;
  categoryId: string;
  serviceId: string;
  staffId: string;
  appointmentId: string;
  /** A waitlist entry. */
  entryId: string;
  projectId: string;
  messageId: string;
  accountId: string;
  groupId: string;
  promotionId: string;
  photoId: string;
  /** Template path parameters: not ids, the same names in every studio. */
  purpose: string;
  channel: string;
  /** A follow-up list: every studio has the four. */
  list: string;
  /** A block of the studio's: its kind and value. */
  kind: string;
  value: string;
}

/** A studio holding one of everything, built through the API where the API builds it. */
export const addFurnishedStudio = async (api: ApiHarness, studioId: string): Promise<StudioIds> => {
  await api.addStudio(aStudio(studioId));
  const { category, service, staff } = await addCatalog(api.deps, studioId, `-${studioId}`);
  const studio = api.as(studioId);
  const clientId = (
    await studio.post("/clients", { firstName: "Lotte", lastName: "Jansen", phone: "+31612345678" })
  ).body.id;
  const appointmentId = (
    await studio.post("/appointments", {
      clientId,
      serviceId: service.id,
      staffId: staff.id,
      startsAt: "2026-12-01T09:00:00Z",
    })
  ).body.id;
  const entryId = (
    await studio.post("/waitlist", {
      clientId,
      serviceId: service.id,
      fromDate: "2026-12-01",
      toDate: "2026-12-31",
    })
  ).body.id;
  const projectId = (await studio.post("/projects", { clientId, title: "Rose" })).body.id;
  const blocked = { kind: "email", value: `blocked@${studioId}.example` };
  await studio.put("/blocks", { ...blocked, reason: "chargebacks" });
  const messageId = (
    await studio.post("/messages/send-requests", {
      requestId: `furnish-${studioId}`,
      clientIds: [clientId],
      templatePurpose: "reminder",
      channelPolicy: "sms",
      values: { appointmentTime: "Tue 1 Dec, 10:00" },
    })
  ).body.messages[0].messageId;
  const groupId = (await studio.post("/client-groups", { name: "VIP", colour: "#C0FFEE" })).body.id;
  await studio.put(`/client-groups/${groupId}/members/${clientId}`);
  const promotionId = (
    await studio.post("/promotions", {
      code: `WELCOME-${studioId}`,
      text: "10 % off your first visit",
      discount: { kind: "percent", percent: 10 },
      validFrom: "2026-01-01",
    })
  ).body.id;
  const photoId = (
    await studio.post(`/clients/${clientId}/photos`, {
      kind: "result",
      contentType: "image/jpeg",
      bytes: 1000,
    })
  ).body.photo.id;
  const accountId = (
    await studio.post("/staff-accounts", { email: `staff@${studioId}.example`, name: "Ola", role: "staff" })
  ).body.id;
  return {
    accountId,
    groupId,
    promotionId,
    photoId,
    clientId,
    categoryId: category.id,
    serviceId: service.id,
    staffId: staff.id,
    appointmentId,
    entryId,
    projectId,
    messageId,
    purpose: "broadcast",
    channel: "email",
    list: "open-requests",
    ...blocked,
  };
};

/** A body each route accepts, given ids that exist; routes without a body are left out. */
export const validBodies = (ids: StudioIds): Partial<Record<AdminRouteKey, unknown>> => ({
  "POST /clients": { firstName: "Piet", lastName: "Bakker" },
  "PATCH /clients/{clientId}": { notes: "prefers mornings" },
  "PUT /clients/{clientId}/measurements": { weightKg: 64.5, heightCm: 171, purpose: "laser dosage" },
  "POST /clients/{clientId}/photos": { kind: "inspiration", contentType: "image/png", bytes: 5000 },
  "PUT /clients/{clientId}/blacklist": { enabled: false },
  "PUT /clients/{clientId}/online-booking-block": { enabled: false },
  "PUT /clients/{clientId}/online-ban": { banned: false, reason: "settled" },
  "POST /clients/{clientId}/consents": {
    channel: "email",
    purpose: "marketing",
    granted: true,
    source: "paper_form",
    evidence: { text: "I would like news by email", ipAddress: null, userAgent: null },
  },
  "POST /client-groups": { name: "Students", colour: "#336699", description: "10 % off on weekdays" },
  "PATCH /client-groups/{groupId}": { colour: "#000000" },
  "POST /promotions": {
    code: "SUMMER26",
    text: "5 € off in summer",
    discount: { kind: "amount", amount: 500 },
    validFrom: "2026-06-01",
    validUntil: "2026-08-31",
  },
  "PATCH /promotions/{promotionId}": { limitTotal: 100 },
  "POST /clients/{clientId}/redemptions": { code: "WELCOME-studio-a" },
  "PATCH /studio": { name: "Renamed" },
  "POST /staff-accounts": { email: "new.colleague@rebook.example", name: "Kim", role: "staff" },
  "PATCH /staff-accounts/{accountId}": { role: "manager" },
  "POST /categories": { name: "Colour" },
  "PATCH /categories/{categoryId}": { name: "Cuts" },
  "POST /services": { categoryId: ids.categoryId, name: "Fade", durationMinutes: 30, price: 2500 },
  "PATCH /services/{serviceId}": { price: 5000 },
  "POST /staff": { name: "Ola", email: null, workingHours: { mon: [{ from: "09:00", to: "17:00" }] } },
  "PATCH /staff/{staffId}": { name: "Lena K." },
  "POST /appointments": {
    clientId: ids.clientId,
    serviceId: ids.serviceId,
    staffId: ids.staffId,
    startsAt: "2026-12-15T09:00:00Z",
  },
  "PUT /appointments/{appointmentId}/time": { startsAt: "2026-12-16T09:00:00Z" },
  "PUT /appointments/{appointmentId}/status": { status: "attended" },
  "POST /appointments/{appointmentId}/deposit": { amount: 1000 },
  "PUT /appointments/{appointmentId}/deposit/outcome": { outcome: "retain" },
  "POST /waitlist": {
    clientId: ids.clientId,
    serviceId: ids.serviceId,
    fromDate: "2026-12-01",
    toDate: "2026-12-10",
  },
  "POST /projects": { clientId: ids.clientId, title: "Dragon" },
  "PATCH /projects/{projectId}": { notes: "session two planned" },
  "POST /follow-up-lists/{list}/broadcasts": {
    requestId: "fixture-broadcast",
    templatePurpose: "project_follow_up",
    channelPolicy: "sms",
    filters: { olderThanDays: 0 },
  },
  "PATCH /project-automation": { closeAfterFollowUps: 2 },
  "POST /follow-up-lists/{list}/bulk-updates": {
    requestId: "fixture-bulk",
    action: "close",
    reason: "No answer",
    projectIds: [ids.projectId],
  },
  "PUT /reconnect/categories/{categoryId}/clients/{clientId}/excluded": { enabled: false },
  "PUT /reconnect/settings": {
    followUpDelayDays: 14,
    channelPolicy: "sms_else_email",
    automaticFirstSend: false,
    reconnectionWindowDays: 90,
  },
  "PUT /templates/{purpose}/{channel}": {
    locale: "de",
    subject: "Neues von {{studioName}}",
    body: "Hallo {{clientFirstName}}, es gibt Neuigkeiten! Abmelden: {{unsubscribeLink}}",
  },
  "POST /templates/preview": {
    purpose: "broadcast",
    channel: "sms",
    locale: "de",
    body: "Hallo {{clientFirstName}}! Abmelden: {{unsubscribeLink}}",
  },
  "POST /messages/send-requests": {
    requestId: "fixture-request",
    clientIds: [ids.clientId],
    templatePurpose: "reminder",
    channelPolicy: "sms",
    values: { appointmentTime: "Tue 1 Dec, 10:00" },
  },
});
