<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppStatusBar</name>
    <message>
        <source>Pause simulated customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● API connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● API unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks: –</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Webhooks receiving ({n} events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Webhooks not receiving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bubble</name>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template “{name}” ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>🛒 Order of {n} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message type cannot be shown (WhatsApp does not deliver it to the API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{type} message]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BubblePreview</name>
    <message>
        <source>Message preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloudApi</name>
    <message>
        <source>Access token expired</source>
        <extracomment>Meta codes that mean &quot;temporary, try the same request again shortly&quot;. The client retries these itself (even for sends: Meta answered, so the message was not accepted).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired or was revoked: create a new system-user token in Business Settings and paste it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token lacks a permission or access to this WhatsApp Business Account ({details}). In Business Settings → System users, grant whatsapp_business_messaging and whatsapp_business_management and assign the account to the system user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s service had a temporary problem. The app retried; try again in a few minutes and check metastatus.com if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template rejected by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused the template: {details}. Fix the field in the template designer and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many API calls</source>
        <extracomment>Every code of the reference table, one row each (shared rows reuse one ErrorInfo).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app made too many API calls in a short time. Slow down: it will retry automatically; wait a few minutes before bulk actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account API limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This WhatsApp Business Account reached its hourly limit of management calls. Slow down and wait before syncing templates or numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number reached its messages-per-second limit. Slow down: queued messages will be sent a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recent messages were blocked or reported by customers. Slow down: pause campaigns and check the number&apos;s quality rating before sending more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages to this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages went to this same customer in a short time. Slow down: wait a few seconds between messages to one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reduced the messaging limit because templates were put in the wrong category. Stop business-initiated sends and fix template categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business Account is restricted or disabled for a policy violation. Open WhatsApp Manager → Account quality to see the enforcement and appeal it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account locked or wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta locked the account, or the two-step verification PIN sent was wrong. Check the PIN first; otherwise look at the account&apos;s health status in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business account may not message users in the customer&apos;s country. Do not send to numbers from this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reports a billing problem (no payment method or credit line, currency or time zone unset, or account suspended). Fix it in Business Settings → Payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing templates disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing templates are turned off for the Cloud API on this account. Send through the Marketing Messages API or re-enable them in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments terms pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the WhatsApp Payments terms of service in WhatsApp Manager, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account in maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is briefly in maintenance mode (for example a throughput upgrade). Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rejected a parameter: {details}. Correct it and try again; sending it unchanged will fail again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter is missing: {details}. Complete the message and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter value invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter value is not valid: {details}. Correct it and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported message type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp does not support this message type here. Choose another type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s media unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s media could not be downloaded. Ask the customer to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media upload failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your media could not be uploaded or sent, usually because its file type does not match its content. Check the file type and size, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta could not process the request parameters ({details}). Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender is the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number cannot message itself. Choose a different recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message undeliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message could not be delivered: the number may not be on WhatsApp, use an old app, or not have accepted the terms. Do not retry; reach the customer another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test number can only message allowed recipients. Add this number under API Setup → To → Manage phone number list, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered to keep the ecosystem healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta held back this marketing message because the customer already received many. Do not resend it within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer stopped marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer turned off marketing messages from you. Do not send them marketing templates; service and utility messages are still possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business-scoped user id not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number cannot send to a business-scoped user id. Send to the phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You blocked this customer. Unblock them before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back by a Meta experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer is part of a Meta marketing experiment, so this message was not sent. This is expected; do not retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer identity changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s identity key changed (new phone or reinstall). Re-verify who you are talking to before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the 24-hour window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than 24 hours have passed since the customer last wrote. Send an approved template instead; free-form messages are possible again once they reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parameter count mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of parameters does not match the template ({details}). Fill every variable of the approved template and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved template with this name exists in this language. Check the name and the exact language code (en is not en_US), or sync templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too long once the parameters are filled in. Shorten the parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template breaks content policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template content violates WhatsApp policy. Edit the template and submit it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parameter format mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters do not have the format the template expects (for example named instead of positional). Rebuild them from the approved template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is paused because of low quality. Wait for it to be unpaused, or edit it, or use another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template was permanently disabled for low quality. Create a new template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parameter problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter is not acceptable ({details}). Remove new lines, tabs and runs of more than four spaces from parameters, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flow in this message is blocked. Fix the flow in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This flow was sent too often (limit 10 per hour). Wait before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account reached its template limit. Delete templates you no longer use, then create the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This business phone number was deleted. Sync the numbers list and choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has no approved display name yet. Set or fix the display name in WhatsApp Manager, then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not registered correctly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has a registration problem. Register it again under Numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous deregistration failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier deregistration did not finish. Deregister the number again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-step verification PIN is incorrect. Enter the right PIN, or reset it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the number first: request a code, enter it, then register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many PIN attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong PIN attempts. Wait as Meta says ({details}) before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN entered too fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN was entered too quickly. Wait as Meta says ({details}) before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is not registered with the Cloud API. Register it under Numbers (with its two-step verification PIN), then send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number deletion pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number was deleted recently. Wait 5 minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was registered or deregistered more than 10 times in 72 hours. Meta blocks it for 72 hours; try again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta could not send a verification code, often after too many requests. Wait a while (up to 72 hours) or try the other method (SMS or voice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message does not match its template ({details}). Check the template and its parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number registration problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number&apos;s registration failed ({details}). Check it under Numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta asked the app to slow down. It will retry; wait a minute before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP {status}). Try again in a few minutes; check metastatus.com or your proxy if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the access token. Create a new system-user token in Business Settings and paste it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may not do this. Grant the system user access to this account and the WhatsApp permissions in Business Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this object or path (HTTP 404). Check the id and the API base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request (HTTP {status}) instead of answering it, as a login page or a wrong address does. Check the API base URL and proxy in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was rejected ({details}). Correct it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp reported an error ({details}). Try again; if it repeats, note the trace id and contact Meta support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app could not reach {host}. Check the internet connection, proxy and API base URL in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke after the message was sent, so it may have reached WhatsApp. Check the conversation for a delivery status before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server between the app and WhatsApp answered with an error (HTTP {status}), so the message may have reached WhatsApp. Check the conversation for a delivery status before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was not what the Cloud API sends (HTTP {status}: {details}). Check the API base URL and any proxy in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media address refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media address ({details}) is not HTTPS, so the access token was not sent to it. Check the API base URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access token is configured. Paste a system-user token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>Type a message (Enter sends, Shift+Enter adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a conversation to reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service window open: {h} h {m} min left for free-form replies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour customer service window is closed: the customer has not written in the last 24 hours. Free-form messages are blocked by WhatsApp; send an approved template to reopen the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InboxPage</name>
    <message>
        <source>Search name, number or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. Messages from customers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} · to {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[test number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>WABA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting WABA Desk…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>The customer&apos;s 24-hour window is closed: only an approved template can be sent until they write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection dropped while sending, so WhatsApp may have received this message. Check the customer&apos;s chat before you retry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>Webhook receiver not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <source>No system keyring is available, so live credentials cannot be stored safely. Install and unlock a keyring (GNOME Keyring, KWallet, or the Windows/macOS one) and try again; sandbox mode keeps working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 102290129340398, 104996122399160</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: lists every WABA of the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live mode (Meta Cloud API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System-user access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept only in the operating system&apos;s keyring, never in the database or logs. Expose the webhook port through your reverse proxy or tunnel and enter its https URL with the verify token in Meta&apos;s App Dashboard. Without a token, app secret and WABA id the app runs in sandbox mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart to apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in live mode against Meta&apos;s Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in sandbox mode: a local Cloud API simulator with demo accounts and simulated customers. Enter live credentials below to connect to Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Restart WABA Desk to connect in live mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Language and theme apply after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA Desk cannot start: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA Desk cannot start its local servers: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
