<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>CallSession</name>
    <message>
        <source>%1 (%2)</source>
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
        <source>Leave empty if the room is unprotected. It is never saved.</source>
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
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation type="unfinished">
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
        <source>Connect to a room</source>
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
        <source>Reconnect at once instead of waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
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
    <name>PeerListModel</name>
    <message>
        <source>Could not load the address book: %1</source>
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
    <message>
        <source>The room is not logged in to a TrueConf server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation type="unfinished">
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
