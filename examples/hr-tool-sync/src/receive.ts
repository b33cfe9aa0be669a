import { serveWebhookReceiver, webhookReceiver } from "./receiver.js";

/**
 * `npm run example:hr-tool-receiver` with WEBHOOK_SECRET (the `secret` POST /v1/webhooks showed) and
 * PORT (default 9000): prints each verified event. Put it behind https on a public host name: the
 * API sends to nothing else.
 */
const secret = process.env.WEBHOOK_SECRET;
if (secret === undefined) {
  console.error("set WEBHOOK_SECRET (the secret POST /v1/webhooks showed; see the README)");
  process.exit(2);
}
const port = Number(process.env.PORT ?? 9000);
serveWebhookReceiver(
  webhookReceiver({
    secret,
    onEvent: (event) => console.log(`${event.type} ${event.id}: ${JSON.stringify(event.data)}`),
  }),
).listen(port, () => console.log(`receiving webhooks on port ${port}`));
