import { loadStudioItem } from "../../../domain/catalog/studio-item";
import { listMessages, loadMessage } from "../../../domain/outbox/studio-messages";
import { listTemplates } from "../../../domain/templates/list-templates";
import { previewDraft } from "../../../domain/templates/preview-draft";
import { resetTemplate, saveTemplate } from "../../../domain/templates/save-template";
import { type AreaRoutes, route } from "../../shared/http/route";
import { pageOf } from "../shared/common-schemas";
import {
  messageListQuerySchema,
  messagePathSchema,
  messageViewSchema,
  renderedPreviewSchema,
  sendRequestResultSchema,
  sendRequestSchema,
  studioTemplateSchema,
  templateListingSchema,
  templateListQuerySchema,
  templatePathSchema,
  templatePreviewSchema,
  templateScopeQuerySchema,
  templateTextSchema,
} from "./message-schemas";

export const messageRoutes: AreaRoutes<"messages"> = {
  "GET /templates": route({
    summary:
      "The templates in effect (studio locale unless `locale` is given, optionally for a category), overrides marked",
    response: templateListingSchema,
    query: templateListQuerySchema,
    handle: (deps) => {
      const list = listTemplates(deps);
      return ({ caller, query }) => list(caller.studioId, query);
    },
  }),
  "PUT /templates/{purpose}/{channel}": route({
    summary: "Replace the default text of a template; refused when its preview has problems",
    response: studioTemplateSchema,
    path: templatePathSchema,
    body: templateTextSchema,
    handle: (deps) => {
      const save = saveTemplate(deps);
      return ({ caller, path, body }) => save(caller.studioId, path.purpose, path.channel, body);
    },
  }),
  "DELETE /templates/{purpose}/{channel}": route({
    summary: "Drop the studio's text of a template (locale, optional category): the default applies again",
    path: templatePathSchema,
    query: templateScopeQuerySchema,
    successStatus: 204,
    handle: (deps) => {
      const reset = resetTemplate(deps);
      return ({ caller, path, query }) => reset(caller.studioId, path.purpose, path.channel, query);
    },
  }),
  "POST /templates/preview": route({
    summary: "Render a draft template: text, SMS encoding, characters, segments and problems",
    response: renderedPreviewSchema,
    body: templatePreviewSchema,
    handle: (deps) => {
      const preview = previewDraft(deps);
      return ({ caller, body: { values, ...draft } }) => preview(caller.studioId, draft, values);
    },
  }),
  "POST /messages/send-requests": route({
    summary:
      "Queue a send to clients; skipped recipients carry the reason. The same requestId queues nothing new",
    response: sendRequestResultSchema,
    body: sendRequestSchema,
    successStatus: 202,
    handle:
      (deps) =>
      async ({ caller, body: { categoryId, ...request } }) => {
        if (categoryId !== undefined) {
          await loadStudioItem(deps.categories, "CATEGORY.NOT_FOUND", caller.studioId, categoryId);
        }
        return deps.sendRequests(caller.studioId, {
          ...request,
          ...(categoryId === undefined ? {} : { categoryId }),
        });
      },
  }),
  "GET /messages": route({
    summary:
      "The studio's messages, newest first, with the skip or failure reason; optionally of one status (failed and skipped: last ended first), client, purpose or category. A filtered page may be short; follow nextCursor",
    response: pageOf(messageViewSchema),
    query: messageListQuerySchema,
    handle: (deps) => {
      const list = listMessages(deps);
      return ({ caller, query: { limit, cursor, ...filter } }) =>
        list(caller.studioId, filter, { limit, cursor });
    },
  }),
  "GET /messages/{messageId}": route({
    summary: "One message of the studio, with its status and reason",
    response: messageViewSchema,
    path: messagePathSchema,
    handle: (deps) => {
      const load = loadMessage(deps);
      return ({ caller, path }) => load(caller.studioId, path.messageId);
    },
  }),
};
