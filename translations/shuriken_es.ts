<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/api/apierror.cpp" line="+212"/>
        <source>The server could not be reached</source>
        <translation>No se pudo contactar con el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the server failed</source>
        <translation>Falló la conexión segura con el servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was rejected</source>
        <translation>La clave de API fue rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not allowed to do this</source>
        <translation>La clave de API no tiene permiso para esto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this endpoint</source>
        <translation>El servidor no conoce este endpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request</source>
        <translation>El servidor rechazó la solicitud</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests; the server asks to wait %n second(s)</source>
        <translation>
            <numerusform>Demasiadas solicitudes; el servidor pide esperar %n segundo</numerusform>
            <numerusform>Demasiadas solicitudes; el servidor pide esperar %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed to handle the request</source>
        <translation>El servidor no pudo procesar la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood</source>
        <translation>No se pudo interpretar la respuesta del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was blocked by this application</source>
        <translation>Esta aplicación bloqueó la solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error</source>
        <translation>Error desconocido</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>request %1</source>
        <comment>the server&apos;s request id, for support</comment>
        <translation>solicitud %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>summary (details)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <location filename="../lib/capture/capturecodec.cpp" line="+91"/>
        <source>&quot;%1&quot; is not base64</source>
        <translation>&quot;%1&quot; no es base64</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>it has no &quot;type&quot;</source>
        <translation>falta &quot;type&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it has no &quot;timeUs&quot;</source>
        <translation>falta &quot;timeUs&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its &quot;direction&quot; is neither &quot;in&quot; nor &quot;out&quot;</source>
        <translation>&quot;direction&quot; no es ni &quot;in&quot; ni &quot;out&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its &quot;json&quot; is not a JSON object</source>
        <translation>su &quot;json&quot; no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;data&quot;</source>
        <translation>falta &quot;data&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>it has no &quot;state&quot;</source>
        <translation>falta &quot;state&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no &quot;status&quot;</source>
        <translation>falta &quot;status&quot;</translation>
    </message>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="+321"/>
        <source>the compressed data is damaged (%1)</source>
        <translation>los datos comprimidos están dañados (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../lib/capture/gzipstream.cpp" line="+116"/>
        <source>unexpected data after the compressed stream</source>
        <translation>datos inesperados tras el flujo comprimido</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line %1 is longer than %2 MiB</source>
        <translation>la línea %1 supera los %2 MiB</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is not a Shuriken capture file.</source>
        <translation>Esto no es un archivo de captura de Shuriken.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (it is empty).</source>
        <translation>Esto no es un archivo de captura de Shuriken (está vacío).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Shuriken capture file (%1).</source>
        <translation>Esto no es un archivo de captura de Shuriken (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is a HAR document, not a Shuriken capture file.</source>
        <translation>Esto es un documento HAR, no un archivo de captura de Shuriken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The capture file ends inside its header: it was cut while it was being written.</source>
        <translation>El archivo de captura termina dentro de su cabecera: se cortó mientras se escribía.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (its header has no valid format version).</source>
        <translation>Esto no es un archivo de captura de Shuriken (su cabecera no tiene una versión de formato válida).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This capture was written by a newer version (format %1); this build reads format %2 and older.</source>
        <translation>Esta captura la escribió una versión más reciente (formato %1); esta compilación lee el formato %2 y anteriores.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+164"/>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>The capture cannot be read: the device is not open for reading.</source>
        <translation>No se puede leer la captura: el dispositivo no está abierto para lectura.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The capture is damaged after line %1: %2.</source>
        <translation>La captura está dañada después de la línea %1: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Line %1 is not a valid record: %2.</source>
        <translation>La línea %1 no es un registro válido: %2.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The compressed file has no proper end (it is still being written, or its writer was stopped); it was read up to the last complete record.</source>
        <translation>El archivo comprimido no tiene un final correcto (aún se está escribiendo o se detuvo el proceso que lo escribía); se leyó hasta el último registro completo.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The file ends inside a record (it was cut while being written); it was read up to the last complete record, %n byte(s) after it were left out.</source>
        <translation>
            <numerusform>El archivo termina dentro de un registro (se cortó mientras se escribía); se leyó hasta el último registro completo y se omitió %n byte posterior.</numerusform>
            <numerusform>El archivo termina dentro de un registro (se cortó mientras se escribía); se leyó hasta el último registro completo y se omitieron los %n bytes posteriores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 It was read up to there.</source>
        <comment>the reason</comment>
        <translation>%1 Se leyó hasta ese punto.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not know were skipped.</source>
        <translation>
            <numerusform>Se omitió %n registro de un tipo que esta versión no conoce.</numerusform>
            <numerusform>Se omitieron %n registros de un tipo que esta versión no conoce.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/capture/capturejson.cpp" line="+482"/>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../lib/capture/gzipstream.cpp" line="-94"/>
        <source>zlib error %1</source>
        <translation>error de zlib %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+25"/>
        <source>zlib could not start</source>
        <translation>no se pudo iniciar zlib</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>not gzip data</source>
        <translation>no son datos gzip</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the compressed data ends early</source>
        <translation>los datos comprimidos terminan antes de tiempo</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="-509"/>
        <location line="+61"/>
        <source>The compressor failed.</source>
        <translation>Falló el compresor.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+543"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>The capture cannot be written: the device is not open for writing.</source>
        <translation>No se puede escribir la captura: el dispositivo no está abierto para escritura.</translation>
    </message>
</context>
<context>
    <name>DisplayFilter</name>
    <message>
        <location filename="../lib/filter/filterlexer.cpp" line="+148"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>invalid number &apos;%1&apos;</source>
        <translation>número no válido &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 at column %2</source>
        <translation>%1 en la columna %2</translation>
    </message>
    <message>
        <location filename="../lib/filter/filterparser.cpp" line="+105"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; sin pareja</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>&apos;%1&apos; inesperado</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the expression is nested too deeply</source>
        <translation>la expresión está anidada a demasiada profundidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty expression</source>
        <translation>expresión vacía</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an expression after &apos;%1&apos;</source>
        <translation>se esperaba una expresión después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>se esperaba un valor después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a field after &apos;%1&apos;</source>
        <translation>se esperaba un campo después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+230"/>
        <source>missing &apos;)&apos; for &apos;(&apos;</source>
        <translation>falta &apos;)&apos; para &apos;(&apos;</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+10"/>
        <source>expected a string after &apos;%1&apos;</source>
        <translation>se esperaba una cadena después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression (%1)</source>
        <translation>expresión regular no válida (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a field before &apos;%1&apos;</source>
        <translation>se esperaba un campo antes de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>invalid date and time &apos;%1&apos;</source>
        <translation>fecha y hora no válidas &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected &apos;{&apos; after &apos;%1&apos;</source>
        <translation>se esperaba &apos;{&apos; después de &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing &apos;}&apos; for &apos;{&apos;</source>
        <translation>falta &apos;}&apos; para &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>función desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>metadata &apos;%1&apos; has no fields</source>
        <translation>el metadato &apos;%1&apos; no tiene campos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a field name after &apos;.&apos;</source>
        <translation>se esperaba un nombre de campo después de &apos;.&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an index or a quoted key after &apos;[&apos;</source>
        <translation>se esperaba un índice o una clave entre comillas después de &apos;[&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing &apos;]&apos; for &apos;[&apos;</source>
        <translation>falta &apos;]&apos; para &apos;[&apos;</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <location filename="../lib/record/eventexporter.cpp" line="+44"/>
        <source>Could not write the export: %1</source>
        <translation>No se pudo escribir la exportación: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+73"/>
        <source>The export target is not open for writing.</source>
        <translation>El destino de la exportación no está abierto para escritura.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>no es JSON: %1 en la posición %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a string</source>
        <translation>%1: se esperaba una cadena</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receivedAt: not an ISO 8601 time</source>
        <translation>receivedAt: no es una hora ISO 8601</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>payload: missing</source>
        <translation>payload: falta</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>payload is not a JSON object</source>
        <translation>payload no es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <location filename="../lib/events/eventformatter.cpp" line="+110"/>
        <source>Received</source>
        <comment>event table column: local receive time</comment>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <comment>event table column: receive time minus event time</comment>
        <translation>Latencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When the event arrived here (local time)</source>
        <translation>Cuándo llegó el evento aquí (hora local)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive time minus the event&apos;s own time (%1)</source>
        <translation>Hora de recepción menos la hora propia del evento (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stream&apos;s events carry no event time</source>
        <translation>Los eventos de este flujo no llevan hora de evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole payload)</source>
        <translation>(carga completa)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>≤ %1 s</source>
        <comment>latency known to a second</comment>
        <translation>≤ %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ms</source>
        <comment>latency</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>buy</source>
        <comment>trade side</comment>
        <translation>compra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <comment>trade side</comment>
        <translation>venta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>HarFormat</name>
    <message>
        <location filename="../lib/capture/harimport.cpp" line="+285"/>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server redirected to %1</source>
        <translation>el servidor redirigió a %1</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The HAR file has %n WebSocket connections; their frames are read as one session, in time order.</source>
        <translation>
            <numerusform>El archivo HAR tiene %n conexión WebSocket; sus tramas se leen como una sola sesión, en orden temporal.</numerusform>
            <numerusform>El archivo HAR tiene %n conexiones WebSocket; sus tramas se leen como una sola sesión, en orden temporal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n WebSocket control frame(s) (close, ping, pong, continuation) were left out.</source>
        <translation>
            <numerusform>Se omitió %n trama de control WebSocket (close, ping, pong, continuation).</numerusform>
            <numerusform>Se omitieron %n tramas de control WebSocket (close, ping, pong, continuation).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket error message(s) of the browser were left out.</source>
        <translation>
            <numerusform>Se omitió %n mensaje de error WebSocket del navegador.</numerusform>
            <numerusform>Se omitieron %n mensajes de error WebSocket del navegador.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) without a direction or readable data were left out.</source>
        <translation>
            <numerusform>Se omitió %n mensaje WebSocket sin dirección o sin datos legibles.</numerusform>
            <numerusform>Se omitieron %n mensajes WebSocket sin dirección o sin datos legibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) had no time; they were given their connection&apos;s.</source>
        <translation>
            <numerusform>%n mensaje WebSocket no tenía hora; se le asignó la de su conexión.</numerusform>
            <numerusform>%n mensajes WebSocket no tenían hora; se les asignó la de su conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n HAR entr(y/ies) that are not objects were left out.</source>
        <translation>
            <numerusform>Se omitió %n entrada HAR que no es un objeto.</numerusform>
            <numerusform>Se omitieron %n entradas HAR que no son objetos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n header(s) with credentials (Authorization, cookies) were redacted.</source>
        <translation>
            <numerusform>Se ocultó %n cabecera con credenciales (Authorization, cookies).</numerusform>
            <numerusform>Se ocultaron %n cabeceras con credenciales (Authorization, cookies).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a HAR document: the file is empty.</source>
        <translation>Esto no es un documento HAR: el archivo está vacío.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a HAR document: the JSON is malformed (%1 at byte %2).</source>
        <translation>Esto no es un documento HAR: el JSON está mal formado (%1 en el byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a HAR document (it has no log.entries).</source>
        <translation>Esto no es un documento HAR (no tiene log.entries).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The HAR file has no WebSocket connection.</source>
        <translation>El archivo HAR no tiene ninguna conexión WebSocket.</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <location filename="../lib/sim/controlcommand.cpp" line="+39"/>
        <source>--path needs session, auth, streams, user-auth, http-api or all</source>
        <translation>--path necesita session, auth, streams, user-auth, http-api o all</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown path &quot;%1&quot; (session, auth, streams, user-auth, http-api, all)</source>
        <translation>ruta desconocida &quot;%1&quot; (session, auth, streams, user-auth, http-api, all)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Commands (one per line):
  help                                  this text
  stats [json]                          connections, channels, events, REST counters; json: the same
                                        and every subscribed channel on one line, for scripts
  drop                                  cut every WebSocket without a close frame (clients see 1006)
  close &lt;code&gt; [reason]                 close every WebSocket with &lt;code&gt;: 4001, 4009, 4100, 4200, 4201, ...
  error &lt;code|null&gt; [message]           send pusher:error to every WebSocket, without closing
  stop-pongs | start-pongs              stop / resume answering pusher:ping and WebSocket pings
  confirm-subscribes on|off             send (or stop sending) subscription_succeeded
  channel-error CHANNEL CODE|null MSG   pusher:error naming a channel, to its subscribers
  malformed &lt;kind&gt;                      send one bad frame: invalid-json, data-not-string, missing-event,
                                        huge (10 MiB), invalid-utf8
  rest &lt;status&gt; [retry-after] [--once | --times N] [--path P[,P]]
                                        answer REST with 401, 403, 429, 500, 503, ... (P: session, auth,
                                        streams, user-auth, http-api, all; auth also covers /pusher/auth
                                        and /broadcasting/auth); retry-after is in seconds, sent as
                                        Retry-After
  rest-delay &lt;ms&gt; [--path P[,P]]        answer REST after &lt;ms&gt;
  rest ok                               correct, prompt REST answers again
  trigger &lt;channel&gt; &lt;event&gt; &lt;json&gt;      publish an event (the JSON text as its data) to the channel&apos;s
                                        subscribers; sealed first on private-encrypted- channels
  rate &lt;multiplier&gt;                     scale every stream&apos;s rate
  rate &lt;stream&gt; &lt;events-per-second&gt;     set one stream&apos;s rate
  firehose &lt;count&gt;                      svm.token.swaps channels publish &lt;count&gt; events as fast as
                                        they drain on their next subscription; 0 = normal rates
  restart                               cut every connection and listen again on the same port
  quit                                  stop the simulator
Example: rest 429 1 --once --path session</source>
        <translation>Comandos (uno por línea):
  help                                  este texto
  stats [json]                          conexiones, canales, eventos, contadores REST; json: lo mismo
                                        y cada canal suscrito en una línea, para scripts
  drop                                  cortar cada WebSocket sin trama de cierre (los clientes ven 1006)
  close &lt;code&gt; [reason]                 cerrar cada WebSocket con &lt;code&gt;: 4001, 4009, 4100, 4200, 4201, ...
  error &lt;code|null&gt; [message]           enviar pusher:error a cada WebSocket, sin cerrar
  stop-pongs | start-pongs              dejar de responder / volver a responder a pusher:ping y a los pings de WebSocket
  confirm-subscribes on|off             enviar (o dejar de enviar) subscription_succeeded
  channel-error CHANNEL CODE|null MSG   pusher:error que nombra un canal, a sus suscriptores
  malformed &lt;kind&gt;                      enviar una trama errónea: invalid-json, data-not-string, missing-event,
                                        huge (10 MiB), invalid-utf8
  rest &lt;status&gt; [retry-after] [--once | --times N] [--path P[,P]]
                                        responder a REST con 401, 403, 429, 500, 503, ... (P: session, auth,
                                        streams, user-auth, http-api, all; auth abarca también /pusher/auth
                                        y /broadcasting/auth); retry-after va en segundos y se envía como
                                        Retry-After
  rest-delay &lt;ms&gt; [--path P[,P]]        responder a REST tras &lt;ms&gt;
  rest ok                               volver a dar respuestas REST correctas y rápidas
  trigger &lt;channel&gt; &lt;event&gt; &lt;json&gt;      publicar un evento (el texto JSON como sus datos) para los
                                        suscriptores del canal; se cifra antes en los canales private-encrypted-
  rate &lt;multiplier&gt;                     escalar la tasa de cada flujo
  rate &lt;stream&gt; &lt;events-per-second&gt;     fijar la tasa de un flujo
  firehose &lt;count&gt;                      los canales svm.token.swaps publican &lt;count&gt; eventos tan rápido como
                                        se consuman en su próxima suscripción; 0 = tasas normales
  restart                               cortar cada conexión y volver a escuchar en el mismo puerto
  quit                                  detener el simulador
Ejemplo: rest 429 1 --once --path session</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unterminated quote</source>
        <translation>comillas sin cerrar</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stats takes nothing or json</source>
        <translation>stats no admite argumentos salvo json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopping</source>
        <translation>deteniendo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>dropped %n connection(s)</source>
        <translation>
            <numerusform>%n conexión cortada</numerusform>
            <numerusform>%n conexiones cortadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>close needs a close code: 1000-1003, 1007-1011 or 3000-4999</source>
        <translation>close necesita un código de cierre: 1000-1003, 1007-1011 o 3000-4999</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>closed %n connection(s) with %1</source>
        <translation>
            <numerusform>%n conexión cerrada con %1</numerusform>
            <numerusform>%n conexiones cerradas con %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error needs a code (or null) and a message</source>
        <translation>error necesita un código (o null) y un mensaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>error code must be a number or null</source>
        <translation>el código de error debe ser un número o null</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>Simulated error</source>
        <translation>Error simulado</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+31"/>
        <source>sent pusher:error to %n connection(s)</source>
        <translation>
            <numerusform>pusher:error enviado a %n conexión</numerusform>
            <numerusform>pusher:error enviado a %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>no longer answering pings</source>
        <translation>ya no se responde a los pings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answering pings again</source>
        <translation>se vuelve a responder a los pings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirm-subscribes needs on or off</source>
        <translation>confirm-subscribes necesita on u off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirming subscriptions again</source>
        <translation>se vuelven a confirmar las suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer confirming subscriptions</source>
        <translation>ya no se confirman las suscripciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel-error needs a channel, a code (or null) and a message</source>
        <translation>channel-error necesita un canal, un código (o null) y un mensaje</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed needs one of: invalid-json, data-not-string, missing-event, huge, invalid-utf8</source>
        <translation>malformed necesita uno de: invalid-json, data-not-string, missing-event, huge, invalid-utf8</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>sent %1 to %n connection(s)</source>
        <translation>
            <numerusform>%1 enviado a %n conexión</numerusform>
            <numerusform>%1 enviado a %n conexiones</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rate needs a non-negative multiplier</source>
        <translation>rate necesita un multiplicador no negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate multiplier %1</source>
        <translation>multiplicador de tasa %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate needs a non-negative number of events per second</source>
        <translation>rate necesita un número no negativo de eventos por segundo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 events/s (before the multiplier)</source>
        <translation>%1: %2 eventos/s (antes del multiplicador)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</source>
        <translation>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>firehose needs a count (0 = off)</source>
        <translation>firehose necesita una cantidad (0 = desactivado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firehose armed: %1 events per svm.token.swaps subscription</source>
        <translation>firehose preparado: %1 eventos por suscripción a svm.token.swaps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firehose off</source>
        <translation>firehose desactivado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restart failed: %1</source>
        <translation>falló el reinicio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarted on %1</source>
        <translation>reiniciado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot;; type help</source>
        <translation>comando desconocido &quot;%1&quot;; escriba help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers normally again</source>
        <translation>REST vuelve a responder con normalidad</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--times needs a positive count</source>
        <translation>--times necesita una cantidad positiva</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>rest needs an HTTP error status (400-599) or ok</source>
        <translation>rest necesita un estado de error HTTP (400-599) u ok</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>retry-after must be a number of seconds</source>
        <translation>retry-after debe ser un número de segundos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%1&quot;; type help</source>
        <translation>&quot;%1&quot; inesperado; escriba help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers %1 until &quot;rest ok&quot;</source>
        <translation>REST responde %1 hasta &quot;rest ok&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>REST answers %1 for the next %n request(s)</source>
        <translation>
            <numerusform>REST responde %1 a la próxima %n solicitud</numerusform>
            <numerusform>REST responde %1 a las próximas %n solicitudes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trigger needs a channel, an event name and JSON data</source>
        <translation>trigger necesita un canal, un nombre de evento y datos JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; no es un nombre de canal válido</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>trigger needs valid JSON data, e.g. {&quot;message&quot;:&quot;hi&quot;}</source>
        <translation>trigger necesita datos JSON válidos, p. ej. {&quot;message&quot;:&quot;hi&quot;}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>triggered %1 on %2 to %n subscriber(s)</source>
        <translation>
            <numerusform>%1 publicado en %2 para %n suscriptor</numerusform>
            <numerusform>%1 publicado en %2 para %n suscriptores</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rest-delay needs a delay in milliseconds</source>
        <translation>rest-delay necesita un retardo en milisegundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST answers after %1 ms</source>
        <translation>REST responde tras %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: %1</source>
        <translation>escuchando: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>websockets: %1 open, %2 accepted</source>
        <translation>websockets: %1 abiertos, %2 aceptados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels: %1 active, %2 subscriptions</source>
        <translation>canales: %1 activos, %2 suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent subscriptions (to channels this server never resolved): %1</source>
        <translation>suscripciones silenciosas (a canales que este servidor nunca resolvió): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events: %1 published, %2 frames sent, %3 bytes sent, %4 skipped for backlog</source>
        <translation>eventos: %1 publicados, %2 tramas enviadas, %3 bytes enviados, %4 omitidos por acumulación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rest: %1 requests (%2)</source>
        <translation>rest: %1 solicitudes (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic Pusher mode: %1 events triggered, %2 client events forwarded</source>
        <translation>modo Pusher genérico: %1 eventos publicados, %2 eventos de cliente reenviados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad client messages: %1, faults injected: %2, pongs: %3</source>
        <translation>mensajes de cliente erróneos: %1, fallos inyectados: %2, pongs: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>SimulatorServer</name>
    <message>
        <location filename="../lib/sim/simulatorserver.cpp" line="+75"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>No se puede escuchar en %1:%2: %3</translation>
    </message>
    <message>
        <location filename="../lib/sim/faultinjector.cpp" line="+240"/>
        <location filename="../lib/sim/restapi.cpp" line="+115"/>
        <source>Invalid or expired API key</source>
        <translation>Clave de API no válida o caducada</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Invalid parameters (simulated fault)</source>
        <translation>Parámetros no válidos (fallo simulado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API key lacks the required scope</source>
        <translation>A esta clave de API le falta el ámbito necesario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (simulated fault)</source>
        <translation>No encontrado (fallo simulado)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests</source>
        <translation>Demasiadas solicitudes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service temporarily unavailable</source>
        <translation>Servicio no disponible temporalmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal server error (simulated fault)</source>
        <translation>Error interno del servidor (fallo simulado)</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+23"/>
        <source>No endpoint %1 %2</source>
        <translation>No existe el endpoint %1 %2</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="+66"/>
        <source>%1 expects POST</source>
        <translation>%1 espera POST</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Page Expired</source>
        <translation>Página caducada</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>socket_id and channel_name are required</source>
        <translation>se necesitan socket_id y channel_name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; no es un nombre de canal válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user may not join channel %1</source>
        <translation>Este usuario no puede unirse al canal %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>La clave maestra de cifrado debe tener %1 bytes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>socket_id is required</source>
        <translation>se necesita socket_id</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown app: %1</source>
        <translation>App desconocida: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such HTTP API resource: %1</source>
        <translation>No existe el recurso de la API HTTP: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../lib/sim/restapi.cpp" line="+7"/>
        <source>%1 expects %2</source>
        <translation>%1 espera %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>info must be a comma-separated string</source>
        <translation>info debe ser una cadena separada por comas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown info attribute: %1</source>
        <translation>Atributo de info desconocido: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name is required and must be a string</source>
        <translation>name es obligatorio y debe ser una cadena</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event name is too long (%1 characters at most)</source>
        <translation>El nombre del evento es demasiado largo (%1 caracteres como máximo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data is required and must be a string (JSON-encode objects first)</source>
        <translation>data es obligatorio y debe ser una cadena (codifique antes los objetos en JSON)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data content of this event exceeds the allowed maximum (%1 bytes)</source>
        <translation>El contenido de data de este evento supera el máximo permitido (%1 bytes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each batch event needs a channel</source>
        <translation>Cada evento del lote necesita un canal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channels (an array) or channel is required</source>
        <translation>se necesita channels (un array) o channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event goes to 1 to %1 channels</source>
        <translation>Un evento va a entre 1 y %1 canales</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+115"/>
        <source>Invalid channel name: &quot;%1&quot;</source>
        <translation>Nombre de canal no válido: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>socket_id must be a Pusher socket id</source>
        <translation>socket_id debe ser un id de socket de Pusher</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The request body must be a JSON object</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request body must be {&quot;batch&quot;: [events]}</source>
        <translation>El cuerpo de la solicitud debe ser {&quot;batch&quot;: [events]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch holds at most %1 events</source>
        <translation>Un lote contiene como máximo %1 eventos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each batch event must be an object</source>
        <translation>Cada evento del lote debe ser un objeto</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>user_count is only available with filter_by_prefix=presence-</source>
        <translation>user_count solo está disponible con filter_by_prefix=presence-</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>user_count is only available for presence channels</source>
        <translation>user_count solo está disponible para canales de presencia</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users are only listed for presence channels</source>
        <translation>Los usuarios solo se listan para canales de presencia</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="-12"/>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unrouted endpoint</source>
        <translation>Endpoint sin ruta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream %1 has no filter &quot;%2&quot;</source>
        <translation>El flujo %1 no tiene el filtro &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream %1 requires the filter &quot;%2&quot;</source>
        <translation>El flujo %1 requiere el filtro &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chainId &quot;%1&quot; is not a supported chain (supported: %2)</source>
        <translation>chainId &quot;%1&quot; no es una cadena admitida (admitidas: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not an EVM address (0x and 40 hex digits)</source>
        <translation>%1 &quot;%2&quot; no es una dirección EVM (0x y 40 dígitos hexadecimales)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot; is not a Solana address (32 to 44 base58 characters)</source>
        <translation>%1 &quot;%2&quot; no es una dirección de Solana (de 32 a 44 caracteres base58)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than 128 characters</source>
        <translation>%1 tiene más de 128 caracteres</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request body must be a JSON object: %1</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>got another JSON value</source>
        <translation>se recibió otro valor JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;subscriptions&quot; must be an array</source>
        <translation>&quot;subscriptions&quot; debe ser un array</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscriptions[%1]: %2</source>
        <translation>subscriptions[%1]: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown stream &quot;%1&quot;</source>
        <translation>Flujo desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="-296"/>
        <location line="+38"/>
        <location filename="../lib/sim/restapi.cpp" line="+86"/>
        <source>socket_id &quot;%1&quot; is not a Pusher socket id</source>
        <translation>socket_id &quot;%1&quot; no es un id de socket de Pusher</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+6"/>
        <source>Channel &quot;%1&quot; is public and needs no authorization</source>
        <translation>El canal &quot;%1&quot; es público y no necesita autorización</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted channels are not supported (&quot;%1&quot;)</source>
        <translation>Los canales cifrados no se admiten (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This API key may not join channel &quot;%1&quot;</source>
        <translation>Esta clave de API no puede unirse al canal &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No WebSocket endpoint at %1; use /app/&lt;appKey&gt;</source>
        <translation>No hay endpoint WebSocket en %1; use /app/&lt;appKey&gt;</translation>
    </message>
    <message>
        <location filename="../lib/sim/channelhub.cpp" line="+108"/>
        <source>Could not find app by key %1</source>
        <translation>No se encontró ninguna app con la clave %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported protocol version</source>
        <translation>Versión de protocolo no admitida</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Client event rejected - client events must be prefixed by &apos;client-&apos; (got %1)</source>
        <translation>Evento de cliente rechazado: los eventos de cliente deben llevar el prefijo &apos;client-&apos; (se recibió %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client event rejected - client events are not allowed on private-encrypted channels</source>
        <translation>Evento de cliente rechazado: los eventos de cliente no se permiten en canales private-encrypted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client event rejected - not subscribed to channel %1</source>
        <translation>Evento de cliente rechazado: no hay suscripción al canal %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client event rejected - the data is larger than %1 bytes</source>
        <translation>Evento de cliente rechazado: los datos superan los %1 bytes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>pusher:signin needs auth and user_data</source>
        <translation>pusher:signin necesita auth y user_data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user_data must be a JSON object with an id</source>
        <translation>user_data debe ser un objeto JSON con un id</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid signature for pusher:signin</source>
        <translation>Firma no válida para pusher:signin</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Invalid channel name &quot;%1&quot;</source>
        <translation>Nombre de canal no válido &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid channel name</source>
        <translation>nombre de canal no válido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>existing subscription</source>
        <translation>suscripción existente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted channels are not supported</source>
        <translation>Los canales cifrados no se admiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth info required to subscribe to %1</source>
        <translation>Se necesita información de autorización para suscribirse a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel_data required to subscribe to %1</source>
        <translation>Se necesita channel_data para suscribirse a %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid signature for channel %1</source>
        <translation>Firma no válida para el canal %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>channel_data must be a JSON object with a user_id</source>
        <translation>channel_data debe ser un objeto JSON con un user_id</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Invalid message: %1</source>
        <translation>Mensaje no válido: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Client event %1 rejected: client events are not enabled for this app</source>
        <translation>Evento de cliente %1 rechazado: los eventos de cliente no están habilitados para esta app</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/monitor/main.cpp" line="+51"/>
        <source>unknown profile &quot;%1&quot;; known profiles: %2</source>
        <translation>perfil desconocido &quot;%1&quot;; perfiles conocidos: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command line</source>
        <translation>Línea de comandos</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Monitor de flujos de Shuriken</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Native monitor for the Shuriken trading API&apos;s real-time streams.</source>
        <translation>Monitor nativo para los flujos en tiempo real de la API de trading de Shuriken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the built-in simulator, whatever profile was last used.</source>
        <translation>Usar el simulador integrado, sea cual sea el último perfil usado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to this API base URL (for this run only).</source>
        <translation>Conectarse a esta URL base de la API (solo en esta ejecución).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this connection profile (id or name).</source>
        <translation>Empezar con este perfil de conexión (id o nombre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNGs of the catalog, a live event table and the debugger into &lt;dir&gt; (on the simulator, with fresh settings), then quit.</source>
        <translation>Guardar PNG del catálogo, de una tabla de eventos en directo y del depurador en &lt;dir&gt; (con el simulador y una configuración nueva) y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dir</source>
        <translation>directorio</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot create a temporary directory</source>
        <translation>no se puede crear un directorio temporal</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="+118"/>
        <source>A local Shuriken service: the REST control plane and a Pusher protocol 7 WebSocket on one port, publishing simulated events for every stream, with fault injection. Type &quot;help&quot; on stdin for the control commands. Secrets can also come from SHURIKEN_SIM_APP_SECRET and SHURIKEN_SIM_API_KEY. With --pusher, a plain Pusher-protocol server for the generic Pusher profile instead.</source>
        <translation>Un servicio local de Shuriken: el plano de control REST y un WebSocket del protocolo Pusher 7 en un solo puerto, que publica eventos simulados para cada flujo, con inyección de fallos. Escriba &quot;help&quot; en stdin para ver los comandos de control. Los secretos también pueden venir de SHURIKEN_SIM_APP_SECRET y SHURIKEN_SIM_API_KEY. Con --pusher, en su lugar, un servidor simple del protocolo Pusher para el perfil Pusher genérico.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port to listen on (0 = any free port).</source>
        <translation>Puerto en el que escuchar (0 = cualquier puerto libre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (por defecto 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of every generator and id.</source>
        <translation>Semilla de todos los generadores e ids.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplier of every stream&apos;s rate.</source>
        <translation>Multiplicador de la tasa de cada flujo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events per second of one stream, e.g. svm.token.swaps=50 (repeatable).</source>
        <translation>Eventos por segundo de un flujo, p. ej. svm.token.swaps=50 (repetible).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pusher application key (an --epoch above 0 appends &quot;-e&lt;N&gt;&quot;).</source>
        <translation>Clave de aplicación de Pusher (un --epoch mayor que 0 añade &quot;-e&lt;N&gt;&quot;).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment number: above 0, the app key and every channel name the session endpoint resolves end in &quot;-e&lt;N&gt;&quot;, as a restarted service may hand out new ones; clients that reconnect without a new session are refused (4001) or get silent channels. 0 = the plain names.</source>
        <translation>Número de despliegue: por encima de 0, la clave de app y cada nombre de canal que resuelve el endpoint de sesión terminan en &quot;-e&lt;N&gt;&quot;, igual que un servicio reiniciado puede entregar otros nuevos; los clientes que se reconectan sin una sesión nueva son rechazados (4001) o reciben canales silenciosos. 0 = los nombres sin sufijo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session.recommendedReconnectBackoffMs of every session answer, comma-separated milliseconds, e.g. 200,400,800.</source>
        <translation>session.recommendedReconnectBackoffMs de cada respuesta de sesión, en milisegundos separados por comas, p. ej. 200,400,800.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pusher application secret.</source>
        <translation>Secreto de aplicación de Pusher.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require this Bearer key on REST (default: accept any).</source>
        <translation>Exigir esta clave Bearer en REST (por defecto: aceptar cualquiera).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User id of presence channels.</source>
        <translation>Id de usuario de los canales de presencia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish N svm.token.swaps events per subscription as fast as the socket drains (benchmarks).</source>
        <translation>Publicar N eventos svm.token.swaps por suscripción tan rápido como se vacíe el socket (benchmarks).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity_timeout announced to clients, in seconds.</source>
        <translation>activity_timeout anunciado a los clientes, en segundos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client silence before the server sends pusher:ping, in ms (default: the activity timeout).</source>
        <translation>Silencio del cliente antes de que el servidor envíe pusher:ping, en ms (por defecto: el tiempo de inactividad).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait for a pong before closing with 4201, in ms.</source>
        <translation>Esperar un pong antes de cerrar con 4201, en ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the session endpoint without the {data: ...} envelope.</source>
        <translation>Responder al endpoint de sesión sin el envoltorio {data: ...}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce authEndpoint as a relative path.</source>
        <translation>Anunciar authEndpoint como ruta relativa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portfolio/automation payloads in the Rust types&apos; snake_case form.</source>
        <translation>cargas portfolio/automation en la forma snake_case de los tipos de Rust.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic Pusher mode: a plain Pusher-protocol server (as Pusher Channels, soketi or Laravel Reverb with its application backend) instead of the Shuriken service. No Shuriken REST endpoints and no generated streams; POST /pusher/auth, /broadcasting/auth and /pusher/user-auth, the signed HTTP API under /apps/&lt;app-id&gt;/, client events, pusher:signin and private-encrypted channels.</source>
        <translation>Modo Pusher genérico: un servidor simple del protocolo Pusher (como Pusher Channels, soketi o Laravel Reverb con el backend de su aplicación) en lugar del servicio Shuriken. Sin endpoints REST de Shuriken ni flujos generados; POST /pusher/auth, /broadcasting/auth y /pusher/user-auth, la API HTTP firmada bajo /apps/&lt;app-id&gt;/, eventos de cliente, pusher:signin y canales private-encrypted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pusher app id of the HTTP API paths (--pusher).</source>
        <translation>Id de app de Pusher de las rutas de la API HTTP (--pusher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the auth endpoints want &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; and answer 419 (Laravel&apos;s Page Expired) without it (--pusher).</source>
        <translation>Hacer que los endpoints de autorización exijan &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; y respondan 419 (Page Expired de Laravel) sin él (--pusher).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base64 of the 32-byte key the private-encrypted channels&apos; shared secrets derive from (--pusher; default: a fixed test key).</source>
        <translation>Base64 de la clave de 32 bytes de la que derivan los secretos compartidos de los canales private-encrypted (--pusher; por defecto: una clave de prueba fija).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auth endpoints answer 403 for channels starting with this (--pusher, repeatable).</source>
        <translation>Los endpoints de autorización responden 403 para los canales que empiezan así (--pusher, repetible).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A control command to run once listening, e.g. &quot;rest 429 2 --once&quot; (repeatable).</source>
        <translation>Un comando de control que se ejecuta al empezar a escuchar, p. ej. &quot;rest 429 2 --once&quot; (repetible).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not read control commands.</source>
        <translation>No leer comandos de control.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log every request and ping.</source>
        <translation>Registrar cada solicitud y cada ping.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--port must be 0-65535</source>
        <translation>--port debe estar entre 0 y 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bind needs an IP address</source>
        <translation>--bind necesita una dirección IP</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: listening on %1, which is not a loopback address: other machines can reach the simulator</source>
        <translation>aviso: escuchando en %1, que no es una dirección de loopback: otras máquinas pueden acceder al simulador</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed debe ser un entero no negativo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rate must be a non-negative number</source>
        <translation>--rate debe ser un número no negativo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--stream-rate needs stream=rate, got &quot;%1&quot;</source>
        <translation>--stream-rate necesita stream=rate; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--epoch must be a non-negative integer</source>
        <translation>--epoch debe ser un entero no negativo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--app-key, --app-secret and --user-id must not be empty</source>
        <translation>--app-key, --app-secret y --user-id no pueden estar vacíos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--firehose needs a count</source>
        <translation>--firehose necesita una cantidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--activity-timeout must be at least 1</source>
        <translation>--activity-timeout debe ser al menos 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ping-interval must be a positive number of ms</source>
        <translation>--ping-interval debe ser un número positivo de ms</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pong-timeout must be a positive number of ms</source>
        <translation>--pong-timeout debe ser un número positivo de ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--backoff needs comma-separated milliseconds, got &quot;%1&quot;</source>
        <translation>--backoff necesita milisegundos separados por comas; se recibió &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--app-id must not be empty</source>
        <translation>--app-id no puede estar vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shuriken simulator listening on %1</source>
        <translation>Simulador de Shuriken escuchando en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket %1 (app key %2, epoch %3); type help for commands</source>
        <translation>WebSocket %1 (clave de app %2, época %3); escriba help para ver los comandos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generic Pusher mode: auth endpoint %1/pusher/auth, user auth %1/pusher/user-auth, HTTP API %1/apps/%2/</source>
        <translation>Modo Pusher genérico: endpoint de autorización %1/pusher/auth, autenticación de usuario %1/pusher/user-auth, API HTTP %1/apps/%2/</translation>
    </message>
</context>
<context>
    <name>shuriken-stream</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>--subscribe &quot;%1&quot;: the stream id is missing</source>
        <translation>--subscribe &quot;%1&quot;: falta el id del flujo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--subscribe &quot;%1&quot;: &quot;%2&quot; is not key=value</source>
        <translation>--subscribe &quot;%1&quot;: &quot;%2&quot; no tiene la forma key=value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stream catalog (built in: the server has none)</source>
        <translation>Catálogo de flujos (integrado: el servidor no tiene ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream catalog (from the server)</source>
        <translation>Catálogo de flujos (del servidor)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>cannot replay &quot;%1&quot;: %2</source>
        <translation>no se puede reproducir &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the capture was cut short: the %1 bytes after its last complete record were left out</source>
        <translation>la captura está truncada: se omitieron los %1 bytes posteriores a su último registro completo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot replay &quot;%1&quot;: it records no subscription</source>
        <translation>no se puede reproducir &quot;%1&quot;: no registra ninguna suscripción</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>--simulator is its own Pusher server: leave out --%1</source>
        <translation>--simulator es su propio servidor Pusher: omita --%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Headless client for the Shuriken real-time streams: subscribes and prints events as JSON Lines.
Events go to stdout; state changes, subscription status and errors go to stderr as JSON Lines.

--record FILE writes everything the session does to a capture file (.gz compresses);
--replay FILE replays a capture or a HAR file without the network and prints what the
live run printed; --replay FILE --output har writes the capture as HAR to stdout.

--pusher-key KEY (--cluster C | --ws-host H [--ws-port P] [--tls]) --channel NAME... connects
to any Pusher-protocol server (Pusher Channels, soketi, Laravel Reverb, Ably) instead and prints
every event of those channels as JSON Lines {receivedAt, channel, event, data}; private and
presence channels are signed here with --app-secret, else through --auth-endpoint.
--simulator --channel NAME... does the same against the embedded simulator&apos;s Pusher mode.

--filter EXPR prints only the events the display filter EXPR matches, e.g.
  --filter &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;  (the language: docs/display-filters.md);
an invalid EXPR is a usage error, reported with its column before anything connects.

Exit codes: 0 ok (count or duration reached, the replay&apos;s end, or interrupted), 2 usage error,
3 authentication or authorization failed (key or channel refused),
4 connection or every subscription failed for good,
5 the capture file cannot be read (missing, damaged, newer format, HAR without a WebSocket)
  or written,
6 the capture was cut short (a writer killed mid-record): replayed up to the cut.</source>
        <translation>Cliente sin interfaz para los flujos en tiempo real de Shuriken: se suscribe e imprime los eventos como JSON Lines.
Los eventos van a stdout; los cambios de estado, el estado de las suscripciones y los errores van a stderr como JSON Lines.

--record FILE escribe todo lo que hace la sesión en un archivo de captura (.gz lo comprime);
--replay FILE reproduce una captura o un archivo HAR sin red e imprime lo que imprimió la
ejecución en vivo; --replay FILE --output har escribe la captura como HAR en stdout.

--pusher-key KEY (--cluster C | --ws-host H [--ws-port P] [--tls]) --channel NAME... se conecta
en su lugar a cualquier servidor del protocolo Pusher (Pusher Channels, soketi, Laravel Reverb, Ably) e imprime
cada evento de esos canales como JSON Lines {receivedAt, channel, event, data}; los canales privados y
de presencia se firman aquí con --app-secret o, si no, a través de --auth-endpoint.
--simulator --channel NAME... hace lo mismo con el modo Pusher del simulador integrado.

--filter EXPR imprime solo los eventos que coinciden con el filtro de visualización EXPR, p. ej.
  --filter &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;  (el lenguaje: docs/display-filters.md);
una EXPR no válida es un error de uso, que se notifica con su columna antes de conectar nada.

Códigos de salida: 0 correcto (se alcanzó la cantidad o la duración, el final de la reproducción, o interrumpido), 2 error de uso,
3 falló la autenticación o la autorización (clave o canal rechazados),
4 la conexión o todas las suscripciones fallaron definitivamente,
5 no se puede leer el archivo de captura (falta, está dañado, formato más reciente, HAR sin WebSocket)
  o escribir,
6 la captura quedó cortada (un escritor terminado a mitad de registro): se reprodujo hasta el corte.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>API base URL (default %1).</source>
        <translation>URL base de la API (por defecto %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent key (or set SHURIKEN_API_KEY).</source>
        <translation>Clave de agente (o defina SHURIKEN_API_KEY).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the embedded simulator and connect to it.</source>
        <translation>Iniciar el simulador integrado y conectarse a él.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to stream[:key=value,...]; repeatable.</source>
        <translation>Suscribirse a stream[:key=value,...]; repetible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spec</source>
        <translation>especificación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the stream catalog and exit.</source>
        <translation>Mostrar el catálogo de flujos y salir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after N events (with --filter: N matching events).</source>
        <translation>Detenerse tras N eventos (con --filter: N eventos que coincidan).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and count only the events the display filter EXPR matches, e.g. &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;.</source>
        <translation>Mostrar y contar solo los eventos que coinciden con el filtro de visualización EXPR, p. ej. &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after S seconds.</source>
        <translation>Detenerse tras S segundos.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event format: jsonl (default) or table; with --replay also har (the capture as HAR 1.2, then exit).</source>
        <translation>Formato de los eventos: jsonl (por defecto) o table; con --replay también har (la captura como HAR 1.2 y salir).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a capture of the session (frames, HTTP exchanges, state and subscription changes) to FILE; gzip when it ends in .gz.</source>
        <translation>Escribir una captura de la sesión (tramas, intercambios HTTP, cambios de estado y de suscripciones) en ARCHIVO; con gzip si termina en .gz.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Replay a capture or a HAR file instead of connecting; its subscriptions unless --subscribe narrows them.</source>
        <translation>Reproducir una captura o un archivo HAR en lugar de conectarse; con sus suscripciones, salvo que --subscribe las restrinja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay pace: max (default, as fast as possible), or 1, 10 or 100 times the recorded pace.</source>
        <translation>Ritmo de reproducción: max (por defecto, lo más rápido posible) o 1, 10 o 100 veces el ritmo grabado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed</source>
        <translation>velocidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only count events; print a summary at the end.</source>
        <translation>Solo contar los eventos; mostrar un resumen al final.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the key to an auth endpoint on another origin.</source>
        <translation>Enviar la clave a un endpoint de autorización de otro origen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--count needs a positive whole number</source>
        <translation>--count necesita un número entero positivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration necesita un número positivo de segundos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output must be jsonl, table or har</source>
        <translation>--output debe ser jsonl, table o har</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--output must be jsonl or table</source>
        <translation>--output debe ser jsonl o table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--replay and --%1 exclude each other</source>
        <translation>--replay y --%1 se excluyen mutuamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--speed must be 1, 10, 100 or max</source>
        <translation>--speed debe ser 1, 10, 100 o max</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--speed needs --replay</source>
        <translation>--speed necesita --replay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--record and --catalog exclude each other</source>
        <translation>--record y --catalog se excluyen mutuamente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is for the Shuriken API, not with --channel</source>
        <translation>--%1 es para la API de Shuriken, no con --channel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--simulator and --base-url exclude each other</source>
        <translation>--simulator y --base-url se excluyen mutuamente</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>the embedded simulator could not start</source>
        <translation>no se pudo iniciar el simulador integrado</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>--base-url &quot;%1&quot; is not an absolute URL</source>
        <translation>--base-url &quot;%1&quot; no es una URL absoluta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no API key: pass --api-key, set SHURIKEN_API_KEY, or use --simulator</source>
        <translation>no hay clave de API: pase --api-key, defina SHURIKEN_API_KEY o use --simulator</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nothing to do: give at least one --subscribe (or --catalog)</source>
        <translation>no hay nada que hacer: indique al menos un --subscribe (o --catalog)</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="+228"/>
        <source>every subscription failed for good</source>
        <translation>todas las suscripciones fallaron definitivamente</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommand.cpp" line="+32"/>
        <source>cannot write the capture &quot;%1&quot;: %2</source>
        <translation>no se puede escribir la captura &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>recording to &quot;%1&quot; stopped: %2</source>
        <translation>la grabación en &quot;%1&quot; se detuvo: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the capture has no subscription %1 (it has: %2)</source>
        <translation>la captura no tiene la suscripción %1 (tiene: %2)</translation>
    </message>
</context>
<context>
    <name>shuriken::AboutBox</name>
    <message>
        <location filename="../app/monitor/aboutbox.cpp" line="+11"/>
        <source>&lt;h3&gt;Shuriken Stream Monitor %1&lt;/h3&gt;&lt;p&gt;A native monitor for the Shuriken trading API&apos;s real-time streams.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;%4&lt;br/&gt;%5, %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Monitor de flujos de Shuriken %1&lt;/h3&gt;&lt;p&gt;Un monitor nativo para los flujos en tiempo real de la API de trading de Shuriken.&lt;/p&gt;&lt;p&gt;Qt %2 (compilado con %3)&lt;br/&gt;%4&lt;br/&gt;%5, %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown compiler</source>
        <translation>compilador desconocido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Shuriken Stream Monitor</source>
        <translation>Acerca del Monitor de flujos de Shuriken</translation>
    </message>
</context>
<context>
    <name>shuriken::ApiClient</name>
    <message>
        <location filename="../lib/api/apiclient.cpp" line="+178"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; no es una URL http(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the API&apos;s origin (%2) and the API key is only sent to the API; allow foreign auth origins if you trust that server</source>
        <translation>%1 no es el origen de la API (%2) y la clave de API solo se envía a la API; permita orígenes de autorización ajenos si confía en ese servidor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not the API&apos;s origin and does not use https: the API key would travel in clear text, so it is not sent there</source>
        <translation>%1 no es el origen de la API y no usa https: la clave de API viajaría en texto claro, así que no se envía allí</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>no complete answer within %1 ms</source>
        <translation>ninguna respuesta completa en %1 ms</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the server redirected to %1; redirects are not followed so that the API key stays with the API</source>
        <translation>el servidor redirigió a %1; no se siguen redirecciones para que la clave de API no salga de la API</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>el cuerpo no es JSON (%1 en la posición %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the body is JSON but not an object</source>
        <translation>el cuerpo es JSON pero no un objeto</translation>
    </message>
</context>
<context>
    <name>shuriken::CaptureControls</name>
    <message>
        <location filename="../app/monitor/capturecontrols.cpp" line="+56"/>
        <source>&amp;Open Capture…</source>
        <translation>&amp;Abrir captura…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Open Capture</source>
        <translation>Abrir captura</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Captures and HAR files (*.jsonl *.jsonl.gz *.gz *.har);;All files (*)</source>
        <translation>Capturas y archivos HAR (*.jsonl *.jsonl.gz *.gz *.har);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;Capture…</source>
        <translation>&amp;Guardar captura…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Capture</source>
        <translation>Ce&amp;rrar captura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As fast as possible</source>
        <translation>Lo más rápido posible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1× recorded pace</source>
        <translation>1× el ritmo grabado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10× recorded pace</source>
        <translation>10× el ritmo grabado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100× recorded pace</source>
        <translation>100× el ritmo grabado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay position: drag to move through the capture</source>
        <translation>Posición de reproducción: arrastre para moverse por la captura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close Capture</source>
        <translation>Cerrar captura</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading capture %1… %2%</source>
        <comment>file name, percent</comment>
        <translation>Leyendo la captura %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Capture %1 · %2 to %3 · %n entries</source>
        <translation>
            <numerusform>Captura %1 · %2 a %3 · %n entrada</numerusform>
            <numerusform>Captura %1 · %2 a %3 · %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay</source>
        <translation>Reproducir de nuevo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
</context>
<context>
    <name>shuriken::CatalogView</name>
    <message>
        <location filename="../app/monitor/catalogview.cpp" line="+49"/>
        <source>No catalog on a Pusher server: subscribe to a channel by name.</source>
        <translation>No hay catálogo en un servidor Pusher: suscríbase a un canal por su nombre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to &amp;Channel…</source>
        <translation>Suscribirse a un &amp;canal…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search streams (Ctrl+F)</source>
        <translation>Buscar flujos (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Suscribirse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to the selected stream</source>
        <translation>Suscribirse al flujo seleccionado</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n flujo</numerusform>
            <numerusform>%n flujos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n stream(s)</source>
        <translation>
            <numerusform>%1 de %n flujo</numerusform>
            <numerusform>%1 de %n flujos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog: built in (the server did not provide one)</source>
        <translation>Catálogo: integrado (el servidor no proporcionó ninguno)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: from the server</source>
        <translation>Catálogo: del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a stream to see its filters and payload schema.</source>
        <translation>Seleccione un flujo para ver sus filtros y el esquema de su carga.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Carga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema id</source>
        <translation>Id de esquema</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters.</source>
        <translation>Sin filtros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needs channel authorization with your API key.</source>
        <translation>Necesita autorización del canal con su clave de API.</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelAuthorizer</name>
    <message>
        <location filename="../lib/api/channelauthorizer.cpp" line="+21"/>
        <source>no channel authorization endpoint is known yet; bootstrap a session first</source>
        <translation>aún no se conoce ningún endpoint de autorización de canales; inicie primero una sesión</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>channel authorization needs HTTP 200, the server answered %1</source>
        <translation>la autorización del canal necesita HTTP 200; el servidor respondió %1</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelDialog</name>
    <message>
        <location filename="../app/monitor/channeldialog.cpp" line="+19"/>
        <source>Subscribe to Channel</source>
        <translation>Suscribirse a un canal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders, private-user.42, presence-room.1…</source>
        <translation>orders, private-user.42, presence-room.1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent channels of this profile are in the list</source>
        <translation>Los canales recientes de este perfil están en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. OrderShipped or .OrderShipped</source>
        <translation>opcional, p. ej. OrderShipped o .OrderShipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name your application binds: every event of the channel is shown, and events that arrive under other names are explained</source>
        <translation>El nombre de evento al que se enlaza su aplicación: se muestran todos los eventos del canal y se explican los que llegan con otros nombres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event your app &amp;binds:</source>
        <translation>&amp;Evento que enlaza su app:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subscribe</source>
        <translation>&amp;Suscribirse</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a channel name: the prefix decides its kind (private-, presence-, private-encrypted-).</source>
        <translation>Escriba un nombre de canal: el prefijo decide su tipo (private-, presence-, private-encrypted-).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a channel name: letters, digits and _ - = @ , . ; only, at most 164 characters.</source>
        <translation>No es un nombre de canal: solo letras, dígitos y _ - = @ , . ; como máximo 164 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public channel: no authorization.</source>
        <translation>Canal público: sin autorización.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private channel: authorized by the auth endpoint, or signed here with the app secret.</source>
        <translation>Canal privado: lo autoriza el endpoint de autorización o se firma aquí con el secreto de app.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presence channel: authorized with the user&apos;s id and info; members are listed.</source>
        <translation>Canal de presencia: se autoriza con el id y la información del usuario; se listan los miembros.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted channel: authorized like a private one; payloads are decrypted with the channel&apos;s shared secret.</source>
        <translation>Canal cifrado: se autoriza como uno privado; las cargas se descifran con el secreto compartido del canal.</translation>
    </message>
</context>
<context>
    <name>shuriken::ColouringRulesDialog</name>
    <message>
        <location filename="../app/monitor/colouringrulesdialog.cpp" line="+23"/>
        <source>Colouring Rules</source>
        <translation>Reglas de coloreado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row takes the colours of the first enabled rule whose display filter matches it.</source>
        <translation>Una fila toma los colores de la primera regla activada cuyo filtro de visualización coincide con ella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colouring rules</source>
        <translation>Reglas de coloreado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <comment>colouring rule</comment>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>colouring rule</comment>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A display filter, e.g. isBuy &amp;&amp; sizeUsd &gt; 10000</source>
        <translation>Un filtro de visualización, p. ej. isBuy &amp;&amp; sizeUsd &gt; 10000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtro:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreground…</source>
        <translation>Primer plano…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background…</source>
        <translation>Fondo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme Colours</source>
        <translation>Colores del tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the theme&apos;s text and background colours for this rule</source>
        <translation>Usar los colores de texto y de fondo del tema para esta regla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colours:</source>
        <translation>Colores:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Colouring &amp;Rules…</source>
        <translation>&amp;Reglas de coloreado…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New rule</source>
        <translation>Regla nueva</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Foreground of “%1”</source>
        <translation>Primer plano de «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background of “%1”</source>
        <translation>Fondo de «%1»</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rule “%1”: %2</source>
        <translation>Regla «%1»: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::ColumnSchemaSet</name>
    <message>
        <location filename="../lib/events/columnschema.cpp" line="+43"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price USD</source>
        <translation>Precio USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size SOL</source>
        <translation>Tamaño SOL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size USD</source>
        <translation>Tamaño USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Símbolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre balance</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post balance</source>
        <translation>Saldo posterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mint</source>
        <translation>Mint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders</source>
        <translation>Holders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 balance</source>
        <translation>Saldo top 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer balance</source>
        <translation>Saldo del desarrollador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snipers</source>
        <translation>Snipers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insiders</source>
        <translation>Insiders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundlers</source>
        <translation>Bundlers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought USD</source>
        <translation>Comprado USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold USD</source>
        <translation>Vendido USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buys</source>
        <translation>Compras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sells</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token balance</source>
        <translation>Saldo de tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer</source>
        <translation>Desarrollador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre lamports</source>
        <translation>Lamports anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post lamports</source>
        <translation>Lamports posteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Creador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEX</source>
        <translation>DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>Curva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination pool</source>
        <translation>Pool de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination DEX</source>
        <translation>DEX de destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount native</source>
        <translation>Importe nativo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount USD</source>
        <translation>Importe USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidity USD</source>
        <translation>Liquidez USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market cap USD</source>
        <translation>Capitalización USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal time</source>
        <translation>Hora de la señal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message time</source>
        <translation>Hora del mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Carga</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionPanel</name>
    <message>
        <location filename="../app/monitor/connectionpanel.cpp" line="+36"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit connection profiles</source>
        <translation>Editar perfiles de conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profiles</source>
        <translation>Editar perfiles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pusher socket_id of this connection</source>
        <translation>socket_id de Pusher de esta conexión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebSocket host</source>
        <translation>Host WebSocket</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round trip of the last ping</source>
        <translation>Tiempo de ida y vuelta del último ping</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Pusher server of this profile</source>
        <translation>El servidor Pusher de este perfil</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>retrying…</source>
        <translation>reintentando…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next attempt in %1 s</source>
        <translation>próximo intento en %1 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>socket %1</source>
        <translation>socket %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionTimelineModel</name>
    <message>
        <location filename="../lib/models/connectiontimelinemodel.cpp" line="+27"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <comment>connection timeline column: state change, reconnect or error</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>connection timeline column: connection state</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>state</source>
        <comment>connection timeline entry kind</comment>
        <translation>estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect</source>
        <comment>connection timeline entry kind</comment>
        <translation>reconexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <comment>connection timeline entry kind</comment>
        <translation>error</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attempt %1</source>
        <translation>intento %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 at %2 (in %3 ms)</source>
        <translation>intento %1 a las %2 (en %3 ms)</translation>
    </message>
</context>
<context>
    <name>shuriken::DebuggerView</name>
    <message>
        <location filename="../app/monitor/debuggerview.cpp" line="+72"/>
        <source>data, decoded:</source>
        <translation>data, decodificado:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hide pusher:ping and pusher:pong frames (they stay in the log)</source>
        <translation>Ocultar las tramas pusher:ping y pusher:pong (siguen en el registro)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In and out</source>
        <translation>Entrantes y salientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming only</source>
        <translation>Solo entrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing only</source>
        <translation>Solo salientes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter frames by event, channel or text</source>
        <translation>Filtrar tramas por evento, canal o texto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the newest frames in view</source>
        <translation>Mantener visibles las tramas más recientes</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Frames</source>
        <translation>Tramas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates</source>
        <translation>Tasas</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide heart&amp;beats</source>
        <translation>Ocultar &amp;latidos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <comment>frame log</comment>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides the frames shown so far. The flight recorder keeps them for a saved capture.</source>
        <translation>Oculta las tramas mostradas hasta ahora. El registrador de vuelo las conserva para una captura guardada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a frame to see its whole text</source>
        <translation>Seleccione una trama para ver todo su texto</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Events per second, last 60 s</source>
        <translation>Eventos por segundo, últimos 60 s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event bytes</source>
        <translation>Bytes de eventos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames in</source>
        <translation>Tramas entrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames out</source>
        <translation>Tramas salientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>Bytes entrantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>Bytes salientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed frames</source>
        <translation>Tramas defectuosas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrouted events</source>
        <translation>Eventos sin destino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects</source>
        <translation>Reconexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session requests</source>
        <translation>Solicitudes de sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth requests</source>
        <translation>Solicitudes de autorización</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 frames</source>
        <translation>%1 de %2 tramas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go by the flight recorder</source>
        <translation>%1 descartadas por el registrador de vuelo</translation>
    </message>
</context>
<context>
    <name>shuriken::DisplayFilterEdit</name>
    <message>
        <location filename="../app/monitor/displayfilteredit.cpp" line="+48"/>
        <source>Save this filter, or apply a saved or recent one</source>
        <translation>Guardar este filtro o aplicar uno guardado o reciente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter bookmarks</source>
        <translation>Marcadores de filtros de visualización</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply a display filter… &lt;Ctrl-/&gt;</source>
        <translation>Aplicar un filtro de visualización… &lt;Ctrl-/&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter</source>
        <translation>Filtro de visualización</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <comment>display filter</comment>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this display filter (Enter)</source>
        <translation>Aplicar este filtro de visualización (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply display filter</source>
        <translation>Aplicar filtro de visualización</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Valid display filter</source>
        <translation>Filtro de visualización válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid display filter: %1</source>
        <translation>Filtro de visualización no válido: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A display filter such as isBuy &amp;&amp; priceUsd &gt; 150 (see docs/display-filters.md); Enter applies it</source>
        <translation>Un filtro de visualización como isBuy &amp;&amp; priceUsd &gt; 150 (vea docs/display-filters.md); Enter lo aplica</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save Display Filter</source>
        <translation>Guardar filtro de visualización</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the filter:</source>
        <translation>Nombre del filtro:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save This Filter…</source>
        <translation>Guardar este filtro…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Saved Filter</source>
        <translation>Quitar filtro guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved Filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent Filters</source>
        <translation>Filtros recientes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear Recent Filters</source>
        <translation>Borrar filtros recientes</translation>
    </message>
</context>
<context>
    <name>shuriken::EventFilterProxyModel</name>
    <message>
        <location filename="../lib/models/eventfilterproxymatching.cpp" line="+23"/>
        <source>%1 (at position %2)</source>
        <translation>%1 (en la posición %2)</translation>
    </message>
    <message>
        <location filename="../lib/models/eventfilterproxymodel.cpp" line="+235"/>
        <source>Δ displayed</source>
        <translation>Δ mostrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since reference</source>
        <translation>Desde la referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds since the row shown above</source>
        <translation>Segundos desde la fila mostrada encima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds since the time reference row (Ctrl+T)</source>
        <translation>Segundos desde la fila de referencia de tiempo (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableModel</name>
    <message>
        <location filename="../lib/models/eventtablemodelcustom.cpp" line="+122"/>
        <source>The field %1 of each event (a custom column)</source>
        <translation>El campo %1 de cada evento (una columna personalizada)</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableView</name>
    <message>
        <location filename="../app/monitor/eventtableview.cpp" line="+55"/>
        <source>Freeze this table; events arriving meanwhile are let go and counted</source>
        <translation>Congelar esta tabla; los eventos que lleguen mientras tanto se descartan y se cuentan</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+175"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>Seguir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest rows in view; scrolling away stops following, scrolling back to the end resumes it</source>
        <translation>Mantener visibles las filas más recientes; desplazarse fuera deja de seguir y volver al final lo reanuda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter rows</source>
        <translation>Filtrar filas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Treat the filter as a regular expression</source>
        <translation>Tratar el filtro como una expresión regular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Expresión regular</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column the filter looks at</source>
        <translation>Columna a la que se aplica el filtro</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>All columns</source>
        <translation>Todas las columnas</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Indent</source>
        <comment>pretty-print JSON</comment>
        <translation>Sangrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the payload indented instead of exactly as it arrived</source>
        <translation>Mostrar la carga con sangría en lugar de tal como llegó</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Raw payload of the selected event</source>
        <translation>Carga sin procesar del evento seleccionado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy as JSON</source>
        <translation>Copiar como JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy Cell</source>
        <translation>Copiar celda</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear Table</source>
        <translation>Vaciar tabla</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Arrival Order</source>
        <translation>Orden de llegada</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Set Time Reference</source>
        <translation>Establecer referencia de tiempo</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Invalid regular expression: %1</source>
        <translation>Expresión regular no válida: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Column</source>
        <translation>Quitar columna</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go</source>
        <translation>%1 descartadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows are let go when the table is full (%1 rows, see Settings) or paused: %2 evicted, %3 while paused</source>
        <translation>Se descartan filas cuando la tabla está llena (%1 filas, vea Configuración) o en pausa: %2 desalojadas, %3 durante la pausa</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a row to see the whole event.</source>
        <translation>Seleccione una fila para ver el evento completo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received %1</source>
        <translation>Recibido %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object: %1</source>
        <translation>no es un objeto JSON: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields not in the schema: %1</source>
        <translation>campos que no están en el esquema: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventtableviewfilter.cpp" line="+34"/>
        <source>Go to Display Filter</source>
        <translation>Ir al filtro de visualización</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Selected</source>
        <comment>apply as filter</comment>
        <translation>Seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Selected</source>
        <comment>apply as filter</comment>
        <translation>No seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and Selected</source>
        <comment>apply as filter</comment>
        <translation>…y seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or Selected</source>
        <comment>apply as filter</comment>
        <translation>…o seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and not Selected</source>
        <comment>apply as filter</comment>
        <translation>…y no seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or not Selected</source>
        <comment>apply as filter</comment>
        <translation>…o no seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply as Filter</source>
        <translation>Aplicar como filtro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare as Filter</source>
        <translation>Preparar como filtro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply as Column</source>
        <translation>Aplicar como columna</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A table column with this field of every event</source>
        <translation>Una columna de la tabla con este campo de cada evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as Filter</source>
        <translation>Copiar como filtro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Field Path</source>
        <translation>Copiar ruta del campo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plot</source>
        <translation>Graficar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chart of this field over time, for the rows the table shows</source>
        <translation>Un gráfico de este campo a lo largo del tiempo, para las filas que muestra la tabla</translation>
    </message>
</context>
<context>
    <name>shuriken::FieldPlotWindow</name>
    <message>
        <location filename="../app/monitor/fieldplotwindow.cpp" line="+35"/>
        <source>Plot: %1</source>
        <translation>Gráfico: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Moving average over</source>
        <translation>Media móvil de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashed line of each field is the average of this many points up to each point</source>
        <translation>La línea discontinua de cada campo es la media de este número de puntos hasta cada punto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a condition, not a value to plot</source>
        <translation>%1 es una condición, no un valor que se pueda graficar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (moving average)</source>
        <translation>%1 (media móvil)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2 values · minimum %3 · maximum %4 · average %5</source>
        <translation>%1: %2 valores · mínimo %3 · máximo %4 · media %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows without a number</source>
        <translation>%1 filas sin número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the table…</source>
        <translation>leyendo la tabla…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Export Plot</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
</context>
<context>
    <name>shuriken::FilterValueValidator</name>
    <message>
        <location filename="../app/monitor/filtervalidator.cpp" line="+60"/>
        <source>base58 address (32–44 characters)</source>
        <translation>dirección base58 (32–44 caracteres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0x followed by 40 hex digits</source>
        <translation>0x seguido de 40 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal chain id, e.g. 1 or 8453</source>
        <translation>id de cadena decimal, p. ej. 1 u 8453</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a Solana address is 32 to 44 base58 characters</source>
        <translation>una dirección de Solana tiene de 32 a 44 caracteres base58</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an EVM address is 0x followed by 40 hex digits</source>
        <translation>una dirección EVM es 0x seguido de 40 dígitos hexadecimales</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a chain id is a positive decimal number</source>
        <translation>un id de cadena es un número decimal positivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is empty</source>
        <translation>el valor está vacío</translation>
    </message>
</context>
<context>
    <name>shuriken::FrameLogModel</name>
    <message>
        <location filename="../lib/models/framelogmodel.cpp" line="+57"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir</source>
        <comment>frame log column: in or out</comment>
        <translation>Dir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>frame log column: Pusher event name</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>frame log column: bytes</comment>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame</source>
        <comment>frame log column: frame text</comment>
        <translation>Trama</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in</source>
        <comment>frame direction</comment>
        <translation>entrada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <comment>frame direction</comment>
        <translation>salida</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>trama binaria de %1 bytes (el protocolo solo usa tramas de texto)</translation>
    </message>
</context>
<context>
    <name>shuriken::HttpLogModel</name>
    <message>
        <location filename="../lib/models/httplogmodel.cpp" line="+48"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <comment>HTTP method</comment>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>HTTP status code</comment>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTP answer</source>
        <translation>Sin respuesta HTTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 ms</source>
        <comment>HTTP request duration</comment>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>shuriken::JsonTreeModel</name>
    <message>
        <location filename="../app/monitor/jsontreemodel.cpp" line="+227"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integer</source>
        <translation>entero</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not described by the stream&apos;s schema</source>
        <translation>%1 no está descrito en el esquema del flujo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>shuriken::MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="+68"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Monitor de flujos de Shuriken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event table is open.

Double-click a stream in the catalog to subscribe, or open a subscription&apos;s tab from the Subscriptions list.</source>
        <translation>No hay ninguna tabla de eventos abierta.

Haga doble clic en un flujo del catálogo para suscribirse o abra la pestaña de una suscripción desde la lista de suscripciones.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connected to the built-in simulator — no real market data.</source>
        <translation>Conectado al simulador integrado: no son datos de mercado reales.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure API Key…</source>
        <translation>Configurar clave de API…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Shuriken agent key to see real data</source>
        <translation>Introduzca su clave de agente de Shuriken para ver datos reales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter API Key…</source>
        <translation>Introducir clave de API…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain is available: API keys are kept for this session only and must be entered again after a restart.</source>
        <translation>No hay ningún llavero del sistema disponible: las claves de API solo se guardan durante esta sesión y habrá que introducirlas de nuevo tras reiniciar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <comment>connect again</comment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles…</source>
        <translation>Perfiles…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection Debugger</source>
        <translation>Depurador de conexión</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsubscribed from %1</source>
        <translation>Se canceló la suscripción a %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Visible Table as &amp;CSV…</source>
        <translation>Exportar la tabla visible como &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Visible Table as &amp;JSON Lines…</source>
        <translation>Exportar la tabla visible como &amp;JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Stream</source>
        <translation>&amp;Buscar flujo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;Rows</source>
        <translation>Filtrar &amp;filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Heartbeats</source>
        <translation>Ocultar &amp;latidos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Suscribirse…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a stream in the catalog first.</source>
        <translation>Elija primero un flujo en el catálogo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unsubscribe Current Tab</source>
        <translation>Cancelar la s&amp;uscripción de la pestaña actual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Shuriken Stream Monitor</source>
        <translation>&amp;Acerca del Monitor de flujos de Shuriken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+1</source>
        <translation>Alt+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+2</source>
        <translation>Alt+2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alt+3</source>
        <translation>Alt+3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile “%1” needs an agent key before it can connect.</source>
        <translation>El perfil «%1» necesita una clave de agente antes de poder conectarse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador integrado: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog unavailable (%1); showing the built-in catalog.</source>
        <translation>Catálogo no disponible (%1); se muestra el catálogo integrado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no catalog endpoint; showing the built-in catalog.</source>
        <translation>El servidor no tiene endpoint de catálogo; se muestra el catálogo integrado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · signed in as %2</source>
        <translation>%1 · sesión iniciada como %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The built-in simulator runs as a plain Pusher server: subscribe to a channel by name (Ctrl+N).</source>
        <translation>El simulador integrado funciona como un servidor Pusher simple: suscríbase a un canal por su nombre (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Shuriken Stream Monitor</source>
        <translation>%1 — Monitor de flujos de Shuriken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection failed.</source>
        <translation>Falló la conexión.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed: %1</source>
        <translation>Falló la conexión: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1
Closing the tab keeps the subscription running; unsubscribe from the Subscriptions list or this tab&apos;s context menu.</source>
        <translation>%1
Cerrar la pestaña mantiene la suscripción activa; cancélela desde la lista de suscripciones o desde el menú contextual de esta pestaña.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 keeps running. Open its tab again from the Subscriptions list.</source>
        <translation>%1 sigue activo. Vuelva a abrir su pestaña desde la lista de suscripciones.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close Tab</source>
        <translation>Cerrar pestaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 events/s · %2 frames/s · %3 · %4 rows let go</source>
        <translation>%1 eventos/s · %2 tramas/s · %3 · %4 filas descartadas</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export Visible Table as JSON Lines</source>
        <translation>Exportar la tabla visible como JSON Lines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Visible Table as CSV</source>
        <translation>Exportar la tabla visible como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Exporting %n row(s) to %1…</source>
        <translation>
            <numerusform>Exportando %n fila a %1…</numerusform>
            <numerusform>Exportando %n filas a %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n fila exportada a %1</numerusform>
            <numerusform>%n filas exportadas a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to %1 failed: %2</source>
        <translation>Falló la exportación a %1: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::MessageBanner</name>
    <message>
        <location filename="../app/monitor/messagebanner.cpp" line="+58"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Cerrar el mensaje</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorController</name>
    <message>
        <location filename="../app/monitor/monitorcontrollercapture.cpp" line="+60"/>
        <location line="+58"/>
        <source>the capture holds no subscription to replay</source>
        <translation>la captura no contiene ninguna suscripción que reproducir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read again</source>
        <translation>el archivo no se puede volver a leer</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorSettings</name>
    <message>
        <location filename="../app/monitor/monitorsettings.cpp" line="+466"/>
        <source>Payload not parsed</source>
        <translation>Carga sin analizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap buys</source>
        <translation>Compras de swaps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap sells</source>
        <translation>Ventas de swaps</translation>
    </message>
</context>
<context>
    <name>shuriken::PresenceMemberModel</name>
    <message>
        <location filename="../lib/models/presencemembermodel.cpp" line="+37"/>
        <source>%1 (you)</source>
        <comment>presence member: our own user</comment>
        <translation>%1 (usted)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the user_id this connection subscribed with</source>
        <translation>%1: el user_id con el que se suscribió esta conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user_info</source>
        <translation>Sin user_info</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User ID</source>
        <translation>ID de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User info</source>
        <translation>Información del usuario</translation>
    </message>
</context>
<context>
    <name>shuriken::PresencePanel</name>
    <message>
        <location filename="../app/monitor/presencepanel.cpp" line="+61"/>
        <source>Filter members</source>
        <translation>Filtrar miembros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the members whose user ID or user info contains this text</source>
        <translation>Muestra los miembros cuyo ID de usuario o información de usuario contiene este texto</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+144"/>
        <source>Copy Member as JSON</source>
        <translation>Copiar miembro como JSON</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No subscription selected</source>
        <translation>No hay ninguna suscripción seleccionada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a presence channel: only presence-* channels have members</source>
        <translation>%1 no es un canal de presencia: solo los canales presence-* tienen miembros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the subscription (%1)</source>
        <translation>Esperando la suscripción (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the subscription (%1: %2)</source>
        <translation>Esperando la suscripción (%1: %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No presence channel</source>
        <translation>Ningún canal de presencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a presence channel</source>
        <translation>No es un canal de presencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for subscription</source>
        <translation>Esperando la suscripción</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n miembro</numerusform>
            <numerusform>%n miembros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s), %1 shown</source>
        <translation>
            <numerusform>%n miembro, %1 mostrados</numerusform>
            <numerusform>%n miembros, %1 mostrados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copy User ID</source>
        <translation>Copiar ID de usuario</translation>
    </message>
</context>
<context>
    <name>shuriken::Profile</name>
    <message>
        <location filename="../app/monitor/profile.cpp" line="+14"/>
        <source>Built-in simulator</source>
        <translation>Simulador integrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Shuriken API</source>
        <translation>API de Shuriken</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Custom base URL</source>
        <translation>URL base personalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pusher-protocol server</source>
        <translation>Servidor del protocolo Pusher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in simulator (Pusher mode)</source>
        <translation>Simulador integrado (modo Pusher)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulator (Pusher mode)</source>
        <translation>Simulador (modo Pusher)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter an absolute URL such as https://api.shuriken.trade.</source>
        <translation>Introduzca una URL absoluta como https://api.shuriken.trade.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must start with http:// or https://.</source>
        <translation>La URL base debe empezar por http:// o https://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL has no host.</source>
        <translation>La URL base no tiene host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the API key in the key field, not in the URL.</source>
        <translation>Ponga la clave de API en el campo de la clave, no en la URL.</translation>
    </message>
</context>
<context>
    <name>shuriken::ProfileDialog</name>
    <message>
        <location filename="../app/monitor/profiledialog.cpp" line="+28"/>
        <source>Connection Profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Pusher Server</source>
        <translation>Añadir servidor &amp;Pusher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Pusher Channels, soketi, Laravel Reverb or Ably server, subscribed to directly</source>
        <translation>Un servidor de Pusher Channels, soketi, Laravel Reverb o Ably, con suscripción directa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sk_… (leave empty to keep the stored key)</source>
        <translation>sk_… (déjelo vacío para conservar la clave guardada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the key while typing</source>
        <translation>Mostrar la clave al escribir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget Key</source>
        <translation>Olvidar clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored key from the keychain when you press OK</source>
        <translation>Quitar la clave guardada del llavero al pulsar Aceptar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent &amp;key:</source>
        <translation>&amp;Clave de agente:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+162"/>
        <source>The built-in simulator runs inside the monitor on a loopback port and needs no key. Its data is generated, not real market data.</source>
        <translation>El simulador integrado se ejecuta dentro del monitor en un puerto de loopback y no necesita clave. Sus datos son generados, no datos de mercado reales.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(chosen when the simulator starts)</source>
        <translation>(se elige al iniciar el simulador)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The built-in simulator as a plain Pusher-protocol server, inside the monitor on a loopback port: subscribe to any channel by name, public, private, presence or encrypted. Nothing is published until something triggers events.</source>
        <translation>El simulador integrado como servidor simple del protocolo Pusher, dentro del monitor en un puerto de loopback: suscríbase a cualquier canal por su nombre, público, privado, de presencia o cifrado. No se publica nada hasta que algo dispare eventos.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Custom server</source>
        <translation>Servidor personalizado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pusher server</source>
        <translation>Servidor Pusher</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The new key %1 is stored when you press OK.</source>
        <translation>La nueva clave %1 se guarda al pulsar Aceptar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored key is removed when you press OK.</source>
        <translation>La clave guardada se quita al pulsar Aceptar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the stored key…</source>
        <translation>Buscando la clave guardada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored. The Shuriken API needs an agent key.</source>
        <translation>No hay ninguna clave guardada. La API de Shuriken necesita una clave de agente.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key stored.</source>
        <translation>No hay ninguna clave guardada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored: %1</source>
        <translation>Hay una clave guardada: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available: keys are kept for this session only.</source>
        <translation>No hay ningún llavero del sistema disponible: las claves solo se guardan durante esta sesión.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every profile needs a name.</source>
        <translation>Cada perfil necesita un nombre.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherHttpApi</name>
    <message>
        <location filename="../lib/streams/pusherhttpapi.cpp" line="+49"/>
        <source>%1 — %2</source>
        <comment>server&apos;s words — their meaning</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The app id is missing: the HTTP API needs it in every request path</source>
        <translation>Falta el id de app: la API HTTP lo necesita en la ruta de cada solicitud</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app id &quot;%1&quot; has characters an app id cannot have</source>
        <translation>El id de app &quot;%1&quot; tiene caracteres que un id de app no puede tener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app key is missing: every HTTP API request is signed for it</source>
        <translation>Falta la clave de app: cada solicitud a la API HTTP se firma para ella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app secret is missing: every HTTP API request is signed with it</source>
        <translation>Falta el secreto de app: cada solicitud a la API HTTP se firma con él</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event needs a name</source>
        <translation>El evento necesita un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name has %1 characters; at most %2 are allowed</source>
        <translation>El nombre del evento tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event names starting with pusher: or pusher_internal: are reserved for the protocol</source>
        <translation>Los nombres de evento que empiezan por pusher: o pusher_internal: están reservados para el protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs at least one channel</source>
        <translation>El evento necesita al menos un canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event names %1 channels; at most %2 are allowed per request</source>
        <translation>El evento nombra %1 canales; se permiten como máximo %2 por solicitud</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; up to 164 characters)</source>
        <translation>&quot;%1&quot; no es un nombre de canal válido (letras, dígitos y _ - = @ , . ; hasta 164 caracteres)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An event on a private-encrypted- channel must be triggered on that channel alone: each channel has its own key</source>
        <translation>Un evento en un canal private-encrypted- debe publicarse solo en ese canal: cada canal tiene su propia clave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a socket id (two numbers joined by a dot, like 123.456)</source>
        <translation>&quot;%1&quot; no es un id de socket (dos números unidos por un punto, como 123.456)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs data; send {} for an empty object</source>
        <translation>El evento necesita datos; envíe {} para un objeto vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Triggering on a private-encrypted- channel needs the app&apos;s encryption master key</source>
        <translation>Publicar en un canal private-encrypted- requiere la clave maestra de cifrado de la app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>La clave maestra de cifrado debe tener %1 bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event data could not be encrypted (libsodium is not usable)</source>
        <translation>No se pudieron cifrar los datos del evento (libsodium no se puede usar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted event data has %1 bytes; the HTTP API accepts at most %2 (encryption adds about a third)</source>
        <translation>Los datos cifrados del evento tienen %1 bytes; la API HTTP acepta como máximo %2 (el cifrado añade aproximadamente un tercio)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event data has %1 bytes; the HTTP API accepts at most %2</source>
        <translation>Los datos del evento tienen %1 bytes; la API HTTP acepta como máximo %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; cannot start a channel name</source>
        <translation>&quot;%1&quot; no puede iniciar un nombre de canal</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettings</name>
    <message>
        <location filename="../lib/streams/pushersettings.cpp" line="+60"/>
        <source>Other Pusher-protocol server</source>
        <translation>Otro servidor del protocolo Pusher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pusher Channels</source>
        <translation>Pusher Channels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>soketi</source>
        <translation>soketi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laravel Reverb</source>
        <translation>Laravel Reverb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ably (Pusher adapter)</source>
        <translation>Ably (adaptador de Pusher)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the app key is missing</source>
        <translation>falta la clave de app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app key must not contain &apos;:&apos; (for Ably, use the part of the key before the colon)</source>
        <translation>la clave de app no puede contener &apos;:&apos; (para Ably, use la parte de la clave anterior a los dos puntos)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a cluster or a host</source>
        <translation>indique un cluster o un host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host must be a bare host name, without scheme, port or path</source>
        <translation>el host debe ser un nombre de host sin más, sin esquema, puerto ni ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port must be between 1 and 65535</source>
        <translation>el puerto debe estar entre 1 y 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path must start with &apos;/&apos;</source>
        <translation>la ruta debe empezar por &apos;/&apos;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an absolute http(s) URL</source>
        <translation>%1 no es una URL http(s) absoluta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key must be %1 bytes (base64 of 32 bytes)</source>
        <translation>la clave maestra de cifrado debe tener %1 bytes (base64 de 32 bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1://%2:%3%4 (key %5)</source>
        <translation>%1://%2:%3%4 (clave %5)</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettingsEditor</name>
    <message>
        <location filename="../app/monitor/pushersettingseditor.cpp" line="+69"/>
        <source>Fills the fields with the server&apos;s usual values</source>
        <translation>Rellena los campos con los valores habituales del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ably: the app key is the part of your Ably API key before the colon, the app secret the part after it.</source>
        <translation>Ably: la clave de app es la parte de su clave de API de Ably anterior a los dos puntos; el secreto de app, la parte posterior.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>App &amp;key (key):</source>
        <translation>&amp;Clave de app (key):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cluster (cluster):</source>
        <translation>C&amp;luster (cluster):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ws-&lt;cluster&gt;.pusher.com when empty</source>
        <translation>ws-&lt;cluster&gt;.pusher.com si está vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host (wsHost):</source>
        <translation>&amp;Host (wsHost):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;TLS (forceTLS)</source>
        <translation>&amp;TLS (forceTLS)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wsPort:</source>
        <translation>wsPort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wssPort:</source>
        <translation>wssPort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ports:</source>
        <translation>Puertos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. /ws</source>
        <translation>opcional, p. ej. /ws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path (wsPath):</source>
        <translation>&amp;Ruta (wsPath):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel &amp;auth endpoint (channelAuthorization.endpoint):</source>
        <translation>&amp;Endpoint de autorización de canales (channelAuthorization.endpoint):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer …  (one &quot;Name: value&quot; a line)</source>
        <translation>Authorization: Bearer …  (un &quot;Name: value&quot; por línea)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth &amp;headers (channelAuthorization.headers):</source>
        <translation>Ca&amp;beceras de autorización (channelAuthorization.headers):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name=value  (one a line)</source>
        <translation>name=value  (uno por línea)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth pa&amp;rams (channelAuthorization.params):</source>
        <translation>P&amp;arámetros de autorización (channelAuthorization.params):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: sign in with pusher:signin</source>
        <translation>opcional: iniciar sesión con pusher:signin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User auth endpoint (userAuthentication.endpoint):</source>
        <translation>Endpoint de autenticación de &amp;usuario (userAuthentication.endpoint):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: for the HTTP API</source>
        <translation>opcional: para la API HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App &amp;id (appId):</source>
        <translation>&amp;Id de app (appId):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the secret, private and presence channels are signed here instead of by the auth endpoint</source>
        <translation>Con el secreto, los canales privados y de presencia se firman aquí en lugar de en el endpoint de autorización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App s&amp;ecret (secret):</source>
        <translation>Secreto de a&amp;pp (secret):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption &amp;master key, base64 (encryptionMasterKeyBase64):</source>
        <translation>Clave &amp;maestra de cifrado, base64 (encryptionMasterKeyBase64):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget Secrets</source>
        <translation>Olvidar secretos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored app secret, master key and auth headers when you press OK</source>
        <translation>Quitar el secreto de app, la clave maestra y las cabeceras de autorización guardados al pulsar Aceptar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presence user i&amp;d (user_id):</source>
        <translation>I&amp;d de usuario de presencia (user_id):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presence user in&amp;fo (user_info, JSON):</source>
        <translation>In&amp;formación de usuario de presencia (user_info, JSON):</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the auth header “%1” is not “Name: value”</source>
        <translation>la cabecera de autorización “%1” no tiene la forma “Name: value”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auth param “%1” is not “name=value”</source>
        <translation>el parámetro de autorización “%1” no tiene la forma “name=value”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key is not base64</source>
        <translation>la clave maestra de cifrado no está en base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the presence user info must be a JSON object</source>
        <translation>la información de usuario de presencia debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking up the stored secrets…</source>
        <translation>Buscando los secretos guardados…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>app secret</source>
        <translation>secreto de app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption master key</source>
        <translation>clave maestra de cifrado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n auth header value(s)</source>
        <translation>
            <numerusform>%n valor de cabecera de autorización</numerusform>
            <numerusform>%n valores de cabeceras de autorización</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored: leave empty to keep</source>
        <translation>guardado: déjelo vacío para conservarlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are kept in the system keychain, never in the settings file.</source>
        <translation>Los secretos se guardan en el llavero del sistema, nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain: %1.</source>
        <translation>Guardado en el llavero: %1.</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherTools</name>
    <message>
        <location filename="../app/monitor/pushertools.cpp" line="+25"/>
        <source>Send &amp;Event…</source>
        <translation>Enviar &amp;evento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a client event or trigger an event through the server&apos;s HTTP API</source>
        <translation>Enviar un evento de cliente o publicar un evento mediante la API HTTP del servidor</translation>
    </message>
</context>
<context>
    <name>shuriken::RateChart</name>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="+36"/>
        <source>events/s</source>
        <translation>eventos/s</translation>
    </message>
</context>
<context>
    <name>shuriken::SaveCaptureDialog</name>
    <message>
        <location filename="../app/monitor/savecapturedialog.cpp" line="+40"/>
        <location line="+138"/>
        <location line="+6"/>
        <source>Save Capture</source>
        <translation>Guardar captura</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Everything the flight recorder holds (nothing yet)</source>
        <translation>&amp;Todo lo que guarda el registrador de vuelo (aún nada)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everything the flight recorder holds (%1 to %2)</source>
        <translation>&amp;Todo lo que guarda el registrador de vuelo (%1 a %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;last</source>
        <translation>&amp;Los últimos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time range of the &amp;selected frames (%1 to %2)</source>
        <translation>El intervalo de tiempo de las tramas &amp;seleccionadas (%1 a %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time range of the &amp;selected frames (select frames in the debugger)</source>
        <translation>El intervalo de tiempo de las tramas &amp;seleccionadas (seleccione tramas en el depurador)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON Lines, read by jq; a name ending in .gz is compressed (zcat reads it). Secrets are redacted, as in the debugger.</source>
        <translation>JSON Lines, legible con jq; un nombre que termine en .gz se comprime (zcat lo lee). Los secretos se ocultan, como en el depurador.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not save the capture: %1</source>
        <translation>No se pudo guardar la captura: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Captures, compressed (*.jsonl.gz);;Captures (*.jsonl);;All files (*)</source>
        <translation>Capturas comprimidas (*.jsonl.gz);;Capturas (*.jsonl);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>shuriken::SavedMessages</name>
    <message>
        <location filename="../app/monitor/savedmessages.cpp" line="+199"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>a saved message&apos;s name made unique: name (number)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2 (triggered through the HTTP API)</source>
        <translation>%1 en %2 (publicado mediante la API HTTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (client event)</source>
        <translation>%1 en %2 (evento de cliente)</translation>
    </message>
</context>
<context>
    <name>shuriken::ScreenshotRunner</name>
    <message>
        <location filename="../app/monitor/screenshotrunner.cpp" line="+42"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timed out at step %1</source>
        <translation>tiempo agotado en el paso %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event table went away</source>
        <translation>la tabla de eventos desapareció</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not save %1</source>
        <translation>no se pudo guardar %1</translation>
    </message>
</context>
<context>
    <name>shuriken::SendEventDialog</name>
    <message>
        <location filename="../app/monitor/sendeventdialog.cpp" line="+48"/>
        <source>Send Event</source>
        <translation>Enviar evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+133"/>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Send the event (Ctrl+Return)</source>
        <translation>Enviar el evento (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The subscribed channels are offered; any channel name can be typed</source>
        <translation>Se ofrecen los canales suscritos; se puede escribir cualquier nombre de canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private-chat, presence-room, …</source>
        <translation>private-chat, presence-room, …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client-message</source>
        <translation>client-message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add client- Prefix</source>
        <translation>Añadir el prefijo client-</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client events must be named client-…</source>
        <translation>Los eventos de cliente deben llamarse client-…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Client event over this connection</source>
        <translation>Evento de &amp;cliente por esta conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trigger through the HTTP API</source>
        <translation>&amp;Publicar mediante la API HTTP</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xclude my connection (socket_id)</source>
        <translation>E&amp;xcluir mi conexión (socket_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server delivers the event to every subscriber except this monitor</source>
        <translation>El servidor entrega el evento a todos los suscriptores excepto a este monitor</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{&quot;text&quot;: &quot;hello&quot;}  (empty: {})</source>
        <translation>{&quot;text&quot;: &quot;hello&quot;}  (vacío: {})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode:</source>
        <translation>Modo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data (JSON):</source>
        <translation>&amp;Datos (JSON):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved Messages</source>
        <translation>Mensajes guardados</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select to load, double-click to send, F2 to rename, Del to delete</source>
        <translation>Seleccione para cargar, doble clic para enviar, F2 para renombrar, Supr para eliminar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Saved Message</source>
        <translation>Eliminar mensaje guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the selected saved message as it was saved</source>
        <translation>Enviar el mensaje guardado seleccionado tal como se guardó</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (default: the event)</source>
        <translation>Nombre (por defecto: el evento)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>No data: {} is sent</source>
        <translation>Sin datos: se envía {}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid JSON</source>
        <translation>JSON válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not JSON: line %1, column %2: %3</source>
        <translation>No es JSON: línea %1, columna %2: %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Client events need a connection.</source>
        <translation>Los eventos de cliente necesitan una conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events need a Pusher profile: the Shuriken API takes none.</source>
        <translation>Los eventos de cliente necesitan un perfil Pusher: la API de Shuriken no los admite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triggering needs the app ID and the app secret: enter them in the profile.</source>
        <translation>Publicar requiere el ID de app y el secreto de app: introdúzcalos en el perfil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggering needs a Pusher profile with the app ID and the app secret.</source>
        <translation>Publicar requiere un perfil Pusher con el ID de app y el secreto de app.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose or type a channel.</source>
        <translation>Elija o escriba un canal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _-=@,.; only, at most 164.</source>
        <translation>&quot;%1&quot; no es un nombre de canal válido: solo letras, dígitos y _-=@,.; como máximo 164.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an event name.</source>
        <translation>Introduzca un nombre de evento.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client events can only be sent on private- and presence- channels; %1 is public. Trigger it through the HTTP API instead.</source>
        <translation>Los eventos de cliente solo pueden enviarse en canales private- y presence-; %1 es público. Publíquelo mediante la API HTTP.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client events cannot be sent on encrypted channels: the server cannot check what it relays. Trigger it through the HTTP API instead.</source>
        <translation>Los eventos de cliente no pueden enviarse en canales cifrados: el servidor no puede comprobar lo que retransmite. Publíquelo mediante la API HTTP.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client event&apos;s name must start with &quot;client-&quot;.</source>
        <translation>El nombre de un evento de cliente debe empezar por &quot;client-&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data must be JSON: line %1, column %2: %3.</source>
        <translation>Los datos deben ser JSON: línea %1, columna %2: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected.</source>
        <translation>Sin conexión.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to %1 first: the server only takes client events on channels this connection has joined.</source>
        <translation>Suscríbase antes a %1: el servidor solo acepta eventos de cliente en canales a los que se ha unido esta conexión.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected: there is no socket_id to exclude.</source>
        <translation>Sin conexión: no hay socket_id que excluir.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent over the monitor&apos;s own WebSocket as pusher-js&apos; channel.trigger() does</source>
        <translation>Se envía por el propio WebSocket del monitor, como hace channel.trigger() de pusher-js</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POST /apps/&lt;app id&gt;/events, signed with the app secret, as a backend does</source>
        <translation>POST /apps/&lt;app id&gt;/events, firmado con el secreto de app, como hace un backend</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data is not JSON: it is sent as a plain string.</source>
        <translation>Los datos no son JSON: se envían como una cadena sin más.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 on %2.</source>
        <translation>%1 enviado en %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Triggering %1 on %2…</source>
        <translation>Publicando %1 en %2…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server: %1</source>
        <translation>Rechazado por el servidor: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triggered %1 on %2: the server accepted it (not delivered to this connection).</source>
        <translation>%1 publicado en %2: el servidor lo aceptó (no se entrega a esta conexión).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggered %1 on %2: the server accepted it.</source>
        <translation>%1 publicado en %2: el servidor lo aceptó.</translation>
    </message>
</context>
<context>
    <name>shuriken::SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> rows</source>
        <translation> filas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows kept per &amp;event table:</source>
        <translation>Filas por tabla de &amp;eventos:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;size:</source>
        <translation>&amp;Tamaño del registrador de vuelo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;time span:</source>
        <translation>&amp;Periodo del registrador de vuelo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events that arrive within one interval reach the tables together and cost one repaint; a new row shows within the interval.</source>
        <translation>Los eventos que llegan dentro de un intervalo llegan juntos a las tablas y cuestan un solo repintado; una fila nueva aparece dentro del intervalo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table &amp;update interval:</source>
        <translation>Intervalo de &amp;actualización de las tablas:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables keep the newest rows and count the ones they let go. Each row costs roughly the size of its payload, so 100,000 rows of swaps take some 100 MB.
The flight recorder keeps every frame, HTTP exchange and state change from start-up for the connection debugger and File → Save Capture: 512 MB hold 15 minutes of 1,000 swaps a second.</source>
        <translation>Las tablas conservan las filas más recientes y cuentan las que descartan. Cada fila ocupa aproximadamente el tamaño de su carga, así que 100.000 filas de swaps ocupan unos 100 MB.
El registrador de vuelo conserva desde el inicio cada trama, intercambio HTTP y cambio de estado para el depurador de conexión y Archivo → Guardar captura: 512 MB bastan para 15 minutos de 1.000 swaps por segundo.</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamCatalogModel</name>
    <message>
        <location filename="../lib/models/streamcatalogmodel.cpp" line="+141"/>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Visibilidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <comment>stream catalog column: filter names a stream takes</comment>
        <translation>Filtros</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>stream catalog column: Pusher event name</comment>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n stream(s)</source>
        <comment>catalog namespace row</comment>
        <translation>
            <numerusform>%n flujo</numerusform>
            <numerusform>%n flujos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>public</source>
        <comment>stream visibility</comment>
        <translation>público</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <comment>stream visibility</comment>
        <translation>privado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence</source>
        <comment>stream visibility</comment>
        <translation>presencia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <comment>stream without filters</comment>
        <translation>ninguno</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamClient</name>
    <message>
        <location filename="../lib/streams/streamclient.cpp" line="+169"/>
        <source>requesting a session</source>
        <translation>solicitando una sesión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disconnected</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected by the user</source>
        <translation>desconectado por el usuario</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>waiting for a connection</source>
        <translation>esperando una conexión</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>resolving the channel</source>
        <translation>resolviendo el canal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsubscribed</source>
        <translation>suscripción cancelada</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientsession.cpp" line="+138"/>
        <source>the session response has no entry for this stream</source>
        <translation>la respuesta de sesión no tiene ninguna entrada para este flujo</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>session request failed (%1); retrying in %2 s</source>
        <translation>falló la solicitud de sesión (%1); se reintenta en %2 s</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the server refused the connection: %1</source>
        <translation>el servidor rechazó la conexión: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection</source>
        <translation>El servidor rechazó la conexión</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientchannels.cpp" line="+73"/>
        <location line="+32"/>
        <source>authorizing the channel</source>
        <translation>autorizando el canal</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+90"/>
        <source>waiting for the server&apos;s confirmation</source>
        <translation>esperando la confirmación del servidor</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+205"/>
        <source>waiting for the connection</source>
        <translation>esperando la conexión</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>channel authorization failed: %1</source>
        <translation>falló la autorización del canal: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no shared_secret</source>
        <translation>la respuesta no tiene shared_secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel authorization of an encrypted channel failed: %1</source>
        <translation>falló la autorización de un canal cifrado: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no confirmation from the server within %1 s</source>
        <translation>ninguna confirmación del servidor en %1 s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1; se reintenta en %2 s</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 (channel %2)</source>
        <translation>%1 (canal %2)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>subscription refused (%1): %2</source>
        <translation>suscripción rechazada (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription refused: %1</source>
        <translation>suscripción rechazada: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>server error %1: %2</source>
        <translation>error del servidor %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error: %1</source>
        <translation>error del servidor: %1</translation>
    </message>
    <message>
        <location filename="../lib/events/eventrowbuilder.cpp" line="+29"/>
        <source>the payload is empty</source>
        <translation>la carga útil está vacía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid UTF-8</source>
        <translation>la carga útil no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payload has a number that is malformed or out of range</source>
        <translation>la carga útil tiene un número mal formado o fuera de rango</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payload has a malformed string</source>
        <translation>la carga útil tiene una cadena mal formada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is nested too deeply</source>
        <translation>la carga útil está anidada a demasiada profundidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid JSON</source>
        <translation>la carga útil no es JSON válido</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the payload is not a JSON object</source>
        <translation>la carga no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientreplay.cpp" line="+64"/>
        <source>the recorded request got no answer</source>
        <translation>la solicitud grabada no obtuvo respuesta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recorded answer is not a JSON object</source>
        <translation>la respuesta grabada no es un objeto JSON</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientdirect.cpp" line="+72"/>
        <source>the Pusher settings cannot be used: %1</source>
        <translation>no se puede usar la configuración de Pusher: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pusher settings are incomplete</source>
        <translation>La configuración de Pusher está incompleta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connecting to %1</source>
        <translation>conectando con %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _ - = @ , . ; only, at most 164 characters</source>
        <translation>&quot;%1&quot; no es un nombre de canal válido: solo letras, dígitos y _ - = @ , . ; como máximo 164 caracteres</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an encrypted channel signed here needs the app&apos;s encryption master key (its events are sealed with a secret derived from it)</source>
        <translation>un canal cifrado firmado aquí necesita la clave maestra de cifrado de la app (sus eventos se cifran con un secreto derivado de ella)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the answer has no &quot;auth&quot; and &quot;user_data&quot; strings</source>
        <translation>la respuesta no tiene las cadenas &quot;auth&quot; y &quot;user_data&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user authentication failed: %1</source>
        <translation>falló la autenticación del usuario: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a client event&apos;s name must start with &quot;client-&quot;</source>
        <translation>el nombre de un evento de cliente debe empezar por &quot;client-&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event name has at most 200 characters</source>
        <translation>un nombre de evento tiene como máximo 200 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client events can only be sent on private and presence channels</source>
        <translation>los eventos de cliente solo pueden enviarse en canales privados y de presencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client events cannot be sent on encrypted channels</source>
        <translation>los eventos de cliente no pueden enviarse en canales cifrados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data is not JSON (%1 at offset %2)</source>
        <translation>los datos no son JSON (%1 en el desplazamiento %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is larger than 10 KB, the limit of Pusher&apos;s client events</source>
        <translation>los datos superan los 10 KB, el límite de los eventos de cliente de Pusher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>subscribe to %1 first: the server only takes client events on channels the connection has joined</source>
        <translation>suscríbase antes a %1: el servidor solo acepta eventos de cliente en canales a los que se ha unido la conexión</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>event %1 on %2 could not be decrypted: %3; it is shown as it arrived</source>
        <translation>no se pudo descifrar el evento %1 en %2: %3; se muestra tal como llegó</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>events on %1 arrive as &quot;%2&quot;, none as &quot;%3&quot; that is bound: %4</source>
        <translation>los eventos en %1 llegan como &quot;%2&quot;, ninguno como &quot;%3&quot;, que es el enlazado: %4</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscribeDialog</name>
    <message>
        <location filename="../app/monitor/subscribedialog.cpp" line="+20"/>
        <source>Subscribe to %1</source>
        <translation>Suscribirse a %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is a %1 stream: the server authorizes it with your API key.</source>
        <translation>Este es un flujo %1: el servidor lo autoriza con su clave de API.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (required):</source>
        <translation>%1 (obligatorio):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This stream takes no filters.</source>
        <translation>Este flujo no admite filtros.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subscribe</source>
        <translation>Suscribirse</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>shuriken::Subscription</name>
    <message>
        <location filename="../lib/streams/subscription.cpp" line="+19"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authorizing</source>
        <translation>autorizando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribing</source>
        <translation>suscribiendo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribed</source>
        <translation>suscrito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsubscribed</source>
        <translation>suscripción cancelada</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionModel</name>
    <message>
        <location filename="../lib/models/subscriptionmodel.cpp" line="+47"/>
        <source>Stream</source>
        <translation>Flujo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <comment>subscription column: the stream filter</comment>
        <translation>Filtro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <comment>subscription column: why the status is what it is</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events/s</source>
        <translation>Eventos/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <comment>subscription column: total events received</comment>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps</source>
        <comment>subscription column: events missing by sequence number</comment>
        <translation>Huecos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionsView</name>
    <message>
        <location filename="../app/monitor/subscriptionsview.cpp" line="+76"/>
        <source>Open &amp;Tab</source>
        <translation>Abrir &amp;pestaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>P&amp;ause</source>
        <translation>P&amp;ausar</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Unsubscribe</source>
        <translation>Cancelar &amp;suscripción</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Tab</source>
        <translation>Abrir pestaña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>Pausar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe</source>
        <translation>Cancelar suscripción</translation>
    </message>
</context>
<context>
    <name>shuriken::Translations</name>
    <message>
        <location filename="../app/common/translations.cpp" line="+28"/>
        <source>English</source>
        <comment>the name of the language you translate into, written in that language</comment>
        <translation>Español</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>System language</source>
        <comment>language chooser: follow the desktop&apos;s language</comment>
        <translation>Idioma del sistema</translation>
    </message>
</context>
<context>
    <name>shuriken::cli::PusherOptions</name>
    <message>
        <location filename="../app/cli/pusheroptions.cpp" line="+15"/>
        <source>Connect to a Pusher-protocol server (Pusher Channels, soketi, Reverb, Ably) with this app key instead of the Shuriken API.</source>
        <translation>Conectarse a un servidor del protocolo Pusher (Pusher Channels, soketi, Reverb, Ably) con esta clave de app en lugar de a la API de Shuriken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher Channels cluster: the server is ws-CLUSTER.pusher.com (TLS).</source>
        <translation>Cluster de Pusher Channels: el servidor es ws-CLUSTER.pusher.com (TLS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s host (soketi, Reverb, ...); plain ws unless --tls.</source>
        <translation>El host del servidor (soketi, Reverb, ...); ws sin cifrar salvo con --tls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port (default 80, or 443 with --tls).</source>
        <translation>El puerto del servidor (por defecto 80, o 443 con --tls).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use wss (TLS) with --ws-host.</source>
        <translation>Usar wss (TLS) con --ws-host.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path before /app/KEY (pusher-js&apos; wsPath).</source>
        <translation>Ruta antes de /app/KEY (wsPath de pusher-js).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel authorization endpoint for private and presence channels (a form POST of socket_id and channel_name).</source>
        <translation>Endpoint de autorización de canales para los canales privados y de presencia (un POST de formulario con socket_id y channel_name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A header for the auth endpoints, &apos;Name: value&apos; (a cookie, a CSRF token, a bearer token); repeatable. Its value never appears in the output.</source>
        <translation>Una cabecera para los endpoints de autorización, &apos;Name: value&apos; (una cookie, un token CSRF, un token bearer); repetible. Su valor nunca aparece en la salida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header</source>
        <translation>cabecera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra form parameter for the auth endpoints, name=value; repeatable.</source>
        <translation>Un parámetro de formulario adicional para los endpoints de autorización, name=value; repetible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>param</source>
        <translation>parámetro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User authentication endpoint: sign in (pusher:signin) after connecting.</source>
        <translation>Endpoint de autenticación de usuario: iniciar sesión (pusher:signin) tras conectarse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app id (with --app-secret, for the HTTP API).</source>
        <translation>El id de app (con --app-secret, para la API HTTP).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The app secret: private and presence channels are signed here instead of through the auth endpoint (or set PUSHER_APP_SECRET, which keeps it out of the process list).</source>
        <translation>El secreto de app: los canales privados y de presencia se firman aquí en lugar de a través del endpoint de autorización (o defina PUSHER_APP_SECRET, que lo mantiene fuera de la lista de procesos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret</source>
        <translation>secreto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base64 of the app&apos;s 32-byte encryption master key, for private-encrypted- channels signed here (or set PUSHER_ENCRYPTION_MASTER_KEY).</source>
        <translation>Base64 de la clave maestra de cifrado de 32 bytes de la app, para los canales private-encrypted- firmados aquí (o defina PUSHER_ENCRYPTION_MASTER_KEY).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_id when signing here (default qt-monitor).</source>
        <translation>user_id de presencia al firmar aquí (por defecto qt-monitor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_info (a JSON object) when signing here.</source>
        <translation>user_info de presencia (un objeto JSON) al firmar aquí.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to this channel (public, private-, presence- or private-encrypted-) and print every event on it; repeatable.</source>
        <translation>Suscribirse a este canal (público, private-, presence- o private-encrypted-) e imprimir cada evento que llegue a él; repetible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name your application binds: events that arrive only under other names are explained on stderr.</source>
        <translation>El nombre de evento al que se enlaza su aplicación: los eventos que solo llegan con otros nombres se explican en stderr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--channel &quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; only, at most 164 characters)</source>
        <translation>--channel &quot;%1&quot; no es un nombre de canal válido (solo letras, dígitos y _ - = @ , . ; como máximo 164 caracteres)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give at least one --channel</source>
        <translation>indique al menos un --channel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--pusher-key is required to connect to a Pusher-protocol server</source>
        <translation>se necesita --pusher-key para conectarse a un servidor del protocolo Pusher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --cluster (Pusher Channels) or --ws-host (any other server)</source>
        <translation>indique --cluster (Pusher Channels) o --ws-host (cualquier otro servidor)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ws-port needs a port number from 1 to 65535</source>
        <translation>--ws-port necesita un número de puerto entre 1 y 65535</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--auth-header needs &apos;Name: value&apos; (got a header named &quot;%1&quot;)</source>
        <translation>--auth-header necesita &apos;Name: value&apos; (se recibió una cabecera llamada &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth-param needs name=value</source>
        <translation>--auth-param necesita name=value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--user-info must be a JSON object</source>
        <translation>--user-info debe ser un objeto JSON</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--channel %1 needs --auth-endpoint or --app-secret (private and presence channels are authorized)</source>
        <translation>--channel %1 necesita --auth-endpoint o --app-secret (los canales privados y de presencia requieren autorización)</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::CloseReason</name>
    <message>
        <location filename="../lib/pusher/closereason.cpp" line="+18"/>
        <source>normal closure</source>
        <translation>cierre normal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going away</source>
        <translation>el otro extremo se va</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protocol error</source>
        <translation>error de protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported data</source>
        <translation>datos no admitidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no status code</source>
        <translation>sin código de estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid frame payload</source>
        <translation>carga de trama no válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy violation</source>
        <translation>infracción de la política</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message too big</source>
        <translation>mensaje demasiado grande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing extension</source>
        <translation>falta una extensión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal server error</source>
        <translation>error interno del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed</source>
        <translation>falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application only accepts TLS</source>
        <translation>la aplicación solo acepta TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application does not exist</source>
        <translation>la aplicación no existe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application disabled</source>
        <translation>aplicación desactivada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over connection quota</source>
        <translation>cuota de conexiones superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path not found</source>
        <translation>ruta no encontrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid version string format</source>
        <translation>formato de la cadena de versión no válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported protocol version</source>
        <translation>versión de protocolo no admitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no protocol version supplied</source>
        <translation>no se indicó la versión del protocolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection unauthorized</source>
        <translation>conexión no autorizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over capacity</source>
        <translation>capacidad superada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic reconnect immediately</source>
        <translation>genérico: reconectar de inmediato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pong not received</source>
        <translation>no se recibió el pong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed after inactivity</source>
        <translation>cerrada por inactividad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client event rate limit exceeded</source>
        <translation>se superó el límite de frecuencia de eventos de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watchlist limit exceeded</source>
        <translation>se superó el límite de la lista de seguimiento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server busy</source>
        <translation>servidor ocupado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect immediately</source>
        <translation>reconectar de inmediato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown close code</source>
        <translation>código de cierre desconocido</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::HttpApiSignature</name>
    <message>
        <location filename="../lib/pusher/httpapisignature.cpp" line="+78"/>
        <source>auth_key and auth_signature are required</source>
        <translation>se necesitan auth_key y auth_signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown auth_key %1</source>
        <translation>auth_key desconocida %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auth_timestamp expired: it must be within %1 s of the server&apos;s time (%2)</source>
        <translation>auth_timestamp caducado: debe estar a menos de %1 s de la hora del servidor (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auth_version must be 1.0</source>
        <translation>auth_version debe ser 1.0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body_md5 does not match the body</source>
        <translation>body_md5 no coincide con el cuerpo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid signature: you should have sent HmacSHA256Hex(&quot;%1&quot;, your_secret_key)</source>
        <translation>Firma no válida: debería haber enviado HmacSHA256Hex(&quot;%1&quot;, your_secret_key)</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherConnection</name>
    <message>
        <location filename="../lib/pusher/pusherconnection.cpp" line="+90"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid WebSocket endpoint (host, port and app key are required)</source>
        <translation>endpoint WebSocket no válido (se necesitan host, puerto y clave de app)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting to %1:%2</source>
        <translation>conectando con %1:%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closed by the user</source>
        <translation>cerrada por el usuario</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the refreshed session has no valid WebSocket endpoint</source>
        <translation>la sesión renovada no tiene ningún endpoint WebSocket válido</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>TLS error: %1</source>
        <translation>error de TLS: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>trama binaria de %1 bytes (el protocolo solo usa tramas de texto)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the recording continues on a new connection</source>
        <translation>la grabación continúa en una conexión nueva</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+5"/>
        <source>closed by server: %1</source>
        <translation>cerrada por el servidor: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connection lost: %1</source>
        <translation>conexión perdida: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1; refused again after a session refresh</source>
        <translation>%1; rechazada de nuevo tras renovar la sesión</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>no answer to pusher:ping within %1 ms</source>
        <translation>ninguna respuesta a pusher:ping en %1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no pusher:connection_established within %1 ms</source>
        <translation>ningún pusher:connection_established en %1 ms</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherExplain</name>
    <message>
        <location filename="../lib/pusher/pusherexplain.cpp" line="+25"/>
        <source>The app does not exist on this server (the app key is unknown)</source>
        <translation>La app no existe en este servidor (la clave de app es desconocida)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app key, or the right key on the wrong cluster: a Pusher app lives in one cluster and ws-&lt;cluster&gt;.pusher.com must be that cluster. soketi: the key is not one of its configured apps. Reverb: REVERB_APP_KEY differs from the key the client uses (clear a cached config). Ably: turn on Pusher protocol support and use the part of the Ably key before the colon</source>
        <translation>una clave de app incorrecta, o la clave correcta en el cluster equivocado: una app de Pusher vive en un cluster y ws-&lt;cluster&gt;.pusher.com debe ser ese cluster. soketi: la clave no es de ninguna de sus apps configuradas. Reverb: REVERB_APP_KEY difiere de la clave que usa el cliente (borre la configuración en caché). Ably: active la compatibilidad con el protocolo Pusher y use la parte de la clave de Ably anterior a los dos puntos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The app is over its connection quota</source>
        <translation>La app ha superado su cuota de conexiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s or the app&apos;s limit of concurrent connections is reached; close other clients (other tabs, test runs) or raise the limit</source>
        <translation>se alcanzó el límite de conexiones simultáneas del plan o de la app; cierre otros clientes (otras pestañas, ejecuciones de pruebas) o aumente el límite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the channel&apos;s auth signature</source>
        <translation>El servidor rechazó la firma de autorización del canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint signs with another app key or secret than this server has (a backend still configured for another server or environment), or it signed something else than was subscribed: another socket_id, channel name or channel_data</source>
        <translation>el endpoint de autorización firma con otra clave o secreto de app distinto del que tiene este servidor (un backend aún configurado para otro servidor o entorno), o firmó algo distinto de lo suscrito: otro socket_id, nombre de canal o channel_data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection was closed normally</source>
        <translation>La conexión se cerró normalmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client or the server ended it on purpose (a deploy, a logout, an idle clean-up)</source>
        <translation>el cliente o el servidor la terminó a propósito (un despliegue, un cierre de sesión, una limpieza por inactividad)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server or a proxy is going away</source>
        <translation>El servidor o un proxy se está retirando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or deploy of the server, or a load balancer draining connections; reconnecting is right</source>
        <translation>un reinicio o despliegue del servidor, o un balanceador de carga que vacía conexiones; lo correcto es reconectar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebSocket protocol was violated</source>
        <translation>Se infringió el protocolo WebSocket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something that is not a WebSocket server answered: a wrong path or port, or a proxy that does not forward the Upgrade and Connection headers</source>
        <translation>respondió algo que no es un servidor WebSocket: una ruta o un puerto incorrectos, o un proxy que no reenvía las cabeceras Upgrade y Connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the kind of data sent</source>
        <translation>El servidor rechazó el tipo de datos enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a binary frame was sent; Pusher servers accept text frames only</source>
        <translation>se envió una trama binaria; los servidores Pusher solo aceptan tramas de texto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was closed without a status code</source>
        <translation>La conexión se cerró sin código de estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer closed cleanly but gave no reason; often a proxy ending the connection</source>
        <translation>el otro extremo cerró limpiamente pero sin dar motivo; a menudo, un proxy que termina la conexión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was lost without a close frame</source>
        <translation>La conexión se perdió sin trama de cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network drop; a proxy whose idle timeout is shorter than the activity timeout (nginx&apos;s proxy_read_timeout and an AWS load balancer&apos;s idle timeout are 60 s by default); the server crashed or restarted; or ws:// to a TLS port, or wss:// to a plain one</source>
        <translation>una caída de la red; un proxy cuyo tiempo de espera por inactividad es más corto que el activity timeout (proxy_read_timeout de nginx y el tiempo de espera por inactividad de un balanceador de carga de AWS son de 60 s por defecto); el servidor se bloqueó o se reinició; o ws:// a un puerto TLS, o wss:// a uno sin cifrar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a frame&apos;s payload</source>
        <translation>El servidor rechazó la carga de una trama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a text frame that is not valid UTF-8</source>
        <translation>una trama de texto que no es UTF-8 válido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s policy refused the connection</source>
        <translation>La política del servidor rechazó la conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Origin that is not allowed, or a gateway that wants a credential the client did not send</source>
        <translation>un Origin no permitido, o una pasarela que exige una credencial que el cliente no envió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message was too big</source>
        <translation>Un mensaje era demasiado grande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a frame larger than the server or a proxy accepts</source>
        <translation>una trama más grande de lo que acepta el servidor o un proxy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A required extension is missing</source>
        <translation>Falta una extensión obligatoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client required a WebSocket extension the server does not offer</source>
        <translation>el cliente exigió una extensión de WebSocket que el servidor no ofrece</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server hit an internal error</source>
        <translation>El servidor sufrió un error interno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a bug or crash on the server; see its log</source>
        <translation>un fallo o bloqueo en el servidor; consulte su registro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is restarting</source>
        <translation>El servidor se está reiniciando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a deploy or restart; reconnect in a moment</source>
        <translation>un despliegue o reinicio; reconecte en un momento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to try again later</source>
        <translation>El servidor pide volver a intentarlo más tarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is overloaded or shutting down (soketi closes with 1013 when it stops)</source>
        <translation>está sobrecargado o apagándose (soketi cierra con 1013 cuando se detiene)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake failed</source>
        <translation>Falló el protocolo de enlace TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate is not trusted, has expired or names another host</source>
        <translation>el certificado no es de confianza, ha caducado o nombra otro host</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app accepts TLS connections only</source>
        <translation>La app solo acepta conexiones TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client connected with ws://; turn TLS on (wss:// on the wssPort, 443 by default)</source>
        <translation>el cliente se conectó con ws://; active TLS (wss:// en el wssPort, 443 por defecto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app is disabled</source>
        <translation>La app está deshabilitada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app was disabled in its dashboard or by its account (Pusher), or is not enabled in the server&apos;s app configuration (soketi)</source>
        <translation>la app se deshabilitó en su panel o desde su cuenta (Pusher), o no está habilitada en la configuración de apps del servidor (soketi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WebSocket path was not found</source>
        <translation>No se encontró la ruta del WebSocket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path must be /app/&lt;key&gt;; check the path option (pusher-js&apos; wsPath) and any prefix a proxy adds or strips</source>
        <translation>la ruta debe ser /app/&lt;key&gt;; compruebe la opción de ruta (wsPath de pusher-js) y cualquier prefijo que un proxy añada o quite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s version string is invalid</source>
        <translation>La cadena de versión del cliente no es válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version query parameter is malformed: a client bug</source>
        <translation>el parámetro de consulta version está mal formado: un fallo del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol version is not supported</source>
        <translation>La versión del protocolo no es compatible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client asked for a protocol version the server does not speak; use protocol=7</source>
        <translation>el cliente pidió una versión del protocolo que el servidor no habla; use protocol=7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol version was given</source>
        <translation>No se indicó ninguna versión del protocolo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the URL lacks ?protocol=7: a client bug</source>
        <translation>a la URL le falta ?protocol=7: un fallo del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is unauthorized</source>
        <translation>La conexión no está autorizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher: the app requires user authentication and pusher:signin failed or came too late. soketi and Reverb also use 4009 for a refused channel signature, and Reverb for an Origin that is not in allowed_origins</source>
        <translation>Pusher: la app exige autenticación de usuario y pusher:signin falló o llegó demasiado tarde. soketi y Reverb también usan 4009 para una firma de canal rechazada, y Reverb para un Origin que no está en allowed_origins</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is over capacity</source>
        <translation>El servidor ha superado su capacidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many connections on the server or the app; reconnect after a pause</source>
        <translation>demasiadas conexiones en el servidor o en la app; reconecte tras una pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to reconnect at once</source>
        <translation>El servidor pide reconectar de inmediato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or redeploy of the server, or a frame it could not read (Reverb answers 4200 &quot;Invalid message format&quot;)</source>
        <translation>un reinicio o nuevo despliegue del servidor, o una trama que no pudo leer (Reverb responde 4200 &quot;Invalid message format&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not get a pong in time</source>
        <translation>El servidor no recibió un pong a tiempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client did not answer the server&apos;s ping within about 30 s: a busy or suspended client, or a half-open network</source>
        <translation>el cliente no respondió al ping del servidor en unos 30 s: un cliente ocupado o suspendido, o una red semiabierta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection after inactivity</source>
        <translation>El servidor cerró la conexión por inactividad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was sent for longer than the activity timeout; the client must ping when idle</source>
        <translation>no se envió nada durante más tiempo que el activity timeout; el cliente debe enviar pings cuando está inactivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client event rate limit was exceeded</source>
        <translation>Se superó el límite de frecuencia de eventos de cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more client- events than allowed (Pusher: 10 per second per connection); soketi and Reverb also use 4301 when client events are turned off</source>
        <translation>más eventos client- de los permitidos (Pusher: 10 por segundo y conexión); soketi y Reverb también usan 4301 cuando los eventos de cliente están desactivados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The watchlist limit was exceeded</source>
        <translation>Se superó el límite de la lista de seguimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s watchlist is longer than the server allows</source>
        <translation>la lista de seguimiento del usuario es más larga de lo que permite el servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the connection (code %1)</source>
        <translation>El servidor rechazó la conexión (código %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4000-4099 are refusals: reconnecting with the same settings is refused again; check the app key, cluster, host and path</source>
        <translation>los códigos 4000-4099 son rechazos: reconectar con la misma configuración se rechaza de nuevo; compruebe la clave de app, el cluster, el host y la ruta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy (code %1)</source>
        <translation>El servidor está ocupado (código %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4100-4199 ask the client to back off: reconnect after at least 1 s, waiting longer each time</source>
        <translation>los códigos 4100-4199 piden al cliente que espere: reconecte tras al menos 1 s, esperando más cada vez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to reconnect (code %1)</source>
        <translation>El servidor pide reconectar (código %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4200-4299 are transient: reconnect at once</source>
        <translation>los códigos 4200-4299 son transitorios: reconecte de inmediato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported an error (code %1)</source>
        <translation>El servidor notificó un error (código %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4300-4399 are other errors; pusher-js does not reconnect after one</source>
        <translation>los códigos 4300-4399 son otros errores; pusher-js no reconecta tras uno de ellos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application-defined close code (%1)</source>
        <translation>Un código de cierre definido por la aplicación (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Pusher code: the server or a proxy in front of it defines what it means</source>
        <translation>no es un código de Pusher: su significado lo define el servidor o un proxy situado delante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registered close code (%1)</source>
        <translation>Un código de cierre registrado (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defined by a library or framework, not by Pusher; see the server&apos;s documentation</source>
        <translation>definido por una biblioteca o un framework, no por Pusher; consulte la documentación del servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WebSocket close code (%1)</source>
        <translation>Un código de cierre de WebSocket (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a standard code without a Pusher meaning; reconnect after a pause</source>
        <translation>un código estándar sin significado en Pusher; reconecte tras una pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invalid close code (%1)</source>
        <translation>Un código de cierre no válido (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid WebSocket close code: a server or proxy bug</source>
        <translation>no es un código de cierre de WebSocket válido: un fallo del servidor o del proxy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The channel was subscribed twice on this connection</source>
        <translation>El canal se suscribió dos veces en esta conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent pusher:subscribe again for a channel it already has (a resubscribe without unsubscribe); harmless, the first subscription still works</source>
        <translation>el cliente volvió a enviar pusher:subscribe para un canal que ya tiene (una nueva suscripción sin cancelar la anterior); es inofensivo, la primera suscripción sigue funcionando</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused an authorization</source>
        <translation>El servidor rechazó una autorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soketi and Reverb say this when a private or presence channel&apos;s auth signature does not match (the auth endpoint signs with another app key or secret, or signed another socket_id or channel_data); Pusher says it when user authentication (pusher:signin) failed</source>
        <translation>soketi y Reverb lo dicen cuando la firma de autorización de un canal privado o de presencia no coincide (el endpoint de autorización firma con otra clave o secreto de app, o firmó otro socket_id o channel_data); Pusher lo dice cuando falló la autenticación del usuario (pusher:signin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private or presence channel was subscribed without an auth signature</source>
        <translation>Se suscribió un canal privado o de presencia sin firma de autorización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no channel authorization endpoint is configured, or its answer was not used; private-, presence- and private-encrypted- channels need one</source>
        <translation>no hay ningún endpoint de autorización de canales configurado, o no se usó su respuesta; los canales private-, presence- y private-encrypted- lo necesitan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A presence channel was subscribed without valid channel_data</source>
        <translation>Se suscribió un canal de presencia sin un channel_data válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint answered as for a private channel; for a presence channel it must return channel_data with a user_id (Laravel: return the user&apos;s info as an array from the channel&apos;s callback)</source>
        <translation>el endpoint de autorización respondió como para un canal privado; para un canal de presencia debe devolver channel_data con un user_id (Laravel: devuelva la información del usuario como array desde el callback del canal)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event was sent on a public channel</source>
        <translation>Se envió un evento de cliente en un canal público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client- events are allowed on private- and presence- channels only</source>
        <translation>los eventos client- solo se permiten en canales private- y presence-</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events are turned off for this app</source>
        <translation>Los eventos de cliente están desactivados para esta app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn them on: Pusher&apos;s app settings (&quot;Enable client events&quot;), soketi&apos;s enableClientMessages for the app, Reverb&apos;s app configuration in config/reverb.php</source>
        <translation>actívelos: en la configuración de la app de Pusher (&quot;Enable client events&quot;), en enableClientMessages de la app en soketi, o en la configuración de la app de Reverb en config/reverb.php</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event&apos;s name lacks the client- prefix</source>
        <translation>Al nombre de un evento de cliente le falta el prefijo client-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events sent by a client must be named client-…</source>
        <translation>los eventos que envía un cliente deben llamarse client-…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client event was sent on a channel this connection has not joined</source>
        <translation>Se envió un evento de cliente en un canal al que esta conexión no se ha unido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscribe first and wait for pusher_internal:subscription_succeeded</source>
        <translation>suscríbase primero y espere a pusher_internal:subscription_succeeded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this connection&apos;s Origin</source>
        <translation>El servidor rechazó el Origin de esta conexión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks the Origin header against the app&apos;s allowed_origins; add this origin (or *)</source>
        <translation>Reverb comprueba la cabecera Origin contra allowed_origins de la app; añada este origen (o *)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not read a frame</source>
        <translation>El servidor no pudo leer una trama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent something that is not a Pusher message: not JSON, no event, or data of the wrong type</source>
        <translation>el cliente envió algo que no es un mensaje de Pusher: no es JSON, no tiene evento o tiene datos del tipo incorrecto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ably refused the channel because the client is not identified</source>
        <translation>Ably rechazó el canal porque el cliente no está identificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher adapter clients are never identified; turn off the &quot;require identification&quot; rule of the channel&apos;s namespace in the Ably dashboard</source>
        <translation>los clientes del adaptador de Pusher nunca están identificados; desactive la regla &quot;require identification&quot; del espacio de nombres del canal en el panel de Ably</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rate limit was exceeded</source>
        <translation>Se superó un límite de frecuencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent more client events or messages than the server allows; slow down</source>
        <translation>el cliente envió más eventos de cliente o mensajes de los que permite el servidor; reduzca el ritmo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is shutting down</source>
        <translation>El servidor se está apagando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a restart or deploy; reconnect shortly</source>
        <translation>un reinicio o despliegue; reconecte en breve</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name is too long</source>
        <translation>El nombre del evento es demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 200 characters)</source>
        <translation>acórtelo hasta el límite del servidor (Pusher: 200 caracteres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event data is too large</source>
        <translation>Los datos del evento son demasiado grandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send less data per event (Pusher: 10 KB)</source>
        <translation>envíe menos datos por evento (Pusher: 10 KB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel name is too long</source>
        <translation>El nombre del canal es demasiado largo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 164 characters)</source>
        <translation>acórtelo hasta el límite del servidor (Pusher: 164 caracteres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence channel is full</source>
        <translation>El canal de presencia está lleno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s member limit per presence channel is reached (Pusher: 100)</source>
        <translation>se alcanzó el límite de miembros por canal de presencia del servidor (Pusher: 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence user_info is too large</source>
        <translation>El user_info de presencia es demasiado grande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint returns more user_info than the server allows; send less</source>
        <translation>el endpoint de autorización devuelve más user_info de lo que permite el servidor; envíe menos</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Likely cause: %2.</source>
        <translation>%1. Causa probable: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported an error: %1</source>
        <translation>El servidor notificó un error: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server gave no code; the message is its own wording</source>
        <translation>el servidor no dio ningún código; el mensaje está redactado por él</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error without a code or message</source>
        <translation>El servidor notificó un error sin código ni mensaje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s log for what it refused</source>
        <translation>consulte el registro del servidor para saber qué rechazó</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user authentication endpoint</source>
        <translation>endpoint de autenticación de usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel authorization endpoint</source>
        <translation>endpoint de autorización de canales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 could not be reached (no HTTP answer)</source>
        <translation>No se pudo contactar con el %1 (sin respuesta HTTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint URL&apos;s host or port is wrong, the web application is not running, or TLS failed (an untrusted or expired certificate)</source>
        <translation>el host o el puerto de la URL del endpoint son incorrectos, la aplicación web no está en ejecución o falló TLS (un certificado no fiable o caducado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an HTML page instead of JSON</source>
        <translation>El %1 respondió con una página HTML en lugar de JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually a login page reached through a redirect: the session cookie or token is missing or expired; otherwise the URL is a page, not the endpoint (a single-page app&apos;s catch-all route)</source>
        <translation>normalmente una página de inicio de sesión alcanzada tras una redirección: falta la cookie de sesión o el token, o han caducado; si no, la URL es una página y no el endpoint (la ruta comodín de una aplicación de una sola página)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an empty body</source>
        <translation>El %1 respondió con un cuerpo vacío</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was signed; Laravel does this when BROADCAST_CONNECTION (BROADCAST_DRIVER before Laravel 11) is log or null instead of pusher or reverb</source>
        <translation>no se firmó nada; Laravel lo hace cuando BROADCAST_CONNECTION (BROADCAST_DRIVER antes de Laravel 11) es log o null en lugar de pusher o reverb</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s answer is not a JSON object</source>
        <translation>La respuesta del %1 no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}; something else answered (debug output, a plain-text message)</source>
        <translation>el endpoint debe devolver {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}; respondió otra cosa (salida de depuración, un mensaje de texto sin formato)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pusher:signin needs {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</source>
        <translation>pusher:signin necesita {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} (plus channel_data for presence channels)</source>
        <translation>el endpoint debe devolver {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} (más channel_data para los canales de presencia)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1&apos;s answer has no auth field</source>
        <translation>La respuesta del %1 no tiene campo auth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1&apos;s answer has no auth field (it says: %2)</source>
        <translation>La respuesta del %1 no tiene campo auth (dice: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s auth value is not &lt;key&gt;:&lt;signature&gt;</source>
        <translation>El valor auth del %1 no tiene la forma &lt;key&gt;:&lt;signature&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must prefix the hex signature with the app key and a colon</source>
        <translation>el endpoint debe anteponer a la firma hexadecimal la clave de app y dos puntos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user authentication answer has no user_data</source>
        <translation>La respuesta de autenticación de usuario no tiene user_data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher:signin needs user_data: a JSON string with at least the user&apos;s id</source>
        <translation>pusher:signin necesita user_data: una cadena JSON con al menos el id del usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 redirected the request (HTTP %2)</source>
        <translation>El %1 redirigió la solicitud (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually to a login page: the session cookie or token is missing or expired; or http:// redirects to https://, so use the https URL</source>
        <translation>normalmente a una página de inicio de sesión: falta la cookie de sesión o el token, o han caducado; o http:// redirige a https://, así que use la URL https</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the request as malformed (HTTP 400)</source>
        <translation>El %1 rechazó la solicitud por mal formada (HTTP 400)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it expects a form POST with socket_id and channel_name; check the auth params</source>
        <translation>espera un POST de formulario con socket_id y channel_name; compruebe los parámetros de autorización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 says the user is not authenticated (HTTP 401)</source>
        <translation>El %1 indica que el usuario no está autenticado (HTTP 401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session cookie or bearer token is missing or expired; add it to the auth headers (Laravel Sanctum: Authorization: Bearer &lt;token&gt; for routes behind auth:sanctum)</source>
        <translation>falta la cookie de sesión o el token bearer, o han caducado; añádalo a las cabeceras de autorización (Laravel Sanctum: Authorization: Bearer &lt;token&gt; para rutas protegidas por auth:sanctum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user authentication endpoint refused to sign the user in (HTTP 403)</source>
        <translation>El endpoint de autenticación de usuario se negó a iniciar la sesión del usuario (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the application refuses this user</source>
        <translation>el usuario no ha iniciado sesión, o la aplicación rechaza a este usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel authorization endpoint refused access to the channel (HTTP 403)</source>
        <translation>El endpoint de autorización de canales denegó el acceso al canal (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the channel&apos;s authorization callback returned false. Laravel answers 403 for both: check the callback for this channel in routes/channels.php and the guard it uses</source>
        <translation>el usuario no ha iniciado sesión, o el callback de autorización del canal devolvió false. Laravel responde 403 en ambos casos: compruebe el callback de este canal en routes/channels.php y el guard que usa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user authentication endpoint was not found (HTTP 404)</source>
        <translation>No se encontró el endpoint de autenticación de usuario (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong: pusher-js uses /pusher/user-auth by default, Laravel /broadcasting/user-auth (registered by Broadcast::userRoutes())</source>
        <translation>la ruta es incorrecta: pusher-js usa /pusher/user-auth por defecto, Laravel /broadcasting/user-auth (registrada por Broadcast::userRoutes())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel authorization endpoint was not found (HTTP 404)</source>
        <translation>No se encontró el endpoint de autorización de canales (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong (pusher-js uses /pusher/auth by default, Laravel /broadcasting/auth), or Laravel&apos;s broadcasting routes are not registered: run php artisan install:broadcasting (Laravel 11 and later register them from bootstrap/app.php) or enable BroadcastServiceProvider (Laravel 10 and older)</source>
        <translation>la ruta es incorrecta (pusher-js usa /pusher/auth por defecto, Laravel /broadcasting/auth), o las rutas de broadcasting de Laravel no están registradas: ejecute php artisan install:broadcasting (Laravel 11 y posteriores las registran desde bootstrap/app.php) o habilite BroadcastServiceProvider (Laravel 10 y anteriores)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 does not accept POST (HTTP 405)</source>
        <translation>El %1 no acepta POST (HTTP 405)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL is a page or another route, not the endpoint</source>
        <translation>la URL es una página u otra ruta, no el endpoint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 refused the request: CSRF token missing or expired (HTTP 419)</source>
        <translation>El %1 rechazó la solicitud: falta el token CSRF o ha caducado (HTTP 419)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel&apos;s broadcasting auth route runs in the web middleware group and needs the session cookie and an X-CSRF-TOKEN header from the same session (token clients: register the routes with auth:sanctum instead)</source>
        <translation>la ruta de autorización de broadcasting de Laravel se ejecuta en el grupo de middleware web y necesita la cookie de sesión y una cabecera X-CSRF-TOKEN de la misma sesión (clientes con token: registre las rutas con auth:sanctum en su lugar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the parameters (HTTP 422)</source>
        <translation>El %1 rechazó los parámetros (HTTP 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>socket_id or channel_name is missing or invalid; check the auth params</source>
        <translation>falta socket_id o channel_name, o no es válido; compruebe los parámetros de autorización</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is rate limiting the requests (HTTP 429)</source>
        <translation>El %1 está limitando la frecuencia de las solicitudes (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many authorizations at once, or a retry loop</source>
        <translation>demasiadas autorizaciones a la vez, o un bucle de reintentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 failed with a server error (HTTP 500)</source>
        <translation>El %1 falló con un error del servidor (HTTP 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exception in the endpoint; Laravel: see storage/logs/laravel.log (often a missing app secret in the broadcasting config, or an error in the channel&apos;s callback)</source>
        <translation>una excepción en el endpoint; Laravel: consulte storage/logs/laravel.log (a menudo falta el secreto de app en la configuración de broadcasting, o hay un error en el callback del canal)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1&apos;s web server is unavailable (HTTP %2)</source>
        <translation>El servidor web del %1 no está disponible (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application behind the proxy is down, restarting or too slow</source>
        <translation>la aplicación tras el proxy está caída, reiniciándose o va demasiado lenta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 failed with a server error (HTTP %2)</source>
        <translation>El %1 falló con un error del servidor (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error in the web application; see its log</source>
        <translation>un error en la aplicación web; consulte su registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 refused the request (HTTP %2)</source>
        <translation>El %1 rechazó la solicitud (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the endpoint&apos;s answer for its reason</source>
        <translation>consulte la respuesta del endpoint para conocer el motivo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel authorization endpoint answered %1 but not with a usable signature</source>
        <translation>El endpoint de autorización de canales respondió %1, pero no con una firma utilizable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page (a login page after a redirect) or JSON without auth; the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}</source>
        <translation>una página HTML (una página de inicio de sesión tras una redirección) o JSON sin auth; el endpoint debe devolver {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel could not be authorized</source>
        <translation>No se pudo autorizar el canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel authorization endpoint failed or refused; see its answer</source>
        <translation>el endpoint de autorización de canales falló o denegó el acceso; consulte su respuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server limit refused the subscription</source>
        <translation>Un límite del servidor rechazó la suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s limits for channels or presence members</source>
        <translation>los límites del servidor de canales o de miembros de presencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed while subscribing</source>
        <translation>El servidor falló durante la suscripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a server-side error; see the server&apos;s log</source>
        <translation>un error del lado del servidor; consulte el registro del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription was refused</source>
        <translation>Se rechazó la suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was refused: %1</source>
        <translation>Se rechazó la suscripción: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the channel name, its prefix (private-, presence-) and the channel authorization</source>
        <translation>compruebe el nombre del canal, su prefijo (private-, presence-) y la autorización del canal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a protocol message, not an application event</source>
        <translation>%1 es un mensaje del protocolo, no un evento de la aplicación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher: and pusher_internal: names are the connection&apos;s own messages (subscription succeeded, ping, error); bind the name the application broadcasts</source>
        <translation>los nombres pusher: y pusher_internal: son mensajes propios de la conexión (suscripción correcta, ping, error); enlace el nombre que emite la aplicación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bound name %1 starts with a dot</source>
        <translation>El nombre enlazado %1 empieza por un punto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Laravel Echo, .listen(&apos;.Name&apos;) means &quot;no namespace&quot;; the dot is not part of the name on the wire: bind %1</source>
        <translation>en Laravel Echo, .listen(&apos;.Name&apos;) significa &quot;sin espacio de nombres&quot;; el punto no forma parte del nombre transmitido: enlace %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The events arrive as %1: the bound name %2 lacks the namespace</source>
        <translation>Los eventos llegan como %1: al nombre enlazado %2 le falta el espacio de nombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel broadcasts an event under its fully qualified class name unless the event defines broadcastAs(); bind %1, or define broadcastAs() returning %2</source>
        <translation>Laravel emite un evento con el nombre completo de su clase salvo que el evento defina broadcastAs(); enlace %1, o defina broadcastAs() para que devuelva %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The events arrive as %1, without the namespace of the bound %2</source>
        <translation>Los eventos llegan como %1, sin el espacio de nombres del %2 enlazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event defines broadcastAs(), which replaces the class name; bind %1 (in Echo: .listen(&apos;.%1&apos;))</source>
        <translation>el evento define broadcastAs(), que sustituye al nombre de la clase; enlace %1 (en Echo: .listen(&apos;.%1&apos;))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bound name %1 uses dots where the events use backslashes</source>
        <translation>El nombre enlazado %1 usa puntos donde los eventos usan barras invertidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echo turns a namespace written App.Events into App\Events; on the wire the name is %1</source>
        <translation>Echo convierte un espacio de nombres escrito App.Events en App\Events; en la transmisión el nombre es %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The names %1 and %2 differ only in letter case</source>
        <translation>Los nombres %1 y %2 solo difieren en mayúsculas y minúsculas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event names are case-sensitive: bind %1</source>
        <translation>los nombres de evento distinguen mayúsculas y minúsculas: enlace %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The events arrive as the client event %1</source>
        <translation>Los eventos llegan como el evento de cliente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client events carry the client- prefix on the wire: bind %1</source>
        <translation>los eventos de cliente llevan el prefijo client- en la transmisión: enlace %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events arrive as %1, without the client- prefix of the bound name</source>
        <translation>Los eventos llegan como %1, sin el prefijo client- del nombre enlazado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they are sent by the server, not by clients, so they have no client- prefix: bind %1</source>
        <translation>los envía el servidor, no los clientes, así que no llevan el prefijo client-: enlace %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events arrive as %1 but %2 is bound</source>
        <translation>Los eventos llegan como %1, pero el enlazado es %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bind the name the server sends; with Laravel check the event&apos;s namespace and broadcastAs()</source>
        <translation>enlace el nombre que envía el servidor; con Laravel, compruebe el espacio de nombres del evento y broadcastAs()</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The HTTP API refused the request&apos;s timestamp</source>
        <translation>La API HTTP rechazó la marca de tiempo de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s clock differs from the server&apos;s by more than 600 s; synchronise the clock (NTP)</source>
        <translation>el reloj de este equipo difiere del del servidor en más de 600 s; sincronice el reloj (NTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the request signature</source>
        <translation>La API HTTP rechazó la firma de la solicitud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app secret is wrong for this app key, or the app id, key and secret come from different apps or environments</source>
        <translation>el secreto de app no corresponde a esta clave de app, o el id, la clave y el secreto de app proceden de apps o entornos distintos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not know this app key</source>
        <translation>La API HTTP no conoce esta clave de app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app key does not belong to this app id or cluster</source>
        <translation>la clave de app no pertenece a este id de app o cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTTP API could not be reached (no HTTP answer)</source>
        <translation>No se pudo contactar con la API HTTP (sin respuesta HTTP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong host or port (Pusher: api-&lt;cluster&gt;.pusher.com; soketi and Reverb serve it on their WebSocket port), the server is down, or TLS failed</source>
        <translation>un host o puerto incorrecto (Pusher: api-&lt;cluster&gt;.pusher.com; soketi y Reverb la sirven en su puerto WebSocket), el servidor está caído o falló TLS</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the request body (HTTP 400)</source>
        <translation>La API HTTP rechazó el cuerpo de la solicitud (HTTP 400)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON, a missing name, data or channels, data that is not a string, an invalid channel name, more than 100 channels or an event name over 200 characters</source>
        <translation>JSON no válido, falta name, data o channels, data no es una cadena, un nombre de canal no válido, más de 100 canales o un nombre de evento de más de 200 caracteres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the authentication (HTTP 401)</source>
        <translation>La API HTTP rechazó la autenticación (HTTP 401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app secret or key, a clock more than 600 s off (auth_timestamp), or a body changed after signing (body_md5)</source>
        <translation>un secreto o una clave de app incorrectos, un reloj desfasado más de 600 s (auth_timestamp), o un cuerpo modificado tras firmarlo (body_md5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the app (HTTP 403)</source>
        <translation>La API HTTP rechazó la app (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app is disabled or over its message quota</source>
        <translation>la app está deshabilitada o ha superado su cuota de mensajes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API does not know this app or path (HTTP 404)</source>
        <translation>La API HTTP no conoce esta app o ruta (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app id, or the base URL is not a Pusher HTTP API (wrong host or port, or a path prefix)</source>
        <translation>un id de app incorrecto, o la URL base no es una API HTTP de Pusher (host o puerto incorrectos, o un prefijo de ruta)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not accept this method (HTTP 405)</source>
        <translation>La API HTTP no acepta este método (HTTP 405)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the base URL points at something else than a Pusher HTTP API</source>
        <translation>la URL base apunta a algo distinto de una API HTTP de Pusher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event is too large for the HTTP API (HTTP 413)</source>
        <translation>El evento es demasiado grande para la API HTTP (HTTP 413)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event data is limited to 10 KB on Pusher (soketi and Reverb have their own limits); send less, or a reference to the data</source>
        <translation>los datos de un evento están limitados a 10 KB en Pusher (soketi y Reverb tienen sus propios límites); envíe menos datos, o una referencia a ellos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the fields (HTTP 422)</source>
        <translation>La API HTTP rechazó los campos (HTTP 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks name, data (a string) and channels; see its answer for the field</source>
        <translation>Reverb comprueba name, data (una cadena) y channels; consulte su respuesta para saber qué campo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API is rate limiting (HTTP 429)</source>
        <translation>La API HTTP está limitando la frecuencia (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many events for the app&apos;s limit; slow down</source>
        <translation>demasiados eventos para el límite de la app; reduzca el ritmo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTTP API failed with a server error (HTTP %1)</source>
        <translation>La API HTTP falló con un error del servidor (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a server-side error; retry later and see the server&apos;s log</source>
        <translation>un error del lado del servidor; vuelva a intentarlo más tarde y consulte el registro del servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP API refused the request (HTTP %1)</source>
        <translation>La API HTTP rechazó la solicitud (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s answer for its reason</source>
        <translation>consulte la respuesta del servidor para conocer el motivo</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherProtocol</name>
    <message>
        <location filename="../lib/pusher/pusherdecoder.cpp" line="+163"/>
        <source>%1: field &quot;%2&quot; has the wrong type (%3)</source>
        <translation>%1: el campo &quot;%2&quot; tiene un tipo incorrecto (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: falta el campo &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+77"/>
        <source>%1: &quot;data&quot; is not a JSON object</source>
        <translation>%1: &quot;data&quot; no es un objeto JSON</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1: field &quot;%2&quot; is empty</source>
        <translation>%1: el campo &quot;%2&quot; está vacío</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: &quot;activity_timeout&quot; is not a positive number of seconds</source>
        <translation>%1: &quot;activity_timeout&quot; no es un número positivo de segundos</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>subscription failed</source>
        <translation>falló la suscripción</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>event &quot;%1&quot; has no channel</source>
        <translation>el evento &quot;%1&quot; no tiene canal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frame is not a JSON object</source>
        <translation>la trama no es un objeto JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame has no &quot;event&quot;</source>
        <translation>la trama no tiene &quot;event&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;event&quot; is not a string (%1)</source>
        <translation>&quot;event&quot; no es una cadena (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;event&quot; is empty</source>
        <translation>&quot;event&quot; está vacío</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::SecretBox</name>
    <message>
        <location filename="../lib/pusher/secretbox.cpp" line="+81"/>
        <source>no usable shared secret for this channel</source>
        <translation>no hay un secreto compartido utilizable para este canal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libsodium could not be initialised</source>
        <translation>no se pudo inicializar libsodium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the event is not an encrypted payload ({nonce, ciphertext} expected)</source>
        <translation>el evento no es una carga cifrada (se esperaba {nonce, ciphertext})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encrypted payload&apos;s nonce is not base64 of %1 bytes</source>
        <translation>el nonce de la carga cifrada no es base64 de %1 bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encrypted payload&apos;s ciphertext is not base64 of at least %1 bytes</source>
        <translation>el ciphertext de la carga cifrada no es base64 de al menos %1 bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the event does not open with the channel&apos;s shared secret (the secret changed, or the server encrypted it for another channel)</source>
        <translation>el evento no se abre con el secreto compartido del canal (el secreto cambió, o el servidor lo cifró para otro canal)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a key must be base64 of exactly %1 bytes</source>
        <translation>una clave debe ser base64 de exactamente %1 bytes</translation>
    </message>
</context>
</TS>
