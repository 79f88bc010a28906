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
    <name>CliAgent</name>
    <message numerus="yes">
        <source>%n more entries were left out: no usable room name.</source>
        <translation>
            <numerusform>%n more entry was left out: no usable room name.</numerusform>
            <numerusform>%n more entries were left out: no usable room name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliProfiles</name>
    <message numerus="yes">
        <source>Saved %n setting(s) to %1.</source>
        <translation>
            <numerusform>Saved %n setting to %1.</numerusform>
            <numerusform>Saved %n settings to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s) (file → room):</source>
        <translation>
            <numerusform>%n difference (file → room):</numerusform>
            <numerusform>%n differences (file → room):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would change %n setting(s).</source>
        <translation>
            <numerusform>Would change %n setting.</numerusform>
            <numerusform>Would change %n settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message numerus="yes">
        <source>%n room(s) on this agent: choosing one sets the instance.</source>
        <translation>
            <numerusform>%n room on this agent: choosing it sets the instance.</numerusform>
            <numerusform>%n rooms on this agent: choosing one sets the instance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentPage</name>
    <message numerus="yes">
        <source>%n slide(s), not shown</source>
        <translation>
            <numerusform>%n slide, not shown</numerusform>
            <numerusform>%n slides, not shown</numerusform>
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
    <message numerus="yes">
        <source>%n entries in the history</source>
        <translation>
            <numerusform>%n entry in the history</numerusform>
            <numerusform>%n entries in the history</numerusform>
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
    <name>HistorySettingsDialog</name>
    <message numerus="yes">
        <source> days</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
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
    <name>InspectorPage</name>
    <message numerus="yes">
        <source>Saved %n frame(s) to %1 (secrets masked).</source>
        <translation>
            <numerusform>Saved %n frame to %1 (secrets masked).</numerusform>
            <numerusform>Saved %n frames to %1 (secrets masked).</numerusform>
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
    <name>ProfileApply</name>
    <message numerus="yes">
        <source>applied %n change(s)</source>
        <translation>
            <numerusform>applied %n change</numerusform>
            <numerusform>applied %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) not permitted at this level</source>
        <translation>
            <numerusform>%n setting not permitted at this level</numerusform>
            <numerusform>%n settings not permitted at this level</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileApplyDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting change(s) in total</source>
        <translation>
            <numerusform>%n setting change in total</numerusform>
            <numerusform>%n setting changes in total</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) to change</source>
        <translation>
            <numerusform>%n room to change</numerusform>
            <numerusform>%n rooms to change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying to %n room(s)…</source>
        <translation>
            <numerusform>Applying to %n room…</numerusform>
            <numerusform>Applying to %n rooms…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %1 of %2 room(s) have the profile&apos;s settings.</source>
        <translation>
            <numerusform>Done: %1 of %2 room has the profile&apos;s settings.</numerusform>
            <numerusform>Done: %1 of %2 rooms have the profile&apos;s settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept per room</source>
        <translation>
            <numerusform>%n kept per room</numerusform>
            <numerusform>%n kept per room</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n setting(s) to %1</source>
        <translation>
            <numerusform>Saved %n setting to %1</numerusform>
            <numerusform>Saved %n settings to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %n setting(s) in the right room?</source>
        <translation>
            <numerusform>Change %n setting in the right room?</numerusform>
            <numerusform>Change %n settings in the right room?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RawRequest</name>
    <message numerus="yes">
        <source>Ready to send “%1” with %n parameter(s).</source>
        <translation>
            <numerusform>Ready to send “%1” with %n parameter.</numerusform>
            <numerusform>Ready to send “%1” with %n parameters.</numerusform>
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
<context>
    <name>SettingsPage</name>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>Applying %n change…</numerusform>
            <numerusform>Applying %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The room accepted %n change(s).</source>
        <translation>
            <numerusform>The room accepted %n change.</numerusform>
            <numerusform>The room accepted %n changes.</numerusform>
        </translation>
    </message>
</context>
</TS>
