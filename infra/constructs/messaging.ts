import { Duration, Stack, Validations } from "aws-cdk-lib";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { SqsDestination } from "aws-cdk-lib/aws-lambda-destinations";
import { type IScheduleGroup, type Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  type IEmailIdentity,
} from "aws-cdk-lib/aws-ses";
import { CfnConfigurationSet, CfnOptOutList, CfnProtectConfiguration } from "aws-cdk-lib/aws-smsvoice";
import { type ITopic, Topic } from "aws-cdk-lib/aws-sns";
import { LambdaSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";
import { sendDueMessagesPayload } from "../../events/send-due-messages";
import { isoCountryCodes } from "./country-codes";
import { DeadLetterQueue, recurringInvocation } from "./delivery-guarantees";
import { wildcardResourceFinding } from "./nag-findings";
import { RebookFunction } from "./rebook-function";

/** What a deployment decides about sending: identities, limits and where texts may go. */
export interface MessagingSettings {
  /** The SES identity mail is sent from: a domain (`example.com`) or an address. */
  sesIdentity: string;
  /** Create the SES identity in this stack (else it exists already and is referenced by name). */
  createSesIdentity: boolean;
  /** The From header, an address of the identity, e.g. `Rebook <no-reply@example.com>`. */
  sesFromAddress: string;
  /** The End User Messaging SMS origination identity: a phone number id, pool id, sender ID or ARN. */
  smsOriginationIdentity: string;
  /** ISO 3166-1 alpha-2 codes texts may be sent to; every other country is blocked. */
  smsAllowedCountries: string[];
  emailPerMinute: number;
  smsPerMinute: number;
}

export interface MessagingProps {
  projectRoot: string;
  table: ITableV2;
  /** The stack's schedule group; the sender's schedule joins it. */
  scheduleGroup: IScheduleGroup;
  /** The topic the bounce and complaint consumer (MessageFeedback) reads. */
  sesFeedbackTopic: ITopic;
  /** Where the public routes (`/u/<token>`) are served, without a trailing slash. */
  publicBaseUrl: string;
  settings: MessagingSettings;
}

/** SNS topic every delivery event (SES and SMS) is published to; `functions/events/delivery-receipts.ts` reads it. */
const DELIVERY_EVENTS_TOPIC = "delivery-events";

/** SES events that prove SES accepted a mail, each carrying the outbox id as the `messageId` tag. */
const emailReceiptEvents = [
  EmailSendingEvent.SEND,
  EmailSendingEvent.DELIVERY,
  EmailSendingEvent.BOUNCE,
  EmailSendingEvent.COMPLAINT,
  EmailSendingEvent.REJECT,
];

/** A run older than this is superseded by the next minute's run: it is dead-lettered, not retried. */
const runStaleAfter = Duration.minutes(1);

/**
 * Sending: the SES configuration set and the SMS configuration set (with opt-out list and country
 * allow-list) whose events land on the `delivery-events` topic, the receipts Lambda that turns them into
 * receipts, and the sender Lambda that EventBridge Scheduler runs every minute. Failed schedule deliveries,
 * failed runs and receipts that cannot be stored all end in one dead-letter queue.
 *
 * The sender has no reserved concurrency: its leases make overlapping runs safe (a message is sent only
 * by the run holding its lease), and with a timeout under a minute consecutive runs do not overlap anyway,
 * so the per-run limits remain per-minute limits.
 */
export class Messaging extends Construct {
  readonly deadLetterQueue: DeadLetterQueue;
  readonly deliveryEventsTopic: Topic;
  readonly emailIdentity: IEmailIdentity;
  readonly emailConfigurationSet: ConfigurationSet;
  readonly smsOptOutList: CfnOptOutList;
  readonly smsProtectConfiguration: CfnProtectConfiguration;
  private readonly smsSettings: MessagingSettings;
  /** One-time codes' own protect configuration: AWS advises one per use case, and codes are what pumping abuses. */
  readonly smsCodeProtectConfiguration: CfnProtectConfiguration;
  readonly smsConfigurationSet: CfnConfigurationSet;
  readonly smsConfigurationSetName: string;
  readonly receiptsFunction: RebookFunction;
  readonly senderFunction: RebookFunction;
  readonly schedule: Schedule;
  /** What a function that queues messages needs: links and the per-minute rates. */
  readonly queueingEnvironment: Record<string, string>;

  constructor(scope: Construct, id: string, props: MessagingProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { settings } = props;

    this.deadLetterQueue = new DeadLetterQueue(this);
    this.deliveryEventsTopic = new Topic(this, "DeliveryEventsTopic", {
      topicName: `${stack.stackName}-${DELIVERY_EVENTS_TOPIC}`,
      enforceSSL: true,
    });

    // --- Email ---
    this.emailConfigurationSet = new ConfigurationSet(this, "EmailConfigurationSet", {
      reputationMetrics: true,
      sendingEnabled: true,
    });
    // Two destinations on one configuration set, because the two consumers want different things:
    // the receipts Lambda needs every event that proves acceptance (on delivery-events), while the
    // feedback Lambda (MessageFeedback) only acts on bounces and complaints and already reads its own
    // ses-feedback topic. SES publishes an event to every destination that matches it, so bounces and
    // complaints reach both; each destination also grants SES publishing on its topic for this set only.
    this.emailConfigurationSet.addEventDestination("DeliveryEvents", {
      destination: EventDestination.snsTopic(this.deliveryEventsTopic),
      events: emailReceiptEvents,
    });
    this.emailConfigurationSet.addEventDestination("Feedback", {
      destination: EventDestination.snsTopic(props.sesFeedbackTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.emailIdentity = settings.createSesIdentity
      ? new EmailIdentity(this, "EmailIdentity", {
          identity: Identity.domain(settings.sesIdentity),
          configurationSet: this.emailConfigurationSet,
        })
      : EmailIdentity.fromEmailIdentityName(this, "EmailIdentity", settings.sesIdentity);

    // --- SMS ---
    this.smsConfigurationSetName = `${stack.stackName}-sms`;
    const smsConfigurationSetArn = stack.formatArn({
      service: "sms-voice",
      resource: "configuration-set",
      resourceName: this.smsConfigurationSetName,
    });
    this.smsOptOutList = new CfnOptOutList(this, "SmsOptOutList", {
      optOutListName: `${stack.stackName}-opt-outs`,
    });
    this.smsProtectConfiguration = new CfnProtectConfiguration(this, "SmsProtectConfiguration", {
      countryRuleSet: { sms: smsCountryRules(settings.smsAllowedCountries) },
      deletionProtectionEnabled: false,
    });
    this.smsCodeProtectConfiguration = new CfnProtectConfiguration(this, "SmsCodeProtectConfiguration", {
      countryRuleSet: { sms: smsCountryRules(settings.smsAllowedCountries) },
      deletionProtectionEnabled: false,
    });
    this.deliveryEventsTopic.addToResourcePolicy(
      new PolicyStatement({
        actions: ["sns:Publish"],
        resources: [this.deliveryEventsTopic.topicArn],
        principals: [new ServicePrincipal("sms-voice.amazonaws.com")],
        conditions: {
          StringEquals: { "aws:SourceAccount": stack.account, "aws:SourceArn": smsConfigurationSetArn },
        },
      }),
    );
    this.smsConfigurationSet = new CfnConfigurationSet(this, "SmsConfigurationSet", {
      configurationSetName: this.smsConfigurationSetName,
      protectConfigurationId: this.smsProtectConfiguration.attrProtectConfigurationId,
      eventDestinations: [
        {
          eventDestinationName: DELIVERY_EVENTS_TOPIC,
          enabled: true,
          // Any text event proves the call reached End User Messaging; the outbox id is in `context`.
          matchingEventTypes: ["TEXT_ALL"],
          snsDestination: { topicArn: this.deliveryEventsTopic.topicArn },
        },
      ],
    });
    // The destination is checked on creation: the topic's policy (a child of the topic) must exist first.
    this.smsConfigurationSet.node.addDependency(this.deliveryEventsTopic);

    // --- Receipts ---
    this.receiptsFunction = new RebookFunction(this, "ReceiptsFunction", {
      projectRoot: props.projectRoot,
      entry: "functions/events/delivery-receipts.ts",
      serviceName: "rebook-delivery-receipts",
      table: props.table,
      tableAccess: "readWrite",
    });
    this.receiptsFunction.function.configureAsyncInvoke({
      retryAttempts: 2,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    this.deliveryEventsTopic.addSubscription(
      new LambdaSubscription(this.receiptsFunction.function, { deadLetterQueue: this.deadLetterQueue }),
    );

    // --- Sender ---
    this.queueingEnvironment = {
      PUBLIC_BASE_URL: props.publicBaseUrl,
      EMAIL_PER_MINUTE: String(settings.emailPerMinute),
      SMS_PER_MINUTE: String(settings.smsPerMinute),
    };
    this.senderFunction = new RebookFunction(this, "SenderFunction", {
      projectRoot: props.projectRoot,
      entry: "functions/scheduled/send-due-messages.ts",
      serviceName: "rebook-sender",
      table: props.table,
      tableAccess: "readWrite",
      environment: {
        ...this.queueingEnvironment,
        SES_FROM_ADDRESS: settings.sesFromAddress,
        SES_CONFIGURATION_SET: this.emailConfigurationSet.configurationSetName,
      },
      // Under the one-minute period, so consecutive runs do not overlap; unsent messages wait for the next.
      timeout: Duration.seconds(50),
    });
    this.senderFunction.function.configureAsyncInvoke({
      // The next minute's run is the retry; a failed run is dead-lettered so it can be alarmed on.
      retryAttempts: 0,
      maxEventAge: runStaleAfter,
      onFailure: new SqsDestination(this.deadLetterQueue),
    });
    this.senderFunction.function.addToRolePolicy(
      new PolicyStatement({
        // SES v2 authorizes SendEmail against both the identity and the configuration set.
        actions: ["ses:SendEmail"],
        resources: [
          this.emailIdentity.emailIdentityArn,
          stack.formatArn({
            service: "ses",
            resource: "configuration-set",
            resourceName: this.emailConfigurationSet.configurationSetName,
          }),
        ],
      }),
    );
    this.smsSettings = settings;
    this.grantSmsSending(this.senderFunction);

    this.schedule = recurringInvocation(this, "EveryMinute", {
      description: "Sends the outbox messages that are due",
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      scheduleGroup: props.scheduleGroup,
      target: this.senderFunction.function,
      payload: sendDueMessagesPayload,
      deadLetterQueue: this.deadLetterQueue,
      retryAttempts: 2,
      maxEventAge: runStaleAfter,
    });
  }

  /**
   * Lets a function send texts as the sender does: through the configuration set and origination identity,
   * one-time codes under their own protect configuration. Sets the variables it reads them from.
   */
  grantSmsSending(rebookFunction: RebookFunction): void {
    const stack = Stack.of(this);
    const settings = this.smsSettings;
    rebookFunction.function.addEnvironment("SMS_ORIGINATION_IDENTITY", settings.smsOriginationIdentity);
    rebookFunction.function.addEnvironment("SMS_CONFIGURATION_SET", this.smsConfigurationSetName);
    rebookFunction.function.addEnvironment(
      "SMS_CODE_PROTECT_CONFIGURATION_ID",
      this.smsCodeProtectConfiguration.attrProtectConfigurationId,
    );
    const origination = originationIdentityArn(stack, settings.smsOriginationIdentity);
    rebookFunction.function.addToRolePolicy(
      new PolicyStatement({
        // SendTextMessage is authorized against the configuration set, the origination identity and
        // the resources they use (opt-out list, protect configurations).
        actions: ["sms-voice:SendTextMessage"],
        resources: [
          stack.formatArn({
            service: "sms-voice",
            resource: "configuration-set",
            resourceName: this.smsConfigurationSetName,
          }),
          origination.arn,
          this.smsOptOutList.attrArn,
          this.smsProtectConfiguration.attrArn,
          this.smsCodeProtectConfiguration.attrArn,
        ],
      }),
    );
    if (origination.wildcardReason) {
      Validations.of(rebookFunction).acknowledge({
        id: wildcardResourceFinding(rebookFunction, origination.arn),
        reason: origination.wildcardReason,
      });
    }
  }
}

/** Every country blocked for SMS but the allowed ones; all codes are listed, as the service reports them. */
function smsCountryRules(allowed: string[]): CfnProtectConfiguration.CountryRuleProperty[] {
  const known = new Set<string>(isoCountryCodes);
  const unknown = allowed.filter((code) => !known.has(code));
  if (unknown.length > 0) throw new Error(`Unknown SMS country codes: ${unknown.join(", ")}`);
  return isoCountryCodes.map((countryCode) => ({
    countryCode,
    protectStatus: allowed.includes(countryCode) ? "ALLOW" : "BLOCK",
  }));
}

/**
 * The ARN the origination identity stands for, and why it holds a wildcard if it must. A phone number's ARN
 * names its id, not the number, so an E.164 number can only be narrowed to this account's phone numbers.
 */
function originationIdentityArn(stack: Stack, identity: string): { arn: string; wildcardReason?: string } {
  const arn = (resource: string, resourceName: string) =>
    stack.formatArn({ service: "sms-voice", resource, resourceName });
  if (identity.startsWith("arn:")) return { arn: identity };
  if (/^phone-[0-9a-f]+$/.test(identity)) return { arn: arn("phone-number", identity) };
  if (/^pool-[0-9a-f]+$/.test(identity)) return { arn: arn("pool", identity) };
  if (identity.startsWith("+")) {
    return {
      arn: arn("phone-number", "*"),
      wildcardReason:
        "smsOriginationIdentity is an E.164 number, whose phone-number ARN names an id unknown at synthesis; " +
        "setting it to the number's phone-… id narrows this to that one number.",
    };
  }
  return {
    arn: arn("sender-id", `${identity}/*`),
    wildcardReason:
      "A sender ID's ARN ends in a country (`sender-id/<id>/<country>`) and the sender texts every allowed " +
      "country with it; the wildcard spans only this sender ID, and the protect configuration limits countries.",
  };
}
