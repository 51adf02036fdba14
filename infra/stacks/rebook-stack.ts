import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { ScheduleExpression, ScheduleGroup } from "aws-cdk-lib/aws-scheduler";
import type { Construct } from "constructs";
import { birthdayGreetingsPayload } from "../../events/birthday-greetings";
import { overdueScanPayload } from "../../events/overdue-scan";
import { projectAutomationPayload } from "../../events/project-automation";
import { sendAppointmentNoticesPayload } from "../../events/send-appointment-notices";
import type { AdminArea } from "../../functions/http/admin-routes";
import { AdminApi } from "../constructs/admin-api";
import { AdminAuth } from "../constructs/admin-auth";
import { AppSecret } from "../constructs/app-secret";
import { BookingApi } from "../constructs/booking-api";
import { ConsoleHosting } from "../constructs/console-hosting";
import { DataTable } from "../constructs/data-table";
import { MessageFeedback } from "../constructs/message-feedback";
import { Messaging, type MessagingSettings } from "../constructs/messaging";
import { Onboarding } from "../constructs/onboarding";
import { Operations } from "../constructs/operations";
import { PhotoGallery } from "../constructs/photo-gallery";
import { RebookFunction } from "../constructs/rebook-function";
import { ScheduledFunction } from "../constructs/scheduled-function";
import { StripeSecret } from "../constructs/stripe-secret";
import { Unsubscribe } from "../constructs/unsubscribe";
import { WidgetHosting } from "../constructs/widget-hosting";

export interface RebookStackProps extends StackProps {
  /** Repository root, from which handler entries and the lock file resolve. */
  projectRoot: string;
  /**
   * Origins the admin console is also served from (besides its CloudFront distribution), allowed by the
   * API's CORS policy and as the hosted UI's redirect targets.
   */
  consoleOrigins: string[];
  /** The hosted UI's domain prefix (unique per region); by default `rebook-<account id>`. */
  signInDomainPrefix?: string;
  /** Identities, rates and allowed SMS countries, from the app's context. */
  messaging: MessagingSettings;
  /** Subscribed by email to the alarm topic, if given. */
  alarmEmail?: string;
}

/** Admin areas that queue messages, if the API has them: they render links and stagger by the rates. */
const queueingAreas: readonly string[] = ["messages", "reconnect", "appointments", "projects"];

/**
 * Composes Rebook: the table, staff sign-in, the admin API, the scans' schedule group and the scans,
 * the public unsubscribe routes, the consumers of message feedback (bounces, complaints, STOP) and
 * messaging (configuration sets, the every-minute sender and the delivery receipts), the booking API and the
 * widget's hosting (S3 and CloudFront). Last come what covers everything composed before it: the public
 * routes' throttling and the alarms.
 */
export class RebookStack extends Stack {
  readonly data: DataTable;
  readonly appSecret: AppSecret;
  readonly stripeSecret: StripeSecret;
  readonly consoleHosting: ConsoleHosting;
  readonly auth: AdminAuth;
  readonly adminApi: AdminApi;
  readonly onboarding: Onboarding;
  readonly bookingApi: BookingApi;
  readonly widget: WidgetHosting;
  readonly photoGallery: PhotoGallery;
  readonly scanSchedules: ScheduleGroup;
  readonly overdueScan: ScheduledFunction;
  readonly projectAutomation: ScheduledFunction;
  readonly appointmentNotices: ScheduledFunction;
  readonly birthdayGreetings: ScheduledFunction;
  readonly unsubscribe: Unsubscribe;
  readonly messageFeedback: MessageFeedback;
  readonly messaging: Messaging;
  readonly operations: Operations;

  constructor(scope: Construct, id: string, props: RebookStackProps) {
    super(scope, id, props);

    this.data = new DataTable(this, "Data");
    this.appSecret = new AppSecret(this, "AppSecret");
    this.consoleHosting = new ConsoleHosting(this, "Console", { projectRoot: props.projectRoot });
    const consoleOrigins = [this.consoleHosting.url, ...props.consoleOrigins];
    this.auth = new AdminAuth(this, "AdminAuth", {
      consoleUrls: consoleOrigins,
      signInDomainPrefix: props.signInDomainPrefix,
    });
    this.adminApi = new AdminApi(this, "AdminApi", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      authorizer: this.auth.authorizer,
      consoleOrigins,
    });
    this.auth.grantAccountManagement(this.adminApi.functions.accounts);
    this.photoGallery = new PhotoGallery(this, "PhotoGallery", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      consoleOrigins,
    });
    this.photoGallery.grantCardAccess(this.adminApi.functions.clients);
    this.onboarding = new Onboarding(this, "Onboarding", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      auth: this.auth,
    });
    this.scanSchedules = new ScheduleGroup(this, "ScanSchedules", {
      scheduleGroupName: `${this.stackName}-scans`,
      // Its schedules only invoke this stack's functions: they go with the stack.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.overdueScan = new ScheduledFunction(this, "OverdueScan", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      scheduleGroup: this.scanSchedules,
      entry: "functions/scheduled/overdue-scan.ts",
      serviceName: "rebook-overdue-scan",
      description: "Flags clients who fell out of their booking rhythm",
      schedule: ScheduleExpression.rate(Duration.hours(1)),
      payload: overdueScanPayload,
      // Five minutes covers a large backlog; the next hourly run covers a run that did not start.
      timeout: Duration.minutes(5),
      staleAfter: Duration.hours(1),
    });
    this.projectAutomation = new ScheduledFunction(this, "ProjectAutomation", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      scheduleGroup: this.scanSchedules,
      entry: "functions/scheduled/project-automation.ts",
      serviceName: "rebook-project-automation",
      description:
        "Closes unanswered project requests and sends aftercare messages where studios switched it on",
      schedule: ScheduleExpression.rate(Duration.hours(1)),
      payload: projectAutomationPayload,
      timeout: Duration.minutes(5),
      staleAfter: Duration.hours(1),
    });
    this.appointmentNotices = new ScheduledFunction(this, "AppointmentNotices", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      scheduleGroup: this.scanSchedules,
      entry: "functions/scheduled/send-appointment-notices.ts",
      serviceName: "rebook-appointment-notices",
      description: "Queues the appointment notices and reminders that are due",
      schedule: ScheduleExpression.rate(Duration.minutes(1)),
      payload: sendAppointmentNoticesPayload,
      // Under the one-minute period; what a run leaves stays due for the next.
      timeout: Duration.seconds(50),
      staleAfter: Duration.minutes(5),
    });
    this.birthdayGreetings = new ScheduledFunction(this, "BirthdayGreetings", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      scheduleGroup: this.scanSchedules,
      entry: "functions/scheduled/birthday-greetings.ts",
      serviceName: "rebook-birthday-greetings",
      description: "Queues the birthday greetings of today and tomorrow in each studio's zone",
      // At 18:00 UTC it is evening in Europe and the Americas, early morning east of UTC+6: every greeting is
      // queued before its local day's send windows open (see domain/birthdays/birthday-dates.ts).
      schedule: ScheduleExpression.cron({ minute: "0", hour: "18" }),
      payload: birthdayGreetingsPayload,
      timeout: Duration.minutes(5),
      // Lambda keeps a failed run at most six hours; tomorrow's run greets what a dropped one left.
      staleAfter: Duration.hours(6),
    });
    this.unsubscribe = new Unsubscribe(this, "Unsubscribe", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      httpApi: this.adminApi.httpApi,
    });
    this.messageFeedback = new MessageFeedback(this, "MessageFeedback", {
      projectRoot: props.projectRoot,
      table: this.data.table,
    });
    this.messaging = new Messaging(this, "Messaging", {
      projectRoot: props.projectRoot,
      table: this.data.table,
      scheduleGroup: this.scanSchedules,
      sesFeedbackTopic: this.messageFeedback.sesFeedbackTopic,
      publicBaseUrl: this.adminApi.httpApi.apiEndpoint,
      settings: props.messaging,
    });
    for (const area of queueingAreas.filter((area): area is AdminArea => area in this.adminApi.functions)) {
      this.adminApi.addAreaEnvironment(area, this.messaging.queueingEnvironment);
    }
    this.bookingApi = new BookingApi(this, "BookingApi", {
      projectRoot: props.projectRoot,
      table: this.data.table,
    });
    // Booking sends codes itself; its confirmations are the appointment notices' (below).
    this.messaging.grantSmsSending(this.bookingApi.bookingFunction);
    // Deposits: online bookings and staff open checkouts, the webhook records payments, the notice run refunds.
    this.stripeSecret = new StripeSecret(this, "StripeSecret");
    for (const takesDeposits of [
      this.bookingApi.bookingFunction,
      this.bookingApi.paymentsFunction,
      this.adminApi.functions.appointments,
      this.appointmentNotices.function,
    ]) {
      this.stripeSecret.grantTo(takesDeposits);
    }
    this.widget = new WidgetHosting(this, "Widget", { projectRoot: props.projectRoot });
    // The hourly scan also queues ReConnect's automatic first messages and follow-ups, the daily run birthday
    // greetings; the notices' links lead to the booking API's self-service page.
    for (const [name, value] of Object.entries(this.messaging.queueingEnvironment)) {
      this.overdueScan.function.function.addEnvironment(name, value);
      this.projectAutomation.function.function.addEnvironment(name, value);
      this.appointmentNotices.function.function.addEnvironment(name, value);
      this.birthdayGreetings.function.function.addEnvironment(name, value);
    }
    // Notices link to the client's page on the booking API, wherever they are queued.
    const bookingLinks = { BOOKING_BASE_URL: this.bookingApi.httpApi.apiEndpoint };
    this.appointmentNotices.function.function.addEnvironment(
      "BOOKING_BASE_URL",
      bookingLinks.BOOKING_BASE_URL,
    );
    for (const area of queueingAreas.filter((area): area is AdminArea => area in this.adminApi.functions)) {
      this.adminApi.addAreaEnvironment(area, bookingLinks);
    }

    // Every function derives its keys (cursors, links, address hashes) from the one secret.
    for (const rebookFunction of this.node.findAll().filter((node) => node instanceof RebookFunction)) {
      this.appSecret.grantTo(rebookFunction);
    }

    this.consoleHosting.publish({
      apiUrl: this.adminApi.httpApi.apiEndpoint,
      signInUrl: this.auth.signInUrl,
      clientId: this.auth.consoleClient.userPoolClientId,
    });

    // Last, as they cover everything composed above: the tighter limit on each public route, and an alarm
    // on every function and every dead-letter queue.
    this.adminApi.limitPublicRoutes();
    this.operations = new Operations(this, "Operations", {
      watched: this,
      alarmEmail: props.alarmEmail,
      metricAlarms: [
        {
          label: "CodeBudgetExhausted",
          metric: this.bookingApi.codeBudgetExhausted,
          description: "a studio spent its daily budget of booking codes: SMS pumping, or a very busy day.",
        },
      ],
    });

    new CfnOutput(this, "ConsoleUrl", { value: this.consoleHosting.url });
    new CfnOutput(this, "ApiUrl", { value: this.adminApi.httpApi.apiEndpoint });
    new CfnOutput(this, "BookingApiUrl", { value: this.bookingApi.httpApi.apiEndpoint });
    new CfnOutput(this, "WidgetUrl", { value: this.widget.widgetUrl });
    new CfnOutput(this, "WidgetEmbed", {
      description: "The two lines a studio pastes into its website, with its handle in place of HANDLE",
      value: `<script type="module" src="${this.widget.widgetUrl}"></script> <rebook-booking handle="HANDLE" api="${this.bookingApi.httpApi.apiEndpoint}"></rebook-booking>`,
    });
    new CfnOutput(this, "UserPoolId", { value: this.auth.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.auth.consoleClient.userPoolClientId });
    new CfnOutput(this, "CreateStudioFunctionName", {
      value: this.onboarding.createStudio.function.functionName,
    });
    new CfnOutput(this, "TableName", { value: this.data.table.tableName });
    new CfnOutput(this, "DeliveryEventsTopicArn", { value: this.messaging.deliveryEventsTopic.topicArn });
    new CfnOutput(this, "SmsOptOutListName", { value: this.messaging.smsOptOutList.ref });
    new CfnOutput(this, "AlarmTopicArn", { value: this.operations.alarmTopic.topicArn });
    new CfnOutput(this, "ApiAccessLogGroupName", { value: this.adminApi.accessLogs.logGroupName });
  }
}
