<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/api/apierror.cpp" line="+210"/>
        <source>The server could not be reached</source>
        <translation>Der Server ist nicht erreichbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the server failed</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was rejected</source>
        <translation>Der API-Schlüssel wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not allowed to do this</source>
        <translation>Der API-Schlüssel hat dafür keine Berechtigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this endpoint</source>
        <translation>Der Server kennt diesen Endpunkt nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request</source>
        <translation>Der Server hat die Anfrage abgelehnt</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests; the server asks to wait %n second(s)</source>
        <translation>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunde zu warten</numerusform>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunden zu warten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed to handle the request</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood</source>
        <translation>Die Antwort des Servers ist unverständlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was blocked by this application</source>
        <translation>Die Anfrage wurde von dieser Anwendung blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>request %1</source>
        <comment>the server&apos;s request id, for support</comment>
        <translation>Anfrage %1</translation>
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
        <translation>&quot;%1&quot; ist kein Base64</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>it has no &quot;type&quot;</source>
        <translation>&quot;type&quot; fehlt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it has no &quot;timeUs&quot;</source>
        <translation>&quot;timeUs&quot; fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its &quot;direction&quot; is neither &quot;in&quot; nor &quot;out&quot;</source>
        <translation>&quot;direction&quot; ist weder &quot;in&quot; noch &quot;out&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its &quot;json&quot; is not a JSON object</source>
        <translation>sein &quot;json&quot; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;data&quot;</source>
        <translation>&quot;data&quot; fehlt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>it has no &quot;state&quot;</source>
        <translation>&quot;state&quot; fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no &quot;status&quot;</source>
        <translation>&quot;status&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="+321"/>
        <source>the compressed data is damaged (%1)</source>
        <translation>die komprimierten Daten sind beschädigt (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../lib/capture/gzipstream.cpp" line="+116"/>
        <source>unexpected data after the compressed stream</source>
        <translation>unerwartete Daten nach dem komprimierten Datenstrom</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line %1 is longer than %2 MiB</source>
        <translation>Zeile %1 ist länger als %2 MiB</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is not a Shuriken capture file.</source>
        <translation>Dies ist keine Shuriken-Mitschnittdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (it is empty).</source>
        <translation>Dies ist keine Shuriken-Mitschnittdatei (sie ist leer).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Shuriken capture file (%1).</source>
        <translation>Dies ist keine Shuriken-Mitschnittdatei (%1).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is a HAR document, not a Shuriken capture file.</source>
        <translation>Dies ist ein HAR-Dokument, keine Shuriken-Mitschnittdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The capture file ends inside its header: it was cut while it was being written.</source>
        <translation>Die Mitschnittdatei endet mitten in ihrem Kopf: Sie wurde beim Schreiben abgeschnitten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (its header has no valid format version).</source>
        <translation>Dies ist keine Shuriken-Mitschnittdatei (ihr Kopf hat keine gültige Formatversion).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This capture was written by a newer version (format %1); this build reads format %2 and older.</source>
        <translation>Dieser Mitschnitt wurde von einer neueren Version geschrieben (Format %1); dieser Build liest Format %2 und älter.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+164"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>The capture cannot be read: the device is not open for reading.</source>
        <translation>Der Mitschnitt kann nicht gelesen werden: Das Gerät ist nicht zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The capture is damaged after line %1: %2.</source>
        <translation>Der Mitschnitt ist nach Zeile %1 beschädigt: %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Line %1 is not a valid record: %2.</source>
        <translation>Zeile %1 ist kein gültiger Datensatz: %2.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The compressed file has no proper end (it is still being written, or its writer was stopped); it was read up to the last complete record.</source>
        <translation>Die komprimierte Datei hat kein ordentliches Ende (sie wird noch geschrieben, oder ihr Schreiber wurde gestoppt); sie wurde bis zum letzten vollständigen Datensatz gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The file ends inside a record (it was cut while being written); it was read up to the last complete record, %n byte(s) after it were left out.</source>
        <translation>
            <numerusform>Die Datei endet mitten in einem Datensatz (sie wurde beim Schreiben abgeschnitten); sie wurde bis zum letzten vollständigen Datensatz gelesen, %n Byte danach wurde ausgelassen.</numerusform>
            <numerusform>Die Datei endet mitten in einem Datensatz (sie wurde beim Schreiben abgeschnitten); sie wurde bis zum letzten vollständigen Datensatz gelesen, %n Bytes danach wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 It was read up to there.</source>
        <comment>the reason</comment>
        <translation>%1 Die Datei wurde bis dorthin gelesen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not know were skipped.</source>
        <translation>
            <numerusform>%n Datensatz einer Art, die diese Version nicht kennt, wurde übersprungen.</numerusform>
            <numerusform>%n Datensätze einer Art, die diese Version nicht kennt, wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/capture/capturejson.cpp" line="+482"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../lib/capture/gzipstream.cpp" line="-94"/>
        <source>zlib error %1</source>
        <translation>zlib-Fehler %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+25"/>
        <source>zlib could not start</source>
        <translation>zlib konnte nicht starten</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>not gzip data</source>
        <translation>keine gzip-Daten</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the compressed data ends early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="-509"/>
        <location line="+61"/>
        <source>The compressor failed.</source>
        <translation>Der Kompressor ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+543"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>The capture cannot be written: the device is not open for writing.</source>
        <translation>Der Mitschnitt kann nicht geschrieben werden: Das Gerät ist nicht zum Schreiben geöffnet.</translation>
    </message>
</context>
<context>
    <name>DisplayFilter</name>
    <message>
        <location filename="../lib/filter/filterlexer.cpp" line="+148"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>invalid number &apos;%1&apos;</source>
        <translation>ungültige Zahl &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 at column %2</source>
        <translation>%1 in Spalte %2</translation>
    </message>
    <message>
        <location filename="../lib/filter/filterparser.cpp" line="+105"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>&apos;)&apos; ohne Gegenstück</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the expression is nested too deeply</source>
        <translation>der Ausdruck ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty expression</source>
        <translation>leerer Ausdruck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an expression after &apos;%1&apos;</source>
        <translation>Ausdruck nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>Wert nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a field after &apos;%1&apos;</source>
        <translation>Feld nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+230"/>
        <source>missing &apos;)&apos; for &apos;(&apos;</source>
        <translation>fehlendes &apos;)&apos; zu &apos;(&apos;</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+10"/>
        <source>expected a string after &apos;%1&apos;</source>
        <translation>Zeichenkette nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression (%1)</source>
        <translation>ungültiger regulärer Ausdruck (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a field before &apos;%1&apos;</source>
        <translation>Feld vor &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>invalid date and time &apos;%1&apos;</source>
        <translation>ungültige Datums- und Zeitangabe &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected &apos;{&apos; after &apos;%1&apos;</source>
        <translation>&apos;{&apos; nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing &apos;}&apos; for &apos;{&apos;</source>
        <translation>fehlendes &apos;}&apos; zu &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>metadata &apos;%1&apos; has no fields</source>
        <translation>das Metadatum &apos;%1&apos; hat keine Felder</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a field name after &apos;.&apos;</source>
        <translation>Feldname nach &apos;.&apos; erwartet</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an index or a quoted key after &apos;[&apos;</source>
        <translation>Index oder Schlüssel in Anführungszeichen nach &apos;[&apos; erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing &apos;]&apos; for &apos;[&apos;</source>
        <translation>fehlendes &apos;]&apos; zu &apos;[&apos;</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <location filename="../lib/record/eventexporter.cpp" line="+44"/>
        <source>Could not write the export: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+73"/>
        <source>The export target is not open for writing.</source>
        <translation>Das Exportziel ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>kein JSON: %1 bei Offset %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a string</source>
        <translation>%1: Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receivedAt: not an ISO 8601 time</source>
        <translation>receivedAt: keine ISO-8601-Zeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>payload: missing</source>
        <translation>payload: fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>payload is not a JSON object</source>
        <translation>payload ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <location filename="../lib/events/eventformatter.cpp" line="+110"/>
        <source>Received</source>
        <comment>event table column: local receive time</comment>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <comment>event table column: receive time minus event time</comment>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When the event arrived here (local time)</source>
        <translation>Wann das Ereignis hier ankam (Ortszeit)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive time minus the event&apos;s own time (%1)</source>
        <translation>Empfangszeit minus Zeit des Ereignisses selbst (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stream&apos;s events carry no event time</source>
        <translation>Die Ereignisse dieses Streams tragen keine Ereigniszeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole payload)</source>
        <translation>(ganze Nutzdaten)</translation>
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
        <translation>Kauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <comment>trade side</comment>
        <translation>Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>HarFormat</name>
    <message>
        <location filename="../lib/capture/harimport.cpp" line="+285"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server redirected to %1</source>
        <translation>der Server hat zu %1 umgeleitet</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The HAR file has %n WebSocket connections; their frames are read as one session, in time order.</source>
        <translation>
            <numerusform>Die HAR-Datei hat %n WebSocket-Verbindung; ihre Frames werden als eine Sitzung in zeitlicher Reihenfolge gelesen.</numerusform>
            <numerusform>Die HAR-Datei hat %n WebSocket-Verbindungen; ihre Frames werden als eine Sitzung in zeitlicher Reihenfolge gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n WebSocket control frame(s) (close, ping, pong, continuation) were left out.</source>
        <translation>
            <numerusform>%n WebSocket-Steuerframe (close, ping, pong, continuation) wurde ausgelassen.</numerusform>
            <numerusform>%n WebSocket-Steuerframes (close, ping, pong, continuation) wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket error message(s) of the browser were left out.</source>
        <translation>
            <numerusform>%n WebSocket-Fehlermeldung des Browsers wurde ausgelassen.</numerusform>
            <numerusform>%n WebSocket-Fehlermeldungen des Browsers wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) without a direction or readable data were left out.</source>
        <translation>
            <numerusform>%n WebSocket-Nachricht ohne Richtung oder lesbare Daten wurde ausgelassen.</numerusform>
            <numerusform>%n WebSocket-Nachrichten ohne Richtung oder lesbare Daten wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) had no time; they were given their connection&apos;s.</source>
        <translation>
            <numerusform>%n WebSocket-Nachricht hatte keine Zeit; sie erhielt die ihrer Verbindung.</numerusform>
            <numerusform>%n WebSocket-Nachrichten hatten keine Zeit; sie erhielten die ihrer Verbindung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n HAR entr(y/ies) that are not objects were left out.</source>
        <translation>
            <numerusform>%n HAR-Eintrag, der kein Objekt ist, wurde ausgelassen.</numerusform>
            <numerusform>%n HAR-Einträge, die keine Objekte sind, wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n header(s) with credentials (Authorization, cookies) were redacted.</source>
        <translation>
            <numerusform>%n Header mit Anmeldedaten (Authorization, Cookies) wurde geschwärzt.</numerusform>
            <numerusform>%n Header mit Anmeldedaten (Authorization, Cookies) wurden geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a HAR document: the file is empty.</source>
        <translation>Dies ist kein HAR-Dokument: Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a HAR document: the JSON is malformed (%1 at byte %2).</source>
        <translation>Dies ist kein HAR-Dokument: Das JSON ist fehlerhaft (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a HAR document (it has no log.entries).</source>
        <translation>Dies ist kein HAR-Dokument (es hat kein log.entries).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The HAR file has no WebSocket connection.</source>
        <translation>Die HAR-Datei enthält keine WebSocket-Verbindung.</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <location filename="../lib/sim/controlcommand.cpp" line="+35"/>
        <source>--path needs session, auth, streams or all</source>
        <translation>--path braucht session, auth, streams oder all</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown path &quot;%1&quot; (session, auth, streams, all)</source>
        <translation>unbekannter Pfad &quot;%1&quot; (session, auth, streams, all)</translation>
    </message>
    <message>
        <location line="+17"/>
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
                                        streams, all); retry-after is in seconds and sent as Retry-After
  rest-delay &lt;ms&gt; [--path P[,P]]        answer REST after &lt;ms&gt;
  rest ok                               correct, prompt REST answers again
  rate &lt;multiplier&gt;                     scale every stream&apos;s rate
  rate &lt;stream&gt; &lt;events-per-second&gt;     set one stream&apos;s rate
  firehose &lt;count&gt;                      svm.token.swaps channels publish &lt;count&gt; events as fast as
                                        they drain on their next subscription; 0 = normal rates
  restart                               cut every connection and listen again on the same port
  quit                                  stop the simulator
Example: rest 429 1 --once --path session</source>
        <translation>Befehle (einer pro Zeile):
  help                                  dieser Text
  stats [json]                          Verbindungen, Kanäle, Ereignisse, REST-Zähler; json: dasselbe
                                        und jeder abonnierte Kanal in einer Zeile, für Skripte
  drop                                  jeden WebSocket ohne Close-Frame trennen (Clients sehen 1006)
  close &lt;code&gt; [reason]                 jeden WebSocket mit &lt;code&gt; schließen: 4001, 4009, 4100, 4200, 4201, ...
  error &lt;code|null&gt; [message]           pusher:error an jeden WebSocket senden, ohne zu schließen
  stop-pongs | start-pongs              Antworten auf pusher:ping und WebSocket-Pings anhalten / fortsetzen
  confirm-subscribes on|off             subscription_succeeded senden (oder nicht mehr senden)
  channel-error CHANNEL CODE|null MSG   pusher:error, das einen Kanal nennt, an dessen Abonnenten senden
  malformed &lt;kind&gt;                      einen fehlerhaften Frame senden: invalid-json, data-not-string, missing-event,
                                        huge (10 MiB), invalid-utf8
  rest &lt;status&gt; [retry-after] [--once | --times N] [--path P[,P]]
                                        REST mit 401, 403, 429, 500, 503, ... beantworten (P: session, auth,
                                        streams, all); retry-after in Sekunden, gesendet als Retry-After
  rest-delay &lt;ms&gt; [--path P[,P]]        REST nach &lt;ms&gt; beantworten
  rest ok                               wieder korrekte, prompte REST-Antworten
  rate &lt;multiplier&gt;                     die Rate jedes Streams skalieren
  rate &lt;stream&gt; &lt;events-per-second&gt;     die Rate eines Streams setzen
  firehose &lt;count&gt;                      svm.token.swaps-Kanäle veröffentlichen bei ihrem nächsten Abonnement &lt;count&gt;
                                        Ereignisse so schnell, wie sie abfließen; 0 = normale Raten
  restart                               jede Verbindung trennen und auf demselben Port neu lauschen
  quit                                  den Simulator beenden
Beispiel: rest 429 1 --once --path session</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>unterminated quote</source>
        <translation>nicht geschlossenes Anführungszeichen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stats takes nothing or json</source>
        <translation>stats erwartet kein Argument oder json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>dropped %n connection(s)</source>
        <translation>
            <numerusform>%n Verbindung getrennt</numerusform>
            <numerusform>%n Verbindungen getrennt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>close needs a close code: 1000-1003, 1007-1011 or 3000-4999</source>
        <translation>close braucht einen Close-Code: 1000-1003, 1007-1011 oder 3000-4999</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>closed %n connection(s) with %1</source>
        <translation>
            <numerusform>%n Verbindung mit %1 geschlossen</numerusform>
            <numerusform>%n Verbindungen mit %1 geschlossen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error needs a code (or null) and a message</source>
        <translation>error braucht einen Code (oder null) und eine Nachricht</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>error code must be a number or null</source>
        <translation>Der Fehlercode muss eine Zahl oder null sein</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>Simulated error</source>
        <translation>Simulierter Fehler</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+31"/>
        <source>sent pusher:error to %n connection(s)</source>
        <translation>
            <numerusform>pusher:error an %n Verbindung gesendet</numerusform>
            <numerusform>pusher:error an %n Verbindungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>no longer answering pings</source>
        <translation>Pings werden nicht mehr beantwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answering pings again</source>
        <translation>Pings werden wieder beantwortet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirm-subscribes needs on or off</source>
        <translation>confirm-subscribes braucht on oder off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirming subscriptions again</source>
        <translation>Abonnements werden wieder bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer confirming subscriptions</source>
        <translation>Abonnements werden nicht mehr bestätigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel-error needs a channel, a code (or null) and a message</source>
        <translation>channel-error braucht einen Kanal, einen Code (oder null) und eine Nachricht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed needs one of: invalid-json, data-not-string, missing-event, huge, invalid-utf8</source>
        <translation>malformed braucht eines von: invalid-json, data-not-string, missing-event, huge, invalid-utf8</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>sent %1 to %n connection(s)</source>
        <translation>
            <numerusform>%1 an %n Verbindung gesendet</numerusform>
            <numerusform>%1 an %n Verbindungen gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rate needs a non-negative multiplier</source>
        <translation>rate braucht einen nicht negativen Faktor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate multiplier %1</source>
        <translation>Ratenfaktor %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate needs a non-negative number of events per second</source>
        <translation>rate braucht eine nicht negative Anzahl Ereignisse pro Sekunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 events/s (before the multiplier)</source>
        <translation>%1: %2 Ereignisse/s (vor dem Faktor)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</source>
        <translation>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>firehose needs a count (0 = off)</source>
        <translation>firehose braucht eine Anzahl (0 = aus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firehose armed: %1 events per svm.token.swaps subscription</source>
        <translation>Firehose scharf: %1 Ereignisse je svm.token.swaps-Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firehose off</source>
        <translation>Firehose aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restart failed: %1</source>
        <translation>Neustart fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarted on %1</source>
        <translation>neu gestartet auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot;; type help</source>
        <translation>unbekannter Befehl &quot;%1&quot;; help eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers normally again</source>
        <translation>REST antwortet wieder normal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--times needs a positive count</source>
        <translation>--times braucht eine positive Anzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>rest needs an HTTP error status (400-599) or ok</source>
        <translation>rest braucht einen HTTP-Fehlerstatus (400-599) oder ok</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>retry-after must be a number of seconds</source>
        <translation>retry-after muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%1&quot;; type help</source>
        <translation>unerwartetes &quot;%1&quot;; help eingeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers %1 until &quot;rest ok&quot;</source>
        <translation>REST antwortet %1 bis &quot;rest ok&quot;</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>REST answers %1 for the next %n request(s)</source>
        <translation>
            <numerusform>REST antwortet %1 auf die nächste %n Anfrage</numerusform>
            <numerusform>REST antwortet %1 auf die nächsten %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rest-delay needs a delay in milliseconds</source>
        <translation>rest-delay braucht eine Verzögerung in Millisekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST answers after %1 ms</source>
        <translation>REST antwortet nach %1 ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: %1</source>
        <translation>lauscht: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>websockets: %1 open, %2 accepted</source>
        <translation>WebSockets: %1 offen, %2 angenommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels: %1 active, %2 subscriptions</source>
        <translation>Kanäle: %1 aktiv, %2 Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent subscriptions (to channels this server never resolved): %1</source>
        <translation>stumme Abonnements (auf Kanäle, die dieser Server nie aufgelöst hat): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events: %1 published, %2 frames sent, %3 bytes sent, %4 skipped for backlog</source>
        <translation>Ereignisse: %1 veröffentlicht, %2 Frames gesendet, %3 Bytes gesendet, %4 wegen Rückstau übersprungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rest: %1 requests (%2)</source>
        <translation>REST: %1 Anfragen (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bad client messages: %1, faults injected: %2, pongs: %3</source>
        <translation>fehlerhafte Client-Nachrichten: %1, eingespeiste Fehler: %2, Pongs: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
</context>
<context>
    <name>SimulatorServer</name>
    <message>
        <location filename="../lib/sim/simulatorserver.cpp" line="+73"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../lib/sim/faultinjector.cpp" line="+240"/>
        <location filename="../lib/sim/restapi.cpp" line="+110"/>
        <source>Invalid or expired API key</source>
        <translation>Ungültiger oder abgelaufener API-Schlüssel</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Invalid parameters (simulated fault)</source>
        <translation>Ungültige Parameter (simulierter Fehler)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API key lacks the required scope</source>
        <translation>Diesem API-Schlüssel fehlt die nötige Berechtigung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (simulated fault)</source>
        <translation>Nicht gefunden (simulierter Fehler)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service temporarily unavailable</source>
        <translation>Dienst vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal server error (simulated fault)</source>
        <translation>Interner Serverfehler (simulierter Fehler)</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+18"/>
        <source>No endpoint %1 %2</source>
        <translation>Kein Endpunkt %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 expects %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unrouted endpoint</source>
        <translation>Endpunkt ohne Route</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream %1 has no filter &quot;%2&quot;</source>
        <translation>Stream %1 hat keinen Filter &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream %1 requires the filter &quot;%2&quot;</source>
        <translation>Stream %1 erfordert den Filter &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chainId &quot;%1&quot; is not a supported chain (supported: %2)</source>
        <translation>chainId &quot;%1&quot; ist keine unterstützte Chain (unterstützt: %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not an EVM address (0x and 40 hex digits)</source>
        <translation>%1 &quot;%2&quot; ist keine EVM-Adresse (0x und 40 Hex-Ziffern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot; is not a Solana address (32 to 44 base58 characters)</source>
        <translation>%1 &quot;%2&quot; ist keine Solana-Adresse (32 bis 44 Base58-Zeichen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than 128 characters</source>
        <translation>%1 ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request body must be a JSON object: %1</source>
        <translation>Der Anfragerumpf muss ein JSON-Objekt sein: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>got another JSON value</source>
        <translation>ein anderer JSON-Wert erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;subscriptions&quot; must be an array</source>
        <translation>&quot;subscriptions&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscriptions[%1]: %2</source>
        <translation>subscriptions[%1]: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown stream &quot;%1&quot;</source>
        <translation>Unbekannter Stream &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>socket_id &quot;%1&quot; is not a Pusher socket id</source>
        <translation>socket_id &quot;%1&quot; ist keine Pusher-Socket-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel &quot;%1&quot; is public and needs no authorization</source>
        <translation>Kanal &quot;%1&quot; ist öffentlich und braucht keine Autorisierung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted channels are not supported (&quot;%1&quot;)</source>
        <translation>Verschlüsselte Kanäle werden nicht unterstützt (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This API key may not join channel &quot;%1&quot;</source>
        <translation>Dieser API-Schlüssel darf Kanal &quot;%1&quot; nicht beitreten</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No WebSocket endpoint at %1; use /app/&lt;appKey&gt;</source>
        <translation>Kein WebSocket-Endpunkt unter %1; /app/&lt;appKey&gt; verwenden</translation>
    </message>
    <message>
        <location filename="../lib/sim/channelhub.cpp" line="+76"/>
        <source>Could not find app by key %1</source>
        <translation>Keine App mit dem Schlüssel %1 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported protocol version</source>
        <translation>Nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Invalid channel name &quot;%1&quot;</source>
        <translation>Ungültiger Kanalname &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid channel name</source>
        <translation>ungültiger Kanalname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>existing subscription</source>
        <translation>bestehendes Abonnement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Encrypted channels are not supported</source>
        <translation>Verschlüsselte Kanäle werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth info required to subscribe to %1</source>
        <translation>Zum Abonnieren von %1 sind Autorisierungsdaten nötig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel_data required to subscribe to %1</source>
        <translation>Zum Abonnieren von %1 ist channel_data nötig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid signature for channel %1</source>
        <translation>Ungültige Signatur für Kanal %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channel_data must be a JSON object with a user_id</source>
        <translation>channel_data muss ein JSON-Objekt mit einer user_id sein</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Invalid message: %1</source>
        <translation>Ungültige Nachricht: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Client event %1 rejected: client events are not enabled for this app</source>
        <translation>Client-Ereignis %1 abgelehnt: Client-Ereignisse sind für diese App nicht aktiviert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/monitor/main.cpp" line="+51"/>
        <source>unknown profile &quot;%1&quot;; known profiles: %2</source>
        <translation>unbekanntes Profil &quot;%1&quot;; bekannte Profile: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Shuriken Stream Monitor</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Native monitor for the Shuriken trading API&apos;s real-time streams.</source>
        <translation>Nativer Monitor für die Echtzeit-Streams der Shuriken-Handels-API.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the built-in simulator, whatever profile was last used.</source>
        <translation>Den eingebauten Simulator verwenden, egal welches Profil zuletzt benutzt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to this API base URL (for this run only).</source>
        <translation>Mit dieser API-Basis-URL verbinden (nur für diesen Lauf).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this connection profile (id or name).</source>
        <translation>Mit diesem Verbindungsprofil starten (ID oder Name).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNGs of the catalog, a live event table and the debugger into &lt;dir&gt; (on the simulator, with fresh settings), then quit.</source>
        <translation>PNGs des Katalogs, einer Live-Ereignistabelle und des Debuggers in &lt;dir&gt; speichern (mit dem Simulator und frischen Einstellungen), dann beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dir</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot create a temporary directory</source>
        <translation>kann kein temporäres Verzeichnis anlegen</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="+117"/>
        <source>A local Shuriken service: the REST control plane and a Pusher protocol 7 WebSocket on one port, publishing simulated events for every stream, with fault injection. Type &quot;help&quot; on stdin for the control commands. Secrets can also come from SHURIKEN_SIM_APP_SECRET and SHURIKEN_SIM_API_KEY.</source>
        <translation>Ein lokaler Shuriken-Dienst: die REST-Steuerungsebene und ein Pusher-Protokoll-7-WebSocket auf einem Port, der simulierte Ereignisse für jeden Stream veröffentlicht, mit Fehlereinspeisung. &quot;help&quot; auf stdin eingeben, um die Steuerbefehle zu sehen. Geheimnisse können auch aus SHURIKEN_SIM_APP_SECRET und SHURIKEN_SIM_API_KEY kommen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Port to listen on (0 = any free port).</source>
        <translation>Port, auf dem gelauscht wird (0 = ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of every generator and id.</source>
        <translation>Startwert aller Generatoren und IDs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplier of every stream&apos;s rate.</source>
        <translation>Faktor für die Rate jedes Streams.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events per second of one stream, e.g. svm.token.swaps=50 (repeatable).</source>
        <translation>Ereignisse pro Sekunde eines Streams, z. B. svm.token.swaps=50 (wiederholbar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pusher application key (an --epoch above 0 appends &quot;-e&lt;N&gt;&quot;).</source>
        <translation>Pusher-Anwendungsschlüssel (ein --epoch über 0 hängt &quot;-e&lt;N&gt;&quot; an).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment number: above 0, the app key and every channel name the session endpoint resolves end in &quot;-e&lt;N&gt;&quot;, as a restarted service may hand out new ones; clients that reconnect without a new session are refused (4001) or get silent channels. 0 = the plain names.</source>
        <translation>Bereitstellungsnummer: über 0 enden der App-Schlüssel und jeder Kanalname, den der Sitzungsendpunkt auflöst, auf &quot;-e&lt;N&gt;&quot;, so wie ein neu gestarteter Dienst neue ausgeben kann; Clients, die sich ohne neue Sitzung neu verbinden, werden abgelehnt (4001) oder erhalten stumme Kanäle. 0 = die einfachen Namen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session.recommendedReconnectBackoffMs of every session answer, comma-separated milliseconds, e.g. 200,400,800.</source>
        <translation>session.recommendedReconnectBackoffMs jeder Sitzungsantwort, kommagetrennte Millisekunden, z. B. 200,400,800.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pusher application secret.</source>
        <translation>Pusher-Anwendungsgeheimnis.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require this Bearer key on REST (default: accept any).</source>
        <translation>Diesen Bearer-Schlüssel bei REST verlangen (Standard: jeden akzeptieren).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User id of presence channels.</source>
        <translation>Benutzer-ID der Presence-Kanäle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish N svm.token.swaps events per subscription as fast as the socket drains (benchmarks).</source>
        <translation>N svm.token.swaps-Ereignisse pro Abonnement so schnell veröffentlichen, wie der Socket abfließt (Benchmarks).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity_timeout announced to clients, in seconds.</source>
        <translation>An Clients gemeldetes activity_timeout, in Sekunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client silence before the server sends pusher:ping, in ms (default: the activity timeout).</source>
        <translation>Stille des Clients, bevor der Server pusher:ping sendet, in ms (Standard: das Aktivitäts-Timeout).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait for a pong before closing with 4201, in ms.</source>
        <translation>Auf ein Pong warten, bevor mit 4201 geschlossen wird, in ms.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the session endpoint without the {data: ...} envelope.</source>
        <translation>Den Sitzungsendpunkt ohne die {data: ...}-Hülle beantworten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce authEndpoint as a relative path.</source>
        <translation>authEndpoint als relativen Pfad ankündigen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portfolio/automation payloads in the Rust types&apos; snake_case form.</source>
        <translation>portfolio/automation-Nutzdaten in der snake_case-Form der Rust-Typen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A control command to run once listening, e.g. &quot;rest 429 2 --once&quot; (repeatable).</source>
        <translation>Ein Steuerbefehl, der nach dem Start ausgeführt wird, z. B. &quot;rest 429 2 --once&quot; (wiederholbar).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not read control commands.</source>
        <translation>Keine Steuerbefehle lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log every request and ping.</source>
        <translation>Jede Anfrage und jeden Ping protokollieren.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--port must be 0-65535</source>
        <translation>--port muss 0-65535 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bind needs an IP address</source>
        <translation>--bind braucht eine IP-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: listening on %1, which is not a loopback address: other machines can reach the simulator</source>
        <translation>Warnung: lausche auf %1, das ist keine Loopback-Adresse: andere Rechner können den Simulator erreichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rate must be a non-negative number</source>
        <translation>--rate muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--stream-rate needs stream=rate, got &quot;%1&quot;</source>
        <translation>--stream-rate braucht stream=rate, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--epoch must be a non-negative integer</source>
        <translation>--epoch muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--app-key, --app-secret and --user-id must not be empty</source>
        <translation>--app-key, --app-secret und --user-id dürfen nicht leer sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--firehose needs a count</source>
        <translation>--firehose braucht eine Anzahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--activity-timeout must be at least 1</source>
        <translation>--activity-timeout muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ping-interval must be a positive number of ms</source>
        <translation>--ping-interval muss eine positive Anzahl ms sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pong-timeout must be a positive number of ms</source>
        <translation>--pong-timeout muss eine positive Anzahl ms sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--backoff needs comma-separated milliseconds, got &quot;%1&quot;</source>
        <translation>--backoff braucht kommagetrennte Millisekunden, erhalten: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Shuriken simulator listening on %1</source>
        <translation>Shuriken-Simulator lauscht auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket %1 (app key %2, epoch %3); type help for commands</source>
        <translation>WebSocket %1 (App-Schlüssel %2, Epoche %3); help für Befehle eingeben</translation>
    </message>
</context>
<context>
    <name>shuriken-stream</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+67"/>
        <source>--subscribe &quot;%1&quot;: the stream id is missing</source>
        <translation>--subscribe &quot;%1&quot;: die Stream-ID fehlt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--subscribe &quot;%1&quot;: &quot;%2&quot; is not key=value</source>
        <translation>--subscribe &quot;%1&quot;: &quot;%2&quot; hat nicht die Form key=value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stream catalog (built in: the server has none)</source>
        <translation>Stream-Katalog (eingebaut: der Server hat keinen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream catalog (from the server)</source>
        <translation>Stream-Katalog (vom Server)</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>cannot replay &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht abgespielt werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the capture was cut short: the %1 bytes after its last complete record were left out</source>
        <translation>der Mitschnitt ist unvollständig: die %1 Bytes nach seinem letzten vollständigen Datensatz wurden ausgelassen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot replay &quot;%1&quot;: it records no subscription</source>
        <translation>&quot;%1&quot; kann nicht abgespielt werden: der Mitschnitt enthält kein Abonnement</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>API base URL (default %1).</source>
        <translation>API-Basis-URL (Standard %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent key (or set SHURIKEN_API_KEY).</source>
        <translation>Agent-Schlüssel (oder SHURIKEN_API_KEY setzen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the embedded simulator and connect to it.</source>
        <translation>Den eingebetteten Simulator starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to stream[:key=value,...]; repeatable.</source>
        <translation>stream[:key=value,...] abonnieren; wiederholbar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spec</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the stream catalog and exit.</source>
        <translation>Den Stream-Katalog ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Headless client for the Shuriken real-time streams: subscribes and prints events as JSON Lines.
Events go to stdout; state changes, subscription status and errors go to stderr as JSON Lines.

--record FILE writes everything the session does to a capture file (.gz compresses);
--replay FILE replays a capture or a HAR file without the network and prints what the
live run printed; --replay FILE --output har writes the capture as HAR to stdout.

--filter EXPR prints only the events the display filter EXPR matches, e.g.
  --filter &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;  (the language: docs/display-filters.md);
an invalid EXPR is a usage error, reported with its column before anything connects.

Exit codes: 0 ok (count or duration reached, the replay&apos;s end, or interrupted), 2 usage error,
3 authentication or authorization failed (key or channel refused),
4 connection or every subscription failed for good,
5 the capture file cannot be read (missing, damaged, newer format, HAR without a WebSocket)
  or written,
6 the capture was cut short (a writer killed mid-record): replayed up to the cut.</source>
        <translation>Headless-Client für die Echtzeit-Streams von Shuriken: abonniert Streams und gibt Ereignisse als JSON Lines aus.
Ereignisse gehen nach stdout; Zustandswechsel, Abonnementstatus und Fehler gehen als JSON Lines nach stderr.

--record DATEI schreibt alles, was die Sitzung tut, in eine Mitschnittdatei (.gz komprimiert);
--replay DATEI spielt einen Mitschnitt oder eine HAR-Datei ohne Netzwerk ab und gibt aus, was der
Live-Lauf ausgegeben hat; --replay DATEI --output har schreibt den Mitschnitt als HAR nach stdout.

--filter AUSDRUCK gibt nur die Ereignisse aus, auf die der Anzeigefilter AUSDRUCK passt, z. B.
  --filter &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;  (die Sprache: docs/display-filters.md);
ein ungültiger AUSDRUCK ist ein Aufruffehler und wird mit seiner Spalte gemeldet, bevor irgendeine Verbindung aufgebaut wird.

Exit-Codes: 0 OK (Anzahl oder Dauer erreicht, Ende der Wiedergabe oder unterbrochen), 2 Aufruffehler,
3 Authentifizierung oder Autorisierung fehlgeschlagen (Schlüssel oder Kanal abgelehnt),
4 Verbindung oder alle Abonnements endgültig fehlgeschlagen,
5 die Mitschnittdatei kann nicht gelesen (fehlt, beschädigt, neueres Format, HAR ohne WebSocket)
  oder nicht geschrieben werden,
6 der Mitschnitt ist abgeschnitten (ein Schreiber wurde mitten im Datensatz beendet): bis zum Schnitt abgespielt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Stop after N events (with --filter: N matching events).</source>
        <translation>Nach N Ereignissen beenden (mit --filter: nach N passenden Ereignissen).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and count only the events the display filter EXPR matches, e.g. &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;.</source>
        <translation>Nur die Ereignisse ausgeben und zählen, auf die der Anzeigefilter AUSDRUCK passt, z. B. &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after S seconds.</source>
        <translation>Nach S Sekunden beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event format: jsonl (default) or table; with --replay also har (the capture as HAR 1.2, then exit).</source>
        <translation>Ereignisformat: jsonl (Standard) oder table; mit --replay auch har (der Mitschnitt als HAR 1.2, dann beenden).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a capture of the session (frames, HTTP exchanges, state and subscription changes) to FILE; gzip when it ends in .gz.</source>
        <translation>Einen Mitschnitt der Sitzung (Frames, HTTP-Austausch, Zustands- und Abonnementänderungen) nach DATEI schreiben; mit gzip, wenn der Name auf .gz endet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Replay a capture or a HAR file instead of connecting; its subscriptions unless --subscribe narrows them.</source>
        <translation>Einen Mitschnitt oder eine HAR-Datei abspielen, statt sich zu verbinden; mit deren Abonnements, sofern --subscribe sie nicht eingrenzt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay pace: max (default, as fast as possible), or 1, 10 or 100 times the recorded pace.</source>
        <translation>Wiedergabetempo: max (Standard, so schnell wie möglich) oder das 1-, 10- oder 100-Fache des aufgezeichneten Tempos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only count events; print a summary at the end.</source>
        <translation>Ereignisse nur zählen; am Ende eine Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the key to an auth endpoint on another origin.</source>
        <translation>Den Schlüssel an einen Autorisierungs-Endpunkt mit anderem Ursprung senden.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--count needs a positive whole number</source>
        <translation>--count braucht eine positive ganze Zahl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration braucht eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output must be jsonl, table or har</source>
        <translation>--output muss jsonl, table oder har sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--output must be jsonl or table</source>
        <translation>--output muss jsonl oder table sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--replay and --%1 exclude each other</source>
        <translation>--replay und --%1 schließen einander aus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--speed must be 1, 10, 100 or max</source>
        <translation>--speed muss 1, 10, 100 oder max sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--speed needs --replay</source>
        <translation>--speed braucht --replay</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--record and --catalog exclude each other</source>
        <translation>--record und --catalog schließen einander aus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--simulator and --base-url exclude each other</source>
        <translation>--simulator und --base-url schließen einander aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the embedded simulator could not start</source>
        <translation>der eingebettete Simulator konnte nicht starten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url &quot;%1&quot; is not an absolute URL</source>
        <translation>--base-url &quot;%1&quot; ist keine absolute URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no API key: pass --api-key, set SHURIKEN_API_KEY, or use --simulator</source>
        <translation>kein API-Schlüssel: --api-key angeben, SHURIKEN_API_KEY setzen oder --simulator verwenden</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nothing to do: give at least one --subscribe (or --catalog)</source>
        <translation>nichts zu tun: mindestens ein --subscribe (oder --catalog) angeben</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="+191"/>
        <source>every subscription failed for good</source>
        <translation>alle Abonnements sind endgültig fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommand.cpp" line="+32"/>
        <source>cannot write the capture &quot;%1&quot;: %2</source>
        <translation>der Mitschnitt &quot;%1&quot; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>recording to &quot;%1&quot; stopped: %2</source>
        <translation>die Aufzeichnung nach &quot;%1&quot; wurde beendet: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the capture has no subscription %1 (it has: %2)</source>
        <translation>der Mitschnitt hat kein Abonnement %1 (er hat: %2)</translation>
    </message>
</context>
<context>
    <name>shuriken::AboutBox</name>
    <message>
        <location filename="../app/monitor/aboutbox.cpp" line="+11"/>
        <source>&lt;h3&gt;Shuriken Stream Monitor %1&lt;/h3&gt;&lt;p&gt;A native monitor for the Shuriken trading API&apos;s real-time streams.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;%4&lt;br/&gt;%5, %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shuriken Stream Monitor %1&lt;/h3&gt;&lt;p&gt;Ein nativer Monitor für die Echtzeit-Streams der Shuriken-Handels-API.&lt;/p&gt;&lt;p&gt;Qt %2 (gebaut mit %3)&lt;br/&gt;%4&lt;br/&gt;%5, %6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown compiler</source>
        <translation>unbekannter Compiler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Shuriken Stream Monitor</source>
        <translation>Über Shuriken Stream Monitor</translation>
    </message>
</context>
<context>
    <name>shuriken::ApiClient</name>
    <message>
        <location filename="../lib/api/apiclient.cpp" line="+152"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the API&apos;s origin (%2) and the API key is only sent to the API; allow foreign auth origins if you trust that server</source>
        <translation>%1 ist nicht der Ursprung der API (%2), und der API-Schlüssel wird nur an die API gesendet; fremde Autorisierungs-Ursprünge erlauben, wenn Sie diesem Server vertrauen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not the API&apos;s origin and does not use https: the API key would travel in clear text, so it is not sent there</source>
        <translation>%1 ist nicht der Ursprung der API und verwendet kein https: Der API-Schlüssel würde im Klartext übertragen und wird deshalb nicht dorthin gesendet</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>no complete answer within %1 ms</source>
        <translation>keine vollständige Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the server redirected to %1; redirects are not followed so that the API key stays with the API</source>
        <translation>der Server hat zu %1 umgeleitet; Umleitungen werden nicht verfolgt, damit der API-Schlüssel bei der API bleibt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>der Rumpf ist kein JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the body is JSON but not an object</source>
        <translation>der Rumpf ist JSON, aber kein Objekt</translation>
    </message>
</context>
<context>
    <name>shuriken::CaptureControls</name>
    <message>
        <location filename="../app/monitor/capturecontrols.cpp" line="+56"/>
        <source>&amp;Open Capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Open Capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Captures and HAR files (*.jsonl *.jsonl.gz *.gz *.har);;All files (*)</source>
        <translation>Mitschnitte und HAR-Dateien (*.jsonl *.jsonl.gz *.gz *.har);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;Capture…</source>
        <translation>Mitschnitt &amp;speichern…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Capture</source>
        <translation>Mitschnitt schl&amp;ießen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As fast as possible</source>
        <translation>So schnell wie möglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1× recorded pace</source>
        <translation>1× Aufnahmetempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10× recorded pace</source>
        <translation>10× Aufnahmetempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100× recorded pace</source>
        <translation>100× Aufnahmetempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay position: drag to move through the capture</source>
        <translation>Wiedergabeposition: ziehen, um sich durch den Mitschnitt zu bewegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close Capture</source>
        <translation>Mitschnitt schließen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading capture %1… %2%</source>
        <comment>file name, percent</comment>
        <translation>Lese Mitschnitt %1… %2 %</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Capture %1 · %2 to %3 · %n entries</source>
        <translation>
            <numerusform>Mitschnitt %1 · %2 bis %3 · %n Eintrag</numerusform>
            <numerusform>Mitschnitt %1 · %2 bis %3 · %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay</source>
        <translation>Erneut abspielen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>shuriken::CatalogView</name>
    <message>
        <location filename="../app/monitor/catalogview.cpp" line="+41"/>
        <source>Search streams (Ctrl+F)</source>
        <translation>Streams durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to the selected stream</source>
        <translation>Den ausgewählten Stream abonnieren</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n stream(s)</source>
        <translation>
            <numerusform>%1 von %n Stream</numerusform>
            <numerusform>%1 von %n Streams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog: built in (the server did not provide one)</source>
        <translation>Katalog: eingebaut (der Server hat keinen geliefert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: from the server</source>
        <translation>Katalog: vom Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a stream to see its filters and payload schema.</source>
        <translation>Einen Stream auswählen, um seine Filter und sein Nutzdaten-Schema zu sehen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema id</source>
        <translation>Schema-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters.</source>
        <translation>Keine Filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needs channel authorization with your API key.</source>
        <translation>Braucht eine Kanal-Autorisierung mit Ihrem API-Schlüssel.</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelAuthorizer</name>
    <message>
        <location filename="../lib/api/channelauthorizer.cpp" line="+21"/>
        <source>no channel authorization endpoint is known yet; bootstrap a session first</source>
        <translation>noch kein Endpunkt für die Kanal-Autorisierung bekannt; zuerst eine Sitzung aufbauen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>channel authorization needs HTTP 200, the server answered %1</source>
        <translation>die Kanal-Autorisierung braucht HTTP 200, der Server antwortete %1</translation>
    </message>
</context>
<context>
    <name>shuriken::ColouringRulesDialog</name>
    <message>
        <location filename="../app/monitor/colouringrulesdialog.cpp" line="+23"/>
        <source>Colouring Rules</source>
        <translation>Farbregeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row takes the colours of the first enabled rule whose display filter matches it.</source>
        <translation>Eine Zeile erhält die Farben der ersten aktivierten Regel, deren Anzeigefilter auf sie passt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colouring rules</source>
        <translation>Farbregeln</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <comment>colouring rule</comment>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>colouring rule</comment>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A display filter, e.g. isBuy &amp;&amp; sizeUsd &gt; 10000</source>
        <translation>Ein Anzeigefilter, z. B. isBuy &amp;&amp; sizeUsd &gt; 10000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreground…</source>
        <translation>Vordergrund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background…</source>
        <translation>Hintergrund…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme Colours</source>
        <translation>Designfarben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the theme&apos;s text and background colours for this rule</source>
        <translation>Für diese Regel die Text- und Hintergrundfarben des Designs verwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Colouring &amp;Rules…</source>
        <translation>Fa&amp;rbregeln…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New rule</source>
        <translation>Neue Regel</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Foreground of “%1”</source>
        <translation>Vordergrund von „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background of “%1”</source>
        <translation>Hintergrund von „%1“</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::ColumnSchemaSet</name>
    <message>
        <location filename="../lib/events/columnschema.cpp" line="+43"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price USD</source>
        <translation>Preis USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size SOL</source>
        <translation>Menge SOL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size USD</source>
        <translation>Menge USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maker</source>
        <translation>Maker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>Symbol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre balance</source>
        <translation>Saldo vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post balance</source>
        <translation>Saldo nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals</source>
        <translation>Dezimalstellen</translation>
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
        <translation>Halter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 balance</source>
        <translation>Saldo Top 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer balance</source>
        <translation>Entwickler-Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snipers</source>
        <translation>Sniper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insiders</source>
        <translation>Insider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundlers</source>
        <translation>Bundler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought USD</source>
        <translation>Gekauft USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold USD</source>
        <translation>Verkauft USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buys</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sells</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token balance</source>
        <translation>Token-Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer</source>
        <translation>Entwickler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre lamports</source>
        <translation>Lamports vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post lamports</source>
        <translation>Lamports nachher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEX</source>
        <translation>DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>Kurve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination pool</source>
        <translation>Ziel-Pool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination DEX</source>
        <translation>Ziel-DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>Chain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount native</source>
        <translation>Betrag nativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount USD</source>
        <translation>Betrag USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidity USD</source>
        <translation>Liquidität USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market cap USD</source>
        <translation>Marktkapitalisierung USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal time</source>
        <translation>Signalzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message time</source>
        <translation>Nachrichtenzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionPanel</name>
    <message>
        <location filename="../app/monitor/connectionpanel.cpp" line="+36"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit connection profiles</source>
        <translation>Verbindungsprofile bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profiles</source>
        <translation>Profile bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pusher socket_id of this connection</source>
        <translation>Pusher-socket_id dieser Verbindung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebSocket host</source>
        <translation>WebSocket-Host</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round trip of the last ping</source>
        <translation>Umlaufzeit des letzten Pings</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>retrying…</source>
        <translation>neuer Versuch…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next attempt in %1 s</source>
        <translation>nächster Versuch in %1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>socket %1</source>
        <translation>Socket %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RTT %1 ms</source>
        <translation>RTT %1 ms</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionTimelineModel</name>
    <message>
        <location filename="../lib/models/connectiontimelinemodel.cpp" line="+27"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <comment>connection timeline column: state change, reconnect or error</comment>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>connection timeline column: connection state</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>state</source>
        <comment>connection timeline entry kind</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect</source>
        <comment>connection timeline entry kind</comment>
        <translation>Neuverbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <comment>connection timeline entry kind</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 at %2 (in %3 ms)</source>
        <translation>Versuch %1 um %2 (in %3 ms)</translation>
    </message>
</context>
<context>
    <name>shuriken::DebuggerView</name>
    <message>
        <location filename="../app/monitor/debuggerview.cpp" line="+72"/>
        <source>data, decoded:</source>
        <translation>data, dekodiert:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hide pusher:ping and pusher:pong frames (they stay in the log)</source>
        <translation>pusher:ping- und pusher:pong-Frames ausblenden (sie bleiben im Protokoll)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In and out</source>
        <translation>Ein- und ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming only</source>
        <translation>Nur eingehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing only</source>
        <translation>Nur ausgehend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter frames by event, channel or text</source>
        <translation>Frames nach Ereignis, Kanal oder Text filtern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the newest frames in view</source>
        <translation>Die neuesten Frames im Blick behalten</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Frames</source>
        <translation>Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates</source>
        <translation>Raten</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide heart&amp;beats</source>
        <translation>Heart&amp;beats ausblenden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <comment>frame log</comment>
        <translation>Leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides the frames shown so far. The flight recorder keeps them for a saved capture.</source>
        <translation>Blendet die bisher gezeigten Frames aus. Der Flugschreiber behält sie für einen gespeicherten Mitschnitt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a frame to see its whole text</source>
        <translation>Einen Frame auswählen, um seinen ganzen Text zu sehen</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Events per second, last 60 s</source>
        <translation>Ereignisse pro Sekunde, letzte 60 s</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event bytes</source>
        <translation>Ereignis-Bytes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames in</source>
        <translation>Frames ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames out</source>
        <translation>Frames aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>Bytes ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>Bytes aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed frames</source>
        <translation>Fehlerhafte Frames</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrouted events</source>
        <translation>Nicht zugeordnete Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects</source>
        <translation>Neuverbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session requests</source>
        <translation>Sitzungsanfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth requests</source>
        <translation>Autorisierungsanfragen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 frames</source>
        <translation>%1 von %2 Frames</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go by the flight recorder</source>
        <translation>%1 vom Flugschreiber verworfen</translation>
    </message>
</context>
<context>
    <name>shuriken::DisplayFilterEdit</name>
    <message>
        <location filename="../app/monitor/displayfilteredit.cpp" line="+48"/>
        <source>Save this filter, or apply a saved or recent one</source>
        <translation>Diesen Filter speichern oder einen gespeicherten oder zuletzt verwendeten anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter bookmarks</source>
        <translation>Lesezeichen für Anzeigefilter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply a display filter… &lt;Ctrl-/&gt;</source>
        <translation>Anzeigefilter anwenden… &lt;Ctrl-/&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter</source>
        <translation>Anzeigefilter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <comment>display filter</comment>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this display filter (Enter)</source>
        <translation>Diesen Anzeigefilter anwenden (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply display filter</source>
        <translation>Anzeigefilter anwenden</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Valid display filter</source>
        <translation>Gültiger Anzeigefilter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid display filter: %1</source>
        <translation>Ungültiger Anzeigefilter: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A display filter such as isBuy &amp;&amp; priceUsd &gt; 150 (see docs/display-filters.md); Enter applies it</source>
        <translation>Ein Anzeigefilter wie isBuy &amp;&amp; priceUsd &gt; 150 (siehe docs/display-filters.md); Enter wendet ihn an</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save Display Filter</source>
        <translation>Anzeigefilter speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the filter:</source>
        <translation>Name des Filters:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save This Filter…</source>
        <translation>Diesen Filter speichern…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Saved Filter</source>
        <translation>Gespeicherten Filter entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved Filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent Filters</source>
        <translation>Zuletzt verwendete Filter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear Recent Filters</source>
        <translation>Zuletzt verwendete Filter löschen</translation>
    </message>
</context>
<context>
    <name>shuriken::EventFilterProxyModel</name>
    <message>
        <location filename="../lib/models/eventfilterproxymatching.cpp" line="+23"/>
        <source>%1 (at position %2)</source>
        <translation>%1 (an Position %2)</translation>
    </message>
    <message>
        <location filename="../lib/models/eventfilterproxymodel.cpp" line="+235"/>
        <source>Δ displayed</source>
        <translation>Δ angezeigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since reference</source>
        <translation>Seit Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds since the row shown above</source>
        <translation>Sekunden seit der darüber angezeigten Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds since the time reference row (Ctrl+T)</source>
        <translation>Sekunden seit der Zeile der Zeitreferenz (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableModel</name>
    <message>
        <location filename="../lib/models/eventtablemodelcustom.cpp" line="+122"/>
        <source>The field %1 of each event (a custom column)</source>
        <translation>Das Feld %1 jedes Ereignisses (eine benutzerdefinierte Spalte)</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableView</name>
    <message>
        <location filename="../app/monitor/eventtableview.cpp" line="+55"/>
        <source>Freeze this table; events arriving meanwhile are let go and counted</source>
        <translation>Diese Tabelle einfrieren; Ereignisse, die inzwischen eintreffen, werden verworfen und gezählt</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+175"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest rows in view; scrolling away stops following, scrolling back to the end resumes it</source>
        <translation>Die neuesten Zeilen im Blick behalten; Wegscrollen beendet das Folgen, Zurückscrollen ans Ende setzt es fort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Treat the filter as a regular expression</source>
        <translation>Den Filter als regulären Ausdruck behandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column the filter looks at</source>
        <translation>Spalte, die der Filter betrachtet</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>All columns</source>
        <translation>Alle Spalten</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Indent</source>
        <comment>pretty-print JSON</comment>
        <translation>Einrücken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the payload indented instead of exactly as it arrived</source>
        <translation>Die Nutzdaten eingerückt zeigen statt genau so, wie sie ankamen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Raw payload of the selected event</source>
        <translation>Rohe Nutzdaten des ausgewählten Ereignisses</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy Cell</source>
        <translation>Zelle kopieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear Table</source>
        <translation>Tabelle leeren</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Arrival Order</source>
        <translation>Ankunftsreihenfolge</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Set Time Reference</source>
        <translation>Zeitreferenz setzen</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Column</source>
        <translation>Spalte entfernen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go</source>
        <translation>%1 verworfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows are let go when the table is full (%1 rows, see Settings) or paused: %2 evicted, %3 while paused</source>
        <translation>Zeilen werden verworfen, wenn die Tabelle voll ist (%1 Zeilen, siehe Einstellungen) oder angehalten ist: %2 verdrängt, %3 während der Pause</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a row to see the whole event.</source>
        <translation>Eine Zeile auswählen, um das ganze Ereignis zu sehen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received %1</source>
        <translation>Empfangen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object: %1</source>
        <translation>kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields not in the schema: %1</source>
        <translation>Felder, die nicht im Schema stehen: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventtableviewfilter.cpp" line="+34"/>
        <source>Go to Display Filter</source>
        <translation>Zum Anzeigefilter</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Selected</source>
        <comment>apply as filter</comment>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Selected</source>
        <comment>apply as filter</comment>
        <translation>Nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and Selected</source>
        <comment>apply as filter</comment>
        <translation>…und ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or Selected</source>
        <comment>apply as filter</comment>
        <translation>…oder ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and not Selected</source>
        <comment>apply as filter</comment>
        <translation>…und nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or not Selected</source>
        <comment>apply as filter</comment>
        <translation>…oder nicht ausgewählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply as Filter</source>
        <translation>Als Filter anwenden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare as Filter</source>
        <translation>Als Filter vorbereiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply as Column</source>
        <translation>Als Spalte anwenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A table column with this field of every event</source>
        <translation>Eine Tabellenspalte mit diesem Feld jedes Ereignisses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as Filter</source>
        <translation>Als Filter kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Field Path</source>
        <translation>Feldpfad kopieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plot</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chart of this field over time, for the rows the table shows</source>
        <translation>Ein Diagramm dieses Felds im Zeitverlauf, für die Zeilen, die die Tabelle zeigt</translation>
    </message>
</context>
<context>
    <name>shuriken::FieldPlotWindow</name>
    <message>
        <location filename="../app/monitor/fieldplotwindow.cpp" line="+35"/>
        <source>Plot: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Moving average over</source>
        <translation>Gleitender Durchschnitt über</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashed line of each field is the average of this many points up to each point</source>
        <translation>Die gestrichelte Linie jedes Felds ist der Durchschnitt aus so vielen Punkten bis zum jeweiligen Punkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a condition, not a value to plot</source>
        <translation>%1 ist eine Bedingung, kein Wert für ein Diagramm</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (moving average)</source>
        <translation>%1 (gleitender Durchschnitt)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2 values · minimum %3 · maximum %4 · average %5</source>
        <translation>%1: %2 Werte · Minimum %3 · Maximum %4 · Durchschnitt %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows without a number</source>
        <translation>%1 Zeilen ohne Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the table…</source>
        <translation>Tabelle wird gelesen…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Export Plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>shuriken::FilterValueValidator</name>
    <message>
        <location filename="../app/monitor/filtervalidator.cpp" line="+60"/>
        <source>base58 address (32–44 characters)</source>
        <translation>Base58-Adresse (32–44 Zeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0x followed by 40 hex digits</source>
        <translation>0x gefolgt von 40 Hex-Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal chain id, e.g. 1 or 8453</source>
        <translation>dezimale Chain-ID, z. B. 1 oder 8453</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a Solana address is 32 to 44 base58 characters</source>
        <translation>eine Solana-Adresse hat 32 bis 44 Base58-Zeichen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an EVM address is 0x followed by 40 hex digits</source>
        <translation>eine EVM-Adresse ist 0x gefolgt von 40 Hex-Ziffern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a chain id is a positive decimal number</source>
        <translation>eine Chain-ID ist eine positive Dezimalzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is empty</source>
        <translation>der Wert ist leer</translation>
    </message>
</context>
<context>
    <name>shuriken::FrameLogModel</name>
    <message>
        <location filename="../lib/models/framelogmodel.cpp" line="+57"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir</source>
        <comment>frame log column: in or out</comment>
        <translation>Richt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>frame log column: Pusher event name</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>frame log column: bytes</comment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame</source>
        <comment>frame log column: frame text</comment>
        <translation>Frame</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in</source>
        <comment>frame direction</comment>
        <translation>ein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <comment>frame direction</comment>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>binärer Frame mit %1 Bytes (das Protokoll verwendet nur Text-Frames)</translation>
    </message>
</context>
<context>
    <name>shuriken::HttpLogModel</name>
    <message>
        <location filename="../lib/models/httplogmodel.cpp" line="+48"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <comment>HTTP method</comment>
        <translation>Methode</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTP answer</source>
        <translation>Keine HTTP-Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
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
        <location filename="../app/monitor/jsontreemodel.cpp" line="+293"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integer</source>
        <translation>Ganzzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not described by the stream&apos;s schema</source>
        <translation>%1 ist im Schema des Streams nicht beschrieben</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>shuriken::MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="+66"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Shuriken Stream Monitor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event table is open.

Double-click a stream in the catalog to subscribe, or open a subscription&apos;s tab from the Subscriptions list.</source>
        <translation>Keine Ereignistabelle ist geöffnet.

Einen Stream im Katalog doppelklicken, um ihn zu abonnieren, oder den Tab eines Abonnements über die Abonnementliste öffnen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Connected to the built-in simulator — no real market data.</source>
        <translation>Mit dem eingebauten Simulator verbunden — keine echten Marktdaten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure API Key…</source>
        <translation>API-Schlüssel einrichten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Shuriken agent key to see real data</source>
        <translation>Ihren Shuriken-Agent-Schlüssel eingeben, um echte Daten zu sehen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter API Key…</source>
        <translation>API-Schlüssel eingeben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain is available: API keys are kept for this session only and must be entered again after a restart.</source>
        <translation>Kein System-Schlüsselbund verfügbar: API-Schlüssel werden nur für diese Sitzung behalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <comment>connect again</comment>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles…</source>
        <translation>Profile…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection Debugger</source>
        <translation>Verbindungs-Debugger</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unsubscribed from %1</source>
        <translation>Abonnement von %1 beendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Visible Table as &amp;CSV…</source>
        <translation>Sichtbare Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Visible Table as &amp;JSON Lines…</source>
        <translation>Sichtbare Tabelle als &amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Stream</source>
        <translation>Stream &amp;suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;Rows</source>
        <translation>Zeilen &amp;filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Heartbeats</source>
        <translation>&amp;Heartbeats ausblenden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pick a stream in the catalog first.</source>
        <translation>Zuerst einen Stream im Katalog auswählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unsubscribe Current Tab</source>
        <translation>Abonnement des aktuellen Tabs &amp;beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Shuriken Stream Monitor</source>
        <translation>&amp;Über Shuriken Stream Monitor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile “%1” needs an agent key before it can connect.</source>
        <translation>Das Profil „%1“ braucht einen Agent-Schlüssel, bevor es sich verbinden kann.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in simulator could not start: %1</source>
        <translation>Der eingebaute Simulator konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog unavailable (%1); showing the built-in catalog.</source>
        <translation>Katalog nicht verfügbar (%1); der eingebaute Katalog wird angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no catalog endpoint; showing the built-in catalog.</source>
        <translation>Der Server hat keinen Katalog-Endpunkt; der eingebaute Katalog wird angezeigt.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 — Shuriken Stream Monitor</source>
        <translation>%1 — Shuriken Stream Monitor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection failed.</source>
        <translation>Die Verbindung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1
Closing the tab keeps the subscription running; unsubscribe from the Subscriptions list or this tab&apos;s context menu.</source>
        <translation>%1
Das Schließen des Tabs lässt das Abonnement weiterlaufen; das Abonnement über die Abonnementliste oder das Kontextmenü dieses Tabs beenden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 keeps running. Open its tab again from the Subscriptions list.</source>
        <translation>%1 läuft weiter. Den Tab über die Abonnementliste wieder öffnen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>Abonnement beenden</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 events/s · %2 frames/s · %3 · %4 rows let go</source>
        <translation>%1 Ereignisse/s · %2 Frames/s · %3 · %4 Zeilen verworfen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Export Visible Table as JSON Lines</source>
        <translation>Sichtbare Tabelle als JSON Lines exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Visible Table as CSV</source>
        <translation>Sichtbare Tabelle als CSV exportieren</translation>
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
            <numerusform>Exportiere %n Zeile nach %1…</numerusform>
            <numerusform>Exportiere %n Zeilen nach %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to %1 failed: %2</source>
        <translation>Export nach %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::MessageBanner</name>
    <message>
        <location filename="../app/monitor/messagebanner.cpp" line="+58"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorController</name>
    <message>
        <location filename="../app/monitor/monitorcontrollercapture.cpp" line="+60"/>
        <location line="+58"/>
        <source>the capture holds no subscription to replay</source>
        <translation>der Mitschnitt enthält kein Abonnement, das abgespielt werden kann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read again</source>
        <translation>die Datei kann nicht erneut gelesen werden</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorSettings</name>
    <message>
        <location filename="../app/monitor/monitorsettings.cpp" line="+338"/>
        <source>Payload not parsed</source>
        <translation>Nutzdaten nicht ausgewertet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap buys</source>
        <translation>Swap-Käufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap sells</source>
        <translation>Swap-Verkäufe</translation>
    </message>
</context>
<context>
    <name>shuriken::Profile</name>
    <message>
        <location filename="../app/monitor/profile.cpp" line="+11"/>
        <source>Built-in simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Shuriken API</source>
        <translation>Shuriken-API</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter an absolute URL such as https://api.shuriken.trade.</source>
        <translation>Eine absolute URL wie https://api.shuriken.trade eingeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must start with http:// or https://.</source>
        <translation>Die Basis-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL has no host.</source>
        <translation>Die Basis-URL hat keinen Host.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the API key in the key field, not in the URL.</source>
        <translation>Den API-Schlüssel ins Schlüsselfeld eintragen, nicht in die URL.</translation>
    </message>
</context>
<context>
    <name>shuriken::ProfileDialog</name>
    <message>
        <location filename="../app/monitor/profiledialog.cpp" line="+26"/>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sk_… (leave empty to keep the stored key)</source>
        <translation>sk_… (leer lassen, um den gespeicherten Schlüssel zu behalten)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the key while typing</source>
        <translation>Den Schlüssel beim Tippen anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget Key</source>
        <translation>Schlüssel vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored key from the keychain when you press OK</source>
        <translation>Den gespeicherten Schlüssel beim Klick auf OK aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent &amp;key:</source>
        <translation>Agent-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The built-in simulator runs inside the monitor on a loopback port and needs no key. Its data is generated, not real market data.</source>
        <translation>Der eingebaute Simulator läuft im Monitor auf einem Loopback-Port und braucht keinen Schlüssel. Seine Daten sind erzeugt, keine echten Marktdaten.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>(chosen when the simulator starts)</source>
        <translation>(wird beim Start des Simulators gewählt)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The new key %1 is stored when you press OK.</source>
        <translation>Der neue Schlüssel %1 wird beim Klick auf OK gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored key is removed when you press OK.</source>
        <translation>Der gespeicherte Schlüssel wird beim Klick auf OK entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the stored key…</source>
        <translation>Gespeicherter Schlüssel wird gesucht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored. The Shuriken API needs an agent key.</source>
        <translation>Kein Schlüssel gespeichert. Die Shuriken-API braucht einen Agent-Schlüssel.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key stored.</source>
        <translation>Kein Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored: %1</source>
        <translation>Ein Schlüssel ist gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available: keys are kept for this session only.</source>
        <translation>Kein System-Schlüsselbund verfügbar: Schlüssel werden nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::RateChart</name>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="+36"/>
        <source>events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
</context>
<context>
    <name>shuriken::SaveCaptureDialog</name>
    <message>
        <location filename="../app/monitor/savecapturedialog.cpp" line="+40"/>
        <location line="+138"/>
        <location line="+6"/>
        <source>Save Capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Everything the flight recorder holds (nothing yet)</source>
        <translation>&amp;Alles, was der Flugschreiber enthält (noch nichts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everything the flight recorder holds (%1 to %2)</source>
        <translation>&amp;Alles, was der Flugschreiber enthält (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;last</source>
        <translation>Die &amp;letzten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time range of the &amp;selected frames (%1 to %2)</source>
        <translation>Der Zeitraum der aus&amp;gewählten Frames (%1 bis %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time range of the &amp;selected frames (select frames in the debugger)</source>
        <translation>Der Zeitraum der aus&amp;gewählten Frames (Frames im Debugger auswählen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON Lines, read by jq; a name ending in .gz is compressed (zcat reads it). Secrets are redacted, as in the debugger.</source>
        <translation>JSON Lines, lesbar mit jq; ein Name, der auf .gz endet, wird komprimiert (zcat liest ihn). Geheimnisse werden geschwärzt, wie im Debugger.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not save the capture: %1</source>
        <translation>Der Mitschnitt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Captures, compressed (*.jsonl.gz);;Captures (*.jsonl);;All files (*)</source>
        <translation>Mitschnitte, komprimiert (*.jsonl.gz);;Mitschnitte (*.jsonl);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>shuriken::ScreenshotRunner</name>
    <message>
        <location filename="../app/monitor/screenshotrunner.cpp" line="+42"/>
        <source>cannot create %1</source>
        <translation>kann %1 nicht anlegen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timed out at step %1</source>
        <translation>Zeitüberschreitung bei Schritt %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event table went away</source>
        <translation>die Ereignistabelle ist verschwunden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not save %1</source>
        <translation>konnte %1 nicht speichern</translation>
    </message>
</context>
<context>
    <name>shuriken::SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> rows</source>
        <translation> Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows kept per &amp;event table:</source>
        <translation>Zeilen je &amp;Ereignistabelle:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;size:</source>
        <translation>&amp;Größe des Flugschreibers:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;time span:</source>
        <translation>&amp;Zeitspanne des Flugschreibers:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events that arrive within one interval reach the tables together and cost one repaint; a new row shows within the interval.</source>
        <translation>Ereignisse, die innerhalb eines Intervalls eintreffen, erreichen die Tabellen gemeinsam und kosten ein Neuzeichnen; eine neue Zeile erscheint innerhalb des Intervalls.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table &amp;update interval:</source>
        <translation>&amp;Aktualisierungsintervall der Tabellen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables keep the newest rows and count the ones they let go. Each row costs roughly the size of its payload, so 100,000 rows of swaps take some 100 MB.
The flight recorder keeps every frame, HTTP exchange and state change from start-up for the connection debugger and File → Save Capture: 512 MB hold 15 minutes of 1,000 swaps a second.</source>
        <translation>Tabellen behalten die neuesten Zeilen und zählen die verworfenen. Jede Zeile kostet etwa die Größe ihrer Nutzdaten, 100.000 Zeilen Swaps belegen also rund 100 MB.
Der Flugschreiber behält seit dem Start jeden Frame, jeden HTTP-Austausch und jeden Zustandswechsel für den Verbindungs-Debugger und Datei → Mitschnitt speichern: 512 MB fassen 15 Minuten mit 1.000 Swaps pro Sekunde.</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamCatalogModel</name>
    <message>
        <location filename="../lib/models/streamcatalogmodel.cpp" line="+141"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <comment>stream catalog column: filter names a stream takes</comment>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>stream catalog column: Pusher event name</comment>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n stream(s)</source>
        <comment>catalog namespace row</comment>
        <translation>
            <numerusform>%n Stream</numerusform>
            <numerusform>%n Streams</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>public</source>
        <comment>stream visibility</comment>
        <translation>öffentlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <comment>stream visibility</comment>
        <translation>privat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence</source>
        <comment>stream visibility</comment>
        <translation>Presence</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <comment>stream without filters</comment>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamClient</name>
    <message>
        <location filename="../lib/streams/streamclient.cpp" line="+153"/>
        <source>requesting a session</source>
        <translation>Sitzung wird angefordert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected by the user</source>
        <translation>vom Benutzer getrennt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>waiting for a connection</source>
        <translation>warten auf eine Verbindung</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+46"/>
        <source>resolving the channel</source>
        <translation>Kanal wird aufgelöst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsubscribed</source>
        <translation>abbestellt</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientsession.cpp" line="+137"/>
        <source>the session response has no entry for this stream</source>
        <translation>die Sitzungsantwort hat keinen Eintrag für diesen Stream</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>session request failed (%1); retrying in %2 s</source>
        <translation>Sitzungsanfrage fehlgeschlagen (%1); neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientchannels.cpp" line="+68"/>
        <location line="+32"/>
        <source>authorizing the channel</source>
        <translation>Kanal wird autorisiert</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+61"/>
        <source>waiting for the server&apos;s confirmation</source>
        <translation>warten auf die Bestätigung des Servers</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+170"/>
        <source>waiting for the connection</source>
        <translation>warten auf die Verbindung</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>channel authorization failed: %1</source>
        <translation>Kanal-Autorisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no confirmation from the server within %1 s</source>
        <translation>keine Bestätigung vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>%1 (channel %2)</source>
        <translation>%1 (Kanal %2)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>subscription refused (%1): %2</source>
        <translation>Abonnement abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription refused: %1</source>
        <translation>Abonnement abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>server error %1: %2</source>
        <translation>Serverfehler %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error: %1</source>
        <translation>Serverfehler: %1</translation>
    </message>
    <message>
        <location filename="../lib/events/eventrowbuilder.cpp" line="+29"/>
        <source>the payload is empty</source>
        <translation>die Nutzdaten sind leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid UTF-8</source>
        <translation>die Nutzdaten sind kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payload has a number that is malformed or out of range</source>
        <translation>die Nutzdaten enthalten eine fehlerhafte oder zu große Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payload has a malformed string</source>
        <translation>die Nutzdaten enthalten eine fehlerhafte Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is nested too deeply</source>
        <translation>die Nutzdaten sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid JSON</source>
        <translation>die Nutzdaten sind kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the payload is not a JSON object</source>
        <translation>die Nutzdaten sind kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientreplay.cpp" line="+64"/>
        <source>the recorded request got no answer</source>
        <translation>die aufgezeichnete Anfrage bekam keine Antwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recorded answer is not a JSON object</source>
        <translation>die aufgezeichnete Antwort ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscribeDialog</name>
    <message>
        <location filename="../app/monitor/subscribedialog.cpp" line="+20"/>
        <source>Subscribe to %1</source>
        <translation>%1 abonnieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is a %1 stream: the server authorizes it with your API key.</source>
        <translation>Dies ist ein %1-Stream: Der Server autorisiert ihn mit Ihrem API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This stream takes no filters.</source>
        <translation>Dieser Stream hat keine Filter.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subscribe</source>
        <translation>Abonnieren</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
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
        <location filename="../lib/streams/subscription.cpp" line="+17"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authorizing</source>
        <translation>wird autorisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribing</source>
        <translation>wird abonniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribed</source>
        <translation>abonniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsubscribed</source>
        <translation>abbestellt</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionModel</name>
    <message>
        <location filename="../lib/models/subscriptionmodel.cpp" line="+47"/>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <comment>subscription column: the stream filter</comment>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <comment>subscription column: why the status is what it is</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events/s</source>
        <translation>Ereignisse/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <comment>subscription column: total events received</comment>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Letztes Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps</source>
        <comment>subscription column: events missing by sequence number</comment>
        <translation>Lücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionsView</name>
    <message>
        <location filename="../app/monitor/subscriptionsview.cpp" line="+76"/>
        <source>Open &amp;Tab</source>
        <translation>&amp;Tab öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>P&amp;ause</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Unsubscribe</source>
        <translation>Abonnement &amp;beenden</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Tab</source>
        <translation>Tab öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe</source>
        <translation>Abonnement beenden</translation>
    </message>
</context>
<context>
    <name>shuriken::Translations</name>
    <message>
        <location filename="../app/common/translations.cpp" line="+28"/>
        <source>English</source>
        <comment>the name of the language you translate into, written in that language</comment>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>System language</source>
        <comment>language chooser: follow the desktop&apos;s language</comment>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::CloseReason</name>
    <message>
        <location filename="../lib/pusher/closereason.cpp" line="+18"/>
        <source>normal closure</source>
        <translation>normales Schließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going away</source>
        <translation>Gegenstelle geht weg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protocol error</source>
        <translation>Protokollfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported data</source>
        <translation>nicht unterstützte Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no status code</source>
        <translation>kein Statuscode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid frame payload</source>
        <translation>ungültige Frame-Nutzdaten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy violation</source>
        <translation>Richtlinienverstoß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message too big</source>
        <translation>Nachricht zu groß</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing extension</source>
        <translation>fehlende Erweiterung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal server error</source>
        <translation>interner Serverfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application only accepts TLS</source>
        <translation>Anwendung akzeptiert nur TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application does not exist</source>
        <translation>Anwendung existiert nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application disabled</source>
        <translation>Anwendung deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over connection quota</source>
        <translation>Verbindungskontingent überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path not found</source>
        <translation>Pfad nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid version string format</source>
        <translation>ungültiges Format der Versionsangabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported protocol version</source>
        <translation>nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no protocol version supplied</source>
        <translation>keine Protokollversion angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection unauthorized</source>
        <translation>Verbindung nicht autorisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over capacity</source>
        <translation>Kapazität überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic reconnect immediately</source>
        <translation>allgemein: sofort neu verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pong not received</source>
        <translation>kein Pong erhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed after inactivity</source>
        <translation>nach Inaktivität geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client event rate limit exceeded</source>
        <translation>Ratenlimit für Client-Ereignisse überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watchlist limit exceeded</source>
        <translation>Watchlist-Limit überschritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server busy</source>
        <translation>Server ausgelastet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect immediately</source>
        <translation>sofort neu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown close code</source>
        <translation>unbekannter Close-Code</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherConnection</name>
    <message>
        <location filename="../lib/pusher/pusherconnection.cpp" line="+86"/>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>Verbindet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>Verbindet erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid WebSocket endpoint (host, port and app key are required)</source>
        <translation>ungültiger WebSocket-Endpunkt (Host, Port und App-Schlüssel sind nötig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting to %1:%2</source>
        <translation>Verbindung zu %1:%2 wird hergestellt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closed by the user</source>
        <translation>vom Benutzer geschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the refreshed session has no valid WebSocket endpoint</source>
        <translation>die erneuerte Sitzung hat keinen gültigen WebSocket-Endpunkt</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>TLS error: %1</source>
        <translation>TLS-Fehler: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>binärer Frame mit %1 Bytes (das Protokoll verwendet nur Text-Frames)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the recording continues on a new connection</source>
        <translation>die Aufzeichnung geht auf einer neuen Verbindung weiter</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+5"/>
        <source>closed by server: %1</source>
        <translation>vom Server geschlossen: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connection lost: %1</source>
        <translation>Verbindung verloren: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1; refused again after a session refresh</source>
        <translation>%1; nach einer Sitzungserneuerung erneut abgelehnt</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>no answer to pusher:ping within %1 ms</source>
        <translation>keine Antwort auf pusher:ping innerhalb von %1 ms</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no pusher:connection_established within %1 ms</source>
        <translation>kein pusher:connection_established innerhalb von %1 ms</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherProtocol</name>
    <message>
        <location filename="../lib/pusher/pusherdecoder.cpp" line="+163"/>
        <source>%1: field &quot;%2&quot; has the wrong type (%3)</source>
        <translation>%1: Feld &quot;%2&quot; hat den falschen Typ (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: Feld &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+77"/>
        <source>%1: &quot;data&quot; is not a JSON object</source>
        <translation>%1: &quot;data&quot; ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1: field &quot;%2&quot; is empty</source>
        <translation>%1: Feld &quot;%2&quot; ist leer</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: &quot;activity_timeout&quot; is not a positive number of seconds</source>
        <translation>%1: &quot;activity_timeout&quot; ist keine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>subscription failed</source>
        <translation>Abonnement fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>event &quot;%1&quot; has no channel</source>
        <translation>Ereignis &quot;%1&quot; hat keinen Kanal</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frame is not a JSON object</source>
        <translation>der Frame ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame has no &quot;event&quot;</source>
        <translation>der Frame hat kein &quot;event&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;event&quot; is not a string (%1)</source>
        <translation>&quot;event&quot; ist keine Zeichenkette (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;event&quot; is empty</source>
        <translation>&quot;event&quot; ist leer</translation>
    </message>
</context>
</TS>
