import { DEMO_OWNER_EMAIL } from "./local-data";

/** Prints a staff token of the running local stack: `npm run -s token -- [email]` (the demo owner by default). */
const email = process.argv[2] ?? DEMO_OWNER_EMAIL;
const port = Number(process.env.PORT ?? 3000);
try {
  const response = await fetch(`http://127.0.0.1:${port}/_local/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email }),
  });
  const answer = (await response.json()) as { token?: string; error?: { message: string } };
  if (answer.token === undefined) throw new Error(answer.error?.message ?? `status ${response.status}`);
  console.log(answer.token);
} catch (error) {
  console.error(
    `No token for ${email}: ${error instanceof Error ? error.message : error} (is \`npm start\` running?)`,
  );
  process.exit(1);
}
