<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="101"/>
        <source>See what really happens on the wire.</source>
        <translation>Mira lo que de verdad pasa en la red.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="108"/>
        <source>Start on one page: %1.</source>
        <translation>Empezar en una página: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="109"/>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="111"/>
        <location filename="../src/gui/application.cpp" line="147"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="114"/>
        <source>Write the window as a PNG image once it has painted, then exit.</source>
        <translation>Guardar la ventana como imagen PNG en cuanto se haya dibujado y salir.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="116"/>
        <location filename="../src/gui/application.cpp" line="137"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="119"/>
        <source>Exit as soon as the window has painted (for start-up benchmarks).</source>
        <translation>Salir en cuanto la ventana se haya dibujado (para medir el arranque).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="123"/>
        <source>Start in presentation mode.</source>
        <translation>Empezar en modo presentación.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="126"/>
        <source>Use this language (de, es, ...) instead of the system&apos;s.</source>
        <translation>Usar este idioma (de, es, …) en lugar del del sistema.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="128"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="131"/>
        <source>Log level: trace, debug, info, warn, error, critical or off.</source>
        <translation>Nivel de registro: trace, debug, info, warn, error, critical u off.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="133"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="136"/>
        <source>Open a pcap or pcapng capture.</source>
        <translation>Abrir una captura pcap o pcapng.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="140"/>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej. 1920x1080.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="141"/>
        <source>width x height</source>
        <translation>ancho x alto</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="144"/>
        <source>Look this name up in the DNS lesson at start (may be given more than once).</source>
        <translation>Buscar este nombre en la lección de DNS al iniciar (se puede indicar varias veces).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="150"/>
        <source>Record type for --resolve: A, AAAA, MX, TXT, NS or CNAME.</source>
        <translation>Tipo de registro para --resolve: A, AAAA, MX, TXT, NS o CNAME.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="152"/>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="155"/>
        <source>Make this connection in the TCP lesson&apos;s lab at start: normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway or udp-vs-tcp (may be given more than once).</source>
        <translation>Establecer esta conexión en el laboratorio de la lección de TCP al iniciar: normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway o udp-vs-tcp (se puede indicar varias veces).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="160"/>
        <source>experiment</source>
        <translation>experimento</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="163"/>
        <source>Show the trace at position N: N events have arrived (2.5: the third is half way). Without it --resolve shows the end.</source>
        <translation>Mostrar la traza en la posición N: han llegado N eventos (2.5: el tercero va por la mitad). Sin esta opción, --resolve muestra el final.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="167"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="170"/>
        <source>Start this many requests per second of built-in load in the load balancing lesson.</source>
        <translation>Iniciar en la lección de balanceo de carga una carga integrada de tantas peticiones por segundo.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="173"/>
        <source>rate</source>
        <translation>tasa</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="176"/>
        <source>Let the lessons run this many seconds before --screenshot is taken.</source>
        <translation>Dejar que las lecciones funcionen tantos segundos antes de que --screenshot tome la imagen.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="178"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="181"/>
        <source>Make every backend of the load balancing lesson answer after this many milliseconds (0: at once), with no limit on concurrent requests (for benchmarks).</source>
        <translation>Hacer que cada backend de la lección de balanceo de carga responda tras tantos milisegundos (0: al instante), sin límite de peticiones simultáneas (para pruebas de rendimiento).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="185"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="188"/>
        <source>Where the lessons&apos; servers run: lab (inside the lab of network namespaces, every frame captured) or loopback (on this computer&apos;s loopback, the frames drawn).</source>
        <translation>Dónde funcionan los servidores de las lecciones: lab (dentro del laboratorio de espacios de nombres de red, con cada trama capturada) o loopback (en el loopback de este equipo, con las tramas dibujadas).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="192"/>
        <source>where</source>
        <translation>lugar</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="217"/>
        <source>unexpected argument “%1”; use --open FILE to open a capture</source>
        <translation>argumento inesperado «%1»; para abrir una captura use --open ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="228"/>
        <source>unknown view “%1”; choose one of %2</source>
        <translation>vista desconocida «%1»; elija una de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="239"/>
        <source>--screenshot writes PNG, SVG or PDF, named so (.png, .svg, .pdf); “%1” is none of them</source>
        <translation>--screenshot escribe PNG, SVG o PDF, con ese nombre (.png, .svg, .pdf); «%1» no es ninguno de ellos</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="253"/>
        <source>unknown log level “%1”; use trace, debug, info, warn, error, critical or off</source>
        <translation>nivel de registro desconocido «%1»; use trace, debug, info, warn, error, critical u off</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="267"/>
        <source>unknown network “%1”; use lab or loopback</source>
        <translation>red desconocida «%1»; use lab o loopback</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="278"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size espera ANCHOxALTO, p. ej. 1920x1080</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="289"/>
        <source>unknown TCP experiment “%1”; use normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway or udp-vs-tcp</source>
        <translation>experimento TCP desconocido «%1»; use normal, lost-syn, lost-synack, lost-request, closed-port, reset, reset-midway o udp-vs-tcp</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="302"/>
        <source>unknown record type “%1”; use A, AAAA, MX, TXT, NS or CNAME</source>
        <translation>tipo de registro desconocido «%1»; use A, AAAA, MX, TXT, NS o CNAME</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="337"/>
        <source>--seek wants a position, 0 or more</source>
        <translation>--seek espera una posición, 0 o mayor</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="340"/>
        <source>--load wants requests per second, 1 to 100000</source>
        <translation>--load espera peticiones por segundo, de 1 a 100000</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="343"/>
        <source>--backend-service wants milliseconds, 0 to 60000</source>
        <translation>--backend-service espera milisegundos, de 0 a 60000</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="345"/>
        <source>--wait wants seconds, 0 to 600</source>
        <translation>--wait espera segundos, de 0 a 600</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="458"/>
        <source>cannot write the screenshot to “%1”</source>
        <translation>no se puede escribir la captura de pantalla en «%1»</translation>
    </message>
</context>
<context>
    <name>BackendCardItem</name>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="89"/>
        <source>up</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="91"/>
        <source>failing</source>
        <translation>fallando</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="93"/>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="95"/>
        <source>ejected</source>
        <translation>expulsado</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="97"/>
        <source>recovering</source>
        <translation>recuperándose</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="121"/>
        <source>failed %1 of %2 checks</source>
        <translation>%1 de %2 comprobaciones fallidas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="124"/>
        <source>killed: failed %1 of %2 checks</source>
        <translation>matado: %1 de %2 comprobaciones fallidas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="126"/>
        <source>server killed; out of the pool</source>
        <translation>servidor matado; fuera del grupo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="128"/>
        <source>running, but out of the pool after failures</source>
        <translation>funciona, pero fuera del grupo tras varios fallos</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="130"/>
        <source>passed %1 of %2 checks</source>
        <translation>%1 de %2 comprobaciones superadas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="137"/>
        <source>active %1 · queue %2 · 5xx %3</source>
        <translation>en curso %1 · cola %2 · 5xx %3</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="254"/>
        <source> · weight %1</source>
        <translation> · peso %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="257"/>
        <source> · backup</source>
        <translation> · respaldo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="292"/>
        <source>%1 · real %2</source>
        <translation>%1 · real %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="307"/>
        <source> · p99 %1 ms</source>
        <translation> · p99 %1 ms</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/backend_card_item.cpp" line="314"/>
        <source>%1 of requests</source>
        <translation>%1 de las peticiones</translation>
    </message>
</context>
<context>
    <name>DnsMessageText</name>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="61"/>
        <location filename="../src/gui/text/dns_message_text.cpp" line="86"/>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="63"/>
        <location filename="../src/gui/text/dns_message_text.cpp" line="104"/>
        <source>no such record (NODATA)</source>
        <translation>no existe ese registro (NODATA)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="69"/>
        <source>query without a question</source>
        <translation>consulta sin pregunta</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="79"/>
        <source>truncated (TC): retry over TCP</source>
        <translation>truncada (TC): reintentar por TCP</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="99"/>
        <location filename="../src/gui/text/dns_message_text.cpp" line="119"/>
        <source>referral → %1</source>
        <translation>remisión → %1</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="101"/>
        <source>referral → %1 (%2)</source>
        <translation>remisión → %1 (%2)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/dns_message_text.cpp" line="106"/>
        <source>no %1 record (NODATA)</source>
        <translation>sin registro %1 (NODATA)</translation>
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
        <translation>Un router escribe nuevas direcciones MAC para el siguiente enlace: la suya como origen y la del siguiente salto como destino.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="15"/>
        <source>Each router lowers the TTL by one, so a packet caught in a loop dies out (RFC 791).</source>
        <translation>Cada router baja el TTL en uno, para que un paquete atrapado en un bucle acabe desapareciendo (RFC 791).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="19"/>
        <source>The header changed, so its checksum is computed again.</source>
        <translation>La cabecera cambió, así que su suma de comprobación se calcula de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="22"/>
        <source>NAT at %1 rewrites the private address to its public one, and back on the answer.</source>
        <translation>NAT en %1 cambia la dirección privada por su dirección pública, y al revés en la respuesta.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="29"/>
        <source>NAT at %1 gives the connection another port of its public address: the port it had is taken there (Linux keeps the port when it can).</source>
        <translation>NAT en %1 da a la conexión otro puerto de su dirección pública: el puerto que tenía ya está ocupado allí (Linux conserva el puerto cuando puede).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="34"/>
        <source>The checksum covers the IP addresses too (the pseudo-header), so NAT computes it again.</source>
        <translation>La suma de comprobación también cubre las direcciones IP (la pseudocabecera), así que NAT la calcula de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="38"/>
        <source>The ICMP message changed, so its checksum is computed again.</source>
        <translation>El mensaje ICMP cambió, así que su suma de comprobación se calcula de nuevo.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="40"/>
        <source>%1 changed this field on the way.</source>
        <translation>%1 cambió este campo por el camino.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="45"/>
        <source>Link layer (Ethernet): the outermost envelope, addressed for this link only.</source>
        <translation>Capa de enlace (Ethernet): el sobre más exterior, dirigido solo a este enlace.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="48"/>
        <source>Network layer (IP): how many routers the packet may still cross.</source>
        <translation>Capa de red (IP): cuántos routers puede atravesar todavía el paquete.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="51"/>
        <source>Network layer (IP): the addresses from end to end, across every link.</source>
        <translation>Capa de red (IP): las direcciones de extremo a extremo, a través de todos los enlaces.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="54"/>
        <source>Transport layer (TCP): the ports pick the program at each end.</source>
        <translation>Capa de transporte (TCP): los puertos eligen el programa en cada extremo.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="57"/>
        <source>Application layer (HTTP): the letter itself, inside all the envelopes.</source>
        <translation>Capa de aplicación (HTTP): la carta en sí, dentro de todos los sobres.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="64"/>
        <source>%1 forwards the frame unchanged.</source>
        <translation>%1 reenvía la trama sin cambios.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="66"/>
        <source>A switch forwards the frame unchanged: %1 only looks at the destination MAC address to pick the port.</source>
        <translation>Un switch reenvía la trama sin cambios: %1 solo mira la dirección MAC de destino para elegir el puerto.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="72"/>
        <source>The same frame at the other end of the link: the wire changes nothing.</source>
        <translation>La misma trama en el otro extremo del enlace: el cable no cambia nada.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="76"/>
        <source>%1 sends the packet: every later copy is compared with this one.</source>
        <translation>%1 envía el paquete: cada copia posterior se compara con esta.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="80"/>
        <source>out</source>
        <translation>saliente</translation>
    </message>
    <message>
        <location filename="../src/gui/text/hop_change_text.cpp" line="80"/>
        <source>in</source>
        <translation>entrante</translation>
    </message>
</context>
<context>
    <name>HopJourneyModel</name>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="175"/>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="178"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/models/hop_journey_model.cpp" line="178"/>
        <source>%n field(s) changed</source>
        <translation>
            <numerusform>%n campo cambiado</numerusform>
            <numerusform>%n campos cambiados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="184"/>
        <source>sent at %1</source>
        <translation>enviado en %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="187"/>
        <source>at %1: unchanged</source>
        <translation>en %1: sin cambios</translation>
    </message>
    <message>
        <location filename="../src/gui/models/hop_journey_model.cpp" line="193"/>
        <source>at %1: %2 changed</source>
        <translation>en %1: cambios en %2</translation>
    </message>
</context>
<context>
    <name>LabFailureText</name>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="13"/>
        <source>AppArmor forbids ordinary programs to make user namespaces (kernel.apparmor_restrict_unprivileged_userns = 1).</source>
        <translation>AppArmor prohíbe a los programas normales crear espacios de nombres de usuario (kernel.apparmor_restrict_unprivileged_userns = 1).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="17"/>
        <source>This computer allows no user namespaces (user.max_user_namespaces = 0).</source>
        <translation>Este equipo no permite espacios de nombres de usuario (user.max_user_namespaces = 0).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="20"/>
        <source>The kernel does not let ordinary users make user namespaces (kernel.unprivileged_userns_clone = 0).</source>
        <translation>El kernel no deja que los usuarios normales creen espacios de nombres de usuario (kernel.unprivileged_userns_clone = 0).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="23"/>
        <source>Hopscope runs in a sandbox (a container or Flatpak) that forbids namespaces.</source>
        <translation>Hopscope se ejecuta en un entorno aislado (un contenedor o Flatpak) que prohíbe los espacios de nombres.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="26"/>
        <source>The kernel refused to make a user namespace.</source>
        <translation>El kernel se negó a crear un espacio de nombres de usuario.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="28"/>
        <source>The lab&apos;s helper program (hopscope-lab-helper) is not installed.</source>
        <translation>El programa auxiliar del laboratorio (hopscope-lab-helper) no está instalado.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="31"/>
        <source>The programs ip or nft are missing (install iproute2 and nftables).</source>
        <translation>Faltan los programas ip o nft (instale iproute2 y nftables).</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="34"/>
        <source>A step of building the lab&apos;s network failed.</source>
        <translation>Falló un paso de la construcción de la red del laboratorio.</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lab_failure_text.cpp" line="36"/>
        <source>The lab&apos;s helper program ended without saying why.</source>
        <translation>El programa auxiliar del laboratorio terminó sin decir por qué.</translation>
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
        <translation>1 Física</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="12"/>
        <source>2 Data link</source>
        <translation>2 Enlace de datos</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="13"/>
        <source>3 Network</source>
        <translation>3 Red</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="14"/>
        <source>4 Transport</source>
        <translation>4 Transporte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="15"/>
        <source>5 Session</source>
        <translation>5 Sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="16"/>
        <source>6 Presentation</source>
        <translation>6 Presentación</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="17"/>
        <source>7 Application</source>
        <translation>7 Aplicación</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="18"/>
        <source>Link</source>
        <translation>Acceso a la red</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="19"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="20"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../src/gui/text/layer_names.cpp" line="21"/>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
</context>
<context>
    <name>LbAlgorithmText</name>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="15"/>
        <source>each backend in turn, ignoring weights</source>
        <translation>cada backend por turno, sin tener en cuenta los pesos</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="17"/>
        <source>in turn, as often as its weight says (nginx&apos;s default)</source>
        <translation>por turno, tantas veces como indica su peso (lo predeterminado en nginx)</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="19"/>
        <source>the backend with the fewest requests in progress</source>
        <translation>el backend con menos peticiones en curso</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="21"/>
        <source>a backend picked at random</source>
        <translation>un backend elegido al azar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="23"/>
        <source>the less busy of two backends picked at random</source>
        <translation>el menos ocupado de dos backends elegidos al azar</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="25"/>
        <source>the lowest expected wait from recent response times</source>
        <translation>la menor espera prevista según los tiempos de respuesta recientes</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="27"/>
        <source>a hash of the client&apos;s address: a client always lands on the same backend</source>
        <translation>un hash de la dirección del cliente: un cliente siempre llega al mismo backend</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="29"/>
        <source>a hash ring of the URL: few keys move when backends come and go</source>
        <translation>un anillo de hash de la URL: pocas claves cambian de sitio cuando llegan o se van backends</translation>
    </message>
    <message>
        <location filename="../src/gui/text/lb_algorithm_text.cpp" line="31"/>
        <source>a cookie keeps each client on its first backend</source>
        <translation>una cookie mantiene a cada cliente en su primer backend</translation>
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
        <translation>Lecciones</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="78"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="82"/>
        <source>&amp;Export Current View</source>
        <translation>&amp;Exportar la vista actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="93"/>
        <source>Export &amp;Whole Diagram</source>
        <translation>Exportar el &amp;diagrama completo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="109"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="113"/>
        <source>&amp;Layer Names</source>
        <translation>Nombres de las &amp;capas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="128"/>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="133"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="145"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="154"/>
        <source>Packet Inspector</source>
        <translation>Inspector de paquetes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="163"/>
        <source>&amp;Open Capture…</source>
        <translation>&amp;Abrir captura…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="166"/>
        <source>Open a pcap or pcapng file as a trace</source>
        <translation>Abrir un archivo pcap o pcapng como traza</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="171"/>
        <source>&amp;Save Trace As pcapng…</source>
        <translation>&amp;Guardar la traza como pcapng…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="174"/>
        <source>Save the trace as a pcapng file that Wireshark opens</source>
        <translation>Guardar la traza como archivo pcapng que Wireshark puede abrir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="179"/>
        <source>PNG Image (&amp;1×)…</source>
        <translation>Imagen PNG (&amp;1×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="184"/>
        <source>PNG Image (&amp;2×)…</source>
        <translation>Imagen PNG (&amp;2×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="189"/>
        <source>PNG Image (&amp;4×)…</source>
        <translation>Imagen PNG (&amp;4×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="194"/>
        <source>&amp;SVG Vector Image…</source>
        <translation>Imagen vectorial &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="199"/>
        <source>&amp;PNG Image…</source>
        <translation>Imagen &amp;PNG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="204"/>
        <source>&amp;SVG Image…</source>
        <translation>Imagen &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="209"/>
        <location filename="../ui/main_window.ui" line="214"/>
        <source>P&amp;DF Document…</source>
        <translation>Documento P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="219"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="230"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="233"/>
        <source>Large text and strokes for a projector, full screen (F5; Esc leaves)</source>
        <translation>Texto y trazos grandes para el proyector, a pantalla completa (F5; Esc para salir)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="241"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="246"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="251"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="256"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="261"/>
        <source>&amp;About Hopscope</source>
        <translation>&amp;Acerca de Hopscope</translation>
    </message>
</context>
<context>
    <name>SceneExporter</name>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="91"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>No hay nada que exportar: la vista está vacía.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="106"/>
        <source>The PNG file could not be written.</source>
        <translation>No se pudo escribir el archivo PNG.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="116"/>
        <source>Exported from Hopscope</source>
        <translation>Exportado desde Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="119"/>
        <source>The SVG file could not be written.</source>
        <translation>No se pudo escribir el archivo SVG.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="137"/>
        <source>The PDF file could not be written.</source>
        <translation>No se pudo escribir el archivo PDF.</translation>
    </message>
</context>
<context>
    <name>SourceKindText</name>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="10"/>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="12"/>
        <source>lab</source>
        <translation>laboratorio</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="14"/>
        <source>captured</source>
        <translation>capturado</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="16"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="24"/>
        <source>Live: real servers and clients talking over loopback sockets; the message is real, the Ethernet, IP and UDP/TCP headers around it are drawn</source>
        <translation>En vivo: servidores y clientes reales que hablan por sockets de loopback; el mensaje es real, las cabeceras Ethernet, IP y UDP/TCP que lo rodean están dibujadas</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="27"/>
        <source>Lab: captured by the kernel at an interface of Hopscope&apos;s lab (network namespaces); every byte was on the lab&apos;s wire</source>
        <translation>Laboratorio: capturado por el kernel en una interfaz del laboratorio de Hopscope (espacios de nombres de red); cada byte pasó por la red del laboratorio</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="30"/>
        <source>Captured: read from the network interface by libpcap</source>
        <translation>Capturado: leído de la interfaz de red con libpcap</translation>
    </message>
    <message>
        <location filename="../src/gui/text/source_kind_text.cpp" line="32"/>
        <source>File: read from a pcap or pcapng file</source>
        <translation>Archivo: leído de un archivo pcap o pcapng</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::BitView</name>
    <message>
        <location filename="../src/gui/widgets/bit_view.cpp" line="95"/>
        <source>Bit %1 of byte %2</source>
        <translation>Bit %1 del byte %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/bit_view.cpp" line="97"/>
        <source>Bits %1–%2 of byte %3</source>
        <translation>Bits %1–%2 del byte %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/bit_view.cpp" line="102"/>
        <source>%n bits from bit %1 of byte %2</source>
        <translation>
            <numerusform>%n bit desde el bit %1 del byte %2</numerusform>
            <numerusform>%n bits desde el bit %1 del byte %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/bit_view.cpp" line="107"/>
        <source>(first %n bytes shown)</source>
        <translation>
            <numerusform>(se muestra el primer byte)</numerusform>
            <numerusform>(se muestran los primeros %n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/bit_view.cpp" line="169"/>
        <source>byte %1 = 0x%2</source>
        <translation>byte %1 = 0x%2</translation>
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
        <translation>%1 — %2, y %3 en el modelo TCP/IP</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="163"/>
        <source>Display filter: %1</source>
        <translation>Filtro de visualización: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="207"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="209"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="211"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsCacheModel</name>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="57"/>
        <source>does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="59"/>
        <source>no such record</source>
        <translation>no existe ese registro</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="86"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="91"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="97"/>
        <source>Stored for %1 s; forgotten in %2 s</source>
        <translation>Guardado durante %1 s; se olvida en %2 s</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="101"/>
        <source>A negative answer: the resolver remembers that %1 does not exist</source>
        <translation>Una respuesta negativa: el resolvedor recuerda que %1 no existe</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="103"/>
        <source>A negative answer: the resolver remembers that %1 has no %2 record</source>
        <translation>Una respuesta negativa: el resolvedor recuerda que %1 no tiene registro %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="129"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="131"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="133"/>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dns_cache_model.cpp" line="135"/>
        <source>TTL left</source>
        <translation>TTL restante</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupRunner</name>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="87"/>
        <source>No node of the lab holds the laptop&apos;s address %1.</source>
        <translation>Ningún nodo del laboratorio tiene la dirección %1 del portátil.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="102"/>
        <source>The laptop cannot open its socket in the lab: %1</source>
        <translation>El portátil no puede abrir su socket en el laboratorio: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="192"/>
        <source>The default scenario was not found (set HOPSCOPE_RESOURCE_DIR or open a scenario file).</source>
        <translation>No se encontró el escenario predeterminado (defina HOPSCOPE_RESOURCE_DIR o abra un archivo de escenario).</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="220"/>
        <source>The scenario has no resolver.</source>
        <translation>El escenario no tiene resolvedor.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="278"/>
        <source>The laptop cannot use its socket in the lab: %1</source>
        <translation>El portátil no puede usar su socket en el laboratorio: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/dns_lookup_runner.cpp" line="282"/>
        <source>The laptop cannot open its socket on %1: %2</source>
        <translation>El portátil no puede abrir su socket en %1: %2</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupScene</name>
    <message>
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="335"/>
        <source>Recursive: the laptop asks once and waits; its resolver does all the work.</source>
        <translation>Recursiva: el portátil pregunta una vez y espera; su resolvedor hace todo el trabajo.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="339"/>
        <source>Iterative: the resolver asks the root, TLD and authoritative servers in turn, following each referral down the tree.</source>
        <translation>Iterativa: el resolvedor pregunta por turnos a los servidores raíz, TLD y autoritativos, siguiendo cada remisión árbol abajo.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="344"/>
        <source>answered from its cache</source>
        <translation>respondida desde su caché</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="351"/>
        <source>%n root server(s)</source>
        <translation>
            <numerusform>%n servidor raíz</numerusform>
            <numerusform>%n servidores raíz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="353"/>
        <source>%n TLD server(s)</source>
        <translation>
            <numerusform>%n servidor TLD</numerusform>
            <numerusform>%n servidores TLD</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/dns_lookup_scene.cpp" line="355"/>
        <source>%n authoritative server(s)</source>
        <translation>
            <numerusform>%n servidor autoritativo</numerusform>
            <numerusform>%n servidores autoritativos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupView</name>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="221"/>
        <source>Type a name to look up, such as www.foobar.com.</source>
        <translation>Escribe un nombre para buscar, como www.foobar.com.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="226"/>
        <source>“%1” is not a domain name: %2</source>
        <translation>«%1» no es un nombre de dominio: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="230"/>
        <source>The DNS servers are not running: %1</source>
        <translation>Los servidores DNS no están funcionando: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="248"/>
        <source>Asking the resolver for %1 %2…</source>
        <translation>Preguntando al resolvedor por %1 %2…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="251"/>
        <source>The lookup of %1 could not be sent.</source>
        <translation>No se pudo enviar la consulta de %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="267"/>
        <source>Cache flushed: the next lookup starts again at the root servers.</source>
        <translation>Caché vaciada: la próxima consulta empieza de nuevo en los servidores raíz.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="289"/>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="445"/>
        <source>Starting the DNS servers on this computer…</source>
        <translation>Iniciando los servidores DNS en este equipo…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="295"/>
        <source>The DNS servers could not start: %1</source>
        <translation>Los servidores DNS no pudieron iniciarse: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="315"/>
        <source>Ready: %n DNS server(s) running in the lab, every frame captured by the kernel (%1).</source>
        <translation>
            <numerusform>Listo: %n servidor DNS funcionando en el laboratorio, con cada trama capturada por el kernel (%1).</numerusform>
            <numerusform>Listo: %n servidores DNS funcionando en el laboratorio, con cada trama capturada por el kernel (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="320"/>
        <source>Ready: %n DNS server(s) running on this computer&apos;s loopback (%1). The lab could not start, so the frames around the DNS messages are drawn: %2</source>
        <translation>
            <numerusform>Listo: %n servidor DNS funcionando en el loopback de este equipo (%1). El laboratorio no pudo iniciarse, así que las tramas que rodean los mensajes DNS están dibujadas: %2</numerusform>
            <numerusform>Listo: %n servidores DNS funcionando en el loopback de este equipo (%1). El laboratorio no pudo iniciarse, así que las tramas que rodean los mensajes DNS están dibujadas: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="326"/>
        <source>Ready: %n DNS server(s) running on this computer (%1).</source>
        <translation>
            <numerusform>Listo: %n servidor DNS funcionando en este equipo (%1).</numerusform>
            <numerusform>Listo: %n servidores DNS funcionando en este equipo (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="377"/>
        <source>%1. %2 %3 (%Ln message(s), asked by another program on the laptop)</source>
        <translation>
            <numerusform>%1. %2 %3 (%Ln mensaje, pedida por otro programa del portátil)</numerusform>
            <numerusform>%1. %2 %3 (%Ln mensajes, pedida por otro programa del portátil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="381"/>
        <source>%1. %2 %3 (%Ln message(s))</source>
        <translation>
            <numerusform>%1. %2 %3 (%Ln mensaje)</numerusform>
            <numerusform>%1. %2 %3 (%Ln mensajes)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="399"/>
        <source>%1: no answer from the resolver within %2 s.</source>
        <translation>%1: sin respuesta del resolvedor en %2 s.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="408"/>
        <source>NOERROR, but %1 has no %2 record</source>
        <translation>NOERROR, pero %1 no tiene registro %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="409"/>
        <source>NOERROR: %1</source>
        <translation>NOERROR: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="413"/>
        <source>NXDOMAIN: %1 does not exist</source>
        <translation>NXDOMAIN: %1 no existe</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="416"/>
        <source>SERVFAIL: the resolver could not find an answer</source>
        <translation>SERVFAIL: el resolvedor no encontró respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="423"/>
        <source>from the resolver&apos;s cache, no server asked</source>
        <translation>desde la caché del resolvedor, sin preguntar a ningún servidor</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="424"/>
        <source>%n query(s) to servers</source>
        <translation>
            <numerusform>%n consulta a servidores</numerusform>
            <numerusform>%n consultas a servidores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="426"/>
        <source>%1 · %2 · %3 real time</source>
        <translation>%1 · %2 · %3 de tiempo real</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="427"/>
        <source>Another program on the laptop asked for %1 %2: %3</source>
        <translation>Otro programa del portátil preguntó por %1 %2: %3</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="447"/>
        <source>The DNS servers could not start; the panel on the right says why. File › Open Scenario… loads another scenario.</source>
        <translation>Los servidores DNS no pudieron iniciarse; el panel de la derecha explica por qué. Archivo › Abrir escenario… carga otro escenario.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="456"/>
        <source>The trace now holds another recording. Press Resolve, or pick an earlier lookup under Lookups.</source>
        <translation>La traza contiene ahora otra grabación. Pulsa Resolver o elige una consulta anterior en Consultas.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="454"/>
        <source>Type a name, pick a record type and press Resolve: the lookup plays here, message by message.</source>
        <translation>Escribe un nombre, elige un tipo de registro y pulsa Resolver: la consulta se reproduce aquí, mensaje a mensaje.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="462"/>
        <source>Press Space to play, or step with the arrow keys: %Ln message(s) in this lookup.</source>
        <translation>
            <numerusform>Pulsa Espacio para reproducir, o avanza paso a paso con las flechas: %Ln mensaje en esta consulta.</numerusform>
            <numerusform>Pulsa Espacio para reproducir, o avanza paso a paso con las flechas: %Ln mensajes en esta consulta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="473"/>
        <source>Real time: 0, the moment the question leaves the laptop.</source>
        <translation>Tiempo real: 0, el momento en que la pregunta sale del portátil.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="476"/>
        <source>Real time: %1 after the previous message, %2 since the laptop asked.</source>
        <translation>Tiempo real: %1 después del mensaje anterior, %2 desde que preguntó el portátil.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="479"/>
        <source>%1 of %2. %3</source>
        <translation>%1 de %2. %3</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="497"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="498"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="499"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="500"/>
        <source>Ask the resolver on this computer, as the laptop would (Enter)</source>
        <translation>Preguntar al resolvedor de este equipo, como lo haría el portátil (Intro)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="501"/>
        <source>a domain name, e.g. www.foobar.com</source>
        <translation>un nombre de dominio, p. ej. www.foobar.com</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="502"/>
        <source>&amp;Lookups:</source>
        <translation>&amp;Consultas:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="503"/>
        <source>Every lookup keeps its own recording: pick one to show it again</source>
        <translation>Cada consulta guarda su propia grabación: elige una para volver a verla</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="504"/>
        <source>Resolver cache</source>
        <translation>Caché del resolvedor</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="505"/>
        <source>&amp;Flush</source>
        <translation>&amp;Vaciar</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="506"/>
        <source>Empty the resolver&apos;s cache, so the next lookup asks the servers</source>
        <translation>Vaciar la caché del resolvedor para que la próxima consulta pregunte a los servidores</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="507"/>
        <source>Kept for its TTL, counting down: until then the resolver answers from here.</source>
        <translation>Cada entrada se guarda durante su TTL, que va bajando: hasta entonces el resolvedor responde desde aquí.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationRunner</name>
    <message>
        <location filename="../src/gui/controllers/encapsulation_runner.cpp" line="80"/>
        <source>The encapsulation lesson follows a packet through the lab&apos;s switches, routers and NAT gateway, and the app was started with --network loopback, where there are none.</source>
        <translation>La lección de encapsulamiento sigue un paquete a través de los switches, los routers y la pasarela NAT del laboratorio, y la aplicación se inició con --network loopback, donde no hay ninguno.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/encapsulation_runner.cpp" line="148"/>
        <source>The load balancer&apos;s interface did not see every segment the laptop sent: the journeys may stop short.</source>
        <translation>La interfaz del balanceador de carga no vio todos los segmentos que envió el portátil: los recorridos pueden quedarse cortos.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationView</name>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="125"/>
        <source>One HTTP request from the laptop to www.foobar.com, wrapped like a letter in envelopes: a TCP segment inside an IP packet inside an Ethernet frame. The lab captured it at every interface it crossed; pick a hop to see what the device before it changed, and its bytes in the packet inspector.</source>
        <translation>Una petición HTTP del portátil a www.foobar.com, envuelta como una carta en sobres: un segmento TCP dentro de un paquete IP dentro de una trama Ethernet. El laboratorio la capturó en cada interfaz que atravesó; elige un salto para ver qué cambió el dispositivo anterior, y sus bytes en el inspector de paquetes.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="129"/>
        <source>Follow the SYN</source>
        <translation>Seguir el SYN</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="130"/>
        <source>The segment that opens the connection, with no data in it.</source>
        <translation>El segmento que abre la conexión, sin datos dentro.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="131"/>
        <source>Follow the GET</source>
        <translation>Seguir el GET</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="132"/>
        <source>The segment that carries the HTTP request &quot;GET /&quot;.</source>
        <translation>El segmento que lleva la petición HTTP «GET /».</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="133"/>
        <source>Send the request again</source>
        <translation>Enviar la petición de nuevo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="134"/>
        <source>A new connection from the laptop, followed hop by hop again.</source>
        <translation>Una conexión nueva desde el portátil, seguida otra vez salto a salto.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="135"/>
        <source>&amp;Hops, in the order the copies were captured:</source>
        <translation>&amp;Saltos, en el orden en que se capturaron las copias:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="176"/>
        <source>The lab is not running: %1</source>
        <translation>El laboratorio no está funcionando: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="182"/>
        <source>Sending GET / from the laptop and capturing every interface…</source>
        <translation>Enviando GET / desde el portátil y capturando en cada interfaz…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="226"/>
        <source>Starting the lab: the laptop, the switch, the routers and the web site, each in a network namespace of its own…</source>
        <translation>Iniciando el laboratorio: el portátil, el switch, los routers y el sitio web, cada uno en su propio espacio de nombres de red…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="230"/>
        <source>This lesson follows real frames through the lab, and the lab is not running: %1</source>
        <translation>Esta lección sigue tramas reales a través del laboratorio, y el laboratorio no está funcionando: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="250"/>
        <source>None of the %1 frames captured is the laptop&apos;s SYN or GET.</source>
        <translation>Ninguna de las %1 tramas capturadas es el SYN o el GET del portátil.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="252"/>
        <source>Frames captured at all interfaces while the request ran: %1.</source>
        <translation>Tramas capturadas en todas las interfaces mientras se hacía la petición: %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="255"/>
        <source>The site answered %1.</source>
        <translation>El sitio web respondió con %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="352"/>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="352"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="352"/>
        <source>Layer</source>
        <translation>Capa</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="355"/>
        <source>Why it changed</source>
        <translation>Por qué cambió</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="361"/>
        <source>The hops appear here once the request has been sent.</source>
        <translation>Los saltos aparecen aquí en cuanto se envía la petición.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="368"/>
        <source>Hop %1 of %2, %3: %4 wraps the data in its envelopes; every later hop shows what changed since the copy before it.</source>
        <translation>Salto %1 de %2, %3: %4 envuelve los datos en sus sobres; cada salto posterior muestra lo que cambió desde la copia anterior.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="376"/>
        <source>Hop %1 of %2, %3: nothing changed.</source>
        <translation>Salto %1 de %2, %3: no cambió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/encapsulation_view.cpp" line="386"/>
        <source>Hop %1 of %2, %3: %n field(s) changed at %4.</source>
        <translation>
            <numerusform>Salto %1 de %2, %3: %n campo cambiado en %4.</numerusform>
            <numerusform>Salto %1 de %2, %3: %n campos cambiados en %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EventList</name>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="90"/>
        <source>Filter: any text in any column</source>
        <translation>Filtro: cualquier texto en cualquier columna</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="91"/>
        <source>Shows only events whose row contains this text</source>
        <translation>Muestra solo los eventos cuya fila contiene este texto</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="92"/>
        <source>Shows only events of one protocol</source>
        <translation>Muestra solo los eventos de un protocolo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="94"/>
        <location filename="../src/gui/widgets/event_list.cpp" line="102"/>
        <source>All protocols</source>
        <translation>Todos los protocolos</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EventTableModel</name>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="105"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="107"/>
        <source>Real time (s)</source>
        <translation>Tiempo real (s)</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="109"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="111"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="113"/>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="115"/>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <location filename="../src/gui/models/event_table_model.cpp" line="117"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LadderScene</name>
    <message>
        <location filename="../src/gui/widgets/ladder_scene.cpp" line="290"/>
        <source>No.  real time</source>
        <translation>N.º  tiempo real</translation>
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
        <translation>%1: peticiones por backend</translation>
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
        <translation>Simulado, mismas llegadas: ambos algoritmos reciben exactamente la misma secuencia de %1 peticiones (llegadas de Poisson a %2/s durante %3 s desde 4 clientes, semilla %4) y los mismos tiempos de servicio, en los backends tal como están configurados en la pestaña En vivo, todos disponibles. Aquí se ejecuta el código de balanceo real en una simulación, no tráfico en vivo: no hay red, así que una latencia es tiempo en cola más tiempo de servicio. Pruébalo con un backend más lento que los demás.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="237"/>
        <source>&amp;Rate:</source>
        <translation>&amp;Tasa:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="238"/>
        <source> requests/s</source>
        <translation> peticiones/s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="239"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="240"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="241"/>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="242"/>
        <source>Run again</source>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="243"/>
        <source>p50 latency</source>
        <translation>latencia p50</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="243"/>
        <source>p90 latency</source>
        <translation>latencia p90</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="243"/>
        <source>p99 latency</source>
        <translation>latencia p99</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="244"/>
        <source>slowest</source>
        <translation>la más lenta</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="244"/>
        <source>requests</source>
        <translation>peticiones</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="244"/>
        <source>500 (backend errors)</source>
        <translation>500 (errores del backend)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="245"/>
        <source>503 (queue full or no backend)</source>
        <translation>503 (cola llena o sin backend)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_compare_panel.cpp" line="245"/>
        <source>longest queue</source>
        <translation>cola más larga</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbConfigDialog</name>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="88"/>
        <source>The Real Config</source>
        <translation>La configuración real</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="89"/>
        <source>The setup running now, as a real load balancer would be configured: the algorithm, the health checks and each backend&apos;s real address and weight. Paste it into haproxy.cfg (with a frontend that uses it) or into nginx&apos;s http block.</source>
        <translation>La configuración que funciona ahora, tal como se configuraría un balanceador de carga real: el algoritmo, las comprobaciones de estado y la dirección real y el peso de cada backend. Pégala en haproxy.cfg (con un frontend que la use) o en el bloque http de nginx.</translation>
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
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_config_dialog.cpp" line="97"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbControlsPanel</name>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="230"/>
        <source>■ Stop load</source>
        <translation>■ Detener carga</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="230"/>
        <source>▶ Start load</source>
        <translation>▶ Iniciar carga</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="239"/>
        <source>No load from the built-in clients yet.</source>
        <translation>Todavía no hay carga de los clientes integrados.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="244"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="247"/>
        <source>Built-in clients sent %1, answered %2</source>
        <translation>Clientes integrados: %1 enviadas, %2 respondidas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="252"/>
        <source>, no answer %1</source>
        <translation>, sin respuesta %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="255"/>
        <source>, not sent %1 (too many waiting)</source>
        <translation>, sin enviar %1 (demasiadas en espera)</translation>
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
        <translation>fijo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="389"/>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="501"/>
        <source>random</source>
        <translation>aleatorio</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="436"/>
        <source>✖ Kill</source>
        <translation>✖ Matar</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="436"/>
        <source>↺ Revive</source>
        <translation>↺ Reanimar</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="437"/>
        <source>Stop this backend&apos;s server as a crash would: its connections are reset and health checks notice</source>
        <translation>Detener el servidor de este backend como lo haría un fallo: sus conexiones se restablecen y las comprobaciones de estado lo notan</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="439"/>
        <source>Start this backend&apos;s server again on the same port; health checks bring it back</source>
        <translation>Volver a iniciar el servidor de este backend en el mismo puerto; las comprobaciones de estado lo devuelven al grupo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="460"/>
        <source>Traffic</source>
        <translation>Tráfico</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="461"/>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algoritmo:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="467"/>
        <source>&amp;Load:</source>
        <translation>&amp;Carga:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="468"/>
        <source>Rate (open loop)</source>
        <translation>Tasa (bucle abierto)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="470"/>
        <source>Requests arrive at this rate whatever the backends do, as real users do (Poisson arrivals): queues build when they are slow</source>
        <translation>Las peticiones llegan a este ritmo hagan lo que hagan los backends, como con usuarios reales (llegadas de Poisson): si son lentos, se forman colas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="473"/>
        <source>Concurrency (closed loop)</source>
        <translation>Concurrencia (bucle cerrado)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="475"/>
        <source>A fixed number of clients, each sending its next request when the last is answered (what wrk does)</source>
        <translation>Un número fijo de clientes, cada uno envía su siguiente petición cuando se responde la anterior (lo que hace wrk)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="478"/>
        <source> requests/s</source>
        <translation> peticiones/s</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="479"/>
        <source> in flight</source>
        <translation> en curso</translation>
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
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="482"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="482"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="483"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="483"/>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="483"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="485"/>
        <source>Requests served at once; more wait in the backend&apos;s queue (∞: no limit)</source>
        <translation>Peticiones atendidas a la vez; las demás esperan en la cola del backend (∞: sin límite)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="487"/>
        <source>Mean time the backend takes per request</source>
        <translation>Tiempo medio que tarda el backend por petición</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="489"/>
        <source>Fixed: every request takes the mean. Random: drawn from an exponential distribution with that mean, as real servers vary</source>
        <translation>Fijo: cada petición tarda la media. Aleatorio: sacado de una distribución exponencial con esa media, porque los servidores reales varían</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="494"/>
        <source>Every change applies at once, while the load runs. A killed backend&apos;s requests are retried on another one, so clients rarely see an error, and the health checks take it out of the pool.</source>
        <translation>Cada cambio se aplica al momento, mientras la carga sigue. Las peticiones de un backend matado se reintentan en otro, así que los clientes rara vez ven un error, y las comprobaciones de estado lo sacan del grupo.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="492"/>
        <source>Share of requests the backend answers with 500</source>
        <translation>Proporción de peticiones que el backend responde con 500</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="504"/>
        <source>From outside the app</source>
        <translation>Desde fuera de la aplicación</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="505"/>
        <source>The load balancer really listens here. Requests from curl, wrk or a browser show up like the built-in clients&apos;.</source>
        <translation>El balanceador de carga escucha de verdad aquí. Las peticiones de curl, wrk o un navegador aparecen igual que las de los clientes integrados.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="507"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_controls_panel.cpp" line="508"/>
        <source>Show the real config…</source>
        <translation>Mostrar la configuración real…</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbScene</name>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="575"/>
        <source>127.0.0.1: curl, browser</source>
        <translation>127.0.0.1: curl, navegador</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="533"/>
        <source>%1 and others</source>
        <translation>%1 y otros</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="553"/>
        <source>load balancer</source>
        <translation>balanceador de carga</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="562"/>
        <source>real: %1</source>
        <translation>real: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/lb_scene.cpp" line="565"/>
        <source>algorithm: %1</source>
        <translation>algoritmo: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LbStackController</name>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="102"/>
        <source>Another backend could not be started.</source>
        <translation>No se pudo iniciar otro backend.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="105"/>
        <source>Backend %1 could not be removed.</source>
        <translation>No se pudo quitar el backend %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="108"/>
        <source>Backend %1 could not be stopped.</source>
        <translation>No se pudo detener el backend %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="111"/>
        <source>Backend %1 could not listen again on its port.</source>
        <translation>El backend %1 no pudo volver a escuchar en su puerto.</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="114"/>
        <source>The load could not be started: %1</source>
        <translation>No se pudo iniciar la carga: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/controllers/lb_stack_controller.cpp" line="117"/>
        <source>Backend %1 did not take the change.</source>
        <translation>El backend %1 no aceptó el cambio.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LessonRegistry</name>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="19"/>
        <source>The DNS lookup that turns the name into an address</source>
        <translation>La consulta DNS que convierte el nombre en una dirección</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="21"/>
        <source>The TCP handshake with the web server</source>
        <translation>El saludo TCP con el servidor web</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="22"/>
        <source>The HTTP request, encapsulated and carried hop by hop</source>
        <translation>La petición HTTP, encapsulada y llevada salto a salto</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="24"/>
        <source>The load balancer picking a backend, and the answer travelling back</source>
        <translation>El balanceador eligiendo un servidor, y la respuesta volviendo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="26"/>
        <source>One timeline across all of it, stepping forward and back at any speed</source>
        <translation>Una única línea de tiempo para todo, avanzando y retrocediendo a cualquier velocidad</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="30"/>
        <source>All the lessons in order: what happens between typing an address into a browser and the page appearing.</source>
        <translation>Todas las lecciones en orden: lo que ocurre entre teclear una dirección en el navegador y que aparezca la página.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="40"/>
        <source>DNS lookup</source>
        <translation>Consulta DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="41"/>
        <source>How a name becomes an address, down the DNS hierarchy</source>
        <translation>Cómo un nombre se convierte en una dirección, bajando por la jerarquía DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="47"/>
        <source>TCP handshake</source>
        <translation>Saludo TCP</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="48"/>
        <source>SYN, SYN-ACK, ACK: how a connection is opened and closed</source>
        <translation>SYN, SYN-ACK, ACK: cómo se abre y se cierra una conexión</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="54"/>
        <source>Encapsulation</source>
        <translation>Encapsulamiento</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="55"/>
        <source>A request wrapped layer by layer and carried hop by hop</source>
        <translation>Una petición envuelta capa a capa y llevada salto a salto</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="61"/>
        <source>Load balancing</source>
        <translation>Balanceo de carga</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="62"/>
        <source>One front end spreading requests over several backends</source>
        <translation>Un frontal reparte las peticiones entre varios servidores</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="68"/>
        <source>Journey</source>
        <translation>El viaje completo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="69"/>
        <source>All the lessons in order, from typing an address to the page arriving</source>
        <translation>Todas las lecciones en orden, desde teclear una dirección hasta que llega la página</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="72"/>
        <source>Trace</source>
        <translation>Traza</translation>
    </message>
    <message>
        <location filename="../src/gui/views/lesson_registry.cpp" line="73"/>
        <source>Whatever trace is loaded, an opened capture included, as a ladder diagram</source>
        <translation>La traza cargada, también una captura abierta, como diagrama de secuencia</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LoadBalancingView</name>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="304"/>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="440"/>
        <source>The load balancer could not start: %1</source>
        <translation>El balanceador de carga no pudo iniciarse: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="345"/>
        <source>The trace keeps the first %L1 events; the counters, charts and dots go on. Stop and start the load for a fresh trace.</source>
        <translation>La traza guarda los primeros %L1 eventos; los contadores, los gráficos y los puntos siguen. Detén e inicia la carga para empezar una traza nueva.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="379"/>
        <source>%1 (removed)</source>
        <translation>%1 (quitado)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="385"/>
        <source>none (503)</source>
        <translation>ninguno (503)</translation>
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
        <translation>Iniciando backends reales y un balanceador de carga en este equipo…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="447"/>
        <source>Press Start load, or send a request yourself: %1. Each request will travel from its client through the load balancer to the backend that answers, in that backend&apos;s colour.</source>
        <translation>Pulsa Iniciar carga o envía tú mismo una petición: %1. Cada petición viajará desde su cliente, a través del balanceador de carga, hasta el backend que responde, con el color de ese backend.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="453"/>
        <source>Each dot is one real HTTP request: filled on its way to the backend, a ring on the way back, a square with the status for an error. A hop takes %1 s on screen; the real request took milliseconds.</source>
        <translation>Cada punto es una petición HTTP real: relleno de camino al backend, un anillo a la vuelta, un cuadrado con el código de estado si hay un error. Un salto dura %1 s en pantalla; la petición real tardó milisegundos.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="460"/>
        <source>Sampled: %1 of %2 requests are drawn; the cards and charts count every request.</source>
        <translation>Muestra: se dibujan %1 de %2 peticiones; las tarjetas y los gráficos cuentan todas las peticiones.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="511"/>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="512"/>
        <source>Compare algorithms (simulated)</source>
        <translation>Comparar algoritmos (simulado)</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="513"/>
        <source>Requests per backend</source>
        <translation>Peticiones por backend</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="515"/>
        <source>Requests/s per backend</source>
        <translation>Peticiones/s por backend</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="516"/>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="518"/>
        <source>seconds ago</source>
        <translation>segundos atrás</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="516"/>
        <source>requests/s</source>
        <translation>peticiones/s</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="517"/>
        <source>Response time (p50, p99)</source>
        <translation>Tiempo de respuesta (p50, p99)</translation>
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
        <translation>Sin traza</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="488"/>
        <source>Open Capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="489"/>
        <source>Captures (*.pcapng *.pcap *.cap *.ntar);;All files (*)</source>
        <translation>Capturas (*.pcapng *.pcap *.cap *.ntar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="519"/>
        <location filename="../src/gui/main_window.cpp" line="630"/>
        <source>Please wait: another file is still being read or written.</source>
        <translation>Espere: todavía se está leyendo o escribiendo otro archivo.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="526"/>
        <source>Opening Capture</source>
        <translation>Abriendo la captura</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="527"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="546"/>
        <source>Reading %1: %n packet(s)…</source>
        <translation>
            <numerusform>Leyendo %1: %n paquete…</numerusform>
            <numerusform>Leyendo %1: %n paquetes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="578"/>
        <source>Stopped reading %1</source>
        <translation>Se dejó de leer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="584"/>
        <source>Hopscope could not open “%1”:
%2</source>
        <translation>Hopscope no pudo abrir «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="600"/>
        <source>Opening %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="612"/>
        <location filename="../src/gui/main_window.cpp" line="647"/>
        <source>Save Trace</source>
        <translation>Guardar traza</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="612"/>
        <source>There is no trace to save yet.</source>
        <translation>Todavía no hay ninguna traza que guardar.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="620"/>
        <source>Save Trace As pcapng</source>
        <translation>Guardar la traza como pcapng</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="621"/>
        <source>pcapng captures (*.pcapng)</source>
        <translation>Capturas pcapng (*.pcapng)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="634"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="424"/>
        <source>%Ln event(s) · %1</source>
        <translation>
            <numerusform>%Ln evento · %1</numerusform>
            <numerusform>%Ln eventos · %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="264"/>
        <source>&amp;Blank Screen</source>
        <translation>Pantalla en &amp;negro</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="265"/>
        <source>Black out the window so the class looks at you; B again, Escape or a click brings it back.</source>
        <translation>Oscurece la ventana para que la clase te mire a ti; otra vez B, Escape o un clic la devuelven.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="274"/>
        <source>Open &amp;Scenario…</source>
        <translation>Abrir esce&amp;nario…</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="276"/>
        <source>Replace the DNS lesson&apos;s servers and zone files with those of a scenario file</source>
        <translation>Sustituir los servidores y archivos de zona de la lección de DNS por los de un archivo de escenario</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="498"/>
        <source>Open Scenario</source>
        <translation>Abrir escenario</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="499"/>
        <source>Hopscope scenarios (*.scenario);;All files (*)</source>
        <translation>Escenarios de Hopscope (*.scenario);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="509"/>
        <source>Starting the servers of %1…</source>
        <translation>Iniciando los servidores de %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="571"/>
        <source>Opened %1: %Ln packet(s)</source>
        <translation>
            <numerusform>%1 abierto: %Ln paquete</numerusform>
            <numerusform>%1 abierto: %Ln paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="576"/>
        <source>Stopped reading %1: showing the %Ln packet(s) read so far</source>
        <translation>
            <numerusform>Se dejó de leer %1: se muestra el paquete leído hasta ahora</numerusform>
            <numerusform>Se dejó de leer %1: se muestran los %Ln paquetes leídos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="586"/>
        <source>Read %Ln packet(s); the file is damaged at byte %1:
%2

The packets read before the damage are shown.</source>
        <translation>
            <numerusform>Se leyó %Ln paquete; el archivo está dañado en el byte %1:
%2

Se muestra el paquete leído antes del daño.</numerusform>
            <numerusform>Se leyeron %Ln paquetes; el archivo está dañado en el byte %1:
%2

Se muestran los paquetes leídos antes del daño.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="592"/>
        <source>Read %Ln packet(s), then:
%1

The packets read so far are shown.</source>
        <translation>
            <numerusform>Se leyó %Ln paquete y luego:
%1

Se muestra el paquete leído hasta ahora.</numerusform>
            <numerusform>Se leyeron %Ln paquetes y luego:
%1

Se muestran los paquetes leídos hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="640"/>
        <source>Saved %Ln event(s) to %1</source>
        <translation>
            <numerusform>%Ln evento guardado en %1</numerusform>
            <numerusform>%Ln eventos guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="648"/>
        <source>The trace could not be saved to “%1”:
%2</source>
        <translation>No se pudo guardar la traza en «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="688"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="690"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="692"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="695"/>
        <source>Export Current View</source>
        <translation>Exportar la vista actual</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="695"/>
        <source>Export Whole Diagram</source>
        <translation>Exportar el diagrama completo</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="710"/>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="715"/>
        <source>About Hopscope</source>
        <translation>Acerca de Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="716"/>
        <source>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;See what really happens on the wire: DNS lookups, TCP handshakes, encapsulation and load balancing, with real packets from real servers on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;Mira lo que de verdad pasa en la red: consultas DNS, saludos TCP, encapsulamiento y balanceo de carga, con paquetes reales de servidores reales en este ordenador.&lt;/p&gt;&lt;p&gt;Con licencia GNU General Public License, versión 3 o posterior.&lt;/p&gt;</translation>
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
        <translation>Nombrar las capas como en el modelo OSI de siete capas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="180"/>
        <source>TCP/IP</source>
        <translation>TCP/IP</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="181"/>
        <source>Name layers as in the four-layer TCP/IP model</source>
        <translation>Nombrar las capas como en el modelo TCP/IP de cuatro capas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="182"/>
        <source>No event yet. Step forward or pick one in the event list to see its layers and bytes.</source>
        <translation>Todavía no hay ningún evento. Avanza un paso o elige uno en la lista de eventos para ver sus capas y sus bytes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="247"/>
        <source>Event %1 · %2 → %3 · %n bytes · %4</source>
        <translation>
            <numerusform>Evento %1 · %2 → %3 · %n byte · %4</numerusform>
            <numerusform>Evento %1 · %2 → %3 · %n bytes · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="253"/>
        <source>(captured at %1)</source>
        <translation>(capturado en %1)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="259"/>
        <source>[Drawn: the message itself is what the program sent; the Ethernet, IP and UDP/TCP headers around it were made up for the display addresses.]</source>
        <translation>[Dibujado: el mensaje en sí es lo que envió el programa; las cabeceras Ethernet, IP y UDP/TCP que lo rodean se inventaron para las direcciones mostradas.]</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="283"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PlannedLessonView</name>
    <message>
        <location filename="../src/gui/views/planned_lesson_view.cpp" line="103"/>
        <source>This lesson is not built yet.</source>
        <translation>Esta lección todavía no está hecha.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/planned_lesson_view.cpp" line="104"/>
        <source>When it is, it will show:</source>
        <translation>Cuando lo esté, mostrará:</translation>
    </message>
    <message>
        <location filename="../src/gui/views/planned_lesson_view.cpp" line="105"/>
        <source>Meanwhile, the Trace page shows any capture you open (File › Open Capture…) as a ladder diagram, with every packet in the inspector.</source>
        <translation>Mientras tanto, la página Traza muestra cualquier captura que abras (Archivo › Abrir captura…) como diagrama de secuencia, con cada paquete en el inspector.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::ScrubSlider</name>
    <message>
        <location filename="../src/gui/widgets/scrub_slider.cpp" line="16"/>
        <source>Timeline</source>
        <translation>Línea de tiempo</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TcpLessonRunner</name>
    <message>
        <location filename="../src/gui/controllers/tcp_lesson_runner.cpp" line="69"/>
        <source>The TCP lesson shows the segments the kernel sends in the lab, and the app was started with --network loopback.</source>
        <translation>La lección de TCP muestra los segmentos que envía el kernel en el laboratorio, y la aplicación se inició con --network loopback.</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TcpLessonView</name>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="165"/>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="167"/>
        <source>Lose the SYN</source>
        <translation>Perder el SYN</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="169"/>
        <source>Lose the request</source>
        <translation>Perder la petición</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="171"/>
        <source>Closed port</source>
        <translation>Puerto cerrado</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="173"/>
        <source>Router resets</source>
        <translation>El router envía RST</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="175"/>
        <source>UDP or TCP?</source>
        <translation>¿UDP o TCP?</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="177"/>
        <source>Lose the SYN-ACK</source>
        <translation>Perder el SYN-ACK</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="179"/>
        <source>Reset midway</source>
        <translation>RST a medio camino</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="187"/>
        <source>Open a connection to www.foobar.com, ask for / and close it again.</source>
        <translation>Abrir una conexión con www.foobar.com, pedir / y volver a cerrarla.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="189"/>
        <source>The home router drops the laptop&apos;s first SYN: watch the kernel send it again after its retransmission timer runs out.</source>
        <translation>El router doméstico descarta el primer SYN del portátil: mira cómo el kernel lo vuelve a enviar cuando vence su temporizador de retransmisión.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="192"/>
        <source>The home router drops the segment carrying the GET: the laptop&apos;s kernel retransmits it when no acknowledgement comes.</source>
        <translation>El router doméstico descarta el segmento que lleva el GET: el kernel del portátil lo retransmite cuando no llega ningún acuse de recibo.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="195"/>
        <source>Connect to port 81, where nothing listens: the server&apos;s kernel answers RST.</source>
        <translation>Conectar al puerto 81, donde nada escucha: el kernel del servidor responde con RST.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="197"/>
        <source>The home router answers every SYN with a reset, as a firewall that rejects connections does.</source>
        <translation>El router doméstico responde a cada SYN con un RST, como hace un cortafuegos que rechaza conexiones.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="200"/>
        <source>The home router drops the server&apos;s first SYN-ACK: both kernels&apos; timers run out and each sends its part of the handshake again.</source>
        <translation>El router doméstico descarta el primer SYN-ACK del servidor: vencen los temporizadores de ambos kernels y cada uno vuelve a enviar su parte del saludo.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="203"/>
        <source>The connection opens, then the home router answers the GET with a reset in the server&apos;s name: the laptop gives up, the server never knows.</source>
        <translation>La conexión se abre y luego el router doméstico responde al GET con un RST en nombre del servidor: el portátil se rinde y el servidor nunca se entera.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="206"/>
        <source>Ask the resolver for www.foobar.com over UDP, then the same over TCP: packets, bytes and round trips side by side.</source>
        <translation>Preguntar al resolvedor por www.foobar.com por UDP y luego lo mismo por TCP: paquetes, bytes y viajes de ida y vuelta, uno junto al otro.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="263"/>
        <source>The lab is not running: %1</source>
        <translation>El laboratorio no está funcionando: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="280"/>
        <source>Asking the resolver over UDP, then over TCP…</source>
        <translation>Preguntando al resolvedor por UDP y luego por TCP…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="282"/>
        <source>Connecting from the laptop; the first SYN will be lost, so this takes about a second…</source>
        <translation>Conectando desde el portátil; el primer SYN se perderá, así que tardará alrededor de un segundo…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="284"/>
        <source>Connecting from the laptop to www.foobar.com…</source>
        <translation>Conectando desde el portátil con www.foobar.com…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="293"/>
        <source>Starting the lab: the laptop, the routers and the web site, each in a network namespace of its own…</source>
        <translation>Iniciando el laboratorio: el portátil, los routers y el sitio web, cada uno en su propio espacio de nombres de red…</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="298"/>
        <source>This lesson shows the segments the Linux kernel sends in the lab, and the lab is not running: %1</source>
        <translation>Esta lección muestra los segmentos que envía el kernel de Linux en el laboratorio, y el laboratorio no está funcionando: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="308"/>
        <source>The lab runs. Press a button to open a connection from the laptop.</source>
        <translation>El laboratorio funciona. Pulsa un botón para abrir una conexión desde el portátil.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="363"/>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="381"/>
        <source>%1: it did not work: %2</source>
        <translation>%1: no funcionó: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="367"/>
        <source>%1: the same question for %2. UDP: %3 packets, %4 bytes, %5 round trip(s), answered after %6. TCP: %7 packets, %8 bytes, %9 round trip(s), answered after %10.</source>
        <translation>%1: la misma pregunta por %2. UDP: %3 paquetes, %4 bytes, %5 viaje(s) de ida y vuelta, respondida tras %6. TCP: %7 paquetes, %8 bytes, %9 viaje(s) de ida y vuelta, respondida tras %10.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="384"/>
        <source>%1: the connection was refused (%2); the capture holds %Ln segment(s).</source>
        <translation>
            <numerusform>%1: la conexión fue rechazada (%2); la captura contiene %Ln segmento.</numerusform>
            <numerusform>%1: la conexión fue rechazada (%2); la captura contiene %Ln segmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="389"/>
        <source>%1: HTTP %2 with %3 bytes over port %4; the laptop&apos;s kernel sent and received %Ln segment(s).</source>
        <translation>
            <numerusform>%1: HTTP %2 con %3 bytes por el puerto %4; el kernel del portátil envió y recibió %Ln segmento.</numerusform>
            <numerusform>%1: HTTP %2 con %3 bytes por el puerto %4; el kernel del portátil envió y recibió %Ln segmentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="397"/>
        <source>%1: no answer came (%2); the capture holds %Ln segment(s).</source>
        <translation>
            <numerusform>%1: no llegó ninguna respuesta (%2); la captura contiene %Ln segmento.</numerusform>
            <numerusform>%1: no llegó ninguna respuesta (%2); la captura contiene %Ln segmentos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="402"/>
        <source>The capture did not show the end of the connection in time: what is drawn stops where the capture stopped.</source>
        <translation>La captura no mostró a tiempo el final de la conexión: lo dibujado se detiene donde se detuvo la captura.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="412"/>
        <source>%1. %2 (%Ln segment(s))</source>
        <translation>
            <numerusform>%1. %2 (%Ln segmento)</numerusform>
            <numerusform>%1. %2 (%Ln segmentos)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="436"/>
        <source>Each segment the laptop&apos;s kernel sends or receives appears here, one sentence each on why it was sent.</source>
        <translation>Aquí aparece cada segmento que el kernel del portátil envía o recibe, cada uno con una frase sobre por qué se envió.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="441"/>
        <source>Press Space to play, or step with the arrow keys.</source>
        <translation>Pulsa Espacio para reproducir, o avanza paso a paso con las flechas.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="444"/>
        <source>%1. %2 → %3: %4</source>
        <translation>%1. %2 → %3: %4</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="485"/>
        <source>The laptop&apos;s kernel could not be asked about its socket: %1</source>
        <translation>No se pudo preguntar al kernel del portátil por su socket: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="492"/>
        <source>The laptop&apos;s kernel (sock_diag) has no socket left for this connection: CLOSED, as the segments say.</source>
        <translation>El kernel del portátil (sock_diag) ya no tiene ningún socket para esta conexión: CLOSED, como dicen los segmentos.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="495"/>
        <source>The segments say the laptop is in %1, but its kernel (sock_diag) has no socket left for this connection.</source>
        <translation>Los segmentos dicen que el portátil está en %1, pero su kernel (sock_diag) ya no tiene ningún socket para esta conexión.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="501"/>
        <source>state %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="503"/>
        <source>The segments say the laptop is in %1, but its kernel (sock_diag) says %2.</source>
        <translation>Los segmentos dicen que el portátil está en %1, pero su kernel (sock_diag) dice %2.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="507"/>
        <source>The laptop&apos;s kernel (sock_diag) agrees: its socket is in %1.</source>
        <translation>El kernel del portátil (sock_diag) lo confirma: su socket está en %1.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="515"/>
        <source>The laptop&apos;s kernel said %1; its timer has run out since, so the socket is CLOSED now.</source>
        <translation>El kernel del portátil dijo %1; desde entonces ha vencido su temporizador, así que el socket ahora está CLOSED.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="519"/>
        <source>The laptop&apos;s kernel (sock_diag) agrees: %1, and its own timer closes the socket in %2 s.</source>
        <translation>El kernel del portátil (sock_diag) lo confirma: %1, y su propio temporizador cierra el socket en %2 s.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="540"/>
        <source>Open a real TCP connection from the lab&apos;s laptop to the web server, or make it go wrong on purpose. Every segment on the ladder is one the laptop&apos;s Linux kernel sent or received, as captured on its network interface.</source>
        <translation>Abre una conexión TCP real desde el portátil del laboratorio hasta el servidor web, o haz que falle a propósito. Cada segmento del diagrama de secuencia es uno que el kernel de Linux del portátil envió o recibió, tal como se capturó en su interfaz de red.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_lesson_view.cpp" line="548"/>
        <source>Connections so far:</source>
        <translation>Conexiones hasta ahora:</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TraceView</name>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="76"/>
        <source>No trace is loaded.

Open a pcap or pcapng capture with File › Open Capture… to see it here as a ladder diagram: one lifeline per machine, one arrow per packet.</source>
        <translation>No hay ninguna traza cargada.

Abre una captura pcap o pcapng con Archivo › Abrir captura… para verla aquí como diagrama de secuencia: una línea de vida por máquina, una flecha por paquete.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="85"/>
        <source>Press Space to play, or step with the arrow keys.</source>
        <translation>Pulsa Espacio para reproducir, o avanza paso a paso con las flechas.</translation>
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
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="185"/>
        <source>Step back one event (Left, Page Up)</source>
        <translation>Retroceder un evento (Izquierda, Re Pág)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="186"/>
        <source>Step &amp;Forward</source>
        <translation>Paso a&amp;delante</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="187"/>
        <source>Step forward one event (Right, Page Down)</source>
        <translation>Avanzar un evento (Derecha, Av Pág)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="188"/>
        <source>Go to &amp;Start</source>
        <translation>Ir al &amp;principio</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="189"/>
        <source>Back to before the first event (Home)</source>
        <translation>Volver a antes del primer evento (Inicio)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="190"/>
        <source>Go to &amp;End</source>
        <translation>Ir al &amp;final</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="191"/>
        <source>Jump to after the last event (End)</source>
        <translation>Saltar a después del último evento (Fin)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="192"/>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="193"/>
        <source>F&amp;aster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="194"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="195"/>
        <source>Playback speed: at 1× one hop takes 0.6 s on screen</source>
        <translation>Velocidad de reproducción: a 1× un salto dura 0,6 s en pantalla</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="196"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="197"/>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="198"/>
        <source>What the network really took to get here</source>
        <translation>Lo que la red tardó de verdad en llegar hasta aquí</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="199"/>
        <source>Shown time</source>
        <translation>Tiempo mostrado</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="200"/>
        <source>Where the animation is, at 1× speed</source>
        <translation>Dónde está la animación, a velocidad 1×</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="201"/>
        <source>One tick per event; drag to scrub</source>
        <translation>Una marca por evento; arrastra para desplazarte</translation>
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
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="239"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="239"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
</context>
</TS>
