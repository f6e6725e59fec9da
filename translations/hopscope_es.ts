<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Application</name>
    <message>
        <location filename="../src/gui/application.cpp" line="90"/>
        <source>See what really happens on the wire.</source>
        <translation>Mira lo que de verdad pasa en la red.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="95"/>
        <source>Start on one page: dns, tcp, encapsulation, loadbalancing, journey or trace.</source>
        <translation>Empezar en una página: dns, tcp, encapsulation, loadbalancing, journey o trace.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="98"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="101"/>
        <source>Write the window as a PNG image once it has painted, then exit.</source>
        <translation>Guardar la ventana como imagen PNG en cuanto se haya dibujado y salir.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="103"/>
        <location filename="../src/gui/application.cpp" line="124"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="106"/>
        <source>Exit as soon as the window has painted (for start-up benchmarks).</source>
        <translation>Salir en cuanto la ventana se haya dibujado (para medir el arranque).</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="110"/>
        <source>Start in presentation mode.</source>
        <translation>Empezar en modo presentación.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="113"/>
        <source>Use this language (de, es, ...) instead of the system&apos;s.</source>
        <translation>Usar este idioma (de, es, …) en lugar del del sistema.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="115"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="118"/>
        <source>Log level: trace, debug, info, warn, error, critical or off.</source>
        <translation>Nivel de registro: trace, debug, info, warn, error, critical u off.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="120"/>
        <source>level</source>
        <translation>nivel</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="123"/>
        <source>Open a pcap or pcapng capture.</source>
        <translation>Abrir una captura pcap o pcapng.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="127"/>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation>Tamaño de la ventana para --screenshot, p. ej. 1920x1080.</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="128"/>
        <source>width x height</source>
        <translation>ancho x alto</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="153"/>
        <source>unexpected argument “%1”; use --open FILE to open a capture</source>
        <translation>argumento inesperado «%1»; para abrir una captura use --open ARCHIVO</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="164"/>
        <source>unknown view “%1”; choose one of %2</source>
        <translation>vista desconocida «%1»; elija una de %2</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="176"/>
        <source>unknown log level “%1”; use trace, debug, info, warn, error, critical or off</source>
        <translation>nivel de registro desconocido «%1»; use trace, debug, info, warn, error, critical u off</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="189"/>
        <source>--size wants WIDTHxHEIGHT, e.g. 1920x1080</source>
        <translation>--size espera ANCHOxALTO, p. ej. 1920x1080</translation>
    </message>
    <message>
        <location filename="../src/gui/application.cpp" line="283"/>
        <source>cannot write the screenshot to “%1”</source>
        <translation>no se puede escribir la captura de pantalla en «%1»</translation>
    </message>
</context>
<context>
    <name>LayerNames</name>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="11"/>
        <source>1 Physical</source>
        <translation>1 Física</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="12"/>
        <source>2 Data link</source>
        <translation>2 Enlace de datos</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="13"/>
        <source>3 Network</source>
        <translation>3 Red</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="14"/>
        <source>4 Transport</source>
        <translation>4 Transporte</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="15"/>
        <source>5 Session</source>
        <translation>5 Sesión</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="16"/>
        <source>6 Presentation</source>
        <translation>6 Presentación</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="17"/>
        <source>7 Application</source>
        <translation>7 Aplicación</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="18"/>
        <source>Link</source>
        <translation>Acceso a la red</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="19"/>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="20"/>
        <source>Transport</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <location filename="../src/gui/models/layer_names.cpp" line="21"/>
        <source>Application</source>
        <translation>Aplicación</translation>
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
        <location filename="../ui/main_window.ui" line="63"/>
        <source>DNS lookup</source>
        <translation>Consulta DNS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="66"/>
        <source>How a name becomes an address, down the DNS hierarchy</source>
        <translation>Cómo un nombre se convierte en una dirección, bajando por la jerarquía DNS</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="71"/>
        <source>TCP handshake</source>
        <translation>Saludo TCP</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="74"/>
        <source>SYN, SYN-ACK, ACK: how a connection is opened and closed</source>
        <translation>SYN, SYN-ACK, ACK: cómo se abre y se cierra una conexión</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="79"/>
        <source>Encapsulation</source>
        <translation>Encapsulamiento</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="82"/>
        <source>A request wrapped layer by layer and carried hop by hop</source>
        <translation>Una petición envuelta capa a capa y llevada salto a salto</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="87"/>
        <source>Load balancing</source>
        <translation>Balanceo de carga</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="90"/>
        <source>One front end spreading requests over several backends</source>
        <translation>Un frontal reparte las peticiones entre varios servidores</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="95"/>
        <source>Journey</source>
        <translation>El viaje completo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="98"/>
        <source>All the lessons in order, from typing an address to the page arriving</source>
        <translation>Todas las lecciones en orden, desde teclear una dirección hasta que llega la página</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="103"/>
        <source>Trace</source>
        <translation>Traza</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="106"/>
        <source>Whatever trace is loaded, an opened capture included, as a ladder diagram</source>
        <translation>La traza cargada, también una captura abierta, como diagrama de secuencia</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="126"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="130"/>
        <source>&amp;Export Current View</source>
        <translation>&amp;Exportar la vista actual</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="148"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="152"/>
        <source>&amp;Layer Names</source>
        <translation>Nombres de las &amp;capas</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="167"/>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="172"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="184"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="193"/>
        <source>Packet Inspector</source>
        <translation>Inspector de paquetes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="202"/>
        <source>&amp;Open Capture…</source>
        <translation>&amp;Abrir captura…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="205"/>
        <source>Open a pcap or pcapng file as a trace</source>
        <translation>Abrir un archivo pcap o pcapng como traza</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="210"/>
        <source>&amp;Save Trace As pcapng…</source>
        <translation>&amp;Guardar la traza como pcapng…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="213"/>
        <source>Save the trace as a pcapng file that Wireshark opens</source>
        <translation>Guardar la traza como archivo pcapng que Wireshark puede abrir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="218"/>
        <source>PNG Image (&amp;1×)…</source>
        <translation>Imagen PNG (&amp;1×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="223"/>
        <source>PNG Image (&amp;2×)…</source>
        <translation>Imagen PNG (&amp;2×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="228"/>
        <source>PNG Image (&amp;4×)…</source>
        <translation>Imagen PNG (&amp;4×)…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="233"/>
        <source>&amp;SVG Vector Image…</source>
        <translation>Imagen vectorial &amp;SVG…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="238"/>
        <source>P&amp;DF Document…</source>
        <translation>Documento P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="243"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="254"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="257"/>
        <source>Large text and strokes for a projector, full screen (F5; Esc leaves)</source>
        <translation>Texto y trazos grandes para el proyector, a pantalla completa (F5; Esc para salir)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="265"/>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="270"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="275"/>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="280"/>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="285"/>
        <source>&amp;About Hopscope</source>
        <translation>&amp;Acerca de Hopscope</translation>
    </message>
</context>
<context>
    <name>SceneExporter</name>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="73"/>
        <source>There is nothing to export: the view is empty.</source>
        <translation>No hay nada que exportar: la vista está vacía.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="88"/>
        <source>The PNG file could not be written.</source>
        <translation>No se pudo escribir el archivo PNG.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="98"/>
        <source>Exported from Hopscope</source>
        <translation>Exportado desde Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="101"/>
        <source>The SVG file could not be written.</source>
        <translation>No se pudo escribir el archivo SVG.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/scene_exporter.cpp" line="119"/>
        <source>The PDF file could not be written.</source>
        <translation>No se pudo escribir el archivo PDF.</translation>
    </message>
</context>
<context>
    <name>SourceKindText</name>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="10"/>
        <source>live</source>
        <translation>en vivo</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="12"/>
        <source>lab</source>
        <translation>laboratorio</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="14"/>
        <source>captured</source>
        <translation>capturado</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="16"/>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="24"/>
        <source>Live: real servers and clients talking over loopback sockets</source>
        <translation>En vivo: servidores y clientes reales que hablan por sockets de loopback</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="26"/>
        <source>Lab: the deterministic emulated network inside Hopscope</source>
        <translation>Laboratorio: la red emulada y determinista dentro de Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="28"/>
        <source>Captured: read from the network interface by libpcap</source>
        <translation>Capturado: leído de la interfaz de red con libpcap</translation>
    </message>
    <message>
        <location filename="../src/gui/models/source_kind_text.cpp" line="30"/>
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
        <location filename="../src/gui/models/dissection_model.cpp" line="85"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="148"/>
        <source>%1 — %2 and %3 in the TCP/IP model</source>
        <translation>%1 — %2, y %3 en el modelo TCP/IP</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="156"/>
        <source>Display filter: %1</source>
        <translation>Filtro de visualización: %1</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="200"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="202"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../src/gui/models/dissection_model.cpp" line="204"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::DnsLookupView</name>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="35"/>
        <source>DNS lookup</source>
        <translation>Consulta DNS</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="36"/>
        <source>Your laptop asks its resolver for the address of www.foobar.com. The resolver does not know it, so it walks down the name hierarchy: a root server, then the .com servers, then the servers for foobar.com, and brings the answer back.</source>
        <translation>Tu portátil pregunta a su resolvedor la dirección de www.foobar.com. El resolvedor no la conoce, así que baja por la jerarquía de nombres: un servidor raíz, luego los servidores de .com, luego los de foobar.com, y trae la respuesta de vuelta.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="39"/>
        <source>The resolver asking a root server, which refers it to the .com servers</source>
        <translation>El resolvedor preguntando a un servidor raíz, que lo remite a los servidores de .com</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="40"/>
        <source>The .com server referring it on to the authoritative servers for foobar.com</source>
        <translation>El servidor de .com remitiéndolo a los servidores autoritativos de foobar.com</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="41"/>
        <source>The authoritative answer: www is an alias (CNAME) for foobar.com, and its address</source>
        <translation>La respuesta autoritativa: www es un alias (CNAME) de foobar.com, y su dirección</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="42"/>
        <source>The answer cached with its TTL counting down, so the next lookup is instant</source>
        <translation>La respuesta guardada en caché con su TTL en cuenta atrás, para que la siguiente consulta sea inmediata</translation>
    </message>
    <message>
        <location filename="../src/gui/views/dns_lookup_view.cpp" line="43"/>
        <source>Every query and answer as real DNS bytes from the servers on this computer, the same that dig shows</source>
        <translation>Cada consulta y respuesta como bytes DNS reales de los servidores de este ordenador, los mismos que muestra dig</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EncapsulationView</name>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="35"/>
        <source>Encapsulation</source>
        <translation>Encapsulamiento</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="36"/>
        <source>One HTTP request, wrapped like a letter in envelopes: a TCP segment, inside an IP packet, inside an Ethernet frame, then carried hop by hop to the server.</source>
        <translation>Una petición HTTP, envuelta como una carta en sobres: un segmento TCP dentro de un paquete IP dentro de una trama Ethernet, y llevada salto a salto hasta el servidor.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="38"/>
        <source>The request wrapped layer by layer, each layer in its own colour</source>
        <translation>La petición envuelta capa a capa, cada capa con su propio color</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="39"/>
        <source>The frame crossing a switch, a router and the NAT gateway of a home network</source>
        <translation>La trama atravesando un switch, un router y la pasarela NAT de una red doméstica</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="40"/>
        <source>The router lowering the TTL and writing new MAC addresses at every hop</source>
        <translation>El router bajando el TTL y escribiendo nuevas direcciones MAC en cada salto</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="41"/>
        <source>The NAT gateway rewriting the private address and port, and back again on the answer</source>
        <translation>La pasarela NAT reescribiendo la dirección privada y el puerto, y deshaciéndolo en la respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/views/encapsulation_view.cpp" line="43"/>
        <source>The OSI and the TCP/IP names for each layer, side by side</source>
        <translation>Los nombres OSI y TCP/IP de cada capa, uno junto al otro</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::EventList</name>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="89"/>
        <source>Filter: any text in any column</source>
        <translation>Filtro: cualquier texto en cualquier columna</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="90"/>
        <source>Shows only events whose row contains this text</source>
        <translation>Muestra solo los eventos cuya fila contiene este texto</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="91"/>
        <source>Shows only events of one protocol</source>
        <translation>Muestra solo los eventos de un protocolo</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/event_list.cpp" line="93"/>
        <location filename="../src/gui/widgets/event_list.cpp" line="101"/>
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
    <name>hopscope::gui::JourneyView</name>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="35"/>
        <source>Journey</source>
        <translation>El viaje completo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="36"/>
        <source>All the lessons in order: what happens between typing an address into a browser and the page appearing.</source>
        <translation>Todas las lecciones en orden: lo que ocurre entre teclear una dirección en el navegador y que aparezca la página.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="38"/>
        <source>The DNS lookup that turns the name into an address</source>
        <translation>La consulta DNS que convierte el nombre en una dirección</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="39"/>
        <source>The TCP handshake with the web server</source>
        <translation>El saludo TCP con el servidor web</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="40"/>
        <source>The HTTP request, encapsulated and carried hop by hop</source>
        <translation>La petición HTTP, encapsulada y llevada salto a salto</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="41"/>
        <source>The load balancer picking a backend, and the answer travelling back</source>
        <translation>El balanceador eligiendo un servidor, y la respuesta volviendo</translation>
    </message>
    <message>
        <location filename="../src/gui/views/journey_view.cpp" line="42"/>
        <source>One timeline across all of it, stepping forward and back at any speed</source>
        <translation>Una única línea de tiempo para todo, avanzando y retrocediendo a cualquier velocidad</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LadderScene</name>
    <message>
        <location filename="../src/gui/widgets/ladder_scene.cpp" line="328"/>
        <source>No.  real time</source>
        <translation>N.º  tiempo real</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::LoadBalancingView</name>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="35"/>
        <source>Load balancing</source>
        <translation>Balanceo de carga</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="36"/>
        <source>A popular site is served by several machines. A load balancer in front of them decides which backend answers each request, and stops sending work to one that fails.</source>
        <translation>Un sitio popular se sirve desde varias máquinas. Un balanceador de carga delante de ellas decide qué servidor responde a cada petición y deja de enviar trabajo al que falla.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="39"/>
        <source>Requests spread over the backends by round robin, least connections or hashing</source>
        <translation>Peticiones repartidas entre los servidores por turnos, por menos conexiones o por hash</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="40"/>
        <source>Health checks taking a failing backend out, and bringing it back when it recovers</source>
        <translation>Comprobaciones de salud que retiran un servidor que falla y lo recuperan cuando se restablece</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="41"/>
        <source>Live charts of requests per backend and of response times</source>
        <translation>Gráficos en vivo de peticiones por servidor y de tiempos de respuesta</translation>
    </message>
    <message>
        <location filename="../src/gui/views/load_balancing_view.cpp" line="42"/>
        <source>Real HTTP traffic that curl or a browser can join</source>
        <translation>Tráfico HTTP real al que pueden unirse curl o un navegador</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/main_window.cpp" line="313"/>
        <source>No trace</source>
        <translation>Sin traza</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="381"/>
        <source>Open Capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="382"/>
        <source>Captures (*.pcapng *.pcap *.cap *.ntar);;All files (*)</source>
        <translation>Capturas (*.pcapng *.pcap *.cap *.ntar);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="395"/>
        <location filename="../src/gui/main_window.cpp" line="502"/>
        <source>Please wait: another file is still being read or written.</source>
        <translation>Espere: todavía se está leyendo o escribiendo otro archivo.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="402"/>
        <source>Opening Capture</source>
        <translation>Abriendo la captura</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="403"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="422"/>
        <source>Reading %1: %n packet(s)…</source>
        <translation>
            <numerusform>Leyendo %1: %n paquete…</numerusform>
            <numerusform>Leyendo %1: %n paquetes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="451"/>
        <source>Stopped reading %1</source>
        <translation>Se dejó de leer %1</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="457"/>
        <source>Hopscope could not open “%1”:
%2</source>
        <translation>Hopscope no pudo abrir «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="472"/>
        <source>Opening %1</source>
        <translation>Abrir %1</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="484"/>
        <location filename="../src/gui/main_window.cpp" line="519"/>
        <source>Save Trace</source>
        <translation>Guardar traza</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="484"/>
        <source>There is no trace to save yet.</source>
        <translation>Todavía no hay ninguna traza que guardar.</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="492"/>
        <source>Save Trace As pcapng</source>
        <translation>Guardar la traza como pcapng</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="493"/>
        <source>pcapng captures (*.pcapng)</source>
        <translation>Capturas pcapng (*.pcapng)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="506"/>
        <source>Saving %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="317"/>
        <source>%Ln event(s) · %1</source>
        <translation>
            <numerusform>%Ln evento · %1</numerusform>
            <numerusform>%Ln eventos · %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="444"/>
        <source>Opened %1: %Ln packet(s)</source>
        <translation>
            <numerusform>%1 abierto: %Ln paquete</numerusform>
            <numerusform>%1 abierto: %Ln paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="449"/>
        <source>Stopped reading %1: showing the %Ln packet(s) read so far</source>
        <translation>
            <numerusform>Se dejó de leer %1: se muestra el paquete leído hasta ahora</numerusform>
            <numerusform>Se dejó de leer %1: se muestran los %Ln paquetes leídos hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/main_window.cpp" line="459"/>
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
        <location filename="../src/gui/main_window.cpp" line="465"/>
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
        <location filename="../src/gui/main_window.cpp" line="512"/>
        <source>Saved %Ln event(s) to %1</source>
        <translation>
            <numerusform>%Ln evento guardado en %1</numerusform>
            <numerusform>%Ln eventos guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="520"/>
        <source>The trace could not be saved to “%1”:
%2</source>
        <translation>No se pudo guardar la traza en «%1»:
%2</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="542"/>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="544"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="546"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="550"/>
        <location filename="../src/gui/main_window.cpp" line="560"/>
        <source>Export Current View</source>
        <translation>Exportar la vista actual</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="563"/>
        <source>Exported %1</source>
        <translation>%1 exportado</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="568"/>
        <source>About Hopscope</source>
        <translation>Acerca de Hopscope</translation>
    </message>
    <message>
        <location filename="../src/gui/main_window.cpp" line="569"/>
        <source>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;See what really happens on the wire: DNS lookups, TCP handshakes, encapsulation and load balancing, with real packets from real servers on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Hopscope %1&lt;/h3&gt;&lt;p&gt;Mira lo que de verdad pasa en la red: consultas DNS, saludos TCP, encapsulamiento y balanceo de carga, con paquetes reales de servidores reales en este ordenador.&lt;/p&gt;&lt;p&gt;Con licencia GNU General Public License, versión 3 o posterior.&lt;/p&gt;</translation>
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
        <translation>Nombrar las capas como en el modelo OSI de siete capas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="179"/>
        <source>TCP/IP</source>
        <translation>TCP/IP</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="180"/>
        <source>Name layers as in the four-layer TCP/IP model</source>
        <translation>Nombrar las capas como en el modelo TCP/IP de cuatro capas</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="181"/>
        <source>No event yet. Step forward or pick one in the event list to see its layers and bytes.</source>
        <translation>Todavía no hay ningún evento. Avanza un paso o elige uno en la lista de eventos para ver sus capas y sus bytes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="246"/>
        <source>Event %1 · %2 → %3 · %n bytes · %4</source>
        <translation>
            <numerusform>Evento %1 · %2 → %3 · %n byte · %4</numerusform>
            <numerusform>Evento %1 · %2 → %3 · %n bytes · %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/packet_inspector.cpp" line="271"/>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::PlannedLessonPage</name>
    <message>
        <location filename="../src/gui/widgets/planned_lesson_page.cpp" line="110"/>
        <source>This lesson is not built yet.</source>
        <translation>Esta lección todavía no está hecha.</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/planned_lesson_page.cpp" line="111"/>
        <source>When it is, it will show:</source>
        <translation>Cuando lo esté, mostrará:</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/planned_lesson_page.cpp" line="112"/>
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
    <name>hopscope::gui::TcpHandshakeView</name>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="35"/>
        <source>TCP handshake</source>
        <translation>Saludo TCP</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="36"/>
        <source>Before any web page travels, your laptop and the web server agree to talk: three small segments, SYN, SYN-ACK and ACK, set up a connection that both sides can trust.</source>
        <translation>Antes de que viaje cualquier página web, tu portátil y el servidor web acuerdan hablar: tres segmentos pequeños, SYN, SYN-ACK y ACK, establecen una conexión en la que ambos lados pueden confiar.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="38"/>
        <source>SYN, SYN-ACK and ACK on the ladder, with the sequence and acknowledgement numbers explained</source>
        <translation>SYN, SYN-ACK y ACK en el diagrama, con los números de secuencia y de acuse explicados</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="40"/>
        <source>The connection closing again with FIN and ACK, and the wait in TIME-WAIT</source>
        <translation>El cierre de la conexión con FIN y ACK, y la espera en TIME-WAIT</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="41"/>
        <source>In the lab network: a lost SYN and the retransmission that repairs it</source>
        <translation>En la red de laboratorio: un SYN perdido y la retransmisión que lo repara</translation>
    </message>
    <message>
        <location filename="../src/gui/views/tcp_handshake_view.cpp" line="42"/>
        <source>Each segment&apos;s header in the inspector, flag by flag and bit by bit</source>
        <translation>La cabecera de cada segmento en el inspector, indicador a indicador y bit a bit</translation>
    </message>
</context>
<context>
    <name>hopscope::gui::TraceView</name>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="85"/>
        <source>No trace is loaded.

Open a pcap or pcapng capture with File › Open Capture… to see it here as a ladder diagram: one lifeline per machine, one arrow per packet.</source>
        <translation>No hay ninguna traza cargada.

Abre una captura pcap o pcapng con Archivo › Abrir captura… para verla aquí como diagrama de secuencia: una línea de vida por máquina, una flecha por paquete.</translation>
    </message>
    <message>
        <location filename="../src/gui/views/trace_view.cpp" line="94"/>
        <source>Press Space to play, or step with the arrow keys.</source>
        <translation>Pulsa Espacio para reproducir, o avanza paso a paso con las flechas.</translation>
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
        <translation>Paso &amp;atrás</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="184"/>
        <source>Step back one event (Left, Page Up)</source>
        <translation>Retroceder un evento (Izquierda, Re Pág)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="185"/>
        <source>Step &amp;Forward</source>
        <translation>Paso a&amp;delante</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="186"/>
        <source>Step forward one event (Right, Page Down)</source>
        <translation>Avanzar un evento (Derecha, Av Pág)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="187"/>
        <source>Go to &amp;Start</source>
        <translation>Ir al &amp;principio</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="188"/>
        <source>Back to before the first event (Home)</source>
        <translation>Volver a antes del primer evento (Inicio)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="189"/>
        <source>Go to &amp;End</source>
        <translation>Ir al &amp;final</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="190"/>
        <source>Jump to after the last event (End)</source>
        <translation>Saltar a después del último evento (Fin)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="191"/>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="192"/>
        <source>F&amp;aster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="193"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="194"/>
        <source>Playback speed: at 1× one hop takes 0.6 s on screen</source>
        <translation>Velocidad de reproducción: a 1× un salto dura 0,6 s en pantalla</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="195"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="196"/>
        <source>Real time</source>
        <translation>Tiempo real</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="197"/>
        <source>What the network really took to get here</source>
        <translation>Lo que la red tardó de verdad en llegar hasta aquí</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="198"/>
        <source>Shown time</source>
        <translation>Tiempo mostrado</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="199"/>
        <source>Where the animation is, at 1× speed</source>
        <translation>Dónde está la animación, a velocidad 1×</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="200"/>
        <source>One tick per event; drag to scrub</source>
        <translation>Una marca por evento; arrastra para desplazarte</translation>
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
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="237"/>
        <source>&amp;Play</source>
        <translation>&amp;Reproducir</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <location filename="../src/gui/widgets/transport_bar.cpp" line="238"/>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
</context>
</TS>
