import { SendTextMessageCommand } from "@aws-sdk/client-pinpoint-sms-voice-v2";
import { MessageRejected, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { describe, expect, it, vi } from "vitest";
import { sesEmailSender } from "../../../functions/adapters/ses/ses-email-sender";
import { smsSender } from "../../../functions/adapters/sms/sms-sender";

const email = {
  messageId: "m1",
  studioId: "s1",
  clientId: "c1",
  to: "lotte@example.com",
  subject: "News",
  text: "Hello\n\nUnsubscribe: https://x.example/u/t",
  unsubscribeUrl: "https://x.example/u/t",
};

describe("the SES adapter", () => {
  it("sends with the configuration set, the id tags and the one-click headers", async () => {
    const send = vi.fn().mockResolvedValue({ MessageId: "ses-1" });
    const sender = sesEmailSender({ send } as never, {
      fromAddress: "hi@x.example",
      configurationSetName: "cs",
    });

    expect(await sender.send(email)).toEqual({ providerMessageId: "ses-1" });
    const command = send.mock.calls[0]![0] as SendEmailCommand;
    expect(command).toBeInstanceOf(SendEmailCommand);
    expect(command.input).toMatchObject({
      ConfigurationSetName: "cs",
      Destination: { ToAddresses: ["lotte@example.com"] },
      EmailTags: [
        { Name: "messageId", Value: "m1" },
        { Name: "studioId", Value: "s1" },
        { Name: "clientId", Value: "c1" },
      ],
      Content: {
        Simple: {
          Headers: [
            { Name: "List-Unsubscribe", Value: "<https://x.example/u/t>" },
            { Name: "List-Unsubscribe-Post", Value: "List-Unsubscribe=One-Click" },
          ],
        },
      },
    });
  });

  it("sends transactional mail without unsubscribe headers, and turns MessageRejected into MESSAGE.REJECTED", async () => {
    const send = vi.fn().mockRejectedValue(new MessageRejected({ message: "bad address", $metadata: {} }));
    const sender = sesEmailSender({ send } as never, {
      fromAddress: "hi@x.example",
      configurationSetName: "cs",
    });

    await expect(sender.send({ ...email, unsubscribeUrl: null })).rejects.toMatchObject({
      code: "MESSAGE.REJECTED",
    });
    expect((send.mock.calls[0]![0] as SendEmailCommand).input.Content?.Simple?.Headers).toBeUndefined();
  });
});

describe("the SMS adapter", () => {
  const smsSettings = {
    originationIdentity: "pool-1",
    configurationSetName: "cs",
    timeToLiveSeconds: 3600,
    codeProtectConfigurationId: "protect-codes",
  };

  it("sends marketing as PROMOTIONAL with the configuration set, the message id in Context and a TTL", async () => {
    const send = vi.fn().mockResolvedValue({ MessageId: "sms-1" });
    const sender = smsSender({ send } as never, smsSettings);

    await sender.send({
      messageId: "m1",
      studioId: "s1",
      clientId: "c1",
      to: "+31612345678",
      body: "Hi",
      purpose: "marketing",
      templatePurpose: "broadcast",
    });
    const command = send.mock.calls[0]![0] as SendTextMessageCommand;
    expect(command).toBeInstanceOf(SendTextMessageCommand);
    expect(command.input).toEqual({
      DestinationPhoneNumber: "+31612345678",
      OriginationIdentity: "pool-1",
      MessageBody: "Hi",
      MessageType: "PROMOTIONAL",
      ConfigurationSetName: "cs",
      Context: { messageId: "m1", studioId: "s1", clientId: "c1" },
      TimeToLive: 3600,
    });
  });

  it("sends a one-time code as TRANSACTIONAL under the codes' own protect configuration", async () => {
    const send = vi.fn().mockResolvedValue({ MessageId: "sms-2" });

    await smsSender({ send } as never, smsSettings).send({
      messageId: "m2",
      studioId: "s1",
      clientId: "code-h1",
      to: "+31612345678",
      body: "123456 is your code",
      purpose: "transactional",
      templatePurpose: "tan_code",
    });

    expect((send.mock.calls[0]![0] as SendTextMessageCommand).input).toMatchObject({
      MessageType: "TRANSACTIONAL",
      ProtectConfigurationId: "protect-codes",
    });
  });
});
