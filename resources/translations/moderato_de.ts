<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>a user to invite needs an object id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form (+14255550123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guest needs a display name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>moderato</name>
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
        <source>Sign-in failed: tenant %1 belongs to another national cloud. Choose that cloud (--cloud) and sign in again.</source>
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
        <source>The invitation had already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already left the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant does not allow this application to remove participants. A Teams administrator can allow it with this PowerShell line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
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
        <source>No answer</source>
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
    <message numerus="yes">
        <source>Signed in, but the app lacks %n permission(s): %1. Grant them (admin consent) in the app registration.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was saved: the secret could not be stored in the keychain.</source>
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
        <source>an identifier is empty or not valid (&quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>Rate limited — retrying now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — retrying in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No call open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a call with Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>call id · call state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in the call</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the lobby</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
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
    <name>moderato::CallSession</name>
    <message>
        <source>No answer came for the invitation; Moderato is checking the roster before anything is sent again.</source>
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
    <name>moderato::CredentialError</name>
    <message>
        <source>No client secret is stored for this account. Sign in with the secret once to store it.</source>
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
        <source>The app lacks the permission %1. A tenant administrator must grant it and give admin consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is not allowed to do this. Check that it has the needed application permissions with admin consent, and that it is in the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: the call has ended or the participant has already left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is limiting the app&apos;s requests. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is limiting the app&apos;s requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is busy or limiting requests. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>moderato::InvitationModel</name>
    <message>
        <source>from the invite request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the operation</source>
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
        <source>Connected</source>
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
        <source>Guest</source>
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
        <source>+14255550123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s name</source>
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
    <message numerus="yes">
        <source>%n found; tick the people to invite.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This app may not search the directory: it lacks the User.Read.All permission. Add people by object id, email address, phone number or as guests instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations could not be sent: no call is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitations…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not invite %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not invite %1: %2</source>
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
        <source>Type the guest&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sends 1 invitation request for %n people.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sends %n invitation requests (up to 5 people each).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moderato::JoinMeetingRequest</name>
    <message>
        <source>a Teams join link starts with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link is not a Teams meeting join link (no /meetup-join/ part)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link does not name a meeting thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link lacks the organizer and tenant (its context part)</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>The roster could not be refreshed; it shows the state of %1.</source>
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
    <message numerus="yes">
        <source>The service returned %n entries without a link to more: the roster may be incomplete.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected people left or changed state meanwhile and were skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
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
    <message>
        <source>A tenant administrator has to allow this app to remove participants, once, in PowerShell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Command</source>
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
</context>
<context>
    <name>moderato::OpenCallDialog</name>
    <message>
        <source>Open Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 491f0b00-ffff-4bc9-a43e-b226498ec22a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app must already be in the call: Graph has no list of calls, so the id comes from the bot that joined or from your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call id has only letters, digits and dashes.</source>
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
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
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
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited — ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited — ringing for %1 s</source>
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
        <source>Person</source>
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
        <source>&amp;Open Call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a call by its id</source>
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
    <name>moderato::RosterSelection</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants and cancel invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n participants will be removed from the call:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations will be cancelled:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Remove %n participants from the call?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Cancel %n invitations?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>Roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited — ringing for 59 s</source>
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
    <name>moderato::TokenProvider</name>
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
</TS>
