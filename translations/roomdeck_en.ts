<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddressBookPanel</name>
    <message numerus="yes">
        <source>%1 of %n contacts</source>
        <translation>
            <numerusform>%1 of %n contact</numerusform>
            <numerusform>%1 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateConferenceDialog</name>
    <message numerus="yes">
        <source>%n participant(s) invited</source>
        <translation>
            <numerusform>%n participant invited</numerusform>
            <numerusform>%n participants invited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message numerus="yes">
        <source>(cut: the room sent %n bytes)</source>
        <translation>
            <numerusform>(cut: the room sent %n byte)</numerusform>
            <numerusform>(cut: the room sent %n bytes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Presence changed for %n contact(s)</source>
        <translation>
            <numerusform>Presence changed for %n contact</numerusform>
            <numerusform>Presence changed for %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventLogPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Favourites</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePanel</name>
    <message numerus="yes">
        <source>Recents (%n missed)</source>
        <translation>
            <numerusform>Recents (%n missed)</numerusform>
            <numerusform>Recents (%n missed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n room(s)</source>
        <translation>
            <numerusform>%n room</numerusform>
            <numerusform>%n rooms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>End the call in %n room(s)?</source>
        <translation>
            <numerusform>End the call in %n room?</numerusform>
            <numerusform>End the call in %n rooms?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hanging up in %n room(s)…</source>
        <translation>
            <numerusform>Hanging up in %n room…</numerusform>
            <numerusform>Hanging up in %n rooms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Muting the microphone in %n room(s)…</source>
        <translation>
            <numerusform>Muting the microphone in %n room…</numerusform>
            <numerusform>Muting the microphone in %n rooms…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestBanner</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomHeader</name>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomListPanel</name>
    <message numerus="yes">
        <source>%n missed call(s)</source>
        <translation>
            <numerusform>%n missed call</numerusform>
            <numerusform>%n missed calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n join request(s) waiting</source>
        <translation>
            <numerusform>%n join request waiting</numerusform>
            <numerusform>%n join requests waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread chat message(s)</source>
        <translation>
            <numerusform>%n unread chat message</numerusform>
            <numerusform>%n unread chat messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomNotices</name>
    <message numerus="yes">
        <source>%n join request(s)</source>
        <translation>
            <numerusform>%n join request</numerusform>
            <numerusform>%n join requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missed call(s) not seen</source>
        <translation>
            <numerusform>%n missed call not seen</numerusform>
            <numerusform>%n missed calls not seen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n unread message</numerusform>
            <numerusform>%n unread messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfView</name>
    <message numerus="yes">
        <source>Last picture %n second(s) ago</source>
        <translation>
            <numerusform>Last picture %n second ago</numerusform>
            <numerusform>Last picture %n seconds ago</numerusform>
        </translation>
    </message>
</context>
</TS>
