<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../lib/api/apierror.cpp" line="+212"/>
        <source>The server could not be reached</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection to the server failed</source>
        <translation>与服务器的安全连接失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time</source>
        <translation>服务器未及时响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key was rejected</source>
        <translation>API 密钥被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The API key is not allowed to do this</source>
        <translation>该 API 密钥无权执行此操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server does not know this endpoint</source>
        <translation>服务器不认识此端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server rejected the request</source>
        <translation>服务器拒绝了该请求</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Too many requests; the server asks to wait %n second(s)</source>
        <translation>
            <numerusform>请求过多；服务器要求等待 %n 秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed to handle the request</source>
        <translation>服务器未能处理该请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be understood</source>
        <translation>无法解析服务器的响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was blocked by this application</source>
        <translation>该请求已被本应用程序阻止</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>request %1</source>
        <comment>the server&apos;s request id, for support</comment>
        <translation>请求 %1</translation>
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
        <translation>&quot;%1&quot; 不是 base64</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>it has no &quot;type&quot;</source>
        <translation>缺少 &quot;type&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>it has no &quot;timeUs&quot;</source>
        <translation>缺少 &quot;timeUs&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its &quot;direction&quot; is neither &quot;in&quot; nor &quot;out&quot;</source>
        <translation>&quot;direction&quot; 既不是 &quot;in&quot; 也不是 &quot;out&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its &quot;json&quot; is not a JSON object</source>
        <translation>其 &quot;json&quot; 不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it has no &quot;data&quot;</source>
        <translation>缺少 &quot;data&quot;</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>it has no &quot;state&quot;</source>
        <translation>缺少 &quot;state&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it has no &quot;status&quot;</source>
        <translation>缺少 &quot;status&quot;</translation>
    </message>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="+321"/>
        <source>the compressed data is damaged (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../lib/capture/gzipstream.cpp" line="+116"/>
        <source>unexpected data after the compressed stream</source>
        <translation>压缩流之后有意外的数据</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>line %1 is longer than %2 MiB</source>
        <translation>第 %1 行超过 %2 MiB</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>This is not a Shuriken capture file.</source>
        <translation>这不是 Shuriken 捕获文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (it is empty).</source>
        <translation>这不是 Shuriken 捕获文件（文件为空）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Shuriken capture file (%1).</source>
        <translation>这不是 Shuriken 捕获文件（%1）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is a HAR document, not a Shuriken capture file.</source>
        <translation>这是 HAR 文档，不是 Shuriken 捕获文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The capture file ends inside its header: it was cut while it was being written.</source>
        <translation>捕获文件在文件头中途结束：它在写入过程中被截断了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a Shuriken capture file (its header has no valid format version).</source>
        <translation>这不是 Shuriken 捕获文件（其文件头没有有效的格式版本）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This capture was written by a newer version (format %1); this build reads format %2 and older.</source>
        <translation>此捕获文件由较新的版本写入（格式 %1）；此版本只能读取格式 %2 及更早的格式。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+164"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>The capture cannot be read: the device is not open for reading.</source>
        <translation>无法读取捕获文件：设备未以读取方式打开。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The capture is damaged after line %1: %2.</source>
        <translation>捕获文件在第 %1 行之后已损坏：%2。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+11"/>
        <source>Line %1 is not a valid record: %2.</source>
        <translation>第 %1 行不是有效的记录：%2。</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>The compressed file has no proper end (it is still being written, or its writer was stopped); it was read up to the last complete record.</source>
        <translation>压缩文件没有正常结尾（仍在写入中，或写入程序已被停止）；已读取到最后一条完整记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The file ends inside a record (it was cut while being written); it was read up to the last complete record, %n byte(s) after it were left out.</source>
        <translation>
            <numerusform>文件在一条记录中途结束（在写入过程中被截断）；已读取到最后一条完整记录，其后的 %n 字节已被略去。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 It was read up to there.</source>
        <comment>the reason</comment>
        <translation>%1 已读取到该处为止。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n record(s) of a kind this version does not know were skipped.</source>
        <translation>
            <numerusform>已跳过 %n 条此版本无法识别的类型的记录。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../lib/capture/capturejson.cpp" line="+482"/>
        <source>%1 at byte %2</source>
        <translation>第 %2 字节处 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../lib/capture/gzipstream.cpp" line="-94"/>
        <source>zlib error %1</source>
        <translation>zlib 错误 %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <location line="+25"/>
        <source>zlib could not start</source>
        <translation>zlib 无法启动</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>not gzip data</source>
        <translation>不是 gzip 数据</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>the compressed data ends early</source>
        <translation>压缩数据提前结束</translation>
    </message>
</context>
<context>
    <name>CaptureWriter</name>
    <message>
        <location filename="../lib/capture/capturefile.cpp" line="-509"/>
        <location line="+61"/>
        <source>The compressor failed.</source>
        <translation>压缩失败。</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+543"/>
        <location line="+9"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-537"/>
        <source>The capture cannot be written: the device is not open for writing.</source>
        <translation>无法写入捕获文件：设备未以写入方式打开。</translation>
    </message>
</context>
<context>
    <name>DisplayFilter</name>
    <message>
        <location filename="../lib/filter/filterlexer.cpp" line="+148"/>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>意外的字符 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>invalid number &apos;%1&apos;</source>
        <translation>无效的数字 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>unterminated string</source>
        <translation>字符串未结束</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>%1 at column %2</source>
        <translation>%1（第 %2 列）</translation>
    </message>
    <message>
        <location filename="../lib/filter/filterparser.cpp" line="+105"/>
        <source>unmatched &apos;)&apos;</source>
        <translation>不匹配的 &apos;)&apos;</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+89"/>
        <source>unexpected &apos;%1&apos;</source>
        <translation>意外的 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>the expression is nested too deeply</source>
        <translation>表达式嵌套过深</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>empty expression</source>
        <translation>表达式为空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an expression after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为表达式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a field after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为字段</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+230"/>
        <source>missing &apos;)&apos; for &apos;(&apos;</source>
        <translation>缺少与 &apos;(&apos; 对应的 &apos;)&apos;</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+10"/>
        <source>expected a string after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为字符串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid regular expression (%1)</source>
        <translation>无效的正则表达式（%1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>expected a field before &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之前应为字段</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>invalid date and time &apos;%1&apos;</source>
        <translation>无效的日期时间 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected &apos;{&apos; after &apos;%1&apos;</source>
        <translation>&apos;%1&apos; 之后应为 &apos;{&apos;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>missing &apos;}&apos; for &apos;{&apos;</source>
        <translation>缺少与 &apos;{&apos; 对应的 &apos;}&apos;</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>unknown function &apos;%1&apos;</source>
        <translation>未知函数 &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>metadata &apos;%1&apos; has no fields</source>
        <translation>元数据 &apos;%1&apos; 没有字段</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a field name after &apos;.&apos;</source>
        <translation>&apos;.&apos; 之后应为字段名</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected an index or a quoted key after &apos;[&apos;</source>
        <translation>&apos;[&apos; 之后应为索引或带引号的键</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing &apos;]&apos; for &apos;[&apos;</source>
        <translation>缺少与 &apos;[&apos; 对应的 &apos;]&apos;</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <location filename="../lib/record/eventexporter.cpp" line="+44"/>
        <source>Could not write the export: %1</source>
        <translation>无法写入导出文件：%1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+73"/>
        <source>The export target is not open for writing.</source>
        <translation>导出目标未以写入方式打开。</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not JSON: %1 at offset %2</source>
        <translation>不是 JSON：偏移 %2 处 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected a string</source>
        <translation>%1：应为字符串</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receivedAt: not an ISO 8601 time</source>
        <translation>receivedAt：不是 ISO 8601 时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>payload: missing</source>
        <translation>payload：缺失</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <location line="+5"/>
        <source>payload is not a JSON object</source>
        <translation>payload 不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <location filename="../lib/events/eventformatter.cpp" line="+110"/>
        <source>Received</source>
        <comment>event table column: local receive time</comment>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <comment>event table column: receive time minus event time</comment>
        <translation>延迟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>When the event arrived here (local time)</source>
        <translation>事件到达此处的时间（本地时间）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receive time minus the event&apos;s own time (%1)</source>
        <translation>接收时间减去事件自身的时间（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This stream&apos;s events carry no event time</source>
        <translation>此数据流的事件不带事件时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(whole payload)</source>
        <translation>（整个负载）</translation>
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
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>buy</source>
        <comment>trade side</comment>
        <translation>买入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sell</source>
        <comment>trade side</comment>
        <translation>卖出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HarFormat</name>
    <message>
        <location filename="../lib/capture/harimport.cpp" line="+285"/>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server redirected to %1</source>
        <translation>服务器重定向到 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+54"/>
        <source>The HAR file has %n WebSocket connections; their frames are read as one session, in time order.</source>
        <translation>
            <numerusform>HAR 文件包含 %n 个 WebSocket 连接；它们的帧按时间顺序作为一个会话读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n WebSocket control frame(s) (close, ping, pong, continuation) were left out.</source>
        <translation>
            <numerusform>已略去 %n 个 WebSocket 控制帧（close、ping、pong、continuation）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket error message(s) of the browser were left out.</source>
        <translation>
            <numerusform>已略去浏览器的 %n 条 WebSocket 错误消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) without a direction or readable data were left out.</source>
        <translation>
            <numerusform>已略去 %n 条没有方向或没有可读数据的 WebSocket 消息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n WebSocket message(s) had no time; they were given their connection&apos;s.</source>
        <translation>
            <numerusform>%n 条 WebSocket 消息没有时间；已为其使用所属连接的时间。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n HAR entr(y/ies) that are not objects were left out.</source>
        <translation>
            <numerusform>已略去 %n 个不是对象的 HAR 条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n header(s) with credentials (Authorization, cookies) were redacted.</source>
        <translation>
            <numerusform>已遮盖 %n 个包含凭据（Authorization、Cookie）的标头。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This is not a HAR document: the file is empty.</source>
        <translation>这不是 HAR 文档：文件为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This is not a HAR document: the JSON is malformed (%1 at byte %2).</source>
        <translation>这不是 HAR 文档：JSON 格式错误（第 %2 字节处 %1）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is not a HAR document (it has no log.entries).</source>
        <translation>这不是 HAR 文档（没有 log.entries）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The HAR file has no WebSocket connection.</source>
        <translation>HAR 文件中没有 WebSocket 连接。</translation>
    </message>
</context>
<context>
    <name>SimulatorControl</name>
    <message>
        <location filename="../lib/sim/controlcommand.cpp" line="+39"/>
        <source>--path needs session, auth, streams, user-auth, http-api or all</source>
        <translation>--path 需要 session、auth、streams、user-auth、http-api 或 all</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unknown path &quot;%1&quot; (session, auth, streams, user-auth, http-api, all)</source>
        <translation>未知路径 &quot;%1&quot;（session、auth、streams、user-auth、http-api、all）</translation>
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
        <translation>命令（每行一条）：
  help                                  显示此文本
  stats [json]                          连接、频道、事件、REST 计数；json：相同内容，
                                        外加每个已订阅的频道，全部在一行，供脚本使用
  drop                                  切断每个 WebSocket，不发送关闭帧（客户端看到 1006）
  close &lt;code&gt; [reason]                 以 &lt;code&gt; 关闭每个 WebSocket：4001、4009、4100、4200、4201……
  error &lt;code|null&gt; [message]           向每个 WebSocket 发送 pusher:error，不关闭连接
  stop-pongs | start-pongs              停止 / 恢复应答 pusher:ping 和 WebSocket ping
  confirm-subscribes on|off             发送（或停止发送）subscription_succeeded
  channel-error CHANNEL CODE|null MSG   向某频道的订阅者发送指明该频道的 pusher:error
  malformed &lt;kind&gt;                      发送一个错误帧：invalid-json、data-not-string、missing-event、
                                        huge（10 MiB）、invalid-utf8
  rest &lt;status&gt; [retry-after] [--once | --times N] [--path P[,P]]
                                        以 401、403、429、500、503 等应答 REST（P：session、auth、
                                        streams、user-auth、http-api、all；auth 也涵盖 /pusher/auth
                                        和 /broadcasting/auth）；retry-after 以秒为单位，
                                        作为 Retry-After 发送
  rest-delay &lt;ms&gt; [--path P[,P]]        延迟 &lt;ms&gt; 后再应答 REST
  rest ok                               恢复正确、及时的 REST 应答
  trigger &lt;channel&gt; &lt;event&gt; &lt;json&gt;      向频道的订阅者发布一个事件（以该 JSON 文本作为其 data）；
                                        在 private-encrypted- 频道上先加密
  rate &lt;multiplier&gt;                     按倍数缩放每个数据流的速率
  rate &lt;stream&gt; &lt;events-per-second&gt;     设置某个数据流的速率
  firehose &lt;count&gt;                      svm.token.swaps 频道在下次订阅时以最快速度
                                        发布 &lt;count&gt; 个事件；0 = 正常速率
  restart                               切断所有连接，并在同一端口重新监听
  quit                                  停止模拟器
示例：rest 429 1 --once --path session</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>unterminated quote</source>
        <translation>引号未闭合</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>stats takes nothing or json</source>
        <translation>stats 不带参数或只带 json</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopping</source>
        <translation>正在停止</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>dropped %n connection(s)</source>
        <translation>
            <numerusform>已切断 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>close needs a close code: 1000-1003, 1007-1011 or 3000-4999</source>
        <translation>close 需要一个关闭代码：1000-1003、1007-1011 或 3000-4999</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>closed %n connection(s) with %1</source>
        <translation>
            <numerusform>已用 %1 关闭 %n 个连接</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error needs a code (or null) and a message</source>
        <translation>error 需要一个代码（或 null）和一条消息</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+31"/>
        <source>error code must be a number or null</source>
        <translation>错误代码必须是数字或 null</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+31"/>
        <source>Simulated error</source>
        <translation>模拟错误</translation>
    </message>
    <message numerus="yes">
        <location line="-30"/>
        <location line="+31"/>
        <source>sent pusher:error to %n connection(s)</source>
        <translation>
            <numerusform>已向 %n 个连接发送 pusher:error</numerusform>
        </translation>
    </message>
    <message>
        <location line="-27"/>
        <source>no longer answering pings</source>
        <translation>不再应答 ping</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>answering pings again</source>
        <translation>重新应答 ping</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>confirm-subscribes needs on or off</source>
        <translation>confirm-subscribes 需要 on 或 off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirming subscriptions again</source>
        <translation>重新确认订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no longer confirming subscriptions</source>
        <translation>不再确认订阅</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>channel-error needs a channel, a code (or null) and a message</source>
        <translation>channel-error 需要一个频道、一个代码（或 null）和一条消息</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>malformed needs one of: invalid-json, data-not-string, missing-event, huge, invalid-utf8</source>
        <translation>malformed 需要以下之一：invalid-json, data-not-string, missing-event, huge, invalid-utf8</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>sent %1 to %n connection(s)</source>
        <translation>
            <numerusform>已向 %n 个连接发送 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rate needs a non-negative multiplier</source>
        <translation>rate 需要一个非负倍数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate multiplier %1</source>
        <translation>速率倍数 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rate needs a non-negative number of events per second</source>
        <translation>rate 需要一个非负的每秒事件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 events/s (before the multiplier)</source>
        <translation>%1：%2 事件/秒（乘以倍数之前）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</source>
        <translation>rate &lt;multiplier&gt; | rate &lt;stream&gt; &lt;events-per-second&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>firehose needs a count (0 = off)</source>
        <translation>firehose 需要一个数量（0 = 关闭）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firehose armed: %1 events per svm.token.swaps subscription</source>
        <translation>firehose 已就绪：每个 svm.token.swaps 订阅 %1 个事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>firehose off</source>
        <translation>firehose 已关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>restart failed: %1</source>
        <translation>重启失败：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restarted on %1</source>
        <translation>已在 %1 上重启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command &quot;%1&quot;; type help</source>
        <translation>未知命令 &quot;%1&quot;；请输入 help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers normally again</source>
        <translation>REST 已恢复正常应答</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--times needs a positive count</source>
        <translation>--times 需要一个正数</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+12"/>
        <source>rest needs an HTTP error status (400-599) or ok</source>
        <translation>rest 需要一个 HTTP 错误状态（400-599）或 ok</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>retry-after must be a number of seconds</source>
        <translation>retry-after 必须是秒数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected &quot;%1&quot;; type help</source>
        <translation>意外的 &quot;%1&quot;；请输入 help</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>REST answers %1 until &quot;rest ok&quot;</source>
        <translation>在 &quot;rest ok&quot; 之前 REST 以 %1 应答</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>REST answers %1 for the next %n request(s)</source>
        <translation>
            <numerusform>接下来 %n 个请求 REST 以 %1 应答</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trigger needs a channel, an event name and JSON data</source>
        <translation>trigger 需要一个频道、一个事件名和 JSON 数据</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; 不是有效的频道名称</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>trigger needs valid JSON data, e.g. {&quot;message&quot;:&quot;hi&quot;}</source>
        <translation>trigger 需要有效的 JSON 数据，例如 {&quot;message&quot;:&quot;hi&quot;}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>triggered %1 on %2 to %n subscriber(s)</source>
        <translation>
            <numerusform>已在 %2 上触发 %1，发送给 %n 个订阅者</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>rest-delay needs a delay in milliseconds</source>
        <translation>rest-delay 需要以毫秒为单位的延迟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>REST answers after %1 ms</source>
        <translation>REST 在 %1 毫秒后应答</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>listening: %1</source>
        <translation>监听：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>websockets: %1 open, %2 accepted</source>
        <translation>WebSocket：%1 个打开，%2 个已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channels: %1 active, %2 subscriptions</source>
        <translation>频道：%1 个活跃，%2 个订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>silent subscriptions (to channels this server never resolved): %1</source>
        <translation>静默订阅（订阅了本服务器从未解析过的频道）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events: %1 published, %2 frames sent, %3 bytes sent, %4 skipped for backlog</source>
        <translation>事件：已发布 %1 个，已发送 %2 帧、%3 字节，因积压跳过 %4 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rest: %1 requests (%2)</source>
        <translation>REST：%1 个请求（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic Pusher mode: %1 events triggered, %2 client events forwarded</source>
        <translation>通用 Pusher 模式：已触发 %1 个事件，已转发 %2 个客户端事件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bad client messages: %1, faults injected: %2, pongs: %3</source>
        <translation>错误的客户端消息：%1，注入的故障：%2，pong：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>关</translation>
    </message>
</context>
<context>
    <name>SimulatorServer</name>
    <message>
        <location filename="../lib/sim/simulatorserver.cpp" line="+75"/>
        <source>Cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
    <message>
        <location filename="../lib/sim/faultinjector.cpp" line="+240"/>
        <location filename="../lib/sim/restapi.cpp" line="+115"/>
        <source>Invalid or expired API key</source>
        <translation>API 密钥无效或已过期</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Invalid parameters (simulated fault)</source>
        <translation>参数无效（模拟故障）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This API key lacks the required scope</source>
        <translation>此 API 密钥缺少所需的权限范围</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not found (simulated fault)</source>
        <translation>未找到（模拟故障）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service temporarily unavailable</source>
        <translation>服务暂时不可用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Internal server error (simulated fault)</source>
        <translation>服务器内部错误（模拟故障）</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+23"/>
        <source>No endpoint %1 %2</source>
        <translation>没有端点 %1 %2</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="+66"/>
        <source>%1 expects POST</source>
        <translation>%1 要求使用 POST</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Page Expired</source>
        <translation>页面已过期</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>socket_id and channel_name are required</source>
        <translation>需要 socket_id 和 channel_name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid channel name</source>
        <translation>&quot;%1&quot; 不是有效的频道名称</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This user may not join channel %1</source>
        <translation>此用户不能加入频道 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>加密主密钥必须为 %1 字节</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>socket_id is required</source>
        <translation>需要 socket_id</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown app: %1</source>
        <translation>未知应用：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No such HTTP API resource: %1</source>
        <translation>没有此 HTTP API 资源：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../lib/sim/restapi.cpp" line="+7"/>
        <source>%1 expects %2</source>
        <translation>%1 需要 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>info must be a comma-separated string</source>
        <translation>info 必须是以逗号分隔的字符串</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown info attribute: %1</source>
        <translation>未知的 info 属性：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>name is required and must be a string</source>
        <translation>name 为必填项，且必须是字符串</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event name is too long (%1 characters at most)</source>
        <translation>事件名称过长（最多 %1 个字符）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>data is required and must be a string (JSON-encode objects first)</source>
        <translation>data 为必填项，且必须是字符串（对象请先进行 JSON 编码）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data content of this event exceeds the allowed maximum (%1 bytes)</source>
        <translation>此事件的数据内容超过允许的最大值（%1 字节）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Each batch event needs a channel</source>
        <translation>每个批量事件都需要一个频道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channels (an array) or channel is required</source>
        <translation>需要 channels（数组）或 channel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An event goes to 1 to %1 channels</source>
        <translation>一个事件可发送到 1 至 %1 个频道</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+115"/>
        <source>Invalid channel name: &quot;%1&quot;</source>
        <translation>无效的频道名称：&quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>socket_id must be a Pusher socket id</source>
        <translation>socket_id 必须是 Pusher socket id</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The request body must be a JSON object</source>
        <translation>请求正文必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The request body must be {&quot;batch&quot;: [events]}</source>
        <translation>请求正文必须是 {&quot;batch&quot;: [events]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A batch holds at most %1 events</source>
        <translation>一个批次最多包含 %1 个事件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Each batch event must be an object</source>
        <translation>每个批量事件都必须是对象</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>user_count is only available with filter_by_prefix=presence-</source>
        <translation>user_count 仅在 filter_by_prefix=presence- 时可用</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>user_count is only available for presence channels</source>
        <translation>user_count 仅适用于在线状态频道</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Users are only listed for presence channels</source>
        <translation>仅在线状态频道会列出用户</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="-12"/>
        <source>Not found: %1</source>
        <translation>未找到：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Unrouted endpoint</source>
        <translation>未路由的端点</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream %1 has no filter &quot;%2&quot;</source>
        <translation>数据流 %1 没有过滤器 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stream %1 requires the filter &quot;%2&quot;</source>
        <translation>数据流 %1 需要过滤器 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>chainId &quot;%1&quot; is not a supported chain (supported: %2)</source>
        <translation>chainId &quot;%1&quot; 不是受支持的链（受支持：%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 &quot;%2&quot; is not an EVM address (0x and 40 hex digits)</source>
        <translation>%1 &quot;%2&quot; 不是 EVM 地址（0x 加 40 位十六进制数字）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot; is not a Solana address (32 to 44 base58 characters)</source>
        <translation>%1 &quot;%2&quot; 不是 Solana 地址（32 到 44 个 base58 字符）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is longer than 128 characters</source>
        <translation>%1 超过 128 个字符</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The request body must be a JSON object: %1</source>
        <translation>请求正文必须是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>got another JSON value</source>
        <translation>收到了其他 JSON 值</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;subscriptions&quot; must be an array</source>
        <translation>&quot;subscriptions&quot; 必须是数组</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscriptions[%1]: %2</source>
        <translation>subscriptions[%1]：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown stream &quot;%1&quot;</source>
        <translation>未知数据流 &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../lib/sim/pusherendpoints.cpp" line="-296"/>
        <location line="+38"/>
        <location filename="../lib/sim/restapi.cpp" line="+86"/>
        <source>socket_id &quot;%1&quot; is not a Pusher socket id</source>
        <translation>socket_id &quot;%1&quot; 不是 Pusher 套接字 ID</translation>
    </message>
    <message>
        <location filename="../lib/sim/restapi.cpp" line="+6"/>
        <source>Channel &quot;%1&quot; is public and needs no authorization</source>
        <translation>频道 &quot;%1&quot; 是公开频道，无需授权</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypted channels are not supported (&quot;%1&quot;)</source>
        <translation>不支持加密频道（&quot;%1&quot;）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This API key may not join channel &quot;%1&quot;</source>
        <translation>此 API 密钥不能加入频道 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>No WebSocket endpoint at %1; use /app/&lt;appKey&gt;</source>
        <translation>%1 处没有 WebSocket 端点；请使用 /app/&lt;appKey&gt;</translation>
    </message>
    <message>
        <location filename="../lib/sim/channelhub.cpp" line="+108"/>
        <source>Could not find app by key %1</source>
        <translation>找不到密钥为 %1 的应用</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsupported protocol version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Client event rejected - client events must be prefixed by &apos;client-&apos; (got %1)</source>
        <translation>客户端事件被拒绝 - 客户端事件必须以 &apos;client-&apos; 为前缀（收到 %1）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Client event rejected - client events are not allowed on private-encrypted channels</source>
        <translation>客户端事件被拒绝 - private-encrypted 频道上不允许客户端事件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Client event rejected - not subscribed to channel %1</source>
        <translation>客户端事件被拒绝 - 未订阅频道 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client event rejected - the data is larger than %1 bytes</source>
        <translation>客户端事件被拒绝 - 数据大于 %1 字节</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>pusher:signin needs auth and user_data</source>
        <translation>pusher:signin 需要 auth 和 user_data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user_data must be a JSON object with an id</source>
        <translation>user_data 必须是包含 id 的 JSON 对象</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invalid signature for pusher:signin</source>
        <translation>pusher:signin 的签名无效</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Invalid channel name &quot;%1&quot;</source>
        <translation>无效的频道名称 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid channel name</source>
        <translation>无效的频道名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>existing subscription</source>
        <translation>已有订阅</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypted channels are not supported</source>
        <translation>不支持加密频道</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auth info required to subscribe to %1</source>
        <translation>订阅 %1 需要授权信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel_data required to subscribe to %1</source>
        <translation>订阅 %1 需要 channel_data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid signature for channel %1</source>
        <translation>频道 %1 的签名无效</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>channel_data must be a JSON object with a user_id</source>
        <translation>channel_data 必须是包含 user_id 的 JSON 对象</translation>
    </message>
    <message>
        <location line="-258"/>
        <source>Invalid message: %1</source>
        <translation>无效消息：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Client event %1 rejected: client events are not enabled for this app</source>
        <translation>客户端事件 %1 被拒绝：此应用未启用客户端事件</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/monitor/main.cpp" line="+51"/>
        <source>unknown profile &quot;%1&quot;; known profiles: %2</source>
        <translation>未知配置 &quot;%1&quot;；已知配置：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--base-url: %1</source>
        <translation>--base-url：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Command line</source>
        <translation>命令行</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Shuriken 数据流监视器</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Native monitor for the Shuriken trading API&apos;s real-time streams.</source>
        <translation>用于 Shuriken 交易 API 实时数据流的原生监视器。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use the built-in simulator, whatever profile was last used.</source>
        <translation>使用内置模拟器，无论上次使用的是哪个配置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to this API base URL (for this run only).</source>
        <translation>连接到此 API 基础 URL（仅限本次运行）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start with this connection profile (id or name).</source>
        <translation>以此连接配置（ID 或名称）启动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save PNGs of the catalog, a live event table and the debugger into &lt;dir&gt; (on the simulator, with fresh settings), then quit.</source>
        <translation>将目录、实时事件表和调试器的 PNG 保存到 &lt;dir&gt;（使用模拟器和全新设置），然后退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot create a temporary directory</source>
        <translation>无法创建临时目录</translation>
    </message>
    <message>
        <location filename="../app/sim/main.cpp" line="+118"/>
        <source>A local Shuriken service: the REST control plane and a Pusher protocol 7 WebSocket on one port, publishing simulated events for every stream, with fault injection. Type &quot;help&quot; on stdin for the control commands. Secrets can also come from SHURIKEN_SIM_APP_SECRET and SHURIKEN_SIM_API_KEY. With --pusher, a plain Pusher-protocol server for the generic Pusher profile instead.</source>
        <translation>本地 Shuriken 服务：在同一端口上提供 REST 控制面和 Pusher 协议 7 WebSocket，为每个数据流发布模拟事件，并支持故障注入。在标准输入中键入 &quot;help&quot; 查看控制命令。机密也可以来自 SHURIKEN_SIM_APP_SECRET 和 SHURIKEN_SIM_API_KEY。使用 --pusher 时，则改为供通用 Pusher 配置使用的普通 Pusher 协议服务器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Port to listen on (0 = any free port).</source>
        <translation>要监听的端口（0 = 任意空闲端口）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>要监听的地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seed of every generator and id.</source>
        <translation>所有生成器和 ID 的种子。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Multiplier of every stream&apos;s rate.</source>
        <translation>所有数据流速率的倍数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Events per second of one stream, e.g. svm.token.swaps=50 (repeatable).</source>
        <translation>某个数据流的每秒事件数，例如 svm.token.swaps=50（可重复）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pusher application key (an --epoch above 0 appends &quot;-e&lt;N&gt;&quot;).</source>
        <translation>Pusher 应用密钥（--epoch 大于 0 时追加 &quot;-e&lt;N&gt;&quot;）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deployment number: above 0, the app key and every channel name the session endpoint resolves end in &quot;-e&lt;N&gt;&quot;, as a restarted service may hand out new ones; clients that reconnect without a new session are refused (4001) or get silent channels. 0 = the plain names.</source>
        <translation>部署编号：大于 0 时，应用密钥以及会话端点解析出的每个频道名都以 &quot;-e&lt;N&gt;&quot; 结尾，如同重启后的服务可能分发新名称；未获取新会话就重连的客户端会被拒绝（4001）或得到静默频道。0 = 原始名称。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>session.recommendedReconnectBackoffMs of every session answer, comma-separated milliseconds, e.g. 200,400,800.</source>
        <translation>每个会话响应中的 session.recommendedReconnectBackoffMs，以逗号分隔的毫秒数，例如 200,400,800。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pusher application secret.</source>
        <translation>Pusher 应用机密。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Require this Bearer key on REST (default: accept any).</source>
        <translation>在 REST 上要求此 Bearer 密钥（默认：接受任意密钥）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User id of presence channels.</source>
        <translation>在线状态频道的用户 ID。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Publish N svm.token.swaps events per subscription as fast as the socket drains (benchmarks).</source>
        <translation>每个订阅以套接字能承受的最快速度发布 N 个 svm.token.swaps 事件（用于基准测试）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activity_timeout announced to clients, in seconds.</source>
        <translation>向客户端通告的 activity_timeout，单位为秒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client silence before the server sends pusher:ping, in ms (default: the activity timeout).</source>
        <translation>服务器发送 pusher:ping 前客户端的静默时间，单位为毫秒（默认：活动超时）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wait for a pong before closing with 4201, in ms.</source>
        <translation>在以 4201 关闭前等待 pong 的时间，单位为毫秒。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer the session endpoint without the {data: ...} envelope.</source>
        <translation>应答会话端点时不使用 {data: ...} 包装。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Announce authEndpoint as a relative path.</source>
        <translation>将 authEndpoint 通告为相对路径。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>portfolio/automation payloads in the Rust types&apos; snake_case form.</source>
        <translation>portfolio/automation 负载采用 Rust 类型的 snake_case 形式。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Generic Pusher mode: a plain Pusher-protocol server (as Pusher Channels, soketi or Laravel Reverb with its application backend) instead of the Shuriken service. No Shuriken REST endpoints and no generated streams; POST /pusher/auth, /broadcasting/auth and /pusher/user-auth, the signed HTTP API under /apps/&lt;app-id&gt;/, client events, pusher:signin and private-encrypted channels.</source>
        <translation>通用 Pusher 模式：一个普通的 Pusher 协议服务器（如 Pusher Channels、soketi 或带应用后端的 Laravel Reverb），而非 Shuriken 服务。没有 Shuriken REST 端点，也不生成数据流；提供 POST /pusher/auth、/broadcasting/auth 和 /pusher/user-auth、/apps/&lt;app-id&gt;/ 下的签名 HTTP API、客户端事件、pusher:signin 以及 private-encrypted 频道。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pusher app id of the HTTP API paths (--pusher).</source>
        <translation>HTTP API 路径中的 Pusher 应用 ID（--pusher）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make the auth endpoints want &quot;X-CSRF-TOKEN: &lt;token&gt;&quot; and answer 419 (Laravel&apos;s Page Expired) without it (--pusher).</source>
        <translation>让授权端点要求 &quot;X-CSRF-TOKEN: &lt;token&gt;&quot;，缺少时应答 419（Laravel 的 Page Expired）（--pusher）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Base64 of the 32-byte key the private-encrypted channels&apos; shared secrets derive from (--pusher; default: a fixed test key).</source>
        <translation>用于派生 private-encrypted 频道共享密钥的 32 字节密钥的 Base64 编码（--pusher；默认：固定的测试密钥）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The auth endpoints answer 403 for channels starting with this (--pusher, repeatable).</source>
        <translation>对以此开头的频道，授权端点应答 403（--pusher，可重复）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A control command to run once listening, e.g. &quot;rest 429 2 --once&quot; (repeatable).</source>
        <translation>开始监听后运行的控制命令，例如 &quot;rest 429 2 --once&quot;（可重复）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not read control commands.</source>
        <translation>不读取控制命令。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log every request and ping.</source>
        <translation>记录每个请求和 ping。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--port must be 0-65535</source>
        <translation>--port 必须在 0-65535 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--bind needs an IP address</source>
        <translation>--bind 需要一个 IP 地址</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warning: listening on %1, which is not a loopback address: other machines can reach the simulator</source>
        <translation>警告：正在 %1 上监听，这不是回环地址：其他计算机可以访问模拟器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed 必须是非负整数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--rate must be a non-negative number</source>
        <translation>--rate 必须是非负数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--stream-rate needs stream=rate, got &quot;%1&quot;</source>
        <translation>--stream-rate 需要 stream=rate，收到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--epoch must be a non-negative integer</source>
        <translation>--epoch 必须是非负整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--app-key, --app-secret and --user-id must not be empty</source>
        <translation>--app-key、--app-secret 和 --user-id 不能为空</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--firehose needs a count</source>
        <translation>--firehose 需要一个数量</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--activity-timeout must be at least 1</source>
        <translation>--activity-timeout 至少为 1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--ping-interval must be a positive number of ms</source>
        <translation>--ping-interval 必须是正的毫秒数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--pong-timeout must be a positive number of ms</source>
        <translation>--pong-timeout 必须是正的毫秒数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--backoff needs comma-separated milliseconds, got &quot;%1&quot;</source>
        <translation>--backoff 需要以逗号分隔的毫秒数，收到的是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--app-id must not be empty</source>
        <translation>--app-id 不能为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Shuriken simulator listening on %1</source>
        <translation>Shuriken 模拟器正在 %1 上监听</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>WebSocket %1 (app key %2, epoch %3); type help for commands</source>
        <translation>WebSocket %1（应用密钥 %2，纪元 %3）；输入 help 查看命令</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Generic Pusher mode: auth endpoint %1/pusher/auth, user auth %1/pusher/user-auth, HTTP API %1/apps/%2/</source>
        <translation>通用 Pusher 模式：授权端点 %1/pusher/auth，用户认证 %1/pusher/user-auth，HTTP API %1/apps/%2/</translation>
    </message>
</context>
<context>
    <name>shuriken-stream</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+69"/>
        <source>--subscribe &quot;%1&quot;: the stream id is missing</source>
        <translation>--subscribe &quot;%1&quot;：缺少数据流 ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--subscribe &quot;%1&quot;: &quot;%2&quot; is not key=value</source>
        <translation>--subscribe &quot;%1&quot;：&quot;%2&quot; 不是 key=value 形式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stream catalog (built in: the server has none)</source>
        <translation>数据流目录（内置：服务器未提供）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream catalog (from the server)</source>
        <translation>数据流目录（来自服务器）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>cannot replay &quot;%1&quot;: %2</source>
        <translation>无法回放 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the capture was cut short: the %1 bytes after its last complete record were left out</source>
        <translation>捕获文件被截断：最后一条完整记录之后的 %1 字节已被略去</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot replay &quot;%1&quot;: it records no subscription</source>
        <translation>无法回放 &quot;%1&quot;：其中没有记录任何订阅</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>--simulator is its own Pusher server: leave out --%1</source>
        <translation>--simulator 自带 Pusher 服务器：请去掉 --%1</translation>
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
        <translation>Shuriken 实时数据流的无界面客户端：订阅并以 JSON Lines 格式输出事件。
事件输出到 stdout；状态变化、订阅状态和错误以 JSON Lines 格式输出到 stderr。

--record FILE 将会话的所有活动写入捕获文件（.gz 表示压缩）；
--replay FILE 不连接网络，回放捕获文件或 HAR 文件，并输出实时运行时
输出的内容；--replay FILE --output har 将捕获以 HAR 格式写入 stdout。

--pusher-key KEY (--cluster C | --ws-host H [--ws-port P] [--tls]) --channel NAME... 则改为
连接到任意 Pusher 协议服务器（Pusher Channels、soketi、Laravel Reverb、Ably），并以
JSON Lines {receivedAt, channel, event, data} 格式输出这些频道的每个事件；私有频道和
在线状态频道在此用 --app-secret 签名，否则通过 --auth-endpoint 授权。
--simulator --channel NAME... 对内置模拟器的 Pusher 模式执行相同操作。

--filter EXPR 仅输出显示过滤器 EXPR 匹配的事件，例如
  --filter &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;（语法见：docs/display-filters.md）；
无效的 EXPR 属于用法错误，会在任何连接之前连同其列号一起报告。

退出代码：0 正常（达到数量或时长、回放结束或被中断），2 用法错误，
3 认证或授权失败（密钥或频道被拒绝），
4 连接失败或所有订阅均已最终失败，
5 无法读取（缺失、损坏、格式较新、HAR 中没有 WebSocket）
  或写入捕获文件，
6 捕获文件被截断（写入程序在录制中途被终止）：已回放至截断处。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>API base URL (default %1).</source>
        <translation>API 基础 URL（默认 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent key (or set SHURIKEN_API_KEY).</source>
        <translation>代理密钥（或设置 SHURIKEN_API_KEY）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the embedded simulator and connect to it.</source>
        <translation>启动内置模拟器并连接到它。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to stream[:key=value,...]; repeatable.</source>
        <translation>订阅 stream[:key=value,...]；可重复。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spec</source>
        <translation>规格</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the stream catalog and exit.</source>
        <translation>输出数据流目录并退出。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop after N events (with --filter: N matching events).</source>
        <translation>收到 N 个事件后停止（使用 --filter 时为 N 个匹配的事件）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print and count only the events the display filter EXPR matches, e.g. &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;.</source>
        <translation>仅输出并统计显示过滤器 &lt;表达式&gt; 匹配的事件，例如 &apos;isBuy &amp;&amp; priceUsd &gt; 150&apos;。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EXPR</source>
        <translation>表达式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after S seconds.</source>
        <translation>S 秒后停止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event format: jsonl (default) or table; with --replay also har (the capture as HAR 1.2, then exit).</source>
        <translation>事件格式：jsonl（默认）或 table；与 --replay 一起使用时还可为 har（将捕获文件输出为 HAR 1.2 后退出）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a capture of the session (frames, HTTP exchanges, state and subscription changes) to FILE; gzip when it ends in .gz.</source>
        <translation>将会话的捕获（帧、HTTP 交互、状态和订阅变化）写入 &lt;文件&gt;；文件名以 .gz 结尾时使用 gzip 压缩。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+6"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Replay a capture or a HAR file instead of connecting; its subscriptions unless --subscribe narrows them.</source>
        <translation>回放捕获文件或 HAR 文件，而不进行连接；使用其中的订阅，除非用 --subscribe 加以限定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay pace: max (default, as fast as possible), or 1, 10 or 100 times the recorded pace.</source>
        <translation>回放速度：max（默认，尽可能快），或录制速度的 1、10 或 100 倍。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only count events; print a summary at the end.</source>
        <translation>仅统计事件数；结束时输出摘要。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the key to an auth endpoint on another origin.</source>
        <translation>将密钥发送到其他源上的授权端点。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>--count needs a positive whole number</source>
        <translation>--count 需要一个正整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--duration needs a positive number of seconds</source>
        <translation>--duration 需要一个正的秒数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--output must be jsonl, table or har</source>
        <translation>--output 必须是 jsonl、table 或 har</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--output must be jsonl or table</source>
        <translation>--output 必须是 jsonl 或 table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--replay and --%1 exclude each other</source>
        <translation>--replay 和 --%1 不能同时使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--speed must be 1, 10, 100 or max</source>
        <translation>--speed 必须是 1、10、100 或 max</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--speed needs --replay</source>
        <translation>--speed 需要与 --replay 一起使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--record and --catalog exclude each other</source>
        <translation>--record 和 --catalog 不能同时使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is for the Shuriken API, not with --channel</source>
        <translation>--%1 用于 Shuriken API，不能与 --channel 一起使用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--simulator and --base-url exclude each other</source>
        <translation>--simulator 和 --base-url 不能同时使用</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>the embedded simulator could not start</source>
        <translation>内置模拟器无法启动</translation>
    </message>
    <message>
        <location line="+276"/>
        <source>--base-url &quot;%1&quot; is not an absolute URL</source>
        <translation>--base-url &quot;%1&quot; 不是绝对 URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no API key: pass --api-key, set SHURIKEN_API_KEY, or use --simulator</source>
        <translation>没有 API 密钥：请传入 --api-key、设置 SHURIKEN_API_KEY 或使用 --simulator</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>nothing to do: give at least one --subscribe (or --catalog)</source>
        <translation>无事可做：请至少指定一个 --subscribe（或 --catalog）</translation>
    </message>
    <message>
        <location filename="../app/cli/streamcommand.cpp" line="+228"/>
        <source>every subscription failed for good</source>
        <translation>所有订阅均已最终失败</translation>
    </message>
    <message>
        <location filename="../app/cli/capturecommand.cpp" line="+32"/>
        <source>cannot write the capture &quot;%1&quot;: %2</source>
        <translation>无法写入捕获文件 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+13"/>
        <source>recording to &quot;%1&quot; stopped: %2</source>
        <translation>向 &quot;%1&quot; 的录制已停止：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the capture has no subscription %1 (it has: %2)</source>
        <translation>捕获文件中没有订阅 %1（现有：%2）</translation>
    </message>
</context>
<context>
    <name>shuriken::AboutBox</name>
    <message>
        <location filename="../app/monitor/aboutbox.cpp" line="+11"/>
        <source>&lt;h3&gt;Shuriken Stream Monitor %1&lt;/h3&gt;&lt;p&gt;A native monitor for the Shuriken trading API&apos;s real-time streams.&lt;/p&gt;&lt;p&gt;Qt %2 (built with %3)&lt;br/&gt;%4&lt;br/&gt;%5, %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shuriken 数据流监视器 %1&lt;/h3&gt;&lt;p&gt;用于 Shuriken 交易 API 实时数据流的原生监视器。&lt;/p&gt;&lt;p&gt;Qt %2（使用 %3 构建）&lt;br/&gt;%4&lt;br/&gt;%5，%6&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unknown compiler</source>
        <translation>未知编译器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>About Shuriken Stream Monitor</source>
        <translation>关于 Shuriken 数据流监视器</translation>
    </message>
</context>
<context>
    <name>shuriken::ApiClient</name>
    <message>
        <location filename="../lib/api/apiclient.cpp" line="+178"/>
        <source>&quot;%1&quot; is not an http(s) URL</source>
        <translation>&quot;%1&quot; 不是 http(s) URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not the API&apos;s origin (%2) and the API key is only sent to the API; allow foreign auth origins if you trust that server</source>
        <translation>%1 不是 API 的源（%2），API 密钥只会发送给 API；如果您信任该服务器，请允许外部授权源</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not the API&apos;s origin and does not use https: the API key would travel in clear text, so it is not sent there</source>
        <translation>%1 不是 API 的源，且未使用 https：API 密钥将以明文传输，因此不会发送到那里</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>no complete answer within %1 ms</source>
        <translation>%1 毫秒内未收到完整应答</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the server redirected to %1; redirects are not followed so that the API key stays with the API</source>
        <translation>服务器重定向到 %1；为使 API 密钥只留在 API，不跟随重定向</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>正文不是 JSON（偏移 %2 处 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the body is JSON but not an object</source>
        <translation>正文是 JSON，但不是对象</translation>
    </message>
</context>
<context>
    <name>shuriken::CaptureControls</name>
    <message>
        <location filename="../app/monitor/capturecontrols.cpp" line="+56"/>
        <source>&amp;Open Capture…</source>
        <translation>打开捕获文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+87"/>
        <source>Open Capture</source>
        <translation>打开捕获文件</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Captures and HAR files (*.jsonl *.jsonl.gz *.gz *.har);;All files (*)</source>
        <translation>捕获文件和 HAR 文件 (*.jsonl *.jsonl.gz *.gz *.har);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;Capture…</source>
        <translation>保存捕获文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lose Capture</source>
        <translation>关闭捕获文件(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>As fast as possible</source>
        <translation>尽可能快</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1× recorded pace</source>
        <translation>录制速度的 1 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10× recorded pace</source>
        <translation>录制速度的 10 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100× recorded pace</source>
        <translation>录制速度的 100 倍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay speed</source>
        <translation>回放速度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replay position: drag to move through the capture</source>
        <translation>回放位置：拖动以在捕获文件中移动</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close Capture</source>
        <translation>关闭捕获文件</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading capture %1… %2%</source>
        <comment>file name, percent</comment>
        <translation>正在读取捕获 %1… %2%</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Capture %1 · %2 to %3 · %n entries</source>
        <translation>
            <numerusform>捕获文件 %1 · %2 至 %3 · %n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replay</source>
        <translation>重新回放</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>shuriken::CatalogView</name>
    <message>
        <location filename="../app/monitor/catalogview.cpp" line="+49"/>
        <source>No catalog on a Pusher server: subscribe to a channel by name.</source>
        <translation>Pusher 服务器上没有目录：请按名称订阅频道。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscribe to &amp;Channel…</source>
        <translation>订阅频道(&amp;C)…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search streams (Ctrl+F)</source>
        <translation>搜索数据流（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Subscribe…</source>
        <translation>订阅(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to the selected stream</source>
        <translation>订阅所选数据流</translation>
    </message>
    <message numerus="yes">
        <location line="+104"/>
        <source>%n stream(s)</source>
        <translation>
            <numerusform>%n 个数据流</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n stream(s)</source>
        <translation>
            <numerusform>%n 个数据流中的 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog: built in (the server did not provide one)</source>
        <translation>目录：内置（服务器未提供）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog: from the server</source>
        <translation>目录：来自服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select a stream to see its filters and payload schema.</source>
        <translation>选择一个数据流以查看其过滤器和负载模式。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema id</source>
        <translation>模式 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No filters.</source>
        <translation>无过滤器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <translation>过滤器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Needs channel authorization with your API key.</source>
        <translation>需要使用您的 API 密钥进行频道授权。</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelAuthorizer</name>
    <message>
        <location filename="../lib/api/channelauthorizer.cpp" line="+21"/>
        <source>no channel authorization endpoint is known yet; bootstrap a session first</source>
        <translation>尚不知道频道授权端点；请先建立会话</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>channel authorization needs HTTP 200, the server answered %1</source>
        <translation>频道授权需要 HTTP 200，服务器应答为 %1</translation>
    </message>
</context>
<context>
    <name>shuriken::ChannelDialog</name>
    <message>
        <location filename="../app/monitor/channeldialog.cpp" line="+19"/>
        <source>Subscribe to Channel</source>
        <translation>订阅频道</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>orders, private-user.42, presence-room.1…</source>
        <translation>orders、private-user.42、presence-room.1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent channels of this profile are in the list</source>
        <translation>此配置最近使用的频道在列表中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Channel:</source>
        <translation>频道(&amp;C)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>optional, e.g. OrderShipped or .OrderShipped</source>
        <translation>可选，例如 OrderShipped 或 .OrderShipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event name your application binds: every event of the channel is shown, and events that arrive under other names are explained</source>
        <translation>您的应用绑定的事件名称：频道的每个事件都会显示，以其他名称到达的事件会附带说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event your app &amp;binds:</source>
        <translation>应用绑定的事件(&amp;B)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Subscribe</source>
        <translation>订阅(&amp;S)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type a channel name: the prefix decides its kind (private-, presence-, private-encrypted-).</source>
        <translation>输入频道名称：前缀决定其类型（private-、presence-、private-encrypted-）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a channel name: letters, digits and _ - = @ , . ; only, at most 164 characters.</source>
        <translation>不是有效的频道名称：只能包含字母、数字和 _ - = @ , . ;，最多 164 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Public channel: no authorization.</source>
        <translation>公开频道：无需授权。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private channel: authorized by the auth endpoint, or signed here with the app secret.</source>
        <translation>私有频道：由授权端点授权，或在此用应用机密签名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Presence channel: authorized with the user&apos;s id and info; members are listed.</source>
        <translation>在线状态频道：使用用户的 ID 和信息授权；会列出成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted channel: authorized like a private one; payloads are decrypted with the channel&apos;s shared secret.</source>
        <translation>加密频道：授权方式与私有频道相同；负载使用频道的共享密钥解密。</translation>
    </message>
</context>
<context>
    <name>shuriken::ColouringRulesDialog</name>
    <message>
        <location filename="../app/monitor/colouringrulesdialog.cpp" line="+23"/>
        <source>Colouring Rules</source>
        <translation>着色规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A row takes the colours of the first enabled rule whose display filter matches it.</source>
        <translation>每一行采用第一条已启用且显示过滤器与之匹配的规则的颜色。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Colouring rules</source>
        <translation>着色规则</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add</source>
        <comment>colouring rule</comment>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <comment>colouring rule</comment>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A display filter, e.g. isBuy &amp;&amp; sizeUsd &gt; 10000</source>
        <translation>显示过滤器，例如 isBuy &amp;&amp; sizeUsd &gt; 10000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Filter:</source>
        <translation>过滤器(&amp;F)：</translation>
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
        <translation>主题颜色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the theme&apos;s text and background colours for this rule</source>
        <translation>此规则使用主题的文字颜色和背景颜色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Colours:</source>
        <translation>颜色：</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Colouring &amp;Rules…</source>
        <translation>着色规则(&amp;R)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Foreground of “%1”</source>
        <translation>“%1”的前景色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Background of “%1”</source>
        <translation>“%1”的背景色</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Rule “%1”: %2</source>
        <translation>规则“%1”：%2</translation>
    </message>
</context>
<context>
    <name>shuriken::ColumnSchemaSet</name>
    <message>
        <location filename="../lib/events/columnschema.cpp" line="+43"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Side</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price USD</source>
        <translation>价格 USD</translation>
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
        <translation>挂单方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Symbol</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token</source>
        <translation>代币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre balance</source>
        <translation>变动前余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post balance</source>
        <translation>变动后余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimals</source>
        <translation>小数位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mint</source>
        <translation>铸币地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holders</source>
        <translation>持有人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top 10 balance</source>
        <translation>前 10 持仓余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer balance</source>
        <translation>开发者余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snipers</source>
        <translation>狙击手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insiders</source>
        <translation>内部人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundlers</source>
        <translation>捆绑者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought USD</source>
        <translation>买入 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold USD</source>
        <translation>卖出 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buys</source>
        <translation>买入次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sells</source>
        <translation>卖出次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token balance</source>
        <translation>代币余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Developer</source>
        <translation>开发者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre lamports</source>
        <translation>变动前 lamports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post lamports</source>
        <translation>变动后 lamports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creator</source>
        <translation>创建者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEX</source>
        <translation>DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curve</source>
        <translation>曲线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination pool</source>
        <translation>目标池</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destination DEX</source>
        <translation>目标 DEX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chain</source>
        <translation>链</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount native</source>
        <translation>原生金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount USD</source>
        <translation>金额 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liquidity USD</source>
        <translation>流动性 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Market cap USD</source>
        <translation>市值 USD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signal time</source>
        <translation>信号时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bot</source>
        <translation>机器人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feed</source>
        <translation>信息源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>资料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message time</source>
        <translation>消息时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>代币</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionPanel</name>
    <message>
        <location filename="../app/monitor/connectionpanel.cpp" line="+36"/>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit connection profiles</source>
        <translation>编辑连接配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit profiles</source>
        <translation>编辑配置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;nnect</source>
        <translation>连接(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isconnect</source>
        <translation>断开(&amp;I)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pusher socket_id of this connection</source>
        <translation>此连接的 Pusher socket_id</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>WebSocket host</source>
        <translation>WebSocket 主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round trip of the last ping</source>
        <translation>上次 ping 的往返时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Pusher server of this profile</source>
        <translation>此配置的 Pusher 服务器</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>retrying…</source>
        <translation>正在重试…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>next attempt in %1 s</source>
        <translation>%1 秒后再次尝试</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>socket %1</source>
        <translation>套接字 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RTT %1 ms</source>
        <translation>RTT %1 毫秒</translation>
    </message>
</context>
<context>
    <name>shuriken::ConnectionTimelineModel</name>
    <message>
        <location filename="../lib/models/connectiontimelinemodel.cpp" line="+27"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <comment>connection timeline column: state change, reconnect or error</comment>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>connection timeline column: connection state</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>state</source>
        <comment>connection timeline entry kind</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect</source>
        <comment>connection timeline entry kind</comment>
        <translation>重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <comment>connection timeline entry kind</comment>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>attempt %1</source>
        <translation>第 %1 次尝试</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attempt %1 at %2 (in %3 ms)</source>
        <translation>第 %1 次尝试，于 %2（%3 毫秒后）</translation>
    </message>
</context>
<context>
    <name>shuriken::DebuggerView</name>
    <message>
        <location filename="../app/monitor/debuggerview.cpp" line="+72"/>
        <source>data, decoded:</source>
        <translation>data（已解码）：</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Hide pusher:ping and pusher:pong frames (they stay in the log)</source>
        <translation>隐藏 pusher:ping 和 pusher:pong 帧（它们仍保留在日志中）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In and out</source>
        <translation>收发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming only</source>
        <translation>仅接收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing only</source>
        <translation>仅发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter frames by event, channel or text</source>
        <translation>按事件、频道或文本过滤帧</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Keep the newest frames in view</source>
        <translation>保持显示最新的帧</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Frames</source>
        <translation>帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rates</source>
        <translation>速率</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Hide heart&amp;beats</source>
        <translation>隐藏心跳(&amp;B)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear</source>
        <comment>frame log</comment>
        <translation>清空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides the frames shown so far. The flight recorder keeps them for a saved capture.</source>
        <translation>隐藏目前已显示的帧。飞行记录器仍会保留它们，以便保存为捕获文件。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a frame to see its whole text</source>
        <translation>选择一个帧以查看其完整文本</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Events per second, last 60 s</source>
        <translation>每秒事件数，最近 60 秒</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Event bytes</source>
        <translation>事件字节数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames in</source>
        <translation>接收帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frames out</source>
        <translation>发送帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes in</source>
        <translation>接收字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes out</source>
        <translation>发送字节</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Malformed frames</source>
        <translation>错误帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unrouted events</source>
        <translation>未路由的事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reconnects</source>
        <translation>重连次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session requests</source>
        <translation>会话请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth requests</source>
        <translation>授权请求</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 of %2 frames</source>
        <translation>%2 帧中的 %1 帧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go by the flight recorder</source>
        <translation>飞行记录器已舍弃 %1 帧</translation>
    </message>
</context>
<context>
    <name>shuriken::DisplayFilterEdit</name>
    <message>
        <location filename="../app/monitor/displayfilteredit.cpp" line="+48"/>
        <source>Save this filter, or apply a saved or recent one</source>
        <translation>保存此过滤器，或应用已保存或最近使用的过滤器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter bookmarks</source>
        <translation>显示过滤器书签</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Apply a display filter… &lt;Ctrl-/&gt;</source>
        <translation>应用显示过滤器… &lt;Ctrl-/&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display filter</source>
        <translation>显示过滤器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Apply</source>
        <comment>display filter</comment>
        <translation>应用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this display filter (Enter)</source>
        <translation>应用此显示过滤器（Enter）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply display filter</source>
        <translation>应用显示过滤器</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Valid display filter</source>
        <translation>有效的显示过滤器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid display filter: %1</source>
        <translation>无效的显示过滤器：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A display filter such as isBuy &amp;&amp; priceUsd &gt; 150 (see docs/display-filters.md); Enter applies it</source>
        <translation>显示过滤器，例如 isBuy &amp;&amp; priceUsd &gt; 150（参见 docs/display-filters.md）；按 Enter 应用</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save Display Filter</source>
        <translation>保存显示过滤器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the filter:</source>
        <translation>过滤器名称：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save This Filter…</source>
        <translation>保存此过滤器…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove Saved Filter</source>
        <translation>移除已保存的过滤器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved Filters</source>
        <translation>已保存的过滤器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recent Filters</source>
        <translation>最近使用的过滤器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear Recent Filters</source>
        <translation>清除最近使用的过滤器</translation>
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
        <translation>Δ 显示</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since reference</source>
        <translation>距参考</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds since the row shown above</source>
        <translation>距上方显示行的秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds since the time reference row (Ctrl+T)</source>
        <translation>距时间参考行的秒数 (Ctrl+T)</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableModel</name>
    <message>
        <location filename="../lib/models/eventtablemodelcustom.cpp" line="+122"/>
        <source>The field %1 of each event (a custom column)</source>
        <translation>每个事件的字段 %1（自定义列）</translation>
    </message>
</context>
<context>
    <name>shuriken::EventTableView</name>
    <message>
        <location filename="../app/monitor/eventtableview.cpp" line="+55"/>
        <source>Freeze this table; events arriving meanwhile are let go and counted</source>
        <translation>冻结此表；期间到达的事件将被舍弃并计数</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+175"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="-165"/>
        <source>Follow</source>
        <comment>keep the newest rows in view</comment>
        <translation>跟随</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the newest rows in view; scrolling away stops following, scrolling back to the end resumes it</source>
        <translation>保持显示最新的行；滚动离开会停止跟随，滚动回末尾则恢复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter rows</source>
        <translation>过滤行</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Treat the filter as a regular expression</source>
        <translation>将过滤条件视为正则表达式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column the filter looks at</source>
        <translation>过滤器作用的列</translation>
    </message>
    <message>
        <location line="+278"/>
        <source>All columns</source>
        <translation>所有列</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Indent</source>
        <comment>pretty-print JSON</comment>
        <translation>缩进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the payload indented instead of exactly as it arrived</source>
        <translation>缩进显示负载，而不是按到达时的原样显示</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Raw payload of the selected event</source>
        <translation>所选事件的原始负载</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy as JSON</source>
        <translation>复制为 JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy Cell</source>
        <translation>复制单元格</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Clear Table</source>
        <translation>清空表格</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Arrival Order</source>
        <translation>到达顺序</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>继续</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Set Time Reference</source>
        <translation>设置时间参考</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Invalid regular expression: %1</source>
        <translation>无效的正则表达式：%1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove Column</source>
        <translation>移除列</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 rows</source>
        <translation>%2 行中的 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 let go</source>
        <translation>已舍弃 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows are let go when the table is full (%1 rows, see Settings) or paused: %2 evicted, %3 while paused</source>
        <translation>表格已满（%1 行，见设置）或暂停时会舍弃行：挤出 %2 行，暂停期间 %3 行</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select a row to see the whole event.</source>
        <translation>选择一行以查看完整事件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Received %1</source>
        <translation>接收于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a JSON object: %1</source>
        <translation>不是 JSON 对象：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fields not in the schema: %1</source>
        <translation>不在模式中的字段：%1</translation>
    </message>
    <message>
        <location filename="../app/monitor/eventtableviewfilter.cpp" line="+34"/>
        <source>Go to Display Filter</source>
        <translation>转到显示过滤器</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Selected</source>
        <comment>apply as filter</comment>
        <translation>选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not Selected</source>
        <comment>apply as filter</comment>
        <translation>非选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and Selected</source>
        <comment>apply as filter</comment>
        <translation>…与选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or Selected</source>
        <comment>apply as filter</comment>
        <translation>…或选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and not Selected</source>
        <comment>apply as filter</comment>
        <translation>…与非选中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or not Selected</source>
        <comment>apply as filter</comment>
        <translation>…或非选中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply as Filter</source>
        <translation>作为过滤器应用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prepare as Filter</source>
        <translation>作为过滤器准备</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Apply as Column</source>
        <translation>作为列应用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A table column with this field of every event</source>
        <translation>以表格列显示每个事件的此字段</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as Filter</source>
        <translation>复制为过滤器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy Field Path</source>
        <translation>复制字段路径</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Plot</source>
        <translation>绘图</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A chart of this field over time, for the rows the table shows</source>
        <translation>以图表显示此字段随时间的变化，范围为表格显示的行</translation>
    </message>
</context>
<context>
    <name>shuriken::FieldPlotWindow</name>
    <message>
        <location filename="../app/monitor/fieldplotwindow.cpp" line="+35"/>
        <source>Plot: %1</source>
        <translation>图表：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Moving average over</source>
        <translation>移动平均范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> points</source>
        <translation> 个点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dashed line of each field is the average of this many points up to each point</source>
        <translation>每个字段的虚线是截至每个点的这么多个点的平均值</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 is a condition, not a value to plot</source>
        <translation>%1 是条件，不是可绘制的值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (moving average)</source>
        <translation>%1（移动平均）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2 values · minimum %3 · maximum %4 · average %5</source>
        <translation>%1：%2 个值 · 最小值 %3 · 最大值 %4 · 平均值 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows without a number</source>
        <translation>%1 行没有数值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reading the table…</source>
        <translation>正在读取表格…</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+4"/>
        <source>Export Plot</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>shuriken::FilterValueValidator</name>
    <message>
        <location filename="../app/monitor/filtervalidator.cpp" line="+60"/>
        <source>base58 address (32–44 characters)</source>
        <translation>base58 地址（32–44 个字符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0x followed by 40 hex digits</source>
        <translation>0x 后跟 40 位十六进制数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decimal chain id, e.g. 1 or 8453</source>
        <translation>十进制链 ID，例如 1 或 8453</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a Solana address is 32 to 44 base58 characters</source>
        <translation>Solana 地址为 32 到 44 个 base58 字符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an EVM address is 0x followed by 40 hex digits</source>
        <translation>EVM 地址为 0x 后跟 40 位十六进制数字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a chain id is a positive decimal number</source>
        <translation>链 ID 是正的十进制数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the value is empty</source>
        <translation>值为空</translation>
    </message>
</context>
<context>
    <name>shuriken::FrameLogModel</name>
    <message>
        <location filename="../lib/models/framelogmodel.cpp" line="+57"/>
        <source>Time</source>
        <translation>时间</translation>
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
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <comment>frame log column: bytes</comment>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frame</source>
        <comment>frame log column: frame text</comment>
        <translation>帧</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in</source>
        <comment>frame direction</comment>
        <translation>收</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>out</source>
        <comment>frame direction</comment>
        <translation>发</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>%1 字节的二进制帧（该协议仅使用文本帧）</translation>
    </message>
</context>
<context>
    <name>shuriken::HttpLogModel</name>
    <message>
        <location filename="../lib/models/httplogmodel.cpp" line="+48"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <comment>HTTP method</comment>
        <translation>方法</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No HTTP answer</source>
        <translation>无 HTTP 应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 ms</source>
        <comment>HTTP request duration</comment>
        <translation>%1 毫秒</translation>
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
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 is not described by the stream&apos;s schema</source>
        <translation>%1 未在数据流的模式中描述</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>shuriken::MainWindow</name>
    <message>
        <location filename="../app/monitor/mainwindow.cpp" line="+68"/>
        <source>Shuriken Stream Monitor</source>
        <translation>Shuriken 数据流监视器</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No event table is open.

Double-click a stream in the catalog to subscribe, or open a subscription&apos;s tab from the Subscriptions list.</source>
        <translation>没有打开的事件表。

在目录中双击一个数据流进行订阅，或从订阅列表中打开某个订阅的标签页。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Connected to the built-in simulator — no real market data.</source>
        <translation>已连接到内置模拟器——不是真实的市场数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configure API Key…</source>
        <translation>配置 API 密钥…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter your Shuriken agent key to see real data</source>
        <translation>输入您的 Shuriken 代理密钥以查看真实数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter API Key…</source>
        <translation>输入 API 密钥…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No system keychain is available: API keys are kept for this session only and must be entered again after a restart.</source>
        <translation>没有可用的系统钥匙串：API 密钥仅在本次会话中保留，重启后必须重新输入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <comment>connect again</comment>
        <translation>重试</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Profiles…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subscriptions</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connection Debugger</source>
        <translation>连接调试器</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Channel</source>
        <translation>频道</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unsubscribed from %1</source>
        <translation>已取消订阅 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export Visible Table as &amp;CSV…</source>
        <translation>将可见表格导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Visible Table as &amp;JSON Lines…</source>
        <translation>将可见表格导出为 &amp;JSON Lines…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Stream</source>
        <translation>查找数据流(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter &amp;Rows</source>
        <translation>过滤行(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hide &amp;Heartbeats</source>
        <translation>隐藏心跳(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disconnect</source>
        <translation>断开(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Subscribe…</source>
        <translation>订阅(&amp;S)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pick a stream in the catalog first.</source>
        <translation>请先在目录中选择一个数据流。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unsubscribe Current Tab</source>
        <translation>取消订阅当前标签页(&amp;U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Shuriken Stream Monitor</source>
        <translation>关于 Shuriken 数据流监视器(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
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
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The profile “%1” needs an agent key before it can connect.</source>
        <translation>配置“%1”需要代理密钥才能连接。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The built-in simulator could not start: %1</source>
        <translation>内置模拟器无法启动：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catalog unavailable (%1); showing the built-in catalog.</source>
        <translation>目录不可用（%1）；显示内置目录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server has no catalog endpoint; showing the built-in catalog.</source>
        <translation>服务器没有目录端点；显示内置目录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>已登录为 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · signed in as %2</source>
        <translation>%1 · 已登录为 %2</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The built-in simulator runs as a plain Pusher server: subscribe to a channel by name (Ctrl+N).</source>
        <translation>内置模拟器以普通 Pusher 服务器运行：请按名称订阅频道（Ctrl+N）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — Shuriken Stream Monitor</source>
        <translation>%1 — Shuriken 数据流监视器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The connection failed.</source>
        <translation>连接失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The connection failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>%1
Closing the tab keeps the subscription running; unsubscribe from the Subscriptions list or this tab&apos;s context menu.</source>
        <translation>%1
关闭标签页不会停止订阅；请在订阅列表或此标签页的右键菜单中取消订阅。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 keeps running. Open its tab again from the Subscriptions list.</source>
        <translation>%1 仍在运行。可从订阅列表中重新打开其标签页。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close Tab</source>
        <translation>关闭标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 events/s · %2 frames/s · %3 · %4 rows let go</source>
        <translation>%1 事件/秒 · %2 帧/秒 · %3 · 已舍弃 %4 行</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Export Visible Table as JSON Lines</source>
        <translation>将可见表格导出为 JSON Lines</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Visible Table as CSV</source>
        <translation>将可见表格导出为 CSV</translation>
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
            <numerusform>正在将 %n 行导出到 %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %n row(s) to %1</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to %1 failed: %2</source>
        <translation>导出到 %1 失败：%2</translation>
    </message>
</context>
<context>
    <name>shuriken::MessageBanner</name>
    <message>
        <location filename="../app/monitor/messagebanner.cpp" line="+58"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close message</source>
        <translation>关闭消息</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorController</name>
    <message>
        <location filename="../app/monitor/monitorcontrollercapture.cpp" line="+60"/>
        <location line="+58"/>
        <source>the capture holds no subscription to replay</source>
        <translation>捕获文件中没有可回放的订阅</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file cannot be read again</source>
        <translation>无法再次读取该文件</translation>
    </message>
</context>
<context>
    <name>shuriken::MonitorSettings</name>
    <message>
        <location filename="../app/monitor/monitorsettings.cpp" line="+466"/>
        <source>Payload not parsed</source>
        <translation>负载未解析</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap buys</source>
        <translation>兑换买入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Swap sells</source>
        <translation>兑换卖出</translation>
    </message>
</context>
<context>
    <name>shuriken::PresenceMemberModel</name>
    <message>
        <location filename="../lib/models/presencemembermodel.cpp" line="+37"/>
        <source>%1 (you)</source>
        <comment>presence member: our own user</comment>
        <translation>%1（您）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the user_id this connection subscribed with</source>
        <translation>%1：此连接订阅时使用的 user_id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No user_info</source>
        <translation>无 user_info</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>User ID</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User info</source>
        <translation>用户信息</translation>
    </message>
</context>
<context>
    <name>shuriken::PresencePanel</name>
    <message>
        <location filename="../app/monitor/presencepanel.cpp" line="+61"/>
        <source>Filter members</source>
        <translation>过滤成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the members whose user ID or user info contains this text</source>
        <translation>显示用户 ID 或用户信息包含此文本的成员</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+144"/>
        <source>Copy Member as JSON</source>
        <translation>将成员复制为 JSON</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>No subscription selected</source>
        <translation>未选择订阅</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a presence channel: only presence-* channels have members</source>
        <translation>%1 不是在线状态频道：只有 presence-* 频道才有成员</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Waiting for the subscription (%1)</source>
        <translation>正在等待订阅（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the subscription (%1: %2)</source>
        <translation>正在等待订阅（%1：%2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No presence channel</source>
        <translation>无在线状态频道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a presence channel</source>
        <translation>不是在线状态频道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for subscription</source>
        <translation>正在等待订阅</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n member(s), %1 shown</source>
        <translation>
            <numerusform>%n 个成员，显示 %1 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Copy User ID</source>
        <translation>复制用户 ID</translation>
    </message>
</context>
<context>
    <name>shuriken::Profile</name>
    <message>
        <location filename="../app/monitor/profile.cpp" line="+14"/>
        <source>Built-in simulator</source>
        <translation>内置模拟器</translation>
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
        <translation>自定义基础 URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pusher-protocol server</source>
        <translation>Pusher 协议服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built-in simulator (Pusher mode)</source>
        <translation>内置模拟器（Pusher 模式）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simulator (Pusher mode)</source>
        <translation>模拟器（Pusher 模式）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Enter an absolute URL such as https://api.shuriken.trade.</source>
        <translation>请输入绝对 URL，例如 https://api.shuriken.trade。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The base URL must start with http:// or https://.</source>
        <translation>基础 URL 必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The base URL has no host.</source>
        <translation>基础 URL 没有主机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Put the API key in the key field, not in the URL.</source>
        <translation>请将 API 密钥填入密钥字段，而不是 URL 中。</translation>
    </message>
</context>
<context>
    <name>shuriken::ProfileDialog</name>
    <message>
        <location filename="../app/monitor/profiledialog.cpp" line="+28"/>
        <source>Connection Profiles</source>
        <translation>连接配置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Pusher Server</source>
        <translation>添加 Pusher 服务器(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Pusher Channels, soketi, Laravel Reverb or Ably server, subscribed to directly</source>
        <translation>Pusher Channels、soketi、Laravel Reverb 或 Ably 服务器，直接订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Base &amp;URL:</source>
        <translation>基础 &amp;URL：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sk_… (leave empty to keep the stored key)</source>
        <translation>sk_…（留空则保留已存储的密钥）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the key while typing</source>
        <translation>输入时显示密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forget Key</source>
        <translation>忘记密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored key from the keychain when you press OK</source>
        <translation>按“确定”时从钥匙串中移除已存储的密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent &amp;key:</source>
        <translation>代理密钥(&amp;K)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+162"/>
        <source>The built-in simulator runs inside the monitor on a loopback port and needs no key. Its data is generated, not real market data.</source>
        <translation>内置模拟器在监视器内部的回环端口上运行，无需密钥。其数据是生成的，不是真实的市场数据。</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>(chosen when the simulator starts)</source>
        <translation>（模拟器启动时选定）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The built-in simulator as a plain Pusher-protocol server, inside the monitor on a loopback port: subscribe to any channel by name, public, private, presence or encrypted. Nothing is published until something triggers events.</source>
        <translation>内置模拟器作为普通 Pusher 协议服务器，在监视器内部的环回端口上运行：可按名称订阅任意频道，包括公开、私有、在线状态或加密频道。在有操作触发事件之前，不会发布任何内容。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Custom server</source>
        <translation>自定义服务器</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pusher server</source>
        <translation>Pusher 服务器</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The new key %1 is stored when you press OK.</source>
        <translation>新密钥 %1 将在按“确定”时存储。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stored key is removed when you press OK.</source>
        <translation>已存储的密钥将在按“确定”时移除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Looking up the stored key…</source>
        <translation>正在查找已存储的密钥…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No key stored. The Shuriken API needs an agent key.</source>
        <translation>未存储密钥。Shuriken API 需要代理密钥。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No key stored.</source>
        <translation>未存储密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A key is stored: %1</source>
        <translation>已存储密钥：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No system keychain is available: keys are kept for this session only.</source>
        <translation>没有可用的系统钥匙串：密钥仅在本次会话中保留。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Every profile needs a name.</source>
        <translation>每个配置都需要名称。</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
        <translation>缺少应用 ID：HTTP API 的每个请求路径都需要它</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app id &quot;%1&quot; has characters an app id cannot have</source>
        <translation>应用 ID &quot;%1&quot; 包含应用 ID 中不允许的字符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app key is missing: every HTTP API request is signed for it</source>
        <translation>缺少应用密钥：每个 HTTP API 请求都要为其签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app secret is missing: every HTTP API request is signed with it</source>
        <translation>缺少应用机密：每个 HTTP API 请求都要用它签名</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The event needs a name</source>
        <translation>事件需要名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name has %1 characters; at most %2 are allowed</source>
        <translation>事件名称有 %1 个字符；最多允许 %2 个</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event names starting with pusher: or pusher_internal: are reserved for the protocol</source>
        <translation>以 pusher: 或 pusher_internal: 开头的事件名称保留给协议使用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs at least one channel</source>
        <translation>事件至少需要一个频道</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event names %1 channels; at most %2 are allowed per request</source>
        <translation>事件指定了 %1 个频道；每个请求最多允许 %2 个</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; up to 164 characters)</source>
        <translation>&quot;%1&quot; 不是有效的频道名称（字母、数字和 _ - = @ , . ;，最多 164 个字符）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An event on a private-encrypted- channel must be triggered on that channel alone: each channel has its own key</source>
        <translation>private-encrypted- 频道上的事件必须仅在该频道上触发：每个频道都有自己的密钥</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a socket id (two numbers joined by a dot, like 123.456)</source>
        <translation>&quot;%1&quot; 不是 socket id（由点连接的两个数字，如 123.456）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event needs data; send {} for an empty object</source>
        <translation>事件需要数据；空对象请发送 {}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Triggering on a private-encrypted- channel needs the app&apos;s encryption master key</source>
        <translation>在 private-encrypted- 频道上触发需要应用的加密主密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The encryption master key must be %1 bytes</source>
        <translation>加密主密钥必须为 %1 字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event data could not be encrypted (libsodium is not usable)</source>
        <translation>无法加密事件数据（libsodium 不可用）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted event data has %1 bytes; the HTTP API accepts at most %2 (encryption adds about a third)</source>
        <translation>加密后的事件数据有 %1 字节；HTTP API 最多接受 %2 字节（加密约增加三分之一）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The event data has %1 bytes; the HTTP API accepts at most %2</source>
        <translation>事件数据有 %1 字节；HTTP API 最多接受 %2 字节</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; cannot start a channel name</source>
        <translation>&quot;%1&quot; 不能作为频道名称的开头</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettings</name>
    <message>
        <location filename="../lib/streams/pushersettings.cpp" line="+60"/>
        <source>Other Pusher-protocol server</source>
        <translation>其他 Pusher 协议服务器</translation>
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
        <translation>Ably（Pusher 适配器）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>the app key is missing</source>
        <translation>缺少应用密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the app key must not contain &apos;:&apos; (for Ably, use the part of the key before the colon)</source>
        <translation>应用密钥不能包含 &apos;:&apos;（对于 Ably，请使用密钥中冒号之前的部分）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give a cluster or a host</source>
        <translation>请指定集群或主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host must be a bare host name, without scheme, port or path</source>
        <translation>主机必须是纯主机名，不含协议、端口或路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port must be between 1 and 65535</source>
        <translation>端口必须介于 1 和 65535 之间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the path must start with &apos;/&apos;</source>
        <translation>路径必须以 &apos;/&apos; 开头</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an absolute http(s) URL</source>
        <translation>%1 不是绝对的 http(s) URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key must be %1 bytes (base64 of 32 bytes)</source>
        <translation>加密主密钥必须为 %1 字节（32 字节的 base64 编码）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1://%2:%3%4 (key %5)</source>
        <translation>%1://%2:%3%4（密钥 %5）</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherSettingsEditor</name>
    <message>
        <location filename="../app/monitor/pushersettingseditor.cpp" line="+69"/>
        <source>Fills the fields with the server&apos;s usual values</source>
        <translation>用该服务器的常用值填充字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ably: the app key is the part of your Ably API key before the colon, the app secret the part after it.</source>
        <translation>Ably：应用密钥是 Ably API 密钥中冒号之前的部分，应用机密是冒号之后的部分。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>App &amp;key (key):</source>
        <translation>应用密钥 (key)(&amp;K)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cluster (cluster):</source>
        <translation>集群 (cluster)(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ws-&lt;cluster&gt;.pusher.com when empty</source>
        <translation>为空时使用 ws-&lt;cluster&gt;.pusher.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host (wsHost):</source>
        <translation>主机 (wsHost)(&amp;H)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;TLS (forceTLS)</source>
        <translation>TLS (forceTLS)(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wsPort:</source>
        <translation>wsPort：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wssPort:</source>
        <translation>wssPort：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ports:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional, e.g. /ws</source>
        <translation>可选，例如 /ws</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Path (wsPath):</source>
        <translation>路径 (wsPath)(&amp;P)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channel &amp;auth endpoint (channelAuthorization.endpoint):</source>
        <translation>频道授权端点 (channelAuthorization.endpoint)(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authorization: Bearer …  (one &quot;Name: value&quot; a line)</source>
        <translation>Authorization: Bearer …（每行一个 &quot;Name: value&quot;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auth &amp;headers (channelAuthorization.headers):</source>
        <translation>授权标头 (channelAuthorization.headers)(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name=value  (one a line)</source>
        <translation>name=value（每行一个）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auth pa&amp;rams (channelAuthorization.params):</source>
        <translation>授权参数 (channelAuthorization.params)(&amp;R)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional: sign in with pusher:signin</source>
        <translation>可选：使用 pusher:signin 登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User auth endpoint (userAuthentication.endpoint):</source>
        <translation>用户认证端点 (userAuthentication.endpoint)(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional: for the HTTP API</source>
        <translation>可选：用于 HTTP API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App &amp;id (appId):</source>
        <translation>应用 ID (appId)(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>With the secret, private and presence channels are signed here instead of by the auth endpoint</source>
        <translation>有了机密，私有频道和在线状态频道将在此签名，而不是由授权端点签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App s&amp;ecret (secret):</source>
        <translation>应用机密 (secret)(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption &amp;master key, base64 (encryptionMasterKeyBase64):</source>
        <translation>加密主密钥，base64 (encryptionMasterKeyBase64)(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget Secrets</source>
        <translation>清除机密</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the stored app secret, master key and auth headers when you press OK</source>
        <translation>按“确定”时移除已存储的应用机密、主密钥和授权标头</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Presence user i&amp;d (user_id):</source>
        <translation>在线状态用户 ID (user_id)(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Presence user in&amp;fo (user_info, JSON):</source>
        <translation>在线状态用户信息 (user_info, JSON)(&amp;F)：</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>the auth header “%1” is not “Name: value”</source>
        <translation>授权标头“%1”不是“Name: value”形式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the auth param “%1” is not “name=value”</source>
        <translation>授权参数“%1”不是“name=value”形式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the encryption master key is not base64</source>
        <translation>加密主密钥不是 base64 编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the presence user info must be a JSON object</source>
        <translation>在线状态用户信息必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Looking up the stored secrets…</source>
        <translation>正在查找已存储的机密…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>app secret</source>
        <translation>应用机密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encryption master key</source>
        <translation>加密主密钥</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n auth header value(s)</source>
        <translation>
            <numerusform>%n 个授权标头值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stored: leave empty to keep</source>
        <translation>已存储：留空则保留</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets are kept in the system keychain, never in the settings file.</source>
        <translation>机密保存在系统钥匙串中，绝不会写入设置文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored in the keychain: %1.</source>
        <translation>已存储在钥匙串中：%1。</translation>
    </message>
</context>
<context>
    <name>shuriken::PusherTools</name>
    <message>
        <location filename="../app/monitor/pushertools.cpp" line="+25"/>
        <source>Send &amp;Event…</source>
        <translation>发送事件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send a client event or trigger an event through the server&apos;s HTTP API</source>
        <translation>发送客户端事件，或通过服务器的 HTTP API 触发事件</translation>
    </message>
</context>
<context>
    <name>shuriken::RateChart</name>
    <message>
        <location filename="../app/monitor/ratechart.cpp" line="+36"/>
        <source>events/s</source>
        <translation>事件/秒</translation>
    </message>
</context>
<context>
    <name>shuriken::SaveCaptureDialog</name>
    <message>
        <location filename="../app/monitor/savecapturedialog.cpp" line="+40"/>
        <location line="+138"/>
        <location line="+6"/>
        <source>Save Capture</source>
        <translation>保存捕获文件</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>&amp;Everything the flight recorder holds (nothing yet)</source>
        <translation>飞行记录器保存的全部内容（尚无内容）(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Everything the flight recorder holds (%1 to %2)</source>
        <translation>飞行记录器保存的全部内容（%1 至 %2）(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The &amp;last</source>
        <translation>最近(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The time range of the &amp;selected frames (%1 to %2)</source>
        <translation>所选帧的时间范围（%1 至 %2）(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time range of the &amp;selected frames (select frames in the debugger)</source>
        <translation>所选帧的时间范围（请在调试器中选择帧）(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JSON Lines, read by jq; a name ending in .gz is compressed (zcat reads it). Secrets are redacted, as in the debugger.</source>
        <translation>JSON Lines 格式，可用 jq 读取；以 .gz 结尾的文件名会被压缩（可用 zcat 读取）。机密信息会像在调试器中一样被遮盖。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Could not save the capture: %1</source>
        <translation>无法保存捕获文件：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Captures, compressed (*.jsonl.gz);;Captures (*.jsonl);;All files (*)</source>
        <translation>压缩的捕获文件 (*.jsonl.gz);;捕获文件 (*.jsonl);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>shuriken::SavedMessages</name>
    <message>
        <location filename="../app/monitor/savedmessages.cpp" line="+199"/>
        <source>Message</source>
        <translation>消息</translation>
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
        <translation>%2 上的 %1（通过 HTTP API 触发）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (client event)</source>
        <translation>%2 上的 %1（客户端事件）</translation>
    </message>
</context>
<context>
    <name>shuriken::ScreenshotRunner</name>
    <message>
        <location filename="../app/monitor/screenshotrunner.cpp" line="+42"/>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>timed out at step %1</source>
        <translation>在第 %1 步超时</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the event table went away</source>
        <translation>事件表已消失</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
</context>
<context>
    <name>shuriken::SendEventDialog</name>
    <message>
        <location filename="../app/monitor/sendeventdialog.cpp" line="+48"/>
        <source>Send Event</source>
        <translation>发送事件</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+133"/>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Send the event (Ctrl+Return)</source>
        <translation>发送事件（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The subscribed channels are offered; any channel name can be typed</source>
        <translation>列表中提供已订阅的频道；也可以输入任意频道名称</translation>
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
        <translation>添加 client- 前缀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client events must be named client-…</source>
        <translation>客户端事件的名称必须为 client-…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Client event over this connection</source>
        <translation>通过此连接发送客户端事件(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trigger through the HTTP API</source>
        <translation>通过 HTTP API 触发(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xclude my connection (socket_id)</source>
        <translation>排除我的连接 (socket_id)(&amp;X)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server delivers the event to every subscriber except this monitor</source>
        <translation>服务器将事件投递给除本监视器外的所有订阅者</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{&quot;text&quot;: &quot;hello&quot;}  (empty: {})</source>
        <translation>{&quot;text&quot;: &quot;hello&quot;}（空：{}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;hannel:</source>
        <translation>频道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Data (JSON):</source>
        <translation>数据 (JSON)(&amp;D)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saved Messages</source>
        <translation>已保存的消息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select to load, double-click to send, F2 to rename, Del to delete</source>
        <translation>选中以加载，双击以发送，F2 重命名，Del 删除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete Saved Message</source>
        <translation>删除已保存的消息</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Send the selected saved message as it was saved</source>
        <translation>按保存时的内容发送所选的已保存消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name (default: the event)</source>
        <translation>名称（默认：事件名）</translation>
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
        <translation>无数据：将发送 {}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid JSON</source>
        <translation>有效的 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not JSON: line %1, column %2: %3</source>
        <translation>不是 JSON：第 %1 行，第 %2 列：%3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Client events need a connection.</source>
        <translation>客户端事件需要连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events need a Pusher profile: the Shuriken API takes none.</source>
        <translation>客户端事件需要 Pusher 配置：Shuriken API 不接受客户端事件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triggering needs the app ID and the app secret: enter them in the profile.</source>
        <translation>触发需要应用 ID 和应用机密：请在配置中输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggering needs a Pusher profile with the app ID and the app secret.</source>
        <translation>触发需要包含应用 ID 和应用机密的 Pusher 配置。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose or type a channel.</source>
        <translation>请选择或输入频道。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _-=@,.; only, at most 164.</source>
        <translation>&quot;%1&quot; 不是有效的频道名称：只能包含字母、数字和 _-=@,.;，最多 164 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an event name.</source>
        <translation>请输入事件名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client events can only be sent on private- and presence- channels; %1 is public. Trigger it through the HTTP API instead.</source>
        <translation>客户端事件只能在 private- 和 presence- 频道上发送；%1 是公开频道。请改为通过 HTTP API 触发。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Client events cannot be sent on encrypted channels: the server cannot check what it relays. Trigger it through the HTTP API instead.</source>
        <translation>客户端事件不能在加密频道上发送：服务器无法检查其转发的内容。请改为通过 HTTP API 触发。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A client event&apos;s name must start with &quot;client-&quot;.</source>
        <translation>客户端事件的名称必须以 &quot;client-&quot; 开头。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data must be JSON: line %1, column %2: %3.</source>
        <translation>数据必须是 JSON：第 %1 行，第 %2 列：%3。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not connected.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to %1 first: the server only takes client events on channels this connection has joined.</source>
        <translation>请先订阅 %1：服务器只接受此连接已加入的频道上的客户端事件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not connected: there is no socket_id to exclude.</source>
        <translation>未连接：没有可排除的 socket_id。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent over the monitor&apos;s own WebSocket as pusher-js&apos; channel.trigger() does</source>
        <translation>通过监视器自身的 WebSocket 发送，与 pusher-js 的 channel.trigger() 相同</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>POST /apps/&lt;app id&gt;/events, signed with the app secret, as a backend does</source>
        <translation>POST /apps/&lt;app id&gt;/events，用应用机密签名，与后端的做法相同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The data is not JSON: it is sent as a plain string.</source>
        <translation>数据不是 JSON：将作为纯字符串发送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace</source>
        <translation>替换</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused: %1</source>
        <translation>被拒绝：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sent %1 on %2.</source>
        <translation>已在 %2 上发送 %1。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Triggering %1 on %2…</source>
        <translation>正在 %2 上触发 %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused by the server: %1</source>
        <translation>被服务器拒绝：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Triggered %1 on %2: the server accepted it (not delivered to this connection).</source>
        <translation>已在 %2 上触发 %1：服务器已接受（不会投递到此连接）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triggered %1 on %2: the server accepted it.</source>
        <translation>已在 %2 上触发 %1：服务器已接受。</translation>
    </message>
</context>
<context>
    <name>shuriken::SettingsDialog</name>
    <message>
        <location filename="../app/monitor/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> rows</source>
        <translation> 行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows kept per &amp;event table:</source>
        <translation>每个事件表保留的行数(&amp;E)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;size:</source>
        <translation>飞行记录器大小(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flight recorder &amp;time span:</source>
        <translation>飞行记录器时间跨度(&amp;T)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events that arrive within one interval reach the tables together and cost one repaint; a new row shows within the interval.</source>
        <translation>在一个间隔内到达的事件会一起进入表格，只需重绘一次；新行会在该间隔内显示。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Table &amp;update interval:</source>
        <translation>表格更新间隔(&amp;U):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tables keep the newest rows and count the ones they let go. Each row costs roughly the size of its payload, so 100,000 rows of swaps take some 100 MB.
The flight recorder keeps every frame, HTTP exchange and state change from start-up for the connection debugger and File → Save Capture: 512 MB hold 15 minutes of 1,000 swaps a second.</source>
        <translation>表格保留最新的行，并统计舍弃的行数。每行大约占用其负载的大小，因此 100,000 行兑换记录约占 100 MB。
飞行记录器会保留自启动以来的每一帧、每次 HTTP 交互和每次状态变化，供连接调试器和“文件 → 保存捕获文件”使用：512 MB 可容纳每秒 1,000 次兑换、持续 15 分钟的数据。</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamCatalogModel</name>
    <message>
        <location filename="../lib/models/streamcatalogmodel.cpp" line="+141"/>
        <source>Stream</source>
        <translation>数据流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filters</source>
        <comment>stream catalog column: filter names a stream takes</comment>
        <translation>过滤器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>stream catalog column: Pusher event name</comment>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n stream(s)</source>
        <comment>catalog namespace row</comment>
        <translation>
            <numerusform>%n 个数据流</numerusform>
        </translation>
    </message>
    <message>
        <location line="+39"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>public</source>
        <comment>stream visibility</comment>
        <translation>公开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>private</source>
        <comment>stream visibility</comment>
        <translation>私有</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>presence</source>
        <comment>stream visibility</comment>
        <translation>在线状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none</source>
        <comment>stream without filters</comment>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>shuriken::StreamClient</name>
    <message>
        <location filename="../lib/streams/streamclient.cpp" line="+169"/>
        <source>requesting a session</source>
        <translation>正在请求会话</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disconnected by the user</source>
        <translation>已被用户断开</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>waiting for a connection</source>
        <translation>正在等待连接</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>resolving the channel</source>
        <translation>正在解析频道</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unsubscribed</source>
        <translation>已取消订阅</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientsession.cpp" line="+138"/>
        <source>the session response has no entry for this stream</source>
        <translation>会话响应中没有此数据流的条目</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>session request failed (%1); retrying in %2 s</source>
        <translation>会话请求失败（%1）；%2 秒后重试</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the server refused the connection: %1</source>
        <translation>服务器拒绝了连接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the connection</source>
        <translation>服务器拒绝了连接</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientchannels.cpp" line="+73"/>
        <location line="+32"/>
        <source>authorizing the channel</source>
        <translation>正在授权频道</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+90"/>
        <source>waiting for the server&apos;s confirmation</source>
        <translation>正在等待服务器确认</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+205"/>
        <source>waiting for the connection</source>
        <translation>正在等待连接</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>channel authorization failed: %1</source>
        <translation>频道授权失败：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no shared_secret</source>
        <translation>应答中没有 shared_secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel authorization of an encrypted channel failed: %1</source>
        <translation>加密频道的频道授权失败：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>no confirmation from the server within %1 s</source>
        <translation>%1 秒内未收到服务器确认</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1; retrying in %2 s</source>
        <translation>%1；%2 秒后重试</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>%1 (channel %2)</source>
        <translation>%1（频道 %2）</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>subscription refused (%1): %2</source>
        <translation>订阅被拒绝（%1）：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscription refused: %1</source>
        <translation>订阅被拒绝：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>server error %1: %2</source>
        <translation>服务器错误 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>server error: %1</source>
        <translation>服务器错误：%1</translation>
    </message>
    <message>
        <location filename="../lib/events/eventrowbuilder.cpp" line="+29"/>
        <source>the payload is empty</source>
        <translation>负载为空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid UTF-8</source>
        <translation>负载不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payload has a number that is malformed or out of range</source>
        <translation>负载中有格式错误或超出范围的数字</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the payload has a malformed string</source>
        <translation>负载中有格式错误的字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is nested too deeply</source>
        <translation>负载嵌套过深</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the payload is not valid JSON</source>
        <translation>负载不是有效的 JSON</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>the payload is not a JSON object</source>
        <translation>负载不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientreplay.cpp" line="+64"/>
        <source>the recorded request got no answer</source>
        <translation>录制的请求没有收到响应</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the recorded answer is not a JSON object</source>
        <translation>录制的响应不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../lib/streams/streamclientdirect.cpp" line="+72"/>
        <source>the Pusher settings cannot be used: %1</source>
        <translation>无法使用 Pusher 设置：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Pusher settings are incomplete</source>
        <translation>Pusher 设置不完整</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connecting to %1</source>
        <translation>正在连接到 %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&quot;%1&quot; is not a valid channel name: letters, digits and _ - = @ , . ; only, at most 164 characters</source>
        <translation>&quot;%1&quot; 不是有效的频道名称：只能包含字母、数字和 _ - = @ , . ;，最多 164 个字符</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an encrypted channel signed here needs the app&apos;s encryption master key (its events are sealed with a secret derived from it)</source>
        <translation>在此签名的加密频道需要应用的加密主密钥（其事件使用由它派生的机密加密）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the answer has no &quot;auth&quot; and &quot;user_data&quot; strings</source>
        <translation>应答中没有 &quot;auth&quot; 和 &quot;user_data&quot; 字符串</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>user authentication failed: %1</source>
        <translation>用户认证失败：%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a client event&apos;s name must start with &quot;client-&quot;</source>
        <translation>客户端事件的名称必须以 &quot;client-&quot; 开头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an event name has at most 200 characters</source>
        <translation>事件名称最多 200 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client events can only be sent on private and presence channels</source>
        <translation>客户端事件只能在私有频道和在线状态频道上发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client events cannot be sent on encrypted channels</source>
        <translation>客户端事件不能在加密频道上发送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the data is not JSON (%1 at offset %2)</source>
        <translation>数据不是 JSON（偏移量 %2 处：%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the data is larger than 10 KB, the limit of Pusher&apos;s client events</source>
        <translation>数据大于 10 KB，即 Pusher 客户端事件的上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>subscribe to %1 first: the server only takes client events on channels the connection has joined</source>
        <translation>请先订阅 %1：服务器只接受该连接已加入的频道上的客户端事件</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>event %1 on %2 could not be decrypted: %3; it is shown as it arrived</source>
        <translation>%2 上的事件 %1 无法解密：%3；按到达时的原样显示</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>events on %1 arrive as &quot;%2&quot;, none as &quot;%3&quot; that is bound: %4</source>
        <translation>%1 上的事件以 &quot;%2&quot; 到达，没有以已绑定的 &quot;%3&quot; 到达的事件：%4</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscribeDialog</name>
    <message>
        <location filename="../app/monitor/subscribedialog.cpp" line="+20"/>
        <source>Subscribe to %1</source>
        <translation>订阅 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This is a %1 stream: the server authorizes it with your API key.</source>
        <translation>这是一个 %1 数据流：服务器使用您的 API 密钥对其授权。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This stream takes no filters.</source>
        <translation>此数据流不接受过滤器。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
</context>
<context>
    <name>shuriken::Subscription</name>
    <message>
        <location filename="../lib/streams/subscription.cpp" line="+19"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>authorizing</source>
        <translation>正在授权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribing</source>
        <translation>正在订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subscribed</source>
        <translation>已订阅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsubscribed</source>
        <translation>已取消订阅</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionModel</name>
    <message>
        <location filename="../lib/models/subscriptionmodel.cpp" line="+47"/>
        <source>Stream</source>
        <translation>数据流</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter</source>
        <comment>subscription column: the stream filter</comment>
        <translation>过滤器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <comment>subscription column: why the status is what it is</comment>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events/s</source>
        <translation>事件/秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <comment>subscription column: total events received</comment>
        <translation>事件数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>最近事件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gaps</source>
        <comment>subscription column: events missing by sequence number</comment>
        <translation>缺口</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
</context>
<context>
    <name>shuriken::SubscriptionsView</name>
    <message>
        <location filename="../app/monitor/subscriptionsview.cpp" line="+76"/>
        <source>Open &amp;Tab</source>
        <translation>打开标签页(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>P&amp;ause</source>
        <translation>暂停(&amp;A)</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>&amp;Unsubscribe</source>
        <translation>取消订阅(&amp;U)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Open Tab</source>
        <translation>打开标签页</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume</source>
        <comment>event table</comment>
        <translation>继续</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <comment>event table</comment>
        <translation>暂停</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unsubscribe</source>
        <translation>取消订阅</translation>
    </message>
</context>
<context>
    <name>shuriken::Translations</name>
    <message>
        <location filename="../app/common/translations.cpp" line="+28"/>
        <source>English</source>
        <comment>the name of the language you translate into, written in that language</comment>
        <translation>简体中文</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>System language</source>
        <comment>language chooser: follow the desktop&apos;s language</comment>
        <translation>系统语言</translation>
    </message>
</context>
<context>
    <name>shuriken::cli::PusherOptions</name>
    <message>
        <location filename="../app/cli/pusheroptions.cpp" line="+15"/>
        <source>Connect to a Pusher-protocol server (Pusher Channels, soketi, Reverb, Ably) with this app key instead of the Shuriken API.</source>
        <translation>使用此应用密钥连接到 Pusher 协议服务器（Pusher Channels、soketi、Reverb、Ably），而不是 Shuriken API。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher Channels cluster: the server is ws-CLUSTER.pusher.com (TLS).</source>
        <translation>Pusher Channels 集群：服务器为 ws-CLUSTER.pusher.com（TLS）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s host (soketi, Reverb, ...); plain ws unless --tls.</source>
        <translation>服务器的主机（soketi、Reverb 等）；除非指定 --tls，否则使用普通 ws。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>host</source>
        <translation>主机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s port (default 80, or 443 with --tls).</source>
        <translation>服务器的端口（默认 80，使用 --tls 时为 443）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use wss (TLS) with --ws-host.</source>
        <translation>与 --ws-host 一起使用 wss（TLS）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path before /app/KEY (pusher-js&apos; wsPath).</source>
        <translation>/app/KEY 之前的路径（pusher-js 的 wsPath）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel authorization endpoint for private and presence channels (a form POST of socket_id and channel_name).</source>
        <translation>私有频道和在线状态频道的频道授权端点（以表单 POST 发送 socket_id 和 channel_name）。</translation>
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
        <translation>授权端点使用的标头，&apos;Name: value&apos;（Cookie、CSRF 令牌、Bearer 令牌）；可重复。其值绝不会出现在输出中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header</source>
        <translation>标头</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An extra form parameter for the auth endpoints, name=value; repeatable.</source>
        <translation>授权端点的额外表单参数，name=value；可重复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>param</source>
        <translation>参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User authentication endpoint: sign in (pusher:signin) after connecting.</source>
        <translation>用户认证端点：连接后登录（pusher:signin）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app id (with --app-secret, for the HTTP API).</source>
        <translation>应用 ID（与 --app-secret 一起用于 HTTP API）。</translation>
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
        <translation>应用机密：私有频道和在线状态频道在此签名，而不是通过授权端点（也可设置 PUSHER_APP_SECRET，使其不出现在进程列表中）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base64 of the app&apos;s 32-byte encryption master key, for private-encrypted- channels signed here (or set PUSHER_ENCRYPTION_MASTER_KEY).</source>
        <translation>应用的 32 字节加密主密钥的 Base64 编码，用于在此签名的 private-encrypted- 频道（也可设置 PUSHER_ENCRYPTION_MASTER_KEY）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>base64</source>
        <translation>base64</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_id when signing here (default qt-monitor).</source>
        <translation>在此签名时使用的在线状态 user_id（默认 qt-monitor）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presence user_info (a JSON object) when signing here.</source>
        <translation>在此签名时使用的在线状态 user_info（JSON 对象）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscribe to this channel (public, private-, presence- or private-encrypted-) and print every event on it; repeatable.</source>
        <translation>订阅此频道（公开、private-、presence- 或 private-encrypted-）并输出其中的每个事件；可重复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name your application binds: events that arrive only under other names are explained on stderr.</source>
        <translation>您的应用绑定的事件名称：仅以其他名称到达的事件会在 stderr 中说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--channel &quot;%1&quot; is not a valid channel name (letters, digits and _ - = @ , . ; only, at most 164 characters)</source>
        <translation>--channel &quot;%1&quot; 不是有效的频道名称（只能包含字母、数字和 _ - = @ , . ;，最多 164 个字符）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>give at least one --channel</source>
        <translation>请至少指定一个 --channel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--pusher-key is required to connect to a Pusher-protocol server</source>
        <translation>连接到 Pusher 协议服务器需要 --pusher-key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give either --cluster (Pusher Channels) or --ws-host (any other server)</source>
        <translation>请指定 --cluster（Pusher Channels）或 --ws-host（其他任何服务器）之一</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--ws-port needs a port number from 1 to 65535</source>
        <translation>--ws-port 需要 1 到 65535 之间的端口号</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--auth-header needs &apos;Name: value&apos; (got a header named &quot;%1&quot;)</source>
        <translation>--auth-header 需要 &apos;Name: value&apos; 形式（收到名为 &quot;%1&quot; 的标头）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth-param needs name=value</source>
        <translation>--auth-param 需要 name=value 形式</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--encryption-master-key: %1</source>
        <translation>--encryption-master-key：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--user-info must be a JSON object</source>
        <translation>--user-info 必须是 JSON 对象</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--channel %1 needs --auth-endpoint or --app-secret (private and presence channels are authorized)</source>
        <translation>--channel %1 需要 --auth-endpoint 或 --app-secret（私有频道和在线状态频道需要授权）</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::CloseReason</name>
    <message>
        <location filename="../lib/pusher/closereason.cpp" line="+18"/>
        <source>normal closure</source>
        <translation>正常关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going away</source>
        <translation>对端离开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>protocol error</source>
        <translation>协议错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported data</source>
        <translation>不支持的数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no status code</source>
        <translation>无状态码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid frame payload</source>
        <translation>无效的帧负载</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>policy violation</source>
        <translation>违反策略</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing extension</source>
        <translation>缺少扩展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>internal server error</source>
        <translation>服务器内部错误</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application only accepts TLS</source>
        <translation>应用仅接受 TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application does not exist</source>
        <translation>应用不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>application disabled</source>
        <translation>应用已禁用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over connection quota</source>
        <translation>超出连接配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>path not found</source>
        <translation>路径未找到</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid version string format</source>
        <translation>版本字符串格式无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unsupported protocol version</source>
        <translation>不支持的协议版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no protocol version supplied</source>
        <translation>未提供协议版本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection unauthorized</source>
        <translation>连接未经授权</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>over capacity</source>
        <translation>超出容量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>generic reconnect immediately</source>
        <translation>通用：立即重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pong not received</source>
        <translation>未收到 pong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed after inactivity</source>
        <translation>因不活动而关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client event rate limit exceeded</source>
        <translation>超出客户端事件速率限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watchlist limit exceeded</source>
        <translation>超出关注列表限制</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>server busy</source>
        <translation>服务器繁忙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reconnect immediately</source>
        <translation>立即重连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown close code</source>
        <translation>未知关闭代码</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::HttpApiSignature</name>
    <message>
        <location filename="../lib/pusher/httpapisignature.cpp" line="+78"/>
        <source>auth_key and auth_signature are required</source>
        <translation>需要 auth_key 和 auth_signature</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown auth_key %1</source>
        <translation>未知的 auth_key %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>auth_timestamp expired: it must be within %1 s of the server&apos;s time (%2)</source>
        <translation>auth_timestamp 已过期：必须与服务器时间（%2）相差在 %1 秒以内</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auth_version must be 1.0</source>
        <translation>auth_version 必须为 1.0</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>body_md5 does not match the body</source>
        <translation>body_md5 与正文不匹配</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invalid signature: you should have sent HmacSHA256Hex(&quot;%1&quot;, your_secret_key)</source>
        <translation>签名无效：您应当发送 HmacSHA256Hex(&quot;%1&quot;, your_secret_key)</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherConnection</name>
    <message>
        <location filename="../lib/pusher/pusherconnection.cpp" line="+90"/>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid WebSocket endpoint (host, port and app key are required)</source>
        <translation>无效的 WebSocket 端点（需要主机、端口和应用密钥）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>connecting to %1:%2</source>
        <translation>正在连接到 %1:%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>closed by the user</source>
        <translation>已被用户关闭</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the refreshed session has no valid WebSocket endpoint</source>
        <translation>刷新后的会话没有有效的 WebSocket 端点</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>TLS error: %1</source>
        <translation>TLS 错误：%1</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>binary frame of %1 bytes (the protocol uses text frames only)</source>
        <translation>%1 字节的二进制帧（该协议仅使用文本帧）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the recording continues on a new connection</source>
        <translation>录制内容在新的连接上继续</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+5"/>
        <source>closed by server: %1</source>
        <translation>已被服务器关闭：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>connection lost</source>
        <translation>连接丢失</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>connection lost: %1</source>
        <translation>连接丢失：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1; refused again after a session refresh</source>
        <translation>%1；刷新会话后再次被拒绝</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>no answer to pusher:ping within %1 ms</source>
        <translation>%1 毫秒内未收到 pusher:ping 的应答</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no pusher:connection_established within %1 ms</source>
        <translation>%1 毫秒内未收到 pusher:connection_established</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherExplain</name>
    <message>
        <location filename="../lib/pusher/pusherexplain.cpp" line="+25"/>
        <source>The app does not exist on this server (the app key is unknown)</source>
        <translation>此服务器上不存在该应用（应用密钥未知）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app key, or the right key on the wrong cluster: a Pusher app lives in one cluster and ws-&lt;cluster&gt;.pusher.com must be that cluster. soketi: the key is not one of its configured apps. Reverb: REVERB_APP_KEY differs from the key the client uses (clear a cached config). Ably: turn on Pusher protocol support and use the part of the Ably key before the colon</source>
        <translation>应用密钥错误，或密钥正确但集群错误：Pusher 应用位于某个集群中，ws-&lt;cluster&gt;.pusher.com 必须是该集群。soketi：该密钥不属于其已配置的应用。Reverb：REVERB_APP_KEY 与客户端使用的密钥不同（请清除缓存的配置）。Ably：请开启 Pusher 协议支持，并使用 Ably 密钥中冒号之前的部分</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The app is over its connection quota</source>
        <translation>应用超出了连接配额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the plan&apos;s or the app&apos;s limit of concurrent connections is reached; close other clients (other tabs, test runs) or raise the limit</source>
        <translation>已达到套餐或应用的并发连接数上限；请关闭其他客户端（其他标签页、测试运行）或提高上限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the channel&apos;s auth signature</source>
        <translation>服务器拒绝了频道的授权签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint signs with another app key or secret than this server has (a backend still configured for another server or environment), or it signed something else than was subscribed: another socket_id, channel name or channel_data</source>
        <translation>授权端点使用的应用密钥或机密与此服务器的不同（后端仍配置为其他服务器或环境），或者签名的内容与订阅的不一致：socket_id、频道名称或 channel_data 不同</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection was closed normally</source>
        <translation>连接已正常关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client or the server ended it on purpose (a deploy, a logout, an idle clean-up)</source>
        <translation>客户端或服务器有意结束了连接（部署、注销、空闲清理）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server or a proxy is going away</source>
        <translation>服务器或代理正在离开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or deploy of the server, or a load balancer draining connections; reconnecting is right</source>
        <translation>服务器重启或部署，或负载均衡器正在排空连接；重连是正确的做法</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The WebSocket protocol was violated</source>
        <translation>违反了 WebSocket 协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>something that is not a WebSocket server answered: a wrong path or port, or a proxy that does not forward the Upgrade and Connection headers</source>
        <translation>应答的不是 WebSocket 服务器：路径或端口错误，或代理未转发 Upgrade 和 Connection 标头</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the kind of data sent</source>
        <translation>服务器拒绝了所发送的数据类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a binary frame was sent; Pusher servers accept text frames only</source>
        <translation>发送了二进制帧；Pusher 服务器只接受文本帧</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was closed without a status code</source>
        <translation>连接已关闭，但没有状态码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the peer closed cleanly but gave no reason; often a proxy ending the connection</source>
        <translation>对端正常关闭但未给出原因；通常是代理结束了连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection was lost without a close frame</source>
        <translation>连接丢失，未收到关闭帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a network drop; a proxy whose idle timeout is shorter than the activity timeout (nginx&apos;s proxy_read_timeout and an AWS load balancer&apos;s idle timeout are 60 s by default); the server crashed or restarted; or ws:// to a TLS port, or wss:// to a plain one</source>
        <translation>网络中断；代理的空闲超时短于活动超时（nginx 的 proxy_read_timeout 和 AWS 负载均衡器的空闲超时默认均为 60 秒）；服务器崩溃或重启；或者用 ws:// 连接 TLS 端口，或用 wss:// 连接非 TLS 端口</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused a frame&apos;s payload</source>
        <translation>服务器拒绝了帧的负载</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a text frame that is not valid UTF-8</source>
        <translation>文本帧不是有效的 UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s policy refused the connection</source>
        <translation>服务器的策略拒绝了连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Origin that is not allowed, or a gateway that wants a credential the client did not send</source>
        <translation>Origin 不被允许，或网关需要客户端未发送的凭据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message was too big</source>
        <translation>消息过大</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a frame larger than the server or a proxy accepts</source>
        <translation>帧大于服务器或代理可接受的大小</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A required extension is missing</source>
        <translation>缺少必需的扩展</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client required a WebSocket extension the server does not offer</source>
        <translation>客户端要求了服务器不提供的 WebSocket 扩展</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server hit an internal error</source>
        <translation>服务器遇到内部错误</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a bug or crash on the server; see its log</source>
        <translation>服务器上出现缺陷或崩溃；请查看其日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is restarting</source>
        <translation>服务器正在重启</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a deploy or restart; reconnect in a moment</source>
        <translation>部署或重启；请稍后重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to try again later</source>
        <translation>服务器要求稍后重试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is overloaded or shutting down (soketi closes with 1013 when it stops)</source>
        <translation>服务器过载或正在关闭（soketi 停止时以 1013 关闭）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The TLS handshake failed</source>
        <translation>TLS 握手失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the certificate is not trusted, has expired or names another host</source>
        <translation>证书不受信任、已过期或指向其他主机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app accepts TLS connections only</source>
        <translation>该应用只接受 TLS 连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client connected with ws://; turn TLS on (wss:// on the wssPort, 443 by default)</source>
        <translation>客户端使用 ws:// 连接；请开启 TLS（在 wssPort 上使用 wss://，默认 443）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app is disabled</source>
        <translation>该应用已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app was disabled in its dashboard or by its account (Pusher), or is not enabled in the server&apos;s app configuration (soketi)</source>
        <translation>该应用已在其控制台中或被其账户停用（Pusher），或未在服务器的应用配置中启用（soketi）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The WebSocket path was not found</source>
        <translation>未找到 WebSocket 路径</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path must be /app/&lt;key&gt;; check the path option (pusher-js&apos; wsPath) and any prefix a proxy adds or strips</source>
        <translation>路径必须为 /app/&lt;key&gt;；请检查路径选项（pusher-js 的 wsPath）以及代理添加或去除的任何前缀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The client&apos;s version string is invalid</source>
        <translation>客户端的版本字符串无效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the version query parameter is malformed: a client bug</source>
        <translation>version 查询参数格式错误：客户端缺陷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The protocol version is not supported</source>
        <translation>不支持该协议版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client asked for a protocol version the server does not speak; use protocol=7</source>
        <translation>客户端请求了服务器不支持的协议版本；请使用 protocol=7</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No protocol version was given</source>
        <translation>未指定协议版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the URL lacks ?protocol=7: a client bug</source>
        <translation>URL 缺少 ?protocol=7：客户端缺陷</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is unauthorized</source>
        <translation>连接未经授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher: the app requires user authentication and pusher:signin failed or came too late. soketi and Reverb also use 4009 for a refused channel signature, and Reverb for an Origin that is not in allowed_origins</source>
        <translation>Pusher：应用要求用户认证，而 pusher:signin 失败或来得太迟。soketi 和 Reverb 也对被拒绝的频道签名使用 4009，Reverb 还对不在 allowed_origins 中的 Origin 使用该代码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is over capacity</source>
        <translation>服务器超出容量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many connections on the server or the app; reconnect after a pause</source>
        <translation>服务器或应用上的连接过多；请稍候再重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server asks to reconnect at once</source>
        <translation>服务器要求立即重连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a restart or redeploy of the server, or a frame it could not read (Reverb answers 4200 &quot;Invalid message format&quot;)</source>
        <translation>服务器重启或重新部署，或收到无法读取的帧（Reverb 应答 4200 &quot;Invalid message format&quot;）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not get a pong in time</source>
        <translation>服务器未及时收到 pong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client did not answer the server&apos;s ping within about 30 s: a busy or suspended client, or a half-open network</source>
        <translation>客户端未在约 30 秒内应答服务器的 ping：客户端繁忙或被挂起，或网络处于半开状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server closed the connection after inactivity</source>
        <translation>服务器在连接空闲后将其关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was sent for longer than the activity timeout; the client must ping when idle</source>
        <translation>超过活动超时仍未发送任何内容；客户端空闲时必须发送 ping</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client event rate limit was exceeded</source>
        <translation>超出了客户端事件速率限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more client- events than allowed (Pusher: 10 per second per connection); soketi and Reverb also use 4301 when client events are turned off</source>
        <translation>client- 事件多于允许的数量（Pusher：每个连接每秒 10 个）；soketi 和 Reverb 在客户端事件被关闭时也使用 4301</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The watchlist limit was exceeded</source>
        <translation>超出了关注列表限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user&apos;s watchlist is longer than the server allows</source>
        <translation>用户的关注列表超出服务器允许的长度</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused the connection (code %1)</source>
        <translation>服务器拒绝了连接（代码 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4000-4099 are refusals: reconnecting with the same settings is refused again; check the app key, cluster, host and path</source>
        <translation>代码 4000-4099 表示拒绝：使用相同设置重连会再次被拒绝；请检查应用密钥、集群、主机和路径</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server is busy (code %1)</source>
        <translation>服务器繁忙（代码 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4100-4199 ask the client to back off: reconnect after at least 1 s, waiting longer each time</source>
        <translation>代码 4100-4199 要求客户端退避：至少 1 秒后再重连，每次等待更久</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to reconnect (code %1)</source>
        <translation>服务器要求重连（代码 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4200-4299 are transient: reconnect at once</source>
        <translation>代码 4200-4299 是暂时性的：请立即重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server reported an error (code %1)</source>
        <translation>服务器报告了错误（代码 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>codes 4300-4399 are other errors; pusher-js does not reconnect after one</source>
        <translation>代码 4300-4399 是其他错误；出现此类错误后 pusher-js 不会重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An application-defined close code (%1)</source>
        <translation>应用自定义的关闭代码（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Pusher code: the server or a proxy in front of it defines what it means</source>
        <translation>不是 Pusher 代码：其含义由服务器或其前面的代理定义</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registered close code (%1)</source>
        <translation>已注册的关闭代码（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>defined by a library or framework, not by Pusher; see the server&apos;s documentation</source>
        <translation>由某个库或框架定义，而非 Pusher；请参阅服务器的文档</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A WebSocket close code (%1)</source>
        <translation>WebSocket 关闭代码（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a standard code without a Pusher meaning; reconnect after a pause</source>
        <translation>没有 Pusher 含义的标准代码；请稍候再重连</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invalid close code (%1)</source>
        <translation>无效的关闭代码（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a valid WebSocket close code: a server or proxy bug</source>
        <translation>不是有效的 WebSocket 关闭代码：服务器或代理的缺陷</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The channel was subscribed twice on this connection</source>
        <translation>该频道在此连接上被订阅了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent pusher:subscribe again for a channel it already has (a resubscribe without unsubscribe); harmless, the first subscription still works</source>
        <translation>客户端对已订阅的频道再次发送了 pusher:subscribe（未取消订阅就重新订阅）；无害，第一个订阅仍然有效</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server refused an authorization</source>
        <translation>服务器拒绝了授权</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>soketi and Reverb say this when a private or presence channel&apos;s auth signature does not match (the auth endpoint signs with another app key or secret, or signed another socket_id or channel_data); Pusher says it when user authentication (pusher:signin) failed</source>
        <translation>当私有频道或在线状态频道的授权签名不匹配时（授权端点使用了其他应用密钥或机密签名，或签名了其他 socket_id 或 channel_data），soketi 和 Reverb 会报告此错误；当用户认证（pusher:signin）失败时，Pusher 会报告此错误</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A private or presence channel was subscribed without an auth signature</source>
        <translation>订阅私有频道或在线状态频道时没有授权签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no channel authorization endpoint is configured, or its answer was not used; private-, presence- and private-encrypted- channels need one</source>
        <translation>未配置频道授权端点，或未使用其应答；private-、presence- 和 private-encrypted- 频道需要授权端点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A presence channel was subscribed without valid channel_data</source>
        <translation>订阅在线状态频道时没有有效的 channel_data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint answered as for a private channel; for a presence channel it must return channel_data with a user_id (Laravel: return the user&apos;s info as an array from the channel&apos;s callback)</source>
        <translation>授权端点按私有频道的方式应答；对于在线状态频道，它必须返回带有 user_id 的 channel_data（Laravel：在频道的回调中以数组形式返回用户信息）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event was sent on a public channel</source>
        <translation>在公开频道上发送了客户端事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client- events are allowed on private- and presence- channels only</source>
        <translation>client- 事件仅允许在 private- 和 presence- 频道上发送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client events are turned off for this app</source>
        <translation>此应用已关闭客户端事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>turn them on: Pusher&apos;s app settings (&quot;Enable client events&quot;), soketi&apos;s enableClientMessages for the app, Reverb&apos;s app configuration in config/reverb.php</source>
        <translation>请将其开启：Pusher 的应用设置（&quot;Enable client events&quot;）、soketi 中该应用的 enableClientMessages、Reverb 在 config/reverb.php 中的应用配置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A client event&apos;s name lacks the client- prefix</source>
        <translation>客户端事件的名称缺少 client- 前缀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events sent by a client must be named client-…</source>
        <translation>客户端发送的事件名称必须为 client-…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A client event was sent on a channel this connection has not joined</source>
        <translation>在此连接未加入的频道上发送了客户端事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subscribe first and wait for pusher_internal:subscription_succeeded</source>
        <translation>请先订阅，并等待 pusher_internal:subscription_succeeded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this connection&apos;s Origin</source>
        <translation>服务器拒绝了此连接的 Origin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks the Origin header against the app&apos;s allowed_origins; add this origin (or *)</source>
        <translation>Reverb 会根据应用的 allowed_origins 检查 Origin 标头；请添加此源（或 *）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server could not read a frame</source>
        <translation>服务器无法读取帧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent something that is not a Pusher message: not JSON, no event, or data of the wrong type</source>
        <translation>客户端发送的内容不是 Pusher 消息：不是 JSON、没有事件，或数据类型错误</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ably refused the channel because the client is not identified</source>
        <translation>由于客户端未经身份识别，Ably 拒绝了该频道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pusher adapter clients are never identified; turn off the &quot;require identification&quot; rule of the channel&apos;s namespace in the Ably dashboard</source>
        <translation>Pusher 适配器客户端永远不会经过身份识别；请在 Ably 控制台中关闭该频道命名空间的 &quot;require identification&quot; 规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A rate limit was exceeded</source>
        <translation>超出了速率限制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the client sent more client events or messages than the server allows; slow down</source>
        <translation>客户端发送的客户端事件或消息多于服务器允许的数量；请放慢速度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server is shutting down</source>
        <translation>服务器正在关闭</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a restart or deploy; reconnect shortly</source>
        <translation>重启或部署；请稍后重连</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event name is too long</source>
        <translation>事件名称过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 200 characters)</source>
        <translation>请将其缩短至服务器的限制（Pusher：200 个字符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event data is too large</source>
        <translation>事件数据过大</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>send less data per event (Pusher: 10 KB)</source>
        <translation>请减少每个事件的数据量（Pusher：10 KB）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel name is too long</source>
        <translation>频道名称过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shorten it to the server&apos;s limit (Pusher: 164 characters)</source>
        <translation>请将其缩短至服务器的限制（Pusher：164 个字符）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence channel is full</source>
        <translation>在线状态频道已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s member limit per presence channel is reached (Pusher: 100)</source>
        <translation>已达到服务器对每个在线状态频道的成员上限（Pusher：100）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The presence user_info is too large</source>
        <translation>在线状态 user_info 过大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the auth endpoint returns more user_info than the server allows; send less</source>
        <translation>授权端点返回的 user_info 超出服务器允许的大小；请减少其内容</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1. Likely cause: %2.</source>
        <translation>%1。可能的原因：%2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The server reported an error: %1</source>
        <translation>服务器报告了错误：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server gave no code; the message is its own wording</source>
        <translation>服务器未给出代码；消息为服务器自己的措辞</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server reported an error without a code or message</source>
        <translation>服务器报告了错误，但没有代码或消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s log for what it refused</source>
        <translation>请查看服务器日志，了解其拒绝了什么</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>user authentication endpoint</source>
        <translation>用户认证端点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>channel authorization endpoint</source>
        <translation>频道授权端点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The %1 could not be reached (no HTTP answer)</source>
        <translation>无法访问%1（没有 HTTP 应答）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint URL&apos;s host or port is wrong, the web application is not running, or TLS failed (an untrusted or expired certificate)</source>
        <translation>端点 URL 的主机或端口错误、Web 应用未运行，或 TLS 失败（证书不受信任或已过期）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an HTML page instead of JSON</source>
        <translation>%1返回了 HTML 页面，而不是 JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually a login page reached through a redirect: the session cookie or token is missing or expired; otherwise the URL is a page, not the endpoint (a single-page app&apos;s catch-all route)</source>
        <translation>通常是经重定向到达的登录页面：会话 Cookie 或令牌缺失或已过期；否则就是该 URL 指向的是页面而不是端点（单页应用的兜底路由）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 answered with an empty body</source>
        <translation>%1返回了空的正文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was signed; Laravel does this when BROADCAST_CONNECTION (BROADCAST_DRIVER before Laravel 11) is log or null instead of pusher or reverb</source>
        <translation>没有进行任何签名；当 BROADCAST_CONNECTION（Laravel 11 之前为 BROADCAST_DRIVER）为 log 或 null 而不是 pusher 或 reverb 时，Laravel 就会这样</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s answer is not a JSON object</source>
        <translation>%1的应答不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}; something else answered (debug output, a plain-text message)</source>
        <translation>端点必须返回 {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}；应答的是其他内容（调试输出、纯文本消息）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pusher:signin needs {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</source>
        <translation>pusher:signin 需要 {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;, &quot;user_data&quot;: &quot;{…}&quot;}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;} (plus channel_data for presence channels)</source>
        <translation>端点必须返回 {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}（在线状态频道还需返回 channel_data）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1&apos;s answer has no auth field</source>
        <translation>%1的应答中没有 auth 字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1&apos;s answer has no auth field (it says: %2)</source>
        <translation>%1的应答中没有 auth 字段（其内容为：%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1&apos;s auth value is not &lt;key&gt;:&lt;signature&gt;</source>
        <translation>%1的 auth 值不是 &lt;key&gt;:&lt;signature&gt; 形式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the endpoint must prefix the hex signature with the app key and a colon</source>
        <translation>端点必须在十六进制签名前加上应用密钥和一个冒号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The user authentication answer has no user_data</source>
        <translation>用户认证应答中没有 user_data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher:signin needs user_data: a JSON string with at least the user&apos;s id</source>
        <translation>pusher:signin 需要 user_data：至少包含用户 ID 的 JSON 字符串</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 redirected the request (HTTP %2)</source>
        <translation>%1重定向了请求（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>usually to a login page: the session cookie or token is missing or expired; or http:// redirects to https://, so use the https URL</source>
        <translation>通常是重定向到登录页面：会话 Cookie 或令牌缺失或已过期；或者 http:// 重定向到了 https://，因此请使用 https URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the request as malformed (HTTP 400)</source>
        <translation>%1以格式错误为由拒绝了请求（HTTP 400）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it expects a form POST with socket_id and channel_name; check the auth params</source>
        <translation>它需要包含 socket_id 和 channel_name 的表单 POST；请检查授权参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 says the user is not authenticated (HTTP 401)</source>
        <translation>%1表示用户未经认证（HTTP 401）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the session cookie or bearer token is missing or expired; add it to the auth headers (Laravel Sanctum: Authorization: Bearer &lt;token&gt; for routes behind auth:sanctum)</source>
        <translation>会话 Cookie 或 Bearer 令牌缺失或已过期；请将其添加到授权标头中（Laravel Sanctum：对于 auth:sanctum 保护的路由，使用 Authorization: Bearer &lt;token&gt;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The user authentication endpoint refused to sign the user in (HTTP 403)</source>
        <translation>用户认证端点拒绝让该用户登录（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the application refuses this user</source>
        <translation>用户未登录，或应用拒绝了此用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The channel authorization endpoint refused access to the channel (HTTP 403)</source>
        <translation>频道授权端点拒绝访问该频道（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the user is not logged in, or the channel&apos;s authorization callback returned false. Laravel answers 403 for both: check the callback for this channel in routes/channels.php and the guard it uses</source>
        <translation>用户未登录，或频道的授权回调返回了 false。Laravel 对这两种情况都应答 403：请检查 routes/channels.php 中此频道的回调及其使用的 guard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user authentication endpoint was not found (HTTP 404)</source>
        <translation>未找到用户认证端点（HTTP 404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong: pusher-js uses /pusher/user-auth by default, Laravel /broadcasting/user-auth (registered by Broadcast::userRoutes())</source>
        <translation>路径错误：pusher-js 默认使用 /pusher/user-auth，Laravel 使用 /broadcasting/user-auth（由 Broadcast::userRoutes() 注册）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The channel authorization endpoint was not found (HTTP 404)</source>
        <translation>未找到频道授权端点（HTTP 404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the path is wrong (pusher-js uses /pusher/auth by default, Laravel /broadcasting/auth), or Laravel&apos;s broadcasting routes are not registered: run php artisan install:broadcasting (Laravel 11 and later register them from bootstrap/app.php) or enable BroadcastServiceProvider (Laravel 10 and older)</source>
        <translation>路径错误（pusher-js 默认使用 /pusher/auth，Laravel 使用 /broadcasting/auth），或 Laravel 的广播路由未注册：请运行 php artisan install:broadcasting（Laravel 11 及更高版本在 bootstrap/app.php 中注册这些路由），或启用 BroadcastServiceProvider（Laravel 10 及更早版本）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 does not accept POST (HTTP 405)</source>
        <translation>%1不接受 POST（HTTP 405）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the URL is a page or another route, not the endpoint</source>
        <translation>该 URL 是一个页面或其他路由，而不是端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 refused the request: CSRF token missing or expired (HTTP 419)</source>
        <translation>%1拒绝了请求：CSRF 令牌缺失或已过期（HTTP 419）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel&apos;s broadcasting auth route runs in the web middleware group and needs the session cookie and an X-CSRF-TOKEN header from the same session (token clients: register the routes with auth:sanctum instead)</source>
        <translation>Laravel 的广播授权路由运行在 web 中间件组中，需要会话 Cookie 以及来自同一会话的 X-CSRF-TOKEN 标头（使用令牌的客户端：请改用 auth:sanctum 注册这些路由）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 rejected the parameters (HTTP 422)</source>
        <translation>%1拒绝了参数（HTTP 422）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>socket_id or channel_name is missing or invalid; check the auth params</source>
        <translation>socket_id 或 channel_name 缺失或无效；请检查授权参数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 is rate limiting the requests (HTTP 429)</source>
        <translation>%1正在对请求进行限流（HTTP 429）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many authorizations at once, or a retry loop</source>
        <translation>同时进行的授权过多，或陷入了重试循环</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 failed with a server error (HTTP 500)</source>
        <translation>%1因服务器错误而失败（HTTP 500）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an exception in the endpoint; Laravel: see storage/logs/laravel.log (often a missing app secret in the broadcasting config, or an error in the channel&apos;s callback)</source>
        <translation>端点中发生异常；Laravel：请查看 storage/logs/laravel.log（常见原因是广播配置中缺少应用机密，或频道回调中有错误）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1&apos;s web server is unavailable (HTTP %2)</source>
        <translation>%1的 Web 服务器不可用（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the application behind the proxy is down, restarting or too slow</source>
        <translation>代理后面的应用已停机、正在重启或响应过慢</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 failed with a server error (HTTP %2)</source>
        <translation>%1因服务器错误而失败（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an error in the web application; see its log</source>
        <translation>Web 应用中出现错误；请查看其日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The %1 refused the request (HTTP %2)</source>
        <translation>%1拒绝了请求（HTTP %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the endpoint&apos;s answer for its reason</source>
        <translation>请查看端点的应答以了解原因</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The channel authorization endpoint answered %1 but not with a usable signature</source>
        <translation>频道授权端点应答了 %1，但没有提供可用的签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an HTML page (a login page after a redirect) or JSON without auth; the endpoint must return {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}</source>
        <translation>HTML 页面（重定向后的登录页面）或不含 auth 的 JSON；端点必须返回 {&quot;auth&quot;: &quot;&lt;key&gt;:&lt;signature&gt;&quot;}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The channel could not be authorized</source>
        <translation>无法授权该频道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the channel authorization endpoint failed or refused; see its answer</source>
        <translation>频道授权端点失败或拒绝；请查看其应答</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A server limit refused the subscription</source>
        <translation>服务器限制拒绝了订阅</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s limits for channels or presence members</source>
        <translation>服务器对频道或在线状态成员的限制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed while subscribing</source>
        <translation>服务器在订阅时出错</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a server-side error; see the server&apos;s log</source>
        <translation>服务器端错误；请查看服务器日志</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The subscription was refused</source>
        <translation>订阅被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subscription was refused: %1</source>
        <translation>订阅被拒绝：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check the channel name, its prefix (private-, presence-) and the channel authorization</source>
        <translation>请检查频道名称、其前缀（private-、presence-）以及频道授权</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a protocol message, not an application event</source>
        <translation>%1 是协议消息，不是应用事件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pusher: and pusher_internal: names are the connection&apos;s own messages (subscription succeeded, ping, error); bind the name the application broadcasts</source>
        <translation>pusher: 和 pusher_internal: 名称是连接自身的消息（订阅成功、ping、错误）；请绑定应用广播的名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The bound name %1 starts with a dot</source>
        <translation>绑定的名称 %1 以点开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Laravel Echo, .listen(&apos;.Name&apos;) means &quot;no namespace&quot;; the dot is not part of the name on the wire: bind %1</source>
        <translation>在 Laravel Echo 中，.listen(&apos;.Name&apos;) 表示“无命名空间”；在传输中，点不是名称的一部分：请绑定 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The events arrive as %1: the bound name %2 lacks the namespace</source>
        <translation>事件以 %1 到达：绑定的名称 %2 缺少命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laravel broadcasts an event under its fully qualified class name unless the event defines broadcastAs(); bind %1, or define broadcastAs() returning %2</source>
        <translation>除非事件定义了 broadcastAs()，否则 Laravel 以完全限定的类名广播事件；请绑定 %1，或定义返回 %2 的 broadcastAs()</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The events arrive as %1, without the namespace of the bound %2</source>
        <translation>事件以 %1 到达，不带绑定的 %2 中的命名空间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event defines broadcastAs(), which replaces the class name; bind %1 (in Echo: .listen(&apos;.%1&apos;))</source>
        <translation>该事件定义了 broadcastAs()，它会替换类名；请绑定 %1（在 Echo 中：.listen(&apos;.%1&apos;)）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bound name %1 uses dots where the events use backslashes</source>
        <translation>绑定的名称 %1 在事件使用反斜杠的地方使用了点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Echo turns a namespace written App.Events into App\Events; on the wire the name is %1</source>
        <translation>Echo 会将写作 App.Events 的命名空间转换为 App\Events；在传输中名称为 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The names %1 and %2 differ only in letter case</source>
        <translation>名称 %1 和 %2 仅在字母大小写上不同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event names are case-sensitive: bind %1</source>
        <translation>事件名称区分大小写：请绑定 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The events arrive as the client event %1</source>
        <translation>事件以客户端事件 %1 的形式到达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client events carry the client- prefix on the wire: bind %1</source>
        <translation>客户端事件在传输中带有 client- 前缀：请绑定 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The events arrive as %1, without the client- prefix of the bound name</source>
        <translation>事件以 %1 到达，不带绑定名称中的 client- 前缀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>they are sent by the server, not by clients, so they have no client- prefix: bind %1</source>
        <translation>这些事件由服务器而非客户端发送，因此没有 client- 前缀：请绑定 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events arrive as %1 but %2 is bound</source>
        <translation>事件以 %1 到达，但绑定的是 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bind the name the server sends; with Laravel check the event&apos;s namespace and broadcastAs()</source>
        <translation>请绑定服务器发送的名称；使用 Laravel 时请检查事件的命名空间和 broadcastAs()</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The HTTP API refused the request&apos;s timestamp</source>
        <translation>HTTP API 拒绝了请求的时间戳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this computer&apos;s clock differs from the server&apos;s by more than 600 s; synchronise the clock (NTP)</source>
        <translation>本机时钟与服务器时钟相差超过 600 秒；请同步时钟（NTP）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the request signature</source>
        <translation>HTTP API 拒绝了请求签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app secret is wrong for this app key, or the app id, key and secret come from different apps or environments</source>
        <translation>应用机密与此应用密钥不匹配，或者应用 ID、密钥和机密来自不同的应用或环境</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not know this app key</source>
        <translation>HTTP API 不认识此应用密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app key does not belong to this app id or cluster</source>
        <translation>该应用密钥不属于此应用 ID 或集群</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HTTP API could not be reached (no HTTP answer)</source>
        <translation>无法访问 HTTP API（没有 HTTP 应答）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong host or port (Pusher: api-&lt;cluster&gt;.pusher.com; soketi and Reverb serve it on their WebSocket port), the server is down, or TLS failed</source>
        <translation>主机或端口错误（Pusher：api-&lt;cluster&gt;.pusher.com；soketi 和 Reverb 在其 WebSocket 端口上提供），服务器已停机，或 TLS 失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the request body (HTTP 400)</source>
        <translation>HTTP API 拒绝了请求正文（HTTP 400）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid JSON, a missing name, data or channels, data that is not a string, an invalid channel name, more than 100 channels or an event name over 200 characters</source>
        <translation>JSON 无效；缺少 name、data 或 channels；data 不是字符串；频道名称无效；频道超过 100 个；或事件名称超过 200 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the authentication (HTTP 401)</source>
        <translation>HTTP API 拒绝了认证（HTTP 401）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app secret or key, a clock more than 600 s off (auth_timestamp), or a body changed after signing (body_md5)</source>
        <translation>应用机密或密钥错误，时钟偏差超过 600 秒（auth_timestamp），或正文在签名后被更改（body_md5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API refused the app (HTTP 403)</source>
        <translation>HTTP API 拒绝了该应用（HTTP 403）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the app is disabled or over its message quota</source>
        <translation>该应用已停用或超出了消息配额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API does not know this app or path (HTTP 404)</source>
        <translation>HTTP API 不认识此应用或路径（HTTP 404）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a wrong app id, or the base URL is not a Pusher HTTP API (wrong host or port, or a path prefix)</source>
        <translation>应用 ID 错误，或基础 URL 不是 Pusher HTTP API（主机或端口错误，或带有路径前缀）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API does not accept this method (HTTP 405)</source>
        <translation>HTTP API 不接受此方法（HTTP 405）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the base URL points at something else than a Pusher HTTP API</source>
        <translation>基础 URL 指向的不是 Pusher HTTP API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event is too large for the HTTP API (HTTP 413)</source>
        <translation>事件对 HTTP API 而言过大（HTTP 413）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event data is limited to 10 KB on Pusher (soketi and Reverb have their own limits); send less, or a reference to the data</source>
        <translation>Pusher 上的事件数据限制为 10 KB（soketi 和 Reverb 有各自的限制）；请减少数据，或改为发送数据的引用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The HTTP API rejected the fields (HTTP 422)</source>
        <translation>HTTP API 拒绝了字段（HTTP 422）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverb checks name, data (a string) and channels; see its answer for the field</source>
        <translation>Reverb 会检查 name、data（字符串）和 channels；请查看其应答中指出的字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The HTTP API is rate limiting (HTTP 429)</source>
        <translation>HTTP API 正在限流（HTTP 429）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>too many events for the app&apos;s limit; slow down</source>
        <translation>事件数超出应用的限制；请放慢速度</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The HTTP API failed with a server error (HTTP %1)</source>
        <translation>HTTP API 因服务器错误而失败（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a server-side error; retry later and see the server&apos;s log</source>
        <translation>服务器端错误；请稍后重试，并查看服务器日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The HTTP API refused the request (HTTP %1)</source>
        <translation>HTTP API 拒绝了请求（HTTP %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see the server&apos;s answer for its reason</source>
        <translation>请查看服务器的应答以了解原因</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::PusherProtocol</name>
    <message>
        <location filename="../lib/pusher/pusherdecoder.cpp" line="+163"/>
        <source>%1: field &quot;%2&quot; has the wrong type (%3)</source>
        <translation>%1：字段 &quot;%2&quot; 类型错误（%3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: field &quot;%2&quot; is missing</source>
        <translation>%1：缺少字段 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+77"/>
        <source>%1: &quot;data&quot; is not a JSON object</source>
        <translation>%1：&quot;data&quot; 不是 JSON 对象</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>%1: field &quot;%2&quot; is empty</source>
        <translation>%1：字段 &quot;%2&quot; 为空</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: &quot;activity_timeout&quot; is not a positive number of seconds</source>
        <translation>%1：&quot;activity_timeout&quot; 不是正的秒数</translation>
    </message>
    <message>
        <location line="+166"/>
        <source>subscription failed</source>
        <translation>订阅失败</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>event &quot;%1&quot; has no channel</source>
        <translation>事件 &quot;%1&quot; 没有频道</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>invalid JSON at offset %1: %2</source>
        <translation>偏移 %1 处 JSON 无效：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the frame is not a JSON object</source>
        <translation>帧不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the frame has no &quot;event&quot;</source>
        <translation>帧没有 &quot;event&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;event&quot; is not a string (%1)</source>
        <translation>&quot;event&quot; 不是字符串（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;event&quot; is empty</source>
        <translation>&quot;event&quot; 为空</translation>
    </message>
</context>
<context>
    <name>shuriken::pusher::SecretBox</name>
    <message>
        <location filename="../lib/pusher/secretbox.cpp" line="+81"/>
        <source>no usable shared secret for this channel</source>
        <translation>此频道没有可用的共享密钥</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libsodium could not be initialised</source>
        <translation>无法初始化 libsodium</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the event is not an encrypted payload ({nonce, ciphertext} expected)</source>
        <translation>该事件不是加密负载（应为 {nonce, ciphertext}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encrypted payload&apos;s nonce is not base64 of %1 bytes</source>
        <translation>加密负载的 nonce 不是 %1 字节的 base64 编码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encrypted payload&apos;s ciphertext is not base64 of at least %1 bytes</source>
        <translation>加密负载的 ciphertext 不是至少 %1 字节的 base64 编码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the event does not open with the channel&apos;s shared secret (the secret changed, or the server encrypted it for another channel)</source>
        <translation>无法用频道的共享密钥解开该事件（密钥已更改，或服务器为其他频道加密了它）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a key must be base64 of exactly %1 bytes</source>
        <translation>密钥必须是恰好 %1 字节的 base64 编码</translation>
    </message>
</context>
</TS>
