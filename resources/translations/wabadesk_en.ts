<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountAlerts</name>
    <message>
        <source>Quality is now medium. Check recent templates and campaigns for blocks and reports, and send less marketing until it recovers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality is now low: Meta may lower the messaging limit. Pause campaigns, check recent templates for blocks and reports, and message only customers who expect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality of {number} dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waba} was disabled by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{waba} was restricted by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Numbers to see what is limited and what to do; Meta explains the violation in WhatsApp Manager → Account quality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddNumberDialog</name>
    <message>
        <source>Add a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (you can continue later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+81 90-1234-5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number must belong to your business, have a country and area code, and receive an SMS or a phone call. It must not be active in the WhatsApp or WhatsApp Business app: delete that account first. To keep using it in the WhatsApp Business app as well (coexistence), connect it through a provider instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business app or API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message (SMS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a 6-digit two-step verification PIN; Meta asks for it whenever the number is registered again. If the number already has a PIN, type that one. Forgotten? Reset it in WhatsApp Manager (Phone numbers → Settings → Two-step verification) and come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta sends a 6-digit code to {number}. Choose how:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is registered. Meta now reviews the display name “{name}”; the number shows the outcome in the list. Until it is approved, messages may show the number instead of the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be added as {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name customers see; Meta reviews it after registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can ask for another code in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code sent. Didn&apos;t arrive? Send it again or choose a phone call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddWaba</name>
    <message>
        <source>The access token is not valid any more (expired or revoked). In Meta Business Settings → Users → System users, generate a new token and paste it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WhatsApp Business Account id is digits only. Copy it from WhatsApp Manager → Account tools → Business info, or from Business Settings → Accounts → WhatsApp accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token lacks the permission {permission}. In Business Settings → Users → System users, choose the system user, press “Generate new token”, tick {permission} and paste the new token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s {permission} permission does not reach account {waba}: the system user was not assigned it. In Business Settings → Users → System users → Assign assets, choose WhatsApp accounts, tick {waba} with full control, then try again (the token stays the same).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta can&apos;t show account {waba} to this token: either the id is wrong, or the system user was not assigned this WhatsApp account. Check the id, then in Business Settings → Users → System users → Assign assets, give it the account with full control.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused to show account {waba}: the token lacks a permission for it. Generate a new token with whatsapp_business_management and whatsapp_business_messaging ticked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdminLock</name>
    <message>
        <source>Switch person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an admin can change this page ({names}). If that is you, switch to your profile; otherwise ask them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentChannelsEditor</name>
    <message>
        <source>Whose channels to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the ticked channels&apos; conversations, unread counts, notifications and search results reach this person. Changes apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel, also channels added later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channels were not changed: the database did not answer. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppOrApiHelp</name>
    <message>
        <source>WhatsApp Business app or the API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free, on one phone (plus linked devices). Good when a few people answer customers by hand: catalogue, quick replies, labels and away messages. No automation beyond that and no shared inbox for a team on several PCs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp Business Platform (the API, what WABA Desk uses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people and several numbers in one inbox, templates for messages you start (reminders, receipts, offers), up to 80 messages a second per number (1,000 after Meta&apos;s upgrade), webhooks into your own systems. Answering a customer within 24 hours of their message is free; messages you start with a template are paid per message. The number can&apos;t be used in the WhatsApp app at the same time, unless it is shared (below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both on one number (coexistence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number already in the WhatsApp Business app can also be connected to the API through a provider, keeping the app on the phone. Chats appear in both; the number sends at most 20 messages a second. It is onboarded through the provider&apos;s sign-up, not by adding the number here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a number needs for the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It belongs to your business, has a country and area code (no short codes), can receive an SMS or a phone call for the code, and is not active in the WhatsApp or WhatsApp Business app (delete the account there first, or use coexistence). Moving a number from another provider keeps its display name: turn off two-step verification at the old provider first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>The database answers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Database unreachable: reconnecting… (your typing is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA Desk cannot reach its database ({detail}). It keeps trying by itself; if this lasts, check the network or the database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {n} message(s) of a type WABA Desk cannot show yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are stored as received: right-click one in its chat and choose “Show as received (JSON)”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a picture, video, audio file, document or sticker. You can also drop files here or paste a picture into the reply box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files WhatsApp accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted picture could not be kept for sending ({error}). Save it as a file and attach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file at a time: the first one is attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload cancelled. The file is still here: send it when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload failed: {error}. The file is still here; check the connection and press Send file to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not sent ({error}). It is still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice notes, audio and stickers have no caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is closed: files cannot be sent until the customer writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudioPlayer</name>
    <message>
        <source>Close player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio cannot be played on this computer: Qt&apos;s multimedia part is missing ({error}). On Linux install the PulseAudio library (libpulse0). You can still save the file and play it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording cannot be played here ({error}). Save it and play it in another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
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
        <source>System notice</source>
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
    <message>
        <source>Sent from the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message of type “{type}” that WABA Desk cannot show yet</source>
        <extracomment>Meta&apos;s code for an inbound message it could not pass on (&quot;This message is unavailable&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is unavailable. WhatsApp did not pass its content on to WABA Desk; the customer sees it as sent. If it matters, ask them what it said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer sent something WhatsApp does not pass on to business apps (for example a poll, a view-once photo or an event). It cannot be shown here; ask them on WhatsApp if you need its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quantity} × {product} at {price} = {subtotal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer changed their phone number to +{number}. This chat continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s WhatsApp account changed. This chat continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed you to call them until {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed you to call them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined calls from you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click and choose “Show as received (JSON)” to see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No products could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: the bulk send was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapped the button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picked from the list</source>
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
    <name>BubbleRenderer</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See all options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkCsv</name>
    <message>
        <source>This is a spreadsheet workbook (.xlsx), not a CSV file. In your spreadsheet choose Save as → CSV UTF-8, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not text (it contains binary data). Import a CSV file: one recipient per line, columns separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s characters cannot be read (it is neither UTF-8 nor Shift-JIS). Save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size} MB; a recipients file may be at most {limit} MB ({rows} rows). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as CSV ({error}). Save it again as CSV UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} columns; at most {limit} are read. Keep the number and the template&apos;s values only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line must name the columns (for example: phone,name,order), but it holds values. Add a line of column names and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line has {cells} cells but the first line names {columns} columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every column needs its own name in the first line; names are missing or repeated ({columns}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names its columns but has no recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has {count} recipients; one bulk send takes at most {limit}. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell on this line is longer than {limit} characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkPlan</name>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header {kind} link (https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” link ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known only by username ({username}): a bulk send needs a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for {variable}: “{column}” is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value for {variable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{number}” is not a valid phone number. Write it with the country code, for example +81 90 1234 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the sending number itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same number as row {row}: it is sent once, to that row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkProgressView</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients not sent to yet are not sent to; sent messages stay sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {template} to the recipients of {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent {sent} · Failed {failed} · Not known {uncertain} · In the outbox {sending} · Waiting {waiting} · Cancelled {cancelled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recipients stopped marketing messages in WhatsApp and were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke during the send: {n} messages WhatsApp never reported were sent again once; the others were confirmed by WhatsApp&apos;s reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkRunner</name>
    <message>
        <source>The bulk send was cancelled before this was sent.</source>
        <extracomment>A queued message taken back before it went out (a cancelled bulk send): status ``withdrawn`` (``failed`` with this advice in rows older than that status). It was never sent and the user chose not to send it, so it is not offered again like a failure.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({code}) — {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while this was sent and WhatsApp never reported it, while it reported the messages sent after it, so it was sent again once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp cannot be reached at the moment: {n} messages wait and go out by themselves when the connection is back. Nobody gets a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection broke while {n} messages were sent: waiting for WhatsApp&apos;s reports to tell whether they arrived, before any is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkSendWindow</name>
    <message>
        <source>Bulk send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New bulk send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running bulk send goes on when this window is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts of this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number&apos;s account has no approved template yet. Create one in Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column fills each of the template&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(test number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {columns} columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same text for everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no values to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file of recipients first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number to send from and a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recipients: nobody matches this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ok} of {total} rows can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} have a problem (listed first) and are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} stopped marketing messages in WhatsApp and are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: stopped marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to {count} recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated cost: {total} ({charged} charged, {free} free).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} recipients cannot be priced (unknown market).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet (sync the numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit} customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit: {limit}. Reached in the last 24 hours: {used}; this send adds {new} new customers outside their 24-hour window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is over the limit: WhatsApp will not deliver the rest until the 24 hours have passed. Send to fewer recipients, or later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusinessProfile</name>
    <message>
        <source>Write a short about text (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} characters: shorten it to {limit} at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address: write it like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the address with https:// (or http://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web addresses can be 256 characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedReplies</name>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shortcut is one word of letters, digits, - or _ (no spaces), at most 32 long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shortcut /{shortcut} is taken: choose another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the reply&apos;s text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than WhatsApp&apos;s 4,096 characters: shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedRepliesBox</name>
    <message>
        <source>Canned replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the reply box, type / and a shortcut (or use the /… button) to insert one. They are stored in the database, so every PC of the desk shares them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: /{shortcut}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete /{shortcut} for every PC of the desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted: /{shortcut}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedReplyDialog</name>
    <message>
        <source>Edit canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add canned reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Opening hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders filled in when the reply is inserted: {placeholders}. A value the desk does not know is left as a gap in brackets for you to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CannedReplyPopup</name>
    <message>
        <source>No canned replies yet: add them in Settings, then type / and a shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No canned reply matches “/{typed}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or Tab inserts, Esc closes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelBox</name>
    <message>
        <source>Inbox channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name, e.g. Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour {colour}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel moves to the other number; this number&apos;s conversations stay in the channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was replaced: its conversations show in the channel “{name}”, which now uses {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox shows this number&apos;s conversations under this name and colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier numbers of this channel: {numbers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which number should this channel use from now on? Conversations of the current number stay in the channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel now uses the other number; earlier conversations stay in it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelFilter</name>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[test number]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unread conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread conversations: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Give the channel a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A channel name has at most {limit} characters; this one has {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour from the palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The channel uses this number already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} already belongs to the channel “{name}”. Choose a number that has no channel of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not in the accounts list: refresh from WhatsApp first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatList</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message that cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message of type “{type}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistsPanel</name>
    <message>
        <source>Official business account (blue badge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving a number to WABA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. At the old provider (or in the old WhatsApp Business Account), turn off two-step verification for the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Keep the same display name: it moves with the number and needs no new review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Templates do not move: export them from the old account and create them again here before you switch (they need Meta&apos;s approval).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Add the number here with “Add a number…”, verify it with a code and register it with a new two-step verification PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Conversations stored on this computer stay attached to the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An on-premises number moves to the Cloud API the same way: it then sends 80 messages a second, and Meta raises that to 1,000 for busy numbers with good quality and an unlimited messaging limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number to see what it still needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} already has the blue badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification turned on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real number, not a test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business verified in Meta Business Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the WhatsApp Business Platform for at least 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notable: press articles or other public links about the business (not paid or promotional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request the badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: news articles or public pages about the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Japan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that show it is well known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: not requested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: waiting for Meta&apos;s review (usually a few days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: approved. The number shows the blue badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request: refused by Meta. Ask again after 30 days, with stronger links about the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent. Meta reviews it and answers here, usually within days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta grants the badge to notable, policy-compliant businesses. Request it below (or in WhatsApp Manager) when every item is met; after a refusal, wait 30 days before asking again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create templates in another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export and re-create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the templates of the first account to a file, checks each against Meta&apos;s rules, and submits it to the second account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the exported templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting and submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first account has no templates on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClickToChat</name>
    <message>
        <source>Enter a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a phone number: write it in international form, for example +81 90 1234 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} has the wrong number of digits for its country: check the country code and the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} is not a number in use in any country: check the country code and the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A QR code can be saved as .png or .svg, not “{name}”: change the file name&apos;s ending.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClickToChatPanel</name>
    <message>
        <source>Put this link or QR code on your website, receipts or shop window: customers open a chat with this number in one tap, with your message already typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message the chat opens with (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefilled message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button for your website (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code saved to {path}</source>
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
        <source>Cancel reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message (Enter sends, Shift+Enter adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an approved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replying to: {text}</source>
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
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form messages cannot be sent now: the 24-hour window is closed. Use Template… to write to this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert an emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert a canned reply (or type / and its shortcut)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCardForm</name>
    <message>
        <source>Send a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or number to find a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as the customer will see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +81 90 1234 5678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a contact above, or type a name and a WhatsApp number in any common format. The customer can message or save the contact from the card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPanel</name>
    <message>
        <source>Your name for this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes the whole desk can see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp user id (BSUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks to these numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and id changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing charged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} for {count} charged messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some could not be priced: the customer&apos;s country is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp profile name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WhatsApp profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{country}: {national}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} unread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not saved: the database did not answer. It is still in the field; leave the field again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes were not saved: the database did not answer. They stay here; type again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the customer in WhatsApp: marketing templates are not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed by the customer in WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (the customer has not stopped them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet: add them from the Labels button above the thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationDelegate</name>
    <message>
        <source>Open</source>
        <extracomment>Types whose text alone does not say what they are (a caption, a name, an emoji).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} on {channel} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last message was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {where} is in use by another program (another WABA Desk window, a backup or sync tool). Close that program; WABA Desk tries again every few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is damaged, so WABA Desk stopped using it. Restore the automatic backup of {date} (the damaged file is kept beside it), or first export what can still be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} is damaged, so WABA Desk stopped using it, and there is no automatic backup yet. Export what can still be read, then move the file aside and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database {where}: check that its folder exists and that you may write to it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} is not a database address. Give --db a SQLite file (sqlite:///path/to/file.sqlite3) or a PostgreSQL URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database {where}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {count} conversations to {file}; {lost} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup of {date}. The damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} holds live WhatsApp data, so WABA Desk will not start the sandbox on it: its demo accounts, templates and simulated customers would mix with your real inbox. Start without --sandbox, or give the sandbox another database with --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {where} holds the sandbox&apos;s demo data, so live mode will not use it: demo customers would appear as real ones. Give --db another database, or leave it out to use the default live database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseProblemPanel</name>
    <message>
        <source>The database is in use by another program</source>
        <extracomment>Seconds between automatic attempts while another program holds the database.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA Desk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore backup of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DaySeparator</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskPrompt</name>
    <message>
        <source>Who is at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “{name}” was removed, so nobody is chosen at this desk. Who is at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile chosen at this desk was removed. Who is at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add people in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others: the round button at the foot of the left bar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSwitcher</name>
    <message>
        <source>Nobody is chosen at this desk. Click to choose who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this desk: {name} (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this desk: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at this desk?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (admin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or change people in Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>{sender} · {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} new messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmojiPicker</name>
    <message>
        <source>Search emoji (English or Japanese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emoji match “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently used first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All emoji</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainTab</name>
    <message>
        <source>From history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available here (no database is open). Open a scenario file to explain Meta&apos;s public examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to move along the days, double-click to see all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every charge and free conversation shown, as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the history first (History tab), then pick a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{contact}&lt;/b&gt;, {start} to {end} (as billed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}. Pick a JSON scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scenario cannot be billed: {error}. Fix the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era: {era} · recipient {country} ({market}) · source: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charges as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-form reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} charge(s) for this contact in this range: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* includes unverified rate-card figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainTimeline</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a contact and days, or load a scenario file, to see its timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the line: customer messages. Below: business messages (square = template, circle = free-form, hollow = not delivered). Diamonds: charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72 h free entry point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate {rate} from card {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* unverified rate-card figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(from an ad or Page button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-form reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not delivered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForwardDialog</name>
    <message>
        <source>Forward message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward this text to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forwarding</name>
    <message>
        <source>The message was not forwarded ({error}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has not written in the last 24 hours, so WhatsApp only lets an approved template reach them. Send a template instead; the text cannot be forwarded as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderSample</name>
    <message>
        <source>Only an image, video or document header takes a sample file.</source>
        <extracomment>header format → (accepted MIME types, largest file, the types in words)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {size} MB; a {kind} header sample may be at most {limit} MB. Choose a smaller file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read ({reason}). Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a {kind} file, which this header needs. Save or export it as {kind} and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token does not name its app, so nothing can be uploaded. Use a token of your Meta app (Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta took the file but sent no handle back. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <source>Replay history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not replayed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History needs the app&apos;s database, and none is open here. Start WABA Desk normally (sandbox or live) to replay your messages; the Scenario and Explain tabs work without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay bills every stored message with the rules of its day and compares the result with the billing flags Meta sent in status webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month would cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real bill of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this month would have cost under each era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month under each era, by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation with Meta&apos;s billable flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay failed: {error}. Check the rate cards (Settings) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} message(s) left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* some rates are unverified rate-card figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{checked} messages with Meta&apos;s pricing checked, {n} mismatch(es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charges as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp bill for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking this month against Meta&apos;s flags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month could not be checked: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this month…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading this month… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing this month… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the year… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-pricing every month under every era… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-pricing the closed months was cancelled; this month is shown. Press Replay history to re-price them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
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
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. Messages from customers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations match “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations in this view. Choose another view to see more.</source>
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
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>React</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox could not read the database ({error}). It tries again with the next change; if this stays, restart WABA Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as received (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply was not sent: the database is busy (another program may be using it). The text is still in the box below; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply was not sent: it could not be saved ({error}). The text is still in the box below; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, number, notes and channels of this customer (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as received (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what the deleted message said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window closes within {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for us: the customer wrote last. Window closes: answer these first, after 24 hours only paid templates can reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open or pending conversations. New messages from customers appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: {status}. Ctrl+E resolves or reopens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who answers this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to me ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agents in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That change was not saved ({error}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {status} and assigned to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is {status} and unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this conversation a moment ago: {now}. Your change was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the label (for example: Booking)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted message is not stored on this computer (it may be older than the history WABA Desk has).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to a number or a contact; a new chat starts with a template (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk send…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>Afrikaans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Egypt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (UAE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Lebanon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Morocco)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Qatar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (Saudi Arabia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azerbaijani</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Hong Kong)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Czech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Australia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (Canada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (India)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Canada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French (Belgium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hausa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinyarwanda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serbian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Argentina)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Mexico)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Chile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Colombia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Peru)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish (Venezuela)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zulu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template language (Meta&apos;s code: {code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListForm</name>
    <message>
        <source>List of options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reads above the menu button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional small print under the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. See options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed when the list has more than one section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list holds at most {limit} options in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of {limit} options used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationForm</name>
    <message>
        <source>Send a location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 35.6812</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 139.7671</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Tokyo Station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. 1-9-1 Marunouchi, Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste both numbers at once (35.6812, 139.7671) or a map link from OpenStreetMap or Google Maps into Latitude: both fields are filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the place in your web browser</source>
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
    <message>
        <source>Inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pricing</source>
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
<context>
    <name>MediaActions</name>
    <message>
        <source>View picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the system viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be downloaded from WhatsApp ({error}). WhatsApp keeps a customer&apos;s files for 7 days: if it is older, ask the customer to send it again; otherwise check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message has no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program on this computer opens “{name}”. Use Save as… and open it from its folder, or install a viewer for this kind of file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file as</source>
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
        <source>This picture cannot be shown here. Use Save as… and open it with another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written ({error}). Choose another folder, or free some disk space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaSend</name>
    <message>
        <source>WhatsApp accepts pictures (JPEG, PNG), videos (MP4, 3GP), audio (AAC, AMR, MP3, M4A, OGG), documents (PDF, TXT, Word, Excel, PowerPoint) and WebP stickers.</source>
        <extracomment>What WhatsApp accepts, by kind: the MIME types and the largest file (reference §7.3).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts pictures up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts videos up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts audio files up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts documents up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the picture smaller, or send it as a PDF document (up to 100 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten or compress the video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten or compress the recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split the document or compress it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp does not accept {type} files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is empty: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is {size}: WhatsApp accepts WebP stickers up to 100 KB (animated: 500 KB). Make it smaller, or send a JPEG or PNG picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” cannot be read ({error}). Check that it still exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice notes, audio and stickers cannot have a caption on WhatsApp. Send the text as a message of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caption has {count} characters: WhatsApp allows {limit}. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageInfoDialog</name>
    <message>
        <source>Message info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageSearchResults</name>
    <message>
        <source>Show older matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages contain “{text}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages: short words are looked up in recent messages first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetaFiguresPanel</name>
    <message>
        <source>Marketing (Marketing Messages API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get Meta&apos;s figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Meta for its own count and cost of your messages, per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app&apos;s bill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged messages and their cost, as Meta&apos;s own billing counted them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged messages and their cost, as this app&apos;s rules bill them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s figures need a connection: start WABA Desk in live mode (or the sandbox) with its database to compare them with this bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s own count and cost of your delivered messages (its pricing analytics, from July 2025, up to a year back) beside this app&apos;s bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Meta for its figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s figures could not be read: {error}. Press Get Meta&apos;s figures to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta could not be reached: this PC seems to be offline, or Meta is not answering. Check the connection, then press Get Meta&apos;s figures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token may not read this account&apos;s analytics ({title}). In Meta&apos;s Business Settings → System users, give the system user the whatsapp_business_management permission and access to this WhatsApp Business Account, generate a new token and paste it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not give its figures: {title}. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s figures are in; waiting for History to bill the months…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Meta nor this app has charged or free messages since July 2025 in the months History has billed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {total} rows differ from Meta; each says why. Meta&apos;s figures are its own billing of delivered messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All {total} rows agree with Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} figure(s) from Meta were unreadable and left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(+{n} free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} message(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthMeter</name>
    <message>
        <source>{channel}: {amount} this month ({count} charged messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{left} of {limit} free service replies left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} could not be priced (customer&apos;s country unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: choose a channel to see what it cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels: {amount} this month ({count} charged messages)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavButton</name>
    <message>
        <source>{count} unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewChat</name>
    <message>
        <source>Enter the customer&apos;s WhatsApp number, for example +1 650 555 1234, or pick a contact from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a valid phone number. Write it with the country code, for example +1 650 555 1234 or +81 90 1234 5678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat could not be started ({error}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat: start it with a template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewChatDialog</name>
    <message>
        <source>New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number with country code, or a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any format works: +81 90-1234-5678, 0044 20 7946 0958, or a number of the channel&apos;s country. Or type a name and pick the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{channel} ({number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the channel to write from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettingsBox</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a desktop notification for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound for new messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours: no notification and no sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked numbers still count unread messages, silently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring for these numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>Photo</source>
        <extracomment>A message stored longer than this after it was written is history, not news. How long arrivals are gathered before one check (a burst rings once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberLabels</name>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>250 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>100,000 customers a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set until the first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit WABA Desk does not know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: can send and receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: register the number to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for low quality: its limit may be lowered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted: it can&apos;t start conversations for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending too fast: Meta is slowing it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned by WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A state WABA Desk does not know yet: open WhatsApp Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable without review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: change the display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired: submit the name again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Meta&apos;s review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: request a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification expired: request a new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown verification state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises API (being retired: move it to the Cloud API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages a second (shared with the WhatsApp Business app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages a second (upgraded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} messages a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: the account can&apos;t send messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t start conversations (templates to customers who have not written). Answering customers still works. Read the policy notice in WhatsApp Manager and fix what it names; the restriction lifts by itself when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t answer customers. Read the policy notice in WhatsApp Manager and request a review if you think it is a mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new numbers can be added to this account for now. Wait until the restriction expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta restricted this account. Open WhatsApp Manager to see what is restricted and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp will disable this account for policy violations. Appeal in WhatsApp Manager (Account quality) before the date, or move your customers to another channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp disabled this account for policy violations: it can&apos;t send messages. Appeal in WhatsApp Manager (Account quality).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp changed this account&apos;s standing: see WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberManagement</name>
    <message>
        <source>The two-step verification PIN is 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number shared with the WhatsApp Business app can&apos;t be deregistered here: disconnect it in the app (Settings → Business platform).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberOnboarding</name>
    <message>
        <source>Use 2 to 75 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the word WhatsApp: Meta rejects it in names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out web addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out emoji and symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t write it all in capitals (only acronyms may be).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This add-number flow was removed: start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code was sent a moment ago: wait {seconds} seconds before asking for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits: type all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two-step verification PIN is 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ: type the same PIN twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many code requests for this number: wait before asking again (Meta allows only a few a day), then request the code once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired: request a new code and enter it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is wrong: check the SMS or call and type the 6 digits again, or request a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN does not match this number&apos;s two-step verification PIN. Type the PIN set before; if nobody remembers it, reset it from WhatsApp Manager (Phone numbers → Settings → Two-step verification), then register again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the number with a code first, then register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number was registered or deregistered more than 10 times in 72 hours: Meta blocks it for 72 hours. Try again after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is already in use on another WhatsApp Business Account or in the WhatsApp app. Delete it there first (or migrate it from the other provider), then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumbersPage</name>
    <message>
        <source>Numbers and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh from WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every account and number again from the WhatsApp Business Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official business account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also in the WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality history (kept on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts yet. Press “Refresh from WhatsApp” to fetch them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts added by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business portfolio {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging limit of the whole business: {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers it may register: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{wabas} WhatsApp Business Accounts, {numbers} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account {id} · {count} numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {waba}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{limit} (shared by every number of the business)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: it can message only up to 5 allowed recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes: messages are shared with the app on the phone (20 messages a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account review: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restrictions: this account can send normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business app or API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge and migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change display name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New display name for {number}. Meta reviews it again; once approved, register the number again within 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New 6-digit two-step verification PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregister {number}? It stops sending and receiving until it is registered again; its history stays here. Meta allows 10 register or deregister requests in 72 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New display name submitted: Meta reviews it, usually within a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification PIN changed. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistered. Register it again with “Add a number…” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account by id…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a WhatsApp Business Account by its id, after checking the token reaches it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account by id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account id (WhatsApp Manager → Account tools → Business info). WABA Desk first checks that the access token reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the access token with Meta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name} ({id}): its numbers and templates are listed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {id} was not added:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficialBadge</name>
    <message>
        <source>Give the business&apos;s website with http:// or https://, e.g. https://sakura-cafe.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one link that shows the business is well known: a news article or another public page about it (not an advertisement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most {max} links; keep the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address starting with https://: {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number has the badge already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request for this number is being reviewed: wait for Meta&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta refused this number&apos;s last request less than 30 days ago: ask again after 30 days, with stronger links about the business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test numbers can&apos;t get the badge: request it for a real number.</source>
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
    <message>
        <source>WhatsApp has not reported this message, so it most likely did not arrive. Send it again if the customer still needs it; a late report would show it as delivered instead.</source>
        <extracomment>Seconds after a send within which a missing report proves nothing yet. The row&apos;s advice once a check found no report (placeholder-free: the bubble translates it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is no longer in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp confirmed that this message arrived, so it will not be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message is no longer waiting for a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This message was sent moments ago and WhatsApp may still report it. Check again in two minutes before you send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp has not reported this message in the {minutes} minutes since it was sent, so it most likely did not arrive. If WABA Desk was closed at the time, a report may still come later. Send it again only if the customer still needs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer stopped marketing messages in WhatsApp, so marketing templates are not sent to them (Meta would refuse them with error 131050). Send a utility template, or wait until they resume marketing messages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceLine</name>
    <message>
        <source>Price of the next reply: cannot be estimated for this customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s country is not known from their number, or no rate card covers it. Import Meta&apos;s rate card on the Pricing page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free-form reply cannot be sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reply: {amount} ({market} rate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s {limit} free service replies are used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rate not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reply: free ({left} of {limit} free service replies left this month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reply: free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next reply: …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free (est.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} est.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>≈ {amount} {currency} (estimate at {rate} {currency} per {billed_currency})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message {wamid}: the customer&apos;s country is unknown; it is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template message {wamid}: its category is unknown; sync templates and replay again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta marked it {meta}, our rules say {ours} ({rule}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta charged it as {meta}, our rules as {ours}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer wrote: a 24-hour customer service window is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages from customers are never charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered, so not charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: a free-form message needs an open customer service window; send an approved template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply within 24 hours to a click-to-WhatsApp ad or Page button: a free 72-hour entry point window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the free entry point window: every message is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside an open {category} conversation: no new charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a 24-hour {category} conversation, charged at the {market} rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a {category} conversation, free: within the monthly free tier ({used} of {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a service conversation, free: service conversations are free since November 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered {category} template: charged per message at the {market} rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered {category} template #{ordinal} this month: volume-tier rate for {market}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-template message inside the customer service window: free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility template inside the customer service window: free (July 2025 to September 2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside a utility conversation opened before per-message pricing: free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reply: charged per message from October 2026 at the {market} rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service reply: free within the monthly allowance ({used} of {limit}, unverified).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingHistory</name>
    <message>
        <source>{waba} is billed in {currency}, which has no rate card here; its figures are in {fallback}. Import Meta&apos;s {currency} card for exact amounts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingLabels</name>
    <message>
        <source>Conversations 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations Nov 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per message Jul 2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per message Oct 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As billed (era of each message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP 2022</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP 11/2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMP 7/2025</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PMP 10/2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation-based, user/business-initiated (Feb 2022 - May 2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation-based, four categories (Jun 2023 - Oct 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation-based, free service (Nov 2024 - Jun 2025)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-message, utility free in the window (Jul 2025 - Sep 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-message, service and in-window utility charged (from Oct 2026)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication (international)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-initiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free entry point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingMarkets</name>
    <message>
        <source>Argentina</source>
        <extracomment>Meta&apos;s market names (rate-card rows), marked for translation; a market not listed here (a newer card&apos;s) is shown as the card names it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bangladesh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colombia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>India</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indonesia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iraq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Israel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kuwait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malaysia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nepal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nigeria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pakistan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peru</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qatar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Romania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>South Africa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sri Lanka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingMeta</name>
    <message>
        <source>Agrees with Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta bills this account in {meta}; these figures are in {ours} (there is no {meta} rate card here), so only the counts are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta gave counts but no amount (it leaves the amount out when a partner pays the bill), so only the counts are compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta counted {n} more charged {category} message(s): sent from another app or PC on this account, or their status reports never reached this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app charged {n} more {category} message(s) than Meta counted: Meta counts only delivered messages, its latest day can be missing for up to a day, and where our rules differ from Meta&apos;s the Reconciliation tab lists the messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta reported no charged {category} messages this month; if the month has just ended, try again tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate differs: Meta charged {meta} per message, the rate card says {ours}. Check the card in the Rate cards tab or import Meta&apos;s current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s volume-tier discount lowers its rate once a month&apos;s volume is high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same count; the amounts differ only by rounding ({difference}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta also counted {n} free {category} message(s) (in the customer service window or a free entry point window); free messages are not on the bill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricingPage</name>
    <message>
        <source>The rate cards could not be loaded ({error}). Reinstall WABA Desk or import Meta&apos;s rate-card CSV in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the app&apos;s database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty, spa and salon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing and apparel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event planning and service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance and banking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and grocery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel and lodging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical and health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-profit organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping and retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel and transportation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcoholic beverages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online gambling and gaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gambling and gaming (not online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-the-counter medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview in dark mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile of {number} saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG or PNG, square, at least 192 × 192 pixels, at most 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo uploaded: WhatsApp shows it within minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile photo of {number} changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePhoto</name>
    <message>
        <source>This file is not a JPEG or PNG picture. Open it in an image editor and save or export it as JPEG or PNG, then choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is {size} MB; WhatsApp takes at most 5 MB. Save it smaller (640 × 640 pixels is all WhatsApp keeps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be read (the file may be damaged). Save it again as JPEG or PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is {width} × {height} pixels; it needs at least 192 × 192. Use a larger picture (640 × 640 is best).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is {width} × {height} pixels; WhatsApp shows a square cut to a circle. Crop it to a square with the logo in the middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta did not say which app this token belongs to, so the picture can&apos;t be uploaded. Check the access token in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityHistoryChart</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quality reading yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateCardsTab</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified figures were found in only one source or calculated from another currency; charges that use them are marked * and may differ from Meta&apos;s invoice by a fraction of a cent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Meta CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Meta&apos;s rate-card CSV for your billing currency from the WhatsApp pricing page, then import it here. Cards must list every market.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures confirmed by one source only, or entered by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s own figures, taken from a copy of its published card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculated from Meta&apos;s card in another currency (at Meta&apos;s own conversion factor) or from a provider&apos;s list with its mark-up removed, and checked against other sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s card with later changes taken from Meta&apos;s and providers&apos; announcements; figures marked unverified come from one source only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported by you from Meta&apos;s rate-card CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the figures were found is not stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers only some markets: used only for bills in {currency}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to open {link}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta rate-card CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the card&apos;s currency first (three letters, e.g. JPY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported, nothing changed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {card} ({n} markets).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyButtonsForm</name>
    <message>
        <source>Reply buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. Your booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the customer reads above the buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional small print under the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Yes, please</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer taps one button; their answer arrives in this chat, quoting this message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichMessageForm</name>
    <message>
        <source>Preview: how the customer sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichMessages</name>
    <message>
        <source>The contact&apos;s name</source>
        <extracomment>where a number without a country code is read (the channel&apos;s country), if known a stored contact&apos;s number, taken as Meta gave it (no check needed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is {length} characters long; WhatsApp allows {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one button for the customer to tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp shows at most {limit} buttons; use a list for more choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {n} says the same as another button; each button needs its own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The menu button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A list holds at most {limit} sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one option for the customer to pick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has {count} options; WhatsApp allows {limit} in all sections together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title of section {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {n} needs a title: with more than one section, WhatsApp shows each section&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section {n} has no options; add one or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option {n} of section {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of option {n} of section {s}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must be a number in degrees, for example 35.6812.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} must lie between -{limit} and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More: send reply buttons, a list of options, a location or a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More kinds of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply buttons…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not sent: it could not be saved ({error}). Everything you typed is still here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy map link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list&apos;s options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowGuard</name>
    <message>
        <source>This message could not be shown. Right-click it to copy it as it was received.</source>
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
    <name>ScenarioTab</name>
    <message>
        <source>Add market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JPY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-started conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility templates sent inside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-started via click-to-WhatsApp ads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growth per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business messages per month, by market and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing, utility and authentication: templates sent. Service: free-form replies to customers. Double-click a cell to edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your conversations go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate card currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per 1 unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted amounts are estimates at the rate you enter; Meta bills the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month by category, per era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 12 months, per era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months from now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference between eras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical small shop (Japan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic with appointment reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-commerce store (several markets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario could not be saved to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was saved by a newer WABA Desk (scenario format {version}); this version reads format {supported}. Update WABA Desk to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a WABA Desk scenario file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a scenario file with a problem: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot estimate:&lt;/b&gt; {error}. Pick another currency or fix the input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Next month ({month})&lt;/b&gt; under today&apos;s rules ({era}): &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBP: conversation-based pricing; PMP: per-message pricing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* includes rate-card figures that are unverified (one source only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ amounts in {code} are estimates at 1 {cur} = {rate} {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate for: {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to {era} (per month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export charges as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} rows saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: check that the folder exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-started share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility inside the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ads or Page buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown converted to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp pricing scenario for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month by era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference to the reference era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twelve months ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By era</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a scenario saved as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this scenario as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By market</source>
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
    <name>SendLaterDialog</name>
    <message>
        <source>Send later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message to send at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen message is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window is still open then (it closes {closes}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 24-hour window closes {closes}, before this time: a free message cannot be sent then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer has not written yet: only a template can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approved template to send instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this template instead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: cannot be estimated for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: {currency} {amount} ({market}). {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: free. {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled for {when}. It waits in the outbox, also if the app is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late: this message is being sent already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send later…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule a message; it waits in the outbox until its time.</source>
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
        <source>Admins may change Settings and Numbers; the others may only read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the profile selected in the list above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: type a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indigo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}”? Their conversations become unassigned; the messages they sent stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep at least one admin: make someone else admin first, then take it away here.</source>
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
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each person at the desk has a profile; conversations are assigned to one. The profile chosen here is you: the Mine view and “Assign to me” use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels seen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <source>Go to {page}</source>
        <extracomment>Keys for switching pages, in the rail&apos;s order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line in the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the customer&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list of shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On macOS, Ctrl is the ⌘ Command key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, numbers and messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to a chat: type a name, Enter opens the first match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the search, or cancel the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next chat with unread messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the chat (or reopen it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat: write to a number or a contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Something went wrong in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA Desk keeps running. If this happens again, restart it; the log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateDesignerPage</name>
    <message>
        <source>New</source>
        <extracomment>Statuses offered by the list&apos;s filter (Meta&apos;s names). Review tone → the theme colour it is drawn in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this approved template to a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the templates and their status from Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, language, category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} ({size}) uploaded: Meta reviews it with the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Account {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No WhatsApp Business Account yet. Connect one in Settings (or start in sandbox mode) to submit templates; you can still design and export them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates synced from WhatsApp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That template is gone; the list is reloading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New template: fill in the form; the preview and checks update as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{errors} error(s), {warnings} warning(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to submit: no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings do not block submitting; check them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the errors listed under the preview first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the draft to {folder}: {reason}. Export the template to keep your work, and free some disk space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent draft {title}, saved {when}. Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>({count} more after this one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft {title} restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy {name} created: edit it, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the template a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} already exists in {language}; open it from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {language} version of {name}: translate the texts and samples, then submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the new version of {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted {name} ({which}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} in {language} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {name} in all {count} language(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete it at WhatsApp too? Messages already sent stay, but the name can&apos;t be reused for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversation in the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing {name} ({language}): {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted {name} for review: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template} is on its way to {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{template} is on its way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} ({language}) is now: {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field is checked once you have edited it, and every field when you submit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>order_update</source>
        <extracomment>Button types offered for marketing and utility templates. The only buttons of an authentication template: one-time-password kinds (``OTP:&lt;otp_type&gt;``). Markers the formatting buttons put around the selection (WhatsApp markup).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered {{1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named {{first_name}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header text (up to 60 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample media handle (4::…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a local picture in the preview (it is not uploaded).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload sample…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the picture, video or PDF Meta reviews; its handle is filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} has shipped. *Bold*, _italic_, ~strike~.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert the next variable at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (*text*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (_text_)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strikethrough (~text~)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monospace (```text```)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer (optional, up to 60 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the security recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the button does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words on the button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website, phone number or offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp writes the text of authentication templates itself: “&lt;code&gt; is your verification code.”, in the template&apos;s language. Choose the options below and add one code button (copy code, one-tap or zero-tap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos (*.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample for the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values (Meta reviews the template with them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header {var}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body {var}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept WhatsApp&apos;s zero-tap terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-tap buttons are allowed only once you accept WhatsApp&apos;s terms for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website with {{1}}: a sample link ending. One-tap and zero-tap: your Android package name and signature hash, separated by a space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateFiles</name>
    <message>
        <source>{path} does not exist. Check the file name.</source>
        <extracomment>A template is a few kilobytes; anything far larger is not one (and is not read whole). A template nests about six levels deep; deeper input is refused before it can exhaust the parser&apos;s recursion or the linter. Python refuses to convert longer integers (``sys.get_int_max_str_digits``); no template field holds a number anywhere near that long.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is a folder; give a .json file (or import the folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} cannot be read ({reason}). Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text. Save it as UTF-8 JSON and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not valid JSON (line {line}, column {column}: {reason}). Fix it in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} holds a JSON {kind}, not a template object. A template file starts with {{ and has &quot;name&quot;, &quot;language&quot;, &quot;category&quot; and &quot;components&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: entry {index} is not a template object. Remove it or fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a folder. Choose a folder of .json files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; a template file is a few kilobytes. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {field} is {token}, which is not a JSON number. Fix it in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {field} is a number of {digits} digits; no template field holds such a number. Fix it in a text editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is nested more than {limit} levels deep; a template nests about six. Check that this is a template file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is nested more than {limit} levels deep at {field}; a template nests about six. Check that this is a template file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLabels</name>
    <message>
        <source>Marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF animation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open form (Flow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask permission to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <extracomment>The one-time-password buttons of an authentication template (Meta allows only these).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-tap autofill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-tap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the template limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>formatting problem</source>
        <extracomment>Meta&apos;s rejection reasons (the review line explains each with a hint).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads as an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abusive wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could mislead customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header, sample file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header, sample for {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, sample for {variable}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header, samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, website address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, code type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, Android app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}, zero-tap terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateLint</name>
    <message>
        <source>A template must be a JSON object with name, language, category and components. Export it again from the designer or Meta&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This WABA already has a template named {name} in {language}. Choose another name, or edit the existing template instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a name: lowercase letters, digits and underscores, such as order_update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may only use lowercase letters a-z, digits and underscores. Rename it, for example to {suggestion}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name has {length} characters; Meta allows at most {limit}. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a language code such as en_US or ja.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} is not a language code Meta is known to accept. Check the spelling (for example en_US, pt_BR, ja); did you mean {hint}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a category: MARKETING, UTILITY or AUTHENTICATION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{category} is not a category. Use MARKETING, UTILITY or AUTHENTICATION (upper case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter_format must be POSITIONAL ({one}, {two}) or NAMED ({first_name}); leave it out for POSITIONAL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs a components list with at least a BODY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each component must be an object with a type (HEADER, BODY, FOOTER or BUTTONS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown component type {type}. Use HEADER, BODY, FOOTER or BUTTONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A template may have only one {type} component; merge this one into components[{first}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every template needs a BODY component. Add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the components in the order HEADER, BODY, FOOTER, BUTTONS, as WhatsApp shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placeholder} is not a valid variable. Write {one}, {two}, … or, for NAMED templates, lowercase names like {first_name}, with no spaces or symbols inside the braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmatched {open} or {close}. Variables need exactly two braces on each side, such as {one}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website address with a variable needs a sample of the full address, such as https://example.com/track/860198.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call button needs the phone number with the country code, such as 15550051310.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password buttons (copy code, one-tap, zero-tap) are only for Authentication templates. Choose another kind of button, or the Authentication category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-tap and zero-tap buttons need your Android app: its package name and signature hash (up to 5 apps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-tap needs you to accept WhatsApp&apos;s zero-tap terms (the box under the buttons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication template needs exactly one button: Copy code, One-tap autofill or Zero-tap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{word}&quot; sounds promotional. Meta will likely move this utility template to marketing (billed at marketing rates). Remove the promotion or choose the Marketing category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer codes are marketing content. Choose the Marketing category, or remove the Copy offer code button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} quick-reply buttons; at most {limit}. Remove the extra ones.</source>
        <extracomment>&quot;Too many buttons of this kind&quot;, in the words the form uses for each kind.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} website buttons; at most {limit}. Remove the extra ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} call buttons; at most {limit}. Remove the extra ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} offer-code buttons; at most {limit}. Remove the extra ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} password buttons; at most {limit}. Remove the extra ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables must be numbered 1, 2, 3 … without gaps; {missing} is missing. Renumber them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables must appear in order: {one} first, then {two}, and so on. Renumber them in reading order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {part} may not start or end with a variable. Add words before the first or after the last one (a full stop is enough at the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}{second}: two variables may not touch. Put words or punctuation between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second} are separated only by spaces; Meta often rejects this. Put a word or punctuation between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a sample value for {variable} in {field}; Meta reviews the template with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample for {name} belongs to no variable in the text. Remove it or add {variable} to the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body_text is a list inside a list: write [[&quot;Pablo&quot;, &quot;860198&quot;]], not [&quot;Pablo&quot;, &quot;860198&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {part} has {variables} variable(s) but {samples} sample value(s). Give exactly one sample per variable, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {part} has variables ({variables}) but no samples in example.{field}. Add one realistic sample per variable; Meta rejects templates without them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header needs a format: TEXT, IMAGE, VIDEO, DOCUMENT, GIF, LOCATION or PRODUCT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF headers can only be sent through the Marketing Messages API (MP4 up to 3.5 MB). Use VIDEO or IMAGE for Cloud API sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location headers are only allowed in UTILITY and MARKETING templates. Change the header or the category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {format} header shows no text; remove the text or use a TEXT header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has {length} characters; the limit is {limit}. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header must be one line. Remove the line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers may not contain emoji. Move the emoji to the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers do not support formatting (*bold*, _italic_, ~strike~, code). Remove the markers; WhatsApp already shows the header in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers should not contain * ~ or ` characters; Meta may reject them as formatting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A header may contain at most one variable; it has {count}. Move the others to the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body needs text (up to 1,024 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has {length} characters (formatting markers count too); the limit is {limit}. Shorten it by {excess}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body has {count} variables; keep it to {limit} or fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many variables for so little text ({words} words, {count} variables); Meta rejects such templates. Add at least {needed} words of fixed text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formatting marker touches a Japanese/Chinese/Korean letter, so WhatsApp will probably show it literally. Put a space or 「」 around the formatted words: これは *太字* です.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates must not ask for full card numbers, account numbers, national IDs or passwords. Reword the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer is empty. Write up to 60 characters or remove the footer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer has {length} characters; the limit is {limit}. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footers cannot contain variables. Move {open}…{close} to the body or write the text out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Footers are shown as plain grey text; the formatting markers will appear literally. Remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A BUTTONS component needs a list of 1 to 10 buttons, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} buttons; a template may have at most {limit}. Remove some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick-reply buttons must form one group, all before or all after the other buttons (QR, QR, URL is fine; QR, URL, QR is not). Reorder them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With more than three buttons WhatsApp shows only the first two and a &quot;See all options&quot; button. Put the most important ones first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates with four or more buttons, or quick replies mixed with other buttons, cannot be viewed on WhatsApp Desktop; customers there see a prompt to use their phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sample must look like {{&quot;param_name&quot;: &quot;first_name&quot;, &quot;example&quot;: &quot;Pablo&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placeholder} is a named variable but the template uses numbered variables. Choose Named under Variables, or use {one}, {two}, ….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{placeholder} is a numbered variable but the template uses named variables. Use a name like {first_name}, or choose Numbered under Variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This header needs a sample file for Meta&apos;s review: its upload handle, such as &quot;4::aW...&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text header needs text (up to 60 characters), or choose No header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each button must be an object such as {{&quot;type&quot;: &quot;QUICK_REPLY&quot;, &quot;text&quot;: &quot;Yes&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown button type {type}. Use QUICK_REPLY, URL, PHONE_NUMBER, COPY_CODE, OTP or FLOW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample code has {length} characters; codes are at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button needs a label of up to 25 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button label has {length} characters; the limit is {limit}. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button labels cannot contain variables. Write the label out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button labels must be one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has {length} characters; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a valid web address. Write a full URL such as https://example.com/track/{one}, without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s variable must be written {one}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL may contain only one variable, {one}, at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL&apos;s variable must be at the very end, as in https://example.com/track/{one}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number has {length} characters; the limit is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: write the phone number as digits with the country code, optionally after +, such as +15550051310; no spaces, dashes or brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} does not look like a full international number. Start with the country code (81 for Japan, 1 for the US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otp_type must be COPY_CODE, ONE_TAP or ZERO_TAP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each app needs package_name (up to 224 characters, e.g. com.example.app) and its 11-character signature_hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{type} components are only allowed in MARKETING templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A carousel needs between 2 and 10 cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication templates have no header. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body of an authentication template is fixed by WhatsApp (&quot;{one} is your verification code.&quot;). Remove the text; you may set add_security_recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add_security_recommendation must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The footer of an authentication template is fixed; set code_expiration_minutes instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_expiration_minutes must be a whole number from {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} only applies to AUTHENTICATION templates. Remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sample is empty. Write a realistic value, such as a name or an order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is the same as the template {name} in this language; Meta rejects a second template with the same text. Change the wording, or edit {name} instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication templates send a one-time password, not an offer code. Choose the button Copy code, One-tap autofill or Zero-tap instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Copy offer code button needs a sample code, such as &quot;SAVE20&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form (Flow) button must name the Flow it opens; set it up in WhatsApp Manager and import the template from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A website button needs an address starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} starts with http://; WhatsApp buttons need a secure address. Write it with https:// (check that your site answers there).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateList</name>
    <message>
        <source>{status}: {reason}</source>
        <extracomment>Role returning the row&apos;s TemplateSummary / LintItem. Status → the theme colour it is written in (see :func:`desktop.ui.theme.theme_colors`).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateReview</name>
    <message>
        <source>Draft</source>
        <extracomment>The steps shown for every template; ``ReviewState.step`` indexes this tuple.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta found a formatting problem: variables next to each other, at the very start or end of the body, or missing samples. Put words around every variable, give each one a realistic sample, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text reads like an offer but the category is UTILITY. Remove the sales wording, or create it again as a MARKETING template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category does not match the content. Choose the category that fits (MARKETING for offers, UTILITY for updates on an order or account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta found abusive or threatening wording. Rewrite the text in a neutral tone and submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta suspects the template could mislead customers. Say plainly who you are and what the message is about, avoid asking for passwords or payment details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link is not allowed (shortened, redirecting or not your business&apos;s domain). Use a full https address on your own domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Meta&apos;s reason, change the wording or category accordingly, and submit again; if you believe the decision is wrong, request a review in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted yet.</source>
        <extracomment>Index into :data:`STEPS` of the step reached. ``ok`` (approved), ``waiting`` (submitted or in review), ``problem`` (rejected, paused, disabled) or ``draft``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved: you can send it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review: Meta usually decides within minutes, at most 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal in review: Meta looks at the decision again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted: the name can be reused after 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused by Meta after low-quality feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers blocked or reported it. Make the message more relevant or send it less often, then resume it in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled after repeated low quality.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can no longer be sent. Create a new template with different wording, or appeal in WhatsApp Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSend</name>
    <message>
        <source>Enter the one-time code to send.</source>
        <extracomment>Body variables: a list for POSITIONAL templates, a mapping by name for NAMED ones. Value of the text header&apos;s variable. Media header: ``{&quot;id&quot;: &quot;&lt;media id&gt;&quot;}`` or ``{&quot;link&quot;: &quot;https://…&quot;}`` (+ ``filename``). Location header: ``{&quot;latitude&quot;, &quot;longitude&quot;, &quot;name&quot;, &quot;address&quot;}``. By button index: URL suffix (raw, encoded here), quick-reply payload, or coupon code. The one-time password of an AUTHENTICATION template. Insert zero-width spaces so values cannot change the body&apos;s formatting.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses named variables; give the values by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is {status}; only APPROVED templates can be sent. Wait for review or pick another template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>components must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value; it may not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values may not contain line breaks, tabs or more than four spaces in a row (Meta rejects the send). Put them on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value has {length} characters; at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template has no header; remove the header values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template&apos;s header takes no values; remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the header&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the location to show in the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the header&apos;s {kind}: an uploaded media id or an https link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the location&apos;s {key} as a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the {kind} as an uploaded media id or an https link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media links must start with https:// and be reachable by Meta.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a {expected} value here but got {got}. Rebuild the values from the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses named variables; each value needs parameter_name ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template uses numbered variables; remove parameter_name and give the values in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains * _ ~ or ` and may change the message&apos;s formatting. Turn on escaping if it should show as typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template&apos;s body has {expected} variable(s) but {given} value(s) were given. Fill in every variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a value for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each button value needs the button&apos;s index (0, 1, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has no button number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL suffix must be percent-encoded (space as %20, : as %3A, | as %7C): {encoded}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button {number} ({label}) needs a value: the end of its link, or the code to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code must also be given to the OTP button (index 0), the same as in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s WhatsApp number with country code, digits only (for example 16505551241).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSendDialog</name>
    <message>
        <source>Send a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approved template for this number&apos;s account yet. Create one in Templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp number, e.g. 16505551241</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {name} ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an APPROVED template can be sent. Wait for the review, or sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (test number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no phone number to send from. Add one under Numbers, then sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not uploaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This template cannot be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https:// link or media id, or choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” link ending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a {kind}: this template&apos;s header needs one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number to send from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: cannot be estimated for this recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: {currency} {amount} ({market}). {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rate not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost: free. {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateSubmission</name>
    <message>
        <source>Choose a WhatsApp Business Account first (connect one in Settings).</source>
        <extracomment>Meta&apos;s error subcodes on template create/edit → the field they are about. Returns the client, or an awaitable of it (the live client is built lazily).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is still in review and can&apos;t be changed yet. Wait for Meta&apos;s decision (it appears here), or save it under another name to submit now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category of an approved template can&apos;t be changed. Set it back to {category}, or duplicate the template and submit the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the {count} error(s) listed under the preview before submitting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account already has {count} templates, the most Meta allows ({limit}; 6,000 once your business is verified and a number has an approved display name). Delete templates you no longer use, then submit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This language of {name} has no id at Meta yet. Sync, then delete it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateTransfer</name>
    <message>
        <source>Left out: Meta rejected or disabled it in the old account; fix it in the designer and submit it there.</source>
        <extracomment>Statuses whose content Meta refused or retired: copying them would only be refused again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in this account under the same name and language: not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: it breaks {count} of Meta&apos;s rules. Open it in the designer to fix it. First problem:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted for review ({status}); it can be sent once Meta approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestEnvironmentPanel</name>
    <message>
        <source>The sandbox behaves like Meta&apos;s test setup: a test number can message only the recipients listed here, at most {cap}. The buttons below make WhatsApp events happen now, so you can see how WABA Desk reacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed recipients of the test number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 650 555 1234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make something happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality drops to low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality recovers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the business&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} of {cap} recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the badge request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the badge request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>New messages ↓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayBackend</name>
    <message>
        <source>Open WABA Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no notification area, so WABA Desk cannot show desktop notifications. Unread counts still show on the Inbox button and in the window title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop does not show notifications from apps (no notification service is running). Unread counts still show in the tray, on the Inbox button and in the window title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WABA Desk: {count} unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Auth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>Port {port} on {host} is already in use. Choose another webhook port, or stop the program that is using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for webhooks on {host}:{port} ({reason}). Check the host and port in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
