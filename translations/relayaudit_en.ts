<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CompliancePdf</name>
    <message>
        <source>the report is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data retention compliance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purges in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF renders the signed report %1. To check that report, run &quot;relayaudit-cli retention verify-report %1&quot;; compare the fingerprint with &quot;relayaudit-cli workspace info&quot; of the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exports, %2 rows. Exported files are outside the encrypted workspace by design and are not among the checked files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short links and clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler bookings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterOptions</name>
    <message>
        <source>Only this pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this sending number (as the provider writes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this 10DLC campaign id (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this 10DLC brand id (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this provider status (delivered, undelivered, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound or inbound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sms, mms or whatsapp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from (%1) is after --to (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--direction takes outbound or inbound, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--channel takes sms, mms or whatsapp, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC days, %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments per UTC day, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per UTC day, by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered / (delivered + undelivered + failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% delivered (%3 of %4 final)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3% of messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging services: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages by segment count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 segment: %1 messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 segments: %2 messages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments per message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more row(s); the CSV and JSON exports have them all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all cached days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging usage report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messaging service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inbound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrowed to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this report contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of messages and segments from the provider&apos;s usage records, by day, status, campaign, brand, sending gateway, segment count and error code. Days are UTC, counted on the date a message was sent (created, when it was not sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this report does not contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message bodies and no recipient phone numbers. Relay Audit never stores either: usage records keep only ids, the client&apos;s own sending numbers, statuses, segment counts, timestamps, campaign and brand ids, error codes and prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns and brands (10DLC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message had an error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging usage report: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionLookup</name>
    <message>
        <source>the recipient number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Salesforce record the message was sent from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetentionVerifier</name>
    <message>
        <source>Every table and column is in the retention inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone number where none may be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses only with link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calendar event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing kept past its retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient hashes are well-formed and of a known scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted and private at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret outside the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Relay Audit, the messaging compliance console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (passphrase %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: note: the last Relay Audit run stopped unexpectedly (signal %1); no memory dump was written and the workspace stays encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window to &lt;png&gt; once it has settled, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &lt;page&gt; first: deliveries, reports, retention, access or activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit: unknown page &apos;%1&apos;; one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay Audit stopped unexpectedly last time (signal %1). No memory dump was written, so no key or decrypted data was left on disk, and the workspace stays encrypted. If it happens again, tell support what you were doing; do not send workspace files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for another process (the app or relayaudit-cli) to finish writing to the workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the unexpected stop, the workspace check found damage: see Retention &gt; Files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Deliveries page and find &lt;value&gt;: an SMS record id, a provider message id, a batch id or a phone number, told apart by their shape.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::AccessCommand</name>
    <message>
        <source>Subscriber-access sessions from the Salesforce Setup Audit Trail: import, review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access takes: staff | import | pull | sessions | grant | hours | review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, remove or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member&apos;s Salesforce username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A username domain every staff member has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access staff takes: add | remove | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vendor staff configured: no session can be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV downloads or JSON query pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client org these rows come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV&apos;s time zone (IANA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV&apos;s dates read D/M/YYYY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access import needs --org NAME and at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone (e.g. America/Los_Angeles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows from %2 file(s) for %3; %4 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s login URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First UTC day (default: 180 days back, what the trail keeps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled %1 audit-trail rows for %2; %3 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions with a flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session with no logout closes after this gap (default 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag sessions with more changes than this (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-hours takes a number of hours from 0 to 72</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--many takes a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1  %2  %3 as %4  %5 → %6 (%7 min)  %8 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under no grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access grant add --org NAME --by USERNAME --from ISO-TIME [--until ISO-TIME]: an access grant entered by hand where the trail has none; access grant list [--org NAME].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who granted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start (ISO 8601, UTC unless it says).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry (ISO 8601); none: open-ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access grant takes: add | list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access grant add needs --org, --by and --from (and --until, if given) as ISO 8601 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 grant by %3  %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access hours --org NAME --timezone ZONE --from HH:MM --to HH:MM: the org&apos;s business hours (Monday to Friday); sessions with activity outside them are flagged after-hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s time zone (IANA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the day, HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the day, HH:MM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: business hours %2 to %3, %4, Monday to Friday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access review ID --org NAME --status reviewed|escalated --note TEXT: records a review of a session; the activity log gets the session, the status and a digest of the note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session id (access sessions shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed or escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access review needs a session id, --org and --status reviewed|escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 marked %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access sessions [--org NAME] [--flagged] [--idle-hours N] [--many N] [--sensitive FILE] [--json]: the subscriber-access sessions of vendor staff, with their flags and reviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive sections from this file instead of the built-in list (same JSON form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access staff add|remove (--user USERNAME | --domain DOMAIN | --publisher NAME), access staff list: who counts as vendor staff when they appear as the Delegate User (or log in as someone); --publisher names the vendor&apos;s package publisher as the trail writes it (e.g. &quot;Mogli Technologies&quot;), so that only its login-access grants count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s package publisher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access staff %1 needs exactly one of --user, --domain and --publisher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %1 older than the access retention were not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session %1 in %2 (&apos;access sessions&apos; lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli access &lt;action&gt; [options]

Actions:
  staff     Who counts as vendor staff: users, domains, the package publisher.
  import    Import Setup Audit Trail rows from the downloaded CSV or saved REST pages.
  pull      Query the Setup Audit Trail through the REST API and import it.
  sessions  Vendor staff&apos;s subscriber-access sessions, with flags and reviews.
  grant     Access grants entered by hand where the trail has none.
  hours     An org&apos;s business hours, for the after-hours flag.
  review    Record a review of a session.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access import FILE... --org NAME [--timezone ZONE] [--day-first]: imports Setup Audit Trail rows, from the CSV the Setup page downloads (its times are in the downloading user&apos;s Salesforce time zone: a US zone&apos;s abbreviation (PST, EDT, ...), UTC or GMT on every time fixes it; otherwise name it with --timezone, e.g. America/Los_Angeles; --day-first when dates read D/M/YYYY) or from saved REST query pages on SetupAuditTrail (JSON; several pages of one query at once). Re-importing adds nothing twice; a malformed row stops its file with the line, and nothing of that file is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access pull --org NAME [--instance-url URL] [--since YYYY-MM-DD]: queries SetupAuditTrail through the REST API (all pages) and imports the rows. The session: the org as &apos;engine org add&apos; registered it, with its keychain secrets; or, for an org not registered, the Salesforce environment variables of &apos;engine writeback&apos; (refresh-token or JWT bearer flow) with --instance-url as its login URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access pull needs --org NAME, and --instance-url http(s)://… for an org &apos;engine org add&apos; has not registered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::BreakdownCommand</name>
    <message>
        <source>Messages and segments by sender, status, day, campaign, brand, error, segments, direction or channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts messages and segments of every live pull (or one) by a dimension. Days are UTC, keyed on date_sent (date_created when unsent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breakdown needs --by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender, status, day, campaign, brand, error, segments, direction, channel, service or provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints CSV (with shares, and the descriptions of error codes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::Cli</name>
    <message>
        <source>Usage: relayaudit-cli [--workspace DIR] [--json] &lt;command&gt; [options]

Relay Audit&apos;s headless console. Secrets come from the system keychain or the
environment (RELAYAUDIT_PASSPHRASE), never from the command line.

Global options:
  --workspace DIR  The workspace directory (default: %1).
  --json           Machine-readable output.
  -h, --help       This help; &apos;relayaudit-cli COMMAND --help&apos; for a command&apos;s.
  -v, --version    The version.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad arguments, 3 wrong or missing passphrase/key.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: --workspace needs a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli --help&apos; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::Command</name>
    <message>
        <source>relayaudit-cli: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;relayaudit-cli %1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace at %1; create one with &apos;relayaudit-cli --workspace %1 workspace init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the activity log was not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s login URL (default https://login.salesforce.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT bearer flow: the aud claim (default: the login URL; https://test.salesforce.com for a sandbox org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: note: after the unexpected stop, every page of the workspace was checked: %n page(s), all intact.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the unexpected stop, the workspace check found damage: %1; see &apos;relayaudit-cli workspace check&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; this workspace&apos;s key is in the system keychain: start or unlock it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client org, as &apos;engine org add&apos; registered it: its login URL, audience and keychain secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search an engine&apos;s PostgreSQL log (a libpq connection string), read-only, instead of this workspace&apos;s; its password from RELAYAUDIT_ENGINE_DB_PASSWORD. Default: RELAYAUDIT_ENGINE_DSN. The lookup is still recorded in this workspace&apos;s activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s PostgreSQL (a libpq connection string, e.g. &quot;host=db.example dbname=relay user=relay_engine sslrootcert=/etc/relayaudit/db-ca.crt&quot;), which every worker of a deployment shares, instead of this workspace; its password from RELAYAUDIT_ENGINE_DB_PASSWORD or PGPASSFILE. Default: RELAYAUDIT_ENGINE_DSN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::CredentialsCommand</name>
    <message>
        <source>set or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Twilio Account SID (AC…) is needed: --account or TWILIO_ACCOUNT_SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 credentials from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx API key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio auth token for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 credentials in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep provider credentials and org logins in the system keychain instead of the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twilio, telnyx or salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials takes: set|remove twilio|telnyx|salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials set|remove twilio|telnyx|salesforce: stores (or removes) provider credentials, or the Salesforce secrets of an org &apos;engine org add&apos; registered, in the system keychain. Twilio&apos;s secret comes from TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET), Telnyx&apos;s from TELNYX_API_KEY, else it is typed with echo off; an org&apos;s from the SALESFORCE_* variables. Never from an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials set|remove salesforce needs --org NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce secrets of org %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::DeliveriesCommand</name>
    <message>
        <source>Find logged deliveries by SMS record, provider message, batch or recipient number (hashed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch group id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries takes the action &apos;find&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deliveries find needs exactly one of --sms-record, --provider-id, --batch and --phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delivery in the log matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SMS record %1  batch %2  gateway %3  %4 %5  %n segment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  status %1%2; write-back %3; recipient %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most this many deliveries (default 1000; 0 shows all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a whole number of deliveries, 0 for all, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n deliveries; more match (--limit 0 shows all).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(message id not known yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  org %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  write-back refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming to gateway %1  %2 %3  SMS record %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  received %1; record %2; sender %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  not created (%n attempt(s)): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deliveries find (--sms-record ID | --provider-id ID | --batch ID | --phone NUMBER)
Shows each delivery&apos;s status timeline, error code, segments and write-back state, outgoing messages and incoming ones (replies, with the SMS record the engine created for each). A phone number is normalised and hashed in memory; the log is searched by the hash (a recipient&apos;s, or a reply&apos;s sender&apos;s) and the number is kept nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient&apos;s or a sender&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::EngineCommand</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown engine action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the SMS segments of a text as providers bill them: GSM-7 (160 characters, 153 per part; extension characters cost two) or UCS-2 (70, 67 per part) when any character is outside GSM-7. Shows which characters forced UCS-2 or cost two. The text is not stored or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text from a file (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine segments needs exactly one of --text and --text-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Septets: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 units: %1 (parts: %2; a single part holds %3, each part of a longer message %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forced UCS-2 (not in GSM-7): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost two septets (GSM-7 extension table): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messaging engine: gateways, sends, status callbacks, segment counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twilio or telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio Account SID; Telnyx messaging profile id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio messaging service to send through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine gateway takes add, list or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine gateway %1 takes one gateway address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateways. Add one with &apos;engine gateway add ADDRESS --provider twilio --account AC…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added gateway %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed gateway %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows, or sets, the region numbers without a country code are read in (US, GB, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A region code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends every row of a CSV file (header: gateway,to,sms_record_id,batch_id,source_record_id,text) through the pipeline. Recipients and texts are used for the send and kept nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one message through the pipeline: validate, count segments, hash the recipient, submit, log. The recipient, the text and the source record id are kept nowhere. The text comes from --text, --text-file or standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient (E.164, national, or whatsapp:+…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce SMS record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch group id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce record it was sent from (not kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text from a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-in for the providers&apos; hosts (e.g. the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where &apos;engine serve&apos; listens, as the providers reach it (e.g. http://127.0.0.1:8090).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits at once (default 8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submits per second per gateway (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine send-batch takes one CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine send needs --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the text once: --text or --text-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callback takes an http(s) URL, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 as %2 (%3, %n segment(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record %1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 of %2 messages; %3 failed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address and port (default 127.0.0.1:8090).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL the providers call, when a proxy stands in front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen takes host:port, such as 127.0.0.1:8090, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening: Twilio status callbacks at %1, Telnyx webhooks at %2. Ctrl-C stops.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 status changes applied, %2 kept in timelines only, %3 ahead of their submit (applied when it is logged), %4 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 submitted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: no credentials for %1 in the environment or the keychain; its sends will be refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer short links only; no provider callback credentials are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or TELNYX_PUBLIC_KEY: without them no callback can be verified (--links-only serves short links alone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short links: %1 followed, %2 clicks recorded, %3 unknown codes, %4 refused by the rate limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MiB is more than a send batch can be (%3 MiB); split it</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent SMS record %1 (%2, %n segment(s)); warning: %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Callbacks: %1 replays of an event held already (nothing added), %2 ahead of their submit refused because the early events were full (503), %3 early events dropped unmatched after a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine gateway add ADDRESS --provider twilio|telnyx [--account SID] [--service MG…] [--org NAME --record-id ID]
engine gateway list
engine gateway remove ADDRESS
The client&apos;s sending numbers (E.164, short codes, whatsapp:+…) and the provider details the engine sends them with; each may belong to a client org (&apos;engine org add&apos;) and name its Gateway record there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client org the gateway belongs to (&apos;engine org add&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its Gateway record in that org (a0G…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s own URL (https://acme.my.salesforce.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine org %1 takes one org name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orgs. Add one with &apos;engine org add NAME --instance-url URL&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s keychain entry was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed org %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine org add needs --instance-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the org&apos;s secrets are not in the keychain (%1); set the SALESFORCE_* variables for each command that reaches it, or run &apos;credentials set salesforce --org %2&apos; where a keychain answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added org %1 (%2); its secrets are in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added org %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org %1: signed in, and %2 can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check: the SMS object to read (default: the org&apos;s, &apos;engine org fields&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: set a name or a Status value (object=…, status-field=…, status:delivered=Sent Successfully); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: put a key back to its default; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes KEY=VALUE, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n write-back(s) the org refused a Status value for will be tried again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(assumed name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Status not written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes each SMS record&apos;s status back to its org (sObject Collections PATCH, 200 a request) until nothing is pending: the Status picklist value the provider&apos;s status maps to, and the provider&apos;s status, error code, message id and segments in their own fields. Every org with pending work is written in one run, each with its own login and field map (&apos;engine org fields&apos;); one org&apos;s failure holds back only that org. --check reads the records back instead (SOQL) and compares.
A registered org&apos;s secrets come from the keychain. The default org (the gateways without an org) signs in with SALESFORCE_CLIENT_ID with SALESFORCE_CLIENT_SECRET and SALESFORCE_REFRESH_TOKEN (refresh-token flow), or with SALESFORCE_USERNAME and SALESFORCE_JWT_KEY_FILE (JWT bearer flow, RS256; the file readable by you only); its names are the package&apos;s unless the options below say otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare what the orgs hold with the log; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default org&apos;s; default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org %1 is not registered: register it with &apos;engine org add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked %1 written-back SMS records in %5: %2 match the log, %3 differ, %4 missing in the org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote back %1 SMS records to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n org(s) not done, their write-backs wait for the next run: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>relayaudit-cli: %1 refused %n SMS record(s) for good; the last reason: %2. &apos;deliveries find&apos; shows each one&apos;s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asks each registered org (SOQL, every page) for the outgoing SMS records still &apos;Queued&apos; that are older than --older-than seconds, and sends those the log does not hold through the pipeline, as the package&apos;s callout would have: a record is sent once however often it is swept. Number and text are read into memory for the send and kept nowhere. An org that cannot be reached is named and the others are swept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep this registered org only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records created at least this many seconds ago (default 120): younger ones are still on their way through the callout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orgs to sweep. Register one with &apos;engine org add&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n queued record(s) to send; %1 already in the log.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>engine org add NAME --instance-url URL [--login-url URL] [--audience URL]
engine org list
engine org check NAME [--object NAME]
engine org fields NAME [--set KEY=VALUE]... [--reset KEY]...
engine org intake-secret NAME
engine org remove NAME
The client orgs the engine works for. &apos;add&apos; takes the connected app from the SALESFORCE_* variables of &apos;engine writeback&apos; (refresh-token or JWT bearer flow): the consumer key and username are kept in the workspace, the secrets (client secret and refresh token, or the JWT key) in the system keychain, never in a file. &apos;check&apos; signs in and reads one record of the SMS object. &apos;fields&apos; shows or changes the org&apos;s SMS object, field names and Status picklist values (status:PROVIDER-STATUS=VALUE). &apos;intake-secret&apos; keeps the secret the org&apos;s package signs its callout with in the system keychain, read from RELAYAUDIT_INTAKE_SECRET or typed with echo off (at least 32 characters); &apos;engine serve&apos; reads it there, or from RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list, check, fields, intake-secret or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine org takes add, list, check, fields, intake-secret or remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake secret of org %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an intake secret has at least 32 characters; this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intake secret was not kept: %1; give &apos;engine serve&apos; %2 instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org %1&apos;s intake secret is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1 has no intake secret (%2, or &apos;engine org intake-secret %1&apos;); its callouts are refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: SMS record %1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake: the package&apos;s callout at %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake: %1 SMS records taken to send, %2 duplicates of records sent already (not sent again), %3 refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep every registered org for outgoing records still &apos;Queued&apos; (as &apos;engine sweep&apos;) at the start and then every this many seconds (default 300; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sweep takes records created at least this many seconds ago (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sweep-every takes 0 to 86400 seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sweep-older-than takes 0 to 2592000 seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sweep: every %1 s, each registered org&apos;s outgoing records still &apos;Queued&apos; after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: sweep: SMS record %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent now.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sweep: %n queued record(s) the callout missed, sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: org %1&apos;s intake secret is shorter than %2 characters; not taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: %1 would serve more than one org; org %2&apos;s intake secret is taken from the keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives status callbacks: Twilio&apos;s at /twilio/status (X-Twilio-Signature under TWILIO_AUTH_TOKEN of TWILIO_ACCOUNT_SID), Telnyx&apos;s at /telnyx/webhook (Ed25519 under TELNYX_PUBLIC_KEY). Answers short links at /CODE. Takes the managed package&apos;s callout at POST /salesforce/sms for every registered org with an intake secret (RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;, or &apos;engine org intake-secret&apos;): headers X-Relay-Org, X-Relay-Timestamp (Unix seconds) and X-Relay-Signature (base64 HMAC-SHA256 of timestamp + body), a JSON body {&quot;records&quot;: [...]} of at most 200 SMS records, each sent once through the pipeline. Sweeps every registered org as &apos;engine sweep&apos; does, at the start and every --sweep-every seconds. Takes incoming messages: Twilio&apos;s at POST /twilio/inbound (answered with an empty TwiML &lt;Response/&gt;), Telnyx&apos;s message.received events at /telnyx/webhook; each becomes an SMS record (Direction Incoming) in its gateway&apos;s org, and one the org cannot take is fetched again from the provider later. Refused requests get 403 (400 for a malformed callout) and one line here, without their content. Ctrl-C stops, after the sends under way are logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: incoming messages are not taken (their senders&apos; numbers cannot be hashed): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: incoming: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming messages: Twilio&apos;s at %1, Telnyx&apos;s message.received at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming: %1 messages taken, %2 duplicates, %3 SMS records created, %4 left pending for the org, %5 given up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming messages an org could not take are fetched again from their provider this many seconds later at first, the wait doubling to an hour (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--retry-every takes 1 to 3600 seconds, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: waiting for the incoming messages under way (Ctrl-C again stops at once: they stay pending in the log and are fetched again from their providers at the next start)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopping: waiting for %n send(s) under way (Ctrl-C again stops at once: a send not yet logged may then be sent again by the sweep)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli engine &lt;action&gt; [options]

Actions:
  segments    How many SMS segments a text takes, and why.
  gateway     Add, list or remove the sending gateways the engine may use.
  org         Add, list, check or remove the client orgs the engine works for.
  region      Show or set the default region for numbers without a country code.
  release-send  Let a send whose worker stopped mid-submit be sent again.
  send        Send one message through the pipeline.
  send-batch  Send every row of a CSV file through the pipeline.
  serve       Receive the providers&apos; signed status callbacks.
  sweep       Send the SMS records each org still holds as Queued that the log lacks.
  writeback   Write pending delivery statuses back to the SMS records in Salesforce.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets an SMS record whose send is uncertain (a worker stopped while submitting it) be sent again by the next sweep or callout. First check the provider&apos;s log: if the provider has the message, do not release it. --list shows the uncertain sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[id]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the uncertain sends instead (org, SMS record id, since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s org (default: the default org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No uncertain sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record %1 of %2: submit started %3 by a worker that stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>engine release-send takes one SMS record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record %1 of %2 has no uncertain send: nothing to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released SMS record %1 of %2: the next sweep or callout sends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; every worker of a deployment hashes with the same pepper: give it as RELAYAUDIT_PEPPER_FILE (a 0600 file of 64 hex digits) or RELAYAUDIT_PEPPER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the client&apos;s address from this header (e.g. X-Forwarded-For), set by a reverse proxy in front, for the short links&apos; and the refusals&apos; limits per address; without it the connection&apos;s address is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: purge: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::ExportCommand</name>
    <message>
        <source>Export every live pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs exactly one of --pull ID and --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export needs --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a client usage report: records or a breakdown as CSV or JSON, or a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the cached records of a pull (or of all live pulls), narrowed by the filter options, to a file. The file holds ids, the sending gateway, statuses, segments and timestamps; never a message body or a recipient. Every export is recorded in the activity log (counts only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this breakdown (csv or json) instead of the records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes csv, json or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown dimension &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--breakdown is for csv and json; a PDF holds every breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no GUI libraries, which PDF reports need; export csv or json, or use the full build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a client usage report of %1 messages to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::HashCommand</name>
    <message>
        <source>Normalise a phone number and print its v1 recipient hash (nothing else about it is kept or logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalises NUMBER to E.164 (libphonenumber; numbers without a country code are read in --region) and prints the workspace&apos;s v1 hash of it: HMAC-SHA-256 keyed with the workspace&apos;s pepper from the keychain (or RELAYAUDIT_PEPPER). The number is not stored or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region for numbers without a country code (default US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash takes one phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: warning: the number is possible but not in an assigned range (such as the 555-01xx fiction range)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::ImportCommand</name>
    <message>
        <source>Import saved provider reports (Twilio pages or BulkExport day files, Telnyx detail records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports files into the encrypted report cache as a new pull, kept 7 days. Formats:
  twilio-json  saved Twilio Messages list pages (JSON)
  twilio-bulk  Twilio BulkExport day files (JSON lines, plain or .gz)
  telnyx-mdr   saved Telnyx detail-record pages (JSON)
Message bodies and the other party&apos;s numbers are never read into the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twilio-json, twilio-bulk or telnyx-mdr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs a format and at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (twilio-json, twilio-bulk, telnyx-mdr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1/%2: %3 records, %4 duplicates, %5 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: pull %1 keeps the %2 records stored so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records (%2 segments) into pull %3; %4 duplicates skipped. Expires %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::LinksCommand</name>
    <message>
        <source>Short links (Mogli URL and URL Pro): links, clicks, per-gateway mode, click write-back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown links action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links clicks: the recorded URL Pro clicks, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links list: the short links, newest first. URL Pro links show the recipient hash and SMS record they were made for, never a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a positive number, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No short links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n click(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No clicks recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links gateway GATEWAY [--mode none|url|pro]: whether texts sent from GATEWAY get their http(s) links shortened (url), shortened with one tracked link per recipient (pro), or sent as written (none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, url or pro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links gateway takes one gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode is none, url or pro, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: links %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links base-url [URL]: the address recipients reach &apos;engine serve&apos; at for short links (https://l.example.com); a short link is URL/CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links base-url takes at most one URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link base URL is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links shorten URL: makes (or finds) the Mogli URL short link for URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links shorten takes one URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The click object (default Link_Click__c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its external id field (default Click_Key__c).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Salesforce API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli links &lt;action&gt; [options]

Actions:
  list        The short links: code, target domain, mode, clicks.
  clicks      URL Pro clicks: time, IP address, domain, browser data, write-back state.
  gateway     Show or set a gateway&apos;s link mode: none, url or pro.
  base-url    Show or set where &apos;engine serve&apos; answers short links as recipients reach it.
  shorten     Make a short link for one URL.
  writeback   Write pending clicks to the client&apos;s Salesforce org.
How long links are kept: &apos;settings link-retention-days&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes pending URL Pro clicks to the client&apos;s org as records of --object (sObject Collections upsert on --external-id-field, 200 a request) until none is pending. A click goes to the org of the message its link was in (its gateway&apos;s org); every org with pending clicks is written in one run, each with its own login, and one org&apos;s failure holds back only that org. The default org&apos;s connected app comes from the same SALESFORCE_* variables as &apos;engine writeback&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relayaudit-cli: clicks not written back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote back %1 clicks to %5 (%2 refusals retried, %3 given up, %4 session refreshes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::PullCommand</name>
    <message>
        <source>Pull a provider&apos;s usage report for a date range into the encrypted cache (resumable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls message records (sending gateway, segments, status timestamps, ids, campaign and brand) from Twilio or Telnyx for UTC days --from..--to, and Twilio&apos;s daily usage. Bodies and recipients are not kept.
Credentials: TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and TWILIO_API_SECRET); TELNYX_API_KEY.
Ctrl-C stops cleanly; &apos;pull --resume ID&apos; continues where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First UTC day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last UTC day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this sending gateway (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client the report is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand-in for every host of the provider (e.g. the sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue an interrupted pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--resume takes a pull id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull needs --from and --to as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url takes an http(s) URL, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull %1: %2 pages, %3 records, %4 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Interrupted. Resume with: relayaudit-cli pull --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1 stopped; what was stored is kept. Resume with: relayaudit-cli pull --resume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records (%3 segments) in %4 pages; %5 retries. Expires %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twilio (Messages list), twilio-bulk (BulkExport day files) or telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull takes twilio, twilio-bulk or telnyx (or --resume ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Twilio Account SID (default: TWILIO_ACCOUNT_SID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; or store them with &apos;relayaudit-cli credentials set&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull %1 is an import of files (%2); imports do not resume: import the files again with &apos;relayaudit-cli import %2 FILE...&apos; (messages stored already are skipped), and delete this one with &apos;relayaudit-cli purge --pull %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::PullsCommand</name>
    <message>
        <source>List the report pulls in the cache, with their 7-day expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists report pulls (oldest first): id, provider, client, range, state, records, segments, created, expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report pulls in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RANGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SEGMENTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::PurgeCommand</name>
    <message>
        <source>Delete report pulls past their retention now (or one pull), keeping counts in the purge log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes expired report pulls (past their 7 days), or one pull at once with --pull. The purge log keeps ids, counts and times only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list what would be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this pull now, expired or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pull takes a pull id, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to purge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete pull %1: %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted pull %1: %2 records.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::RetentionCommand</name>
    <message>
        <source>retention verify: runs every check of the retention inventory on the live workspace (tables and columns, phone numbers, message text, retention, hashes, encryption and file modes, secrets) and prints each with its counts and evidence. Exit status 0 only when all pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file to check (default: Relay Audit&apos;s own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention inventory v%1 against %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All checks pass (%1 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) (%1 ms).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Check the workspace against the data policy; look up what is kept; signed compliance reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention takes: verify | lookup | report | verify-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient number (hashed in memory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Salesforce SMS record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider message id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention lookup needs exactly one of --phone, --sms-record and --provider-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient hash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record %1, batch %2, gateway %3, %4 %5, status %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s) with the same provider message id(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>pull %1: %2 from %3, status %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retained: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1: %2, signed by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>some checks fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention verify-report FILE.json [--public-key BASE64]: checks the report&apos;s Ed25519 signature and says whether it was altered; with --public-key (from &apos;workspace info&apos;), also that this workspace signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s public key, base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention verify-report takes one report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--public-key takes a base64 Ed25519 public key (32 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid: signed by %1 for workspace %2 at %3; unaltered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention report --out FILE.json|FILE.pdf: runs every check and writes the signed compliance report (inventory version, app version, workspace id, time, each check with its result and counts, the last 30 days&apos; purges as counts). Signed with the workspace&apos;s Ed25519 key; &apos;retention verify-report&apos; checks it. A PDF is written with the signed JSON beside it (same name, .json) and carries the signature&apos;s fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the report (.json or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention report needs --out FILE.json or --out FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this build has no PDF support (built without the GUI libraries); use --out FILE.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, its rendering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli retention &lt;action&gt; [options]

Actions:
  verify         Run every check of the data policy on the live workspace.
  lookup         What is kept about one recipient or message, and what is not.
  report         Write the signed compliance report (JSON or PDF).
  verify-report  Check a report&apos;s signature.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention lookup (--phone NUMBER | --sms-record ID | --provider-id ID) [--store DSN]: what the workspace (or an engine&apos;s log) keeps about a recipient or a message (the hash, delivery-log entries, cached report rows) and what it does not keep. Every lookup is in the activity log (the hash or the id, never the number); at most %1 lookups per user in %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::SandboxCommand</name>
    <message>
        <source>Serve the local Twilio- and Telnyx-shaped sandbox on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port on 127.0.0.1 (0: any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages in the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox takes: serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--messages takes 0 to 10000000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take YYYY-MM-DD, --from first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--faults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate (or public key) the stand-in org&apos;s connected app trusts for the JWT bearer flow, PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--salesforce-cert: cannot read %1 as a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--salesforce-cert: %1 holds no certificate or public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox serving %1 messages (%2..%3) at %4
  Twilio: TWILIO_ACCOUNT_SID=%5 TWILIO_AUTH_TOKEN=%6
  Telnyx: TELNYX_API_KEY=%7 TELNYX_PUBLIC_KEY=%8
  Salesforce: SALESFORCE_CLIENT_ID=%9 SALESFORCE_CLIENT_SECRET=%10 SALESFORCE_REFRESH_TOKEN=%11 (--login-url %4)
  Salesforce JWT bearer flow: SALESFORCE_USERNAME=%12 with SALESFORCE_JWT_KEY_FILE (%13)
Ctrl-C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with --salesforce-cert to accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sandbox serve: a local provider simulator with deterministic traffic (bodies and recipients included, as a provider has them), and a stand-in Salesforce org. Faults: --faults 429=0.1,500=0.05,truncate=0.02,reset=0.02,slow=0.01. What the people at the other end do, as form POSTs: /sandbox/reply (provider=twilio|telnyx, from, to, text, webhook, times: a recipient&apos;s reply, posted signed to the webhook), /sandbox/queued (gateway, phone_number, message, age_seconds: an outgoing SMS record set to Queued), /sandbox/gateway (id, inactive: a Gateway record), /sandbox/org (down, revoked: an outage, revoked tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the org&apos;s managed package: post each record /sandbox/queued makes to this intake URL (the engine&apos;s /salesforce/sms), signed for --org with its intake secret from RELAYAUDIT_INTAKE_SECRET_&lt;ORG&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s name in the engine&apos;s workspace (X-Relay-Org), with --callout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --callout: the share of callouts posted a second time (default 0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --callout: the share of callouts never posted, left to the sweep (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callout takes the engine&apos;s intake URL, such as http://127.0.0.1:8090/salesforce/sms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callout needs --org NAME, the org&apos;s name in the engine&apos;s workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callout-twice and --callout-lost take a share from 0 to 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callout: set %1 to org %2&apos;s intake secret (at least %3 characters), as for engine serve</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::SchedulerCommand</name>
    <message>
        <source>Scheduler: users&apos; free/busy times from iCalendar, bookable slots, guest bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown scheduler action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler import-ics USER FILE: reads FILE (a VFREEBUSY, or VEVENTs of which only start, end and transparency are kept) and replaces USER&apos;s busy times. Event titles, descriptions, locations, attendees and organisers are dropped while parsing. A malformed file stores nothing and names the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An .ics file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler import-ics takes USER FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 16 MiB; a calendar export is far smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1&apos;s calendar: %2 busy interval(s) from %3 event(s) and %4 free/busy period(s); %5 transparent or cancelled event(s) block nothing. Time zone %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler hours USER --start HH:MM --end HH:MM [--timezone ZONE]: the hours slots are offered in (09:00 to 17:00 in the calendar&apos;s time zone unless set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler hours takes USER --start HH:MM --end HH:MM, the start before the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timezone: &apos;%1&apos; is not an IANA time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler terms USER --version V: records that USER agreed to the terms of use V (at sign-in), now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terms-of-use version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler terms takes USER --version V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agreed to terms %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler users: each user&apos;s time zone, working hours, busy intervals and terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduler users; import a calendar with &apos;scheduler import-ics USER FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 busy interval(s)  terms %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler slots USER --from YYYY-MM-DD --to YYYY-MM-DD --length 30m: the free slots of that length inside USER&apos;s working hours (in the user&apos;s time zone), none overlapping busy time or a booking. --json prints [{&quot;start&quot;, &quot;end&quot;}] in ISO 8601 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (inclusive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length: 30m, 1h, 1h30m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler slots takes one USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to take dates as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--length takes a duration such as 30m, 1h or 1h30m, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No free slots of %n minute(s) in that range.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>scheduler book USER --start ISO8601 --length 30m --name NAME --email EMAIL [--phone +E164] --guest-terms V [--user-terms V]: books a guest into a free slot, recording the terms-of-use version each party agreed to and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot start, e.g. 2026-12-01T14:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot length (default 30m).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s own phone number (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms-of-use version the guest agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s (default: as recorded by &apos;scheduler terms&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler book takes USER --start TIME (ISO 8601 with its offset) --length 30m and the guest&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked %1 to %2 (booking %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduler bookings [USER]: the bookings, with the guest&apos;s details and both parties&apos; terms-of-use versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2  %3-%4  %5 &lt;%6&gt;  terms: user %7, guest %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli scheduler &lt;action&gt; [options]

Actions:
  import-ics  Replace a user&apos;s busy times with those of an iCalendar file (times only are kept).
  hours       Show or set a user&apos;s working hours and time zone.
  terms       Record the terms-of-use version a user agreed to.
  users       The users, with their time zone, hours and busy intervals.
  slots       Bookable slots of a given length.
  book        Book a guest into a slot.
  bookings    The bookings.
How long bookings are kept: &apos;settings scheduler-retention-days&apos;.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::SettingsCommand</name>
    <message>
        <source>The new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from 1 to %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change workspace settings: report-ttl-days (1 to 7), and log-, access-, link- and scheduler-retention-days (1 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-ttl-days [DAYS]: how many days report pulls are kept (1 to 7; the policy allows no more than 7).
log-retention-days [DAYS]: how many days the delivery log keeps a message after its last status change (1 to 3650, default 90).
access-retention-days [DAYS]: how many days imported Setup Audit Trail rows and their reviews are kept (1 to 3650, default 365).
link-retention-days [DAYS]: how many days short links and their clicks are kept after the link was made (1 to 3650, default 90; a click written back goes 7 days after its write).
scheduler-retention-days [DAYS]: how many days bookings are kept after they end (1 to 3650, default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report-ttl-days, log-retention-days, access-retention-days, link-retention-days or scheduler-retention-days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings takes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::Terminal</name>
    <message>
        <source>a passphrase needs at least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrases do not match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::cli::WorkspaceCommand</name>
    <message>
        <source>Where the key lives: keychain, passphrase or auto (default: auto = passphrase when RELAYAUDIT_PASSPHRASE is set, else the keychain, else a prompted passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, inspect and re-key the encrypted workspace; verify its activity log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown workspace action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an encrypted workspace in --workspace DIR (or the default place).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a workspace already exists at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-source takes keychain, passphrase or auto, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (key derived from a passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer; using a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; set RELAYAUDIT_PASSPHRASE to protect the workspace with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created an encrypted workspace at %1 (random key kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the workspace&apos;s path, schema, cipher settings and files. Never shows a key or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version:   %1 (format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:              random 256-bit key in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:              Argon2id from a passphrase (%1 passes, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher:           SQLCipher %1, raw key, %2-byte pages, HMAC %3, secure delete %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypts the workspace under a new key. The new passphrase comes from RELAYAUDIT_NEW_PASSPHRASE or is typed twice; the current one from RELAYAUDIT_PASSPHRASE or a prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key&apos;s source: keychain or passphrase (default: the current one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to takes keychain or passphrase, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypted %1 under the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that no activity log entry was altered, inserted or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Activity log intact: %n entries, hash chain verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Activity log damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the activity log: who did what, when, with counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report signing:   Ed25519 %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: relayaudit-cli [--workspace DIR] workspace &lt;action&gt; [options]

Actions:
  init        Create an encrypted workspace.
  info        Show path, schema version, cipher settings and file sizes.
  rekey       Re-encrypt the workspace under a new key or passphrase.
  verify-log  Check the activity log&apos;s hash chain.
  check       Read every page and verify its HMAC, then the structure.
  log         Show the activity log.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads every page of the workspace database from the file and verifies its HMAC (SQLCipher checks a page only when a command reads it), then SQLite&apos;s structural check. A damaged page is named with what lives there. Changes nothing; exit 1 when anything is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workspace intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>damaged: page %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again (the report cache refills from the providers).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::core::Error</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence saying what went wrong, %2 a technical detail (a file name, an SQLite message)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or not a Relay Audit workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not encrypted; Relay Audit only opens encrypted workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It already exists; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed: set RELAYAUDIT_PASSPHRASE or enter it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace schema could not be brought up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another process (the app or relayaudit-cli) kept the workspace busy for too long; nothing was changed. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database is damaged; &apos;relayaudit-cli workspace check&apos; (or Retention &gt; Files &gt; Check Pages) names the damaged pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are needed and none were found in the environment or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote service (a provider or a Salesforce org) refused the request or could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::core::RecordColumns</name>
    <message>
        <source>Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::AboutDialog</name>
    <message>
        <source>About Relay Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Relay Audit %1&lt;/h2&gt;&lt;p&gt;The compliance and audit console for SMS and WhatsApp relaying: deliveries, provider usage reports, retention checks and subscriber-access audits.&lt;/p&gt;&lt;p&gt;Everything it keeps is encrypted at rest (SQLCipher). Raw recipient numbers and message bodies are never stored.&lt;/p&gt;&lt;p&gt;Built with Qt %2, SQLCipher, libsodium, libphonenumber and QtKeychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::AccessPage</name>
    <message>
        <source>No logout: the session never ended in the trail; it closed after the idle gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login: changes by vendor staff with no login row imported before them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside any grant: no login-access grant of the org covered its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive sections: changes to users, profiles, security, sharing, connected apps, certificates, data export or packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many changes: more than the limit in one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After hours: activity outside the org&apos;s business hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Access Audit&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Audit Trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff user</source>
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
        <source>Any flag or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acting as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: a ticket, what was checked, who was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit store could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All orgs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Setup Audit Trail is imported yet. Import a trail (the CSV the Setup page downloads, or saved REST query pages), or run &quot;relayaudit-cli access pull&quot;; then say who the vendor staff are with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit-trail row(s) imported, but no vendor staff is configured: add their usernames or domain with &quot;relayaudit-cli access staff add&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown · %3 flagged · %4 not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2, acting as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2: %n minute(s), %3 change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none covered this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1 marked %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 audit-trail rows for %2; %3 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Setup Audit Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client org, e.g. Acme Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates read day first (D/M/YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the org the trail comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber-access sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, %3 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sessions as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sessions as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review stale: the session&apos;s rows changed after it was reviewed (an import, another idle gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review unverified: the activity log holds no entry for this review as stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review is kept but the activity log refused it (%1); it shows as unverified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s subscriber-access sessions the filters match, one per row: start, end, org, staff user, acting as, changes, flags and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected session&apos;s grant, flags, review and timeline of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the times (PST, EDT, UTC…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV&apos;s times are in the Salesforce time zone of the user who downloaded it. A US zone&apos;s abbreviation, UTC or GMT on each time fixes it; for any other, choose the zone. JSON query pages carry UTC times and need neither.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityLogModel</name>
    <message>
        <source>Workspace created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace re-keyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-key failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pulled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report retention changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pull interrupted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::ActivityPage</name>
    <message>
        <source>&lt;h2&gt;Activity&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that no entry was altered, inserted or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action taken in this workspace, with who, when and counts; never content and never a phone number. Each entry is chained to the previous one by its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The activity log is intact: %n entries, hash chain verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The activity log was tampered with: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action taken in this workspace, oldest first: sequence number, time, user, action and its details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::ChartView</name>
    <message>
        <source>&amp;Copy as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no values</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), lowest %2, highest %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s), total %2, lowest %3, highest %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::CredentialsDialog</name>
    <message>
        <source>&amp;Save to Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials are kept in the system keychain only, never in a file or the settings. Twilio: the account&apos;s auth token, or an API key SID and its secret. Telnyx: an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: SK… API key SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Account SID is AC followed by 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key SID is SK followed by 32 hex digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the credentials for %1 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not store them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the credentials for %1 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not remove them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account SID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key SID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::DeliveriesPage</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Deliveries&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain to read the workspace&apos;s pepper from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No delivery in the log matches.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent from %1 through %2 as %3, %n segment(s). Recipient hash: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Salesforce write-back: %1%2 (%n attempt(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Status timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the report cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1: status %2, %3 segment(s), sent %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;Test Message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no sending gateways yet. Add one with &quot;relayaudit-cli engine gateway add NUMBER --provider twilio|telnyx&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient-hash pepper could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials in the keychain for %1: add them in File &gt; Provider Credentials, or its sends are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status callback URL is set (Settings &gt; Messaging engine): the message is sent, but its delivery status will not reach the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the search text is: an id, or a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id, or a phone number that is hashed and then cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected message&apos;s status timeline, error and write-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages the search found, one per row: SMS record, client org, batch, gateway, provider message id, status, error code, segments and Salesforce write-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the default org (its gateway belongs to no org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In org %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The engine&apos;s log, both directions: per message the SMS record id, batch group id, sending gateway, the other party&apos;s number as a hash, provider message id, segments and every status change; for a reply, the SMS record the engine created for it. Never a number, a text, or the record a message was sent from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages sent · %2 status events · %3 written back to Salesforce · %4 write-backs failed · %5 replies received, %6 waiting for their SMS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record %1 created in the org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No SMS record: given up after %n attempt(s): %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>SMS record not created yet (%n attempt(s)%1); the engine fetches the message again from the provider and retries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Incoming message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received %1 at gateway %2 through %3, %n segment(s). Sender hash: %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relay::ui::DemoSession</name>
    <message>
        <source>Demo client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Demo pull from the sandbox: %n record(s) in %1 pages</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Demo client org</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::FilterBar</name>
    <message>
        <source>C&amp;lear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Relay Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Workspace locked&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;No workspace yet&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace at %1 is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an encrypted workspace at %1 to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay Audit — Demo workspace (passphrase: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Relay Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key: %2 · schema %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay Audit User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::NewPullDialog</name>
    <message>
        <source>&amp;Start pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Provider Pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulls the provider&apos;s message records for UTC days into the encrypted cache: sending gateway, segments, statuses, ids, campaign and brand. Bodies and recipients are never kept. The pull deletes itself 7 days after it completes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio (Messages API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio (BulkExport day files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx (detail records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sending gateways; or e.g. +15550100001, 88512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Acme Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last day (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sending gateways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (demo, on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Twilio Account SID (AC followed by 32 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sending gateway (a number such as +15550100001, a short code, whatsapp:+… or an alphanumeric sender id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials for %1 in the keychain (%2). Add them in File &gt; Provider Credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1 complete: %2 records, %3 segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1 cancelled. Resume it here or from the pulls list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1 stopped; what it stored so far stays, and it can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AC followed by 32 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank for all sending gateways, or numbers, short codes and sender ids separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull progress details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::PullRunner</name>
    <message>
        <source>a pull is already running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::RecordsModel</name>
    <message>
        <source>(purged)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::ReportsPage</name>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;h2&gt;Reports&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report pulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All live pulls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count segments or messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per UTC day, stacked by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery rate per UTC day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (resumable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Pull…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Report as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals of the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click a chart to copy it as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment-count distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top error codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break&amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole message id, or part of a gateway, service, campaign or brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rec&amp;ords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pull %1: its days and senders, including messages already stored by %n earlier pull(s) of the same account (%2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last day (%1) is before the first (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments by brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages by brand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments by sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages by sending gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages · %2 segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it usually means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pull %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pull %1 and every record it holds now, before its 7 days are up? The purge log keeps only its counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted pull %1 (%n record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Provider Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider reports (*.json *.jsonl *.gz *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio Messages pages (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twilio BulkExport day files (JSON lines, .gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telnyx detail records (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client (for the report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown export format &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage-report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the client report (%1 messages) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 records to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Records as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Client Report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakdown as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 breakdown rows to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Breakdown as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usage reports in the cache, one per row: id, client, provider, account, UTC days, state, records, segments and the time left before it deletes itself. Select one to break it down, or none for every live pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Six charts of the filtered messages; each one&apos;s description reads out its values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error codes of the filtered messages, most frequent first: code, provider, messages, share, meaning and what it usually means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filtered messages grouped by the chosen dimension: each value with its messages, segments and share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filtered message records of the cache, one per row, with the columns of the CSV export; never a body or a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdown views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (import again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled (import again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider usage reports in the encrypted cache. Each pull keeps the sending gateway, segment counts, ids, status timestamps, campaign and brand, never bodies or recipients, and deletes itself 7 days after it was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::RetentionPage</name>
    <message>
        <source>&lt;h2&gt;Retention&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key metadata: salt and key check, no secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; readable by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Signed Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this workspace keeps about a recipient number (looked up by its hash), an SMS record or a provider message, and what it does not keep. Every lookup is in the activity log with the hash or the id, never the number; each user has %1 lookups in %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider message id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number in any spelling; it is hashed, then cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lookup result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending gateways only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store of this kind exists in this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n check(s) pass on the live workspace (%1 ms).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): see the checks marked with a warning.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every check of the retention inventory passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some data is kept where or longer than the policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the checks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Signed Compliance Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1, signed by %2. Check it with &quot;relayaudit-cli retention verify-report&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is made: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) in the delivery log</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SMS record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cached report row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pull %1: %2 from %3, status %4, %5 segment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace has no recipient-hash pepper: it has hashed no number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace &lt;b&gt;%1&lt;/b&gt;, schema version %2. Databases are encrypted with SQLCipher %3 (raw 256-bit key, %4-byte pages, HMAC %5, secure delete %6). Run the checks to prove the retention inventory on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed report (*.json);;PDF, with the signed report beside it (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler users and their free/busy times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n short link(s), %1 of them URL Pro (one per recipient, keyed to the recipient hash). Clicks: %2 written back to Salesforce, %3 pending, %4 failed. Links and their clicks are kept %5 days; a click written back is deleted %6 days after its write. A URL link records no click.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>URL Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Calendar data is kept as busy/free times only: event titles, descriptions, locations, attendees and organisers are dropped while a calendar is read. Bookings keep the guest&apos;s name, email and optional phone with the terms of use both parties agreed to, for %n day(s) after the booking ends.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks of the retention inventory on the live workspace: each check with its result and counts, and its evidence below it when it fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention policy as data, one category per row: whether it is stored, whether it may hold a phone number, how long it is kept; below it, its purpose, policy sentence and where it lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workspace keeps about the number or id looked up, and what it does not keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short links in the link store, one per row: code, mode, domain, created, clicks, SMS record and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorded clicks on URL Pro links, one per row: time, code, IP address, domain, browser, OS, device and the Salesforce write-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheduler&apos;s users, one per row: time zone, working hours, busy intervals kept, next busy time and the terms they agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bookings in the scheduler, one per row: slot, user, guest name, email and phone, and the terms each side agreed to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the workspace, one per row: name, size, file mode and whether it is encrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every page of the workspace database and verify its HMAC, then SQLite&apos;s structural check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Intact: %n page(s) read, every HMAC verified, the structure is sound.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged: %1 of %2 pages fail their HMAC; %3 structural problem(s). Restore the workspace from a backup, or re-create it and pull again.
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page check result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::SendTestDialog</name>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Test Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs one message through the send path: validation, segment count, recipient hash, submit, delivery log. The number and the text are kept nowhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 202 555 0143, or whatsapp:+…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS &amp;record id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted as %1 (%2). Its statuses arrive in the Deliveries log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n segment(s) · %2 units</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>UCS-2 because of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) cost two</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting… (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to send to; it is cleared when the message is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message; it is cleared when the message is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted (%1), but the provider&apos;s answer was lost: the message id arrives with its first status callback.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Relay Audit starts. Keys and passphrases are never stored in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
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
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messaging engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://relay.example.com/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public address where &quot;relayaudit-cli engine serve&quot; takes the providers&apos; status callbacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status &amp;callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank: api.twilio.com and api.telnyx.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider &amp;API base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an http:// or https:// address, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>relay::ui::UnlockDialog</name>
    <message>
        <source>Unlock Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace at &lt;b&gt;%1&lt;/b&gt; is encrypted. Enter its passphrase to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an encrypted workspace at &lt;b&gt;%1&lt;/b&gt;. Everything Relay Audit keeps is stored there, encrypted with SQLCipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a random key kept in the system &amp;keychain instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
