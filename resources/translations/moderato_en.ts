<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Moderato needs an account to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedSecretSource</name>
    <message>
        <source>No client secret was given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>a user to invite needs an object id, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form (+14255550123)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>see the roster, remove and mute participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite people into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search the directory in the invite dialog (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::AboutDialog</name>
    <message>
        <source>About Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console for moderators of Microsoft Teams calls: see who is in the call, remove and mute participants, invite people and follow their invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::AccountDialog</name>
    <message numerus="yes">
        <source>Signed in, but the app lacks %n permission(s): %1. Grant them (admin consent) in the app registration.</source>
        <translation>
            <numerusform>Signed in, but the app lacks %n permission: %1. Grant it (admin consent) in the app registration.</numerusform>
            <numerusform>Signed in, but the app lacks %n permissions: %1. Grant them (admin consent) in the app registration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global (worldwide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (tenant) id or contoso.onmicrosoft.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (where Graph posts the meeting&apos;s events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining a meeting needs an https address that Graph can reach: the bot&apos;s calling endpoint (or a relay or tunnel to Moderato).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection and permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the application permissions %1 (people search: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing participants also needs this line, run once by a Teams administrator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret will be stored in the desktop keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret stored yet; it will be kept in the desktop keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato keeps the client secret only in the keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant is a directory id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id is the application&apos;s id, a GUID such as 11111111-2222-3333-4444-555555555555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback address must be an https URL, such as https://bot.contoso.com/api/calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. The app has every permission Moderato needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: a secret could not be stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::ActionOutcome</name>
    <message>
        <source>%1 was removed from the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the invitation to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not invite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::ActionReport</name>
    <message numerus="yes">
        <source>%n people were removed from the call:</source>
        <translation>
            <numerusform>%n person was removed from the call:</numerusform>
            <numerusform>%n people were removed from the call:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations were cancelled:</source>
        <translation>
            <numerusform>%n invitation was cancelled:</numerusform>
            <numerusform>%n invitations were cancelled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are being called:</source>
        <translation>
            <numerusform>%n person is being called:</numerusform>
            <numerusform>%n people are being called:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people were muted:</source>
        <translation>
            <numerusform>%n person was muted:</numerusform>
            <numerusform>%n people were muted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::ActionTargets</name>
    <message>
        <source>%1 is Moderato&apos;s own participant: removing it would end Moderato&apos;s access to the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Moderato&apos;s own participant and is never muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is Moderato&apos;s own participant in this call, not an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action on %1 is still in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has left the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the call, not invited: remove them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the invitation: remove them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has not been read yet, so Moderato cannot tell whether %1 is an invitation or a person in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not answered yet: cancel the invitation instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not joined the call yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster has not been read yet, so Moderato cannot check that %1 is in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogDetails</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who (id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogFilterBar</name>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names, ids, messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
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
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogWindow</name>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%1 of %n entry shown.</numerusform>
            <numerusform>%1 of %n entries shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped: %1.</source>
        <translation>
            <numerusform>%n damaged line skipped: %1.</numerusform>
            <numerusform>%n damaged lines skipped: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moderation action recorded yet (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::BatchRequest</name>
    <message>
        <source>the batch answer has no &quot;responses&quot; array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch answer contains an item without id or status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::BatchRunner</name>
    <message>
        <source>the key &quot;%1&quot; is empty or used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item&apos;s URL must start with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the batch answer left this item out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::CallHeader</name>
    <message numerus="yes">
        <source>Rate limited — retrying in %n s</source>
        <translation>
            <numerusform>Rate limited — retrying in %n s</numerusform>
            <numerusform>Rate limited — retrying in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the call</source>
        <translation>
            <numerusform>%n in the call</numerusform>
            <numerusform>%n in the call</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the lobby</source>
        <translation>
            <numerusform>%n in the lobby</numerusform>
            <numerusform>%n in the lobby</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n invited</numerusform>
            <numerusform>%n invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ in the call</source>
        <comment>at least this many</comment>
        <translation>
            <numerusform>%n+ in the call</numerusform>
            <numerusform>%n+ in the call</numerusform>
        </translation>
    </message>
    <message>
        <source>incoming</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being transferred</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended</source>
        <comment>call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited — retrying now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the people waiting in the lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the invitations still ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a meeting with Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>call id · call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · notifications on</source>
        <comment>call id and state · notifications</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show everyone. Graph lists at most 100 people: there may be more in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::CallLeg</name>
    <message>
        <source>Graph ended the call before Moderato got in: the meeting ID or passcode may be wrong, the meeting may not exist, or nobody let Moderato in. Check the link or the meeting ID and passcode, and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You left the meeting: Moderato&apos;s bot hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting had already ended for Moderato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is still in the meeting: Graph refused the hang-up. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has ended for Moderato: Graph no longer knows this call (or its id is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph ended the call because nothing kept it alive for 45 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone in the meeting removed Moderato&apos;s bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has ended for Moderato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph needs a callback address to join: an https URL that reaches Moderato. Set it in the account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting belongs to another organisation than the app&apos;s tenant: Moderato can only join meetings of its own tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came for the join: Moderato may have joined without knowing the call. Check the meeting before joining again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody let Moderato in from the lobby in time. Ask the organiser to admit it, then join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not let Moderato in: the passcode may be wrong. Check it and join again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph could not find the meeting: check the link or the meeting id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph ended the join.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::CallSession</name>
    <message>
        <source>Notifications skipped a change to the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster is read every few seconds again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster differed from what notifications had said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came for the invitation; Moderato is checking the roster before anything is sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already left the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation to %1 is ringing in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant does not allow this application to remove participants. A Teams administrator can allow it with this PowerShell line:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::CloudEndpoints</name>
    <message>
        <source>&quot;%1&quot; is not a complete URL (like https://graph.microsoft.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http to a host that is not this computer; tokens would cross the network unencrypted. Use https (plain http is only allowed for 127.0.0.1, ::1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::CommsNotification</name>
    <message>
        <source>a notification without a known changeType</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification about something other than a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a call notification without the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a roster notification without participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification about %1, which Moderato does not follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is larger than Moderato reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification is not a commsNotifications body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry that is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::CredentialError</name>
    <message>
        <source>No client secret is stored for this account (or the keyring is locked). Sign in with the secret once to store it, or unlock the login keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and start gnome-keyring (or KWallet) in your desktop session, then open this dialog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and start gnome-keyring (or KWallet) in your desktop session, or give the secret with --secret-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock the login keyring (or accept the unlock prompt) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no default keyring. Create one (for example the &quot;login&quot; keyring in Passwords and Keys / Seahorse) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to Moderato&apos;s secret. Allow access in the keychain&apos;s prompt or settings and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::FindUserRequest</name>
    <message>
        <source>nothing to look up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::GetCallRequest</name>
    <message>
        <source>the answer is not a call (it has no id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::GetOperationRequest</name>
    <message>
        <source>the answer is not an operation (it has no status)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::GetParticipantRequest</name>
    <message>
        <source>the answer is not a participant (it has no id)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::GraphError</name>
    <message numerus="yes">
        <source>Microsoft Graph is limiting the app&apos;s requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph is limiting the app&apos;s requests. Try again in %n second.</numerusform>
            <numerusform>Microsoft Graph is limiting the app&apos;s requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is busy or limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph is busy or limiting requests. Try again in %n second.</numerusform>
            <numerusform>Microsoft Graph is busy or limiting requests. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach Microsoft Graph. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether it took effect. Check the roster before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer Moderato could not read. Try again; if it keeps happening, report the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to Microsoft Entra ID failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent because it was incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph did not accept the app&apos;s sign-in. Sign in again; if it keeps happening, check the tenant and the app&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not registered as a calling bot (7503): in its Azure Bot resource, turn on calling on the Microsoft Teams channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lacks the permission %1. A tenant administrator must grant it and give admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not allowed to do this. Check that it has the needed application permissions with admin consent, and that it is in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting has ended for Moderato: Graph no longer knows this call (or its id is wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the call has ended or the participant has already left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph is limiting the app&apos;s requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph is busy or limiting requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph had a problem of its own (HTTP %1). Try again shortly; if it keeps happening, report the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::GraphRequest</name>
    <message>
        <source>an identifier in the request path is empty or not valid (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request path is not valid (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was cut off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected redirect (HTTP %1) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2; Content-Type %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next-page link %1 does not lead to the same Graph root; it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::GroupActionDialog</name>
    <message numerus="yes">
        <source>Remove %n People</source>
        <translation>
            <numerusform>Remove %n Person</numerusform>
            <numerusform>Remove %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mute %n People</source>
        <translation>
            <numerusform>Mute %n Person</numerusform>
            <numerusform>Mute %n People</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticked.</source>
        <translation>
            <numerusform>%1 of %n ticked.</numerusform>
            <numerusform>%1 of %n ticked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove a Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute a Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone the roster&apos;s filter shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who is one of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato&apos;s own participant and the organiser are never included. Untick anyone to leave them out; people who join after this list was made are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the call matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::IdentityPresentation</name>
    <message>
        <source>External user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member (on-premises)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest (Communication Services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (resource account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user from another organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user of your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous guest who joined with a name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest who joined through Azure Communication Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who dialled in or was called by phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app or bot in the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identity the service does not reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting room or other device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service did not say who this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of media</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::Invitation</name>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Didn&apos;t answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::InvitationModel</name>
    <message numerus="yes">
        <source>Nobody joined within %n seconds; Graph sent no answer Moderato could read.</source>
        <translation>
            <numerusform>Nobody joined within %n second; Graph sent no answer Moderato could read.</numerusform>
            <numerusform>Nobody joined within %n seconds; Graph sent no answer Moderato could read.</numerusform>
        </translation>
    </message>
    <message>
        <source>from the invite request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from Graph&apos;s notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing — %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::InvitationsDock</name>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop ringing the selected invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected invitations again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::InviteDialog</name>
    <message numerus="yes">
        <source>%n found; tick the people to invite.</source>
        <translation>
            <numerusform>%n found; tick the people to invite.</numerusform>
            <numerusform>%n found; tick the people to invite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitations…</source>
        <translation>
            <numerusform>Sending %n invitation…</numerusform>
            <numerusform>Sending %n invitations…</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory search is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results; tick the people to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People without an account join with the meeting link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Meeting Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph did not give this call&apos;s meeting link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14255550123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object id or name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name — user principal name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app may not search the directory: it lacks the User.Read.All permission. Add people by object id, email address or phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the directory “%1” cannot be invited: type the object id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up “%1” in the directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look up “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the directory has the sign-in name or email address “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” matches several people: pick the right one from the search results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be sent: no call is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::InviteParticipantsRequest</name>
    <message>
        <source>nobody to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 people can be invited in one request, not %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::InviteeEntry</name>
    <message numerus="yes">
        <source>%n people will be called, each with an invitation of their own.</source>
        <translation>
            <numerusform>%n person will be called, with an invitation of their own.</numerusform>
            <numerusform>%n people will be called, each with an invitation of their own.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type an object id or a user principal name (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither an object id nor a user principal name (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number in international format: + country code and number, e.g. +14255550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::JoinDialog</name>
    <message>
        <source>%1 — %2</source>
        <comment>meeting — when</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the meeting link, or the invitation with its meeting ID and passcode, or a Graph call id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://teams.microsoft.com/l/meetup-join/…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent meetings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining a meeting needs a callback address (https) that Graph can reach: set it in Account… first. A Graph call id can be opened without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::JoinMeetingRequest</name>
    <message>
        <source>joining needs an https callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining needs a meeting thread and organizer, or a meeting id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer names no call id (no id and no Location)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::JoinTarget</name>
    <message numerus="yes">
        <source>A Teams meeting ID has 9 to 15 digits, this one has %n: copy it again from the invitation, or paste the whole join link.</source>
        <translation>
            <numerusform>A Teams meeting ID has 9 to 15 digits, this one has %n digit: copy it again from the invitation, or paste the whole join link.</numerusform>
            <numerusform>A Teams meeting ID has 9 to 15 digits, this one has %n digits: copy it again from the invitation, or paste the whole join link.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation&apos;s &quot;Meeting ID:&quot; line is empty: copy the meeting ID with it, or paste the whole join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Teams meeting ID has only digits (like 123 456 789 012): copy it again, or paste the whole join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation&apos;s &quot;Passcode:&quot; line is empty: copy the passcode with the meeting ID, or paste the whole join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Teams passcode is up to 20 letters and digits, this one is not: copy it again, or paste the whole join link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link does not name a meeting thread (19:…@thread.v2): copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link is damaged after the meeting thread: copy the whole link again from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link is cut off before its context, which names the organiser and tenant: copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link&apos;s context is cut off or damaged: copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link&apos;s context lacks the organiser or tenant (Oid, Tid): copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link&apos;s organiser or tenant is not an id (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the whole link again from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams /meet/ link has no meeting number: copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passcode in this Teams link (p=…) is not up to 20 letters and digits: copy the whole link again, or paste the meeting ID and passcode from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is wrapped in too many other links: paste the join link from the original invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link does not say where it leads (it has no url=…): paste the join link from the original invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be read: copy the join link again from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meeting links start with https://, this one with %1: copy the join link again from the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a meeting of Teams for personal use (teams.live.com), which an organisation&apos;s bot cannot join: ask for a meeting organised with a work or school account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a link to %1, not to a Teams meeting: paste the meeting&apos;s join link (https://teams.microsoft.com/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Teams link is not a meeting join link: paste the link behind &quot;Join the meeting now&quot; in the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a script, not a link: paste the meeting&apos;s join link (https://teams.microsoft.com/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting&apos;s thread id (19:…@thread.v2) is not enough to join it, Moderato also needs its organiser and tenant: paste the whole join link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato found no Teams meeting here: paste the meeting&apos;s join link, the meeting ID and passcode from the invitation, or a Graph call id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long (%1 characters, at most %2 are read): paste only the join link, or the meeting ID and passcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Teams meeting link, a meeting ID with its passcode, or a Graph call id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams meeting, organiser&apos;s tenant %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ID %1, no passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ID %1 with its passcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph call %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::ListParticipantsRequest</name>
    <message>
        <source>the answer has no participant list (&quot;value&quot; is not an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant list contains something that is not a participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::LocalListener</name>
    <message>
        <source>The public address must be an https:// address, such as the one your tunnel gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening for Graph&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::MainWindow</name>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::MeetingPresence</name>
    <message numerus="yes">
        <source>%n invitation(s) still ringing there will no longer be followed here.</source>
        <translation>
            <numerusform>%n invitation still ringing there will no longer be followed here.</numerusform>
            <numerusform>%n invitations still ringing there will no longer be followed here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Don&apos;t ask again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato is still leaving the meeting; join the next one when it has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato is already in this meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is in the meeting it joined. Leave that meeting before joining the next one, or keep the bot in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is in “%1”. Leave that meeting before joining the next one, or keep the bot in it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Another Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave and Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Bot In and Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the meeting? Moderato&apos;s bot hangs up; the meeting goes on for everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is in the meeting it joined. Leave the meeting, or keep the bot in it after Moderato quits?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the Bot In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::NotificationHookup</name>
    <message>
        <source>The relay&apos;s key is not in the keychain: enter it in Account….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato is closing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::NotificationPathTest</name>
    <message>
        <source>Notifications are off: choose the relay or your own address first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener could not open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test request did not come back within the time allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listener did not open in time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph can reach Moderato: a test request to %1 came back to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another listener answered the test request to %1: each moderator&apos;s computer needs its own hybrid connection (or tunnel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test request to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test request to %1 was answered with HTTP %2 instead of reaching Moderato.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::NotificationReceiver</name>
    <message numerus="yes">
        <source>%n notification(s) refused.</source>
        <translation>
            <numerusform>%n notification refused.</numerusform>
            <numerusform>%n notifications refused.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another listener shares this hybrid connection: each moderator&apos;s machine needs its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request to another address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::NotificationSettings</name>
    <message>
        <source>The relay namespace is a host name, like contoso-moderato.servicebus.windows.net.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hybrid connection is a name of letters, digits, dots, dashes and underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay needs the name of a shared access policy with Listen rights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph posts only to https: the public address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the local port that your tunnel or proxy forwards to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s address must be wss:// (ws:// only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID configuration address must be https (http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::NotificationTokenVerifier</name>
    <message>
        <source>The notification has no bearer token in its Authorization header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no signing keys to check the token with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not signed (its algorithm is &quot;none&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not signed with RS256, the only algorithm Graph uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s type is not JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token requires header extensions Moderato does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not say which key signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not issued by the Bot Framework (https://api.botframework.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is meant for another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no valid expiry time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s start time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was signed with a key Graph does not publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s signature does not match Graph&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::NotificationsBox</name>
    <message>
        <source>Graph&apos;s notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off — read the roster every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Azure Relay hybrid connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My own https address (tunnel or proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contoso-moderato.servicebus.windows.net/moderato-adele</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shared access policy with Listen rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy&apos;s key (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hybrid connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://moderato-adele.eu.devtunnels.ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the listener and sends a request to the public address: it must come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the listener and sending a test request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without notifications Moderato sees at most 100 people of a meeting and learns how an invitation ended only from the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato connects out to the relay; nothing listens on this computer. Each moderator&apos;s computer needs its own hybrid connection: the relay hands each notification to one listener only. Turn client authorization off on it — Moderato checks Graph&apos;s signature instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato listens on this computer&apos;s loopback port; your tunnel or reverse proxy must forward the public https address to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hybrid connection as NAMESPACE/NAME, e.g. contoso-moderato.servicebus.windows.net/moderato-adele.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the relay&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::OpenIdKeyCache</name>
    <message>
        <source>The OpenID configuration address must be https (plain http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the %1 took too long or its answer was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be fetched: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be fetched (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID configuration is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID configuration has no jwks_uri, or one that is not https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenID configuration does not list RS256 among its signing algorithms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key set is not a JSON object with a &quot;keys&quot; array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key set has no usable RSA key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::Participant</name>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::ParticipantModel</name>
    <message>
        <source>External (%1…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing — %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication Services user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screen sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato — this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::ParticipantRule</name>
    <message>
        <source>anonymous guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people of other organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone dial-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everyone waiting in the lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other applications and bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of participant; use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one kind of participant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::RelayListener</name>
    <message>
        <source>Cannot reach the relay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay namespace is missing or not a host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hybrid connection&apos;s name is missing or not a plain path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s key name or key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay address must be a wss:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unencrypted ws:// relay address is allowed only on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening for Graph&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the relay %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay %1 refused the key named &apos;%2&apos;: check the key name and the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key named &apos;%2&apos; may not listen on %1: it needs the Listen right there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay %1 has no hybrid connection named &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to the relay lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::RosterActions</name>
    <message>
        <source>&amp;Remove from Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participants from the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop ringing the selected invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute the selected participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a &amp;Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everyone the filter shows, or everyone of some kinds, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute a Gro&amp;up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute everyone the filter shows, or everyone of some kinds, after a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove or Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected participants and cancel the selected invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people to the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the roster now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a meeting from its link, its invitation or a call id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave Meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up Moderato&apos;s bot; the meeting goes on for everyone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Participant &amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected participant&apos;s id to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to filter the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the account Moderato signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every moderation action of every call, with filters and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Moderato</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::RosterFilterModel</name>
    <message>
        <source>Moderato — this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Moderato is in this call: never removed or muted from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::RosterSelection</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participants will be removed from the call:</source>
        <translation>
            <numerusform>%n participant will be removed from the call:</numerusform>
            <numerusform>%n participants will be removed from the call:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations will be cancelled:</source>
        <translation>
            <numerusform>%n invitation will be cancelled:</numerusform>
            <numerusform>%n invitations will be cancelled:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants from the call?</source>
        <translation>
            <numerusform>Remove %n participant from the call?</numerusform>
            <numerusform>Remove %n participants from the call?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitations?</source>
        <translation>
            <numerusform>Cancel %n invitation?</numerusform>
            <numerusform>Cancel %n invitations?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants and cancel invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the call?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the invitation to %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel invitations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::RosterView</name>
    <message>
        <source>Filter by name, address or id (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people waiting in the lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests and external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only guests and users from other organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only muted participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only invitations still ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing — 59 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is in the call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::SearchUsersRequest</name>
    <message>
        <source>nothing to search for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no user list (&quot;value&quot; is not an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user list contains an entry without an id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::SessionBanners</name>
    <message numerus="yes">
        <source>… and %n more that did not go through.</source>
        <translation>
            <numerusform>… and %n more that did not go through.</numerusform>
            <numerusform>… and %n more that did not go through.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph lists only the first %n people, and notifications have not told the rest yet: the roster may be incomplete.</source>
        <translation>
            <numerusform>Graph lists only the first %n person, and notifications have not told the rest yet: the roster may be incomplete.</numerusform>
            <numerusform>Graph lists only the first %n people, and notifications have not told the rest yet: the roster may be incomplete.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph lists only the first %n people: the roster may be incomplete. Turn on notifications (Account…) to see everyone.</source>
        <translation>
            <numerusform>Graph lists only the first %n person: the roster may be incomplete. Turn on notifications (Account…) to see everyone.</numerusform>
            <numerusform>Graph lists only the first %n people: the roster may be incomplete. Turn on notifications (Account…) to see everyone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The roster could not be refreshed; it shows the state of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Graph asked Moderato to slow down. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting in the lobby — ask the organiser to admit Moderato&apos;s bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato could not tell Graph that it is still in the call; it tries again in half a minute. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderato cannot hear Graph&apos;s notifications: %1 The roster is read every few seconds meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Command</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::TokenProvider</name>
    <message>
        <source>Sign-in failed: the client secret is wrong. Copy the secret&apos;s Value (not its Secret ID) from the app registration&apos;s Certificates &amp; secrets page and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret has expired. Create a new secret in the app registration and sign in again with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: application %1 was not found in tenant %2. Check the client ID and the tenant, and that an administrator has consented to the app in that tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: tenant %1 was not found. Check the tenant ID — and the cloud: a tenant of a national cloud (US Government, China) is unknown to the global sign-in service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: tenant %1 belongs to another national cloud. Choose that cloud in the account settings (or with --cloud on the command line) and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the scope %1 is not valid for this sign-in service. Check that the cloud and the Graph URL belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed with error AADSTS%1. See https://login.microsoftonline.com/error?code=%1 for its meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service at %1 answered HTTP %2 with something that is not a sign-in answer. Check the sign-in URL and the network (a proxy or portal page?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the client ID or secret was not accepted. Check both and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service is temporarily unavailable. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: &quot;%1&quot; is not a tenant ID (a GUID) or a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: &quot;%1&quot; is not an application (client) ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: could not reach the sign-in service at %1 (%2). Check the network connection and the sign-in URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service at %1 answered without a usable bearer token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::cli::CliText</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>watching %n participant(s)</source>
        <translation>
            <numerusform>watching %n participant</numerusform>
            <numerusform>watching %n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the call when the watch ended</source>
        <translation>
            <numerusform>%n in the call when the watch ended</numerusform>
            <numerusform>%n in the call when the watch ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n in the call when the watch ended</source>
        <translation>
            <numerusform>at least %n in the call when the watch ended</numerusform>
            <numerusform>at least %n in the call when the watch ended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n damaged line(s) in %1: line(s) %2</source>
        <translation>
            <numerusform>Skipped %n damaged line in %1: line %2</numerusform>
            <numerusform>Skipped %n damaged lines in %1: lines %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match (%1) and would be removed:</source>
        <translation>
            <numerusform>%n person matches (%1) and would be removed:</numerusform>
            <numerusform>%n people match (%1) and would be removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match (%1) and would be muted:</source>
        <translation>
            <numerusform>%n person matches (%1) and would be muted:</numerusform>
            <numerusform>%n people match (%1) and would be muted:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people?</source>
        <translation>
            <numerusform>Remove this person?</numerusform>
            <numerusform>Remove these %n people?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mute these %n people?</source>
        <translation>
            <numerusform>Mute this person?</numerusform>
            <numerusform>Mute these %n people?</numerusform>
        </translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s key is stored in the keychain; Moderato listens on %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay-key-stdin needs the relay: give --relay NAMESPACE/NAME and --relay-key-name NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No relay key was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: the client secret is stored in the keychain and works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the client secret was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audit log at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moderation action matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moderation actions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 date or date and time, like 2024-05-01 or 2024-05-01T14:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --csv or --json, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not remove, cancel, invite or mute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not done, failed, alreadyGone, unknown, notInCall or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service returned exactly 100 participants without a next page: the list may be incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate Microsoft Teams calls from scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the service refused, 2 usage error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;moderato-cli COMMAND --help&apos; for a command&apos;s arguments and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The global options that &apos;moderato-cli --help&apos; lists can be given too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an option of a command: give it after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no option %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given (%1); &apos;moderato-cli --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: &apos;moderato-cli --help&apos; lists the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An id that is not in the call is not an error (exit 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call id, as join prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant ids, as participants and invite print them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of ids: everyone in the call of these kinds, read from the roster once (Moderato&apos;s own participant and the organiser are never included): guest, external, phone, lobby, app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --where: list who would be affected and send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --where: act on more than five people without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The national cloud (default: the saved one, else global).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Graph root (https, or http on loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login root (https, or http on loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant id (default: the saved one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application (client) id (default: the saved one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret from standard input, not from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The https address Graph posts the call&apos;s events to, for join and watch (default: where Moderato listens, else the saved one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll only: do not listen for Graph&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear notifications through this Azure Relay hybrid connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its shared access policy with the Listen right. The key comes from the keychain, or with --secret-stdin from the second line of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relay&apos;s network address (wss://, or ws:// on loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear notifications on this local port; --callback-url is the public https address that reaches it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph&apos;s OpenID configuration (https, or http on loopback only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; with a command, the command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the client secret in the keychain and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the client secret (from a prompt without echo, or from standard input), check it by getting a token and store it in the keychain, with the account in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the relay&apos;s key from standard input (and the --relay settings) instead; with --secret-stdin too, the secret is the first line and the key the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the stored client secret from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the call&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the call&apos;s roster. Moderato&apos;s own participant is marked &quot;this app&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the roster as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participants from the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove participants from the call. Each id is checked against the roster first: an id that is not in the call is refused (exit 1), and nothing is sent for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people, one invitation each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people, one invitation each, and print the participant ids used. Give at least one --user or --phone; Graph cannot invite guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite this user: an object id, or a sign-in name or email address that is looked up in the directory first (User.Read.All). Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite this phone number. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow each invitation to its end, at most this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the invitations as JSON; with --wait each has an outcome: connected, declined, busy, noAnswer, unreachable, cancelled, failed or unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ringing invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel ringing invitations, by the participant ids invite printed. Someone already in the call is refused: use remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute participants in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print each join, leave and change in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one line per join, leave and change; keeps the call alive. Given a meeting, joins it first and, with notifications set up, sees past the 100 people a roster read returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call id, or a meeting link or invitation text to join first (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: when interrupted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per line (joined, left, changed, call, warning) and a last summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a meeting and print its call id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join a meeting as Moderato&apos;s calling bot, wait until the call is established and print only its call id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting link, the invitation text with its meeting ID and passcode, or a Graph call id (quote it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at most this long for the call to be established (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print {&quot;callId&quot;, &quot;state&quot;, &quot;subject&quot;, &quot;joinedBy&quot;} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up Moderato&apos;s bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up Moderato&apos;s bot: the meeting goes on for everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the moderation actions taken, from the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the audit log: who was removed, muted, invited or had an invitation cancelled, in which call, with the outcome and Graph&apos;s request id. It is read from this computer; no sign-in is needed. A damaged line is skipped with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this call&apos;s actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions at or after this time: an ISO 8601 date or date and time, local time unless it gives an offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only actions at or before this time; a date alone includes the whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this action: remove, cancel, invite or mute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this outcome: done, failed, alreadyGone, unknown, notInCall or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8) for a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object per line, as the log holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read this audit log instead of the user&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, dod or china.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account: give --tenant and --client-id (login saves them for later commands).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not listening for notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1 as participant %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): still ringing after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting in the lobby: ask the organiser to admit the bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still waiting in the lobby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not established yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 s the call is %2 (call id %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joining needs a callback URL: give --callback-url https://… (or set one in the account settings). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the callback URL must be an https address (%1). Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left call %1: Moderato&apos;s bot hung up; the meeting goes on for everyone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 had already ended for Moderato.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay is NAMESPACE/HYBRID_CONNECTION, e.g. contoso-moderato.servicebus.windows.net/moderato, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--relay and --listen are two ways to hear notifications: give one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen is HOST:PORT, e.g. 127.0.0.1:8443, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--listen needs --callback-url: the public https address that reaches the port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph cannot invite a guest: someone without an account joins with the meeting link. Invite users (--user) and phone numbers (--phone) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form, like +14255550123.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--callback-url must be an https address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (quote the whole link or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a call id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give participant ids or --where, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dry-run and --yes go with --where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one participant id, or --where.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant id (a GUID such as 0d7664b6-6432-43c3-a0a2-e9ddf1ec3da9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite needs at least one --user or --phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The roster could not be read, so nobody was chosen and nothing was sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster may be incomplete (Graph lists at most 100 people); people beyond it are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;external&quot; needs the tenant&apos;s id (a GUID) as --tenant, not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the call matches (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 people match: add --yes to act on them all, or --dry-run to only see who.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not look up &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 users in the directory; give the object id instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody in the directory has the sign-in name or email address &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1 (%2) %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roster is stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin: standard input was empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato::main</name>
    <message>
        <source>Start against an embedded simulator with a lively meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the call with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the main window as a PNG once the roster has loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this language (e.g. de, en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate Microsoft Teams calls from the desktop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
