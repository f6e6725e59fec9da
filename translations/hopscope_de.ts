<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="101"/>
        <source>See what really happens on the wire.</source>
        <translation>Sieh, was wirklich auf der Leitung passiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="108"/>
        <source>Start on one page: %1.</source>
        <translation>Auf einer Seite starten: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="109"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="111"/>
        <location filename="../src/gui/application.cpp" line="147"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="114"/>
        <source>Write the window as a PNG image once it has painted, then exit.</source>
        <translation>Das Fenster nach dem ersten Zeichnen als PNG-Bild speichern und beenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="116"/>
        <location filename="../src/gui/application.cpp" line="137"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="119"/>
        <source>Exit as soon as the window has painted (for start-up benchmarks).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (für Startzeit-Messungen).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="123"/>
        <source>Start in presentation mode.</source>
        <translation>Im Präsentationsmodus starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="126"/>
        <source>Use this language (de, es, ...) instead of the system&apos;s.</source>
        <translation>Diese Sprache (de, es, …) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="128"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="131"/>
        <source>Log level: trace, debug, info, warn, error, critical or off.</source>
        <translation>Protokollstufe: trace, debug, info, warn, error, critical oder off.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="133"/>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="136"/>
        <source>Open a pcap or pcapng capture.</source>
        <translation>Einen pcap- oder pcapng-Mitschnitt öffnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="140"/>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1920x1080.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="141"/>
        <source>width x height</source>
        <translation>Breite x Höhe</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="144"/>
        <source>Look this name up in the DNS lesson at start (may be given more than once).</source>
        <translation>Diesen Namen beim Start in der DNS-Lektion nachschlagen (auch mehrfach).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="150"/>
        <source>Record type for --resolve: A, AAAA, MX, TXT, NS or CNAME.</source>
        <translation>Eintragstyp für --resolve: A, AAAA, MX, TXT, NS oder CNAME.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="152"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="155"/>
        <source>Make this connection in the TCP lesson&apos;s lab at start: normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway or udp-vs-tcp (may be given more than once).</source>
        <translation>Diese Verbindung beim Start im Labor der TCP-Lektion herstellen: normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway oder udp-vs-tcp (auch mehrfach).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="160"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="163"/>
        <source>Show the trace at position N: N events have arrived (2.5: the third is half way). Without it --resolve shows the end.</source>
        <translation>Die Aufzeichnung an Position N zeigen: N Ereignisse sind angekommen (2.5: das dritte ist auf halbem Weg). Ohne diese Angabe zeigt --resolve das Ende.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="167"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="170"/>
        <source>Start this many requests per second of built-in load in the load balancing lesson.</source>
        <translation>In der Lektion „Lastverteilung“ eingebaute Last mit so vielen Anfragen pro Sekunde starten.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="173"/>
        <source>rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="176"/>
        <source>Let the lessons run this many seconds before --screenshot is taken.</source>
        <translation>Die Lektionen so viele Sekunden laufen lassen, bevor --screenshot das Bild aufnimmt.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="178"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="181"/>
        <source>Make every backend of the load balancing lesson answer after this many milliseconds (0: at once), with no limit on concurrent requests (for benchmarks).</source>
        <translation>Jedes Backend der Lektion „Lastverteilung“ nach so vielen Millisekunden antworten lassen (0: sofort), ohne Grenze für gleichzeitige Anfragen (für Benchmarks).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="185"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="188"/>
        <source>Where the lessons&apos; servers run: lab (inside the lab of network namespaces, every frame captured) or loopback (on this computer&apos;s loopback, the frames drawn).</source>
        <translation>Wo die Server der Lektionen laufen: lab (im Labor aus Netzwerk-Namespaces, jeder Frame mitgeschnitten) oder loopback (auf dem Loopback dieses Computers, die Frames gezeichnet).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="192"/>
        <source>where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="217"/>
        <source>unexpected argument “%1”; use --open FILE to open a capture</source>
        <translation>unerwartetes Argument „%1“; einen Mitschnitt öffnet --open DATEI</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="228"/>
        <source>unknown view “%1”; choose one of %2</source>
        <translation>unbekannte Ansicht „%1“; möglich sind %2</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="239"/>
        <source>--screenshot writes PNG, SVG or PDF, named so (.png, .svg, .pdf); “%1” is none of them</source>
        <translation>--screenshot schreibt PNG, SVG oder PDF, so benannt (.png, .svg, .pdf); „%1“ ist nichts davon</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="253"/>
        <source>unknown log level “%1”; use trace, debug, info, warn, error, critical or off</source>
        <translation>unbekannte Protokollstufe „%1“; möglich sind trace, debug, info, warn, error, critical oder off</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="267"/>
        <source>unknown network “%1”; use lab or loopback</source>
        <translation>unbekanntes Netz „%1“; möglich sind lab oder loopback</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="278"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size erwartet BREITExHÖHE, z. B. 1920x1080</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="289"/>
        <source>unknown TCP experiment “%1”; use normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway or udp-vs-tcp</source>
        <translation>unbekanntes TCP-Experiment „%1“; möglich sind normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway oder udp-vs-tcp</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="302"/>
        <source>unknown record type “%1”; use A, AAAA, MX, TXT, NS or CNAME</source>
        <translation>unbekannter Eintragstyp „%1“; möglich sind A, AAAA, MX, TXT, NS und CNAME</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="337"/>
        <source>--seek wants a position, 0 or more</source>
        <translation>--seek erwartet eine Position, 0 oder größer</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="340"/>
        <source>--load wants requests per second, 1 to 100000</source>
        <translation>--load erwartet Anfragen pro Sekunde, 1 bis 100000</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="343"/>
        <source>--backend-service wants milliseconds, 0 to 60000</source>
        <translation>--backend-service erwartet Millisekunden, 0 bis 60000</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="345"/>
        <source>--wait wants seconds, 0 to 600</source>
        <translation>--wait erwartet Sekunden, 0 bis 600</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="458"/>
        <source>cannot write the screenshot to “%1”</source>
        <translation>das Bildschirmfoto kann nicht nach „%1“ geschrieben werden</translation>
    </message>
</context>
<context>
    <name>BackendCardItem</name>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="89"/>
        <source>up</source>
        <translation>verfügbar</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="91"/>
        <source>failing</source>
        <translation>fällt aus</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="93"/>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="95"/>
        <source>ejected</source>
        <translation>ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="97"/>
        <source>recovering</source>
        <translation>erholt sich</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="121"/>
        <source>failed %1 of %2 checks</source>
        <translation>%1 von %2 Checks fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="124"/>
        <source>killed: failed %1 of %2 checks</source>
        <translation>abgeschossen: %1 von %2 Checks fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="126"/>
        <source>server killed; out of the pool</source>
        <translation>Server abgeschossen; aus dem Pool genommen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="128"/>
        <source>running, but out of the pool after failures</source>
        <translation>läuft, aber nach Fehlern aus dem Pool genommen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="130"/>
        <source>passed %1 of %2 checks</source>
        <translation>%1 von %2 Checks bestanden</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="137"/>
        <source>active %1 · queue %2 · 5xx %3</source>
        <translation>aktiv %1 · Warteschlange %2 · 5xx %3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="254"/>
        <source> · weight %1</source>
        <translation> · Gewicht %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="257"/>
        <source> · backup</source>
        <translation> · Backup</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="292"/>
        <source>%1 · real %2</source>
        <translation>%1 · echt %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="307"/>
        <source> · p99 %1 ms</source>
        <translation> · p99 %1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="314"/>
        <source>%1 of requests</source>
        <translation>%1 der Anfragen</translation>
    </message>
</context>
<context>
    <name>DnsMessageText</name>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="61"/>
        <location filename="../src/gui/text/dns_message_text.cpp" line="86"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="63"/>
        <location filename="../src/gui/text/dns_message_text.cpp" line="104"/>
        <source>no such record (NODATA)</source>
        <translation>kein solcher Eintrag (NODATA)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="69"/>
        <source>query without a question</source>
        <translation>Anfrage ohne Frage</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="79"/>
        <source>truncated (TC): retry over TCP</source>
        <translation>abgeschnitten (TC): erneut über TCP</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="99"/>
        <location filename="../src/gui/text/dns_message_text.cpp" line="119"/>
        <source>referral → %1</source>
        <translation>Verweis → %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="101"/>
        <source>referral → %1 (%2)</source>
        <translation>Verweis → %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="106"/>
        <source>no %1 record (NODATA)</source>
        <translation>kein %1-Eintrag (NODATA)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="113"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
</context>
<context>
    <name>HopChangeText</name>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="11"/>
        <source>A router writes new MAC addresses for the next link: its own as the source, the next hop&apos;s as the destination.</source>
        <translation>Ein Router trägt neue MAC-Adressen für den nächsten Link ein: seine eigene als Quelle, die des nächsten Hops als Ziel.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="15"/>
        <source>Each router lowers the TTL by one, so a packet caught in a loop dies out (RFC 791).</source>
        <translation>Jeder Router senkt die TTL um eins, damit ein Paket, das in einer Schleife kreist, irgendwann verschwindet (RFC 791).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="19"/>
        <source>The header changed, so its checksum is computed again.</source>
        <translation>Der Header hat sich geändert, deshalb wird seine Prüfsumme neu berechnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="22"/>
        <source>NAT at %1 rewrites the private address to its public one, and back on the answer.</source>
        <translation>NAT bei %1 schreibt die private Adresse in seine öffentliche um – und bei der Antwort wieder zurück.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="29"/>
        <source>NAT at %1 gives the connection another port of its public address: the port it had is taken there (Linux keeps the port when it can).</source>
        <translation>NAT bei %1 gibt der Verbindung einen anderen Port seiner öffentlichen Adresse: Der bisherige Port ist dort schon belegt (Linux behält den Port, wenn es kann).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="34"/>
        <source>The checksum covers the IP addresses too (the pseudo-header), so NAT computes it again.</source>
        <translation>Die Prüfsumme deckt auch die IP-Adressen ab (der Pseudo-Header), deshalb berechnet NAT sie neu.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="38"/>
        <source>The ICMP message changed, so its checksum is computed again.</source>
        <translation>Die ICMP-Nachricht hat sich geändert, deshalb wird ihre Prüfsumme neu berechnet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="40"/>
        <source>%1 changed this field on the way.</source>
        <translation>%1 hat dieses Feld unterwegs geändert.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="45"/>
        <source>Link layer (Ethernet): the outermost envelope, addressed for this link only.</source>
        <translation>Netzzugangsschicht (Ethernet): der äußerste Umschlag, nur für diesen Link adressiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="48"/>
        <source>Network layer (IP): how many routers the packet may still cross.</source>
        <translation>Vermittlungsschicht (IP): wie viele Router das Paket noch durchqueren darf.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="51"/>
        <source>Network layer (IP): the addresses from end to end, across every link.</source>
        <translation>Vermittlungsschicht (IP): die Adressen von Ende zu Ende, über alle Links hinweg.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="54"/>
        <source>Transport layer (TCP): the ports pick the program at each end.</source>
        <translation>Transportschicht (TCP): Die Ports wählen das Programm an jedem Ende.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="57"/>
        <source>Application layer (HTTP): the letter itself, inside all the envelopes.</source>
        <translation>Anwendungsschicht (HTTP): der Brief selbst, in allen Umschlägen.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="64"/>
        <source>%1 forwards the frame unchanged.</source>
        <translation>%1 leitet den Frame unverändert weiter.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="66"/>
        <source>A switch forwards the frame unchanged: %1 only looks at the destination MAC address to pick the port.</source>
        <translation>Ein Switch leitet den Frame unverändert weiter: %1 schaut nur auf die Ziel-MAC-Adresse, um den Port zu wählen.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="72"/>
        <source>The same frame at the other end of the link: the wire changes nothing.</source>
        <translation>Derselbe Frame am anderen Ende des Links: Die Leitung ändert nichts.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="76"/>
        <source>%1 sends the packet: every later copy is compared with this one.</source>
        <translation>%1 sendet das Paket: Jede spätere Kopie wird mit dieser verglichen.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="80"/>
        <source>out</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="80"/>
        <source>in</source>
        <translation>eingehend</translation>
    </message>
</context>
<context>
    <name>HopJourneyModel</name>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="175"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="178"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/hop_journey_model.cpp" line="178"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n Feld geändert</numerusform>
            <numerusform>%n Felder geändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="184"/>
        <source>sent at %1</source>
        <translation>gesendet an %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="187"/>
        <source>at %1: unchanged</source>
        <translation>an %1: unverändert</translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="193"/>
        <source>at %1: %2 changed</source>
        <translation>an %1: %2 geändert</translation>
    </message>
</context>
<context>
    <name>LabFailureText</name>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="13"/>
        <source>AppArmor forbids ordinary programs to make user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1).</source>
        <translation>AppArmor verbietet gewöhnlichen Programmen, User-Namespaces anzulegen (kernel.apparmor_restrict_unprivileged_userns = 1).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="17"/>
        <source>This computer allows no user namespaces (user.max_user_namespaces = 0).</source>
        <translation>Dieser Computer erlaubt keine User-Namespaces (user.max_user_namespaces = 0).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="20"/>
        <source>The kernel does not let ordinary users make user namespaces (kernel.unprivileged_userns_clone = 0).</source>
        <translation>Der Kernel lässt gewöhnliche Benutzer keine User-Namespaces anlegen (kernel.unprivileged_userns_clone = 0).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="23"/>
        <source>Hopscope runs in a sandbox (a container or Flatpak) that forbids namespaces.</source>
        <translation>Hopscope läuft in einer Sandbox (einem Container oder Flatpak), die Namespaces verbietet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="26"/>
        <source>The kernel refused to make a user namespace.</source>
        <translation>Der Kernel hat sich geweigert, einen User-Namespace anzulegen.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="28"/>
        <source>The lab&apos;s helper program (hopscope-lab-helper) is not installed.</source>
        <translation>Das Hilfsprogramm des Labors (hopscope-lab-helper) ist nicht installiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="31"/>
        <source>The programs ip or nft are missing (install iproute2 and nftables).</source>
        <translation>Die Programme ip oder nft fehlen (iproute2 und nftables installieren).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="34"/>
        <source>A step of building the lab&apos;s network failed.</source>
        <translation>Ein Schritt beim Aufbau des Labornetzes ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="36"/>
        <source>The lab&apos;s helper program ended without saying why.</source>
        <translation>Das Hilfsprogramm des Labors hat sich ohne Angabe von Gründen beendet.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="46"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>LayerNames</name>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="11"/>
        <source>1 Physical</source>
        <translation>1 Bitübertragung</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="12"/>
        <source>2 Data link</source>
        <translation>2 Sicherung</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="13"/>
        <source>3 Network</source>
        <translation>3 Vermittlung</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="14"/>
        <source>4 Transport</source>
        <translation>4 Transport</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="15"/>
        <source>5 Session</source>
        <translation>5 Sitzung</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="16"/>
        <source>6 Presentation</source>
        <translation>6 Darstellung</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="17"/>
        <source>7 Application</source>
        <translation>7 Anwendung</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="18"/>
        <source>Link</source>
        <translation>Netzzugang</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="19"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="20"/>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="21"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
</context>
<context>
    <name>LbAlgorithmText</name>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="15"/>
        <source>each backend in turn, ignoring weights</source>
        <translation>jedes Backend der Reihe nach, ohne Gewichte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="17"/>
        <source>in turn, as often as its weight says (nginx&apos;s default)</source>
        <translation>der Reihe nach, so oft, wie das Gewicht sagt (Standard bei nginx)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="19"/>
        <source>the backend with the fewest requests in progress</source>
        <translation>das Backend mit den wenigsten laufenden Anfragen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="21"/>
        <source>a backend picked at random</source>
        <translation>ein zufällig gewähltes Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="23"/>
        <source>the less busy of two backends picked at random</source>
        <translation>das weniger ausgelastete von zwei zufällig gewählten Backends</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="25"/>
        <source>the lowest expected wait from recent response times</source>
        <translation>die kürzeste erwartete Wartezeit nach den letzten Antwortzeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="27"/>
        <source>a hash of the client&apos;s address: a client always lands on the same backend</source>
        <translation>ein Hash der Client-Adresse: Ein Client landet immer beim selben Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="29"/>
        <source>a hash ring of the URL: few keys move when backends come and go</source>
        <translation>ein Hash-Ring über die URL: Wenige Schlüssel wandern, wenn Backends kommen und gehen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="31"/>
        <source>a cookie keeps each client on its first backend</source>
        <translation>ein Cookie hält jeden Client bei seinem ersten Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="37"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
        <location filename="../ui/main_window.ui" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="82"/>
        <source>&amp;Export Current View</source>
        <translation>Aktuelle Ansicht &amp;exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="93"/>
        <source>Export &amp;Whole Diagram</source>
        <translation>&amp;Ganzes Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="109"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="113"/>
        <source>&amp;Layer Names</source>
        <translation>&amp;Schichtnamen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="128"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="133"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="145"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="154"/>
        <source>Packet Inspector</source>
        <translation>Paketinspektor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="163"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="166"/>
        <source>Open a pcap or pcapng file as a trace</source>
        <translation>Eine pcap- oder pcapng-Datei als Aufzeichnung öffnen</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="171"/>
        <source>&amp;Save Trace As pcapng…</source>
        <translation>Aufzeichnung als pcapng &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="174"/>
        <source>Save the trace as a pcapng file that Wireshark opens</source>
        <translation>Die Aufzeichnung als pcapng-Datei speichern, die Wireshark öffnet</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="179"/>
        <source>PNG Image (&amp;1×)…</source>
        <translation>PNG-Bild (&amp;1×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="184"/>
        <source>PNG Image (&amp;2×)…</source>
        <translation>PNG-Bild (&amp;2×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="189"/>
        <source>PNG Image (&amp;4×)…</source>
        <translation>PNG-Bild (&amp;4×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="194"/>
        <source>&amp;SVG Vector Image…</source>
        <translation>&amp;SVG-Vektorgrafik…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="199"/>
        <source>&amp;PNG Image…</source>
        <translation>&amp;PNG-Bild…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="204"/>
        <source>&amp;SVG Image…</source>
        <translation>&amp;SVG-Bild…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="209"/>
        <location filename="../ui/main_window.ui" line="214"/>
        <source>P&amp;DF Document…</source>
        <translation>P&amp;DF-Dokument…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="230"/>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="233"/>
        <source>Large text and strokes for a projector, full screen (F5; Esc leaves)</source>
        <translation>Große Schrift und kräftige Linien für den Beamer, im Vollbild (F5; Esc beendet)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="241"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="246"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="251"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="256"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="261"/>
        <source>&amp;About Hopscope</source>
        <translation>Ü&amp;ber Hopscope</translation>
    </message>
</context>
<context>
    <name>SceneExporter</name>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="91"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>Es gibt nichts zu exportieren: Die Ansicht ist leer.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="106"/>
        <source>The PNG file could not be written.</source>
        <translation>Die PNG-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="116"/>
        <source>Exported from Hopscope</source>
        <translation>Aus Hopscope exportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="119"/>
        <source>The SVG file could not be written.</source>
        <translation>Die SVG-Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="137"/>
        <source>The PDF file could not be written.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SourceKindText</name>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="10"/>
        <source>live</source>
        <translation>live</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="12"/>
        <source>lab</source>
        <translation>Labor</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="14"/>
        <source>captured</source>
        <translation>mitgeschnitten</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="16"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="24"/>
        <source>Live: real servers and clients talking over loopback sockets; the message is real, the Ethernet, IP and UDP/TCP headers around it are drawn</source>
        <translation>Live: echte Server und Clients, die über Loopback-Sockets sprechen; die Nachricht ist echt, die Ethernet-, IP- und UDP/TCP-Header darum sind gezeichnet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="27"/>
        <source>Lab: captured by the kernel at an interface of Hopscope&apos;s lab (network namespaces); every byte was on the lab&apos;s wire</source>
        <translation>Labor: vom Kernel an einer Schnittstelle des Hopscope-Labors (Netzwerk-Namespaces) mitgeschnitten; jedes Byte war auf der Leitung des Labors</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="30"/>
        <source>Captured: read from the network interface by libpcap</source>
        <translation>Mitgeschnitten: von libpcap an der Netzwerkschnittstelle gelesen</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="32"/>
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
        <location filename="../src/gui/models/dissection_model.cpp" line="92"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="155"/>
        <source>%1 — %2 and %3 in the TCP/IP model</source>
        <translation>%1 — %2, im TCP/IP-Modell %3</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="163"/>
        <source>Display filter: %1</source>
        <translation>Anzeigefilter: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="207"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="209"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="211"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsCacheModel</name>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="57"/>
        <source>does not exist</source>
        <translation>existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="59"/>
        <source>no such record</source>
        <translation>kein solcher Eintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="86"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="91"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="97"/>
        <source>Stored for %1 s; forgotten in %2 s</source>
        <translation>Für %1 s gespeichert; vergessen in %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="101"/>
        <source>A negative answer: the resolver remembers that %1 does not exist</source>
        <translation>Eine negative Antwort: Der Resolver merkt sich, dass %1 nicht existiert</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="103"/>
        <source>A negative answer: the resolver remembers that %1 has no %2 record</source>
        <translation>Eine negative Antwort: Der Resolver merkt sich, dass %1 keinen %2-Eintrag hat</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="129"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="131"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="133"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="135"/>
        <source>TTL left</source>
        <translation>Rest-TTL</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupRunner</name>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="87"/>
        <source>No node of the lab holds the laptop&apos;s address %1.</source>
        <translation>Kein Knoten des Labors hat die Adresse %1 des Laptops.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="102"/>
        <source>The laptop cannot open its socket in the lab: %1</source>
        <translation>Der Laptop kann seinen Socket im Labor nicht öffnen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="192"/>
        <source>The default scenario was not found (set HOPSCOPE_RESOURCE_DIR or open a scenario file).</source>
        <translation>Das Standardszenario wurde nicht gefunden (HOPSCOPE_RESOURCE_DIR setzen oder eine Szenariodatei öffnen).</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="220"/>
        <source>The scenario has no resolver.</source>
        <translation>Das Szenario hat keinen Resolver.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="278"/>
        <source>The laptop cannot use its socket in the lab: %1</source>
        <translation>Der Laptop kann seinen Socket im Labor nicht benutzen: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="282"/>
        <source>The laptop cannot open its socket on %1: %2</source>
        <translation>Der Laptop kann seinen Socket auf %1 nicht öffnen: %2</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupScene</name>
    <message>
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="335"/>
        <source>Recursive: the laptop asks once and waits; its resolver does all the work.</source>
        <translation>Rekursiv: Der Laptop fragt einmal und wartet; sein Resolver erledigt die ganze Arbeit.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="339"/>
        <source>Iterative: the resolver asks the root, TLD and authoritative servers in turn, following each referral down the tree.</source>
        <translation>Iterativ: Der Resolver fragt der Reihe nach Root-, TLD- und autoritative Server und folgt jedem Verweis den Baum hinab.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="344"/>
        <source>answered from its cache</source>
        <translation>aus seinem Cache beantwortet</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="351"/>
        <source>%n root server(s)</source>
        <translation>
            <numerusform>%n Root-Server</numerusform>
            <numerusform>%n Root-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="353"/>
        <source>%n TLD server(s)</source>
        <translation>
            <numerusform>%n TLD-Server</numerusform>
            <numerusform>%n TLD-Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="355"/>
        <source>%n authoritative server(s)</source>
        <translation>
            <numerusform>%n autoritativer Server</numerusform>
            <numerusform>%n autoritative Server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupView</name>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="221"/>
        <source>Type a name to look up, such as www.foobar.com.</source>
        <translation>Einen Namen zum Nachschlagen eingeben, etwa www.foobar.com.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="226"/>
        <source>“%1” is not a domain name: %2</source>
        <translation>„%1“ ist kein Domainname: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="230"/>
        <source>The DNS servers are not running: %1</source>
        <translation>Die DNS-Server laufen nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="248"/>
        <source>Asking the resolver for %1 %2…</source>
        <translation>Frage den Resolver nach %1 %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="251"/>
        <source>The lookup of %1 could not be sent.</source>
        <translation>Die Anfrage nach %1 konnte nicht gesendet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="267"/>
        <source>Cache flushed: the next lookup starts again at the root servers.</source>
        <translation>Cache geleert: Die nächste Anfrage beginnt wieder bei den Root-Servern.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="289"/>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="445"/>
        <source>Starting the DNS servers on this computer…</source>
        <translation>Die DNS-Server auf diesem Computer starten…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="295"/>
        <source>The DNS servers could not start: %1</source>
        <translation>Die DNS-Server konnten nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="315"/>
        <source>Ready: %n DNS server(s) running in the lab, every frame captured by the kernel (%1).</source>
        <translation>
            <numerusform>Bereit: %n DNS-Server läuft im Labor, jeder Frame vom Kernel mitgeschnitten (%1).</numerusform>
            <numerusform>Bereit: %n DNS-Server laufen im Labor, jeder Frame vom Kernel mitgeschnitten (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="320"/>
        <source>Ready: %n DNS server(s) running on this computer&apos;s loopback (%1). The lab could not start, so the frames around the DNS messages are drawn: %2</source>
        <translation>
            <numerusform>Bereit: %n DNS-Server läuft auf dem Loopback dieses Computers (%1). Das Labor konnte nicht starten, deshalb sind die Frames um die DNS-Nachrichten gezeichnet: %2</numerusform>
            <numerusform>Bereit: %n DNS-Server laufen auf dem Loopback dieses Computers (%1). Das Labor konnte nicht starten, deshalb sind die Frames um die DNS-Nachrichten gezeichnet: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="326"/>
        <source>Ready: %n DNS server(s) running on this computer (%1).</source>
        <translation>
            <numerusform>Bereit: %n DNS-Server läuft auf diesem Computer (%1).</numerusform>
            <numerusform>Bereit: %n DNS-Server laufen auf diesem Computer (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="377"/>
        <source>%1. %2 %3 (%Ln message(s), asked by another program on the laptop)</source>
        <translation>
            <numerusform>%1. %2 %3 (%Ln Nachricht, angefragt von einem anderen Programm auf dem Laptop)</numerusform>
            <numerusform>%1. %2 %3 (%Ln Nachrichten, angefragt von einem anderen Programm auf dem Laptop)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="381"/>
        <source>%1. %2 %3 (%Ln message(s))</source>
        <translation>
            <numerusform>%1. %2 %3 (%Ln Nachricht)</numerusform>
            <numerusform>%1. %2 %3 (%Ln Nachrichten)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="399"/>
        <source>%1: no answer from the resolver within %2 s.</source>
        <translation>%1: keine Antwort vom Resolver innerhalb von %2 s.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="408"/>
        <source>NOERROR, but %1 has no %2 record</source>
        <translation>NOERROR, aber %1 hat keinen %2-Eintrag</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="409"/>
        <source>NOERROR: %1</source>
        <translation>NOERROR: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="413"/>
        <source>NXDOMAIN: %1 does not exist</source>
        <translation>NXDOMAIN: %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="416"/>
        <source>SERVFAIL: the resolver could not find an answer</source>
        <translation>SERVFAIL: Der Resolver hat keine Antwort gefunden</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="423"/>
        <source>from the resolver&apos;s cache, no server asked</source>
        <translation>aus dem Cache des Resolvers, kein Server gefragt</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="424"/>
        <source>%n query(s) to servers</source>
        <translation>
            <numerusform>%n Anfrage an Server</numerusform>
            <numerusform>%n Anfragen an Server</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="426"/>
        <source>%1 · %2 · %3 real time</source>
        <translation>%1 · %2 · %3 Echtzeit</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="427"/>
        <source>Another program on the laptop asked for %1 %2: %3</source>
        <translation>Ein anderes Programm auf dem Laptop fragte nach %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="447"/>
        <source>The DNS servers could not start; the panel on the right says why. File › Open Scenario… loads another scenario.</source>
        <translation>Die DNS-Server konnten nicht starten; der Bereich rechts nennt den Grund. Datei › Szenario öffnen… lädt ein anderes Szenario.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="456"/>
        <source>The trace now holds another recording. Press Resolve, or pick an earlier lookup under Lookups.</source>
        <translation>Die Aufzeichnung enthält jetzt etwas anderes. „Auflösen“ drücken oder unter „Anfragen“ eine frühere Anfrage wählen.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="454"/>
        <source>Type a name, pick a record type and press Resolve: the lookup plays here, message by message.</source>
        <translation>Einen Namen eingeben, einen Eintragstyp wählen und „Auflösen“ drücken: Die Anfrage läuft hier ab, Nachricht für Nachricht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="462"/>
        <source>Press Space to play, or step with the arrow keys: %Ln message(s) in this lookup.</source>
        <translation>
            <numerusform>Leertaste spielt ab, die Pfeiltasten gehen schrittweise: %Ln Nachricht in dieser Anfrage.</numerusform>
            <numerusform>Leertaste spielt ab, die Pfeiltasten gehen schrittweise: %Ln Nachrichten in dieser Anfrage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="473"/>
        <source>Real time: 0, the moment the question leaves the laptop.</source>
        <translation>Echtzeit: 0, der Moment, in dem die Frage den Laptop verlässt.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="476"/>
        <source>Real time: %1 after the previous message, %2 since the laptop asked.</source>
        <translation>Echtzeit: %1 nach der vorigen Nachricht, %2 seit der Frage des Laptops.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="479"/>
        <source>%1 of %2. %3</source>
        <translation>%1 von %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="497"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="498"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="499"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Auflösen</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="500"/>
        <source>Ask the resolver on this computer, as the laptop would (Enter)</source>
        <translation>Den Resolver auf diesem Computer fragen, wie es der Laptop tut (Eingabetaste)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="501"/>
        <source>a domain name, e.g. www.foobar.com</source>
        <translation>ein Domainname, z. B. www.foobar.com</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="502"/>
        <source>&amp;Lookups:</source>
        <translation>An&amp;fragen:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="503"/>
        <source>Every lookup keeps its own recording: pick one to show it again</source>
        <translation>Jede Anfrage behält ihre eigene Aufzeichnung: eine wählen, um sie wieder zu zeigen</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="504"/>
        <source>Resolver cache</source>
        <translation>Resolver-Cache</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="505"/>
        <source>&amp;Flush</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="506"/>
        <source>Empty the resolver&apos;s cache, so the next lookup asks the servers</source>
        <translation>Den Cache des Resolvers leeren, damit die nächste Anfrage die Server fragt</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="507"/>
        <source>Kept for its TTL, counting down: until then the resolver answers from here.</source>
        <translation>Jeder Eintrag bleibt für seine TTL, die herunterzählt: Bis dahin antwortet der Resolver von hier.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationRunner</name>
    <message>
        <location filename="../src/gui/controllers/encapsulation_runner.cpp" line="80"/>
        <source>The encapsulation lesson follows a packet through the lab&apos;s switches, routers and NAT gateway, and the app was started with --network loopback, where there are none.</source>
        <translation>Die Lektion „Kapselung“ verfolgt ein Paket durch die Switches, Router und das NAT-Gateway des Labors, und die App wurde mit --network loopback gestartet, wo es nichts davon gibt.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/encapsulation_runner.cpp" line="148"/>
        <source>The load balancer&apos;s interface did not see every segment the laptop sent: the journeys may stop short.</source>
        <translation>Die Schnittstelle des Load Balancers hat nicht jedes Segment gesehen, das der Laptop gesendet hat: Die Wege können vorzeitig enden.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationView</name>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="125"/>
        <source>One HTTP request from the laptop to www.foobar.com, wrapped like a letter in envelopes: a TCP segment inside an IP packet inside an Ethernet frame. The lab captured it at every interface it crossed; pick a hop to see what the device before it changed, and its bytes in the packet inspector.</source>
        <translation>Eine HTTP-Anfrage vom Laptop an www.foobar.com, verpackt wie ein Brief in Umschläge: ein TCP-Segment in einem IP-Paket in einem Ethernet-Frame. Das Labor hat sie an jeder Schnittstelle mitgeschnitten, die sie durchquert hat; wähle einen Hop, um zu sehen, was das Gerät davor geändert hat, und seine Bytes im Paketinspektor.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="129"/>
        <source>Follow the SYN</source>
        <translation>Dem SYN folgen</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="130"/>
        <source>The segment that opens the connection, with no data in it.</source>
        <translation>Das Segment, das die Verbindung öffnet, ohne Daten darin.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="131"/>
        <source>Follow the GET</source>
        <translation>Dem GET folgen</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="132"/>
        <source>The segment that carries the HTTP request &quot;GET /&quot;.</source>
        <translation>Das Segment mit der HTTP-Anfrage „GET /“.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="133"/>
        <source>Send the request again</source>
        <translation>Anfrage erneut senden</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="134"/>
        <source>A new connection from the laptop, followed hop by hop again.</source>
        <translation>Eine neue Verbindung vom Laptop aus, wieder Hop für Hop verfolgt.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="135"/>
        <source>&amp;Hops, in the order the copies were captured:</source>
        <translation>&amp;Hops, in der Reihenfolge, in der die Kopien mitgeschnitten wurden:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="176"/>
        <source>The lab is not running: %1</source>
        <translation>Das Labor läuft nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="182"/>
        <source>Sending GET / from the laptop and capturing every interface…</source>
        <translation>Sende GET / vom Laptop und schneide an jeder Schnittstelle mit…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="226"/>
        <source>Starting the lab: the laptop, the switch, the routers and the web site, each in a network namespace of its own…</source>
        <translation>Das Labor starten: der Laptop, der Switch, die Router und die Website, jeweils in einem eigenen Netzwerk-Namespace…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="230"/>
        <source>This lesson follows real frames through the lab, and the lab is not running: %1</source>
        <translation>Diese Lektion verfolgt echte Frames durch das Labor, und das Labor läuft nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="250"/>
        <source>None of the %1 frames captured is the laptop&apos;s SYN or GET.</source>
        <translation>Keiner der %1 mitgeschnittenen Frames ist das SYN oder das GET des Laptops.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="252"/>
        <source>Frames captured at all interfaces while the request ran: %1.</source>
        <translation>An allen Schnittstellen mitgeschnittene Frames, während die Anfrage lief: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="255"/>
        <source>The site answered %1.</source>
        <translation>Die Website antwortete mit %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="352"/>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="352"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="352"/>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>Why it changed</source>
        <translation>Grund der Änderung</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="361"/>
        <source>The hops appear here once the request has been sent.</source>
        <translation>Die Hops erscheinen hier, sobald die Anfrage gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="368"/>
        <source>Hop %1 of %2, %3: %4 wraps the data in its envelopes; every later hop shows what changed since the copy before it.</source>
        <translation>Hop %1 von %2, %3: %4 verpackt die Daten in ihre Umschläge; jeder spätere Hop zeigt, was sich seit der Kopie davor geändert hat.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="376"/>
        <source>Hop %1 of %2, %3: nothing changed.</source>
        <translation>Hop %1 von %2, %3: Nichts hat sich geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/encapsulation_view.cpp" line="386"/>
        <source>Hop %1 of %2, %3: %n field(s) changed at %4.</source>
        <translation>
            <numerusform>Hop %1 von %2, %3: %n Feld bei %4 geändert.</numerusform>
            <numerusform>Hop %1 von %2, %3: %n Felder bei %4 geändert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EventList</name>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="90"/>
        <source>Filter: any text in any column</source>
        <translation>Filter: beliebiger Text in beliebiger Spalte</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="91"/>
        <source>Shows only events whose row contains this text</source>
        <translation>Zeigt nur Ereignisse, deren Zeile diesen Text enthält</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="92"/>
        <source>Shows only events of one protocol</source>
        <translation>Zeigt nur Ereignisse eines Protokolls</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="94"/>
        <location filename="../src/gui/widgets/event_list.cpp" line="102"/>
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
    <name>hopscope::gui::LadderScene</name>
    <message>
        <location filename="../src/gui/widgets/ladder_scene.cpp" line="290"/>
        <source>No.  real time</source>
        <translation>Nr.  Echtzeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/ladder_scene.cpp" line="365"/>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbComparePanel</name>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="175"/>
        <source>%1: requests per backend</source>
        <translation>%1: Anfragen pro Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="184"/>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="185"/>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="186"/>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="187"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="217"/>
        <source>Simulated, same arrivals: both algorithms get the identical sequence of %1 requests (Poisson arrivals at %2/s for %3 s from 4 clients, seed %4) and the identical service times, on the backends as configured in the Live tab, all up. This runs the real balancing code in a simulation, not live traffic: there is no network, so a latency is queueing plus service time. Try it with one backend slower than the others.</source>
        <translation>Simuliert, gleiche Ankünfte: Beide Algorithmen bekommen genau dieselbe Folge von %1 Anfragen (Poisson-Ankünfte mit %2/s für %3 s von 4 Clients, Seed %4) und genau dieselben Bearbeitungszeiten, auf den Backends wie im Tab „Live“ eingestellt, alle verfügbar. Hier läuft der echte Code der Lastverteilung in einer Simulation, kein Live-Verkehr: Es gibt kein Netz, also ist eine Latenz Wartezeit plus Bearbeitungszeit. Probier es mit einem Backend aus, das langsamer ist als die anderen.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="237"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Rate:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="238"/>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="239"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="240"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="241"/>
        <source>S&amp;eed:</source>
        <translation>S&amp;eed:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="242"/>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="243"/>
        <source>p50 latency</source>
        <translation>p50-Latenz</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="243"/>
        <source>p90 latency</source>
        <translation>p90-Latenz</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="243"/>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="244"/>
        <source>slowest</source>
        <translation>langsamste</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="244"/>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="244"/>
        <source>500 (backend errors)</source>
        <translation>500 (Backend-Fehler)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="245"/>
        <source>503 (queue full or no backend)</source>
        <translation>503 (Warteschlange voll oder kein Backend)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="245"/>
        <source>longest queue</source>
        <translation>längste Warteschlange</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbConfigDialog</name>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="88"/>
        <source>The Real Config</source>
        <translation>Die echte Konfiguration</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="89"/>
        <source>The setup running now, as a real load balancer would be configured: the algorithm, the health checks and each backend&apos;s real address and weight. Paste it into haproxy.cfg (with a frontend that uses it) or into nginx&apos;s http block.</source>
        <translation>Die Konfiguration, die gerade läuft, so wie man einen echten Load Balancer einrichten würde: der Algorithmus, die Health-Checks und die echte Adresse und das Gewicht jedes Backends. Füge sie in haproxy.cfg ein (mit einem Frontend, das sie nutzt) oder in den http-Block von nginx.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="93"/>
        <source>HAProxy (haproxy.cfg)</source>
        <translation>HAProxy (haproxy.cfg)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="94"/>
        <source>nginx (upstream)</source>
        <translation>nginx (upstream)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="95"/>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="96"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="97"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbControlsPanel</name>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="230"/>
        <source>■ Stop load</source>
        <translation>■ Last stoppen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="230"/>
        <source>▶ Start load</source>
        <translation>▶ Last starten</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="239"/>
        <source>No load from the built-in clients yet.</source>
        <translation>Noch keine Last von den eingebauten Clients.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="244"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="247"/>
        <source>Built-in clients sent %1, answered %2</source>
        <translation>Eingebaute Clients: %1 gesendet, %2 beantwortet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="252"/>
        <source>, no answer %1</source>
        <translation>, ohne Antwort %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="255"/>
        <source>, not sent %1 (too many waiting)</source>
        <translation>, nicht gesendet %1 (zu viele warten)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="258"/>
        <source>; p50 %1 ms, p99 %2 ms</source>
        <translation>; p50 %1 ms, p99 %2 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="382"/>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="502"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="388"/>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="500"/>
        <source>fixed</source>
        <translation>fest</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="389"/>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="501"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="436"/>
        <source>✖ Kill</source>
        <translation>✖ Abschießen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="436"/>
        <source>↺ Revive</source>
        <translation>↺ Wiederbeleben</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="437"/>
        <source>Stop this backend&apos;s server as a crash would: its connections are reset and health checks notice</source>
        <translation>Den Server dieses Backends wie bei einem Absturz stoppen: Seine Verbindungen werden zurückgesetzt, und die Health-Checks bemerken es</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="439"/>
        <source>Start this backend&apos;s server again on the same port; health checks bring it back</source>
        <translation>Den Server dieses Backends wieder auf demselben Port starten; die Health-Checks holen ihn zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="460"/>
        <source>Traffic</source>
        <translation>Verkehr</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="461"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="467"/>
        <source>&amp;Load:</source>
        <translation>&amp;Last:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="468"/>
        <source>Rate (open loop)</source>
        <translation>Rate (offene Schleife)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="470"/>
        <source>Requests arrive at this rate whatever the backends do, as real users do (Poisson arrivals): queues build when they are slow</source>
        <translation>Anfragen kommen mit dieser Rate, egal was die Backends tun, wie bei echten Nutzern (Poisson-Ankünfte): Sind sie langsam, wachsen Warteschlangen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="473"/>
        <source>Concurrency (closed loop)</source>
        <translation>Parallelität (geschlossene Schleife)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="475"/>
        <source>A fixed number of clients, each sending its next request when the last is answered (what wrk does)</source>
        <translation>Eine feste Zahl von Clients, die jeweils ihre nächste Anfrage senden, sobald die letzte beantwortet ist (so arbeitet wrk)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="478"/>
        <source> requests/s</source>
        <translation> Anfragen/s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="479"/>
        <source> in flight</source>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="480"/>
        <source>&amp;Backends:</source>
        <translation>&amp;Backends:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="481"/>
        <source>Backends</source>
        <translation>Backends</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="482"/>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="482"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="482"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="482"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="483"/>
        <source>Service</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="483"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="483"/>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="485"/>
        <source>Requests served at once; more wait in the backend&apos;s queue (∞: no limit)</source>
        <translation>Gleichzeitig bediente Anfragen; weitere warten in der Warteschlange des Backends (∞: keine Grenze)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="487"/>
        <source>Mean time the backend takes per request</source>
        <translation>Mittlere Zeit, die das Backend pro Anfrage braucht</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="489"/>
        <source>Fixed: every request takes the mean. Random: drawn from an exponential distribution with that mean, as real servers vary</source>
        <translation>Fest: Jede Anfrage dauert genau den Mittelwert. Zufällig: aus einer Exponentialverteilung mit diesem Mittelwert gezogen, weil echte Server schwanken</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="494"/>
        <source>Every change applies at once, while the load runs. A killed backend&apos;s requests are retried on another one, so clients rarely see an error, and the health checks take it out of the pool.</source>
        <translation>Jede Änderung wirkt sofort, während die Last läuft. Die Anfragen eines abgeschossenen Backends werden auf einem anderen wiederholt, sodass Clients selten einen Fehler sehen, und die Health-Checks nehmen es aus dem Pool.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="492"/>
        <source>Share of requests the backend answers with 500</source>
        <translation>Anteil der Anfragen, die das Backend mit 500 beantwortet</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="504"/>
        <source>From outside the app</source>
        <translation>Von außerhalb der App</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="505"/>
        <source>The load balancer really listens here. Requests from curl, wrk or a browser show up like the built-in clients&apos;.</source>
        <translation>Hier lauscht der Load Balancer wirklich. Anfragen von curl, wrk oder einem Browser erscheinen wie die der eingebauten Clients.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="507"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="508"/>
        <source>Show the real config…</source>
        <translation>Echte Konfiguration zeigen…</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbScene</name>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="575"/>
        <source>127.0.0.1: curl, browser</source>
        <translation>127.0.0.1: curl, Browser</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="533"/>
        <source>%1 and others</source>
        <translation>%1 und weitere</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="553"/>
        <source>load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="562"/>
        <source>real: %1</source>
        <translation>echt: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="565"/>
        <source>algorithm: %1</source>
        <translation>Algorithmus: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbStackController</name>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="102"/>
        <source>Another backend could not be started.</source>
        <translation>Ein weiteres Backend konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="105"/>
        <source>Backend %1 could not be removed.</source>
        <translation>Backend %1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="108"/>
        <source>Backend %1 could not be stopped.</source>
        <translation>Backend %1 konnte nicht gestoppt werden.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="111"/>
        <source>Backend %1 could not listen again on its port.</source>
        <translation>Backend %1 konnte nicht wieder auf seinem Port lauschen.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="114"/>
        <source>The load could not be started: %1</source>
        <translation>Die Last konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="117"/>
        <source>Backend %1 did not take the change.</source>
        <translation>Backend %1 hat die Änderung nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LessonRegistry</name>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="19"/>
        <source>The DNS lookup that turns the name into an address</source>
        <translation>Die DNS-Abfrage, die aus dem Namen eine Adresse macht</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="21"/>
        <source>The TCP handshake with the web server</source>
        <translation>Den TCP-Handshake mit dem Webserver</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="22"/>
        <source>The HTTP request, encapsulated and carried hop by hop</source>
        <translation>Die HTTP-Anfrage, gekapselt und Hop für Hop transportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="24"/>
        <source>The load balancer picking a backend, and the answer travelling back</source>
        <translation>Wie der Lastverteiler ein Backend wählt und die Antwort zurückreist</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="26"/>
        <source>One timeline across all of it, stepping forward and back at any speed</source>
        <translation>Eine Zeitleiste über alles, vor- und zurückspulbar in jedem Tempo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="30"/>
        <source>All the lessons in order: what happens between typing an address into a browser and the page appearing.</source>
        <translation>Alle Lektionen der Reihe nach: was zwischen dem Eintippen einer Adresse im Browser und dem Erscheinen der Seite passiert.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="40"/>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="41"/>
        <source>How a name becomes an address, down the DNS hierarchy</source>
        <translation>Wie aus einem Namen eine Adresse wird, die DNS-Hierarchie hinab</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="47"/>
        <source>TCP handshake</source>
        <translation>TCP-Handshake</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="48"/>
        <source>SYN, SYN-ACK, ACK: how a connection is opened and closed</source>
        <translation>SYN, SYN-ACK, ACK: wie eine Verbindung auf- und abgebaut wird</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="54"/>
        <source>Encapsulation</source>
        <translation>Kapselung</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="55"/>
        <source>A request wrapped layer by layer and carried hop by hop</source>
        <translation>Eine Anfrage, Schicht um Schicht verpackt und Hop für Hop transportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="61"/>
        <source>Load balancing</source>
        <translation>Lastverteilung</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="62"/>
        <source>One front end spreading requests over several backends</source>
        <translation>Ein Frontend verteilt Anfragen auf mehrere Backends</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="68"/>
        <source>Journey</source>
        <translation>Die ganze Reise</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="69"/>
        <source>All the lessons in order, from typing an address to the page arriving</source>
        <translation>Alle Lektionen der Reihe nach, vom Eintippen einer Adresse bis zur fertigen Seite</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="72"/>
        <source>Trace</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="73"/>
        <source>Whatever trace is loaded, an opened capture included, as a ladder diagram</source>
        <translation>Die geladene Aufzeichnung, auch ein geöffneter Mitschnitt, als Sequenzdiagramm</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LoadBalancingView</name>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="304"/>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="440"/>
        <source>The load balancer could not start: %1</source>
        <translation>Der Load Balancer konnte nicht starten: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="345"/>
        <source>The trace keeps the first %L1 events; the counters, charts and dots go on. Stop and start the load for a fresh trace.</source>
        <translation>Die Aufzeichnung behält die ersten %L1 Ereignisse; Zähler, Diagramme und Punkte laufen weiter. Stoppe und starte die Last für eine neue Aufzeichnung.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="379"/>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="385"/>
        <source>none (503)</source>
        <translation>keins (503)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="393"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="395"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="437"/>
        <source>Starting real backends and a load balancer on this computer…</source>
        <translation>Echte Backends und einen Load Balancer auf diesem Computer starten…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="447"/>
        <source>Press Start load, or send a request yourself: %1. Each request will travel from its client through the load balancer to the backend that answers, in that backend&apos;s colour.</source>
        <translation>Drücke „Last starten“ oder schicke selbst eine Anfrage: %1. Jede Anfrage reist dann von ihrem Client durch den Load Balancer zu dem Backend, das antwortet, in der Farbe dieses Backends.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="453"/>
        <source>Each dot is one real HTTP request: filled on its way to the backend, a ring on the way back, a square with the status for an error. A hop takes %1 s on screen; the real request took milliseconds.</source>
        <translation>Jeder Punkt ist eine echte HTTP-Anfrage: gefüllt auf dem Weg zum Backend, ein Ring auf dem Rückweg, ein Quadrat mit dem Status bei einem Fehler. Ein Hop dauert auf dem Bildschirm %1 s; die echte Anfrage dauerte Millisekunden.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="460"/>
        <source>Sampled: %1 of %2 requests are drawn; the cards and charts count every request.</source>
        <translation>Stichprobe: %1 von %2 Anfragen werden gezeichnet; Karten und Diagramme zählen jede Anfrage.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="511"/>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="512"/>
        <source>Compare algorithms (simulated)</source>
        <translation>Algorithmen vergleichen (simuliert)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="513"/>
        <source>Requests per backend</source>
        <translation>Anfragen pro Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="515"/>
        <source>Requests/s per backend</source>
        <translation>Anfragen/s pro Backend</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="516"/>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="518"/>
        <source>seconds ago</source>
        <translation>Sekunden zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="516"/>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="517"/>
        <source>Response time (p50, p99)</source>
        <translation>Antwortzeit (p50, p99)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="518"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="420"/>
        <source>No trace</source>
        <translation>Keine Aufzeichnung</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="488"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="489"/>
        <source>Captures (*.pcapng *.pcap *.cap *.ntar);;All files (*)</source>
        <translation>Mitschnitte (*.pcapng *.pcap *.cap *.ntar);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="519"/>
        <location filename="../src/gui/main_window.cpp" line="630"/>
        <source>Please wait: another file is still being read or written.</source>
        <translation>Bitte warten: Eine andere Datei wird noch gelesen oder geschrieben.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="526"/>
        <source>Opening Capture</source>
        <translation>Mitschnitt wird geöffnet</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="527"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="546"/>
        <source>Reading %1: %n packet(s)…</source>
        <translation>
            <numerusform>%1 wird gelesen: %n Paket…</numerusform>
            <numerusform>%1 wird gelesen: %n Pakete…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="578"/>
        <source>Stopped reading %1</source>
        <translation>Lesen von %1 abgebrochen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="584"/>
        <source>Hopscope could not open “%1”:
%2</source>
        <translation>Hopscope konnte „%1“ nicht öffnen:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="600"/>
        <source>Opening %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="612"/>
        <location filename="../src/gui/main_window.cpp" line="647"/>
        <source>Save Trace</source>
        <translation>Aufzeichnung speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="612"/>
        <source>There is no trace to save yet.</source>
        <translation>Es gibt noch keine Aufzeichnung zum Speichern.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="620"/>
        <source>Save Trace As pcapng</source>
        <translation>Aufzeichnung als pcapng speichern</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="621"/>
        <source>pcapng captures (*.pcapng)</source>
        <translation>pcapng-Mitschnitte (*.pcapng)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="634"/>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="424"/>
        <source>%Ln event(s) · %1</source>
        <translation>
            <numerusform>%Ln Ereignis · %1</numerusform>
            <numerusform>%Ln Ereignisse · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="264"/>
        <source>&amp;Blank Screen</source>
        <translation>&amp;Bildschirm schwärzen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="265"/>
        <source>Black out the window so the class looks at you; B again, Escape or a click brings it back.</source>
        <translation>Das Fenster schwärzen, damit die Klasse dich ansieht; noch einmal B, Escape oder ein Klick holt es zurück.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="274"/>
        <source>Open &amp;Scenario…</source>
        <translation>Szena&amp;rio öffnen…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="276"/>
        <source>Replace the DNS lesson&apos;s servers and zone files with those of a scenario file</source>
        <translation>Die Server und Zonendateien der DNS-Lektion durch die einer Szenariodatei ersetzen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="498"/>
        <source>Open Scenario</source>
        <translation>Szenario öffnen</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="499"/>
        <source>Hopscope scenarios (*.scenario);;All files (*)</source>
        <translation>Hopscope-Szenarien (*.scenario);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="509"/>
        <source>Starting the servers of %1…</source>
        <translation>Die Server von %1 starten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="571"/>
        <source>Opened %1: %Ln packet(s)</source>
        <translation>
            <numerusform>%1 geöffnet: %Ln Paket</numerusform>
            <numerusform>%1 geöffnet: %Ln Pakete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="576"/>
        <source>Stopped reading %1: showing the %Ln packet(s) read so far</source>
        <translation>
            <numerusform>Lesen von %1 abgebrochen: Das bisher gelesene Paket wird gezeigt</numerusform>
            <numerusform>Lesen von %1 abgebrochen: Die %Ln bisher gelesenen Pakete werden gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="586"/>
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
        <location filename="../src/gui/main_window.cpp" line="592"/>
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
        <location filename="../src/gui/main_window.cpp" line="640"/>
        <source>Saved %Ln event(s) to %1</source>
        <translation>
            <numerusform>%Ln Ereignis in %1 gespeichert</numerusform>
            <numerusform>%Ln Ereignisse in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="648"/>
        <source>The trace could not be saved to “%1”:
%2</source>
        <translation>Die Aufzeichnung konnte nicht in „%1“ gespeichert werden:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="688"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="690"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="692"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="695"/>
        <source>Export Current View</source>
        <translation>Aktuelle Ansicht exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="695"/>
        <source>Export Whole Diagram</source>
        <translation>Ganzes Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="710"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="715"/>
        <source>About Hopscope</source>
        <translation>Über Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="716"/>
        <source>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;See what really happens on the wire: DNS lookups, TCP handshakes, encapsulation and load balancing, with real packets from real servers on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;Sieh, was wirklich auf der Leitung passiert: DNS-Abfragen, TCP-Handshakes, Kapselung und Lastverteilung – mit echten Paketen von echten Servern auf diesem Rechner.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PacketInspector</name>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="178"/>
        <source>OSI</source>
        <translation>OSI</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="179"/>
        <source>Name layers as in the seven-layer OSI model</source>
        <translation>Schichten wie im siebenschichtigen OSI-Modell benennen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="180"/>
        <source>TCP/IP</source>
        <translation>TCP/IP</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="181"/>
        <source>Name layers as in the four-layer TCP/IP model</source>
        <translation>Schichten wie im vierschichtigen TCP/IP-Modell benennen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="182"/>
        <source>No event yet. Step forward or pick one in the event list to see its layers and bytes.</source>
        <translation>Noch kein Ereignis. Gehe einen Schritt vor oder wähle eines in der Ereignisliste, um seine Schichten und Bytes zu sehen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="247"/>
        <source>Event %1 · %2 → %3 · %n bytes · %4</source>
        <translation>
            <numerusform>Ereignis %1 · %2 → %3 · %n Byte · %4</numerusform>
            <numerusform>Ereignis %1 · %2 → %3 · %n Bytes · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="253"/>
        <source>(captured at %1)</source>
        <translation>(mitgeschnitten an %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="259"/>
        <source>[Drawn: the message itself is what the program sent; the Ethernet, IP and UDP/TCP headers around it were made up for the display addresses.]</source>
        <translation>[Gezeichnet: Die Nachricht selbst hat das Programm so gesendet; die Ethernet-, IP- und UDP/TCP-Header darum wurden für die angezeigten Adressen erfunden.]</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="283"/>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PlannedLessonView</name>
    <message>
        <location filename="../src/gui/views/planned_lesson_view.cpp" line="103"/>
        <source>This lesson is not built yet.</source>
        <translation>Diese Lektion ist noch nicht fertig.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/planned_lesson_view.cpp" line="104"/>
        <source>When it is, it will show:</source>
        <translation>Wenn sie fertig ist, zeigt sie:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/planned_lesson_view.cpp" line="105"/>
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
    <name>hopscope::gui::TcpLessonRunner</name>
    <message>
        <location filename="../src/gui/controllers/tcp_lesson_runner.cpp" line="69"/>
        <source>The TCP lesson shows the segments the kernel sends in the lab, and the app was started with --network loopback.</source>
        <translation>Die TCP-Lektion zeigt die Segmente, die der Kernel im Labor sendet, und die App wurde mit --network loopback gestartet.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TcpLessonView</name>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="165"/>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="167"/>
        <source>Lose the SYN</source>
        <translation>SYN verlieren</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="169"/>
        <source>Lose the request</source>
        <translation>Anfrage verlieren</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="171"/>
        <source>Closed port</source>
        <translation>Geschlossener Port</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="173"/>
        <source>Router resets</source>
        <translation>Router sendet Reset</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="175"/>
        <source>UDP or TCP?</source>
        <translation>UDP oder TCP?</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="177"/>
        <source>Lose the SYN-ACK</source>
        <translation>SYN-ACK verlieren</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="179"/>
        <source>Reset midway</source>
        <translation>Reset mittendrin</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="187"/>
        <source>Open a connection to www.foobar.com, ask for / and close it again.</source>
        <translation>Eine Verbindung zu www.foobar.com öffnen, / anfordern und sie wieder schließen.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="189"/>
        <source>The home router drops the laptop&apos;s first SYN: watch the kernel send it again after its retransmission timer runs out.</source>
        <translation>Der Heimrouter verwirft das erste SYN des Laptops: Sieh zu, wie der Kernel es erneut sendet, wenn sein Timer für die Sendewiederholung abläuft.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="192"/>
        <source>The home router drops the segment carrying the GET: the laptop&apos;s kernel retransmits it when no acknowledgement comes.</source>
        <translation>Der Heimrouter verwirft das Segment mit dem GET: Der Kernel des Laptops sendet es erneut, wenn keine Bestätigung kommt.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="195"/>
        <source>Connect to port 81, where nothing listens: the server&apos;s kernel answers RST.</source>
        <translation>Mit Port 81 verbinden, auf dem nichts lauscht: Der Kernel des Servers antwortet mit RST.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="197"/>
        <source>The home router answers every SYN with a reset, as a firewall that rejects connections does.</source>
        <translation>Der Heimrouter beantwortet jedes SYN mit einem Reset, wie es eine Firewall tut, die Verbindungen ablehnt.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="200"/>
        <source>The home router drops the server&apos;s first SYN-ACK: both kernels&apos; timers run out and each sends its part of the handshake again.</source>
        <translation>Der Heimrouter verwirft das erste SYN-ACK des Servers: Die Timer beider Kernel laufen ab, und jeder sendet seinen Teil des Handshakes erneut.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="203"/>
        <source>The connection opens, then the home router answers the GET with a reset in the server&apos;s name: the laptop gives up, the server never knows.</source>
        <translation>Die Verbindung kommt zustande, dann beantwortet der Heimrouter das GET mit einem Reset im Namen des Servers: Der Laptop gibt auf, der Server erfährt nie davon.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="206"/>
        <source>Ask the resolver for www.foobar.com over UDP, then the same over TCP: packets, bytes and round trips side by side.</source>
        <translation>Den Resolver über UDP nach www.foobar.com fragen, dann dasselbe über TCP: Pakete, Bytes und Round-Trips nebeneinander.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="263"/>
        <source>The lab is not running: %1</source>
        <translation>Das Labor läuft nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="280"/>
        <source>Asking the resolver over UDP, then over TCP…</source>
        <translation>Frage den Resolver über UDP, dann über TCP…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="282"/>
        <source>Connecting from the laptop; the first SYN will be lost, so this takes about a second…</source>
        <translation>Verbinde vom Laptop aus; das erste SYN geht verloren, deshalb dauert es etwa eine Sekunde…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="284"/>
        <source>Connecting from the laptop to www.foobar.com…</source>
        <translation>Verbinde vom Laptop mit www.foobar.com…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="293"/>
        <source>Starting the lab: the laptop, the routers and the web site, each in a network namespace of its own…</source>
        <translation>Das Labor starten: der Laptop, die Router und die Website, jeweils in einem eigenen Netzwerk-Namespace…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="298"/>
        <source>This lesson shows the segments the Linux kernel sends in the lab, and the lab is not running: %1</source>
        <translation>Diese Lektion zeigt die Segmente, die der Linux-Kernel im Labor sendet, und das Labor läuft nicht: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="308"/>
        <source>The lab runs. Press a button to open a connection from the laptop.</source>
        <translation>Das Labor läuft. Drücke eine Schaltfläche, um eine Verbindung vom Laptop aus zu öffnen.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="363"/>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="381"/>
        <source>%1: it did not work: %2</source>
        <translation>%1: Es hat nicht funktioniert: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="367"/>
        <source>%1: the same question for %2. UDP: %3 packets, %4 bytes, %5 round trip(s), answered after %6. TCP: %7 packets, %8 bytes, %9 round trip(s), answered after %10.</source>
        <translation>%1: dieselbe Frage nach %2. UDP: %3 Pakete, %4 Bytes, %5 Round-Trip(s), beantwortet nach %6. TCP: %7 Pakete, %8 Bytes, %9 Round-Trip(s), beantwortet nach %10.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="384"/>
        <source>%1: the connection was refused (%2); the capture holds %Ln segment(s).</source>
        <translation>
            <numerusform>%1: Die Verbindung wurde abgelehnt (%2); der Mitschnitt enthält %Ln Segment.</numerusform>
            <numerusform>%1: Die Verbindung wurde abgelehnt (%2); der Mitschnitt enthält %Ln Segmente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="389"/>
        <source>%1: HTTP %2 with %3 bytes over port %4; the laptop&apos;s kernel sent and received %Ln segment(s).</source>
        <translation>
            <numerusform>%1: HTTP %2 mit %3 Bytes über Port %4; der Kernel des Laptops hat %Ln Segment gesendet und empfangen.</numerusform>
            <numerusform>%1: HTTP %2 mit %3 Bytes über Port %4; der Kernel des Laptops hat %Ln Segmente gesendet und empfangen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="397"/>
        <source>%1: no answer came (%2); the capture holds %Ln segment(s).</source>
        <translation>
            <numerusform>%1: Es kam keine Antwort (%2); der Mitschnitt enthält %Ln Segment.</numerusform>
            <numerusform>%1: Es kam keine Antwort (%2); der Mitschnitt enthält %Ln Segmente.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="402"/>
        <source>The capture did not show the end of the connection in time: what is drawn stops where the capture stopped.</source>
        <translation>Der Mitschnitt hat das Ende der Verbindung nicht rechtzeitig gezeigt: Das Gezeichnete endet dort, wo der Mitschnitt endete.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="412"/>
        <source>%1. %2 (%Ln segment(s))</source>
        <translation>
            <numerusform>%1. %2 (%Ln Segment)</numerusform>
            <numerusform>%1. %2 (%Ln Segmente)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="436"/>
        <source>Each segment the laptop&apos;s kernel sends or receives appears here, one sentence each on why it was sent.</source>
        <translation>Jedes Segment, das der Kernel des Laptops sendet oder empfängt, erscheint hier, jeweils mit einem Satz dazu, warum es gesendet wurde.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="441"/>
        <source>Press Space to play, or step with the arrow keys.</source>
        <translation>Leertaste spielt ab, die Pfeiltasten gehen schrittweise.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="444"/>
        <source>%1. %2 → %3: %4</source>
        <translation>%1. %2 → %3: %4</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="485"/>
        <source>The laptop&apos;s kernel could not be asked about its socket: %1</source>
        <translation>Der Kernel des Laptops konnte nicht nach seinem Socket gefragt werden: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="492"/>
        <source>The laptop&apos;s kernel (sock_diag) has no socket left for this connection: CLOSED, as the segments say.</source>
        <translation>Der Kernel des Laptops (sock_diag) hat für diese Verbindung keinen Socket mehr: CLOSED, wie die Segmente sagen.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="495"/>
        <source>The segments say the laptop is in %1, but its kernel (sock_diag) has no socket left for this connection.</source>
        <translation>Laut den Segmenten ist der Laptop in %1, aber sein Kernel (sock_diag) hat für diese Verbindung keinen Socket mehr.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="501"/>
        <source>state %1</source>
        <translation>Zustand %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="503"/>
        <source>The segments say the laptop is in %1, but its kernel (sock_diag) says %2.</source>
        <translation>Laut den Segmenten ist der Laptop in %1, aber sein Kernel (sock_diag) sagt %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="507"/>
        <source>The laptop&apos;s kernel (sock_diag) agrees: its socket is in %1.</source>
        <translation>Der Kernel des Laptops (sock_diag) bestätigt es: Sein Socket ist in %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="515"/>
        <source>The laptop&apos;s kernel said %1; its timer has run out since, so the socket is CLOSED now.</source>
        <translation>Der Kernel des Laptops sagte %1; sein Timer ist seitdem abgelaufen, also ist der Socket jetzt CLOSED.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="519"/>
        <source>The laptop&apos;s kernel (sock_diag) agrees: %1, and its own timer closes the socket in %2 s.</source>
        <translation>Der Kernel des Laptops (sock_diag) bestätigt es: %1, und sein eigener Timer schließt den Socket in %2 s.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="540"/>
        <source>Open a real TCP connection from the lab&apos;s laptop to the web server, or make it go wrong on purpose. Every segment on the ladder is one the laptop&apos;s Linux kernel sent or received, as captured on its network interface.</source>
        <translation>Öffne eine echte TCP-Verbindung vom Laptop des Labors zum Webserver, oder lass sie absichtlich schiefgehen. Jedes Segment im Sequenzdiagramm hat der Linux-Kernel des Laptops gesendet oder empfangen, so wie es an seiner Netzwerkschnittstelle mitgeschnitten wurde.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="548"/>
        <source>Connections so far:</source>
        <translation>Bisherige Verbindungen:</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TraceView</name>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="76"/>
        <source>No trace is loaded.

Open a pcap or pcapng capture with File › Open Capture… to see it here as a ladder diagram: one lifeline per machine, one arrow per packet.</source>
        <translation>Es ist keine Aufzeichnung geladen.

Öffne einen pcap- oder pcapng-Mitschnitt mit Datei › Mitschnitt öffnen…, um ihn hier als Sequenzdiagramm zu sehen: eine Lebenslinie pro Rechner, ein Pfeil pro Paket.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="85"/>
        <source>Press Space to play, or step with the arrow keys.</source>
        <translation>Leertaste spielt ab, die Pfeiltasten gehen schrittweise.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="89"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="91"/>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="93"/>
        <source>%1. %2: %3 %4</source>
        <translation>%1. %2: %3 %4</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TransportBar</name>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="184"/>
        <source>Step &amp;Back</source>
        <translation>Schritt &amp;zurück</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="185"/>
        <source>Step back one event (Left, Page Up)</source>
        <translation>Ein Ereignis zurück (Links, Bild auf)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="186"/>
        <source>Step &amp;Forward</source>
        <translation>Schritt &amp;vor</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="187"/>
        <source>Step forward one event (Right, Page Down)</source>
        <translation>Ein Ereignis vor (Rechts, Bild ab)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="188"/>
        <source>Go to &amp;Start</source>
        <translation>Zum &amp;Anfang</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="189"/>
        <source>Back to before the first event (Home)</source>
        <translation>Zurück vor das erste Ereignis (Pos1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="190"/>
        <source>Go to &amp;End</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="191"/>
        <source>Jump to after the last event (End)</source>
        <translation>Hinter das letzte Ereignis springen (Ende)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="192"/>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="193"/>
        <source>F&amp;aster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="194"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="195"/>
        <source>Playback speed: at 1× one hop takes 0.6 s on screen</source>
        <translation>Wiedergabetempo: Bei 1× dauert ein Hop auf dem Bildschirm 0,6 s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="196"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="197"/>
        <source>Real time</source>
        <translation>Echtzeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="198"/>
        <source>What the network really took to get here</source>
        <translation>Wie lange das Netz wirklich bis hierher gebraucht hat</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="199"/>
        <source>Shown time</source>
        <translation>Anzeigezeit</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="200"/>
        <source>Where the animation is, at 1× speed</source>
        <translation>Wo die Animation steht, bei 1× Tempo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="201"/>
        <source>One tick per event; drag to scrub</source>
        <translation>Ein Strich pro Ereignis; ziehen zum Spulen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="208"/>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="216"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>&amp;Play</source>
        <translation>&amp;Abspielen</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="239"/>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="239"/>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
</context>
</TS>
