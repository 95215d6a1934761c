#pragma once

#include "boundedlogmodel.h"
#include "httpexchange.h"

#include <deque>

namespace shuriken {

/// The control-plane requests (already redacted by the ApiClient), oldest first, in a bounded
/// window that counts what it lets go. The detail pane reads the full request and response
/// texts from roles.
class HttpLogModel final : public BoundedLogModel
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

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The exchange of @p row; a default one when out of range.
    HttpExchange exchangeAt(int row) const;

    static QString requestText(const HttpExchange &exchange);
    static QString responseText(const HttpExchange &exchange);

public Q_SLOTS:
    /// Connect StreamClient::httpExchangeFinished here.
    void append(const shuriken::HttpExchange &exchange);

private:
    int storedRowCount() const override { return int(m_exchanges.size()); }
    void eraseOldestRows(int count) override;
    void eraseAllRows() override;

    std::deque<HttpExchange> m_exchanges;
};

} // namespace shuriken
