import * as z from "zod";
import { contactOverdueClients } from "../../../domain/reconnect/contact-overdue-clients";
import { overdueCategories, overdueClientsOf } from "../../../domain/reconnect/overdue-overview";
import { reconnectClients } from "../../../domain/reconnect/reconnect-clients";
import { reconnectOverview } from "../../../domain/reconnect/reconnect-overview";
import { getReconnectSettings, saveReconnectSettings } from "../../../domain/reconnect/reconnect-settings";
import { RECONNECT_TABS } from "../../../domain/reconnect/reconnect-tabs";
import { setReconnectExcluded } from "../../../domain/reconnect/set-reconnect-excluded";
import { type AreaRoutes, route } from "../../shared/http/route";
import { idSchema, pageQuerySchema, pathWith, toggleSchema } from "../shared/common-schemas";
import {
  contactResultSchema,
  exclusionSchema,
  overdueCategoriesSchema,
  overdueClientListSchema,
  reconnectClientListSchema,
  reconnectOverviewSchema,
  reconnectSettingsSchema,
} from "./reconnect-schemas";

const categoryPath = pathWith("categoryId");
const categoryClientPath = z.object({ categoryId: idSchema, clientId: idSchema });
const tabQuerySchema = pageQuerySchema.extend({ tab: z.enum(RECONNECT_TABS).default("reachable") });

export const reconnectRoutes: AreaRoutes<"reconnect"> = {
  "GET /reconnect/categories": route({
    summary: "The studio's service categories, each with how many clients are overdue in it",
    response: overdueCategoriesSchema,
    handle: (deps) => {
      const categories = overdueCategories(deps);
      return ({ caller }) => categories(caller.studioId);
    },
  }),
  "GET /reconnect/categories/{categoryId}/overdue": route({
    summary: "Clients overdue in a category, longest overdue first, with last visit and typical interval",
    response: overdueClientListSchema,
    path: categoryPath,
    query: pageQuerySchema,
    handle: (deps) => {
      const list = overdueClientsOf(deps);
      return ({ caller, path, query }) => list(caller.studioId, path.categoryId, query);
    },
  }),
  "GET /reconnect/categories/{categoryId}/clients": route({
    summary:
      "A category's ReConnect tab: reachable, unreachable (with why), first message sent, follow-up sent, reconnected. A page may hold fewer rows than the limit; follow nextCursor",
    response: reconnectClientListSchema,
    path: categoryPath,
    query: tabQuerySchema,
    handle: (deps) => {
      const list = reconnectClients(deps);
      return ({ caller, path, query }) =>
        list(caller.studioId, path.categoryId, query.tab, { limit: query.limit, cursor: query.cursor });
    },
  }),
  "PUT /reconnect/categories/{categoryId}/clients/{clientId}/excluded": route({
    summary: "Leaves a client out of the category's ReConnect messages (enabled: true), or takes them back",
    response: exclusionSchema,
    path: categoryClientPath,
    body: toggleSchema,
    handle: (deps) => {
      const exclude = setReconnectExcluded(deps);
      return ({ caller, path, body }) =>
        exclude(caller.studioId, path.categoryId, path.clientId, body.enabled);
    },
  }),
  "POST /reconnect/categories/{categoryId}/contact": route({
    summary:
      "Contact overdue clients: queues the first ReConnect message for the category's reachable tab, in the studio's send windows",
    response: contactResultSchema,
    path: categoryPath,
    handle: (deps) => {
      const contact = contactOverdueClients(deps);
      return ({ caller, path }) => contact(caller.studioId, path.categoryId);
    },
  }),
  "GET /reconnect/overview": route({
    summary:
      "The last three months per category and in total: overdue, contacted, reconnected, revenue, rates",
    response: reconnectOverviewSchema,
    handle: (deps) => {
      const overview = reconnectOverview(deps);
      return ({ caller }) => overview(caller.studioId);
    },
  }),
  "GET /reconnect/settings": route({
    summary: "The studio's ReConnect settings",
    response: reconnectSettingsSchema,
    handle: (deps) => {
      const settings = getReconnectSettings(deps);
      return ({ caller }) => settings(caller.studioId);
    },
  }),
  "PUT /reconnect/settings": route({
    summary:
      "Replaces the studio's ReConnect settings (follow-up delay, channel policy, automatic first send, window)",
    response: reconnectSettingsSchema,
    body: reconnectSettingsSchema,
    handle: (deps) => {
      const save = saveReconnectSettings(deps);
      return ({ caller, body }) => save(caller.studioId, body);
    },
  }),
};
