// bench_gui_pipeline: can the GUI thread take a sustained stream and stay responsive?
//
// The monitor's own table (EventTableView over an EventTableModel, shown on the offscreen
// platform so every frame is really laid out and painted) is fed svm.token.swaps frames at a
// fixed rate (default 50k events/s for 60 s). Frames "arrive" every few milliseconds and go
// through the product's path on the GUI thread: pusher::decode, the payload parse StreamClient
// does, and a batch handed to EventTableModel::appendBatch every 16 ms, as StreamClient's batch
// timer does. A 1 ms timer probes the event loop: how late it fires is how long the user's
// input would have waited.
//
// With --live the events come instead from a `shuriken-sim --stream-rate` process over a real
// socket through StreamClient and its Subscription, exactly as the monitor wires them: then the
// socket's read sizes and StreamClient's own batching are part of the figure too.
//
// With --filter TEXT and --sort COLUMN [--descending] the user has filtered and sorted the table
// before the events come (figure keys gain ".filtered" and ".sorted").
//
// Prints the event-loop stall (p50, p99, max; and p99 once the window is full, the steady state
// of a long session, where every batch also lets the oldest rows go), CPU seconds per 100k
// events (the probe's own idle cost subtracted), RSS at each third of the run, the RSS growth
// once the window is full, and the memory per retained row beyond its raw payload. Nothing is
// asserted.

#include "benchfigures.h"
#include "displayfilter.h"
#include "displayfilteredit.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "monitorsettings.h"
#include "pusherprotocol.h"
#include "simprocess.h"
#include "streamclient.h"
#include "swapcorpus.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QImage>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

using namespace shuriken;

namespace {

/// A 1 ms timer that records how late each of its ticks was, in microseconds.
class StallProbe final : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last >= 0) {
                m_latenessUs.push_back(std::max<qint64>(0, (now - m_last - 1'000'000) / 1000));
                m_atMs.push_back(now / 1'000'000);
            }
            m_last = now;
        });
    }

    void start()
    {
        m_latenessUs.clear();
        m_latenessUs.reserve(200'000);
        m_atMs.clear();
        m_atMs.reserve(200'000);
        m_last = -1;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }

    /// The @p fraction quantile of the lateness, in milliseconds, of the ticks from @p fromMs
    /// to @p toMs (since start()).
    double quantileMs(double fraction, qint64 fromMs = 0, qint64 toMs = std::numeric_limits<qint64>::max()) const
    {
        std::vector<qint64> sorted;
        sorted.reserve(m_latenessUs.size());
        for (size_t i = 0; i < m_latenessUs.size(); ++i) {
            if (m_atMs[i] >= fromMs && m_atMs[i] <= toMs)
                sorted.push_back(m_latenessUs[i]);
        }
        if (sorted.empty())
            return 0;
        const auto at = sorted.begin() + qsizetype(fraction * double(sorted.size() - 1));
        std::nth_element(sorted.begin(), at, sorted.end());
        return double(*at) / 1000.0;
    }
    double maxMs() const
    {
        return m_latenessUs.empty() ? 0 : double(*std::max_element(m_latenessUs.begin(), m_latenessUs.end())) / 1000.0;
    }
    qsizetype samples() const { return qsizetype(m_latenessUs.size()); }
    /// Milliseconds since start().
    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    std::vector<qint64> m_latenessUs;
    std::vector<qint64> m_atMs;
};

/// Where the table's events come from.
class EventSource : public QObject
{
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;
    virtual quint64 fed() const = 0;
    virtual quint64 batches() const = 0;
    /// One line on what went wrong on the way, if anything (decode errors, seq gaps).
    virtual QByteArray losses() const = 0;
};

/// Plays the network and StreamClient: frames arrive every @p arrivalMs, are decoded and parsed
/// at once, and go to the model as one batch per @p batchMs, like StreamClient's batch timer.
class Feeder final : public EventSource
{
public:
    Feeder(const bench::SwapCorpus &corpus, EventTableModel *model, double rate, int arrivalMs, int batchMs,
           QObject *parent = nullptr)
        : EventSource(parent)
        , m_corpus(corpus)
        , m_model(model)
        , m_rate(rate)
    {
        m_arrival.setTimerType(Qt::PreciseTimer);
        m_arrival.setInterval(arrivalMs);
        connect(&m_arrival, &QTimer::timeout, this, &Feeder::arrive);
        m_batch.setSingleShot(true);
        m_batch.setTimerType(Qt::PreciseTimer);
        m_batch.setInterval(batchMs);
        connect(&m_batch, &QTimer::timeout, this, &Feeder::flush);
    }

    void start() override
    {
        m_clock.start();
        m_arrival.start();
    }
    void stop() override
    {
        m_arrival.stop();
        m_batch.stop();
        flush();
    }
    quint64 fed() const override { return m_fed; }
    quint64 batches() const override { return m_batches; }
    QByteArray losses() const override { return "decode errors " + QByteArray::number(m_decodeErrors); }

private:
    void arrive()
    {
        // The rate holds over the run: a late tick brings more frames, as a socket read would.
        const auto due = quint64(std::llround(m_rate * double(m_clock.nsecsElapsed()) / 1e9));
        for (; m_fed < due; ++m_fed) {
            const QByteArray &frame = m_corpus.frames.at(qsizetype(m_fed % quint64(m_corpus.frames.size())));
            const pusher::DecodeResult result = pusher::decode(frame);
            const auto *message = std::get_if<pusher::Message>(&result);
            const auto *event = message ? std::get_if<pusher::ChannelEvent>(message) : nullptr;
            if (!event) {
                ++m_decodeErrors;
                continue;
            }
            m_pending.append(bench::toStreamEvent(*event, m_corpus.stream));
        }
        if (!m_pending.isEmpty() && !m_batch.isActive())
            m_batch.start();
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        ++m_batches;
        m_model->appendBatch(std::exchange(m_pending, {}));
    }

    const bench::SwapCorpus &m_corpus;
    EventTableModel *m_model;
    double m_rate;
    QTimer m_arrival;
    QTimer m_batch;
    QElapsedTimer m_clock;
    StreamEventBatch m_pending;
    quint64 m_fed = 0;
    quint64 m_decodeErrors = 0;
    quint64 m_batches = 0;
};

/// The real thing: shuriken-sim publishing svm.token.swaps at a fixed rate, StreamClient over a
/// WebSocket, the Subscription's batches into the model (as MonitorController connects them).
class LiveSource final : public EventSource
{
public:
    LiveSource(const QUrl &baseUrl, EventTableModel *model, QObject *parent = nullptr)
        : EventSource(parent)
        , m_client(&m_network)
    {
        StreamClient::Options options;
        options.baseUrl = baseUrl;
        options.apiKey = QStringLiteral("sk_bench_0000000000000000");
        m_client.setOptions(options);
        m_subscription = m_client.subscribe(
            QStringLiteral("svm.token.swaps"),
            {{QStringLiteral("tokenAddress"), QStringLiteral("So11111111111111111111111111111111111111112")}});
        connect(m_subscription, &Subscription::eventsReceived, model, &EventTableModel::appendBatch);
        connect(m_subscription, &Subscription::eventsReceived, this, [this](const StreamEventBatch &batch) {
            m_fed += quint64(batch.size());
            ++m_batches;
        });
    }

    void start() override { m_client.connectToService(); }
    void stop() override { m_client.disconnectFromService(); }
    quint64 fed() const override { return m_fed; }
    quint64 batches() const override { return m_batches; }
    QByteArray losses() const override
    {
        return "seq gaps " + QByteArray::number(m_subscription->gapCount()) + ", malformed frames "
            + QByteArray::number(m_client.counters().malformedFrames);
    }

private:
    QNetworkAccessManager m_network;
    StreamClient m_client;
    Subscription *m_subscription = nullptr;
    quint64 m_fed = 0;
    quint64 m_batches = 0;
};

/// Runs the event loop for @p ms (sleeping while there is nothing to do).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double megabytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

/// @p count colouring rules, the worst case for their cost: rules that read the payload and
/// match no swap come first (the first match colours a row, so every one of them runs for every
/// row), then the monitor's defaults (failed payloads, buys, sells), which colour every swap.
QList<ColouringRule> benchColouringRules(int count)
{
    QList<ColouringRule> rules;
    const QStringList extra = {QStringLiteral("sizeUsd > 100000000"), QStringLiteral("maker matches \"^ZZ\""),
                               QStringLiteral("priceUsd < 0.000000001"), QStringLiteral("fees.gasLamports > 1e12"),
                               QStringLiteral("len(signature) < 10")};
    const QList<ColouringRule> defaults = MonitorSettings::defaultColouringRules();
    for (qsizetype i = 0; i < extra.size() && rules.size() + defaults.size() < count; ++i)
        rules.append({extra.at(i), extra.at(i), QColor(Qt::black), QColor(Qt::yellow), true});
    rules.append(defaults);
    while (rules.size() > count)
        rules.removeLast();
    return rules;
}

/// Milliseconds to paint the table's whole viewport, median of @p times; @p anew: the row colours
/// worked out anew for each paint (setting the rules drops their cache), what a paint of new rows
/// costs with every visible row new; otherwise the colours remembered from the first paint.
double viewportPaintMs(EventTableView &view, const QList<ColouringRule> &rules, int times, bool anew = true)
{
    QWidget *viewport = view.tableView()->viewport();
    QImage image(viewport->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> ms;
    view.setColouringRules(rules);
    for (int i = 0; i < times; ++i) {
        if (anew)
            view.setColouringRules(rules);
        QElapsedTimer clock;
        clock.start();
        viewport->render(&image);
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    std::nth_element(ms.begin(), ms.begin() + qsizetype(ms.size() / 2), ms.end());
    return ms[ms.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    // A real widget tree, painted into an offscreen backing store: no display needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui_pipeline"));
    // The client's state lines are not figures.
    QLoggingCategory::setFilterRules(QStringLiteral("shuriken.*.info=false\nshuriken.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Event-loop stall, CPU and memory of the monitor's event table "
                                                    "fed at a sustained rate."));
    parser.addHelpOption();
    const QCommandLineOption rateOption(QStringLiteral("rate"), QStringLiteral("Events per second."),
                                        QStringLiteral("n"), QStringLiteral("50000"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Length of the run."),
                                           QStringLiteral("s"), QStringLiteral("60"));
    const QCommandLineOption capacityOption(QStringLiteral("capacity"), QStringLiteral("Rows the table keeps."),
                                            QStringLiteral("rows"), QString::number(EventTableModel::DefaultCapacity));
    const QCommandLineOption arrivalOption(QStringLiteral("arrival-ms"),
                                           QStringLiteral("Frames arrive (and are decoded) this often."),
                                           QStringLiteral("ms"), QStringLiteral("4"));
    const QCommandLineOption batchOption(QStringLiteral("batch-ms"),
                                         QStringLiteral("Batch interval (StreamClient's default is 16)."),
                                         QStringLiteral("ms"), QStringLiteral("16"));
    const QCommandLineOption traceOption(QStringLiteral("trace"), QStringLiteral("Print RSS and rows every second."));
    const QCommandLineOption liveOption(QStringLiteral("live"),
                                        QStringLiteral("Take the events from shuriken-sim over a socket through "
                                                       "StreamClient instead of synthetic batches."));
    const QCommandLineOption simOption(QStringLiteral("sim"), QStringLiteral("Path of shuriken-sim (--live)."),
                                       QStringLiteral("path"), QStringLiteral(SHURIKEN_SIM_EXECUTABLE));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QStringLiteral("Type this into the table's filter box first (all columns)."),
                                          QStringLiteral("text"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        QStringLiteral("Sort the table by this column first (a header text, or a "
                                                       "column number)."),
                                        QStringLiteral("column"));
    const QCommandLineOption descendingOption(QStringLiteral("descending"), QStringLiteral("With --sort: descending."));
    const QCommandLineOption applyOption(
        QStringLiteral("apply-display-filter"),
        QStringLiteral("Once the window is full, apply this display filter (as the filter bar does) while events "
                       "keep coming, and measure how soon its first rows show and the whole window is matched."),
        QStringLiteral("expression"));
    const QCommandLineOption colouringOption(
        QStringLiteral("colouring-rules"),
        QStringLiteral("Colour rows with the monitor's default colouring rules plus more, up to this many rules."),
        QStringLiteral("n"));
    parser.addOptions({rateOption, secondsOption, capacityOption, arrivalOption, batchOption, traceOption, liveOption,
                       simOption, filterOption, sortOption, descendingOption, applyOption, colouringOption});
    parser.process(app);
    const double rate = parser.value(rateOption).toDouble();
    const int seconds = parser.value(secondsOption).toInt();
    const int capacity = parser.value(capacityOption).toInt();
    const int arrivalMs = parser.value(arrivalOption).toInt();
    const int batchMs = parser.value(batchOption).toInt();
    const bool trace = parser.isSet(traceOption);
    const bool live = parser.isSet(liveOption);
    if (rate <= 0 || seconds < 3 || capacity <= 0 || arrivalMs <= 0 || batchMs <= 0) {
        std::fprintf(stderr, "--rate, --capacity, --arrival-ms and --batch-ms must be positive, --seconds >= 3\n");
        return 2;
    }
    const QString filter = parser.value(filterOption);
    FilterError applyError;
    const DisplayFilter applied = DisplayFilter::parse(parser.value(applyOption), &applyError);
    if (parser.isSet(applyOption) && !applied.isValid()) {
        std::fprintf(stderr, "--apply-display-filter: %s\n", qPrintable(applyError.message));
        return 2;
    }
    const int colouringRules = parser.value(colouringOption).toInt();
    const QByteArray key = QByteArray(live ? "gui.live." : "gui.")
        + (capacity % 1'000'000 == 0 ? QByteArray::number(capacity / 1'000'000) + 'm'
                                     : QByteArray::number(capacity / 1000) + 'k')
        + (filter.isEmpty() ? "" : ".filtered") + (parser.isSet(sortOption) ? ".sorted" : "")
        + (colouringRules > 0 ? ".coloured" : "");

    const bench::SwapCorpus corpus = bench::makeSwapCorpus(4096);
    QProcess sim;
    QUrl simUrl;
    if (live) {
        simUrl = bench::startSimulator(sim, parser.value(simOption),
                                       {QStringLiteral("--seed"), QStringLiteral("1"), QStringLiteral("--stream-rate"),
                                        QStringLiteral("svm.token.swaps=") + QString::number(rate)});
        if (!simUrl.isValid())
            return 1;
    }
    EventTableModel model(corpus.stream);
    model.setCapacity(capacity);
    EventTableView view(&model);
    view.resize(1400, 900);
    view.show();
    // Filtered and sorted tables: the user's own choices, made before the events come.
    int sortColumn = -1;
    if (parser.isSet(sortOption)) {
        bool number = false;
        sortColumn = parser.value(sortOption).toInt(&number);
        if (!number) {
            sortColumn = -1;
            for (int column = 0; column < model.columnCount(); ++column) {
                if (model.headerData(column, Qt::Horizontal).toString() == parser.value(sortOption))
                    sortColumn = column;
            }
        }
        if (sortColumn < 0 || sortColumn >= model.columnCount()) {
            std::fprintf(stderr, "--sort: no column %s\n", qPrintable(parser.value(sortOption)));
            return 2;
        }
        view.tableView()->sortByColumn(sortColumn,
                                       parser.isSet(descendingOption) ? Qt::DescendingOrder : Qt::AscendingOrder);
    }
    if (!filter.isEmpty())
        view.filterEdit()->setText(filter); // debounced: applied during the idle second below
    if (colouringRules > 0) {
        view.setColouringRules(benchColouringRules(colouringRules));
    }

    // Idle: what the probe itself costs, and the memory before any row exists.
    StallProbe probe;
    spin(500);
    probe.start();
    const double idleCpuStart = bench::processCpuSeconds();
    spin(2000);
    const double probeCpuPerSecond = (bench::processCpuSeconds() - idleCpuStart) / 2.0;
    const qint64 baselineRss = bench::residentBytes();
    const qint64 baselineHeap = bench::heapBytesInUse();

    std::unique_ptr<EventSource> source;
    if (live)
        source = std::make_unique<LiveSource>(simUrl, &model);
    else
        source = std::make_unique<Feeder>(corpus, &model, rate, arrivalMs, batchMs);
    EventSource &feeder = *source;
    struct Sample
    {
        int second;
        qint64 rss;
        int rows;
    };
    std::vector<Sample> samples;
    QElapsedTimer wall;
    // Sampled by the wall clock, so a stalled loop neither stretches the run nor skips a second.
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &app, [&] {
        const qint64 elapsedMs = wall.elapsed();
        const int second = int(elapsedMs / 1000);
        if (second > (samples.empty() ? 0 : samples.back().second)) {
            samples.push_back({second, bench::residentBytes(), model.rowCount()});
            if (trace) {
                std::printf("  %3d s: RSS %.1f MB, %d rows\n", second, megabytes(samples.back().rss),
                            samples.back().rows);
                std::fflush(stdout);
            }
        }
        if (elapsedMs >= qint64(seconds) * 1000)
            QCoreApplication::quit();
    });

    if (live)
        std::printf("shuriken-sim publishing %.0f events/s for %d s through StreamClient into a %d-row table\n", rate,
                    seconds, capacity);
    else
        std::printf("feeding %.0f events/s for %d s into a %d-row table (%.0f-byte payloads, batches every %d ms)\n",
                    rate, seconds, capacity, corpus.meanPayloadBytes(), batchMs);
    if (!filter.isEmpty() || sortColumn >= 0)
        std::printf("the table filtered by \"%s\", sorted by %s\n", qPrintable(view.proxyModel()->pattern()),
                    sortColumn < 0 ? "arrival" : qPrintable(model.headerData(sortColumn, Qt::Horizontal).toString()));
    std::fflush(stdout);
    // --apply-display-filter: applied once the window is full and settled, events still coming.
    struct Applying
    {
        qint64 atMs = -1;
        qint64 firstShownMs = -1;
        qint64 matchedMs = -1;
        int matchedRows = 0;
    } applying;
    QTimer applyCheck;
    if (applied.isValid()) {
        QObject::connect(&applyCheck, &QTimer::timeout, &app, [&] {
            if (applying.atMs >= 0 || model.rowCount() < capacity)
                return;
            applyCheck.stop();
            applying.atMs = probe.nowMs();
            view.displayFilterEdit()->applyText(applied.text());
        });
        QObject::connect(view.proxyModel(), &EventFilterProxyModel::matchingFinished, &app, [&] {
            if (applying.atMs >= 0 && applying.matchedMs < 0) {
                applying.matchedMs = probe.nowMs();
                applying.matchedRows = view.proxyModel()->rowCount();
            }
        });
    }
    struct FirstRowsShown final : QObject
    {
        std::function<void()> onPaint;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && onPaint)
                onPaint();
            return false;
        }
    } firstRows;
    firstRows.onPaint = [&] {
        if (applying.atMs >= 0 && applying.firstShownMs < 0 && view.proxyModel()->rowCount() > 0)
            applying.firstShownMs = probe.nowMs();
    };
    view.tableView()->viewport()->installEventFilter(&firstRows);

    probe.start();
    const double cpuStart = bench::processCpuSeconds();
    wall.start();
    feeder.start();
    sampler.start(100);
    if (applied.isValid())
        applyCheck.start(1000); // the check itself: a full window a second before applying at least
    app.exec();
    feeder.stop();
    if (live) {
        sim.terminate();
        sim.waitForFinished(5000);
    }
    probe.stop();
    sampler.stop();
    const double feedSeconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = bench::processCpuSeconds() - cpuStart - probeCpuPerSecond * feedSeconds;
    const qint64 endRss = bench::residentBytes();
    const qint64 endHeap = bench::heapBytesInUse();

    const double fed = double(feeder.fed());
    const double cpuPer100k = fed > 0 ? cpu / fed * 1e5 : 0;
    const int rows = model.rowCount();
    const double bytesPerRow = rows > 0 ? double(endRss - baselineRss) / double(rows) - corpus.meanPayloadBytes() : 0;
    const double heapPerRow = rows > 0 ? double(endHeap - baselineHeap) / double(rows) - corpus.meanPayloadBytes() : 0;

    // Memory once the window is full. The heap keeps growing for a few seconds after the window
    // filled (the allocator settles into the churn of freed and new rows), so "flat" is judged
    // from the first third of the run (20 s of 60, as issue #6 asks), or a second after the window
    // filled if that is later, to the end.
    const auto full = std::find_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.rows >= capacity; });
    std::optional<double> growthMb;
    int fullAt = -1;
    int growthFrom = -1;
    if (full != samples.end()) {
        fullAt = full->second;
        growthFrom = std::max(fullAt + 1, seconds / 3);
        const auto from
            = std::find_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.second >= growthFrom; });
        if (from != samples.end() && std::next(from) != samples.end())
            growthMb = megabytes(samples.back().rss - from->rss);
    }

    std::printf("fed %.0f events (%.0f/s achieved) in %llu batches; %s\n", fed, fed / feedSeconds,
                static_cast<unsigned long long>(feeder.batches()), feeder.losses().constData());
    std::printf("event-loop stall over %lld probe ticks: p50 %.2f ms, p99 %.2f ms, max %.1f ms\n",
                static_cast<long long>(probe.samples()), probe.quantileMs(0.5), probe.quantileMs(0.99), probe.maxMs());
    // Once the window is full every batch also lets rows go: the steady state a long session
    // lives in (a 1M-row window takes 20 s of 60 to fill at 50k events/s).
    const qint64 fullFromMs = fullAt >= 0 ? qint64(fullAt + 1) * 1000 : -1;
    if (fullFromMs >= 0 && fullFromMs < qint64(seconds) * 1000)
        std::printf("  once the window was full (from %d s): p50 %.2f ms, p99 %.2f ms\n", fullAt + 1,
                    probe.quantileMs(0.5, fullFromMs), probe.quantileMs(0.99, fullFromMs));
    std::printf("CPU %.2f s (probe's idle %.3f CPU-s/s subtracted): %.3f CPU-s per 100k events\n", cpu,
                probeCpuPerSecond, cpuPer100k);
    QByteArray rssLine = "RSS: " + QByteArray::number(megabytes(baselineRss), 'f', 1) + " MB before feeding";
    std::vector<std::pair<QByteArray, double>> rssFigures;
    for (int third = 1; third <= 3; ++third) {
        const int second = seconds * third / 3;
        const auto at
            = std::find_if(samples.begin(), samples.end(), [&](const Sample &s) { return s.second >= second; });
        if (at == samples.end())
            continue;
        rssLine += ", " + QByteArray::number(megabytes(at->rss), 'f', 1) + " MB at " + QByteArray::number(at->second)
            + " s (" + QByteArray::number(at->rows) + " rows)";
        // Keyed by the point asked for, so runs line up even when a stalled loop sampled a second late.
        rssFigures.emplace_back(key + ".rss_mb_at_" + QByteArray::number(second) + "s", megabytes(at->rss));
    }
    std::printf("%s\n", rssLine.constData());
    if (growthMb)
        std::printf("window full at %d s; RSS grew %.1f MB from %d s to the end\n", fullAt, *growthMb, growthFrom);
    else
        std::printf("the window filled too late (%d of %d rows) for a flatness figure\n", rows, capacity);
    std::printf("memory per retained row: %.0f bytes of RSS beyond its %.0f-byte payload (%d rows), of which "
                "%.0f bytes are live heap blocks and the rest free heap the allocator keeps\n",
                bytesPerRow, corpus.meanPayloadBytes(), rows, heapPerRow);

    bench::printFigure(QByteArray(key + ".events_per_s"), fed / feedSeconds, "events/s");
    for (const auto &[name, megabytesAt] : rssFigures)
        bench::printFigure(name, megabytesAt, "MB", "-", 1);
    if (applied.isValid()) {
        const QByteArray applyKey = key + ".apply_filter";
        if (applying.atMs < 0) {
            std::printf("the window never filled: the display filter was not applied\n");
        } else {
            const qint64 endMs = applying.matchedMs >= 0 ? applying.matchedMs : probe.nowMs();
            std::printf("display filter \"%s\" applied to %d full rows at %.1f s: first rows shown after %lld ms, "
                        "whole window matched after %lld ms (%d rows match), stall while matching p99 %.2f ms\n",
                        qPrintable(applied.text()), capacity, double(applying.atMs) / 1000.0,
                        static_cast<long long>(applying.firstShownMs - applying.atMs),
                        static_cast<long long>(endMs - applying.atMs), applying.matchedRows,
                        probe.quantileMs(0.99, applying.atMs, endMs));
            if (applying.firstShownMs >= 0)
                bench::printFigure(applyKey + ".first_rows_ms", double(applying.firstShownMs - applying.atMs), "ms",
                                   "<=100", 0);
            if (applying.matchedMs >= 0)
                bench::printFigure(applyKey + ".all_matched_ms", double(applying.matchedMs - applying.atMs), "ms",
                                   "<=1000", 0);
            bench::printFigure(applyKey + ".stall_p99_ms", probe.quantileMs(0.99, applying.atMs, endMs), "ms", "<=50",
                               2);
        }
    }
    if (colouringRules > 0) {
        const QList<ColouringRule> rules = benchColouringRules(colouringRules);
        const double plain = viewportPaintMs(view, {}, 101);
        const double remembered = viewportPaintMs(view, rules, 101, false);
        const double coloured = viewportPaintMs(view, rules, 101);
        // The rules' own share: working the colours out (anew minus remembered); painting
        // coloured cells instead of plain ones is the rest.
        const double share = coloured > 0 ? 100.0 * std::max(0.0, coloured - remembered) / coloured : 0;
        const double painting = coloured > 0 ? 100.0 * std::max(0.0, remembered - plain) / coloured : 0;
        const QTableView *table = view.tableView();
        std::printf("a full viewport paint (%d rows shown): %.2f ms plain, %.2f ms coloured by %lld rules with the "
                    "colours remembered, %.2f ms with every row's colour worked out anew: evaluating the rules is "
                    "%.1f%% of that paint, painting the colours %.1f%%\n",
                    table->rowAt(table->viewport()->height() - 1) - table->rowAt(0) + 1, plain, remembered,
                    static_cast<long long>(rules.size()), coloured, share, painting);
        bench::printFigure(key + ".colouring_rules_share_of_paint_pct", share, "%", "<=10", 1);
        bench::printFigure(key + ".colour_painting_share_of_paint_pct", painting, "%", "-", 1);
    }
    bench::printFigure(QByteArray(key + ".stall_p50_ms"), probe.quantileMs(0.5), "ms", "-", 2);
    bench::printFigure(QByteArray(key + ".stall_p99_ms"), probe.quantileMs(0.99), "ms", "<=50", 2);
    bench::printFigure(QByteArray(key + ".stall_max_ms"), probe.maxMs(), "ms", "-", 1);
    if (fullFromMs >= 0 && fullFromMs < qint64(seconds) * 1000)
        bench::printFigure(QByteArray(key + ".stall_p99_full_window_ms"), probe.quantileMs(0.99, fullFromMs), "ms", "-",
                           2);
    bench::printFigure(QByteArray(key + ".cpu_s_per_100k"), cpuPer100k, "CPU-s", "-", 3);
    if (growthMb) {
        // Flat: after the window filled, RSS moves by less than 1% of what the rows took.
        bench::printFigure(QByteArray(key + ".rss_growth_after_full_mb"), *growthMb, "MB", "-", 1);
        bench::printFigure(QByteArray(key + ".rss_growth_after_full_pct"),
                           100.0 * *growthMb / megabytes(endRss - baselineRss), "%", "<=1", 2);
    }
    bench::printFigure(QByteArray(key + ".bytes_per_row_beyond_payload"), bytesPerRow, "bytes", "<=600");
    bench::printFigure(QByteArray(key + ".live_heap_per_row_beyond_payload"), heapPerRow, "bytes");
    return 0;
}
