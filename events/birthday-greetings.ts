import { scheduledRun } from "./scheduled-run";

/** Every day: the birthday greetings of today and tomorrow in each studio's zone. */
export const { payload: birthdayGreetingsPayload, schema: birthdayGreetingsPayloadSchema } =
  scheduledRun("birthday-greetings");
