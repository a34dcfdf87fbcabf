<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Moderato needs an account to sign in with.</source>
        <translation>Moderato braucht ein Konto, mit dem es sich anmelden kann.</translation>
    </message>
</context>
<context>
    <name>FixedSecretSource</name>
    <message>
        <source>No client secret was given.</source>
        <translation>Es wurde kein geheimer Clientschlüssel angegeben.</translation>
    </message>
</context>
<context>
    <name>Invitee</name>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form (+14255550123)</source>
        <translation>„%1“ ist keine Telefonnummer im E.164-Format (+14255550123)</translation>
    </message>
    <message>
        <source>a user to invite needs an object id, not &quot;%1&quot;</source>
        <translation>ein einzuladender Benutzer braucht eine Objekt-ID, nicht „%1“</translation>
    </message>
    <message>
        <source>a user&apos;s tenant must be a tenant id, not &quot;%1&quot;</source>
        <translation>der Mandant eines Benutzers muss eine Mandanten-ID sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>see the roster, remove and mute participants</source>
        <translation>die Teilnehmerliste sehen, Teilnehmer entfernen und stummschalten</translation>
    </message>
    <message>
        <source>invite people into the call</source>
        <translation>Personen in den Anruf einladen</translation>
    </message>
    <message>
        <source>search the directory in the invite dialog (optional)</source>
        <translation>im Einladungsdialog das Verzeichnis durchsuchen (optional)</translation>
    </message>
</context>
<context>
    <name>moderato::AboutDialog</name>
    <message>
        <source>About Moderato</source>
        <translation>Über Moderato</translation>
    </message>
    <message>
        <source>Moderato %1</source>
        <translation>Moderato %1</translation>
    </message>
    <message>
        <source>A console for moderators of Microsoft Teams calls: see who is in the call, remove and mute participants, invite people and follow their invitations.</source>
        <translation>Eine Konsole für Moderatoren von Microsoft-Teams-Anrufen: sehen, wer im Anruf ist, Teilnehmer entfernen und stummschalten, Personen einladen und ihre Einladungen verfolgen.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Veröffentlicht unter der MIT-Lizenz.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Erstellt mit Qt %1.</translation>
    </message>
</context>
<context>
    <name>moderato::AccountDialog</name>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Global (worldwide)</source>
        <translation>Global (weltweit)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>US-Regierung (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>US-Regierung (DoD)</translation>
    </message>
    <message>
        <source>China (21Vianet)</source>
        <translation>China (21Vianet)</translation>
    </message>
    <message>
        <source>Directory (tenant) id or contoso.onmicrosoft.com</source>
        <translation>Verzeichnis-ID (Mandant) oder contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>Application (client) id</source>
        <translation>Anwendungs-ID (Client)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Geheimer Clientschlüssel</translation>
    </message>
    <message>
        <source>&amp;Cloud:</source>
        <translation>&amp;Cloud:</translation>
    </message>
    <message>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <source>C&amp;lient id:</source>
        <translation>C&amp;lient-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Geheimer Schlüssel:</translation>
    </message>
    <message>
        <source>Connection and permissions</source>
        <translation>Verbindung und Berechtigungen</translation>
    </message>
    <message>
        <source>Needs the application permissions %1 (people search: %2).</source>
        <translation>Benötigt die Anwendungsberechtigungen %1 (Personensuche: %2).</translation>
    </message>
    <message>
        <source>Removing participants also needs this line, run once by a Teams administrator:</source>
        <translation>Zum Entfernen von Teilnehmern muss ein Teams-Administrator außerdem einmal diese Zeile ausführen:</translation>
    </message>
    <message>
        <source>The secret will be stored in the desktop keychain.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Desktops gespeichert.</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert – zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>No secret stored yet; it will be kept in the desktop keychain.</source>
        <translation>Noch kein Schlüssel gespeichert; er wird im Schlüsselbund des Desktops abgelegt.</translation>
    </message>
    <message>
        <source>Moderato keeps the client secret only in the keychain, never in a file.</source>
        <translation>Moderato bewahrt den geheimen Clientschlüssel nur im Schlüsselbund auf, nie in einer Datei.</translation>
    </message>
    <message>
        <source>The tenant is a directory id (a GUID) or a domain such as contoso.onmicrosoft.com.</source>
        <translation>Der Mandant ist eine Verzeichnis-ID (eine GUID) oder eine Domäne wie contoso.onmicrosoft.com.</translation>
    </message>
    <message>
        <source>The client id is the application&apos;s id, a GUID such as 11111111-2222-3333-4444-555555555555.</source>
        <translation>Die Client-ID ist die ID der Anwendung, eine GUID wie 11111111-2222-3333-4444-555555555555.</translation>
    </message>
    <message>
        <source>Type the client secret.</source>
        <translation>Geben Sie den geheimen Clientschlüssel ein.</translation>
    </message>
    <message>
        <source>Getting a token…</source>
        <translation>Token wird abgerufen …</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signed in. The app has every permission Moderato needs.</source>
        <translation>Angemeldet. Die App hat alle Berechtigungen, die Moderato braucht.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in, but the app lacks %n permission(s): %1. Grant them (admin consent) in the app registration.</source>
        <translation>
            <numerusform>Angemeldet, aber der App fehlt %n Berechtigung: %1. Gewähren Sie sie (Administratorzustimmung) in der App-Registrierung.</numerusform>
            <numerusform>Angemeldet, aber der App fehlen %n Berechtigungen: %1. Gewähren Sie sie (Administratorzustimmung) in der App-Registrierung.</numerusform>
        </translation>
    </message>
    <message>
        <source>https://… (where Graph posts the meeting&apos;s events)</source>
        <translation>https://… (wohin Graph die Ereignisse der Besprechung sendet)</translation>
    </message>
    <message>
        <source>Joining a meeting needs an https address that Graph can reach: the bot&apos;s calling endpoint (or a relay or tunnel to Moderato).</source>
        <translation>Um einer Besprechung beizutreten, ist eine für Graph erreichbare https-Adresse nötig: der Anruf-Endpunkt des Bots (oder ein Relay oder Tunnel zu Moderato).</translation>
    </message>
    <message>
        <source>Call&amp;back address:</source>
        <translation>&amp;Rückrufadresse:</translation>
    </message>
    <message>
        <source>The callback address must be an https URL, such as https://bot.contoso.com/api/calls.</source>
        <translation>Die Rückrufadresse muss eine https-URL sein, wie https://bot.contoso.com/api/calls.</translation>
    </message>
    <message>
        <source>The settings were not saved: a secret could not be stored in the keychain.</source>
        <translation>Die Einstellungen wurden nicht gespeichert: Ein Geheimnis ließ sich nicht im Schlüsselbund ablegen.</translation>
    </message>
</context>
<context>
    <name>moderato::ActionOutcome</name>
    <message>
        <source>%1 was removed from the call.</source>
        <translation>%1 wurde aus dem Anruf entfernt.</translation>
    </message>
    <message>
        <source>The invitation to %1 was cancelled.</source>
        <translation>Die Einladung an %1 wurde zurückgezogen.</translation>
    </message>
    <message>
        <source>%1 is being called.</source>
        <translation>%1 wird angerufen.</translation>
    </message>
    <message>
        <source>%1 was muted.</source>
        <translation>%1 wurde stummgeschaltet.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Could not cancel the invitation to %1</source>
        <translation>Die Einladung an %1 konnte nicht zurückgezogen werden</translation>
    </message>
    <message>
        <source>Could not invite %1</source>
        <translation>%1 konnte nicht eingeladen werden</translation>
    </message>
    <message>
        <source>Could not mute %1</source>
        <translation>%1 konnte nicht stummgeschaltet werden</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>%1 is on hold and hears music.</source>
        <translation>%1 ist in der Warteschleife und hört Wartemusik.</translation>
    </message>
    <message>
        <source>%1 is back in the call.</source>
        <translation>%1 ist wieder im Anruf.</translation>
    </message>
    <message>
        <source>Could not put %1 on hold</source>
        <translation>%1 konnte nicht in die Warteschleife gesetzt werden</translation>
    </message>
    <message>
        <source>Could not bring %1 back from hold</source>
        <translation>%1 konnte nicht aus der Warteschleife zurückgeholt werden</translation>
    </message>
</context>
<context>
    <name>moderato::ActionReport</name>
    <message numerus="yes">
        <source>%n people were removed from the call:</source>
        <translation>
            <numerusform>%n Person wurde aus dem Anruf entfernt:</numerusform>
            <numerusform>%n Personen wurden aus dem Anruf entfernt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations were cancelled:</source>
        <translation>
            <numerusform>%n Einladung wurde zurückgezogen:</numerusform>
            <numerusform>%n Einladungen wurden zurückgezogen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are being called:</source>
        <translation>
            <numerusform>%n Person wird angerufen:</numerusform>
            <numerusform>%n Personen werden angerufen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people were muted:</source>
        <translation>
            <numerusform>%n Person wurde stummgeschaltet:</numerusform>
            <numerusform>%n Personen wurden stummgeschaltet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weitere</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
<context>
    <name>moderato::ActionTargets</name>
    <message>
        <source>%1 is Moderato&apos;s own participant: removing it would end Moderato&apos;s access to the call.</source>
        <translation>%1 ist Moderatos eigener Teilnehmer: Ihn zu entfernen, würde Moderatos Zugang zum Anruf beenden.</translation>
    </message>
    <message>
        <source>%1 is Moderato&apos;s own participant and is never muted.</source>
        <translation>%1 ist Moderatos eigener Teilnehmer und wird nie stummgeschaltet.</translation>
    </message>
    <message>
        <source>%1 is Moderato&apos;s own participant in this call, not an invitation.</source>
        <translation>%1 ist Moderatos eigener Teilnehmer in diesem Anruf, keine Einladung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant id.</source>
        <translation>„%1“ ist keine Teilnehmer-ID.</translation>
    </message>
    <message>
        <source>An action on %1 is still in flight.</source>
        <translation>Eine Aktion für %1 läuft noch.</translation>
    </message>
    <message>
        <source>%1 has left the call.</source>
        <translation>%1 hat den Anruf verlassen.</translation>
    </message>
    <message>
        <source>%1 is in the call, not invited: remove them instead.</source>
        <translation>%1 ist im Anruf, nicht eingeladen: stattdessen entfernen.</translation>
    </message>
    <message>
        <source>%1 accepted the invitation: remove them instead.</source>
        <translation>%1 hat die Einladung angenommen: stattdessen entfernen.</translation>
    </message>
    <message>
        <source>The invitation to %1 had already ended.</source>
        <translation>Die Einladung an %1 war bereits beendet.</translation>
    </message>
    <message>
        <source>The roster has not been read yet, so Moderato cannot tell whether %1 is an invitation or a person in the call.</source>
        <translation>Die Teilnehmerliste wurde noch nicht gelesen, daher kann Moderato nicht erkennen, ob %1 eine Einladung oder eine Person im Anruf ist.</translation>
    </message>
    <message>
        <source>%1 has not answered yet: cancel the invitation instead.</source>
        <translation>%1 hat noch nicht geantwortet: stattdessen die Einladung zurückziehen.</translation>
    </message>
    <message>
        <source>%1 has not joined the call yet.</source>
        <translation>%1 ist dem Anruf noch nicht beigetreten.</translation>
    </message>
    <message>
        <source>The roster has not been read yet, so Moderato cannot check that %1 is in the call.</source>
        <translation>Die Teilnehmerliste wurde noch nicht gelesen, daher kann Moderato nicht prüfen, ob %1 im Anruf ist.</translation>
    </message>
    <message>
        <source>%1 is not in this call.</source>
        <translation>%1 ist nicht in diesem Anruf.</translation>
    </message>
    <message>
        <source>%1 is Moderato&apos;s own participant and is never put on hold.</source>
        <translation>%1 ist Moderatos eigener Teilnehmer und wird nie in die Warteschleife gesetzt.</translation>
    </message>
    <message>
        <source>%1 is waiting in the lobby: only people in the call can be put on hold.</source>
        <translation>%1 wartet im Wartebereich: Nur Personen im Anruf können in die Warteschleife gesetzt werden.</translation>
    </message>
    <message>
        <source>%1 is on hold already.</source>
        <translation>%1 ist bereits in der Warteschleife.</translation>
    </message>
    <message>
        <source>%1 may be on hold already: resume them first.</source>
        <translation>%1 ist womöglich bereits in der Warteschleife: Holen Sie die Person zuerst zurück.</translation>
    </message>
    <message>
        <source>%1 is being put on hold already.</source>
        <translation>%1 wird bereits in die Warteschleife gesetzt.</translation>
    </message>
    <message>
        <source>%1 is being brought back from hold.</source>
        <translation>%1 wird gerade aus der Warteschleife zurückgeholt.</translation>
    </message>
    <message>
        <source>%1 is being put on hold: only one person can be on hold.</source>
        <translation>%1 wird gerade in die Warteschleife gesetzt: Nur eine Person kann in der Warteschleife sein.</translation>
    </message>
    <message>
        <source>%1 is being brought back from hold: wait until they are back.</source>
        <translation>%1 wird gerade aus der Warteschleife zurückgeholt: Warten Sie, bis die Person zurück ist.</translation>
    </message>
    <message>
        <source>%1 is on hold already: resume them first.</source>
        <translation>%1 ist bereits in der Warteschleife: Holen Sie die Person zuerst zurück.</translation>
    </message>
    <message>
        <source>%1 is still being put on hold: wait until Graph confirms it.</source>
        <translation>%1 wird noch in die Warteschleife gesetzt: Warten Sie, bis Graph es bestätigt.</translation>
    </message>
    <message>
        <source>%1 is being brought back from hold already.</source>
        <translation>%1 wird bereits aus der Warteschleife zurückgeholt.</translation>
    </message>
    <message>
        <source>%1 is waiting in the lobby, not on hold.</source>
        <translation>%1 wartet im Wartebereich, nicht in der Warteschleife.</translation>
    </message>
    <message>
        <source>%1 is not on hold: %2 is.</source>
        <translation>%1 ist nicht in der Warteschleife, sondern %2.</translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogDetails</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select an entry to see all of it.</source>
        <translation>Einen Eintrag auswählen, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Zeit:</translation>
    </message>
    <message>
        <source>Call subject:</source>
        <translation>Betreff des Anrufs:</translation>
    </message>
    <message>
        <source>Call id:</source>
        <translation>Anruf-ID:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Aktion:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Who (id):</source>
        <translation>Wer (ID):</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Request id:</source>
        <translation>Anfrage-ID:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Meldung:</translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogFilterBar</name>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Alle Anrufe</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Search names, ids, messages</source>
        <translation>Namen, IDs, Meldungen suchen</translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation>&amp;Anruf:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stummschalten</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Already gone</source>
        <translation>Schon weg</translation>
    </message>
    <message>
        <source>Not in the call</source>
        <translation>Nicht im Anruf</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>In Warteschleife gesetzt</translation>
    </message>
    <message>
        <source>Resume from hold</source>
        <translation>Aus Warteschleife zurückgeholt</translation>
    </message>
</context>
<context>
    <name>moderato::AuditLogWindow</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Moderationsprotokoll</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation>Als &amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <source>No moderation action recorded yet (%1).</source>
        <translation>Noch keine Moderationsaktion aufgezeichnet (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries shown.</source>
        <translation>
            <numerusform>%1 von %n Eintrag angezeigt.</numerusform>
            <numerusform>%1 von %n Einträgen angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n damaged line(s) skipped: %1.</source>
        <translation>
            <numerusform>%n beschädigte Zeile übersprungen: %1.</numerusform>
            <numerusform>%n beschädigte Zeilen übersprungen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Export JSON Lines</source>
        <translation>Als JSON Lines exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&amp;Invite Back</source>
        <translation>&amp;Wieder einladen</translation>
    </message>
    <message>
        <source>Choose a removal to invite the person back.</source>
        <translation>Wählen Sie eine Entfernung, um die Person wieder einzuladen.</translation>
    </message>
    <message>
        <source>Moderato is not in that call now.</source>
        <translation>Moderato ist jetzt nicht in diesem Anruf.</translation>
    </message>
    <message>
        <source>Invites the person back into the call.</source>
        <translation>Lädt die Person wieder in den Anruf ein.</translation>
    </message>
    <message>
        <source>Inviting %1 back: the main window follows the invitation.</source>
        <translation>Erneute Einladung an %1: das Hauptfenster verfolgt die Einladung.</translation>
    </message>
</context>
<context>
    <name>moderato::BatchRequest</name>
    <message>
        <source>the batch answer has no &quot;responses&quot; array</source>
        <translation>die Batch-Antwort hat kein „responses“-Array</translation>
    </message>
    <message>
        <source>the batch answer contains an item without id or status</source>
        <translation>die Batch-Antwort enthält einen Eintrag ohne ID oder Status</translation>
    </message>
</context>
<context>
    <name>moderato::BatchRunner</name>
    <message>
        <source>the key &quot;%1&quot; is empty or used twice</source>
        <translation>der Schlüssel „%1“ ist leer oder doppelt vergeben</translation>
    </message>
    <message>
        <source>the item&apos;s URL must start with &apos;/&apos;</source>
        <translation>die URL des Eintrags muss mit „/“ beginnen</translation>
    </message>
    <message>
        <source>the batch answer left this item out</source>
        <translation>die Batch-Antwort hat diesen Eintrag ausgelassen</translation>
    </message>
</context>
<context>
    <name>moderato::CallHeader</name>
    <message>
        <source>Rate limited — retrying now</source>
        <translation>Gedrosselt – neuer Versuch jetzt</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited — retrying in %n s</source>
        <translation>
            <numerusform>Gedrosselt – neuer Versuch in %n s</numerusform>
            <numerusform>Gedrosselt – neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>No call open</source>
        <translation>Kein Anruf geöffnet</translation>
    </message>
    <message>
        <source>Join a meeting with Ctrl+J</source>
        <translation>Treten Sie mit Strg+J einer Besprechung bei</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>call id · call state</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in the call</source>
        <translation>
            <numerusform>%n im Anruf</numerusform>
            <numerusform>%n im Anruf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the lobby</source>
        <translation>
            <numerusform>%n im Wartebereich</numerusform>
            <numerusform>%n im Wartebereich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invited</source>
        <translation>
            <numerusform>%n eingeladen</numerusform>
            <numerusform>%n eingeladen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Loading the roster…</source>
        <translation>Teilnehmerliste wird geladen …</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>Stale since %1</source>
        <translation>Veraltet seit %1</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>incoming</source>
        <comment>call state</comment>
        <translation>eingehend</translation>
    </message>
    <message>
        <source>connecting</source>
        <comment>call state</comment>
        <translation>wird verbunden</translation>
    </message>
    <message>
        <source>connected</source>
        <comment>call state</comment>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>on hold</source>
        <comment>call state</comment>
        <translation>gehalten</translation>
    </message>
    <message>
        <source>being transferred</source>
        <comment>call state</comment>
        <translation>wird weitergeleitet</translation>
    </message>
    <message>
        <source>ending</source>
        <comment>call state</comment>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>ended</source>
        <comment>call state</comment>
        <translation>beendet</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <source>Show only the people waiting in the lobby</source>
        <translation>Nur die Personen im Wartebereich zeigen</translation>
    </message>
    <message>
        <source>Show only the invitations still ringing</source>
        <translation>Nur Einladungen zeigen, bei denen es noch klingelt</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Tritt bei …</translation>
    </message>
    <message>
        <source>In the lobby</source>
        <translation>Im Wartebereich</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>%1 · notifications on</source>
        <comment>call id and state · notifications</comment>
        <translation>%1 · Benachrichtigungen an</translation>
    </message>
    <message numerus="yes">
        <source>%n+ in the call</source>
        <comment>at least this many</comment>
        <translation>
            <numerusform>%n+ im Anruf</numerusform>
            <numerusform>%n+ im Anruf</numerusform>
        </translation>
    </message>
    <message>
        <source>Show everyone. Graph lists at most 100 people: there may be more in the call.</source>
        <translation>Alle zeigen. Graph listet höchstens 100 Personen: Im Anruf können mehr sein.</translation>
    </message>
</context>
<context>
    <name>moderato::CallLeg</name>
    <message>
        <source>Graph ended the call before Moderato got in: the meeting ID or passcode may be wrong, the meeting may not exist, or nobody let Moderato in. Check the link or the meeting ID and passcode, and join again.</source>
        <translation>Graph hat den Anruf beendet, bevor Moderato hineinkam: Besprechungs-ID oder Kenncode sind vielleicht falsch, die Besprechung existiert nicht oder niemand hat Moderato eingelassen. Prüfen Sie den Link oder Besprechungs-ID und Kenncode und treten Sie erneut bei.</translation>
    </message>
    <message>
        <source>You left the meeting: Moderato&apos;s bot hung up.</source>
        <translation>Sie haben die Besprechung verlassen: Moderatos Bot hat aufgelegt.</translation>
    </message>
    <message>
        <source>The meeting had already ended for Moderato.</source>
        <translation>Die Besprechung war für Moderato bereits beendet.</translation>
    </message>
    <message>
        <source>The meeting has ended for Moderato: Graph no longer knows this call (or its id is wrong).</source>
        <translation>Die Besprechung ist für Moderato beendet: Graph kennt diesen Anruf nicht mehr (oder seine ID ist falsch).</translation>
    </message>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>Graph needs a callback address to join: an https URL that reaches Moderato. Set it in the account settings.</source>
        <translation>Graph braucht zum Beitreten eine Rückrufadresse: eine https-URL, die Moderato erreicht. Legen Sie sie in den Kontoeinstellungen fest.</translation>
    </message>
    <message>
        <source>The meeting belongs to another organisation than the app&apos;s tenant: Moderato can only join meetings of its own tenant.</source>
        <translation>Die Besprechung gehört einer anderen Organisation als dem Mandanten der App: Moderato kann nur Besprechungen des eigenen Mandanten beitreten.</translation>
    </message>
    <message>
        <source>No answer came for the join: Moderato may have joined without knowing the call. Check the meeting before joining again.</source>
        <translation>Auf den Beitritt kam keine Antwort: Moderato ist vielleicht beigetreten, ohne den Anruf zu kennen. Prüfen Sie die Besprechung, bevor Sie erneut beitreten.</translation>
    </message>
    <message>
        <source>Joining failed: %1</source>
        <translation>Beitritt fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Nobody let Moderato in from the lobby in time. Ask the organiser to admit it, then join again.</source>
        <translation>Niemand hat Moderato rechtzeitig aus dem Wartebereich eingelassen. Bitten Sie den Organisator darum und treten Sie dann erneut bei.</translation>
    </message>
    <message>
        <source>Graph did not let Moderato in: the passcode may be wrong. Check it and join again.</source>
        <translation>Graph hat Moderato nicht eingelassen: Der Kenncode ist vielleicht falsch. Prüfen Sie ihn und treten Sie erneut bei.</translation>
    </message>
    <message>
        <source>Graph could not find the meeting: check the link or the meeting id.</source>
        <translation>Graph hat die Besprechung nicht gefunden: Prüfen Sie den Link oder die Besprechungs-ID.</translation>
    </message>
    <message>
        <source>Graph ended the join.</source>
        <translation>Graph hat den Beitritt abgebrochen.</translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is still in the meeting: Graph refused the hang-up. %1</source>
        <translation>Moderatos Bot ist noch in der Besprechung: Graph hat das Auflegen abgelehnt. %1</translation>
    </message>
    <message>
        <source>Graph ended the call because nothing kept it alive for 45 minutes.</source>
        <translation>Graph hat den Anruf beendet, weil ihn 45 Minuten lang nichts aufrechterhalten hat.</translation>
    </message>
    <message>
        <source>Someone in the meeting removed Moderato&apos;s bot.</source>
        <translation>Jemand in der Besprechung hat den Bot von Moderato entfernt.</translation>
    </message>
    <message>
        <source>Everyone else left.</source>
        <translation>Alle anderen sind gegangen.</translation>
    </message>
    <message>
        <source>The meeting ended.</source>
        <translation>Die Besprechung wurde beendet.</translation>
    </message>
    <message>
        <source>The meeting has ended for Moderato.</source>
        <translation>Die Besprechung ist für Moderato beendet.</translation>
    </message>
</context>
<context>
    <name>moderato::CallSession</name>
    <message>
        <source>No answer came for the invitation; Moderato is checking the roster before anything is sent again.</source>
        <translation>Auf die Einladung kam keine Antwort; Moderato prüft die Teilnehmerliste, bevor etwas erneut gesendet wird.</translation>
    </message>
    <message>
        <source>%1 had already left the call.</source>
        <translation>%1 hatte den Anruf bereits verlassen.</translation>
    </message>
    <message>
        <source>The tenant does not allow this application to remove participants. A Teams administrator can allow it with this PowerShell line:</source>
        <translation>Der Mandant erlaubt dieser Anwendung nicht, Teilnehmer zu entfernen. Ein Teams-Administrator kann es mit dieser PowerShell-Zeile erlauben:</translation>
    </message>
    <message>
        <source>The invitation to %1 had already ended.</source>
        <translation>Die Einladung an %1 war bereits beendet.</translation>
    </message>
    <message>
        <source>No invitation to %1 is ringing in this call.</source>
        <translation>In diesem Anruf klingelt keine Einladung an %1.</translation>
    </message>
    <message>
        <source>%1 is not in this call.</source>
        <translation>%1 ist nicht in diesem Anruf.</translation>
    </message>
    <message>
        <source>Notifications skipped a change to the roster.</source>
        <translation>Den Benachrichtigungen fehlt eine Änderung der Teilnehmerliste.</translation>
    </message>
    <message>
        <source>The roster is read every few seconds again.</source>
        <translation>Die Teilnehmerliste wird wieder alle paar Sekunden gelesen.</translation>
    </message>
    <message>
        <source>The roster differed from what notifications had said.</source>
        <translation>Die Teilnehmerliste wich von den Benachrichtigungen ab.</translation>
    </message>
</context>
<context>
    <name>moderato::CloudEndpoints</name>
    <message>
        <source>&quot;%1&quot; is not a complete URL (like https://graph.microsoft.com).</source>
        <translation>„%1“ ist keine vollständige URL (wie https://graph.microsoft.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not contain a user name, query or fragment.</source>
        <translation>„%1“ darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain http to a host that is not this computer; tokens would cross the network unencrypted. Use https (plain http is only allowed for 127.0.0.1, ::1 or localhost).</source>
        <translation>„%1“ verwendet unverschlüsseltes http zu einem anderen Rechner; Token würden unverschlüsselt durchs Netz gehen. Verwenden Sie https (reines http ist nur für 127.0.0.1, ::1 oder localhost erlaubt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL.</source>
        <translation>„%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>Graph URL: %1</source>
        <translation>Graph-URL: %1</translation>
    </message>
    <message>
        <source>Sign-in URL: %1</source>
        <translation>Anmelde-URL: %1</translation>
    </message>
</context>
<context>
    <name>moderato::CommsNotification</name>
    <message>
        <source>a notification without a known changeType</source>
        <translation>eine Benachrichtigung ohne bekannten changeType</translation>
    </message>
    <message>
        <source>a notification about something other than a call</source>
        <translation>eine Benachrichtigung, die keinen Anruf betrifft</translation>
    </message>
    <message>
        <source>a call notification without the call</source>
        <translation>eine Anrufbenachrichtigung ohne den Anruf</translation>
    </message>
    <message>
        <source>a roster notification without participants</source>
        <translation>eine Teilnehmerbenachrichtigung ohne Teilnehmer</translation>
    </message>
    <message>
        <source>a notification about %1, which Moderato does not follow</source>
        <translation>eine Benachrichtigung über %1, dem Moderato nicht folgt</translation>
    </message>
    <message>
        <source>The notification is larger than Moderato reads.</source>
        <translation>Die Benachrichtigung ist größer, als Moderato liest.</translation>
    </message>
    <message>
        <source>The notification is not a commsNotifications body.</source>
        <translation>Die Benachrichtigung ist kein commsNotifications-Inhalt.</translation>
    </message>
    <message>
        <source>an entry that is not an object</source>
        <translation>ein Eintrag, der kein Objekt ist</translation>
    </message>
</context>
<context>
    <name>moderato::CredentialError</name>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and start gnome-keyring (or KWallet) in your desktop session, or give the secret with --secret-stdin.</source>
        <translation>Kein Schlüsselbund verfügbar: Auf dem Sitzungs-D-Bus antwortet kein Secret Service. Installieren und starten Sie gnome-keyring (oder KWallet) in Ihrer Desktop-Sitzung oder übergeben Sie den Schlüssel mit --secret-stdin.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock the login keyring (or accept the unlock prompt) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie den Anmelde-Schlüsselbund (oder bestätigen Sie die Entsperrabfrage) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no default keyring. Create one (for example the &quot;login&quot; keyring in Passwords and Keys / Seahorse) and try again.</source>
        <translation>Der Schlüsselbund hat keinen Standard-Schlüsselring. Legen Sie einen an (zum Beispiel den Schlüsselring „Anmeldung“ in „Passwörter und Verschlüsselung“ / Seahorse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access to Moderato&apos;s secret. Allow access in the keychain&apos;s prompt or settings and try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf Moderatos Schlüssel verweigert. Erlauben Sie den Zugriff in der Abfrage oder den Einstellungen des Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
    <message>
        <source>No client secret is stored for this account (or the keyring is locked). Sign in with the secret once to store it, or unlock the login keyring.</source>
        <translation>Für dieses Konto ist kein geheimer Clientschlüssel gespeichert (oder der Schlüsselbund ist gesperrt). Melden Sie sich einmal mit dem Schlüssel an, um ihn zu speichern, oder entsperren Sie den Anmelde-Schlüsselbund.</translation>
    </message>
    <message>
        <source>No keychain is available: no Secret Service answers on the session D-Bus. Install and start gnome-keyring (or KWallet) in your desktop session, then open this dialog again.</source>
        <translation>Kein Schlüsselbund verfügbar: Auf dem Sitzungs-D-Bus antwortet kein Secret Service. Installieren und starten Sie gnome-keyring (oder KWallet) in Ihrer Desktop-Sitzung und öffnen Sie diesen Dialog dann erneut.</translation>
    </message>
</context>
<context>
    <name>moderato::FindUserRequest</name>
    <message>
        <source>nothing to look up</source>
        <translation>nichts nachzuschlagen</translation>
    </message>
</context>
<context>
    <name>moderato::GetCallRequest</name>
    <message>
        <source>the answer is not a call (it has no id)</source>
        <translation>die Antwort ist kein Anruf (sie hat keine ID)</translation>
    </message>
</context>
<context>
    <name>moderato::GetOnlineMeetingByJoinUrlRequest</name>
    <message>
        <source>the meeting&apos;s link is not known</source>
        <translation>der Link der Besprechung ist nicht bekannt</translation>
    </message>
    <message>
        <source>the answer is not a list of online meetings</source>
        <translation>die Antwort ist keine Liste von Onlinebesprechungen</translation>
    </message>
    <message>
        <source>the answer is not an online meeting (it has no id)</source>
        <translation>die Antwort ist keine Onlinebesprechung (sie hat keine ID)</translation>
    </message>
</context>
<context>
    <name>moderato::GetOperationRequest</name>
    <message>
        <source>the answer is not an operation (it has no status)</source>
        <translation>die Antwort ist keine Operation (sie hat keinen Status)</translation>
    </message>
</context>
<context>
    <name>moderato::GetParticipantRequest</name>
    <message>
        <source>the answer is not a participant (it has no id)</source>
        <translation>die Antwort ist kein Teilnehmer (sie hat keine ID)</translation>
    </message>
</context>
<context>
    <name>moderato::GraphError</name>
    <message>
        <source>Could not reach Microsoft Graph. Check the network connection and try again.</source>
        <translation>Microsoft Graph ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The connection was lost after the request was sent, so it is not known whether it took effect. Check the roster before trying again.</source>
        <translation>Die Verbindung brach nach dem Senden der Anfrage ab; ob sie gewirkt hat, ist unbekannt. Prüfen Sie die Teilnehmerliste, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Microsoft Graph did not answer in time. Try again in a moment.</source>
        <translation>Microsoft Graph hat nicht rechtzeitig geantwortet. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Microsoft Graph sent an answer Moderato could not read. Try again; if it keeps happening, report the request ID.</source>
        <translation>Microsoft Graph schickte eine Antwort, die Moderato nicht lesen konnte. Versuchen Sie es erneut; wenn es wieder passiert, melden Sie die Anfrage-ID.</translation>
    </message>
    <message>
        <source>Signing in to Microsoft Entra ID failed.</source>
        <translation>Die Anmeldung bei Microsoft Entra ID ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not sent because it was incomplete: %1</source>
        <translation>Die Anfrage wurde nicht gesendet, weil sie unvollständig war: %1</translation>
    </message>
    <message>
        <source>Microsoft Graph rejected the request as invalid (%1).</source>
        <translation>Microsoft Graph hat die Anfrage als ungültig abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Microsoft Graph did not accept the app&apos;s sign-in. Sign in again; if it keeps happening, check the tenant and the app&apos;s credentials.</source>
        <translation>Microsoft Graph hat die Anmeldung der App nicht akzeptiert. Melden Sie sich erneut an; wenn es wieder passiert, prüfen Sie den Mandanten und die Anmeldedaten der App.</translation>
    </message>
    <message>
        <source>The app lacks the permission %1. A tenant administrator must grant it and give admin consent.</source>
        <translation>Der App fehlt die Berechtigung %1. Ein Administrator des Mandanten muss sie gewähren und die Administratorzustimmung erteilen.</translation>
    </message>
    <message>
        <source>The app is not allowed to do this. Check that it has the needed application permissions with admin consent, and that it is in the call.</source>
        <translation>Die App darf das nicht. Prüfen Sie, ob sie die nötigen Anwendungsberechtigungen mit Administratorzustimmung hat und ob sie im Anruf ist.</translation>
    </message>
    <message>
        <source>Not found: the call has ended or the participant has already left.</source>
        <translation>Nicht gefunden: Der Anruf ist beendet oder der Teilnehmer hat ihn bereits verlassen.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is limiting the app&apos;s requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph drosselt die Anfragen der App. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Microsoft Graph drosselt die Anfragen der App. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is limiting the app&apos;s requests. Wait a moment and try again.</source>
        <translation>Microsoft Graph drosselt die Anfragen der App. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft Graph is busy or limiting requests. Try again in %n second(s).</source>
        <translation>
            <numerusform>Microsoft Graph ist ausgelastet oder drosselt Anfragen. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Microsoft Graph ist ausgelastet oder drosselt Anfragen. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft Graph is busy or limiting requests. Wait a moment and try again.</source>
        <translation>Microsoft Graph ist ausgelastet oder drosselt Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Microsoft Graph had a problem of its own (HTTP %1). Try again shortly; if it keeps happening, report the request ID.</source>
        <translation>Microsoft Graph hatte ein eigenes Problem (HTTP %1). Versuchen Sie es gleich noch einmal; wenn es wieder passiert, melden Sie die Anfrage-ID.</translation>
    </message>
    <message>
        <source>Microsoft Graph refused the request (HTTP %1: %2).</source>
        <translation>Microsoft Graph hat die Anfrage abgelehnt (HTTP %1: %2).</translation>
    </message>
    <message>
        <source>This app is not registered as a calling bot (7503): in its Azure Bot resource, turn on calling on the Microsoft Teams channel.</source>
        <translation>Diese App ist nicht als Anruf-Bot registriert (7503): Aktivieren Sie in ihrer Azure Bot-Ressource Anrufe im Kanal „Microsoft Teams“.</translation>
    </message>
    <message>
        <source>The meeting has ended for Moderato: Graph no longer knows this call (or its id is wrong).</source>
        <translation>Die Besprechung ist für Moderato beendet: Graph kennt diesen Anruf nicht mehr (oder seine ID ist falsch).</translation>
    </message>
</context>
<context>
    <name>moderato::GraphRequest</name>
    <message>
        <source>an identifier in the request path is empty or not valid (&quot;%1&quot;)</source>
        <translation>ein Bezeichner im Anfragepfad ist leer oder ungültig („%1“)</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>the answer was cut off: %1</source>
        <translation>die Antwort wurde abgeschnitten: %1</translation>
    </message>
    <message>
        <source>unexpected redirect (HTTP %1) to %2</source>
        <translation>unerwartete Weiterleitung (HTTP %1) nach %2</translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at offset %2; Content-Type %3)</source>
        <translation>die Antwort ist kein JSON (%1 an Position %2; Content-Type %3)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the next-page link %1 does not lead to the same Graph root; it was not followed</source>
        <translation>der Link zur nächsten Seite %1 führt nicht zur selben Graph-Adresse; ihm wurde nicht gefolgt</translation>
    </message>
    <message>
        <source>the request path is not valid (&quot;%1&quot;)</source>
        <translation>der Anfragepfad ist ungültig („%1“)</translation>
    </message>
</context>
<context>
    <name>moderato::GroupActionDialog</name>
    <message>
        <source>Remove a Group</source>
        <translation>Eine Gruppe entfernen</translation>
    </message>
    <message>
        <source>Mute a Group</source>
        <translation>Eine Gruppe stummschalten</translation>
    </message>
    <message>
        <source>Everyone the roster&apos;s filter shows</source>
        <translation>Alle, die der Filter der Teilnehmerliste zeigt</translation>
    </message>
    <message>
        <source>Everyone who is one of:</source>
        <translation>Alle, die eines davon sind:</translation>
    </message>
    <message>
        <source>Moderato&apos;s own participant and the organiser are never included. Untick anyone to leave them out; people who join after this list was made are not touched.</source>
        <translation>Moderatos eigener Teilnehmer und der Organisator sind nie dabei. Entfernen Sie ein Häkchen, um jemanden auszulassen; wer nach dem Erstellen dieser Liste beitritt, bleibt unberührt.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n People</source>
        <translation>
            <numerusform>%n Person entfernen</numerusform>
            <numerusform>%n Personen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mute %n People</source>
        <translation>
            <numerusform>%n Person stummschalten</numerusform>
            <numerusform>%n Personen stummschalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in the call matches.</source>
        <translation>Niemand im Anruf passt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n ticked.</source>
        <translation>
            <numerusform>%1 von %n ausgewählt.</numerusform>
            <numerusform>%1 von %n ausgewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>People who joined in the last</source>
        <translation>Personen, die beigetreten sind in den letzten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Moderato has seen people join since %1; whoever was already in the call then does not count as having joined lately.</source>
        <translation>Moderato sieht Beitritte seit %1; wer da schon im Anruf war, zählt nicht als kürzlich beigetreten.</translation>
    </message>
</context>
<context>
    <name>moderato::HoldMusic</name>
    <message>
        <source>Graph allows one participant on hold at a time: someone else may be on hold already, perhaps put there by another program.</source>
        <translation>Graph erlaubt nur einen Teilnehmer in der Warteschleife: Womöglich ist bereits jemand anderes dort, vielleicht von einem anderen Programm dorthin gesetzt.</translation>
    </message>
    <message>
        <source>%1 is perhaps not on hold.</source>
        <translation>%1 ist womöglich nicht in der Warteschleife.</translation>
    </message>
    <message>
        <source>The call ended before Graph confirmed the request for %1.</source>
        <translation>Der Anruf endete, bevor Graph die Anfrage für %1 bestätigte.</translation>
    </message>
    <message>
        <source>Graph accepted the request to put %1 on hold but confirms it only through notifications, which are off: Moderato cannot tell whether the music is playing.</source>
        <translation>Graph hat die Anfrage angenommen, %1 in die Warteschleife zu setzen, bestätigt es aber nur über Benachrichtigungen, und die sind aus: Moderato kann nicht erkennen, ob die Wartemusik läuft.</translation>
    </message>
    <message>
        <source>Graph accepted the request to bring %1 back from hold but confirms it only through notifications, which are off: Moderato cannot tell whether they are back.</source>
        <translation>Graph hat die Anfrage angenommen, %1 aus der Warteschleife zurückzuholen, bestätigt es aber nur über Benachrichtigungen, und die sind aus: Moderato kann nicht erkennen, ob die Person zurück ist.</translation>
    </message>
    <message numerus="yes">
        <source>Graph accepted the request to put %1 on hold but has not confirmed it within %n seconds.</source>
        <translation>
            <numerusform>Graph hat die Anfrage angenommen, %1 in die Warteschleife zu setzen, es aber nicht innerhalb von %n Sekunde bestätigt.</numerusform>
            <numerusform>Graph hat die Anfrage angenommen, %1 in die Warteschleife zu setzen, es aber nicht innerhalb von %n Sekunden bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph accepted the request to bring %1 back from hold but has not confirmed it within %n seconds.</source>
        <translation>
            <numerusform>Graph hat die Anfrage angenommen, %1 aus der Warteschleife zurückzuholen, es aber nicht innerhalb von %n Sekunde bestätigt.</numerusform>
            <numerusform>Graph hat die Anfrage angenommen, %1 aus der Warteschleife zurückzuholen, es aber nicht innerhalb von %n Sekunden bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graph reported that the operation failed.</source>
        <translation>Graph meldete, dass der Vorgang fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>(code %1)</source>
        <translation>(Code %1)</translation>
    </message>
</context>
<context>
    <name>moderato::IdentityPresentation</name>
    <message>
        <source>External user</source>
        <translation>Externer Benutzer</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Member (on-premises)</source>
        <translation>Mitglied (lokal)</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Guest (Communication Services)</source>
        <translation>Gast (Communication Services)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>App (resource account)</source>
        <translation>App (Ressourcenkonto)</translation>
    </message>
    <message>
        <source>Encrypted identity</source>
        <translation>Verschlüsselte Identität</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>A user from another organisation</source>
        <translation>Ein Benutzer einer anderen Organisation</translation>
    </message>
    <message>
        <source>A user of your organisation</source>
        <translation>Ein Benutzer Ihrer Organisation</translation>
    </message>
    <message>
        <source>An anonymous guest who joined with a name only</source>
        <translation>Ein anonymer Gast, der nur mit einem Namen beigetreten ist</translation>
    </message>
    <message>
        <source>A guest who joined through Azure Communication Services</source>
        <translation>Ein Gast, der über Azure Communication Services beigetreten ist</translation>
    </message>
    <message>
        <source>Someone who dialled in or was called by phone</source>
        <translation>Jemand, der sich per Telefon eingewählt hat oder angerufen wurde</translation>
    </message>
    <message>
        <source>An app or bot in the call</source>
        <translation>Eine App oder ein Bot im Anruf</translation>
    </message>
    <message>
        <source>An identity the service does not reveal</source>
        <translation>Eine Identität, die der Dienst nicht preisgibt</translation>
    </message>
    <message>
        <source>A meeting room or other device</source>
        <translation>Ein Besprechungsraum oder ein anderes Gerät</translation>
    </message>
    <message>
        <source>The service did not say who this is</source>
        <translation>Der Dienst hat nicht gesagt, wer das ist</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Screen sharing</source>
        <translation>Bildschirmfreigabe</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>No media</source>
        <translation>Keine Medien</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator of a list of media</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>moderato::Invitation</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Besetzt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Failed: %1 (code %2)</source>
        <translation>Fehlgeschlagen: %1 (Code %2)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Didn&apos;t answer</source>
        <translation>Nicht angenommen</translation>
    </message>
    <message>
        <source>Couldn&apos;t be reached</source>
        <translation>Nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>moderato::InvitationModel</name>
    <message>
        <source>from the invite request</source>
        <translation>aus der Einladungsanfrage</translation>
    </message>
    <message>
        <source>from the operation</source>
        <translation>aus der Operation</translation>
    </message>
    <message>
        <source>from the roster</source>
        <translation>aus der Teilnehmerliste</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cancelled here</source>
        <translation>hier zurückgezogen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird zurückgezogen …</translation>
    </message>
    <message>
        <source>Ringing — %1 s</source>
        <translation>Klingelt – %1 s</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Cancelled by you</source>
        <translation>Von Ihnen zurückgezogen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message numerus="yes">
        <source>Nobody joined within %n seconds; Graph sent no answer Moderato could read.</source>
        <translation>
            <numerusform>Niemand ist innerhalb von %n Sekunde beigetreten; Graph hat keine Antwort geschickt, die Moderato lesen konnte.</numerusform>
            <numerusform>Niemand ist innerhalb von %n Sekunden beigetreten; Graph hat keine Antwort geschickt, die Moderato lesen konnte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Operation: %1</source>
        <translation>Vorgang: %1</translation>
    </message>
    <message>
        <source>Participant id: %1</source>
        <translation>Teilnehmer-ID: %1</translation>
    </message>
    <message>
        <source>from Graph&apos;s notification</source>
        <translation>aus der Benachrichtigung von Graph</translation>
    </message>
</context>
<context>
    <name>moderato::InvitationsDock</name>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>Cancel Invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Invite Again</source>
        <translation>Erneut einladen</translation>
    </message>
    <message>
        <source>Stop ringing the selected invitees</source>
        <translation>Bei den ausgewählten Eingeladenen nicht mehr klingeln lassen</translation>
    </message>
    <message>
        <source>Send the selected invitations again</source>
        <translation>Die ausgewählten Einladungen erneut senden</translation>
    </message>
</context>
<context>
    <name>moderato::InviteBack</name>
    <message>
        <source>%1 can rejoin with the meeting link: Moderato does not know their account.</source>
        <translation>%1 kann über den Besprechungslink wieder teilnehmen: Moderato kennt das Konto nicht.</translation>
    </message>
    <message>
        <source>%1 can rejoin with the meeting link: their organisation is not known.</source>
        <translation>%1 kann über den Besprechungslink wieder teilnehmen: die Organisation ist nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 (phone) can dial in again: their number is hidden.</source>
        <translation>%1 (Telefon) kann sich wieder einwählen: die Nummer ist unterdrückt.</translation>
    </message>
    <message>
        <source>%1 (guest) can rejoin with the meeting link.</source>
        <translation>%1 (Gast) kann über den Besprechungslink wieder teilnehmen.</translation>
    </message>
    <message>
        <source>%1 is an application: Moderato does not invite it back.</source>
        <translation>%1 ist eine Anwendung: Moderato lädt sie nicht wieder ein.</translation>
    </message>
    <message>
        <source>%1 can rejoin with the meeting link.</source>
        <translation>%1 kann über den Besprechungslink wieder teilnehmen.</translation>
    </message>
    <message>
        <source>%1 is in the call again.</source>
        <translation>%1 ist wieder im Anruf.</translation>
    </message>
</context>
<context>
    <name>moderato::InviteDialog</name>
    <message>
        <source>Without the directory “%1” cannot be invited: type the object id.</source>
        <translation>Ohne Verzeichnis kann „%1“ nicht eingeladen werden: Geben Sie die Objekt-ID ein.</translation>
    </message>
    <message>
        <source>Looking up “%1” in the directory…</source>
        <translation>„%1“ wird im Verzeichnis gesucht …</translation>
    </message>
    <message>
        <source>Could not look up “%1”: %2</source>
        <translation>„%1“ konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>Nobody in the directory has the sign-in name or email address “%1”.</source>
        <translation>Im Verzeichnis hat niemand den Anmeldenamen oder die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>“%1” matches several people: pick the right one from the search results.</source>
        <translation>„%1“ passt auf mehrere Personen: Wählen Sie die richtige in den Suchergebnissen aus.</translation>
    </message>
    <message>
        <source>Invite People</source>
        <translation>Personen einladen</translation>
    </message>
    <message>
        <source>Send Invitations</source>
        <translation>Einladungen senden</translation>
    </message>
    <message>
        <source>Directory search is not available.</source>
        <translation>Die Verzeichnissuche ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Verzeichnis durchsuchen</translation>
    </message>
    <message>
        <source>Name or email address</source>
        <translation>Name oder E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein.</translation>
    </message>
    <message>
        <source>Search results; tick the people to invite</source>
        <translation>Suchergebnisse; haken Sie die einzuladenden Personen an</translation>
    </message>
    <message>
        <source>Add by hand</source>
        <translation>Von Hand hinzufügen</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>To invite</source>
        <translation>Einzuladen</translation>
    </message>
    <message>
        <source>Remove from List</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>+14255550123</source>
        <translation>+4930901820</translation>
    </message>
    <message>
        <source>Object id or name@example.com</source>
        <translation>Objekt-ID oder name@example.com</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>name — user principal name</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Nobody found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n found; tick the people to invite.</source>
        <translation>
            <numerusform>%n gefunden; haken Sie die einzuladenden Personen an.</numerusform>
            <numerusform>%n gefunden; haken Sie die einzuladenden Personen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on the list already.</source>
        <translation>%1 steht bereits auf der Liste.</translation>
    </message>
    <message>
        <source>%1 (phone)</source>
        <translation>%1 (Telefon)</translation>
    </message>
    <message>
        <source>The invitations could not be sent: no call is open.</source>
        <translation>Die Einladungen konnten nicht gesendet werden: Es ist kein Anruf geöffnet.</translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitations…</source>
        <translation>
            <numerusform>%n Einladung wird gesendet …</numerusform>
            <numerusform>%n Einladungen werden gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>People without an account join with the meeting link.</source>
        <translation>Personen ohne Konto treten über den Besprechungslink bei.</translation>
    </message>
    <message>
        <source>Copy Meeting Link</source>
        <translation>Besprechungslink kopieren</translation>
    </message>
    <message>
        <source>Graph did not give this call&apos;s meeting link.</source>
        <translation>Graph hat den Besprechungslink dieses Anrufs nicht geliefert.</translation>
    </message>
    <message>
        <source>This app may not search the directory: it lacks the User.Read.All permission. Add people by object id, email address or phone number instead.</source>
        <translation>Diese App darf das Verzeichnis nicht durchsuchen: Ihr fehlt die Berechtigung User.Read.All. Fügen Sie Personen stattdessen per Objekt-ID, E-Mail-Adresse oder Telefonnummer hinzu.</translation>
    </message>
</context>
<context>
    <name>moderato::InviteParticipantsRequest</name>
    <message>
        <source>nobody to invite</source>
        <translation>niemand einzuladen</translation>
    </message>
    <message>
        <source>at most %1 people can be invited in one request, not %2</source>
        <translation>in einer Anfrage können höchstens %1 Personen eingeladen werden, nicht %2</translation>
    </message>
</context>
<context>
    <name>moderato::InviteeEntry</name>
    <message>
        <source>Type an object id or a user principal name (name@example.com).</source>
        <translation>Geben Sie eine Objekt-ID oder einen Benutzerprinzipalnamen (name@example.com) ein.</translation>
    </message>
    <message>
        <source>“%1” is neither an object id nor a user principal name (name@example.com).</source>
        <translation>„%1“ ist weder eine Objekt-ID noch ein Benutzerprinzipalname (name@example.com).</translation>
    </message>
    <message>
        <source>Type the number in international format: + country code and number, e.g. +14255550123.</source>
        <translation>Geben Sie die Nummer im internationalen Format ein: + Ländervorwahl und Nummer, z. B. +14255550123.</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Noch niemand ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>%n people will be called, each with an invitation of their own.</source>
        <translation>
            <numerusform>%n Person wird angerufen, mit einer eigenen Einladung.</numerusform>
            <numerusform>%n Personen werden angerufen, jede mit einer eigenen Einladung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moderato::JoinDialog</name>
    <message>
        <source>%1 — %2</source>
        <comment>meeting — when</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Join Meeting</source>
        <translation>Besprechung beitreten</translation>
    </message>
    <message>
        <source>Paste the meeting link, or the invitation with its meeting ID and passcode, or a Graph call id:</source>
        <translation>Fügen Sie den Besprechungslink, die Einladung mit Besprechungs-ID und Kenncode oder eine Graph-Anruf-ID ein:</translation>
    </message>
    <message>
        <source>https://teams.microsoft.com/l/meetup-join/…</source>
        <translation>https://teams.microsoft.com/l/meetup-join/…</translation>
    </message>
    <message>
        <source>Meeting to join</source>
        <translation>Beizutretende Besprechung</translation>
    </message>
    <message>
        <source>Recent meetings:</source>
        <translation>Letzte Besprechungen:</translation>
    </message>
    <message>
        <source>Passcode:</source>
        <translation>Kenncode:</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Joining a meeting needs a callback address (https) that Graph can reach: set it in Account… first. A Graph call id can be opened without one.</source>
        <translation>Zum Beitreten ist eine für Graph erreichbare Rückrufadresse (https) nötig: Legen Sie sie zuerst unter „Konto…“ fest. Eine Graph-Anruf-ID lässt sich auch ohne öffnen.</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
</context>
<context>
    <name>moderato::JoinMeetingRequest</name>
    <message>
        <source>joining needs an https callback URL</source>
        <translation>zum Beitreten ist eine https-Callback-URL nötig</translation>
    </message>
    <message>
        <source>joining needs a meeting thread and organizer, or a meeting id</source>
        <translation>zum Beitreten sind ein Besprechungs-Thread und Organisator oder eine Besprechungs-ID nötig</translation>
    </message>
    <message>
        <source>the answer names no call id (no id and no Location)</source>
        <translation>die Antwort nennt keine Anruf-ID (keine ID und kein Location)</translation>
    </message>
</context>
<context>
    <name>moderato::JoinTarget</name>
    <message numerus="yes">
        <source>A Teams meeting ID has 9 to 15 digits, this one has %n: copy it again from the invitation, or paste the whole join link.</source>
        <translation>
            <numerusform>Eine Teams-Besprechungs-ID hat 9 bis 15 Ziffern, diese hat %n Ziffer: Kopieren Sie sie erneut aus der Einladung oder fügen Sie den ganzen Beitrittslink ein.</numerusform>
            <numerusform>Eine Teams-Besprechungs-ID hat 9 bis 15 Ziffern, diese hat %n Ziffern: Kopieren Sie sie erneut aus der Einladung oder fügen Sie den ganzen Beitrittslink ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation&apos;s &quot;Meeting ID:&quot; line is empty: copy the meeting ID with it, or paste the whole join link.</source>
        <translation>Die Zeile „Besprechungs-ID:“ der Einladung ist leer: Kopieren Sie die Besprechungs-ID mit oder fügen Sie den ganzen Beitrittslink ein.</translation>
    </message>
    <message>
        <source>A Teams meeting ID has only digits (like 123 456 789 012): copy it again, or paste the whole join link.</source>
        <translation>Eine Teams-Besprechungs-ID hat nur Ziffern (wie 123 456 789 012): Kopieren Sie sie erneut oder fügen Sie den ganzen Beitrittslink ein.</translation>
    </message>
    <message>
        <source>The invitation&apos;s &quot;Passcode:&quot; line is empty: copy the passcode with the meeting ID, or paste the whole join link.</source>
        <translation>Die Zeile „Kenncode:“ der Einladung ist leer: Kopieren Sie den Kenncode mit der Besprechungs-ID oder fügen Sie den ganzen Beitrittslink ein.</translation>
    </message>
    <message>
        <source>A Teams passcode is up to 20 letters and digits, this one is not: copy it again, or paste the whole join link.</source>
        <translation>Ein Teams-Kenncode hat bis zu 20 Buchstaben und Ziffern, dieser nicht: Kopieren Sie ihn erneut oder fügen Sie den ganzen Beitrittslink ein.</translation>
    </message>
    <message>
        <source>This Teams link does not name a meeting thread (19:…@thread.v2): copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation>Dieser Teams-Link nennt keinen Besprechungs-Thread (19:…@thread.v2): Kopieren Sie den ganzen Link oder fügen Sie Besprechungs-ID und Kenncode aus der Einladung ein.</translation>
    </message>
    <message>
        <source>This Teams link is damaged after the meeting thread: copy the whole link again from the invitation.</source>
        <translation>Dieser Teams-Link ist nach dem Besprechungs-Thread beschädigt: Kopieren Sie den ganzen Link erneut aus der Einladung.</translation>
    </message>
    <message>
        <source>This Teams link is cut off before its context, which names the organiser and tenant: copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation>Dieser Teams-Link bricht vor seinem Kontext ab, der Organisator und Mandant nennt: Kopieren Sie den ganzen Link oder fügen Sie Besprechungs-ID und Kenncode aus der Einladung ein.</translation>
    </message>
    <message>
        <source>This Teams link&apos;s context is cut off or damaged: copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation>Der Kontext dieses Teams-Links ist abgeschnitten oder beschädigt: Kopieren Sie den ganzen Link oder fügen Sie Besprechungs-ID und Kenncode aus der Einladung ein.</translation>
    </message>
    <message>
        <source>This Teams link&apos;s context lacks the organiser or tenant (Oid, Tid): copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation>Im Kontext dieses Teams-Links fehlt der Organisator oder der Mandant (Oid, Tid): Kopieren Sie den ganzen Link oder fügen Sie Besprechungs-ID und Kenncode aus der Einladung ein.</translation>
    </message>
    <message>
        <source>This Teams link&apos;s organiser or tenant is not an id (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): copy the whole link again from the invitation.</source>
        <translation>Organisator oder Mandant dieses Teams-Links ist keine ID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx): Kopieren Sie den ganzen Link erneut aus der Einladung.</translation>
    </message>
    <message>
        <source>This Teams /meet/ link has no meeting number: copy the whole link, or paste the meeting ID and passcode from the invitation.</source>
        <translation>Dieser Teams-Link (/meet/) hat keine Besprechungsnummer: Kopieren Sie den ganzen Link oder fügen Sie Besprechungs-ID und Kenncode aus der Einladung ein.</translation>
    </message>
    <message>
        <source>The passcode in this Teams link (p=…) is not up to 20 letters and digits: copy the whole link again, or paste the meeting ID and passcode from the invitation.</source>
        <translation>Der Kenncode in diesem Teams-Link (p=…) hat nicht bis zu 20 Buchstaben und Ziffern: Kopieren Sie den ganzen Link erneut oder fügen Sie Besprechungs-ID und Kenncode aus der Einladung ein.</translation>
    </message>
    <message>
        <source>This link is wrapped in too many other links: paste the join link from the original invitation.</source>
        <translation>Dieser Link steckt in zu vielen anderen Links: Fügen Sie den Beitrittslink aus der ursprünglichen Einladung ein.</translation>
    </message>
    <message>
        <source>This link does not say where it leads (it has no url=…): paste the join link from the original invitation.</source>
        <translation>Dieser Link sagt nicht, wohin er führt (er hat kein url=…): Fügen Sie den Beitrittslink aus der ursprünglichen Einladung ein.</translation>
    </message>
    <message>
        <source>This link cannot be read: copy the join link again from the invitation.</source>
        <translation>Dieser Link ist nicht lesbar: Kopieren Sie den Beitrittslink erneut aus der Einladung.</translation>
    </message>
    <message>
        <source>Teams meeting links start with https://, this one with %1: copy the join link again from the invitation.</source>
        <translation>Teams-Besprechungslinks beginnen mit https://, dieser mit %1: Kopieren Sie den Beitrittslink erneut aus der Einladung.</translation>
    </message>
    <message>
        <source>This is a meeting of Teams for personal use (teams.live.com), which an organisation&apos;s bot cannot join: ask for a meeting organised with a work or school account.</source>
        <translation>Dies ist eine Besprechung von Teams für den privaten Gebrauch (teams.live.com), der der Bot einer Organisation nicht beitreten kann: Bitten Sie um eine Besprechung, die mit einem Geschäfts-, Schul- oder Unikonto organisiert ist.</translation>
    </message>
    <message>
        <source>This is a link to %1, not to a Teams meeting: paste the meeting&apos;s join link (https://teams.microsoft.com/…).</source>
        <translation>Dies ist ein Link zu %1, nicht zu einer Teams-Besprechung: Fügen Sie den Beitrittslink der Besprechung ein (https://teams.microsoft.com/…).</translation>
    </message>
    <message>
        <source>This Teams link is not a meeting join link: paste the link behind &quot;Join the meeting now&quot; in the invitation.</source>
        <translation>Dieser Teams-Link ist kein Beitrittslink einer Besprechung: Fügen Sie den Link hinter „Jetzt an der Besprechung teilnehmen“ aus der Einladung ein.</translation>
    </message>
    <message>
        <source>This is a script, not a link: paste the meeting&apos;s join link (https://teams.microsoft.com/…).</source>
        <translation>Dies ist ein Skript, kein Link: Fügen Sie den Beitrittslink der Besprechung ein (https://teams.microsoft.com/…).</translation>
    </message>
    <message>
        <source>A meeting&apos;s thread id (19:…@thread.v2) is not enough to join it, Moderato also needs its organiser and tenant: paste the whole join link instead.</source>
        <translation>Die Thread-ID einer Besprechung (19:…@thread.v2) reicht zum Beitreten nicht, Moderato braucht auch Organisator und Mandant: Fügen Sie stattdessen den ganzen Beitrittslink ein.</translation>
    </message>
    <message>
        <source>Moderato found no Teams meeting here: paste the meeting&apos;s join link, the meeting ID and passcode from the invitation, or a Graph call id.</source>
        <translation>Moderato hat hier keine Teams-Besprechung gefunden: Fügen Sie den Beitrittslink der Besprechung, Besprechungs-ID und Kenncode aus der Einladung oder eine Graph-Anruf-ID ein.</translation>
    </message>
    <message>
        <source>This text is too long (%1 characters, at most %2 are read): paste only the join link, or the meeting ID and passcode.</source>
        <translation>Dieser Text ist zu lang (%1 Zeichen, höchstens %2 werden gelesen): Fügen Sie nur den Beitrittslink oder Besprechungs-ID und Kenncode ein.</translation>
    </message>
    <message>
        <source>Paste a Teams meeting link, a meeting ID with its passcode, or a Graph call id.</source>
        <translation>Fügen Sie einen Teams-Besprechungslink, eine Besprechungs-ID mit Kenncode oder eine Graph-Anruf-ID ein.</translation>
    </message>
    <message>
        <source>Teams meeting, organiser&apos;s tenant %1…</source>
        <translation>Teams-Besprechung, Mandant des Organisators %1…</translation>
    </message>
    <message>
        <source>Meeting ID %1, no passcode</source>
        <translation>Besprechungs-ID %1, ohne Kenncode</translation>
    </message>
    <message>
        <source>Meeting ID %1 with its passcode</source>
        <translation>Besprechungs-ID %1 mit Kenncode</translation>
    </message>
    <message>
        <source>Graph call %1…</source>
        <translation>Graph-Anruf %1…</translation>
    </message>
</context>
<context>
    <name>moderato::ListParticipantsRequest</name>
    <message>
        <source>the answer has no participant list (&quot;value&quot; is not an array)</source>
        <translation>die Antwort hat keine Teilnehmerliste („value“ ist kein Array)</translation>
    </message>
    <message>
        <source>the participant list contains something that is not a participant</source>
        <translation>die Teilnehmerliste enthält etwas, das kein Teilnehmer ist</translation>
    </message>
</context>
<context>
    <name>moderato::LocalListener</name>
    <message>
        <source>The public address must be an https:// address, such as the one your tunnel gives you.</source>
        <translation>Die öffentliche Adresse muss eine https://-Adresse sein, etwa die Ihres Tunnels.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cannot listen on %1: %2.</source>
        <translation>Auf %1 kann nicht gelauscht werden: %2.</translation>
    </message>
    <message>
        <source>Listening on %1 for %2</source>
        <translation>Lauscht auf %1 für %2</translation>
    </message>
    <message>
        <source>Not listening for Graph&apos;s notifications.</source>
        <translation>Empfängt keine Benachrichtigungen von Graph.</translation>
    </message>
</context>
<context>
    <name>moderato::MainWindow</name>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Einladungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Moderato</source>
        <translation>Moderato</translation>
    </message>
    <message>
        <source>Moderato — %1</source>
        <translation>Moderato — %1</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>Meeting &amp;Options…</source>
        <translation>Besprechungs&amp;optionen…</translation>
    </message>
    <message>
        <source>Who may unmute, share video and present, the chat and the lobby of the joined meeting; lock it down</source>
        <translation>Wer die Stummschaltung aufheben, Video teilen und präsentieren darf, der Chat und der Wartebereich der Besprechung; sie sperren</translation>
    </message>
</context>
<context>
    <name>moderato::MeetingOptions</name>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Attendees may unmute</source>
        <translation>Teilnehmende dürfen ihr Mikrofon einschalten</translation>
    </message>
    <message>
        <source>Attendees may turn on their camera</source>
        <translation>Teilnehmende dürfen ihre Kamera einschalten</translation>
    </message>
    <message>
        <source>Who can present</source>
        <translation>Wer präsentieren kann</translation>
    </message>
    <message>
        <source>Meeting chat</source>
        <translation>Besprechungschat</translation>
    </message>
    <message>
        <source>Who bypasses the lobby</source>
        <translation>Wer den Wartebereich umgeht</translation>
    </message>
    <message>
        <source>Callers by phone bypass the lobby</source>
        <translation>Anrufer per Telefon umgehen den Wartebereich</translation>
    </message>
    <message>
        <source>Announce when people join or leave</source>
        <translation>Ansagen, wenn jemand beitritt oder geht</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>People in the organisation</source>
        <translation>Personen der Organisation</translation>
    </message>
    <message>
        <source>Only people with the presenter role</source>
        <translation>Nur Personen mit der Rolle Referent</translation>
    </message>
    <message>
        <source>Only organisers</source>
        <translation>Nur Organisatoren</translation>
    </message>
    <message>
        <source>Other (%1)</source>
        <translation>Anderes (%1)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Only during the meeting</source>
        <translation>Nur während der Besprechung</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Organisation, trusted organisations and guests</source>
        <translation>Organisation, vertrauenswürdige Organisationen und Gäste</translation>
    </message>
    <message>
        <source>Organisation and guests</source>
        <translation>Organisation und Gäste</translation>
    </message>
    <message>
        <source>Organisation without guests</source>
        <translation>Organisation ohne Gäste</translation>
    </message>
    <message>
        <source>People who were invited</source>
        <translation>Eingeladene Personen</translation>
    </message>
    <message>
        <source>Only the organiser (everyone else waits)</source>
        <translation>Nur der Organisator (alle anderen warten)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>moderato::MeetingOptionsController</name>
    <message>
        <source>Graph did not say who organised this meeting or which link it has (as when it is joined by its meeting ID), so Moderato cannot find its options. Join it from its link to change them.</source>
        <translation>Graph hat nicht gesagt, wer diese Besprechung organisiert oder welchen Link sie hat (wie beim Beitreten mit der Besprechungs-ID), daher findet Moderato ihre Optionen nicht. Treten Sie über ihren Link bei, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Graph finds no online meeting with this link among those of its organiser, so Moderato cannot show its options.</source>
        <translation>Graph findet unter den Besprechungen des Organisators keine Onlinebesprechung mit diesem Link, daher kann Moderato ihre Optionen nicht zeigen.</translation>
    </message>
    <message>
        <source>Nothing to change: the meeting already has these options.</source>
        <translation>Nichts zu ändern: Die Besprechung hat diese Optionen bereits.</translation>
    </message>
    <message>
        <source>The meeting options were changed.</source>
        <translation>Die Besprechungsoptionen wurden geändert.</translation>
    </message>
    <message>
        <source>The meeting is locked down: attendees cannot unmute or share video, only organisers present, and everyone new waits in the lobby. Restore puts back what was there before.</source>
        <translation>Die Besprechung ist gesperrt: Teilnehmende können weder ihr Mikrofon einschalten noch Video teilen, nur Organisatoren präsentieren, und alle Neuen warten im Wartebereich. „Wiederherstellen“ setzt zurück, was vorher galt.</translation>
    </message>
    <message>
        <source>The meeting is locked down. Restore puts back what was there before.</source>
        <translation>Die Besprechung ist gesperrt. „Wiederherstellen“ setzt zurück, was vorher galt.</translation>
    </message>
    <message>
        <source>The meeting options from before the lock-down are back.</source>
        <translation>Die Besprechungsoptionen von vor der Sperre gelten wieder.</translation>
    </message>
    <message>
        <source>Everyone bypasses the lobby now: the people waiting are let in, and so is anyone who joins later. Graph cannot admit one person alone.</source>
        <translation>Jetzt umgehen alle den Wartebereich: Die Wartenden werden eingelassen, ebenso alle, die später beitreten. Graph kann keine einzelne Person einlassen.</translation>
    </message>
    <message>
        <source>The tenant has not allowed Moderato to read or change the online meetings of this meeting&apos;s organiser. A Teams administrator can allow it with these two PowerShell lines (changes can take up to 30 minutes to reach Graph):</source>
        <translation>Der Mandant erlaubt Moderato nicht, die Onlinebesprechungen des Organisators dieser Besprechung zu lesen oder zu ändern. Ein Teams-Administrator kann es mit diesen zwei PowerShell-Zeilen erlauben (Änderungen erreichen Graph nach bis zu 30 Minuten):</translation>
    </message>
    <message>
        <source>Moderato&apos;s app registration lacks the application permission %1: an administrator must add OnlineMeetings.ReadWrite.All and grant admin consent.</source>
        <translation>Der App-Registrierung von Moderato fehlt die Anwendungsberechtigung %1: Ein Administrator muss OnlineMeetings.ReadWrite.All hinzufügen und die Administratorzustimmung erteilen.</translation>
    </message>
    <message>
        <source>Graph no longer finds this online meeting: it may have been deleted.</source>
        <translation>Graph findet diese Onlinebesprechung nicht mehr: Sie wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>Graph refused these meeting options: %1</source>
        <translation>Graph hat diese Besprechungsoptionen abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>moderato::MeetingOptionsDialog</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Lock Down</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Let &amp;Everyone In</source>
        <translation>&amp;Alle einlassen</translation>
    </message>
    <message>
        <source>Rel&amp;oad</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Meeting Options</source>
        <translation>Besprechungsoptionen</translation>
    </message>
    <message>
        <source>Applies: %1</source>
        <translation>Setzt: %1</translation>
    </message>
    <message>
        <source>Sets the lobby bypass to everyone: the people waiting come in, and so does anyone who joins later. Graph cannot admit one person alone.</source>
        <translation>Lässt alle den Wartebereich umgehen: Die Wartenden kommen herein, ebenso alle, die später beitreten. Graph kann keine einzelne Person einlassen.</translation>
    </message>
    <message>
        <source>Copy Commands</source>
        <translation>Befehle kopieren</translation>
    </message>
    <message>
        <source>No call is open.</source>
        <translation>Kein Anruf ist geöffnet.</translation>
    </message>
    <message>
        <source>The meeting&apos;s options have not been read yet.</source>
        <translation>Die Optionen der Besprechung wurden noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Reading the meeting&apos;s options…</source>
        <translation>Die Optionen der Besprechung werden gelesen…</translation>
    </message>
    <message>
        <source>Changing the meeting&apos;s options…</source>
        <translation>Die Optionen der Besprechung werden geändert…</translation>
    </message>
    <message>
        <source>The meeting&apos;s options could not be read.</source>
        <translation>Die Optionen der Besprechung konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>These are the options of the meeting as Graph has them now. Changes apply at once, also to the people already in it.</source>
        <translation>Dies sind die Optionen der Besprechung, wie Graph sie jetzt hat. Änderungen gelten sofort, auch für alle, die schon teilnehmen.</translation>
    </message>
    <message>
        <source>Restore puts back:</source>
        <translation>„Wiederherstellen“ setzt zurück:</translation>
    </message>
    <message>
        <source>&amp;Use for Lock Down</source>
        <translation>Für Sperre &amp;verwenden</translation>
    </message>
    <message>
        <source>From now on Lock Down applies the options shown here (kept in the settings)</source>
        <translation>Ab jetzt setzt „Sperren“ die hier gezeigten Optionen (in den Einstellungen gespeichert)</translation>
    </message>
    <message>
        <source>Lock Down now applies: %1</source>
        <translation>„Sperren“ setzt jetzt: %1</translation>
    </message>
</context>
<context>
    <name>moderato::MeetingPresence</name>
    <message>
        <source>Don&apos;t ask again</source>
        <translation>Nicht mehr fragen</translation>
    </message>
    <message>
        <source>Moderato is still leaving the meeting; join the next one when it has left.</source>
        <translation>Moderato verlässt die Besprechung noch; treten Sie der nächsten bei, sobald es sie verlassen hat.</translation>
    </message>
    <message>
        <source>Moderato is already in this meeting.</source>
        <translation>Moderato ist bereits in dieser Besprechung.</translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is in the meeting it joined. Leave that meeting before joining the next one, or keep the bot in it?</source>
        <translation>Moderatos Bot ist in der Besprechung, der er beigetreten ist. Diese Besprechung verlassen, bevor Sie der nächsten beitreten, oder den Bot darin lassen?</translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is in “%1”. Leave that meeting before joining the next one, or keep the bot in it?</source>
        <translation>Moderatos Bot ist in „%1“. Diese Besprechung verlassen, bevor Sie der nächsten beitreten, oder den Bot darin lassen?</translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) still ringing there will no longer be followed here.</source>
        <translation>
            <numerusform>%n Einladung, die dort noch klingelt, wird hier nicht mehr verfolgt.</numerusform>
            <numerusform>%n Einladungen, die dort noch klingeln, werden hier nicht mehr verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Join Another Meeting</source>
        <translation>Einer anderen Besprechung beitreten</translation>
    </message>
    <message>
        <source>Leave and Join</source>
        <translation>Verlassen und beitreten</translation>
    </message>
    <message>
        <source>Keep the Bot In and Join</source>
        <translation>Bot darin lassen und beitreten</translation>
    </message>
    <message>
        <source>Leave meeting</source>
        <translation>Besprechung verlassen</translation>
    </message>
    <message>
        <source>Leave the meeting? Moderato&apos;s bot hangs up; the meeting goes on for everyone else.</source>
        <translation>Die Besprechung verlassen? Moderatos Bot legt auf; für alle anderen geht die Besprechung weiter.</translation>
    </message>
    <message>
        <source>Quit Moderato</source>
        <translation>Moderato beenden</translation>
    </message>
    <message>
        <source>Moderato&apos;s bot is in the meeting it joined. Leave the meeting, or keep the bot in it after Moderato quits?</source>
        <translation>Moderatos Bot ist in der Besprechung, der er beigetreten ist. Die Besprechung verlassen oder den Bot nach dem Beenden von Moderato darin lassen?</translation>
    </message>
    <message>
        <source>Leave the Meeting</source>
        <translation>Besprechung verlassen</translation>
    </message>
    <message>
        <source>Keep the Bot In</source>
        <translation>Bot darin lassen</translation>
    </message>
</context>
<context>
    <name>moderato::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Weniger zeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
</context>
<context>
    <name>moderato::ModerationActions</name>
    <message>
        <source>Nothing was sent for %1: the action was stopped.</source>
        <translation>Für %1 wurde nichts gesendet: die Aktion wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>moderato::NotificationHookup</name>
    <message>
        <source>The relay&apos;s key is not in the keychain: enter it in Account….</source>
        <translation>Der Schlüssel des Relays ist nicht im Schlüsselbund: Geben Sie ihn unter „Konto…“ ein.</translation>
    </message>
    <message>
        <source>Moderato is closing.</source>
        <translation>Moderato wird beendet.</translation>
    </message>
</context>
<context>
    <name>moderato::NotificationPathTest</name>
    <message>
        <source>Notifications are off: choose the relay or your own address first.</source>
        <translation>Benachrichtigungen sind aus: Wählen Sie zuerst das Relay oder Ihre eigene Adresse.</translation>
    </message>
    <message>
        <source>The test request did not come back within the time allowed.</source>
        <translation>Die Testanfrage kam nicht rechtzeitig zurück.</translation>
    </message>
    <message>
        <source>The listener did not open in time: %1</source>
        <translation>Der Listener wurde nicht rechtzeitig geöffnet: %1</translation>
    </message>
    <message>
        <source>Graph can reach Moderato: a test request to %1 came back to this computer.</source>
        <translation>Graph kann Moderato erreichen: Eine Testanfrage an %1 kam auf diesem Computer an.</translation>
    </message>
    <message>
        <source>Another listener answered the test request to %1: each moderator&apos;s computer needs its own hybrid connection (or tunnel).</source>
        <translation>Ein anderer Listener hat die Testanfrage an %1 beantwortet: Jeder Rechner eines Moderators braucht seine eigene Hybridverbindung (oder seinen eigenen Tunnel).</translation>
    </message>
    <message>
        <source>The test request to %1 failed: %2.</source>
        <translation>Die Testanfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The test request to %1 was answered with HTTP %2 instead of reaching Moderato.</source>
        <translation>Die Testanfrage an %1 wurde mit HTTP %2 beantwortet, statt Moderato zu erreichen.</translation>
    </message>
    <message>
        <source>The listener could not open: %1.</source>
        <translation>Der Listener konnte nicht geöffnet werden: %1.</translation>
    </message>
</context>
<context>
    <name>moderato::NotificationReceiver</name>
    <message numerus="yes">
        <source>%n notification(s) refused.</source>
        <translation>
            <numerusform>%n Benachrichtigung abgewiesen.</numerusform>
            <numerusform>%n Benachrichtigungen abgewiesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another listener shares this hybrid connection: each moderator&apos;s machine needs its own.</source>
        <translation>Ein anderer Listener teilt diese Hybridverbindung: Jeder Rechner eines Moderators braucht seine eigene.</translation>
    </message>
    <message>
        <source>a request to another address</source>
        <translation>eine Anfrage an eine andere Adresse</translation>
    </message>
</context>
<context>
    <name>moderato::NotificationSettings</name>
    <message>
        <source>The relay namespace is a host name, like contoso-moderato.servicebus.windows.net.</source>
        <translation>Der Relay-Namespace ist ein Hostname wie contoso-moderato.servicebus.windows.net.</translation>
    </message>
    <message>
        <source>The hybrid connection is a name of letters, digits, dots, dashes and underscores.</source>
        <translation>Die Hybridverbindung ist ein Name aus Buchstaben, Ziffern, Punkten, Binde- und Unterstrichen.</translation>
    </message>
    <message>
        <source>The relay needs the name of a shared access policy with Listen rights.</source>
        <translation>Das Relay braucht den Namen einer SAS-Richtlinie mit Listen-Recht.</translation>
    </message>
    <message>
        <source>The relay&apos;s address must be wss:// (ws:// only on this computer).</source>
        <translation>Die Adresse des Relays muss mit wss:// beginnen (ws:// nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>Graph posts only to https: the public address must start with https://.</source>
        <translation>Graph sendet nur an https: Die öffentliche Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Choose the local port that your tunnel or proxy forwards to.</source>
        <translation>Wählen Sie den lokalen Port, an den Ihr Tunnel oder Proxy weiterleitet.</translation>
    </message>
    <message>
        <source>The OpenID configuration address must be https (http only on this computer).</source>
        <translation>Die Adresse der OpenID-Konfiguration muss https sein (http nur auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>moderato::NotificationTokenVerifier</name>
    <message>
        <source>The notification has no bearer token in its Authorization header.</source>
        <translation>Die Benachrichtigung hat kein Bearer-Token im Authorization-Header.</translation>
    </message>
    <message>
        <source>There are no signing keys to check the token with.</source>
        <translation>Es gibt keine Signaturschlüssel, mit denen sich das Token prüfen lässt.</translation>
    </message>
    <message>
        <source>The token is not signed (its algorithm is &quot;none&quot;).</source>
        <translation>Das Token ist nicht signiert (sein Algorithmus ist „none“).</translation>
    </message>
    <message>
        <source>The token is not signed with RS256, the only algorithm Graph uses.</source>
        <translation>Das Token ist nicht mit RS256 signiert, dem einzigen Algorithmus, den Graph verwendet.</translation>
    </message>
    <message>
        <source>The token&apos;s type is not JWT.</source>
        <translation>Der Typ des Tokens ist nicht JWT.</translation>
    </message>
    <message>
        <source>The token requires header extensions Moderato does not know.</source>
        <translation>Das Token verlangt Header-Erweiterungen, die Moderato nicht kennt.</translation>
    </message>
    <message>
        <source>The token does not say which key signed it.</source>
        <translation>Das Token nennt nicht den Schlüssel, der es signiert hat.</translation>
    </message>
    <message>
        <source>The token was not issued by the Bot Framework (https://api.botframework.com).</source>
        <translation>Das Token wurde nicht vom Bot Framework (https://api.botframework.com) ausgestellt.</translation>
    </message>
    <message>
        <source>The token is meant for another application.</source>
        <translation>Das Token ist für eine andere Anwendung bestimmt.</translation>
    </message>
    <message>
        <source>The token has no valid expiry time.</source>
        <translation>Das Token hat keine gültige Ablaufzeit.</translation>
    </message>
    <message>
        <source>The token has expired.</source>
        <translation>Das Token ist abgelaufen.</translation>
    </message>
    <message>
        <source>The token&apos;s start time is not valid.</source>
        <translation>Die Startzeit des Tokens ist ungültig.</translation>
    </message>
    <message>
        <source>The token is not valid yet.</source>
        <translation>Das Token ist noch nicht gültig.</translation>
    </message>
    <message>
        <source>The token was signed with a key Graph does not publish.</source>
        <translation>Das Token wurde mit einem Schlüssel signiert, den Graph nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>The token&apos;s signature does not match Graph&apos;s key.</source>
        <translation>Die Signatur des Tokens passt nicht zum Schlüssel von Graph.</translation>
    </message>
</context>
<context>
    <name>moderato::NotificationsBox</name>
    <message>
        <source>Graph&apos;s notifications</source>
        <translation>Benachrichtigungen von Graph</translation>
    </message>
    <message>
        <source>Off — read the roster every few seconds</source>
        <translation>Aus — Teilnehmerliste alle paar Sekunden lesen</translation>
    </message>
    <message>
        <source>Azure Relay hybrid connection</source>
        <translation>Azure-Relay-Hybridverbindung</translation>
    </message>
    <message>
        <source>My own https address (tunnel or proxy)</source>
        <translation>Eigene https-Adresse (Tunnel oder Proxy)</translation>
    </message>
    <message>
        <source>contoso-moderato.servicebus.windows.net/moderato-adele</source>
        <translation>contoso-moderato.servicebus.windows.net/moderato-adele</translation>
    </message>
    <message>
        <source>A shared access policy with Listen rights</source>
        <translation>Eine SAS-Richtlinie mit Listen-Recht</translation>
    </message>
    <message>
        <source>The policy&apos;s key (kept in the keychain)</source>
        <translation>Der Schlüssel der Richtlinie (im Schlüsselbund abgelegt)</translation>
    </message>
    <message>
        <source>&amp;Hybrid connection:</source>
        <translation>&amp;Hybridverbindung:</translation>
    </message>
    <message>
        <source>Key &amp;name:</source>
        <translation>Schlüssel&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>https://moderato-adele.eu.devtunnels.ms</source>
        <translation>https://moderato-adele.eu.devtunnels.ms</translation>
    </message>
    <message>
        <source>&amp;Public address:</source>
        <translation>Ö&amp;ffentliche Adresse:</translation>
    </message>
    <message>
        <source>Local &amp;port:</source>
        <translation>Lokaler &amp;Port:</translation>
    </message>
    <message>
        <source>Without notifications Moderato sees at most 100 people of a meeting and learns how an invitation ended only from the roster.</source>
        <translation>Ohne Benachrichtigungen sieht Moderato höchstens 100 Personen einer Besprechung und erfährt den Ausgang einer Einladung nur aus der Teilnehmerliste.</translation>
    </message>
    <message>
        <source>Moderato connects out to the relay; nothing listens on this computer. Each moderator&apos;s computer needs its own hybrid connection: the relay hands each notification to one listener only. Turn client authorization off on it — Moderato checks Graph&apos;s signature instead.</source>
        <translation>Moderato verbindet sich ausgehend mit dem Relay; auf diesem Computer lauscht nichts. Jeder Rechner eines Moderators braucht seine eigene Hybridverbindung: Das Relay gibt jede Benachrichtigung nur an einen Listener. Schalten Sie dort die Clientautorisierung aus — Moderato prüft stattdessen die Signatur von Graph.</translation>
    </message>
    <message>
        <source>Moderato listens on this computer&apos;s loopback port; your tunnel or reverse proxy must forward the public https address to it.</source>
        <translation>Moderato lauscht auf einem Loopback-Port dieses Computers; Ihr Tunnel oder Reverse-Proxy muss die öffentliche https-Adresse dorthin weiterleiten.</translation>
    </message>
    <message>
        <source>Stored in the keychain — type to replace</source>
        <translation>Im Schlüsselbund gespeichert — zum Ersetzen eingeben</translation>
    </message>
    <message>
        <source>Give the hybrid connection as NAMESPACE/NAME, e.g. contoso-moderato.servicebus.windows.net/moderato-adele.</source>
        <translation>Geben Sie die Hybridverbindung als NAMESPACE/NAME an, z. B. contoso-moderato.servicebus.windows.net/moderato-adele.</translation>
    </message>
    <message>
        <source>Type the relay&apos;s key.</source>
        <translation>Geben Sie den Schlüssel des Relays ein.</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Opens the listener and sends a request to the public address: it must come back here.</source>
        <translation>Öffnet den Listener und sendet eine Anfrage an die öffentliche Adresse: Sie muss hier ankommen.</translation>
    </message>
    <message>
        <source>Opening the listener and sending a test request…</source>
        <translation>Listener wird geöffnet und eine Testanfrage gesendet …</translation>
    </message>
</context>
<context>
    <name>moderato::OpenIdKeyCache</name>
    <message>
        <source>The OpenID configuration address must be https (plain http only on this computer).</source>
        <translation>Die Adresse der OpenID-Konfiguration muss https sein (unverschlüsseltes http nur auf diesem Computer).</translation>
    </message>
    <message>
        <source>Fetching the %1 took too long or its answer was too large.</source>
        <translation>Das Abrufen von %1 dauerte zu lange oder die Antwort war zu groß.</translation>
    </message>
    <message>
        <source>The %1 could not be fetched: %2.</source>
        <translation>%1 konnte nicht abgerufen werden: %2.</translation>
    </message>
    <message>
        <source>The %1 could not be fetched (HTTP %2).</source>
        <translation>%1 konnte nicht abgerufen werden (HTTP %2).</translation>
    </message>
    <message>
        <source>OpenID configuration</source>
        <translation>OpenID-Konfiguration</translation>
    </message>
    <message>
        <source>The OpenID configuration is not a JSON object.</source>
        <translation>Die OpenID-Konfiguration ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The OpenID configuration has no jwks_uri, or one that is not https.</source>
        <translation>Die OpenID-Konfiguration hat keine jwks_uri oder eine, die nicht https ist.</translation>
    </message>
    <message>
        <source>The OpenID configuration does not list RS256 among its signing algorithms.</source>
        <translation>Die OpenID-Konfiguration nennt RS256 nicht unter ihren Signaturalgorithmen.</translation>
    </message>
    <message>
        <source>signing key set</source>
        <translation>Signaturschlüsselsatz</translation>
    </message>
    <message>
        <source>The signing key set is not a JSON object with a &quot;keys&quot; array.</source>
        <translation>Der Signaturschlüsselsatz ist kein JSON-Objekt mit einem „keys“-Array.</translation>
    </message>
    <message>
        <source>The signing key set has no usable RSA key.</source>
        <translation>Der Signaturschlüsselsatz enthält keinen verwendbaren RSA-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>moderato::Participant</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>moderato::ParticipantModel</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>Wird entfernt …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird zurückgezogen …</translation>
    </message>
    <message>
        <source>Muting…</source>
        <translation>Wird stummgeschaltet …</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Communication Services user</source>
        <translation>Communication-Services-Benutzer</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>On-premises</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>screen sharing</source>
        <translation>Bildschirmfreigabe</translation>
    </message>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>In lobby</source>
        <translation>Im Wartebereich</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Lobby</source>
        <translation>Wartebereich</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>External (%1…)</source>
        <translation>Extern (%1…)</translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Phone network</source>
        <translation>Telefonnetz</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Waiting in lobby</source>
        <translation>Im Wartebereich</translation>
    </message>
    <message>
        <source>In the call</source>
        <translation>Im Anruf</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Tritt bei …</translation>
    </message>
    <message>
        <source>Ringing</source>
        <translation>Klingelt</translation>
    </message>
    <message>
        <source>Ringing — %1 s</source>
        <translation>Klingelt — %1 s</translation>
    </message>
    <message>
        <source>Invitation ended</source>
        <translation>Einladung beendet</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <source>Moderato — this app</source>
        <translation>Moderato — diese App</translation>
    </message>
    <message>
        <source>Putting on hold…</source>
        <translation>Wird in Warteschleife gesetzt…</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>In Warteschleife</translation>
    </message>
    <message>
        <source>On hold (not confirmed)</source>
        <translation>In Warteschleife (nicht bestätigt)</translation>
    </message>
    <message>
        <source>Resuming…</source>
        <translation>Wird zurückgeholt…</translation>
    </message>
</context>
<context>
    <name>moderato::ParticipantRule</name>
    <message>
        <source>anonymous guests</source>
        <translation>anonyme Gäste</translation>
    </message>
    <message>
        <source>people of other organisations</source>
        <translation>Personen anderer Organisationen</translation>
    </message>
    <message>
        <source>phone dial-ins</source>
        <translation>Telefoneinwahlen</translation>
    </message>
    <message>
        <source>everyone waiting in the lobby</source>
        <translation>alle, die im Wartebereich warten</translation>
    </message>
    <message>
        <source>other applications and bots</source>
        <translation>andere Anwendungen und Bots</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of participant; use %2.</source>
        <translation>„%1“ ist keine Art von Teilnehmer; verwenden Sie %2.</translation>
    </message>
    <message>
        <source>Name at least one kind of participant: %1.</source>
        <translation>Nennen Sie mindestens eine Art von Teilnehmer: %1.</translation>
    </message>
</context>
<context>
    <name>moderato::RelayListener</name>
    <message>
        <source>Cannot reach the relay %1</source>
        <translation>Das Relay %1 ist nicht erreichbar</translation>
    </message>
    <message>
        <source>The relay namespace is missing or not a host name.</source>
        <translation>Der Relay-Namespace fehlt oder ist kein Hostname.</translation>
    </message>
    <message>
        <source>The hybrid connection&apos;s name is missing or not a plain path.</source>
        <translation>Der Name der Hybridverbindung fehlt oder ist kein einfacher Pfad.</translation>
    </message>
    <message>
        <source>The relay&apos;s key name or key is missing.</source>
        <translation>Schlüsselname oder Schlüssel des Relays fehlt.</translation>
    </message>
    <message>
        <source>The relay address must be a wss:// address.</source>
        <translation>Die Relay-Adresse muss eine wss://-Adresse sein.</translation>
    </message>
    <message>
        <source>An unencrypted ws:// relay address is allowed only on this computer.</source>
        <translation>Eine unverschlüsselte ws://-Relay-Adresse ist nur auf diesem Computer erlaubt.</translation>
    </message>
    <message>
        <source>Not listening for Graph&apos;s notifications.</source>
        <translation>Empfängt keine Benachrichtigungen von Graph.</translation>
    </message>
    <message>
        <source>Connecting to the relay %1…</source>
        <translation>Verbindung mit dem Relay %1 …</translation>
    </message>
    <message>
        <source>Listening through %1</source>
        <translation>Lauscht über %1</translation>
    </message>
    <message>
        <source>The relay %1 refused the key named &apos;%2&apos;: check the key name and the key.</source>
        <translation>Das Relay %1 hat den Schlüssel „%2“ abgelehnt: Prüfen Sie Schlüsselname und Schlüssel.</translation>
    </message>
    <message>
        <source>The key named &apos;%2&apos; may not listen on %1: it needs the Listen right there.</source>
        <translation>Der Schlüssel „%2“ darf auf %1 nicht lauschen: Er braucht dort das Listen-Recht.</translation>
    </message>
    <message>
        <source>The relay %1 has no hybrid connection named &apos;%2&apos;.</source>
        <translation>Das Relay %1 hat keine Hybridverbindung namens „%2“.</translation>
    </message>
    <message>
        <source>Connection to the relay lost</source>
        <translation>Verbindung zum Relay verloren</translation>
    </message>
    <message>
        <source>%1; trying again in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <source>The relay stopped answering</source>
        <translation>Das Relay antwortet nicht mehr</translation>
    </message>
</context>
<context>
    <name>moderato::RosterActions</name>
    <message>
        <source>&amp;Remove from Call</source>
        <translation>Aus dem Anruf &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected participants from the call</source>
        <translation>Die ausgewählten Teilnehmer aus dem Anruf entfernen</translation>
    </message>
    <message>
        <source>&amp;Cancel Invitation</source>
        <translation>Einladung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Stop ringing the selected invitees</source>
        <translation>Bei den ausgewählten Eingeladenen nicht mehr klingeln lassen</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stummschalten</translation>
    </message>
    <message>
        <source>Mute the selected participants</source>
        <translation>Die ausgewählten Teilnehmer stummschalten</translation>
    </message>
    <message>
        <source>Remove or Cancel</source>
        <translation>Entfernen oder zurückziehen</translation>
    </message>
    <message>
        <source>Remove the selected participants and cancel the selected invitations</source>
        <translation>Die ausgewählten Teilnehmer entfernen und die ausgewählten Einladungen zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Invite people to the call</source>
        <translation>Personen in den Anruf einladen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load the roster now</source>
        <translation>Die Teilnehmerliste jetzt laden</translation>
    </message>
    <message>
        <source>Copy Participant &amp;Id</source>
        <translation>Teilnehmer-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the selected participant&apos;s id to the clipboard</source>
        <translation>Die ID des ausgewählten Teilnehmers in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Filter Roster</source>
        <translation>Teilnehmerliste &amp;filtern</translation>
    </message>
    <message>
        <source>Type to filter the roster</source>
        <translation>Tippen, um die Teilnehmerliste zu filtern</translation>
    </message>
    <message>
        <source>&amp;Account…</source>
        <translation>&amp;Konto…</translation>
    </message>
    <message>
        <source>Set up the account Moderato signs in with</source>
        <translation>Das Konto einrichten, mit dem sich Moderato anmeldet</translation>
    </message>
    <message>
        <source>&amp;About Moderato</source>
        <translation>&amp;Über Moderato</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Moderato</source>
        <translation>Moderato beenden</translation>
    </message>
    <message>
        <source>&amp;Join Meeting…</source>
        <translation>Besprechung bei&amp;treten…</translation>
    </message>
    <message>
        <source>Join a meeting from its link, its invitation or a call id</source>
        <translation>Einer Besprechung über ihren Link, ihre Einladung oder eine Anruf-ID beitreten</translation>
    </message>
    <message>
        <source>&amp;Leave Meeting…</source>
        <translation>Besprechung &amp;verlassen…</translation>
    </message>
    <message>
        <source>Hang up Moderato&apos;s bot; the meeting goes on for everyone else</source>
        <translation>Moderatos Bot auflegen lassen; für alle anderen geht die Besprechung weiter</translation>
    </message>
    <message>
        <source>Remove a &amp;Group…</source>
        <translation>Eine &amp;Gruppe entfernen…</translation>
    </message>
    <message>
        <source>Remove everyone the filter shows, or everyone of some kinds, after a preview</source>
        <translation>Alle, die der Filter zeigt, oder alle bestimmter Arten nach einer Vorschau entfernen</translation>
    </message>
    <message>
        <source>Mute a Gro&amp;up…</source>
        <translation>Eine Gr&amp;uppe stummschalten…</translation>
    </message>
    <message>
        <source>Mute everyone the filter shows, or everyone of some kinds, after a preview</source>
        <translation>Alle, die der Filter zeigt, oder alle bestimmter Arten nach einer Vorschau stummschalten</translation>
    </message>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>&amp;Moderationsprotokoll…</translation>
    </message>
    <message>
        <source>Every moderation action of every call, with filters and export</source>
        <translation>Jede Moderationsaktion jedes Anrufs, mit Filtern und Export</translation>
    </message>
    <message>
        <source>Put on &amp;Hold</source>
        <translation>In &amp;Warteschleife setzen</translation>
    </message>
    <message>
        <source>Take the selected participant out of the conversation with hold music, without removing them (one at a time)</source>
        <translation>Den ausgewählten Teilnehmer mit Wartemusik aus dem Gespräch nehmen, ohne ihn zu entfernen (immer nur eine Person)</translation>
    </message>
    <message>
        <source>R&amp;esume</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Bring the selected participant back from hold into the conversation</source>
        <translation>Den ausgewählten Teilnehmer aus der Warteschleife ins Gespräch zurückholen</translation>
    </message>
</context>
<context>
    <name>moderato::RosterFilterModel</name>
    <message>
        <source>Moderato — this app</source>
        <translation>Moderato — diese App</translation>
    </message>
    <message>
        <source>How Moderato is in this call: never removed or muted from here.</source>
        <translation>So ist Moderato in diesem Anruf: wird von hier aus nie entfernt oder stummgeschaltet.</translation>
    </message>
</context>
<context>
    <name>moderato::RosterSelection</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants and cancel invitations</source>
        <translation>Teilnehmer entfernen und Einladungen zurückziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n participants will be removed from the call:</source>
        <translation>
            <numerusform>%n Teilnehmer wird aus dem Anruf entfernt:</numerusform>
            <numerusform>%n Teilnehmer werden aus dem Anruf entfernt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitations will be cancelled:</source>
        <translation>
            <numerusform>%n Einladung wird zurückgezogen:</numerusform>
            <numerusform>%n Einladungen werden zurückgezogen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>Fortfahren?</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the call?</source>
        <translation>%1 aus dem Anruf entfernen?</translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participants from the call?</source>
        <translation>
            <numerusform>%n Teilnehmer aus dem Anruf entfernen?</numerusform>
            <numerusform>%n Teilnehmer aus dem Anruf entfernen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Cancel the invitation to %1?</source>
        <translation>Die Einladung an %1 zurückziehen?</translation>
    </message>
    <message>
        <source>Cancel invitations</source>
        <translation>Einladungen zurückziehen</translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n invitations?</source>
        <translation>
            <numerusform>%n Einladung zurückziehen?</numerusform>
            <numerusform>%n Einladungen zurückziehen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>moderato::RosterView</name>
    <message>
        <source>Filter by name, address or id (Ctrl+F)</source>
        <translation>Nach Name, Adresse oder ID filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter the roster</source>
        <translation>Die Teilnehmerliste filtern</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show the whole roster</source>
        <translation>Die ganze Teilnehmerliste zeigen</translation>
    </message>
    <message>
        <source>In lobby</source>
        <translation>Im Wartebereich</translation>
    </message>
    <message>
        <source>Only people waiting in the lobby</source>
        <translation>Nur Personen, die im Wartebereich warten</translation>
    </message>
    <message>
        <source>Guests and external</source>
        <translation>Gäste und Externe</translation>
    </message>
    <message>
        <source>Only guests and users from other organisations</source>
        <translation>Nur Gäste und Benutzer anderer Organisationen</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Only people on the phone</source>
        <translation>Nur Personen am Telefon</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Only muted participants</source>
        <translation>Nur stummgeschaltete Teilnehmer</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Only invitations still ringing</source>
        <translation>Nur Einladungen, bei denen es noch klingelt</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <source>External user</source>
        <translation>Externer Benutzer</translation>
    </message>
    <message>
        <source>Nobody matches the filter.</source>
        <translation>Niemand passt zum Filter.</translation>
    </message>
    <message>
        <source>Nobody is in the call.</source>
        <translation>Niemand ist im Anruf.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Waiting in lobby</source>
        <translation>Im Wartebereich</translation>
    </message>
    <message>
        <source>Ringing — 59 s</source>
        <translation>Klingelt — 59 s</translation>
    </message>
    <message>
        <source>Invitation ended</source>
        <translation>Einladung beendet</translation>
    </message>
</context>
<context>
    <name>moderato::SearchUsersRequest</name>
    <message>
        <source>nothing to search for</source>
        <translation>nichts zu suchen</translation>
    </message>
</context>
<context>
    <name>moderato::SessionBanners</name>
    <message>
        <source>The roster could not be refreshed; it shows the state of %1.</source>
        <translation>Die Teilnehmerliste konnte nicht aktualisiert werden; sie zeigt den Stand von %1.</translation>
    </message>
    <message>
        <source>The roster could not be loaded.</source>
        <translation>Die Teilnehmerliste konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Microsoft Graph asked Moderato to slow down. %1</source>
        <translation>Microsoft Graph hat Moderato gebeten, langsamer zu machen. %1</translation>
    </message>
    <message>
        <source>Copy Command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more that did not go through.</source>
        <translation>
            <numerusform>… und %n weitere, die nicht durchgingen.</numerusform>
            <numerusform>… und %n weitere, die nicht durchgingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting in the lobby — ask the organiser to admit Moderato&apos;s bot.</source>
        <translation>Im Wartebereich – bitten Sie den Organisator, Moderatos Bot einzulassen.</translation>
    </message>
    <message>
        <source>Join Again</source>
        <translation>Erneut beitreten</translation>
    </message>
    <message>
        <source>Moderato could not tell Graph that it is still in the call; it tries again in half a minute. %1</source>
        <translation>Moderato konnte Graph nicht mitteilen, dass es noch im Anruf ist; neuer Versuch in einer halben Minute. %1</translation>
    </message>
    <message numerus="yes">
        <source>Graph lists only the first %n people, and notifications have not told the rest yet: the roster may be incomplete.</source>
        <translation>
            <numerusform>Graph listet nur die erste Person, und die Benachrichtigungen haben die übrigen noch nicht genannt: Die Teilnehmerliste ist vielleicht unvollständig.</numerusform>
            <numerusform>Graph listet nur die ersten %n Personen, und die Benachrichtigungen haben die übrigen noch nicht genannt: Die Teilnehmerliste ist vielleicht unvollständig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Graph lists only the first %n people: the roster may be incomplete. Turn on notifications (Account…) to see everyone.</source>
        <translation>
            <numerusform>Graph listet nur die erste Person: Die Teilnehmerliste ist vielleicht unvollständig. Schalten Sie Benachrichtigungen ein (Konto…), um alle zu sehen.</numerusform>
            <numerusform>Graph listet nur die ersten %n Personen: Die Teilnehmerliste ist vielleicht unvollständig. Schalten Sie Benachrichtigungen ein (Konto…), um alle zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Moderato cannot hear Graph&apos;s notifications: %1 The roster is read every few seconds meanwhile.</source>
        <translation>Moderato empfängt keine Benachrichtigungen von Graph: %1 Die Teilnehmerliste wird so lange alle paar Sekunden gelesen.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Inviting back %1. The invitations panel follows their answers.</source>
        <translation>Erneute Einladung an %1. Die Einladungsliste zeigt die Antworten.</translation>
    </message>
    <message>
        <source>Nobody was invited back: Moderato is no longer in the call.</source>
        <translation>Niemand wurde wieder eingeladen: Moderato ist nicht mehr im Anruf.</translation>
    </message>
    <message>
        <source>Nobody could be invited back.</source>
        <translation>Niemand konnte wieder eingeladen werden.</translation>
    </message>
    <message>
        <source>Stopping: nothing more is sent; requests already on their way finish.</source>
        <translation>Wird angehalten: es wird nichts mehr gesendet; Anfragen, die schon unterwegs sind, werden zu Ende geführt.</translation>
    </message>
    <message>
        <source>Removing people: %1 of %2 done.</source>
        <translation>Personen werden entfernt: %1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Muting people: %1 of %2 done.</source>
        <translation>Personen werden stummgeschaltet: %1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Cancelling invitations: %1 of %2 done.</source>
        <translation>Einladungen werden zurückgezogen: %1 von %2 erledigt.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
</context>
<context>
    <name>moderato::TokenProvider</name>
    <message>
        <source>Sign-in failed: &quot;%1&quot; is not a tenant ID (a GUID) or a domain name.</source>
        <translation>Anmeldung fehlgeschlagen: „%1“ ist keine Mandanten-ID (GUID) und kein Domänenname.</translation>
    </message>
    <message>
        <source>Sign-in failed: &quot;%1&quot; is not an application (client) ID.</source>
        <translation>Anmeldung fehlgeschlagen: „%1“ ist keine Anwendungs-ID (Client).</translation>
    </message>
    <message>
        <source>Sign-in failed: no client secret is available.</source>
        <translation>Anmeldung fehlgeschlagen: Kein geheimer Clientschlüssel verfügbar.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret is empty.</source>
        <translation>Anmeldung fehlgeschlagen: Der geheime Clientschlüssel ist leer.</translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service at %1 did not answer in time.</source>
        <translation>Anmeldung fehlgeschlagen: Der Anmeldedienst unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Sign-in failed: could not reach the sign-in service at %1 (%2). Check the network connection and the sign-in URL.</source>
        <translation>Anmeldung fehlgeschlagen: Der Anmeldedienst unter %1 war nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung und die Anmelde-URL.</translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service at %1 answered without a usable bearer token.</source>
        <translation>Anmeldung fehlgeschlagen: Der Anmeldedienst unter %1 antwortete ohne verwendbares Bearer-Token.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret is wrong. Copy the secret&apos;s Value (not its Secret ID) from the app registration&apos;s Certificates &amp; secrets page and sign in again.</source>
        <translation>Anmeldung fehlgeschlagen: Der geheime Clientschlüssel ist falsch. Kopieren Sie den Wert des Schlüssels (nicht seine Geheimnis-ID) von der Seite „Zertifikate &amp; Geheimnisse“ der App-Registrierung und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in failed: the client secret has expired. Create a new secret in the app registration and sign in again with it.</source>
        <translation>Anmeldung fehlgeschlagen: Der geheime Clientschlüssel ist abgelaufen. Erstellen Sie in der App-Registrierung einen neuen und melden Sie sich damit erneut an.</translation>
    </message>
    <message>
        <source>Sign-in failed: application %1 was not found in tenant %2. Check the client ID and the tenant, and that an administrator has consented to the app in that tenant.</source>
        <translation>Anmeldung fehlgeschlagen: Die Anwendung %1 wurde im Mandanten %2 nicht gefunden. Prüfen Sie Client-ID und Mandant und ob ein Administrator der App in diesem Mandanten zugestimmt hat.</translation>
    </message>
    <message>
        <source>Sign-in failed: tenant %1 was not found. Check the tenant ID — and the cloud: a tenant of a national cloud (US Government, China) is unknown to the global sign-in service.</source>
        <translation>Anmeldung fehlgeschlagen: Der Mandant %1 wurde nicht gefunden. Prüfen Sie die Mandanten-ID – und die Cloud: Ein Mandant einer nationalen Cloud (US Government, China) ist dem globalen Anmeldedienst unbekannt.</translation>
    </message>
    <message>
        <source>Sign-in failed: tenant %1 belongs to another national cloud. Choose that cloud in the account settings (or with --cloud on the command line) and sign in again.</source>
        <translation>Anmeldung fehlgeschlagen: Der Mandant %1 gehört zu einer anderen nationalen Cloud. Wählen Sie diese Cloud in den Kontoeinstellungen (oder mit --cloud auf der Kommandozeile) und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in failed: the scope %1 is not valid for this sign-in service. Check that the cloud and the Graph URL belong together.</source>
        <translation>Anmeldung fehlgeschlagen: Der Bereich %1 ist für diesen Anmeldedienst ungültig. Prüfen Sie, ob Cloud und Graph-URL zusammenpassen.</translation>
    </message>
    <message>
        <source>Sign-in failed with error AADSTS%1. See https://login.microsoftonline.com/error?code=%1 for its meaning.</source>
        <translation>Anmeldung fehlgeschlagen mit Fehler AADSTS%1. Die Bedeutung steht unter https://login.microsoftonline.com/error?code=%1.</translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service at %1 answered HTTP %2 with something that is not a sign-in answer. Check the sign-in URL and the network (a proxy or portal page?).</source>
        <translation>Anmeldung fehlgeschlagen: Der Anmeldedienst unter %1 antwortete mit HTTP %2 und etwas, das keine Anmeldeantwort ist. Prüfen Sie die Anmelde-URL und das Netzwerk (ein Proxy oder eine Portalseite?).</translation>
    </message>
    <message>
        <source>Sign-in failed: the client ID or secret was not accepted. Check both and sign in again.</source>
        <translation>Anmeldung fehlgeschlagen: Client-ID oder geheimer Schlüssel wurden nicht akzeptiert. Prüfen Sie beide und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in failed: the sign-in service is temporarily unavailable. Try again shortly.</source>
        <translation>Anmeldung fehlgeschlagen: Der Anmeldedienst ist vorübergehend nicht erreichbar. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Sign-in failed (HTTP %1, %2).</source>
        <translation>Anmeldung fehlgeschlagen (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
</context>
<context>
    <name>moderato::UpdateOnlineMeetingRequest</name>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>the answer is not an online meeting (it has no id)</source>
        <translation>die Antwort ist keine Onlinebesprechung (sie hat keine ID)</translation>
    </message>
</context>
<context>
    <name>moderato::UserListRequest</name>
    <message>
        <source>the answer has no user list (&quot;value&quot; is not an array)</source>
        <translation>die Antwort hat keine Benutzerliste („value“ ist kein Array)</translation>
    </message>
    <message>
        <source>the user list contains an entry without an id</source>
        <translation>die Benutzerliste enthält einen Eintrag ohne ID</translation>
    </message>
</context>
<context>
    <name>moderato::cli::CliText</name>
    <message>
        <source>(request id %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>The relay&apos;s key is stored in the keychain; Moderato listens on %1/%2.</source>
        <translation>Der Schlüssel des Relays ist im Schlüsselbund gespeichert; Moderato lauscht auf %1/%2.</translation>
    </message>
    <message>
        <source>--relay-key-stdin needs the relay: give --relay NAMESPACE/NAME and --relay-key-name NAME.</source>
        <translation>--relay-key-stdin braucht das Relay: Geben Sie --relay NAMESPACE/NAME und --relay-key-name NAME an.</translation>
    </message>
    <message>
        <source>No relay key was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Schlüssel für das Relay angegeben.</translation>
    </message>
    <message>
        <source>No client secret was given.</source>
        <translation>Es wurde kein geheimer Clientschlüssel angegeben.</translation>
    </message>
    <message>
        <source>Signed in: the client secret is stored in the keychain and works.</source>
        <translation>Angemeldet: Der geheime Clientschlüssel ist im Schlüsselbund gespeichert und funktioniert.</translation>
    </message>
    <message>
        <source>Signed out: the client secret was removed from the keychain.</source>
        <translation>Abgemeldet: Der geheime Clientschlüssel wurde aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>this app</source>
        <translation>diese App</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>stummgeschaltet</translation>
    </message>
    <message>
        <source>in lobby</source>
        <translation>im Wartebereich</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <source>the service returned exactly 100 participants without a next page: the list may be incomplete.</source>
        <translation>Der Dienst lieferte genau 100 Teilnehmer ohne nächste Seite: Die Liste ist vielleicht unvollständig.</translation>
    </message>
    <message>
        <source>Moderate Microsoft Teams calls from scripts.</source>
        <translation>Microsoft-Teams-Anrufe aus Skripten moderieren.</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>Einer der Befehle unten.</translation>
    </message>
    <message>
        <source>The command&apos;s arguments and options.</source>
        <translation>Die Argumente und Optionen des Befehls.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Exit status: 0 success, 1 the service refused, 2 usage error.</source>
        <translation>Exit-Status: 0 Erfolg, 1 der Dienst hat abgelehnt, 2 Fehler im Aufruf.</translation>
    </message>
    <message>
        <source>Run &apos;moderato-cli COMMAND --help&apos; for a command&apos;s arguments and options.</source>
        <translation>&apos;moderato-cli COMMAND --help&apos; zeigt die Argumente und Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>The global options that &apos;moderato-cli --help&apos; lists can be given too.</source>
        <translation>Die globalen Optionen, die &apos;moderato-cli --help&apos; aufführt, können ebenfalls angegeben werden.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Unbekannte Option %1.</translation>
    </message>
    <message>
        <source>%1 is an option of a command: give it after the command.</source>
        <translation>%1 ist eine Option eines Befehls: Geben Sie sie nach dem Befehl an.</translation>
    </message>
    <message>
        <source>%1 has no option %2.</source>
        <translation>%1 hat keine Option %2.</translation>
    </message>
    <message>
        <source>No command given (%1); &apos;moderato-cli --help&apos; lists the commands.</source>
        <translation>Kein Befehl angegeben (%1); &apos;moderato-cli --help&apos; führt die Befehle auf.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: &apos;moderato-cli --help&apos; lists the commands.</source>
        <translation>Unbekannter Befehl „%1“: &apos;moderato-cli --help&apos; führt die Befehle auf.</translation>
    </message>
    <message>
        <source>An id that is not in the call is not an error (exit 0).</source>
        <translation>Eine ID, die nicht im Anruf ist, ist kein Fehler (Exit-Status 0).</translation>
    </message>
    <message>
        <source>The call id, as join prints it.</source>
        <translation>Die Anruf-ID, wie join sie ausgibt.</translation>
    </message>
    <message>
        <source>Participant ids, as participants and invite print them.</source>
        <translation>Teilnehmer-IDs, wie participants und invite sie ausgeben.</translation>
    </message>
    <message>
        <source>The national cloud (default: the saved one, else global).</source>
        <translation>Die nationale Cloud (Standard: die gespeicherte, sonst global).</translation>
    </message>
    <message>
        <source>The Graph root (https, or http on loopback only).</source>
        <translation>Die Basisadresse von Graph (https, oder http nur auf Loopback).</translation>
    </message>
    <message>
        <source>The login root (https, or http on loopback only).</source>
        <translation>Die Basisadresse der Anmeldung (https, oder http nur auf Loopback).</translation>
    </message>
    <message>
        <source>The tenant id (default: the saved one).</source>
        <translation>Die Mandanten-ID (Standard: die gespeicherte).</translation>
    </message>
    <message>
        <source>The application (client) id (default: the saved one).</source>
        <translation>Die Anwendungs-ID (Client) (Standard: die gespeicherte).</translation>
    </message>
    <message>
        <source>Read the client secret from standard input, not from the keychain.</source>
        <translation>Den geheimen Clientschlüssel von der Standardeingabe lesen, nicht aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>The https address Graph posts the call&apos;s events to, for join and watch (default: where Moderato listens, else the saved one).</source>
        <translation>Die https-Adresse, an die Graph die Ereignisse des Anrufs sendet, für join und watch (Standard: wo Moderato lauscht, sonst die gespeicherte).</translation>
    </message>
    <message>
        <source>Poll only: do not listen for Graph&apos;s notifications.</source>
        <translation>Nur abfragen: nicht auf Benachrichtigungen von Graph lauschen.</translation>
    </message>
    <message>
        <source>Hear notifications through this Azure Relay hybrid connection.</source>
        <translation>Benachrichtigungen über diese Hybridverbindung von Azure Relay empfangen.</translation>
    </message>
    <message>
        <source>Its shared access policy with the Listen right. The key comes from the keychain, or with --secret-stdin from the second line of standard input.</source>
        <translation>Ihre SAS-Richtlinie mit Listen-Recht. Der Schlüssel kommt aus dem Schlüsselbund oder, mit --secret-stdin, aus der zweiten Zeile der Standardeingabe.</translation>
    </message>
    <message>
        <source>The relay&apos;s network address (wss://, or ws:// on loopback only).</source>
        <translation>Die Netzwerkadresse des Relays (wss://, oder ws:// nur auf Loopback).</translation>
    </message>
    <message>
        <source>Hear notifications on this local port; --callback-url is the public https address that reaches it.</source>
        <translation>Benachrichtigungen auf diesem lokalen Port empfangen; --callback-url ist die öffentliche https-Adresse, die ihn erreicht.</translation>
    </message>
    <message>
        <source>Graph&apos;s OpenID configuration (https, or http on loopback only).</source>
        <translation>Die OpenID-Konfiguration von Graph (https, oder http nur auf Loopback).</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version zeigen.</translation>
    </message>
    <message>
        <source>Store the client secret in the keychain and check it.</source>
        <translation>Den geheimen Clientschlüssel im Schlüsselbund speichern und prüfen.</translation>
    </message>
    <message>
        <source>Read the client secret (from a prompt without echo, or from standard input), check it by getting a token and store it in the keychain, with the account in the settings.</source>
        <translation>Den geheimen Clientschlüssel lesen (aus einer Eingabeaufforderung ohne Echo oder von der Standardeingabe), ihn durch Abrufen eines Tokens prüfen und im Schlüsselbund speichern, das Konto in den Einstellungen.</translation>
    </message>
    <message>
        <source>Store the relay&apos;s key from standard input (and the --relay settings) instead; with --secret-stdin too, the secret is the first line and the key the second.</source>
        <translation>Stattdessen den Schlüssel des Relays von der Standardeingabe speichern (und die Angaben von --relay); zusammen mit --secret-stdin ist der geheime Clientschlüssel die erste Zeile und der Schlüssel die zweite.</translation>
    </message>
    <message>
        <source>Delete the stored client secret from the keychain.</source>
        <translation>Den gespeicherten geheimen Clientschlüssel aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>List the call&apos;s roster.</source>
        <translation>Die Teilnehmerliste des Anrufs ausgeben.</translation>
    </message>
    <message>
        <source>List the call&apos;s roster. Moderato&apos;s own participant is marked &quot;this app&quot;.</source>
        <translation>Die Teilnehmerliste des Anrufs ausgeben. Moderatos eigener Teilnehmer ist mit „diese App“ markiert.</translation>
    </message>
    <message>
        <source>Print the roster as JSON.</source>
        <translation>Die Teilnehmerliste als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Remove participants from the call.</source>
        <translation>Teilnehmer aus dem Anruf entfernen.</translation>
    </message>
    <message>
        <source>Remove participants from the call. Each id is checked against the roster first: an id that is not in the call is refused (exit 1), and nothing is sent for it.</source>
        <translation>Teilnehmer aus dem Anruf entfernen. Jede ID wird zuerst mit der Teilnehmerliste abgeglichen: Eine ID, die nicht im Anruf ist, wird abgelehnt (Exit-Status 1), und für sie wird nichts gesendet.</translation>
    </message>
    <message>
        <source>Invite people, one invitation each.</source>
        <translation>Personen einladen, jede mit einer eigenen Einladung.</translation>
    </message>
    <message>
        <source>Invite people, one invitation each, and print the participant ids used. Give at least one --user or --phone; Graph cannot invite guests.</source>
        <translation>Personen einladen, jede mit einer eigenen Einladung, und die verwendeten Teilnehmer-IDs ausgeben. Geben Sie mindestens ein --user oder --phone an; Graph kann keine Gäste einladen.</translation>
    </message>
    <message>
        <source>Invite this user: an object id, or a sign-in name or email address that is looked up in the directory first (User.Read.All). Repeatable.</source>
        <translation>Diesen Benutzer einladen: eine Objekt-ID oder einen Anmeldenamen oder eine E-Mail-Adresse, die zuerst im Verzeichnis nachgeschlagen werden (User.Read.All). Wiederholbar.</translation>
    </message>
    <message>
        <source>Invite this phone number. Repeatable.</source>
        <translation>Diese Telefonnummer einladen. Wiederholbar.</translation>
    </message>
    <message>
        <source>Follow each invitation to its end, at most this long.</source>
        <translation>Jede Einladung bis zu ihrem Ende verfolgen, höchstens so lange.</translation>
    </message>
    <message>
        <source>Print the invitations as JSON; with --wait each has an outcome: connected, declined, busy, noAnswer, unreachable, cancelled, failed or unknown.</source>
        <translation>Die Einladungen als JSON ausgeben; mit --wait hat jede ein Ergebnis (outcome): connected, declined, busy, noAnswer, unreachable, cancelled, failed oder unknown.</translation>
    </message>
    <message>
        <source>Cancel ringing invitations.</source>
        <translation>Klingelnde Einladungen zurückziehen.</translation>
    </message>
    <message>
        <source>Cancel ringing invitations, by the participant ids invite printed. Someone already in the call is refused: use remove.</source>
        <translation>Klingelnde Einladungen zurückziehen, anhand der Teilnehmer-IDs, die invite ausgegeben hat. Wer schon im Anruf ist, wird abgelehnt: Verwenden Sie remove.</translation>
    </message>
    <message>
        <source>Mute participants in the call.</source>
        <translation>Teilnehmer im Anruf stummschalten.</translation>
    </message>
    <message>
        <source>Print each join, leave and change in the call.</source>
        <translation>Jeden Beitritt, jeden Abgang und jede Änderung im Anruf ausgeben.</translation>
    </message>
    <message>
        <source>Print one line per join, leave and change; keeps the call alive. Given a meeting, joins it first and, with notifications set up, sees past the 100 people a roster read returns.</source>
        <translation>Eine Zeile je Beitritt, Abgang und Änderung ausgeben; hält den Anruf aufrecht. Einer Besprechung tritt es zuerst bei und sieht, wenn Benachrichtigungen eingerichtet sind, mehr als die 100 Personen, die ein Lesen der Teilnehmerliste liefert.</translation>
    </message>
    <message>
        <source>A call id, or a meeting link or invitation text to join first (quote it).</source>
        <translation>Eine Anruf-ID, oder ein Besprechungslink oder Einladungstext, dem zuerst beigetreten wird (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default: when interrupted).</source>
        <translation>Nach so vielen Sekunden aufhören (Standard: wenn unterbrochen).</translation>
    </message>
    <message>
        <source>One JSON object per line (joined, left, changed, call, warning) and a last summary.</source>
        <translation>Ein JSON-Objekt pro Zeile (joined, left, changed, call, warning) und zuletzt eine Zusammenfassung (summary).</translation>
    </message>
    <message>
        <source>Join a meeting and print its call id.</source>
        <translation>Einer Besprechung beitreten und ihre Anruf-ID ausgeben.</translation>
    </message>
    <message>
        <source>Join a meeting as Moderato&apos;s calling bot, wait until the call is established and print only its call id.</source>
        <translation>Einer Besprechung als Anruf-Bot von Moderato beitreten, warten, bis der Anruf aufgebaut ist, und nur seine Anruf-ID ausgeben.</translation>
    </message>
    <message>
        <source>A meeting link, the invitation text with its meeting ID and passcode, or a Graph call id (quote it).</source>
        <translation>Ein Besprechungslink, der Einladungstext mit Besprechungs-ID und Kenncode oder eine Graph-Anruf-ID (in Anführungszeichen).</translation>
    </message>
    <message>
        <source>Wait at most this long for the call to be established (default 60).</source>
        <translation>Höchstens so lange warten, bis der Anruf aufgebaut ist (Standard 60).</translation>
    </message>
    <message>
        <source>Print {&quot;callId&quot;, &quot;state&quot;, &quot;subject&quot;, &quot;joinedBy&quot;} as JSON.</source>
        <translation>{&quot;callId&quot;, &quot;state&quot;, &quot;subject&quot;, &quot;joinedBy&quot;} als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Hang up Moderato&apos;s bot.</source>
        <translation>Moderatos Bot auflegen lassen.</translation>
    </message>
    <message>
        <source>Hang up Moderato&apos;s bot: the meeting goes on for everyone else.</source>
        <translation>Moderatos Bot auflegen lassen: Die Besprechung geht für alle anderen weiter.</translation>
    </message>
    <message>
        <source>Unknown cloud &quot;%1&quot;: use global, usgov, dod or china.</source>
        <translation>Unbekannte Cloud „%1“: Verwenden Sie global, usgov, dod oder china.</translation>
    </message>
    <message>
        <source>No account: give --tenant and --client-id (login saves them for later commands).</source>
        <translation>Kein Konto: Geben Sie --tenant und --client-id an (login speichert sie für spätere Befehle).</translation>
    </message>
    <message>
        <source>not listening for notifications: %1</source>
        <translation>empfängt keine Benachrichtigungen: %1</translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation>Benachrichtigungen: %1</translation>
    </message>
    <message>
        <source>from the %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Invited %1 as participant %2</source>
        <translation>%1 als Teilnehmer %2 eingeladen</translation>
    </message>
    <message>
        <source>%1 (%2): still ringing after %3 s</source>
        <translation>%1 (%2): klingelt nach %3 s noch</translation>
    </message>
    <message>
        <source>No invitation was sent.</source>
        <translation>Es wurde keine Einladung gesendet.</translation>
    </message>
    <message>
        <source>waiting in the lobby: ask the organiser to admit the bot.</source>
        <translation>wartet im Wartebereich: Bitten Sie den Organisator, den Bot einzulassen.</translation>
    </message>
    <message>
        <source>still waiting in the lobby</source>
        <translation>noch im Wartebereich</translation>
    </message>
    <message>
        <source>not established yet</source>
        <translation>noch nicht aufgebaut</translation>
    </message>
    <message>
        <source>after %1 s the call is %2 (call id %3).</source>
        <translation>nach %1 s ist der Anruf %2 (Anruf-ID %3).</translation>
    </message>
    <message>
        <source>joining needs a callback URL: give --callback-url https://… (or set one in the account settings). Nothing was sent.</source>
        <translation>Zum Beitreten ist eine Rückrufadresse nötig: Geben Sie --callback-url https://… an (oder legen Sie eine in den Kontoeinstellungen fest). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>the callback URL must be an https address (%1). Nothing was sent.</source>
        <translation>Die Rückrufadresse muss eine https-Adresse sein (%1). Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Left call %1: Moderato&apos;s bot hung up; the meeting goes on for everyone else.</source>
        <translation>Anruf %1 verlassen: Moderatos Bot hat aufgelegt; die Besprechung geht für alle anderen weiter.</translation>
    </message>
    <message>
        <source>Call %1 had already ended for Moderato.</source>
        <translation>Anruf %1 war für Moderato bereits beendet.</translation>
    </message>
    <message>
        <source>--relay is NAMESPACE/HYBRID_CONNECTION, e.g. contoso-moderato.servicebus.windows.net/moderato, not &quot;%1&quot;.</source>
        <translation>--relay ist NAMESPACE/HYBRID_CONNECTION, z. B. contoso-moderato.servicebus.windows.net/moderato, nicht „%1“.</translation>
    </message>
    <message>
        <source>--relay and --listen are two ways to hear notifications: give one.</source>
        <translation>--relay und --listen sind zwei Wege, Benachrichtigungen zu empfangen: Geben Sie einen an.</translation>
    </message>
    <message>
        <source>--listen is HOST:PORT, e.g. 127.0.0.1:8443, not &quot;%1&quot;.</source>
        <translation>--listen ist HOST:PORT, z. B. 127.0.0.1:8443, nicht „%1“.</translation>
    </message>
    <message>
        <source>--listen needs --callback-url: the public https address that reaches the port.</source>
        <translation>--listen braucht --callback-url: die öffentliche https-Adresse, die den Port erreicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of seconds.</source>
        <translation>„%1“ ist keine Anzahl von Sekunden.</translation>
    </message>
    <message>
        <source>Graph cannot invite a guest: someone without an account joins with the meeting link. Invite users (--user) and phone numbers (--phone) only.</source>
        <translation>Graph kann keinen Gast einladen: Wer kein Konto hat, tritt mit dem Besprechungslink bei. Laden Sie nur Benutzer (--user) und Telefonnummern (--phone) ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number in E.164 form, like +14255550123.</source>
        <translation>„%1“ ist keine Telefonnummer im E.164-Format wie +14255550123.</translation>
    </message>
    <message>
        <source>--callback-url must be an https address, not &quot;%1&quot;.</source>
        <translation>--callback-url muss eine https-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot; (quote the whole link or text).</source>
        <translation>Unerwartetes Argument „%1“ (setzen Sie den ganzen Link oder Text in Anführungszeichen).</translation>
    </message>
    <message>
        <source>%1 needs a call id.</source>
        <translation>%1 braucht eine Anruf-ID.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a participant id (a GUID such as 0d7664b6-6432-43c3-a0a2-e9ddf1ec3da9).</source>
        <translation>„%1“ ist keine Teilnehmer-ID (eine GUID wie 0d7664b6-6432-43c3-a0a2-e9ddf1ec3da9).</translation>
    </message>
    <message>
        <source>invite needs at least one --user or --phone.</source>
        <translation>invite braucht mindestens ein --user oder --phone.</translation>
    </message>
    <message>
        <source>could not look up &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht nachgeschlagen werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches %2 users in the directory; give the object id instead.</source>
        <translation>Auf „%1“ passen %2 Benutzer im Verzeichnis; geben Sie stattdessen die Objekt-ID an.</translation>
    </message>
    <message>
        <source>nobody in the directory has the sign-in name or email address &quot;%1&quot;.</source>
        <translation>Im Verzeichnis hat niemand den Anmeldenamen oder die E-Mail-Adresse „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>watching %n participant(s)</source>
        <translation>
            <numerusform>beobachtet %n Teilnehmer</numerusform>
            <numerusform>beobachtet %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message>
        <source>joined: %1 (%2)</source>
        <translation>beigetreten: %1 (%2)</translation>
    </message>
    <message>
        <source>changed: %1 (%2) %3</source>
        <translation>geändert: %1 (%2) %3</translation>
    </message>
    <message>
        <source>left: %1 (%2)</source>
        <translation>gegangen: %1 (%2)</translation>
    </message>
    <message>
        <source>! %1</source>
        <translation>! %1</translation>
    </message>
    <message>
        <source>roster is stale: %1</source>
        <translation>Teilnehmerliste ist veraltet: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n in the call when the watch ended</source>
        <translation>
            <numerusform>%n im Anruf, als die Beobachtung endete</numerusform>
            <numerusform>%n im Anruf, als die Beobachtung endete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at least %n in the call when the watch ended</source>
        <translation>
            <numerusform>mindestens %n im Anruf, als die Beobachtung endete</numerusform>
            <numerusform>mindestens %n im Anruf, als die Beobachtung endete</numerusform>
        </translation>
    </message>
    <message>
        <source>--secret-stdin: standard input was empty.</source>
        <translation>--secret-stdin: Die Standardeingabe war leer.</translation>
    </message>
    <message>
        <source>Show this help; with a command, the command&apos;s help.</source>
        <translation>Diese Hilfe zeigen; mit einem Befehl die Hilfe des Befehls.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>There is no audit log at %1.</source>
        <translation>Unter %1 gibt es kein Audit-Protokoll.</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n damaged line(s) in %1: line(s) %2</source>
        <translation>
            <numerusform>%n beschädigte Zeile in %1 übersprungen: Zeile %2</numerusform>
            <numerusform>%n beschädigte Zeilen in %1 übersprungen: Zeilen %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the audit log %1: %2</source>
        <translation>Das Audit-Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No moderation action matches.</source>
        <translation>Keine Moderationsaktion passt.</translation>
    </message>
    <message>
        <source>No moderation actions recorded yet.</source>
        <translation>Noch keine Moderationsaktionen aufgezeichnet.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO 8601 date or date and time, like 2024-05-01 or 2024-05-01T14:30.</source>
        <translation>--%1: „%2“ ist kein Datum und keine Uhrzeit nach ISO 8601, wie 2024-05-01 oder 2024-05-01T14:30.</translation>
    </message>
    <message>
        <source>Give --csv or --json, not both.</source>
        <translation>Geben Sie --csv oder --json an, nicht beides.</translation>
    </message>
    <message>
        <source>--outcome: &quot;%1&quot; is not done, failed, alreadyGone, unknown, notInCall or refused.</source>
        <translation>--outcome: „%1“ ist weder done, failed, alreadyGone, unknown, notInCall noch refused.</translation>
    </message>
    <message>
        <source>Show the moderation actions taken, from the audit log.</source>
        <translation>Die ausgeführten Moderationsaktionen aus dem Audit-Protokoll zeigen.</translation>
    </message>
    <message>
        <source>Print the audit log: who was removed, muted, invited or had an invitation cancelled, in which call, with the outcome and Graph&apos;s request id. It is read from this computer; no sign-in is needed. A damaged line is skipped with a warning.</source>
        <translation>Das Audit-Protokoll ausgeben: wer in welchem Anruf entfernt, stummgeschaltet oder eingeladen wurde oder wessen Einladung zurückgezogen wurde, mit dem Ergebnis und der Anfrage-ID von Graph. Es wird von diesem Computer gelesen; eine Anmeldung ist nicht nötig. Eine beschädigte Zeile wird mit einer Warnung übersprungen.</translation>
    </message>
    <message>
        <source>Only this call&apos;s actions.</source>
        <translation>Nur die Aktionen in diesem Anruf.</translation>
    </message>
    <message>
        <source>Only actions at or after this time: an ISO 8601 date or date and time, local time unless it gives an offset.</source>
        <translation>Nur Aktionen ab diesem Zeitpunkt: ein Datum oder Datum mit Uhrzeit nach ISO 8601, in Ortszeit, sofern kein Versatz angegeben ist.</translation>
    </message>
    <message>
        <source>Only actions at or before this time; a date alone includes the whole day.</source>
        <translation>Nur Aktionen bis zu diesem Zeitpunkt; ein Datum allein schließt den ganzen Tag ein.</translation>
    </message>
    <message>
        <source>Only this outcome: done, failed, alreadyGone, unknown, notInCall or refused.</source>
        <translation>Nur dieses Ergebnis: done, failed, alreadyGone, unknown, notInCall oder refused.</translation>
    </message>
    <message>
        <source>Print CSV (RFC 4180, UTF-8) for a spreadsheet.</source>
        <translation>CSV (RFC 4180, UTF-8) für eine Tabellenkalkulation ausgeben.</translation>
    </message>
    <message>
        <source>Print one JSON object per line, as the log holds them.</source>
        <translation>Ein JSON-Objekt pro Zeile ausgeben, wie das Protokoll sie enthält.</translation>
    </message>
    <message>
        <source>Read this audit log instead of the user&apos;s.</source>
        <translation>Dieses Audit-Protokoll statt dem des Benutzers lesen.</translation>
    </message>
    <message>
        <source>Instead of ids: everyone in the call of these kinds, read from the roster once (Moderato&apos;s own participant and the organiser are never included): guest, external, phone, lobby, app.</source>
        <translation>Statt IDs: alle im Anruf, die zu diesen Arten gehören, einmal aus der Teilnehmerliste gelesen (Moderatos eigener Teilnehmer und der Organisator sind nie dabei): guest, external, phone, lobby, app.</translation>
    </message>
    <message>
        <source>With --where: list who would be affected and send nothing.</source>
        <translation>Mit --where: auflisten, wen es träfe, und nichts senden.</translation>
    </message>
    <message>
        <source>With --where: act on more than five people without asking.</source>
        <translation>Mit --where: ohne Rückfrage auf mehr als fünf Personen wirken.</translation>
    </message>
    <message>
        <source>Give participant ids or --where, not both.</source>
        <translation>Geben Sie Teilnehmer-IDs oder --where an, nicht beides.</translation>
    </message>
    <message>
        <source>--dry-run and --yes go with --where.</source>
        <translation>--dry-run und --yes gehören zu --where.</translation>
    </message>
    <message>
        <source>%1 needs at least one participant id, or --where.</source>
        <translation>%1 braucht mindestens eine Teilnehmer-ID oder --where.</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>The roster could not be read, so nobody was chosen and nothing was sent: %1</source>
        <translation>Die Teilnehmerliste konnte nicht gelesen werden, daher wurde niemand ausgewählt und nichts gesendet: %1</translation>
    </message>
    <message>
        <source>the roster may be incomplete (Graph lists at most 100 people); people beyond it are not included.</source>
        <translation>Die Teilnehmerliste ist womöglich unvollständig (Graph listet höchstens 100 Personen); weitere Personen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>&quot;external&quot; needs the tenant&apos;s id (a GUID) as --tenant, not a domain name.</source>
        <translation>„external“ braucht die ID des Mandanten (eine GUID) als --tenant, keinen Domänennamen.</translation>
    </message>
    <message>
        <source>Nobody in the call matches (%1).</source>
        <translation>Niemand im Anruf passt (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n people match (%1) and would be removed:</source>
        <translation>
            <numerusform>%n Person passt (%1) und würde entfernt:</numerusform>
            <numerusform>%n Personen passen (%1) und würden entfernt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people match (%1) and would be muted:</source>
        <translation>
            <numerusform>%n Person passt (%1) und würde stummgeschaltet:</numerusform>
            <numerusform>%n Personen passen (%1) und würden stummgeschaltet:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n people?</source>
        <translation>
            <numerusform>Diese %n Person entfernen?</numerusform>
            <numerusform>Diese %n Personen entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mute these %n people?</source>
        <translation>
            <numerusform>Diese %n Person stummschalten?</numerusform>
            <numerusform>Diese %n Personen stummschalten?</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 people match: add --yes to act on them all, or --dry-run to only see who.</source>
        <translation>Mehr als %1 Personen passen: Fügen Sie --yes hinzu, um auf alle zu wirken, oder --dry-run, um nur zu sehen, wer.</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>--action: &quot;%1&quot; is not remove, cancel, invite, mute, hold or resume.</source>
        <translation>--action: „%1“ ist weder remove, cancel, invite, mute, hold noch resume.</translation>
    </message>
    <message>
        <source>Put one participant on hold with music.</source>
        <translation>Einen Teilnehmer mit Wartemusik in die Warteschleife setzen.</translation>
    </message>
    <message>
        <source>Take one participant out of the conversation with Teams&apos; hold music, without removing them. Graph allows one participant on hold at a time. Graph confirms it through notifications: without them the answer is &quot;accepted, not confirmed&quot; (exit 0).</source>
        <translation>Einen Teilnehmer mit der Wartemusik von Teams aus dem Gespräch nehmen, ohne ihn zu entfernen. Graph erlaubt nur einen Teilnehmer in der Warteschleife. Graph bestätigt es über Benachrichtigungen: Ohne sie lautet die Antwort „angenommen, nicht bestätigt“ (Exit 0).</translation>
    </message>
    <message>
        <source>The participant id, as participants prints it.</source>
        <translation>Die Teilnehmer-ID, wie participants sie ausgibt.</translation>
    </message>
    <message>
        <source>Bring the participant on hold back.</source>
        <translation>Den Teilnehmer aus der Warteschleife zurückholen.</translation>
    </message>
    <message>
        <source>Bring the participant on hold back into the conversation. Graph refuses it for someone who is not on hold (exit 1).</source>
        <translation>Den Teilnehmer aus der Warteschleife ins Gespräch zurückholen. Graph lehnt das für jemanden ab, der nicht in der Warteschleife ist (Exit 1).</translation>
    </message>
    <message>
        <source>Only this action: remove, cancel, invite, mute, hold or resume.</source>
        <translation>Nur diese Aktion: remove, cancel, invite, mute, hold oder resume.</translation>
    </message>
    <message>
        <source>%1 needs exactly one participant id: one person is on hold at a time.</source>
        <translation>%1 braucht genau eine Teilnehmer-ID: Es ist immer nur eine Person in der Warteschleife.</translation>
    </message>
</context>
<context>
    <name>moderato::main</name>
    <message>
        <source>Start against an embedded simulator with a lively meeting.</source>
        <translation>Mit einem eingebauten Simulator und einer lebhaften Besprechung starten.</translation>
    </message>
    <message>
        <source>Open the call with this id.</source>
        <translation>Den Anruf mit dieser ID öffnen.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG once the roster has loaded, then exit.</source>
        <translation>Das Hauptfenster als PNG speichern, sobald die Teilnehmerliste geladen ist, dann beenden.</translation>
    </message>
    <message>
        <source>Use this language (e.g. de, en).</source>
        <translation>Diese Sprache verwenden (z. B. de, en).</translation>
    </message>
    <message>
        <source>Moderate Microsoft Teams calls from the desktop.</source>
        <translation>Microsoft-Teams-Anrufe vom Desktop aus moderieren.</translation>
    </message>
</context>
</TS>
