#pragma once

#include "httpexchange.h"

#include <QAbstractTableModel>

#include <deque>

namespace shuriken {

/// The control-plane requests (already redacted by the ApiClient), oldest first, bounded.
/// The detail pane reads the full request and response texts from roles.
class HttpLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpLogModel)

public:
    enum Column
    {
        TimeColumn, // start time, local hh:mm:ss.zzz
        MethodColumn,
        UrlColumn,
        StatusColumn, // HTTP status, empty without an answer
        DurationColumn, // "123 ms"
        ErrorColumn, // ApiError::displayText(), empty on success
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole, // typed value of the cell (QDateTime, QString, int, qint64)
        ExchangeIdRole, // quint64 HttpExchange::id (any column)
        HttpStatusRole, // int, 0 without an answer (any column)
        SucceededRole, // bool (any column)
        ErrorKindRole, // ApiError::Kind, invalid on success (any column)
        RequestTextRole, // QString: request line, headers, blank line, body (JSON pretty-printed)
        ResponseTextRole, // QString: status line, headers, blank line, body (JSON pretty-printed)
    };
    Q_ENUM(Role)

    static constexpr int DefaultCapacity = 5000;

    explicit HttpLogModel(QObject *parent = nullptr);
    ~HttpLogModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setCapacity(int capacity);
    int capacity() const { return m_capacity; }
    quint64 droppedCount() const { return m_dropped; }
    /// The exchange of @p row; a default one when out of range.
    HttpExchange exchangeAt(int row) const;

    static QString requestText(const HttpExchange &exchange);
    static QString responseText(const HttpExchange &exchange);

public Q_SLOTS:
    /// Connect StreamClient::httpExchangeFinished here.
    void append(const shuriken::HttpExchange &exchange);
    void clear();

private:
    std::deque<HttpExchange> m_exchanges;
    int m_capacity = DefaultCapacity;
    quint64 m_dropped = 0;
};

} // namespace shuriken
