<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/api/apierror.cpp" line="+212"/>
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
        <location line="+74"/>
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
        <location filename="../lib/sim/controlcommand.cpp" line="+39"/>
        <source>--path needs session, auth, streams, user-auth, http-api or all</source>
        <translation>--path braucht session, auth, streams, user-auth, http-api oder all</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown path &quot;%1&quot; (session, auth, streams, user-auth, http-api, all)</source>
        <translation>unbekannter Pfad &quot;%1&quot; (session, auth, streams, user-auth, http-api, all)</translation>
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
                                        streams, user-auth, http-api, all; auth umfasst auch /pusher/auth
                                        und /broadcasting/auth); retry-after in Sekunden, gesendet als
                                        Retry-After
  rest-delay &lt;ms&gt; [--path P[,P]]        REST nach &lt;ms&gt; beantworten
  rest ok                               wieder korrekte, prompte REST-Antworten
  trigger &lt;channel&gt; &lt;event&gt; &lt;json&gt;      ein Ereignis (mit dem JSON-Text als Daten) an die Abonnenten des
                                        Kanals veröffentlichen; auf private-encrypted-Kanälen vorher versiegelt
  rate &lt;multiplier&gt;                     die Rate jedes Streams skalieren
  rate &lt;stream&gt; &lt;events-per-second&gt;     die Rate eines Streams setzen
  firehose &lt;count&gt;                      svm.token.swaps-Kanäle veröffentlichen bei ihrem nächsten Abonnement &lt;count&gt;
                                        Ereignisse so schnell, wie sie abfließen; 0 = normale Raten
  restart                               jede Verbindung trennen und auf demselben Port neu lauschen
  quit                                  den Simulator beenden
Beispiel: rest 429 1 --once --path session</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <location line="+13"/>
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
        <location line="+6"/>
        <source>trigger needs a channel, an event name and JSON data</source>
        <translation>trigger braucht einen Kanal, einen Ereignisnamen und JSON-Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; ist kein gültiger Kanalname</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>trigger needs valid JSON data, e.g. {&quot;message&quot;:&quot;hi&quot;}</source>
        <translation>trigger braucht gültige JSON-Daten, z. B. {&quot;message&quot;:&quot;hi&quot;}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>triggered %1 on %2 to %n subscriber(s)</source>
        <translation>
            <numerusform>%1 auf %2 an %n Abonnenten ausgelöst</numerusform>
            <numerusform>%1 auf %2 an %n Abonnenten ausgelöst</numerusform>
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
        <location line="+2"/>
        <source>generic Pusher mode: %1 events triggered, %2 client events forwarded</source>
        <translation>allgemeiner Pusher-Modus: %1 Ereignisse ausgelöst, %2 Client-Ereignisse weitergeleitet</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../lib/sim/simulatorserver.cpp" line="+75"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>Kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
    <message>
        <location filename="../lib/sim/faultinjector.cpp" line="+240"/>
        <location filename="../lib/sim/restapi.cpp" line="+115"/>
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
        <location filename="../lib/sim/restapi.cpp" line="+23"/>
        <source>No endpoint %1 %2</source>
        <translation>Kein Endpunkt %1 %2</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="+66"/>
        <source>%1 expects POST</source>
        <translation>%1 erwartet POST</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Page Expired</source>
        <translation>Seite abgelaufen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>socket_id and channel_name are required</source>
        <translation>socket_id und channel_name sind erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; ist kein gültiger Kanalname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user may not join channel %1</source>
        <translation>Dieser Benutzer darf Kanal %1 nicht beitreten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>Der Verschlüsselungs-Hauptschlüssel muss %1 Bytes lang sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>socket_id is required</source>
        <translation>socket_id ist erforderlich</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown app: %1</source>
        <translation>Unbekannte App: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such HTTP API resource: %1</source>
        <translation>Keine solche HTTP-API-Ressource: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../lib/sim/restapi.cpp" line="+7"/>
        <source>%1 expects %2</source>
        <translation>%1 erwartet %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>info must be a comma-separated string</source>
        <translation>info muss eine durch Kommas getrennte Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown info attribute: %1</source>
        <translation>Unbekanntes info-Attribut: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name is required and must be a string</source>
        <translation>name ist erforderlich und muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event name is too long (%1 characters at most)</source>
        <translation>Der Ereignisname ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data is required and must be a string (JSON-encode objects first)</source>
        <translation>data ist erforderlich und muss eine Zeichenkette sein (Objekte zuerst JSON-kodieren)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data content of this event exceeds the allowed maximum (%1 bytes)</source>
        <translation>Der Dateninhalt dieses Ereignisses überschreitet das erlaubte Maximum (%1 Bytes)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each batch event needs a channel</source>
        <translation>Jedes Batch-Ereignis braucht einen Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channels (an array) or channel is required</source>
        <translation>channels (ein Array) oder channel ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event goes to 1 to %1 channels</source>
        <translation>Ein Ereignis geht an 1 bis %1 Kanäle</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+115"/>
        <source>Invalid channel name: &quot;%1&quot;</source>
        <translation>Ungültiger Kanalname: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>socket_id must be a Pusher socket id</source>
        <translation>socket_id muss eine Pusher-Socket-ID sein</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The request body must be a JSON object</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request body must be {&quot;batch&quot;: [events]}</source>
        <translation>Der Anfragetext muss {&quot;batch&quot;: [events]} sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch holds at most %1 events</source>
        <translation>Ein Batch enthält höchstens %1 Ereignisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each batch event must be an object</source>
        <translation>Jedes Batch-Ereignis muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>user_count is only available with filter_by_prefix=presence-</source>
        <translation>user_count ist nur mit filter_by_prefix=presence- verfügbar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>user_count is only available for presence channels</source>
        <translation>user_count ist nur für Presence-Kanäle verfügbar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users are only listed for presence channels</source>
        <translation>Benutzer werden nur für Presence-Kanäle aufgelistet</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="-12"/>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location filename="../lib/sim/pusherendpoints.cpp" line="-296"/>
        <location line="+38"/>
        <location filename="../lib/sim/restapi.cpp" line="+86"/>
        <source>socket_id &quot;%1&quot; is not a Pusher socket id</source>
        <translation>socket_id &quot;%1&quot; ist keine Pusher-Socket-ID</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+6"/>
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
        <location line="+77"/>
        <source>No WebSocket endpoint at %1; use /app/&lt;appKey&gt;</source>
        <translation>Kein WebSocket-Endpunkt unter %1; /app/&lt;appKey&gt; verwenden</translation>
    </message>
    <message>
        <location filename="../lib/sim/channelhub.cpp" line="+108"/>
        <source>Could not find app by key %1</source>
        <translation>Keine App mit dem Schlüssel %1 gefunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported protocol version</source>
        <translation>Nicht unterstützte Protokollversion</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Client event rejected - client events must be prefixed by &apos;client-&apos; (got %1)</source>
        <translation>Client-Ereignis abgelehnt - Client-Ereignisse müssen mit &apos;client-&apos; beginnen (erhalten: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client event rejected - client events are not allowed on private-encrypted channels</source>
        <translation>Client-Ereignis abgelehnt - auf private-encrypted-Kanälen sind keine Client-Ereignisse erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client event rejected - not subscribed to channel %1</source>
        <translation>Client-Ereignis abgelehnt - Kanal %1 ist nicht abonniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client event rejected - the data is larger than %1 bytes</source>
        <translation>Client-Ereignis abgelehnt - die Daten sind größer als %1 Bytes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>pusher:signin needs auth and user_data</source>
        <translation>pusher:signin braucht auth und user_data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user_data must be a JSON object with an id</source>
        <translation>user_data muss ein JSON-Objekt mit einer id sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid signature for pusher:signin</source>
        <translation>Ungültige Signatur für pusher:signin</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location line="+11"/>
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
        <location line="+8"/>
        <source>channel_data must be a JSON object with a user_id</source>
        <translation>channel_data muss ein JSON-Objekt mit einer user_id sein</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Invalid message: %1</source>
        <translation>Ungültige Nachricht: %1</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location line="+6"/>
        <source>Command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location filename="../app/sim/main.cpp" line="+118"/>
        <source>A local Shuriken service: the REST control plane and a Pusher protocol 7 WebSocket on one port, publishing simulated events for every stream, with fault injection. Type &quot;help&quot; on stdin for the control commands. Secrets can also come from SHURIKEN_SIM_APP_SECRET and SHURIKEN_SIM_API_KEY. With --pusher, a plain Pusher-protocol server for the generic Pusher profile instead.</source>
        <translation>Ein lokaler Shuriken-Dienst: die REST-Steuerungsebene und ein Pusher-Protokoll-7-WebSocket auf einem Port, der simulierte Ereignisse für jeden Stream veröffentlicht, mit Fehlereinspeisung. &quot;help&quot; auf stdin eingeben, um die Steuerbefehle zu sehen. Geheimnisse können auch aus SHURIKEN_SIM_APP_SECRET und SHURIKEN_SIM_API_KEY kommen. Mit --pusher stattdessen ein einfacher Server nach Pusher-Protokoll für das allgemeine Pusher-Profil.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <source>Generic Pusher mode: a plain Pusher-protocol server (as Pusher Channels, soketi or Laravel Reverb with its application backend) instead of the Shuriken service. No Shuriken REST endpoints and no generated streams; POST /pusher/auth, /broadcasting/auth and /pusher/user-auth, the signed HTTP API under /apps/&lt;app-id&gt;/, client events, pusher:signin and private-encrypted channels.</source>
        <translation>Allgemeiner Pusher-Modus: ein einfacher Server nach Pusher-Protokoll (wie Pusher Channels, soketi oder Laravel Reverb mit seinem Anwendungs-Backend) statt des Shuriken-Dienstes. Keine Shuriken-REST-Endpunkte und keine generierten Streams; POST /pusher/auth, /broadcasting/auth und /pusher/user-auth, die signierte HTTP-API unter /apps/&lt;app-id&gt;/, Client-Ereignisse, pusher:signin und private-encrypted-Kanäle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pusher app id of the HTTP API paths (--pusher).</source>
        <translation>Pusher-App-ID der HTTP-API-Pfade (--pusher).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the auth endpoints want &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; and answer 419 (Laravel&apos;s Page Expired) without it (--pusher).</source>
        <translation>Die Autorisierungs-Endpunkte verlangen &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; und antworten ohne ihn mit 419 (Laravels Page Expired) (--pusher).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base64 of the 32-byte key the private-encrypted channels&apos; shared secrets derive from (--pusher; default: a fixed test key).</source>
        <translation>Base64 des 32-Byte-Schlüssels, von dem die gemeinsamen Geheimnisse der private-encrypted-Kanäle abgeleitet werden (--pusher; Standard: ein fester Testschlüssel).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auth endpoints answer 403 for channels starting with this (--pusher, repeatable).</source>
        <translation>Die Autorisierungs-Endpunkte antworten mit 403 für Kanäle, die hiermit beginnen (--pusher, wiederholbar).</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+18"/>
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
        <location line="+14"/>
        <source>--app-id must not be empty</source>
        <translation>--app-id darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shuriken simulator listening on %1</source>
        <translation>Shuriken-Simulator lauscht auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket %1 (app key %2, epoch %3); type help for commands</source>
        <translation>WebSocket %1 (App-Schlüssel %2, Epoche %3); help für Befehle eingeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generic Pusher mode: auth endpoint %1/pusher/auth, user auth %1/pusher/user-auth, HTTP API %1/apps/%2/</source>
        <translation>Allgemeiner Pusher-Modus: Autorisierungs-Endpunkt %1/pusher/auth, Benutzer-Authentifizierung %1/pusher/user-auth, HTTP-API %1/apps/%2/</translation>
    </message>
</context>
<context>
    <name>shuriken-stream</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
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
        <location line="+89"/>
        <source>--simulator is its own Pusher server: leave out --%1</source>
        <translation>--simulator ist selbst ein Pusher-Server: lassen Sie --%1 weg</translation>
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
        <translation>Headless-Client für die Echtzeit-Streams von Shuriken: abonniert Streams und gibt Ereignisse als JSON Lines aus.
Ereignisse gehen nach stdout; Zustandswechsel, Abonnementstatus und Fehler gehen als JSON Lines nach stderr.

--record DATEI schreibt alles, was die Sitzung tut, in eine Mitschnittdatei (.gz komprimiert);
--replay DATEI spielt einen Mitschnitt oder eine HAR-Datei ohne Netzwerk ab und gibt aus, was der
Live-Lauf ausgegeben hat; --replay DATEI --output har schreibt den Mitschnitt als HAR nach stdout.

--pusher-key KEY (--cluster C | --ws-host H [--ws-port P] [--tls]) --channel NAME... verbindet sich
stattdessen mit einem beliebigen Server nach Pusher-Protokoll (Pusher Channels, soketi, Laravel Reverb, Ably)
und gibt jedes Ereignis dieser Kanäle als JSON Lines {receivedAt, channel, event, data} aus; private und
Presence-Kanäle werden hier mit --app-secret signiert, sonst über --auth-endpoint.
--simulator --channel NAME... tut dasselbe mit dem Pusher-Modus des eingebetteten Simulators.

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
        <location line="+24"/>
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
        <location line="+3"/>
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
        <location line="+28"/>
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
        <location line="+7"/>
        <source>--%1 is for the Shuriken API, not with --channel</source>
        <translation>--%1 ist für die Shuriken-API, nicht zusammen mit --channel</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--simulator and --base-url exclude each other</source>
        <translation>--simulator und --base-url schließen einander aus</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>the embedded simulator could not start</source>
        <translation>der eingebettete Simulator konnte nicht starten</translation>
    </message>
    <message>
        <location line="+276"/>
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
        <location filename="../app/cli/streamcommand.cpp" line="+228"/>
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
        <location filename="../lib/api/apiclient.cpp" line="+178"/>
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
        <location line="+110"/>
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
        <location filename="../app/monitor/catalogview.cpp" line="+49"/>
        <source>No catalog on a Pusher server: subscribe to a channel by name.</source>
        <translation>Kein Katalog auf einem Pusher-Server: Kanal über seinen Namen abonnieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to &amp;Channel…</source>
        <translation>&amp;Kanal abonnieren…</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+104"/>
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
        <location line="+32"/>
        <source>channel authorization needs HTTP 200, the server answered %1</source>
        <translation>die Kanal-Autorisierung braucht HTTP 200, der Server antwortete %1</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelDialog</name>
    <message>
        <location filename="../app/monitor/channeldialog.cpp" line="+19"/>
        <source>Subscribe to Channel</source>
        <translation>Kanal abonnieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders, private-user.42, presence-room.1…</source>
        <translation>orders, private-user.42, presence-room.1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent channels of this profile are in the list</source>
        <translation>Die zuletzt verwendeten Kanäle dieses Profils stehen in der Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. OrderShipped or .OrderShipped</source>
        <translation>optional, z. B. OrderShipped oder .OrderShipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name your application binds: every event of the channel is shown, and events that arrive under other names are explained</source>
        <translation>Der Ereignisname, an den Ihre Anwendung bindet: Jedes Ereignis des Kanals wird angezeigt, und Ereignisse, die unter anderen Namen ankommen, werden erklärt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event your app &amp;binds:</source>
        <translation>Ereignis, an das Ihre App &amp;bindet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a channel name: the prefix decides its kind (private-, presence-, private-encrypted-).</source>
        <translation>Einen Kanalnamen eingeben: Das Präfix bestimmt seine Art (private-, presence-, private-encrypted-).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a channel name: letters, digits and _ - = @ , . ; only, at most 164 characters.</source>
        <translation>Kein Kanalname: nur Buchstaben, Ziffern und _ - = @ , . ; höchstens 164 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public channel: no authorization.</source>
        <translation>Öffentlicher Kanal: keine Autorisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private channel: authorized by the auth endpoint, or signed here with the app secret.</source>
        <translation>Privater Kanal: autorisiert durch den Autorisierungs-Endpunkt oder hier mit dem App-Geheimnis signiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presence channel: authorized with the user&apos;s id and info; members are listed.</source>
        <translation>Presence-Kanal: autorisiert mit der ID und den Infos des Benutzers; Mitglieder werden aufgelistet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted channel: authorized like a private one; payloads are decrypted with the channel&apos;s shared secret.</source>
        <translation>Verschlüsselter Kanal: autorisiert wie ein privater; Nutzdaten werden mit dem gemeinsamen Geheimnis des Kanals entschlüsselt.</translation>
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
        <location line="+4"/>
        <source>The Pusher server of this profile</source>
        <translation>Der Pusher-Server dieses Profils</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>retrying…</source>
        <translation>neuer Versuch…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next attempt in %1 s</source>
        <translation>nächster Versuch in %1 s</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>socket %1</source>
        <translation>Socket %1</translation>
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
        <location filename="../app/monitor/jsontreemodel.cpp" line="+227"/>
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
        <location filename="../app/monitor/mainwindow.cpp" line="+68"/>
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
        <location line="+35"/>
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
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+15"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+15"/>
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
        <location line="+10"/>
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
        <location line="+10"/>
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
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · signed in as %2</source>
        <translation>%1 · angemeldet als %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The built-in simulator runs as a plain Pusher server: subscribe to a channel by name (Ctrl+N).</source>
        <translation>Der eingebaute Simulator läuft als einfacher Pusher-Server: Kanal über seinen Namen abonnieren (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+106"/>
        <source>%1
Closing the tab keeps the subscription running; unsubscribe from the Subscriptions list or this tab&apos;s context menu.</source>
        <translation>%1
Das Schließen des Tabs lässt das Abonnement weiterlaufen; das Abonnement über die Abonnementliste oder das Kontextmenü dieses Tabs beenden.</translation>
    </message>
    <message>
        <location line="+38"/>
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
        <location line="+75"/>
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
        <location filename="../app/monitor/monitorsettings.cpp" line="+466"/>
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
    <name>shuriken::PresenceMemberModel</name>
    <message>
        <location filename="../lib/models/presencemembermodel.cpp" line="+37"/>
        <source>%1 (you)</source>
        <comment>presence member: our own user</comment>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the user_id this connection subscribed with</source>
        <translation>%1: die user_id, mit der diese Verbindung abonniert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user_info</source>
        <translation>Keine user_info</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User info</source>
        <translation>Benutzer-Info</translation>
    </message>
</context>
<context>
    <name>shuriken::PresencePanel</name>
    <message>
        <location filename="../app/monitor/presencepanel.cpp" line="+61"/>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the members whose user ID or user info contains this text</source>
        <translation>Zeigt die Mitglieder, deren Benutzer-ID oder Benutzer-Info diesen Text enthält</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+144"/>
        <source>Copy Member as JSON</source>
        <translation>Mitglied als JSON kopieren</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No subscription selected</source>
        <translation>Kein Abonnement ausgewählt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a presence channel: only presence-* channels have members</source>
        <translation>%1 ist kein Presence-Kanal: Nur presence-*-Kanäle haben Mitglieder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the subscription (%1)</source>
        <translation>Warten auf das Abonnement (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the subscription (%1: %2)</source>
        <translation>Warten auf das Abonnement (%1: %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No presence channel</source>
        <translation>Kein Presence-Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a presence channel</source>
        <translation>Kein Presence-Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for subscription</source>
        <translation>Warten auf das Abonnement</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitglieder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s), %1 shown</source>
        <translation>
            <numerusform>%n Mitglied, %1 angezeigt</numerusform>
            <numerusform>%n Mitglieder, %1 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copy User ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
</context>
<context>
    <name>shuriken::Profile</name>
    <message>
        <location filename="../app/monitor/profile.cpp" line="+14"/>
        <source>Built-in simulator</source>
        <translation>Eingebauter Simulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Shuriken API</source>
        <translation>Shuriken-API</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Custom base URL</source>
        <translation>Eigene Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pusher-protocol server</source>
        <translation>Server nach Pusher-Protokoll</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in simulator (Pusher mode)</source>
        <translation>Eingebauter Simulator (Pusher-Modus)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulator (Pusher mode)</source>
        <translation>Simulator (Pusher-Modus)</translation>
    </message>
    <message>
        <location line="+67"/>
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
        <location filename="../app/monitor/profiledialog.cpp" line="+28"/>
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
        <source>Add &amp;Pusher Server</source>
        <translation>&amp;Pusher-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Pusher Channels, soketi, Laravel Reverb or Ably server, subscribed to directly</source>
        <translation>Ein Server von Pusher Channels, soketi, Laravel Reverb oder Ably, direkt abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+162"/>
        <source>The built-in simulator runs inside the monitor on a loopback port and needs no key. Its data is generated, not real market data.</source>
        <translation>Der eingebaute Simulator läuft im Monitor auf einem Loopback-Port und braucht keinen Schlüssel. Seine Daten sind erzeugt, keine echten Marktdaten.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(chosen when the simulator starts)</source>
        <translation>(wird beim Start des Simulators gewählt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The built-in simulator as a plain Pusher-protocol server, inside the monitor on a loopback port: subscribe to any channel by name, public, private, presence or encrypted. Nothing is published until something triggers events.</source>
        <translation>Der eingebaute Simulator als einfacher Server nach Pusher-Protokoll, im Monitor auf einem Loopback-Port: beliebige Kanäle über ihren Namen abonnieren, öffentlich, privat, Presence oder verschlüsselt. Es wird nichts veröffentlicht, bis etwas Ereignisse auslöst.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Custom server</source>
        <translation>Eigener Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pusher server</source>
        <translation>Pusher-Server</translation>
    </message>
    <message>
        <location line="+47"/>
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
        <location line="+19"/>
        <source>Every profile needs a name.</source>
        <translation>Jedes Profil braucht einen Namen.</translation>
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
        <translation>Die App-ID fehlt: Die HTTP-API braucht sie in jedem Anfragepfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app id &quot;%1&quot; has characters an app id cannot have</source>
        <translation>Die App-ID &quot;%1&quot; enthält Zeichen, die eine App-ID nicht enthalten kann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app key is missing: every HTTP API request is signed for it</source>
        <translation>Der App-Schlüssel fehlt: Jede HTTP-API-Anfrage wird für ihn signiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app secret is missing: every HTTP API request is signed with it</source>
        <translation>Das App-Geheimnis fehlt: Jede HTTP-API-Anfrage wird damit signiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event needs a name</source>
        <translation>Das Ereignis braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name has %1 characters; at most %2 are allowed</source>
        <translation>Der Ereignisname hat %1 Zeichen; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event names starting with pusher: or pusher_internal: are reserved for the protocol</source>
        <translation>Ereignisnamen, die mit pusher: oder pusher_internal: beginnen, sind für das Protokoll reserviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs at least one channel</source>
        <translation>Das Ereignis braucht mindestens einen Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event names %1 channels; at most %2 are allowed per request</source>
        <translation>Das Ereignis nennt %1 Kanäle; höchstens %2 sind pro Anfrage erlaubt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; up to 164 characters)</source>
        <translation>&quot;%1&quot; ist kein gültiger Kanalname (Buchstaben, Ziffern und _ - = @ , . ; bis zu 164 Zeichen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An event on a private-encrypted- channel must be triggered on that channel alone: each channel has its own key</source>
        <translation>Ein Ereignis auf einem private-encrypted-Kanal muss allein auf diesem Kanal ausgelöst werden: Jeder Kanal hat seinen eigenen Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a socket id (two numbers joined by a dot, like 123.456)</source>
        <translation>&quot;%1&quot; ist keine Socket-ID (zwei durch einen Punkt verbundene Zahlen, wie 123.456)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs data; send {} for an empty object</source>
        <translation>Das Ereignis braucht Daten; {} für ein leeres Objekt senden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Triggering on a private-encrypted- channel needs the app&apos;s encryption master key</source>
        <translation>Das Auslösen auf einem private-encrypted-Kanal braucht den Verschlüsselungs-Hauptschlüssel der App</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>Der Verschlüsselungs-Hauptschlüssel muss %1 Bytes lang sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event data could not be encrypted (libsodium is not usable)</source>
        <translation>Die Ereignisdaten konnten nicht verschlüsselt werden (libsodium ist nicht verwendbar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted event data has %1 bytes; the HTTP API accepts at most %2 (encryption adds about a third)</source>
        <translation>Die verschlüsselten Ereignisdaten haben %1 Bytes; die HTTP-API akzeptiert höchstens %2 (Verschlüsselung fügt etwa ein Drittel hinzu)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event data has %1 bytes; the HTTP API accepts at most %2</source>
        <translation>Die Ereignisdaten haben %1 Bytes; die HTTP-API akzeptiert höchstens %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; cannot start a channel name</source>
        <translation>&quot;%1&quot; kann keinen Kanalnamen einleiten</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettings</name>
    <message>
        <location filename="../lib/streams/pushersettings.cpp" line="+60"/>
        <source>Other Pusher-protocol server</source>
        <translation>Anderer Server nach Pusher-Protokoll</translation>
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
        <translation>Ably (Pusher-Adapter)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the app key is missing</source>
        <translation>der App-Schlüssel fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app key must not contain &apos;:&apos; (for Ably, use the part of the key before the colon)</source>
        <translation>der App-Schlüssel darf kein &apos;:&apos; enthalten (für Ably den Teil des Schlüssels vor dem Doppelpunkt verwenden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a cluster or a host</source>
        <translation>einen Cluster oder einen Host angeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host must be a bare host name, without scheme, port or path</source>
        <translation>der Host muss ein reiner Hostname sein, ohne Schema, Port oder Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path must start with &apos;/&apos;</source>
        <translation>der Pfad muss mit &apos;/&apos; beginnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an absolute http(s) URL</source>
        <translation>%1 ist keine absolute http(s)-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key must be %1 bytes (base64 of 32 bytes)</source>
        <translation>der Verschlüsselungs-Hauptschlüssel muss %1 Bytes lang sein (Base64 von 32 Bytes)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1://%2:%3%4 (key %5)</source>
        <translation>%1://%2:%3%4 (Schlüssel %5)</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettingsEditor</name>
    <message>
        <location filename="../app/monitor/pushersettingseditor.cpp" line="+69"/>
        <source>Fills the fields with the server&apos;s usual values</source>
        <translation>Füllt die Felder mit den üblichen Werten des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ably: the app key is the part of your Ably API key before the colon, the app secret the part after it.</source>
        <translation>Ably: Der App-Schlüssel ist der Teil Ihres Ably-API-Schlüssels vor dem Doppelpunkt, das App-Geheimnis der Teil danach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>App &amp;key (key):</source>
        <translation>App-Sch&amp;lüssel (key):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cluster (cluster):</source>
        <translation>&amp;Cluster (cluster):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ws-&lt;cluster&gt;.pusher.com when empty</source>
        <translation>ws-&lt;cluster&gt;.pusher.com, wenn leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host (wsHost):</source>
        <translation>H&amp;ost (wsHost):</translation>
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
        <translation>Ports:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. /ws</source>
        <translation>optional, z. B. /ws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path (wsPath):</source>
        <translation>&amp;Pfad (wsPath):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel &amp;auth endpoint (channelAuthorization.endpoint):</source>
        <translation>Autorisierungs-Endpunkt für &amp;Kanäle (channelAuthorization.endpoint):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer …  (one &quot;Name: value&quot; a line)</source>
        <translation>Authorization: Bearer …  (ein &quot;Name: value&quot; pro Zeile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth &amp;headers (channelAuthorization.headers):</source>
        <translation>Autorisierungs-Heade&amp;r (channelAuthorization.headers):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name=value  (one a line)</source>
        <translation>name=value  (einer pro Zeile)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth pa&amp;rams (channelAuthorization.params):</source>
        <translation>Autorisierungs-Para&amp;meter (channelAuthorization.params):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: sign in with pusher:signin</source>
        <translation>optional: mit pusher:signin anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User auth endpoint (userAuthentication.endpoint):</source>
        <translation>Endpunkt für die &amp;Benutzer-Authentifizierung (userAuthentication.endpoint):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: for the HTTP API</source>
        <translation>optional: für die HTTP-API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App &amp;id (appId):</source>
        <translation>App-&amp;ID (appId):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the secret, private and presence channels are signed here instead of by the auth endpoint</source>
        <translation>Mit dem Geheimnis werden private und Presence-Kanäle hier signiert statt vom Autorisierungs-Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App s&amp;ecret (secret):</source>
        <translation>App-&amp;Geheimnis (secret):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption &amp;master key, base64 (encryptionMasterKeyBase64):</source>
        <translation>&amp;Verschlüsselungs-Hauptschlüssel, Base64 (encryptionMasterKeyBase64):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget Secrets</source>
        <translation>Geheimnisse vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored app secret, master key and auth headers when you press OK</source>
        <translation>Das gespeicherte App-Geheimnis, den Hauptschlüssel und die Autorisierungs-Header beim Klick auf OK entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presence user i&amp;d (user_id):</source>
        <translation>Presence-Benutzer-I&amp;D (user_id):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presence user in&amp;fo (user_info, JSON):</source>
        <translation>Presence-Benutzer-In&amp;fo (user_info, JSON):</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the auth header “%1” is not “Name: value”</source>
        <translation>der Autorisierungs-Header „%1“ ist nicht „Name: value“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auth param “%1” is not “name=value”</source>
        <translation>der Autorisierungs-Parameter „%1“ ist nicht „name=value“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key is not base64</source>
        <translation>der Verschlüsselungs-Hauptschlüssel ist kein Base64</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the presence user info must be a JSON object</source>
        <translation>die Presence-Benutzer-Info muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking up the stored secrets…</source>
        <translation>Gespeicherte Geheimnisse werden gesucht…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>app secret</source>
        <translation>App-Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption master key</source>
        <translation>Verschlüsselungs-Hauptschlüssel</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n auth header value(s)</source>
        <translation>
            <numerusform>%n Autorisierungs-Header-Wert</numerusform>
            <numerusform>%n Autorisierungs-Header-Werte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored: leave empty to keep</source>
        <translation>gespeichert: leer lassen, um es zu behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are kept in the system keychain, never in the settings file.</source>
        <translation>Geheimnisse werden im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain: %1.</source>
        <translation>Im Schlüsselbund gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherTools</name>
    <message>
        <location filename="../app/monitor/pushertools.cpp" line="+25"/>
        <source>Send &amp;Event…</source>
        <translation>&amp;Ereignis senden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a client event or trigger an event through the server&apos;s HTTP API</source>
        <translation>Ein Client-Ereignis senden oder ein Ereignis über die HTTP-API des Servers auslösen</translation>
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
    <name>shuriken::SavedMessages</name>
    <message>
        <location filename="../app/monitor/savedmessages.cpp" line="+199"/>
        <source>Message</source>
        <translation>Nachricht</translation>
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
        <translation>%1 auf %2 (über die HTTP-API ausgelöst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (client event)</source>
        <translation>%1 auf %2 (Client-Ereignis)</translation>
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
    <name>shuriken::SendEventDialog</name>
    <message>
        <location filename="../app/monitor/sendeventdialog.cpp" line="+48"/>
        <source>Send Event</source>
        <translation>Ereignis senden</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+133"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Send the event (Ctrl+Return)</source>
        <translation>Das Ereignis senden (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The subscribed channels are offered; any channel name can be typed</source>
        <translation>Die abonnierten Kanäle werden angeboten; jeder Kanalname kann eingegeben werden</translation>
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
        <translation>Präfix client- hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client events must be named client-…</source>
        <translation>Client-Ereignisse müssen client-… heißen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Client event over this connection</source>
        <translation>&amp;Client-Ereignis über diese Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trigger through the HTTP API</source>
        <translation>Über die HTTP-API aus&amp;lösen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xclude my connection (socket_id)</source>
        <translation>Meine Verbindung a&amp;usschließen (socket_id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server delivers the event to every subscriber except this monitor</source>
        <translation>Der Server stellt das Ereignis jedem Abonnenten außer diesem Monitor zu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{&quot;text&quot;: &quot;hello&quot;}  (empty: {})</source>
        <translation>{&quot;text&quot;: &quot;hello&quot;}  (leer: {})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data (JSON):</source>
        <translation>&amp;Daten (JSON):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved Messages</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select to load, double-click to send, F2 to rename, Del to delete</source>
        <translation>Auswählen zum Laden, Doppelklick zum Senden, F2 zum Umbenennen, Entf zum Löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Saved Message</source>
        <translation>Gespeicherte Nachricht löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the selected saved message as it was saved</source>
        <translation>Die ausgewählte gespeicherte Nachricht so senden, wie sie gespeichert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (default: the event)</source>
        <translation>Name (Standard: das Ereignis)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>No data: {} is sent</source>
        <translation>Keine Daten: {} wird gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid JSON</source>
        <translation>Gültiges JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not JSON: line %1, column %2: %3</source>
        <translation>Kein JSON: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Client events need a connection.</source>
        <translation>Client-Ereignisse brauchen eine Verbindung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events need a Pusher profile: the Shuriken API takes none.</source>
        <translation>Client-Ereignisse brauchen ein Pusher-Profil: Die Shuriken-API nimmt keine an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triggering needs the app ID and the app secret: enter them in the profile.</source>
        <translation>Das Auslösen braucht die App-ID und das App-Geheimnis: Geben Sie sie im Profil ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggering needs a Pusher profile with the app ID and the app secret.</source>
        <translation>Das Auslösen braucht ein Pusher-Profil mit App-ID und App-Geheimnis.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose or type a channel.</source>
        <translation>Einen Kanal wählen oder eingeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _-=@,.; only, at most 164.</source>
        <translation>&quot;%1&quot; ist kein gültiger Kanalname: nur Buchstaben, Ziffern und _-=@,.; höchstens 164.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an event name.</source>
        <translation>Einen Ereignisnamen eingeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client events can only be sent on private- and presence- channels; %1 is public. Trigger it through the HTTP API instead.</source>
        <translation>Client-Ereignisse können nur auf private- und presence-Kanälen gesendet werden; %1 ist öffentlich. Lösen Sie es stattdessen über die HTTP-API aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client events cannot be sent on encrypted channels: the server cannot check what it relays. Trigger it through the HTTP API instead.</source>
        <translation>Client-Ereignisse können nicht auf verschlüsselten Kanälen gesendet werden: Der Server kann nicht prüfen, was er weiterleitet. Lösen Sie es stattdessen über die HTTP-API aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client event&apos;s name must start with &quot;client-&quot;.</source>
        <translation>Der Name eines Client-Ereignisses muss mit &quot;client-&quot; beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data must be JSON: line %1, column %2: %3.</source>
        <translation>Die Daten müssen JSON sein: Zeile %1, Spalte %2: %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to %1 first: the server only takes client events on channels this connection has joined.</source>
        <translation>Abonnieren Sie zuerst %1: Der Server nimmt Client-Ereignisse nur auf Kanälen an, denen diese Verbindung beigetreten ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected: there is no socket_id to exclude.</source>
        <translation>Nicht verbunden: Es gibt keine socket_id zum Ausschließen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent over the monitor&apos;s own WebSocket as pusher-js&apos; channel.trigger() does</source>
        <translation>Über den eigenen WebSocket des Monitors gesendet, wie es channel.trigger() von pusher-js tut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POST /apps/&lt;app id&gt;/events, signed with the app secret, as a backend does</source>
        <translation>POST /apps/&lt;app id&gt;/events, signiert mit dem App-Geheimnis, wie es ein Backend tut</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data is not JSON: it is sent as a plain string.</source>
        <translation>Die Daten sind kein JSON: Sie werden als einfache Zeichenkette gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 on %2.</source>
        <translation>%1 auf %2 gesendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Triggering %1 on %2…</source>
        <translation>%1 wird auf %2 ausgelöst…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server: %1</source>
        <translation>Vom Server abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triggered %1 on %2: the server accepted it (not delivered to this connection).</source>
        <translation>%1 auf %2 ausgelöst: Der Server hat es angenommen (nicht an diese Verbindung zugestellt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggered %1 on %2: the server accepted it.</source>
        <translation>%1 auf %2 ausgelöst: Der Server hat es angenommen.</translation>
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
        <location filename="../lib/streams/streamclient.cpp" line="+169"/>
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
        <location line="+29"/>
        <source>waiting for a connection</source>
        <translation>warten auf eine Verbindung</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>resolving the channel</source>
        <translation>Kanal wird aufgelöst</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsubscribed</source>
        <translation>abbestellt</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientsession.cpp" line="+138"/>
        <source>the session response has no entry for this stream</source>
        <translation>die Sitzungsantwort hat keinen Eintrag für diesen Stream</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>session request failed (%1); retrying in %2 s</source>
        <translation>Sitzungsanfrage fehlgeschlagen (%1); neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the server refused the connection: %1</source>
        <translation>der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection</source>
        <translation>Der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientchannels.cpp" line="+73"/>
        <location line="+32"/>
        <source>authorizing the channel</source>
        <translation>Kanal wird autorisiert</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+90"/>
        <source>waiting for the server&apos;s confirmation</source>
        <translation>warten auf die Bestätigung des Servers</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+205"/>
        <source>waiting for the connection</source>
        <translation>warten auf die Verbindung</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>channel authorization failed: %1</source>
        <translation>Kanal-Autorisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no shared_secret</source>
        <translation>die Antwort hat kein shared_secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel authorization of an encrypted channel failed: %1</source>
        <translation>Kanal-Autorisierung eines verschlüsselten Kanals fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no confirmation from the server within %1 s</source>
        <translation>keine Bestätigung vom Server innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1; neuer Versuch in %2 s</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 (channel %2)</source>
        <translation>%1 (Kanal %2)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>subscription refused (%1): %2</source>
        <translation>Abonnement abgelehnt (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription refused: %1</source>
        <translation>Abonnement abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+19"/>
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
    <message>
        <location filename="../lib/streams/streamclientdirect.cpp" line="+72"/>
        <source>the Pusher settings cannot be used: %1</source>
        <translation>die Pusher-Einstellungen sind nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pusher settings are incomplete</source>
        <translation>Die Pusher-Einstellungen sind unvollständig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connecting to %1</source>
        <translation>Verbindung zu %1 wird hergestellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _ - = @ , . ; only, at most 164 characters</source>
        <translation>&quot;%1&quot; ist kein gültiger Kanalname: nur Buchstaben, Ziffern und _ - = @ , . ; höchstens 164 Zeichen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an encrypted channel signed here needs the app&apos;s encryption master key (its events are sealed with a secret derived from it)</source>
        <translation>ein hier signierter verschlüsselter Kanal braucht den Verschlüsselungs-Hauptschlüssel der App (seine Ereignisse werden mit einem daraus abgeleiteten Geheimnis versiegelt)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the answer has no &quot;auth&quot; and &quot;user_data&quot; strings</source>
        <translation>die Antwort hat keine Zeichenketten &quot;auth&quot; und &quot;user_data&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user authentication failed: %1</source>
        <translation>Benutzer-Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a client event&apos;s name must start with &quot;client-&quot;</source>
        <translation>der Name eines Client-Ereignisses muss mit &quot;client-&quot; beginnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event name has at most 200 characters</source>
        <translation>ein Ereignisname hat höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client events can only be sent on private and presence channels</source>
        <translation>Client-Ereignisse können nur auf privaten und Presence-Kanälen gesendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client events cannot be sent on encrypted channels</source>
        <translation>Client-Ereignisse können nicht auf verschlüsselten Kanälen gesendet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data is not JSON (%1 at offset %2)</source>
        <translation>die Daten sind kein JSON (%1 bei Offset %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is larger than 10 KB, the limit of Pusher&apos;s client events</source>
        <translation>die Daten sind größer als 10 KB, das Limit für Client-Ereignisse bei Pusher</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>subscribe to %1 first: the server only takes client events on channels the connection has joined</source>
        <translation>zuerst %1 abonnieren: Der Server nimmt Client-Ereignisse nur auf Kanälen an, denen die Verbindung beigetreten ist</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>event %1 on %2 could not be decrypted: %3; it is shown as it arrived</source>
        <translation>Ereignis %1 auf %2 konnte nicht entschlüsselt werden: %3; es wird so angezeigt, wie es ankam</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>events on %1 arrive as &quot;%2&quot;, none as &quot;%3&quot; that is bound: %4</source>
        <translation>Ereignisse auf %1 kommen als &quot;%2&quot; an, keines als das gebundene &quot;%3&quot;: %4</translation>
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
        <location filename="../lib/streams/subscription.cpp" line="+19"/>
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
    <name>shuriken::cli::PusherOptions</name>
    <message>
        <location filename="../app/cli/pusheroptions.cpp" line="+15"/>
        <source>Connect to a Pusher-protocol server (Pusher Channels, soketi, Reverb, Ably) with this app key instead of the Shuriken API.</source>
        <translation>Mit diesem App-Schlüssel statt mit der Shuriken-API zu einem Server nach Pusher-Protokoll (Pusher Channels, soketi, Reverb, Ably) verbinden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher Channels cluster: the server is ws-CLUSTER.pusher.com (TLS).</source>
        <translation>Cluster von Pusher Channels: Der Server ist ws-CLUSTER.pusher.com (TLS).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s host (soketi, Reverb, ...); plain ws unless --tls.</source>
        <translation>Der Host des Servers (soketi, Reverb, ...); einfaches ws, außer mit --tls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port (default 80, or 443 with --tls).</source>
        <translation>Der Port des Servers (Standard 80, oder 443 mit --tls).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use wss (TLS) with --ws-host.</source>
        <translation>wss (TLS) mit --ws-host verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path before /app/KEY (pusher-js&apos; wsPath).</source>
        <translation>Pfad vor /app/KEY (wsPath von pusher-js).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel authorization endpoint for private and presence channels (a form POST of socket_id and channel_name).</source>
        <translation>Endpunkt für die Kanal-Autorisierung privater und Presence-Kanäle (ein Formular-POST von socket_id und channel_name).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>A header for the auth endpoints, &apos;Name: value&apos; (a cookie, a CSRF token, a bearer token); repeatable. Its value never appears in the output.</source>
        <translation>Ein Header für die Autorisierungs-Endpunkte, &apos;Name: value&apos; (ein Cookie, ein CSRF-Token, ein Bearer-Token); wiederholbar. Sein Wert erscheint nie in der Ausgabe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header</source>
        <translation>Header</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra form parameter for the auth endpoints, name=value; repeatable.</source>
        <translation>Ein zusätzlicher Formularparameter für die Autorisierungs-Endpunkte, name=value; wiederholbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>param</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User authentication endpoint: sign in (pusher:signin) after connecting.</source>
        <translation>Endpunkt für die Benutzer-Authentifizierung: nach dem Verbinden anmelden (pusher:signin).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app id (with --app-secret, for the HTTP API).</source>
        <translation>Die App-ID (mit --app-secret, für die HTTP-API).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The app secret: private and presence channels are signed here instead of through the auth endpoint (or set PUSHER_APP_SECRET, which keeps it out of the process list).</source>
        <translation>Das App-Geheimnis: Private und Presence-Kanäle werden hier signiert statt über den Autorisierungs-Endpunkt (oder PUSHER_APP_SECRET setzen, was es aus der Prozessliste heraushält).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base64 of the app&apos;s 32-byte encryption master key, for private-encrypted- channels signed here (or set PUSHER_ENCRYPTION_MASTER_KEY).</source>
        <translation>Base64 des 32-Byte-Verschlüsselungs-Hauptschlüssels der App, für hier signierte private-encrypted-Kanäle (oder PUSHER_ENCRYPTION_MASTER_KEY setzen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_id when signing here (default qt-monitor).</source>
        <translation>Presence-user_id beim Signieren hier (Standard qt-monitor).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_info (a JSON object) when signing here.</source>
        <translation>Presence-user_info (ein JSON-Objekt) beim Signieren hier.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to this channel (public, private-, presence- or private-encrypted-) and print every event on it; repeatable.</source>
        <translation>Diesen Kanal abonnieren (öffentlich, private-, presence- oder private-encrypted-) und jedes Ereignis darauf ausgeben; wiederholbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name your application binds: events that arrive only under other names are explained on stderr.</source>
        <translation>Der Ereignisname, an den Ihre Anwendung bindet: Ereignisse, die nur unter anderen Namen ankommen, werden auf stderr erklärt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--channel &quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; only, at most 164 characters)</source>
        <translation>--channel &quot;%1&quot; ist kein gültiger Kanalname (nur Buchstaben, Ziffern und _ - = @ , . ; höchstens 164 Zeichen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give at least one --channel</source>
        <translation>mindestens ein --channel angeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--pusher-key is required to connect to a Pusher-protocol server</source>
        <translation>--pusher-key ist nötig, um sich mit einem Server nach Pusher-Protokoll zu verbinden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --cluster (Pusher Channels) or --ws-host (any other server)</source>
        <translation>entweder --cluster (Pusher Channels) oder --ws-host (jeder andere Server) angeben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ws-port needs a port number from 1 to 65535</source>
        <translation>--ws-port braucht eine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--auth-header needs &apos;Name: value&apos; (got a header named &quot;%1&quot;)</source>
        <translation>--auth-header braucht &apos;Name: value&apos; (erhalten: ein Header namens &quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth-param needs name=value</source>
        <translation>--auth-param braucht name=value</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--user-info must be a JSON object</source>
        <translation>--user-info muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--channel %1 needs --auth-endpoint or --app-secret (private and presence channels are authorized)</source>
        <translation>--channel %1 braucht --auth-endpoint oder --app-secret (private und Presence-Kanäle werden autorisiert)</translation>
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
    <name>shuriken::pusher::HttpApiSignature</name>
    <message>
        <location filename="../lib/pusher/httpapisignature.cpp" line="+78"/>
        <source>auth_key and auth_signature are required</source>
        <translation>auth_key und auth_signature sind erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown auth_key %1</source>
        <translation>unbekannter auth_key %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auth_timestamp expired: it must be within %1 s of the server&apos;s time (%2)</source>
        <translation>auth_timestamp abgelaufen: Er muss innerhalb von %1 s der Serverzeit liegen (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auth_version must be 1.0</source>
        <translation>auth_version muss 1.0 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body_md5 does not match the body</source>
        <translation>body_md5 passt nicht zum Anfragetext</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid signature: you should have sent HmacSHA256Hex(&quot;%1&quot;, your_secret_key)</source>
        <translation>Ungültige Signatur: Sie hätten HmacSHA256Hex(&quot;%1&quot;, your_secret_key) senden müssen</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherConnection</name>
    <message>
        <location filename="../lib/pusher/pusherconnection.cpp" line="+90"/>
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
    <name>shuriken::pusher::PusherExplain</name>
    <message>
        <location filename="../lib/pusher/pusherexplain.cpp" line="+25"/>
        <source>The app does not exist on this server (the app key is unknown)</source>
        <translation>Die App existiert auf diesem Server nicht (der App-Schlüssel ist unbekannt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app key, or the right key on the wrong cluster: a Pusher app lives in one cluster and ws-&lt;cluster&gt;.pusher.com must be that cluster. soketi: the key is not one of its configured apps. Reverb: REVERB_APP_KEY differs from the key the client uses (clear a cached config). Ably: turn on Pusher protocol support and use the part of the Ably key before the colon</source>
        <translation>ein falscher App-Schlüssel oder der richtige Schlüssel im falschen Cluster: Eine Pusher-App lebt in einem Cluster, und ws-&lt;cluster&gt;.pusher.com muss dieser Cluster sein. soketi: Der Schlüssel gehört zu keiner seiner konfigurierten Apps. Reverb: REVERB_APP_KEY unterscheidet sich vom Schlüssel, den der Client verwendet (eine zwischengespeicherte Konfiguration leeren). Ably: Die Unterstützung für das Pusher-Protokoll einschalten und den Teil des Ably-Schlüssels vor dem Doppelpunkt verwenden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The app is over its connection quota</source>
        <translation>Die App hat ihr Verbindungskontingent überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s or the app&apos;s limit of concurrent connections is reached; close other clients (other tabs, test runs) or raise the limit</source>
        <translation>das Limit gleichzeitiger Verbindungen des Tarifs oder der App ist erreicht; andere Clients schließen (andere Tabs, Testläufe) oder das Limit erhöhen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the channel&apos;s auth signature</source>
        <translation>Der Server hat die Autorisierungssignatur des Kanals abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint signs with another app key or secret than this server has (a backend still configured for another server or environment), or it signed something else than was subscribed: another socket_id, channel name or channel_data</source>
        <translation>der Autorisierungs-Endpunkt signiert mit einem anderen App-Schlüssel oder -Geheimnis als dieser Server hat (ein Backend, das noch für einen anderen Server oder eine andere Umgebung konfiguriert ist), oder er hat etwas anderes signiert als abonniert wurde: eine andere socket_id, einen anderen Kanalnamen oder andere channel_data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection was closed normally</source>
        <translation>Die Verbindung wurde normal geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client or the server ended it on purpose (a deploy, a logout, an idle clean-up)</source>
        <translation>der Client oder der Server hat sie absichtlich beendet (ein Deployment, eine Abmeldung, eine Leerlauf-Bereinigung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server or a proxy is going away</source>
        <translation>Der Server oder ein Proxy geht weg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or deploy of the server, or a load balancer draining connections; reconnecting is right</source>
        <translation>ein Neustart oder Deployment des Servers oder ein Load Balancer, der Verbindungen abbaut; erneutes Verbinden ist richtig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebSocket protocol was violated</source>
        <translation>Das WebSocket-Protokoll wurde verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something that is not a WebSocket server answered: a wrong path or port, or a proxy that does not forward the Upgrade and Connection headers</source>
        <translation>etwas, das kein WebSocket-Server ist, hat geantwortet: ein falscher Pfad oder Port oder ein Proxy, der die Header Upgrade und Connection nicht weiterleitet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the kind of data sent</source>
        <translation>Der Server hat die Art der gesendeten Daten abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a binary frame was sent; Pusher servers accept text frames only</source>
        <translation>ein binärer Frame wurde gesendet; Pusher-Server akzeptieren nur Text-Frames</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was closed without a status code</source>
        <translation>Die Verbindung wurde ohne Statuscode geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer closed cleanly but gave no reason; often a proxy ending the connection</source>
        <translation>die Gegenstelle hat sauber geschlossen, aber keinen Grund genannt; oft ein Proxy, der die Verbindung beendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was lost without a close frame</source>
        <translation>Die Verbindung ging ohne Close-Frame verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network drop; a proxy whose idle timeout is shorter than the activity timeout (nginx&apos;s proxy_read_timeout and an AWS load balancer&apos;s idle timeout are 60 s by default); the server crashed or restarted; or ws:// to a TLS port, or wss:// to a plain one</source>
        <translation>ein Netzwerkabbruch; ein Proxy, dessen Leerlauf-Timeout kürzer ist als das Aktivitäts-Timeout (proxy_read_timeout von nginx und das Leerlauf-Timeout eines AWS Load Balancers betragen standardmäßig 60 s); der Server ist abgestürzt oder wurde neu gestartet; oder ws:// zu einem TLS-Port bzw. wss:// zu einem unverschlüsselten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a frame&apos;s payload</source>
        <translation>Der Server hat die Nutzdaten eines Frames abgelehnt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a text frame that is not valid UTF-8</source>
        <translation>ein Text-Frame, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s policy refused the connection</source>
        <translation>Die Richtlinie des Servers hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Origin that is not allowed, or a gateway that wants a credential the client did not send</source>
        <translation>ein nicht erlaubter Origin oder ein Gateway, das Anmeldedaten verlangt, die der Client nicht gesendet hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message was too big</source>
        <translation>Eine Nachricht war zu groß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a frame larger than the server or a proxy accepts</source>
        <translation>ein Frame, der größer ist, als der Server oder ein Proxy akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A required extension is missing</source>
        <translation>Eine erforderliche Erweiterung fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client required a WebSocket extension the server does not offer</source>
        <translation>der Client verlangte eine WebSocket-Erweiterung, die der Server nicht anbietet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server hit an internal error</source>
        <translation>Beim Server ist ein interner Fehler aufgetreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a bug or crash on the server; see its log</source>
        <translation>ein Fehler oder Absturz auf dem Server; siehe sein Log</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is restarting</source>
        <translation>Der Server wird neu gestartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a deploy or restart; reconnect in a moment</source>
        <translation>ein Deployment oder Neustart; in einem Moment erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to try again later</source>
        <translation>Der Server bittet, es später erneut zu versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is overloaded or shutting down (soketi closes with 1013 when it stops)</source>
        <translation>er ist überlastet oder fährt herunter (soketi schließt beim Beenden mit 1013)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake failed</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate is not trusted, has expired or names another host</source>
        <translation>das Zertifikat ist nicht vertrauenswürdig, abgelaufen oder auf einen anderen Host ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app accepts TLS connections only</source>
        <translation>Die App akzeptiert nur TLS-Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client connected with ws://; turn TLS on (wss:// on the wssPort, 443 by default)</source>
        <translation>der Client hat sich mit ws:// verbunden; TLS einschalten (wss:// auf dem wssPort, standardmäßig 443)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app is disabled</source>
        <translation>Die App ist deaktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app was disabled in its dashboard or by its account (Pusher), or is not enabled in the server&apos;s app configuration (soketi)</source>
        <translation>die App wurde in ihrem Dashboard oder von ihrem Konto deaktiviert (Pusher) oder ist in der App-Konfiguration des Servers nicht aktiviert (soketi)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WebSocket path was not found</source>
        <translation>Der WebSocket-Pfad wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path must be /app/&lt;key&gt;; check the path option (pusher-js&apos; wsPath) and any prefix a proxy adds or strips</source>
        <translation>der Pfad muss /app/&lt;key&gt; sein; die Pfadoption (wsPath von pusher-js) und jedes Präfix prüfen, das ein Proxy hinzufügt oder entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s version string is invalid</source>
        <translation>Die Versionszeichenkette des Clients ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version query parameter is malformed: a client bug</source>
        <translation>der Abfrageparameter version ist fehlerhaft: ein Fehler im Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol version is not supported</source>
        <translation>Die Protokollversion wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client asked for a protocol version the server does not speak; use protocol=7</source>
        <translation>der Client hat eine Protokollversion verlangt, die der Server nicht spricht; protocol=7 verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol version was given</source>
        <translation>Es wurde keine Protokollversion angegeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the URL lacks ?protocol=7: a client bug</source>
        <translation>der URL fehlt ?protocol=7: ein Fehler im Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is unauthorized</source>
        <translation>Die Verbindung ist nicht autorisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher: the app requires user authentication and pusher:signin failed or came too late. soketi and Reverb also use 4009 for a refused channel signature, and Reverb for an Origin that is not in allowed_origins</source>
        <translation>Pusher: Die App verlangt Benutzer-Authentifizierung, und pusher:signin ist fehlgeschlagen oder kam zu spät. soketi und Reverb verwenden 4009 auch für eine abgelehnte Kanalsignatur, Reverb zudem für einen Origin, der nicht in allowed_origins steht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is over capacity</source>
        <translation>Der Server ist überlastet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many connections on the server or the app; reconnect after a pause</source>
        <translation>zu viele Verbindungen auf dem Server oder der App; nach einer Pause erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to reconnect at once</source>
        <translation>Der Server bittet, sofort erneut zu verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or redeploy of the server, or a frame it could not read (Reverb answers 4200 &quot;Invalid message format&quot;)</source>
        <translation>ein Neustart oder erneutes Deployment des Servers oder ein Frame, den er nicht lesen konnte (Reverb antwortet mit 4200 &quot;Invalid message format&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not get a pong in time</source>
        <translation>Der Server hat nicht rechtzeitig ein Pong erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client did not answer the server&apos;s ping within about 30 s: a busy or suspended client, or a half-open network</source>
        <translation>der Client hat den Ping des Servers nicht innerhalb von etwa 30 s beantwortet: ein ausgelasteter oder angehaltener Client oder ein halb offenes Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection after inactivity</source>
        <translation>Der Server hat die Verbindung nach Inaktivität geschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was sent for longer than the activity timeout; the client must ping when idle</source>
        <translation>länger als das Aktivitäts-Timeout wurde nichts gesendet; der Client muss im Leerlauf pingen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client event rate limit was exceeded</source>
        <translation>Das Ratenlimit für Client-Ereignisse wurde überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more client- events than allowed (Pusher: 10 per second per connection); soketi and Reverb also use 4301 when client events are turned off</source>
        <translation>mehr client-Ereignisse als erlaubt (Pusher: 10 pro Sekunde und Verbindung); soketi und Reverb verwenden 4301 auch, wenn Client-Ereignisse ausgeschaltet sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The watchlist limit was exceeded</source>
        <translation>Das Watchlist-Limit wurde überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s watchlist is longer than the server allows</source>
        <translation>die Watchlist des Benutzers ist länger, als der Server erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the connection (code %1)</source>
        <translation>Der Server hat die Verbindung abgelehnt (Code %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4000-4099 are refusals: reconnecting with the same settings is refused again; check the app key, cluster, host and path</source>
        <translation>Codes 4000-4099 sind Ablehnungen: Ein erneutes Verbinden mit denselben Einstellungen wird wieder abgelehnt; App-Schlüssel, Cluster, Host und Pfad prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy (code %1)</source>
        <translation>Der Server ist ausgelastet (Code %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4100-4199 ask the client to back off: reconnect after at least 1 s, waiting longer each time</source>
        <translation>Codes 4100-4199 bitten den Client, sich zurückzuhalten: nach mindestens 1 s erneut verbinden und jedes Mal länger warten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to reconnect (code %1)</source>
        <translation>Der Server bittet um erneutes Verbinden (Code %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4200-4299 are transient: reconnect at once</source>
        <translation>Codes 4200-4299 sind vorübergehend: sofort erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported an error (code %1)</source>
        <translation>Der Server hat einen Fehler gemeldet (Code %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4300-4399 are other errors; pusher-js does not reconnect after one</source>
        <translation>Codes 4300-4399 sind sonstige Fehler; pusher-js verbindet sich danach nicht erneut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application-defined close code (%1)</source>
        <translation>Ein von der Anwendung definierter Close-Code (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Pusher code: the server or a proxy in front of it defines what it means</source>
        <translation>kein Pusher-Code: Der Server oder ein vorgeschalteter Proxy legt fest, was er bedeutet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registered close code (%1)</source>
        <translation>Ein registrierter Close-Code (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defined by a library or framework, not by Pusher; see the server&apos;s documentation</source>
        <translation>von einer Bibliothek oder einem Framework definiert, nicht von Pusher; siehe die Dokumentation des Servers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WebSocket close code (%1)</source>
        <translation>Ein WebSocket-Close-Code (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a standard code without a Pusher meaning; reconnect after a pause</source>
        <translation>ein Standardcode ohne Bedeutung bei Pusher; nach einer Pause erneut verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invalid close code (%1)</source>
        <translation>Ein ungültiger Close-Code (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid WebSocket close code: a server or proxy bug</source>
        <translation>kein gültiger WebSocket-Close-Code: ein Fehler im Server oder Proxy</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The channel was subscribed twice on this connection</source>
        <translation>Der Kanal wurde auf dieser Verbindung zweimal abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent pusher:subscribe again for a channel it already has (a resubscribe without unsubscribe); harmless, the first subscription still works</source>
        <translation>der Client hat pusher:subscribe erneut für einen Kanal gesendet, den er schon hat (ein erneutes Abonnieren ohne Abbestellen); harmlos, das erste Abonnement funktioniert weiter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused an authorization</source>
        <translation>Der Server hat eine Autorisierung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soketi and Reverb say this when a private or presence channel&apos;s auth signature does not match (the auth endpoint signs with another app key or secret, or signed another socket_id or channel_data); Pusher says it when user authentication (pusher:signin) failed</source>
        <translation>soketi und Reverb melden dies, wenn die Autorisierungssignatur eines privaten oder Presence-Kanals nicht passt (der Autorisierungs-Endpunkt signiert mit einem anderen App-Schlüssel oder -Geheimnis oder hat eine andere socket_id oder andere channel_data signiert); Pusher meldet es, wenn die Benutzer-Authentifizierung (pusher:signin) fehlgeschlagen ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private or presence channel was subscribed without an auth signature</source>
        <translation>Ein privater oder Presence-Kanal wurde ohne Autorisierungssignatur abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no channel authorization endpoint is configured, or its answer was not used; private-, presence- and private-encrypted- channels need one</source>
        <translation>kein Endpunkt für die Kanal-Autorisierung ist konfiguriert, oder seine Antwort wurde nicht verwendet; private-, presence- und private-encrypted-Kanäle brauchen einen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A presence channel was subscribed without valid channel_data</source>
        <translation>Ein Presence-Kanal wurde ohne gültige channel_data abonniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint answered as for a private channel; for a presence channel it must return channel_data with a user_id (Laravel: return the user&apos;s info as an array from the channel&apos;s callback)</source>
        <translation>der Autorisierungs-Endpunkt hat wie für einen privaten Kanal geantwortet; für einen Presence-Kanal muss er channel_data mit einer user_id zurückgeben (Laravel: die Infos des Benutzers als Array aus dem Callback des Kanals zurückgeben)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event was sent on a public channel</source>
        <translation>Ein Client-Ereignis wurde auf einem öffentlichen Kanal gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client- events are allowed on private- and presence- channels only</source>
        <translation>client-Ereignisse sind nur auf private- und presence-Kanälen erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events are turned off for this app</source>
        <translation>Client-Ereignisse sind für diese App ausgeschaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn them on: Pusher&apos;s app settings (&quot;Enable client events&quot;), soketi&apos;s enableClientMessages for the app, Reverb&apos;s app configuration in config/reverb.php</source>
        <translation>einschalten: in den App-Einstellungen von Pusher (&quot;Enable client events&quot;), mit enableClientMessages für die App bei soketi, in der App-Konfiguration von Reverb in config/reverb.php</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event&apos;s name lacks the client- prefix</source>
        <translation>Dem Namen eines Client-Ereignisses fehlt das Präfix client-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events sent by a client must be named client-…</source>
        <translation>von einem Client gesendete Ereignisse müssen client-… heißen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client event was sent on a channel this connection has not joined</source>
        <translation>Ein Client-Ereignis wurde auf einem Kanal gesendet, dem diese Verbindung nicht beigetreten ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscribe first and wait for pusher_internal:subscription_succeeded</source>
        <translation>zuerst abonnieren und auf pusher_internal:subscription_succeeded warten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this connection&apos;s Origin</source>
        <translation>Der Server hat den Origin dieser Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks the Origin header against the app&apos;s allowed_origins; add this origin (or *)</source>
        <translation>Reverb prüft den Origin-Header gegen allowed_origins der App; diesen Origin (oder *) hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not read a frame</source>
        <translation>Der Server konnte einen Frame nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent something that is not a Pusher message: not JSON, no event, or data of the wrong type</source>
        <translation>der Client hat etwas gesendet, das keine Pusher-Nachricht ist: kein JSON, kein event oder data vom falschen Typ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ably refused the channel because the client is not identified</source>
        <translation>Ably hat den Kanal abgelehnt, weil der Client nicht identifiziert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher adapter clients are never identified; turn off the &quot;require identification&quot; rule of the channel&apos;s namespace in the Ably dashboard</source>
        <translation>Clients über den Pusher-Adapter sind nie identifiziert; die Regel &quot;require identification&quot; für den Namespace des Kanals im Ably-Dashboard ausschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rate limit was exceeded</source>
        <translation>Ein Ratenlimit wurde überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent more client events or messages than the server allows; slow down</source>
        <translation>der Client hat mehr Client-Ereignisse oder Nachrichten gesendet, als der Server erlaubt; langsamer senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is shutting down</source>
        <translation>Der Server fährt herunter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a restart or deploy; reconnect shortly</source>
        <translation>ein Neustart oder Deployment; in Kürze erneut verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name is too long</source>
        <translation>Der Ereignisname ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 200 characters)</source>
        <translation>auf das Limit des Servers kürzen (Pusher: 200 Zeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event data is too large</source>
        <translation>Die Ereignisdaten sind zu groß</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send less data per event (Pusher: 10 KB)</source>
        <translation>weniger Daten pro Ereignis senden (Pusher: 10 KB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel name is too long</source>
        <translation>Der Kanalname ist zu lang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 164 characters)</source>
        <translation>auf das Limit des Servers kürzen (Pusher: 164 Zeichen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence channel is full</source>
        <translation>Der Presence-Kanal ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s member limit per presence channel is reached (Pusher: 100)</source>
        <translation>das Mitgliederlimit des Servers pro Presence-Kanal ist erreicht (Pusher: 100)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence user_info is too large</source>
        <translation>Die Presence-user_info ist zu groß</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint returns more user_info than the server allows; send less</source>
        <translation>der Autorisierungs-Endpunkt gibt mehr user_info zurück, als der Server erlaubt; weniger senden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Likely cause: %2.</source>
        <translation>%1. Wahrscheinliche Ursache: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported an error: %1</source>
        <translation>Der Server hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server gave no code; the message is its own wording</source>
        <translation>der Server hat keinen Code angegeben; die Meldung ist sein eigener Wortlaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error without a code or message</source>
        <translation>Der Server hat einen Fehler ohne Code oder Meldung gemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s log for what it refused</source>
        <translation>im Log des Servers nachsehen, was er abgelehnt hat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user authentication endpoint</source>
        <translation>Endpunkt für die Benutzer-Authentifizierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel authorization endpoint</source>
        <translation>Endpunkt für die Kanal-Autorisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 could not be reached (no HTTP answer)</source>
        <translation>Der %1 war nicht erreichbar (keine HTTP-Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint URL&apos;s host or port is wrong, the web application is not running, or TLS failed (an untrusted or expired certificate)</source>
        <translation>Host oder Port der Endpunkt-URL sind falsch, die Webanwendung läuft nicht, oder TLS ist fehlgeschlagen (ein nicht vertrauenswürdiges oder abgelaufenes Zertifikat)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an HTML page instead of JSON</source>
        <translation>Der %1 hat mit einer HTML-Seite statt mit JSON geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually a login page reached through a redirect: the session cookie or token is missing or expired; otherwise the URL is a page, not the endpoint (a single-page app&apos;s catch-all route)</source>
        <translation>meist eine Anmeldeseite, erreicht über eine Weiterleitung: Das Sitzungscookie oder Token fehlt oder ist abgelaufen; andernfalls ist die URL eine Seite, nicht der Endpunkt (die Catch-all-Route einer Single-Page-App)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an empty body</source>
        <translation>Der %1 hat mit einem leeren Rumpf geantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was signed; Laravel does this when BROADCAST_CONNECTION (BROADCAST_DRIVER before Laravel 11) is log or null instead of pusher or reverb</source>
        <translation>es wurde nichts signiert; Laravel tut das, wenn BROADCAST_CONNECTION (vor Laravel 11 BROADCAST_DRIVER) log oder null statt pusher oder reverb ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s answer is not a JSON object</source>
        <translation>Die Antwort vom %1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}; something else answered (debug output, a plain-text message)</source>
        <translation>der Endpunkt muss {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} zurückgeben; etwas anderes hat geantwortet (Debug-Ausgabe, eine Klartextmeldung)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pusher:signin needs {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</source>
        <translation>pusher:signin braucht {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} (plus channel_data for presence channels)</source>
        <translation>der Endpunkt muss {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} zurückgeben (bei Presence-Kanälen zusätzlich channel_data)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1&apos;s answer has no auth field</source>
        <translation>Die Antwort vom %1 hat kein Feld auth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1&apos;s answer has no auth field (it says: %2)</source>
        <translation>Die Antwort vom %1 hat kein Feld auth (sie lautet: %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s auth value is not &lt;key&gt;:&lt;signature&gt;</source>
        <translation>Der auth-Wert vom %1 ist nicht &lt;key&gt;:&lt;signature&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must prefix the hex signature with the app key and a colon</source>
        <translation>der Endpunkt muss der hexadezimalen Signatur den App-Schlüssel und einen Doppelpunkt voranstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user authentication answer has no user_data</source>
        <translation>Die Antwort der Benutzer-Authentifizierung hat keine user_data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher:signin needs user_data: a JSON string with at least the user&apos;s id</source>
        <translation>pusher:signin braucht user_data: eine JSON-Zeichenkette mit mindestens der ID des Benutzers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 redirected the request (HTTP %2)</source>
        <translation>Der %1 hat die Anfrage weitergeleitet (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually to a login page: the session cookie or token is missing or expired; or http:// redirects to https://, so use the https URL</source>
        <translation>meist auf eine Anmeldeseite: Das Sitzungscookie oder Token fehlt oder ist abgelaufen; oder http:// leitet auf https:// weiter, dann die https-URL verwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the request as malformed (HTTP 400)</source>
        <translation>Der %1 hat die Anfrage als fehlerhaft abgelehnt (HTTP 400)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it expects a form POST with socket_id and channel_name; check the auth params</source>
        <translation>er erwartet einen Formular-POST mit socket_id und channel_name; die Autorisierungs-Parameter prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 says the user is not authenticated (HTTP 401)</source>
        <translation>Der %1 meldet, dass der Benutzer nicht authentifiziert ist (HTTP 401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session cookie or bearer token is missing or expired; add it to the auth headers (Laravel Sanctum: Authorization: Bearer &lt;token&gt; for routes behind auth:sanctum)</source>
        <translation>das Sitzungscookie oder Bearer-Token fehlt oder ist abgelaufen; es zu den Autorisierungs-Headern hinzufügen (Laravel Sanctum: Authorization: Bearer &lt;token&gt; für Routen hinter auth:sanctum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user authentication endpoint refused to sign the user in (HTTP 403)</source>
        <translation>Der Endpunkt für die Benutzer-Authentifizierung hat die Anmeldung des Benutzers verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the application refuses this user</source>
        <translation>der Benutzer ist nicht angemeldet, oder die Anwendung lehnt diesen Benutzer ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel authorization endpoint refused access to the channel (HTTP 403)</source>
        <translation>Der Endpunkt für die Kanal-Autorisierung hat den Zugriff auf den Kanal verweigert (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the channel&apos;s authorization callback returned false. Laravel answers 403 for both: check the callback for this channel in routes/channels.php and the guard it uses</source>
        <translation>der Benutzer ist nicht angemeldet, oder der Autorisierungs-Callback des Kanals hat false zurückgegeben. Laravel antwortet in beiden Fällen mit 403: den Callback für diesen Kanal in routes/channels.php und den verwendeten Guard prüfen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user authentication endpoint was not found (HTTP 404)</source>
        <translation>Der Endpunkt für die Benutzer-Authentifizierung wurde nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong: pusher-js uses /pusher/user-auth by default, Laravel /broadcasting/user-auth (registered by Broadcast::userRoutes())</source>
        <translation>der Pfad ist falsch: pusher-js verwendet standardmäßig /pusher/user-auth, Laravel /broadcasting/user-auth (registriert durch Broadcast::userRoutes())</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel authorization endpoint was not found (HTTP 404)</source>
        <translation>Der Endpunkt für die Kanal-Autorisierung wurde nicht gefunden (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong (pusher-js uses /pusher/auth by default, Laravel /broadcasting/auth), or Laravel&apos;s broadcasting routes are not registered: run php artisan install:broadcasting (Laravel 11 and later register them from bootstrap/app.php) or enable BroadcastServiceProvider (Laravel 10 and older)</source>
        <translation>der Pfad ist falsch (pusher-js verwendet standardmäßig /pusher/auth, Laravel /broadcasting/auth), oder die Broadcasting-Routen von Laravel sind nicht registriert: php artisan install:broadcasting ausführen (Laravel 11 und neuer registrieren sie in bootstrap/app.php) oder BroadcastServiceProvider aktivieren (Laravel 10 und älter)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 does not accept POST (HTTP 405)</source>
        <translation>Der %1 akzeptiert kein POST (HTTP 405)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL is a page or another route, not the endpoint</source>
        <translation>die URL ist eine Seite oder eine andere Route, nicht der Endpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 refused the request: CSRF token missing or expired (HTTP 419)</source>
        <translation>Der %1 hat die Anfrage abgelehnt: CSRF-Token fehlt oder ist abgelaufen (HTTP 419)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel&apos;s broadcasting auth route runs in the web middleware group and needs the session cookie and an X-CSRF-TOKEN header from the same session (token clients: register the routes with auth:sanctum instead)</source>
        <translation>die Broadcasting-Autorisierungsroute von Laravel läuft in der Middleware-Gruppe web und braucht das Sitzungscookie und einen X-CSRF-TOKEN-Header aus derselben Sitzung (Token-Clients: die Routen stattdessen mit auth:sanctum registrieren)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the parameters (HTTP 422)</source>
        <translation>Der %1 hat die Parameter abgelehnt (HTTP 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>socket_id or channel_name is missing or invalid; check the auth params</source>
        <translation>socket_id oder channel_name fehlt oder ist ungültig; die Autorisierungs-Parameter prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is rate limiting the requests (HTTP 429)</source>
        <translation>Der %1 begrenzt die Anfragerate (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many authorizations at once, or a retry loop</source>
        <translation>zu viele Autorisierungen auf einmal oder eine Wiederholungsschleife</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 failed with a server error (HTTP 500)</source>
        <translation>Der %1 ist mit einem Serverfehler fehlgeschlagen (HTTP 500)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exception in the endpoint; Laravel: see storage/logs/laravel.log (often a missing app secret in the broadcasting config, or an error in the channel&apos;s callback)</source>
        <translation>eine Exception im Endpunkt; Laravel: siehe storage/logs/laravel.log (oft ein fehlendes App-Geheimnis in der Broadcasting-Konfiguration oder ein Fehler im Callback des Kanals)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1&apos;s web server is unavailable (HTTP %2)</source>
        <translation>Der Webserver hinter dem %1 ist nicht verfügbar (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application behind the proxy is down, restarting or too slow</source>
        <translation>die Anwendung hinter dem Proxy ist ausgefallen, startet neu oder ist zu langsam</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 failed with a server error (HTTP %2)</source>
        <translation>Der %1 ist mit einem Serverfehler fehlgeschlagen (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error in the web application; see its log</source>
        <translation>ein Fehler in der Webanwendung; siehe ihr Log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 refused the request (HTTP %2)</source>
        <translation>Der %1 hat die Anfrage abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the endpoint&apos;s answer for its reason</source>
        <translation>den Grund in der Antwort des Endpunkts nachlesen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel authorization endpoint answered %1 but not with a usable signature</source>
        <translation>Der Endpunkt für die Kanal-Autorisierung hat mit %1 geantwortet, aber nicht mit einer verwendbaren Signatur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page (a login page after a redirect) or JSON without auth; the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}</source>
        <translation>eine HTML-Seite (eine Anmeldeseite nach einer Weiterleitung) oder JSON ohne auth; der Endpunkt muss {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} zurückgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel could not be authorized</source>
        <translation>Der Kanal konnte nicht autorisiert werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel authorization endpoint failed or refused; see its answer</source>
        <translation>der Endpunkt für die Kanal-Autorisierung ist fehlgeschlagen oder hat abgelehnt; siehe seine Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server limit refused the subscription</source>
        <translation>Ein Serverlimit hat das Abonnement abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s limits for channels or presence members</source>
        <translation>die Limits des Servers für Kanäle oder Presence-Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed while subscribing</source>
        <translation>Beim Abonnieren ist ein Serverfehler aufgetreten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a server-side error; see the server&apos;s log</source>
        <translation>ein serverseitiger Fehler; siehe das Log des Servers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription was refused</source>
        <translation>Das Abonnement wurde abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was refused: %1</source>
        <translation>Das Abonnement wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the channel name, its prefix (private-, presence-) and the channel authorization</source>
        <translation>den Kanalnamen, sein Präfix (private-, presence-) und die Kanal-Autorisierung prüfen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a protocol message, not an application event</source>
        <translation>%1 ist eine Protokollnachricht, kein Anwendungsereignis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher: and pusher_internal: names are the connection&apos;s own messages (subscription succeeded, ping, error); bind the name the application broadcasts</source>
        <translation>Namen mit pusher: und pusher_internal: sind die eigenen Nachrichten der Verbindung (Abonnement erfolgreich, Ping, Fehler); an den Namen binden, den die Anwendung sendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bound name %1 starts with a dot</source>
        <translation>Der gebundene Name %1 beginnt mit einem Punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Laravel Echo, .listen(&apos;.Name&apos;) means &quot;no namespace&quot;; the dot is not part of the name on the wire: bind %1</source>
        <translation>in Laravel Echo bedeutet .listen(&apos;.Name&apos;) &quot;kein Namespace&quot;; der Punkt gehört auf der Leitung nicht zum Namen: an %1 binden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The events arrive as %1: the bound name %2 lacks the namespace</source>
        <translation>Die Ereignisse kommen als %1 an: Dem gebundenen Namen %2 fehlt der Namespace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel broadcasts an event under its fully qualified class name unless the event defines broadcastAs(); bind %1, or define broadcastAs() returning %2</source>
        <translation>Laravel sendet ein Ereignis unter seinem vollqualifizierten Klassennamen, sofern das Ereignis nicht broadcastAs() definiert; an %1 binden oder broadcastAs() definieren, das %2 zurückgibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The events arrive as %1, without the namespace of the bound %2</source>
        <translation>Die Ereignisse kommen als %1 an, ohne den Namespace des gebundenen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event defines broadcastAs(), which replaces the class name; bind %1 (in Echo: .listen(&apos;.%1&apos;))</source>
        <translation>das Ereignis definiert broadcastAs(), das den Klassennamen ersetzt; an %1 binden (in Echo: .listen(&apos;.%1&apos;))</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bound name %1 uses dots where the events use backslashes</source>
        <translation>Der gebundene Name %1 verwendet Punkte, wo die Ereignisse Backslashes verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echo turns a namespace written App.Events into App\Events; on the wire the name is %1</source>
        <translation>Echo macht aus einem als App.Events geschriebenen Namespace App\Events; auf der Leitung lautet der Name %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The names %1 and %2 differ only in letter case</source>
        <translation>Die Namen %1 und %2 unterscheiden sich nur in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event names are case-sensitive: bind %1</source>
        <translation>Ereignisnamen unterscheiden Groß- und Kleinschreibung: an %1 binden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The events arrive as the client event %1</source>
        <translation>Die Ereignisse kommen als Client-Ereignis %1 an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client events carry the client- prefix on the wire: bind %1</source>
        <translation>Client-Ereignisse tragen auf der Leitung das Präfix client-: an %1 binden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events arrive as %1, without the client- prefix of the bound name</source>
        <translation>Die Ereignisse kommen als %1 an, ohne das Präfix client- des gebundenen Namens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they are sent by the server, not by clients, so they have no client- prefix: bind %1</source>
        <translation>sie werden vom Server gesendet, nicht von Clients, und haben daher kein Präfix client-: an %1 binden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events arrive as %1 but %2 is bound</source>
        <translation>Ereignisse kommen als %1 an, gebunden ist aber %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bind the name the server sends; with Laravel check the event&apos;s namespace and broadcastAs()</source>
        <translation>an den Namen binden, den der Server sendet; bei Laravel den Namespace des Ereignisses und broadcastAs() prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The HTTP API refused the request&apos;s timestamp</source>
        <translation>Die HTTP-API hat den Zeitstempel der Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s clock differs from the server&apos;s by more than 600 s; synchronise the clock (NTP)</source>
        <translation>die Uhr dieses Computers weicht um mehr als 600 s von der des Servers ab; die Uhr synchronisieren (NTP)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the request signature</source>
        <translation>Die HTTP-API hat die Signatur der Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app secret is wrong for this app key, or the app id, key and secret come from different apps or environments</source>
        <translation>das App-Geheimnis ist für diesen App-Schlüssel falsch, oder App-ID, Schlüssel und Geheimnis stammen aus verschiedenen Apps oder Umgebungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not know this app key</source>
        <translation>Die HTTP-API kennt diesen App-Schlüssel nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app key does not belong to this app id or cluster</source>
        <translation>der App-Schlüssel gehört nicht zu dieser App-ID oder diesem Cluster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTTP API could not be reached (no HTTP answer)</source>
        <translation>Die HTTP-API war nicht erreichbar (keine HTTP-Antwort)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong host or port (Pusher: api-&lt;cluster&gt;.pusher.com; soketi and Reverb serve it on their WebSocket port), the server is down, or TLS failed</source>
        <translation>ein falscher Host oder Port (Pusher: api-&lt;cluster&gt;.pusher.com; soketi und Reverb stellen sie auf ihrem WebSocket-Port bereit), der Server ist ausgefallen, oder TLS ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the request body (HTTP 400)</source>
        <translation>Die HTTP-API hat den Anfragetext abgelehnt (HTTP 400)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON, a missing name, data or channels, data that is not a string, an invalid channel name, more than 100 channels or an event name over 200 characters</source>
        <translation>ungültiges JSON, fehlendes name, data oder channels, data, das keine Zeichenkette ist, ein ungültiger Kanalname, mehr als 100 Kanäle oder ein Ereignisname über 200 Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the authentication (HTTP 401)</source>
        <translation>Die HTTP-API hat die Authentifizierung abgelehnt (HTTP 401)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app secret or key, a clock more than 600 s off (auth_timestamp), or a body changed after signing (body_md5)</source>
        <translation>ein falsches App-Geheimnis oder ein falscher Schlüssel, eine Uhr, die mehr als 600 s abweicht (auth_timestamp), oder ein nach dem Signieren geänderter Anfragetext (body_md5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the app (HTTP 403)</source>
        <translation>Die HTTP-API hat die App abgelehnt (HTTP 403)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app is disabled or over its message quota</source>
        <translation>die App ist deaktiviert oder hat ihr Nachrichtenkontingent überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API does not know this app or path (HTTP 404)</source>
        <translation>Die HTTP-API kennt diese App oder diesen Pfad nicht (HTTP 404)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app id, or the base URL is not a Pusher HTTP API (wrong host or port, or a path prefix)</source>
        <translation>eine falsche App-ID, oder die Basis-URL ist keine Pusher-HTTP-API (falscher Host oder Port oder ein Pfadpräfix)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not accept this method (HTTP 405)</source>
        <translation>Die HTTP-API akzeptiert diese Methode nicht (HTTP 405)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the base URL points at something else than a Pusher HTTP API</source>
        <translation>die Basis-URL zeigt auf etwas anderes als eine Pusher-HTTP-API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event is too large for the HTTP API (HTTP 413)</source>
        <translation>Das Ereignis ist zu groß für die HTTP-API (HTTP 413)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event data is limited to 10 KB on Pusher (soketi and Reverb have their own limits); send less, or a reference to the data</source>
        <translation>Ereignisdaten sind bei Pusher auf 10 KB begrenzt (soketi und Reverb haben eigene Limits); weniger senden oder einen Verweis auf die Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the fields (HTTP 422)</source>
        <translation>Die HTTP-API hat die Felder abgelehnt (HTTP 422)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks name, data (a string) and channels; see its answer for the field</source>
        <translation>Reverb prüft name, data (eine Zeichenkette) und channels; das Feld steht in seiner Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API is rate limiting (HTTP 429)</source>
        <translation>Die HTTP-API begrenzt die Anfragerate (HTTP 429)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many events for the app&apos;s limit; slow down</source>
        <translation>zu viele Ereignisse für das Limit der App; langsamer senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTTP API failed with a server error (HTTP %1)</source>
        <translation>Die HTTP-API ist mit einem Serverfehler fehlgeschlagen (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a server-side error; retry later and see the server&apos;s log</source>
        <translation>ein serverseitiger Fehler; später erneut versuchen und das Log des Servers ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP API refused the request (HTTP %1)</source>
        <translation>Die HTTP-API hat die Anfrage abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s answer for its reason</source>
        <translation>den Grund in der Antwort des Servers nachlesen</translation>
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
        <location line="+50"/>
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
<context>
    <name>shuriken::pusher::SecretBox</name>
    <message>
        <location filename="../lib/pusher/secretbox.cpp" line="+81"/>
        <source>no usable shared secret for this channel</source>
        <translation>kein verwendbares gemeinsames Geheimnis für diesen Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libsodium could not be initialised</source>
        <translation>libsodium konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the event is not an encrypted payload ({nonce, ciphertext} expected)</source>
        <translation>das Ereignis sind keine verschlüsselten Nutzdaten ({nonce, ciphertext} erwartet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encrypted payload&apos;s nonce is not base64 of %1 bytes</source>
        <translation>die nonce der verschlüsselten Nutzdaten ist kein Base64 von %1 Bytes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encrypted payload&apos;s ciphertext is not base64 of at least %1 bytes</source>
        <translation>der ciphertext der verschlüsselten Nutzdaten ist kein Base64 von mindestens %1 Bytes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the event does not open with the channel&apos;s shared secret (the secret changed, or the server encrypted it for another channel)</source>
        <translation>das Ereignis lässt sich mit dem gemeinsamen Geheimnis des Kanals nicht öffnen (das Geheimnis hat sich geändert, oder der Server hat es für einen anderen Kanal verschlüsselt)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a key must be base64 of exactly %1 bytes</source>
        <translation>ein Schlüssel muss Base64 von genau %1 Bytes sein</translation>
    </message>
</context>
</TS>
