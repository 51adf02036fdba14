import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { PHOTO_UPLOADS_PREFIX } from "../../events/photo-uploads";
import { buildWidget } from "../../web/widget/build-widget";
import { createRebookTable } from "../adapters/dynamodb/create-table";
import { rebookTable } from "../adapters/dynamodb/table-schema";
import { startDynamoDbLocal } from "./dynamodb-local";
import { signLocalToken } from "./local-auth";
import {
  DEMO_OWNER_EMAIL,
  DEMO_STUDIO_ID,
  LOCAL_DATA_DIRECTORY,
  LOCAL_TABLE_NAME,
  localSecret,
} from "./local-data";
import { localEnvironment } from "./local-environment";
import { startLocalScheduler } from "./local-scheduler";
import { startLocalServer } from "./local-server";
import { startLocalS3 } from "./s3-local";
import { startLocalSes } from "./ses-emulator";
import { WIDGET_DEMO_PATH } from "./widget-site";

const DEMO_CLIENTS = 320;
/** Raised when stored items gain fields the code relies on, so older local data is seeded anew. */
const LOCAL_DATA_VERSION = 2;
const SEED_PHASES = {
  records: "records (clients, consents, projects)",
  history: "history items (appointments, staff days, visit rhythms and histories)",
};
const LOCAL_PHOTO_BUCKET = "rebook-photos";
const port = Number(process.env.PORT ?? 3000);
const fresh = process.argv.includes("--fresh");
const startedAt = Date.now();
const seconds = () => `${((Date.now() - startedAt) / 1000).toFixed(1)} s`;

/** Every part the local stack started, stopped in reverse order on Ctrl-C. */
const stops: Array<() => Promise<unknown>> = [];
const stopAll = async () => {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.log("\nstopping…");
    void stopAll().then(() => process.exit(0));
  });
}

try {
  // Bundling takes a few seconds of its own: it runs while DynamoDB Local starts and the seed is written.
  const consoleBuild = import("../../web/console/build").then(async ({ buildConsole, describeSize }) => {
    const built = await buildConsole();
    return { directory: built.outDir, size: describeSize(built.initialJsBytes) };
  });
  const dataDirectory = join(LOCAL_DATA_DIRECTORY, "dynamodb");
  const seededMarker = join(LOCAL_DATA_DIRECTORY, "seeded");
  if (fresh) rmSync(LOCAL_DATA_DIRECTORY, { recursive: true, force: true });
  // A seed cut short (Ctrl-C) leaves half a demo, data from an older table schema lacks indexes, and data
  // from before LOCAL_DATA_VERSION lacks fields: either way the local data starts anew.
  const schemaFingerprint = createHash("sha256")
    .update(JSON.stringify([LOCAL_DATA_VERSION, rebookTable]))
    .digest("hex");
  const seededWith = existsSync(seededMarker) ? readFileSync(seededMarker, "utf8").trim() : null;
  const photoDirectory = join(LOCAL_DATA_DIRECTORY, "s3");
  if (seededWith !== schemaFingerprint) {
    rmSync(dataDirectory, { recursive: true, force: true });
    rmSync(photoDirectory, { recursive: true, force: true });
  }
  mkdirSync(dataDirectory, { recursive: true });
  mkdirSync(photoDirectory, { recursive: true });

  const dynamoDb = await startDynamoDbLocal({ dataDirectory });
  stops.push(dynamoDb.stop);
  console.log(`DynamoDB Local  ${dynamoDb.endpoint}  (${seconds()})`);

  const ses = await startLocalSes();
  stops.push(ses.stop);
  console.log(`SES emulator    ${ses.endpoint}/store  (mails sent)`);

  const s3 = await startLocalS3({ directory: photoDirectory, buckets: [LOCAL_PHOTO_BUCKET] });
  stops.push(s3.stop);
  console.log(`S3 (s3rver)     ${s3.endpoint}  (bucket ${LOCAL_PHOTO_BUCKET})`);

  const tokenSecret = localSecret("token-secret", true)!;
  Object.assign(
    process.env,
    localEnvironment({
      tableName: LOCAL_TABLE_NAME,
      dynamoDbEndpoint: dynamoDb.endpoint,
      sesEndpoint: ses.endpoint,
      appSecret: localSecret("app-secret", true)!,
      port,
      smsSinkFile: join(LOCAL_DATA_DIRECTORY, "sms-sink.jsonl"),
      photos: { s3Endpoint: s3.endpoint, bucket: LOCAL_PHOTO_BUCKET },
    }),
  );

  const tableState = await createRebookTable(
    new DynamoDBClient({
      endpoint: dynamoDb.endpoint,
      region: "local",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
    LOCAL_TABLE_NAME,
  );
  console.log(`table ${LOCAL_TABLE_NAME} ${tableState}  (${seconds()})`);
  const { container } = await import("../shared/container");
  const { deps } = await container();
  if ((await deps.studios.get(DEMO_STUDIO_ID)) === null) {
    console.log("seeding demo studio: deriving three years of visits…");
    const { seedDemoStudio } = await import("./seed/demo-studio");
    const seeded = await seedDemoStudio(deps, {
      clients: DEMO_CLIENTS,
      now: new Date().toISOString(),
      onProgress: (phase, done, total) => {
        if (phase === "records" && done % 50 !== 0 && done !== total) return;
        process.stdout.write(`\rseeding demo studio: ${done}/${total} ${SEED_PHASES[phase]}`);
        if (done === total) process.stdout.write(`  (${seconds()})\n`);
      },
    });
    writeFileSync(seededMarker, schemaFingerprint);
    console.log(
      `seeded ${seeded.clients} clients, ${seeded.appointments} appointments, ${seeded.projects} projects  (${seconds()})`,
    );
  } else {
    console.log("demo studio present");
  }

  // What the bucket's notification does in the cloud: each upload goes to the processing function.
  const { handler: processUploads } = await import("../events/photo-uploads");
  s3.onObjectCreated(PHOTO_UPLOADS_PREFIX, (event) => {
    processUploads(event).catch((error: unknown) =>
      console.error(`photo processing failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  });

  const scheduler = await startLocalScheduler((line) => console.log(`scheduler  ${line}`));
  stops.push(scheduler.stop);

  const widgetDirectory = join(LOCAL_DATA_DIRECTORY, "widget");
  const widget = buildWidget(widgetDirectory);
  console.log(`widget built    ${(widget.gzipBytes / 1024).toFixed(1)} KB gzipped  (${seconds()})`);
  const builtConsole = await consoleBuild;
  console.log(`console built   ${builtConsole.size}  (${seconds()})`);

  const server = await startLocalServer({
    port,
    tokenSecret,
    scheduler,
    widgetDirectory,
    console: { directory: builtConsole.directory, studioIds: [DEMO_STUDIO_ID] },
  });
  stops.push(() => new Promise((resolve) => server.close(resolve)));
  const url = `http://127.0.0.1:${port}`;
  const owner = await deps.staffAccounts.findByEmail(DEMO_OWNER_EMAIL);
  const token = await signLocalToken(owner!, tokenSecret);

  console.log(`
Rebook runs locally (${seconds()}). Ctrl-C stops everything.

Console       ${url}/console/  (one click signs in as the demo studio's owner, manager or staff)
API           ${url}
Booking API   ${url}/book/demo  (the widget's public routes; codes land in the SMS sink)
Widget demo   ${url}${WIDGET_DEMO_PATH}  (a studio website embedding <rebook-booking handle="demo">)
OpenAPI       ${url}/openapi.json
API reference ${url}/docs
Mail (SES)    ${ses.endpoint}/store
SMS sink      ${join(LOCAL_DATA_DIRECTORY, "sms-sink.jsonl")}
Staff token   (demo studio, owner; also: npm run token)
${token}

Try:
  curl -H "Authorization: Bearer $TOKEN" "${url}/clients?limit=5"
  curl -H "Authorization: Bearer $TOKEN" "${url}/clients/client-0001/card"
  curl -H "Authorization: Bearer $TOKEN" "${url}/reconnect/categories"
  curl "${url}/openapi.json"
(with TOKEN=$(npm run -s token))

Scenarios: move the clock with  curl -X PUT -d '{"now":"2027-01-15T09:00:00Z"}' ${url}/_local/clock
and run a schedule now with     curl -X POST ${url}/_local/schedules/overdue-scan  (or send-due-messages)
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stopAll();
  process.exit(1);
}
