<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddressBookPanel</name>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the address book by name and TrueConf ID as you type; Down moves to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s address book, available contacts first. Enter or double-click calls the contact; the context menu has more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call this contact from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the contact&apos;s TrueConf ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to Address Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a TrueConf ID to the room&apos;s address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Address Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this contact from the room&apos;s address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the name the room shows for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The address book appears once the room is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s address book is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrandingState</name>
    <message>
        <source>fitted into 440×82 at the lower left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown at its original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom logo (file %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallBanner</name>
    <message>
        <source>Call notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers the incoming call or invitation on the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declines the incoming call or invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops ringing the person being called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the message about the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation to “%1” (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call did not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing for %1 — waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallSession</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommandLine</name>
    <message>
        <source>no command given (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1” (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no arguments, got “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an argument (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one argument, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to the %2 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--mode takes 0 (fit into 440x82 px) or 1 (original size), not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload-logo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: the argument is not JSON: %1 at offset %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: the argument must be a JSON object such as &apos;{&quot;method&quot;:&quot;getMicMute&quot;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send: the request needs a &quot;method&quot; string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--for takes a number of seconds, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --room or --ws, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which room: --room HOST[:WEBPORT] or --ws ws://HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--instance needs --room: a ws:// address names one port already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ws takes ws://HOST:PORT, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a positive number of seconds, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role takes admin or user, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --pin or --password, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; unset one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>; if you know the room&apos;s WebSocket port, try --ws ws://%1:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room signed this client out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost the connection to the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeckctl: note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeckctl: connecting to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the command&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room did not answer within %1 s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeckctl: signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room refused %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the room is in state “%2” (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot call now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1: the room accepted the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference ended for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not in a call or conference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room shows its default logo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room computer is restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TrueConf Room application is closing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room computer is shutting down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2.%3 build %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP port %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueConf ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRUECONF ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRESENCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIDEO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload-logo needs Administrator access; this connection is signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upload-logo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted into 440x82 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at its original size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo set: %1 (%2) is file %3, shown %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConferencePanel</name>
    <message>
        <source>No call in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone in the room&apos;s call, with microphone, camera and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones (DTMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone keypad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends DTMF tones into the call, for example to enter a conference PIN on a gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 1 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 2 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 3 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 4 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 5 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 6 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 7 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 8 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 9 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone star into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone 0 into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tone hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the DTMF tone hash into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the tone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last call was not answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is free for a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ringing: waiting for an answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling the room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a contact, or type a TrueConf ID above and press Enter.
Participants appear here during a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants appear here once the call is answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call has lasted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address shown on the room&apos;s screen (its IP address and control-panel port), or a WebSocket address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.168.1.20:8088 or ws://host:8765</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a room started as a separate instance (-t NAME); leave empty otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in a&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = unsecured room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (Administrator if allowed, else User)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address and port are shown on the room&apos;s main screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects straight to the WebSocket port; config.json is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports are read from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent rooms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms this console connected to before. Select one to fill in the fields; double-click to connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select to fill in the fields; double-click to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected room from this list and its PIN or password from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected room from the recent rooms and its PIN or password from the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IP address and control-panel port shown on the room&apos;s screen, or a WebSocket address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. Board room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An optional label for the recent rooms list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a room started as a separate instance; leave empty otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access level to ask the room for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if the room is not protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the PIN/password in the &amp;keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the secret in the system keyring (never in RoomDeck&apos;s settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember the PIN or password in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the secret in the system keyring, never in RoomDeck&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN or password is in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PIN or password is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the PIN or password from the keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN or password was filled in from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is available: the PIN or password is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the keyring ever holds the secret; RoomDeck&apos;s settings never do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Nothing is stored in the keyring for this room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring service is available (Secret Service on the session D-Bus): %1. RoomDeck will ask for the PIN or password each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring request was abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPanel</name>
    <message>
        <source>&amp;Dial:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueConf ID, user@server or \c\conference (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TrueConf ID to call: user, user@server, user@server/instance, or \c\ and a conference name. Enter calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls the TrueConf ID in the dial field from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the room&apos;s call, or cancels a call that is still ringing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends the group conference for every participant (owner or moderator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a TrueConf ID or pick a contact; Enter or Ctrl+Enter calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joins the conference “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rings only this instance of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room completes the server (user@server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room logged out of its account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call refused by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call from %1 declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 joined the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left the conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting “%1” changed to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Presence changed for %n contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Custom event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, logged in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect attempt %1 in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the JSON the room sent for the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an entry to see the JSON the room sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every entry from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no JSON: RoomDeck wrote it, not the room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows every entry of the event log or only one kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the JSON the room sent for the selected entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected entries to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes every entry from the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room events, failed commands, connection changes and notices, newest last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the connection to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RoomDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ports read from config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket address given directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default port assumed: config.json was unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: simulated room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoomDeck started its built-in room simulator (--demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoomDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — RoomDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RoomDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RoomDeck %1

An operator console for TrueConf Room meeting rooms.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console and, for administrators, the room&apos;s settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a room (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect at once instead of waiting (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;Administrator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again as Administrator with the administrator password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to &amp;User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up administrator access and continue as User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the TrueConf ID in the dial field (Ctrl+Enter or F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline the incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hang Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the call, or stop ringing (Ctrl+H; Esc asks first during a call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang Up for &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the group conference for every participant (owner or moderator only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Dial Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room could not log in to its TrueConf server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop ringing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declining the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang Up for All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the conference for every participant?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN or password was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator password or PIN for %1.
Leave it empty if administrator mode is not protected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot call “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending the conference for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanging up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the room&apos;s call now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the tone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is calling the room. Open RoomDeck to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room refused the call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to Address Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueConf ID to add (user or user@server):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a person&apos;s TrueConf ID can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name to show for %1 (leave empty for the server&apos;s name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 to the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from Address Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the room&apos;s address book?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1 from the address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring: PINs and passwords are asked each time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Microphone: %2
Camera: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantTableModel</name>
    <message>
        <source>%1 (this room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerDelegate</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerListModel</name>
    <message>
        <source>Could not load the address book: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerText</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestOutcome</name>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Room</name>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined by the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call was not declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action cannot be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insufficient resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the callee&apos;s friend list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system rating is too low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference has not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conference has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote server is unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Federation refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <source>RoomDeck closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the room&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room computer is restarting; RoomDeck reconnects when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room computer is shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room application was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the room was lost before the reply (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room refused to switch this connection to User: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room did not answer the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room refused an unsecured sign-in as %1: it is protected by a PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN or password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room no longer accepts the saved sign-in token for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the room said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room could not report its state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sent an unreadable message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room could not read a message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room refused the command without giving a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is managed by RoomDeck&apos;s sign-in; use Connect or Sign in instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs Administrator access; this console is signed in as User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is not connected (reconnecting in %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the room is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply from the room within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the room was not ready within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; still signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomDeckApp</name>
    <message>
        <source>roomdeck: both ROOMDECK_PIN and ROOMDECK_PASSWORD are set; using ROOMDECK_PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator console for TrueConf Room meeting rooms.

A PIN or password is read from the environment variable ROOMDECK_PIN or ROOMDECK_PASSWORD, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a simulated room in this process and connect to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the room at ADDRESS: HOST[:PORT] as shown on the room&apos;s screen, http://HOST:PORT/… or ws://HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room instance (rooms started with -t NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as admin or user (default: admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo or --room: once the room is loaded, save the window as a PNG to FILE and exit (2 if the room cannot be reached).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: --demo and --room cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: --screenshot needs --demo or --room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: --role must be admin or user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: no display found (DISPLAY and WAYLAND_DISPLAY are unset); use --demo, or --screenshot FILE with --room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: no display found; the demo runs offscreen and writes a screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: could not start the demo room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: invalid --room: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: screenshot written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: screenshot failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --demo: bring the simulated room into STATE first (idle, incoming, outgoing, conference); for screenshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roomdeck: --demo-state must be idle, incoming, outgoing or conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueConf ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try to reconnect at once instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known while not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full control of the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls and devices only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands are not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries to reconnect to the room at once instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reconnecting and disconnect from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops reconnecting and disconnects from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN or password to sign in to the room again; leave empty to use the one given before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to sign in with the PIN or password given before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the room again with the same role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in to the room again with the same role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hides the message about the last failed command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TrueConf Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in to a TrueConf server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the room wants a new sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomHttpClient</name>
    <message>
        <source>No file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read (no permission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large to upload: %2, the limit is %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to upload: “%1” is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sent no token for its HTTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room refused a token for its HTTP server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room did not send a token for its HTTP server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room has not reported its HTTP server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the upload (HTTP 401) twice, each time with a fresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload to %1 stalled: nothing moved for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the room&apos;s HTTP server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 refused the upload (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s HTTP server at %1 accepted the upload but sent no FileId</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomIds</name>
    <message>
        <source>Enter a TrueConf ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TrueConf ID cannot contain spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a TrueConf ID: use user, user@server, user@server/instance or \c\conference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomLocator</name>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s control panel at %1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1: no control panel listens on that port (check the address and port shown on the room&apos;s screen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found (check the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room&apos;s control panel at %1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than %2 KiB for config.json; this is not a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no room configuration for instance “%2” (HTTP 404): not a room, or a different instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for config.json; this is not a room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not like a room: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json has no valid config.websocket.port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoomTransport</name>
    <message>
        <source>Control panel unreachable (%1); trying the default WebSocket port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room sent a message larger than %1 MiB; the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room is going away (restarting or shutting down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by the room&apos;s WebSocket port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebSocket connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the default WebSocket port %2 did not answer either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room at %1 did not accept the WebSocket connection within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The room stopped answering (no keepalive reply within %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedRoom</name>
    <message>
        <source>%1, instance %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotJob</name>
    <message>
        <source>no answer within %1 s (state: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window could not be captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerAccountState</name>
    <message>
        <source>TrueConf Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
