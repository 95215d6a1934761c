#include "tableexport.h"

#include "eventexporter.h"

#include <QSaveFile>

namespace shuriken {

namespace {

QString writeFile(const QString &path, TableExport::Format format, const QList<StreamEvent> &events,
                  const StreamSchema &schema, const QList<int> &columns)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    QString error;
    bool written = false;
    if (format == TableExport::Format::JsonLines) {
        written = EventExporter::writeJsonLines(&file, events, &error);
    } else {
        // The table's formatter on the rows the table built: the file shows what the table shows.
        EventExporter::CsvOptions options;
        options.columns = columns;
        written = EventExporter::writeCsv(&file, EventFormatter(schema), events, options, &error);
    }
    if (!written) {
        file.cancelWriting();
        return error.isEmpty() ? file.errorString() : error;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace

TableExport::TableExport(const QAbstractItemModel &model, const QList<int> &rows, const StreamSchema &schema,
                         const QList<int> &columns, Format format, QString path, QObject *parent)
    : QObject(parent)
    , m_events(EventExporter::eventsFromModel(model, rows))
    , m_schema(schema)
    , m_columns(columns)
    , m_format(format)
    , m_path(std::move(path))
    , m_result(std::make_shared<Result>())
{ }

TableExport::~TableExport()
{
    // Quitting during an export: let the file be finished rather than cut (it is bounded by
    // the table's capacity).
    if (m_thread)
        m_thread->wait();
}

bool TableExport::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void TableExport::start()
{
    if (m_thread)
        return;
    // Copies for the worker: it must not touch this object's members while the GUI thread may.
    m_thread.reset(QThread::create([result = m_result, path = m_path, format = m_format, events = m_events,
                                    schema = m_schema, columns = m_columns] {
        result->error = writeFile(path, format, events, schema, columns);
        result->ok = result->error.isEmpty();
    }));
    connect(m_thread.get(), &QThread::finished, this,
            [this] { Q_EMIT finished(m_result->ok, int(m_events.size()), m_result->error); });
    m_thread->start(QThread::LowPriority);
}

} // namespace shuriken
