<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="90"/>
        <source>See what really happens on the wire.</source>
        <translation>Sieh, was wirklich auf der Leitung passiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="95"/>
        <source>Start on one page: dns, tcp, encapsulation, loadbalancing, journey or trace.</source>
        <translation>Auf einer Seite starten: dns, tcp, encapsulation, loadbalancing, journey oder trace.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="98"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="101"/>
        <source>Write the window as a PNG image once it has painted, then exit.</source>
        <translation>Das Fenster nach dem ersten Zeichnen als PNG-Bild speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="103"/>
        <location filename="../src/gui/application.cpp" line="124"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="106"/>
        <source>Exit as soon as the window has painted (for start-up benchmarks).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (für Startzeit-Messungen).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="110"/>
        <source>Start in presentation mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="113"/>
        <source>Use this language (de, es, ...) instead of the system&apos;s.</source>
        <translation>Diese Sprache (de, es, …) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="115"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="118"/>
        <source>Log level: trace, debug, info, warn, error, critical or off.</source>
        <translation>Protokollstufe: trace, debug, info, warn, error, critical oder off.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="120"/>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="123"/>
        <source>Open a pcap or pcapng capture.</source>
        <translation>Einen pcap- oder pcapng-Mitschnitt öffnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="127"/>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1920x1080.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="128"/>
        <source>width x height</source>
        <translation>Breite x Höhe</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="153"/>
        <source>unexpected argument “%1”; use --open FILE to open a capture</source>
        <translation>unerwartetes Argument „%1“; einen Mitschnitt öffnet --open DATEI</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="164"/>
        <source>unknown view “%1”; choose one of %2</source>
        <translation>unbekannte Ansicht „%1“; möglich sind %2</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="176"/>
        <source>unknown log level “%1”; use trace, debug, info, warn, error, critical or off</source>
        <translation>unbekannte Protokollstufe „%1“; möglich sind trace, debug, info, warn, error, critical oder off</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="189"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1920x1080</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="283"/>
        <source>cannot write the screenshot to “%1”</source>
        <translation>das Bildschirmfoto kann nicht nach „%1“ geschrieben werden</translation>
    </message>
</context>
<context>
    <name>LayerNames</name>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="11"/>
        <source>1 Physical</source>
        <translation>1 Bitübertragung</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="12"/>
        <source>2 Data link</source>
        <translation>2 Sicherung</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="13"/>
        <source>3 Network</source>
        <translation>3 Vermittlung</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="14"/>
        <source>4 Transport</source>
        <translation>4 Transport</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="15"/>
        <source>5 Session</source>
        <translation>5 Sitzung</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="16"/>
        <source>6 Presentation</source>
        <translation>6 Darstellung</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="17"/>
        <source>7 Application</source>
        <translation>7 Anwendung</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="18"/>
        <source>Link</source>
        <translation>Netzzugang</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="19"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="20"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="21"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/main_window.ui" line="16"/>
        <source>Hopscope</source>
        <translation>Hopscope</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="41"/>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="63"/>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="66"/>
        <source>How a name becomes an address, down the DNS hierarchy</source>
        <translation>Wie aus einem Namen eine Adresse wird, die DNS-Hierarchie hinab</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="71"/>
        <source>TCP handshake</source>
        <translation>TCP-Handshake</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="74"/>
        <source>SYN, SYN-ACK, ACK: how a connection is opened and closed</source>
        <translation>SYN, SYN-ACK, ACK: wie eine Verbindung auf- und abgebaut wird</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="79"/>
        <source>Encapsulation</source>
        <translation>Kapselung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="82"/>
        <source>A request wrapped layer by layer and carried hop by hop</source>
        <translation>Eine Anfrage, Schicht um Schicht verpackt und Hop für Hop transportiert</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="87"/>
        <source>Load balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="90"/>
        <source>One front end spreading requests over several backends</source>
        <translation>Ein Frontend verteilt Anfragen auf mehrere Backends</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="95"/>
        <source>Journey</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="98"/>
        <source>All the lessons in order, from typing an address to the page arriving</source>
        <translation>Alle Lektionen der Reihe nach, vom Eintippen einer Adresse bis zur fertigen Seite</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="103"/>
        <source>Trace</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="106"/>
        <source>Whatever trace is loaded, an opened capture included, as a ladder diagram</source>
        <translation>Die geladene Aufzeichnung, auch ein geöffneter Mitschnitt, als Sequenzdiagramm</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="130"/>
        <source>&amp;Export Current View</source>
        <translation>Aktuelle Ansicht &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="152"/>
        <source>&amp;Layer Names</source>
        <translation>&amp;Schichtnamen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="167"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="184"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="193"/>
        <source>Packet Inspector</source>
        <translation>Paketinspektor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="202"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="205"/>
        <source>Open a pcap or pcapng file as a trace</source>
        <translation>Eine pcap- oder pcapng-Datei als Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="210"/>
        <source>&amp;Save Trace As pcapng…</source>
        <translation>Aufzeichnung als pcapng &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="213"/>
        <source>Save the trace as a pcapng file that Wireshark opens</source>
        <translation>Die Aufzeichnung als pcapng-Datei speichern, die Wireshark öffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="218"/>
        <source>PNG Image (&amp;1×)…</source>
        <translation>PNG-Bild (&amp;1×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="223"/>
        <source>PNG Image (&amp;2×)…</source>
        <translation>PNG-Bild (&amp;2×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="228"/>
        <source>PNG Image (&amp;4×)…</source>
        <translation>PNG-Bild (&amp;4×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="233"/>
        <source>&amp;SVG Vector Image…</source>
        <translation>&amp;SVG-Vektorgrafik…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="238"/>
        <source>P&amp;DF Document…</source>
        <translation>P&amp;DF-Dokument…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="243"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="254"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="257"/>
        <source>Large text and strokes for a projector, full screen (F5; Esc leaves)</source>
        <translation>Große Schrift und kräftige Linien für den Beamer, im Vollbild (F5; Esc beendet)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="265"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="270"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="275"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="280"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="285"/>
        <source>&amp;About Hopscope</source>
        <translation>Ü&amp;ber Hopscope</translation>
    </message>
</context>
<context>
    <name>SceneExporter</name>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="73"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>Es gibt nichts zu exportieren: Die Ansicht ist leer.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="88"/>
        <source>The PNG file could not be written.</source>
        <translation>Die PNG-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="98"/>
        <source>Exported from Hopscope</source>
        <translation>Aus Hopscope exportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="101"/>
        <source>The SVG file could not be written.</source>
        <translation>Die SVG-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="119"/>
        <source>The PDF file could not be written.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SourceKindText</name>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="10"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="12"/>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="14"/>
        <source>captured</source>
        <translation>mitgeschnitten</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="16"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="24"/>
        <source>Live: real servers and clients talking over loopback sockets</source>
        <translation>Live: echte Server und Clients, die über Loopback-Sockets sprechen</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="26"/>
        <source>Lab: the deterministic emulated network inside Hopscope</source>
        <translation>Labor: das deterministische, emulierte Netz in Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="28"/>
        <source>Captured: read from the network interface by libpcap</source>
        <translation>Mitgeschnitten: von libpcap an der Netzwerkschnittstelle gelesen</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="30"/>
        <source>File: read from a pcap or pcapng file</source>
        <translation>Datei: aus einer pcap- oder pcapng-Datei gelesen</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::BitView</name>
    <message>
        <location filename="../src/gui/widgets/bit_view.cpp" line="95"/>
        <source>Bit %1 of byte %2</source>
        <translation>Bit %1 von Byte %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/bit_view.cpp" line="97"/>
        <source>Bits %1–%2 of byte %3</source>
        <translation>Bits %1–%2 von Byte %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/bit_view.cpp" line="102"/>
        <source>%n bits from bit %1 of byte %2</source>
        <translation>
            <numerusform>%n Bit ab Bit %1 von Byte %2</numerusform>
            <numerusform>%n Bits ab Bit %1 von Byte %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/bit_view.cpp" line="107"/>
        <source>(first %n bytes shown)</source>
        <translation>
            <numerusform>(erstes Byte gezeigt)</numerusform>
            <numerusform>(erste %n Bytes gezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/bit_view.cpp" line="169"/>
        <source>byte %1 = 0x%2</source>
        <translation>Byte %1 = 0x%2</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DissectionModel</name>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="148"/>
        <source>%1 — %2 and %3 in the TCP/IP model</source>
        <translation>%1 — %2, im TCP/IP-Modell %3</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="156"/>
        <source>Display filter: %1</source>
        <translation>Anzeigefilter: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="200"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="202"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="204"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupView</name>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="35"/>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="36"/>
        <source>Your laptop asks its resolver for the address of www.foobar.com. The resolver does not know it, so it walks down the name hierarchy: a root server, then the .com servers, then the servers for foobar.com, and brings the answer back.</source>
        <translation>Dein Laptop fragt seinen Resolver nach der Adresse von www.foobar.com. Der Resolver kennt sie nicht und steigt deshalb die Namenshierarchie hinab: erst ein Root-Server, dann die .com-Server, dann die Server von foobar.com – und bringt die Antwort zurück.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="39"/>
        <source>The resolver asking a root server, which refers it to the .com servers</source>
        <translation>Wie der Resolver einen Root-Server fragt, der ihn an die .com-Server verweist</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="40"/>
        <source>The .com server referring it on to the authoritative servers for foobar.com</source>
        <translation>Wie der .com-Server ihn weiter an die autoritativen Server von foobar.com verweist</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="41"/>
        <source>The authoritative answer: www is an alias (CNAME) for foobar.com, and its address</source>
        <translation>Die autoritative Antwort: www ist ein Alias (CNAME) für foobar.com, dazu dessen Adresse</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="42"/>
        <source>The answer cached with its TTL counting down, so the next lookup is instant</source>
        <translation>Die zwischengespeicherte Antwort, deren TTL herunterzählt, sodass die nächste Abfrage sofort beantwortet wird</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="43"/>
        <source>Every query and answer as real DNS bytes from the servers on this computer, the same that dig shows</source>
        <translation>Jede Anfrage und Antwort als echte DNS-Bytes von den Servern auf diesem Rechner, genau wie dig sie zeigt</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationView</name>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="35"/>
        <source>Encapsulation</source>
        <translation>Kapselung</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="36"/>
        <source>One HTTP request, wrapped like a letter in envelopes: a TCP segment, inside an IP packet, inside an Ethernet frame, then carried hop by hop to the server.</source>
        <translation>Eine HTTP-Anfrage, verpackt wie ein Brief in Umschläge: ein TCP-Segment in einem IP-Paket in einem Ethernet-Frame, dann Hop für Hop zum Server getragen.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="38"/>
        <source>The request wrapped layer by layer, each layer in its own colour</source>
        <translation>Die Anfrage, Schicht um Schicht verpackt, jede Schicht in ihrer eigenen Farbe</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="39"/>
        <source>The frame crossing a switch, a router and the NAT gateway of a home network</source>
        <translation>Wie der Frame einen Switch, einen Router und das NAT-Gateway eines Heimnetzes durchquert</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="40"/>
        <source>The router lowering the TTL and writing new MAC addresses at every hop</source>
        <translation>Wie der Router bei jedem Hop die TTL senkt und neue MAC-Adressen einträgt</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="41"/>
        <source>The NAT gateway rewriting the private address and port, and back again on the answer</source>
        <translation>Wie das NAT-Gateway private Adresse und Port umschreibt – und bei der Antwort wieder zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="43"/>
        <source>The OSI and the TCP/IP names for each layer, side by side</source>
        <translation>Die OSI- und die TCP/IP-Namen jeder Schicht nebeneinander</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EventList</name>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="89"/>
        <source>Filter: any text in any column</source>
        <translation>Filter: beliebiger Text in beliebiger Spalte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="90"/>
        <source>Shows only events whose row contains this text</source>
        <translation>Zeigt nur Ereignisse, deren Zeile diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="91"/>
        <source>Shows only events of one protocol</source>
        <translation>Zeigt nur Ereignisse eines Protokolls</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="93"/>
        <location filename="../src/gui/widgets/event_list.cpp" line="101"/>
        <source>All protocols</source>
        <translation>Alle Protokolle</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EventTableModel</name>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="105"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="107"/>
        <source>Real time (s)</source>
        <translation>Echtzeit (s)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="109"/>
        <source>Source</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="111"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="113"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="115"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="117"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::JourneyView</name>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="35"/>
        <source>Journey</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="36"/>
        <source>All the lessons in order: what happens between typing an address into a browser and the page appearing.</source>
        <translation>Alle Lektionen der Reihe nach: was zwischen dem Eintippen einer Adresse im Browser und dem Erscheinen der Seite passiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="38"/>
        <source>The DNS lookup that turns the name into an address</source>
        <translation>Die DNS-Abfrage, die aus dem Namen eine Adresse macht</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="39"/>
        <source>The TCP handshake with the web server</source>
        <translation>Den TCP-Handshake mit dem Webserver</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="40"/>
        <source>The HTTP request, encapsulated and carried hop by hop</source>
        <translation>Die HTTP-Anfrage, gekapselt und Hop für Hop transportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="41"/>
        <source>The load balancer picking a backend, and the answer travelling back</source>
        <translation>Wie der Lastverteiler ein Backend wählt und die Antwort zurückreist</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="42"/>
        <source>One timeline across all of it, stepping forward and back at any speed</source>
        <translation>Eine Zeitleiste über alles, vor- und zurückspulbar in jedem Tempo</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LadderScene</name>
    <message>
        <location filename="../src/gui/widgets/ladder_scene.cpp" line="328"/>
        <source>No.  real time</source>
        <translation>Nr.  Echtzeit</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LoadBalancingView</name>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="35"/>
        <source>Load balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="36"/>
        <source>A popular site is served by several machines. A load balancer in front of them decides which backend answers each request, and stops sending work to one that fails.</source>
        <translation>Eine beliebte Website läuft auf mehreren Maschinen. Ein Lastverteiler davor entscheidet, welches Backend jede Anfrage beantwortet, und schickt einem ausgefallenen keine Arbeit mehr.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="39"/>
        <source>Requests spread over the backends by round robin, least connections or hashing</source>
        <translation>Anfragen, verteilt auf die Backends reihum, nach wenigsten Verbindungen oder per Hash</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="40"/>
        <source>Health checks taking a failing backend out, and bringing it back when it recovers</source>
        <translation>Health-Checks, die ein ausfallendes Backend herausnehmen und nach der Erholung zurückholen</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="41"/>
        <source>Live charts of requests per backend and of response times</source>
        <translation>Live-Diagramme der Anfragen pro Backend und der Antwortzeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="42"/>
        <source>Real HTTP traffic that curl or a browser can join</source>
        <translation>Echten HTTP-Verkehr, an dem sich curl oder ein Browser beteiligen kann</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="313"/>
        <source>No trace</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="381"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="382"/>
        <source>Captures (*.pcapng *.pcap *.cap *.ntar);;All files (*)</source>
        <translation>Mitschnitte (*.pcapng *.pcap *.cap *.ntar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="395"/>
        <location filename="../src/gui/main_window.cpp" line="502"/>
        <source>Please wait: another file is still being read or written.</source>
        <translation>Bitte warten: Eine andere Datei wird noch gelesen oder geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="402"/>
        <source>Opening Capture</source>
        <translation>Mitschnitt wird geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="403"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="422"/>
        <source>Reading %1: %n packet(s)…</source>
        <translation>
            <numerusform>%1 wird gelesen: %n Paket…</numerusform>
            <numerusform>%1 wird gelesen: %n Pakete…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="451"/>
        <source>Stopped reading %1</source>
        <translation>Lesen von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="457"/>
        <source>Hopscope could not open “%1”:
%2</source>
        <translation>Hopscope konnte „%1“ nicht öffnen:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="472"/>
        <source>Opening %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="484"/>
        <location filename="../src/gui/main_window.cpp" line="519"/>
        <source>Save Trace</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="484"/>
        <source>There is no trace to save yet.</source>
        <translation>Es gibt noch keine Aufzeichnung zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="492"/>
        <source>Save Trace As pcapng</source>
        <translation>Aufzeichnung als pcapng speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="493"/>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng-Mitschnitte (*.pcapng)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="506"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="317"/>
        <source>%Ln event(s) · %1</source>
        <translation>
            <numerusform>%Ln Ereignis · %1</numerusform>
            <numerusform>%Ln Ereignisse · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="444"/>
        <source>Opened %1: %Ln packet(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %Ln Paket</numerusform>
            <numerusform>%1 geöffnet: %Ln Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="449"/>
        <source>Stopped reading %1: showing the %Ln packet(s) read so far</source>
        <translation>
            <numerusform>Lesen von %1 abgebrochen: Das bisher gelesene Paket wird gezeigt</numerusform>
            <numerusform>Lesen von %1 abgebrochen: Die %Ln bisher gelesenen Pakete werden gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="459"/>
        <source>Read %Ln packet(s); the file is damaged at byte %1:
%2

The packets read before the damage are shown.</source>
        <translation>
            <numerusform>%Ln Paket gelesen; die Datei ist bei Byte %1 beschädigt:
%2

Das vor dem Schaden gelesene Paket wird gezeigt.</numerusform>
            <numerusform>%Ln Pakete gelesen; die Datei ist bei Byte %1 beschädigt:
%2

Die vor dem Schaden gelesenen Pakete werden gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="465"/>
        <source>Read %Ln packet(s), then:
%1

The packets read so far are shown.</source>
        <translation>
            <numerusform>%Ln Paket gelesen, dann:
%1

Das bisher gelesene Paket wird gezeigt.</numerusform>
            <numerusform>%Ln Pakete gelesen, dann:
%1

Die bisher gelesenen Pakete werden gezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="512"/>
        <source>Saved %Ln event(s) to %1</source>
        <translation>
            <numerusform>%Ln Ereignis in %1 gespeichert</numerusform>
            <numerusform>%Ln Ereignisse in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="520"/>
        <source>The trace could not be saved to “%1”:
%2</source>
        <translation>Die Aufzeichnung konnte nicht in „%1“ gespeichert werden:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="542"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="544"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="546"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="550"/>
        <location filename="../src/gui/main_window.cpp" line="560"/>
        <source>Export Current View</source>
        <translation>Aktuelle Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="563"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="568"/>
        <source>About Hopscope</source>
        <translation>Über Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="569"/>
        <source>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;See what really happens on the wire: DNS lookups, TCP handshakes, encapsulation and load balancing, with real packets from real servers on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;Sieh, was wirklich auf der Leitung passiert: DNS-Abfragen, TCP-Handshakes, Kapselung und Lastverteilung – mit echten Paketen von echten Servern auf diesem Rechner.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PacketInspector</name>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="177"/>
        <source>OSI</source>
        <translation>OSI</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="178"/>
        <source>Name layers as in the seven-layer OSI model</source>
        <translation>Schichten wie im siebenschichtigen OSI-Modell benennen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="179"/>
        <source>TCP/IP</source>
        <translation>TCP/IP</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="180"/>
        <source>Name layers as in the four-layer TCP/IP model</source>
        <translation>Schichten wie im vierschichtigen TCP/IP-Modell benennen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="181"/>
        <source>No event yet. Step forward or pick one in the event list to see its layers and bytes.</source>
        <translation>Noch kein Ereignis. Gehe einen Schritt vor oder wähle eines in der Ereignisliste, um seine Schichten und Bytes zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="246"/>
        <source>Event %1 · %2 → %3 · %n bytes · %4</source>
        <translation>
            <numerusform>Ereignis %1 · %2 → %3 · %n Byte · %4</numerusform>
            <numerusform>Ereignis %1 · %2 → %3 · %n Bytes · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="271"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PlannedLessonPage</name>
    <message>
        <location filename="../src/gui/widgets/planned_lesson_page.cpp" line="110"/>
        <source>This lesson is not built yet.</source>
        <translation>Diese Lektion ist noch nicht fertig.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/planned_lesson_page.cpp" line="111"/>
        <source>When it is, it will show:</source>
        <translation>Wenn sie fertig ist, zeigt sie:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/planned_lesson_page.cpp" line="112"/>
        <source>Meanwhile, the Trace page shows any capture you open (File › Open Capture…) as a ladder diagram, with every packet in the inspector.</source>
        <translation>Bis dahin zeigt die Seite „Aufzeichnung“ jeden geöffneten Mitschnitt (Datei › Mitschnitt öffnen…) als Sequenzdiagramm, mit jedem Paket im Inspektor.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::ScrubSlider</name>
    <message>
        <location filename="../src/gui/widgets/scrub_slider.cpp" line="16"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TcpHandshakeView</name>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="35"/>
        <source>TCP handshake</source>
        <translation>TCP-Handshake</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="36"/>
        <source>Before any web page travels, your laptop and the web server agree to talk: three small segments, SYN, SYN-ACK and ACK, set up a connection that both sides can trust.</source>
        <translation>Bevor eine Webseite unterwegs ist, verabreden dein Laptop und der Webserver das Gespräch: Drei kleine Segmente, SYN, SYN-ACK und ACK, bauen eine Verbindung auf, der beide Seiten vertrauen können.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="38"/>
        <source>SYN, SYN-ACK and ACK on the ladder, with the sequence and acknowledgement numbers explained</source>
        <translation>SYN, SYN-ACK und ACK im Sequenzdiagramm, mit erklärten Sequenz- und Bestätigungsnummern</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="40"/>
        <source>The connection closing again with FIN and ACK, and the wait in TIME-WAIT</source>
        <translation>Den Abbau der Verbindung mit FIN und ACK und das Warten in TIME-WAIT</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="41"/>
        <source>In the lab network: a lost SYN and the retransmission that repairs it</source>
        <translation>Im Labornetz: ein verlorenes SYN und die Wiederholung, die es ersetzt</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="42"/>
        <source>Each segment&apos;s header in the inspector, flag by flag and bit by bit</source>
        <translation>Den Header jedes Segments im Inspektor, Flag für Flag und Bit für Bit</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TraceView</name>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="85"/>
        <source>No trace is loaded.

Open a pcap or pcapng capture with File › Open Capture… to see it here as a ladder diagram: one lifeline per machine, one arrow per packet.</source>
        <translation>Es ist keine Aufzeichnung geladen.

Öffne einen pcap- oder pcapng-Mitschnitt mit Datei › Mitschnitt öffnen…, um ihn hier als Sequenzdiagramm zu sehen: eine Lebenslinie pro Rechner, ein Pfeil pro Paket.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="94"/>
        <source>Press Space to play, or step with the arrow keys.</source>
        <translation>Leertaste spielt ab, die Pfeiltasten gehen schrittweise.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="98"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="100"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="102"/>
        <source>%1. %2: %3 %4</source>
        <translation>%1. %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TransportBar</name>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="183"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="184"/>
        <source>Step back one event (Left, Page Up)</source>
        <translation>Ein Ereignis zurück (Links, Bild auf)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="185"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="186"/>
        <source>Step forward one event (Right, Page Down)</source>
        <translation>Ein Ereignis vor (Rechts, Bild ab)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="187"/>
        <source>Go to &amp;Start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="188"/>
        <source>Back to before the first event (Home)</source>
        <translation>Zurück vor das erste Ereignis (Pos1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="189"/>
        <source>Go to &amp;End</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="190"/>
        <source>Jump to after the last event (End)</source>
        <translation>Hinter das letzte Ereignis springen (Ende)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="191"/>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="192"/>
        <source>F&amp;aster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="193"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="194"/>
        <source>Playback speed: at 1× one hop takes 0.6 s on screen</source>
        <translation>Wiedergabetempo: Bei 1× dauert ein Hop auf dem Bildschirm 0,6 s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="195"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="196"/>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="197"/>
        <source>What the network really took to get here</source>
        <translation>Wie lange das Netz wirklich bis hierher gebraucht hat</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="198"/>
        <source>Shown time</source>
        <translation>Anzeigezeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="199"/>
        <source>Where the animation is, at 1× speed</source>
        <translation>Wo die Animation steht, bei 1× Tempo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="200"/>
        <source>One tick per event; drag to scrub</source>
        <translation>Ein Strich pro Ereignis; ziehen zum Spulen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="207"/>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="215"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="237"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="237"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
</context>
</TS>
