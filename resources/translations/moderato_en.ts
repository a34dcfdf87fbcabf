<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>moderato::AccountDialog</name>
    <message numerus="yes">
        <source>Signed in, but the app lacks %n permission(s): %1. Grant them (admin consent) in the app registration.</source>
        <translation>
            <numerusform>Signed in, but the app lacks %n permission: %1. Grant it (admin consent) in the app registration.</numerusform>
            <numerusform>Signed in, but the app lacks %n permissions: %1. Grant them (admin consent) in the app registration.</numerusform>
        </translation>
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
</context>
<context>
    <name>moderato::HoldMusic</name>
    <message numerus="yes">
        <source>Graph accepted the request to put %1 on hold but has not confirmed it within %n seconds.</source>
        <translation>
            <numerusform>Graph accepted the request to put %1 on hold but has not confirmed it within %n second.</numerusform>
            <numerusform>Graph accepted the request to put %1 on hold but has not confirmed it within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph accepted the request to bring %1 back from hold but has not confirmed it within %n seconds.</source>
        <translation>
            <numerusform>Graph accepted the request to bring %1 back from hold but has not confirmed it within %n second.</numerusform>
            <numerusform>Graph accepted the request to bring %1 back from hold but has not confirmed it within %n seconds.</numerusform>
        </translation>
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
</context>
</TS>
