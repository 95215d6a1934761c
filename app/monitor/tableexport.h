#pragma once

#include "columnschema.h"
#include "streamevent.h"

#include <QObject>
#include <QThread>

#include <memory>

class QAbstractItemModel;

namespace shuriken {

/// Writes the rows of an event table to a file without holding up the GUI: the rows are taken
/// as a snapshot on the GUI thread (cheap: payloads are implicitly shared, nothing is formatted),
/// so later arrivals and evictions cannot shift them; formatting and writing happen on a worker
/// thread. The snapshot keeps each event's typed row, so CSV is formatted by the table's
/// EventFormatter without reading a payload again; JSON Lines writes the events themselves.
class TableExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TableExport)

public:
    enum class Format
    {
        Csv,
        JsonLines,
    };
    Q_ENUM(Format)

    /// `model` is the table as shown (an EventFilterProxyModel over an EventTableModel), `rows`
    /// its rows in the order to write, `columns` the columns a CSV gets (empty = all).
    TableExport(const QAbstractItemModel &model, const QList<int> &rows, const StreamSchema &schema,
                const QList<int> &columns, Format format, QString path, QObject *parent = nullptr);
    ~TableExport() override;

    void start();
    bool isRunning() const;
    int rowCount() const { return int(m_events.size()); }
    QString path() const { return m_path; }

Q_SIGNALS:
    /// The file was written (ok) or not (`error` says why); emitted on the GUI thread.
    void finished(bool ok, int rows, const QString &error);

private:
    struct Result
    {
        bool ok = false;
        QString error;
    };

    QList<StreamEvent> m_events;
    StreamSchema m_schema;
    QList<int> m_columns;
    Format m_format;
    QString m_path;
    std::shared_ptr<Result> m_result;
    std::unique_ptr<QThread> m_thread;
};

} // namespace shuriken
