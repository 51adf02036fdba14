/**
 * What a follow-up list page costs, on DynamoDB Local through the real HTTP handler: items read per row
 * shown, next to reading the studio's projects and filtering them (what a list without its index costs).
 *
 *   npm run bench:follow-ups [-- --projects 4000]
 *
 * Two studios of `projects` projects each, most of them closed (off every list), the rest spread over the
 * four lists; each list's first page of 25 with its count, and the count overview, measured in studio A.
 */
import { parseArgs } from "node:util";
import type { FollowUpList, Project } from "../../domain/model/project";
import { putAll } from "../../functions/adapters/dynamodb/batch-write";
import { clientItem } from "../../functions/adapters/dynamodb/client-repository";
import { projectRecord } from "../../functions/adapters/dynamodb/project-repository";
import { aClient } from "../fakes/client-builder";
import { apiHarnessOn, aStudio } from "../support/api-harness";
import { startBenchTable } from "./support/bench-table";

const { values: options } = parseArgs({ options: { projects: { type: "string", default: "4000" } } });
const PROJECTS = Number(options.projects);
const NOW = "2026-11-24T09:00:00.000Z";
const DAY = 86_400_000;
const PAGE = 25;
const LISTS: FollowUpList[] = ["open-requests", "without-appointment", "completed", "paused-with-deposit"];

const at = (daysBack: number) => new Date(Date.parse(NOW) - daysBack * DAY).toISOString();

/** Project `index` of a studio: 55 % closed, the rest spread over the statuses the lists hold. */
const projectOf = (studioId: string, index: number): Project => {
  const shape = index % 20;
  const status =
    shape < 11
      ? "closed"
      : shape < 13
        ? "request"
        : shape < 15
          ? "running"
          : shape < 17
            ? "completed"
            : "paused";
  const daysBack = (index * 7) % 90;
  const futureSession = status === "running" && index % 2 === 0;
  return {
    id: `p-${index}`,
    studioId,
    clientId: `c-${index % Math.ceil(PROJECTS / 2)}`,
    title: "Koi back piece",
    notes: "",
    status,
    statusSince: at(daysBack),
    closeReason: status === "closed" ? "No answer" : null,
    depositAmount: 10000,
    depositPaid: index % 3 !== 0,
    contactCount: index % 3,
    lastContactAt: index % 3 === 0 ? null : at(daysBack / 2),
    sessions:
      status === "request"
        ? {}
        : {
            [`a-${index}`]: { startsAt: futureSession ? at(-7) : at(daysBack + 1), attended: !futureSession },
          },
    createdAt: at(daysBack + 10),
    updatedAt: at(daysBack),
    version: 1,
  };
};

const main = async () => {
  const bench = await startBenchTable();
  try {
    const api = apiHarnessOn(bench);
    api.setNow(NOW);
    const started = performance.now();
    for (const studioId of ["bench-a", "bench-b"]) {
      await api.addStudio(aStudio(studioId, { kind: "tattoo" }));
      const clients = Array.from({ length: Math.ceil(PROJECTS / 2) }, (_, index) =>
        clientItem(aClient({ id: `c-${index}`, studioId })),
      );
      const projects = Array.from({ length: PROJECTS }, (_, index) =>
        projectRecord(projectOf(studioId, index)),
      );
      await putAll(bench.ctx, [...clients, ...projects]);
    }
    console.log(
      `wrote 2 studios × ${PROJECTS} projects in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );

    const studio = api.as("bench-a");
    /** Items read per row shown, and per project the list holds (what the count reads is the whole range). */
    const line = (
      name: string,
      rows: number,
      listed: number,
      usage: { itemsRead: number; readUnits: number; calls: number },
    ) =>
      console.log(
        [
          name.padEnd(34),
          `rows ${String(rows).padStart(3)}`,
          `listed ${String(listed).padStart(4)}`,
          `items read ${String(usage.itemsRead).padStart(5)}`,
          `per row ${(usage.itemsRead / Math.max(rows, 1)).toFixed(2).padStart(6)}`,
          `per listed ${(usage.itemsRead / Math.max(listed, 1)).toFixed(2).padStart(5)}`,
          `read units ${usage.readUnits.toFixed(1).padStart(6)}`,
          `calls ${usage.calls}`,
        ].join("  "),
      );

    for (const list of LISTS) {
      const { result, usage } = await bench.measure(() =>
        studio.get(`/follow-up-lists/${list}?limit=${PAGE}`),
      );
      if (result.status !== 200) throw new Error(`${list}: ${result.status} ${JSON.stringify(result.body)}`);
      line(list, result.body.items.length, result.body.count, usage);
    }
    const overview = await bench.measure(() => studio.get("/follow-up-lists"));
    const listed = Object.values(overview.result.body as Record<string, number>).reduce((a, b) => a + b, 0);
    line("overview: the four counts", 4, listed, overview.usage);

    // Without the index: the studio's projects, read page by page and filtered (the status filter of GET /projects).
    const naive = await bench.measure(async () => {
      let cursor: string | null = null;
      let rows = 0;
      do {
        const page: { items: { status: string }[]; nextCursor: string | null } = (
          await studio.get(`/projects?limit=100${cursor === null ? "" : `&cursor=${cursor}`}`)
        ).body;
        rows += page.items.filter((project) => project.status === "request").length;
        cursor = page.nextCursor;
      } while (cursor !== null);
      return rows;
    });
    line("without index: open requests", naive.result, naive.result, naive.usage);
  } finally {
    await bench.stop();
  }
};

await main();
