// bench_gui_batchcost: what one batch costs the GUI thread in a full window, phase by phase.
//
// bench_gui_pipeline answers "does the event loop stall?" by the wall clock, which a shared
// machine makes noisy. This one answers "where does the GUI thread's time go per batch?" with
// the thread's own CPU time, or, under valgrind, instruction counts:
//
//   valgrind --tool=callgrind --collect-atstart=no bench_gui_batchcost --capacity 1000000 --batches 20
//
// collects only the measured batches (the window is filled beforehand, uncollected). The table
// (EventTableView over an EventTableModel, or the model alone with --view none) is filled to
// capacity, then fed --batches batches of --batch events, each decoded beforehand (untimed, so
// the figures are the table's own cost). Each batch has two phases:
//   append: EventTableModel::appendBatch, with everything connected to its signals (proxy,
//           view, header and selection bookkeeping run synchronously inside it);
//   settle: the event-loop passes until nothing is pending: deferred layout, the row counter,
//           following the newest rows, and painting the offscreen window.
// Prints the mean, p50 and p99 thread CPU per phase. Nothing is asserted.

#include "benchfigures.h"
#include "eventfilterproxymodel.h"
#include "eventtablemodel.h"
#include "eventtableview.h"
#include "pusherprotocol.h"
#include "swapcorpus.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QCommandLineParser>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <valgrind/callgrind.h>
#include <vector>

using namespace shuriken;

namespace {

/// Decodes @p count frames of the corpus from @p first on, as StreamClient would.
StreamEventBatch decodeBatch(const bench::SwapCorpus &corpus, quint64 first, int count)
{
    StreamEventBatch batch;
    batch.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QByteArray &frame = corpus.frames.at(qsizetype((first + quint64(i)) % quint64(corpus.frames.size())));
        const pusher::DecodeResult result = pusher::decode(frame);
        const auto *message = std::get_if<pusher::Message>(&result);
        if (const auto *event = message ? std::get_if<pusher::ChannelEvent>(message) : nullptr)
            batch.append(bench::toStreamEvent(*event, corpus.stream));
    }
    return batch;
}

/// Runs the event loop until a pass finds nothing to do: posted events (layout, paint) and
/// zero-interval timers (the view's once-per-pass refresh).
void settle()
{
    for (int pass = 0; pass < 4; ++pass) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
    }
}

struct Phase
{
    std::vector<double> micros;

    void add(double seconds) { micros.push_back(seconds * 1e6); }
    double mean() const
    {
        double sum = 0;
        for (double value : micros)
            sum += value;
        return micros.empty() ? 0 : sum / double(micros.size());
    }
    double quantile(double fraction) const
    {
        if (micros.empty())
            return 0;
        std::vector<double> sorted = micros;
        const auto at = sorted.begin() + qsizetype(fraction * double(sorted.size() - 1));
        std::nth_element(sorted.begin(), at, sorted.end());
        return *at;
    }
};

/// Counts the paint events a widget gets.
class PaintCounter final : public QObject
{
public:
    using QObject::QObject;
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Out of line, so a profile shows the two phases as two functions.
Q_NEVER_INLINE void appendPhase(EventTableModel &model, const StreamEventBatch &batch)
{
    model.appendBatch(batch);
}

Q_NEVER_INLINE void settlePhase()
{
    settle();
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_gui_batchcost"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("GUI-thread CPU per batch of a full event table, by phase."));
    parser.addHelpOption();
    const QCommandLineOption capacityOption(QStringLiteral("capacity"), QStringLiteral("Rows the table keeps."),
                                            QStringLiteral("rows"), QString::number(EventTableModel::DefaultCapacity));
    const QCommandLineOption batchOption(QStringLiteral("batch"),
                                         QStringLiteral("Events per batch (50k events/s in 16 ms batches: 800)."),
                                         QStringLiteral("n"), QStringLiteral("800"));
    const QCommandLineOption batchesOption(QStringLiteral("batches"), QStringLiteral("Measured batches."),
                                           QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption viewOption(QStringLiteral("view"),
                                        QStringLiteral("product: the monitor's EventTableView; none: the model alone."),
                                        QStringLiteral("kind"), QStringLiteral("product"));
    const QCommandLineOption filterOption(QStringLiteral("filter"),
                                          QStringLiteral("Type this into the table's filter box before measuring."),
                                          QStringLiteral("text"));
    const QCommandLineOption sortOption(QStringLiteral("sort"),
                                        QStringLiteral("Sort by this column (a number, or a header text) before "
                                                       "measuring."),
                                        QStringLiteral("column"));
    const QCommandLineOption descendingOption(QStringLiteral("descending"), QStringLiteral("Sort descending."));
    const QCommandLineOption selectOption(QStringLiteral("select"),
                                          QStringLiteral("Select this many rows in the middle of the table first."),
                                          QStringLiteral("rows"), QStringLiteral("0"));
    parser.addOptions({capacityOption, batchOption, batchesOption, viewOption, filterOption, sortOption,
                       descendingOption, selectOption});
    parser.process(app);
    const int capacity = parser.value(capacityOption).toInt();
    const int batchSize = parser.value(batchOption).toInt();
    const int batches = parser.value(batchesOption).toInt();
    const bool withView = parser.value(viewOption) != QLatin1String("none");
    const int selectRows = parser.value(selectOption).toInt();
    if (capacity <= 0 || batchSize <= 0 || batches <= 0) {
        std::fprintf(stderr, "--capacity, --batch and --batches must be positive\n");
        return 2;
    }

    const bench::SwapCorpus corpus = bench::makeSwapCorpus(4096);
    EventTableModel model(corpus.stream);
    model.setCapacity(capacity);
    std::unique_ptr<EventTableView> view;
    if (withView) {
        view = std::make_unique<EventTableView>(&model);
        view->resize(1400, 900);
        view->show();
        settle();
    }

    // Fill the window (uncollected): big batches, so filling a million rows takes seconds.
    quint64 next = 0;
    while (model.rowCount() < capacity) {
        const int count = std::min(capacity - model.rowCount(), 20000);
        model.appendBatch(decodeBatch(corpus, next, count));
        next += quint64(count);
        settle();
    }

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
        if (sortColumn < 0 || sortColumn >= model.columnCount() || !view) {
            std::fprintf(stderr, "--sort needs the product view and a column number or header text\n");
            return 2;
        }
    }
    if (view) {
        // One-off costs the user waits for: applying the filter and the sort to a full window.
        if (parser.isSet(filterOption)) {
            view->filterEdit()->setText(parser.value(filterOption));
            const double start = bench::threadCpuSeconds();
            double longestPass = 0;
            // The filter box is debounced, and older rows are matched a slice per pass.
            while (view->proxyModel()->pattern() != parser.value(filterOption) || view->proxyModel()->isMatching()) {
                const double passStart = bench::threadCpuSeconds();
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                longestPass = std::max(longestPass, bench::threadCpuSeconds() - passStart);
            }
            std::printf("applying the filter to %d rows: %.0f ms of thread CPU in all, the longest event-loop pass "
                        "%.1f ms (%d rows match)\n",
                        model.rowCount(), (bench::threadCpuSeconds() - start) * 1e3, longestPass * 1e3,
                        view->tableView()->model()->rowCount());
        }
        if (sortColumn >= 0) {
            const double start = bench::threadCpuSeconds();
            view->tableView()->sortByColumn(sortColumn,
                                            parser.isSet(descendingOption) ? Qt::DescendingOrder : Qt::AscendingOrder);
            std::printf("sorting %d rows: %.0f ms of thread CPU\n", view->tableView()->model()->rowCount(),
                        (bench::threadCpuSeconds() - start) * 1e3);
        }
        if (selectRows > 0) {
            QTableView *table = view->tableView();
            const int first = table->model()->rowCount() / 2;
            table->setCurrentIndex(table->model()->index(first, 0));
            table->selectionModel()->select(
                QItemSelection(table->model()->index(first, 0),
                               table->model()->index(std::min(first + selectRows, table->model()->rowCount()) - 1, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        }
        settle();
    }

    std::printf(
        "%s, %d-row window full; %d batches of %d events%s%s\n",
        view ? "EventTableView (offscreen, 1400x900)" : "EventTableModel alone", capacity, batches, batchSize,
        parser.isSet(filterOption) ? qPrintable(QStringLiteral(", filter \"%1\"").arg(parser.value(filterOption))) : "",
        sortColumn >= 0
            ? qPrintable(QStringLiteral(", sorted by %1").arg(model.headerData(sortColumn, Qt::Horizontal).toString()))
            : "");
    std::fflush(stdout);

    PaintCounter painted;
    if (view)
        view->tableView()->viewport()->installEventFilter(&painted);
    Phase append;
    Phase settled;
    for (int i = 0; i < batches; ++i) {
        const StreamEventBatch batch = decodeBatch(corpus, next, batchSize);
        next += quint64(batchSize);
        CALLGRIND_TOGGLE_COLLECT;
        const double start = bench::threadCpuSeconds();
        appendPhase(model, batch);
        const double appended = bench::threadCpuSeconds();
        settlePhase();
        const double done = bench::threadCpuSeconds();
        CALLGRIND_TOGGLE_COLLECT;
        append.add(appended - start);
        settled.add(done - appended);
    }

    std::printf("append (model + everything on its signals): mean %.0f us, p50 %.0f us, p99 %.0f us per batch\n",
                append.mean(), append.quantile(0.5), append.quantile(0.99));
    std::printf("settle (layout, counters, follow, paint):   mean %.0f us, p50 %.0f us, p99 %.0f us per batch\n",
                settled.mean(), settled.quantile(0.5), settled.quantile(0.99));
    const double perEvent = (append.mean() + settled.mean()) / double(batchSize);
    std::printf("both: %.2f us per event, %.3f CPU-s per 100k events; the table painted %.2f times per batch\n",
                perEvent, perEvent * 1e5 / 1e6, double(painted.paints) / double(batches));

    const QByteArray key = "gui.batchcost."
        + (capacity % 1'000'000 == 0 ? QByteArray::number(capacity / 1'000'000) + 'm'
                                     : QByteArray::number(capacity / 1000) + 'k')
        + (view ? "" : ".model_only") + (parser.isSet(filterOption) ? ".filtered" : "")
        + (sortColumn >= 0 ? ".sorted" : "");
    bench::printFigure(key + ".append_us_mean", append.mean(), "us");
    bench::printFigure(key + ".append_us_p99", append.quantile(0.99), "us");
    bench::printFigure(key + ".settle_us_mean", settled.mean(), "us");
    bench::printFigure(key + ".settle_us_p99", settled.quantile(0.99), "us");
    bench::printFigure(key + ".cpu_s_per_100k", perEvent * 1e5 / 1e6, "CPU-s", "-", 3);
    return 0;
}
