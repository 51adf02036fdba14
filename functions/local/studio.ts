import { parseArgs } from "node:util";

const usage = `usage: npm run studio -- create --name <name> --handle <handle> --kind <salon|barber|beauty|tattoo|piercing>
       --time-zone <IANA zone> --locale <BCP 47> --currency <ISO 4217> --country <ISO 3166>
       --owner-email <address> --owner-name <name>`;

/** Opens a studio on the running local stack, as the operator's function does in the cloud. */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: "string" },
    handle: { type: "string" },
    kind: { type: "string" },
    "time-zone": { type: "string" },
    locale: { type: "string" },
    currency: { type: "string" },
    country: { type: "string" },
    "owner-email": { type: "string" },
    "owner-name": { type: "string" },
  },
});
if (positionals[0] !== "create") {
  console.error(usage);
  process.exit(2);
}

const port = Number(process.env.PORT ?? 3000);
const application = {
  name: values.name,
  handle: values.handle,
  kind: values.kind,
  timeZone: values["time-zone"],
  locale: values.locale,
  currency: values.currency,
  settings: { defaultCountry: values.country },
  owner: { email: values["owner-email"], name: values["owner-name"] },
};
try {
  const response = await fetch(`http://127.0.0.1:${port}/_local/studios`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(application),
  });
  const answer = (await response.json()) as {
    studio?: { id: string; handle: string; name: string };
    token?: string;
    error?: { message: string; fields?: { field: string; message: string }[] };
  };
  if (answer.studio === undefined) {
    console.error(`Not opened: ${answer.error?.message ?? `status ${response.status}`}\n\n${usage}`);
    process.exit(1);
  }
  console.log(`Opened ${answer.studio.name} (id ${answer.studio.id}, handle ${answer.studio.handle}).
Owner token (12 h):
${answer.token}`);
} catch (error) {
  console.error(
    `${error instanceof Error ? error.message : error}: is \`npm start\` running on port ${port}?`,
  );
  process.exit(1);
}
