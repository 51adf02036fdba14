import { ok } from "../api/client";
import type { paths } from "../api/schema";
import { useApp } from "../app-context";
import { useAction } from "../ui/hooks";

export type StudioChange = paths["/studio"]["patch"]["requestBody"]["content"]["application/json"];

/** Saves a change of the studio and makes it the console's studio (zone, locale and currency format every page). */
export const useStudioChange = () => {
  const { api, setStudio } = useApp();
  const action = useAction();
  const save = (body: StudioChange) =>
    action.run(async () => setStudio(await ok(api.PATCH("/studio", { body }))));
  return { ...action, save };
};
