import { overdueCategories, overdueClientsOf } from "../../../domain/reconnect/overdue-overview";
import { type AreaRoutes, route } from "../../shared/http/route";
import { pageQuerySchema, pathWith } from "../shared/common-schemas";

const categoryPath = pathWith("categoryId");

export const reconnectRoutes: AreaRoutes<"reconnect"> = {
  "GET /reconnect/categories": route({
    summary: "The studio's service categories, each with how many clients are overdue in it",
    handle: (deps) => {
      const categories = overdueCategories(deps);
      return ({ caller }) => categories(caller.studioId);
    },
  }),
  "GET /reconnect/categories/{categoryId}/overdue": route({
    summary: "Clients overdue in a category, longest overdue first, with last visit and typical interval",
    path: categoryPath,
    query: pageQuerySchema,
    handle: (deps) => {
      const list = overdueClientsOf(deps);
      return ({ caller, path, query }) => list(caller.studioId, path.categoryId, query);
    },
  }),
};
