<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AddressBookPanel</name>
    <message>
        <source>Address book</source>
        <translation>Adressbuch</translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation>Nach Name oder ID suchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte suchen</translation>
    </message>
    <message>
        <source>Filters the address book by name and TrueConf ID as you type; Down moves to the results</source>
        <translation>Filtert das Adressbuch während der Eingabe nach Name und TrueConf ID; Pfeil nach unten wechselt zu den Ergebnissen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>The room&apos;s address book, available contacts first. Enter or double-click calls the contact; the context menu has more.</source>
        <translation>Das Adressbuch des Raums, verfügbare Kontakte zuerst. Enter oder Doppelklick ruft den Kontakt an; weitere Aktionen im Kontextmenü.</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <source>Call this contact from the room</source>
        <translation>Diesen Kontakt aus dem Raum anrufen</translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy the contact&apos;s TrueConf ID</source>
        <translation>TrueConf ID des Kontakts kopieren</translation>
    </message>
    <message>
        <source>&amp;Add to Address Book…</source>
        <translation>Zum Adressbuch &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a TrueConf ID to the room&apos;s address book</source>
        <translation>Eine TrueConf ID zum Adressbuch des Raums hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove from Address Book…</source>
        <translation>Aus dem Adressbuch &amp;entfernen…</translation>
    </message>
    <message>
        <source>Remove this contact from the room&apos;s address book</source>
        <translation>Diesen Kontakt aus dem Adressbuch des Raums entfernen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Change the name the room shows for this contact</source>
        <translation>Den Namen ändern, den der Raum für diesen Kontakt anzeigt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts</source>
        <translation>
            <numerusform>%1 von %n Kontakt</numerusform>
            <numerusform>%1 von %n Kontakten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The address book appears once the room is connected.</source>
        <translation>Das Adressbuch erscheint, sobald der Raum verbunden ist.</translation>
    </message>
    <message>
        <source>The room&apos;s address book is empty.</source>
        <translation>Das Adressbuch des Raums ist leer.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt entspricht „%1“.</translation>
    </message>
    <message>
        <source>%1 · not live</source>
        <translation>%1 · nicht aktuell</translation>
    </message>
    <message>
        <source>Presence as last seen. %1</source>
        <translation>Präsenz wie zuletzt gesehen. %1</translation>
    </message>
</context>
<context>
    <name>AgentAudit</name>
    <message>
        <source>cannot open the audit log %1: %2</source>
        <translation>Audit-Protokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>AgentConfig</name>
    <message>
        <source>%1: expected a &quot;rooms&quot; array</source>
        <translation>%1: ein Array &quot;rooms&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: %2 rooms; at most %3 are allowed</source>
        <translation>%1: %2 Räume; höchstens %3 sind erlaubt</translation>
    </message>
    <message>
        <source>%1: room %2 (&quot;%3&quot;)</source>
        <translation>%1: Raum %2 („%3“)</translation>
    </message>
    <message>
        <source>%1: room %2</source>
        <translation>%1: Raum %2</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot;: %3</source>
        <translation>%1: Feld &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1: ein Objekt erwartet</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>eine Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>fehlt oder ist leer</translation>
    </message>
    <message>
        <source>at most %1 characters and no control characters</source>
        <translation>höchstens %1 Zeichen und keine Steuerzeichen</translation>
    </message>
    <message>
        <source>another room has this name</source>
        <translation>ein anderer Raum hat diesen Namen</translation>
    </message>
    <message>
        <source>this is a room&apos;s link with its PIN; give the address without it and the PIN in the secrets file</source>
        <translation>das ist der Link eines Raums mit seiner PIN; geben Sie die Adresse ohne sie an und die PIN in der Geheimnisdatei</translation>
    </message>
    <message>
        <source>not a room address</source>
        <translation>keine Raumadresse</translation>
    </message>
    <message>
        <source>room &quot;%1&quot; has the same address</source>
        <translation>Raum „%1“ hat dieselbe Adresse</translation>
    </message>
    <message>
        <source>no control characters</source>
        <translation>keine Steuerzeichen</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>ein Array von Zeichenketten erwartet</translation>
    </message>
    <message>
        <source>%1: expected a &quot;rooms&quot; object (room name -&gt; {&quot;pin&quot;} or {&quot;password&quot;})</source>
        <translation>%1: ein Objekt &quot;rooms&quot; erwartet (Raumname -&gt; {&quot;pin&quot;} oder {&quot;password&quot;})</translation>
    </message>
    <message>
        <source>%1: room &quot;%2&quot;: expected exactly one of &quot;pin&quot; or &quot;password&quot;</source>
        <translation>%1: Raum „%2“: genau eines von &quot;pin&quot; oder &quot;password&quot; erwartet</translation>
    </message>
    <message>
        <source>%1: room &quot;%2&quot;: the %3 must be a non-empty string</source>
        <translation>%1: Raum „%2“: %3 muss eine nicht leere Zeichenkette sein</translation>
    </message>
    <message>
        <source>unknown field (expected name, address, instance, site, tags, relayPort)</source>
        <translation>unbekanntes Feld (erwartet: name, address, instance, site, tags, relayPort)</translation>
    </message>
    <message>
        <source>room &quot;%1&quot; is reached through the relay under the same instance name &quot;%2&quot;; rename one of them</source>
        <translation>Raum „%1“ ist über das Relay unter demselben Instanznamen „%2“ erreichbar; benennen Sie einen der beiden um</translation>
    </message>
    <message>
        <source>expected a port number from 1 to 65535</source>
        <translation>erwartet eine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>room &quot;%1&quot; has the same relay port</source>
        <translation>Raum „%1“ hat denselben Relay-Port</translation>
    </message>
    <message>
        <source>%1: expected an &quot;operators&quot; array of {&quot;name&quot;, &quot;role&quot;, &quot;secret&quot;}</source>
        <translation>%1: erwartet ein Array „operators“ aus {&quot;name&quot;, &quot;role&quot;, &quot;secret&quot;}</translation>
    </message>
    <message>
        <source>%1: operator %2: %3</source>
        <translation>%1: Operator %2: %3</translation>
    </message>
    <message>
        <source>expected exactly &quot;name&quot;, &quot;role&quot; and &quot;secret&quot;, all strings</source>
        <translation>erwartet genau „name“, „role“ und „secret“, alle als Zeichenketten</translation>
    </message>
    <message>
        <source>the name must be 1 to %1 characters without control characters</source>
        <translation>der Name muss 1 bis %1 Zeichen ohne Steuerzeichen haben</translation>
    </message>
    <message>
        <source>the role must be &quot;admin&quot; or &quot;user&quot;</source>
        <translation>die Rolle muss „admin“ oder „user“ sein</translation>
    </message>
    <message>
        <source>the secret must have at least %1 characters</source>
        <translation>das Geheimnis muss mindestens %1 Zeichen haben</translation>
    </message>
    <message>
        <source>another operator has this name</source>
        <translation>ein anderer Operator hat diesen Namen</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; has the same secret</source>
        <translation>Operator „%1“ hat dasselbe Geheimnis</translation>
    </message>
</context>
<context>
    <name>AgentDirectory</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <source>not reachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>not a roomdeck-agent</source>
        <translation>kein roomdeck-agent</translation>
    </message>
    <message>
        <source>malformed answer</source>
        <translation>fehlerhafte Antwort</translation>
    </message>
    <message>
        <source>%1 is a room&apos;s WebSocket address; a roomdeck-agent is reached as HOST:PORT</source>
        <translation>%1 ist die WebSocket-Adresse eines Raums; ein roomdeck-agent wird als HOST:PORT erreicht</translation>
    </message>
    <message>
        <source>No roomdeck-agent address given</source>
        <translation>Keine Adresse eines roomdeck-agent angegeben</translation>
    </message>
    <message>
        <source>%1 sent more than %2 for its room list</source>
        <translation>%1 hat für seine Raumliste mehr als %2 gesendet</translation>
    </message>
    <message>
        <source>%1 did not send its room list within %2 s</source>
        <translation>%1 hat seine Raumliste nicht innerhalb von %2 s gesendet</translation>
    </message>
    <message>
        <source>Connection refused by %1: no roomdeck-agent listens there (its default port is 9687)</source>
        <translation>Verbindung von %1 abgelehnt: dort lauscht kein roomdeck-agent (sein Standardport ist 9687)</translation>
    </message>
    <message>
        <source>Host %1 not found (check the address)</source>
        <translation>Host %1 nicht gefunden (prüfen Sie die Adresse)</translation>
    </message>
    <message>
        <source>%1 answered, but not with HTTP: not a roomdeck-agent</source>
        <translation>%1 hat geantwortet, aber nicht mit HTTP: kein roomdeck-agent</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 has no room list (HTTP 404 for /api/v1/rooms): not a roomdeck-agent; a room&apos;s own control panel answers like this</source>
        <translation>%1 hat keine Raumliste (HTTP 404 für /api/v1/rooms): kein roomdeck-agent; so antwortet die Systemsteuerung eines Raums selbst</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for /api/v1/rooms: not a roomdeck-agent</source>
        <translation>%1 hat für /api/v1/rooms mit HTTP %2 geantwortet: kein roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 broke off while sending its room list: %2</source>
        <translation>%1 hat beim Senden seiner Raumliste abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 answered, but its answer is not JSON: not a roomdeck-agent</source>
        <translation>%1 hat geantwortet, aber nicht mit JSON: kein roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 answered with JSON, but without a room list: not a roomdeck-agent</source>
        <translation>%1 hat mit JSON geantwortet, aber ohne Raumliste: kein roomdeck-agent</translation>
    </message>
    <message>
        <source>%1 answered like a roomdeck-agent, but its &quot;rooms&quot; is not a list</source>
        <translation>%1 antwortet wie ein roomdeck-agent, aber sein „rooms“ ist keine Liste</translation>
    </message>
    <message>
        <source>%1 lists %2 rooms; at most %3 are read</source>
        <translation>%1 listet %2 Räume; höchstens %3 werden gelesen</translation>
    </message>
</context>
<context>
    <name>AgentHttpRelay</name>
    <message>
        <source>the HTTP relay cannot listen on %1:%2: %3</source>
        <translation>das HTTP-Relay kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>AgentRelay</name>
    <message>
        <source>roomdeck-agent lost its connection to the room</source>
        <translation>roomdeck-agent hat die Verbindung zum Raum verloren</translation>
    </message>
    <message>
        <source>the relay cannot listen on %1:%2: %3</source>
        <translation>das Relay kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <source>roomdeck-agent has %1 clients for this room; try again later</source>
        <translation>roomdeck-agent hat bereits %1 Clients für diesen Raum; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>roomdeck-agent is not connected to the room; try again later</source>
        <translation>roomdeck-agent ist nicht mit dem Raum verbunden; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>an Administrator-only method from a User operator</source>
        <translation>eine Administrator-Methode von einem Benutzer-Operator</translation>
    </message>
    <message>
        <source>roomdeck-agent does not change the room&apos;s protection; change it at the room (not through the agent) and update the agent&apos;s secrets file</source>
        <translation>roomdeck-agent ändert den Schutz des Raums nicht; ändern Sie ihn direkt am Raum (nicht über den Agenten) und passen Sie die Geheimnisdatei des Agenten an</translation>
    </message>
    <message>
        <source>too many requests waiting for the room (%1); wait for their replies</source>
        <translation>zu viele Anfragen warten auf den Raum (%1); warten Sie auf deren Antworten</translation>
    </message>
    <message>
        <source>too many failed sign-ins</source>
        <translation>zu viele fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <source>malformed auth request</source>
        <translation>fehlerhafte Anmeldeanfrage</translation>
    </message>
    <message>
        <source>downgrade without an Administrator sign-in</source>
        <translation>Herabstufung ohne Administrator-Anmeldung</translation>
    </message>
    <message>
        <source>no operator has this secret or token</source>
        <translation>kein Operator hat dieses Geheimnis oder Token</translation>
    </message>
    <message>
        <source>the relay signs in operators with their secret only</source>
        <translation>das Relay meldet Operatoren nur mit ihrem Geheimnis an</translation>
    </message>
    <message>
        <source>a User operator may not sign in as Administrator</source>
        <translation>ein Benutzer-Operator darf sich nicht als Administrator anmelden</translation>
    </message>
    <message>
        <source>the client left before the reply</source>
        <translation>der Client ging vor der Antwort</translation>
    </message>
    <message>
        <source>%1; the client left before the reply</source>
        <translation>%1; der Client ging vor der Antwort</translation>
    </message>
    <message>
        <source>the client reads too slowly</source>
        <translation>der Client liest zu langsam</translation>
    </message>
    <message>
        <source>the operators file changed</source>
        <translation>die Operatordatei hat sich geändert</translation>
    </message>
    <message>
        <source>not signed in in time</source>
        <translation>nicht rechtzeitig angemeldet</translation>
    </message>
    <message>
        <source>roomdeck-agent is signed in to this room as User only (its secrets file has no Administrator password for it)</source>
        <translation>roomdeck-agent ist in diesem Raum nur als Benutzer angemeldet (seine Geheimnisdatei hat kein Administratorpasswort dafür)</translation>
    </message>
</context>
<context>
    <name>AllRoomsLogModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>AppUpdate</name>
    <message>
        <source>The update was cancelled</source>
        <translation>Das Update wurde abgebrochen</translation>
    </message>
    <message>
        <source>The room could not update</source>
        <translation>Der Raum konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>The update is already running</source>
        <translation>Das Update läuft bereits</translation>
    </message>
    <message>
        <source>No update is available</source>
        <translation>Kein Update verfügbar</translation>
    </message>
    <message>
        <source>No update is running</source>
        <translation>Es läuft kein Update</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>An update is available</source>
        <translation>Ein Update ist verfügbar</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
</context>
<context>
    <name>AutoAnswerDialog</name>
    <message>
        <source>Auto-Answer List</source>
        <translation>Liste für automatische Annahme</translation>
    </message>
    <message>
        <source>The room answers calls from these TrueConf IDs at once, on every console (unless do not disturb is on).</source>
        <translation>Der Raum nimmt Anrufe von diesen TrueConf IDs sofort an, auf jeder Konsole (außer wenn „Nicht stören“ aktiv ist).</translation>
    </message>
    <message>
        <source>Auto-answered IDs</source>
        <translation>Automatisch angenommene IDs</translation>
    </message>
    <message>
        <source>user@server</source>
        <translation>user@server</translation>
    </message>
    <message>
        <source>TrueConf ID to add</source>
        <translation>Hinzuzufügende TrueConf ID</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add the ID typed beside it</source>
        <translation>Die daneben eingegebene ID hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected ID</source>
        <translation>Die ausgewählte ID entfernen</translation>
    </message>
</context>
<context>
    <name>BrandingImageEditor</name>
    <message>
        <source>On the room:</source>
        <translation>Im Raum:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>Chosen image file</source>
        <translation>Ausgewählte Bilddatei</translation>
    </message>
    <message>
        <source>Choose</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Picks a PNG or JPEG file and checks it before anything is sent</source>
        <translation>Wählt eine PNG- oder JPEG-Datei aus und prüft sie, bevor etwas gesendet wird</translation>
    </message>
    <message>
        <source>Shown:</source>
        <translation>Darstellung:</translation>
    </message>
    <message>
        <source>Fitted into 440 × 82</source>
        <translation>Eingepasst in 440 × 82</translation>
    </message>
    <message>
        <source>The room scales the logo down to fit a 440 × 82 pixel area in the lower-left corner</source>
        <translation>Der Raum verkleinert das Logo auf eine Fläche von 440 × 82 Pixeln in der linken unteren Ecke</translation>
    </message>
    <message>
        <source>Original size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Original size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>The room shows the logo unscaled, anchored in the lower-left corner</source>
        <translation>Der Raum zeigt das Logo unskaliert an, verankert in der linken unteren Ecke</translation>
    </message>
    <message>
        <source>Upload and Apply</source>
        <translation>Hochladen und anwenden</translation>
    </message>
    <message>
        <source>&amp;Upload and Apply</source>
        <translation>Hoch&amp;laden und anwenden</translation>
    </message>
    <message>
        <source>Uploads the chosen image to the room and shows it on the room&apos;s screen</source>
        <translation>Lädt das ausgewählte Bild in den Raum hoch und zeigt es auf dem Bildschirm des Raums an</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>Auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stops the upload; the room keeps what it shows now</source>
        <translation>Bricht das Hochladen ab; der Raum zeigt weiterhin das bisherige Bild</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Main-screen background</source>
        <translation>Hintergrund des Hauptbildschirms</translation>
    </message>
    <message>
        <source>Puts the room&apos;s default logo back</source>
        <translation>Stellt das Standardlogo des Raums wieder her</translation>
    </message>
    <message>
        <source>Puts the room&apos;s default background back</source>
        <translation>Stellt den Standardhintergrund des Raums wieder her</translation>
    </message>
    <message>
        <source>%p% of %1</source>
        <translation>%p% von %1</translation>
    </message>
    <message>
        <source>The room now shows %1 as its logo (file %2).</source>
        <translation>Der Raum zeigt jetzt %1 als Logo (Datei %2).</translation>
    </message>
    <message>
        <source>The room now shows %1 as its background (file %2).</source>
        <translation>Der Raum zeigt jetzt %1 als Hintergrund (Datei %2).</translation>
    </message>
    <message>
        <source>Upload cancelled; the room still shows what it showed before.</source>
        <translation>Hochladen abgebrochen; der Raum zeigt weiterhin das bisherige Bild.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Choose a Background</source>
        <translation>Hintergrund auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Larger than the %1 × %2 logo area: the room shrinks it to %3 × %4 px.</source>
        <translation>Größer als die Logofläche von %1 × %2: Der Raum verkleinert es auf %3 × %4 px.</translation>
    </message>
    <message>
        <source>At its original size the logo covers more than the %1 × %2 logo area.</source>
        <translation>In Originalgröße ist das Logo größer als die Logofläche von %1 × %2.</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>%1 wird hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded; asking the room to show the logo…</source>
        <translation>Hochgeladen; der Raum wird gebeten, das Logo anzuzeigen…</translation>
    </message>
    <message>
        <source>Uploaded; asking the room to show the background…</source>
        <translation>Hochgeladen; der Raum wird gebeten, den Hintergrund anzuzeigen…</translation>
    </message>
    <message>
        <source>Reset Logo</source>
        <translation>Logo zurücksetzen</translation>
    </message>
    <message>
        <source>Reset Background</source>
        <translation>Hintergrund zurücksetzen</translation>
    </message>
    <message>
        <source>Remove the custom logo and show the room&apos;s default logo?</source>
        <translation>Das eigene Logo entfernen und das Standardlogo des Raums anzeigen?</translation>
    </message>
    <message>
        <source>Remove the custom background and show the room&apos;s default background?</source>
        <translation>Den eigenen Hintergrund entfernen und den Standardhintergrund des Raums anzeigen?</translation>
    </message>
    <message>
        <source>The room shows its default logo again.</source>
        <translation>Der Raum zeigt wieder das Standardlogo.</translation>
    </message>
    <message>
        <source>The room shows its default background again.</source>
        <translation>Der Raum zeigt wieder den Standardhintergrund.</translation>
    </message>
    <message>
        <source>Not reset: %1</source>
        <translation>Nicht zurückgesetzt: %1</translation>
    </message>
    <message>
        <source>Image &amp;file:</source>
        <translation>Bild&amp;datei:</translation>
    </message>
    <message>
        <source>Fi&amp;tted into 440 × 82</source>
        <translation>Einge&amp;passt in 440 × 82</translation>
    </message>
    <message>
        <source>R&amp;eset to Default…</source>
        <translation>Auf Standard &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Ima&amp;ge file:</source>
        <translation>&amp;Bilddatei:</translation>
    </message>
    <message>
        <source>Upload and &amp;Apply</source>
        <translation>Hochladen und a&amp;nwenden</translation>
    </message>
    <message>
        <source>Reset to Defau&amp;lt…</source>
        <translation>Auf Standard zurück&amp;setzen…</translation>
    </message>
    <message>
        <source>%1: this room can&apos;t show its own image.</source>
        <translation>%1: Dieser Raum kann kein eigenes Bild zeigen.</translation>
    </message>
</context>
<context>
    <name>BrandingPanel</name>
    <message>
        <source>On the room&apos;s screen</source>
        <translation>Auf dem Bildschirm des Raums</translation>
    </message>
    <message>
        <source>A drawing of a 1920 × 1080 screen: the dashed box is the 440 × 82 logo area. Rooms do not send back their current custom images, so only a chosen file is drawn.</source>
        <translation>Skizze eines Bildschirms mit 1920 × 1080: Der gestrichelte Rahmen ist die Logofläche von 440 × 82. Räume senden ihre aktuellen eigenen Bilder nicht zurück, daher wird nur eine ausgewählte Datei gezeichnet.</translation>
    </message>
    <message>
        <source>the chosen file, fitted into 440 × 82</source>
        <translation>die ausgewählte Datei, eingepasst in 440 × 82</translation>
    </message>
    <message>
        <source>the chosen file, at its original size</source>
        <translation>die ausgewählte Datei in Originalgröße</translation>
    </message>
    <message>
        <source>the room&apos;s custom logo (drawn as a placeholder)</source>
        <translation>das eigene Logo des Raums (als Platzhalter gezeichnet)</translation>
    </message>
    <message>
        <source>the room&apos;s default logo</source>
        <translation>das Standardlogo des Raums</translation>
    </message>
    <message>
        <source>the chosen file</source>
        <translation>die ausgewählte Datei</translation>
    </message>
    <message>
        <source>the room&apos;s custom background (not drawn)</source>
        <translation>der eigene Hintergrund des Raums (nicht gezeichnet)</translation>
    </message>
    <message>
        <source>the room&apos;s default background</source>
        <translation>der Standardhintergrund des Raums</translation>
    </message>
    <message>
        <source>Logo: %1. Background: %2.</source>
        <translation>Logo: %1. Hintergrund: %2.</translation>
    </message>
    <message>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
</context>
<context>
    <name>BrandingState</name>
    <message>
        <source>fitted into 440×82 at the lower left</source>
        <translation>eingepasst in 440×82 unten links</translation>
    </message>
    <message>
        <source>shown at its original size</source>
        <translation>in Originalgröße angezeigt</translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation>Modus %1</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation>Standardlogo</translation>
    </message>
    <message>
        <source>Default background</source>
        <translation>Standardhintergrund</translation>
    </message>
    <message>
        <source>Custom logo (%1)</source>
        <translation>Eigenes Logo (%1)</translation>
    </message>
    <message>
        <source>Stored on the room as file %1</source>
        <translation>Im Raum als Datei %1 gespeichert</translation>
    </message>
    <message>
        <source>Custom background</source>
        <translation>Eigener Hintergrund</translation>
    </message>
</context>
<context>
    <name>BrandingUpload</name>
    <message>
        <source>Not signed in to a room</source>
        <translation>Nicht bei einem Raum angemeldet</translation>
    </message>
    <message>
        <source>The room stored the image (file %1) but did not take it as its logo: %2</source>
        <translation>Der Raum hat das Bild gespeichert (Datei %1), es aber nicht als Logo übernommen: %2</translation>
    </message>
    <message>
        <source>The room stored the image (file %1) but did not take it as its background: %2</source>
        <translation>Der Raum hat das Bild gespeichert (Datei %1), es aber nicht als Hintergrund übernommen: %2</translation>
    </message>
</context>
<context>
    <name>BulkAction</name>
    <message>
        <source>The room is no longer in the list</source>
        <translation>Der Raum ist nicht mehr in der Liste</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
    <message>
        <source>The room is not in a call</source>
        <translation>Der Raum ist in keinem Anruf</translation>
    </message>
    <message>
        <source>The room was removed before it answered</source>
        <translation>Der Raum wurde entfernt, bevor er antwortete</translation>
    </message>
    <message>
        <source>Hanging up (bulk action)</source>
        <translation>Auflegen (Sammelaktion)</translation>
    </message>
    <message>
        <source>Muting the microphone (bulk action)</source>
        <translation>Stummschalten des Mikrofons (Sammelaktion)</translation>
    </message>
    <message>
        <source>This connection may not change the room&apos;s devices</source>
        <translation>Diese Verbindung darf die Geräte des Raums nicht ändern</translation>
    </message>
    <message>
        <source>The room could not be asked</source>
        <translation>Die Anfrage konnte nicht an den Raum gesendet werden</translation>
    </message>
</context>
<context>
    <name>BulkCheckPanel</name>
    <message>
        <source>Checking… (%1 of %2)</source>
        <translation>Prüfung läuft… (%1 von %2)</translation>
    </message>
    <message>
        <source>Every item OK</source>
        <translation>Alle Punkte OK</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Check Rooms</source>
        <translation>Räume prüfen</translation>
    </message>
    <message>
        <source>Check the selected rooms</source>
        <translation>Die ausgewählten Räume prüfen</translation>
    </message>
    <message>
        <source>Check the connection, camera, microphone, speaker and audio delay of every selected room; the audio tests are skipped in a call</source>
        <translation>Verbindung, Kamera, Mikrofon, Lautsprecher und Audioverzögerung jedes ausgewählten Raums prüfen; die Audiotests entfallen während eines Anrufs</translation>
    </message>
    <message>
        <source>Check results per room</source>
        <translation>Prüfergebnisse pro Raum</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <source>Call notification</source>
        <translation>Anrufbenachrichtigung</translation>
    </message>
    <message>
        <source>Accept call</source>
        <translation>Anruf annehmen</translation>
    </message>
    <message>
        <source>Answers the incoming call or invitation on the room</source>
        <translation>Nimmt den eingehenden Anruf oder die Einladung im Raum an</translation>
    </message>
    <message>
        <source>Decline call</source>
        <translation>Anruf ablehnen</translation>
    </message>
    <message>
        <source>Declines the incoming call or invitation</source>
        <translation>Lehnt den eingehenden Anruf oder die Einladung ab</translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation>Anruf abbrechen</translation>
    </message>
    <message>
        <source>Stops ringing the person being called</source>
        <translation>Beendet das Klingeln beim Angerufenen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hides the message about the last call</source>
        <translation>Blendet die Meldung zum letzten Anruf aus</translation>
    </message>
    <message>
        <source>Invitation to “%1” (%2)</source>
        <translation>Einladung zu „%1“ (%2)</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Eingehender Anruf</translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation>Ausgehender Anruf</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird angerufen…</translation>
    </message>
    <message>
        <source>The call did not connect</source>
        <translation>Der Anruf kam nicht zustande</translation>
    </message>
    <message>
        <source>Ringing for %1 — waiting for an answer</source>
        <translation>Klingelt seit %1 — Warten auf Antwort</translation>
    </message>
    <message>
        <source>The call ended</source>
        <translation>Der Anruf wurde beendet</translation>
    </message>
</context>
<context>
    <name>CallHistory</name>
    <message>
        <source>time not reported</source>
        <translation>Zeit nicht gemeldet</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
    <message>
        <source>Missed call from %1 at %2</source>
        <translation>Verpasster Anruf von %1 (%2)</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>Reading the call history</source>
        <translation>Lesen des Anrufverlaufs</translation>
    </message>
    <message>
        <source>Marking the missed calls seen</source>
        <translation>Markieren der verpassten Anrufe als gesehen</translation>
    </message>
    <message>
        <source>Reading when the calls were last viewed</source>
        <translation>Abfragen, wann die Anrufe zuletzt angesehen wurden</translation>
    </message>
    <message>
        <source>Clearing the call history</source>
        <translation>Löschen des Anrufverlaufs</translation>
    </message>
    <message>
        <source>only an administrator may clear the room&apos;s call history</source>
        <translation>nur ein Administrator darf den Anrufverlauf des Raums löschen</translation>
    </message>
</context>
<context>
    <name>CallPolicy</name>
    <message>
        <source>“%1” is not true or false</source>
        <translation>„%1“ ist weder true noch false</translation>
    </message>
    <message>
        <source>“%1” is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message>
        <source>Answering %1&apos;s call automatically failed: %2</source>
        <translation>Automatisches Annehmen des Anrufs von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Declining %1&apos;s call failed: %2</source>
        <translation>Ablehnen des Anrufs von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Answered %1&apos;s call automatically: the caller is on the auto-answer list</source>
        <translation>Anruf von %1 automatisch angenommen: Der Anrufer steht auf der Liste für automatische Annahme</translation>
    </message>
    <message>
        <source>Declined %1&apos;s call: Do not disturb is on</source>
        <translation>Anruf von %1 abgelehnt: „Nicht stören“ ist aktiv</translation>
    </message>
    <message>
        <source>Turning do not disturb on</source>
        <translation>Einschalten von „Nicht stören“</translation>
    </message>
    <message>
        <source>Turning do not disturb off</source>
        <translation>Ausschalten von „Nicht stören“</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Changing the auto-answer list</source>
        <translation>Ändern der Liste für automatische Annahme</translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>RoomDeck is not connected to the room.</source>
        <translation>RoomDeck ist nicht mit dem Raum verbunden.</translation>
    </message>
    <message>
        <source>RoomDeck is not signed in to the room.</source>
        <translation>RoomDeck ist nicht beim Raum angemeldet.</translation>
    </message>
    <message>
        <source>The room is not connected to a TrueConf server.</source>
        <translation>Der Raum ist nicht mit einem TrueConf-Server verbunden.</translation>
    </message>
    <message>
        <source>The room is connecting to its TrueConf server.</source>
        <translation>Der Raum verbindet sich mit seinem TrueConf-Server.</translation>
    </message>
    <message>
        <source>The room&apos;s TrueConf account is not logged in.</source>
        <translation>Das TrueConf-Konto des Raums ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>The room is in a call.</source>
        <translation>Der Raum ist in einem Anruf.</translation>
    </message>
    <message>
        <source>The room has not reported its state yet.</source>
        <translation>Der Raum hat seinen Zustand noch nicht gemeldet.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>a conference</source>
        <translation>eine Konferenz</translation>
    </message>
    <message>
        <source>The room&apos;s TrueConf account was logged out.</source>
        <translation>Das TrueConf-Konto des Raums wurde abgemeldet.</translation>
    </message>
    <message>
        <source>The room lost its connection to the TrueConf server.</source>
        <translation>Der Raum hat die Verbindung zum TrueConf-Server verloren.</translation>
    </message>
    <message>
        <source>RoomDeck was not connected to the room when it ended.</source>
        <translation>RoomDeck war nicht mit dem Raum verbunden, als er endete.</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>The conference needs a title</source>
        <translation>Die Konferenz braucht einen Titel</translation>
    </message>
    <message>
        <source>A conference is symmetric, asymmetric or role-based</source>
        <translation>Eine Konferenz ist symmetrisch, asymmetrisch oder rollenbasiert</translation>
    </message>
    <message>
        <source>“%1” is not a TrueConf ID</source>
        <translation>„%1“ ist keine TrueConf ID</translation>
    </message>
    <message>
        <source>The room is in a call: end it first</source>
        <translation>Der Raum ist in einem Anruf: Beenden Sie ihn zuerst</translation>
    </message>
    <message>
        <source>The room is not signed in to its server</source>
        <translation>Der Raum ist nicht bei seinem Server angemeldet</translation>
    </message>
</context>
<context>
    <name>CameraControl</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>The camera cannot be controlled at this access level</source>
        <translation>Mit dieser Zugriffsstufe kann die Kamera nicht gesteuert werden</translation>
    </message>
    <message>
        <source>Far-end camera control works only during a conference</source>
        <translation>Die Kamerafernsteuerung ist nur während einer Konferenz möglich</translation>
    </message>
    <message>
        <source>This camera cannot move that way</source>
        <translation>Diese Kamera kann sich nicht in diese Richtung bewegen</translation>
    </message>
    <message>
        <source>This camera has no such axis</source>
        <translation>Diese Kamera hat keine solche Achse</translation>
    </message>
    <message>
        <source>%1 is outside %2 to %3</source>
        <translation>%1 liegt außerhalb von %2 bis %3</translation>
    </message>
    <message>
        <source>This camera cannot pan, tilt or zoom</source>
        <translation>Diese Kamera kann weder schwenken noch neigen noch zoomen</translation>
    </message>
    <message>
        <source>A preset needs a name</source>
        <translation>Ein Preset braucht einen Namen</translation>
    </message>
    <message>
        <source>No such preset</source>
        <translation>Dieses Preset gibt es nicht</translation>
    </message>
    <message>
        <source>Choose another participant than the room itself</source>
        <translation>Wählen Sie einen anderen Teilnehmer als den Raum selbst</translation>
    </message>
    <message>
        <source>Nobody asked for control</source>
        <translation>Es liegt keine Anfrage zur Steuerung vor</translation>
    </message>
    <message>
        <source>This room does not control that camera</source>
        <translation>Dieser Raum steuert diese Kamera nicht</translation>
    </message>
</context>
<context>
    <name>CameraPage</name>
    <message>
        <source>Hold a button (or an arrow key, + or -) to move the camera</source>
        <translation>Halten Sie eine Schaltfläche (oder eine Pfeiltaste, + oder -) gedrückt, um die Kamera zu bewegen</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Schwenken</translation>
    </message>
    <message>
        <source>Tilt</source>
        <translation>Neigen</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The camera was stopped: no release arrived in time</source>
        <translation>Die Kamera wurde angehalten: Das Loslassen der Taste wurde nicht rechtzeitig gemeldet</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Tilt up</source>
        <translation>Nach oben neigen</translation>
    </message>
    <message>
        <source>Tilt down</source>
        <translation>Nach unten neigen</translation>
    </message>
    <message>
        <source>Pan left</source>
        <translation>Nach links schwenken</translation>
    </message>
    <message>
        <source>Pan right</source>
        <translation>Nach rechts schwenken</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Hineinzoomen</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Herauszoomen</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Ausgangsposition</translation>
    </message>
    <message>
        <source>Back to the camera&apos;s default position</source>
        <translation>Zurück zur Ausgangsposition der Kamera</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <source>Save Position as New Preset…</source>
        <translation>Position als neues Preset speichern…</translation>
    </message>
    <message>
        <source>Save position as new preset</source>
        <translation>Position als neues Preset speichern</translation>
    </message>
    <message>
        <source>Far-end camera control</source>
        <translation>Kamerafernsteuerung</translation>
    </message>
    <message>
        <source>Asking to control this room&apos;s camera:</source>
        <translation>Anfragen zur Steuerung der Kamera dieses Raums:</translation>
    </message>
    <message>
        <source>Requests to control this room&apos;s camera</source>
        <translation>Anfragen zur Steuerung der Kamera dieses Raums</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Allow camera control</source>
        <translation>Kamerasteuerung erlauben</translation>
    </message>
    <message>
        <source>Decline camera control</source>
        <translation>Kamerasteuerung ablehnen</translation>
    </message>
    <message>
        <source>Cameras this room controls:</source>
        <translation>Von diesem Raum gesteuerte Kameras:</translation>
    </message>
    <message>
        <source>Cameras this room controls</source>
        <translation>Von diesem Raum gesteuerte Kameras</translation>
    </message>
    <message>
        <source>Move the selected camera one step</source>
        <translation>Die ausgewählte Kamera um einen Schritt bewegen</translation>
    </message>
    <message>
        <source>Participant whose camera to control</source>
        <translation>Teilnehmer, dessen Kamera gesteuert werden soll</translation>
    </message>
    <message>
        <source>Ask to Control Camera</source>
        <translation>Kamerasteuerung anfragen</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Teilnehmer:</translation>
    </message>
    <message>
        <source>Camera: not known yet</source>
        <translation>Kamera: noch nicht bekannt</translation>
    </message>
    <message>
        <source>Camera: %1 (cannot pan, tilt or zoom)</source>
        <translation>Kamera: %1 (kein Schwenken, Neigen oder Zoomen)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Preset %1</source>
        <translation>Preset %1</translation>
    </message>
    <message>
        <source>%1: click to apply; right-click to update, rename or remove</source>
        <translation>%1: Klicken zum Anwenden; Rechtsklick zum Aktualisieren, Umbenennen oder Entfernen</translation>
    </message>
    <message>
        <source>Update to Current Position</source>
        <translation>Auf aktuelle Position aktualisieren</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>No presets yet: move the camera, then save its position.</source>
        <translation>Noch keine Presets: Bewegen Sie die Kamera und speichern Sie dann ihre Position.</translation>
    </message>
    <message>
        <source>The camera command failed: %1</source>
        <translation>Der Kamerabefehl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>New Camera Preset</source>
        <translation>Neues Kamera-Preset</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name des Presets:</translation>
    </message>
    <message>
        <source>The preset&apos;s picture was not kept: %1</source>
        <translation>Das Bild des Presets wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>What the camera saw when the preset was saved</source>
        <translation>Das Kamerabild beim Speichern des Presets</translation>
    </message>
    <message>
        <source>No picture of this preset on this computer</source>
        <translation>Auf diesem Computer gibt es kein Bild dieses Presets</translation>
    </message>
    <message>
        <source>Rename Camera Preset</source>
        <translation>Kamera-Preset umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Remove Camera Preset</source>
        <translation>Kamera-Preset entfernen</translation>
    </message>
    <message>
        <source>Remove this preset from the room?</source>
        <translation>Dieses Preset aus dem Raum entfernen?</translation>
    </message>
</context>
<context>
    <name>ChatPage</name>
    <message>
        <source>You to everyone</source>
        <translation>Sie an alle</translation>
    </message>
    <message>
        <source>You to %1</source>
        <translation>Sie an %1</translation>
    </message>
    <message>
        <source>%1 to everyone</source>
        <translation>%1 an alle</translation>
    </message>
    <message>
        <source>%1 to this room only</source>
        <translation>%1 nur an diesen Raum</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>wird gesendet…</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nicht gesendet: %1</translation>
    </message>
    <message>
        <source>Chat status</source>
        <translation>Chatstatus</translation>
    </message>
    <message>
        <source>Chat messages</source>
        <translation>Chatnachrichten</translation>
    </message>
    <message>
        <source>The messages of this call; yours are on the right</source>
        <translation>Die Nachrichten dieses Anrufs; Ihre stehen rechts</translation>
    </message>
    <message>
        <source>New messages ↓</source>
        <translation>Neue Nachrichten ↓</translation>
    </message>
    <message>
        <source>Show the newest messages</source>
        <translation>Die neuesten Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>Show new messages</source>
        <translation>Neue Nachrichten anzeigen</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;n:</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Who gets the message: everyone in the conference or one participant</source>
        <translation>Wer die Nachricht erhält: alle in der Konferenz oder ein Teilnehmer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Write a message and press Enter</source>
        <translation>Nachricht eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>At most %1 characters; Enter sends</source>
        <translation>Höchstens %1 Zeichen; Enter sendet</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the message</source>
        <translation>Nachricht senden</translation>
    </message>
    <message>
        <source>Outcome of the last message</source>
        <translation>Ergebnis der letzten Nachricht</translation>
    </message>
    <message>
        <source>Chat (%1)</source>
        <translation>Chat (%1)</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Everyone in the conference</source>
        <translation>Alle in der Konferenz</translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>Messages can be sent during a call or conference</source>
        <translation>Nachrichten können während eines Anrufs oder einer Konferenz gesendet werden</translation>
    </message>
    <message>
        <source>Send the message (Enter)</source>
        <translation>Nachricht senden (Enter)</translation>
    </message>
    <message>
        <source>Sending to %1…</source>
        <translation>Wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Nicht an %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Messages received outside a call.</source>
        <translation>Außerhalb eines Anrufs empfangene Nachrichten.</translation>
    </message>
    <message>
        <source>No chat yet: messages of the next call or conference appear here.</source>
        <translation>Noch kein Chat: Die Nachrichten des nächsten Anrufs oder der nächsten Konferenz erscheinen hier.</translation>
    </message>
    <message>
        <source>Chat of the current call: %1</source>
        <translation>Chat des aktuellen Anrufs: %1</translation>
    </message>
    <message>
        <source>Chat of the last call (read only until the next call starts).</source>
        <translation>Chat des letzten Anrufs (schreibgeschützt bis zum Beginn des nächsten Anrufs).</translation>
    </message>
</context>
<context>
    <name>ChatState</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>The room is not logged in to a TrueConf server</source>
        <translation>Der Raum ist nicht an einem TrueConf-Server angemeldet</translation>
    </message>
    <message>
        <source>Messages to everyone can be sent only during a group conference</source>
        <translation>Nachrichten an alle können nur während einer Gruppenkonferenz gesendet werden</translation>
    </message>
    <message>
        <source>The message is empty</source>
        <translation>Die Nachricht ist leer</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters</source>
        <translation>Die Nachricht ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>Choose who gets the message</source>
        <translation>Wählen Sie, wer die Nachricht erhält</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>Check the Room</source>
        <translation>Raum prüfen</translation>
    </message>
    <message>
        <source>Check the room</source>
        <translation>Den Raum prüfen</translation>
    </message>
    <message>
        <source>Check the connection, server, login, camera, microphone, speaker and audio delay. The audio tests are skipped during a call.</source>
        <translation>Verbindung, Server, Anmeldung, Kamera, Mikrofon, Lautsprecher und Audioverzögerung prüfen. Die Audiotests entfallen während eines Anrufs.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Stop the check and the test it is running</source>
        <translation>Die Prüfung und den laufenden Test beenden</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Prüfergebnisse</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfung läuft…</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Last check: %1 · %2 (cancelled)</source>
        <translation>Letzte Prüfung: %1 · %2 (abgebrochen)</translation>
    </message>
    <message>
        <source>Last check: %1 · %2</source>
        <translation>Letzte Prüfung: %1 · %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>CliAgent</name>
    <message>
        <source>  agent-rooms             the rooms a roomdeck-agent serves (--room AGENT:PORT,
                          its default port is 9687): name, instance, site, up
                          or down, TrueConf ID and connection; reach one through
                          the agent with --room AGENT:PORT --instance INSTANCE;
                          exits 3 when nothing answers there, 5 when what
                          answers is not a roomdeck-agent
</source>
        <translation>  agent-rooms             die Räume eines roomdeck-agent (--room AGENT:PORT,
                          sein Standardport ist 9687): Name, Instanz, Standort,
                          erreichbar oder nicht, TrueConf-ID und Verbindung;
                          einen davon über den Agenten erreichen mit
                          --room AGENT:PORT --instance INSTANZ; Exit-Code 3,
                          wenn dort nichts antwortet, 5, wenn das Antwortende
                          kein roomdeck-agent ist
</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>the roomdeck-agent at %1 has room “%2” but does not relay it (an agent without the relay; ask its administrator to update it)</source>
        <translation>der roomdeck-agent unter %1 hat den Raum „%2“, leitet ihn aber nicht weiter (ein Agent ohne Relay; bitten Sie seinen Administrator, ihn zu aktualisieren)</translation>
    </message>
    <message>
        <source>%1 is a roomdeck-agent that serves no rooms</source>
        <translation>%1 ist ein roomdeck-agent ohne Räume</translation>
    </message>
    <message>
        <source>%1 is a roomdeck-agent, not a room: choose one of its rooms with --instance INSTANCE, for example %2 (its rooms&apos; instances: %3; roomdeckctl --room %1 agent-rooms lists them)</source>
        <translation>%1 ist ein roomdeck-agent, kein Raum: wählen Sie einen seiner Räume mit --instance INSTANZ, zum Beispiel %2 (Instanzen seiner Räume: %3; roomdeckctl --room %1 agent-rooms listet sie auf)</translation>
    </message>
    <message>
        <source>the roomdeck-agent at %1 has no room with instance “%2”; its rooms&apos; instances: %3 (roomdeckctl --room %1 agent-rooms lists them)</source>
        <translation>der roomdeck-agent unter %1 hat keinen Raum mit der Instanz „%2“; Instanzen seiner Räume: %3 (roomdeckctl --room %1 agent-rooms listet sie auf)</translation>
    </message>
    <message>
        <source>The roomdeck-agent at %1 serves no rooms.</source>
        <translation>Der roomdeck-agent unter %1 hat keine Räume.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>INSTANCE</source>
        <translation>INSTANZ</translation>
    </message>
    <message>
        <source>SITE</source>
        <translation>STANDORT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>TRUECONF ID</source>
        <translation>TRUECONF-ID</translation>
    </message>
    <message>
        <source>CONNECTION</source>
        <translation>VERBINDUNG</translation>
    </message>
    <message numerus="yes">
        <source>%n more entries were left out: no usable room name.</source>
        <translation>
            <numerusform>%n weiterer Eintrag wurde ausgelassen: kein brauchbarer Raumname.</numerusform>
            <numerusform>%n weitere Einträge wurden ausgelassen: kein brauchbarer Raumname.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCamera</name>
    <message>
        <source>No camera presets.</source>
        <translation>Keine Kamera-Presets.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>the room has no preset called “%1”</source>
        <translation>der Raum hat kein Preset namens „%1“</translation>
    </message>
    <message>
        <source>Applied camera preset “%1”.</source>
        <translation>Kamera-Preset „%1“ angewendet.</translation>
    </message>
    <message>
        <source>Updated camera preset “%1” to the current position.</source>
        <translation>Kamera-Preset „%1“ auf die aktuelle Position aktualisiert.</translation>
    </message>
    <message>
        <source>Saved the current position as camera preset “%1”.</source>
        <translation>Aktuelle Position als Kamera-Preset „%1“ gespeichert.</translation>
    </message>
</context>
<context>
    <name>CliChat</name>
    <message>
        <source>chat takes: send ID TEXT | send --all TEXT | list</source>
        <translation>chat erwartet: send ID TEXT | send --all TEXT | list</translation>
    </message>
    <message>
        <source>chat send: “%1” is not a user&apos;s TrueConf ID</source>
        <translation>chat send: „%1“ ist keine TrueConf ID eines Benutzers</translation>
    </message>
    <message>
        <source>chat send: %1</source>
        <translation>chat send: %1</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Message sent to %1.</source>
        <translation>Nachricht an %1 gesendet.</translation>
    </message>
    <message>
        <source>(this room)</source>
        <translation>(dieser Raum)</translation>
    </message>
    <message>
        <source>this room</source>
        <translation>dieser Raum</translation>
    </message>
    <message>
        <source>No chat messages in this call.</source>
        <translation>Keine Chatnachrichten in diesem Anruf.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>AN</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>NACHRICHT</translation>
    </message>
    <message>
        <source>No call in progress: no chat to list.</source>
        <translation>Kein laufender Anruf: kein Chat zum Auflisten.</translation>
    </message>
</context>
<context>
    <name>CliCheck</name>
    <message>
        <source>ITEM</source>
        <translation>PRÜFPUNKT</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>DETAIL</source>
        <translation>DETAILS</translation>
    </message>
    <message>
        <source>Overall: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>  check                   check the room: connection, server, login, camera
                          picture, microphone, speaker and audio delay, one
                          line each; exits 0 when every item is OK, 1 on a
                          warning, 7 on a problem (the audio tests are
                          skipped during a call)
</source>
        <translation>  check                   den Raum prüfen: Verbindung, Server, Anmeldung,
                          Kamerabild, Mikrofon, Lautsprecher und
                          Audioverzögerung, je eine Zeile; Exitcode 0, wenn
                          alle Punkte OK sind, 1 bei einer Warnung, 7 bei
                          einem Problem (die Audiotests entfallen während
                          eines Anrufs)
</translation>
    </message>
</context>
<context>
    <name>CliContent</name>
    <message>
        <source>NDI, licence and updates (both roles):
  ndi [on|off]            show the room&apos;s NDI output, or switch it on or off
  ndi devices             the room&apos;s NDI devices
  ndi create ID, ndi delete ID
                          add or remove an NDI device (NDI must be on)
  licence                 licence type, licence server, which PRO features
                          the room has, and the tariff restrictions
  update [check]          whether the room application has an update
  update start, update cancel
                          start or cancel the room application&apos;s update

</source>
        <translation>NDI, Lizenz und Updates (beide Rollen):
  ndi [on|off]            die NDI-Ausgabe des Raums anzeigen oder ein- bzw.
                          ausschalten
  ndi devices             die NDI-Geräte des Raums
  ndi create ID, ndi delete ID
                          ein NDI-Gerät hinzufügen oder entfernen (NDI muss
                          eingeschaltet sein)
  licence                 Lizenztyp, Lizenzserver, welche PRO-Funktionen
                          der Raum hat, und die Tarifeinschränkungen
  update [check]          ob es für die Raumanwendung ein Update gibt
  update start, update cancel
                          das Update der Raumanwendung starten oder
                          abbrechen

</translation>
    </message>
    <message>
        <source>ndi %1 takes a device ID of 1 to %2 characters</source>
        <translation>ndi %1 erwartet eine Geräte-ID mit 1 bis %2 Zeichen</translation>
    </message>
    <message>
        <source>ndi takes: nothing | on | off | devices | create ID | delete ID</source>
        <translation>ndi erwartet: nichts | on | off | devices | create ID | delete ID</translation>
    </message>
    <message>
        <source>licence takes no arguments</source>
        <translation>licence erwartet keine Argumente</translation>
    </message>
    <message>
        <source>update takes: nothing | check | start | cancel</source>
        <translation>update erwartet: nichts | check | start | cancel</translation>
    </message>
    <message>
        <source>not a content command</source>
        <translation>kein Befehl für Inhalte</translation>
    </message>
    <message>
        <source>NDI output is on.</source>
        <translation>Die NDI-Ausgabe ist eingeschaltet.</translation>
    </message>
    <message>
        <source>NDI output is off.</source>
        <translation>Die NDI-Ausgabe ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>NDI device %1 created.</source>
        <translation>NDI-Gerät %1 erstellt.</translation>
    </message>
    <message>
        <source>NDI device %1 deleted.</source>
        <translation>NDI-Gerät %1 gelöscht.</translation>
    </message>
    <message>
        <source>the room did not tell its NDI state</source>
        <translation>der Raum hat seinen NDI-Zustand nicht gemeldet</translation>
    </message>
    <message>
        <source>whole screen</source>
        <translation>ganzer Bildschirm</translation>
    </message>
    <message>
        <source>No NDI devices.</source>
        <translation>Keine NDI-Geräte.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
        <source>NDI output: on</source>
        <translation>NDI-Ausgabe: ein</translation>
    </message>
    <message>
        <source>NDI output: off</source>
        <translation>NDI-Ausgabe: aus</translation>
    </message>
    <message>
        <source>the room did not tell its licence</source>
        <translation>der Raum hat seine Lizenz nicht gemeldet</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>Licence server: %1</source>
        <translation>Lizenzserver: %1</translation>
    </message>
    <message>
        <source>PRO FEATURE</source>
        <translation>PRO-FUNKTION</translation>
    </message>
    <message>
        <source>THIS ROOM</source>
        <translation>DIESER RAUM</translation>
    </message>
    <message>
        <source>RESTRICTION</source>
        <translation>EINSCHRÄNKUNG</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>The room is updating to version %1.</source>
        <translation>Der Raum wird auf Version %1 aktualisiert.</translation>
    </message>
    <message>
        <source>The update was cancelled.</source>
        <translation>Das Update wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Version %1 is available</source>
        <translation>Version %1 ist verfügbar</translation>
    </message>
    <message>
        <source>Updating: %1 %</source>
        <translation>Aktualisierung: %1 %</translation>
    </message>
    <message>
        <source>The room runs version %1</source>
        <translation>Der Raum verwendet Version %1</translation>
    </message>
</context>
<context>
    <name>CliDevices</name>
    <message>
        <source>%1 muted.</source>
        <translation>%1 ausgeschaltet.</translation>
    </message>
    <message>
        <source>%1 on.</source>
        <translation>%1 eingeschaltet.</translation>
    </message>
    <message>
        <source>Volume set to %1.</source>
        <translation>Lautstärke auf %1 gesetzt.</translation>
    </message>
    <message>
        <source>the room did not report its volume (audioPlayLevel)</source>
        <translation>der Raum hat seine Lautstärke nicht gemeldet (audioPlayLevel)</translation>
    </message>
    <message>
        <source>the room did not list its devices</source>
        <translation>der Raum hat seine Geräte nicht aufgelistet</translation>
    </message>
    <message>
        <source>unplugged</source>
        <translation>nicht angeschlossen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>CliFavourites</name>
    <message>
        <source>Calling (shared by every console of the room; both roles):
  favourites list         the room&apos;s speed-dial list
  favourites add ID [LABEL]
                          add a TrueConf ID or \c\CONFERENCE to it
  favourites remove ID    take it off the list
  create-conference TITLE [--type symmetric|asymmetric|role] [--invite ID]...
                          start a group conference owned by the room
  dnd [on|off]            show or switch do not disturb (incoming calls are
                          declined by every console that holds the room)
  call \c\NAME takes a protected conference&apos;s password from
  ROOMDECK_CONFERENCE_PIN (never from the command line)

</source>
        <translation>Anrufe (gemeinsam für alle Konsolen des Raums; beide Rollen):
  favourites list         die Kurzwahlliste des Raums
  favourites add ID [LABEL]
                          eine TrueConf ID oder \c\CONFERENCE hinzufügen
  favourites remove ID    einen Eintrag von der Liste entfernen
  create-conference TITLE [--type symmetric|asymmetric|role] [--invite ID]...
                          eine Gruppenkonferenz mit dem Raum als Eigentümer
                          starten
  dnd [on|off]            „Nicht stören“ anzeigen oder umschalten (eingehende
                          Anrufe werden von jeder Konsole abgelehnt, die mit
                          dem Raum verbunden ist)
  call \c\NAME liest das Passwort einer geschützten Konferenz aus
  ROOMDECK_CONFERENCE_PIN (niemals von der Befehlszeile)

</translation>
    </message>
    <message>
        <source>favourites takes: list | add ID [LABEL] | remove ID</source>
        <translation>favourites erwartet: list | add ID [LABEL] | remove ID</translation>
    </message>
    <message>
        <source>favourites %1: %2</source>
        <translation>favourites %1: %2</translation>
    </message>
    <message>
        <source>create-conference takes one TITLE (quote it when it has spaces)</source>
        <translation>create-conference erwartet genau einen TITLE (in Anführungszeichen, wenn er Leerzeichen enthält)</translation>
    </message>
    <message>
        <source>--type takes symmetric, asymmetric or role, not “%1”</source>
        <translation>--type erwartet symmetric, asymmetric oder role, nicht „%1“</translation>
    </message>
    <message>
        <source>--invite %1: %2</source>
        <translation>--invite %1: %2</translation>
    </message>
    <message>
        <source>dnd takes on or off (or nothing, to show it)</source>
        <translation>dnd erwartet on oder off (oder nichts, um den Zustand anzuzeigen)</translation>
    </message>
    <message>
        <source>not a calling command</source>
        <translation>kein Anrufbefehl</translation>
    </message>
    <message>
        <source>%1 is a favourite of the room now.</source>
        <translation>%1 ist jetzt ein Favorit des Raums.</translation>
    </message>
    <message>
        <source>%1 is no longer a favourite of the room.</source>
        <translation>%1 ist kein Favorit des Raums mehr.</translation>
    </message>
    <message>
        <source>The room has no favourites.</source>
        <translation>Der Raum hat keine Favoriten.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BEZEICHNUNG</translation>
    </message>
    <message>
        <source>Do not disturb is on: the room declines incoming calls.</source>
        <translation>„Nicht stören“ ist aktiv: Der Raum lehnt eingehende Anrufe ab.</translation>
    </message>
    <message>
        <source>Do not disturb is off.</source>
        <translation>„Nicht stören“ ist aus.</translation>
    </message>
    <message>
        <source>The room is starting the conference “%1”.</source>
        <translation>Der Raum startet die Konferenz „%1“.</translation>
    </message>
</context>
<context>
    <name>CliHistory</name>
    <message>
        <source>--missed belongs to the history listing, not to history %1</source>
        <translation>--missed gehört zur Auflistung des Verlaufs, nicht zu history %1</translation>
    </message>
    <message>
        <source>history takes: [--missed] | mark-seen | clear</source>
        <translation>history erwartet: [--missed] | mark-seen | clear</translation>
    </message>
    <message>
        <source>meetings join takes a meeting&apos;s ID</source>
        <translation>meetings join erwartet die ID einer Besprechung</translation>
    </message>
    <message>
        <source>meetings takes: nothing (list) | join ID</source>
        <translation>meetings erwartet: nichts (Liste) | join ID</translation>
    </message>
    <message>
        <source>Joining the meeting %1.</source>
        <translation>Beitritt zur Besprechung %1.</translation>
    </message>
    <message>
        <source>the room did not list its meetings</source>
        <translation>der Raum hat seine Besprechungen nicht aufgelistet</translation>
    </message>
    <message>
        <source>Missed calls marked seen.</source>
        <translation>Verpasste Anrufe als gesehen markiert.</translation>
    </message>
    <message>
        <source>Call history cleared.</source>
        <translation>Anrufverlauf gelöscht.</translation>
    </message>
    <message>
        <source>the room did not give its call history</source>
        <translation>der Raum hat seinen Anrufverlauf nicht geliefert</translation>
    </message>
    <message>
        <source>missed (new)</source>
        <translation>verpasst (neu)</translation>
    </message>
    <message>
        <source>No missed calls.</source>
        <translation>Keine verpassten Anrufe.</translation>
    </message>
    <message>
        <source>No calls in the history.</source>
        <translation>Keine Anrufe im Verlauf.</translation>
    </message>
    <message>
        <source>CALL</source>
        <translation>ANRUF</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No meetings scheduled for this room.</source>
        <translation>Für diesen Raum sind keine Besprechungen geplant.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>TOPIC</source>
        <translation>THEMA</translation>
    </message>
    <message>
        <source>OWNER</source>
        <translation>EIGENTÜMER</translation>
    </message>
</context>
<context>
    <name>CliLog</name>
    <message>
        <source>--since takes a date (2026-12-05), a date and time (2026-12-05T10:14) or a time ago (30m, 2h, 7d), not “%1”</source>
        <translation>--since erwartet ein Datum (2026-12-05), Datum und Uhrzeit (2026-12-05T10:14) oder eine Zeitspanne zurück (30m, 2h, 7d), nicht „%1“</translation>
    </message>
    <message>
        <source>--until takes a date (2026-12-05), a date and time (2026-12-05T10:14) or a time ago (30m, 2h, 7d), not “%1”</source>
        <translation>--until erwartet ein Datum (2026-12-05), Datum und Uhrzeit (2026-12-05T10:14) oder eine Zeitspanne zurück (30m, 2h, 7d), nicht „%1“</translation>
    </message>
    <message>
        <source>log: --until must be later than --since</source>
        <translation>log: --until muss später als --since sein</translation>
    </message>
    <message>
        <source>--kind takes %1, not “%2”</source>
        <translation>--kind erwartet %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1, not “%2”</source>
        <translation>--limit erwartet eine Zahl von 1 bis %1, nicht „%2“</translation>
    </message>
    <message>
        <source>--history-file is empty</source>
        <translation>--history-file ist leer</translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation>log: %1</translation>
    </message>
    <message>
        <source>No history of %1 in %2.</source>
        <translation>Kein Verlauf für %1 in %2.</translation>
    </message>
    <message>
        <source>Rooms in the file: %1.</source>
        <translation>Räume in der Datei: %1.</translation>
    </message>
    <message>
        <source>Nothing in the history of %1 matches.</source>
        <translation>Keine passenden Einträge im Verlauf von %1.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ROOM</source>
        <translation>RAUM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>  log [--since T] [--until T] [--kind K]... [--search TEXT] [--limit N]
      [--history-file PATH]
                          the room&apos;s durable history as RoomDeck (and
                          roomdeck-agent) recorded it: event-log lines, commands
                          with their outcome, calls; never connects to the room.
                          --room HOST matches every port and instance of HOST,
                          HOST:PORT every instance unless --instance is given.
                          T: 2026-12-05 (its midnight), 2026-12-05T10:14 (local
                          time unless a zone is given) or a time ago: 30m, 2h, 7d;
                          --until is exclusive. K (repeat or comma list):
                          connection, event, command, error, notice, presence,
                          call. --search: words that must all occur. The newest N
                          rows (default 200), oldest first; --json: one object per
                          line with every field. File: --history-file, else the
                          one RoomDeck writes (~/.local/share/RoomDeck/
                          history.sqlite); exit 8 when it is missing or unreadable
</source>
        <translation>  log [--since T] [--until T] [--kind K]... [--search TEXT] [--limit N]
      [--history-file PATH]
                          der von RoomDeck (und roomdeck-agent) gespeicherte
                          Raumverlauf: Ereignisprotokoll, Befehle mit Ergebnis,
                          Anrufe; ohne Verbindung zum Raum. --room HOST passt
                          auf alle Ports und Instanzen von HOST, HOST:PORT auf
                          alle Instanzen, außer mit --instance. T: 2026-12-05
                          (Mitternacht), 2026-12-05T10:14 (ohne Zone: Ortszeit)
                          oder eine Zeitspanne zurück: 30m, 2h, 7d; --until ist
                          exklusiv. K (wiederholt oder Kommaliste): connection,
                          event, command, error, notice, presence, call.
                          --search: alle Wörter müssen vorkommen. Die letzten N
                          Zeilen (Standard 200), älteste zuerst; --json: ein
                          Objekt je Zeile, alle Felder. Datei: --history-file,
                          sonst die von RoomDeck (~/.local/share/RoomDeck/
                          history.sqlite); Exit-Code 8, falls fehlend/unlesbar
</translation>
    </message>
</context>
<context>
    <name>CliModeration</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 takes one ID</source>
        <translation>%1 erwartet genau eine ID</translation>
    </message>
    <message>
        <source>%1 takes an ID and mic, camera or speaker</source>
        <translation>%1 erwartet eine ID und mic, camera oder speaker</translation>
    </message>
    <message>
        <source>moderator takes an ID and on or off</source>
        <translation>moderator erwartet eine ID und on oder off</translation>
    </message>
    <message>
        <source>invite takes one ID or more</source>
        <translation>invite erwartet eine oder mehrere IDs</translation>
    </message>
    <message>
        <source>  kick ID                 remove a participant from the conference
  remote-mute ID mic|camera|speaker, remote-unmute ID mic|camera|speaker
                          turn a participant&apos;s device off or on
  moderator ID on|off     make a participant a moderator, or not (owner)
  invite ID...            invite people to the running conference
  accept-join ID, refuse-join ID
                          answer somebody who asks to join the conference
</source>
        <translation>  kick ID                 einen Teilnehmer aus der Konferenz entfernen
  remote-mute ID mic|camera|speaker, remote-unmute ID mic|camera|speaker
                          ein Gerät eines Teilnehmers aus- oder einschalten
  moderator ID on|off     einen Teilnehmer zum Moderator machen oder ihm die
                          Rolle entziehen (Eigentümer)
  invite ID...            Personen zur laufenden Konferenz einladen
  accept-join ID, refuse-join ID
                          eine Beitrittsanfrage zur Konferenz annehmen oder
                          ablehnen
</translation>
    </message>
    <message>
        <source>The room is not in a call or conference.</source>
        <translation>Der Raum ist in keinem Anruf und keiner Konferenz.</translation>
    </message>
    <message>
        <source>No participants reported.</source>
        <translation>Keine Teilnehmer gemeldet.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>MIC</source>
        <translation>MIKROFON</translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation>VIDEO</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>%1 was removed from the conference.</source>
        <translation>%1 wurde aus der Konferenz entfernt.</translation>
    </message>
    <message>
        <source>Turned on: %1 of %2.</source>
        <translation>Eingeschaltet: %1 von %2.</translation>
    </message>
    <message>
        <source>Turned off: %1 of %2.</source>
        <translation>Ausgeschaltet: %1 von %2.</translation>
    </message>
    <message>
        <source>%1 is a moderator now.</source>
        <translation>%1 ist jetzt Moderator.</translation>
    </message>
    <message>
        <source>%1 is no longer a moderator.</source>
        <translation>%1 ist kein Moderator mehr.</translation>
    </message>
    <message>
        <source>%1 may join.</source>
        <translation>%1 darf beitreten.</translation>
    </message>
    <message>
        <source>%1 was refused.</source>
        <translation>%1 wurde abgewiesen.</translation>
    </message>
    <message>
        <source>Invited: %1.</source>
        <translation>Eingeladen: %1.</translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message>
        <source>%1 takes one argument: FILE</source>
        <translation>%1 erwartet ein Argument: FILE</translation>
    </message>
    <message>
        <source>--dry-run belongs to settings apply</source>
        <translation>--dry-run gehört zu settings apply</translation>
    </message>
    <message>
        <source>%1: cannot write into %2</source>
        <translation>%1: In %2 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  settings export FILE    save the room&apos;s settings as a RoomDeck profile
  settings diff FILE      compare the room&apos;s settings with a profile (exit 0:
                          the same, 1: different; lists the differences)
  settings apply FILE [--dry-run]
                          change what differs from the profile in one atomic
                          setSettings (--dry-run: only list it); settings
                          that belong to one room (volume, bandwidth,
                          language, ...) are never applied
                          (export, diff and --dry-run sign in as user)
</source>
        <translation>  settings export FILE    die Einstellungen des Raums als RoomDeck-Profil
                          speichern
  settings diff FILE      die Einstellungen des Raums mit einem Profil
                          vergleichen (Exitcode 0: gleich, 1: verschieden;
                          listet die Unterschiede auf)
  settings apply FILE [--dry-run]
                          ändern, was vom Profil abweicht, in einem atomaren
                          setSettings (--dry-run: nur auflisten);
                          Einstellungen, die zu einem einzelnen Raum gehören
                          (Lautstärke, Bandbreite, Sprache, ...), werden nie
                          angewendet (export, diff und --dry-run melden sich
                          als Benutzer an)
</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to %1.</source>
        <translation>
            <numerusform>%n Einstellung in %1 gespeichert.</numerusform>
            <numerusform>%n Einstellungen in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room has the profile&apos;s settings.</source>
        <translation>Der Raum hat die Einstellungen des Profils.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (file → room):</source>
        <translation>
            <numerusform>%n Unterschied (Datei → Raum):</numerusform>
            <numerusform>%n Unterschiede (Datei → Raum):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not applied (%2)</source>
        <translation>%1: nicht angewendet (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Would change %n setting(s).</source>
        <translation>
            <numerusform>Würde %n Einstellung ändern.</numerusform>
            <numerusform>Würde %n Einstellungen ändern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>; if you know the room&apos;s WebSocket port, try --ws ws://%1:PORT</source>
        <translation>; wenn Sie den WebSocket-Port des Raums kennen, versuchen Sie --ws ws://%1:PORT</translation>
    </message>
    <message>
        <source>the room signed this client out: %1</source>
        <translation>der Raum hat diesen Client abgemeldet: %1</translation>
    </message>
    <message>
        <source>lost the connection to the room: %1</source>
        <translation>Verbindung zum Raum verloren: %1</translation>
    </message>
    <message>
        <source>roomdeckctl: note: %1</source>
        <translation>roomdeckctl: Hinweis: %1</translation>
    </message>
    <message>
        <source>roomdeckctl: connecting to %1</source>
        <translation>roomdeckctl: Verbindung zu %1</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>waiting for the command&apos;s answer</source>
        <translation>Warten auf die Antwort auf den Befehl</translation>
    </message>
    <message>
        <source>the room did not answer within %1 s (%2)</source>
        <translation>der Raum hat nicht innerhalb von %1 s geantwortet (%2)</translation>
    </message>
    <message>
        <source>roomdeckctl: signed in as %1</source>
        <translation>roomdeckctl: angemeldet als %1</translation>
    </message>
    <message>
        <source>the room refused %1: %2</source>
        <translation>der Raum hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation>%1 nicht gesendet: %2</translation>
    </message>
    <message>
        <source>%1: the room is in state “%2” (%3)</source>
        <translation>%1: der Raum ist im Zustand „%2“ (%3)</translation>
    </message>
    <message>
        <source>cannot call now</source>
        <translation>Anruf derzeit nicht möglich</translation>
    </message>
    <message>
        <source>Calling %1: the room accepted the call.</source>
        <translation>Anruf an %1: der Raum hat den Anruf angenommen.</translation>
    </message>
    <message>
        <source>nothing to accept</source>
        <translation>nichts anzunehmen</translation>
    </message>
    <message>
        <source>Call accepted.</source>
        <translation>Anruf angenommen.</translation>
    </message>
    <message>
        <source>nothing to reject</source>
        <translation>nichts abzulehnen</translation>
    </message>
    <message>
        <source>Call declined.</source>
        <translation>Anruf abgelehnt.</translation>
    </message>
    <message>
        <source>nothing to hang up</source>
        <translation>nichts aufzulegen</translation>
    </message>
    <message>
        <source>Conference ended for everyone.</source>
        <translation>Konferenz für alle beendet.</translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation>Anruf beendet.</translation>
    </message>
    <message>
        <source>The room shows its default logo again.</source>
        <translation>Der Raum zeigt wieder das Standardlogo.</translation>
    </message>
    <message>
        <source>The room computer is restarting.</source>
        <translation>Der Raumcomputer wird neu gestartet.</translation>
    </message>
    <message>
        <source>The TrueConf Room application is closing.</source>
        <translation>Die Anwendung TrueConf Room wird geschlossen.</translation>
    </message>
    <message>
        <source>The room computer is shutting down.</source>
        <translation>Der Raumcomputer wird heruntergefahren.</translation>
    </message>
    <message>
        <source>%1.%2.%3 build %4</source>
        <translation>%1.%2.%3 Build %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation>WebSocket</translation>
    </message>
    <message>
        <source>%1 (HTTP port %2)</source>
        <translation>%1 (HTTP-Port %2)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>App state</source>
        <translation>App-Zustand</translation>
    </message>
    <message>
        <source>TrueConf ID</source>
        <translation>TrueConf ID</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>nicht angemeldet</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>The address book is empty.</source>
        <translation>Das Adressbuch ist leer.</translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation>Kein Kontakt entspricht „%1“.</translation>
    </message>
    <message>
        <source>TRUECONF ID</source>
        <translation>TRUECONF ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PRESENCE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>upload-logo needs Administrator access; this connection is signed in as %1</source>
        <translation>upload-logo erfordert Administratorzugriff; diese Verbindung ist angemeldet als %1</translation>
    </message>
    <message>
        <source>upload-logo: %1</source>
        <translation>upload-logo: %1</translation>
    </message>
    <message>
        <source>fitted into 440x82 px</source>
        <translation>eingepasst in 440x82 px</translation>
    </message>
    <message>
        <source>at its original size</source>
        <translation>in Originalgröße</translation>
    </message>
    <message>
        <source>Logo set: %1 (%2) is file %3, shown %4.</source>
        <translation>Logo gesetzt: %1 (%2) ist Datei %3, Anzeige %4.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>snapshot: not prepared</source>
        <translation>snapshot: nicht vorbereitet</translation>
    </message>
</context>
<context>
    <name>CliScreen</name>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 erwartet keine Argumente</translation>
    </message>
    <message>
        <source>widgets takes nothing (list) or NAME on|off; NAME is one of %1</source>
        <translation>widgets erwartet nichts (Liste) oder NAME on|off; NAME ist eines von %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>The room reports no monitors.</source>
        <translation>Der Raum meldet keine Monitore.</translation>
    </message>
    <message>
        <source>INDEX</source>
        <translation>INDEX</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>RESOLUTION</source>
        <translation>AUFLÖSUNG</translation>
    </message>
    <message>
        <source>PRIMARY</source>
        <translation>PRIMÄR</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>FENSTER</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Default layouts: calls: %1; group conferences: %2</source>
        <translation>Standardlayouts: Anrufe: %1; Gruppenkonferenzen: %2</translation>
    </message>
    <message>
        <source>Not in a call.</source>
        <translation>Kein Anruf aktiv.</translation>
    </message>
    <message>
        <source>monitor %1</source>
        <translation>Monitor %1</translation>
    </message>
    <message>
        <source>main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <source>Layout: %1 (%2)</source>
        <translation>Layout: %1 (%2)</translation>
    </message>
    <message>
        <source>SLOT</source>
        <translation>SLOT</translation>
    </message>
    <message>
        <source>WHERE</source>
        <translation>ORT</translation>
    </message>
    <message>
        <source>WIDGET</source>
        <translation>WIDGET</translation>
    </message>
    <message>
        <source>SWITCH</source>
        <translation>EIN/AUS</translation>
    </message>
</context>
<context>
    <name>CliSend</name>
    <message>
        <source>send: give the request either as an argument or with --file, not both</source>
        <translation>send: die Anfrage entweder als Argument oder mit --file angeben, nicht beides</translation>
    </message>
    <message>
        <source>send: --file takes a file name, or - for standard input</source>
        <translation>send: --file erwartet einen Dateinamen oder - für die Standardeingabe</translation>
    </message>
    <message>
        <source>send needs a request: send JSON or send --file FILE (try --help)</source>
        <translation>send erwartet eine Anfrage: send JSON oder send --file FILE (siehe --help)</translation>
    </message>
    <message>
        <source>send takes one argument, got %1</source>
        <translation>send erwartet genau ein Argument, erhalten: %1</translation>
    </message>
    <message>
        <source>the argument</source>
        <translation>das Argument</translation>
    </message>
    <message>
        <source>send: %1 is not JSON: %2 at line %3, column %4</source>
        <translation>send: %1 ist kein JSON: %2 in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>send: %1 must be a JSON object such as &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;</source>
        <translation>send: %1 muss ein JSON-Objekt sein, etwa &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;</translation>
    </message>
    <message>
        <source>send: the request needs a &quot;method&quot; string</source>
        <translation>send: die Anfrage braucht einen String &quot;method&quot;</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>die Standardeingabe</translation>
    </message>
    <message>
        <source>send: cannot read %1: %2</source>
        <translation>send: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>send: cannot read standard input</source>
        <translation>send: die Standardeingabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>send: %1 is larger than %2 KiB</source>
        <translation>send: %1 ist größer als %2 KiB</translation>
    </message>
    <message>
        <source>send: %1 is empty</source>
        <translation>send: %1 ist leer</translation>
    </message>
</context>
<context>
    <name>CliSettingsRun</name>
    <message>
        <source>settings get takes at most one NAME</source>
        <translation>settings get erwartet höchstens einen NAME</translation>
    </message>
    <message>
        <source>settings set takes NAME=VALUE...</source>
        <translation>settings set erwartet NAME=VALUE...</translation>
    </message>
    <message>
        <source>settings set takes NAME=VALUE, not “%1”</source>
        <translation>settings set erwartet NAME=VALUE, nicht „%1“</translation>
    </message>
    <message>
        <source>settings takes: %1</source>
        <translation>settings erwartet: %1</translation>
    </message>
    <message>
        <source>the room has no setting “%1”</source>
        <translation>der Raum hat keine Einstellung „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to change: the room has these values already.</source>
        <translation>Nichts zu ändern: Der Raum hat diese Werte bereits.</translation>
    </message>
    <message>
        <source>The room accepted: %1</source>
        <translation>Der Raum hat übernommen: %1</translation>
    </message>
    <message>
        <source>%1 (refused setting: %2)</source>
        <translation>%1 (abgelehnte Einstellung: %2)</translation>
    </message>
</context>
<context>
    <name>CliSnapshot</name>
    <message>
        <source>no file given</source>
        <translation>keine Datei angegeben</translation>
    </message>
    <message>
        <source>“%1” is a folder</source>
        <translation>„%1“ ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder of “%1” does not exist</source>
        <translation>der Ordner von „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>the folder of “%1” is not writable</source>
        <translation>der Ordner von „%1“ ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>snapshot: %1; nothing was written</source>
        <translation>snapshot: %1; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>snapshot: cannot write “%1”: %2</source>
        <translation>snapshot: „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Snapshot of %1 saved to %2 (%3).</source>
        <translation>Schnappschuss von %1 in %2 gespeichert (%3).</translation>
    </message>
</context>
<context>
    <name>ConferenceModeration</name>
    <message>
        <source>The room is not in a conference</source>
        <translation>Der Raum ist in keiner Konferenz</translation>
    </message>
    <message>
        <source>The room&apos;s connection cannot control a conference now</source>
        <translation>Die Verbindung des Raums kann derzeit keine Konferenz steuern</translation>
    </message>
    <message>
        <source>The podium exists only in role-based conferences</source>
        <translation>Das Podium gibt es nur in rollenbasierten Konferenzen</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can manage the podium</source>
        <translation>Nur der Eigentümer der Konferenz oder ein Moderator kann das Podium verwalten</translation>
    </message>
    <message>
        <source>Only possible in a group conference, not in a call</source>
        <translation>Nur in einer Gruppenkonferenz möglich, nicht in einem Anruf</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can switch participants&apos; devices</source>
        <translation>Nur der Eigentümer der Konferenz oder ein Moderator kann Geräte von Teilnehmern schalten</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can remove participants</source>
        <translation>Nur der Eigentümer der Konferenz oder ein Moderator kann Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can invite participants</source>
        <translation>Nur der Eigentümer der Konferenz oder ein Moderator kann Teilnehmer einladen</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can let people in</source>
        <translation>Nur der Eigentümer der Konferenz oder ein Moderator kann Personen einlassen</translation>
    </message>
    <message>
        <source>Only the conference owner or a moderator can manage the waiting room</source>
        <translation>Nur der Eigentümer der Konferenz oder ein Moderator kann den Warteraum verwalten</translation>
    </message>
    <message>
        <source>Only the conference owner can make moderators</source>
        <translation>Nur der Eigentümer der Konferenz kann Moderatoren ernennen</translation>
    </message>
    <message>
        <source>%1 asks to join</source>
        <translation>%1 möchte beitreten</translation>
    </message>
    <message>
        <source>%1 is in the waiting room</source>
        <translation>%1 ist im Warteraum</translation>
    </message>
    <message>
        <source>%1 asks to speak</source>
        <translation>%1 möchte sprechen</translation>
    </message>
    <message>
        <source>%1 asks to record the room</source>
        <translation>%1 möchte den Raum aufzeichnen</translation>
    </message>
    <message>
        <source>The conference owner invites the room to the podium</source>
        <translation>Der Eigentümer der Konferenz lädt den Raum zum Podium ein</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>Turning on the microphone of %1</source>
        <translation>Einschalten des Mikrofons von %1</translation>
    </message>
    <message>
        <source>Turning off the microphone of %1</source>
        <translation>Ausschalten des Mikrofons von %1</translation>
    </message>
    <message>
        <source>Turning on the camera of %1</source>
        <translation>Einschalten der Kamera von %1</translation>
    </message>
    <message>
        <source>Turning off the camera of %1</source>
        <translation>Ausschalten der Kamera von %1</translation>
    </message>
    <message>
        <source>Turning on the speaker of %1</source>
        <translation>Einschalten des Lautsprechers von %1</translation>
    </message>
    <message>
        <source>Turning off the speaker of %1</source>
        <translation>Ausschalten des Lautsprechers von %1</translation>
    </message>
    <message>
        <source>Removing %1 from the conference</source>
        <translation>Entfernen von %1 aus der Konferenz</translation>
    </message>
    <message>
        <source>Making %1 a moderator</source>
        <translation>Ernennen von %1 zum Moderator</translation>
    </message>
    <message>
        <source>Taking the moderator role from %1</source>
        <translation>Entziehen der Moderatorrolle von %1</translation>
    </message>
    <message>
        <source>Inviting %1 to the conference</source>
        <translation>Einladen von %1 zur Konferenz</translation>
    </message>
    <message>
        <source>Inviting %1 to the podium</source>
        <translation>Einladen von %1 zum Podium</translation>
    </message>
    <message>
        <source>Taking %1 off the podium</source>
        <translation>Entfernen von %1 vom Podium</translation>
    </message>
    <message>
        <source>Letting %1 speak</source>
        <translation>Erteilen des Rederechts an %1</translation>
    </message>
    <message>
        <source>Declining the request of %1 to speak</source>
        <translation>Ablehnen der Wortmeldung von %1</translation>
    </message>
    <message>
        <source>Taking the podium</source>
        <translation>Betreten des Podiums</translation>
    </message>
    <message>
        <source>Leaving the podium</source>
        <translation>Verlassen des Podiums</translation>
    </message>
    <message>
        <source>Accepting the invitation to the podium</source>
        <translation>Annehmen der Einladung zum Podium</translation>
    </message>
    <message>
        <source>Declining the invitation to the podium</source>
        <translation>Ablehnen der Einladung zum Podium</translation>
    </message>
    <message>
        <source>Allowing %1 to record</source>
        <translation>Erlauben der Aufzeichnung durch %1</translation>
    </message>
    <message>
        <source>Refusing %1 to record</source>
        <translation>Ablehnen der Aufzeichnung durch %1</translation>
    </message>
    <message>
        <source>Turning the waiting room on</source>
        <translation>Einschalten des Warteraums</translation>
    </message>
    <message>
        <source>Turning the waiting room off</source>
        <translation>Ausschalten des Warteraums</translation>
    </message>
    <message>
        <source>Letting %1 in from the waiting room</source>
        <translation>Einlassen von %1 aus dem Warteraum</translation>
    </message>
    <message>
        <source>Turning %1 away from the waiting room</source>
        <translation>Abweisen von %1 aus dem Warteraum</translation>
    </message>
    <message>
        <source>Letting %1 join</source>
        <translation>Zulassen des Beitritts von %1</translation>
    </message>
    <message>
        <source>Refusing to let %1 join</source>
        <translation>Ablehnen des Beitritts von %1</translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <source>No call in progress</source>
        <translation>Kein laufender Anruf</translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation>Anrufdauer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Everyone in the room&apos;s call, with microphone, camera and role</source>
        <translation>Alle Teilnehmer am Anruf des Raums, mit Mikrofon, Kamera und Rolle</translation>
    </message>
    <message>
        <source>Tones (DTMF)</source>
        <translation>Tonwahl (DTMF)</translation>
    </message>
    <message>
        <source>Tone keypad</source>
        <translation>Tonwahl-Tastenfeld</translation>
    </message>
    <message>
        <source>Sends DTMF tones into the call, for example to enter a conference PIN on a gateway</source>
        <translation>Sendet DTMF-Töne in den Anruf, etwa um an einem Gateway eine Konferenz-PIN einzugeben</translation>
    </message>
    <message>
        <source>Tone 1</source>
        <translation>Ton 1</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 1 into the call</source>
        <translation>Sendet den DTMF-Ton 1 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 2</source>
        <translation>Ton 2</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 2 into the call</source>
        <translation>Sendet den DTMF-Ton 2 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 3</source>
        <translation>Ton 3</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 3 into the call</source>
        <translation>Sendet den DTMF-Ton 3 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 4</source>
        <translation>Ton 4</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 4 into the call</source>
        <translation>Sendet den DTMF-Ton 4 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 5</source>
        <translation>Ton 5</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 5 into the call</source>
        <translation>Sendet den DTMF-Ton 5 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 6</source>
        <translation>Ton 6</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 6 into the call</source>
        <translation>Sendet den DTMF-Ton 6 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 7</source>
        <translation>Ton 7</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 7 into the call</source>
        <translation>Sendet den DTMF-Ton 7 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 8</source>
        <translation>Ton 8</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 8 into the call</source>
        <translation>Sendet den DTMF-Ton 8 in den Anruf</translation>
    </message>
    <message>
        <source>Tone 9</source>
        <translation>Ton 9</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 9 into the call</source>
        <translation>Sendet den DTMF-Ton 9 in den Anruf</translation>
    </message>
    <message>
        <source>Tone star</source>
        <translation>Ton Stern</translation>
    </message>
    <message>
        <source>Sends the DTMF tone star into the call</source>
        <translation>Sendet den DTMF-Ton Stern in den Anruf</translation>
    </message>
    <message>
        <source>Tone 0</source>
        <translation>Ton 0</translation>
    </message>
    <message>
        <source>Sends the DTMF tone 0 into the call</source>
        <translation>Sendet den DTMF-Ton 0 in den Anruf</translation>
    </message>
    <message>
        <source>Tone hash</source>
        <translation>Ton Raute</translation>
    </message>
    <message>
        <source>Sends the DTMF tone hash into the call</source>
        <translation>Sendet den DTMF-Ton Raute in den Anruf</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Send the tone %1</source>
        <translation>Ton %1 senden</translation>
    </message>
    <message>
        <source>The last call was not answered: %1</source>
        <translation>Der letzte Anruf wurde nicht angenommen: %1</translation>
    </message>
    <message>
        <source>The room is free for a call.</source>
        <translation>Der Raum ist frei für einen Anruf.</translation>
    </message>
    <message>
        <source>Ringing: waiting for an answer</source>
        <translation>Klingelt: Warten auf Antwort</translation>
    </message>
    <message>
        <source>Calling the room: %1</source>
        <translation>Ruft den Raum an: %1</translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation>Anruf mit %1</translation>
    </message>
    <message>
        <source>In a conference</source>
        <translation>In einer Konferenz</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Typ: %1</translation>
    </message>
    <message>
        <source>Type: not reported</source>
        <translation>Typ: nicht gemeldet</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Eigentümer: %1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Ending: %1</source>
        <translation>Wird beendet: %1</translation>
    </message>
    <message>
        <source>Participants appear here once the call is answered.</source>
        <translation>Die Teilnehmer erscheinen hier, sobald der Anruf angenommen ist.</translation>
    </message>
    <message>
        <source>The call has lasted %1</source>
        <translation>Der Anruf dauert bereits %1</translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation>Teilnehmer (%1)</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
    <message>
        <source>Call state unknown</source>
        <translation>Anrufzustand unbekannt</translation>
    </message>
    <message>
        <source>Participants appear here during a call.</source>
        <translation>Während eines Anrufs erscheinen hier die Teilnehmer.</translation>
    </message>
    <message>
        <source>Last known: a call with %1.</source>
        <translation>Zuletzt bekannt: ein Anruf — %1.</translation>
    </message>
    <message>
        <source>RoomDeck shows the room&apos;s call and its participants again once it is connected and signed in.</source>
        <translation>RoomDeck zeigt den Anruf des Raums und seine Teilnehmer wieder, sobald es verbunden und angemeldet ist.</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Room</source>
        <translation>Mit einem Raum verbinden</translation>
    </message>
    <message>
        <source>Enter the address shown on the room&apos;s screen (its IP address and control-panel port), or a WebSocket address.</source>
        <translation>Geben Sie die Adresse ein, die auf dem Bildschirm des Raums angezeigt wird (IP-Adresse und Port des Bedienfelds), oder eine WebSocket-Adresse.</translation>
    </message>
    <message>
        <source>Room &amp;address:</source>
        <translation>&amp;Raumadresse:</translation>
    </message>
    <message>
        <source>192.168.1.20:8088 or ws://host:8765</source>
        <translation>192.168.1.20:8088 oder ws://host:8765</translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation>&amp;Instanz:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Only for a room started as a separate instance (-t NAME); leave empty otherwise</source>
        <translation>Nur für einen Raum, der als eigene Instanz gestartet wurde (-t NAME); sonst leer lassen</translation>
    </message>
    <message>
        <source>Sign in a&amp;s:</source>
        <translation>Anmelden &amp;als:</translation>
    </message>
    <message>
        <source>PIN or &amp;password:</source>
        <translation>PIN oder &amp;Passwort:</translation>
    </message>
    <message>
        <source>empty = unsecured room</source>
        <translation>leer = ungeschützter Raum</translation>
    </message>
    <message>
        <source>Automatic (Administrator if allowed, else User)</source>
        <translation>Automatisch (Administrator, falls erlaubt, sonst Benutzer)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The IP address and port are shown on the room&apos;s main screen.</source>
        <translation>IP-Adresse und Port werden auf dem Hauptbildschirm des Raums angezeigt.</translation>
    </message>
    <message>
        <source>Connects straight to the WebSocket port; config.json is not read.</source>
        <translation>Verbindet direkt mit dem WebSocket-Port; config.json wird nicht gelesen.</translation>
    </message>
    <message>
        <source>Ports are read from %1</source>
        <translation>Ports werden aus %1 gelesen</translation>
    </message>
    <message>
        <source>&amp;Recent rooms:</source>
        <translation>&amp;Letzte Räume:</translation>
    </message>
    <message>
        <source>Recent rooms</source>
        <translation>Letzte Räume</translation>
    </message>
    <message>
        <source>Rooms this console connected to before. Select one to fill in the fields; double-click to connect.</source>
        <translation>Räume, mit denen diese Konsole schon verbunden war. Auswählen füllt die Felder aus; Doppelklick verbindet.</translation>
    </message>
    <message>
        <source>Select to fill in the fields; double-click to connect</source>
        <translation>Auswählen füllt die Felder aus; Doppelklick verbindet</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>Ver&amp;gessen</translation>
    </message>
    <message>
        <source>Remove the selected room from this list and its PIN or password from the keyring</source>
        <translation>Den ausgewählten Raum aus dieser Liste und seine PIN bzw. sein Passwort aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <source>Forget room</source>
        <translation>Raum vergessen</translation>
    </message>
    <message>
        <source>Removes the selected room from the recent rooms and its PIN or password from the keyring</source>
        <translation>Entfernt den ausgewählten Raum aus den letzten Räumen und seine PIN bzw. sein Passwort aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Room address</source>
        <translation>Raumadresse</translation>
    </message>
    <message>
        <source>The IP address and control-panel port shown on the room&apos;s screen, or a WebSocket address</source>
        <translation>IP-Adresse und Port des Bedienfelds, wie auf dem Bildschirm des Raums angezeigt, oder eine WebSocket-Adresse</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>optional, e.g. Board room</source>
        <translation>optional, z. B. Besprechungsraum</translation>
    </message>
    <message>
        <source>Room name</source>
        <translation>Raumname</translation>
    </message>
    <message>
        <source>An optional label for the recent rooms list</source>
        <translation>Eine optionale Bezeichnung für die Liste der letzten Räume</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Only for a room started as a separate instance; leave empty otherwise</source>
        <translation>Nur für einen Raum, der als eigene Instanz gestartet wurde; sonst leer lassen</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Anmelden als</translation>
    </message>
    <message>
        <source>The access level to ask the room for</source>
        <translation>Die beim Raum anzufragende Zugriffsstufe</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>Leave empty if the room is not protected</source>
        <translation>Leer lassen, wenn der Raum nicht geschützt ist</translation>
    </message>
    <message>
        <source>Remember the PIN/password in the &amp;keyring</source>
        <translation>PIN/Passwort im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Stores the secret in the system keyring (never in RoomDeck&apos;s settings)</source>
        <translation>Speichert das Geheimnis im Schlüsselbund des Systems (niemals in den Einstellungen von RoomDeck)</translation>
    </message>
    <message>
        <source>Remember the PIN or password in the keyring</source>
        <translation>PIN oder Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Stores the secret in the system keyring, never in RoomDeck&apos;s settings</source>
        <translation>Speichert das Geheimnis im Schlüsselbund des Systems, niemals in den Einstellungen von RoomDeck</translation>
    </message>
    <message>
        <source>The PIN or password is in the keyring</source>
        <translation>PIN oder Passwort ist im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No PIN or password is stored</source>
        <translation>Keine PIN und kein Passwort gespeichert</translation>
    </message>
    <message>
        <source>Reading the PIN or password from the keyring…</source>
        <translation>PIN oder Passwort wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>The PIN or password was filled in from the keyring.</source>
        <translation>PIN oder Passwort wurde aus dem Schlüsselbund eingesetzt.</translation>
    </message>
    <message>
        <source>No keyring service is available: the PIN or password is asked for each time.</source>
        <translation>Kein Schlüsselbunddienst verfügbar: PIN oder Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>Only the keyring ever holds the secret; RoomDeck&apos;s settings never do.</source>
        <translation>Nur der Schlüsselbund enthält das Geheimnis, niemals die Einstellungen von RoomDeck.</translation>
    </message>
    <message>
        <source>The PIN from the room&apos;s link is in the PIN field; the address is remembered without it.</source>
        <translation>Die PIN aus dem Link des Raums wurde in das PIN-Feld eingesetzt; die Adresse wird ohne sie gespeichert.</translation>
    </message>
    <message>
        <source>Rooms on This A&amp;gent…</source>
        <translation>Räume dieses Agen&amp;ten…</translation>
    </message>
    <message>
        <source>When the address is a roomdeck-agent&apos;s: list the rooms it serves and choose one</source>
        <translation>Wenn die Adresse die eines roomdeck-agent ist: seine Räume auflisten und einen wählen</translation>
    </message>
    <message>
        <source>Rooms on this agent</source>
        <translation>Räume dieses Agenten</translation>
    </message>
    <message>
        <source>Asks the roomdeck-agent at this address for its rooms; choosing one sets the instance</source>
        <translation>Fragt den roomdeck-agent unter dieser Adresse nach seinen Räumen; die Wahl eines Raums setzt die Instanz</translation>
    </message>
    <message>
        <source>Agent roo&amp;m:</source>
        <translation>Ra&amp;um des Agenten:</translation>
    </message>
    <message>
        <source>Agent room</source>
        <translation>Agentenraum</translation>
    </message>
    <message>
        <source>The rooms the roomdeck-agent serves, with their site and whether they are up; choosing one sets the instance</source>
        <translation>Die Räume des roomdeck-agent mit Standort und Erreichbarkeit; die Wahl eines Raums setzt die Instanz</translation>
    </message>
    <message>
        <source>Choose a room</source>
        <translation>Raum wählen</translation>
    </message>
    <message>
        <source>Enter the roomdeck-agent&apos;s address as HOST:PORT first.</source>
        <translation>Geben Sie zuerst die Adresse des roomdeck-agent als HOST:PORT ein.</translation>
    </message>
    <message>
        <source>Asking %1 for its rooms…</source>
        <translation>Frage %1 nach seinen Räumen…</translation>
    </message>
    <message>
        <source>This roomdeck-agent serves no rooms.</source>
        <translation>Dieser roomdeck-agent hat keine Räume.</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>down</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>agent room: name, up or down</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <comment>agent room: name, site, up or down</comment>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>TrueConf ID: %1
Agent&apos;s connection: %2</source>
        <translation>TrueConf-ID: %1
Verbindung des Agenten: %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) on this agent: choosing one sets the instance.</source>
        <translation>
            <numerusform>%n Raum auf diesem Agenten: die Wahl setzt die Instanz.</numerusform>
            <numerusform>%n Räume auf diesem Agenten: die Wahl eines Raums setzt die Instanz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Add to Address Book</source>
        <translation>Zum Adressbuch hinzufügen</translation>
    </message>
    <message>
        <source>TrueConf ID to add (user or user@server):</source>
        <translation>Hinzuzufügende TrueConf ID (user oder user@server):</translation>
    </message>
    <message>
        <source>Cannot add “%1”: %2</source>
        <translation>„%1“ kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>only a person&apos;s TrueConf ID can be added</source>
        <translation>nur die TrueConf ID einer Person kann hinzugefügt werden</translation>
    </message>
    <message>
        <source>Name to show for %1 (leave empty for the server&apos;s name):</source>
        <translation>Anzuzeigender Name für %1 (leer lassen für den Namen vom Server):</translation>
    </message>
    <message>
        <source>Adding %1 to the address book</source>
        <translation>Hinzufügen von %1 zum Adressbuch</translation>
    </message>
    <message>
        <source>Remove from Address Book</source>
        <translation>Aus dem Adressbuch entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the room&apos;s address book?</source>
        <translation>%1 aus dem Adressbuch des Raums entfernen?</translation>
    </message>
    <message>
        <source>Removing %1 from the address book</source>
        <translation>Entfernen von %1 aus dem Adressbuch</translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <source>Renaming %1</source>
        <translation>Umbenennen von %1</translation>
    </message>
</context>
<context>
    <name>ContactPicker</name>
    <message>
        <source>&amp;Find a contact, or type a TrueConf ID:</source>
        <translation>&amp;Kontakt suchen oder TrueConf ID eingeben:</translation>
    </message>
    <message>
        <source>Find a contact</source>
        <translation>Kontakt suchen</translation>
    </message>
    <message>
        <source>Matching contacts</source>
        <translation>Passende Kontakte</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladen</translation>
    </message>
    <message>
        <source>TrueConf ID:</source>
        <translation>TrueConf ID:</translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message>
        <source>Sending the file to the room…</source>
        <translation>Die Datei wird an den Raum gesendet…</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>NDI output</source>
        <translation>NDI-Ausgabe</translation>
    </message>
    <message>
        <source>Send the room&apos;s picture as NDI</source>
        <translation>Das Bild des Raums über NDI senden</translation>
    </message>
    <message>
        <source>Turns the room&apos;s NDI output on or off</source>
        <translation>Schaltet die NDI-Ausgabe des Raums ein oder aus</translation>
    </message>
    <message>
        <source>NDI devices</source>
        <translation>NDI-Geräte</translation>
    </message>
    <message>
        <source>The NDI sources this room sends</source>
        <translation>Die NDI-Quellen, die dieser Raum sendet</translation>
    </message>
    <message>
        <source>New device name</source>
        <translation>Name des neuen Geräts</translation>
    </message>
    <message>
        <source>New NDI device name</source>
        <translation>Name des neuen NDI-Geräts</translation>
    </message>
    <message>
        <source>The name of a new NDI source on this room</source>
        <translation>Der Name einer neuen NDI-Quelle in diesem Raum</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Create an NDI device with this name</source>
        <translation>Ein NDI-Gerät mit diesem Namen erstellen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected NDI device</source>
        <translation>Das ausgewählte NDI-Gerät löschen</translation>
    </message>
    <message>
        <source>Turning NDI on…</source>
        <translation>NDI wird eingeschaltet…</translation>
    </message>
    <message>
        <source>Turning NDI off…</source>
        <translation>NDI wird ausgeschaltet…</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Folien</translation>
    </message>
    <message>
        <source>The room&apos;s slides; the one shown now is marked</source>
        <translation>Die Folien des Raums; die gerade angezeigte ist markiert</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Send a PNG or JPEG picture to the room as a slide</source>
        <translation>Ein PNG- oder JPEG-Bild als Folie an den Raum senden</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected slide from the room</source>
        <translation>Die ausgewählte Folie aus dem Raum entfernen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Start or stop showing the slides</source>
        <translation>Die Diashow starten oder beenden</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Show the previous slide</source>
        <translation>Die vorherige Folie anzeigen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Show the next slide</source>
        <translation>Die nächste Folie anzeigen</translation>
    </message>
    <message>
        <source>Broadcast picture</source>
        <translation>Bild statt Kamera</translation>
    </message>
    <message>
        <source>Show Picture…</source>
        <translation>Bild anzeigen…</translation>
    </message>
    <message>
        <source>Send a PNG or JPEG picture instead of the room&apos;s camera</source>
        <translation>Ein PNG- oder JPEG-Bild statt der Kamera des Raums senden</translation>
    </message>
    <message>
        <source>Stop Picture</source>
        <translation>Bild beenden</translation>
    </message>
    <message>
        <source>Send the room&apos;s camera again</source>
        <translation>Wieder die Kamera des Raums senden</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>NDI is on</source>
        <translation>NDI ist eingeschaltet</translation>
    </message>
    <message>
        <source>NDI is off</source>
        <translation>NDI ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 (whole screen)</source>
        <translation>%1 (ganzer Bildschirm)</translation>
    </message>
    <message>
        <source>NDI device %1</source>
        <translation>NDI-Gerät %1</translation>
    </message>
    <message>
        <source>The room does not offer the slideshow now</source>
        <translation>Der Raum bietet die Diashow derzeit nicht an</translation>
    </message>
    <message>
        <source>Showing slide %1 of %2</source>
        <translation>Folie %1 von %2 wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n slide(s), not shown</source>
        <translation>
            <numerusform>%n Folie, nicht angezeigt</numerusform>
            <numerusform>%n Folien, nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Slide %1</source>
        <translation>Folie %1</translation>
    </message>
    <message>
        <source>▶ %1 (shown now)</source>
        <translation>▶ %1 (wird angezeigt)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Showing %1 instead of the camera</source>
        <translation>%1 wird statt der Kamera angezeigt</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>The room sends its camera</source>
        <translation>Der Raum sendet seine Kamera</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a Slide</source>
        <translation>Folie hinzufügen</translation>
    </message>
    <message>
        <source>The slide was added</source>
        <translation>Die Folie wurde hinzugefügt</translation>
    </message>
    <message>
        <source>Show a Picture Instead of the Camera</source>
        <translation>Bild statt der Kamera anzeigen</translation>
    </message>
    <message>
        <source>To show an NDI source from the network, choose it as the room&apos;s camera in Devices…</source>
        <translation>Um eine NDI-Quelle aus dem Netzwerk zu zeigen, wählen Sie sie unter „Geräte…“ als Kamera des Raums.</translation>
    </message>
</context>
<context>
    <name>ContentShare</name>
    <message>
        <source>“%1” cannot be read</source>
        <translation>„%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>“%1” is not a PNG or JPEG picture</source>
        <translation>„%1“ ist kein PNG- oder JPEG-Bild</translation>
    </message>
    <message>
        <source>The room does not offer the slideshow now</source>
        <translation>Der Raum bietet die Diashow derzeit nicht an</translation>
    </message>
    <message>
        <source>The slideshow holds at most %1 slides</source>
        <translation>Die Diashow fasst höchstens %1 Folien</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
    <message>
        <source>Another file is still being sent to the room</source>
        <translation>Es wird noch eine andere Datei an den Raum gesendet</translation>
    </message>
    <message>
        <source>“%1” changed while it was read</source>
        <translation>„%1“ hat sich beim Lesen geändert</translation>
    </message>
    <message>
        <source>Sending the file failed: %1</source>
        <translation>Senden der Datei fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no such slide</source>
        <translation>Diese Folie gibt es nicht</translation>
    </message>
    <message>
        <source>There are no slides</source>
        <translation>Es gibt keine Folien</translation>
    </message>
    <message>
        <source>Add a slide first</source>
        <translation>Fügen Sie zuerst eine Folie hinzu</translation>
    </message>
    <message>
        <source>The slideshow is already running</source>
        <translation>Die Diashow läuft bereits</translation>
    </message>
    <message>
        <source>The slideshow is not running</source>
        <translation>Die Diashow läuft nicht</translation>
    </message>
    <message>
        <source>This is the first slide</source>
        <translation>Das ist die erste Folie</translation>
    </message>
    <message>
        <source>This is the last slide</source>
        <translation>Das ist die letzte Folie</translation>
    </message>
    <message>
        <source>No picture is being shown</source>
        <translation>Es wird kein Bild angezeigt</translation>
    </message>
</context>
<context>
    <name>CreateConferenceDialog</name>
    <message>
        <source>Create Conference</source>
        <translation>Konferenz erstellen</translation>
    </message>
    <message>
        <source>e.g. Weekly review</source>
        <translation>z. B. Wochenbesprechung</translation>
    </message>
    <message>
        <source>Conference title</source>
        <translation>Konferenztitel</translation>
    </message>
    <message>
        <source>Conference type</source>
        <translation>Konferenztyp</translation>
    </message>
    <message>
        <source>Symmetric</source>
        <translation>Symmetrisch</translation>
    </message>
    <message>
        <source>Asymmetric (lecture)</source>
        <translation>Asymmetrisch (Vortrag)</translation>
    </message>
    <message>
        <source>Role-based (podium)</source>
        <translation>Rollenbasiert (Podium)</translation>
    </message>
    <message>
        <source>Search the address book by name or ID</source>
        <translation>Das Adressbuch nach Name oder ID durchsuchen</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>Teilnehmer suchen</translation>
    </message>
    <message>
        <source>Participants to invite</source>
        <translation>Einzuladende Teilnehmer</translation>
    </message>
    <message>
        <source>Tick the people to invite; Space ticks the current one</source>
        <translation>Einzuladende Personen ankreuzen; die Leertaste kreuzt die aktuelle an</translation>
    </message>
    <message>
        <source>Waiting room: admit participants one by one</source>
        <translation>Warteraum: Teilnehmer einzeln zulassen</translation>
    </message>
    <message>
        <source>Cameras off when participants join</source>
        <translation>Kameras beim Beitritt ausgeschaltet</translation>
    </message>
    <message>
        <source>Microphones off when participants join</source>
        <translation>Mikrofone beim Beitritt ausgeschaltet</translation>
    </message>
    <message>
        <source>Newer rooms only; an older room ignores it</source>
        <translation>Nur neuere Räume; ältere Räume ignorieren diese Option</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>T&amp;eilnehmer:</translation>
    </message>
    <message>
        <source>Everybody sees and hears everybody: a meeting of equals.</source>
        <translation>Alle sehen und hören alle: ein Treffen unter Gleichberechtigten.</translation>
    </message>
    <message>
        <source>A lecture: everybody sees the presenter (the room); the presenter sees everybody.</source>
        <translation>Ein Vortrag: Alle sehen den Vortragenden (den Raum); der Vortragende sieht alle.</translation>
    </message>
    <message>
        <source>A podium: only the speakers on it are seen and heard; the room as owner invites speakers and answers requests to speak.</source>
        <translation>Ein Podium: Nur die Sprecher auf dem Podium werden gesehen und gehört; der Raum lädt als Eigentümer Sprecher ein und beantwortet Wortmeldungen.</translation>
    </message>
    <message>
        <source>Nobody invited yet: others can still join by the conference&apos;s link.</source>
        <translation>Noch niemand eingeladen: Andere können weiterhin über den Link der Konferenz beitreten.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) invited</source>
        <translation>
            <numerusform>%n Teilnehmer eingeladen</numerusform>
            <numerusform>%n Teilnehmer eingeladen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Nothing is stored in the keyring for this room</source>
        <translation>Für diesen Raum ist nichts im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No keyring service is available (Secret Service on the session D-Bus): %1. RoomDeck will ask for the PIN or password each time.</source>
        <translation>Kein Schlüsselbunddienst verfügbar (Secret Service auf dem Sitzungs-D-Bus): %1. RoomDeck fragt jedes Mal nach PIN oder Passwort.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>keine Details</translation>
    </message>
    <message>
        <source>The keyring request was abandoned</source>
        <translation>Die Schlüsselbund-Anfrage wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>DemoRoom</name>
    <message>
        <source>Agenda</source>
        <translation>Tagesordnung</translation>
    </message>
    <message>
        <source>Quarterly results</source>
        <translation>Quartalsergebnisse</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Boardroom</source>
        <translation>Konferenzraum</translation>
    </message>
    <message>
        <source>Huddle room 2</source>
        <translation>Besprechungsecke 2</translation>
    </message>
    <message>
        <source>Training room</source>
        <translation>Schulungsraum</translation>
    </message>
</context>
<context>
    <name>DeviceState</name>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Noise suppression</source>
        <translation>Rauschunterdrückung</translation>
    </message>
    <message>
        <source>Background blur</source>
        <translation>Hintergrund weichzeichnen</translation>
    </message>
    <message>
        <source>Background replacement</source>
        <translation>Hintergrund ersetzen</translation>
    </message>
    <message>
        <source>Crop to people</source>
        <translation>Auf Personen zuschneiden</translation>
    </message>
    <message>
        <source>Self-view rotation</source>
        <translation>Drehung der Eigenansicht</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>%1 muted</source>
        <translation>%1 aus</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>This connection may not change the room&apos;s devices</source>
        <translation>Diese Verbindung darf die Geräte des Raums nicht ändern</translation>
    </message>
    <message>
        <source>Muting the %1</source>
        <translation>Stummschalten (%1)</translation>
    </message>
    <message>
        <source>Turning the %1 on</source>
        <translation>Einschalten (%1)</translation>
    </message>
    <message>
        <source>Choosing the %1 “%2”</source>
        <translation>Auswählen von „%2“ (%1)</translation>
    </message>
    <message>
        <source>Turning off the choice of %1</source>
        <translation>Aufheben der Auswahl (%1)</translation>
    </message>
    <message>
        <source>Changing “%1”</source>
        <translation>Ändern von „%1“</translation>
    </message>
    <message>
        <source>choose the image to show behind the people first</source>
        <translation>wählen Sie zuerst das Bild, das hinter den Personen angezeigt werden soll</translation>
    </message>
    <message>
        <source>the rotation must be 0, 90, 180 or 270 degrees</source>
        <translation>die Drehung muss 0, 90, 180 oder 270 Grad betragen</translation>
    </message>
    <message>
        <source>Reading how loud %1 is heard</source>
        <translation>Abfragen der Lautstärke, mit der %1 zu hören ist</translation>
    </message>
    <message>
        <source>Changing how loud %1 is heard</source>
        <translation>Ändern der Lautstärke, mit der %1 zu hören ist</translation>
    </message>
    <message>
        <source>the level must be 0 to %1</source>
        <translation>der Pegel muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>microphone</source>
        <comment>a device named inside a sentence</comment>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>camera</source>
        <comment>a device named inside a sentence</comment>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>speaker</source>
        <comment>a device named inside a sentence</comment>
        <translation>Lautsprecher</translation>
    </message>
</context>
<context>
    <name>DevicesPanel</name>
    <message>
        <source>Room Devices</source>
        <translation>Geräte des Raums</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>%1°</source>
        <translation>%1°</translation>
    </message>
    <message>
        <source>Set on the room with an image of its own; it can be turned off here</source>
        <translation>Im Raum mit einem eigenen Bild eingerichtet; hier kann es ausgeschaltet werden</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>%1 (unplugged)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>Set by the room&apos;s automatic gain control</source>
        <translation>Von der automatischen Verstärkungsregelung des Raums eingestellt</translation>
    </message>
</context>
<context>
    <name>DialCompletionModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DialPanel</name>
    <message>
        <source>&amp;Dial:</source>
        <translation>&amp;Wählen:</translation>
    </message>
    <message>
        <source>TrueConf ID, user@server or \c\conference (Ctrl+L)</source>
        <translation>TrueConf ID, user@server oder \c\conference (Ctrl+L)</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Wählen</translation>
    </message>
    <message>
        <source>The TrueConf ID to call: user, user@server, user@server/instance, or \c\ and a conference name. Enter calls.</source>
        <translation>Die anzurufende TrueConf ID: user, user@server, user@server/instance oder \c\ und ein Konferenzname. Enter ruft an.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Calls the TrueConf ID in the dial field from the room</source>
        <translation>Ruft die TrueConf ID im Wählfeld aus dem Raum an</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Ends the room&apos;s call, or cancels a call that is still ringing</source>
        <translation>Beendet den Anruf des Raums oder bricht einen noch klingelnden Anruf ab</translation>
    </message>
    <message>
        <source>Hang up for all</source>
        <translation>Für alle auflegen</translation>
    </message>
    <message>
        <source>Ends the group conference for every participant (owner or moderator only)</source>
        <translation>Beendet die Gruppenkonferenz für alle Teilnehmer (nur Eigentümer oder Moderator)</translation>
    </message>
    <message>
        <source>Type a TrueConf ID or pick a contact; Enter or Ctrl+Enter calls.</source>
        <translation>Geben Sie eine TrueConf ID ein oder wählen Sie einen Kontakt; Enter oder Ctrl+Enter ruft an.</translation>
    </message>
    <message>
        <source>Joins the conference “%1”.</source>
        <translation>Tritt der Konferenz „%1“ bei.</translation>
    </message>
    <message>
        <source>Rings only this instance of the user.</source>
        <translation>Klingelt nur bei dieser Instanz des Benutzers.</translation>
    </message>
    <message>
        <source>The room completes the server (user@server).</source>
        <translation>Der Raum ergänzt den Server (user@server).</translation>
    </message>
    <message>
        <source>Ready to call.</source>
        <translation>Bereit zum Anrufen.</translation>
    </message>
    <message>
        <source>Cannot call now: %1</source>
        <translation>Anruf derzeit nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Room state: %1</source>
        <translation>Raumzustand: %1</translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation>Anmeldung erforderlich: %1</translation>
    </message>
    <message>
        <source>Account login: %1</source>
        <translation>Kontoanmeldung: %1</translation>
    </message>
    <message>
        <source>The room logged out of its account</source>
        <translation>Der Raum hat sich von seinem Konto abgemeldet</translation>
    </message>
    <message>
        <source>Connected to server %1</source>
        <translation>Mit Server %1 verbunden</translation>
    </message>
    <message>
        <source>Disconnected from server %1</source>
        <translation>Vom Server %1 getrennt</translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation>Eingehender Anruf von %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Anruf an %1</translation>
    </message>
    <message>
        <source>Call refused by %1: %2</source>
        <translation>%1 hat den Anruf abgewiesen: %2</translation>
    </message>
    <message>
        <source>Call from %1 declined</source>
        <translation>Anruf von %1 abgelehnt</translation>
    </message>
    <message>
        <source>Conference started: %1</source>
        <translation>Konferenz gestartet: %1</translation>
    </message>
    <message>
        <source>Conference ended</source>
        <translation>Konferenz beendet</translation>
    </message>
    <message>
        <source>%1 joined the conference</source>
        <translation>%1 ist der Konferenz beigetreten</translation>
    </message>
    <message>
        <source>%1 left the conference</source>
        <translation>%1 hat die Konferenz verlassen</translation>
    </message>
    <message>
        <source>Setting “%1” changed to %2</source>
        <translation>Einstellung „%1“ auf %2 geändert</translation>
    </message>
    <message numerus="yes">
        <source>Presence changed for %n contact(s)</source>
        <translation>
            <numerusform>Präsenzstatus von %n Kontakt geändert</numerusform>
            <numerusform>Präsenzstatus von %n Kontakten geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom event: %1</source>
        <translation>Benutzerdefiniertes Ereignis: %1</translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation>Ereignis „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>, logged in as %1</source>
        <translation>, angemeldet als %1</translation>
    </message>
    <message>
        <source>, logged in as %1 (%2)</source>
        <translation>, angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Reconnect attempt %1 in %2 s</source>
        <translation>Wiederverbindungsversuch %1 in %2 s</translation>
    </message>
    <message numerus="yes">
        <source>(cut: the room sent %n bytes)</source>
        <translation>
            <numerusform>(gekürzt: der Raum hat %n Byte gesendet)</numerusform>
            <numerusform>(gekürzt: der Raum hat %n Bytes gesendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Präsenz</translation>
    </message>
    <message>
        <source>(The room&apos;s JSON for this entry was dropped to keep the log&apos;s memory bounded.)</source>
        <translation>(Das JSON des Raums zu diesem Eintrag wurde verworfen, um den Speicherbedarf des Protokolls zu begrenzen.)</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — erledigt</translation>
    </message>
    <message>
        <source>%1 — failed: %2</source>
        <translation>%1 — fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 wrote: “%2”</source>
        <translation>%1 hat geschrieben: „%2“</translation>
    </message>
    <message>
        <source>%1 wrote to the conference: “%2”</source>
        <translation>%1 hat an die Konferenz geschrieben: „%2“</translation>
    </message>
    <message>
        <source>The room wrote to %1: “%2”</source>
        <translation>Der Raum hat an %1 geschrieben: „%2“</translation>
    </message>
    <message>
        <source>The room wrote to the conference: “%1”</source>
        <translation>Der Raum hat an die Konferenz geschrieben: „%1“</translation>
    </message>
    <message>
        <source>The room&apos;s microphone was muted</source>
        <translation>Das Mikrofon des Raums wurde stummgeschaltet</translation>
    </message>
    <message>
        <source>The room&apos;s microphone was turned on</source>
        <translation>Das Mikrofon des Raums wurde eingeschaltet</translation>
    </message>
    <message>
        <source>The room&apos;s camera was turned off</source>
        <translation>Die Kamera des Raums wurde ausgeschaltet</translation>
    </message>
    <message>
        <source>The room&apos;s camera was turned on</source>
        <translation>Die Kamera des Raums wurde eingeschaltet</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker was muted</source>
        <translation>Der Lautsprecher des Raums wurde stummgeschaltet</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker was turned on</source>
        <translation>Der Lautsprecher des Raums wurde eingeschaltet</translation>
    </message>
    <message>
        <source>The conference owner muted the room&apos;s microphone</source>
        <translation>Der Eigentümer der Konferenz hat das Mikrofon des Raums stummgeschaltet</translation>
    </message>
    <message>
        <source>The conference owner turned the room&apos;s microphone on</source>
        <translation>Der Eigentümer der Konferenz hat das Mikrofon des Raums eingeschaltet</translation>
    </message>
    <message>
        <source>The conference owner turned the room&apos;s camera off</source>
        <translation>Der Eigentümer der Konferenz hat die Kamera des Raums ausgeschaltet</translation>
    </message>
    <message>
        <source>The conference owner turned the room&apos;s camera on</source>
        <translation>Der Eigentümer der Konferenz hat die Kamera des Raums eingeschaltet</translation>
    </message>
    <message>
        <source>%1 — microphone: %2, camera: %3</source>
        <translation>%1 — Mikrofon: %2, Kamera: %3</translation>
    </message>
    <message>
        <source>%1 — microphone: %2</source>
        <translation>%1 — Mikrofon: %2</translation>
    </message>
    <message>
        <source>%1 — camera: %2</source>
        <translation>%1 — Kamera: %2</translation>
    </message>
    <message>
        <source>%1: devices changed</source>
        <translation>%1: Geräte geändert</translation>
    </message>
    <message>
        <source>%1 is now “%2”</source>
        <translation>%1 ist jetzt „%2“</translation>
    </message>
    <message>
        <source>Presence changed for %1</source>
        <translation>Präsenzstatus von %1 geändert</translation>
    </message>
    <message>
        <source>%1 has a new picture</source>
        <translation>%1 hat ein neues Profilbild</translation>
    </message>
    <message>
        <source>Restart the room computer</source>
        <translation>Raumcomputer neu starten</translation>
    </message>
    <message>
        <source>Shut down the room computer</source>
        <translation>Raumcomputer herunterfahren</translation>
    </message>
    <message>
        <source>Quit the room application</source>
        <translation>Raum-App beenden</translation>
    </message>
    <message>
        <source>Show the uploaded logo</source>
        <translation>Hochgeladenes Logo anzeigen</translation>
    </message>
    <message>
        <source>Show the uploaded background</source>
        <translation>Hochgeladenen Hintergrund anzeigen</translation>
    </message>
    <message>
        <source>Reset the logo to the default</source>
        <translation>Logo auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the background to the default</source>
        <translation>Hintergrund auf Standard zurücksetzen</translation>
    </message>
    <message>
        <source>Connect the room to a TrueConf server</source>
        <translation>Raum mit einem TrueConf-Server verbinden</translation>
    </message>
    <message>
        <source>Connect the room to TrueConf Online</source>
        <translation>Raum mit TrueConf Online verbinden</translation>
    </message>
    <message>
        <source>Log the room&apos;s TrueConf account in</source>
        <translation>TrueConf-Konto des Raums anmelden</translation>
    </message>
    <message>
        <source>Log the room&apos;s TrueConf account out</source>
        <translation>TrueConf-Konto des Raums abmelden</translation>
    </message>
    <message>
        <source>Change the protection of a mode</source>
        <translation>Schutz eines Modus ändern</translation>
    </message>
    <message>
        <source>Clear the sign-in tokens</source>
        <translation>Anmelde-Tokens löschen</translation>
    </message>
    <message>
        <source>Activate a licence</source>
        <translation>Lizenz aktivieren</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Accept the call</source>
        <translation>Anruf annehmen</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Anruf ablehnen</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Send a tone</source>
        <translation>Ton senden</translation>
    </message>
    <message>
        <source>Add a contact to the address book</source>
        <translation>Kontakt zum Adressbuch hinzufügen</translation>
    </message>
    <message>
        <source>Remove a contact from the address book</source>
        <translation>Kontakt aus dem Adressbuch entfernen</translation>
    </message>
    <message>
        <source>Rename a contact</source>
        <translation>Kontakt umbenennen</translation>
    </message>
    <message>
        <source>Change the room&apos;s settings</source>
        <translation>Einstellungen des Raums ändern</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>Schwenk</translation>
    </message>
    <message>
        <source>tilt</source>
        <translation>Neigung</translation>
    </message>
    <message>
        <source>zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>The room&apos;s camera changed</source>
        <translation>Die Kamera des Raums hat sich geändert</translation>
    </message>
    <message>
        <source>The room&apos;s camera: %1</source>
        <translation>Kamera des Raums: %1</translation>
    </message>
    <message>
        <source>Camera preset “%1” saved</source>
        <translation>Kamera-Preset „%1“ gespeichert</translation>
    </message>
    <message>
        <source>Camera preset “%1” applied</source>
        <translation>Kamera-Preset „%1“ angewendet</translation>
    </message>
    <message>
        <source>Camera preset “%1” changed</source>
        <translation>Kamera-Preset „%1“ geändert</translation>
    </message>
    <message>
        <source>Camera preset “%1” removed</source>
        <translation>Kamera-Preset „%1“ entfernt</translation>
    </message>
    <message>
        <source>%1 asks to control the room&apos;s camera</source>
        <translation>%1 möchte die Kamera des Raums steuern</translation>
    </message>
    <message>
        <source>The room&apos;s devices changed</source>
        <translation>Die Geräte des Raums haben sich geändert</translation>
    </message>
    <message>
        <source>%1 asks to join the conference</source>
        <translation>%1 möchte der Konferenz beitreten</translation>
    </message>
    <message>
        <source>%1 was let into the conference</source>
        <translation>%1 wurde in die Konferenz eingelassen</translation>
    </message>
    <message>
        <source>%1 is in the waiting room</source>
        <translation>%1 ist im Warteraum</translation>
    </message>
    <message>
        <source>%1 left the waiting room</source>
        <translation>%1 hat den Warteraum verlassen</translation>
    </message>
    <message>
        <source>The waiting room is on</source>
        <translation>Der Warteraum ist eingeschaltet</translation>
    </message>
    <message>
        <source>The waiting room is off</source>
        <translation>Der Warteraum ist ausgeschaltet</translation>
    </message>
    <message>
        <source>%1 asks to record the room</source>
        <translation>%1 möchte den Raum aufzeichnen</translation>
    </message>
    <message>
        <source>%1 records the room</source>
        <translation>%1 zeichnet den Raum auf</translation>
    </message>
    <message>
        <source>%1 stopped recording the room</source>
        <translation>%1 hat die Aufzeichnung des Raums beendet</translation>
    </message>
    <message>
        <source>%1 asks to speak</source>
        <translation>%1 möchte sprechen</translation>
    </message>
    <message>
        <source>Microphone test level: %1</source>
        <translation>Testpegel des Mikrofons: %1</translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <source>Event log</source>
        <translation>Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Show only one kind of entry</source>
        <translation>Nur eine Art von Einträgen anzeigen</translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation>Roh-&amp;JSON anzeigen</translation>
    </message>
    <message>
        <source>Show the JSON the room sent for the selected entry</source>
        <translation>Das vom Raum gesendete JSON des ausgewählten Eintrags anzeigen</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Select an entry to see the JSON the room sent.</source>
        <translation>Wählen Sie einen Eintrag, um das vom Raum gesendete JSON zu sehen.</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation>Ausgewählte Einträge kopieren</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation>Alle Einträge aus dem Protokoll entfernen</translation>
    </message>
    <message>
        <source>This entry has no JSON: RoomDeck wrote it, not the room.</source>
        <translation>Dieser Eintrag hat kein JSON: RoomDeck hat ihn erstellt, nicht der Raum.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 von %n Eintrag</numerusform>
            <numerusform>%1 von %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation>Einträge anzeigen</translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation>Roh-JSON anzeigen</translation>
    </message>
    <message>
        <source>Shows the JSON the room sent for the selected entry</source>
        <translation>Zeigt das vom Raum gesendete JSON des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Copy entries</source>
        <translation>Einträge kopieren</translation>
    </message>
    <message>
        <source>Copies the selected entries to the clipboard</source>
        <translation>Kopiert die ausgewählten Einträge in die Zwischenablage</translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation>Protokoll leeren</translation>
    </message>
    <message>
        <source>Removes every entry from the event log</source>
        <translation>Entfernt alle Einträge aus dem Ereignisprotokoll</translation>
    </message>
    <message>
        <source>Room events, failed commands, connection changes and notices, newest last</source>
        <translation>Raumereignisse, fehlgeschlagene Befehle, Verbindungsänderungen und Hinweise, neueste zuletzt</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Protokoll durchsuchen</translation>
    </message>
    <message>
        <source>Search the event log</source>
        <translation>Ereignisprotokoll durchsuchen</translation>
    </message>
    <message>
        <source>Shows only entries whose text or name contains every word typed here</source>
        <translation>Zeigt nur Einträge, deren Text oder Name alle hier eingegebenen Wörter enthält</translation>
    </message>
    <message>
        <source>Shows every entry of the event log but presence changes, every entry, or only one kind</source>
        <translation>Zeigt alle Einträge des Ereignisprotokolls außer Präsenzänderungen, alle Einträge oder nur eine Art</translation>
    </message>
    <message>
        <source>All but presence</source>
        <translation>Alle außer Präsenz</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge zeigen aus</translation>
    </message>
    <message>
        <source>Shows this session&apos;s entries, or the room&apos;s history kept on this computer</source>
        <translation>Zeigt die Einträge dieser Sitzung oder den auf diesem Computer gespeicherten Verlauf des Raums</translation>
    </message>
    <message>
        <source>This session&apos;s entries, or every day&apos;s kept on this computer</source>
        <translation>Die Einträge dieser Sitzung oder aller auf diesem Computer gespeicherten Tage</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>Saves the history entries shown as a CSV file</source>
        <translation>Speichert die angezeigten Verlaufseinträge als CSV-Datei</translation>
    </message>
    <message>
        <source>&amp;Export History…</source>
        <translation>Verlauf &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the history entries shown as a CSV file</source>
        <translation>Die angezeigten Verlaufseinträge als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>This session</source>
        <translation>Diese Sitzung</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in the history</source>
        <translation>
            <numerusform>%n Eintrag im Verlauf</numerusform>
            <numerusform>%n Einträge im Verlauf</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. New entries wait and are written when it can; the console works on.</source>
        <translation>%1. Neue Einträge warten und werden geschrieben, sobald es geht; die Konsole arbeitet weiter.</translation>
    </message>
    <message>
        <source>room-history-%1.csv</source>
        <translation>raum-verlauf-%1.csv</translation>
    </message>
    <message>
        <source>Export History</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Der Verlauf konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>there is no history</source>
        <translation>es gibt keinen Verlauf</translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message>
        <source>“%1” is not a list</source>
        <translation>„%1“ ist keine Liste</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>entry %1 is not an id with a label</source>
        <translation>Eintrag %1 ist keine ID mit Bezeichnung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Adding %1 to the favourites</source>
        <translation>Hinzufügen von %1 zu den Favoriten</translation>
    </message>
    <message>
        <source>No TrueConf ID given</source>
        <translation>Keine TrueConf ID angegeben</translation>
    </message>
    <message>
        <source>It is already a favourite</source>
        <translation>Dies ist bereits ein Favorit</translation>
    </message>
    <message>
        <source>The list is full (%1 entries)</source>
        <translation>Die Liste ist voll (%1 Einträge)</translation>
    </message>
    <message>
        <source>Removing %1 from the favourites</source>
        <translation>Entfernen von %1 aus den Favoriten</translation>
    </message>
    <message>
        <source>It is not a favourite</source>
        <translation>Dies ist kein Favorit</translation>
    </message>
    <message>
        <source>Renaming the favourite %1</source>
        <translation>Umbenennen des Favoriten %1</translation>
    </message>
    <message>
        <source>Moving the favourite %1</source>
        <translation>Verschieben des Favoriten %1</translation>
    </message>
    <message>
        <source>Replacing the room&apos;s favourites</source>
        <translation>Ersetzen der Favoriten des Raums</translation>
    </message>
</context>
<context>
    <name>FavouritesPanel</name>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>The room&apos;s speed-dial list, shared by every console: double-click or Enter calls</source>
        <translation>Die Kurzwahlliste des Raums, gemeinsam für alle Konsolen: Doppelklick oder Enter ruft an</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Call the selected favourite</source>
        <translation>Den ausgewählten Favoriten anrufen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected entry off the room&apos;s favourites</source>
        <translation>Den ausgewählten Eintrag aus den Favoriten des Raums entfernen</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Give the selected favourite another label</source>
        <translation>Dem ausgewählten Favoriten eine andere Bezeichnung geben</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected favourite up</source>
        <translation>Den ausgewählten Favoriten nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected favourite down</source>
        <translation>Den ausgewählten Favoriten nach unten verschieben</translation>
    </message>
    <message>
        <source>Rename Favourite</source>
        <translation>Favorit umbenennen</translation>
    </message>
    <message>
        <source>Label for %1:</source>
        <translation>Bezeichnung für %1:</translation>
    </message>
    <message>
        <source>Type an ID in the dial field or pick a contact, then add it here</source>
        <translation>Geben Sie eine ID im Wählfeld ein oder wählen Sie einen Kontakt aus und fügen Sie ihn dann hier hinzu</translation>
    </message>
    <message>
        <source>Add %1 to the room&apos;s favourites</source>
        <translation>%1 zu den Favoriten des Raums hinzufügen</translation>
    </message>
    <message>
        <source>Favourites appear once the room is connected.</source>
        <translation>Die Favoriten erscheinen, sobald der Raum verbunden ist.</translation>
    </message>
    <message>
        <source>No favourites yet: add the ID in the dial field or a contact.</source>
        <translation>Noch keine Favoriten: Fügen Sie die ID im Wählfeld oder einen Kontakt hinzu.</translation>
    </message>
</context>
<context>
    <name>FrameLog</name>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>Sent to the room</source>
        <translation>An den Raum gesendet</translation>
    </message>
    <message>
        <source>Received from the room</source>
        <translation>Vom Raum empfangen</translation>
    </message>
    <message>
        <source>No reply yet</source>
        <translation>Noch keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>Richt.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Method / event</source>
        <translation>Methode / Ereignis</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bytes, too large to keep whole</source>
        <translation>%1 Bytes, zu groß, um vollständig aufbewahrt zu werden</translation>
    </message>
    <message>
        <source>%1 frames · %2 MiB of %3 MiB · %4 dropped</source>
        <translation>%1 Frames · %2 MiB von %3 MiB · %4 verworfen</translation>
    </message>
    <message>
        <source> · %1 missed while paused</source>
        <translation> · %1 während der Pause verpasst</translation>
    </message>
</context>
<context>
    <name>FrameRecording</name>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>This is not a RoomDeck recording: its first line is not the “roomdeck-recording” header.</source>
        <translation>Dies ist keine RoomDeck-Aufzeichnung: Ihre erste Zeile ist nicht der Header „roomdeck-recording“.</translation>
    </message>
    <message>
        <source>The recording&apos;s header has no valid version.</source>
        <translation>Der Header der Aufzeichnung hat keine gültige Version.</translation>
    </message>
    <message>
        <source>The recording is of version %1; this RoomDeck reads version %2 only.</source>
        <translation>Die Aufzeichnung hat Version %1; dieses RoomDeck liest nur Version %2.</translation>
    </message>
    <message>
        <source>The recording&apos;s header has no valid “started” time.</source>
        <translation>Der Header der Aufzeichnung hat keine gültige Zeit „started“.</translation>
    </message>
    <message>
        <source>Line %1 is not JSON: %2 at %3.</source>
        <translation>Zeile %1 ist kein JSON: %2 bei %3.</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Zeile %1 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Line %1 has no valid time “t” (whole milliseconds).</source>
        <translation>Zeile %1 hat keine gültige Zeit „t“ (ganze Millisekunden).</translation>
    </message>
    <message>
        <source>Line %1 has no valid direction “dir” (out or in).</source>
        <translation>Zeile %1 hat keine gültige Richtung „dir“ (out oder in).</translation>
    </message>
    <message>
        <source>Line %1 has neither a “frame” object nor a “text”.</source>
        <translation>Zeile %1 hat weder ein Objekt „frame“ noch einen „text“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The recording is larger than %1 MiB.</source>
        <translation>Die Aufzeichnung ist größer als %1 MiB.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 MiB.</source>
        <translation>Zeile %1 ist länger als %2 MiB.</translation>
    </message>
    <message>
        <source>The recording is empty: it has no “roomdeck-recording” header.</source>
        <translation>Die Aufzeichnung ist leer: Sie hat keinen Header „roomdeck-recording“.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Recording: %1</source>
        <translation>Aufzeichnung: %1</translation>
    </message>
</context>
<context>
    <name>FrameSource</name>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Broken picture</source>
        <translation>Fehlerhaftes Bild</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The room&apos;s camera is off</source>
        <translation>Die Kamera des Raums ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>The room has not reported its HTTP server port</source>
        <translation>Der Raum hat den Port seines HTTP-Servers nicht gemeldet</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 sent a picture larger than %2</source>
        <translation>Der HTTP-Server des Raums unter %1 hat ein Bild gesendet, das größer als %2 ist</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the picture (HTTP 401) twice, the second time with a fresh token</source>
        <translation>Der HTTP-Server des Raums unter %1 hat das Bild zweimal abgelehnt (HTTP 401), beim zweiten Mal mit einem neuen Token</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 sent no picture within %2 s</source>
        <translation>Der HTTP-Server des Raums unter %1 hat innerhalb von %2 s kein Bild gesendet</translation>
    </message>
    <message>
        <source>Cannot reach the room&apos;s HTTP server at %1: %2</source>
        <translation>Der HTTP-Server des Raums unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The room has no picture for “%1”</source>
        <translation>Der Raum hat kein Bild für „%1“</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 answered HTTP %2</source>
        <translation>Der HTTP-Server des Raums unter %1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 sent %2 that are not a JPEG picture</source>
        <translation>Der HTTP-Server des Raums unter %1 hat %2 Daten gesendet, die kein JPEG-Bild sind</translation>
    </message>
</context>
<context>
    <name>HistorySettingsDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>RoomDeck keeps every room&apos;s event log, commands and calls on this computer. Older entries go first when a limit is reached.</source>
        <translation>RoomDeck speichert das Ereignisprotokoll, die Befehle und die Anrufe jedes Raums auf diesem Computer. Ist eine Grenze erreicht, gehen die ältesten Einträge zuerst.</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep entries for</source>
        <translation>Einträge aufbewahren</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest size of the history file</source>
        <translation>Höchstgröße der Verlaufsdatei</translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation>Einträge &amp;aufbewahren:</translation>
    </message>
    <message>
        <source>&amp;Largest file size:</source>
        <translation>&amp;Höchste Dateigröße:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Size now:</source>
        <translation>Größe jetzt:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>None: RoomDeck was started without a history.</source>
        <translation>Keine: RoomDeck wurde ohne Verlauf gestartet.</translation>
    </message>
    <message>
        <source>Written as entries come</source>
        <translation>Wird geschrieben, sobald Einträge kommen</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>There is no history yet: %1 does not exist</source>
        <translation>Noch kein Verlauf: %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot read the history file %1: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history file %1 was made by a newer RoomDeck</source>
        <translation>Die Verlaufsdatei %1 stammt von einem neueren RoomDeck</translation>
    </message>
    <message>
        <source>The history file %1 is not readable by this RoomDeck</source>
        <translation>Die Verlaufsdatei %1 ist für dieses RoomDeck nicht lesbar</translation>
    </message>
    <message>
        <source>The export file is not open for writing</source>
        <translation>Die Exportdatei ist nicht zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>The history is not available</source>
        <translation>Der Verlauf ist nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>History paused: another program has locked the history file %1</source>
        <translation>Verlauf angehalten: ein anderes Programm hat die Verlaufsdatei %1 gesperrt</translation>
    </message>
    <message>
        <source>History paused: the disk (or the history&apos;s size limit) is full: %1</source>
        <translation>Verlauf angehalten: der Datenträger (oder die Größengrenze des Verlaufs) ist voll: %1</translation>
    </message>
    <message>
        <source>History paused: the history file %1 is damaged</source>
        <translation>Verlauf angehalten: die Verlaufsdatei %1 ist beschädigt</translation>
    </message>
    <message>
        <source>History paused: cannot write the history file %1</source>
        <translation>Verlauf angehalten: die Verlaufsdatei %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>History paused: the history file %1 was made by a newer RoomDeck</source>
        <translation>Verlauf angehalten: die Verlaufsdatei %1 stammt von einem neueren RoomDeck</translation>
    </message>
    <message>
        <source>History paused: %1 (%2)</source>
        <translation>Verlauf angehalten: %1 (%2)</translation>
    </message>
    <message>
        <source>The history file was damaged: it was moved aside to %1 and a new one started</source>
        <translation>Die Verlaufsdatei war beschädigt: sie wurde nach %1 verschoben und eine neue begonnen</translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Running now, until %1</source>
        <translation>Läuft gerade, bis %1</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>by %1</source>
        <comment>a meeting&apos;s owner</comment>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Missed (new)</source>
        <translation>Verpasst (neu)</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>call back a recent call</comment>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Besprechungen</translation>
    </message>
    <message>
        <source>The room&apos;s scheduled meetings. Join, double-click or Enter joins a meeting.</source>
        <translation>Die geplanten Besprechungen des Raums. Mit „Beitreten“, Doppelklick oder Enter treten Sie einer Besprechung bei.</translation>
    </message>
    <message>
        <source>Recents</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <source>Mark All Seen</source>
        <translation>Alle als gesehen markieren</translation>
    </message>
    <message>
        <source>Mark all seen: the missed calls are marked seen on the room</source>
        <translation>Alle als gesehen markieren: Die verpassten Anrufe werden im Raum als gesehen markiert</translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation>Verlauf löschen…</translation>
    </message>
    <message>
        <source>Clear history: delete the room&apos;s call history for every operator (administrators only)</source>
        <translation>Verlauf löschen: Den Anrufverlauf des Raums für alle Bediener löschen (nur Administratoren)</translation>
    </message>
    <message>
        <source>Recent calls</source>
        <translation>Letzte Anrufe</translation>
    </message>
    <message>
        <source>The room&apos;s recent calls. Call, double-click or Enter calls back.</source>
        <translation>Die letzten Anrufe des Raums. Mit „Anrufen“, Doppelklick oder Enter rufen Sie zurück.</translation>
    </message>
    <message>
        <source>Clear Call History</source>
        <translation>Anrufverlauf löschen</translation>
    </message>
    <message>
        <source>Delete the room&apos;s call history? Every operator of this room loses it; this cannot be undone.</source>
        <translation>Den Anrufverlauf des Raums löschen? Er geht für alle Bediener dieses Raums verloren; dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The room&apos;s meetings appear here once it is connected.</source>
        <translation>Die Besprechungen des Raums erscheinen hier, sobald er verbunden ist.</translation>
    </message>
    <message>
        <source>Reading the room&apos;s meetings…</source>
        <translation>Besprechungen des Raums werden abgefragt…</translation>
    </message>
    <message>
        <source>No meetings scheduled for this room. Meetings scheduled for it on the TrueConf Server appear here, with a button to join them.</source>
        <translation>Für diesen Raum sind keine Besprechungen geplant. Besprechungen, die auf dem TrueConf Server für ihn geplant werden, erscheinen hier mit einer Schaltfläche zum Beitreten.</translation>
    </message>
    <message>
        <source>The room&apos;s recent calls appear here once it is connected.</source>
        <translation>Die letzten Anrufe des Raums erscheinen hier, sobald er verbunden ist.</translation>
    </message>
    <message>
        <source>Reading the room&apos;s recent calls…</source>
        <translation>Letzte Anrufe des Raums werden abgefragt…</translation>
    </message>
    <message>
        <source>No recent calls. Calls the room makes, answers or misses appear here, ready to call back.</source>
        <translation>Keine letzten Anrufe. Anrufe, die der Raum tätigt, annimmt oder verpasst, erscheinen hier und können zurückgerufen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Recents (%n missed)</source>
        <translation>
            <numerusform>Letzte Anrufe (%n verpasst)</numerusform>
            <numerusform>Letzte Anrufe (%n verpasst)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpTokenKeeper</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>The room sent no token for its HTTP server</source>
        <translation>Der Raum hat kein Token für seinen HTTP-Server gesendet</translation>
    </message>
    <message>
        <source>The room refused a token for its HTTP server: %1</source>
        <translation>Der Raum hat ein Token für seinen HTTP-Server verweigert: %1</translation>
    </message>
    <message>
        <source>The room did not send a token for its HTTP server: %1</source>
        <translation>Der Raum hat kein Token für seinen HTTP-Server gesendet: %1</translation>
    </message>
</context>
<context>
    <name>ImageChecker</name>
    <message>
        <source>cannot check the image: %1</source>
        <translation>Bild kann nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>cannot check the image: the image check %1 is not installed</source>
        <translation>Bild kann nicht geprüft werden: die Bildprüfung %1 ist nicht installiert</translation>
    </message>
</context>
<context>
    <name>ImageFileCheck</name>
    <message>
        <source>%1, %2 × %3 px, %4</source>
        <translation>%1, %2 × %3 px, %4</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than the upload limit of %2</source>
        <translation>„%1“ ist größer als das Limit für das Hochladen von %2</translation>
    </message>
    <message>
        <source>“%1” is not an image RoomDeck can read. Choose a PNG or JPEG file.</source>
        <translation>„%1“ ist kein Bild, das RoomDeck lesen kann. Wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>“%1” is a %2 image; rooms reliably show PNG and JPEG only. Convert it to PNG first.</source>
        <translation>„%1“ ist ein %2-Bild; Räume zeigen zuverlässig nur PNG und JPEG an. Konvertieren Sie es zuerst in PNG.</translation>
    </message>
    <message>
        <source>“%1” is %2 × %3 px; images larger than %4 px on a side are refused.</source>
        <translation>„%1“ hat %2 × %3 px; Bilder mit einer Seitenlänge über %4 px werden abgelehnt.</translation>
    </message>
    <message>
        <source>“%1” looks like a %2 file but is damaged: %3</source>
        <translation>„%1“ sieht wie eine %2-Datei aus, ist aber beschädigt: %3</translation>
    </message>
</context>
<context>
    <name>InCallStrip</name>
    <message>
        <source>Mic</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Room volume</source>
        <translation>Raumlautstärke</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker volume</source>
        <translation>Lautstärke des Raumlautsprechers</translation>
    </message>
    <message>
        <source>Devices…</source>
        <translation>Geräte…</translation>
    </message>
    <message>
        <source>Room devices</source>
        <translation>Geräte des Raums</translation>
    </message>
    <message>
        <source>Choose the room&apos;s camera, microphone and speaker, and its video and audio options</source>
        <translation>Kamera, Mikrofon und Lautsprecher des Raums sowie seine Video- und Audiooptionen auswählen</translation>
    </message>
    <message>
        <source>Toggle Microphone</source>
        <translation>Mikrofon ein/aus</translation>
    </message>
    <message>
        <source>Toggle Camera</source>
        <translation>Kamera ein/aus</translation>
    </message>
    <message>
        <source>%1: not known</source>
        <translation>%1: unbekannt</translation>
    </message>
    <message>
        <source>%1: muted</source>
        <translation>%1: aus</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: ein</translation>
    </message>
    <message>
        <source>turn the room&apos;s %1 on</source>
        <translation>%1 des Raums einschalten</translation>
    </message>
    <message>
        <source>mute the room&apos;s %1</source>
        <translation>%1 des Raums ausschalten</translation>
    </message>
    <message>
        <source>Volume %1%</source>
        <translation>Lautstärke %1%</translation>
    </message>
    <message>
        <source>Volume —</source>
        <translation>Lautstärke —</translation>
    </message>
    <message>
        <source>The room&apos;s loudspeaker volume: not known</source>
        <translation>Lautstärke des Raumlautsprechers: unbekannt</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Filter: text, method:NAME or id:REQUEST-ID</source>
        <translation>Filter: Text, method:NAME oder id:REQUEST-ID</translation>
    </message>
    <message>
        <source>Filter the frames</source>
        <translation>Frames filtern</translation>
    </message>
    <message>
        <source>Kind of frame</source>
        <translation>Art des Frames</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Not JSON</source>
        <translation>Kein JSON</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Stop keeping new frames (they are counted as missed)</source>
        <translation>Keine neuen Frames mehr aufbewahren (sie werden als verpasst gezählt)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget every frame kept so far</source>
        <translation>Alle bisher aufbewahrten Frames verwerfen</translation>
    </message>
    <message>
        <source>Save Recording…</source>
        <translation>Aufzeichnung speichern…</translation>
    </message>
    <message>
        <source>Save the frames on show as a recording (JSON lines, secrets masked)</source>
        <translation>Die angezeigten Frames als Aufzeichnung speichern (JSON-Zeilen, Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Open Recording…</source>
        <translation>Aufzeichnung öffnen…</translation>
    </message>
    <message>
        <source>Show a recording&apos;s frames instead of the live ones</source>
        <translation>Die Frames einer Aufzeichnung statt der Live-Frames anzeigen</translation>
    </message>
    <message>
        <source>Back to Live</source>
        <translation>Zurück zu Live</translation>
    </message>
    <message>
        <source>Show this room&apos;s live frames again</source>
        <translation>Wieder die Live-Frames dieses Raums anzeigen</translation>
    </message>
    <message>
        <source>Open in Window</source>
        <translation>Im Fenster öffnen</translation>
    </message>
    <message>
        <source>Show this room&apos;s inspector in a window of its own</source>
        <translation>Den Inspektor dieses Raums in einem eigenen Fenster anzeigen</translation>
    </message>
    <message>
        <source>The inspector keeps at most this much; the oldest frames go first</source>
        <translation>Der Inspektor bewahrt höchstens so viel auf; die ältesten Frames werden zuerst verworfen</translation>
    </message>
    <message>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <source>The selected frame (secrets masked)</source>
        <translation>Der ausgewählte Frame (Geheimnisse maskiert)</translation>
    </message>
    <message>
        <source>Select a frame to see it whole</source>
        <translation>Wählen Sie einen Frame, um ihn vollständig zu sehen</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <source>Copy the selected frame as indented JSON (secrets stay ***)</source>
        <translation>Den ausgewählten Frame als eingerücktes JSON kopieren (Geheimnisse bleiben ***)</translation>
    </message>
    <message>
        <source>Copy as Command</source>
        <translation>Als Befehl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected request as a roomdeckctl command line. Masked values stay ***: put the real ones in before running it.</source>
        <translation>Die ausgewählte Anfrage als roomdeckctl-Befehlszeile kopieren. Maskierte Werte bleiben ***: Setzen Sie vor dem Ausführen die echten Werte ein.</translation>
    </message>
    <message>
        <source>Edit and Resend</source>
        <translation>Bearbeiten und neu senden</translation>
    </message>
    <message>
        <source>Put the selected request into the editor below</source>
        <translation>Die ausgewählte Anfrage in den Editor unten übernehmen</translation>
    </message>
    <message>
        <source>Request to send (JSON)</source>
        <translation>Zu sendende Anfrage (JSON)</translation>
    </message>
    <message>
        <source>A request as a JSON object with a “method” and its parameters; select a request above and choose Edit and Resend to start from it</source>
        <translation>Eine Anfrage als JSON-Objekt mit einer „method“ und ihren Parametern; wählen Sie oben eine Anfrage und dann „Bearbeiten und neu senden“, um von ihr auszugehen</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the request to the room</source>
        <translation>Die Anfrage an den Raum senden</translation>
    </message>
    <message>
        <source>The room&apos;s answer</source>
        <translation>Die Antwort des Raums</translation>
    </message>
    <message>
        <source>The room&apos;s answer appears here</source>
        <translation>Hier erscheint die Antwort des Raums</translation>
    </message>
    <message>
        <source>Copy as roomdeckctl Command</source>
        <translation>Als roomdeckctl-Befehl kopieren</translation>
    </message>
    <message>
        <source>Go to Request or Reply</source>
        <translation>Zu Anfrage oder Antwort wechseln</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Sign in to the room to send requests.</source>
        <translation>Melden Sie sich beim Raum an, um Anfragen zu senden.</translation>
    </message>
    <message>
        <source>Copied the frame as JSON (secrets stay ***).</source>
        <translation>Frame als JSON kopiert (Geheimnisse bleiben ***).</translation>
    </message>
    <message>
        <source>Copied the command. Masked values are ***: put the real ones in before running it.</source>
        <translation>Befehl kopiert. Maskierte Werte sind ***: Setzen Sie vor dem Ausführen die echten Werte ein.</translation>
    </message>
    <message>
        <source>Copied the command. Masked values would show as ***.</source>
        <translation>Befehl kopiert. Maskierte Werte würden als *** erscheinen.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Reply in %1 ms:</source>
        <translation>Antwort in %1 ms:</translation>
    </message>
    <message>
        <source>The room refused it: %1</source>
        <translation>Der Raum hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>No reply in time.</source>
        <translation>Keine rechtzeitige Antwort.</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Inspector — %1</source>
        <translation>Inspektor — %1</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Aufzeichnung öffnen</translation>
    </message>
    <message>
        <source>RoomDeck recordings (*.jsonl);;All files (*)</source>
        <translation>RoomDeck-Aufzeichnungen (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Showing a recording; Back to Live shows this room&apos;s frames again.</source>
        <translation>Eine Aufzeichnung wird angezeigt; „Zurück zu Live“ zeigt wieder die Frames dieses Raums.</translation>
    </message>
    <message>
        <source>Save Recording</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <source>RoomDeck recordings (*.jsonl)</source>
        <translation>RoomDeck-Aufzeichnungen (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1 (secrets masked).</source>
        <translation>
            <numerusform>%n Frame in %1 gespeichert (Geheimnisse maskiert).</numerusform>
            <numerusform>%n Frames in %1 gespeichert (Geheimnisse maskiert).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LicencePage</name>
    <message>
        <source>Tariff restrictions</source>
        <translation>Tarifeinschränkungen</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Einschränkung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>What the room&apos;s server account allows</source>
        <translation>Was das Serverkonto des Raums erlaubt</translation>
    </message>
    <message>
        <source>The update is downloaded; the room installs it</source>
        <translation>Das Update ist heruntergeladen; der Raum installiert es</translation>
    </message>
    <message>
        <source>Version %1 is downloaded; the room installs it</source>
        <translation>Version %1 ist heruntergeladen; der Raum installiert sie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Licence type:</source>
        <translation>Lizenztyp:</translation>
    </message>
    <message>
        <source>Licence server:</source>
        <translation>Lizenzserver:</translation>
    </message>
    <message>
        <source>PRO feature</source>
        <translation>PRO-Funktion</translation>
    </message>
    <message>
        <source>This room</source>
        <translation>Dieser Raum</translation>
    </message>
    <message>
        <source>PRO features of this room</source>
        <translation>PRO-Funktionen dieses Raums</translation>
    </message>
    <message>
        <source>Which features of TrueConf Room PRO this room has</source>
        <translation>Welche Funktionen von TrueConf Room PRO dieser Raum hat</translation>
    </message>
    <message>
        <source>Application update</source>
        <translation>Anwendungsupdate</translation>
    </message>
    <message>
        <source>Update progress</source>
        <translation>Updatefortschritt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Ask the room whether an update is available</source>
        <translation>Beim Raum nachfragen, ob ein Update verfügbar ist</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Download and install the update on the room</source>
        <translation>Das Update im Raum herunterladen und installieren</translation>
    </message>
    <message>
        <source>Cancel Update</source>
        <translation>Update abbrechen</translation>
    </message>
    <message>
        <source>Stop the running update</source>
        <translation>Das laufende Update beenden</translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <translation>%1, gültig bis %2</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Version %1 is available</source>
        <translation>Version %1 ist verfügbar</translation>
    </message>
    <message>
        <source>Updating to version %1</source>
        <translation>Aktualisierung auf Version %1</translation>
    </message>
    <message>
        <source>The room runs version %1</source>
        <translation>Der Raum verwendet Version %1</translation>
    </message>
</context>
<context>
    <name>LicenceState</name>
    <message>
        <source>Server account tariff</source>
        <translation>Tarif des Serverkontos</translation>
    </message>
    <message>
        <source>Video calls</source>
        <translation>Videoanrufe</translation>
    </message>
    <message>
        <source>Create group conferences</source>
        <translation>Gruppenkonferenzen erstellen</translation>
    </message>
    <message>
        <source>Participants, all on screen (symmetric)</source>
        <translation>Teilnehmer, alle im Bild (symmetrisch)</translation>
    </message>
    <message>
        <source>Participants, video lecture (asymmetric)</source>
        <translation>Teilnehmer, Videovortrag (asymmetrisch)</translation>
    </message>
    <message>
        <source>Participants, role-based</source>
        <translation>Teilnehmer, rollenbasiert</translation>
    </message>
    <message>
        <source>Listeners, role-based</source>
        <translation>Zuhörer, rollenbasiert</translation>
    </message>
    <message>
        <source>Slideshow</source>
        <translation>Diashow</translation>
    </message>
    <message>
        <source>Screen sharing</source>
        <translation>Bildschirmfreigabe</translation>
    </message>
    <message>
        <source>Change the address book</source>
        <translation>Adressbuch ändern</translation>
    </message>
    <message>
        <source>Edit address book groups</source>
        <translation>Adressbuchgruppen bearbeiten</translation>
    </message>
    <message>
        <source>Dial numbers</source>
        <translation>Nummern wählen</translation>
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
        <source>(not readable)</source>
        <translation>(nicht lesbar)</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>PRO</source>
        <translation>PRO</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Custom logo</source>
        <translation>Eigenes Logo</translation>
    </message>
    <message>
        <source>Custom background</source>
        <translation>Eigener Hintergrund</translation>
    </message>
    <message>
        <source>NDI output</source>
        <translation>NDI-Ausgabe</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Needs a PRO licence</source>
        <translation>Erfordert eine PRO-Lizenz</translation>
    </message>
    <message>
        <source>Not in this tariff</source>
        <translation>Nicht in diesem Tarif</translation>
    </message>
    <message>
        <source>No licence server in use</source>
        <translation>Kein Lizenzserver in Verwendung</translation>
    </message>
    <message>
        <source>Connected to the licence server</source>
        <translation>Mit dem Lizenzserver verbunden</translation>
    </message>
    <message>
        <source>Licence server unreachable</source>
        <translation>Lizenzserver nicht erreichbar</translation>
    </message>
    <message>
        <source>Status %1</source>
        <translation>Status %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Raum</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About RoomDeck</source>
        <translation>Ü&amp;ber RoomDeck</translation>
    </message>
    <message>
        <source>Demo: simulated room</source>
        <translation>Demo: simulierter Raum</translation>
    </message>
    <message>
        <source>RoomDeck started its built-in room simulator (--demo)</source>
        <translation>RoomDeck hat seinen eingebauten Raumsimulator gestartet (--demo)</translation>
    </message>
    <message>
        <source>RoomDeck</source>
        <translation>RoomDeck</translation>
    </message>
    <message>
        <source>%1 — RoomDeck</source>
        <translation>%1 — RoomDeck</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>About RoomDeck</source>
        <translation>Über RoomDeck</translation>
    </message>
    <message>
        <source>RoomDeck %1

An operator console for TrueConf Room meeting rooms.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>RoomDeck %1

Eine Bedienkonsole für Besprechungsräume mit TrueConf Room.
Lizenziert unter der GNU GPL, Version 3 oder höher.</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anruf</translation>
    </message>
    <message>
        <source>Connect to a room (Ctrl+N)</source>
        <translation>Mit einem Raum verbinden (Ctrl+N)</translation>
    </message>
    <message>
        <source>No keyring: PINs and passwords are asked each time</source>
        <translation>Kein Schlüsselbund: PINs und Passwörter werden jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>RoomDeck uses %1 from its next start.</source>
        <translation>RoomDeck verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Restart RoomDeck now?</source>
        <translation>RoomDeck jetzt neu starten?</translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation>Jetzt neu starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Connect to Every Room at &amp;Start</source>
        <translation>Beim Start mit allen Räumen &amp;verbinden</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n Raum</numerusform>
            <numerusform>%n Räume</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Verla&amp;uf…</translation>
    </message>
    <message>
        <source>How long and how much of the rooms&apos; history this computer keeps</source>
        <translation>Wie lange und wie viel vom Verlauf der Räume dieser Computer aufbewahrt</translation>
    </message>
    <message>
        <source>History paused</source>
        <translation>Verlauf angehalten</translation>
    </message>
</context>
<context>
    <name>MeetingSchedule</name>
    <message>
        <source>Time not given</source>
        <translation>Keine Zeitangabe</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a meeting&apos;s start and end time</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <source>Tomorrow %1</source>
        <translation>Morgen %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a meeting&apos;s date and time range</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Reading the meetings</source>
        <translation>Abfragen der Besprechungen</translation>
    </message>
    <message>
        <source>Joining the meeting %1</source>
        <translation>Beitreten zur Besprechung %1</translation>
    </message>
    <message>
        <source>no meeting given</source>
        <translation>keine Besprechung angegeben</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
</context>
<context>
    <name>NdiState</name>
    <message>
        <source>Enter a name for the NDI device</source>
        <translation>Geben Sie einen Namen für das NDI-Gerät ein</translation>
    </message>
    <message>
        <source>The device name is longer than %1 characters</source>
        <translation>Der Gerätename ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>The room already has an NDI device named %1</source>
        <translation>Der Raum hat bereits ein NDI-Gerät namens %1</translation>
    </message>
    <message>
        <source>Turn NDI on first</source>
        <translation>Schalten Sie zuerst NDI ein</translation>
    </message>
    <message>
        <source>The room has no NDI device named %1</source>
        <translation>Der Raum hat kein NDI-Gerät namens %1</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Rooms overview</source>
        <translation>Übersicht der Räume</translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Hang up in the selected rooms</source>
        <translation>In den ausgewählten Räumen auflegen</translation>
    </message>
    <message>
        <source>End the call in every selected room that is in one</source>
        <translation>Den Anruf in jedem ausgewählten Raum beenden, der einen hat</translation>
    </message>
    <message>
        <source>No call</source>
        <translation>Kein Anruf</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Incoming: %1</source>
        <translation>Eingehend: %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Anruf an %1</translation>
    </message>
    <message>
        <source>Administrator or User</source>
        <translation>Administrator oder Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>End the call in %n room(s)?</source>
        <translation>
            <numerusform>Den Anruf in %n Raum beenden?</numerusform>
            <numerusform>Den Anruf in %n Räumen beenden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hanging up in %n room(s)…</source>
        <translation>
            <numerusform>Auflegen in %n Raum…</numerusform>
            <numerusform>Auflegen in %n Räumen…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: failed — %2</source>
        <translation>%1: fehlgeschlagen — %2</translation>
    </message>
    <message>
        <source>Events in every room</source>
        <translation>Ereignisse in allen Räumen</translation>
    </message>
    <message>
        <source>Mute Microphones</source>
        <translation>Mikrofone stummschalten</translation>
    </message>
    <message>
        <source>Mute the microphone in the selected rooms</source>
        <translation>Mikrofone in den ausgewählten Räumen stummschalten</translation>
    </message>
    <message>
        <source>Mute the microphone of every selected room that is signed in</source>
        <translation>Das Mikrofon jedes ausgewählten Raums stummschalten, bei dem RoomDeck angemeldet ist</translation>
    </message>
    <message numerus="yes">
        <source>Muting the microphone in %n room(s)…</source>
        <translation>
            <numerusform>Mikrofon wird in %n Raum stummgeschaltet…</numerusform>
            <numerusform>Mikrofone werden in %n Räumen stummgeschaltet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Profile…</source>
        <translation>Profil anwenden…</translation>
    </message>
    <message>
        <source>Apply a settings profile to the selected rooms</source>
        <translation>Ein Einstellungsprofil auf die ausgewählten Räume anwenden</translation>
    </message>
    <message>
        <source>Copy the settings of a room or a profile file to every selected room, after a preview of what changes</source>
        <translation>Die Einstellungen eines Raums oder einer Profildatei auf jeden ausgewählten Raum kopieren, nach einer Vorschau der Änderungen</translation>
    </message>
</context>
<context>
    <name>PageNavigator</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The room&apos;s pages, grouped; the arrow keys move between them</source>
        <translation>Die Seiten des Raums, gruppiert; die Pfeiltasten wechseln zwischen ihnen</translation>
    </message>
    <message>
        <source>Show page names</source>
        <translation>Seitennamen anzeigen</translation>
    </message>
    <message>
        <source>Hide page names</source>
        <translation>Seitennamen ausblenden</translation>
    </message>
    <message>
        <source>Icons only</source>
        <translation>Nur Symbole</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Speaker off</source>
        <translation>Lautsprecher aus</translation>
    </message>
    <message>
        <source>Speaker on</source>
        <translation>Lautsprecher ein</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Invite to the podium</source>
        <translation>Aufs Podium einladen</translation>
    </message>
    <message>
        <source>Take off the podium</source>
        <translation>Vom Podium nehmen</translation>
    </message>
    <message>
        <source>Take the podium</source>
        <translation>Aufs Podium gehen</translation>
    </message>
    <message>
        <source>Leave the podium</source>
        <translation>Podium verlassen</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Abweisen</translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation>Einladen…</translation>
    </message>
    <message>
        <source>Waiting room</source>
        <translation>Warteraum</translation>
    </message>
    <message>
        <source>Participant&apos;s microphone</source>
        <translation>Mikrofon des Teilnehmers</translation>
    </message>
    <message>
        <source>Participant&apos;s camera</source>
        <translation>Kamera des Teilnehmers</translation>
    </message>
    <message>
        <source>Moderator role</source>
        <translation>Moderatorrolle</translation>
    </message>
    <message>
        <source>Remove the participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Admit from the waiting room</source>
        <translation>Aus dem Warteraum einlassen</translation>
    </message>
    <message>
        <source>Refuse from the waiting room</source>
        <translation>Im Warteraum abweisen</translation>
    </message>
    <message>
        <source>Invite to the conference</source>
        <translation>Zur Konferenz einladen</translation>
    </message>
    <message>
        <source>Microphone off</source>
        <translation>Mikrofon aus</translation>
    </message>
    <message>
        <source>Microphone on</source>
        <translation>Mikrofon ein</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Camera on</source>
        <translation>Kamera ein</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Turn the selected participant&apos;s loudspeaker off or on</source>
        <translation>Lautsprecher des ausgewählten Teilnehmers aus- oder einschalten</translation>
    </message>
    <message>
        <source>Make moderator</source>
        <translation>Zum Moderator machen</translation>
    </message>
    <message>
        <source>Remove moderator</source>
        <translation>Moderatorrolle entziehen</translation>
    </message>
    <message>
        <source>Podium</source>
        <translation>Podium</translation>
    </message>
    <message>
        <source>The podium of a role-based conference</source>
        <translation>Das Podium einer rollenbasierten Konferenz</translation>
    </message>
    <message>
        <source>Why moderation is not available</source>
        <translation>Warum die Moderation nicht verfügbar ist</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>Select a participant first</source>
        <translation>Wählen Sie zuerst einen Teilnehmer aus</translation>
    </message>
    <message>
        <source>That is this room: use its own controls</source>
        <translation>Das ist dieser Raum: Verwenden Sie seine eigenen Bedienelemente</translation>
    </message>
    <message>
        <source>%1 is still in the waiting room</source>
        <translation>%1 ist noch im Warteraum</translation>
    </message>
    <message>
        <source>%1 is not in the waiting room</source>
        <translation>%1 ist nicht im Warteraum</translation>
    </message>
    <message>
        <source>%1 has no microphone</source>
        <translation>%1 hat kein Mikrofon</translation>
    </message>
    <message>
        <source>Turn off the microphone of %1</source>
        <translation>Mikrofon von %1 ausschalten</translation>
    </message>
    <message>
        <source>Turn on the microphone of %1</source>
        <translation>Mikrofon von %1 einschalten</translation>
    </message>
    <message>
        <source>%1 has no camera</source>
        <translation>%1 hat keine Kamera</translation>
    </message>
    <message>
        <source>Turn off the camera of %1</source>
        <translation>Kamera von %1 ausschalten</translation>
    </message>
    <message>
        <source>Turn on the camera of %1</source>
        <translation>Kamera von %1 einschalten</translation>
    </message>
    <message>
        <source>Turn off the loudspeaker of %1</source>
        <translation>Lautsprecher von %1 ausschalten</translation>
    </message>
    <message>
        <source>Turn on the loudspeaker of %1</source>
        <translation>Lautsprecher von %1 einschalten</translation>
    </message>
    <message>
        <source>Take the moderator role from %1</source>
        <translation>%1 die Moderatorrolle entziehen</translation>
    </message>
    <message>
        <source>Let %1 moderate the conference</source>
        <translation>%1 die Konferenz moderieren lassen</translation>
    </message>
    <message>
        <source>Remove %1 from the conference (Delete)</source>
        <translation>%1 aus der Konferenz entfernen (Entf)</translation>
    </message>
    <message>
        <source>Invite %1 to the podium</source>
        <translation>%1 aufs Podium einladen</translation>
    </message>
    <message>
        <source>Take %1 off the podium</source>
        <translation>%1 vom Podium nehmen</translation>
    </message>
    <message>
        <source>The room takes the podium</source>
        <translation>Der Raum geht aufs Podium</translation>
    </message>
    <message>
        <source>The room leaves the podium</source>
        <translation>Der Raum verlässt das Podium</translation>
    </message>
    <message>
        <source>Let %1 in from the waiting room</source>
        <translation>%1 aus dem Warteraum einlassen</translation>
    </message>
    <message>
        <source>Turn %1 away</source>
        <translation>%1 abweisen</translation>
    </message>
    <message>
        <source>Invite somebody from the address book to the conference</source>
        <translation>Jemanden aus dem Adressbuch zur Konferenz einladen</translation>
    </message>
    <message>
        <source>This conference cannot switch a waiting room</source>
        <translation>In dieser Konferenz kann der Warteraum nicht geschaltet werden</translation>
    </message>
    <message>
        <source>Newcomers wait until admitted; click to let them in directly</source>
        <translation>Neue Teilnehmer warten, bis sie eingelassen werden; klicken, um sie direkt einzulassen</translation>
    </message>
    <message>
        <source>Let newcomers wait until admitted</source>
        <translation>Neue Teilnehmer warten lassen, bis sie eingelassen werden</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Teilnehmer entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the conference?</source>
        <translation>%1 aus der Konferenz entfernen?</translation>
    </message>
    <message>
        <source>Invite to the Conference</source>
        <translation>Zur Konferenz einladen</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1
Microphone: %2
Camera: %3</source>
        <translation>%1
Mikrofon: %2
Kamera: %3</translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>%1 (this room)</source>
        <translation>%1 (dieser Raum)</translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation>Kamera: %1</translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation>Mikrofon: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>In the waiting room</source>
        <translation>Im Warteraum</translation>
    </message>
    <message>
        <source>%1, moderator</source>
        <translation>%1, Moderator</translation>
    </message>
    <message>
        <source>%1, records the room</source>
        <translation>%1, zeichnet den Raum auf</translation>
    </message>
</context>
<context>
    <name>PeerDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PeerListModel</name>
    <message>
        <source>Could not load the address book: %1</source>
        <translation>Das Adressbuch konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the room sent it in a form RoomDeck cannot read</source>
        <translation>der Raum hat es in einer Form gesendet, die RoomDeck nicht lesen kann</translation>
    </message>
</context>
<context>
    <name>PeerText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PowerPanel</name>
    <message>
        <source>Room computer</source>
        <translation>Raumcomputer</translation>
    </message>
    <message>
        <source>Restart Computer</source>
        <translation>Computer neu starten</translation>
    </message>
    <message>
        <source>Restarts the room&apos;s PC. RoomDeck shows that the room is restarting and reconnects by itself when it is back, even on another port.</source>
        <translation>Startet den PC des Raums neu. RoomDeck zeigt an, dass der Raum neu startet, und verbindet sich selbst wieder, sobald er wieder erreichbar ist, auch über einen anderen Port.</translation>
    </message>
    <message>
        <source>Shut Down Computer</source>
        <translation>Computer herunterfahren</translation>
    </message>
    <message>
        <source>Turns the room&apos;s PC off. Someone at the room has to switch it on again.</source>
        <translation>Schaltet den PC des Raums aus. Jemand vor Ort muss ihn wieder einschalten.</translation>
    </message>
    <message>
        <source>Room application</source>
        <translation>Raumanwendung</translation>
    </message>
    <message>
        <source>Quit Room App</source>
        <translation>Raum-App beenden</translation>
    </message>
    <message>
        <source>&amp;Quit Room App…</source>
        <translation>Raum-App &amp;beenden…</translation>
    </message>
    <message>
        <source>Closes TrueConf Room on the room&apos;s PC; the PC stays on. The app has to be started again there before RoomDeck can connect.</source>
        <translation>Beendet TrueConf Room auf dem PC des Raums; der PC bleibt eingeschaltet. Die App muss dort erneut gestartet werden, bevor RoomDeck sich verbinden kann.</translation>
    </message>
    <message>
        <source>Restart Room Computer</source>
        <translation>Raumcomputer neu starten</translation>
    </message>
    <message>
        <source>Restart the room&apos;s computer? The room is unavailable until it has started again.</source>
        <translation>Den Computer des Raums neu starten? Der Raum ist nicht verfügbar, bis er wieder gestartet ist.</translation>
    </message>
    <message>
        <source>Restart Anyway</source>
        <translation>Trotzdem neu starten</translation>
    </message>
    <message>
        <source>End Conference for All, Then Restart</source>
        <translation>Konferenz für alle beenden, dann neu starten</translation>
    </message>
    <message>
        <source>Asking the room to restart its computer…</source>
        <translation>Der Raum wird gebeten, seinen Computer neu zu starten…</translation>
    </message>
    <message>
        <source>The room computer is restarting; RoomDeck reconnects when it is back.</source>
        <translation>Der Raumcomputer wird neu gestartet; RoomDeck verbindet sich wieder, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Shut Down Room Computer</source>
        <translation>Raumcomputer herunterfahren</translation>
    </message>
    <message>
        <source>Shut the room&apos;s computer down? Someone at the room has to switch it on again.</source>
        <translation>Den Computer des Raums herunterfahren? Jemand vor Ort muss ihn wieder einschalten.</translation>
    </message>
    <message>
        <source>Shut Down Anyway</source>
        <translation>Trotzdem herunterfahren</translation>
    </message>
    <message>
        <source>End Conference for All, Then Shut Down</source>
        <translation>Konferenz für alle beenden, dann herunterfahren</translation>
    </message>
    <message>
        <source>Asking the room to shut its computer down…</source>
        <translation>Der Raum wird gebeten, seinen Computer herunterzufahren…</translation>
    </message>
    <message>
        <source>The room computer is shutting down.</source>
        <translation>Der Raumcomputer wird heruntergefahren.</translation>
    </message>
    <message>
        <source>Quit Room Application</source>
        <translation>Raumanwendung beenden</translation>
    </message>
    <message>
        <source>Quit TrueConf Room on the room&apos;s computer? It has to be started again there before anyone can connect.</source>
        <translation>TrueConf Room auf dem Computer des Raums beenden? Die App muss dort erneut gestartet werden, bevor sich jemand verbinden kann.</translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation>Trotzdem beenden</translation>
    </message>
    <message>
        <source>End Conference for All, Then Quit</source>
        <translation>Konferenz für alle beenden, dann App beenden</translation>
    </message>
    <message>
        <source>Asking the room application to quit…</source>
        <translation>Die Raumanwendung wird gebeten, sich zu beenden…</translation>
    </message>
    <message>
        <source>The room application is quitting.</source>
        <translation>Die Raumanwendung wird beendet.</translation>
    </message>
    <message>
        <source>A conference is in progress on the room.</source>
        <translation>Im Raum läuft eine Konferenz.</translation>
    </message>
    <message>
        <source>The room is in a call right now.</source>
        <translation>Der Raum ist gerade in einem Anruf.</translation>
    </message>
    <message>
        <source>The room leaves the call; the others stay in it.</source>
        <translation>Der Raum verlässt den Anruf; die anderen Teilnehmer bleiben darin.</translation>
    </message>
    <message>
        <source>The room did not do it: %1</source>
        <translation>Der Raum hat den Befehl nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>The conference could not be ended, so nothing else was sent: %1</source>
        <translation>Die Konferenz konnte nicht beendet werden, daher wurde nichts weiter gesendet: %1</translation>
    </message>
    <message>
        <source>Res&amp;tart Computer…</source>
        <translation>Computer neu s&amp;tarten…</translation>
    </message>
    <message>
        <source>Shut Do&amp;wn Computer…</source>
        <translation>Computer herunter&amp;fahren…</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Ein/Aus</translation>
    </message>
</context>
<context>
    <name>PresetThumbnails</name>
    <message>
        <source>the picture is not a JPEG</source>
        <translation>das Bild ist kein JPEG</translation>
    </message>
    <message>
        <source>the picture is too large</source>
        <translation>das Bild ist zu groß</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ProfileApply</name>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
    <message>
        <source>Only an administrator may change %1</source>
        <translation>Nur ein Administrator darf %1 ändern</translation>
    </message>
    <message>
        <source>The room was removed before it answered</source>
        <translation>Der Raum wurde entfernt, bevor er antwortete</translation>
    </message>
    <message>
        <source>The room disconnected before it answered</source>
        <translation>Die Verbindung zum Raum wurde vor seiner Antwort getrennt</translation>
    </message>
    <message>
        <source>Applying a settings profile</source>
        <translation>Anwenden eines Einstellungsprofils</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>not permitted at this level</source>
        <translation>auf dieser Zugriffsstufe nicht erlaubt</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>applied %n change(s)</source>
        <translation>
            <numerusform>%n Änderung angewendet</numerusform>
            <numerusform>%n Änderungen angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) not permitted at this level</source>
        <translation>
            <numerusform>%n Einstellung auf dieser Zugriffsstufe nicht erlaubt</numerusform>
            <numerusform>%n Einstellungen auf dieser Zugriffsstufe nicht erlaubt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileApplyDialog</name>
    <message>
        <source>Apply Profile</source>
        <translation>Profil anwenden</translation>
    </message>
    <message>
        <source>Settings to apply</source>
        <translation>Anzuwendende Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Settings from:</source>
        <translation>&amp;Einstellungen von:</translation>
    </message>
    <message>
        <source>What changes in each room</source>
        <translation>Was sich in jedem Raum ändert</translation>
    </message>
    <message>
        <source>Room / setting</source>
        <translation>Raum / Einstellung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>An&amp;wenden</translation>
    </message>
    <message>
        <source>Change in each room the settings listed under it</source>
        <translation>In jedem Raum die darunter aufgeführten Einstellungen ändern</translation>
    </message>
    <message>
        <source>(removed room)</source>
        <translation>(entfernter Raum)</translation>
    </message>
    <message>
        <source>the source itself: nothing to change</source>
        <translation>die Quelle selbst: nichts zu ändern</translation>
    </message>
    <message>
        <source>not connected: will be skipped</source>
        <translation>nicht verbunden: wird übersprungen</translation>
    </message>
    <message>
        <source>nothing to change</source>
        <translation>nichts zu ändern</translation>
    </message>
    <message>
        <source>not permitted at this level</source>
        <translation>auf dieser Zugriffsstufe nicht erlaubt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>kept per room: %1</source>
        <translation>pro Raum beibehalten: %1</translation>
    </message>
    <message>
        <source>The source&apos;s settings are not known yet.</source>
        <translation>Die Einstellungen der Quelle sind noch nicht bekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s) in total</source>
        <translation>
            <numerusform>%n Einstellungsänderung insgesamt</numerusform>
            <numerusform>%n Einstellungsänderungen insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) to change</source>
        <translation>
            <numerusform>%n Raum zu ändern</numerusform>
            <numerusform>%n Räume zu ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n room(s)…</source>
        <translation>
            <numerusform>Wird auf %n Raum angewendet…</numerusform>
            <numerusform>Wird auf %n Räume angewendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %2 room(s) have the profile&apos;s settings.</source>
        <translation>
            <numerusform>Fertig: %1 von %2 Raum hat die Einstellungen des Profils.</numerusform>
            <numerusform>Fertig: %1 von %2 Räumen haben die Einstellungen des Profils.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDiff</name>
    <message>
        <source>Images are not part of a profile</source>
        <translation>Bilder sind nicht Teil eines Profils</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>different</source>
        <translation>verschieden</translation>
    </message>
    <message>
        <source>only left</source>
        <translation>nur links</translation>
    </message>
    <message>
        <source>only right</source>
        <translation>nur rechts</translation>
    </message>
    <message>
        <source>not applied: %1</source>
        <translation>nicht angewendet: %1</translation>
    </message>
</context>
<context>
    <name>ProfileSourceBox</name>
    <message>
        <source>Where the settings come from: an open room or a profile file</source>
        <translation>Woher die Einstellungen stammen: aus einem geöffneten Raum oder einer Profildatei</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>Open a profile file…</source>
        <translation>Profildatei öffnen…</translation>
    </message>
    <message>
        <source>Open a Settings Profile</source>
        <translation>Einstellungsprofil öffnen</translation>
    </message>
    <message>
        <source>RoomDeck profiles (*.json);;All files (*)</source>
        <translation>RoomDeck-Profile (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>Save Profile…</source>
        <translation>Profil speichern…</translation>
    </message>
    <message>
        <source>Save this room&apos;s settings and branding state to a file</source>
        <translation>Die Einstellungen und das Branding dieses Raums in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save this room&apos;s settings profile</source>
        <translation>Das Einstellungsprofil dieses Raums speichern</translation>
    </message>
    <message>
        <source>Left side of the comparison</source>
        <translation>Linke Seite des Vergleichs</translation>
    </message>
    <message>
        <source>Right side of the comparison</source>
        <translation>Rechte Seite des Vergleichs</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>Ri&amp;ght:</source>
        <translation>Rech&amp;ts:</translation>
    </message>
    <message>
        <source>&amp;Only differences</source>
        <translation>Nur Unterschie&amp;de</translation>
    </message>
    <message>
        <source>Hide the settings both sides have alike</source>
        <translation>Einstellungen ausblenden, die auf beiden Seiten gleich sind</translation>
    </message>
    <message>
        <source>Show only the settings that differ</source>
        <translation>Nur die abweichenden Einstellungen anzeigen</translation>
    </message>
    <message>
        <source>Settings side by side</source>
        <translation>Einstellungen im Vergleich</translation>
    </message>
    <message>
        <source>Apply Left &amp;to Right…</source>
        <translation>Links nach rechts über&amp;nehmen…</translation>
    </message>
    <message>
        <source>Change the right room&apos;s settings to the left side&apos;s values (only those that differ; settings kept per room are left alone)</source>
        <translation>Die Einstellungen des rechten Raums auf die Werte der linken Seite ändern (nur abweichende; raumspezifische Einstellungen bleiben unverändert)</translation>
    </message>
    <message>
        <source>Apply the left side&apos;s settings to the right room</source>
        <translation>Die Einstellungen der linken Seite auf den rechten Raum anwenden</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>%1 (kept per room)</source>
        <translation>%1 (raumspezifisch)</translation>
    </message>
    <message>
        <source>Never applied: %1</source>
        <translation>Nie angewendet: %1</translation>
    </message>
    <message>
        <source>Waiting for the room&apos;s settings…</source>
        <translation>Warten auf die Einstellungen des Raums…</translation>
    </message>
    <message>
        <source>Both sides have the same settings.</source>
        <translation>Beide Seiten haben dieselben Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept per room</source>
        <translation>
            <numerusform>%n raumspezifisch</numerusform>
            <numerusform>%n raumspezifisch</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Settings Profile</source>
        <translation>Einstellungsprofil speichern</translation>
    </message>
    <message>
        <source>RoomDeck profiles (*.json)</source>
        <translation>RoomDeck-Profile (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to %1</source>
        <translation>
            <numerusform>%n Einstellung in %1 gespeichert</numerusform>
            <numerusform>%n Einstellungen in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n setting(s) in the right room?</source>
        <translation>
            <numerusform>%n Einstellung im rechten Raum ändern?</numerusform>
            <numerusform>%n Einstellungen im rechten Raum ändern?</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply Profile</source>
        <translation>Profil anwenden</translation>
    </message>
    <message>
        <source>Applying to %1…</source>
        <translation>Wird auf %1 angewendet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RawRequest</name>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>ein beliebiger Wert</translation>
    </message>
    <message>
        <source>Only an administrator may clear the room&apos;s call history</source>
        <translation>Nur ein Administrator darf den Anrufverlauf des Raums löschen</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message>
        <source>Type a request: a JSON object with a “method”.</source>
        <translation>Geben Sie eine Anfrage ein: ein JSON-Objekt mit einer „method“.</translation>
    </message>
    <message>
        <source>Not JSON: %1 at line %2, column %3</source>
        <translation>Kein JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>The request must be a JSON object, such as {&quot;method&quot;: …}.</source>
        <translation>Die Anfrage muss ein JSON-Objekt sein, etwa {&quot;method&quot;: …}.</translation>
    </message>
    <message>
        <source>The request needs a “method” string.</source>
        <translation>Die Anfrage braucht eine Zeichenkette „method“.</translation>
    </message>
    <message>
        <source>“%1” is managed by RoomDeck&apos;s sign-in; use Connect or Sign in instead</source>
        <translation>„%1“ wird von der Anmeldung in RoomDeck verwaltet; verwenden Sie stattdessen Verbinden oder Anmelden</translation>
    </message>
    <message>
        <source>“%1” is not a method of the room API.</source>
        <translation>„%1“ ist keine Methode der API des Raums.</translation>
    </message>
    <message>
        <source>“%1” takes no parameters; remove “%2”.</source>
        <translation>„%1“ hat keine Parameter; entfernen Sie „%2“.</translation>
    </message>
    <message>
        <source>“%1” has no parameter “%2” (it takes: %3).</source>
        <translation>„%1“ hat keinen Parameter „%2“ (erlaubt sind: %3).</translation>
    </message>
    <message>
        <source>“%1” is masked (***): type the real value.</source>
        <translation>„%1“ ist maskiert (***): Geben Sie den echten Wert ein.</translation>
    </message>
    <message>
        <source>“%1” must be %2.</source>
        <translation>„%1“ muss %2 sein.</translation>
    </message>
    <message>
        <source>“%1” needs Administrator access; this console is signed in as User</source>
        <translation>„%1“ erfordert Administratorzugriff; diese Konsole ist als Benutzer angemeldet</translation>
    </message>
    <message>
        <source>Ready to send “%1”.</source>
        <translation>Bereit zum Senden: „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Ready to send “%1” with %n parameter(s).</source>
        <translation>
            <numerusform>Bereit zum Senden: „%1“ mit %n Parameter.</numerusform>
            <numerusform>Bereit zum Senden: „%1“ mit %n Parametern.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>This connection may not send requests of its own</source>
        <translation>Diese Verbindung darf keine eigenen Anfragen senden</translation>
    </message>
</context>
<context>
    <name>ReadinessCheck</name>
    <message>
        <source>The room did not answer in time</source>
        <translation>Der Raum hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Connection and sign-in</source>
        <translation>Verbindung und Anmeldung</translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation>Serververbindung</translation>
    </message>
    <message>
        <source>Account login</source>
        <translation>Kontoanmeldung</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Lautsprecher</translation>
    </message>
    <message>
        <source>Audio delay</source>
        <translation>Audioverzögerung</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Not connected to the room</source>
        <translation>Nicht mit dem Raum verbunden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>The room is connecting to its server</source>
        <translation>Der Raum verbindet sich mit seinem Server</translation>
    </message>
    <message>
        <source>The room is not connected to a TrueConf server</source>
        <translation>Der Raum ist nicht mit einem TrueConf-Server verbunden</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>The room is not logged in</source>
        <translation>Der Raum ist nicht angemeldet</translation>
    </message>
    <message>
        <source>Not logged in: no server connection</source>
        <translation>Nicht angemeldet: keine Serververbindung</translation>
    </message>
    <message>
        <source>Skipped: the room is in a call, and the test would disturb the meeting</source>
        <translation>Übersprungen: Der Raum ist in einem Anruf, und der Test würde die Besprechung stören</translation>
    </message>
    <message>
        <source>Not permitted at this level</source>
        <translation>Mit dieser Zugriffsstufe nicht erlaubt</translation>
    </message>
    <message>
        <source>The room has no camera</source>
        <translation>Der Raum hat keine Kamera</translation>
    </message>
    <message>
        <source>No camera selected</source>
        <translation>Keine Kamera ausgewählt</translation>
    </message>
    <message>
        <source>The camera is off</source>
        <translation>Die Kamera ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Picture received (%1 KB)</source>
        <translation>Bild empfangen (%1 KB)</translation>
    </message>
    <message>
        <source>No picture: %1</source>
        <translation>Kein Bild: %1</translation>
    </message>
    <message>
        <source>Fetching a picture</source>
        <translation>Bild wird abgerufen</translation>
    </message>
    <message>
        <source>No microphone selected</source>
        <translation>Kein Mikrofon ausgewählt</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>The room refused the test: %1</source>
        <translation>Der Raum hat den Test abgelehnt: %1</translation>
    </message>
    <message>
        <source>The room reported no microphone level</source>
        <translation>Der Raum hat keinen Mikrofonpegel gemeldet</translation>
    </message>
    <message>
        <source>No signal from the microphone (peak %1%)</source>
        <translation>Kein Signal vom Mikrofon (Spitze %1%)</translation>
    </message>
    <message>
        <source>Weak microphone signal (peak %1%)</source>
        <translation>Schwaches Mikrofonsignal (Spitze %1%)</translation>
    </message>
    <message>
        <source>The microphone works (peak %1%) but is muted</source>
        <translation>Das Mikrofon funktioniert (Spitze %1%), ist aber stummgeschaltet</translation>
    </message>
    <message>
        <source>Signal received (peak %1%)</source>
        <translation>Signal empfangen (Spitze %1%)</translation>
    </message>
    <message>
        <source>No speaker selected</source>
        <translation>Kein Lautsprecher ausgewählt</translation>
    </message>
    <message>
        <source>The speaker is muted</source>
        <translation>Der Lautsprecher ist stummgeschaltet</translation>
    </message>
    <message>
        <source>Playing a test sound</source>
        <translation>Testton wird abgespielt</translation>
    </message>
    <message>
        <source>Test sound played; listen in the room</source>
        <translation>Testton abgespielt; hören Sie im Raum nach</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messung läuft</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 ms: echo cancelling may struggle</source>
        <translation>%1 ms: Die Echounterdrückung kann an ihre Grenzen kommen</translation>
    </message>
    <message>
        <source>%1 ms: too long for echo cancelling</source>
        <translation>%1 ms: zu lang für die Echounterdrückung</translation>
    </message>
    <message>
        <source>The test was stopped on the room</source>
        <translation>Der Test wurde am Raum beendet</translation>
    </message>
    <message>
        <source>Nothing measured: check that the speaker is loud enough for the microphone</source>
        <translation>Nichts gemessen: Prüfen Sie, ob der Lautsprecher für das Mikrofon laut genug ist</translation>
    </message>
</context>
<context>
    <name>RequestBanner</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Accept the request</source>
        <translation>Anfrage annehmen</translation>
    </message>
    <message>
        <source>Refuse the request</source>
        <translation>Anfrage ablehnen</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weitere</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Einlassen</translation>
    </message>
    <message>
        <source>Let speak</source>
        <translation>Sprechen lassen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RequestOutcome</name>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>unknown (%1)</source>
        <translation>unbekannt (%1)</translation>
    </message>
    <message>
        <source>Declined by the participant</source>
        <translation>Vom Teilnehmer abgelehnt</translation>
    </message>
    <message>
        <source>The participant limit is reached</source>
        <translation>Die maximale Teilnehmerzahl ist erreicht</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Beschäftigt</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message>
        <source>The conference does not exist</source>
        <translation>Die Konferenz existiert nicht</translation>
    </message>
    <message>
        <source>The user does not exist</source>
        <translation>Der Benutzer existiert nicht</translation>
    </message>
    <message>
        <source>The call was not declined</source>
        <translation>Der Anruf wurde nicht abgelehnt</translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation>Unzureichendes Guthaben</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>The action cannot be completed</source>
        <translation>Die Aktion kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Insufficient resources</source>
        <translation>Unzureichende Ressourcen</translation>
    </message>
    <message>
        <source>A password is required</source>
        <translation>Ein Passwort ist erforderlich</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Falsches Passwort</translation>
    </message>
    <message>
        <source>Not in the callee&apos;s friend list</source>
        <translation>Nicht in der Freundesliste des Angerufenen</translation>
    </message>
    <message>
        <source>The system rating is too low</source>
        <translation>Die Systembewertung ist zu niedrig</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The conference has not started yet</source>
        <translation>Die Konferenz hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>The conference has ended</source>
        <translation>Die Konferenz ist beendet</translation>
    </message>
    <message>
        <source>Conference not found</source>
        <translation>Konferenz nicht gefunden</translation>
    </message>
    <message>
        <source>The remote server is unreachable</source>
        <translation>Der entfernte Server ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Federation is not allowed</source>
        <translation>Föderation ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Federation refused</source>
        <translation>Föderation abgelehnt</translation>
    </message>
    <message>
        <source>Not connected to a server</source>
        <translation>Nicht mit einem Server verbunden</translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation>Verbindung zum Server wird hergestellt</translation>
    </message>
    <message>
        <source>Login required</source>
        <translation>Kontoanmeldung erforderlich</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normalbetrieb</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>Anrufaufbau</translation>
    </message>
    <message>
        <source>In a conference</source>
        <translation>In einer Konferenz</translation>
    </message>
    <message>
        <source>Ending the call</source>
        <translation>Anruf wird beendet</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>The room is idle and not connected to a TrueConf server.</source>
        <translation>Der Raum ist im Leerlauf und nicht mit einem TrueConf-Server verbunden.</translation>
    </message>
    <message>
        <source>The room is connecting to its TrueConf server.</source>
        <translation>Der Raum verbindet sich mit seinem TrueConf-Server.</translation>
    </message>
    <message>
        <source>The room is connected to its server; an account must log in.</source>
        <translation>Der Raum ist mit seinem Server verbunden; ein Konto muss sich anmelden.</translation>
    </message>
    <message>
        <source>The room is logged in and ready to call.</source>
        <translation>Der Raum ist angemeldet und bereit für Anrufe.</translation>
    </message>
    <message>
        <source>A call is ringing, in or out.</source>
        <translation>Ein eingehender oder ausgehender Anruf klingelt.</translation>
    </message>
    <message>
        <source>The room is in a call or conference.</source>
        <translation>Der Raum ist in einem Anruf oder einer Konferenz.</translation>
    </message>
    <message>
        <source>The call or conference is ending.</source>
        <translation>Der Anruf oder die Konferenz wird beendet.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Invalid user</source>
        <translation>Ungültiger Benutzer</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>In own conference</source>
        <translation>In eigener Konferenz</translation>
    </message>
    <message>
        <source>Offline, recently active</source>
        <translation>Offline, kürzlich aktiv</translation>
    </message>
    <message>
        <source>Available on phone</source>
        <translation>Verfügbar (Telefon)</translation>
    </message>
    <message>
        <source>Available on a terminal</source>
        <translation>Verfügbar (Terminal)</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Nicht stören</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Busy on phone</source>
        <translation>Besetzt (Telefon)</translation>
    </message>
    <message>
        <source>Busy on a terminal</source>
        <translation>Besetzt (Terminal)</translation>
    </message>
    <message>
        <source>In own conference (can ask to join)</source>
        <translation>In eigener Konferenz (Teilnahme kann angefragt werden)</translation>
    </message>
    <message>
        <source>Logged in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Already logged in</source>
        <translation>Bereits angemeldet</translation>
    </message>
    <message>
        <source>This login does not exist on the server</source>
        <translation>Dieser Anmeldename existiert auf dem Server nicht</translation>
    </message>
    <message>
        <source>Wrong login or password</source>
        <translation>Falscher Anmeldename oder falsches Passwort</translation>
    </message>
    <message>
        <source>The server rejected the login</source>
        <translation>Der Server hat die Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>The server&apos;s limit of online users is reached</source>
        <translation>Das Limit des Servers für angemeldete Benutzer ist erreicht</translation>
    </message>
    <message>
        <source>The account is not activated</source>
        <translation>Das Konto ist nicht aktiviert</translation>
    </message>
    <message>
        <source>The server is busy; try again later</source>
        <translation>Der Server ist ausgelastet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>This account may not log in from this application type</source>
        <translation>Dieses Konto darf sich mit diesem Anwendungstyp nicht anmelden</translation>
    </message>
    <message>
        <source>The account is waiting for e-mail confirmation</source>
        <translation>Das Konto wartet auf die Bestätigung per E-Mail</translation>
    </message>
    <message>
        <source>The account is locked</source>
        <translation>Das Konto ist gesperrt</translation>
    </message>
    <message>
        <source>The account&apos;s e-mail address is blacklisted</source>
        <translation>Die E-Mail-Adresse des Kontos steht auf der Sperrliste</translation>
    </message>
    <message>
        <source>The password has expired</source>
        <translation>Das Passwort ist abgelaufen</translation>
    </message>
    <message>
        <source>Another controller signed in with the same role and took over</source>
        <translation>Eine andere Steuerungsanwendung hat sich mit derselben Rolle angemeldet und die Kontrolle übernommen</translation>
    </message>
    <message>
        <source>User protection was reset because administrator mode became unsecured</source>
        <translation>Der Schutz des Benutzermodus wurde zurückgesetzt, weil der Administratormodus ungeschützt wurde</translation>
    </message>
    <message>
        <source>The administrator credentials were changed</source>
        <translation>Die Zugangsdaten des Administrators wurden geändert</translation>
    </message>
    <message>
        <source>The user credentials were changed by an administrator</source>
        <translation>Die Zugangsdaten des Benutzers wurden von einem Administrator geändert</translation>
    </message>
    <message>
        <source>The user credentials were changed by a user</source>
        <translation>Die Zugangsdaten des Benutzers wurden von einem Benutzer geändert</translation>
    </message>
    <message>
        <source>This role is not available under the room&apos;s licence</source>
        <translation>Diese Rolle ist mit der Lizenz des Raums nicht verfügbar</translation>
    </message>
    <message>
        <source>The user PIN was regenerated after the conference</source>
        <translation>Die Benutzer-PIN wurde nach der Konferenz neu erzeugt</translation>
    </message>
    <message>
        <source>The sign-in token expired</source>
        <translation>Das Anmelde-Token ist abgelaufen</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>Kein Gerät</translation>
    </message>
    <message>
        <source>Muted</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Asked for the podium</source>
        <translation>Bittet um das Podium</translation>
    </message>
    <message>
        <source>Invited to the podium</source>
        <translation>Zum Podium eingeladen</translation>
    </message>
    <message>
        <source>Making an audio remark</source>
        <translation>Audio-Wortmeldung</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>All on screen</source>
        <translation>Alle auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Video lecture</source>
        <translation>Videovortrag</translation>
    </message>
    <message>
        <source>Role-based</source>
        <translation>Rollenbasiert</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The room asked for a new sign-in and gave no reason</source>
        <translation>Der Raum hat eine neue Anmeldung verlangt und keinen Grund angegeben</translation>
    </message>
    <message>
        <source>The room asked for a new sign-in (reason code %1)</source>
        <translation>Der Raum hat eine neue Anmeldung verlangt (Grundcode %1)</translation>
    </message>
</context>
<context>
    <name>RoomAgent</name>
    <message>
        <source>%1 has a secret for &quot;%2&quot;, a room the rooms file does not list; it is not used</source>
        <translation>%1 enthält ein Geheimnis für „%2“, einen Raum, den die Raumdatei nicht nennt; es wird nicht verwendet</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>RoomCalling</name>
    <message>
        <source>Create Co&amp;nference…</source>
        <translation>&amp;Konferenz erstellen…</translation>
    </message>
    <message>
        <source>Start a group conference owned by the room and invite people to it</source>
        <translation>Eine Gruppenkonferenz mit dem Raum als Eigentümer starten und Personen dazu einladen</translation>
    </message>
    <message>
        <source>Do Not Dis&amp;turb</source>
        <translation>Nicht s&amp;tören</translation>
    </message>
    <message>
        <source>Decline every incoming call to this room, on every console</source>
        <translation>Alle eingehenden Anrufe an diesen Raum ablehnen, an jeder Konsole</translation>
    </message>
    <message>
        <source>Auto-Answer Li&amp;st…</source>
        <translation>Auto-Annahme-Li&amp;ste…</translation>
    </message>
    <message>
        <source>The callers whose calls this room answers at once</source>
        <translation>Die Anrufer, deren Anrufe dieser Raum sofort annimmt</translation>
    </message>
    <message>
        <source>Add to &amp;Favourites</source>
        <translation>Zu den &amp;Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Add this contact to the room&apos;s favourites</source>
        <translation>Diesen Kontakt zu den Favoriten des Raums hinzufügen</translation>
    </message>
    <message>
        <source>Incoming calls to this room are declined (Call ▸ Do Not Disturb)</source>
        <translation>Eingehende Anrufe an diesen Raum werden abgelehnt (Anruf ▸ Nicht stören)</translation>
    </message>
    <message>
        <source>Do not disturb is on</source>
        <translation>Nicht stören ist eingeschaltet</translation>
    </message>
    <message>
        <source>Creating the conference “%1”</source>
        <translation>Erstellen der Konferenz „%1“</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Conference Password</source>
        <translation>Konferenzpasswort</translation>
    </message>
    <message>
        <source>The password for “%1” was wrong. Password:</source>
        <translation>Das Passwort für „%1“ war falsch. Passwort:</translation>
    </message>
    <message>
        <source>The conference “%1” is protected by a password. Password:</source>
        <translation>Die Konferenz „%1“ ist durch ein Passwort geschützt. Passwort:</translation>
    </message>
</context>
<context>
    <name>RoomConsole</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>The console and, for administrators, the room&apos;s settings pages</source>
        <translation>Die Konsole und, für Administratoren, die Einstellungsseiten des Raums</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection to the room</source>
        <translation>Die Verbindung zum Raum schließen</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Reconnect at once instead of waiting (Ctrl+R)</source>
        <translation>Sofort neu verbinden statt zu warten (Ctrl+R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Sign in as &amp;Administrator…</source>
        <translation>Als &amp;Administrator anmelden…</translation>
    </message>
    <message>
        <source>Sign in again as Administrator with the administrator password</source>
        <translation>Erneut als Administrator mit dem Administratorpasswort anmelden</translation>
    </message>
    <message>
        <source>Switch to &amp;User</source>
        <translation>Zu Ben&amp;utzer wechseln</translation>
    </message>
    <message>
        <source>Give up administrator access and continue as User</source>
        <translation>Administratorzugriff abgeben und als Benutzer fortfahren</translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation>&amp;Anrufen</translation>
    </message>
    <message>
        <source>Call the TrueConf ID in the dial field (Ctrl+Enter or F5)</source>
        <translation>Die TrueConf ID im Wählfeld anrufen (Ctrl+Enter oder F5)</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>An&amp;nehmen</translation>
    </message>
    <message>
        <source>Answer the incoming call (Ctrl+Shift+A)</source>
        <translation>Den eingehenden Anruf annehmen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Decline the incoming call (Ctrl+Shift+D)</source>
        <translation>Den eingehenden Anruf ablehnen (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation>Au&amp;flegen</translation>
    </message>
    <message>
        <source>End the call, or stop ringing (Ctrl+H or Esc: during a call both ask first)</source>
        <translation>Den Anruf beenden oder das Klingeln stoppen (Ctrl+H oder Esc: während eines Anrufs fragen beide zuerst nach)</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Hang Up for A&amp;ll</source>
        <translation>Für a&amp;lle auflegen</translation>
    </message>
    <message>
        <source>End the group conference for every participant (owner or moderator only)</source>
        <translation>Die Gruppenkonferenz für alle Teilnehmer beenden (nur Eigentümer oder Moderator)</translation>
    </message>
    <message>
        <source>&amp;Go to Dial Field</source>
        <translation>Zum &amp;Wählfeld wechseln</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Find Contact</source>
        <translation>&amp;Kontakt suchen</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>ports read from config.json</source>
        <translation>Ports aus config.json gelesen</translation>
    </message>
    <message>
        <source>WebSocket address given directly</source>
        <translation>WebSocket-Adresse direkt angegeben</translation>
    </message>
    <message>
        <source>default port assumed: config.json was unreachable</source>
        <translation>Standardport angenommen: config.json war nicht erreichbar</translation>
    </message>
    <message>
        <source>The call with %1 ended. %2</source>
        <translation>Anruf beendet: %1. %2</translation>
    </message>
    <message>
        <source>The room could not log in to its TrueConf server: %1</source>
        <translation>Der Raum konnte sich nicht an seinem TrueConf-Server anmelden: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel Call</source>
        <translation>Anruf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop ringing (Esc)</source>
        <translation>Klingeln stoppen (Esc)</translation>
    </message>
    <message>
        <source>Accepting the call</source>
        <translation>Annehmen des Anrufs</translation>
    </message>
    <message>
        <source>Declining the call</source>
        <translation>Ablehnen des Anrufs</translation>
    </message>
    <message>
        <source>Hang Up for All</source>
        <translation>Für alle auflegen</translation>
    </message>
    <message>
        <source>End the conference for every participant?</source>
        <translation>Die Konferenz für alle Teilnehmer beenden?</translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>End the room&apos;s call now?</source>
        <translation>Den Anruf des Raums jetzt beenden?</translation>
    </message>
    <message>
        <source>Cannot call “%1”: %2</source>
        <translation>„%1“ kann nicht angerufen werden: %2</translation>
    </message>
    <message>
        <source>Ending the conference for all</source>
        <translation>Beenden der Konferenz für alle</translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation>Auflegen</translation>
    </message>
    <message>
        <source>Sending the tone %1</source>
        <translation>Senden des Tons %1</translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation>Anruf an %1</translation>
    </message>
    <message>
        <source>The room refused the call: %1</source>
        <translation>Der Raum hat den Anruf abgewiesen: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>WebSocket %1 (%2)</source>
        <translation>WebSocket %1 (%2)</translation>
    </message>
    <message>
        <source>HTTP port %1</source>
        <translation>HTTP-Port %1</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>RoomDeck closed the connection</source>
        <translation>RoomDeck hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Finding the room</source>
        <translation>Raum wird gesucht</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbindung wird hergestellt</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>Loading the room&apos;s state</source>
        <translation>Raumzustand wird geladen</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Wiederverbindung</translation>
    </message>
    <message>
        <source>Disconnected from the room</source>
        <translation>Vom Raum getrennt</translation>
    </message>
    <message>
        <source>The room computer is restarting; RoomDeck reconnects when it is back</source>
        <translation>Der Raumcomputer wird neu gestartet; RoomDeck verbindet sich wieder, sobald er wieder erreichbar ist</translation>
    </message>
    <message>
        <source>The room computer is shutting down</source>
        <translation>Der Raumcomputer wird heruntergefahren</translation>
    </message>
    <message>
        <source>The room application was closed</source>
        <translation>Die Raumanwendung wurde geschlossen</translation>
    </message>
    <message>
        <source>The connection to the room was lost before the reply (%1)</source>
        <translation>Die Verbindung zum Raum ging vor der Antwort verloren (%1)</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The room refused to switch this connection to User: %1</source>
        <translation>Der Raum hat abgelehnt, diese Verbindung auf Benutzer umzustellen: %1</translation>
    </message>
    <message>
        <source>The room did not answer the sign-in</source>
        <translation>Der Raum hat auf die Anmeldung nicht geantwortet</translation>
    </message>
    <message>
        <source>The room refused an unsecured sign-in as %1: it is protected by a PIN or password</source>
        <translation>Der Raum hat eine ungeschützte Anmeldung als %1 abgelehnt: er ist durch PIN oder Passwort geschützt</translation>
    </message>
    <message>
        <source>Wrong PIN or password for %1</source>
        <translation>Falsche PIN oder falsches Passwort für %1</translation>
    </message>
    <message>
        <source>The room no longer accepts the saved sign-in token for %1</source>
        <translation>Der Raum akzeptiert das gespeicherte Anmelde-Token für %1 nicht mehr</translation>
    </message>
    <message>
        <source> (the room said: %1)</source>
        <translation> (Meldung des Raums: %1)</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>The room could not report its state: %1</source>
        <translation>Der Raum konnte seinen Zustand nicht melden: %1</translation>
    </message>
    <message>
        <source>The room sent an unreadable message: %1</source>
        <translation>Der Raum hat eine unlesbare Nachricht gesendet: %1</translation>
    </message>
    <message>
        <source>The room could not read a message: %1</source>
        <translation>Der Raum konnte eine Nachricht nicht lesen: %1</translation>
    </message>
    <message>
        <source>The room refused the command without giving a reason</source>
        <translation>Der Raum hat den Befehl ohne Begründung abgelehnt</translation>
    </message>
    <message>
        <source>No command name given</source>
        <translation>Kein Befehlsname angegeben</translation>
    </message>
    <message>
        <source>“%1” is managed by RoomDeck&apos;s sign-in; use Connect or Sign in instead</source>
        <translation>„%1“ wird von der Anmeldung in RoomDeck verwaltet; verwenden Sie stattdessen Verbinden oder Anmelden</translation>
    </message>
    <message>
        <source>“%1” needs Administrator access; this console is signed in as User</source>
        <translation>„%1“ erfordert Administratorzugriff; diese Konsole ist als Benutzer angemeldet</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>The room is not connected (reconnecting in %1 s)</source>
        <translation>Der Raum ist nicht verbunden (neuer Versuch in %1 s)</translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>The connection to the room is closed</source>
        <translation>Die Verbindung zum Raum ist geschlossen</translation>
    </message>
    <message>
        <source>no reply from the room within %1 s</source>
        <translation>keine Antwort vom Raum innerhalb von %1 s</translation>
    </message>
    <message>
        <source>not sent: the room was not ready within %1 s</source>
        <translation>nicht gesendet: der Raum war nicht innerhalb von %1 s bereit</translation>
    </message>
    <message>
        <source>%1; still signed in as %2</source>
        <translation>%1; weiterhin angemeldet als %2</translation>
    </message>
    <message>
        <source>The room sent a malformed reply: %1</source>
        <translation>Der Raum hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>&quot;requestId&quot; is not a string</source>
        <translation>&quot;requestId&quot; ist kein String</translation>
    </message>
    <message>
        <source>Another controller signed in as %1 at %2 and took over the room; this console is signed out.</source>
        <translation>Eine andere Steuerungsanwendung hat sich um %2 als %1 angemeldet und den Raum übernommen; diese Konsole ist abgemeldet.</translation>
    </message>
</context>
<context>
    <name>RoomDataContainer</name>
    <message>
        <source>The room&apos;s shared data “%1” could not be read: %2</source>
        <translation>Die gemeinsamen Daten „%1“ des Raums konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” is not text; RoomDeck leaves it as it is.</source>
        <translation>Die gemeinsamen Daten „%1“ des Raums sind kein Text; RoomDeck lässt sie unverändert.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” is not in RoomDeck&apos;s format; RoomDeck leaves it as it is.</source>
        <translation>Die gemeinsamen Daten „%1“ des Raums sind nicht im Format von RoomDeck; RoomDeck lässt sie unverändert.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” has no format version; RoomDeck leaves it as it is.</source>
        <translation>Die gemeinsamen Daten „%1“ des Raums haben keine Formatversion; RoomDeck lässt sie unverändert.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” was written by a newer RoomDeck (format %2); this one leaves it as it is.</source>
        <translation>Die gemeinsamen Daten „%1“ des Raums wurden von einer neueren RoomDeck-Version geschrieben (Format %2); diese Version lässt sie unverändert.</translation>
    </message>
    <message>
        <source>The room&apos;s shared data “%1” cannot be read (%2); RoomDeck leaves it as it is.</source>
        <translation>Die gemeinsamen Daten „%1“ des Raums können nicht gelesen werden (%2); RoomDeck lässt sie unverändert.</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>The room&apos;s shared data has not been read yet</source>
        <translation>Die gemeinsamen Daten des Raums wurden noch nicht gelesen</translation>
    </message>
</context>
<context>
    <name>RoomDeckApp</name>
    <message>
        <source>roomdeck: both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; using ROOMDECK_PIN</source>
        <translation>roomdeck: ROOMDECK_PIN und ROOMDECK_PASSWORD sind beide gesetzt; ROOMDECK_PIN wird verwendet</translation>
    </message>
    <message>
        <source>Operator console for TrueConf Room meeting rooms.

A PIN or password is read from the environment variable ROOMDECK_PIN or ROOMDECK_PASSWORD, never from the command line.</source>
        <translation>Bedienkonsole für Besprechungsräume mit TrueConf Room.

PIN oder Passwort werden aus der Umgebungsvariablen ROOMDECK_PIN oder ROOMDECK_PASSWORD gelesen, niemals von der Befehlszeile.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The room instance (rooms started with -t NAME).</source>
        <translation>Die Rauminstanz (Räume, die mit -t NAME gestartet wurden).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Sign in as admin or user (default: admin).</source>
        <translation>Als admin oder user anmelden (Standard: admin).</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>With --demo or --room: once the room is loaded, save the window as a PNG to FILE and exit (2 if the room cannot be reached).</source>
        <translation>Mit --demo oder --room: sobald der Raum geladen ist, das Fenster als PNG in DATEI speichern und beenden (2, wenn der Raum nicht erreichbar ist).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>roomdeck: --demo and --room cannot be combined</source>
        <translation>roomdeck: --demo und --room können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>roomdeck: --screenshot needs --demo or --room</source>
        <translation>roomdeck: --screenshot erfordert --demo oder --room</translation>
    </message>
    <message>
        <source>roomdeck: --role must be admin or user</source>
        <translation>roomdeck: --role muss admin oder user sein</translation>
    </message>
    <message>
        <source>roomdeck: no display found (DISPLAY and WAYLAND_DISPLAY are unset); use --demo, or --screenshot FILE with --room</source>
        <translation>roomdeck: keine Anzeige gefunden (DISPLAY und WAYLAND_DISPLAY sind nicht gesetzt); verwenden Sie --demo oder --screenshot DATEI mit --room</translation>
    </message>
    <message>
        <source>roomdeck: no display found; the demo runs offscreen and writes a screenshot to %1</source>
        <translation>roomdeck: keine Anzeige gefunden; die Demo läuft ohne Anzeige und schreibt einen Screenshot nach %1</translation>
    </message>
    <message>
        <source>roomdeck: could not start the demo room: %1</source>
        <translation>roomdeck: der Demo-Raum konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>roomdeck: invalid --room: %1</source>
        <translation>roomdeck: ungültiges --room: %1</translation>
    </message>
    <message>
        <source>roomdeck: screenshot written to %1</source>
        <translation>roomdeck: Screenshot geschrieben nach %1</translation>
    </message>
    <message>
        <source>roomdeck: could not connect: %1</source>
        <translation>roomdeck: Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>roomdeck: screenshot failed: %1</source>
        <translation>roomdeck: Screenshot fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>With --demo: bring the simulated room into STATE first (idle, incoming, outgoing, conference); for screenshots.</source>
        <translation>Mit --demo: den simulierten Raum zuerst in ZUSTAND versetzen (idle, incoming, outgoing, conference); für Screenshots.</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>roomdeck: --demo-state must be idle, incoming, outgoing or conference</source>
        <translation>roomdeck: --demo-state muss idle, incoming, outgoing oder conference sein</translation>
    </message>
    <message>
        <source>Open the page NAME once it exists (console, branding, server, power, security); for screenshots.</source>
        <translation>Die Seite NAME öffnen, sobald es sie gibt (console, branding, server, power, security); für Bildschirmfotos.</translation>
    </message>
    <message>
        <source>roomdeck: could not start again; start RoomDeck by hand</source>
        <translation>roomdeck: Neustart fehlgeschlagen; starten Sie RoomDeck manuell</translation>
    </message>
    <message>
        <source>roomdeck: no screenshot: %1</source>
        <translation>roomdeck: kein Screenshot: %1</translation>
    </message>
    <message>
        <source>Start three simulated rooms in this process and connect to them.</source>
        <translation>Drei simulierte Räume in diesem Prozess starten und mit ihnen verbinden.</translation>
    </message>
    <message>
        <source>Connect to the room at ADDRESS: HOST[:PORT] as shown on the room&apos;s screen, http://HOST:PORT/… or ws://HOST:PORT. Repeat it to open several rooms.</source>
        <translation>Mit dem Raum unter ADRESSE verbinden: HOST[:PORT] wie auf dem Bildschirm des Raums angezeigt, http://HOST:PORT/… oder ws://HOST:PORT. Mehrfach angeben, um mehrere Räume zu öffnen.</translation>
    </message>
    <message>
        <source>With --room: exit once the address book has been shown, and print how many contacts it showed and the peak resident memory.</source>
        <translation>Mit --room: beenden, sobald das Adressbuch angezeigt wurde, und die Zahl der angezeigten Kontakte sowie den höchsten residenten Speicher ausgeben.</translation>
    </message>
    <message>
        <source>roomdeck: --exit-when-shown needs --room and no --screenshot</source>
        <translation>roomdeck: --exit-when-shown braucht --room und kein --screenshot</translation>
    </message>
    <message>
        <source>roomdeck: address book shown: %1 contacts; peak resident memory %2 KiB</source>
        <translation>roomdeck: Adressbuch angezeigt: %1 Kontakte; höchster residenter Speicher %2 KiB</translation>
    </message>
    <message>
        <source>roomdeck: address book not shown: %1</source>
        <translation>roomdeck: Adressbuch nicht angezeigt: %1</translation>
    </message>
    <message>
        <source>Keep the rooms&apos; history in FILE (default: %1; with --demo, a temporary file).</source>
        <translation>Den Verlauf der Räume in FILE aufbewahren (Standard: %1; mit --demo eine temporäre Datei).</translation>
    </message>
    <message>
        <source>Keep no history of the rooms on this computer.</source>
        <translation>Keinen Verlauf der Räume auf diesem Computer aufbewahren.</translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation>Kein Raum ausgewählt</translation>
    </message>
    <message>
        <source>Room state</source>
        <translation>Raumzustand</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>TrueConf ID</source>
        <translation>TrueConf ID</translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation>Wiederverbindung</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation>Sofort neu verbinden statt zu warten</translation>
    </message>
    <message>
        <source>Not known while not signed in</source>
        <translation>Unbekannt, solange nicht angemeldet</translation>
    </message>
    <message>
        <source>Full control of the room</source>
        <translation>Volle Kontrolle über den Raum</translation>
    </message>
    <message>
        <source>Calls and devices only</source>
        <translation>Nur Anrufe und Geräte</translation>
    </message>
    <message>
        <source>Commands are not possible</source>
        <translation>Befehle sind nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Neuer Versuch in %n s</numerusform>
            <numerusform>Neuer Versuch in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting now…</source>
        <translation>Wird jetzt neu verbunden…</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
    <message>
        <source>Tries to reconnect to the room at once instead of waiting</source>
        <translation>Versucht sofort, sich neu mit dem Raum zu verbinden, statt zu warten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reconnecting and disconnect from the room</source>
        <translation>Wiederverbindung abbrechen und vom Raum trennen</translation>
    </message>
    <message>
        <source>Cancel reconnecting</source>
        <translation>Wiederverbindung abbrechen</translation>
    </message>
    <message>
        <source>Stops reconnecting and disconnects from the room</source>
        <translation>Bricht die Wiederverbindung ab und trennt vom Raum</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>PIN oder Passwort</translation>
    </message>
    <message>
        <source>The PIN or password to sign in to the room again; leave empty to use the one given before</source>
        <translation>PIN oder Passwort für die erneute Anmeldung beim Raum; leer lassen, um die zuvor angegebenen Daten zu verwenden</translation>
    </message>
    <message>
        <source>Leave empty to sign in with the PIN or password given before</source>
        <translation>Leer lassen, um sich mit der zuvor angegebenen PIN bzw. dem Passwort anzumelden</translation>
    </message>
    <message>
        <source>Sign in to the room again with the same role</source>
        <translation>Erneut mit derselben Rolle beim Raum anmelden</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Signs in to the room again with the same role</source>
        <translation>Meldet sich erneut mit derselben Rolle beim Raum an</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
    <message>
        <source>Hides the message about the last failed command</source>
        <translation>Blendet die Meldung zum letzten fehlgeschlagenen Befehl aus</translation>
    </message>
    <message>
        <source>TrueConf Online</source>
        <translation>TrueConf Online</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Not logged in to a TrueConf server</source>
        <translation>Nicht an einem TrueConf-Server angemeldet</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>the room wants a new sign-in</source>
        <translation>der Raum verlangt eine neue Anmeldung</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Erne&amp;ut anmelden</translation>
    </message>
    <message>
        <source>Recla&amp;im</source>
        <translation>&amp;Kontrolle zurückholen</translation>
    </message>
    <message>
        <source>Sign in again as %1; the other controller is signed out in turn</source>
        <translation>Erneut als %1 anmelden; die andere Steuerungsanwendung wird dadurch abgemeldet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>RoomHttpClient</name>
    <message>
        <source>No file given</source>
        <translation>Keine Datei angegeben</translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation>„%1“ existiert nicht</translation>
    </message>
    <message>
        <source>“%1” is not a regular file</source>
        <translation>„%1“ ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission)</source>
        <translation>„%1“ kann nicht gelesen werden (keine Berechtigung)</translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>“%1” is too large to upload: %2, the limit is %3</source>
        <translation>„%1“ ist zu groß zum Hochladen: %2, das Limit ist %3</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Nothing to upload: “%1” is empty</source>
        <translation>Nichts hochzuladen: „%1“ ist leer</translation>
    </message>
    <message>
        <source>The upload was cancelled</source>
        <translation>Das Hochladen wurde abgebrochen</translation>
    </message>
    <message>
        <source>Not signed in to a room</source>
        <translation>Nicht bei einem Raum angemeldet</translation>
    </message>
    <message>
        <source>The room sent no token for its HTTP server</source>
        <translation>Der Raum hat kein Token für seinen HTTP-Server gesendet</translation>
    </message>
    <message>
        <source>The room refused a token for its HTTP server: %1</source>
        <translation>Der Raum hat ein Token für seinen HTTP-Server verweigert: %1</translation>
    </message>
    <message>
        <source>The room did not send a token for its HTTP server: %1</source>
        <translation>Der Raum hat kein Token für seinen HTTP-Server gesendet: %1</translation>
    </message>
    <message>
        <source>The room has not reported its HTTP server port</source>
        <translation>Der Raum hat den Port seines HTTP-Servers nicht gemeldet</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the upload (HTTP 401) twice, each time with a fresh token</source>
        <translation>Der HTTP-Server des Raums unter %1 hat das Hochladen zweimal abgelehnt (HTTP 401), jedes Mal mit einem neuen Token</translation>
    </message>
    <message>
        <source>The upload to %1 stalled: nothing moved for %2 s</source>
        <translation>Das Hochladen zu %1 stockt: seit %2 s keine Übertragung</translation>
    </message>
    <message>
        <source>Cannot reach the room&apos;s HTTP server at %1: %2</source>
        <translation>Der HTTP-Server des Raums unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the upload (HTTP %2)</source>
        <translation>Der HTTP-Server des Raums unter %1 hat das Hochladen abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 accepted the upload but sent no FileId</source>
        <translation>Der HTTP-Server des Raums unter %1 hat das Hochladen angenommen, aber keine FileId gesendet</translation>
    </message>
</context>
<context>
    <name>RoomIds</name>
    <message>
        <source>Enter a TrueConf ID</source>
        <translation>Geben Sie eine TrueConf ID ein</translation>
    </message>
    <message>
        <source>A TrueConf ID cannot contain spaces</source>
        <translation>Eine TrueConf ID darf keine Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>Not a TrueConf ID: use user, user@server, user@server/instance or \c\conference</source>
        <translation>Keine TrueConf ID: verwenden Sie user, user@server, user@server/instance oder \c\conference</translation>
    </message>
</context>
<context>
    <name>RoomListPanel</name>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n verpasster Anruf</numerusform>
            <numerusform>%n verpasste Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Räume</translation>
    </message>
    <message>
        <source>Add Room…</source>
        <translation>Raum hinzufügen…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Rename Room</source>
        <translation>Raum umbenennen</translation>
    </message>
    <message>
        <source>Name of the room:</source>
        <translation>Name des Raums:</translation>
    </message>
    <message>
        <source>Remove Room</source>
        <translation>Raum entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the room list?

RoomDeck disconnects from the room.</source>
        <translation>„%1“ aus der Raumliste entfernen?

RoomDeck trennt die Verbindung zum Raum.</translation>
    </message>
    <message>
        <source>DND</source>
        <translation>DND</translation>
    </message>
    <message>
        <source>Do not disturb: incoming calls are declined</source>
        <translation>Nicht stören: Eingehende Anrufe werden abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n join request(s) waiting</source>
        <translation>
            <numerusform>%n Beitrittsanfrage wartet</numerusform>
            <numerusform>%n Beitrittsanfragen warten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat message(s)</source>
        <translation>
            <numerusform>%n ungelesene Chatnachricht</numerusform>
            <numerusform>%n ungelesene Chatnachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Last check, %1: %2</source>
        <translation>Letzte Prüfung, %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomLocator</name>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation>Host nicht erreichbar</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>not a room</source>
        <translation>kein Raum</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation>ungültige Adresse</translation>
    </message>
    <message>
        <source>No room address given</source>
        <translation>Keine Raumadresse angegeben</translation>
    </message>
    <message>
        <source>The room&apos;s control panel at %1 did not answer within %2 s</source>
        <translation>Das Bedienfeld des Raums unter %1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>Connection refused by %1: no control panel listens on that port (check the address and port shown on the room&apos;s screen)</source>
        <translation>Verbindung von %1 abgelehnt: auf diesem Port lauscht kein Bedienfeld (prüfen Sie die Adresse und den Port auf dem Bildschirm des Raums)</translation>
    </message>
    <message>
        <source>Host %1 not found (check the address)</source>
        <translation>Host %1 nicht gefunden (prüfen Sie die Adresse)</translation>
    </message>
    <message>
        <source>The room&apos;s control panel at %1 did not answer in time</source>
        <translation>Das Bedienfeld des Raums unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 has no room configuration for instance “%2” (HTTP 404): not a room, or a different instance name</source>
        <translation>%1 hat keine Raumkonfiguration für die Instanz „%2“ (HTTP 404): kein Raum oder ein anderer Instanzname</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for config.json; this is not a room</source>
        <translation>%1 hat für config.json mit HTTP %2 geantwortet; das ist kein Raum</translation>
    </message>
    <message>
        <source>%1 answered, but not like a room: %2</source>
        <translation>%1 hat geantwortet, aber nicht wie ein Raum: %2</translation>
    </message>
    <message>
        <source>config.json is larger than %1 KiB</source>
        <translation>config.json ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation>config.json ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>config.json has no valid config.websocket.port</source>
        <translation>config.json enthält keinen gültigen config.websocket.port</translation>
    </message>
    <message>
        <source>%1 answered, but not with HTTP: no room control panel listens on that port</source>
        <translation>%1 hat geantwortet, aber nicht per HTTP: Auf diesem Port lauscht kein Bedienfeld eines Raums</translation>
    </message>
    <message>
        <source>%1 broke off while sending config.json: %2</source>
        <translation>%1 hat die Übertragung von config.json abgebrochen: %2</translation>
    </message>
    <message>
        <source>the connection closed before the end of config.json</source>
        <translation>die Verbindung endete vor dem Ende von config.json</translation>
    </message>
    <message>
        <source>config.json arrived in malformed chunks</source>
        <translation>config.json kam in fehlerhaften Blöcken (chunked) an</translation>
    </message>
    <message>
        <source>its HTTP headers are larger than %1 KiB</source>
        <translation>seine HTTP-Header sind größer als %1 KiB</translation>
    </message>
</context>
<context>
    <name>RoomNotices</name>
    <message numerus="yes">
        <source>%n join request(s)</source>
        <translation>
            <numerusform>%n Beitrittsanfrage</numerusform>
            <numerusform>%n Beitrittsanfragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s) not seen</source>
        <translation>
            <numerusform>%n neuer verpasster Anruf</numerusform>
            <numerusform>%n neue verpasste Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n ungelesene Nachricht</numerusform>
            <numerusform>%n ungelesene Nachrichten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomProfile</name>
    <message>
        <source>Set for this room&apos;s acoustics</source>
        <translation>Auf die Akustik dieses Raums eingestellt</translation>
    </message>
    <message>
        <source>Depends on how this room&apos;s camera is mounted</source>
        <translation>Hängt davon ab, wie die Kamera dieses Raums montiert ist</translation>
    </message>
    <message>
        <source>Depends on this room&apos;s network</source>
        <translation>Hängt vom Netzwerk dieses Raums ab</translation>
    </message>
    <message>
        <source>Each room keeps its own language</source>
        <translation>Jeder Raum behält seine eigene Sprache</translation>
    </message>
    <message>
        <source>Identifies this room</source>
        <translation>Identifiziert diesen Raum</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>This is not a RoomDeck settings profile</source>
        <translation>Dies ist kein RoomDeck-Einstellungsprofil</translation>
    </message>
    <message>
        <source>The profile has no version</source>
        <translation>Das Profil hat keine Version</translation>
    </message>
    <message>
        <source>The profile was saved by a newer RoomDeck (version %1)</source>
        <translation>Das Profil wurde von einem neueren RoomDeck gespeichert (Version %1)</translation>
    </message>
    <message>
        <source>The profile has an unknown version</source>
        <translation>Das Profil hat eine unbekannte Version</translation>
    </message>
    <message>
        <source>The profile has no settings</source>
        <translation>Das Profil enthält keine Einstellungen</translation>
    </message>
    <message>
        <source>The profile has too many settings</source>
        <translation>Das Profil enthält zu viele Einstellungen</translation>
    </message>
    <message>
        <source>The profile has a setting with an unusable name</source>
        <translation>Das Profil enthält eine Einstellung mit unbrauchbarem Namen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 KiB</source>
        <translation>die Datei ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
</context>
<context>
    <name>RoomScreenPreview</name>
    <message>
        <source>Preview of the room&apos;s screen</source>
        <translation>Vorschau des Raumbildschirms</translation>
    </message>
    <message>
        <source>Default background</source>
        <translation>Standardhintergrund</translation>
    </message>
    <message>
        <source>TrueConf Room</source>
        <translation>TrueConf Room</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Connection info</source>
        <translation>Verbindungsinfo</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Anstehende Besprechungen</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Eingehende Anfragen</translation>
    </message>
</context>
<context>
    <name>RoomSessionList</name>
    <message>
        <source>The call with %1 ended: %2</source>
        <translation>Der Anruf mit %1 wurde beendet: %2</translation>
    </message>
</context>
<context>
    <name>RoomSettings</name>
    <message>
        <source>The microphone level cannot be changed while automatic gain control is on</source>
        <translation>Der Mikrofonpegel kann nicht geändert werden, solange die automatische Verstärkungsregelung eingeschaltet ist</translation>
    </message>
    <message>
        <source>Changing the settings failed: %1</source>
        <translation>Ändern der Einstellungen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>RoomSignIn</name>
    <message>
        <source>RoomDeck could not read the room&apos;s settings at %1, so it does not know which WebSocket port this room uses.</source>
        <translation>RoomDeck konnte die Einstellungen des Raums unter %1 nicht lesen und weiß daher nicht, welchen WebSocket-Port dieser Raum verwendet.</translation>
    </message>
    <message>
        <source>Something answers on the default port %1. It may be a different room, or another instance on the same computer; signing in there could sign out its operator. Check the address shown on the room&apos;s screen.</source>
        <translation>Auf dem Standardport %1 antwortet etwas. Das kann ein anderer Raum oder eine andere Instanz auf demselben Computer sein; eine Anmeldung dort könnte deren Bediener abmelden. Prüfen Sie die Adresse, die auf dem Bildschirm des Raums angezeigt wird.</translation>
    </message>
    <message>
        <source>Room Found Only on the Default Port</source>
        <translation>Raum nur auf dem Standardport gefunden</translation>
    </message>
    <message>
        <source>Sign In There</source>
        <translation>Dort anmelden</translation>
    </message>
    <message>
        <source>Do Not Connect</source>
        <translation>Nicht verbinden</translation>
    </message>
    <message>
        <source>Signing in on the default port %1: config.json at %2 could not be read.</source>
        <translation>Anmeldung auf dem Standardport %1: config.json unter %2 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not connected: only the default port answered at %1, and that may be another room. The address was not remembered.</source>
        <translation>Nicht verbunden: Unter %1 hat nur der Standardport geantwortet, und das kann ein anderer Raum sein. Die Adresse wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>The PIN or password was not saved: %1</source>
        <translation>PIN oder Passwort wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The saved PIN or password of this room was forgotten: the room&apos;s protection changed. RoomDeck asks for the new one next time.</source>
        <translation>Die gespeicherte PIN bzw. das gespeicherte Passwort dieses Raums wurde vergessen: Der Schutz des Raums hat sich geändert. RoomDeck fragt beim nächsten Mal nach den neuen Zugangsdaten.</translation>
    </message>
    <message>
        <source>Sign in as Administrator</source>
        <translation>Als Administrator anmelden</translation>
    </message>
    <message>
        <source>Administrator password or PIN for %1.
Leave it empty if administrator mode is not protected.</source>
        <translation>Administratorpasswort oder PIN für %1.
Leer lassen, wenn der Administratormodus nicht geschützt ist.</translation>
    </message>
</context>
<context>
    <name>RoomTransport</name>
    <message>
        <source>Control panel unreachable (%1); trying the default WebSocket port %2</source>
        <translation>Bedienfeld nicht erreichbar (%1); Versuch über den Standard-WebSocket-Port %2</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The room sent a message larger than %1 MiB; the connection was closed</source>
        <translation>Der Raum hat eine Nachricht größer als %1 MiB gesendet; die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>The room closed the connection</source>
        <translation>Der Raum hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The room is going away (restarting or shutting down)</source>
        <translation>Der Raum geht offline (Neustart oder Herunterfahren)</translation>
    </message>
    <message>
        <source>The room closed the connection: %1</source>
        <translation>Der Raum hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <source>Connection refused by the room&apos;s WebSocket port %1</source>
        <translation>Verbindung vom WebSocket-Port %1 des Raums abgelehnt</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>WebSocket connection to %1 failed: %2</source>
        <translation>WebSocket-Verbindung zu %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1; the default WebSocket port %2 did not answer either</source>
        <translation>%1; der Standard-WebSocket-Port %2 hat ebenfalls nicht geantwortet</translation>
    </message>
    <message>
        <source>The room at %1 did not accept the WebSocket connection within %2 s</source>
        <translation>Der Raum unter %1 hat die WebSocket-Verbindung nicht innerhalb von %2 s angenommen</translation>
    </message>
    <message>
        <source>The room stopped answering (no keepalive reply within %1 s)</source>
        <translation>Der Raum antwortet nicht mehr (keine Keepalive-Antwort innerhalb von %1 s)</translation>
    </message>
    <message>
        <source>The port answered HTTP, not WebSocket: this is not the room&apos;s API port</source>
        <translation>Der Port hat mit HTTP geantwortet, nicht mit WebSocket: Das ist nicht der API-Port des Raums</translation>
    </message>
    <message>
        <source>The room keeps closing the connection right after sign-in (%1 times); retrying every %2 s. Last reason: %3</source>
        <translation>Der Raum schließt die Verbindung immer wieder direkt nach der Anmeldung (%1-mal); neuer Versuch alle %2 s. Letzter Grund: %3</translation>
    </message>
    <message>
        <source>The room keeps closing the connection right after it opens (%1 times); retrying every %2 s. Last reason: %3</source>
        <translation>Der Raum schließt die Verbindung immer wieder direkt nach dem Öffnen (%1-mal); neuer Versuch alle %2 s. Letzter Grund: %3</translation>
    </message>
</context>
<context>
    <name>RoomTray</name>
    <message>
        <source>RoomDeck</source>
        <translation>RoomDeck</translation>
    </message>
    <message>
        <source>Incoming call — %1</source>
        <translation>Eingehender Anruf — %1</translation>
    </message>
    <message>
        <source>%1 is calling %2. Open RoomDeck to answer.</source>
        <translation>%1 ruft %2 an. Öffnen Sie RoomDeck, um anzunehmen.</translation>
    </message>
    <message>
        <source>Accept %1 in %2</source>
        <translation>%1 in %2 annehmen</translation>
    </message>
    <message>
        <source>Decline %1 in %2</source>
        <translation>%1 in %2 ablehnen</translation>
    </message>
    <message>
        <source>Show RoomDeck</source>
        <translation>RoomDeck anzeigen</translation>
    </message>
</context>
<context>
    <name>RoomWebSocket</name>
    <message>
        <source>RoomDeck speaks only ws:// to rooms, not %1</source>
        <translation>RoomDeck spricht mit Räumen nur ws://, nicht %1</translation>
    </message>
    <message>
        <source>The port did not answer with HTTP: it is not a WebSocket server</source>
        <translation>Der Port hat nicht mit HTTP geantwortet: Er ist kein WebSocket-Server</translation>
    </message>
    <message>
        <source>The room&apos;s answer to the WebSocket handshake is larger than %1 KiB</source>
        <translation>Die Antwort des Raums auf den WebSocket-Handshake ist größer als %1 KiB</translation>
    </message>
    <message>
        <source>The room answered HTTP %1 instead of opening a WebSocket</source>
        <translation>Der Raum hat mit HTTP %1 geantwortet, statt einen WebSocket zu öffnen</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake lacks the header &quot;Upgrade: websocket&quot;</source>
        <translation>Dem WebSocket-Handshake des Raums fehlt der Header „Upgrade: websocket“</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake lacks the header &quot;Connection: Upgrade&quot;</source>
        <translation>Dem WebSocket-Handshake des Raums fehlt der Header „Connection: Upgrade“</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake lacks the header Sec-WebSocket-Accept</source>
        <translation>Dem WebSocket-Handshake des Raums fehlt der Header Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake has a wrong Sec-WebSocket-Accept</source>
        <translation>Der WebSocket-Handshake des Raums hat ein falsches Sec-WebSocket-Accept</translation>
    </message>
    <message>
        <source>The room&apos;s WebSocket handshake names an extension or subprotocol RoomDeck did not ask for</source>
        <translation>Der WebSocket-Handshake des Raums nennt eine Erweiterung oder ein Unterprotokoll, das RoomDeck nicht angefordert hat</translation>
    </message>
    <message>
        <source>The room sent a message larger than %1; RoomDeck closed the connection</source>
        <translation>Der Raum hat eine Nachricht größer als %1 gesendet; RoomDeck hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The room sent text that is not valid UTF-8; RoomDeck closed the connection</source>
        <translation>Der Raum hat Text gesendet, der kein gültiges UTF-8 ist; RoomDeck hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>a masked frame</source>
        <translation>ein maskierter Frame</translation>
    </message>
    <message>
        <source>reserved bits set</source>
        <translation>gesetzte reservierte Bits</translation>
    </message>
    <message>
        <source>an unknown opcode</source>
        <translation>ein unbekannter Opcode</translation>
    </message>
    <message>
        <source>a control frame longer than 125 bytes</source>
        <translation>ein Steuerframe länger als 125 Bytes</translation>
    </message>
    <message>
        <source>a fragmented control frame</source>
        <translation>ein fragmentierter Steuerframe</translation>
    </message>
    <message>
        <source>a continuation frame without a message</source>
        <translation>ein Fortsetzungsframe ohne Nachricht</translation>
    </message>
    <message>
        <source>a new message inside an unfinished one</source>
        <translation>eine neue Nachricht innerhalb einer unvollständigen</translation>
    </message>
    <message>
        <source>a frame length out of range</source>
        <translation>eine Framelänge außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>an invalid close frame</source>
        <translation>ein ungültiger Close-Frame</translation>
    </message>
    <message>
        <source>an invalid frame</source>
        <translation>ein ungültiger Frame</translation>
    </message>
    <message>
        <source>The room broke the WebSocket protocol (%1); RoomDeck closed the connection</source>
        <translation>Der Raum hat das WebSocket-Protokoll verletzt (%1); RoomDeck hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The room closed the connection in the middle of a message</source>
        <translation>Der Raum hat die Verbindung mitten in einer Nachricht geschlossen</translation>
    </message>
    <message>
        <source>The room closed the connection without a WebSocket close</source>
        <translation>Der Raum hat die Verbindung ohne WebSocket-Close geschlossen</translation>
    </message>
    <message>
        <source>The port closed the connection during the WebSocket handshake: it is not a WebSocket server</source>
        <translation>Der Port hat die Verbindung während des WebSocket-Handshakes geschlossen: Er ist kein WebSocket-Server</translation>
    </message>
    <message>
        <source>The connection to %1:%2 was refused</source>
        <translation>Die Verbindung zu %1:%2 wurde abgelehnt</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
</context>
<context>
    <name>RoomsMenu</name>
    <message>
        <source>Roo&amp;ms</source>
        <translation>R&amp;äume</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Next Room</source>
        <translation>&amp;Nächster Raum</translation>
    </message>
    <message>
        <source>&amp;Previous Room</source>
        <translation>&amp;Vorheriger Raum</translation>
    </message>
    <message>
        <source>&amp;Add Room…</source>
        <translation>Raum &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
</context>
<context>
    <name>SavedRoom</name>
    <message>
        <source>%1, instance %2</source>
        <translation>%1, Instanz %2</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ScreenLayout</name>
    <message>
        <source>Not signed in to the room</source>
        <translation>Nicht beim Raum angemeldet</translation>
    </message>
    <message>
        <source>The layout can be changed only during a call or conference</source>
        <translation>Das Layout kann nur während eines Anrufs oder einer Konferenz geändert werden</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Connection info</source>
        <translation>Verbindungsinfo</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>Aktueller Benutzer</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Eingehende Anfragen</translation>
    </message>
    <message>
        <source>Upcoming meetings</source>
        <translation>Anstehende Besprechungen</translation>
    </message>
    <message>
        <source>Info widgets</source>
        <translation>Info-Widgets</translation>
    </message>
    <message>
        <source>The room&apos;s settings are not available</source>
        <translation>Die Einstellungen des Raums sind nicht verfügbar</translation>
    </message>
    <message>
        <source>Only an administrator can read which widgets the room shows</source>
        <translation>Nur ein Administrator kann abfragen, welche Widgets der Raum anzeigt</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Ein Fenster</translation>
    </message>
    <message>
        <source>Equal windows</source>
        <translation>Gleich große Fenster</translation>
    </message>
    <message>
        <source>Large upper left, others around</source>
        <translation>Groß oben links, andere ringsum</translation>
    </message>
    <message>
        <source>Large top centre, others below</source>
        <translation>Groß oben mittig, andere darunter</translation>
    </message>
    <message>
        <source>Large left, others to the right</source>
        <translation>Groß links, andere rechts daneben</translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation>Layout %1</translation>
    </message>
    <message>
        <source>Unknown layout</source>
        <translation>Unbekanntes Layout</translation>
    </message>
    <message>
        <source>The room has no such monitor</source>
        <translation>Der Raum hat keinen solchen Monitor</translation>
    </message>
    <message>
        <source>No such video slot</source>
        <translation>Diesen Video-Slot gibt es nicht</translation>
    </message>
    <message>
        <source>A video slot is listed twice</source>
        <translation>Ein Video-Slot ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>Choose two different video slots</source>
        <translation>Wählen Sie zwei verschiedene Video-Slots</translation>
    </message>
    <message>
        <source>The room&apos;s main window is on that monitor</source>
        <translation>Das Hauptfenster des Raums ist auf diesem Monitor</translation>
    </message>
    <message>
        <source>No video slot is on that monitor</source>
        <translation>Auf diesem Monitor ist kein Video-Slot</translation>
    </message>
</context>
<context>
    <name>ScreenPage</name>
    <message>
        <source>The logo in the lower-left corner of the room&apos;s screen</source>
        <translation>Das Logo in der linken unteren Ecke des Raumbildschirms</translation>
    </message>
    <message>
        <source>The clock in the upper-right corner</source>
        <translation>Die Uhr in der rechten oberen Ecke</translation>
    </message>
    <message>
        <source>The room&apos;s address and ports, for connecting to it</source>
        <translation>Adresse und Ports des Raums, um sich mit ihm zu verbinden</translation>
    </message>
    <message>
        <source>The TrueConf ID the room is signed in with</source>
        <translation>Die TrueConf ID, mit der der Raum angemeldet ist</translation>
    </message>
    <message>
        <source>Requests that wait for an answer at the room</source>
        <translation>Anfragen, die im Raum auf eine Antwort warten</translation>
    </message>
    <message>
        <source>The room&apos;s next scheduled meetings</source>
        <translation>Die nächsten geplanten Besprechungen des Raums</translation>
    </message>
    <message>
        <source>All info widgets at once (the logo has its own switch)</source>
        <translation>Alle Info-Widgets auf einmal (das Logo hat einen eigenen Schalter)</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Bildschirm</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Hauptbildschirm</translation>
    </message>
    <message>
        <source>What the room&apos;s screen shows: the widgets that are on</source>
        <translation>Was der Bildschirm des Raums zeigt: die eingeschalteten Widgets</translation>
    </message>
    <message>
        <source>Default layouts</source>
        <translation>Standardlayouts</translation>
    </message>
    <message>
        <source>The layout a call starts in</source>
        <translation>Das Layout, mit dem ein Anruf beginnt</translation>
    </message>
    <message>
        <source>The layout a group conference starts in</source>
        <translation>Das Layout, mit dem eine Gruppenkonferenz beginnt</translation>
    </message>
    <message>
        <source>Calls:</source>
        <translation>Anrufe:</translation>
    </message>
    <message>
        <source>Group conferences:</source>
        <translation>Gruppenkonferenzen:</translation>
    </message>
    <message>
        <source>Monitors</source>
        <translation>Monitore</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Room window</source>
        <translation>Raumfenster</translation>
    </message>
    <message>
        <source>The room&apos;s monitors</source>
        <translation>Die Monitore des Raums</translation>
    </message>
    <message>
        <source>Show the room&apos;s window here</source>
        <translation>Das Fenster des Raums hier anzeigen</translation>
    </message>
    <message>
        <source>Move the room&apos;s main window to the selected monitor</source>
        <translation>Das Hauptfenster des Raums auf den ausgewählten Monitor verschieben</translation>
    </message>
    <message>
        <source>Layout in the call</source>
        <translation>Layout im Anruf</translation>
    </message>
    <message>
        <source>The layout of the room&apos;s main window now</source>
        <translation>Das aktuelle Layout des Hauptfensters des Raums</translation>
    </message>
    <message>
        <source>Layout now</source>
        <translation>Aktuelles Layout</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Video slots in the call</source>
        <translation>Video-Slots im Anruf</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Take the selected video off the main window</source>
        <translation>Das ausgewählte Video aus dem Hauptfenster nehmen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <source>Put the selected hidden video back on the main window</source>
        <translation>Das ausgewählte ausgeblendete Video wieder ins Hauptfenster setzen</translation>
    </message>
    <message>
        <source>Back to the main window</source>
        <translation>Zurück ins Hauptfenster</translation>
    </message>
    <message>
        <source>Bring the selected video back from its extra monitor</source>
        <translation>Das ausgewählte Video von seinem zusätzlichen Monitor zurückholen</translation>
    </message>
    <message>
        <source>Swap with</source>
        <translation>Tauschen mit</translation>
    </message>
    <message>
        <source>The video to trade places with</source>
        <translation>Das Video, mit dem der Platz getauscht wird</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Let the selected video and the chosen one trade places</source>
        <translation>Das ausgewählte und das gewählte Video tauschen die Plätze</translation>
    </message>
    <message>
        <source>Extra monitor</source>
        <translation>Zusätzlicher Monitor</translation>
    </message>
    <message>
        <source>A monitor the room&apos;s window is not on</source>
        <translation>Ein Monitor, auf dem das Fenster des Raums nicht ist</translation>
    </message>
    <message>
        <source>Move to monitor</source>
        <translation>Auf Monitor verschieben</translation>
    </message>
    <message>
        <source>Show the selected video alone on the chosen monitor</source>
        <translation>Das ausgewählte Video allein auf dem gewählten Monitor anzeigen</translation>
    </message>
    <message>
        <source>The preview shows the widgets as the room reports them.</source>
        <translation>Die Vorschau zeigt die Widgets so, wie der Raum sie meldet.</translation>
    </message>
    <message>
        <source>The preview shows the widgets as the room&apos;s settings have them; an administrator sees what the room reports.</source>
        <translation>Die Vorschau zeigt die Widgets laut den Einstellungen des Raums; ein Administrator sieht, was der Raum meldet.</translation>
    </message>
    <message>
        <source>Monitor %1</source>
        <translation>Monitor %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>The room&apos;s main window now; changes apply at once.</source>
        <translation>Das aktuelle Hauptfenster des Raums; Änderungen gelten sofort.</translation>
    </message>
    <message>
        <source>Available during a call or conference.</source>
        <translation>Verfügbar während eines Anrufs oder einer Konferenz.</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Monitor: %1</source>
        <translation>Monitor: %1</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Not in this layout</source>
        <translation>Nicht in diesem Layout</translation>
    </message>
    <message>
        <source>The room&apos;s screen was not changed: %1</source>
        <translation>Der Bildschirm des Raums wurde nicht geändert: %1</translation>
    </message>
    <message>
        <source>This room&apos;s camera</source>
        <translation>Kamera dieses Raums</translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <source>nothing to connect</source>
        <translation>nichts zu verbinden</translation>
    </message>
    <message>
        <source>the window is gone</source>
        <translation>das Fenster ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>the window could not be captured</source>
        <translation>das Fenster konnte nicht aufgenommen werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>connected, but the room&apos;s data was not ready to show within %1 s</source>
        <translation>verbunden, aber die Daten des Raums waren nicht innerhalb von %1 s zur Anzeige bereit</translation>
    </message>
    <message>
        <source>the room was not connected within %1 s (still: %2)</source>
        <translation>der Raum war nicht innerhalb von %1 s verbunden (Stand: %2)</translation>
    </message>
</context>
<context>
    <name>SecurityPanel</name>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Administrator mode:</source>
        <translation>Administratormodus:</translation>
    </message>
    <message>
        <source>User mode:</source>
        <translation>Benutzermodus:</translation>
    </message>
    <message>
        <source>Mode to protect</source>
        <translation>Zu schützender Modus</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Neues &amp;Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Wiederho&amp;len:</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>A&amp;nwenden…</translation>
    </message>
    <message>
        <source>Read Again</source>
        <translation>Erneut lesen</translation>
    </message>
    <message>
        <source>Copy PIN</source>
        <translation>PIN kopieren</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Clear Tokens</source>
        <translation>Tokens löschen</translation>
    </message>
    <message>
        <source>C&amp;lear Tokens…</source>
        <translation>&amp;Tokens löschen…</translation>
    </message>
    <message>
        <source>Every saved sign-in token and HTTP token stops working. Open connections stay; consoles and scripts sign in with the PIN or password next time.</source>
        <translation>Alle gespeicherten Anmelde-Tokens und HTTP-Tokens werden ungültig. Offene Verbindungen bleiben bestehen; Konsolen und Skripte melden sich beim nächsten Mal mit PIN oder Passwort an.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Hardware &amp;key:</source>
        <translation>Hardwares&amp;chlüssel:</translation>
    </message>
    <message>
        <source>Hardware key</source>
        <translation>Hardwareschlüssel</translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation>Noch nicht gelesen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Licence ke&amp;y:</source>
        <translation>Lizen&amp;zschlüssel:</translation>
    </message>
    <message>
        <source>Licence key</source>
        <translation>Lizenzschlüssel</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Ac&amp;tivate</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Administrator mode</source>
        <translation>Administratormodus</translation>
    </message>
    <message>
        <source>User mode</source>
        <translation>Benutzermodus</translation>
    </message>
    <message>
        <source>%1 is now protected by PIN %2, which the room generated.</source>
        <translation>%1: jetzt durch die PIN %2 geschützt, die der Raum erzeugt hat.</translation>
    </message>
    <message>
        <source>%1 is now protected by the new password.</source>
        <translation>%1: jetzt durch das neue Passwort geschützt.</translation>
    </message>
    <message>
        <source>%1 is now open: no PIN or password is needed.</source>
        <translation>%1: jetzt ungeschützt, weder PIN noch Passwort erforderlich.</translation>
    </message>
    <message>
        <source>Tokens cleared. Saved sign-ins elsewhere need the PIN or password again.</source>
        <translation>Tokens gelöscht. Gespeicherte Anmeldungen an anderer Stelle benötigen wieder PIN oder Passwort.</translation>
    </message>
    <message>
        <source>Enter the new password twice</source>
        <translation>Geben Sie das neue Passwort zweimal ein</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Set the protection of %1 to “%2”?</source>
        <translation>Schutz für %1 auf „%2“ setzen?</translation>
    </message>
    <message>
        <source>User mode becomes open too: it may not be protected while Administrator mode is open.</source>
        <translation>Der Benutzermodus wird ebenfalls ungeschützt: Er darf nicht geschützt sein, solange der Administratormodus ungeschützt ist.</translation>
    </message>
    <message>
        <source>This console stays signed in and uses the new protection from now on.</source>
        <translation>Diese Konsole bleibt angemeldet und verwendet ab jetzt den neuen Schutz.</translation>
    </message>
    <message>
        <source>Consoles signed in to that mode have to sign in again.</source>
        <translation>Konsolen, die in diesem Modus angemeldet sind, müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Change Protection</source>
        <translation>Schutz ändern</translation>
    </message>
    <message>
        <source>Changing the protection…</source>
        <translation>Schutz wird geändert…</translation>
    </message>
    <message>
        <source>Invalidate every token the room has issued? Saved sign-ins of other consoles and scripts stop working.</source>
        <translation>Alle vom Raum ausgestellten Tokens ungültig machen? Gespeicherte Anmeldungen anderer Konsolen und Skripte funktionieren dann nicht mehr.</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <source>Hardware key copied to the clipboard.</source>
        <translation>Hardwareschlüssel in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Chan&amp;ge:</source>
        <translation>Än&amp;dern:</translation>
    </message>
    <message>
        <source>R&amp;ead Again</source>
        <translation>Erneut le&amp;sen</translation>
    </message>
    <message>
        <source>Reveal PINs</source>
        <translation>PINs anzeigen</translation>
    </message>
    <message>
        <source>Show the PINs in clear text while this is pressed</source>
        <translation>Die PINs im Klartext anzeigen, solange die Schaltfläche gedrückt ist</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
</context>
<context>
    <name>SecurityState</name>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>PIN generated by the room</source>
        <translation>Vom Raum erzeugte PIN</translation>
    </message>
    <message>
        <source>No protection</source>
        <translation>Kein Schutz</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>PIN %1</source>
        <translation>PIN %1</translation>
    </message>
    <message>
        <source>Licence activated</source>
        <translation>Lizenz aktiviert</translation>
    </message>
    <message>
        <source>tariff %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <source>valid from %1 to %2</source>
        <translation>gültig von %1 bis %2</translation>
    </message>
    <message>
        <source>The room did not activate the licence (status %1)</source>
        <translation>Der Raum hat die Lizenz nicht aktiviert (Status %1)</translation>
    </message>
    <message>
        <source>Choose the mode to protect</source>
        <translation>Wählen Sie den zu schützenden Modus</translation>
    </message>
    <message>
        <source>Enter the new password</source>
        <translation>Geben Sie das neue Passwort ein</translation>
    </message>
    <message>
        <source>Protect the Administrator mode first: User mode may not be protected while Administrator mode is open</source>
        <translation>Schützen Sie zuerst den Administratormodus: Der Benutzermodus darf nicht geschützt sein, solange der Administratormodus ungeschützt ist</translation>
    </message>
    <message>
        <source>Changing the protection failed: %1</source>
        <translation>Ändern des Schutzes fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Clearing the tokens failed: %1</source>
        <translation>Löschen der Tokens fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Reading the hardware key failed: %1</source>
        <translation>Lesen des Hardwareschlüssels fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Activating the licence failed: %1</source>
        <translation>Aktivieren der Lizenz fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>SelfView</name>
    <message>
        <source>Camera picture</source>
        <translation>Kamerabild</translation>
    </message>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Broken picture</source>
        <translation>Fehlerhaftes Bild</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>%1 s old</source>
        <translation>vor %1 s</translation>
    </message>
    <message numerus="yes">
        <source>Last picture %n second(s) ago</source>
        <translation>
            <numerusform>Letztes Bild vor %n Sekunde</numerusform>
            <numerusform>Letztes Bild vor %n Sekunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerAccountState</name>
    <message>
        <source>TrueConf Online</source>
        <translation>TrueConf Online</translation>
    </message>
    <message>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ServerPanel</name>
    <message>
        <source>TrueConf server connection</source>
        <translation>Verbindung zum TrueConf-Server</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>Aktuell:</translation>
    </message>
    <message>
        <source>TrueConf Server</source>
        <translation>TrueConf Server</translation>
    </message>
    <message>
        <source>video.example.com or 10.0.0.5</source>
        <translation>video.example.com oder 10.0.0.5</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Serverport</translation>
    </message>
    <message>
        <source>TrueConf Online (the public cloud service)</source>
        <translation>TrueConf Online (der öffentliche Cloud-Dienst)</translation>
    </message>
    <message>
        <source>TrueConf &amp;Online (the public cloud service)</source>
        <translation>TrueConf &amp;Online (der öffentliche Cloud-Dienst)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Room account</source>
        <translation>Raumkonto</translation>
    </message>
    <message>
        <source>&amp;TrueConf ID:</source>
        <translation>&amp;TrueConf ID:</translation>
    </message>
    <message>
        <source>Room account TrueConf ID</source>
        <translation>TrueConf ID des Raumkontos</translation>
    </message>
    <message>
        <source>room101 or room101@video.example.com</source>
        <translation>room101 oder room101@video.example.com</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pa&amp;sswort:</translation>
    </message>
    <message>
        <source>Room account password</source>
        <translation>Passwort des Raumkontos</translation>
    </message>
    <message>
        <source>Encrypt the password (turn off for LDAP / Active Directory accounts)</source>
        <translation>Passwort verschlüsseln (für LDAP-/Active-Directory-Konten ausschalten)</translation>
    </message>
    <message>
        <source>&amp;Encrypt the password (turn off for LDAP / Active Directory accounts)</source>
        <translation>Passwort verschl&amp;üsseln (für LDAP-/Active-Directory-Konten ausschalten)</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>Anmel&amp;den</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Logged in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Logged in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>The room logs in once it is connected to a server and not logged in yet</source>
        <translation>Der Raum kann sich anmelden, sobald er mit einem Server verbunden und noch nicht angemeldet ist</translation>
    </message>
    <message>
        <source>The room is in a call; it ends when the room leaves its server.</source>
        <translation>Der Raum ist in einem Anruf; er endet, wenn der Raum seinen Server verlässt.</translation>
    </message>
    <message>
        <source>%1, port %2</source>
        <translation>%1, Port %2</translation>
    </message>
    <message>
        <source>TrueConf Online</source>
        <translation>TrueConf Online</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbinden mit %1</translation>
    </message>
    <message>
        <source>Connecting the room to %1…</source>
        <translation>Der Raum wird mit %1 verbunden…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message>
        <source>The room accepted; it reports the result above.</source>
        <translation>Der Raum hat den Befehl angenommen; das Ergebnis erscheint oben.</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Logging in as %1…</source>
        <translation>Anmeldung als %1…</translation>
    </message>
    <message>
        <source>Log the room out of %1? Nobody can call it until it logs in again.</source>
        <translation>Den Raum vom Konto %1 abmelden? Niemand kann ihn anrufen, bis er sich wieder anmeldet.</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>TrueConf Ser&amp;ver:</source>
        <translation>TrueConf Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>Verbi&amp;nden</translation>
    </message>
    <message>
        <source>Log O&amp;ut…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>SettingsCatalogue</name>
    <message>
        <source>One window only</source>
        <translation>Nur ein Fenster</translation>
    </message>
    <message>
        <source>Equal windows</source>
        <translation>Gleich große Fenster</translation>
    </message>
    <message>
        <source>One large upper left, the rest around</source>
        <translation>Ein großes oben links, die übrigen ringsum</translation>
    </message>
    <message>
        <source>One large top centre, the rest below</source>
        <translation>Ein großes oben mittig, die übrigen darunter</translation>
    </message>
    <message>
        <source>One large left, the rest to the right</source>
        <translation>Ein großes links, die übrigen rechts daneben</translation>
    </message>
    <message>
        <source>Echo cancellation</source>
        <translation>Echounterdrückung</translation>
    </message>
    <message>
        <source>Automatic gain control</source>
        <translation>Automatische Verstärkungsregelung</translation>
    </message>
    <message>
        <source>Loudspeaker volume</source>
        <translation>Lautsprecherlautstärke</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Mirror the self-view</source>
        <translation>Eigenes Bild spiegeln</translation>
    </message>
    <message>
        <source>Hide the self-view while the camera is off</source>
        <translation>Eigenes Bild ausblenden, solange die Kamera aus ist</translation>
    </message>
    <message>
        <source>Self-view rotation</source>
        <translation>Drehung der Eigenansicht</translation>
    </message>
    <message>
        <source>0°</source>
        <translation>0°</translation>
    </message>
    <message>
        <source>90°</source>
        <translation>90°</translation>
    </message>
    <message>
        <source>180°</source>
        <translation>180°</translation>
    </message>
    <message>
        <source>270°</source>
        <translation>270°</translation>
    </message>
    <message>
        <source>Names over video</source>
        <translation>Namen über dem Video</translation>
    </message>
    <message>
        <source>Name label alignment</source>
        <translation>Ausrichtung der Namensbeschriftung</translation>
    </message>
    <message>
        <source>Highlight active speakers</source>
        <translation>Aktive Sprecher hervorheben</translation>
    </message>
    <message>
        <source>Best quality for frame pictures</source>
        <translation>Beste Qualität für Einzelbilder</translation>
    </message>
    <message>
        <source>QR code recognition</source>
        <translation>QR-Code-Erkennung</translation>
    </message>
    <message>
        <source>Accept calls automatically</source>
        <translation>Anrufe automatisch annehmen</translation>
    </message>
    <message>
        <source>Accept podium invitations automatically</source>
        <translation>Einladungen zum Podium automatisch annehmen</translation>
    </message>
    <message>
        <source>Let participants take the podium unasked</source>
        <translation>Teilnehmer ungefragt aufs Podium lassen</translation>
    </message>
    <message>
        <source>Remote camera control</source>
        <translation>Kamerafernsteuerung</translation>
    </message>
    <message>
        <source>Allow everyone</source>
        <translation>Allen erlauben</translation>
    </message>
    <message>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <source>Always forbid</source>
        <translation>Immer verbieten</translation>
    </message>
    <message>
        <source>Recording policy</source>
        <translation>Aufzeichnungsrichtlinie</translation>
    </message>
    <message>
        <source>Restore the window on a call</source>
        <translation>Fenster bei einem Anruf wiederherstellen</translation>
    </message>
    <message>
        <source>Show the logo</source>
        <translation>Logo anzeigen</translation>
    </message>
    <message>
        <source>Show the clock</source>
        <translation>Uhr anzeigen</translation>
    </message>
    <message>
        <source>Show the information widgets</source>
        <translation>Info-Widgets anzeigen</translation>
    </message>
    <message>
        <source>Show the connection details</source>
        <translation>Verbindungsdetails anzeigen</translation>
    </message>
    <message>
        <source>Show the signed-in account</source>
        <translation>Angemeldetes Konto anzeigen</translation>
    </message>
    <message>
        <source>Show incoming requests</source>
        <translation>Eingehende Anfragen anzeigen</translation>
    </message>
    <message>
        <source>Show upcoming meetings</source>
        <translation>Anstehende Besprechungen anzeigen</translation>
    </message>
    <message>
        <source>Default layout of a call</source>
        <translation>Standardlayout eines Anrufs</translation>
    </message>
    <message>
        <source>Default layout of a conference</source>
        <translation>Standardlayout einer Konferenz</translation>
    </message>
    <message>
        <source>Language of the room</source>
        <translation>Sprache des Raums</translation>
    </message>
    <message>
        <source>Incoming bandwidth (kbit/s)</source>
        <translation>Eingehende Bandbreite (kbit/s)</translation>
    </message>
    <message>
        <source>Outgoing bandwidth (kbit/s)</source>
        <translation>Ausgehende Bandbreite (kbit/s)</translation>
    </message>
    <message>
        <source>New user PIN after each conference</source>
        <translation>Neue Benutzer-PIN nach jeder Konferenz</translation>
    </message>
    <message>
        <source>Sign in to the server automatically</source>
        <translation>Automatisch am Server anmelden</translation>
    </message>
    <message>
        <source>Forbid direct connections</source>
        <translation>Direktverbindungen verbieten</translation>
    </message>
    <message>
        <source>Refuse callers not in the address book</source>
        <translation>Anrufer ablehnen, die nicht im Adressbuch stehen</translation>
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
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Main screen</source>
        <translation>Hauptbildschirm</translation>
    </message>
    <message>
        <source>Network and bandwidth</source>
        <translation>Netzwerk und Bandbreite</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Other (not described by the API)</source>
        <translation>Sonstige (nicht von der API beschrieben)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>%1 takes on or off</source>
        <translation>%1 erwartet ein oder aus</translation>
    </message>
    <message>
        <source>%1 takes a whole number</source>
        <translation>%1 erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 takes one of %2, not %3</source>
        <translation>%1 erwartet einen der Werte %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 erwartet eine Zahl</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3, not %4</source>
        <translation>%1 muss zwischen %2 und %3 liegen, nicht %4</translation>
    </message>
    <message>
        <source>%1 takes a text</source>
        <translation>%1 erwartet einen Text</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 takes a JSON value</source>
        <translation>%1 erwartet einen JSON-Wert</translation>
    </message>
    <message>
        <source>“%1” is not a value of %2</source>
        <translation>„%1“ ist kein Wert von %2</translation>
    </message>
    <message>
        <source>Only an administrator may change this security-related setting</source>
        <translation>Nur ein Administrator darf diese sicherheitsrelevante Einstellung ändern</translation>
    </message>
    <message>
        <source>Automatic gain control sets the microphone level while it is on</source>
        <translation>Solange die automatische Verstärkungsregelung eingeschaltet ist, stellt sie den Mikrofonpegel ein</translation>
    </message>
</context>
<context>
    <name>SettingsEdit</name>
    <message>
        <source>Not connected to a room</source>
        <translation>Nicht mit einem Raum verbunden</translation>
    </message>
    <message>
        <source>The room has no setting %1</source>
        <translation>Der Raum hat keine Einstellung %1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Search the settings</source>
        <translation>Einstellungen durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or value</source>
        <translation>Nach Name oder Wert suchen</translation>
    </message>
    <message>
        <source>Shows only the settings whose label, name or value contains this text</source>
        <translation>Zeigt nur die Einstellungen, deren Bezeichnung, Name oder Wert diesen Text enthält</translation>
    </message>
    <message>
        <source>The room&apos;s settings</source>
        <translation>Die Einstellungen des Raums</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Outcome of the last apply</source>
        <translation>Ergebnis des letzten Anwendens</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Forget the changes not applied yet: show the room&apos;s values</source>
        <translation>Noch nicht angewendete Änderungen verwerfen: die Werte des Raums anzeigen</translation>
    </message>
    <message>
        <source>Revert the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Anwe&amp;nden</translation>
    </message>
    <message>
        <source>Send every change to the room at once; the room takes all of them or none</source>
        <translation>Alle Änderungen auf einmal an den Raum senden; der Raum übernimmt alle oder keine</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room accepted %n change(s).</source>
        <translation>
            <numerusform>Der Raum hat %n Änderung übernommen.</numerusform>
            <numerusform>Der Raum hat %n Änderungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The room refused the changes and changed nothing: %1</source>
        <translation>Der Raum hat die Änderungen abgelehnt und nichts geändert: %1</translation>
    </message>
    <message>
        <source>The room refused the changes and changed nothing: %1 = %2 (%3)</source>
        <translation>Der Raum hat die Änderungen abgelehnt und nichts geändert: %1 = %2 (%3)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The room reports no settings.</source>
        <translation>Der Raum meldet keine Einstellungen.</translation>
    </message>
    <message>
        <source>The room&apos;s settings are not known yet.</source>
        <translation>Die Einstellungen des Raums sind noch nicht bekannt.</translation>
    </message>
    <message>
        <source>%1 (not described)</source>
        <translation>%1 (nicht beschrieben)</translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>Abgelehnt: %1 (%2)</translation>
    </message>
    <message>
        <source>Changed on the room meanwhile to %1; yours not applied yet</source>
        <translation>Inzwischen am Raum auf %1 geändert; Ihr Wert ist noch nicht angewendet</translation>
    </message>
    <message>
        <source>Changed, not applied yet (the room has %1)</source>
        <translation>Geändert, noch nicht angewendet (der Raum hat %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: not described by the room&apos;s API; edited as a raw value</source>
        <translation>%1: nicht von der API des Raums beschrieben; wird als Rohwert bearbeitet</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 auf %2</translation>
    </message>
</context>
<context>
    <name>ShownProbe</name>
    <message>
        <source>the address book was not shown within %1 s</source>
        <translation>das Adressbuch wurde nicht innerhalb von %1 s angezeigt</translation>
    </message>
    <message>
        <source>nothing to show</source>
        <translation>nichts anzuzeigen</translation>
    </message>
</context>
<context>
    <name>TileThumbnails</name>
    <message>
        <source>No camera</source>
        <translation>Keine Kamera</translation>
    </message>
    <message>
        <source>Camera off</source>
        <translation>Kamera aus</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>Nicht berechtigt</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Broken picture</source>
        <translation>Fehlerhaftes Bild</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>roomdeckctl</name>
    <message>
        <source>Usage: roomdeckctl [connection options] COMMAND [arguments] [--json]

Controls a TrueConf Room from scripts, one command per run, with the same core as RoomDeck.

</source>
        <translation>Aufruf: roomdeckctl [Verbindungsoptionen] COMMAND [Argumente] [--json]

Steuert einen TrueConf Room aus Skripten, ein Befehl pro Aufruf, mit demselben Kern wie RoomDeck.

</translation>
    </message>
    <message>
        <source>Secrets (PIN, password, tokens) are never printed: replies show them as &quot;***&quot;.

</source>
        <translation>Geheimnisse (PIN, Passwort, Tokens) werden nie ausgegeben: Antworten zeigen sie als &quot;***&quot;.

</translation>
    </message>
    <message>
        <source>Examples:
  ROOMDECK_PIN=1234 roomdeckctl --room 192.168.1.20:8088 status
  roomdeckctl --ws ws://192.168.1.20:8765 --json abook --filter alice
  roomdeckctl --room 192.168.1.20:8088 watch --event appStateChanged</source>
        <translation>Beispiele:
  ROOMDECK_PIN=1234 roomdeckctl --room 192.168.1.20:8088 status
  roomdeckctl --ws ws://192.168.1.20:8765 --json abook --filter alice
  roomdeckctl --room 192.168.1.20:8088 watch --event appStateChanged</translation>
    </message>
    <message>
        <source>no command given (try --help)</source>
        <translation>kein Befehl angegeben (siehe --help)</translation>
    </message>
    <message>
        <source>unknown command “%1” (try --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe --help)</translation>
    </message>
    <message>
        <source>%1 takes no arguments, got “%2”</source>
        <translation>%1 erwartet keine Argumente, erhalten: „%2“</translation>
    </message>
    <message>
        <source>%1 needs an argument (try --help)</source>
        <translation>%1 erwartet ein Argument (siehe --help)</translation>
    </message>
    <message>
        <source>%1 takes one argument, got %2</source>
        <translation>%1 erwartet genau ein Argument, erhalten: %2</translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 command</source>
        <translation>--%1 gehört zum Befehl %2</translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation>call: %1</translation>
    </message>
    <message>
        <source>--mode takes 0 (fit into 440x82 px) or 1 (original size), not “%1”</source>
        <translation>--mode erwartet 0 (in 440x82 px einpassen) oder 1 (Originalgröße), nicht „%1“</translation>
    </message>
    <message>
        <source>upload-logo: %1</source>
        <translation>upload-logo: %1</translation>
    </message>
    <message>
        <source>--for takes a number of seconds, not “%1”</source>
        <translation>--for erwartet eine Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>give either --room or --ws, not both</source>
        <translation>entweder --room oder --ws angeben, nicht beides</translation>
    </message>
    <message>
        <source>say which room: --room HOST[:WEBPORT] or --ws ws://HOST:PORT</source>
        <translation>Raum angeben: --room HOST[:WEBPORT] oder --ws ws://HOST:PORT</translation>
    </message>
    <message>
        <source>--instance needs --room: a ws:// address names one port already</source>
        <translation>--instance erfordert --room: eine ws://-Adresse bezeichnet bereits einen Port</translation>
    </message>
    <message>
        <source>--ws takes ws://HOST:PORT, not “%1”</source>
        <translation>--ws erwartet ws://HOST:PORT, nicht „%1“</translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, not “%1”</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden, nicht „%1“</translation>
    </message>
    <message>
        <source>--role takes admin or user, not “%1”</source>
        <translation>--role erwartet admin oder user, nicht „%1“</translation>
    </message>
    <message>
        <source>give either --pin or --password, not both</source>
        <translation>entweder --pin oder --password angeben, nicht beides</translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation>--%1 ist leer</translation>
    </message>
    <message>
        <source>both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; unset one</source>
        <translation>ROOMDECK_PIN und ROOMDECK_PASSWORD sind beide gesetzt; entfernen Sie eine</translation>
    </message>
    <message>
        <source>One connection per mode: a room keeps one Administrator and one User connection.
Signing in as Administrator signs out the Administrator already connected (an
operator&apos;s RoomDeck, say), and the same for User. This is why the read-only
commands sign in as User unless --role admin is given.

</source>
        <translation>Eine Verbindung pro Modus: Ein Raum hält je eine Administrator- und eine
Benutzerverbindung. Eine Anmeldung als Administrator meldet den bereits
verbundenen Administrator ab (etwa das RoomDeck eines Bedieners), ebenso bei
Benutzer. Deshalb melden sich die nur lesenden Befehle als Benutzer an, sofern
nicht --role admin angegeben ist.

</translation>
    </message>
    <message>
        <source>Connection options (every command):
  --room HOST[:WEBPORT]   the address shown on the room&apos;s screen; the WebSocket
                          and HTTP ports are read from the room&apos;s config.json
  -t, --instance NAME     the room instance started with -t NAME
  --ws ws://HOST:PORT     connect to this WebSocket port (no config.json)
  --pin PIN               sign in with the room&apos;s PIN
  --password PASSWORD     sign in with a password
                          Warning: every user of this computer can read these
                          two in the process list (ps), and they stay in the
                          shell history. Use ROOMDECK_PIN or ROOMDECK_PASSWORD
                          in the environment instead.
  --role admin|user       the access mode to ask for (default: user for status,
                          abook, participants, watch, camera, snapshot, mute,
                          unmute, volume and devices; admin otherwise)
  --timeout SECONDS       limit for connecting plus the command (default: 15;
                          watch: for connecting)
  --json                  machine-readable output: one JSON document
                          (watch: one JSON object per line)
  -v, --verbose           diagnostics on stderr
  -h, --help              show this help
  --version               show the version

</source>
        <translation>Verbindungsoptionen (für jeden Befehl):
  --room HOST[:WEBPORT]   die auf dem Bildschirm des Raums angezeigte Adresse;
                          WebSocket- und HTTP-Port werden aus der config.json
                          des Raums gelesen
  -t, --instance NAME     die mit -t NAME gestartete Rauminstanz
  --ws ws://HOST:PORT     mit diesem WebSocket-Port verbinden (ohne config.json)
  --pin PIN               mit der PIN des Raums anmelden
  --password PASSWORD     mit einem Passwort anmelden
                          Achtung: Jeder Benutzer dieses Computers kann diese
                          beiden Werte in der Prozessliste (ps) lesen, und sie
                          bleiben im Shell-Verlauf. Verwenden Sie stattdessen
                          ROOMDECK_PIN oder ROOMDECK_PASSWORD in der Umgebung.
  --role admin|user       der anzufragende Zugriffsmodus (Standard: user für
                          status, abook, participants, watch, camera, snapshot,
                          mute, unmute, volume und devices; sonst admin)
  --timeout SECONDS       Zeitlimit für Verbindungsaufbau plus Befehl
                          (Standard: 15; watch: nur für den Verbindungsaufbau)
  --json                  maschinenlesbare Ausgabe: ein JSON-Dokument
                          (watch: ein JSON-Objekt pro Zeile)
  -v, --verbose           Diagnosemeldungen auf stderr
  -h, --help              diese Hilfe anzeigen
  --version               die Version anzeigen

</translation>
    </message>
    <message>
        <source>  camera preset list      the camera&apos;s presets
  camera preset apply NAME
                          move the camera to the preset called NAME
  camera preset save NAME save the camera&apos;s position as preset NAME (a new
                          preset, or the one of that name updated)
</source>
        <translation>  camera preset list      die Presets der Kamera
  camera preset apply NAME
                          die Kamera auf das Preset namens NAME bewegen
  camera preset save NAME die Position der Kamera als Preset NAME speichern
                          (als neues Preset oder als Aktualisierung des
                          gleichnamigen)
</translation>
    </message>
    <message>
        <source>  snapshot FILE.jpg [--peer ID]
                          save one frame of the room&apos;s camera (or of conference
                          participant ID) as a JPEG; a picture that is not a
                          JPEG is refused (exit code 5) and nothing is written
</source>
        <translation>  snapshot FILE.jpg [--peer ID]
                          ein Einzelbild der Kamera des Raums (oder des
                          Konferenzteilnehmers ID) als JPEG speichern; ein Bild,
                          das kein JPEG ist, wird abgelehnt (Exit-Code 5), und
                          es wird nichts geschrieben
</translation>
    </message>
    <message>
        <source>%1 takes at most one argument, got %2</source>
        <translation>%1 erwartet höchstens ein Argument, erhalten: %2</translation>
    </message>
    <message>
        <source>camera takes: preset list | preset apply NAME | preset save NAME</source>
        <translation>camera erwartet: preset list | preset apply NAME | preset save NAME</translation>
    </message>
    <message>
        <source>camera preset %1: the name is empty</source>
        <translation>camera preset %1: der Name ist leer</translation>
    </message>
    <message>
        <source>camera preset %1: the name is longer than %2 characters</source>
        <translation>camera preset %1: der Name ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1 takes mic, camera or speaker, not “%2”</source>
        <translation>%1 erwartet mic, camera oder speaker, nicht „%2“</translation>
    </message>
    <message>
        <source>volume takes a number from 0 to 100, not “%1”</source>
        <translation>volume erwartet eine Zahl von 0 bis 100, nicht „%1“</translation>
    </message>
    <message>
        <source>snapshot: %1</source>
        <translation>snapshot: %1</translation>
    </message>
    <message>
        <source>--peer takes a participant&apos;s ID, not “%1”</source>
        <translation>--peer erwartet die ID eines Teilnehmers, nicht „%1“</translation>
    </message>
    <message>
        <source>  mute mic|camera|speaker, unmute mic|camera|speaker
                          mute the room&apos;s microphone, camera or loudspeaker,
                          or turn it on again
  volume [0-100]          print the room&apos;s volume, or set it
  devices                 the room&apos;s cameras, microphones and loudspeakers (the
                          ones in use marked *), what is muted, and the options
                          the room reports
</source>
        <translation>  mute mic|camera|speaker, unmute mic|camera|speaker
                          Mikrofon, Kamera oder Lautsprecher des Raums
                          stumm- bzw. ausschalten oder wieder einschalten
  volume [0-100]          die Lautstärke des Raums ausgeben oder einstellen
  devices                 Kameras, Mikrofone und Lautsprecher des Raums (die
                          verwendeten mit * markiert), was stummgeschaltet ist,
                          und die vom Raum gemeldeten Optionen
</translation>
    </message>
    <message>
        <source>  history [--missed]      the room&apos;s recent calls, newest first (--missed: only
                          the missed ones)
  history mark-seen       mark the missed calls seen
  history clear           delete the room&apos;s call history (admin)
  meetings                the room&apos;s scheduled meetings
  meetings join ID        join the scheduled meeting ID (as call \c\ID)
                          (history and meetings sign in as user but for
                          history clear and meetings join)
</source>
        <translation>  history [--missed]      die letzten Anrufe des Raums, neueste zuerst
                          (--missed: nur die verpassten)
  history mark-seen       die verpassten Anrufe als gesehen markieren
  history clear           den Anrufverlauf des Raums löschen (Administrator)
  meetings                die geplanten Besprechungen des Raums
  meetings join ID        der geplanten Besprechung ID beitreten (wie
                          call \c\ID)
                          (history und meetings melden sich als Benutzer an,
                          außer bei history clear und meetings join)
</translation>
    </message>
    <message>
        <source>  chat send ID TEXT       send TEXT to ID in a personal chat message
  chat send --all TEXT    send TEXT to everyone in the group conference
  chat list               the chat of the current call or conference
</source>
        <translation>  chat send ID TEXT       TEXT als persönliche Chatnachricht an ID senden
  chat send --all TEXT    TEXT an alle in der Gruppenkonferenz senden
  chat list               der Chat des aktuellen Anrufs bzw. der Konferenz
</translation>
    </message>
    <message>
        <source>  settings get [NAME]     the room&apos;s settings as NAME = VALUE (or one value)
  settings set NAME=VALUE...
                          change settings at once; the room takes all
                          or none (signs in as admin; --role user)
</source>
        <translation>  settings get [NAME]     die Einstellungen des Raums als NAME = VALUE (oder ein
                          einzelner Wert)
  settings set NAME=VALUE...
                          Einstellungen auf einmal ändern; der Raum übernimmt
                          alle oder keine (meldet sich als admin an;
                          --role user)
</translation>
    </message>
    <message>
        <source>  layout                  the default layouts; in a call the layout and its slots
  monitors                the room&apos;s monitors and where its window is
  widgets [NAME on|off]   the main-screen widget switches, or switch one
</source>
        <translation>  layout                  die Standardlayouts; im Anruf das Layout und
                          seine Slots
  monitors                die Monitore des Raums und wo sein Fenster ist
  widgets [NAME on|off]   die Widget-Schalter des Hauptbildschirms, oder einen
                          davon schalten
</translation>
    </message>
    <message>
        <source>agent-rooms takes the agent&apos;s address as --room HOST:PORT (no --ws, no --instance)</source>
        <translation>agent-rooms erwartet die Adresse des Agenten als --room HOST:PORT (ohne --ws, ohne --instance)</translation>
    </message>
    <message>
        <source>Commands:
  status                  connection, app state, role, TrueConf ID, server
  abook [--filter TEXT]   the address book; TEXT matches ID or name, any case
  call ID                 call a TrueConf ID (user, user@server,
                          user@server/instance) or join a conference (\c\NAME)
  accept                  answer the ringing call or invitation
  reject                  decline the ringing call or invitation
  hangup [--all]          end the call; --all ends a group conference for all
  participants            who is in the current call or conference
  upload-logo FILE [--mode 0|1]
                          upload an image and show it as the logo (admin);
                          mode 0 fits it into 440x82 px, 1 keeps its size
  reset-logo              back to the default logo (admin)
  reboot                  restart the room computer (admin)
  shutdown [--app]        power the room computer off; --app closes only the
                          TrueConf Room application (admin)
  send JSON               send one raw request object, such as
                          &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;, and print the reply
  send --file FILE [--raw]
                          the request object from FILE (- for standard input,
                          at most 1 MiB); --raw also prints the frame sent and
                          the frames received for it as -&gt; {...} and &lt;- {...}
                          (secrets as &quot;***&quot;); send JSON --raw does too
  watch [--for SECONDS] [--event NAME]...
                          print every event as one JSON object per line until
                          Ctrl+C, SIGTERM or --for ends it (exit code 0);
                          --event keeps only the events named
</source>
        <translation>Befehle:
  status                  Verbindung, App-Zustand, Rolle, TrueConf ID, Server
  abook [--filter TEXT]   das Adressbuch; TEXT passt auf ID oder Name,
                          ohne Beachtung der Groß-/Kleinschreibung
  call ID                 eine TrueConf ID anrufen (user, user@server,
                          user@server/instance) oder einer Konferenz beitreten
                          (\c\NAME)
  accept                  den klingelnden Anruf oder die Einladung annehmen
  reject                  den klingelnden Anruf oder die Einladung ablehnen
  hangup [--all]          den Anruf beenden; --all beendet eine
                          Gruppenkonferenz für alle
  participants            wer am aktuellen Anruf oder an der Konferenz teilnimmt
  upload-logo FILE [--mode 0|1]
                          ein Bild hochladen und als Logo anzeigen (admin);
                          Modus 0 passt es in 440x82 px ein, 1 behält die Größe
  reset-logo              zurück zum Standardlogo (admin)
  reboot                  den Raumcomputer neu starten (admin)
  shutdown [--app]        den Raumcomputer ausschalten; --app beendet nur die
                          Anwendung TrueConf Room (admin)
  send JSON               ein rohes Anfrageobjekt senden, etwa
                          &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;, und die Antwort ausgeben
  send --file FILE [--raw]
                          das Anfrageobjekt aus FILE (- für die Standardeingabe,
                          höchstens 1 MiB); --raw gibt auch den gesendeten Frame
                          und die dazu empfangenen als -&gt; {...} und &lt;- {...} aus
                          (Geheimnisse als &quot;***&quot;); send JSON --raw ebenso
  watch [--for SECONDS] [--event NAME]...
                          jedes Ereignis als JSON-Objekt pro Zeile ausgeben, bis
                          Ctrl+C, SIGTERM oder --for es beendet (Exit-Code 0);
                          --event behält nur die genannten Ereignisse
</translation>
    </message>
    <message>
        <source>Exit codes:
  0    success
  1    settings diff: the settings differ; check: a warning
  2    usage error: bad command line, argument or file; nothing was sent
  3    room not found or not reachable, discovery failed, connection lost
  4    authentication failed: wrong PIN or password, or the room signed this
       client out
  5    the room refused the command (its message is printed), or roomdeckctl
       refused it first: admin-only with --role user, nothing to answer ...
  6    timeout: no answer within --timeout
  7    check: the room is not ready (an item is a problem)
  8    log: no history file, or it cannot be read (locked, damaged, newer)
  130  interrupted by SIGINT (143: SIGTERM); watch ends with 0 instead

</source>
        <translation>Exit-Codes:
  0    Erfolg
  1    settings diff: die Einstellungen weichen ab; check: eine Warnung
  2    Aufruffehler: falsche Befehlszeile, Argument oder Datei; nichts gesendet
  3    Raum nicht gefunden/erreichbar, Suche gescheitert, Verbindung verloren
  4    Authentifizierung fehlgeschlagen: falsche PIN oder falsches Passwort,
       oder der Raum hat diesen Client abgemeldet
  5    der Raum lehnte den Befehl ab (seine Meldung wird ausgegeben) oder schon
       roomdeckctl: nur für admin bei --role user, nichts anzunehmen ...
  6    Zeitüberschreitung: keine Antwort innerhalb von --timeout
  7    check: der Raum ist nicht bereit (ein Punkt ist ein Problem)
  8    log: Verlaufsdatei fehlt oder ist unlesbar (gesperrt, beschädigt, neuer)
  130  unterbrochen durch SIGINT (143: SIGTERM); watch endet stattdessen mit 0

</translation>
    </message>
</context>
</TS>
