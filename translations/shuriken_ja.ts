<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/api/apierror.cpp" line="+212"/>
        <source>The server could not be reached</source>
        <translation>サーバーに接続できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the server failed</source>
        <translation>サーバーとの安全な接続に失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time</source>
        <translation>サーバーが時間内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was rejected</source>
        <translation>API キーが拒否されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not allowed to do this</source>
        <translation>この API キーにはこの操作の権限がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this endpoint</source>
        <translation>サーバーはこのエンドポイントを認識していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request</source>
        <translation>サーバーがリクエストを拒否しました</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests; the server asks to wait %n second(s)</source>
        <translation>
            <numerusform>リクエストが多すぎます。サーバーは %n 秒待つよう求めています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed to handle the request</source>
        <translation>サーバーがリクエストを処理できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood</source>
        <translation>サーバーの応答を解釈できませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was blocked by this application</source>
        <translation>このアプリケーションがリクエストをブロックしました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>request %1</source>
        <comment>the server&apos;s request id, for support</comment>
        <translation>リクエスト %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>summary (details)</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CaptureReader</name>
    <message>
        <location filename="../lib/capture/capturecodec.cpp" line="+91"/>
        <source>&quot;%1&quot; is not base64</source>
        <translation>&quot;%1&quot; は base64 ではありません</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>it has no &quot;type&quot;</source>
        <translation>&quot;type&quot; がありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it has no &quot;timeUs&quot;</source>
        <translation>&quot;timeUs&quot; がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its &quot;direction&quot; is neither &quot;in&quot; nor &quot;out&quot;</source>
        <translation>&quot;direction&quot; が &quot;in&quot; でも &quot;out&quot; でもありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its &quot;json&quot; is not a JSON object</source>
        <translation>&quot;json&quot; が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;data&quot;</source>
        <translation>&quot;data&quot; がありません</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>it has no &quot;state&quot;</source>
        <translation>&quot;state&quot; がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no &quot;status&quot;</source>
        <translation>&quot;status&quot; がありません</translation>
    </message>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="+321"/>
        <source>the compressed data is damaged (%1)</source>
        <translation>圧縮データが破損しています（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../lib/capture/gzipstream.cpp" line="+116"/>
        <source>unexpected data after the compressed stream</source>
        <translation>圧縮ストリームの後に予期しないデータがあります</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line %1 is longer than %2 MiB</source>
        <translation>%1 行目が %2 MiB を超えています</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is not a Shuriken capture file.</source>
        <translation>これは Shuriken のキャプチャファイルではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (it is empty).</source>
        <translation>これは Shuriken のキャプチャファイルではありません（空です）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Shuriken capture file (%1).</source>
        <translation>これは Shuriken のキャプチャファイルではありません（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is a HAR document, not a Shuriken capture file.</source>
        <translation>これは HAR ドキュメントであり、Shuriken のキャプチャファイルではありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The capture file ends inside its header: it was cut while it was being written.</source>
        <translation>キャプチャファイルがヘッダーの途中で終わっています。書き込み中に途切れました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (its header has no valid format version).</source>
        <translation>これは Shuriken のキャプチャファイルではありません（ヘッダーに有効な形式バージョンがありません）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This capture was written by a newer version (format %1); this build reads format %2 and older.</source>
        <translation>このキャプチャは新しいバージョンで書き込まれています（形式 %1）。このビルドが読み込めるのは形式 %2 以前です。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+164"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>The capture cannot be read: the device is not open for reading.</source>
        <translation>キャプチャを読み込めません。デバイスが読み取り用に開かれていません。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The capture is damaged after line %1: %2.</source>
        <translation>キャプチャは %1 行目より後が破損しています: %2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Line %1 is not a valid record: %2.</source>
        <translation>%1 行目は有効なレコードではありません: %2。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The compressed file has no proper end (it is still being written, or its writer was stopped); it was read up to the last complete record.</source>
        <translation>圧縮ファイルが正しく終わっていません（まだ書き込み中か、書き込み側が停止しました）。最後の完全なレコードまで読み込みました。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The file ends inside a record (it was cut while being written); it was read up to the last complete record, %n byte(s) after it were left out.</source>
        <translation>
            <numerusform>ファイルがレコードの途中で終わっています（書き込み中に途切れました）。最後の完全なレコードまで読み込み、その後の %n バイトは除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 It was read up to there.</source>
        <comment>the reason</comment>
        <translation>%1 その位置まで読み込みました。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not know were skipped.</source>
        <translation>
            <numerusform>このバージョンが認識できない種類のレコード %n 件をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/capture/capturejson.cpp" line="+482"/>
        <source>%1 at byte %2</source>
        <translation>バイト %2 で %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../lib/capture/gzipstream.cpp" line="-94"/>
        <source>zlib error %1</source>
        <translation>zlib エラー %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+25"/>
        <source>zlib could not start</source>
        <translation>zlib を開始できませんでした</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>not gzip data</source>
        <translation>gzip データではありません</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the compressed data ends early</source>
        <translation>圧縮データが途中で終わっています</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="-509"/>
        <location line="+61"/>
        <source>The compressor failed.</source>
        <translation>圧縮処理に失敗しました。</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+543"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>The capture cannot be written: the device is not open for writing.</source>
        <translation>キャプチャを書き込めません。デバイスが書き込み用に開かれていません。</translation>
    </message>
</context>
<context>
    <name>DisplayFilter</name>
    <message>
        <location filename="../lib/filter/filterlexer.cpp" line="+148"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>予期しない文字 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>invalid number &apos;%1&apos;</source>
        <translation>無効な数値 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unterminated string</source>
        <translation>文字列が閉じられていません</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 at column %2</source>
        <translation>%1（%2 列目）</translation>
    </message>
    <message>
        <location filename="../lib/filter/filterparser.cpp" line="+105"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>対応する &apos;(&apos; のない &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>予期しない &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the expression is nested too deeply</source>
        <translation>式の入れ子が深すぎます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty expression</source>
        <translation>式が空です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an expression after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に式が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に値が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a field after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後にフィールドが必要です</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+230"/>
        <source>missing &apos;)&apos; for &apos;(&apos;</source>
        <translation>&apos;(&apos; に対応する &apos;)&apos; がありません</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+10"/>
        <source>expected a string after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に文字列が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression (%1)</source>
        <translation>無効な正規表現（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a field before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の前にフィールドが必要です</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>invalid date and time &apos;%1&apos;</source>
        <translation>無効な日時 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected &apos;{&apos; after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の後に &apos;{&apos; が必要です</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing &apos;}&apos; for &apos;{&apos;</source>
        <translation>&apos;{&apos; に対応する &apos;}&apos; がありません</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>不明な関数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>metadata &apos;%1&apos; has no fields</source>
        <translation>メタデータ &apos;%1&apos; にはフィールドがありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a field name after &apos;.&apos;</source>
        <translation>&apos;.&apos; の後にフィールド名が必要です</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an index or a quoted key after &apos;[&apos;</source>
        <translation>&apos;[&apos; の後にインデックスまたは引用符で囲んだキーが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing &apos;]&apos; for &apos;[&apos;</source>
        <translation>&apos;[&apos; に対応する &apos;]&apos; がありません</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <location filename="../lib/record/eventexporter.cpp" line="+44"/>
        <source>Could not write the export: %1</source>
        <translation>エクスポートを書き込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+73"/>
        <source>The export target is not open for writing.</source>
        <translation>エクスポート先が書き込み用に開かれていません。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>JSON ではありません: オフセット %2 で %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a string</source>
        <translation>%1: 文字列が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receivedAt: not an ISO 8601 time</source>
        <translation>receivedAt: ISO 8601 形式の時刻ではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>payload: missing</source>
        <translation>payload: ありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>payload is not a JSON object</source>
        <translation>payload が JSON オブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <location filename="../lib/events/eventformatter.cpp" line="+110"/>
        <source>Received</source>
        <comment>event table column: local receive time</comment>
        <translation>受信時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <comment>event table column: receive time minus event time</comment>
        <translation>遅延</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When the event arrived here (local time)</source>
        <translation>イベントがここに届いた時刻（ローカル時刻）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive time minus the event&apos;s own time (%1)</source>
        <translation>受信時刻からイベント自身の時刻を引いた値（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stream&apos;s events carry no event time</source>
        <translation>このストリームのイベントにはイベント時刻がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole payload)</source>
        <translation>（ペイロード全体）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>≤ %1 s</source>
        <comment>latency known to a second</comment>
        <translation>≤ %1 秒</translation>
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
        <translation>買い</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <comment>trade side</comment>
        <translation>売り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>HarFormat</name>
    <message>
        <location filename="../lib/capture/harimport.cpp" line="+285"/>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server redirected to %1</source>
        <translation>サーバーが %1 にリダイレクトしました</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The HAR file has %n WebSocket connections; their frames are read as one session, in time order.</source>
        <translation>
            <numerusform>HAR ファイルには WebSocket 接続が %n 個あります。それらのフレームは時刻順に 1 つのセッションとして読み込みます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n WebSocket control frame(s) (close, ping, pong, continuation) were left out.</source>
        <translation>
            <numerusform>WebSocket の制御フレーム（close、ping、pong、continuation）%n 個を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket error message(s) of the browser were left out.</source>
        <translation>
            <numerusform>ブラウザーの WebSocket エラーメッセージ %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) without a direction or readable data were left out.</source>
        <translation>
            <numerusform>方向または読み取れるデータのない WebSocket メッセージ %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) had no time; they were given their connection&apos;s.</source>
        <translation>
            <numerusform>WebSocket メッセージ %n 件に時刻がなかったため、その接続の時刻を割り当てました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n HAR entr(y/ies) that are not objects were left out.</source>
        <translation>
            <numerusform>オブジェクトではない HAR エントリ %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n header(s) with credentials (Authorization, cookies) were redacted.</source>
        <translation>
            <numerusform>認証情報（Authorization、Cookie）を含むヘッダー %n 個を伏せ字にしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a HAR document: the file is empty.</source>
        <translation>これは HAR ドキュメントではありません。ファイルが空です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a HAR document: the JSON is malformed (%1 at byte %2).</source>
        <translation>これは HAR ドキュメントではありません。JSON が不正です（バイト %2 で %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a HAR document (it has no log.entries).</source>
        <translation>これは HAR ドキュメントではありません（log.entries がありません）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The HAR file has no WebSocket connection.</source>
        <translation>HAR ファイルに WebSocket 接続がありません。</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <location filename="../lib/sim/controlcommand.cpp" line="+39"/>
        <source>--path needs session, auth, streams, user-auth, http-api or all</source>
        <translation>--path には session、auth、streams、user-auth、http-api、all のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown path &quot;%1&quot; (session, auth, streams, user-auth, http-api, all)</source>
        <translation>不明なパス &quot;%1&quot;（session、auth、streams、user-auth、http-api、all）</translation>
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
        <translation>コマンド（1 行に 1 つ）:
  help                                  このヘルプ
  stats [json]                          接続、チャンネル、イベント、REST の各カウンター。json: 同じ内容と
                                        サブスクライブ中の全チャンネルを 1 行で出力（スクリプト向け）
  drop                                  すべての WebSocket をクローズフレームなしで切断（クライアントには 1006）
  close &lt;code&gt; [reason]                 すべての WebSocket を &lt;code&gt; で閉じる: 4001、4009、4100、4200、4201 など
  error &lt;code|null&gt; [message]           すべての WebSocket に pusher:error を送信（切断はしない）
  stop-pongs | start-pongs              pusher:ping と WebSocket の ping への応答を停止 / 再開
  confirm-subscribes on|off             subscription_succeeded を送信する（または送信を止める）
  channel-error CHANNEL CODE|null MSG   チャンネルを指定した pusher:error をそのサブスクライバーに送信
  malformed &lt;kind&gt;                      不正なフレームを 1 つ送信: invalid-json、data-not-string、missing-event、
                                        huge（10 MiB）、invalid-utf8
  rest &lt;status&gt; [retry-after] [--once | --times N] [--path P[,P]]
                                        REST に 401、403、429、500、503 などで応答（P: session、auth、
                                        streams、user-auth、http-api、all。auth は /pusher/auth と
                                        /broadcasting/auth も対象）。retry-after は秒数で、
                                        Retry-After として送信
  rest-delay &lt;ms&gt; [--path P[,P]]        REST に &lt;ms&gt; 後に応答
  rest ok                               REST の応答を正常かつ即時に戻す
  trigger &lt;channel&gt; &lt;event&gt; &lt;json&gt;      チャンネルのサブスクライバーにイベントを配信（JSON テキストを data として）。
                                        private-encrypted- チャンネルでは先に暗号化
  rate &lt;multiplier&gt;                     すべてのストリームのレートを倍率で調整
  rate &lt;stream&gt; &lt;events-per-second&gt;     1 つのストリームのレートを設定
  firehose &lt;count&gt;                      svm.token.swaps チャンネルが次のサブスクリプションで &lt;count&gt; 件のイベントを
                                        送出できる限り速く配信。0 = 通常のレート
  restart                               すべての接続を切断し、同じポートで再び待ち受け
  quit                                  シミュレーターを停止
例: rest 429 1 --once --path session</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unterminated quote</source>
        <translation>引用符が閉じられていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stats takes nothing or json</source>
        <translation>stats には引数なしか json のみを指定できます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopping</source>
        <translation>停止しています</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>dropped %n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続を切断しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>close needs a close code: 1000-1003, 1007-1011 or 3000-4999</source>
        <translation>close にはクローズコードが必要です: 1000-1003、1007-1011、3000-4999</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>closed %n connection(s) with %1</source>
        <translation>
            <numerusform>%n 件の接続を %1 で閉じました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error needs a code (or null) and a message</source>
        <translation>error にはコード（または null）とメッセージが必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>error code must be a number or null</source>
        <translation>エラーコードは数値または null でなければなりません</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>Simulated error</source>
        <translation>シミュレートされたエラー</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+31"/>
        <source>sent pusher:error to %n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続に pusher:error を送信しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>no longer answering pings</source>
        <translation>ping に応答しなくなりました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answering pings again</source>
        <translation>ping への応答を再開しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirm-subscribes needs on or off</source>
        <translation>confirm-subscribes には on または off が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirming subscriptions again</source>
        <translation>サブスクリプションの確認を再開しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer confirming subscriptions</source>
        <translation>サブスクリプションを確認しなくなりました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel-error needs a channel, a code (or null) and a message</source>
        <translation>channel-error にはチャンネル、コード（または null）、メッセージが必要です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed needs one of: invalid-json, data-not-string, missing-event, huge, invalid-utf8</source>
        <translation>malformed には次のいずれかが必要です: invalid-json, data-not-string, missing-event, huge, invalid-utf8</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>sent %1 to %n connection(s)</source>
        <translation>
            <numerusform>%n 件の接続に %1 を送信しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rate needs a non-negative multiplier</source>
        <translation>rate には 0 以上の倍率が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate multiplier %1</source>
        <translation>レート倍率 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate needs a non-negative number of events per second</source>
        <translation>rate には 0 以上の毎秒イベント数が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 events/s (before the multiplier)</source>
        <translation>%1: %2 イベント/秒（倍率適用前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</source>
        <translation>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>firehose needs a count (0 = off)</source>
        <translation>firehose には件数が必要です（0 = オフ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firehose armed: %1 events per svm.token.swaps subscription</source>
        <translation>firehose 準備完了: svm.token.swaps のサブスクリプションごとに %1 件のイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firehose off</source>
        <translation>firehose オフ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restart failed: %1</source>
        <translation>再起動に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarted on %1</source>
        <translation>%1 で再起動しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot;; type help</source>
        <translation>不明なコマンド &quot;%1&quot;。help と入力してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers normally again</source>
        <translation>REST は通常どおり応答するようになりました</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--times needs a positive count</source>
        <translation>--times には正の回数が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>rest needs an HTTP error status (400-599) or ok</source>
        <translation>rest には HTTP エラーステータス（400-599）または ok が必要です</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>retry-after must be a number of seconds</source>
        <translation>retry-after は秒数でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%1&quot;; type help</source>
        <translation>予期しない &quot;%1&quot;。help と入力してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers %1 until &quot;rest ok&quot;</source>
        <translation>&quot;rest ok&quot; まで REST は %1 で応答します</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>REST answers %1 for the next %n request(s)</source>
        <translation>
            <numerusform>次の %n 件のリクエストに REST は %1 で応答します</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trigger needs a channel, an event name and JSON data</source>
        <translation>trigger にはチャンネル、イベント名、JSON データが必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; は有効なチャンネル名ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>trigger needs valid JSON data, e.g. {&quot;message&quot;:&quot;hi&quot;}</source>
        <translation>trigger には有効な JSON データが必要です。例: {&quot;message&quot;:&quot;hi&quot;}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>triggered %1 on %2 to %n subscriber(s)</source>
        <translation>
            <numerusform>%2 で %1 をトリガーし、%n 件のサブスクライバーに送信しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rest-delay needs a delay in milliseconds</source>
        <translation>rest-delay にはミリ秒単位の遅延が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST answers after %1 ms</source>
        <translation>REST は %1 ms 後に応答します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: %1</source>
        <translation>待ち受け: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>websockets: %1 open, %2 accepted</source>
        <translation>WebSocket: %1 件オープン、%2 件受け入れ済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels: %1 active, %2 subscriptions</source>
        <translation>チャンネル: %1 件アクティブ、%2 件のサブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent subscriptions (to channels this server never resolved): %1</source>
        <translation>イベントの届かないサブスクリプション（このサーバーが一度も解決していないチャンネル宛て）: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events: %1 published, %2 frames sent, %3 bytes sent, %4 skipped for backlog</source>
        <translation>イベント: %1 件配信、%2 フレーム送信、%3 バイト送信、%4 件を滞留のためスキップ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rest: %1 requests (%2)</source>
        <translation>REST: %1 件のリクエスト（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic Pusher mode: %1 events triggered, %2 client events forwarded</source>
        <translation>汎用 Pusher モード: トリガーしたイベント %1 件、転送したクライアントイベント %2 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad client messages: %1, faults injected: %2, pongs: %3</source>
        <translation>不正なクライアントメッセージ: %1、注入した障害: %2、pong: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>オン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>オフ</translation>
    </message>
</context>
<context>
    <name>SimulatorServer</name>
    <message>
        <location filename="../lib/sim/simulatorserver.cpp" line="+75"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>%1:%2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <location filename="../lib/sim/faultinjector.cpp" line="+240"/>
        <location filename="../lib/sim/restapi.cpp" line="+115"/>
        <source>Invalid or expired API key</source>
        <translation>API キーが無効か期限切れです</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Invalid parameters (simulated fault)</source>
        <translation>無効なパラメーター（シミュレートされた障害）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API key lacks the required scope</source>
        <translation>この API キーには必要なスコープがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (simulated fault)</source>
        <translation>見つかりません（シミュレートされた障害）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service temporarily unavailable</source>
        <translation>サービスは一時的に利用できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal server error (simulated fault)</source>
        <translation>サーバー内部エラー（シミュレートされた障害）</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+23"/>
        <source>No endpoint %1 %2</source>
        <translation>エンドポイント %1 %2 はありません</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="+66"/>
        <source>%1 expects POST</source>
        <translation>%1 には POST が必要です</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Page Expired</source>
        <translation>ページの有効期限切れ</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>socket_id and channel_name are required</source>
        <translation>socket_id と channel_name は必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; は有効なチャンネル名ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user may not join channel %1</source>
        <translation>このユーザーはチャンネル %1 に参加できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>暗号化マスターキーは %1 バイトでなければなりません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>socket_id is required</source>
        <translation>socket_id は必須です</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown app: %1</source>
        <translation>不明なアプリ: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such HTTP API resource: %1</source>
        <translation>そのような HTTP API リソースはありません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../lib/sim/restapi.cpp" line="+7"/>
        <source>%1 expects %2</source>
        <translation>%1 には %2 が必要です</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>info must be a comma-separated string</source>
        <translation>info はカンマ区切りの文字列でなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown info attribute: %1</source>
        <translation>不明な info 属性: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name is required and must be a string</source>
        <translation>name は必須で、文字列でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event name is too long (%1 characters at most)</source>
        <translation>イベント名が長すぎます（最大 %1 文字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data is required and must be a string (JSON-encode objects first)</source>
        <translation>data は必須で、文字列でなければなりません（オブジェクトは先に JSON エンコードしてください）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data content of this event exceeds the allowed maximum (%1 bytes)</source>
        <translation>このイベントの data の内容が許容最大サイズ（%1 バイト）を超えています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each batch event needs a channel</source>
        <translation>バッチの各イベントにはチャンネルが必要です</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channels (an array) or channel is required</source>
        <translation>channels（配列）または channel が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event goes to 1 to %1 channels</source>
        <translation>1 つのイベントの送信先は 1～%1 チャンネルです</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+115"/>
        <source>Invalid channel name: &quot;%1&quot;</source>
        <translation>無効なチャンネル名: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>socket_id must be a Pusher socket id</source>
        <translation>socket_id は Pusher のソケット ID でなければなりません</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The request body must be a JSON object</source>
        <translation>リクエスト本文は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request body must be {&quot;batch&quot;: [events]}</source>
        <translation>リクエスト本文は {&quot;batch&quot;: [events]} でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch holds at most %1 events</source>
        <translation>1 つのバッチに含められるイベントは最大 %1 件です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each batch event must be an object</source>
        <translation>バッチの各イベントはオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>user_count is only available with filter_by_prefix=presence-</source>
        <translation>user_count は filter_by_prefix=presence- を指定した場合にのみ利用できます</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>user_count is only available for presence channels</source>
        <translation>user_count はプレゼンスチャンネルでのみ利用できます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users are only listed for presence channels</source>
        <translation>ユーザー一覧はプレゼンスチャンネルでのみ取得できます</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="-12"/>
        <source>Not found: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unrouted endpoint</source>
        <translation>ルーティングされていないエンドポイント</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream %1 has no filter &quot;%2&quot;</source>
        <translation>ストリーム %1 にフィルター &quot;%2&quot; はありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream %1 requires the filter &quot;%2&quot;</source>
        <translation>ストリーム %1 にはフィルター &quot;%2&quot; が必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chainId &quot;%1&quot; is not a supported chain (supported: %2)</source>
        <translation>chainId &quot;%1&quot; はサポートされていないチェーンです（サポート対象: %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not an EVM address (0x and 40 hex digits)</source>
        <translation>%1 &quot;%2&quot; は EVM アドレスではありません（0x と 16 進数 40 桁）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot; is not a Solana address (32 to 44 base58 characters)</source>
        <translation>%1 &quot;%2&quot; は Solana アドレスではありません（base58 で 32～44 文字）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than 128 characters</source>
        <translation>%1 は 128 文字を超えています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request body must be a JSON object: %1</source>
        <translation>リクエスト本文は JSON オブジェクトでなければなりません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>got another JSON value</source>
        <translation>別の JSON 値を受け取りました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;subscriptions&quot; must be an array</source>
        <translation>&quot;subscriptions&quot; は配列でなければなりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscriptions[%1]: %2</source>
        <translation>subscriptions[%1]: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown stream &quot;%1&quot;</source>
        <translation>不明なストリーム &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="-296"/>
        <location line="+38"/>
        <location filename="../lib/sim/restapi.cpp" line="+86"/>
        <source>socket_id &quot;%1&quot; is not a Pusher socket id</source>
        <translation>socket_id &quot;%1&quot; は Pusher のソケット ID ではありません</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+6"/>
        <source>Channel &quot;%1&quot; is public and needs no authorization</source>
        <translation>チャンネル &quot;%1&quot; は公開チャンネルなので認可は不要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted channels are not supported (&quot;%1&quot;)</source>
        <translation>暗号化チャンネルはサポートされていません（&quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This API key may not join channel &quot;%1&quot;</source>
        <translation>この API キーではチャンネル &quot;%1&quot; に参加できません</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No WebSocket endpoint at %1; use /app/&lt;appKey&gt;</source>
        <translation>%1 に WebSocket エンドポイントはありません。/app/&lt;appKey&gt; を使用してください</translation>
    </message>
    <message>
        <location filename="../lib/sim/channelhub.cpp" line="+108"/>
        <source>Could not find app by key %1</source>
        <translation>キー %1 のアプリが見つかりません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported protocol version</source>
        <translation>サポートされていないプロトコルバージョンです</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Client event rejected - client events must be prefixed by &apos;client-&apos; (got %1)</source>
        <translation>クライアントイベントが拒否されました - クライアントイベントには &apos;client-&apos; の接頭辞が必要です（受信: %1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client event rejected - client events are not allowed on private-encrypted channels</source>
        <translation>クライアントイベントが拒否されました - private-encrypted チャンネルではクライアントイベントは使用できません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client event rejected - not subscribed to channel %1</source>
        <translation>クライアントイベントが拒否されました - チャンネル %1 をサブスクライブしていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client event rejected - the data is larger than %1 bytes</source>
        <translation>クライアントイベントが拒否されました - data が %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>pusher:signin needs auth and user_data</source>
        <translation>pusher:signin には auth と user_data が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user_data must be a JSON object with an id</source>
        <translation>user_data は id を含む JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid signature for pusher:signin</source>
        <translation>pusher:signin の署名が無効です</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Invalid channel name &quot;%1&quot;</source>
        <translation>無効なチャンネル名 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid channel name</source>
        <translation>無効なチャンネル名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>existing subscription</source>
        <translation>既存のサブスクリプション</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted channels are not supported</source>
        <translation>暗号化チャンネルはサポートされていません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth info required to subscribe to %1</source>
        <translation>%1 をサブスクライブするには認可情報が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel_data required to subscribe to %1</source>
        <translation>%1 をサブスクライブするには channel_data が必要です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid signature for channel %1</source>
        <translation>チャンネル %1 の署名が無効です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>channel_data must be a JSON object with a user_id</source>
        <translation>channel_data は user_id を含む JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Invalid message: %1</source>
        <translation>無効なメッセージ: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Client event %1 rejected: client events are not enabled for this app</source>
        <translation>クライアントイベント %1 は拒否されました: このアプリではクライアントイベントが有効になっていません</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/monitor/main.cpp" line="+51"/>
        <source>unknown profile &quot;%1&quot;; known profiles: %2</source>
        <translation>不明なプロファイル &quot;%1&quot;。既知のプロファイル: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url: %1</source>
        <translation>--base-url: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command line</source>
        <translation>コマンドライン</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Shuriken ストリームモニター</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Native monitor for the Shuriken trading API&apos;s real-time streams.</source>
        <translation>Shuriken トレーディング API のリアルタイムストリーム用ネイティブモニター。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the built-in simulator, whatever profile was last used.</source>
        <translation>前回使用したプロファイルにかかわらず、内蔵シミュレーターを使用します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to this API base URL (for this run only).</source>
        <translation>この API ベース URL に接続します（今回の実行のみ）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this connection profile (id or name).</source>
        <translation>この接続プロファイル（ID または名前）で起動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNGs of the catalog, a live event table and the debugger into &lt;dir&gt; (on the simulator, with fresh settings), then quit.</source>
        <translation>カタログ、ライブイベント表、デバッガーの PNG を &lt;dir&gt; に保存して終了します（シミュレーターと初期設定を使用）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot create a temporary directory</source>
        <translation>一時ディレクトリを作成できません</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="+118"/>
        <source>A local Shuriken service: the REST control plane and a Pusher protocol 7 WebSocket on one port, publishing simulated events for every stream, with fault injection. Type &quot;help&quot; on stdin for the control commands. Secrets can also come from SHURIKEN_SIM_APP_SECRET and SHURIKEN_SIM_API_KEY. With --pusher, a plain Pusher-protocol server for the generic Pusher profile instead.</source>
        <translation>ローカルの Shuriken サービスです。REST コントロールプレーンと Pusher プロトコル 7 の WebSocket を 1 つのポートで提供し、すべてのストリームのシミュレートされたイベントを配信し、障害を注入できます。制御コマンドは標準入力で &quot;help&quot; と入力してください。シークレットは SHURIKEN_SIM_APP_SECRET と SHURIKEN_SIM_API_KEY からも指定できます。--pusher を指定すると、代わりに汎用 Pusher プロファイル向けの素の Pusher プロトコルサーバーとして動作します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port to listen on (0 = any free port).</source>
        <translation>待ち受けるポート（0 = 空いている任意のポート）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>待ち受けるアドレス（既定値 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of every generator and id.</source>
        <translation>すべてのジェネレーターと ID のシード。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplier of every stream&apos;s rate.</source>
        <translation>すべてのストリームのレートの倍率。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events per second of one stream, e.g. svm.token.swaps=50 (repeatable).</source>
        <translation>1 つのストリームの毎秒イベント数。例: svm.token.swaps=50（複数指定可）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pusher application key (an --epoch above 0 appends &quot;-e&lt;N&gt;&quot;).</source>
        <translation>Pusher アプリケーションキー（--epoch が 0 より大きいと &quot;-e&lt;N&gt;&quot; が付加されます）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment number: above 0, the app key and every channel name the session endpoint resolves end in &quot;-e&lt;N&gt;&quot;, as a restarted service may hand out new ones; clients that reconnect without a new session are refused (4001) or get silent channels. 0 = the plain names.</source>
        <translation>デプロイ番号: 0 より大きいと、アプリキーと、セッションエンドポイントが解決するすべてのチャンネル名の末尾に &quot;-e&lt;N&gt;&quot; が付きます（再起動したサービスが新しい名前を発行することがあるのと同様）。新しいセッションなしで再接続したクライアントは拒否される（4001）か、イベントの届かないチャンネルを受け取ります。0 = 元の名前。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session.recommendedReconnectBackoffMs of every session answer, comma-separated milliseconds, e.g. 200,400,800.</source>
        <translation>すべてのセッションの応答の session.recommendedReconnectBackoffMs。カンマ区切りのミリ秒数。例: 200,400,800。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pusher application secret.</source>
        <translation>Pusher アプリケーションシークレット。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require this Bearer key on REST (default: accept any).</source>
        <translation>REST でこの Bearer キーを必須にします（既定: どれでも受け入れる）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User id of presence channels.</source>
        <translation>プレゼンスチャンネルのユーザー ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish N svm.token.swaps events per subscription as fast as the socket drains (benchmarks).</source>
        <translation>サブスクリプションごとに svm.token.swaps イベントを N 件、ソケットが送出できる限り速く配信します（ベンチマーク用）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity_timeout announced to clients, in seconds.</source>
        <translation>クライアントに通知する activity_timeout（秒）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client silence before the server sends pusher:ping, in ms (default: the activity timeout).</source>
        <translation>サーバーが pusher:ping を送るまでのクライアントの無通信時間（ms、既定: アクティビティタイムアウト）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait for a pong before closing with 4201, in ms.</source>
        <translation>4201 で閉じる前に pong を待つ時間（ms）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the session endpoint without the {data: ...} envelope.</source>
        <translation>セッションエンドポイントに {data: ...} エンベロープなしで応答します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce authEndpoint as a relative path.</source>
        <translation>authEndpoint を相対パスとして通知します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portfolio/automation payloads in the Rust types&apos; snake_case form.</source>
        <translation>portfolio/automation のペイロードを Rust 型の snake_case 形式で送信します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic Pusher mode: a plain Pusher-protocol server (as Pusher Channels, soketi or Laravel Reverb with its application backend) instead of the Shuriken service. No Shuriken REST endpoints and no generated streams; POST /pusher/auth, /broadcasting/auth and /pusher/user-auth, the signed HTTP API under /apps/&lt;app-id&gt;/, client events, pusher:signin and private-encrypted channels.</source>
        <translation>汎用 Pusher モード: Shuriken サービスの代わりに、素の Pusher プロトコルサーバー（アプリケーションのバックエンドを伴う Pusher Channels、soketi、Laravel Reverb 相当）として動作します。Shuriken の REST エンドポイントと生成ストリームはありません。POST /pusher/auth、/broadcasting/auth、/pusher/user-auth、/apps/&lt;app-id&gt;/ 配下の署名付き HTTP API、クライアントイベント、pusher:signin、private-encrypted チャンネルを提供します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pusher app id of the HTTP API paths (--pusher).</source>
        <translation>HTTP API のパスに使う Pusher アプリ ID（--pusher）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the auth endpoints want &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; and answer 419 (Laravel&apos;s Page Expired) without it (--pusher).</source>
        <translation>認可エンドポイントで &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; を必須にし、ない場合は 419（Laravel の Page Expired）で応答します（--pusher）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base64 of the 32-byte key the private-encrypted channels&apos; shared secrets derive from (--pusher; default: a fixed test key).</source>
        <translation>private-encrypted チャンネルの shared_secret の導出元となる 32 バイトのキーの Base64（--pusher。既定: 固定のテスト用キー）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auth endpoints answer 403 for channels starting with this (--pusher, repeatable).</source>
        <translation>この文字列で始まるチャンネルに対して認可エンドポイントが 403 で応答します（--pusher、複数指定可）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A control command to run once listening, e.g. &quot;rest 429 2 --once&quot; (repeatable).</source>
        <translation>待ち受け開始後に実行する制御コマンド。例: &quot;rest 429 2 --once&quot;（複数指定可）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not read control commands.</source>
        <translation>制御コマンドを読み取りません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log every request and ping.</source>
        <translation>すべてのリクエストと ping をログに記録します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--port must be 0-65535</source>
        <translation>--port は 0～65535 でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bind needs an IP address</source>
        <translation>--bind には IP アドレスが必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: listening on %1, which is not a loopback address: other machines can reach the simulator</source>
        <translation>警告: ループバックではないアドレス %1 で待ち受けています。他のマシンからシミュレーターに接続できます</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed は 0 以上の整数でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rate must be a non-negative number</source>
        <translation>--rate は 0 以上の数値でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--stream-rate needs stream=rate, got &quot;%1&quot;</source>
        <translation>--stream-rate には stream=rate が必要です（指定値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--epoch must be a non-negative integer</source>
        <translation>--epoch は 0 以上の整数でなければなりません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--app-key, --app-secret and --user-id must not be empty</source>
        <translation>--app-key、--app-secret、--user-id は空にできません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--firehose needs a count</source>
        <translation>--firehose には件数が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--activity-timeout must be at least 1</source>
        <translation>--activity-timeout は 1 以上でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ping-interval must be a positive number of ms</source>
        <translation>--ping-interval は正のミリ秒数でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pong-timeout must be a positive number of ms</source>
        <translation>--pong-timeout は正のミリ秒数でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--backoff needs comma-separated milliseconds, got &quot;%1&quot;</source>
        <translation>--backoff にはカンマ区切りのミリ秒数が必要です（指定値: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--app-id must not be empty</source>
        <translation>--app-id は空にできません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shuriken simulator listening on %1</source>
        <translation>Shuriken シミュレーターは %1 で待ち受けています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket %1 (app key %2, epoch %3); type help for commands</source>
        <translation>WebSocket %1（アプリキー %2、エポック %3）。コマンドは help と入力</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generic Pusher mode: auth endpoint %1/pusher/auth, user auth %1/pusher/user-auth, HTTP API %1/apps/%2/</source>
        <translation>汎用 Pusher モード: 認可エンドポイント %1/pusher/auth、ユーザー認証 %1/pusher/user-auth、HTTP API %1/apps/%2/</translation>
    </message>
</context>
<context>
    <name>shuriken-stream</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>--subscribe &quot;%1&quot;: the stream id is missing</source>
        <translation>--subscribe &quot;%1&quot;: ストリーム ID がありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--subscribe &quot;%1&quot;: &quot;%2&quot; is not key=value</source>
        <translation>--subscribe &quot;%1&quot;: &quot;%2&quot; は key=value の形式ではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stream catalog (built in: the server has none)</source>
        <translation>ストリームカタログ（内蔵: サーバーにカタログがありません）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream catalog (from the server)</source>
        <translation>ストリームカタログ（サーバーから取得）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>cannot replay &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; を再生できません: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the capture was cut short: the %1 bytes after its last complete record were left out</source>
        <translation>キャプチャが途中で途切れています。最後の完全なレコードの後の %1 バイトは除外しました</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot replay &quot;%1&quot;: it records no subscription</source>
        <translation>&quot;%1&quot; を再生できません: サブスクリプションが記録されていません</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>--simulator is its own Pusher server: leave out --%1</source>
        <translation>--simulator は独自の Pusher サーバーです: --%1 を指定しないでください</translation>
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
        <translation>Shuriken リアルタイムストリーム用のヘッドレスクライアントです。サブスクライブしてイベントを JSON Lines として出力します。
イベントは標準出力に、状態の変化、サブスクリプションの状態、エラーは JSON Lines として標準エラー出力に出力されます。

--record FILE はセッションの動作をすべてキャプチャファイルに書き込みます（.gz で圧縮）。
--replay FILE はキャプチャまたは HAR ファイルをネットワークなしで再生し、ライブ実行時と
同じ内容を出力します。--replay FILE --output har はキャプチャを HAR として標準出力に書き込みます。

--pusher-key KEY (--cluster C | --ws-host H [--ws-port P] [--tls]) --channel NAME... を指定すると、代わりに
任意の Pusher プロトコルサーバー（Pusher Channels、soketi、Laravel Reverb、Ably）に接続し、
それらのチャンネルのすべてのイベントを JSON Lines {receivedAt, channel, event, data} として出力します。
プライベートチャンネルとプレゼンスチャンネルは --app-secret でここで署名するか、--auth-endpoint を通じて認可します。
--simulator --channel NAME... は内蔵シミュレーターの Pusher モードに対して同じことを行います。

--filter EXPR は表示フィルター EXPR に一致するイベントだけを出力します。例:
  --filter &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;  （言語仕様: docs/display-filters.md）
無効な EXPR は使用法エラーとなり、接続前にその列位置とともに報告されます。

終了コード: 0 正常（件数または時間に到達、再生の終了、または中断）、2 使用法エラー、
3 認証または認可に失敗（キーまたはチャンネルが拒否された）、
4 接続またはすべてのサブスクリプションが最終的に失敗、
5 キャプチャファイルを読み込めない（存在しない、破損、新しい形式、WebSocket のない HAR）
  または書き込めない、
6 キャプチャが途中で途切れている（書き込み側がレコードの途中で強制終了）: 途切れた位置まで再生。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>API base URL (default %1).</source>
        <translation>API ベース URL（既定値 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent key (or set SHURIKEN_API_KEY).</source>
        <translation>エージェントキー（または SHURIKEN_API_KEY を設定）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the embedded simulator and connect to it.</source>
        <translation>内蔵シミュレーターを起動して接続します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to stream[:key=value,...]; repeatable.</source>
        <translation>stream[:key=value,...] をサブスクライブします（複数指定可）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spec</source>
        <translation>指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the stream catalog and exit.</source>
        <translation>ストリームカタログを出力して終了します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after N events (with --filter: N matching events).</source>
        <translation>イベントを N 件受信したら停止します（--filter 指定時は一致したイベント N 件）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and count only the events the display filter EXPR matches, e.g. &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;.</source>
        <translation>表示フィルター &lt;式&gt; に一致するイベントだけを出力して数えます。例: &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPR</source>
        <translation>式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after S seconds.</source>
        <translation>S 秒後に停止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event format: jsonl (default) or table; with --replay also har (the capture as HAR 1.2, then exit).</source>
        <translation>イベントの形式: jsonl（既定）または table。--replay と併用する場合は har も可（キャプチャを HAR 1.2 として出力して終了）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a capture of the session (frames, HTTP exchanges, state and subscription changes) to FILE; gzip when it ends in .gz.</source>
        <translation>セッションのキャプチャ（フレーム、HTTP のやり取り、状態とサブスクリプションの変化）を &lt;ファイル&gt; に書き込みます。名前が .gz で終わる場合は gzip で圧縮します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Replay a capture or a HAR file instead of connecting; its subscriptions unless --subscribe narrows them.</source>
        <translation>接続する代わりにキャプチャまたは HAR ファイルを再生します。--subscribe で絞り込まない限り、記録されたサブスクリプションをすべて使います。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay pace: max (default, as fast as possible), or 1, 10 or 100 times the recorded pace.</source>
        <translation>再生の速さ: max（既定、できるだけ速く）、または記録時の速さの 1、10、100 倍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only count events; print a summary at the end.</source>
        <translation>イベントを数えるだけにし、最後に集計を出力します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the key to an auth endpoint on another origin.</source>
        <translation>別のオリジンにある認可エンドポイントにキーを送信します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--count needs a positive whole number</source>
        <translation>--count には正の整数が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration には正の秒数が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output must be jsonl, table or har</source>
        <translation>--output は jsonl、table、har のいずれかでなければなりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--output must be jsonl or table</source>
        <translation>--output は jsonl または table でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--replay and --%1 exclude each other</source>
        <translation>--replay と --%1 は同時に指定できません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--speed must be 1, 10, 100 or max</source>
        <translation>--speed は 1、10、100、max のいずれかでなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--speed needs --replay</source>
        <translation>--speed には --replay が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--record and --catalog exclude each other</source>
        <translation>--record と --catalog は同時に指定できません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is for the Shuriken API, not with --channel</source>
        <translation>--%1 は Shuriken API 用です。--channel とは併用できません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--simulator and --base-url exclude each other</source>
        <translation>--simulator と --base-url は同時に指定できません</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>the embedded simulator could not start</source>
        <translation>内蔵シミュレーターを起動できませんでした</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>--base-url &quot;%1&quot; is not an absolute URL</source>
        <translation>--base-url &quot;%1&quot; は絶対 URL ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no API key: pass --api-key, set SHURIKEN_API_KEY, or use --simulator</source>
        <translation>API キーがありません。--api-key を指定するか、SHURIKEN_API_KEY を設定するか、--simulator を使用してください</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nothing to do: give at least one --subscribe (or --catalog)</source>
        <translation>実行する処理がありません。--subscribe（または --catalog）を少なくとも 1 つ指定してください</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="+228"/>
        <source>every subscription failed for good</source>
        <translation>すべてのサブスクリプションが最終的に失敗しました</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommand.cpp" line="+32"/>
        <source>cannot write the capture &quot;%1&quot;: %2</source>
        <translation>キャプチャ &quot;%1&quot; を書き込めません: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>recording to &quot;%1&quot; stopped: %2</source>
        <translation>&quot;%1&quot; への記録が停止しました: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the capture has no subscription %1 (it has: %2)</source>
        <translation>キャプチャにサブスクリプション %1 がありません（あるもの: %2）</translation>
    </message>
</context>
<context>
    <name>shuriken::AboutBox</name>
    <message>
        <location filename="../app/monitor/aboutbox.cpp" line="+11"/>
        <source>&lt;h3&gt;Shuriken Stream Monitor %1&lt;/h3&gt;&lt;p&gt;A native monitor for the Shuriken trading API&apos;s real-time streams.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;%4&lt;br/&gt;%5, %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shuriken ストリームモニター %1&lt;/h3&gt;&lt;p&gt;Shuriken トレーディング API のリアルタイムストリーム用ネイティブモニターです。&lt;/p&gt;&lt;p&gt;Qt %2（%3 でビルド）&lt;br/&gt;%4&lt;br/&gt;%5、%6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown compiler</source>
        <translation>不明なコンパイラー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Shuriken Stream Monitor</source>
        <translation>Shuriken ストリームモニターについて</translation>
    </message>
</context>
<context>
    <name>shuriken::ApiClient</name>
    <message>
        <location filename="../lib/api/apiclient.cpp" line="+178"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; は http(s) の URL ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the API&apos;s origin (%2) and the API key is only sent to the API; allow foreign auth origins if you trust that server</source>
        <translation>%1 は API のオリジン（%2）ではなく、API キーは API にのみ送信されます。そのサーバーを信頼する場合は外部の認可オリジンを許可してください</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not the API&apos;s origin and does not use https: the API key would travel in clear text, so it is not sent there</source>
        <translation>%1 は API のオリジンではなく、https も使用していません。API キーが平文で送信されることになるため、そこには送信しません</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>no complete answer within %1 ms</source>
        <translation>%1 ms 以内に完全な応答がありませんでした</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the server redirected to %1; redirects are not followed so that the API key stays with the API</source>
        <translation>サーバーが %1 にリダイレクトしました。API キーを API の外に出さないため、リダイレクトには従いません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>本文が JSON ではありません（オフセット %2 で %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the body is JSON but not an object</source>
        <translation>本文は JSON ですがオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>shuriken::CaptureControls</name>
    <message>
        <location filename="../app/monitor/capturecontrols.cpp" line="+56"/>
        <source>&amp;Open Capture…</source>
        <translation>キャプチャを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Open Capture</source>
        <translation>キャプチャを開く</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Captures and HAR files (*.jsonl *.jsonl.gz *.gz *.har);;All files (*)</source>
        <translation>キャプチャと HAR ファイル (*.jsonl *.jsonl.gz *.gz *.har);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;Capture…</source>
        <translation>キャプチャを保存(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Capture</source>
        <translation>キャプチャを閉じる(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As fast as possible</source>
        <translation>できるだけ速く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1× recorded pace</source>
        <translation>記録時の速さの 1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10× recorded pace</source>
        <translation>記録時の速さの 10 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100× recorded pace</source>
        <translation>記録時の速さの 100 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay position: drag to move through the capture</source>
        <translation>再生位置: ドラッグしてキャプチャ内を移動します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close Capture</source>
        <translation>キャプチャを閉じる</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not open %1: %2</source>
        <translation>%1 を開けませんでした: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading capture %1… %2%</source>
        <comment>file name, percent</comment>
        <translation>キャプチャ %1 を読み込み中… %2%</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Capture %1 · %2 to %3 · %n entries</source>
        <translation>
            <numerusform>キャプチャ %1 · %2 ～ %3 · %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay</source>
        <translation>もう一度再生</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
</context>
<context>
    <name>shuriken::CatalogView</name>
    <message>
        <location filename="../app/monitor/catalogview.cpp" line="+49"/>
        <source>No catalog on a Pusher server: subscribe to a channel by name.</source>
        <translation>Pusher サーバーにはカタログがありません。チャンネル名を指定してサブスクライブしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to &amp;Channel…</source>
        <translation>チャンネルをサブスクライブ(&amp;C)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search streams (Ctrl+F)</source>
        <translation>ストリームを検索（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Subscribe…</source>
        <translation>サブスクライブ(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to the selected stream</source>
        <translation>選択したストリームをサブスクライブします</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n 件のストリーム</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n stream(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件のストリーム</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog: built in (the server did not provide one)</source>
        <translation>カタログ: 内蔵（サーバーが提供しませんでした）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: from the server</source>
        <translation>カタログ: サーバーから取得</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a stream to see its filters and payload schema.</source>
        <translation>ストリームを選択すると、フィルターとペイロードのスキーマが表示されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visibility</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema id</source>
        <translation>スキーマ ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters.</source>
        <translation>フィルターはありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needs channel authorization with your API key.</source>
        <translation>API キーによるチャンネル認可が必要です。</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelAuthorizer</name>
    <message>
        <location filename="../lib/api/channelauthorizer.cpp" line="+21"/>
        <source>no channel authorization endpoint is known yet; bootstrap a session first</source>
        <translation>チャンネル認可のエンドポイントがまだ不明です。先にセッションを開始してください</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>channel authorization needs HTTP 200, the server answered %1</source>
        <translation>チャンネル認可には HTTP 200 が必要ですが、サーバーの応答は %1 でした</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelDialog</name>
    <message>
        <location filename="../app/monitor/channeldialog.cpp" line="+19"/>
        <source>Subscribe to Channel</source>
        <translation>チャンネルをサブスクライブ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders, private-user.42, presence-room.1…</source>
        <translation>orders、private-user.42、presence-room.1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent channels of this profile are in the list</source>
        <translation>このプロファイルで最近使ったチャンネルが一覧にあります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>チャンネル(&amp;C):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. OrderShipped or .OrderShipped</source>
        <translation>任意。例: OrderShipped または .OrderShipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name your application binds: every event of the channel is shown, and events that arrive under other names are explained</source>
        <translation>アプリケーションがバインドしているイベント名。チャンネルのすべてのイベントが表示され、別の名前で届いたイベントには説明が付きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event your app &amp;binds:</source>
        <translation>アプリがバインドするイベント(&amp;B):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subscribe</source>
        <translation>サブスクライブ(&amp;S)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a channel name: the prefix decides its kind (private-, presence-, private-encrypted-).</source>
        <translation>チャンネル名を入力してください。接頭辞（private-、presence-、private-encrypted-）で種類が決まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a channel name: letters, digits and _ - = @ , . ; only, at most 164 characters.</source>
        <translation>チャンネル名ではありません。使用できるのは英字、数字、_ - = @ , . ; のみで、最大 164 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public channel: no authorization.</source>
        <translation>公開チャンネル: 認可は不要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private channel: authorized by the auth endpoint, or signed here with the app secret.</source>
        <translation>プライベートチャンネル: 認可エンドポイントで認可するか、ここでアプリシークレットを使って署名します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presence channel: authorized with the user&apos;s id and info; members are listed.</source>
        <translation>プレゼンスチャンネル: ユーザーの ID と情報で認可します。メンバーが一覧表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted channel: authorized like a private one; payloads are decrypted with the channel&apos;s shared secret.</source>
        <translation>暗号化チャンネル: プライベートチャンネルと同様に認可します。ペイロードはチャンネルの shared_secret で復号されます。</translation>
    </message>
</context>
<context>
    <name>shuriken::ColouringRulesDialog</name>
    <message>
        <location filename="../app/monitor/colouringrulesdialog.cpp" line="+23"/>
        <source>Colouring Rules</source>
        <translation>色付けルール</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row takes the colours of the first enabled rule whose display filter matches it.</source>
        <translation>行には、表示フィルターが一致する最初の有効なルールの色が付きます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colouring rules</source>
        <translation>色付けルール</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <comment>colouring rule</comment>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>colouring rule</comment>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Up</source>
        <translation>上へ移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>下へ移動</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A display filter, e.g. isBuy &amp;&amp; sizeUsd &gt; 10000</source>
        <translation>表示フィルター。例: isBuy &amp;&amp; sizeUsd &gt; 10000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foreground…</source>
        <translation>前景色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background…</source>
        <translation>背景色…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme Colours</source>
        <translation>テーマの色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the theme&apos;s text and background colours for this rule</source>
        <translation>このルールにテーマの文字色と背景色を使います</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colours:</source>
        <translation>色:</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Colouring &amp;Rules…</source>
        <translation>色付けルール(&amp;R)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New rule</source>
        <translation>新しいルール</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Foreground of “%1”</source>
        <translation>「%1」の前景色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background of “%1”</source>
        <translation>「%1」の背景色</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rule “%1”: %2</source>
        <translation>ルール「%1」: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::ColumnSchemaSet</name>
    <message>
        <location filename="../lib/events/columnschema.cpp" line="+43"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>売買</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price USD</source>
        <translation>価格 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size SOL</source>
        <translation>数量 SOL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size USD</source>
        <translation>数量 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maker</source>
        <translation>メイカー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>シンボル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>ブロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre balance</source>
        <translation>変更前残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post balance</source>
        <translation>変更後残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals</source>
        <translation>小数桁数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mint</source>
        <translation>ミント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders</source>
        <translation>保有者数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 balance</source>
        <translation>上位 10 保有残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer balance</source>
        <translation>開発者の残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snipers</source>
        <translation>スナイパー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insiders</source>
        <translation>インサイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundlers</source>
        <translation>バンドラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought USD</source>
        <translation>購入額 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold USD</source>
        <translation>売却額 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buys</source>
        <translation>購入数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sells</source>
        <translation>売却数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token balance</source>
        <translation>トークン残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer</source>
        <translation>開発者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre lamports</source>
        <translation>変更前 lamports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post lamports</source>
        <translation>変更後 lamports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEX</source>
        <translation>DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>カーブ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination pool</source>
        <translation>移行先プール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination DEX</source>
        <translation>移行先 DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>チェーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount native</source>
        <translation>ネイティブ額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount USD</source>
        <translation>金額 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidity USD</source>
        <translation>流動性 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market cap USD</source>
        <translation>時価総額 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal time</source>
        <translation>シグナル時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot</source>
        <translation>ボット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed</source>
        <translation>フィード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message time</source>
        <translation>メッセージ時刻</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>投稿者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionPanel</name>
    <message>
        <location filename="../app/monitor/connectionpanel.cpp" line="+36"/>
        <source>&amp;Profile:</source>
        <translation>プロファイル(&amp;P):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit connection profiles</source>
        <translation>接続プロファイルを編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profiles</source>
        <translation>プロファイルを編集</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnect</source>
        <translation>接続(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isconnect</source>
        <translation>切断(&amp;I)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pusher socket_id of this connection</source>
        <translation>この接続の Pusher socket_id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebSocket host</source>
        <translation>WebSocket ホスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round trip of the last ping</source>
        <translation>最後の ping の往復時間</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Pusher server of this profile</source>
        <translation>このプロファイルの Pusher サーバー</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>retrying…</source>
        <translation>再試行中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next attempt in %1 s</source>
        <translation>次の試行まで %1 秒</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>socket %1</source>
        <translation>ソケット %1</translation>
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
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <comment>connection timeline column: state change, reconnect or error</comment>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>connection timeline column: connection state</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>state</source>
        <comment>connection timeline entry kind</comment>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect</source>
        <comment>connection timeline entry kind</comment>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <comment>connection timeline entry kind</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attempt %1</source>
        <translation>試行 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 at %2 (in %3 ms)</source>
        <translation>試行 %1（%2、%3 ms 後）</translation>
    </message>
</context>
<context>
    <name>shuriken::DebuggerView</name>
    <message>
        <location filename="../app/monitor/debuggerview.cpp" line="+72"/>
        <source>data, decoded:</source>
        <translation>data（デコード済み）:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hide pusher:ping and pusher:pong frames (they stay in the log)</source>
        <translation>pusher:ping と pusher:pong のフレームを隠します（ログには残ります）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In and out</source>
        <translation>受信と送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming only</source>
        <translation>受信のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing only</source>
        <translation>送信のみ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter frames by event, channel or text</source>
        <translation>イベント、チャンネル、テキストでフレームを絞り込み</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the newest frames in view</source>
        <translation>最新のフレームを表示し続けます</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Frames</source>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates</source>
        <translation>レート</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide heart&amp;beats</source>
        <translation>ハートビートを隠す(&amp;B)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>追従</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <comment>frame log</comment>
        <translation>クリア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides the frames shown so far. The flight recorder keeps them for a saved capture.</source>
        <translation>これまでに表示したフレームを隠します。フライトレコーダーには残るので、キャプチャとして保存できます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a frame to see its whole text</source>
        <translation>フレームを選択すると全文が表示されます</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>レスポンス</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Events per second, last 60 s</source>
        <translation>毎秒イベント数（直近 60 秒）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event bytes</source>
        <translation>イベントのバイト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames in</source>
        <translation>受信フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames out</source>
        <translation>送信フレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>受信バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>送信バイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed frames</source>
        <translation>不正なフレーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrouted events</source>
        <translation>振り分け先のないイベント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects</source>
        <translation>再接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session requests</source>
        <translation>セッションリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth requests</source>
        <translation>認可リクエスト</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 frames</source>
        <translation>%2 フレーム中 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go by the flight recorder</source>
        <translation>フライトレコーダーが %1 件を破棄</translation>
    </message>
</context>
<context>
    <name>shuriken::DisplayFilterEdit</name>
    <message>
        <location filename="../app/monitor/displayfilteredit.cpp" line="+48"/>
        <source>Save this filter, or apply a saved or recent one</source>
        <translation>このフィルターを保存するか、保存済みまたは最近使ったフィルターを適用します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter bookmarks</source>
        <translation>表示フィルターのブックマーク</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply a display filter… &lt;Ctrl-/&gt;</source>
        <translation>表示フィルターを適用… &lt;Ctrl-/&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter</source>
        <translation>表示フィルター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <comment>display filter</comment>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this display filter (Enter)</source>
        <translation>この表示フィルターを適用（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply display filter</source>
        <translation>表示フィルターを適用</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Valid display filter</source>
        <translation>有効な表示フィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid display filter: %1</source>
        <translation>無効な表示フィルター: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A display filter such as isBuy &amp;&amp; priceUsd &gt; 150 (see docs/display-filters.md); Enter applies it</source>
        <translation>isBuy &amp;&amp; priceUsd &gt; 150 のような表示フィルター（docs/display-filters.md を参照）。Enter で適用します</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save Display Filter</source>
        <translation>表示フィルターを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the filter:</source>
        <translation>フィルターの名前:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save This Filter…</source>
        <translation>このフィルターを保存…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Saved Filter</source>
        <translation>保存済みフィルターを削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved Filters</source>
        <translation>保存済みフィルター</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent Filters</source>
        <translation>最近使ったフィルター</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear Recent Filters</source>
        <translation>最近使ったフィルターを消去</translation>
    </message>
</context>
<context>
    <name>shuriken::EventFilterProxyModel</name>
    <message>
        <location filename="../lib/models/eventfilterproxymatching.cpp" line="+23"/>
        <source>%1 (at position %2)</source>
        <translation>%1（位置 %2）</translation>
    </message>
    <message>
        <location filename="../lib/models/eventfilterproxymodel.cpp" line="+235"/>
        <source>Δ displayed</source>
        <translation>Δ 表示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since reference</source>
        <translation>基準からの経過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds since the row shown above</source>
        <translation>上に表示された行からの秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds since the time reference row (Ctrl+T)</source>
        <translation>時間基準の行からの秒数 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableModel</name>
    <message>
        <location filename="../lib/models/eventtablemodelcustom.cpp" line="+122"/>
        <source>The field %1 of each event (a custom column)</source>
        <translation>各イベントのフィールド %1（カスタム列）</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableView</name>
    <message>
        <location filename="../app/monitor/eventtableview.cpp" line="+55"/>
        <source>Freeze this table; events arriving meanwhile are let go and counted</source>
        <translation>この表を固定します。その間に届いたイベントは破棄され、件数が記録されます</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+175"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>追従</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest rows in view; scrolling away stops following, scrolling back to the end resumes it</source>
        <translation>最新の行を表示し続けます。スクロールして離れると追従を止め、末尾に戻ると再開します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter rows</source>
        <translation>行を絞り込み</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Treat the filter as a regular expression</source>
        <translation>フィルターを正規表現として扱います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>正規表現</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column the filter looks at</source>
        <translation>フィルターの対象列</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>All columns</source>
        <translation>すべての列</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Indent</source>
        <comment>pretty-print JSON</comment>
        <translation>インデント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the payload indented instead of exactly as it arrived</source>
        <translation>ペイロードを受信したままではなくインデントして表示します</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Raw payload of the selected event</source>
        <translation>選択したイベントの生のペイロード</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy as JSON</source>
        <translation>JSON としてコピー</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy Cell</source>
        <translation>セルをコピー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear Table</source>
        <translation>表をクリア</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Arrival Order</source>
        <translation>到着順</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>再開</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Set Time Reference</source>
        <translation>時間基準を設定</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Invalid regular expression: %1</source>
        <translation>無効な正規表現: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Column</source>
        <translation>列を削除</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go</source>
        <translation>%1 件を破棄</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows are let go when the table is full (%1 rows, see Settings) or paused: %2 evicted, %3 while paused</source>
        <translation>表がいっぱい（%1 行、設定を参照）または一時停止中のときは行が破棄されます: 押し出し %2 件、一時停止中 %3 件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a row to see the whole event.</source>
        <translation>行を選択するとイベント全体が表示されます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received %1</source>
        <translation>受信 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object: %1</source>
        <translation>JSON オブジェクトではありません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields not in the schema: %1</source>
        <translation>スキーマにないフィールド: %1</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventtableviewfilter.cpp" line="+34"/>
        <source>Go to Display Filter</source>
        <translation>表示フィルターへ移動</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Selected</source>
        <comment>apply as filter</comment>
        <translation>選択済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Selected</source>
        <comment>apply as filter</comment>
        <translation>非選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and Selected</source>
        <comment>apply as filter</comment>
        <translation>…かつ選択済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or Selected</source>
        <comment>apply as filter</comment>
        <translation>…または選択済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and not Selected</source>
        <comment>apply as filter</comment>
        <translation>…かつ非選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or not Selected</source>
        <comment>apply as filter</comment>
        <translation>…または非選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply as Filter</source>
        <translation>フィルターとして適用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare as Filter</source>
        <translation>フィルターとして準備</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply as Column</source>
        <translation>列として適用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A table column with this field of every event</source>
        <translation>各イベントのこのフィールドを表の列として表示します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as Filter</source>
        <translation>フィルターとしてコピー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Field Path</source>
        <translation>フィールドのパスをコピー</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plot</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chart of this field over time, for the rows the table shows</source>
        <translation>表に表示されている行について、このフィールドの時間変化をグラフにします</translation>
    </message>
</context>
<context>
    <name>shuriken::FieldPlotWindow</name>
    <message>
        <location filename="../app/monitor/fieldplotwindow.cpp" line="+35"/>
        <source>Plot: %1</source>
        <translation>グラフ: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation>受信時刻</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Moving average over</source>
        <translation>移動平均の点数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> points</source>
        <translation> 点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashed line of each field is the average of this many points up to each point</source>
        <translation>各フィールドの破線は、各点までのこの数の点の平均です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG…</source>
        <translation>PNG をエクスポート…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a condition, not a value to plot</source>
        <translation>%1 は条件であり、グラフにできる値ではありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (moving average)</source>
        <translation>%1（移動平均）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2 values · minimum %3 · maximum %4 · average %5</source>
        <translation>%1: 値 %2 個 · 最小 %3 · 最大 %4 · 平均 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows without a number</source>
        <translation>数値のない行 %1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the table…</source>
        <translation>表を読み込み中…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Export Plot</source>
        <translation>グラフをエクスポート</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>shuriken::FilterValueValidator</name>
    <message>
        <location filename="../app/monitor/filtervalidator.cpp" line="+60"/>
        <source>base58 address (32–44 characters)</source>
        <translation>base58 アドレス（32～44 文字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0x followed by 40 hex digits</source>
        <translation>0x に続けて 16 進数 40 桁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal chain id, e.g. 1 or 8453</source>
        <translation>10 進数のチェーン ID（例: 1 や 8453）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a Solana address is 32 to 44 base58 characters</source>
        <translation>Solana アドレスは base58 で 32～44 文字です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an EVM address is 0x followed by 40 hex digits</source>
        <translation>EVM アドレスは 0x に続けて 16 進数 40 桁です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a chain id is a positive decimal number</source>
        <translation>チェーン ID は正の 10 進数です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is empty</source>
        <translation>値が空です</translation>
    </message>
</context>
<context>
    <name>shuriken::FrameLogModel</name>
    <message>
        <location filename="../lib/models/framelogmodel.cpp" line="+57"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dir</source>
        <comment>frame log column: in or out</comment>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>frame log column: Pusher event name</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>frame log column: bytes</comment>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame</source>
        <comment>frame log column: frame text</comment>
        <translation>フレーム</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in</source>
        <comment>frame direction</comment>
        <translation>受信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <comment>frame direction</comment>
        <translation>送信</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>%1 バイトのバイナリフレーム（このプロトコルはテキストフレームのみを使用します）</translation>
    </message>
</context>
<context>
    <name>shuriken::HttpLogModel</name>
    <message>
        <location filename="../lib/models/httplogmodel.cpp" line="+48"/>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <comment>HTTP method</comment>
        <translation>メソッド</translation>
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
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTP answer</source>
        <translation>HTTP 応答なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
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
        <translation>真偽値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not described by the stream&apos;s schema</source>
        <translation>%1 はストリームのスキーマに記述されていません</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>型</translation>
    </message>
</context>
<context>
    <name>shuriken::MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="+68"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Shuriken ストリームモニター</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event table is open.

Double-click a stream in the catalog to subscribe, or open a subscription&apos;s tab from the Subscriptions list.</source>
        <translation>イベント表は開いていません。

カタログでストリームをダブルクリックしてサブスクライブするか、サブスクリプション一覧からサブスクリプションのタブを開いてください。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connected to the built-in simulator — no real market data.</source>
        <translation>内蔵シミュレーターに接続中 — 実際の市場データではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure API Key…</source>
        <translation>API キーを設定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Shuriken agent key to see real data</source>
        <translation>実データを見るには Shuriken のエージェントキーを入力してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter API Key…</source>
        <translation>API キーを入力…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain is available: API keys are kept for this session only and must be entered again after a restart.</source>
        <translation>システムのキーチェーンを利用できません。API キーはこのセッションの間だけ保持され、再起動後にもう一度入力する必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <comment>connect again</comment>
        <translation>再試行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles…</source>
        <translation>プロファイル…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog</source>
        <translation>カタログ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscriptions</source>
        <translation>サブスクリプション</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection Debugger</source>
        <translation>接続デバッガー</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channel</source>
        <translation>チャンネル</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsubscribed from %1</source>
        <translation>%1 のサブスクリプションを解除しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Visible Table as &amp;CSV…</source>
        <translation>表示中の表を CSV としてエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Visible Table as &amp;JSON Lines…</source>
        <translation>表示中の表を JSON Lines としてエクスポート(&amp;J)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Stream</source>
        <translation>ストリームを検索(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;Rows</source>
        <translation>行を絞り込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Heartbeats</source>
        <translation>ハートビートを隠す(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>サブスクライブ(&amp;S)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a stream in the catalog first.</source>
        <translation>まずカタログでストリームを選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unsubscribe Current Tab</source>
        <translation>現在のタブのサブスクリプションを解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Shuriken Stream Monitor</source>
        <translation>Shuriken ストリームモニターについて(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
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
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile “%1” needs an agent key before it can connect.</source>
        <translation>プロファイル「%1」は接続する前にエージェントキーが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in simulator could not start: %1</source>
        <translation>内蔵シミュレーターを起動できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog unavailable (%1); showing the built-in catalog.</source>
        <translation>カタログを取得できません（%1）。内蔵カタログを表示しています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no catalog endpoint; showing the built-in catalog.</source>
        <translation>サーバーにカタログのエンドポイントがありません。内蔵カタログを表示しています。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · signed in as %2</source>
        <translation>%1 · %2 としてサインイン中</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The built-in simulator runs as a plain Pusher server: subscribe to a channel by name (Ctrl+N).</source>
        <translation>内蔵シミュレーターは素の Pusher サーバーとして動作しています。チャンネル名を指定してサブスクライブしてください（Ctrl+N）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Shuriken Stream Monitor</source>
        <translation>%1 — Shuriken ストリームモニター</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection failed.</source>
        <translation>接続に失敗しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1
Closing the tab keeps the subscription running; unsubscribe from the Subscriptions list or this tab&apos;s context menu.</source>
        <translation>%1
タブを閉じてもサブスクリプションは続きます。解除するにはサブスクリプション一覧か、このタブのコンテキストメニューを使ってください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 keeps running. Open its tab again from the Subscriptions list.</source>
        <translation>%1 は引き続き動作しています。タブはサブスクリプション一覧から再び開けます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close Tab</source>
        <translation>タブを閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>サブスクリプションを解除</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 events/s · %2 frames/s · %3 · %4 rows let go</source>
        <translation>%1 イベント/秒 · %2 フレーム/秒 · %3 · 破棄 %4 行</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export Visible Table as JSON Lines</source>
        <translation>表示中の表を JSON Lines としてエクスポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Visible Table as CSV</source>
        <translation>表示中の表を CSV としてエクスポート</translation>
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
            <numerusform>%n 行を %1 にエクスポートしています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to %1 failed: %2</source>
        <translation>%1 へのエクスポートに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>shuriken::MessageBanner</name>
    <message>
        <location filename="../app/monitor/messagebanner.cpp" line="+58"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorController</name>
    <message>
        <location filename="../app/monitor/monitorcontrollercapture.cpp" line="+60"/>
        <location line="+58"/>
        <source>the capture holds no subscription to replay</source>
        <translation>キャプチャに再生できるサブスクリプションがありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read again</source>
        <translation>ファイルを再度読み込めません</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorSettings</name>
    <message>
        <location filename="../app/monitor/monitorsettings.cpp" line="+466"/>
        <source>Payload not parsed</source>
        <translation>ペイロード未解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap buys</source>
        <translation>スワップの購入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap sells</source>
        <translation>スワップの売却</translation>
    </message>
</context>
<context>
    <name>shuriken::PresenceMemberModel</name>
    <message>
        <location filename="../lib/models/presencemembermodel.cpp" line="+37"/>
        <source>%1 (you)</source>
        <comment>presence member: our own user</comment>
        <translation>%1（自分）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the user_id this connection subscribed with</source>
        <translation>%1: この接続がサブスクライブに使った user_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user_info</source>
        <translation>user_info なし</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User ID</source>
        <translation>ユーザー ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User info</source>
        <translation>ユーザー情報</translation>
    </message>
</context>
<context>
    <name>shuriken::PresencePanel</name>
    <message>
        <location filename="../app/monitor/presencepanel.cpp" line="+61"/>
        <source>Filter members</source>
        <translation>メンバーを絞り込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the members whose user ID or user info contains this text</source>
        <translation>ユーザー ID またはユーザー情報にこのテキストを含むメンバーを表示します</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+144"/>
        <source>Copy Member as JSON</source>
        <translation>メンバーを JSON としてコピー</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No subscription selected</source>
        <translation>サブスクリプションが選択されていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a presence channel: only presence-* channels have members</source>
        <translation>%1 はプレゼンスチャンネルではありません。メンバーがいるのは presence-* チャンネルだけです</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the subscription (%1)</source>
        <translation>サブスクリプションを待っています（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the subscription (%1: %2)</source>
        <translation>サブスクリプションを待っています（%1: %2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No presence channel</source>
        <translation>プレゼンスチャンネルなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a presence channel</source>
        <translation>プレゼンスチャンネルではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for subscription</source>
        <translation>サブスクリプションを待っています</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>メンバー %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s), %1 shown</source>
        <translation>
            <numerusform>メンバー %n 人（%1 人を表示）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copy User ID</source>
        <translation>ユーザー ID をコピー</translation>
    </message>
</context>
<context>
    <name>shuriken::Profile</name>
    <message>
        <location filename="../app/monitor/profile.cpp" line="+14"/>
        <source>Built-in simulator</source>
        <translation>内蔵シミュレーター</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+31"/>
        <source>Shuriken API</source>
        <translation>Shuriken API</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Custom base URL</source>
        <translation>カスタムベース URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pusher-protocol server</source>
        <translation>Pusher プロトコルサーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in simulator (Pusher mode)</source>
        <translation>内蔵シミュレーター（Pusher モード）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simulator</source>
        <translation>シミュレーター</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulator (Pusher mode)</source>
        <translation>シミュレーター（Pusher モード）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter an absolute URL such as https://api.shuriken.trade.</source>
        <translation>https://api.shuriken.trade のような絶対 URL を入力してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must start with http:// or https://.</source>
        <translation>ベース URL は http:// または https:// で始まる必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL has no host.</source>
        <translation>ベース URL にホストがありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the API key in the key field, not in the URL.</source>
        <translation>API キーは URL ではなくキー欄に入力してください。</translation>
    </message>
</context>
<context>
    <name>shuriken::ProfileDialog</name>
    <message>
        <location filename="../app/monitor/profiledialog.cpp" line="+28"/>
        <source>Connection Profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Pusher Server</source>
        <translation>Pusher サーバーを追加(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Pusher Channels, soketi, Laravel Reverb or Ably server, subscribed to directly</source>
        <translation>直接サブスクライブする Pusher Channels、soketi、Laravel Reverb、Ably のサーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base &amp;URL:</source>
        <translation>ベース URL(&amp;U):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sk_… (leave empty to keep the stored key)</source>
        <translation>sk_…（保存済みのキーを使うには空のままにします）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the key while typing</source>
        <translation>入力中のキーを表示</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget Key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored key from the keychain when you press OK</source>
        <translation>OK を押したときに保存済みのキーをキーチェーンから削除します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent &amp;key:</source>
        <translation>エージェントキー(&amp;K):</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+162"/>
        <source>The built-in simulator runs inside the monitor on a loopback port and needs no key. Its data is generated, not real market data.</source>
        <translation>内蔵シミュレーターはモニター内のループバックポートで動作し、キーは不要です。データは生成されたもので、実際の市場データではありません。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(chosen when the simulator starts)</source>
        <translation>（シミュレーターの起動時に決定）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The built-in simulator as a plain Pusher-protocol server, inside the monitor on a loopback port: subscribe to any channel by name, public, private, presence or encrypted. Nothing is published until something triggers events.</source>
        <translation>内蔵シミュレーターを素の Pusher プロトコルサーバーとして、モニター内のループバックポートで動作させます。公開、プライベート、プレゼンス、暗号化の任意のチャンネルを名前で指定してサブスクライブできます。何かがイベントをトリガーするまで、何も配信されません。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Custom server</source>
        <translation>カスタムサーバー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pusher server</source>
        <translation>Pusher サーバー</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The new key %1 is stored when you press OK.</source>
        <translation>新しいキー %1 は OK を押すと保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored key is removed when you press OK.</source>
        <translation>保存済みのキーは OK を押すと削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the stored key…</source>
        <translation>保存済みのキーを確認しています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored. The Shuriken API needs an agent key.</source>
        <translation>キーは保存されていません。Shuriken API にはエージェントキーが必要です。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key stored.</source>
        <translation>キーは保存されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored: %1</source>
        <translation>キーが保存されています: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available: keys are kept for this session only.</source>
        <translation>システムのキーチェーンを利用できません。キーはこのセッションの間だけ保持されます。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every profile needs a name.</source>
        <translation>すべてのプロファイルに名前が必要です。</translation>
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
        <translation>アプリ ID がありません。HTTP API ではすべてのリクエストパスにアプリ ID が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app id &quot;%1&quot; has characters an app id cannot have</source>
        <translation>アプリ ID &quot;%1&quot; にアプリ ID に使えない文字が含まれています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app key is missing: every HTTP API request is signed for it</source>
        <translation>アプリキーがありません。HTTP API のすべてのリクエストはアプリキーに対して署名されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app secret is missing: every HTTP API request is signed with it</source>
        <translation>アプリシークレットがありません。HTTP API のすべてのリクエストはアプリシークレットで署名されます</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event needs a name</source>
        <translation>イベントには名前が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name has %1 characters; at most %2 are allowed</source>
        <translation>イベント名が %1 文字あります。使用できるのは最大 %2 文字です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event names starting with pusher: or pusher_internal: are reserved for the protocol</source>
        <translation>pusher: または pusher_internal: で始まるイベント名はプロトコル用に予約されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs at least one channel</source>
        <translation>イベントには少なくとも 1 つのチャンネルが必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event names %1 channels; at most %2 are allowed per request</source>
        <translation>イベントに %1 個のチャンネルが指定されています。1 回のリクエストで指定できるのは最大 %2 個です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; up to 164 characters)</source>
        <translation>&quot;%1&quot; は有効なチャンネル名ではありません（英字、数字、_ - = @ , . ; のみ、最大 164 文字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An event on a private-encrypted- channel must be triggered on that channel alone: each channel has its own key</source>
        <translation>private-encrypted- チャンネルのイベントは、そのチャンネル単独でトリガーする必要があります。チャンネルごとに独自のキーがあるためです</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a socket id (two numbers joined by a dot, like 123.456)</source>
        <translation>&quot;%1&quot; はソケット ID ではありません（123.456 のように 2 つの数値をドットでつないだもの）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs data; send {} for an empty object</source>
        <translation>イベントには data が必要です。空のオブジェクトには {} を送信してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Triggering on a private-encrypted- channel needs the app&apos;s encryption master key</source>
        <translation>private-encrypted- チャンネルでトリガーするには、アプリの暗号化マスターキーが必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>暗号化マスターキーは %1 バイトでなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event data could not be encrypted (libsodium is not usable)</source>
        <translation>イベントの data を暗号化できませんでした（libsodium が使用できません）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted event data has %1 bytes; the HTTP API accepts at most %2 (encryption adds about a third)</source>
        <translation>暗号化したイベントの data は %1 バイトです。HTTP API が受け付けるのは最大 %2 バイトです（暗号化によりおよそ 3 分の 1 増えます）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event data has %1 bytes; the HTTP API accepts at most %2</source>
        <translation>イベントの data は %1 バイトです。HTTP API が受け付けるのは最大 %2 バイトです</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; cannot start a channel name</source>
        <translation>&quot;%1&quot; はチャンネル名の先頭に使えません</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettings</name>
    <message>
        <location filename="../lib/streams/pushersettings.cpp" line="+60"/>
        <source>Other Pusher-protocol server</source>
        <translation>その他の Pusher プロトコルサーバー</translation>
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
        <translation>Ably（Pusher アダプター）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the app key is missing</source>
        <translation>アプリキーがありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app key must not contain &apos;:&apos; (for Ably, use the part of the key before the colon)</source>
        <translation>アプリキーに &apos;:&apos; を含めることはできません（Ably の場合は、キーのコロンより前の部分を使用してください）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a cluster or a host</source>
        <translation>クラスターまたはホストを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host must be a bare host name, without scheme, port or path</source>
        <translation>ホストはスキーム、ポート、パスを含まないホスト名だけにしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port must be between 1 and 65535</source>
        <translation>ポートは 1～65535 でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path must start with &apos;/&apos;</source>
        <translation>パスは &apos;/&apos; で始まる必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an absolute http(s) URL</source>
        <translation>%1 は絶対 http(s) URL ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key must be %1 bytes (base64 of 32 bytes)</source>
        <translation>暗号化マスターキーは %1 バイトでなければなりません（32 バイトの base64）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1://%2:%3%4 (key %5)</source>
        <translation>%1://%2:%3%4（キー %5）</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettingsEditor</name>
    <message>
        <location filename="../app/monitor/pushersettingseditor.cpp" line="+69"/>
        <source>Fills the fields with the server&apos;s usual values</source>
        <translation>フィールドにそのサーバーの一般的な値を入力します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ably: the app key is the part of your Ably API key before the colon, the app secret the part after it.</source>
        <translation>Ably: アプリキーは Ably API キーのコロンより前の部分、アプリシークレットはコロンより後の部分です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>App &amp;key (key):</source>
        <translation>アプリキー (key)(&amp;K):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cluster (cluster):</source>
        <translation>クラスター (cluster)(&amp;C):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ws-&lt;cluster&gt;.pusher.com when empty</source>
        <translation>空の場合は ws-&lt;cluster&gt;.pusher.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host (wsHost):</source>
        <translation>ホスト (wsHost)(&amp;H):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;TLS (forceTLS)</source>
        <translation>TLS (forceTLS)(&amp;T)</translation>
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
        <translation>ポート:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. /ws</source>
        <translation>任意。例: /ws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path (wsPath):</source>
        <translation>パス (wsPath)(&amp;P):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel &amp;auth endpoint (channelAuthorization.endpoint):</source>
        <translation>チャンネル認可エンドポイント (channelAuthorization.endpoint)(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer …  (one &quot;Name: value&quot; a line)</source>
        <translation>Authorization: Bearer …  （1 行に 1 つの &quot;Name: value&quot;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth &amp;headers (channelAuthorization.headers):</source>
        <translation>認可ヘッダー (channelAuthorization.headers)(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name=value  (one a line)</source>
        <translation>name=value  （1 行に 1 つ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth pa&amp;rams (channelAuthorization.params):</source>
        <translation>認可パラメーター (channelAuthorization.params)(&amp;R):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: sign in with pusher:signin</source>
        <translation>任意: pusher:signin でサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User auth endpoint (userAuthentication.endpoint):</source>
        <translation>ユーザー認証エンドポイント (userAuthentication.endpoint)(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: for the HTTP API</source>
        <translation>任意: HTTP API 用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App &amp;id (appId):</source>
        <translation>アプリ ID (appId)(&amp;I):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the secret, private and presence channels are signed here instead of by the auth endpoint</source>
        <translation>シークレットがあると、プライベートチャンネルとプレゼンスチャンネルは認可エンドポイントではなくここで署名されます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App s&amp;ecret (secret):</source>
        <translation>アプリシークレット (secret)(&amp;E):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption &amp;master key, base64 (encryptionMasterKeyBase64):</source>
        <translation>暗号化マスターキー、base64 (encryptionMasterKeyBase64)(&amp;M):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget Secrets</source>
        <translation>シークレットを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored app secret, master key and auth headers when you press OK</source>
        <translation>OK を押したときに保存済みのアプリシークレット、マスターキー、認可ヘッダーを削除します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presence user i&amp;d (user_id):</source>
        <translation>プレゼンスのユーザー ID (user_id)(&amp;D):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presence user in&amp;fo (user_info, JSON):</source>
        <translation>プレゼンスのユーザー情報 (user_info、JSON)(&amp;F):</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the auth header “%1” is not “Name: value”</source>
        <translation>認可ヘッダー「%1」が「Name: value」の形式ではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auth param “%1” is not “name=value”</source>
        <translation>認可パラメーター「%1」が「name=value」の形式ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key is not base64</source>
        <translation>暗号化マスターキーが base64 ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the presence user info must be a JSON object</source>
        <translation>プレゼンスのユーザー情報は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking up the stored secrets…</source>
        <translation>保存済みのシークレットを確認しています…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>app secret</source>
        <translation>アプリシークレット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption master key</source>
        <translation>暗号化マスターキー</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n auth header value(s)</source>
        <translation>
            <numerusform>認可ヘッダーの値 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored: leave empty to keep</source>
        <translation>保存済み: 変更しない場合は空のまま</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are kept in the system keychain, never in the settings file.</source>
        <translation>シークレットは設定ファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain: %1.</source>
        <translation>キーチェーンに保存済み: %1。</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherTools</name>
    <message>
        <location filename="../app/monitor/pushertools.cpp" line="+25"/>
        <source>Send &amp;Event…</source>
        <translation>イベントを送信(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a client event or trigger an event through the server&apos;s HTTP API</source>
        <translation>クライアントイベントを送信するか、サーバーの HTTP API を通じてイベントをトリガーします</translation>
    </message>
</context>
<context>
    <name>shuriken::RateChart</name>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="+36"/>
        <source>events/s</source>
        <translation>イベント/秒</translation>
    </message>
</context>
<context>
    <name>shuriken::SaveCaptureDialog</name>
    <message>
        <location filename="../app/monitor/savecapturedialog.cpp" line="+40"/>
        <location line="+138"/>
        <location line="+6"/>
        <source>Save Capture</source>
        <translation>キャプチャを保存</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Everything the flight recorder holds (nothing yet)</source>
        <translation>フライトレコーダーが保持しているすべて（まだありません）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everything the flight recorder holds (%1 to %2)</source>
        <translation>フライトレコーダーが保持しているすべて（%1 ～ %2）(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;last</source>
        <translation>直近(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time range of the &amp;selected frames (%1 to %2)</source>
        <translation>選択したフレームの時間範囲（%1 ～ %2）(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time range of the &amp;selected frames (select frames in the debugger)</source>
        <translation>選択したフレームの時間範囲（デバッガーでフレームを選択してください）(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON Lines, read by jq; a name ending in .gz is compressed (zcat reads it). Secrets are redacted, as in the debugger.</source>
        <translation>JSON Lines 形式で、jq で読めます。名前が .gz で終わる場合は圧縮されます（zcat で読めます）。シークレットはデバッガーと同様に伏せられます。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not save the capture: %1</source>
        <translation>キャプチャを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Captures, compressed (*.jsonl.gz);;Captures (*.jsonl);;All files (*)</source>
        <translation>圧縮キャプチャ (*.jsonl.gz);;キャプチャ (*.jsonl);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>shuriken::SavedMessages</name>
    <message>
        <location filename="../app/monitor/savedmessages.cpp" line="+199"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <comment>a saved message&apos;s name made unique: name (number)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2 (triggered through the HTTP API)</source>
        <translation>%2 の %1（HTTP API でトリガー）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (client event)</source>
        <translation>%2 の %1（クライアントイベント）</translation>
    </message>
</context>
<context>
    <name>shuriken::ScreenshotRunner</name>
    <message>
        <location filename="../app/monitor/screenshotrunner.cpp" line="+42"/>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timed out at step %1</source>
        <translation>ステップ %1 でタイムアウトしました</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event table went away</source>
        <translation>イベント表が閉じられました</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not save %1</source>
        <translation>%1 を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>shuriken::SendEventDialog</name>
    <message>
        <location filename="../app/monitor/sendeventdialog.cpp" line="+48"/>
        <source>Send Event</source>
        <translation>イベントを送信</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+133"/>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Send the event (Ctrl+Return)</source>
        <translation>イベントを送信します（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The subscribed channels are offered; any channel name can be typed</source>
        <translation>サブスクライブ中のチャンネルが候補に表示されます。任意のチャンネル名を入力することもできます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>private-chat, presence-room, …</source>
        <translation>private-chat、presence-room、…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client-message</source>
        <translation>client-message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add client- Prefix</source>
        <translation>client- 接頭辞を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client events must be named client-…</source>
        <translation>クライアントイベントの名前は client-… でなければなりません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Client event over this connection</source>
        <translation>この接続でクライアントイベントとして送信(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trigger through the HTTP API</source>
        <translation>HTTP API でトリガー(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xclude my connection (socket_id)</source>
        <translation>自分の接続を除外 (socket_id)(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server delivers the event to every subscriber except this monitor</source>
        <translation>サーバーはこのモニター以外のすべてのサブスクライバーにイベントを配信します</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{&quot;text&quot;: &quot;hello&quot;}  (empty: {})</source>
        <translation>{&quot;text&quot;: &quot;hello&quot;}  （空の場合: {}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hannel:</source>
        <translation>チャンネル(&amp;H):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>イベント(&amp;E):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode:</source>
        <translation>モード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data (JSON):</source>
        <translation>データ (JSON)(&amp;D):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved Messages</source>
        <translation>保存済みメッセージ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select to load, double-click to send, F2 to rename, Del to delete</source>
        <translation>選択で読み込み、ダブルクリックで送信、F2 で名前を変更、Del で削除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Saved Message</source>
        <translation>保存済みメッセージを削除</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the selected saved message as it was saved</source>
        <translation>選択した保存済みメッセージを保存時のまま送信します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (default: the event)</source>
        <translation>名前（既定: イベント名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>No data: {} is sent</source>
        <translation>データなし: {} を送信します</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid JSON</source>
        <translation>有効な JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not JSON: line %1, column %2: %3</source>
        <translation>JSON ではありません: %1 行 %2 列: %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Client events need a connection.</source>
        <translation>クライアントイベントには接続が必要です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events need a Pusher profile: the Shuriken API takes none.</source>
        <translation>クライアントイベントには Pusher プロファイルが必要です。Shuriken API はクライアントイベントを受け付けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triggering needs the app ID and the app secret: enter them in the profile.</source>
        <translation>トリガーにはアプリ ID とアプリシークレットが必要です。プロファイルに入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggering needs a Pusher profile with the app ID and the app secret.</source>
        <translation>トリガーには、アプリ ID とアプリシークレットを設定した Pusher プロファイルが必要です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose or type a channel.</source>
        <translation>チャンネルを選択または入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _-=@,.; only, at most 164.</source>
        <translation>&quot;%1&quot; は有効なチャンネル名ではありません。使用できるのは英字、数字、_-=@,.; のみで、最大 164 文字です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an event name.</source>
        <translation>イベント名を入力してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client events can only be sent on private- and presence- channels; %1 is public. Trigger it through the HTTP API instead.</source>
        <translation>クライアントイベントは private- と presence- チャンネルでのみ送信できます。%1 は公開チャンネルです。代わりに HTTP API でトリガーしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client events cannot be sent on encrypted channels: the server cannot check what it relays. Trigger it through the HTTP API instead.</source>
        <translation>暗号化チャンネルではクライアントイベントを送信できません。サーバーが中継する内容を検査できないためです。代わりに HTTP API でトリガーしてください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client event&apos;s name must start with &quot;client-&quot;.</source>
        <translation>クライアントイベントの名前は &quot;client-&quot; で始まる必要があります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data must be JSON: line %1, column %2: %3.</source>
        <translation>データは JSON でなければなりません: %1 行 %2 列: %3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected.</source>
        <translation>接続されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to %1 first: the server only takes client events on channels this connection has joined.</source>
        <translation>先に %1 をサブスクライブしてください。サーバーは、この接続が参加しているチャンネルでのみクライアントイベントを受け付けます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected: there is no socket_id to exclude.</source>
        <translation>接続されていません: 除外する socket_id がありません。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent over the monitor&apos;s own WebSocket as pusher-js&apos; channel.trigger() does</source>
        <translation>pusher-js の channel.trigger() と同様に、モニター自身の WebSocket で送信します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POST /apps/&lt;app id&gt;/events, signed with the app secret, as a backend does</source>
        <translation>バックエンドと同様に、アプリシークレットで署名した POST /apps/&lt;app id&gt;/events を送信します</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data is not JSON: it is sent as a plain string.</source>
        <translation>データが JSON ではありません。プレーンな文字列として送信されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>置き換え</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: %1</source>
        <translation>送信されませんでした: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 on %2.</source>
        <translation>%2 で %1 を送信しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Triggering %1 on %2…</source>
        <translation>%2 で %1 をトリガーしています…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server: %1</source>
        <translation>サーバーに拒否されました: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triggered %1 on %2: the server accepted it (not delivered to this connection).</source>
        <translation>%2 で %1 をトリガーしました: サーバーが受け付けました（この接続には配信されません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggered %1 on %2: the server accepted it.</source>
        <translation>%2 で %1 をトリガーしました: サーバーが受け付けました。</translation>
    </message>
</context>
<context>
    <name>shuriken::SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows kept per &amp;event table:</source>
        <translation>イベント表ごとの保持行数(&amp;E):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;size:</source>
        <translation>フライトレコーダーのサイズ(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;time span:</source>
        <translation>フライトレコーダーの保持時間(&amp;T):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> ミリ秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events that arrive within one interval reach the tables together and cost one repaint; a new row shows within the interval.</source>
        <translation>1 つの間隔内に届いたイベントはまとめて表に反映され、再描画は 1 回で済みます。新しい行は間隔内に表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table &amp;update interval:</source>
        <translation>表の更新間隔(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables keep the newest rows and count the ones they let go. Each row costs roughly the size of its payload, so 100,000 rows of swaps take some 100 MB.
The flight recorder keeps every frame, HTTP exchange and state change from start-up for the connection debugger and File → Save Capture: 512 MB hold 15 minutes of 1,000 swaps a second.</source>
        <translation>表は最新の行を保持し、破棄した行の数を数えます。1 行あたりおおよそペイロードのサイズを消費するため、スワップ 100,000 行でおよそ 100 MB になります。
フライトレコーダーは、接続デバッガーと「ファイル → キャプチャを保存」のために、起動時からのすべてのフレーム、HTTP のやり取り、状態の変化を保持します。512 MB で毎秒 1,000 件のスワップを 15 分間保持できます。</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamCatalogModel</name>
    <message>
        <location filename="../lib/models/streamcatalogmodel.cpp" line="+141"/>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <comment>stream catalog column: filter names a stream takes</comment>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>stream catalog column: Pusher event name</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n stream(s)</source>
        <comment>catalog namespace row</comment>
        <translation>
            <numerusform>%n 件のストリーム</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>required</source>
        <translation>必須</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>public</source>
        <comment>stream visibility</comment>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <comment>stream visibility</comment>
        <translation>非公開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence</source>
        <comment>stream visibility</comment>
        <translation>プレゼンス</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <comment>stream without filters</comment>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamClient</name>
    <message>
        <location filename="../lib/streams/streamclient.cpp" line="+169"/>
        <source>requesting a session</source>
        <translation>セッションを要求しています</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disconnected</source>
        <translation>切断されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected by the user</source>
        <translation>ユーザーが切断しました</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>waiting for a connection</source>
        <translation>接続を待っています</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>resolving the channel</source>
        <translation>チャンネルを解決しています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsubscribed</source>
        <translation>サブスクリプション解除済み</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientsession.cpp" line="+138"/>
        <source>the session response has no entry for this stream</source>
        <translation>セッションの応答にこのストリームの項目がありません</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>session request failed (%1); retrying in %2 s</source>
        <translation>セッション要求に失敗しました（%1）。%2 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the server refused the connection: %1</source>
        <translation>サーバーが接続を拒否しました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection</source>
        <translation>サーバーが接続を拒否しました</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientchannels.cpp" line="+73"/>
        <location line="+32"/>
        <source>authorizing the channel</source>
        <translation>チャンネルを認可しています</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+90"/>
        <source>waiting for the server&apos;s confirmation</source>
        <translation>サーバーの確認を待っています</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+205"/>
        <source>waiting for the connection</source>
        <translation>接続を待っています</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>channel authorization failed: %1</source>
        <translation>チャンネルの認可に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no shared_secret</source>
        <translation>応答に shared_secret がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel authorization of an encrypted channel failed: %1</source>
        <translation>暗号化チャンネルのチャンネル認可に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no confirmation from the server within %1 s</source>
        <translation>%1 秒以内にサーバーから確認がありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1。%2 秒後に再試行します</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 (channel %2)</source>
        <translation>%1（チャンネル %2）</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>subscription refused (%1): %2</source>
        <translation>サブスクリプションが拒否されました（%1）: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription refused: %1</source>
        <translation>サブスクリプションが拒否されました: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>server error %1: %2</source>
        <translation>サーバーエラー %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error: %1</source>
        <translation>サーバーエラー: %1</translation>
    </message>
    <message>
        <location filename="../lib/events/eventrowbuilder.cpp" line="+29"/>
        <source>the payload is empty</source>
        <translation>ペイロードが空です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid UTF-8</source>
        <translation>ペイロードが有効な UTF-8 ではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payload has a number that is malformed or out of range</source>
        <translation>ペイロードに不正または範囲外の数値があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payload has a malformed string</source>
        <translation>ペイロードに不正な文字列があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is nested too deeply</source>
        <translation>ペイロードの入れ子が深すぎます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid JSON</source>
        <translation>ペイロードが有効な JSON ではありません</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the payload is not a JSON object</source>
        <translation>ペイロードが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientreplay.cpp" line="+64"/>
        <source>the recorded request got no answer</source>
        <translation>記録されたリクエストに応答がありませんでした</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recorded answer is not a JSON object</source>
        <translation>記録された応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientdirect.cpp" line="+72"/>
        <source>the Pusher settings cannot be used: %1</source>
        <translation>Pusher の設定を使用できません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pusher settings are incomplete</source>
        <translation>Pusher の設定が不完全です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connecting to %1</source>
        <translation>%1 に接続しています</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _ - = @ , . ; only, at most 164 characters</source>
        <translation>&quot;%1&quot; は有効なチャンネル名ではありません。使用できるのは英字、数字、_ - = @ , . ; のみで、最大 164 文字です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an encrypted channel signed here needs the app&apos;s encryption master key (its events are sealed with a secret derived from it)</source>
        <translation>ここで署名する暗号化チャンネルには、アプリの暗号化マスターキーが必要です（イベントはそこから導出したシークレットで暗号化されます）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the answer has no &quot;auth&quot; and &quot;user_data&quot; strings</source>
        <translation>応答に &quot;auth&quot; と &quot;user_data&quot; の文字列がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user authentication failed: %1</source>
        <translation>ユーザー認証に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a client event&apos;s name must start with &quot;client-&quot;</source>
        <translation>クライアントイベントの名前は &quot;client-&quot; で始まる必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event name has at most 200 characters</source>
        <translation>イベント名は最大 200 文字です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client events can only be sent on private and presence channels</source>
        <translation>クライアントイベントはプライベートチャンネルとプレゼンスチャンネルでのみ送信できます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client events cannot be sent on encrypted channels</source>
        <translation>暗号化チャンネルではクライアントイベントを送信できません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data is not JSON (%1 at offset %2)</source>
        <translation>データが JSON ではありません（オフセット %2 で %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is larger than 10 KB, the limit of Pusher&apos;s client events</source>
        <translation>データが Pusher のクライアントイベントの上限である 10 KB を超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>接続されていません</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>subscribe to %1 first: the server only takes client events on channels the connection has joined</source>
        <translation>先に %1 をサブスクライブしてください。サーバーは、接続が参加しているチャンネルでのみクライアントイベントを受け付けます</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>event %1 on %2 could not be decrypted: %3; it is shown as it arrived</source>
        <translation>%2 のイベント %1 を復号できませんでした: %3。受信したまま表示します</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>events on %1 arrive as &quot;%2&quot;, none as &quot;%3&quot; that is bound: %4</source>
        <translation>%1 のイベントは &quot;%2&quot; として届いており、バインドされている &quot;%3&quot; として届いたものはありません: %4</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscribeDialog</name>
    <message>
        <location filename="../app/monitor/subscribedialog.cpp" line="+20"/>
        <source>Subscribe to %1</source>
        <translation>%1 をサブスクライブ</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is a %1 stream: the server authorizes it with your API key.</source>
        <translation>これは %1 ストリームです。サーバーが API キーで認可します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (required):</source>
        <translation>%1（必須）:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This stream takes no filters.</source>
        <translation>このストリームにはフィルターがありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subscribe</source>
        <translation>サブスクライブ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1: %2。</translation>
    </message>
</context>
<context>
    <name>shuriken::Subscription</name>
    <message>
        <location filename="../lib/streams/subscription.cpp" line="+19"/>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authorizing</source>
        <translation>認可中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribing</source>
        <translation>サブスクライブ中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribed</source>
        <translation>サブスクライブ済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsubscribed</source>
        <translation>解除済み</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionModel</name>
    <message>
        <location filename="../lib/models/subscriptionmodel.cpp" line="+47"/>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <comment>subscription column: the stream filter</comment>
        <translation>フィルター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <comment>subscription column: why the status is what it is</comment>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events/s</source>
        <translation>イベント/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <comment>subscription column: total events received</comment>
        <translation>イベント数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>最終イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps</source>
        <comment>subscription column: events missing by sequence number</comment>
        <translation>欠落</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused</source>
        <translation>一時停止中</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionsView</name>
    <message>
        <location filename="../app/monitor/subscriptionsview.cpp" line="+76"/>
        <source>Open &amp;Tab</source>
        <translation>タブを開く(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>P&amp;ause</source>
        <translation>一時停止(&amp;A)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Unsubscribe</source>
        <translation>サブスクリプションを解除(&amp;U)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Tab</source>
        <translation>タブを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>再開</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>一時停止</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe</source>
        <translation>サブスクリプションを解除</translation>
    </message>
</context>
<context>
    <name>shuriken::Translations</name>
    <message>
        <location filename="../app/common/translations.cpp" line="+28"/>
        <source>English</source>
        <comment>the name of the language you translate into, written in that language</comment>
        <translation>日本語</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>System language</source>
        <comment>language chooser: follow the desktop&apos;s language</comment>
        <translation>システムの言語</translation>
    </message>
</context>
<context>
    <name>shuriken::cli::PusherOptions</name>
    <message>
        <location filename="../app/cli/pusheroptions.cpp" line="+15"/>
        <source>Connect to a Pusher-protocol server (Pusher Channels, soketi, Reverb, Ably) with this app key instead of the Shuriken API.</source>
        <translation>Shuriken API の代わりに、このアプリキーで Pusher プロトコルサーバー（Pusher Channels、soketi、Reverb、Ably）に接続します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher Channels cluster: the server is ws-CLUSTER.pusher.com (TLS).</source>
        <translation>Pusher Channels のクラスター: サーバーは ws-CLUSTER.pusher.com（TLS）になります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s host (soketi, Reverb, ...); plain ws unless --tls.</source>
        <translation>サーバーのホスト（soketi、Reverb など）。--tls を指定しない限り平文の ws です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port (default 80, or 443 with --tls).</source>
        <translation>サーバーのポート（既定値 80、--tls 指定時は 443）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use wss (TLS) with --ws-host.</source>
        <translation>--ws-host で wss（TLS）を使用します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path before /app/KEY (pusher-js&apos; wsPath).</source>
        <translation>/app/KEY の前に付くパス（pusher-js の wsPath）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel authorization endpoint for private and presence channels (a form POST of socket_id and channel_name).</source>
        <translation>プライベートチャンネルとプレゼンスチャンネル用のチャンネル認可エンドポイント（socket_id と channel_name をフォームで POST）。</translation>
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
        <translation>認可エンドポイント用のヘッダー。&apos;Name: value&apos; の形式（Cookie、CSRF トークン、Bearer トークンなど）。複数指定可。値は出力に表示されません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra form parameter for the auth endpoints, name=value; repeatable.</source>
        <translation>認可エンドポイントに追加するフォームパラメーター。name=value の形式。複数指定可。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>param</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User authentication endpoint: sign in (pusher:signin) after connecting.</source>
        <translation>ユーザー認証エンドポイント: 接続後にサインイン（pusher:signin）します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app id (with --app-secret, for the HTTP API).</source>
        <translation>アプリ ID（--app-secret と併用、HTTP API 用）。</translation>
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
        <translation>アプリシークレット: プライベートチャンネルとプレゼンスチャンネルを認可エンドポイントではなくここで署名します（PUSHER_APP_SECRET を設定すると、プロセス一覧に表示されません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base64 of the app&apos;s 32-byte encryption master key, for private-encrypted- channels signed here (or set PUSHER_ENCRYPTION_MASTER_KEY).</source>
        <translation>ここで署名する private-encrypted- チャンネル用の、アプリの 32 バイト暗号化マスターキーの Base64（または PUSHER_ENCRYPTION_MASTER_KEY を設定）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_id when signing here (default qt-monitor).</source>
        <translation>ここで署名するときのプレゼンスの user_id（既定値 qt-monitor）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_info (a JSON object) when signing here.</source>
        <translation>ここで署名するときのプレゼンスの user_info（JSON オブジェクト）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to this channel (public, private-, presence- or private-encrypted-) and print every event on it; repeatable.</source>
        <translation>このチャンネル（公開、private-、presence-、private-encrypted-）をサブスクライブし、そのすべてのイベントを出力します。複数指定可。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name your application binds: events that arrive only under other names are explained on stderr.</source>
        <translation>アプリケーションがバインドしているイベント名: 別の名前でのみ届いたイベントについては標準エラー出力で説明します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--channel &quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; only, at most 164 characters)</source>
        <translation>--channel &quot;%1&quot; は有効なチャンネル名ではありません（英字、数字、_ - = @ , . ; のみ、最大 164 文字）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give at least one --channel</source>
        <translation>--channel を少なくとも 1 つ指定してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--pusher-key is required to connect to a Pusher-protocol server</source>
        <translation>Pusher プロトコルサーバーに接続するには --pusher-key が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --cluster (Pusher Channels) or --ws-host (any other server)</source>
        <translation>--cluster（Pusher Channels）か --ws-host（その他のサーバー）のいずれかを指定してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ws-port needs a port number from 1 to 65535</source>
        <translation>--ws-port には 1～65535 のポート番号が必要です</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--auth-header needs &apos;Name: value&apos; (got a header named &quot;%1&quot;)</source>
        <translation>--auth-header には &apos;Name: value&apos; が必要です（指定されたヘッダー名: &quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth-param needs name=value</source>
        <translation>--auth-param には name=value が必要です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--user-info must be a JSON object</source>
        <translation>--user-info は JSON オブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--channel %1 needs --auth-endpoint or --app-secret (private and presence channels are authorized)</source>
        <translation>--channel %1 には --auth-endpoint または --app-secret が必要です（プライベートチャンネルとプレゼンスチャンネルは認可が必要です）</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::CloseReason</name>
    <message>
        <location filename="../lib/pusher/closereason.cpp" line="+18"/>
        <source>normal closure</source>
        <translation>正常終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going away</source>
        <translation>相手側が終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protocol error</source>
        <translation>プロトコルエラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported data</source>
        <translation>サポートされていないデータ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no status code</source>
        <translation>ステータスコードなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid frame payload</source>
        <translation>無効なフレームペイロード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy violation</source>
        <translation>ポリシー違反</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message too big</source>
        <translation>メッセージが大きすぎます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing extension</source>
        <translation>拡張機能がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal server error</source>
        <translation>サーバー内部エラー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application only accepts TLS</source>
        <translation>アプリケーションは TLS のみ受け付けます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application does not exist</source>
        <translation>アプリケーションが存在しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application disabled</source>
        <translation>アプリケーションは無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over connection quota</source>
        <translation>接続数の上限を超えました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path not found</source>
        <translation>パスが見つかりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid version string format</source>
        <translation>バージョン文字列の形式が無効です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported protocol version</source>
        <translation>サポートされていないプロトコルバージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no protocol version supplied</source>
        <translation>プロトコルバージョンが指定されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection unauthorized</source>
        <translation>接続が認可されていません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over capacity</source>
        <translation>容量超過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic reconnect immediately</source>
        <translation>汎用: ただちに再接続</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pong not received</source>
        <translation>pong を受信しませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed after inactivity</source>
        <translation>無通信のため切断されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client event rate limit exceeded</source>
        <translation>クライアントイベントのレート制限を超えました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watchlist limit exceeded</source>
        <translation>ウォッチリストの上限を超えました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server busy</source>
        <translation>サーバーが混雑しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect immediately</source>
        <translation>ただちに再接続</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown close code</source>
        <translation>不明なクローズコード</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::HttpApiSignature</name>
    <message>
        <location filename="../lib/pusher/httpapisignature.cpp" line="+78"/>
        <source>auth_key and auth_signature are required</source>
        <translation>auth_key と auth_signature は必須です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown auth_key %1</source>
        <translation>不明な auth_key %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auth_timestamp expired: it must be within %1 s of the server&apos;s time (%2)</source>
        <translation>auth_timestamp の有効期限が切れています: サーバーの時刻（%2）との差が %1 秒以内でなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auth_version must be 1.0</source>
        <translation>auth_version は 1.0 でなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body_md5 does not match the body</source>
        <translation>body_md5 が本文と一致しません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid signature: you should have sent HmacSHA256Hex(&quot;%1&quot;, your_secret_key)</source>
        <translation>署名が無効です: HmacSHA256Hex(&quot;%1&quot;, your_secret_key) を送信する必要があります</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherConnection</name>
    <message>
        <location filename="../lib/pusher/pusherconnection.cpp" line="+90"/>
        <source>Disconnected</source>
        <translation>切断</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>再接続中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid WebSocket endpoint (host, port and app key are required)</source>
        <translation>無効な WebSocket エンドポイント（ホスト、ポート、アプリキーが必要です）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting to %1:%2</source>
        <translation>%1:%2 に接続しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closed by the user</source>
        <translation>ユーザーが閉じました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the refreshed session has no valid WebSocket endpoint</source>
        <translation>更新したセッションに有効な WebSocket エンドポイントがありません</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>TLS error: %1</source>
        <translation>TLS エラー: %1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>%1 バイトのバイナリフレーム（このプロトコルはテキストフレームのみを使用します）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the recording continues on a new connection</source>
        <translation>記録は新しい接続で続いています</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+5"/>
        <source>closed by server: %1</source>
        <translation>サーバーが閉じました: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>connection lost</source>
        <translation>接続が失われました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connection lost: %1</source>
        <translation>接続が失われました: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1; refused again after a session refresh</source>
        <translation>%1。セッションを更新した後も再び拒否されました</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>no answer to pusher:ping within %1 ms</source>
        <translation>%1 ms 以内に pusher:ping への応答がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no pusher:connection_established within %1 ms</source>
        <translation>%1 ms 以内に pusher:connection_established がありません</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherExplain</name>
    <message>
        <location filename="../lib/pusher/pusherexplain.cpp" line="+25"/>
        <source>The app does not exist on this server (the app key is unknown)</source>
        <translation>このサーバーにアプリが存在しません（アプリキーが不明です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app key, or the right key on the wrong cluster: a Pusher app lives in one cluster and ws-&lt;cluster&gt;.pusher.com must be that cluster. soketi: the key is not one of its configured apps. Reverb: REVERB_APP_KEY differs from the key the client uses (clear a cached config). Ably: turn on Pusher protocol support and use the part of the Ably key before the colon</source>
        <translation>アプリキーが間違っているか、正しいキーで別のクラスターに接続しています。Pusher アプリは 1 つのクラスターに属し、ws-&lt;cluster&gt;.pusher.com はそのクラスターでなければなりません。soketi: キーが設定済みのアプリのいずれでもありません。Reverb: REVERB_APP_KEY がクライアントの使うキーと異なります（キャッシュされた設定をクリアしてください）。Ably: Pusher プロトコルのサポートを有効にし、Ably キーのコロンより前の部分を使用してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The app is over its connection quota</source>
        <translation>アプリの接続数が上限を超えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s or the app&apos;s limit of concurrent connections is reached; close other clients (other tabs, test runs) or raise the limit</source>
        <translation>プランまたはアプリの同時接続数の上限に達しています。ほかのクライアント（ほかのタブ、テスト実行）を閉じるか、上限を引き上げてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the channel&apos;s auth signature</source>
        <translation>サーバーがチャンネルの認可署名を拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint signs with another app key or secret than this server has (a backend still configured for another server or environment), or it signed something else than was subscribed: another socket_id, channel name or channel_data</source>
        <translation>認可エンドポイントがこのサーバーとは別のアプリキーまたはシークレットで署名している（バックエンドがまだ別のサーバーや環境向けに設定されている）か、サブスクライブした内容とは別のもの（別の socket_id、チャンネル名、channel_data）に署名しています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection was closed normally</source>
        <translation>接続は正常に閉じられました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client or the server ended it on purpose (a deploy, a logout, an idle clean-up)</source>
        <translation>クライアントまたはサーバーが意図的に終了しました（デプロイ、ログアウト、アイドル時の整理など）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server or a proxy is going away</source>
        <translation>サーバーまたはプロキシが終了しようとしています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or deploy of the server, or a load balancer draining connections; reconnecting is right</source>
        <translation>サーバーの再起動やデプロイ、またはロードバランサーによる接続のドレインです。再接続するのが正しい対応です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebSocket protocol was violated</source>
        <translation>WebSocket プロトコルに違反しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something that is not a WebSocket server answered: a wrong path or port, or a proxy that does not forward the Upgrade and Connection headers</source>
        <translation>WebSocket サーバーではないものが応答しました。パスやポートが間違っているか、プロキシが Upgrade ヘッダーと Connection ヘッダーを転送していません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the kind of data sent</source>
        <translation>サーバーが送信されたデータの種類を拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a binary frame was sent; Pusher servers accept text frames only</source>
        <translation>バイナリフレームが送信されました。Pusher サーバーはテキストフレームのみ受け付けます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was closed without a status code</source>
        <translation>接続がステータスコードなしで閉じられました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer closed cleanly but gave no reason; often a proxy ending the connection</source>
        <translation>相手側は正常に切断しましたが理由を示しませんでした。プロキシが接続を終了したことがよくあります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was lost without a close frame</source>
        <translation>クローズフレームなしで接続が失われました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network drop; a proxy whose idle timeout is shorter than the activity timeout (nginx&apos;s proxy_read_timeout and an AWS load balancer&apos;s idle timeout are 60 s by default); the server crashed or restarted; or ws:// to a TLS port, or wss:// to a plain one</source>
        <translation>ネットワークの切断、アイドルタイムアウトがアクティビティタイムアウトより短いプロキシ（nginx の proxy_read_timeout と AWS ロードバランサーのアイドルタイムアウトは既定で 60 秒）、サーバーのクラッシュや再起動、あるいは TLS ポートへの ws:// や平文ポートへの wss:// の接続が考えられます</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a frame&apos;s payload</source>
        <translation>サーバーがフレームのペイロードを拒否しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a text frame that is not valid UTF-8</source>
        <translation>有効な UTF-8 ではないテキストフレーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s policy refused the connection</source>
        <translation>サーバーのポリシーにより接続が拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Origin that is not allowed, or a gateway that wants a credential the client did not send</source>
        <translation>許可されていない Origin か、クライアントが送信しなかった資格情報をゲートウェイが要求しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message was too big</source>
        <translation>メッセージが大きすぎます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a frame larger than the server or a proxy accepts</source>
        <translation>サーバーまたはプロキシが受け付けるサイズを超えるフレーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A required extension is missing</source>
        <translation>必要な拡張機能がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client required a WebSocket extension the server does not offer</source>
        <translation>クライアントが、サーバーの提供していない WebSocket 拡張機能を要求しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server hit an internal error</source>
        <translation>サーバーで内部エラーが発生しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a bug or crash on the server; see its log</source>
        <translation>サーバーのバグまたはクラッシュです。サーバーのログを確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is restarting</source>
        <translation>サーバーが再起動しています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a deploy or restart; reconnect in a moment</source>
        <translation>デプロイまたは再起動です。少し待ってから再接続してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to try again later</source>
        <translation>サーバーが後で再試行するよう求めています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is overloaded or shutting down (soketi closes with 1013 when it stops)</source>
        <translation>過負荷またはシャットダウン中です（soketi は停止時に 1013 で切断します）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate is not trusted, has expired or names another host</source>
        <translation>証明書が信頼されていないか、期限切れか、別のホスト名が記載されています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app accepts TLS connections only</source>
        <translation>アプリは TLS 接続のみ受け付けます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client connected with ws://; turn TLS on (wss:// on the wssPort, 443 by default)</source>
        <translation>クライアントが ws:// で接続しました。TLS を有効にしてください（wssPort で wss://、既定は 443）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app is disabled</source>
        <translation>アプリは無効になっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app was disabled in its dashboard or by its account (Pusher), or is not enabled in the server&apos;s app configuration (soketi)</source>
        <translation>ダッシュボードまたはアカウントによってアプリが無効にされているか（Pusher）、サーバーのアプリ設定で有効になっていません（soketi）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WebSocket path was not found</source>
        <translation>WebSocket のパスが見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path must be /app/&lt;key&gt;; check the path option (pusher-js&apos; wsPath) and any prefix a proxy adds or strips</source>
        <translation>パスは /app/&lt;key&gt; でなければなりません。パスのオプション（pusher-js の wsPath）と、プロキシが付加または除去する接頭辞を確認してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s version string is invalid</source>
        <translation>クライアントのバージョン文字列が無効です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version query parameter is malformed: a client bug</source>
        <translation>version クエリパラメーターの形式が不正です: クライアントのバグです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol version is not supported</source>
        <translation>このプロトコルバージョンはサポートされていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client asked for a protocol version the server does not speak; use protocol=7</source>
        <translation>クライアントがサーバーの対応していないプロトコルバージョンを要求しました。protocol=7 を使用してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol version was given</source>
        <translation>プロトコルバージョンが指定されていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the URL lacks ?protocol=7: a client bug</source>
        <translation>URL に ?protocol=7 がありません: クライアントのバグです</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is unauthorized</source>
        <translation>接続が認可されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher: the app requires user authentication and pusher:signin failed or came too late. soketi and Reverb also use 4009 for a refused channel signature, and Reverb for an Origin that is not in allowed_origins</source>
        <translation>Pusher: アプリがユーザー認証を必須としており、pusher:signin が失敗したか遅すぎました。soketi と Reverb はチャンネル署名の拒否にも 4009 を使い、Reverb は allowed_origins にない Origin にも使います</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is over capacity</source>
        <translation>サーバーの容量を超えています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many connections on the server or the app; reconnect after a pause</source>
        <translation>サーバーまたはアプリの接続数が多すぎます。しばらく待ってから再接続してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to reconnect at once</source>
        <translation>サーバーがただちに再接続するよう求めています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or redeploy of the server, or a frame it could not read (Reverb answers 4200 &quot;Invalid message format&quot;)</source>
        <translation>サーバーの再起動や再デプロイ、またはサーバーが読み取れないフレームです（Reverb は 4200 &quot;Invalid message format&quot; で応答します）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not get a pong in time</source>
        <translation>サーバーが時間内に pong を受信しませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client did not answer the server&apos;s ping within about 30 s: a busy or suspended client, or a half-open network</source>
        <translation>クライアントがサーバーの ping に約 30 秒以内に応答しませんでした。クライアントが高負荷または一時停止中か、ネットワークが半開状態です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection after inactivity</source>
        <translation>無通信のためサーバーが接続を閉じました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was sent for longer than the activity timeout; the client must ping when idle</source>
        <translation>アクティビティタイムアウトより長く何も送信されませんでした。クライアントはアイドル時に ping を送る必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client event rate limit was exceeded</source>
        <translation>クライアントイベントのレート制限を超えました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more client- events than allowed (Pusher: 10 per second per connection); soketi and Reverb also use 4301 when client events are turned off</source>
        <translation>許可されている数を超える client- イベントが送信されました（Pusher: 接続あたり毎秒 10 件）。soketi と Reverb は、クライアントイベントが無効な場合にも 4301 を使います</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The watchlist limit was exceeded</source>
        <translation>ウォッチリストの上限を超えました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s watchlist is longer than the server allows</source>
        <translation>ユーザーのウォッチリストがサーバーの許容する長さを超えています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the connection (code %1)</source>
        <translation>サーバーが接続を拒否しました（コード %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4000-4099 are refusals: reconnecting with the same settings is refused again; check the app key, cluster, host and path</source>
        <translation>4000-4099 のコードは拒否を表します。同じ設定で再接続しても再び拒否されます。アプリキー、クラスター、ホスト、パスを確認してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy (code %1)</source>
        <translation>サーバーが混雑しています（コード %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4100-4199 ask the client to back off: reconnect after at least 1 s, waiting longer each time</source>
        <translation>4100-4199 のコードはクライアントに待機を求めます。1 秒以上待ってから再接続し、毎回待ち時間を延ばしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to reconnect (code %1)</source>
        <translation>サーバーが再接続を求めています（コード %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4200-4299 are transient: reconnect at once</source>
        <translation>4200-4299 のコードは一時的なものです。ただちに再接続してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported an error (code %1)</source>
        <translation>サーバーがエラーを報告しました（コード %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4300-4399 are other errors; pusher-js does not reconnect after one</source>
        <translation>4300-4399 のコードはその他のエラーです。pusher-js はこれらの後に再接続しません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application-defined close code (%1)</source>
        <translation>アプリケーション定義のクローズコード（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Pusher code: the server or a proxy in front of it defines what it means</source>
        <translation>Pusher のコードではありません。意味はサーバーまたはその前段のプロキシが定義します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registered close code (%1)</source>
        <translation>登録済みのクローズコード（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defined by a library or framework, not by Pusher; see the server&apos;s documentation</source>
        <translation>Pusher ではなくライブラリやフレームワークが定義したものです。サーバーのドキュメントを参照してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WebSocket close code (%1)</source>
        <translation>WebSocket のクローズコード（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a standard code without a Pusher meaning; reconnect after a pause</source>
        <translation>Pusher での意味を持たない標準コードです。しばらく待ってから再接続してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invalid close code (%1)</source>
        <translation>無効なクローズコード（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid WebSocket close code: a server or proxy bug</source>
        <translation>有効な WebSocket のクローズコードではありません: サーバーまたはプロキシのバグです</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The channel was subscribed twice on this connection</source>
        <translation>この接続でチャンネルが 2 回サブスクライブされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent pusher:subscribe again for a channel it already has (a resubscribe without unsubscribe); harmless, the first subscription still works</source>
        <translation>クライアントが、既にサブスクライブしているチャンネルに対して再び pusher:subscribe を送信しました（サブスクリプションを解除せずに再サブスクライブ）。無害で、最初のサブスクリプションは引き続き機能します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused an authorization</source>
        <translation>サーバーが認可を拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soketi and Reverb say this when a private or presence channel&apos;s auth signature does not match (the auth endpoint signs with another app key or secret, or signed another socket_id or channel_data); Pusher says it when user authentication (pusher:signin) failed</source>
        <translation>soketi と Reverb は、プライベートチャンネルやプレゼンスチャンネルの認可署名が一致しない場合（認可エンドポイントが別のアプリキーやシークレットで署名した、または別の socket_id や channel_data に署名した）にこれを返します。Pusher はユーザー認証（pusher:signin）が失敗した場合に返します</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private or presence channel was subscribed without an auth signature</source>
        <translation>プライベートチャンネルまたはプレゼンスチャンネルが認可署名なしでサブスクライブされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no channel authorization endpoint is configured, or its answer was not used; private-, presence- and private-encrypted- channels need one</source>
        <translation>チャンネル認可エンドポイントが設定されていないか、その応答が使われませんでした。private-、presence-、private-encrypted- チャンネルには認可エンドポイントが必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A presence channel was subscribed without valid channel_data</source>
        <translation>プレゼンスチャンネルが有効な channel_data なしでサブスクライブされました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint answered as for a private channel; for a presence channel it must return channel_data with a user_id (Laravel: return the user&apos;s info as an array from the channel&apos;s callback)</source>
        <translation>認可エンドポイントがプライベートチャンネルと同じように応答しました。プレゼンスチャンネルでは user_id を含む channel_data を返す必要があります（Laravel: チャンネルのコールバックからユーザー情報を配列で返してください）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event was sent on a public channel</source>
        <translation>公開チャンネルでクライアントイベントが送信されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client- events are allowed on private- and presence- channels only</source>
        <translation>client- イベントは private- と presence- チャンネルでのみ使用できます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events are turned off for this app</source>
        <translation>このアプリではクライアントイベントが無効になっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn them on: Pusher&apos;s app settings (&quot;Enable client events&quot;), soketi&apos;s enableClientMessages for the app, Reverb&apos;s app configuration in config/reverb.php</source>
        <translation>有効にしてください: Pusher のアプリ設定（&quot;Enable client events&quot;）、soketi のアプリの enableClientMessages、Reverb の config/reverb.php のアプリ設定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event&apos;s name lacks the client- prefix</source>
        <translation>クライアントイベントの名前に client- 接頭辞がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events sent by a client must be named client-…</source>
        <translation>クライアントが送信するイベントの名前は client-… でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client event was sent on a channel this connection has not joined</source>
        <translation>この接続が参加していないチャンネルでクライアントイベントが送信されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscribe first and wait for pusher_internal:subscription_succeeded</source>
        <translation>先にサブスクライブし、pusher_internal:subscription_succeeded を待ってください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this connection&apos;s Origin</source>
        <translation>サーバーがこの接続の Origin を拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks the Origin header against the app&apos;s allowed_origins; add this origin (or *)</source>
        <translation>Reverb は Origin ヘッダーをアプリの allowed_origins と照合します。このオリジン（または *）を追加してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not read a frame</source>
        <translation>サーバーがフレームを読み取れませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent something that is not a Pusher message: not JSON, no event, or data of the wrong type</source>
        <translation>クライアントが Pusher メッセージではないもの（JSON ではない、event がない、data の型が違う）を送信しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ably refused the channel because the client is not identified</source>
        <translation>クライアントが識別されていないため、Ably がチャンネルを拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher adapter clients are never identified; turn off the &quot;require identification&quot; rule of the channel&apos;s namespace in the Ably dashboard</source>
        <translation>Pusher アダプターのクライアントは識別されません。Ably ダッシュボードで、チャンネルの名前空間の &quot;require identification&quot; ルールをオフにしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rate limit was exceeded</source>
        <translation>レート制限を超えました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent more client events or messages than the server allows; slow down</source>
        <translation>クライアントがサーバーの許容量を超えるクライアントイベントまたはメッセージを送信しました。送信ペースを落としてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is shutting down</source>
        <translation>サーバーがシャットダウンしています</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a restart or deploy; reconnect shortly</source>
        <translation>再起動またはデプロイです。少し待ってから再接続してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name is too long</source>
        <translation>イベント名が長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 200 characters)</source>
        <translation>サーバーの上限（Pusher: 200 文字）以内に短くしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event data is too large</source>
        <translation>イベントのデータが大きすぎます</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send less data per event (Pusher: 10 KB)</source>
        <translation>イベントあたりのデータを減らしてください（Pusher: 10 KB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel name is too long</source>
        <translation>チャンネル名が長すぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 164 characters)</source>
        <translation>サーバーの上限（Pusher: 164 文字）以内に短くしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence channel is full</source>
        <translation>プレゼンスチャンネルが満員です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s member limit per presence channel is reached (Pusher: 100)</source>
        <translation>プレゼンスチャンネルあたりのメンバー数の上限（Pusher: 100）に達しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence user_info is too large</source>
        <translation>プレゼンスの user_info が大きすぎます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint returns more user_info than the server allows; send less</source>
        <translation>認可エンドポイントがサーバーの許容量を超える user_info を返しています。減らしてください</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Likely cause: %2.</source>
        <translation>%1。考えられる原因: %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported an error: %1</source>
        <translation>サーバーがエラーを報告しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server gave no code; the message is its own wording</source>
        <translation>サーバーはコードを返しませんでした。メッセージはサーバー自身の文言です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error without a code or message</source>
        <translation>サーバーがコードもメッセージもないエラーを報告しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s log for what it refused</source>
        <translation>何が拒否されたかはサーバーのログを参照してください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user authentication endpoint</source>
        <translation>ユーザー認証エンドポイント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel authorization endpoint</source>
        <translation>チャンネル認可エンドポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 could not be reached (no HTTP answer)</source>
        <translation>%1 に到達できませんでした（HTTP 応答なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint URL&apos;s host or port is wrong, the web application is not running, or TLS failed (an untrusted or expired certificate)</source>
        <translation>エンドポイント URL のホストやポートが間違っているか、Web アプリケーションが動作していないか、TLS に失敗しました（信頼されていない、または期限切れの証明書）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an HTML page instead of JSON</source>
        <translation>%1 が JSON ではなく HTML ページで応答しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually a login page reached through a redirect: the session cookie or token is missing or expired; otherwise the URL is a page, not the endpoint (a single-page app&apos;s catch-all route)</source>
        <translation>通常はリダイレクトでたどり着いたログインページです。セッション Cookie やトークンがないか期限切れです。それ以外の場合、URL がエンドポイントではなくページを指しています（シングルページアプリのキャッチオールルート）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an empty body</source>
        <translation>%1 が空の本文で応答しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was signed; Laravel does this when BROADCAST_CONNECTION (BROADCAST_DRIVER before Laravel 11) is log or null instead of pusher or reverb</source>
        <translation>何も署名されませんでした。Laravel では BROADCAST_CONNECTION（Laravel 11 より前は BROADCAST_DRIVER）が pusher や reverb ではなく log や null の場合にこうなります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s answer is not a JSON object</source>
        <translation>%1 の応答が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}; something else answered (debug output, a plain-text message)</source>
        <translation>エンドポイントは {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} を返す必要がありますが、別のもの（デバッグ出力、プレーンテキストのメッセージ）が応答しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pusher:signin needs {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</source>
        <translation>pusher:signin には {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;} が必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} (plus channel_data for presence channels)</source>
        <translation>エンドポイントは {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} を返す必要があります（プレゼンスチャンネルではさらに channel_data も）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1&apos;s answer has no auth field</source>
        <translation>%1 の応答に auth フィールドがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1&apos;s answer has no auth field (it says: %2)</source>
        <translation>%1 の応答に auth フィールドがありません（応答内容: %2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s auth value is not &lt;key&gt;:&lt;signature&gt;</source>
        <translation>%1 の auth の値が &lt;key&gt;:&lt;signature&gt; の形式ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must prefix the hex signature with the app key and a colon</source>
        <translation>エンドポイントは 16 進数の署名の前にアプリキーとコロンを付ける必要があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user authentication answer has no user_data</source>
        <translation>ユーザー認証の応答に user_data がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher:signin needs user_data: a JSON string with at least the user&apos;s id</source>
        <translation>pusher:signin には user_data が必要です: 少なくともユーザーの id を含む JSON 文字列</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 redirected the request (HTTP %2)</source>
        <translation>%1 がリクエストをリダイレクトしました（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually to a login page: the session cookie or token is missing or expired; or http:// redirects to https://, so use the https URL</source>
        <translation>通常はログインページへのリダイレクトで、セッション Cookie やトークンがないか期限切れです。または http:// が https:// にリダイレクトされているので、https の URL を使用してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the request as malformed (HTTP 400)</source>
        <translation>%1 がリクエストを不正な形式として拒否しました（HTTP 400）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it expects a form POST with socket_id and channel_name; check the auth params</source>
        <translation>socket_id と channel_name を含むフォームの POST を想定しています。認可パラメーターを確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 says the user is not authenticated (HTTP 401)</source>
        <translation>%1 によると、ユーザーが認証されていません（HTTP 401）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session cookie or bearer token is missing or expired; add it to the auth headers (Laravel Sanctum: Authorization: Bearer &lt;token&gt; for routes behind auth:sanctum)</source>
        <translation>セッション Cookie または Bearer トークンがないか期限切れです。認可ヘッダーに追加してください（Laravel Sanctum: auth:sanctum 配下のルートには Authorization: Bearer &lt;token&gt;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user authentication endpoint refused to sign the user in (HTTP 403)</source>
        <translation>ユーザー認証エンドポイントがユーザーのサインインを拒否しました（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the application refuses this user</source>
        <translation>ユーザーがログインしていないか、アプリケーションがこのユーザーを拒否しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel authorization endpoint refused access to the channel (HTTP 403)</source>
        <translation>チャンネル認可エンドポイントがチャンネルへのアクセスを拒否しました（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the channel&apos;s authorization callback returned false. Laravel answers 403 for both: check the callback for this channel in routes/channels.php and the guard it uses</source>
        <translation>ユーザーがログインしていないか、チャンネルの認可コールバックが false を返しました。Laravel はどちらの場合も 403 を返します。routes/channels.php にあるこのチャンネルのコールバックと、それが使うガードを確認してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user authentication endpoint was not found (HTTP 404)</source>
        <translation>ユーザー認証エンドポイントが見つかりません（HTTP 404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong: pusher-js uses /pusher/user-auth by default, Laravel /broadcasting/user-auth (registered by Broadcast::userRoutes())</source>
        <translation>パスが間違っています。pusher-js の既定は /pusher/user-auth、Laravel は /broadcasting/user-auth です（Broadcast::userRoutes() で登録）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel authorization endpoint was not found (HTTP 404)</source>
        <translation>チャンネル認可エンドポイントが見つかりません（HTTP 404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong (pusher-js uses /pusher/auth by default, Laravel /broadcasting/auth), or Laravel&apos;s broadcasting routes are not registered: run php artisan install:broadcasting (Laravel 11 and later register them from bootstrap/app.php) or enable BroadcastServiceProvider (Laravel 10 and older)</source>
        <translation>パスが間違っている（pusher-js の既定は /pusher/auth、Laravel は /broadcasting/auth）か、Laravel のブロードキャストルートが登録されていません。php artisan install:broadcasting を実行するか（Laravel 11 以降は bootstrap/app.php から登録）、BroadcastServiceProvider を有効にしてください（Laravel 10 以前）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 does not accept POST (HTTP 405)</source>
        <translation>%1 は POST を受け付けません（HTTP 405）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL is a page or another route, not the endpoint</source>
        <translation>URL がエンドポイントではなく、ページまたは別のルートを指しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 refused the request: CSRF token missing or expired (HTTP 419)</source>
        <translation>%1 がリクエストを拒否しました: CSRF トークンがないか期限切れです（HTTP 419）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel&apos;s broadcasting auth route runs in the web middleware group and needs the session cookie and an X-CSRF-TOKEN header from the same session (token clients: register the routes with auth:sanctum instead)</source>
        <translation>Laravel のブロードキャスト認可ルートは web ミドルウェアグループで動作し、セッション Cookie と同じセッションの X-CSRF-TOKEN ヘッダーが必要です（トークンを使うクライアントの場合は、代わりに auth:sanctum でルートを登録してください）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the parameters (HTTP 422)</source>
        <translation>%1 がパラメーターを拒否しました（HTTP 422）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>socket_id or channel_name is missing or invalid; check the auth params</source>
        <translation>socket_id または channel_name がないか無効です。認可パラメーターを確認してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is rate limiting the requests (HTTP 429)</source>
        <translation>%1 がリクエストのレートを制限しています（HTTP 429）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many authorizations at once, or a retry loop</source>
        <translation>一度に認可が多すぎるか、再試行がループしています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 failed with a server error (HTTP 500)</source>
        <translation>%1 がサーバーエラーで失敗しました（HTTP 500）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exception in the endpoint; Laravel: see storage/logs/laravel.log (often a missing app secret in the broadcasting config, or an error in the channel&apos;s callback)</source>
        <translation>エンドポイントで例外が発生しました。Laravel: storage/logs/laravel.log を参照してください（ブロードキャスト設定にアプリシークレットがない、またはチャンネルのコールバックのエラーがよくある原因です）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1&apos;s web server is unavailable (HTTP %2)</source>
        <translation>%1 の Web サーバーが利用できません（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application behind the proxy is down, restarting or too slow</source>
        <translation>プロキシの背後のアプリケーションが停止中、再起動中、または遅すぎます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 failed with a server error (HTTP %2)</source>
        <translation>%1 がサーバーエラーで失敗しました（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error in the web application; see its log</source>
        <translation>Web アプリケーションのエラーです。そのログを参照してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 refused the request (HTTP %2)</source>
        <translation>%1 がリクエストを拒否しました（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the endpoint&apos;s answer for its reason</source>
        <translation>理由はエンドポイントの応答を参照してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel authorization endpoint answered %1 but not with a usable signature</source>
        <translation>チャンネル認可エンドポイントは %1 で応答しましたが、使用できる署名ではありませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page (a login page after a redirect) or JSON without auth; the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}</source>
        <translation>HTML ページ（リダイレクト後のログインページ）か auth のない JSON です。エンドポイントは {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} を返す必要があります</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel could not be authorized</source>
        <translation>チャンネルを認可できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel authorization endpoint failed or refused; see its answer</source>
        <translation>チャンネル認可エンドポイントが失敗したか拒否しました。その応答を参照してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server limit refused the subscription</source>
        <translation>サーバーの制限によりサブスクリプションが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s limits for channels or presence members</source>
        <translation>チャンネル数またはプレゼンスメンバー数に関するサーバーの制限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed while subscribing</source>
        <translation>サブスクライブ中にサーバーで障害が発生しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a server-side error; see the server&apos;s log</source>
        <translation>サーバー側のエラーです。サーバーのログを参照してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription was refused</source>
        <translation>サブスクリプションが拒否されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was refused: %1</source>
        <translation>サブスクリプションが拒否されました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the channel name, its prefix (private-, presence-) and the channel authorization</source>
        <translation>チャンネル名、その接頭辞（private-、presence-）、チャンネル認可を確認してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a protocol message, not an application event</source>
        <translation>%1 はプロトコルメッセージであり、アプリケーションのイベントではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher: and pusher_internal: names are the connection&apos;s own messages (subscription succeeded, ping, error); bind the name the application broadcasts</source>
        <translation>pusher: と pusher_internal: の名前は接続自体のメッセージ（サブスクリプション成功、ping、エラー）です。アプリケーションがブロードキャストする名前をバインドしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bound name %1 starts with a dot</source>
        <translation>バインドした名前 %1 がドットで始まっています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Laravel Echo, .listen(&apos;.Name&apos;) means &quot;no namespace&quot;; the dot is not part of the name on the wire: bind %1</source>
        <translation>Laravel Echo では .listen(&apos;.Name&apos;) は「名前空間なし」を意味します。ドットは通信上の名前の一部ではありません: %1 をバインドしてください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The events arrive as %1: the bound name %2 lacks the namespace</source>
        <translation>イベントは %1 として届いています: バインドした名前 %2 には名前空間がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel broadcasts an event under its fully qualified class name unless the event defines broadcastAs(); bind %1, or define broadcastAs() returning %2</source>
        <translation>Laravel は、イベントが broadcastAs() を定義していない限り、完全修飾クラス名でイベントをブロードキャストします。%1 をバインドするか、%2 を返す broadcastAs() を定義してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The events arrive as %1, without the namespace of the bound %2</source>
        <translation>イベントは、バインドした %2 の名前空間なしの %1 として届いています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event defines broadcastAs(), which replaces the class name; bind %1 (in Echo: .listen(&apos;.%1&apos;))</source>
        <translation>イベントが broadcastAs() を定義しており、クラス名が置き換えられています。%1 をバインドしてください（Echo では .listen(&apos;.%1&apos;)）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bound name %1 uses dots where the events use backslashes</source>
        <translation>バインドした名前 %1 は、イベントがバックスラッシュを使う箇所でドットを使っています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echo turns a namespace written App.Events into App\Events; on the wire the name is %1</source>
        <translation>Echo は App.Events と書かれた名前空間を App\Events に変換します。通信上の名前は %1 です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The names %1 and %2 differ only in letter case</source>
        <translation>名前 %1 と %2 は大文字と小文字だけが異なります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event names are case-sensitive: bind %1</source>
        <translation>イベント名は大文字と小文字を区別します: %1 をバインドしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The events arrive as the client event %1</source>
        <translation>イベントはクライアントイベント %1 として届いています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client events carry the client- prefix on the wire: bind %1</source>
        <translation>クライアントイベントは通信上 client- 接頭辞が付いています: %1 をバインドしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events arrive as %1, without the client- prefix of the bound name</source>
        <translation>イベントは、バインドした名前の client- 接頭辞なしの %1 として届いています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they are sent by the server, not by clients, so they have no client- prefix: bind %1</source>
        <translation>これらはクライアントではなくサーバーが送信するため、client- 接頭辞がありません: %1 をバインドしてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events arrive as %1 but %2 is bound</source>
        <translation>イベントは %1 として届いていますが、バインドされているのは %2 です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bind the name the server sends; with Laravel check the event&apos;s namespace and broadcastAs()</source>
        <translation>サーバーが送信する名前をバインドしてください。Laravel の場合は、イベントの名前空間と broadcastAs() を確認してください</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The HTTP API refused the request&apos;s timestamp</source>
        <translation>HTTP API がリクエストのタイムスタンプを拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s clock differs from the server&apos;s by more than 600 s; synchronise the clock (NTP)</source>
        <translation>このコンピューターの時計がサーバーと 600 秒以上ずれています。時計を同期してください（NTP）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the request signature</source>
        <translation>HTTP API がリクエストの署名を拒否しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app secret is wrong for this app key, or the app id, key and secret come from different apps or environments</source>
        <translation>アプリシークレットがこのアプリキーに対して間違っているか、アプリ ID、キー、シークレットが別々のアプリや環境のものです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not know this app key</source>
        <translation>HTTP API がこのアプリキーを認識していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app key does not belong to this app id or cluster</source>
        <translation>アプリキーがこのアプリ ID またはクラスターに属していません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTTP API could not be reached (no HTTP answer)</source>
        <translation>HTTP API に到達できませんでした（HTTP 応答なし）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong host or port (Pusher: api-&lt;cluster&gt;.pusher.com; soketi and Reverb serve it on their WebSocket port), the server is down, or TLS failed</source>
        <translation>ホストやポートが間違っている（Pusher: api-&lt;cluster&gt;.pusher.com。soketi と Reverb は WebSocket のポートで提供）、サーバーが停止している、または TLS に失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the request body (HTTP 400)</source>
        <translation>HTTP API がリクエスト本文を拒否しました（HTTP 400）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON, a missing name, data or channels, data that is not a string, an invalid channel name, more than 100 channels or an event name over 200 characters</source>
        <translation>無効な JSON、name・data・channels の欠落、文字列ではない data、無効なチャンネル名、100 を超えるチャンネル、または 200 文字を超えるイベント名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the authentication (HTTP 401)</source>
        <translation>HTTP API が認証を拒否しました（HTTP 401）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app secret or key, a clock more than 600 s off (auth_timestamp), or a body changed after signing (body_md5)</source>
        <translation>アプリシークレットやキーが間違っている、時計が 600 秒以上ずれている（auth_timestamp）、または署名後に本文が変更された（body_md5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the app (HTTP 403)</source>
        <translation>HTTP API がアプリを拒否しました（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app is disabled or over its message quota</source>
        <translation>アプリが無効になっているか、メッセージのクォータを超えています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API does not know this app or path (HTTP 404)</source>
        <translation>HTTP API がこのアプリまたはパスを認識していません（HTTP 404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app id, or the base URL is not a Pusher HTTP API (wrong host or port, or a path prefix)</source>
        <translation>アプリ ID が間違っているか、ベース URL が Pusher HTTP API ではありません（ホストやポートの誤り、またはパスの接頭辞）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not accept this method (HTTP 405)</source>
        <translation>HTTP API がこのメソッドを受け付けません（HTTP 405）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the base URL points at something else than a Pusher HTTP API</source>
        <translation>ベース URL が Pusher HTTP API 以外のものを指しています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event is too large for the HTTP API (HTTP 413)</source>
        <translation>イベントが HTTP API には大きすぎます（HTTP 413）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event data is limited to 10 KB on Pusher (soketi and Reverb have their own limits); send less, or a reference to the data</source>
        <translation>Pusher ではイベントのデータは 10 KB までです（soketi と Reverb には独自の上限があります）。データを減らすか、データへの参照を送信してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the fields (HTTP 422)</source>
        <translation>HTTP API がフィールドを拒否しました（HTTP 422）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks name, data (a string) and channels; see its answer for the field</source>
        <translation>Reverb は name、data（文字列）、channels を検査します。どのフィールドかは応答を参照してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API is rate limiting (HTTP 429)</source>
        <translation>HTTP API がレートを制限しています（HTTP 429）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many events for the app&apos;s limit; slow down</source>
        <translation>アプリの上限に対してイベントが多すぎます。送信ペースを落としてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTTP API failed with a server error (HTTP %1)</source>
        <translation>HTTP API がサーバーエラーで失敗しました（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a server-side error; retry later and see the server&apos;s log</source>
        <translation>サーバー側のエラーです。後で再試行し、サーバーのログを参照してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP API refused the request (HTTP %1)</source>
        <translation>HTTP API がリクエストを拒否しました（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s answer for its reason</source>
        <translation>理由はサーバーの応答を参照してください</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherProtocol</name>
    <message>
        <location filename="../lib/pusher/pusherdecoder.cpp" line="+163"/>
        <source>%1: field &quot;%2&quot; has the wrong type (%3)</source>
        <translation>%1: フィールド &quot;%2&quot; の型が正しくありません（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1: フィールド &quot;%2&quot; がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+77"/>
        <source>%1: &quot;data&quot; is not a JSON object</source>
        <translation>%1: &quot;data&quot; が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1: field &quot;%2&quot; is empty</source>
        <translation>%1: フィールド &quot;%2&quot; が空です</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: &quot;activity_timeout&quot; is not a positive number of seconds</source>
        <translation>%1: &quot;activity_timeout&quot; が正の秒数ではありません</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>subscription failed</source>
        <translation>サブスクリプションに失敗しました</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>event &quot;%1&quot; has no channel</source>
        <translation>イベント &quot;%1&quot; にチャンネルがありません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>オフセット %1 で無効な JSON: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frame is not a JSON object</source>
        <translation>フレームが JSON オブジェクトではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame has no &quot;event&quot;</source>
        <translation>フレームに &quot;event&quot; がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;event&quot; is not a string (%1)</source>
        <translation>&quot;event&quot; が文字列ではありません（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;event&quot; is empty</source>
        <translation>&quot;event&quot; が空です</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::SecretBox</name>
    <message>
        <location filename="../lib/pusher/secretbox.cpp" line="+81"/>
        <source>no usable shared secret for this channel</source>
        <translation>このチャンネルに使用できる shared_secret がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libsodium could not be initialised</source>
        <translation>libsodium を初期化できませんでした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the event is not an encrypted payload ({nonce, ciphertext} expected)</source>
        <translation>イベントが暗号化ペイロードではありません（{nonce, ciphertext} が必要です）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encrypted payload&apos;s nonce is not base64 of %1 bytes</source>
        <translation>暗号化ペイロードの nonce が %1 バイトの base64 ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encrypted payload&apos;s ciphertext is not base64 of at least %1 bytes</source>
        <translation>暗号化ペイロードの ciphertext が %1 バイト以上の base64 ではありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the event does not open with the channel&apos;s shared secret (the secret changed, or the server encrypted it for another channel)</source>
        <translation>イベントがチャンネルの shared_secret で復号できません（シークレットが変更されたか、サーバーが別のチャンネル用に暗号化しました）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a key must be base64 of exactly %1 bytes</source>
        <translation>キーはちょうど %1 バイトの base64 でなければなりません</translation>
    </message>
</context>
</TS>
