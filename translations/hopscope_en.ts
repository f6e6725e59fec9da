<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HopJourneyModel</name>
    <message numerus="yes">
        <location filename="../src/gui/models/hop_journey_model.cpp" line="178"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n field changed</numerusform>
            <numerusform>%n fields changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::BitView</name>
    <message numerus="yes">
        <location filename="../src/gui/widgets/bit_view.cpp" line="102"/>
        <source>%n bits from bit %1 of byte %2</source>
        <translation>
            <numerusform>%n bit from bit %1 of byte %2</numerusform>
            <numerusform>%n bits from bit %1 of byte %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/bit_view.cpp" line="107"/>
        <source>(first %n bytes shown)</source>
        <translation>
            <numerusform>(first byte shown)</numerusform>
            <numerusform>(first %n bytes shown)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupScene</name>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="351"/>
        <source>%n root server(s)</source>
        <translation>
            <numerusform>%n root server</numerusform>
            <numerusform>%n root servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="353"/>
        <source>%n TLD server(s)</source>
        <translation>
            <numerusform>%n TLD server</numerusform>
            <numerusform>%n TLD servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="355"/>
        <source>%n authoritative server(s)</source>
        <translation>
            <numerusform>%n authoritative server</numerusform>
            <numerusform>%n authoritative servers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupView</name>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="315"/>
        <source>Ready: %n DNS server(s) running in the lab, every frame captured by the kernel (%1).</source>
        <translation>
            <numerusform>Ready: %n DNS server running in the lab, every frame captured by the kernel (%1).</numerusform>
            <numerusform>Ready: %n DNS servers running in the lab, every frame captured by the kernel (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="320"/>
        <source>Ready: %n DNS server(s) running on this computer&apos;s loopback (%1). The lab could not start, so the frames around the DNS messages are drawn: %2</source>
        <translation>
            <numerusform>Ready: %n DNS server running on this computer&apos;s loopback (%1). The lab could not start, so the frames around the DNS messages are drawn: %2</numerusform>
            <numerusform>Ready: %n DNS servers running on this computer&apos;s loopback (%1). The lab could not start, so the frames around the DNS messages are drawn: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="326"/>
        <source>Ready: %n DNS server(s) running on this computer (%1).</source>
        <translation>
            <numerusform>Ready: %n DNS server running on this computer (%1).</numerusform>
            <numerusform>Ready: %n DNS servers running on this computer (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="377"/>
        <source>%1. %2 %3 (%Ln message(s), asked by another program on the laptop)</source>
        <translation>
            <numerusform>%1. %2 %3 (%Ln message, asked by another program on the laptop)</numerusform>
            <numerusform>%1. %2 %3 (%Ln messages, asked by another program on the laptop)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="381"/>
        <source>%1. %2 %3 (%Ln message(s))</source>
        <translation>
            <numerusform>%1. %2 %3 (%Ln message)</numerusform>
            <numerusform>%1. %2 %3 (%Ln messages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="424"/>
        <source>%n query(s) to servers</source>
        <translation>
            <numerusform>%n query to servers</numerusform>
            <numerusform>%n queries to servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="462"/>
        <source>Press Space to play, or step with the arrow keys: %Ln message(s) in this lookup.</source>
        <translation>
            <numerusform>Press Space to play, or step with the arrow keys: %Ln message in this lookup.</numerusform>
            <numerusform>Press Space to play, or step with the arrow keys: %Ln messages in this lookup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationView</name>
    <message numerus="yes">
        <location filename="../src/gui/views/encapsulation_view.cpp" line="386"/>
        <source>Hop %1 of %2, %3: %n field(s) changed at %4.</source>
        <translation>
            <numerusform>Hop %1 of %2, %3: %n field changed at %4.</numerusform>
            <numerusform>Hop %1 of %2, %3: %n fields changed at %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::MainWindow</name>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="424"/>
        <source>%Ln event(s) · %1</source>
        <translation>
            <numerusform>%Ln event · %1</numerusform>
            <numerusform>%Ln events · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="546"/>
        <source>Reading %1: %n packet(s)…</source>
        <translation>
            <numerusform>Reading %1: %n packet…</numerusform>
            <numerusform>Reading %1: %n packets…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="571"/>
        <source>Opened %1: %Ln packet(s)</source>
        <translation>
            <numerusform>Opened %1: %Ln packet</numerusform>
            <numerusform>Opened %1: %Ln packets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="576"/>
        <source>Stopped reading %1: showing the %Ln packet(s) read so far</source>
        <translation>
            <numerusform>Stopped reading %1: showing the packet read so far</numerusform>
            <numerusform>Stopped reading %1: showing the %Ln packets read so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="586"/>
        <source>Read %Ln packet(s); the file is damaged at byte %1:
%2

The packets read before the damage are shown.</source>
        <translation>
            <numerusform>Read %Ln packet; the file is damaged at byte %1:
%2

The packet read before the damage is shown.</numerusform>
            <numerusform>Read %Ln packets; the file is damaged at byte %1:
%2

The packets read before the damage are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="592"/>
        <source>Read %Ln packet(s), then:
%1

The packets read so far are shown.</source>
        <translation>
            <numerusform>Read %Ln packet, then:
%1

The packet read so far is shown.</numerusform>
            <numerusform>Read %Ln packets, then:
%1

The packets read so far are shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="640"/>
        <source>Saved %Ln event(s) to %1</source>
        <translation>
            <numerusform>Saved %Ln event to %1</numerusform>
            <numerusform>Saved %Ln events to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PacketInspector</name>
    <message numerus="yes">
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="247"/>
        <source>Event %1 · %2 → %3 · %n bytes · %4</source>
        <translation>
            <numerusform>Event %1 · %2 → %3 · %n byte · %4</numerusform>
            <numerusform>Event %1 · %2 → %3 · %n bytes · %4</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TcpLessonView</name>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="384"/>
        <source>%1: the connection was refused (%2); the capture holds %Ln segment(s).</source>
        <translation>
            <numerusform>%1: the connection was refused (%2); the capture holds %Ln segment.</numerusform>
            <numerusform>%1: the connection was refused (%2); the capture holds %Ln segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="389"/>
        <source>%1: HTTP %2 with %3 bytes over port %4; the laptop&apos;s kernel sent and received %Ln segment(s).</source>
        <translation>
            <numerusform>%1: HTTP %2 with %3 bytes over port %4; the laptop&apos;s kernel sent and received %Ln segment.</numerusform>
            <numerusform>%1: HTTP %2 with %3 bytes over port %4; the laptop&apos;s kernel sent and received %Ln segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="397"/>
        <source>%1: no answer came (%2); the capture holds %Ln segment(s).</source>
        <translation>
            <numerusform>%1: no answer came (%2); the capture holds %Ln segment.</numerusform>
            <numerusform>%1: no answer came (%2); the capture holds %Ln segments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="412"/>
        <source>%1. %2 (%Ln segment(s))</source>
        <translation>
            <numerusform>%1. %2 (%Ln segment)</numerusform>
            <numerusform>%1. %2 (%Ln segments)</numerusform>
        </translation>
    </message>
</context>
</TS>
